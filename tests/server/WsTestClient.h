#pragma once

// A protocol client for the server tests: a real QWebSocket speaking
// omnidesk.v1 through the codec, which decodes every frame it receives into a
// queue; waiting is done with QSignalSpy (no sleeps).

#include "Protocol.h"
#include "ProtocolCodec.h"

#include <QSignalSpy>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <optional>

namespace omnidesk::server::test {

class WsTestClient : public QObject
{
public:
    WsTestClient()
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            const protocol::DecodeResult result = protocol::ProtocolCodec::decode(text);
            if (result.ok())
                frames.append(*result.frame);
            else
                qWarning("undecodable frame from the service");
        });
    }

    bool open(quint16 port, bool withSubprotocol = true)
    {
        QWebSocketHandshakeOptions options;
        if (withSubprotocol)
            options.setSubprotocols({QString(protocol::kSubprotocol)});
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/agent").arg(port)), options);
        return connected.wait(5000);
    }

    static protocol::Hello login(const QString &user = QStringLiteral("agent1"),
                                 const QString &password = QStringLiteral("demo"))
    {
        protocol::Hello hello;
        hello.user = user;
        hello.password = password;
        hello.client = QStringLiteral("tst/1");
        return hello;
    }

    // Connects and signs in; true once the welcome and the first snapshot arrived.
    bool signIn(quint16 port, const QString &user = QStringLiteral("agent1"))
    {
        if (!open(port))
            return false;
        send(login(user), QStringLiteral("h1"));
        const auto welcome = next();
        const auto snapshot = next();
        return welcome && std::holds_alternative<protocol::Welcome>(welcome->message) && snapshot &&
               std::holds_alternative<protocol::Snapshot>(snapshot->message);
    }

    void send(const protocol::Message &message, const QString &rid = QStringLiteral("r1"))
    {
        socket.sendTextMessage(
            QString::fromUtf8(protocol::ProtocolCodec::encode(protocol::Frame{message, rid, 0})));
    }

    // The next frame received (taken from the queue), waiting up to timeoutMs.
    std::optional<protocol::Frame> next(int timeoutMs = 5000)
    {
        QSignalSpy spy(&socket, &QWebSocket::textMessageReceived);
        if (frames.isEmpty() && !spy.wait(timeoutMs))
            return std::nullopt;
        if (frames.isEmpty())
            return std::nullopt;
        return frames.takeFirst();
    }

    // The next frame holding a T, skipping others (e.g. agent state changes);
    // their type names go to *skipped. nullopt when none comes.
    template <class T> std::optional<T> nextOf(QList<QString> *skipped = nullptr)
    {
        while (const auto frame = next()) {
            if (std::holds_alternative<T>(frame->message))
                return std::get<T>(frame->message);
            if (skipped)
                skipped->append(protocol::ProtocolCodec::typeName(frame->message));
        }
        return std::nullopt;
    }

    // The queued answer to request `rid` (not taken from the queue), or nullptr.
    const protocol::Frame *replyTo(const QString &rid) const
    {
        for (const protocol::Frame &frame : frames) {
            if (frame.rid == rid)
                return &frame;
        }
        return nullptr;
    }

    bool waitClosed(int timeoutMs = 5000)
    {
        if (socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        QSignalSpy closed(&socket, &QWebSocket::disconnected);
        return closed.wait(timeoutMs);
    }

    QWebSocket socket{QString(), QWebSocketProtocol::VersionLatest};
    QList<protocol::Frame> frames;
};

} // namespace omnidesk::server::test
