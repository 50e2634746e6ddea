#include "ReportClient.h"

#include "JsonReader.h"
#include "ProtocolCodec.h"
#include "TlsTrust.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QUrlQuery>

namespace omnidesk::net {

namespace {
constexpr int kTimeoutMs = 15'000;
constexpr int kExportTimeoutMs = 5 * 60'000;

RecoveryFigure figure(const QString &key, const QJsonObject &o)
{
    return RecoveryFigure{key, o.value(QLatin1StringView("abandoned")).toInt(),
                          o.value(QLatin1StringView("recovered")).toInt()};
}

// Set on a reply whose certificate was refused: the explanation for the user.
constexpr char kTlsProblem[] = "omnideskTlsProblem";

// The service's error message from a JSON error body, a refused certificate
// explained (TlsTrust), else Qt's description.
QString replyError(QNetworkReply *reply, const QByteArray &body)
{
    const QString tlsProblem = reply->property(kTlsProblem).toString();
    if (!tlsProblem.isEmpty())
        return tlsProblem;
    if (reply->error() == QNetworkReply::SslHandshakeFailedError)
        return TlsTrust::describeHandshakeFailure(reply->url().host(), reply->errorString());
    const QString message = QJsonDocument::fromJson(body)
                                .object()
                                .value(QLatin1StringView("error"))
                                .toObject()
                                .value(QLatin1StringView("message"))
                                .toString();
    return message.isEmpty() ? reply->errorString() : message;
}

QNetworkRequest authorizedRequest(const QUrl &url, const QString &token, const QSslConfiguration &ssl)
{
    QNetworkRequest request(url);
    if (url.scheme() == QLatin1StringView("https"))
        request.setSslConfiguration(ssl);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    // Reports name recommendations in the desktop's language (Localization
    // makes it the default locale).
    request.setRawHeader("Accept-Language", QLocale().bcp47Name().toLatin1());
    request.setTransferTimeout(kTimeoutMs);
    return request;
}

QList<RecoveryFigure> figures(const QJsonArray &list, QLatin1StringView keyName)
{
    QList<RecoveryFigure> out;
    for (const QJsonValue &v : list)
        out.append(figure(v.toObject().value(keyName).toString(), v.toObject()));
    return out;
}
// GET /v1/reports/{outcomes,acceptance}?from=…&to=…[&agent=…]
QUrl measurementUrl(const QUrl &serviceUrl, const QString &path, const QDateTime &from, const QDateTime &to,
                    const QString &agent)
{
    QUrl url = ReportClient::httpUrl(serviceUrl, path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), protocol::toWireTime(from));
    query.addQueryItem(QStringLiteral("to"), protocol::toWireTime(to));
    if (!agent.isEmpty())
        query.addQueryItem(QStringLiteral("agent"), QString::fromUtf8(QUrl::toPercentEncoding(agent)));
    url.setQuery(query);
    return url;
}

AcceptanceFigure acceptanceFigure(const QJsonObject &o)
{
    AcceptanceFigure f;
    f.recommendation = o.value(QLatin1StringView("recommendation")).toString();
    f.title = o.value(QLatin1StringView("title")).toString();
    f.shown = o.value(QLatin1StringView("shown")).toInt();
    f.accepted = o.value(QLatin1StringView("accepted")).toInt();
    f.dismissed = o.value(QLatin1StringView("dismissed")).toInt();
    for (const QJsonValue &v : o.value(QLatin1StringView("dismissReasons")).toArray())
        f.dismissReasons.append(
            {v[QLatin1StringView("reason")].toString(), v[QLatin1StringView("count")].toInt()});
    return f;
}
} // namespace

ReportClient::ReportClient(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)),
      m_sslConfiguration(TlsTrust::configuration({}))
{}

void ReportClient::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_sslConfiguration = configuration;
    m_sslConfiguration.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

void ReportClient::watchTls(QNetworkReply *reply)
{
    // Never ignored: the request fails, and its error names the reason.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        reply->setProperty(kTlsProblem, TlsTrust::describeErrors(errors, reply->url().host()));
    });
}

ReportClient::~ReportClient() = default;

