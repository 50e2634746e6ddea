#include "HttpApi.h"

#include "AcceptanceReport.h"
#include "AgentGateway.h"
#include "CallEventParser.h"
#include "Catalogues.h"
#include "EventBatchSplitter.h"
#include "JsonReader.h"
#include "Metrics.h"
#include "OutcomeReport.h"
#include "PhoneNormalizer.h"
#include "ProfileEngine.h"
#include "Protocol.h"
#include "ProtocolCodec.h"
#include "ServerLog.h"
#include "Store.h"
#include "XdmBatchParser.h"
#include "XdmEventParser.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace omnidesk::server {

using protocol::JsonError;

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
    if (!reply.contentType.isEmpty())
        return QHttpServerResponse(reply.contentType, reply.rawBody,
                                   static_cast<QHttpServerResponse::StatusCode>(reply.status));
    return QHttpServerResponse(reply.body, static_cast<QHttpServerResponse::StatusCode>(reply.status));
}

std::optional<QJsonObject> parseObject(const QByteArray &body, HttpApi::Reply *failure)
{
    // Checked before parsing: Qt's JSON parser lets some invalid UTF-8 through
    // (found by tests/fuzz).
    if (!body.isValidUtf8()) {
        *failure = HttpApi::error(400, QStringLiteral("invalid_json"), QStringLiteral("not valid UTF-8"));
        return std::nullopt;
    }
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
      m_clock(std::move(clock)), m_authorizer(store, m_clock), m_lookup(store, phones), m_interactions(store),
      m_recovery(store), m_parser(std::make_unique<XdmEventParser>(phones))
{
    // One parse thread, kept alive between requests: the second core.
    m_parsePool.setMaxThreadCount(1);
    m_parsePool.setExpiryTimeout(-1);
    m_parsePool.setObjectName(QStringLiteral("event-parse"));
}

HttpApi::~HttpApi() = default;

bool HttpApi::isKnownPath(const QByteArray &path)
{
    return path == "/v1/events" || path == "/v1/calls" || path == "/healthz" || path == "/metrics" ||
           path == "/v1/profiles" || path == "/v1/interactions" || path == "/v1/interactions.csv" ||
           path == "/v1/reports/recovery" || path == "/v1/reports/outcomes" ||
           path == "/v1/reports/acceptance" || path == "/v1/audit" ||
           (path.startsWith("/v1/interactions/") && path.size() > 17 && path.indexOf('/', 17) < 0) ||
           (path.startsWith("/v1/profiles/") && path.size() > 13 && path.indexOf('/', 13) < 0);
}

HttpApi::Reply HttpApi::error(int status, const QString &code, const QString &message)
{
    return Reply{status,
                 QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                   {QStringLiteral("message"), message}}}}};
}

std::optional<HttpApi::Reply> HttpApi::refusal(const Authorizer::Decision &decision)
{
    if (decision.status == 401)
        return error(401, QStringLiteral("unauthorized"),
                     QStringLiteral("missing, unknown or expired API key or session token"));
    if (decision.status == 403)
        return error(403, QStringLiteral("forbidden"),
                     QStringLiteral("the role %1 may not use this endpoint").arg(decision.principal->role));
    return std::nullopt;
}

