#include "AgentGateway.h"

#include "Catalogues.h"

#include "AgentSession.h"
#include "Authorizer.h"
#include "InteractionLog.h"
#include "Metrics.h"
#include "ProfileEngine.h"
#include "ProfileLookup.h"
#include "ProtocolCodec.h"
#include "ServerLog.h"
#include "SessionStream.h"
#include "Store.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QWebSocket>

#include <time.h>

#include <cstdio>

namespace omnidesk::server {

using namespace omnidesk::protocol;

namespace {
constexpr qint64 kTokenLifetimeSecs = 12 * 3600;

// The dispositions a role is offered, most likely first.
QStringList dispositionsFor(const QString &role)
{
    if (role == QLatin1StringView("store"))
        return {QStringLiteral("purchase_intent"), QStringLiteral("sale"), QStringLiteral("info_only"),
                QStringLiteral("complaint"), QStringLiteral("other")};
    return dispositionCodes();
}

// Fan-out timing for bench/fanout, only with OMNIDESK_BENCH_TRACE set: one
// line on stderr, "omnidesk-trace: <what> <nanoseconds of CLOCK_MONOTONIC>",
// the clock the benchmark's client processes read too.
bool benchTraceEnabled()
{
    static const bool enabled = qEnvironmentVariableIsSet("OMNIDESK_BENCH_TRACE");
    return enabled;
}

void benchTrace(const char *what)
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    std::fprintf(stderr, "omnidesk-trace: %s %lld\n", what,
                 static_cast<long long>(now.tv_sec) * 1'000'000'000LL + now.tv_nsec);
    std::fflush(stderr);
}

QString newSessionId()
{
    return QStringLiteral("s-%1%2")
        .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'))
        .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
}
} // namespace

AgentGateway::AgentGateway(Store *store, ProfileEngine *engine, Clock clock, Settings settings,
                           QObject *parent)
    : QObject(parent), m_store(store), m_engine(engine), m_clock(std::move(clock)), m_settings(settings),
      m_interactions(std::make_unique<InteractionLog>(store))
{
    m_pruneTimer.setInterval(
        std::clamp(std::min(m_settings.retentionMs, m_settings.offlineGraceMs) / 4, 50, 5000));
    connect(&m_pruneTimer, &QTimer::timeout, this, &AgentGateway::pruneStreams);
    m_pruneTimer.start();
    // Whether any agent here shows the profile (after this gateway is gone: assume so).
    m_engine->setInterest([gateway = QPointer<AgentGateway>(this)](const QString &profileId) {
        if (!gateway)
            return true;
        for (const CallState &call : std::as_const(gateway->m_calls)) {
            if (call.profileId == profileId)
                return true;
        }
        return !gateway->m_opened.keys(profileId).isEmpty();
    });
    // Slots run in the order they were connected: the trace brackets the push.
    if (benchTraceEnabled())
        connect(m_engine, &ProfileEngine::profileChanged, this, [] { benchTrace("fanout-begin"); });
    connect(m_engine, &ProfileEngine::profileChanged, this, &AgentGateway::onProfileChanged);
    if (benchTraceEnabled())
        connect(m_engine, &ProfileEngine::profileChanged, this, [] { benchTrace("fanout-end"); });
    connect(m_engine, &ProfileEngine::profilesMerged, this, &AgentGateway::onProfilesMerged);
}

AgentGateway::~AgentGateway() = default;

void AgentGateway::addConnection(QWebSocket *socket)
{
    auto *session = new AgentSession(socket, this, m_settings.helloTimeoutMs, m_settings.heartbeatMs);
    m_connections.append(session);
    connect(session, &AgentSession::finished, this, &AgentGateway::onSessionFinished);
    logWithFields(QtDebugMsg, lcServer(), QStringLiteral("agent connection opened"),
                  {{QStringLiteral("live"), qint64(m_connections.size())}});
}

void AgentGateway::onSessionFinished(AgentSession *session)
{
    m_connections.removeAll(session);
    if (auto stream = session->stream(); stream && stream->connection() == session) {
        stream->detach();
        const QString agent = stream->user().id;
        if (liveSessionsOf(agent, session) == 0 && agentState(agent).state != agentstates::Offline) {
            // Signing out asks for offline first; a connection that just ends
            // was lost, and the agent may be back within the grace.
            m_connectionLost.insert(agent, QDeadlineTimer(m_settings.offlineGraceMs));
            qCInfo(lcServer) << "agent connection lost; state kept for" << m_settings.offlineGraceMs << "ms";
        }
        notifyFloor(agent);
    }
    session->deleteLater();
    logWithFields(QtDebugMsg, lcServer(), QStringLiteral("agent connection closed"),
                  {{QStringLiteral("live"), qint64(m_connections.size())}});
    if (m_connections.isEmpty())
        Q_EMIT allConnectionsClosed();
}

void AgentGateway::closeAll(quint16 code, const QString &reason)
{
    if (m_connections.isEmpty()) {
        Q_EMIT allConnectionsClosed();
        return;
    }
    const auto connections = m_connections;
    for (AgentSession *session : connections)
        session->closeWith(code, reason);
}

void AgentGateway::pruneStreams()
{
    for (auto it = m_connectionLost.begin(); it != m_connectionLost.end();) {
        if (!it->hasExpired()) {
            ++it;
            continue;
        }
        const QString agent = it.key();
        it = m_connectionLost.erase(it);
        if (liveSessionsOf(agent, nullptr) == 0)
            setAgentState(agent, QString(agentstates::Offline), QStringLiteral("connection_lost"));
    }
    for (auto it = m_streams.begin(); it != m_streams.end();) {
        if (!(*it)->connection() && (*it)->detachedForMs() > m_settings.retentionMs) {
            m_streamsByAgent.remove((*it)->user().id, *it);
            it = m_streams.erase(it);
        } else
            ++it;
    }
}

void AgentGateway::handleHello(AgentSession *session, const Hello &hello, const QString &rid)
{
    const QDateTime now = m_clock();
    std::optional<UserInfo> user;
    QString token;
    const bool byPassword = !hello.password.isEmpty() || !hello.user.isEmpty();
    if (byPassword == !hello.token.isEmpty()) {
        session->sendError(errors::AuthFailed, QStringLiteral("give either user and password, or token"),
                           rid);
        session->closeWith(CloseAuthFailed, QStringLiteral("authentication failed"));
        return;
    }
    if (byPassword) {
        user = m_store->verifyPassword(hello.user, hello.password);
        if (user)
            token = m_store->issueToken(user->id, now.addSecs(kTokenLifetimeSecs));
    } else {
        user = m_store->userForToken(hello.token, now);
        token = hello.token;
    }
    if (!user || token.isEmpty()) {
        qCInfo(lcServer) << "agent authentication failed";
        session->sendError(errors::AuthFailed,
                           QStringLiteral("wrong user or password, or unknown or expired token"), rid);
        session->closeWith(CloseAuthFailed, QStringLiteral("authentication failed"));
        return;
    }

    std::shared_ptr<SessionStream> stream;
    std::optional<QList<QString>> replay;
    if (hello.resume) {
        const auto found = m_streams.constFind(hello.resume->session);
        if (found != m_streams.constEnd() && (*found)->user().id == user->id) {
            replay = (*found)->framesAfter(hello.resume->lastSeq);
            if (replay)
                stream = *found;
        }
    }
    const bool resumed = stream != nullptr;
    if (!resumed) {
        stream = std::make_shared<SessionStream>(newSessionId(), *user, m_settings.retainedMessages);
        m_streams.insert(stream->id(), stream);
        m_streamsByAgent.insert(user->id, stream);
    } else if (AgentSession *previous = stream->connection(); previous && previous != session) {
        previous->setStream({});
        previous->closeWith(1000, QStringLiteral("session resumed elsewhere"));
    }
    stream->attach(session);
    session->setStream(stream);
    // Next steps follow the language of the desktop that signed in last.
    const QString language = Catalogues::match(hello.language);
    if (language.isEmpty() || language == QLatin1StringView("en"))
        m_languages.remove(user->id);
    else
        m_languages.insert(user->id, language);

    Welcome welcome;
    welcome.session = stream->id();
    welcome.token = token;
    welcome.resumed = resumed;
    welcome.lastSeq = stream->lastSeq();
    welcome.heartbeatMs = m_settings.heartbeatMs;
    welcome.user = *user;
    welcome.limits = Limits{kMaxFrameBytes, kMaxMessageBytes, kMaxMessagesPerSecond, kMaxBatchEvents};
    welcome.wrapUpSeconds = m_settings.wrapUpSeconds;
    welcome.dispositions = dispositionsFor(user->role);
    // The agent's first live session signs the agent in, unless the agent is
    // back within the grace of a lost connection: then the state goes on.
    const bool returns =
        m_connectionLost.remove(user->id) && agentState(user->id).state != agentstates::Offline;
    const bool signsIn = liveSessionsOf(user->id, session) == 0 && !returns;
    const QString signedInState =
        QString(m_calls.contains(user->id) ? agentstates::OnCall : agentstates::Available);
    session->send(Frame{welcome, rid, 0});
    logWithFields(QtInfoMsg, lcServer(),
                  resumed ? QStringLiteral("agent session resumed") : QStringLiteral("agent session started"),
                  {{QStringLiteral("session"), stream->id()}});
    if (resumed) {
        for (const QString &text : std::as_const(*replay))
            session->sendText(text);
        if (signsIn)
            setAgentState(user->id, signedInState, QStringLiteral("signed_in"));
    } else {
        // A new session learns the state from its snapshot; the others get the change.
        if (signsIn)
            setAgentState(user->id, signedInState, QStringLiteral("signed_in"), stream.get());
        session->sendText(stream->append(snapshotFor(user->id)));
    }
    if (!signsIn)
        notifyFloor(user->id); // one more desktop of an agent already signed in
}

int AgentGateway::liveSessionsOf(const QString &agent, const AgentSession *except) const
{
    // A live connection is the one its stream is attached to.
    int live = 0;
    const auto [first, last] = m_streamsByAgent.equal_range(agent);
    for (auto it = first; it != last; ++it) {
        const AgentSession *connection = (*it)->connection();
        if (connection && connection != except)
            ++live;
    }
    return live;
}

AgentStateChanged AgentGateway::agentState(const QString &agent) const
{
    const auto it = m_agentStates.constFind(agent);
    if (it != m_agentStates.constEnd())
        return *it;
    return AgentStateChanged{
        QString(agentstates::Offline), m_clock(), {}, false, QStringLiteral("signed_out")};
}

void AgentGateway::setAgentState(const QString &agent, const QString &state, const QString &reason,
                                 const SessionStream *skip)
{
    const QDateTime now = m_clock();
    AgentStateChanged next{state, now, {}, false, reason};
    QTimer *&timer = m_wrapUpTimers[agent];
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, agent] { onWrapUpExpired(agent); });
    }
    if (state == agentstates::WrapUp) {
        next.wrapUpEndsAt = now.addSecs(m_settings.wrapUpSeconds);
        timer->start(m_settings.wrapUpSeconds * 1000);
    } else {
        timer->stop();
    }
    m_agentStates.insert(agent, next);
    logWithFields(QtInfoMsg, lcServer(), QStringLiteral("agent state"),
                  {{QStringLiteral("state"), state}, {QStringLiteral("reason"), reason}});
    pushToAgent(agent, next, skip);
    notifyFloor(agent);
}

