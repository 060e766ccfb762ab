#include "frameprobe.h"

namespace ReleaseDesk::Bench {

namespace {
constexpr qint64 frameNs = 16 * 1000000LL;
}

FrameProbe::FrameProbe()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(16);
    QObject::connect(&m_timer, &QTimer::timeout, [this] {
        const auto now = m_clock.nsecsElapsed();
        if (m_due > 0)
            m_lateness.append(std::max<double>(0, double(now - m_due) / 1e6));
        m_due = now + frameNs;
    });
}

void FrameProbe::start()
{
    m_lateness.clear();
    m_due = 0;
    m_clock.start();
    m_timer.start();
}

void FrameProbe::stop()
{
    m_timer.stop();
}

} // namespace ReleaseDesk::Bench