bool HttpApi::audit(const Principal &who, const QString &action, const QStringList &targets,
                    const QString &detail)
{
    AuditEntry entry;
    entry.at = m_clock();
    entry.actor = who.id;
    entry.action = action;
    entry.targets = targets;
    entry.detail = detail;
    return m_store->addAudit(entry);
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
    http->route(QStringLiteral("/v1/profiles"), QHttpServerRequest::Method::Get,
                [this](const QHttpServerRequest &request) {
                    return toResponse(lookupProfiles(request.query(), headerValue(request, "authorization")));
                });
    http->route(QStringLiteral("/v1/interactions.csv"), QHttpServerRequest::Method::Get,
                [this](const QHttpServerRequest &request) {
                    return toResponse(
                        interactionsCsv(request.query(), headerValue(request, "authorization")));
                });
    http->route(QStringLiteral("/v1/interactions/<arg>"), QHttpServerRequest::Method::Get,
                [this](const QString &id, const QHttpServerRequest &request) {
                    return toResponse(
                        interaction(id, request.query(), headerValue(request, "authorization")));
                });
    http->route(QStringLiteral("/v1/interactions"), QHttpServerRequest::Method::Get,
                [this](const QHttpServerRequest &request) {
                    return toResponse(interactions(request.query(), headerValue(request, "authorization")));
                });
    http->route(QStringLiteral("/v1/reports/recovery"), QHttpServerRequest::Method::Get,
                [this](const QHttpServerRequest &request) {
                    return toResponse(recoveryReport(request.query(), headerValue(request, "authorization")));
                });
    http->route(QStringLiteral("/v1/reports/outcomes"), QHttpServerRequest::Method::Get,
                [this](const QHttpServerRequest &request) {
                    return toResponse(outcomesReport(request.query(), headerValue(request, "authorization")));
                });
    http->route(QStringLiteral("/v1/reports/acceptance"), QHttpServerRequest::Method::Get,
                [this](const QHttpServerRequest &request) {
                    return toResponse(acceptanceReport(request.query(), headerValue(request, "authorization"),
                                                       headerValue(request, "accept-language")));
                });
    http->route(QStringLiteral("/v1/audit"), QHttpServerRequest::Method::Get,
                [this](const QHttpServerRequest &request) {
                    return toResponse(auditLog(request.query(), headerValue(request, "authorization")));
                });
    http->route(QStringLiteral("/metrics"), QHttpServerRequest::Method::Get,
                [this](const QHttpServerRequest &request) {
                    return toResponse(metrics(headerValue(request, "authorization")));
                });
    http->route(QStringLiteral("/healthz"), QHttpServerRequest::Method::Get,
                [this](const QHttpServerRequest &) { return toResponse(health()); });
    // Connections stay open for further requests (the FrontDoor's gate checks
    // each head) unless the client asks to close.
    http->afterRequest([this](QHttpServerResponse &&response, const QHttpServerRequest &request) {
        if (headerValue(request, "connection").toLower().contains("close"))
            response.setHeader("Connection", "close");
        if (m_metrics)
            m_metrics->countHttpResponse(int(response.statusCode()));
        return std::move(response);
    });
    http->setMissingHandler([this](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        if (m_metrics)
            m_metrics->countHttpResponse(404);
        const QByteArray body =
            QJsonDocument(
                error(404, QStringLiteral("not_found"), QStringLiteral("No such endpoint or method")).body)
                .toJson(QJsonDocument::Compact);
        responder.write(body, "application/json", QHttpServerResponder::StatusCode::NotFound);
    });
}

HttpApi::Reply HttpApi::postEvents(const QByteArray &body, const QByteArray &authorization)
{
    if (const auto refused = refusal(m_authorizer.authorize(Endpoint::PostEvents, authorization)))
        return *refused;
    // The usual batch goes to the parse thread as the byte ranges of its
    // events (parsed there one by one) while this thread stores those parsed.
    // Bad JSON or UTF-8 in it rolls the batch back and ends up below, where
    // the whole body is parsed first: the same reply as a malformed body has.
    if (std::optional<QList<EventBatchSplitter::Span>> spans =
            EventBatchSplitter::split(body, protocol::kMaxBatchEvents);
        spans && spans->size() > 1 && m_engine->beginBatch()) {
        const qsizetype count = spans->size();
        XdmBatchParser parsed(m_parser.get(), body, std::move(*spans), &m_parsePool);
        Reply reply = storeEvents(
            count, true, [&parsed](qsizetype i) { return parsed.event(i); },
            [&parsed] { return parsed.firstError(); },
            [&parsed](qsizetype i) { return parsed.storedForm(i); });
        if (!parsed.rejectedAsJson())
            return reply;
    }
    Reply failure;
    std::optional<QJsonObject> root = parseObject(body, &failure);
    if (!root)
        return failure;

    if (!root->contains(QLatin1StringView("events"))) {
        JsonError jsonError;
        std::optional<IngestEvent> event = m_parser->parse(*root, QString(), &jsonError);
        if (!event)
            return error(400, QStringLiteral("invalid_event"), jsonError.toString());
        const IngestEvent *single = &*event;
        return storeEvents(1, false, [single](qsizetype) { return single; }, {});
    }
    QJsonArray array;
    {
        const QJsonValue list = root->value(QLatin1StringView("events"));
        if (!list.isArray())
            return error(400, QStringLiteral("invalid_event"), QStringLiteral("events: expected an array"));
        array = list.toArray();
        root.reset(); // the array holds the request's only reference now
    }
    if (array.size() > protocol::kMaxBatchEvents)
        return error(413, QStringLiteral("batch_too_large"),
                     QStringLiteral("events: more than %1 events").arg(protocol::kMaxBatchEvents));
    if (array.isEmpty())
        return error(400, QStringLiteral("invalid_event"), QStringLiteral("events: empty"));
    // One transaction for the batch (each event on a savepoint): all or
    // nothing, and one commit. The events are parsed on the parse thread while
    // this one stores those already parsed; an invalid event rolls the batch
    // back, so the reply is the one a parse of the whole batch first would give.
    if (const qsizetype count = array.size(); count > 1 && m_engine->beginBatch()) {
        // The parse thread also frees the request's JSON when it is done.
        XdmBatchParser parsed(m_parser.get(), std::exchange(array, QJsonArray()), &m_parsePool);
        return storeEvents(
            count, true, [&parsed](qsizetype i) { return parsed.event(i); },
            [&parsed] { return parsed.firstError(); },
            [&parsed](qsizetype i) { return parsed.storedForm(i); });
    }
    QList<IngestEvent> events;
    events.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString invalid;
        std::optional<IngestEvent> event = XdmBatchParser::parseOne(*m_parser, array, i, &invalid);
        if (!event)
            return error(400, QStringLiteral("invalid_event"), invalid);
        events.append(std::move(*event));
    }
    return storeEvents(events.size(), false, [&events](qsizetype i) { return &events.at(i); }, {});
}