void AgentGateway::onWrapUpExpired(const QString &agent)
{
    if (agentState(agent).state == agentstates::WrapUp)
        setAgentState(agent, QString(agentstates::Available), QStringLiteral("wrap_up_expired"));
}

void AgentGateway::handleStateRequest(AgentSession *session, const AgentStateRequest &request,
                                      const QString &rid)
{
    const auto stream = session->stream();
    if (!stream)
        return;
    const QString agent = stream->user().id;
    AgentStateChanged current = agentState(agent);
    if (current.state == agentstates::OnCall) {
        session->sendError(errors::InvalidMessage,
                           QStringLiteral("payload.state: the agent is on a call; it ends with call.ended"),
                           rid);
        return;
    }
    if (request.extend) {
        if (current.state != agentstates::WrapUp) {
            session->sendError(errors::InvalidMessage, QStringLiteral("payload.extend: not in wrap-up"), rid);
            return;
        }
        if (current.extended) {
            session->sendError(errors::InvalidMessage,
                               QStringLiteral("payload.extend: the wrap-up was extended already"), rid);
            return;
        }
        current.wrapUpEndsAt = current.wrapUpEndsAt.addSecs(m_settings.wrapUpSeconds);
        current.extended = true;
        current.reason = QStringLiteral("requested");
        m_agentStates.insert(agent, current);
        if (QTimer *timer = m_wrapUpTimers.value(agent))
            timer->start(int(std::max<qint64>(0, m_clock().msecsTo(current.wrapUpEndsAt))));
        pushToAgent(agent, current);
        notifyFloor(agent);
        return;
    }
    if (request.state == current.state) {
        pushToAgent(agent, current); // nothing changes; the request is still answered
        return;
    }
    setAgentState(agent, request.state, QStringLiteral("requested"));
}

