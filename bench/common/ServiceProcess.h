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

    // Starts the service and waits (running the event loop) until it listens.
    // `extraArguments` are appended to the command line (e.g. --database URL).
    bool start(QString *error, const QStringList &extraArguments = {});
    quint16 port() const { return m_port; }
    QUrl httpUrl(const QString &path) const;
    QUrl agentUrl() const;

    // POSTs a JSON body with the demo integration key; `done` gets the status and body.
    void post(const QString &path, const QJsonObject &body,
              std::function<void(int status, const QByteArray &body)> done);
    // Same, but waits for the answer (event loop keeps running).
    int postAndWait(const QString &path, const QJsonObject &body, QByteArray *answer = nullptr);

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
};

} // namespace omnidesk::bench
