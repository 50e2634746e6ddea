#pragma once

// Plays the profile service for one desktop connection at a time in the UI
// tests: records every frame the desktop sends and sends frames on cue, all
// through the real protocol codec.

#include "Protocol.h"
#include "ProtocolCodec.h"

#include <QList>
#include <QPointer>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

#include <optional>

namespace omnidesk::test {

class ScriptedService : public QObject
{
public:
    ScriptedService() : m_server(QStringLiteral("scripted"), QWebSocketServer::NonSecureMode)
    {
        m_server.setSupportedSubprotocols({QString(protocol::kSubprotocol)});
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                m_socket = socket;
                connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
                    const protocol::DecodeResult result =
                        protocol::ProtocolCodec::decode(text, protocol::kMaxMessageBytes);
                    if (result.ok())
                        frames.append(*result.frame);
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server.serverPort())); }

    void send(protocol::Message message, qint64 seq = 0, const QString &rid = {})
    {
        m_socket->sendTextMessage(QString::fromUtf8(
            protocol::ProtocolCodec::encode(protocol::Frame{std::move(message), rid, seq})));
    }

    // Answers the latest hello with a welcome for `user` (agent1 by default) carrying `token`.
    void welcome(const QString &token,
                 const protocol::UserInfo &user = {QStringLiteral("agent1"), QStringLiteral("Alex Agent"),
                                                   QStringLiteral("agent")},
                 const QStringList &dispositions = {})
    {
        protocol::Welcome w;
        w.session = QStringLiteral("s-1");
        w.token = token;
        w.heartbeatMs = 15000;
        w.user = user;
        w.dispositions = dispositions;
        w.limits = protocol::Limits{protocol::kMaxFrameBytes, protocol::kMaxMessageBytes,
                                    protocol::kMaxMessagesPerSecond, protocol::kMaxBatchEvents};
        const std::optional<protocol::Frame> hello = last<protocol::Hello>();
        send(w, 0, hello ? hello->rid : QString());
    }

    void closeWith(quint16 code, const QString &reason)
    {
        m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
    }

    // The latest frame of message type T the desktop sent.
    template <class T> std::optional<protocol::Frame> last() const
    {
        for (auto it = frames.crbegin(); it != frames.crend(); ++it) {
            if (std::holds_alternative<T>(it->message))
                return *it;
        }
        return std::nullopt;
    }

    // Every message of type T the desktop sent, oldest first.
    template <class T> QList<T> all() const
    {
        QList<T> messages;
        for (const protocol::Frame &frame : frames) {
            if (const T *message = std::get_if<T>(&frame.message))
                messages.append(*message);
        }
        return messages;
    }

    QList<protocol::Frame> frames;

private:
    QWebSocketServer m_server;
    QPointer<QWebSocket> m_socket;
};

} // namespace omnidesk::test
