#include "AgentGateway.h"

#include "AgentSession.h"
#include "Metrics.h"
#include "ProfileEngine.h"
#include "ProtocolCodec.h"
#include "ServerLog.h"
#include "SessionStream.h"
#include "Store.h"

#include <QRandomGenerator>
#include <QWebSocket>

namespace omnidesk::server {

using namespace omnidesk::protocol;

namespace {
constexpr qint64 kTokenLifetimeSecs = 12 * 3600;

QString newSessionId()
{
    return QStringLiteral("s-%1%2")
        .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'))
        .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
}
} // namespace

AgentGateway::AgentGateway(Store *store, ProfileEngine *engine, Clock clock, Settings settings,
                           QObject *parent)
    : QObject(parent), m_store(store), m_engine(engine), m_clock(std::move(clock)), m_settings(settings)
{
    m_pruneTimer.setInterval(std::clamp(m_settings.retentionMs / 4, 50, 5000));
    connect(&m_pruneTimer, &QTimer::timeout, this, &AgentGateway::pruneStreams);
    m_pruneTimer.start();
    connect(m_engine, &ProfileEngine::profileChanged, this, &AgentGateway::onProfileChanged);
}

AgentGateway::~AgentGateway() = default;

void AgentGateway::addConnection(QWebSocket *socket)
{
    auto *session = new AgentSession(socket, this, m_settings.helloTimeoutMs, m_settings.heartbeatMs);
    m_connections.append(session);
    connect(session, &AgentSession::finished, this, &AgentGateway::onSessionFinished);
    qCDebug(lcServer) << "agent connection opened; live:" << m_connections.size();
}

void AgentGateway::onSessionFinished(AgentSession *session)
{
    m_connections.removeAll(session);
    if (auto stream = session->stream(); stream && stream->connection() == session) {
        stream->detach();
        const QString agent = stream->user().id;
        if (liveSessionsOf(agent, session) == 0)
            setAgentState(agent, QString(agentstates::Offline), QStringLiteral("signed_out"));
    }
    session->deleteLater();
    qCDebug(lcServer) << "agent connection closed; live:" << m_connections.size();
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
    for (auto it = m_streams.begin(); it != m_streams.end();) {
        if (!(*it)->connection() && (*it)->detachedForMs() > m_settings.retentionMs)
            it = m_streams.erase(it);
        else
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
    std::optional<QList<Frame>> replay;
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
    } else if (AgentSession *previous = stream->connection(); previous && previous != session) {
        previous->setStream({});
        previous->closeWith(1000, QStringLiteral("session resumed elsewhere"));
    }
    stream->attach(session);
    session->setStream(stream);

    Welcome welcome;
    welcome.session = stream->id();
    welcome.token = token;
    welcome.resumed = resumed;
    welcome.lastSeq = stream->lastSeq();
    welcome.heartbeatMs = m_settings.heartbeatMs;
    welcome.user = *user;
    welcome.limits = Limits{kMaxFrameBytes, kMaxMessageBytes, kMaxMessagesPerSecond, kMaxBatchEvents};
    welcome.wrapUpSeconds = m_settings.wrapUpSeconds;
    // The agent's first live session signs the agent in.
    const bool signsIn = liveSessionsOf(user->id, session) == 0;
    const QString signedInState =
        QString(m_calls.contains(user->id) ? agentstates::OnCall : agentstates::Available);
    session->send(Frame{welcome, rid, 0});
    qCInfo(lcServer) << "agent session" << stream->id() << (resumed ? "resumed" : "started");
    if (resumed) {
        for (const Frame &frame : std::as_const(*replay))
            session->send(frame);
        if (signsIn)
            setAgentState(user->id, signedInState, QStringLiteral("signed_in"));
    } else {
        // A new session learns the state from its snapshot; the others get the change.
        if (signsIn)
            setAgentState(user->id, signedInState, QStringLiteral("signed_in"), stream.get());
        session->send(stream->append(snapshotFor(user->id)));
    }
}

int AgentGateway::liveSessionsOf(const QString &agent, const AgentSession *except) const
{
    int live = 0;
    for (const AgentSession *connection : m_connections) {
        if (connection == except)
            continue;
        const auto stream = connection->stream();
        if (stream && stream->connection() == connection && stream->user().id == agent)
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
    qCInfo(lcServer) << "agent state" << state << "reason" << reason;
    pushToAgent(agent, next, skip);
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
        session->send(stream->append(snapshotFor(stream->user().id)));
}

void AgentGateway::handleOutcome(AgentSession *session, const OutcomeLog &outcome, const QString &rid)
{
    const auto stream = session->stream();
    if (!stream)
        return;
    const std::optional<OutcomeRecord> record = m_store->storeOutcome(outcome, stream->user().id, m_clock());
    if (!record) {
        session->sendError(errors::Internal, QStringLiteral("the outcome could not be stored; retry later"),
                           rid);
        return;
    }
    if (m_metrics)
        m_metrics->countOutcome(record->duplicate);
    if (!record->duplicate)
        m_engine->recordOutcome(outcome, record->id);
    session->send(Frame{OutcomeAck{outcome.key, record->id, record->duplicate, record->storedAt}, rid, 0});
}

Snapshot AgentGateway::snapshotFor(const QString &agent) const
{
    Snapshot snapshot;
    const auto it = m_calls.constFind(agent);
    if (it != m_calls.constEnd()) {
        ActiveCall call = it->call;
        if (!it->profileId.isEmpty())
            call.profile = m_engine->loadProfile(it->profileId);
        if (!call.profile)
            call.match = QStringLiteral("none");
        snapshot.call = call;
    }
    snapshot.agent = agentState(agent);
    return snapshot;
}

int AgentGateway::pushToAgent(const QString &agent, const Message &message, const SessionStream *skip)
{
    int delivered = 0;
    for (const auto &stream : std::as_const(m_streams)) {
        if (stream->user().id != agent || stream.get() == skip)
            continue;
        const Frame frame = stream->append(message);
        if (AgentSession *connection = stream->connection()) {
            connection->send(frame);
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
    m_calls.insert(agent, state);
    const int delivered = pushToAgent(agent, CallConnected{call});
    // An agent who is offline stays so; signing in while the call lasts gives on_call.
    if (agentState(agent).state != agentstates::Offline)
        setAgentState(agent, QString(agentstates::OnCall), QStringLiteral("call_connected"));
    return delivered;
}

int AgentGateway::callEnded(const QString &agent, const QString &callId, const QDateTime &endedAt)
{
    const auto it = m_calls.constFind(agent);
    const bool wasActive = it != m_calls.constEnd() && it->call.callId == callId;
    if (wasActive)
        m_calls.erase(it);
    const int delivered = pushToAgent(agent, CallEnded{callId, endedAt});
    if (wasActive && agentState(agent).state == agentstates::OnCall)
        setAgentState(agent, QString(agentstates::WrapUp), QStringLiteral("call_ended"));
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
    for (auto it = m_calls.constBegin(); it != m_calls.constEnd(); ++it) {
        if (it->profileId == patch.profileId)
            pushToAgent(it.key(), patch);
    }
}

} // namespace omnidesk::server