HttpApi::Reply HttpApi::storeEvents(qsizetype count, bool batch,
                                    const std::function<const IngestEvent *(qsizetype)> &eventAt,
                                    const std::function<QString()> &firstInvalid,
                                    const std::function<const StoredEvent *(qsizetype)> &storedFormAt)
{
    int duplicates = 0;
    QStringList profiles;
    QSet<QString> seenProfiles; // a batch may name hundreds of profiles
    for (qsizetype i = 0; i < count; ++i) {
        const IngestEvent *event = eventAt(i);
        const ProfileEngine::Result result =
            event ? m_engine->ingest(*event, storedFormAt ? storedFormAt(i) : nullptr)
                  : ProfileEngine::Result{};
        if (!result.ok) {
            // Its patches go to the agents (and other instances) only once it has committed.
            if (batch)
                m_engine->rollbackBatch();
            // An invalid event anywhere in the batch answers 400, as it did
            // before any event was stored.
            if (const QString invalid = firstInvalid ? firstInvalid() : QString(); !invalid.isEmpty())
                return error(400, QStringLiteral("invalid_event"), invalid);
            return error(500, QStringLiteral("internal"), QStringLiteral("the event could not be stored"));
        }
        if (result.duplicate)
            ++duplicates;
        if (!result.profileId.isEmpty() && !seenProfiles.contains(result.profileId)) {
            seenProfiles.insert(result.profileId);
            profiles.append(result.profileId);
        }
    }
    if (batch && !m_engine->commitBatch())
        return error(500, QStringLiteral("internal"), QStringLiteral("the events could not be stored"));
    if (m_metrics) {
        m_metrics->countEventsIngested(int(count) - duplicates);
        m_metrics->countEventsDuplicate(duplicates);
    }
    logWithFields(
        QtDebugMsg, lcServer(), QStringLiteral("events ingested"),
        {{QStringLiteral("events"), qint64(count)}, {QStringLiteral("duplicates"), qint64(duplicates)}});
    return Reply{202, QJsonObject{{QStringLiteral("accepted"), int(count)},
                                  {QStringLiteral("duplicates"), duplicates},
                                  {QStringLiteral("profiles"), QJsonArray::fromStringList(profiles)}}};
}

