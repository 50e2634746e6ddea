#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>

namespace omnidesk::bench {

// omnidesk-profiled started as a child process with demo data in a temporary
// directory, on an ephemeral port, plus a small client for its HTTP API.
class ServiceProcess : public QObject
{
    Q_OBJECT

public:
    explicit ServiceProcess(QObject *parent = nullptr);
    ~ServiceProcess() override;

    // Use `dir` for the store instead of a fresh temporary directory (set
    // before start(); a restart keeps the same data).
    void setDataDir(const QString &dir) { m_dataDir = dir; }
    QString dataDir() const { return m_dataDir.isEmpty() ? m_dir.path() : m_dataDir; }
    // Arguments added after --demo --listen --data (e.g. --heartbeat-ms 1000).
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }
    // Once the service listens, each line of its output that starts with
    // "omnidesk-trace: " (printed with OMNIDESK_BENCH_TRACE set) goes to
    // `sink` without that prefix; the rest is dropped. Set before start().
    void setTraceSink(std::function<void(const QByteArray &line)> sink) { m_traceSink = std::move(sink); }

    // Starts the service and waits (running the event loop) until it listens.
    // May be called again after kill() to restart on the same data directory.
    // `extraArguments` are appended to the command line after the ones of
    // setExtraArguments() (e.g. --database URL).
    bool start(QString *error, const QStringList &extraArguments = {});
    // SIGKILLs the service (no graceful shutdown) and waits until it is gone.
    void kill();
    // Asks the service to stop (SIGTERM) and waits up to `timeoutMs`.
    bool stop(int timeoutMs = 10'000);
    qint64 processId() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    quint16 port() const { return m_port; }
    QUrl httpUrl(const QString &path) const;
    QUrl agentUrl() const;

    // POSTs a JSON body with the demo integration key; `done` gets the status and body.
    void post(const QString &path, const QJsonObject &body,
              std::function<void(int status, const QByteArray &body)> done);
    // Same, but waits for the answer (event loop keeps running).
    int postAndWait(const QString &path, const QJsonObject &body, QByteArray *answer = nullptr);

private:
    void drainOutput();

    QTemporaryDir m_dir;
    QString m_dataDir;
    QStringList m_extraArguments;
    QProcess m_process;
    QMetaObject::Connection m_drain;
    std::function<void(const QByteArray &line)> m_traceSink;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
};

} // namespace omnidesk::bench
