#include "AgentSession.h"

#include "AgentGateway.h"
#include "Metrics.h"
#include "ProtocolCodec.h"
#include "ServerLog.h"
#include "SessionStream.h"

#include <QWebSocket>

namespace omnidesk::server {

using namespace omnidesk::protocol;

namespace {
// How long a closing connection may take to let its close frame out. A peer
// that stopped reading (or vanished with data still queued) never does: the
// socket would stay open with its unsent megabytes until the process ends.
// Found by tests/server/tst_badinput (wsSlowReader_closes4009).
constexpr int kCloseGraceMs = 3'000;
} // namespace

AgentSession::AgentSession(QWebSocket *socket, AgentGateway *gateway, int helloTimeoutMs, int heartbeatMs)
    : QObject(gateway), m_socket(socket), m_gateway(gateway), m_tokens(kRateBurst)
{
    m_socket->setParent(this);
    m_socket->setMaxAllowedIncomingFrameSize(quint64(kMaxFrameBytes));
    m_socket->setMaxAllowedIncomingMessageSize(quint64(kMaxMessageBytes));
    m_bucketClock.start();

    m_helloTimer.setSingleShot(true);
    m_helloTimer.setInterval(helloTimeoutMs);
    connect(&m_helloTimer, &QTimer::timeout, this, [this] {
        if (!isAuthenticated())
            closeWith(CloseAuthFailed, QStringLiteral("no hello in time"));
    });
    m_helloTimer.start();

    m_silenceTimer.setSingleShot(true);
    m_silenceTimer.setInterval(3 * heartbeatMs);
    connect(&m_silenceTimer, &QTimer::timeout, this,
            [this] { closeWith(CloseHeartbeatTimeout, QStringLiteral("heartbeat timeout")); });
    m_silenceTimer.start();

    connect(m_socket, &QWebSocket::textMessageReceived, this, &AgentSession::onTextMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &AgentSession::onBinaryMessage);
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        m_helloTimer.stop();
        m_silenceTimer.stop();
        Q_EMIT finished(this);
    });
}

AgentSession::~AgentSession() = default;

void AgentSession::send(const Frame &frame)
{
    if (m_closing)
        return;
    sendText(QString::fromUtf8(ProtocolCodec::encode(frame)));
}

void AgentSession::sendText(const QString &text)
{
    if (m_closing)
        return;
    m_socket->sendTextMessage(text);
    // Hands the frame to the kernel now, as far as its socket buffer takes it,
    // rather than on a later pass of the event loop: a fan-out to 10,000
    // sessions then reaches the first clients while it is still writing to the
    // others, and does not leave 10,000 write notifiers to wake afterwards
    // (docs/reliability.md, fan-out). It never blocks; what the kernel does not
    // take stays queued and counts below.
    m_socket->flush();
    if (m_socket->bytesToWrite() > kMaxQueuedBytesPerClient) {
        qCWarning(lcServer) << "agent connection too slow, closing";
        closeWith(CloseTooSlow, QStringLiteral("client too slow"));
    }
}

void AgentSession::sendError(QLatin1StringView code, const QString &message, const QString &rid)
{
    if (Metrics *metrics = m_gateway->metrics())
        metrics->countWsError(QString(code));
    send(Frame{ErrorMessage{QString(code), message}, rid, 0});
}

void AgentSession::closeWith(quint16 code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_helloTimer.stop();
    m_silenceTimer.stop();
    m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
    QTimer::singleShot(kCloseGraceMs, m_socket, [socket = m_socket] {
        if (socket->state() != QAbstractSocket::UnconnectedState) {
            qCInfo(lcServer) << "agent connection did not close in time, dropping it";
            socket->abort();
        }
    });
}