void AgentGateway::handleSnapshotRequest(AgentSession *session)
{
    const auto stream = session->stream();
    if (stream)
        session->sendText(stream->append(snapshotFor(stream->user().id)));
}

void AgentGateway::setPhoneNormalizer(const PhoneNormalizer *phones)
{
    m_lookup = std::make_unique<ProfileLookup>(m_store, phones);
}

bool AgentGateway::audit(const QString &actor, const QString &action, const QStringList &targets,
                         const QString &detail)
{
    AuditEntry entry;
    entry.at = m_clock();
    entry.actor = actor;
    entry.action = action;
    entry.targets = targets;
    entry.detail = detail;
    return m_store->addAudit(entry);
}

std::optional<UserInfo> AgentGateway::permittedUser(AgentSession *session, Endpoint endpoint,
                                                    const QString &action, const QString &rid)
{
    const auto stream = session->stream();
    if (!stream)
        return std::nullopt;
    const UserInfo &user = stream->user();
    if (Authorizer::access(endpoint, user.role) == Access::Denied) {
        session->sendError(errors::Forbidden, QStringLiteral("the role %1 may not %2").arg(user.role, action),
                           rid);
        return std::nullopt;
    }
    return user;
}

void AgentGateway::handleLookup(AgentSession *session, const Lookup &lookup, const QString &rid)
{
    const std::optional<UserInfo> permitted =
        permittedUser(session, Endpoint::LookupProfiles, QStringLiteral("look up profiles"), rid);
    if (!permitted)
        return;
    const UserInfo &user = *permitted;
    if (!m_lookup) {
        session->sendError(errors::Internal, QStringLiteral("lookup is not available"), rid);
        return;
    }
    QString why;
    const std::optional<ProfileLookup::Query> query = m_lookup->parse(lookup, &why);
    if (!query) {
        session->sendError(errors::InvalidMessage, QStringLiteral("payload.") + why, rid);
        return;
    }
    const QList<ProfileLookup::Candidate> found = m_lookup->find(*query);
    LookupResult result;
    QStringList ids;
    const bool reveal = Authorizer::revealsContactData(user.role);
    for (const ProfileLookup::Candidate &candidate : found) {
        result.candidates.append(ProfileLookup::toCandidate(candidate, reveal));
        ids.append(candidate.record.id);
    }
    // Fail closed: a lookup that cannot be audited is not answered.
    if (!audit(user.id, QStringLiteral("profile.lookup"), ids,
               QStringLiteral("query=%1 candidates=%2 via=ws")
                   .arg(ProfileLookup::kindName(query->kind))
                   .arg(found.size()))) {
        session->sendError(errors::Internal, QStringLiteral("the audit trail cannot be written"), rid);
        return;
    }
    session->send(Frame{result, rid, 0});
}

