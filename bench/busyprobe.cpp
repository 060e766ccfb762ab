#include "busyprobe.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

namespace ReleaseDesk::Bench {

/// Timers fire after the dispatcher wakes from its wait without a new awake(): the first event
/// delivered while no stretch is open opens one.
class BusyProbe::FirstEvent : public QObject
{
public:
    explicit FirstEvent(BusyProbe *probe)
        : m_probe(probe)
    { }

protected:
    bool eventFilter(QObject *, QEvent *) override
    {
        if (m_probe->m_running && !m_probe->m_busy.isValid())
            m_probe->m_busy.start();
        return false;
    }

private:
    BusyProbe *m_probe;
};

BusyProbe::BusyProbe()
    : m_firstEvent(std::make_unique<FirstEvent>(this))
{
    QCoreApplication::instance()->installEventFilter(m_firstEvent.get());
    auto *dispatcher = QAbstractEventDispatcher::instance();
    m_awake = QObject::connect(dispatcher, &QAbstractEventDispatcher::awake, [this] {
        if (m_running && !m_busy.isValid())
            m_busy.start();
    });
    m_aboutToBlock = QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, [this] {
        if (m_running && m_busy.isValid())
            m_stretches.append(m_busy.nsecsElapsed() / 1e6);
        m_busy.invalidate();
    });
}

BusyProbe::~BusyProbe()
{
    QObject::disconnect(m_awake);
    QObject::disconnect(m_aboutToBlock);
}

void BusyProbe::start()
{
    m_stretches.clear();
    m_busy.start(); // the caller is working now: the first stretch ends when the loop next blocks
    m_running = true;
}

void BusyProbe::stop()
{
    if (m_busy.isValid())
        m_stretches.append(m_busy.nsecsElapsed() / 1e6);
    m_busy.invalidate();
    m_running = false;
}

double BusyProbe::longest() const
{
    return m_stretches.isEmpty() ? 0 : *std::max_element(m_stretches.cbegin(), m_stretches.cend());
}

} // namespace ReleaseDesk::Bench
