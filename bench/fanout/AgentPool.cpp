#include "AgentPool.h"

#include "Messages.h"
#include "Protocol.h"
#include "ProtocolCodec.h"

#include <QDateTime>
#include <QNetworkRequest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <time.h>

#include <algorithm>

namespace omnidesk::bench {

namespace {
constexpr int kPingTickMs = 50;
} // namespace

AgentPool::AgentPool(const QUrl &url, int heartbeatMs, int maxHandshakes, QObject *parent)
    : QObject(parent), m_url(url), m_heartbeatMs(std::max(1, heartbeatMs)),
      m_maxHandshakes(std::max(1, maxHandshakes))
{
    m_url.setPath(protocol::kAgentPath);
    m_pinger.setInterval(kPingTickMs);
    connect(&m_pinger, &QTimer::timeout, this, &AgentPool::pingSome);
}

AgentPool::~AgentPool() = default;

qint64 AgentPool::monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

void AgentPool::start(const QList<Agent> &agents)
{
    m_connections.clear();
    m_connections.reserve(size_t(agents.size()));
    for (const Agent &agent : agents)
        m_connections.push_back(Connection{agent, nullptr, false, false});
    m_opened = 0;
    for (int i = 0; i < m_maxHandshakes; ++i)
        openNext();
    m_pinger.start();
}

void AgentPool::stop()
{
    m_pinger.stop();
    for (Connection &connection : m_connections) {
        if (connection.socket) {
            connection.socket->disconnect(this);
            connection.socket->abort();
        }
    }
}

void AgentPool::openNext()
{
    if (m_opened >= m_connections.size())
        return;
    const size_t slot = m_opened++;
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_connections[slot].socket = socket;
    connect(socket, &QWebSocket::connected, this, [this, socket, slot] {
        protocol::Hello hello;
        hello.client = QStringLiteral("bench-fanout");
        hello.token = m_connections[slot].agent.token;
        socket->sendTextMessage(QString::fromUtf8(
            protocol::ProtocolCodec::encode(protocol::Frame{hello, QStringLiteral("h1"), 0})));
    });
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, slot](const QString &text) { onText(slot, text); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket, slot] {
        const Connection &connection = m_connections[slot];
        Q_EMIT closed(connection.agent.index, socket->closeCode(), socket->closeReason());
        if (!connection.welcomed)
            openNext();
    });
    QWebSocketHandshakeOptions handshake;
    handshake.setSubprotocols({QString(protocol::kSubprotocol)});
    socket->open(QNetworkRequest(m_url), handshake);
}

void AgentPool::onText(size_t slot, const QString &text)
{
    // Taken first, before anything else is looked at.
    const qint64 now = monotonicNs();
    static const QString patchType = QStringLiteral("\"type\":\"profile.patch\"");
    static const QString callType = QStringLiteral("\"type\":\"call.connected\"");
    static const QString welcomeType = QStringLiteral("\"type\":\"welcome\"");
    Connection &connection = m_connections[slot];
    // The codec writes the envelope's keys sorted, so "type" comes last.
    const QStringView tail = QStringView(text).right(48);
    if (tail.contains(patchType)) {
        Q_EMIT patchArrived(connection.agent.index, now);
    } else if (tail.contains(callType)) {
        if (!connection.onCall) {
            connection.onCall = true;
            Q_EMIT callConnected(connection.agent.index);
        }
    } else if (tail.contains(welcomeType) && !connection.welcomed) {
        connection.welcomed = true;
        Q_EMIT welcomed(connection.agent.index);
        openNext();
    }
}

void AgentPool::pingSome()
{
    if (m_connections.empty())
        return;
    const qint64 perTick = qint64(m_connections.size()) * kPingTickMs / m_heartbeatMs + 1;
    const QString ping = QString::fromUtf8(protocol::ProtocolCodec::encode(
        protocol::Frame{protocol::Ping{QDateTime::currentMSecsSinceEpoch()}, QStringLiteral("p"), 0}));
    for (qint64 n = 0; n < perTick; ++n) {
        Connection &connection = m_connections[m_pingCursor];
        m_pingCursor = (m_pingCursor + 1) % m_connections.size();
        if (connection.welcomed && connection.socket->state() == QAbstractSocket::ConnectedState)
            connection.socket->sendTextMessage(ping);
    }
}

} // namespace omnidesk::bench