void AgentGateway::handleProfileOpen(AgentSession *session, const ProfileOpen &open, const QString &rid)
{
    const auto stream = session->stream();
    if (!stream)
        return;
    const UserInfo &user = stream->user();
    const auto refuse = [&](const QString &why) {
        qCInfo(lcServer) << "profile.open refused for a" << user.role << "user";
        session->sendError(errors::Forbidden, why, rid);
    };
    const Access access = Authorizer::access(Endpoint::GetProfile, user.role);
    if (access == Access::Denied)
        return refuse(QStringLiteral("the role %1 may not open profiles").arg(user.role));

    auto call = m_calls.find(user.id);
    const bool forCall = !open.callId.isEmpty();
    if (forCall && (call == m_calls.end() || call->call.callId != open.callId))
        return refuse(QStringLiteral("payload.callId: not your active call"));
    if (forCall && !call->candidateIds.contains(open.profileId))
        return refuse(QStringLiteral("payload.profileId: not a candidate of this call"));
    if (!forCall && access == Access::ViaLookup &&
        !m_store->lookedUpBy(user.id, open.profileId, m_clock().addSecs(-Authorizer::kLookupGrantSecs)))
        return refuse(QStringLiteral("payload.profileId: open a profile after finding it with a lookup"));

    std::optional<Profile> profile = m_engine->loadProfile(open.profileId);
    if (!profile)
        return refuse(QStringLiteral("payload.profileId: no such profile"));
    if (!audit(user.id, QStringLiteral("profile.view"), {open.profileId},
               forCall ? QStringLiteral("via=call-pick") : QStringLiteral("via=lookup"))) {
        session->sendError(errors::Internal, QStringLiteral("the audit trail cannot be written"), rid);
        return;
    }
    maskContactData(*profile, user.role);
    // Opened outside a call: the desktop shows it as a store visit.
    wordSteps(user.id, *profile, forCall ? QStringLiteral("call") : QStringLiteral("store"));
    if (forCall) {
        call->profileId = open.profileId;
        call->call.match = QStringLiteral("exact");
        call->call.candidates.clear();
        call->candidateIds.clear();
    } else {
        m_opened.insert(user.id, open.profileId);
    }
    pushToAgent(user.id, ProfileOpened{open.callId, *profile});
}

