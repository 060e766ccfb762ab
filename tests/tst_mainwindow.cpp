#include "boardcolumnproxy.h"
#include "boardmodel.h"
#include "boardpanel.h"
#include "demobanner.h"
#include "itemfilterproxymodel.h"
#include "itemtablemodel.h"
#include "itemtablepanel.h"
#include "mainwindow.h"
#include "syncstatuswidget.h"
#include "workspaceloader.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ReleaseDesk;

/// Offscreen smoke test: the window opens on the demo workspace and the filter works.
class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensOnTheDemoWorkspace()
    {
        QTemporaryDir dir;
        Models::Store store;
        auto workspace = Models::loadWorkspace(store, dir.filePath(QStringLiteral("demo.sqlite")),
            QDateTime(QDate(2026, 11, 25), QTime(18, 0), QTimeZone::UTC));
        QVERIFY2(!workspace.error, qPrintable(workspace.error.message));
        Models::ItemTableModel items;
        items.setItems(workspace.items);
        Models::BoardModel board(&items);
        board.setRelease(workspace.release);
        Views::MainWindow window({workspace.release.name, workspace.path, workspace.isDemo}, &items, &board);
        window.showBoard(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QStringLiteral("v4.1.3")));
        QVERIFY(window.findChild<Views::DemoBanner *>()->isVisible());

        auto *panel = window.itemTablePanel();
        auto *table = panel->tableView();
        const auto all = table->model()->rowCount();
        QCOMPARE(all, items.rowCount());
        QVERIFY(all > 300);
        // Shown, the table is sorted newest update first (the sort waits for the table to be seen).
        QVERIFY(table->isSortingEnabled());
        for (int row = 1; row < all; ++row)
            QVERIFY(table->model()->index(row - 1, 0).data(Models::ItemTableModel::UpdatedAtRole).toDateTime()
                >= table->model()->index(row, 0).data(Models::ItemTableModel::UpdatedAtRole).toDateTime());

        // "/" focuses the filter; typed words narrow the table.
        table->setFocus();
        QTest::keyClick(&window, Qt::Key_Slash);
        QTRY_VERIFY(panel->filterField()->hasFocus());
        QTest::keyClicks(panel->filterField(), QStringLiteral("console label:kind/bug"));
        const auto filtered = table->model()->rowCount();
        QVERIFY(filtered > 0 && filtered < all);
        for (int row = 0; row < filtered; ++row)
            QVERIFY(table->model()->index(row, 0).data().toString().startsWith(QStringLiteral("console#")));
        panel->filterField()->clear();
        QCOMPARE(table->model()->rowCount(), all);
    }

    void syncStatusShowsProgressBudgetAndCountdownAsPlainText()
    {
        Views::SyncStatusWidget status;
        status.showProgress({QStringLiteral("<b>kubesphere</b>/console"), 2, 3, 4, 120});
        QCOMPARE(status.activityText(),
            QStringLiteral("Syncing <b>kubesphere</b>/console (2 of 3): 4 pages, 120 items"));
        for (auto *label : status.findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
        Api::RateLimitStatus rate;
        rate.limit = 5000;
        rate.remaining = 4321;
        rate.resetAt = QDateTime::currentDateTimeUtc().addSecs(600);
        status.showRateLimit(rate);
        QVERIFY(status.budgetText().contains(QStringLiteral("4,321")));
        QVERIFY(status.budgetText().contains(QStringLiteral("5,000")));
        status.showWaiting(QDateTime::currentDateTimeUtc().addSecs(125));
        QVERIFY(status.activityText().contains(QStringLiteral("2:0")));
        Models::SyncOutcome outcome;
        outcome.completed = true;
        outcome.items = 7;
        status.showFinished(outcome);
        QVERIFY(status.activityText().contains(QStringLiteral("7 item")));
    }

    void syncActionsFollowAvailability()
    {
        Models::ItemTableModel items;
        Models::BoardModel board(&items);
        Views::MainWindow window(
            {QStringLiteral("v1.0"), QStringLiteral("/tmp/x.sqlite"), false}, &items, &board);
        QAction *sync = nullptr;
        for (auto *action : window.menuBar()->actions().first()->menu()->actions()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Refresh))
                sync = action;
        }
        QVERIFY(sync);
        window.setSyncAvailable(false, QStringLiteral("No token"));
        QVERIFY(!sync->isEnabled());
        QCOMPARE(window.syncStatus()->activityText(), QStringLiteral("No token"));
        window.setSyncAvailable(true);
        QSignalSpy requested(&window, &Views::MainWindow::syncRequested);
        sync->trigger();
        QCOMPARE(requested.size(), 1);
        window.setSyncRunning(true);
        QVERIFY(!sync->isEnabled());

        // Notifications: the tray where there is one (not offscreen), the status bar always.
        const Models::BoardNotification blocker {Models::BoardNotification::Kind::NewBlocker,
            QStringLiteral("New release blocker"), QStringLiteral("console#1: <b>crash</b>")};
        window.showNotifications({blocker});
        QCOMPARE(window.syncStatus()->activityText(),
            QStringLiteral("New release blocker: console#1: <b>crash</b>"));
        window.setNotificationsEnabled(false);
        window.showNotifications({{Models::BoardNotification::Kind::RequiredCheckFailed,
            QStringLiteral("Red"), QStringLiteral("x")}});
        QVERIFY(window.syncStatus()->activityText().startsWith(QStringLiteral("New release blocker")));
    }

    void triageFromTheKeyboardPreviewsAndConfirms()
    {
        QTemporaryDir dir;
        Models::Store store;
        auto workspace = Models::loadWorkspace(store, dir.filePath(QStringLiteral("demo.sqlite")),
            QDateTime(QDate(2026, 11, 25), QTime(18, 0), QTimeZone::UTC));
        Models::ItemTableModel items;
        items.setItems(workspace.items);
        Models::BoardModel board(&items);
        board.setRelease(workspace.release);
        Views::MainWindow window({workspace.release.name, workspace.path, workspace.isDemo}, &items, &board);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *cards = window.boardPanel()->columnViews().first();
        cards->setFocus();
        cards->setCurrentIndex(cards->model()->index(0, 0));
        const auto row = window.boardPanel()->columnProxy(0)->mapToSource(cards->currentIndex()).row();
        const auto key = board.item(row).key;

        // Answer the picker, then confirm the preview, as a person would.
        QString previewText;
        QTimer::singleShot(0, this, [&] {
            auto *picker = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(picker);
            picker->setTextValue(QStringLiteral("priority/critical-urgent"));
            picker->accept();
            QTimer::singleShot(0, this, [&] {
                auto *preview = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(preview);
                previewText = preview->informativeText();
                preview->button(QMessageBox::Ok)->click();
            });
        });
        QSignalSpy confirmed(&window, &Views::MainWindow::triageConfirmed);
        QTest::keyClick(cards, Qt::Key_L, Qt::ShiftModifier);
        QTRY_COMPARE(confirmed.size(), 1);
        const auto changes = confirmed.first().first().value<QList<Models::TriageChange>>();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().item, key);
        QCOMPARE(changes.first().action.kind, Models::TriageAction::Kind::AddLabel);
        QCOMPARE(changes.first().action.value, QStringLiteral("priority/critical-urgent"));
        QVERIFY(previewText.contains(QStringLiteral("add label \u2068priority/critical-urgent\u2069")));
    }

    void userWorkspaceHasNoDemoBanner()
    {
        Models::ItemTableModel items;
        Models::BoardModel board(&items);
        Views::MainWindow window(
            {QStringLiteral("v1.0"), QStringLiteral("/tmp/x.sqlite"), false}, &items, &board);
        window.show();
        auto *banner = window.findChild<Views::DemoBanner *>();
        QVERIFY(banner && !banner->isVisible());
        QCOMPARE(window.windowTitle(), QStringLiteral("v1.0 - Release Desk"));
        // Switching workspaces (after defining a release) updates the same window.
        window.setWorkspace({QStringLiteral("v4.1.3"), QStringLiteral("/tmp/demo.sqlite"), true});
        QVERIFY(banner->isVisible());
        QVERIFY(window.windowTitle().contains(QStringLiteral("(demo)")));
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
