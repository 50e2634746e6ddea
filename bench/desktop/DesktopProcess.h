#pragma once

#include <QHash>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace omnidesk::bench {

// The real `omnidesk` executable started as a child process with
// OMNIDESK_BENCH_TRACE set, its own temporary data folder and (unless the
// caller's environment names one) the offscreen platform. Collects the
// `omnidesk-trace:` milestones it prints on stderr.
class DesktopProcess : public QObject
{
    Q_OBJECT
public:
    // `home` becomes HOME and the XDG folders' root, so no settings of the
    // person running the benchmark are read or written.
    explicit DesktopProcess(const QString &home, QObject *parent = nullptr);
    ~DesktopProcess() override;

    // Monotonic clock (CLOCK_MONOTONIC, as the trace lines), in nanoseconds.
    static qint64 nowNs();

    // Starts the executable; `startNs` is read just before the exec.
    bool start(const QStringList &arguments, const QHash<QString, QString> &extraEnvironment = {});
    qint64 startNs() const { return m_startNs; }
    qint64 processId() const { return m_process.processId(); }

    // Runs the event loop until the milestone was printed (true) or the
    // timeout passed or the process ended (false).
    bool waitForMilestone(const QString &name, int timeoutMs);
    // The milestone's clock reading, or -1 when not seen.
    qint64 milestoneNs(const QString &name) const { return m_milestones.value(name, -1); }
    // What the process printed that was not a milestone (for error messages).
    QString otherOutput() const { return m_other; }

    // SIGTERM, then SIGKILL when it does not end in time.
    void stop();

private:
    void readOutput();

    QString m_home;
    QTemporaryDir m_data;
    QProcess m_process;
    qint64 m_startNs = 0;
    QByteArray m_pending;
    QHash<QString, qint64> m_milestones;
    QString m_other;
};

} // namespace omnidesk::bench
