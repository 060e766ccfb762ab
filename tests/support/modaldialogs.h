#pragma once

#include <QApplication>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

/// Answering modal dialogs in the journey tests: the code under test is blocked in a dialog's exec(),
/// as it is when a person sits in front of it, so a handler set up before the action polls for the
/// dialog and acts on it.
namespace ReleaseDesk::Testing {

/// The handlers still waiting for their dialog; cancelModalHandlers() ends them, so that a test's
/// handlers never outlive it (call it from cleanup()).
inline QList<QPointer<QTimer>> &pendingModalHandlers()
{
    static QList<QPointer<QTimer>> handlers;
    return handlers;
}

inline void cancelModalHandlers()
{
    for (const auto &timer : std::as_const(pendingModalHandlers()))
        delete timer.data();
    pendingModalHandlers().clear();
}

/// Runs `act` once on the first visible modal widget that `wanted` accepts.
inline QPointer<QTimer> onModal(std::function<bool(QWidget *)> wanted, std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer(qApp);
    pendingModalHandlers().append(timer);
    timer->setInterval(20);
    QObject::connect(
        timer, &QTimer::timeout, timer, [timer, wanted = std::move(wanted), act = std::move(act)] {
            auto *modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible() || !wanted(modal))
                return;
            timer->stop();
            timer->deleteLater();
            act(modal);
        });
    timer->start();
    return timer;
}

/// Runs `act` on the next modal dialog that opens after this call (not the one open now, if any).
inline QPointer<QTimer> onNextModal(std::function<void(QWidget *)> act)
{
    return onModal([previous = QPointer<QWidget>(QApplication::activeModalWidget())](
                       QWidget *modal) { return modal != previous; },
        std::move(act));
}

/// Runs `act` on the next modal dialog of type `Dialog`, letting others be answered by other handlers.
template<typename Dialog>
QPointer<QTimer> onNextDialogOf(std::function<void(Dialog *)> act)
{
    return onModal([](QWidget *modal) { return qobject_cast<Dialog *>(modal) != nullptr; },
        [act = std::move(act)](QWidget *modal) { act(static_cast<Dialog *>(modal)); });
}

} // namespace ReleaseDesk::Testing