void AgentGateway::handleInteractionsQuery(AgentSession *session, const InteractionsQuery &query,
                                           const QString &rid)
{
    const std::optional<UserInfo> permitted =
        permittedUser(session, Endpoint::Interactions, QStringLiteral("read the interaction log"), rid);
    if (!permitted)
        return;
    QString why;
    // Names stay masked whatever the role: they are revealed one by one, with
    // a reason, over HTTP (GET /v1/interactions/{id}?reveal=…).
    const std::optional<InteractionsPage> page = m_interactions->query(query, false, &why);
    if (!page) {
        if (why.startsWith(QLatin1StringView("cursor:")))
            session->sendError(errors::InvalidMessage, QStringLiteral("payload.") + why, rid);
        else
            session->sendError(errors::Internal, why, rid);
        return;
    }
    session->send(Frame{*page, rid, 0});
}

void AgentGateway::handleInteractionGet(AgentSession *session, const InteractionGet &get, const QString &rid)
{
    const std::optional<UserInfo> permitted =
        permittedUser(session, Endpoint::Interactions, QStringLiteral("read the interaction log"), rid);
    if (!permitted)
        return;
    const UserInfo &user = *permitted;
    // With a stated reason (the codec checked its length) the answer is
    // unmasked, as GET /v1/interactions/{id}?reveal= answers.
    const bool reveal = !get.reveal.isEmpty();
    const std::optional<InteractionDetail> detail = m_interactions->detail(get.id, reveal);
    if (!detail) {
        session->sendError(errors::NotFound, QStringLiteral("payload.id: no interaction with this id"), rid);
        return;
    }
    // Fail closed: a detail, and above all a revealed one, that cannot be
    // audited is not sent.
    const QString what = QStringLiteral("outcome=%1 via=ws").arg(get.id);
    if (!audit(user.id, reveal ? QStringLiteral("interaction.reveal") : QStringLiteral("interaction.view"),
               detail->outcome.profileId.isEmpty() ? QStringList() : QStringList{detail->outcome.profileId},
               reveal ? what + QStringLiteral(" reason=") + get.reveal : what)) {
        session->sendError(errors::Internal, QStringLiteral("the audit trail cannot be written"), rid);
        return;
    }
    if (reveal)
        qCInfo(lcServer) << "interaction" << get.id << "revealed with a stated reason";
    session->send(Frame{*detail, rid, 0});
}

void AgentGateway::handleFloorWatch(AgentSession *session, const QString &rid)
{
    if (!permittedUser(session, Endpoint::Floor, QStringLiteral("watch the live floor"), rid))
        return;
    m_floorWatchers.insert(session->stream()->id());
    // One frame per kMaxFloorAgents people; the last says complete.
    const QList<FloorAgent> agents = floor();
    qsizetype start = 0;
    do {
        FloorState state;
        state.agents = agents.mid(start, kMaxFloorAgents);
        start += kMaxFloorAgents;
        state.complete = start >= agents.size();
        session->send(Frame{state, rid, 0});
    } while (start < agents.size());
}

QList<FloorAgent> AgentGateway::floor() const
{
    QList<FloorAgent> agents;
    for (const UserInfo &user : m_store->users()) {
        if (user.role == QLatin1StringView("agent") || user.role == QLatin1StringView("store"))
            agents.append(floorAgent(user));
    }
    return agents;
}

FloorAgent AgentGateway::floorAgent(const UserInfo &user) const
{
    const AgentStateChanged state = agentState(user.id);
    FloorAgent line;
    line.agent = user.id;
    line.name = user.name.left(256); // the floor's limit (docs/protocol.md)
    line.role = user.role;
    line.state = state.state;
    line.since = state.since;
    line.wrapUpEndsAt = state.wrapUpEndsAt;
    line.extended = state.extended;
    if (const auto call = m_calls.constFind(user.id); call != m_calls.constEnd()) {
        line.callId = call->call.callId;
        line.callSince = call->call.connectedAt;
    }
    line.sessions = liveSessionsOf(user.id, nullptr);
    return line;
}

