#include "FrontDoor.h"

#include "Protocol.h"
#include "ServerLog.h"

#include <QAbstractHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

namespace omnidesk::server {

// A QTcpServer that never listens: the FrontDoor puts already-accepted
// sockets into its pending queue so QHttpServer picks them up as its own.
class HandoffServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;
    void handOver(QTcpSocket *socket)
    {
        // addPendingConnection() emits pendingConnectionAvailable, which is what
        // QHttpServer 6.4 listens to; newConnection is emitted for other versions.
        addPendingConnection(socket);
        Q_EMIT newConnection();
    }
};

namespace {

// A client has this long for the TLS handshake, before the header timeout starts.
constexpr int kTlsHandshakeTimeoutMs = 10'000;

const char *reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

struct RequestHead
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    bool valid = false;
};

RequestHead parseHead(const QByteArray &head)
{
    RequestHead r;
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty())
        return r;
    const QList<QByteArray> parts = lines.first().trimmed().split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1."))
        return r;
    r.method = parts.at(0);
    r.path = parts.at(1);
    const qsizetype query = r.path.indexOf('?');
    if (query >= 0)
        r.path.truncate(query);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        r.headers[name] = r.headers.contains(name) ? r.headers[name] + ", " + value : value;
    }
    r.valid = true;
    return r;
}

bool listContains(const QByteArray &list, const QByteArray &token)
{
    for (const QByteArray &item : list.split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

FrontDoor::FrontDoor(QAbstractHttpServer *http, PathFilter knownPath, QObject *parent)
    : QObject(parent), m_listener(std::make_unique<QTcpServer>()),
      m_webSockets(QStringLiteral("omnidesk-profiled"), QWebSocketServer::NonSecureMode),
      m_handoff(new HandoffServer), m_knownPath(std::move(knownPath))
{
    // The WebSocket server stays in NonSecureMode with TLS too: it receives
    // sockets whose handshake the listener has already completed.
    m_webSockets.setSupportedSubprotocols({QString(protocol::kSubprotocol)});
    http->bind(m_handoff); // takes ownership; warns once that it is not listening, by design
    watchListener();
    connect(&m_webSockets, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *socket = m_webSockets.nextPendingConnection()) {
            socket->setMaxAllowedIncomingFrameSize(quint64(protocol::kMaxFrameBytes));
            socket->setMaxAllowedIncomingMessageSize(quint64(protocol::kMaxMessageBytes));
            Q_EMIT webSocketConnected(socket);
        }
    });
}

FrontDoor::~FrontDoor() = default;

void FrontDoor::watchListener()
{
    // A QSslServer queues a connection only once its handshake is done, and
    // announces that with pendingConnectionAvailable (newConnection comes
    // earlier); a plain QTcpServer emits both at once.
    connect(m_listener.get(), &QTcpServer::pendingConnectionAvailable, this, &FrontDoor::onNewConnection);
}

void FrontDoor::setTlsConfiguration(const QSslConfiguration &configuration)
{
    Q_ASSERT(!m_listener->isListening());
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(configuration);
    server->setHandshakeTimeout(kTlsHandshakeTimeoutMs);
    connect(server.get(), &QSslServer::errorOccurred, this,
            [this](QSslSocket *socket, QAbstractSocket::SocketError error) {
                if (socket->isEncrypted())
                    return; // after the handshake the socket's new owner deals with errors
                qCDebug(lcServer) << "TLS handshake failed:" << error << socket->errorString();
                Q_EMIT tlsHandshakeFailed();
            });
    m_listener = std::move(server);
    m_tls = true;
    watchListener();
}

bool FrontDoor::listen(const QHostAddress &address, quint16 port)
{
    return m_listener->listen(address, port);
}

void FrontDoor::close()
{
    m_listener->close();
}

void FrontDoor::replyError(QTcpSocket *socket, int status, const QString &code, const QString &message)
{
    const QByteArray body =
        QJsonDocument(
            QJsonObject{{QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}})
            .toJson(QJsonDocument::Compact);
    QByteArray response =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\nConnection: close\r\n\r\n" + body;
    socket->write(response);
    socket->disconnectFromHost();
}

void FrontDoor::onNewConnection()
{
    while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
        auto *timer = new QTimer(socket);
        timer->setObjectName(QStringLiteral("omnidesk-head-timer"));
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, socket, [socket] {
            qCDebug(lcServer) << "request head timeout";
            socket->abort();
        });
        timer->start(m_headerTimeoutMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0)
            inspect(socket);
    }
}

