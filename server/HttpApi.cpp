#include "HttpApi.h"

#include "AgentGateway.h"
#include "JsonReader.h"
#include "PhoneNormalizer.h"
#include "ProfileEngine.h"
#include "Protocol.h"
#include "ProtocolCodec.h"
#include "ServerLog.h"
#include "Store.h"
#include "XdmEventParser.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace omnidesk::server {

using protocol::JsonError;
using protocol::JsonReader;

namespace {

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QHttpServerResponse toResponse(const HttpApi::Reply &reply)
{
    return QHttpServerResponse(reply.body, static_cast<QHttpServerResponse::StatusCode>(reply.status));
}

std::optional<QJsonObject> parseObject(const QByteArray &body, HttpApi::Reply *failure)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *failure = HttpApi::error(
            400, QStringLiteral("invalid_json"),
            QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *failure =
            HttpApi::error(400, QStringLiteral("invalid_json"), QStringLiteral("expected a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

HttpApi::HttpApi(Store *store, ProfileEngine *engine, AgentGateway *gateway, const PhoneNormalizer *phones,
                 Clock clock, QObject *parent)
    : QObject(parent), m_store(store), m_engine(engine), m_gateway(gateway), m_phones(phones),
      m_clock(std::move(clock)), m_parser(std::make_unique<XdmEventParser>(phones))
{}

HttpApi::~HttpApi() = default;

bool HttpApi::isKnownPath(const QByteArray &path)
{
    return path == "/v1/events" || path == "/v1/calls" || path == "/healthz" ||
           (path.startsWith("/v1/profiles/") && path.size() > 13 && path.indexOf('/', 13) < 0);
}

HttpApi::Reply HttpApi::error(int status, const QString &code, const QString &message)
{
    return Reply{status,
                 QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                   {QStringLiteral("message"), message}}}}};
}

bool HttpApi::authorized(const QByteArray &authorization) const
{
    if (!authorization.startsWith("Bearer "))
        return false;
    return m_store->isApiKey(QString::fromUtf8(authorization.mid(7).trimmed()));
}

void HttpApi::registerRoutes(QHttpServer *http)
{
    http->route(QStringLiteral("/v1/events"), QHttpServerRequest::Method::Post,
                [this](const QHttpServerRequest &request) {
                    return toResponse(postEvents(request.body(), headerValue(request, "authorization")));
                });
    http->route(QStringLiteral("/v1/calls"), QHttpServerRequest::Method::Post,
                [this](const QHttpServerRequest &request) {
                    return toResponse(postCall(request.body(), headerValue(request, "authorization")));
                });
    http->route(QStringLiteral("/v1/profiles/<arg>"), QHttpServerRequest::Method::Get,
                [this](const QString &id, const QHttpServerRequest &request) {
                    return toResponse(getProfile(id, headerValue(request, "authorization")));
                });
    http->route(QStringLiteral("/healthz"), QHttpServerRequest::Method::Get,
                [this](const QHttpServerRequest &) { return toResponse(health()); });
    // One request per connection: the FrontDoor checks every request head,
    // so a kept-alive connection must not bypass it.
    http->afterRequest([](QHttpServerResponse &&response) {
        response.setHeader("Connection", "close");
        return std::move(response);
    });
    http->setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        const QByteArray body =
            QJsonDocument(
                error(404, QStringLiteral("not_found"), QStringLiteral("No such endpoint or method")).body)
                .toJson(QJsonDocument::Compact);
        responder.write(body, "application/json", QHttpServerResponder::StatusCode::NotFound);
    });
}

HttpApi::Reply HttpApi::postEvents(const QByteArray &body, const QByteArray &authorization)
{
    if (!authorized(authorization))
        return error(401, QStringLiteral("unauthorized"), QStringLiteral("missing or wrong API key"));
    Reply failure;
    const std::optional<QJsonObject> root = parseObject(body, &failure);
    if (!root)
        return failure;

    QList<IngestEvent> events;
    JsonError jsonError;
    if (root->contains(QLatin1StringView("events"))) {
        const QJsonValue list = root->value(QLatin1StringView("events"));
        if (!list.isArray())
            return error(400, QStringLiteral("invalid_event"), QStringLiteral("events: expected an array"));
        const QJsonArray array = list.toArray();
        if (array.size() > protocol::kMaxBatchEvents)
            return error(413, QStringLiteral("batch_too_large"),
                         QStringLiteral("events: more than %1 events").arg(protocol::kMaxBatchEvents));
        if (array.isEmpty())
            return error(400, QStringLiteral("invalid_event"), QStringLiteral("events: empty"));
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("events[%1]").arg(i);
            if (!array.at(i).isObject())
                return error(400, QStringLiteral("invalid_event"),
                             path + QStringLiteral(": expected an object"));
            const auto event = m_parser->parse(array.at(i).toObject(), path, &jsonError);
            if (!event)
                return error(400, QStringLiteral("invalid_event"), jsonError.toString());
            events.append(*event);
        }
    } else {
        const auto event = m_parser->parse(*root, QString(), &jsonError);
        if (!event)
            return error(400, QStringLiteral("invalid_event"), jsonError.toString());
        events.append(*event);
    }

    int duplicates = 0;
    QStringList profiles;
    for (const IngestEvent &event : std::as_const(events)) {
        const ProfileEngine::Result result = m_engine->ingest(event);
        if (!result.ok)
            return error(500, QStringLiteral("internal"), QStringLiteral("the event could not be stored"));
        if (result.duplicate)
            ++duplicates;
        if (!result.profileId.isEmpty() && !profiles.contains(result.profileId))
            profiles.append(result.profileId);
    }
    qCDebug(lcServer) << "ingested" << events.size() << "events," << duplicates << "duplicates";
    return Reply{202, QJsonObject{{QStringLiteral("accepted"), int(events.size())},
                                  {QStringLiteral("duplicates"), duplicates},
                                  {QStringLiteral("profiles"), QJsonArray::fromStringList(profiles)}}};
}

