#pragma once

// A small blocking-by-signal HTTP client for the server tests: one request,
// waited for with QSignalSpy (no sleeps), answer parsed as JSON when it is.

#include "ServerOptions.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

namespace omnidesk::server::test {

// Options for an in-process test service: demo data in `dataDir`, an
// ephemeral port, and a cheap PBKDF2 cost for the demo users (production
// uses 120,000 rounds).
inline ServerOptions demoServerOptions(const QString &dataDir)
{
    ServerOptions options;
    options.port = 0;
    options.dataDir = dataDir;
    options.demo = true;
    options.passwordIterations = 1000;
    return options;
}

struct HttpResponse
{
    int status = 0;
    QByteArray contentType;
    QByteArray raw;
    QJsonObject body;

    QString errorCode() const
    {
        return body.value(QLatin1StringView("error")).toObject().value(QLatin1StringView("code")).toString();
    }
};

class HttpTestClient
{
public:
    explicit HttpTestClient(quint16 port) : m_port(port) {}

    HttpResponse send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                      const QByteArray &authorization,
                      const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10'000))
            qWarning("request timed out");
        HttpResponse r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.contentType = reply->rawHeader("Content-Type");
        r.raw = reply->readAll();
        r.body = QJsonDocument::fromJson(r.raw).object();
        reply->deleteLater();
        return r;
    }
    HttpResponse get(const QString &pathAndQuery, const QByteArray &authorization)
    {
        return send("GET", pathAndQuery, {}, authorization);
    }
    HttpResponse post(const QString &path, const QByteArray &body, const QByteArray &authorization)
    {
        return send("POST", path, body, authorization);
    }

    static QByteArray bearer(const QString &secret) { return "Bearer " + secret.toUtf8(); }

private:
    quint16 m_port;
    QNetworkAccessManager m_nam;
};

} // namespace omnidesk::server::test