bool AgentSession::takeToken()
{
    const qint64 nowMs = m_bucketClock.elapsed();
    if (nowMs - m_windowStartMs >= 1000) {
        m_windowStartMs = nowMs;
        m_windowCount = 0;
    }
    if (++m_windowCount > 4 * kMaxMessagesPerSecond + kRateBurst) {
        closeWith(CloseRateLimited, QStringLiteral("rate limit exceeded"));
        return false;
    }
    const double elapsedSec = double(nowMs - m_lastRefillMs) / 1000.0;
    m_lastRefillMs = nowMs;
    m_tokens = std::min<double>(kRateBurst, m_tokens + elapsedSec * kMaxMessagesPerSecond);
    if (m_tokens < 1.0) {
        sendError(errors::RateLimited,
                  QStringLiteral("more than %1 messages per second").arg(kMaxMessagesPerSecond), QString());
        return false;
    }
    m_tokens -= 1.0;
    return true;
}

void AgentSession::countBadFrame()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_badFrames.push_back(now);
    while (!m_badFrames.empty() && now - m_badFrames.front() > 60'000)
        m_badFrames.pop_front();
    if (m_badFrames.size() >= size_t(kMaxBadFramesPerMinute))
        closeWith(CloseProtocolViolation, QStringLiteral("too many bad frames"));
}

void AgentSession::onBinaryMessage(const QByteArray &)
{
    if (m_closing)
        return;
    m_silenceTimer.start();
    if (!takeToken())
        return;
    sendError(errors::BadFrame, QStringLiteral("binary frames are not accepted"), QString());
    countBadFrame();
}

void AgentSession::onTextMessage(const QString &text)
{
    if (m_closing)
        return;
    m_silenceTimer.start();
    if (!takeToken())
        return;
    const DecodeResult result = ProtocolCodec::decode(text, kMaxMessageBytes);
    if (!result.ok()) {
        if (!isAuthenticated()) {
            sendError(errors::NotAuthenticated, QStringLiteral("the first message must be hello"),
                      result.error.rid);
            closeWith(CloseAuthFailed, QStringLiteral("not authenticated"));
            return;
        }
        sendError(result.error.code, result.error.message, result.error.rid);
        countBadFrame();
        return;
    }
    dispatch(*result.frame);
}

void AgentSession::dispatch(const Frame &frame)
{
    const Message &message = frame.message;
    if (!isAuthenticated()) {
        if (const auto *hello = std::get_if<Hello>(&message)) {
            m_helloTimer.stop();
            m_gateway->handleHello(this, *hello, frame.rid);
            return;
        }
        sendError(errors::NotAuthenticated, QStringLiteral("the first message must be hello"), frame.rid);
        closeWith(CloseAuthFailed, QStringLiteral("not authenticated"));
        return;
    }
    if (const auto *ping = std::get_if<Ping>(&message)) {
        send(Frame{Pong{ping->t}, frame.rid, 0});
    } else if (std::holds_alternative<SnapshotRequest>(message)) {
        m_gateway->handleSnapshotRequest(this);
    } else if (const auto *outcome = std::get_if<OutcomeLog>(&message)) {
        m_gateway->handleOutcome(this, *outcome, frame.rid);
    } else if (const auto *request = std::get_if<AgentStateRequest>(&message)) {
        m_gateway->handleStateRequest(this, *request, frame.rid);
    } else if (const auto *lookup = std::get_if<Lookup>(&message)) {
        m_gateway->handleLookup(this, *lookup, frame.rid);
    } else if (const auto *open = std::get_if<ProfileOpen>(&message)) {
        m_gateway->handleProfileOpen(this, *open, frame.rid);
    } else if (const auto *query = std::get_if<InteractionsQuery>(&message)) {
        m_gateway->handleInteractionsQuery(this, *query, frame.rid);
    } else if (const auto *get = std::get_if<InteractionGet>(&message)) {
        m_gateway->handleInteractionGet(this, *get, frame.rid);
    } else if (std::holds_alternative<FloorWatch>(message)) {
        m_gateway->handleFloorWatch(this, frame.rid);
    } else if (std::holds_alternative<Hello>(message)) {
        sendError(errors::InvalidMessage, QStringLiteral("already authenticated"), frame.rid);
        countBadFrame();
    } else {
        sendError(errors::InvalidMessage,
                  QStringLiteral("type \"%1\" is not sent by clients").arg(ProtocolCodec::typeName(message)),
                  frame.rid);
        countBadFrame();
    }
}

} // namespace omnidesk::server
