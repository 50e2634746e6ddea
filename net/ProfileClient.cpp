#include "ProfileClient.h"

#include "NetLogging.h"
#include "Protocol.h"
#include "ProtocolCodec.h"
#include "TlsTrust.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <algorithm>

namespace omnidesk::net {

namespace {
constexpr int kBackoffBaseMs = 250;
constexpr int kBackoffCapMs = 30'000;
// The first attempts wait at most 1 s, so a restarted service is found again
// within about a second of coming back (the chaos harness measures it); only a
// longer outage backs off further, doubling from 2 s.
constexpr int kBackoffFastCapMs = 1000;
constexpr int kBackoffFastAttempts = 6;
// Before the welcome tells the heartbeat, a connection that stays silent this
// long (TCP connect, handshake, hello) is given up and retried.
constexpr int kHandshakeTimeoutMs = 2 * protocol::kHelloTimeoutMs;
const QString kClientName = QStringLiteral("omnidesk/" OMNIDESK_VERSION);
} // namespace

ProfileClient::ProfileClient(QObject *parent)
    : QObject(parent), m_sslConfiguration(TlsTrust::configuration({})),
      m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_reconnectTimer.setSingleShot(true);
    m_deadTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ProfileClient::openSocket);
    connect(&m_deadTimer, &QTimer::timeout, this, &ProfileClient::onHeartbeatDead);
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        sendFrame(protocol::Ping{QDateTime::currentMSecsSinceEpoch()}, nextRid(QLatin1Char('p')));
    });
}

ProfileClient::~ProfileClient()
{
    m_wantOnline = false;
    discardSocket();
}

QUrl ProfileClient::webSocketUrl(const QUrl &url)
{
    QUrl out = url;
    if (url.scheme() == QLatin1String("https"))
        out.setScheme(QStringLiteral("wss"));
    else if (url.scheme() == QLatin1String("http"))
        out.setScheme(QStringLiteral("ws"));
    return out;
}

void ProfileClient::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_sslConfiguration = configuration;
    // Verification stays on whatever the caller passed.
    if (m_sslConfiguration.peerVerifyMode() != QSslSocket::VerifyPeer)
        m_sslConfiguration.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

void ProfileClient::setServerUrl(const QUrl &url)
{
    m_url = webSocketUrl(url);
    if (m_url.path().isEmpty() || m_url.path() == QLatin1String("/"))
        m_url.setPath(protocol::kAgentPath);
}

void ProfileClient::setRandomSource(RandomSource source)
{
    m_random = std::move(source);
}

int ProfileClient::backoffCeilingMs(int attempt)
{
    const int n = std::clamp(attempt, 0, 40);
    if (n < kBackoffFastAttempts)
        return std::min(kBackoffFastCapMs, kBackoffBaseMs << n);
    const int shift = std::min(n - kBackoffFastAttempts + 1, 20);
    return static_cast<int>(std::min<qint64>(kBackoffCapMs, qint64(kBackoffFastCapMs) << shift));
}

void ProfileClient::signIn(const QString &user, const QString &password)
{
    startSession(user, password, QString());
}

void ProfileClient::signInWithToken(const QString &token)
{
    startSession(QString(), QString(), token);
}

void ProfileClient::startSession(const QString &user, const QString &password, const QString &token)
{
    m_userName = user;
    m_password = password;
    m_token = token;
    m_session.clear();
    m_everWelcomed = false;
    m_lastSeq = 0;
    m_attempt = 0;
    m_wantOnline = true;
    discardSocket();
    setState(State::Connecting);
    openSocket();
}

void ProfileClient::signOut()
{
    // Offline first, so the service does not hold the agent's state for a
    // connection it would otherwise take as lost (the grace for blips).
    // Refused while a call lasts; then the grace applies after all.
    requestAgentState(QString(protocol::agentstates::Offline));
    m_wantOnline = false;
    m_reconnectTimer.stop();
    m_pingTimer.stop();
    m_deadTimer.stop();
    if (m_socket) {
        QWebSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->close(QWebSocketProtocol::CloseCodeNormal);
        socket->deleteLater();
    }
    m_password.clear();
    m_token.clear();
    m_session.clear();
    m_everWelcomed = false;
    m_lastSeq = 0;
    setState(State::Offline);
}