HttpApi::Reply HttpApi::postCall(const QByteArray &body, const QByteArray &authorization)
{
    QElapsedTimer received;
    received.start();
    if (const auto refused = refusal(m_authorizer.authorize(Endpoint::PostCalls, authorization)))
        return *refused;
    Reply failure;
    const std::optional<QJsonObject> root = parseObject(body, &failure);
    if (!root)
        return failure;
    JsonError jsonError;
    const std::optional<CallEvent> parsed = CallEventParser::parse(*root, &jsonError);
    if (!parsed)
        return error(400, QStringLiteral("invalid_call"), jsonError.toString());
    const QString &callId = parsed->callId;
    const QString &event = parsed->event;
    const QString &agent = parsed->agent;
    const QString &ani = parsed->ani;
    if (m_metrics)
        m_metrics->countCall(event);

    const QDateTime now = m_clock();
    QString profileId;
    QString match = QStringLiteral("none");
    QStringList candidateIds;
    int delivered = 0;
    bool repeated = false;
    if (event == QLatin1StringView("ended")) {
        profileId = m_gateway->profileOfCall(callId);
        delivered = m_gateway->callEnded(agent, callId, now);
        if (!profileId.isEmpty())
            match = QStringLiteral("exact");
    } else if (parsed->alias && m_gateway->agentOfCall(callId) == agent) {
        // newCall, then answer: the call is on the agent's screen already (and
        // the agent may have picked a candidate); nothing is sent again.
        repeated = true;
        profileId = m_gateway->profileOfCall(callId);
        match = profileId.isEmpty() ? QStringLiteral("none") : QStringLiteral("exact");
    } else {
        QString e164 = m_phones->toE164(ani);
        if (event == QLatin1StringView("transferred")) {
            const QString previous = m_gateway->agentOfCall(callId);
            profileId = m_gateway->profileOfCall(callId);
            if (!previous.isEmpty() && previous != agent)
                m_gateway->callEnded(previous, callId, now);
        }
        // The number may be a shared household line: every profile with it.
        QStringList byPhone;
        if (profileId.isEmpty() && !e164.isEmpty())
            byPhone = m_engine->findAllByPhone(e164);
        protocol::ActiveCall call;
        call.callId = callId;
        call.connectedAt = now;
        if (byPhone.size() == 1)
            profileId = byPhone.first();
        call.profile = profileId.isEmpty() ? std::nullopt : m_engine->loadProfile(profileId);
        if (call.profile)
            profileId = call.profile->id;
        else
            profileId.clear();
        if (!call.profile && byPhone.size() > 1) {
            for (const QString &id : std::as_const(byPhone)) {
                std::optional<ProfileRecord> record = m_store->profile(id);
                if (!record || call.candidates.size() >= ProfileLookup::kMaxCandidates)
                    continue;
                ProfileLookup::Candidate candidate;
                candidate.record = std::move(*record);
                candidate.phone = e164;
                candidate.reason = QStringLiteral("phone matches");
                for (const Identity &identity : m_store->identities(id)) {
                    if (identity.ns == QLatin1StringView("Email")) {
                        candidate.email = identity.value;
                        break;
                    }
                }
                call.candidates.append(ProfileLookup::toCandidate(candidate, false));
                candidateIds.append(id);
            }
        }
        if (e164.isEmpty() && call.profile)
            e164 = call.profile->phone;
        call.ani = e164.isEmpty() ? ani : e164;
        call.match = call.profile                ? QStringLiteral("exact")
                     : call.candidates.isEmpty() ? QStringLiteral("none")
                                                 : QStringLiteral("multiple");
        match = call.match;
        delivered = m_gateway->callConnected(agent, call);
        if (m_metrics && delivered > 0)
            m_metrics->observeCallDelivery(double(received.nsecsElapsed()) / 1e9);
    }
    logWithFields(QtInfoMsg, lcServer(), QStringLiteral("call"),
                  {{QStringLiteral("event"), event},
                   {QStringLiteral("match"), match},
                   {QStringLiteral("sessions"), delivered}});
    QJsonObject reply{{QStringLiteral("callId"), callId},
                      {QStringLiteral("event"), event},
                      {QStringLiteral("delivered"), delivered},
                      {QStringLiteral("profileId"), profileId.isEmpty() ? QJsonValue() : profileId},
                      {QStringLiteral("match"), match},
                      {QStringLiteral("agentState"), m_gateway->agentState(agent).state}};
    if (!candidateIds.isEmpty())
        reply.insert(QStringLiteral("candidates"), QJsonArray::fromStringList(candidateIds));
    if (repeated)
        reply.insert(QStringLiteral("repeated"), true);
    return Reply{200, reply};
}

HttpApi::Reply HttpApi::getProfile(const QString &id, const QByteArray &authorization)
{
    const Authorizer::Decision decision = m_authorizer.authorize(Endpoint::GetProfile, authorization);
    if (const auto refused = refusal(decision))
        return *refused;
    const Principal &who = *decision.principal;
    QString via = QStringLiteral("role");
    if (decision.access == Access::ViaLookup) {
        const bool onCall = !id.isEmpty() && m_gateway->activeProfileOf(who.id) == id;
        const bool lookedUp = m_store->lookedUpBy(who.id, id, m_clock().addSecs(-kLookupGrantSecs));
        if (!onCall && !lookedUp) {
            qCInfo(lcServer) << "profile view refused: not looked up by" << who.role << "user";
            return error(403, QStringLiteral("forbidden"),
                         QStringLiteral("the role %1 may open a profile only after finding it with a lookup"
                                        " or while on a call with it")
                             .arg(who.role));
        }
        via = onCall ? QStringLiteral("call") : QStringLiteral("lookup");
    }
    const std::optional<Profile> profile = m_engine->loadProfile(id);
    if (!profile)
        return error(404, QStringLiteral("not_found"), QStringLiteral("no profile with this id"));
    QJsonObject json = protocol::ProtocolCodec::profileToJson(*profile);
    if (who.isPerson()) {
        if (!Authorizer::revealsContactData(who.role)) {
            if (!profile->phone.isEmpty())
                json.insert(QStringLiteral("phone"), maskPhone(profile->phone));
            if (!profile->email.isEmpty())
                json.insert(QStringLiteral("email"), ProfileLookup::maskEmail(profile->email));
        }
        if (!audit(who, QStringLiteral("profile.view"), {id}, QStringLiteral("via=%1").arg(via)))
            return error(500, QStringLiteral("internal"),
                         QStringLiteral("the audit trail cannot be written"));
    }
    return Reply{200, json};
}

