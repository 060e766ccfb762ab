#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QMetaObject>

#include <memory>

namespace ReleaseDesk::Bench {

/// How long the calling thread's event loop works between two waits: from the moment it wakes until
/// it is about to block again. Each stretch is time a user's input would have waited. Unlike timing
/// processEvents() calls in a spinning loop, idle time and the scheduler parking a spinning thread are
/// not counted.
class BusyProbe
{
public:
    BusyProbe();
    ~BusyProbe();
    BusyProbe(const BusyProbe &) = delete;
    BusyProbe &operator=(const BusyProbe &) = delete;

    void start();
    void stop();
    /// Milliseconds of each stretch of work since start().
    const QList<double> &stretches() const { return m_stretches; }
    double longest() const;

private:
    class FirstEvent;
    std::unique_ptr<FirstEvent> m_firstEvent;
    QMetaObject::Connection m_awake;
    QMetaObject::Connection m_aboutToBlock;
    QElapsedTimer m_busy;
    bool m_running = false;
    QList<double> m_stretches;
};

} // namespace ReleaseDesk::Bench