void AgentGateway::notifyFloor(const QString &agent)
{
    if (m_floorWatchers.isEmpty())
        return;
    std::optional<UserInfo> user;
    if (const auto stream = m_streamsByAgent.constFind(agent); stream != m_streamsByAgent.cend())
        user = (*stream)->user();
    if (!user) { // an agent without a session, e.g. a call for someone signed out
        for (const UserInfo &known : m_store->users()) {
            if (known.id == agent)
                user = known;
        }
    }
    if (!user || (user->role != QLatin1StringView("agent") && user->role != QLatin1StringView("store")))
        return;
    const ProtocolCodec::StreamText changed =
        ProtocolCodec::encodeStream(FloorAgentChanged{floorAgent(*user)});
    for (auto it = m_floorWatchers.begin(); it != m_floorWatchers.end();) {
        const std::shared_ptr<SessionStream> stream = m_streams.value(*it);
        if (!stream) { // pruned after its retention: it watches no more
            it = m_floorWatchers.erase(it);
            continue;
        }
        const QString text = stream->append(changed);
        if (AgentSession *connection = stream->connection())
            connection->sendText(text);
        ++it;
    }
}

void AgentGateway::handleOutcome(AgentSession *session, const OutcomeLog &outcome, const QString &rid)
{
    const std::optional<UserInfo> user =
        permittedUser(session, Endpoint::LogOutcome, QStringLiteral("log outcomes"), rid);
    if (!user)
        return;
    const std::optional<OutcomeRecord> record = m_store->storeOutcome(outcome, user->id, m_clock());
    if (!record) {
        session->sendError(errors::Internal, QStringLiteral("the outcome could not be stored; retry later"),
                           rid);
        return;
    }
    if (m_metrics)
        m_metrics->countOutcome(record->duplicate);
    // Also for a duplicate: a service stopped between the outcome's commit and
    // its timeline events left them out, and the client's retry (it never saw
    // an ack) is the moment to add them. Events already stored are skipped.
    m_engine->recordOutcome(outcome, record->id);
    if (!record->duplicate) {
        m_interactions->recordCallTimes(record->id, takeCallTimes(user->id, outcome));
    }
    session->send(Frame{OutcomeAck{outcome.key, record->id, record->duplicate, record->storedAt}, rid, 0});
}

InteractionLog::CallTimes AgentGateway::takeCallTimes(const QString &agent, const OutcomeLog &outcome)
{
    InteractionLog::CallTimes times;
    if (outcome.callId.isEmpty())
        return times; // a store visit, or an outcome without a call
    std::optional<CallStart> seen;
    if (const auto starts = m_callStarts.find(agent); starts != m_callStarts.end()) {
        for (qsizetype i = 0; i < starts->size(); ++i) {
            if (starts->at(i).callId == outcome.callId) {
                seen = starts->takeAt(i);
                break;
            }
        }
    }
    // Both times end when the desktop logged the outcome (one that waited in
    // the outbox counts until then), or now when the desktop's time is not
    // plausible: before the call, or ahead of the service's clock.
    const QDateTime now = m_clock();
    const bool loggedPlausibly = outcome.loggedAt.isValid() && outcome.loggedAt <= now &&
                                 (!seen || outcome.loggedAt >= seen->connectedAt);
    const QDateTime end = loggedPlausibly ? outcome.loggedAt : now;
    if (seen)
        times.handleSeconds = std::max<qint64>(0, seen->connectedAt.secsTo(end));
    // The call's end as this gateway saw it; else as the desktop reports it
    // (from call.ended: a service restarted since, or a call long ago),
    // when it lies between the call's start and now.
    QDateTime endedAt = seen ? seen->endedAt : QDateTime();
    if (!endedAt.isValid() && outcome.callEndedAt.isValid() && outcome.callEndedAt <= now &&
        (!seen || outcome.callEndedAt >= seen->connectedAt))
        endedAt = outcome.callEndedAt;
    if (endedAt.isValid())
        times.wrapUpSeconds = std::max<qint64>(0, endedAt.secsTo(end)); // logged during the call: 0
    else if (seen)
        times.wrapUpSeconds = 0; // the call is still on: logged during it
    return times;
}