bool ProfileClient::sendOutcome(const protocol::OutcomeLog &outcome)
{
    if (m_state != State::Online || !m_socket)
        return false;
    sendFrame(outcome, nextRid(QLatin1Char('o')));
    return true;
}

bool ProfileClient::requestAgentState(const QString &state, bool extend)
{
    if (m_state != State::Online || !m_socket)
        return false;
    sendFrame(protocol::AgentStateRequest{extend ? QString(protocol::agentstates::WrapUp) : state, extend},
              nextRid(QLatin1Char('a')));
    return true;
}

QString ProfileClient::lookup(const protocol::Lookup &query)
{
    if (m_state != State::Online || !m_socket)
        return {};
    const QString rid = nextRid(QLatin1Char('l'));
    sendFrame(query, rid);
    return rid;
}

QString ProfileClient::openProfile(const QString &profileId, const QString &callId)
{
    if (m_state != State::Online || !m_socket)
        return {};
    const QString rid = nextRid(QLatin1Char('v'));
    sendFrame(protocol::ProfileOpen{profileId, callId}, rid);
    return rid;
}

QString ProfileClient::queryInteractions(const protocol::InteractionsQuery &query)
{
    if (m_state != State::Online || !m_socket)
        return {};
    const QString rid = nextRid(QLatin1Char('i'));
    sendFrame(query, rid);
    return rid;
}

QString ProfileClient::getInteraction(qint64 id)
{
    if (m_state != State::Online || !m_socket)
        return {};
    const QString rid = nextRid(QLatin1Char('d'));
    sendFrame(protocol::InteractionGet{id}, rid);
    return rid;
}

QString ProfileClient::watchFloor()
{
    if (m_state != State::Online || !m_socket)
        return {};
    const QString rid = nextRid(QLatin1Char('f'));
    sendFrame(protocol::FloorWatch{}, rid);
    return rid;
}

void ProfileClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcNet) << "state" << state;
    emit stateChanged(state);
}

void ProfileClient::discardSocket()
{
    m_pingTimer.stop();
    m_deadTimer.stop();
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void ProfileClient::openSocket()
{
    if (!m_wantOnline)
        return;
    discardSocket();
    if (!m_url.isValid() ||
        (m_url.scheme() != QLatin1String("ws") && m_url.scheme() != QLatin1String("wss"))) {
        qCWarning(lcNet) << "invalid server URL; staying offline";
        m_wantOnline = false;
        setState(State::Offline);
        emit serverError(QStringLiteral("bad_url"), tr("The server address is not a ws:// or wss:// URL."),
                         QString());
        return;
    }
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    m_tlsProblem.clear();
    if (m_url.scheme() == QLatin1String("wss"))
        socket->setSslConfiguration(m_sslConfiguration);
    connect(socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails, and the user is told why.
        for (const QSslError &error : errors)
            qCWarning(lcNet) << "TLS certificate error:" << error.error();
        m_tlsProblem = TlsTrust::describeErrors(errors, m_url.host());
    });
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(socket, &QWebSocket::errorOccurred, this, &ProfileClient::onSocketError);
#else
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &ProfileClient::onSocketError);
#endif
    socket->setMaxAllowedIncomingMessageSize(protocol::kMaxServerMessageBytes);
    socket->setMaxAllowedIncomingFrameSize(protocol::kMaxServerMessageBytes);
    connect(socket, &QWebSocket::connected, this, &ProfileClient::onConnected);
    connect(socket, &QWebSocket::disconnected, this, &ProfileClient::onDisconnected);
    connect(socket, &QWebSocket::textMessageReceived, this, &ProfileClient::onTextMessage);
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &) {
        qCWarning(lcNet) << "ignored a binary frame from the service";
        m_deadTimer.start();
    });

    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QString(protocol::kSubprotocol)});
    m_deadTimer.setInterval(kHandshakeTimeoutMs);
    m_deadTimer.start();
    socket->open(QNetworkRequest(m_url), options);
}