QUrl ReportClient::httpUrl(const QUrl &serviceUrl, const QString &path)
{
    QUrl url = serviceUrl;
    const bool tls =
        serviceUrl.scheme() == QLatin1StringView("wss") || serviceUrl.scheme() == QLatin1StringView("https");
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void ReportClient::get(QPointer<QNetworkReply> *slot, const QNetworkRequest &request,
                       const std::function<void(const QByteArray &body)> &onBody,
                       const std::function<void(const QString &message)> &onError)
{
    // Forget the earlier request before aborting it: its finished() then
    // counts as replaced, not as a failure.
    if (QPointer<QNetworkReply> earlier = std::exchange(*slot, nullptr))
        earlier->abort();
    QNetworkReply *reply = m_network->get(request);
    watchTls(reply);
    *slot = reply;
    connect(reply, &QNetworkReply::finished, this, [slot, reply, onBody, onError] {
        reply->deleteLater();
        if (reply != *slot)
            return; // replaced by a newer request
        slot->clear();
        const QByteArray body = reply->readAll();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            onError(replyError(reply, body));
        else
            onBody(body);
    });
}

void ReportClient::fetchRecovery(const QUrl &serviceUrl, const QString &token, const QDateTime &from,
                                 const QDateTime &to)
{
    QUrl url = httpUrl(serviceUrl, QStringLiteral("/v1/reports/recovery"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), protocol::toWireTime(from));
    query.addQueryItem(QStringLiteral("to"), protocol::toWireTime(to));
    url.setQuery(query);
    get(
        &m_reply, authorizedRequest(url, token, m_sslConfiguration),
        [this](const QByteArray &body) {
            QString error;
            if (const std::optional<RecoveryReport> report = parseRecovery(body, &error))
                emit recoveryReady(*report);
            else
                emit failed(error);
        },
        [this](const QString &message) { emit failed(message); });
}

void ReportClient::revealInteraction(const QUrl &serviceUrl, const QString &token, qint64 id,
                                     const QString &reason)
{
    QUrl url = httpUrl(serviceUrl, QStringLiteral("/v1/interactions/%1").arg(id));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("reveal"), QString::fromUtf8(QUrl::toPercentEncoding(reason)));
    url.setQuery(query);
    get(
        &m_revealReply, authorizedRequest(url, token, m_sslConfiguration),
        [this](const QByteArray &body) {
            // The body is an interaction.detail payload: decoded (and
            // validated) as the WebSocket message would be.
            const QJsonObject frame{
                {QStringLiteral("type"), QString::fromLatin1(protocol::InteractionDetail::kType)},
                {QStringLiteral("payload"), QJsonDocument::fromJson(body).object()}};
            const protocol::DecodeResult decoded =
                protocol::ProtocolCodec::decode(QJsonDocument(frame).toJson(QJsonDocument::Compact));
            const auto *detail =
                decoded.ok() ? std::get_if<protocol::InteractionDetail>(&decoded.frame->message) : nullptr;
            if (detail)
                emit interactionRevealed(*detail);
            else
                emit revealFailed(tr("the service's answer could not be read"));
        },
        [this](const QString &message) { emit revealFailed(message); });
}

QUrlQuery ReportClient::interactionsUrlQuery(const protocol::InteractionsQuery &query)
{
    QUrlQuery out;
    const auto add = [&out](const char *name, const QString &value) {
        if (!value.isEmpty())
            out.addQueryItem(QString::fromLatin1(name), QString::fromUtf8(QUrl::toPercentEncoding(value)));
    };
    if (query.from.isValid())
        add("from", protocol::toWireTime(query.from));
    if (query.to.isValid())
        add("to", protocol::toWireTime(query.to));
    add("agent", query.agent);
    add("disposition", query.disposition);
    add("channel", query.channel);
    add("recommendation", query.recommendation);
    add("decision", query.decision);
    add("q", query.q);
    add("sort", query.sort);
    if (query.limit > 0)
        add("limit", QString::number(query.limit));
    add("cursor", query.cursor);
    return out;
}

