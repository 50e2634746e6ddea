#include "ReportClient.h"

#include "JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace omnidesk::net {

namespace {
constexpr int kTimeoutMs = 15'000;

RecoveryFigure figure(const QString &key, const QJsonObject &o)
{
    return RecoveryFigure{key, o.value(QLatin1StringView("abandoned")).toInt(),
                          o.value(QLatin1StringView("recovered")).toInt()};
}

QList<RecoveryFigure> figures(const QJsonArray &list, QLatin1StringView keyName)
{
    QList<RecoveryFigure> out;
    for (const QJsonValue &v : list)
        out.append(figure(v.toObject().value(keyName).toString(), v.toObject()));
    return out;
}
} // namespace

ReportClient::ReportClient(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this)) {}

QUrl ReportClient::httpUrl(const QUrl &serviceUrl, const QString &path)
{
    QUrl url = serviceUrl;
    url.setScheme(serviceUrl.scheme() == QLatin1StringView("wss") ? QStringLiteral("https")
                                                                  : QStringLiteral("http"));
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void ReportClient::fetchRecovery(const QUrl &serviceUrl, const QString &token, const QDateTime &from,
                                 const QDateTime &to)
{
    // Forget the earlier request before aborting it: its finished() then
    // counts as replaced, not as a failure.
    if (QPointer<QNetworkReply> earlier = std::exchange(m_reply, nullptr))
        earlier->abort();
    QUrl url = httpUrl(serviceUrl, QStringLiteral("/v1/reports/recovery"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), protocol::toWireTime(from));
    query.addQueryItem(QStringLiteral("to"), protocol::toWireTime(to));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply != m_reply)
            return; // replaced by a newer request
        m_reply.clear();
        const QByteArray body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200) {
            const QString message = QJsonDocument::fromJson(body)
                                        .object()
                                        .value(QLatin1StringView("error"))
                                        .toObject()
                                        .value(QLatin1StringView("message"))
                                        .toString();
            emit failed(message.isEmpty() ? reply->errorString() : message);
            return;
        }
        QString error;
        if (const std::optional<RecoveryReport> report = parseRecovery(body, &error))
            emit recoveryReady(*report);
        else
            emit failed(error);
    });
}

std::optional<RecoveryReport> ReportClient::parseRecovery(const QByteArray &json, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("the service sent no report");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (!o.value(QLatin1StringView("abandoned")).isDouble() ||
        !o.value(QLatin1StringView("byContact")).isObject()) {
        *error = tr("the service sent no report");
        return std::nullopt;
    }
    RecoveryReport report;
    report.from = protocol::fromWireTime(o.value(QLatin1StringView("from")).toString());
    report.to = protocol::fromWireTime(o.value(QLatin1StringView("to")).toString());
    report.windowDays = o.value(QLatin1StringView("windowDays")).toInt();
    report.all = figure(QStringLiteral("all"), o);
    const QJsonObject byContact = o.value(QLatin1StringView("byContact")).toObject();
    for (const char *kind : {"call_accepted", "call_other", "email_only", "none"})
        report.byContact.append(
            figure(QString::fromLatin1(kind), byContact.value(QLatin1StringView(kind)).toObject()));
    report.byRecommendation = figures(o.value(QLatin1StringView("byRecommendation")).toArray(),
                                      QLatin1StringView("recommendation"));
    report.byAgent = figures(o.value(QLatin1StringView("byAgent")).toArray(), QLatin1StringView("agent"));
    return report;
}

} // namespace omnidesk::net
