#include "busyprobe.h"

#include <QAbstractEventDispatcher>

#include <algorithm>

namespace ReleaseDesk::Bench {

BusyProbe::BusyProbe()
{
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
