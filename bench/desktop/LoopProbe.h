#pragma once

#include <QList>
#include <QObject>

namespace omnidesk::bench::desktop {

// Measures how late the event loop runs a timer that is due: a 10 ms
// single-shot precise timer, re-armed each time it fires, records the time
// between when it was due and when it ran.
class LoopProbe
{
public:
    void start();
    void stop() { m_running = false; }
    // The lateness samples so far, in ms; the list is emptied.
    QList<double> takeSamples();

private:
    void arm();

    static constexpr int kIntervalMs = 10;
    QObject m_context; // owns the pending timer: none fires after the probe is gone
    bool m_running = false;
    qint64 m_dueNs = 0;
    QList<double> m_samples;
};

} // namespace omnidesk::bench::desktop