HttpApi::Reply HttpApi::lookupProfiles(const QUrlQuery &query, const QByteArray &authorization)
{
    const Authorizer::Decision decision = m_authorizer.authorize(Endpoint::LookupProfiles, authorization);
    if (const auto refused = refusal(decision))
        return *refused;
    const Principal &who = *decision.principal;
    QString why;
    const std::optional<ProfileLookup::Query> parsed = m_lookup.parse(query, &why);
    if (!parsed)
        return error(400, QStringLiteral("invalid_query"), why);
    const QList<ProfileLookup::Candidate> found = m_lookup.find(*parsed);
    const bool reveal = Authorizer::revealsContactData(who.role);
    QJsonArray candidates;
    QStringList ids;
    for (const ProfileLookup::Candidate &candidate : found) {
        candidates.append(ProfileLookup::toJson(candidate, reveal));
        ids.append(candidate.record.id);
    }
    // Fail closed: a person's lookup that cannot be audited is not answered.
    if (who.isPerson() && !audit(who, QStringLiteral("profile.lookup"), ids,
                                 QStringLiteral("query=%1 candidates=%2")
                                     .arg(ProfileLookup::kindName(parsed->kind))
                                     .arg(found.size())))
        return error(500, QStringLiteral("internal"), QStringLiteral("the audit trail cannot be written"));
    qCDebug(lcServer) << "lookup by" << ProfileLookup::kindName(parsed->kind) << "found" << found.size();
    return Reply{200, QJsonObject{{QStringLiteral("candidates"), candidates}}};
}

namespace {

// The query parameters of a report route (interactions, recovery, audit),
// read once: every name must be one the route knows, given at most once.
// nullopt with `error` ("name: …") otherwise.
std::optional<QHash<QString, QString>> reportParameters(const QUrlQuery &query, const QStringList &known,
                                                        QString *error)
{
    QHash<QString, QString> values;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (!known.contains(name)) {
            *error = name + QStringLiteral(": unknown parameter");
            return std::nullopt;
        }
        if (values.contains(name)) {
            *error = name + QStringLiteral(": given more than once");
            return std::nullopt;
        }
        values.insert(name, value);
    }
    return values;
}

// The stated reason of a `reveal` parameter, simplified; nullopt with
// `error` when it is too short to say anything or too long to audit.
std::optional<QString> revealReason(const QString &value, QString *error)
{
    const QString reason = value.simplified();
    if (reason.size() < HttpApi::kMinRevealReasonChars) {
        *error = QStringLiteral("reveal: give a reason of at least %1 characters")
                     .arg(HttpApi::kMinRevealReasonChars);
        return std::nullopt;
    }
    if (reason.size() > HttpApi::kMaxRevealReasonChars) {
        *error = QStringLiteral("reveal: longer than %1 characters").arg(HttpApi::kMaxRevealReasonChars);
        return std::nullopt;
    }
    return reason;
}

// The filters of GET /v1/interactions(.csv) as an interactions.query payload,
// validated by the protocol codec; `extra` names further allowed parameters.
std::optional<protocol::InteractionsQuery> interactionsQueryFrom(const QHash<QString, QString> &parameters,
                                                                 const QStringList &extra, QString *error)
{
    QJsonObject object;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        if (extra.contains(it.key()))
            continue;
        if (it.key() == QLatin1StringView("limit")) {
            bool ok = false;
            const int limit = it.value().toInt(&ok);
            if (!ok) {
                *error = QStringLiteral("limit: expected an integer");
                return std::nullopt;
            }
            object.insert(it.key(), limit);
        } else if (!it.value().isEmpty()) {
            object.insert(it.key(), it.value());
        }
    }
    return protocol::ProtocolCodec::interactionsQueryFromJson(object, error);
}

const QStringList &interactionParameters()
{
    static const QStringList names{
        QStringLiteral("from"),        QStringLiteral("to"),      QStringLiteral("agent"),
        QStringLiteral("disposition"), QStringLiteral("channel"), QStringLiteral("recommendation"),
        QStringLiteral("decision"),    QStringLiteral("q"),       QStringLiteral("sort"),
        QStringLiteral("cursor"),      QStringLiteral("limit")};
    return names;
}

} // namespace

HttpApi::Reply HttpApi::interactions(const QUrlQuery &query, const QByteArray &authorization)
{
    const Authorizer::Decision decision = m_authorizer.authorize(Endpoint::Interactions, authorization);
    if (const auto refused = refusal(decision))
        return *refused;
    QString why;
    const auto parameters = reportParameters(query, interactionParameters(), &why);
    const std::optional<protocol::InteractionsQuery> filters =
        parameters ? interactionsQueryFrom(*parameters, {}, &why) : std::nullopt;
    if (!filters)
        return error(400, QStringLiteral("invalid_query"), why);
    // Names stay masked in the log whatever the role: a name is revealed one
    // interaction at a time, with a stated reason (GET /v1/interactions/{id}?reveal=…).
    const std::optional<protocol::InteractionsPage> page = m_interactions.query(*filters, false, &why);
    if (!page) {
        if (why.startsWith(QLatin1StringView("cursor:")))
            return error(400, QStringLiteral("invalid_query"), why);
        return error(500, QStringLiteral("internal"), why);
    }
    QJsonArray rows;
    for (const protocol::InteractionRow &row : page->rows)
        rows.append(protocol::ProtocolCodec::interactionRowToJson(row));
    return Reply{200, QJsonObject{{QStringLiteral("rows"), rows},
                                  {QStringLiteral("total"), page->total},
                                  {QStringLiteral("nextCursor"),
                                   page->nextCursor.isEmpty() ? QJsonValue() : page->nextCursor}}};
}

