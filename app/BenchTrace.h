#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace omnidesk {

class DesktopController;

// Milestones of one desktop run, for the benchmarks in bench/desktop. Off
// unless the environment variable OMNIDESK_BENCH_TRACE is set; then each
// milestone is one line on stderr:
//
//   omnidesk-trace: <milestone> <nanoseconds of CLOCK_MONOTONIC>
//
// The clock is the system-wide monotonic one (std::chrono::steady_clock), so
// the benchmark that started the process can subtract its own reading taken
// just before the exec. Milestones: `main` (first line of main()),
// `exposed:<class>` (the first time a top-level window of that class was
// exposed and painted), `online` (signed in) and `popped` (a call's profile
// was shown). No personal data is printed.
class BenchTrace : public QObject
{
    Q_OBJECT
public:
    static bool isEnabled();
    // Prints one milestone line when tracing is on.
    static void mark(const QString &milestone);

    // Watches the application's windows and the controller's connection and
    // call view. Create it before the first window is shown.
    explicit BenchTrace(DesktopController *controller, QObject *parent = nullptr);
    ~BenchTrace() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QSet<QString> m_exposed; // window classes already reported
};

} // namespace omnidesk