Snapshot AgentGateway::snapshotFor(const QString &agent)
{
    Snapshot snapshot;
    const auto it = m_calls.constFind(agent);
    if (it != m_calls.constEnd()) {
        ActiveCall call = it->call;
        if (!it->profileId.isEmpty())
            call.profile = m_engine->loadProfile(it->profileId);
        if (call.profile)
            wordSteps(agent, *call.profile, QStringLiteral("call"));
        if (!call.profile && call.candidates.isEmpty())
            call.match = QStringLiteral("none");
        snapshot.call = call;
    }
    snapshot.agent = agentState(agent);
    if (const QString opened = openedProfileWithinGrant(agent); !opened.isEmpty()) {
        snapshot.opened = m_engine->loadProfile(opened);
        if (snapshot.opened) {
            maskContactData(*snapshot.opened, roleOf(agent));
            wordSteps(agent, *snapshot.opened, QStringLiteral("store"));
        }
    }
    return snapshot;
}

QString AgentGateway::roleOf(const QString &user) const
{
    const auto it = m_streamsByAgent.constFind(user);
    return it != m_streamsByAgent.cend() ? (*it)->user().role : QString();
}

void AgentGateway::maskContactData(Profile &profile, const QString &role)
{
    if (Authorizer::revealsContactData(role))
        return;
    profile.phone = maskPhone(profile.phone);
    profile.email = profile.email.isEmpty() ? QString() : ProfileLookup::maskEmail(profile.email);
}

QString AgentGateway::openedProfileWithinGrant(const QString &user)
{
    const QString opened = m_opened.value(user);
    if (opened.isEmpty())
        return {};
    // Roles that may open profiles only after a lookup keep them for the
    // lookup's grant, no longer: then the profile closes for them.
    if (Authorizer::access(Endpoint::GetProfile, roleOf(user)) == Access::ViaLookup &&
        !m_store->lookedUpBy(user, opened, m_clock().addSecs(-Authorizer::kLookupGrantSecs))) {
        m_opened.remove(user);
        return {};
    }
    return opened;
}

int AgentGateway::pushToAgent(const QString &agent, const Message &message, const SessionStream *skip,
                              const ProtocolCodec::StreamText *encoded)
{
    int delivered = 0;
    const auto [first, last] = m_streamsByAgent.equal_range(agent);
    // Encoded once for every stream of the agent (and retained so by each).
    std::optional<ProtocolCodec::StreamText> own;
    for (auto it = first; it != last; ++it) {
        const std::shared_ptr<SessionStream> &stream = *it;
        if (stream.get() == skip)
            continue;
        if (!encoded && !own)
            own = ProtocolCodec::encodeStream(message);
        const QString text = stream->append(encoded ? *encoded : *own);
        if (AgentSession *connection = stream->connection()) {
            connection->sendText(text);
            ++delivered;
        }
    }
    return delivered;
}

int AgentGateway::callConnected(const QString &agent, const ActiveCall &call)
{
    CallState state;
    state.call = call;
    state.call.profile.reset();
    state.profileId = call.profile ? call.profile->id : QString();
    for (const ProfileCandidate &candidate : call.candidates)
        state.candidateIds.append(candidate.profileId);
    m_calls.insert(agent, state);
    QList<CallStart> &starts = m_callStarts[agent];
    starts.removeIf([&call](const CallStart &start) { return start.callId == call.callId; });
    starts.append(CallStart{call.callId, call.connectedAt});
    if (starts.size() > kRememberedCalls)
        starts.removeFirst();
    m_opened.remove(agent); // the call takes the screen
    CallConnected connected{call};
    if (connected.call.profile)
        wordSteps(agent, *connected.call.profile, QStringLiteral("call"));
    const int delivered = pushToAgent(agent, connected);
    // An agent who is offline stays so; signing in while the call lasts gives on_call.
    if (agentState(agent).state != agentstates::Offline)
        setAgentState(agent, QString(agentstates::OnCall), QStringLiteral("call_connected"));
    else
        notifyFloor(agent); // a call waiting for an agent who is signed out
    Q_EMIT callRouted(agent, call);
    return delivered;
}

int AgentGateway::callEnded(const QString &agent, const QString &callId, const QDateTime &endedAt)
{
    const auto it = m_calls.constFind(agent);
    const bool wasActive = it != m_calls.constEnd() && it->call.callId == callId;
    if (wasActive)
        m_calls.erase(it);
    if (const auto starts = m_callStarts.find(agent); starts != m_callStarts.end()) {
        for (CallStart &start : *starts) {
            if (start.callId == callId && !start.endedAt.isValid())
                start.endedAt = endedAt.isValid() ? endedAt : m_clock();
        }
    }
    const int delivered = pushToAgent(agent, CallEnded{callId, endedAt});
    if (wasActive && agentState(agent).state == agentstates::OnCall)
        setAgentState(agent, QString(agentstates::WrapUp), QStringLiteral("call_ended"));
    else if (wasActive)
        notifyFloor(agent); // the call is gone from the floor even without a state change
    Q_EMIT callFinished(agent, callId, endedAt);
    return delivered;
}

