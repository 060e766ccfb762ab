#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QTimer>

namespace ReleaseDesk::Bench {

/// A window's 60 Hz frame timer on the calling thread's event loop: how late each tick fires is how
/// long that loop was held (by work on it, or by a computation that should have been elsewhere).
class FrameProbe
{
public:
    FrameProbe();
    void start();
    void stop();
    /// Milliseconds each tick came after it was due.
    const QList<double> &lateness() const { return m_lateness; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_due = 0;
    QList<double> m_lateness;
};

} // namespace ReleaseDesk::Bench
