#include "LoopProbe.h"

#include "DesktopProcess.h"

#include <QTimer>

#include <utility>

namespace omnidesk::bench::desktop {

void LoopProbe::start()
{
    m_running = true;
    arm();
}

QList<double> LoopProbe::takeSamples()
{
    return std::exchange(m_samples, {});
}

void LoopProbe::arm()
{
    m_dueNs = DesktopProcess::nowNs() + qint64(kIntervalMs) * 1'000'000;
    QTimer::singleShot(kIntervalMs, Qt::PreciseTimer, &m_context, [this] {
        m_samples.append(std::max(0.0, double(DesktopProcess::nowNs() - m_dueNs) / 1e6));
        if (m_running)
            arm();
    });
}

} // namespace omnidesk::bench::desktop