HttpApi::Reply HttpApi::interaction(const QString &id, const QUrlQuery &query,
                                    const QByteArray &authorization)
{
    const Authorizer::Decision decision = m_authorizer.authorize(Endpoint::Interactions, authorization);
    if (const auto refused = refusal(decision))
        return *refused;
    QString why;
    const auto parameters = reportParameters(query, {QStringLiteral("reveal")}, &why);
    if (!parameters)
        return error(400, QStringLiteral("invalid_query"), why);
    std::optional<QString> reason;
    if (parameters->contains(QStringLiteral("reveal"))) {
        reason = revealReason(parameters->value(QStringLiteral("reveal")), &why);
        if (!reason)
            return error(400, QStringLiteral("invalid_query"), why);
    }
    bool ok = false;
    const qint64 outcomeId = id.toLongLong(&ok);
    const std::optional<protocol::InteractionDetail> detail =
        ok && outcomeId > 0 ? m_interactions.detail(outcomeId, reason.has_value()) : std::nullopt;
    if (!detail)
        return error(404, QStringLiteral("not_found"), QStringLiteral("no interaction with this id"));
    const Principal &who = *decision.principal;
    // Fail closed: a detail, and above all a revealed one, that cannot be
    // audited is not sent.
    const QStringList targets =
        detail->outcome.profileId.isEmpty() ? QStringList() : QStringList{detail->outcome.profileId};
    const QString what = QStringLiteral("outcome=%1 via=http").arg(outcomeId);
    const bool audited =
        reason ? audit(who, QStringLiteral("interaction.reveal"), targets,
                       what + QStringLiteral(" reason=") + *reason)
               : !who.isPerson() || audit(who, QStringLiteral("interaction.view"), targets, what);
    if (!audited)
        return error(500, QStringLiteral("internal"), QStringLiteral("the audit trail cannot be written"));
    if (reason)
        qCInfo(lcServer) << "interaction" << outcomeId << "revealed with a stated reason";
    return Reply{200, protocol::ProtocolCodec::interactionDetailToJson(*detail)};
}

HttpApi::Reply HttpApi::interactionsCsv(const QUrlQuery &query, const QByteArray &authorization)
{
    const Authorizer::Decision decision = m_authorizer.authorize(Endpoint::Interactions, authorization);
    if (const auto refused = refusal(decision))
        return *refused;
    QString why;
    const auto parameters =
        reportParameters(query, interactionParameters() + QStringList{QStringLiteral("reveal")}, &why);
    const std::optional<protocol::InteractionsQuery> filters =
        parameters ? interactionsQueryFrom(*parameters, {QStringLiteral("reveal")}, &why) : std::nullopt;
    if (!filters)
        return error(400, QStringLiteral("invalid_query"), why);
    const bool reveal = parameters->contains(QStringLiteral("reveal"));
    QString reason;
    if (reveal) {
        const std::optional<QString> stated = revealReason(parameters->value(QStringLiteral("reveal")), &why);
        if (!stated)
            return error(400, QStringLiteral("invalid_query"), why);
        reason = *stated;
    }
    qint64 rows = 0;
    const std::optional<QByteArray> csv =
        m_interactions.exportCsv(*filters, reveal, InteractionLog::kMaxExportRows, &rows, &why);
    if (!csv) {
        if (why.startsWith(QLatin1StringView("the filters match")))
            return error(413, QStringLiteral("export_too_large"), why);
        return error(400, QStringLiteral("invalid_query"), why);
    }
    const Principal &who = *decision.principal;
    // Fail closed: an unmasked export that cannot be audited is not sent.
    const QString detail = QStringLiteral("rows=%1").arg(rows);
    if (who.isPerson() || reveal) {
        const bool audited = reveal ? audit(who, QStringLiteral("interaction.export.reveal"), {},
                                            detail + QStringLiteral(" reason=") + reason)
                                    : audit(who, QStringLiteral("interaction.export"), {}, detail);
        if (!audited)
            return error(500, QStringLiteral("internal"),
                         QStringLiteral("the audit trail cannot be written"));
    }
    qCInfo(lcServer) << "interaction export of" << rows << "rows, revealed:" << reveal;
    Reply reply;
    reply.contentType = "text/csv; charset=utf-8";
    reply.rawBody = *csv;
    return reply;
}