void ProfileClient::scheduleReconnect()
{
    if (!m_wantOnline)
        return;
    const int ceiling = backoffCeilingMs(m_attempt);
    const double r = std::clamp(m_random ? m_random() : 0.0, 0.0, 1.0);
    const int delay = static_cast<int>(r * ceiling);
    ++m_attempt;
    setState(State::Reconnecting);
    qCInfo(lcNet) << "reconnect attempt" << m_attempt << "in" << delay << "ms";
    emit reconnectScheduled(delay);
    m_reconnectTimer.start(delay);
}

void ProfileClient::onConnected()
{
    if (!m_socket)
        return;
    if (m_socket->subprotocol() != protocol::kSubprotocol) {
        qCWarning(lcNet) << "service did not select subprotocol" << protocol::kSubprotocol << "- closing";
        emit serverError(QStringLiteral("bad_subprotocol"),
                         tr("The server does not speak the Omnidesk protocol (omnidesk.v1)."), QString());
        m_socket->close(QWebSocketProtocol::CloseCodeProtocolError);
        return; // disconnected follows and schedules a reconnect
    }
    if (m_state == State::Connecting || m_state == State::Reconnecting)
        setState(State::Authenticating);
    sendHello();
}

void ProfileClient::sendHello()
{
    protocol::Hello hello;
    hello.client = kClientName;
    // The desktop's language; the service writes next steps in it when it has them.
    hello.language = m_language.isEmpty() ? QLocale().name() : m_language;
    if (!m_token.isEmpty()) {
        hello.token = m_token;
        if (m_everWelcomed && !m_session.isEmpty())
            hello.resume = protocol::ResumePoint{m_session, m_lastSeq};
    } else {
        hello.user = m_userName;
        hello.password = m_password;
    }
    sendFrame(hello, nextRid(QLatin1Char('h')));
}

void ProfileClient::onSocketError(QAbstractSocket::SocketError error)
{
    auto *socket = qobject_cast<QWebSocket *>(sender());
    if (!socket || socket != m_socket)
        return;
    const bool tlsError = error == QAbstractSocket::SslHandshakeFailedError ||
                          error == QAbstractSocket::SslInternalError ||
                          error == QAbstractSocket::SslInvalidUserDataError;
    // A service without TLS closes at once when a TLS handshake arrives
    // (while signing in; later a closed connection means a restart).
    const bool closedInHandshake = error == QAbstractSocket::RemoteHostClosedError && !m_everWelcomed &&
                                   m_url.scheme() == QLatin1String("wss") &&
                                   m_state != State::Authenticating && m_state != State::Online;
    if (!tlsError && !closedInHandshake && m_tlsProblem.isEmpty())
        return; // other errors end in disconnected() or the handshake timeout
    if (m_tlsProblem.isEmpty()) {
        qCWarning(lcNet) << "TLS handshake failed:" << error;
        m_tlsProblem = TlsTrust::describeHandshakeFailure(m_url.host(), socket->errorString());
    }
    failTls();
}

void ProfileClient::failTls()
{
    const QString message = m_tlsProblem;
    m_tlsProblem.clear();
    discardSocket();
    if (!m_wantOnline)
        return;
    if (!m_everWelcomed) {
        // Signing in: trying again cannot help until someone acts.
        m_wantOnline = false;
        m_reconnectTimer.stop();
        m_password.clear();
        m_token.clear();
        setState(State::Offline);
        emit tlsFailed(message);
        return;
    }
    emit tlsFailed(message);
    scheduleReconnect();
}