void ReportClient::exportInteractions(const QUrl &serviceUrl, const QString &token,
                                      const protocol::InteractionsQuery &query, const QString &revealReason,
                                      const QString &filePath)
{
    cancelExport();
    auto file = std::make_unique<QSaveFile>(filePath);
    if (!file->open(QIODevice::WriteOnly)) {
        emit exportFailed(tr("cannot write %1: %2").arg(filePath, file->errorString()));
        return;
    }
    protocol::InteractionsQuery all = query;
    all.limit = 0;
    all.cursor.clear();
    QUrlQuery params = interactionsUrlQuery(all);
    if (!revealReason.isEmpty())
        params.addQueryItem(QStringLiteral("reveal"),
                            QString::fromUtf8(QUrl::toPercentEncoding(revealReason)));
    QUrl url = httpUrl(serviceUrl, QStringLiteral("/v1/interactions.csv"));
    url.setQuery(params);

    m_exportFile = std::move(file);
    m_exportLines = 0;
    m_exportInQuotes = false;
    // The service builds the whole file before the first byte: allow it time.
    QNetworkRequest request = authorizedRequest(url, token, m_sslConfiguration);
    request.setTransferTimeout(kExportTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    watchTls(reply);
    m_exportReply = reply;
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (reply == m_exportReply)
            readExport();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply == m_exportReply)
            finishExport();
    });
}

void ReportClient::readExport()
{
    const int status = m_exportReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return; // an error body: read whole in finishExport()
    const QByteArray chunk = m_exportReply->readAll();
    const qint64 before = m_exportLines;
    // Count records, not lines: a newline inside a quoted cell (notes) ends
    // none. A doubled quote ("") toggles twice, so it needs no special case.
    for (const char c : chunk) {
        if (c == '"')
            m_exportInQuotes = !m_exportInQuotes;
        else if (c == '\n' && !m_exportInQuotes)
            ++m_exportLines;
    }
    if (m_exportFile->write(chunk) != chunk.size()) {
        const QString message =
            tr("cannot write %1: %2").arg(m_exportFile->fileName(), m_exportFile->errorString());
        cancelExport();
        emit exportFailed(message);
        return;
    }
    if (m_exportLines != before)
        emit exportProgress(std::max<qint64>(0, m_exportLines - 1));
}

void ReportClient::finishExport()
{
    QNetworkReply *reply = m_exportReply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 || reply->error() != QNetworkReply::NoError) {
        const QString message = replyError(reply, reply->readAll());
        cancelExport();
        emit exportFailed(message);
        return;
    }
    readExport(); // whatever arrived together with finished()
    if (!m_exportFile)
        return; // the write failed and was reported
    m_exportReply = nullptr;
    const std::unique_ptr<QSaveFile> file = std::move(m_exportFile);
    if (!file->commit()) {
        emit exportFailed(tr("cannot write %1: %2").arg(file->fileName(), file->errorString()));
        return;
    }
    emit exportFinished(file->fileName(), std::max<qint64>(0, m_exportLines - 1));
}

void ReportClient::fetchAudit(const QUrl &serviceUrl, const QString &token, qint64 before)
{
    QUrl url = httpUrl(serviceUrl, QStringLiteral("/v1/audit"));
    if (before > 0)
        url.setQuery(QStringLiteral("before=%1").arg(before));
    get(
        &m_auditReply, authorizedRequest(url, token, m_sslConfiguration),
        [this, before](const QByteArray &body) {
            const QJsonObject o = QJsonDocument::fromJson(body).object();
            if (!o.value(QLatin1StringView("entries")).isArray()) {
                emit auditFailed(tr("the service sent no audit entries"));
                return;
            }
            QList<AuditLine> entries;
            for (const QJsonValue &v : o.value(QLatin1StringView("entries")).toArray()) {
                const QJsonObject e = v.toObject();
                QStringList targets;
                for (const QJsonValue &t : e.value(QLatin1StringView("targets")).toArray())
                    targets.append(t.toString());
                entries.append(AuditLine{e.value(QLatin1StringView("id")).toInteger(),
                                         protocol::fromWireTime(e.value(QLatin1StringView("at")).toString()),
                                         e.value(QLatin1StringView("actor")).toString(),
                                         e.value(QLatin1StringView("action")).toString(), targets,
                                         e.value(QLatin1StringView("detail")).toString()});
            }
            emit auditReady(entries, o.value(QLatin1StringView("nextBefore")).toInteger(), before == 0);
        },
        [this](const QString &message) { emit auditFailed(message); });
}