HttpApi::Reply HttpApi::recoveryReport(const QUrlQuery &query, const QByteArray &authorization)
{
    const Authorizer::Decision decision = m_authorizer.authorize(Endpoint::Reports, authorization);
    if (const auto refused = refusal(decision))
        return *refused;
    QString why;
    const auto parameters = reportParameters(query, {QStringLiteral("from"), QStringLiteral("to")}, &why);
    if (!parameters)
        return error(400, QStringLiteral("invalid_query"), why);
    QDateTime times[2];
    const QString names[2] = {QStringLiteral("from"), QStringLiteral("to")};
    for (int i = 0; i < 2; ++i) {
        if (!parameters->contains(names[i]))
            return error(400, QStringLiteral("invalid_query"), names[i] + QStringLiteral(": missing"));
        times[i] = protocol::fromWireTime(parameters->value(names[i]));
        if (!times[i].isValid())
            return error(400, QStringLiteral("invalid_query"),
                         names[i] + QStringLiteral(": expected an ISO 8601 time, e.g. 2026-11-01T00:00:00Z"));
    }
    const QDateTime &from = times[0];
    const QDateTime &to = times[1];
    if (to <= from)
        return error(400, QStringLiteral("invalid_query"), QStringLiteral("to: must be later than from"));
    if (from.daysTo(to) > kMaxReportDays)
        return error(400, QStringLiteral("invalid_query"),
                     QStringLiteral("to: at most %1 days after from").arg(kMaxReportDays));
    const std::optional<RecoveryReport::Result> result = m_recovery.compute(from, to, m_clock());
    if (!result)
        return error(500, QStringLiteral("internal"), QStringLiteral("the report cannot be computed"));
    return Reply{200, result->toJson()};
}

HttpApi::Reply HttpApi::auditLog(const QUrlQuery &query, const QByteArray &authorization) const
{
    if (const auto refused = refusal(m_authorizer.authorize(Endpoint::Audit, authorization)))
        return *refused;
    QString why;
    const auto parameters =
        reportParameters(query, {QStringLiteral("limit"), QStringLiteral("before")}, &why);
    if (!parameters)
        return error(400, QStringLiteral("invalid_query"), why);
    int limit = kDefaultAuditPage;
    qint64 before = 0;
    bool ok = true;
    if (parameters->contains(QStringLiteral("limit")))
        limit = parameters->value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > kMaxAuditPage)
        return error(400, QStringLiteral("invalid_query"),
                     QStringLiteral("limit: expected an integer from 1 to %1").arg(kMaxAuditPage));
    if (parameters->contains(QStringLiteral("before"))) {
        before = parameters->value(QStringLiteral("before")).toLongLong(&ok);
        if (!ok || before < 1)
            return error(400, QStringLiteral("invalid_query"),
                         QStringLiteral("before: expected an entry id"));
    }
    // One more than asked tells whether an older page exists.
    const std::optional<QList<AuditEntry>> page = m_store->auditPage(limit + 1, before);
    if (!page) // fail closed: an unreadable audit trail is not an empty one
        return error(500, QStringLiteral("internal"), QStringLiteral("the audit trail cannot be read"));
    const QList<AuditEntry> &entries = *page;
    QJsonArray list;
    for (qsizetype i = 0; i < std::min<qsizetype>(entries.size(), limit); ++i) {
        const AuditEntry &e = entries.at(i);
        list.append(QJsonObject{{QStringLiteral("id"), e.id},
                                {QStringLiteral("at"), protocol::toWireTime(e.at)},
                                {QStringLiteral("actor"), e.actor},
                                {QStringLiteral("action"), e.action},
                                {QStringLiteral("targets"), QJsonArray::fromStringList(e.targets)},
                                {QStringLiteral("detail"), e.detail}});
    }
    const QJsonValue next = entries.size() > limit ? QJsonValue(entries.at(limit - 1).id) : QJsonValue();
    return Reply{200, QJsonObject{{QStringLiteral("entries"), list}, {QStringLiteral("nextBefore"), next}}};
}

HttpApi::Reply HttpApi::metrics(const QByteArray &authorization) const
{
    if (const auto refused = refusal(m_authorizer.authorize(Endpoint::Metrics, authorization)))
        return *refused;
    Reply reply;
    reply.contentType = "text/plain; version=0.0.4";
    reply.rawBody = m_metrics ? m_metrics->exposition() : Metrics().exposition();
    return reply;
}

