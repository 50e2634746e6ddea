// Cold start: the real `omnidesk` executable, started again and again, from
// just before the exec to its sign-in dialog exposed and painted (the
// `exposed:omnidesk::ui::SignInDialog` milestone of BenchTrace).

#include "BenchResults.h"
#include "DesktopBenches.h"
#include "DesktopProcess.h"

#include <QTemporaryDir>
#include <QTextStream>

#include <QTextStream>
#include <algorithm>

namespace omnidesk::bench::desktop {

bool runStartup(const Options &options, BenchResults &results)
{
    QTextStream err(stderr);
    QTemporaryDir home;
    const QString shown = QStringLiteral("exposed:omnidesk::ui::SignInDialog");
    QList<double> toSignIn;
    QList<double> toMain;
    QList<double> toMainWindow;
    double first = -1;
    int failures = 0;
    constexpr int kWarmup = 2; // the first starts fill the page cache and font caches
    for (int run = 0; run < kWarmup + options.startRuns; ++run) {
        DesktopProcess desktop(home.path());
        // No saved sign-in in the fresh HOME: the desktop shows the dialog.
        if (!desktop.start({QStringLiteral("--server"), QStringLiteral("ws://127.0.0.1:9")}) ||
            !desktop.waitForMilestone(shown, 20'000)) {
            err << "bench_desktop: start " << run << " showed no sign-in dialog: " << desktop.otherOutput()
                << Qt::endl;
            ++failures;
            continue;
        }
        const double ms = double(desktop.milestoneNs(shown) - desktop.startNs()) / 1e6;
        if (run == 0)
            first = ms;
        if (run < kWarmup)
            continue;
        toSignIn.append(ms);
        if (desktop.milestoneNs(QStringLiteral("main")) > 0)
            toMain.append(double(desktop.milestoneNs(QStringLiteral("main")) - desktop.startNs()) / 1e6);
        const qint64 window = desktop.milestoneNs(QStringLiteral("exposed:omnidesk::ui::MainWindow"));
        if (window > 0)
            toMainWindow.append(double(window - desktop.startNs()) / 1e6);
        desktop.stop();
    }
    results.add(QStringLiteral("startup_first_ms"), first, QStringLiteral("ms"));
    results.addLatencies(QStringLiteral("startup_signin"), toSignIn);
    std::sort(toSignIn.begin(), toSignIn.end());
    results.add(QStringLiteral("startup_signin_p90_ms"), BenchResults::percentile(toSignIn, 90),
                QStringLiteral("ms"));
    results.addLatencies(QStringLiteral("startup_exec_to_main"), toMain);
    results.addLatencies(QStringLiteral("startup_main_window"), toMainWindow);
    results.add(QStringLiteral("startup_failures"), failures, QStringLiteral("count"));
    return failures == 0;
}

} // namespace omnidesk::bench::desktop
