#pragma once

#include <QProcess>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace omnidesk::bench {

// Makes the kernel send the child SIGTERM when the benchmark that started it
// dies, however it dies (Ctrl+C, SIGTERM, a crash): a benchmark stopped by
// hand must not leave a service, a simulator or client processes running.
// Call before start(). Linux only; elsewhere the child outlives a killed
// benchmark, as QProcess's children do.
inline void stopWithParent(QProcess &process)
{
#ifdef Q_OS_LINUX
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#else
    Q_UNUSED(process);
#endif
}

} // namespace omnidesk::bench