void ReportClient::cancelExport()
{
    // Forget the reply first: its finished() then counts as cancelled.
    if (QPointer<QNetworkReply> reply = std::exchange(m_exportReply, nullptr))
        reply->abort();
    if (std::unique_ptr<QSaveFile> file = std::move(m_exportFile))
        file->cancelWriting();
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

void ReportClient::fetchOutcomes(const QUrl &serviceUrl, const QString &token, const QDateTime &from,
                                 const QDateTime &to, const QString &agent)
{
    get(
        &m_outcomesReply,
        authorizedRequest(measurementUrl(serviceUrl, QStringLiteral("/v1/reports/outcomes"), from, to, agent),
                          token, m_sslConfiguration),
        [this](const QByteArray &body) {
            QString error;
            if (const std::optional<OutcomeTrend> trend = parseOutcomes(body, &error))
                emit outcomesReady(*trend);
            else
                emit outcomesFailed(error);
        },
        [this](const QString &message) { emit outcomesFailed(message); });
}

void ReportClient::fetchAcceptance(const QUrl &serviceUrl, const QString &token, const QDateTime &from,
                                   const QDateTime &to, const QString &agent)
{
    get(
        &m_acceptanceReply,
        authorizedRequest(
            measurementUrl(serviceUrl, QStringLiteral("/v1/reports/acceptance"), from, to, agent), token,
            m_sslConfiguration),
        [this](const QByteArray &body) {
            QString error;
            if (const std::optional<AcceptanceReport> report = parseAcceptance(body, &error))
                emit acceptanceReady(*report);
            else
                emit acceptanceFailed(error);
        },
        [this](const QString &message) { emit acceptanceFailed(message); });
}

std::optional<OutcomeTrend> ReportClient::parseOutcomes(const QByteArray &json, QString *error)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (!o.value(QLatin1StringView("buckets")).isArray() || !o.value(QLatin1StringView("total")).isDouble()) {
        *error = tr("the service sent no report");
        return std::nullopt;
    }
    OutcomeTrend trend;
    trend.from = protocol::fromWireTime(o.value(QLatin1StringView("from")).toString());
    trend.to = protocol::fromWireTime(o.value(QLatin1StringView("to")).toString());
    trend.bucket = o.value(QLatin1StringView("bucket")).toString();
    trend.agent = o.value(QLatin1StringView("agent")).toString();
    trend.total = o.value(QLatin1StringView("total")).toInt();
    for (const QJsonValue &v : o.value(QLatin1StringView("dispositions")).toArray())
        trend.dispositions.append(v.toString());
    for (const QJsonValue &v : o.value(QLatin1StringView("buckets")).toArray()) {
        OutcomeBucket bucket;
        bucket.start = protocol::fromWireTime(v[QLatin1StringView("start")].toString());
        bucket.end = protocol::fromWireTime(v[QLatin1StringView("end")].toString());
        bucket.total = v[QLatin1StringView("total")].toInt();
        const QJsonObject counts = v[QLatin1StringView("counts")].toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            bucket.counts.insert(it.key(), it.value().toInt());
        if (!bucket.start.isValid() || !bucket.end.isValid()) {
            *error = tr("the service sent no report");
            return std::nullopt;
        }
        trend.buckets.append(bucket);
    }
    return trend;
}

std::optional<AcceptanceReport> ReportClient::parseAcceptance(const QByteArray &json, QString *error)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (!o.value(QLatin1StringView("recommendations")).isArray() ||
        !o.value(QLatin1StringView("shown")).isDouble()) {
        *error = tr("the service sent no report");
        return std::nullopt;
    }
    AcceptanceReport report;
    report.from = protocol::fromWireTime(o.value(QLatin1StringView("from")).toString());
    report.to = protocol::fromWireTime(o.value(QLatin1StringView("to")).toString());
    report.agent = o.value(QLatin1StringView("agent")).toString();
    report.all = acceptanceFigure(o);
    for (const QJsonValue &v : o.value(QLatin1StringView("recommendations")).toArray())
        report.recommendations.append(acceptanceFigure(v.toObject()));
    return report;
}

} // namespace omnidesk::net