void FrontDoor::inspect(QTcpSocket *socket)
{
    const QByteArray peeked = socket->peek(protocol::kMaxHttpHeaderBytes + 4);
    // A TLS ClientHello (handshake record, version 3.x) on the plain port: the
    // client expects https:// or wss://. Closing at once lets it say so
    // instead of waiting for the header timeout.
    if (!m_tls && peeked.size() >= 2 && peeked.at(0) == '\x16' && peeked.at(1) == '\x03') {
        qCDebug(lcServer) << "TLS handshake on the plain port; closing";
        socket->disconnect(this);
        socket->abort(); // disconnected() deletes it
        return;
    }
    const qsizetype end = peeked.indexOf("\r\n\r\n");
    if (end < 0 || end + 4 > protocol::kMaxHttpHeaderBytes) {
        if (peeked.size() >= protocol::kMaxHttpHeaderBytes) {
            socket->disconnect(this);
            Q_EMIT requestRefused(431);
            replyError(socket, 431, QStringLiteral("headers_too_large"),
                       tr("Request headers are larger than %1 bytes").arg(protocol::kMaxHttpHeaderBytes));
        }
        return; // wait for more
    }
    // From here on the socket leaves the front door: stop watching it.
    socket->disconnect(this);
    delete socket->findChild<QTimer *>(QStringLiteral("omnidesk-head-timer"));
    disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);

    const RequestHead head = parseHead(peeked.left(end));
    if (!head.valid) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        Q_EMIT requestRefused(400);
        replyError(socket, 400, QStringLiteral("bad_request"), tr("Malformed request line"));
        return;
    }
    const bool upgrade = listContains(head.headers.value("upgrade"), "websocket");
    if (head.path == QByteArray(protocol::kAgentPath.data(), protocol::kAgentPath.size())) {
        if (!upgrade) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            Q_EMIT requestRefused(400);
            replyError(socket, 400, QStringLiteral("bad_request"), tr("Expected a WebSocket upgrade"));
            return;
        }
        if (!listContains(head.headers.value("sec-websocket-protocol"),
                          QByteArray(protocol::kSubprotocol.data(), protocol::kSubprotocol.size()))) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            Q_EMIT requestRefused(400);
            replyError(socket, 400, QStringLiteral("bad_request"),
                       tr("The WebSocket subprotocol %1 is required").arg(protocol::kSubprotocol));
            return;
        }
        m_webSockets.handleConnection(socket);
        return;
    }

    QString code;
    QString message;
    int status = 0;
    const bool hasBody = head.method == "POST" || head.method == "PUT" || head.method == "PATCH";
    bool lengthOk = false;
    const qint64 length = head.headers.value("content-length").toLongLong(&lengthOk);
    if (!m_knownPath(head.path)) {
        status = 404;
        code = QStringLiteral("not_found");
        message = tr("No such endpoint");
    } else if (hasBody && (!head.headers.contains("content-length") || !lengthOk || length < 0)) {
        status = 411;
        code = QStringLiteral("length_required");
        message = tr("Content-Length is required");
    } else if (lengthOk && length > protocol::kMaxHttpBodyBytes) {
        status = 413;
        code = QStringLiteral("body_too_large");
        message = tr("The body is larger than %1 bytes").arg(protocol::kMaxHttpBodyBytes);
    }
    if (status != 0) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        Q_EMIT requestRefused(status);
        replyError(socket, status, code, message);
        return;
    }
    m_handoff->handOver(socket);
    // QHttpServer 6.4 has no timeouts of its own: a request whose body stops
    // half-way, or a connection its client leaves open after the answer (every
    // answer says Connection: close), would stay open for good. Close the
    // connection once it has had no traffic either way for the head timeout.
    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(m_headerTimeoutMs);
    connect(idle, &QTimer::timeout, socket, [socket] {
        qCDebug(lcServer) << "HTTP connection idle, closing";
        socket->abort();
    });
    connect(socket, &QIODevice::readyRead, idle, qOverload<>(&QTimer::start));
    connect(socket, &QIODevice::bytesWritten, idle, qOverload<>(&QTimer::start));
    idle->start();
    // QHttpServer only reacts to readyRead, and this request is already buffered.
    QMetaObject::invokeMethod(
        socket, [socket] { Q_EMIT socket->readyRead(); }, Qt::QueuedConnection);
}

} // namespace omnidesk::server