HttpApi::Reply HttpApi::postCall(const QByteArray &body, const QByteArray &authorization)
{
    if (!authorized(authorization))
        return error(401, QStringLiteral("unauthorized"), QStringLiteral("missing or wrong API key"));
    Reply failure;
    const std::optional<QJsonObject> root = parseObject(body, &failure);
    if (!root)
        return failure;
    JsonError jsonError;
    const JsonReader r(*root, QString(), &jsonError);
    const QString callId = r.string(QLatin1StringView("callId"), JsonReader::Presence::Required, 128);
    const QString event = r.string(QLatin1StringView("event"), JsonReader::Presence::Required, 32);
    const QString agent = r.string(QLatin1StringView("agent"), JsonReader::Presence::Required, 128);
    const QString ani = r.string(QLatin1StringView("ani"),
                                 event == QLatin1StringView("connected") ? JsonReader::Presence::Required
                                                                         : JsonReader::Presence::Optional,
                                 64);
    if (r.ok() && callId.isEmpty())
        r.fail(QStringLiteral("callId"), QStringLiteral("empty"));
    if (r.ok() && agent.isEmpty())
        r.fail(QStringLiteral("agent"), QStringLiteral("empty"));
    if (r.ok() && event != QLatin1StringView("connected") && event != QLatin1StringView("ended") &&
        event != QLatin1StringView("transferred"))
        r.fail(QStringLiteral("event"), QStringLiteral("expected connected, ended or transferred"));
    if (!r.ok())
        return error(400, QStringLiteral("invalid_call"), jsonError.toString());

    const QDateTime now = m_clock();
    QString profileId;
    int delivered = 0;
    if (event == QLatin1StringView("ended")) {
        profileId = m_gateway->profileOfCall(callId);
        delivered = m_gateway->callEnded(agent, callId, now);
    } else {
        QString e164 = m_phones->toE164(ani);
        if (event == QLatin1StringView("transferred")) {
            const QString previous = m_gateway->agentOfCall(callId);
            profileId = m_gateway->profileOfCall(callId);
            if (!previous.isEmpty() && previous != agent)
                m_gateway->callEnded(previous, callId, now);
        }
        if (profileId.isEmpty() && !e164.isEmpty())
            profileId = m_engine->findByPhone(e164);
        protocol::ActiveCall call;
        call.callId = callId;
        call.connectedAt = now;
        call.profile = profileId.isEmpty() ? std::nullopt : m_engine->loadProfile(profileId);
        if (!call.profile)
            profileId.clear();
        if (e164.isEmpty() && call.profile)
            e164 = call.profile->phone;
        call.ani = e164.isEmpty() ? ani : e164;
        call.match = call.profile ? QStringLiteral("exact") : QStringLiteral("none");
        delivered = m_gateway->callConnected(agent, call);
    }
    qCInfo(lcServer) << "call" << event << "delivered to" << delivered << "sessions";
    return Reply{200,
                 QJsonObject{{QStringLiteral("callId"), callId},
                             {QStringLiteral("delivered"), delivered},
                             {QStringLiteral("profileId"), profileId.isEmpty() ? QJsonValue() : profileId},
                             {QStringLiteral("match"),
                              profileId.isEmpty() ? QStringLiteral("none") : QStringLiteral("exact")}}};
}

HttpApi::Reply HttpApi::getProfile(const QString &id, const QByteArray &authorization)
{
    if (!authorized(authorization))
        return error(401, QStringLiteral("unauthorized"), QStringLiteral("missing or wrong API key"));
    const std::optional<Profile> profile = m_engine->loadProfile(id);
    if (!profile)
        return error(404, QStringLiteral("not_found"), QStringLiteral("no profile with this id"));
    return Reply{200, protocol::ProtocolCodec::profileToJson(*profile)};
}

HttpApi::Reply HttpApi::health() const
{
    if (!m_store->ping()) {
        Reply reply = error(503, QStringLiteral("internal"), QStringLiteral("the store cannot be read"));
        reply.body.insert(QStringLiteral("status"), QStringLiteral("unavailable"));
        return reply;
    }
    return Reply{200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                  {QStringLiteral("version"), QStringLiteral(OMNIDESK_VERSION)},
                                  {QStringLiteral("store"), QStringLiteral("sqlite")},
                                  {QStringLiteral("sessions"), m_gateway->liveConnectionCount()}}};
}

} // namespace omnidesk::server