void ProfileClient::onDisconnected()
{
    auto *socket = qobject_cast<QWebSocket *>(sender());
    if (!socket || socket != m_socket)
        return;
    if (!m_tlsProblem.isEmpty()) {
        failTls();
        return;
    }
    const int code = socket->closeCode();
    qCInfo(lcNet) << "connection closed, code" << code;
    discardSocket();
    if (!m_wantOnline) {
        setState(State::Offline);
        return;
    }
    if (code == protocol::CloseAuthFailed) {
        m_wantOnline = false;
        m_reconnectTimer.stop();
        m_password.clear();
        m_token.clear();
        m_session.clear();
        m_everWelcomed = false;
        setState(State::Offline);
        const QString message =
            m_authMessage.isEmpty() ? tr("Sign-in failed. Check the user name and password.") : m_authMessage;
        m_authMessage.clear();
        emit authFailed(message);
        return;
    }
    scheduleReconnect();
}

void ProfileClient::onHeartbeatDead()
{
    qCWarning(lcNet) << "nothing received in time; dropping the connection";
    discardSocket();
    if (m_wantOnline)
        scheduleReconnect();
}

QString ProfileClient::nextRid(QLatin1Char prefix)
{
    return prefix + QString::number(++m_ridCounter);
}

void ProfileClient::sendFrame(protocol::Message message, const QString &rid)
{
    if (!m_socket)
        return;
    const QByteArray bytes = protocol::ProtocolCodec::encode(protocol::Frame{std::move(message), rid, 0});
    m_socket->sendTextMessage(QString::fromUtf8(bytes));
}

void ProfileClient::requestSnapshot()
{
    m_awaitingSnapshot = true;
    sendFrame(protocol::SnapshotRequest{}, nextRid(QLatin1Char('r')));
}

void ProfileClient::onTextMessage(const QString &text)
{
    m_deadTimer.start(); // anything received proves the peer is alive
    const protocol::DecodeResult result =
        protocol::ProtocolCodec::decode(text, protocol::kMaxServerMessageBytes);
    if (!result.ok()) {
        // The error message names fields and positions, never field values.
        qCWarning(lcNet) << "ignored an undecodable frame:" << result.error.code;
        return;
    }
    const protocol::Frame &frame = *result.frame;
    if (protocol::ProtocolCodec::isStreamMessage(frame.message)) {
        if (m_state != State::Online) {
            qCWarning(lcNet) << "ignored a stream message before welcome";
            return;
        }
        handleStream(frame);
        return;
    }
    if (const auto *welcome = std::get_if<protocol::Welcome>(&frame.message)) {
        handleWelcome(*welcome);
    } else if (const auto *ack = std::get_if<protocol::OutcomeAck>(&frame.message)) {
        emit outcomeAcked(*ack);
    } else if (const auto *found = std::get_if<protocol::LookupResult>(&frame.message)) {
        emit lookupFinished(frame.rid, *found);
    } else if (const auto *page = std::get_if<protocol::InteractionsPage>(&frame.message)) {
        emit interactionsPage(frame.rid, *page);
    } else if (const auto *detail = std::get_if<protocol::InteractionDetail>(&frame.message)) {
        emit interactionDetail(frame.rid, *detail);
    } else if (const auto *floor = std::get_if<protocol::FloorState>(&frame.message)) {
        emit floorState(frame.rid, *floor);
    } else if (const auto *error = std::get_if<protocol::ErrorMessage>(&frame.message)) {
        qCWarning(lcNet) << "service error" << error->code << "for request" << frame.rid;
        if (error->code == protocol::errors::AuthFailed || error->code == protocol::errors::NotAuthenticated)
            m_authMessage = error->message;
        emit serverError(error->code, error->message, frame.rid);
    } else if (std::holds_alternative<protocol::Pong>(frame.message)) {
        // liveness only; the dead timer was restarted above
    } else {
        qCWarning(lcNet) << "ignored an unexpected message"
                         << protocol::ProtocolCodec::typeName(frame.message);
    }
}

