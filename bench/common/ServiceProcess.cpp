#include "ServiceProcess.h"

#include "ChildProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

namespace omnidesk::bench {

ServiceProcess::ServiceProcess(QObject *parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    stopWithParent(m_process);
}

ServiceProcess::~ServiceProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool ServiceProcess::start(QString *error, const QStringList &extraArguments)
{
    if (m_dataDir.isEmpty() && !m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    QObject::disconnect(m_drain);
    m_port = 0;
    m_process.start(QStringLiteral(OMNIDESK_PROFILED_PATH),
                    QStringList{QStringLiteral("--demo"), QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"), dataDir()} +
                        m_extraArguments + extraArguments);
    static const QRegularExpression listening(QStringLiteral("listening on http://[^:]+:(\\d+)"));
    QByteArray output;
    QEventLoop loop;
    connect(&m_process, &QProcess::readyRead, &loop, [&] {
        output += m_process.readAll();
        const auto match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            m_port = match.captured(1).toUShort();
            loop.quit();
        }
    });
    connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    if (m_port == 0) {
        *error = QStringLiteral("omnidesk-profiled did not start: ") + QString::fromUtf8(output);
        return false;
    }
    // Keep draining the child's output so it never blocks on a full pipe.
    m_drain = connect(&m_process, &QProcess::readyRead, this, &ServiceProcess::drainOutput);
    return true;
}

void ServiceProcess::drainOutput()
{
    if (!m_traceSink) {
        m_process.readAll();
        return;
    }
    static const QByteArray prefix = QByteArrayLiteral("omnidesk-trace: ");
    while (m_process.canReadLine()) {
        const QByteArray line = m_process.readLine();
        if (line.startsWith(prefix))
            m_traceSink(line.mid(prefix.size()).trimmed());
    }
}

void ServiceProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill(); // SIGKILL on Unix
    m_process.waitForFinished(5000);
}

bool ServiceProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    m_process.terminate();
    if (m_process.waitForFinished(timeoutMs))
        return true;
    kill();
    return false;
}

QUrl ServiceProcess::httpUrl(const QString &path) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(path);
    return url;
}

QUrl ServiceProcess::agentUrl() const
{
    QUrl url = httpUrl(QString());
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QString());
    return url;
}

void ServiceProcess::post(const QString &path, const QJsonObject &body,
                          std::function<void(int, const QByteArray &)> done)
{
    QNetworkRequest request(httpUrl(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer demo-integration-key");
    QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        done(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
    });
}

int ServiceProcess::postAndWait(const QString &path, const QJsonObject &body, QByteArray *answer)
{
    int status = 0;
    QEventLoop loop;
    post(path, body, [&](int s, const QByteArray &b) {
        status = s;
        if (answer)
            *answer = b;
        loop.quit();
    });
    loop.exec();
    return status;
}

} // namespace omnidesk::bench