HttpApi::Reply HttpApi::health() const
{
    if (!m_store->ping()) {
        Reply reply = error(503, QStringLiteral("internal"), QStringLiteral("the store cannot be read"));
        reply.body.insert(QStringLiteral("status"), QStringLiteral("unavailable"));
        return reply;
    }
    return Reply{200,
                 QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                             {QStringLiteral("version"), QStringLiteral(OMNIDESK_VERSION)},
                             {QStringLiteral("store"), m_store->isPostgres() ? QStringLiteral("postgresql")
                                                                             : QStringLiteral("sqlite")},
                             {QStringLiteral("sessions"), m_gateway->liveConnectionCount()}}};
}

namespace {

// The parameters of the outcome and acceptance reports: from and to (ISO
// 8601, required, at most HttpApi::kMaxReportDays apart), agent (optional)
// and, where `bucket` is given, bucket (day or week). nullopt when they are
// valid, else the 400 reply naming the parameter.
struct MeasurementQuery
{
    QDateTime from;
    QDateTime to;
    QString agent;
    std::optional<OutcomeReport::Bucket> bucket;
};

std::optional<HttpApi::Reply> parseMeasurementQuery(const QUrlQuery &query, bool takesBucket,
                                                    MeasurementQuery *out)
{
    const auto invalid = [](const QString &message) {
        return HttpApi::error(400, QStringLiteral("invalid_query"), message);
    };
    QSet<QString> seen;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (seen.contains(name))
            return invalid(name + QStringLiteral(": given twice"));
        seen.insert(name);
        if (name == QLatin1StringView("from") || name == QLatin1StringView("to")) {
            const QDateTime time = protocol::fromWireTime(value);
            if (!time.isValid())
                return invalid(name +
                               QStringLiteral(": expected an ISO 8601 time, e.g. 2026-11-01T00:00:00Z"));
            (name == QLatin1StringView("from") ? out->from : out->to) = time;
        } else if (name == QLatin1StringView("agent")) {
            if (value.isEmpty() || value.size() > 128)
                return invalid(QStringLiteral("agent: expected a user id of 1 to 128 characters"));
            out->agent = value;
        } else if (name == QLatin1StringView("bucket") && takesBucket) {
            if (value == QLatin1StringView("day"))
                out->bucket = OutcomeReport::Bucket::Day;
            else if (value == QLatin1StringView("week"))
                out->bucket = OutcomeReport::Bucket::Week;
            else
                return invalid(QStringLiteral("bucket: expected day or week"));
        } else {
            return invalid(name + QStringLiteral(": unknown parameter"));
        }
    }
    if (!out->from.isValid())
        return invalid(QStringLiteral("from: missing"));
    if (!out->to.isValid())
        return invalid(QStringLiteral("to: missing"));
    if (out->to <= out->from)
        return invalid(QStringLiteral("to: must be later than from"));
    if (out->from.daysTo(out->to) > HttpApi::kMaxReportDays)
        return invalid(QStringLiteral("to: at most %1 days after from").arg(HttpApi::kMaxReportDays));
    return std::nullopt;
}

} // namespace

HttpApi::Reply HttpApi::outcomesReport(const QUrlQuery &query, const QByteArray &authorization)
{
    if (const auto refused = refusal(m_authorizer.authorize(Endpoint::Reports, authorization)))
        return *refused;
    MeasurementQuery params;
    if (const auto invalid = parseMeasurementQuery(query, true, &params))
        return *invalid;
    const OutcomeReport::Bucket bucket =
        params.bucket.value_or(OutcomeReport::defaultBucket(params.from, params.to));
    const std::optional<OutcomeReport::Result> result =
        OutcomeReport(m_store).compute(params.from, params.to, bucket, params.agent);
    if (!result)
        return error(500, QStringLiteral("internal"), QStringLiteral("the report cannot be computed"));
    return Reply{200, result->toJson()};
}

HttpApi::Reply HttpApi::acceptanceReport(const QUrlQuery &query, const QByteArray &authorization,
                                         const QByteArray &acceptLanguage)
{
    if (const auto refused = refusal(m_authorizer.authorize(Endpoint::Reports, authorization)))
        return *refused;
    MeasurementQuery params;
    if (const auto invalid = parseMeasurementQuery(query, false, &params))
        return *invalid;
    std::optional<AcceptanceReport::Result> result =
        AcceptanceReport(m_store).compute(params.from, params.to, params.agent);
    if (!result)
        return error(500, QStringLiteral("internal"), QStringLiteral("the report cannot be computed"));
    // Agents saw each step in their own language: name the steps of current
    // rules in the reader's (Accept-Language), the others as last logged.
    const QString language = Catalogues::matchAcceptLanguage(acceptLanguage);
    for (AcceptanceReport::Recommendation &recommendation : result->recommendations) {
        if (std::optional<QString> title = m_engine->rules().titleOf(recommendation.id, language))
            recommendation.title = *title;
    }
    return Reply{200, result->toJson()};
}

} // namespace omnidesk::server