QString AgentGateway::agentOfCall(const QString &callId) const
{
    for (auto it = m_calls.constBegin(); it != m_calls.constEnd(); ++it) {
        if (it->call.callId == callId)
            return it.key();
    }
    return {};
}

QString AgentGateway::profileOfCall(const QString &callId) const
{
    const QString agent = agentOfCall(callId);
    return agent.isEmpty() ? QString() : m_calls.value(agent).profileId;
}

void AgentGateway::onProfileChanged(const ProfilePatch &patch)
{
    // Who shows the profile, grouped by how they read it: in a call or
    // opened outside one (a store visit: the store wording), and in which
    // language. Each group's patch is encoded once; each session only adds its seq.
    QMap<std::pair<QString, QString>, QStringList> readers; // (channel, language) → agents
    const QString call = QStringLiteral("call");
    for (auto it = m_calls.constBegin(); it != m_calls.constEnd(); ++it) {
        if (it->profileId == patch.profileId)
            readers[{call, languageOf(it.key())}].append(it.key());
    }
    for (const QString &user : m_opened.keys(patch.profileId)) {
        if (!m_calls.contains(user) || m_calls.value(user).profileId != patch.profileId) {
            if (!openedProfileWithinGrant(user).isEmpty())
                readers[{QStringLiteral("store"), languageOf(user)}].append(user);
        }
    }
    for (auto group = readers.constBegin(); group != readers.constEnd(); ++group) {
        const Message message = patchFor(patch, group.key().first, group.key().second);
        const ProtocolCodec::StreamText encoded = ProtocolCodec::encodeStream(message);
        for (const QString &agent : group.value())
            pushToAgent(agent, message, nullptr, &encoded);
    }
}

ProfilePatch AgentGateway::patchFor(const ProfilePatch &patch, const QString &channel,
                                    const QString &language) const
{
    const bool store = channel == QLatin1StringView("store");
    // The engine words the call's steps in English; a store reader always gets
    // steps (their wording may differ while the call's did not change).
    if (!store && (language.isEmpty() || !patch.nextSteps))
        return patch;
    ProfilePatch worded = patch;
    // From the inputs the engine keeps for a shown profile (no store read), with every patch.
    if (auto steps = m_engine->shownNextSteps(patch.profileId, channel, language)) {
        worded.nextSteps = std::move(steps);
    } else if (worded.nextSteps) {
        if (const std::optional<Profile> profile = m_engine->loadProfile(patch.profileId, 50))
            worded.nextSteps = m_engine->nextStepsFor(*profile, channel, language);
    }
    return worded;
}

void AgentGateway::wordSteps(const QString &agent, Profile &profile, const QString &channel) const
{
    const QString language = languageOf(agent);
    // loadProfile already gives the call's steps in English.
    if (channel != QLatin1StringView("call") || !language.isEmpty())
        profile.nextSteps = m_engine->nextStepsFor(profile, channel, language);
}

void AgentGateway::onProfilesMerged(const QString &from, const QString &into)
{
    // Who shows which of the two profiles, and in which role (call or opened).
    QList<std::pair<QString, QString>> targets; // agent, callId (empty: opened)
    for (auto it = m_calls.begin(); it != m_calls.end(); ++it) {
        if (it->candidateIds.contains(from)) {
            it->candidateIds.removeAll(from);
            if (!it->candidateIds.contains(into))
                it->candidateIds.append(into);
        }
        if (it->profileId == from || it->profileId == into) {
            it->profileId = into;
            targets.append({it.key(), it->call.callId});
        }
    }
    for (auto it = m_opened.begin(); it != m_opened.end(); ++it) {
        if (it.value() == from || it.value() == into) {
            it.value() = into;
            targets.append({it.key(), QString()});
        }
    }
    if (targets.isEmpty())
        return;
    const std::optional<Profile> merged = m_engine->loadProfile(into);
    if (!merged)
        return;
    for (const auto &[agent, callId] : std::as_const(targets)) {
        Profile profile = *merged;
        // Opened profiles are masked as profile.open masks them; a call's profile is not.
        if (callId.isEmpty())
            maskContactData(profile, roleOf(agent));
        wordSteps(agent, profile, callId.isEmpty() ? QStringLiteral("store") : QStringLiteral("call"));
        pushToAgent(agent, ProfileOpened{callId, profile});
    }
}

} // namespace omnidesk::server
