// Memory: the real `omnidesk` executable signs in to omnidesk-profiled
// (`--demo`, a child process) as agent1; its resident set size is read from
// /proc once it was idle for a while after the sign-in, and again after a
// call popped the profile of a customer with a long history.

#include "BenchResults.h"
#include "BenchSupport.h"
#include "DesktopBenches.h"
#include "DesktopProcess.h"
#include "ServiceProcess.h"

#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace omnidesk::bench::desktop {

namespace {

void idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return BenchResults::percentile(values, 50);
}

} // namespace

bool runMemory(const Options &options, BenchResults &results)
{
    QTextStream err(stderr);
    ServiceProcess service;
    QString error;
    if (!service.start(&error) || !seedCustomer(service, options.memoryHistory, &error)) {
        err << "bench_desktop: " << error << Qt::endl;
        return false;
    }
    QTemporaryDir home;
    QList<double> idleMb;
    QList<double> profileMb;
    QList<double> peakMb;
    for (int run = 0; run < options.memoryRuns; ++run) {
        DesktopProcess desktop(home.path());
        if (!desktop.start({QStringLiteral("--server"), service.agentUrl().toString(),
                            QStringLiteral("--user"), QStringLiteral("agent1")},
                           {{QStringLiteral("OMNIDESK_PASSWORD"), QStringLiteral("demo")}}) ||
            !desktop.waitForMilestone(QStringLiteral("online"), 20'000)) {
            err << "bench_desktop: the desktop did not sign in: " << desktop.otherOutput() << Qt::endl;
            return false;
        }
        idle(options.settleMs);
        idleMb.append(double(rssKiB(desktop.processId())) * 1024.0 / 1e6);

        if (!popCall(service, QStringLiteral("memory-call-%1").arg(run), &error) ||
            !desktop.waitForMilestone(QStringLiteral("popped"), 20'000)) {
            err << "bench_desktop: no screen pop: " << error << desktop.otherOutput() << Qt::endl;
            return false;
        }
        idle(options.settleMs);
        profileMb.append(double(rssKiB(desktop.processId())) * 1024.0 / 1e6);
        // The high-water mark, from the same /proc file.
        QFile status(QStringLiteral("/proc/%1/status").arg(desktop.processId()));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    peakMb.append(line.mid(6).trimmed().split(' ').value(0).toDouble() * 1024.0 / 1e6);
            }
        }
        service.postAndWait(QStringLiteral("/v1/calls"),
                            {{QStringLiteral("callId"), QStringLiteral("memory-call-%1").arg(run)},
                             {QStringLiteral("event"), QStringLiteral("ended")},
                             {QStringLiteral("agent"), QStringLiteral("agent1")}});
        desktop.stop();
    }
    results.setContext(QStringLiteral("memory_history_events"), options.memoryHistory);
    results.setContext(QStringLiteral("memory_runs"), options.memoryRuns);
    results.add(QStringLiteral("rss_idle_after_login_median_mb"), median(idleMb), QStringLiteral("MB"));
    results.add(QStringLiteral("rss_idle_after_login_max_mb"),
                *std::max_element(idleMb.cbegin(), idleMb.cend()), QStringLiteral("MB"));
    results.add(QStringLiteral("rss_profile_open_median_mb"), median(profileMb), QStringLiteral("MB"));
    results.add(QStringLiteral("rss_profile_open_max_mb"),
                *std::max_element(profileMb.cbegin(), profileMb.cend()), QStringLiteral("MB"));
    if (!peakMb.isEmpty())
        results.add(QStringLiteral("rss_peak_median_mb"), median(peakMb), QStringLiteral("MB"));
    return true;
}

} // namespace omnidesk::bench::desktop
