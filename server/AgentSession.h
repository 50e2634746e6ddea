#pragma once

#include "Messages.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <deque>

#include <memory>

class QWebSocket;

namespace omnidesk::server {

class AgentGateway;
class SessionStream;

// One agent WebSocket connection: enforces the hello deadline, the
// heartbeat, the rate limit and the bad-frame budget, decodes every frame
// with the protocol codec and hands valid requests to the AgentGateway.
// The resumable stream it serves lives in a SessionStream.
class AgentSession : public QObject
{
    Q_OBJECT
public:
    AgentSession(QWebSocket *socket, AgentGateway *gateway, int helloTimeoutMs, int heartbeatMs);
    ~AgentSession() override;

    bool isAuthenticated() const { return !m_stream.expired(); }
    std::shared_ptr<SessionStream> stream() const { return m_stream.lock(); }
    void setStream(const std::shared_ptr<SessionStream> &stream) { m_stream = stream; }

    void send(const protocol::Frame &frame);
    // Sends a frame already encoded (the fan-out encodes a payload once) and
    // writes it to the socket at once, without blocking; closes with 4009 when
    // more than kMaxQueuedBytesPerClient stay queued.
    void sendText(const QString &text);
    void sendError(QLatin1StringView code, const QString &message, const QString &rid);
    void closeWith(quint16 code, const QString &reason);

Q_SIGNALS:
    void finished(omnidesk::server::AgentSession *session);

private:
    void onTextMessage(const QString &text);
    void onBinaryMessage(const QByteArray &data);
    bool takeToken();
    void countBadFrame();
    void dispatch(const protocol::Frame &frame);

    QWebSocket *m_socket;
    AgentGateway *m_gateway;
    std::weak_ptr<SessionStream> m_stream;
    QTimer m_helloTimer;
    QTimer m_silenceTimer;
    bool m_closing = false;

    // Token bucket (50/s, burst 100) plus a one-second window for the 4× cut-off.
    double m_tokens;
    QElapsedTimer m_bucketClock;
    qint64 m_lastRefillMs = 0;
    qint64 m_windowStartMs = 0;
    int m_windowCount = 0;
    std::deque<qint64> m_badFrames; // ms timestamps within the last minute
};

} // namespace omnidesk::server