void ProfileClient::handleWelcome(const protocol::Welcome &welcome)
{
    if (m_state != State::Authenticating) {
        qCWarning(lcNet) << "ignored a welcome outside the handshake";
        return;
    }
    const bool resumed = welcome.resumed && m_everWelcomed && welcome.session == m_session;
    m_session = welcome.session;
    if (!welcome.token.isEmpty())
        m_token = welcome.token;
    m_password.clear(); // reconnects use the session token
    m_user = welcome.user;
    m_everWelcomed = true;
    m_attempt = 0;
    m_authMessage.clear();
    if (!resumed) {
        // A new session numbers its stream from 1 and starts with a snapshot.
        m_lastSeq = 0;
        m_awaitingSnapshot = true;
    }
    m_heartbeatMs = welcome.heartbeatMs > 0 ? welcome.heartbeatMs : protocol::kDefaultHeartbeatMs;
    m_pingTimer.start(m_heartbeatMs);
    m_deadTimer.setInterval(2 * m_heartbeatMs);
    m_deadTimer.start();
    setState(State::Online);
    emit welcomed(welcome);
}

void ProfileClient::handleStream(const protocol::Frame &frame)
{
    const bool isSnapshot = std::holds_alternative<protocol::Snapshot>(frame.message);
    if (frame.seq <= 0) {
        qCWarning(lcNet) << "ignored a stream message without seq";
        return;
    }
    if (isSnapshot && m_awaitingSnapshot) {
        // A snapshot replaces everything, whatever came before it.
        m_awaitingSnapshot = false;
        m_lastSeq = frame.seq;
        applyStream(frame.message);
        return;
    }
    if (frame.seq <= m_lastSeq) {
        qCDebug(lcNet) << "ignored already applied seq" << frame.seq;
        return;
    }
    if (m_awaitingSnapshot) {
        qCDebug(lcNet) << "ignored seq" << frame.seq << "while waiting for a snapshot";
        return;
    }
    if (frame.seq != m_lastSeq + 1) {
        qCWarning(lcNet) << "gap in the stream: expected" << m_lastSeq + 1 << "got" << frame.seq;
        requestSnapshot();
        return;
    }
    m_lastSeq = frame.seq;
    applyStream(frame.message);
}

void ProfileClient::applyStream(const protocol::Message &message)
{
    if (const auto *snapshot = std::get_if<protocol::Snapshot>(&message)) {
        m_profileVersions.clear();
        if (snapshot->call && snapshot->call->profile)
            m_profileVersions.insert(snapshot->call->profile->id, snapshot->call->profile->version);
        if (snapshot->opened)
            m_profileVersions.insert(snapshot->opened->id, snapshot->opened->version);
        emit snapshotReceived(*snapshot);
        if (snapshot->agent)
            emit agentStateChanged(*snapshot->agent);
    } else if (const auto *connected = std::get_if<protocol::CallConnected>(&message)) {
        m_profileVersions.clear(); // a call replaces whatever was open
        if (connected->call.profile)
            m_profileVersions.insert(connected->call.profile->id, connected->call.profile->version);
        emit callConnected(connected->call);
    } else if (const auto *opened = std::get_if<protocol::ProfileOpened>(&message)) {
        m_profileVersions.insert(opened->profile.id, opened->profile.version);
        emit profileOpened(*opened);
    } else if (const auto *floorChange = std::get_if<protocol::FloorAgentChanged>(&message)) {
        emit floorAgentChanged(floorChange->agent);
    } else if (const auto *patch = std::get_if<protocol::ProfilePatch>(&message)) {
        const auto held = m_profileVersions.constFind(patch->profileId);
        if (held == m_profileVersions.cend()) {
            qCDebug(lcNet) << "ignored a patch for a profile not shown";
            return;
        }
        if (patch->base != *held) {
            qCWarning(lcNet) << "patch base" << patch->base << "does not match held version" << *held;
            requestSnapshot();
            return;
        }
        m_profileVersions.insert(patch->profileId, patch->version);
        emit profilePatched(*patch);
    } else if (const auto *ended = std::get_if<protocol::CallEnded>(&message)) {
        emit callEnded(*ended);
    } else if (const auto *agent = std::get_if<protocol::AgentStateChanged>(&message)) {
        emit agentStateChanged(*agent);
    }
}

} // namespace omnidesk::net
