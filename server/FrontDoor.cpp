#include "FrontDoor.h"

#include "Protocol.h"
#include "ServerLog.h"

#include <QAbstractHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
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

} // namespace

struct RequestHead
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    bool valid = false;
};

// Follows the byte stream of a kept-alive HTTP connection handed to
// QHttpServer: skips each body by its Content-Length, collects each further
// request head and has the front door check it. A refused head is answered
// by the front door and the connection closed before QHttpServer reads it.
// Pipelined requests that arrive together with a refused head go unanswered.
class RequestGate : public QObject
{
public:
    RequestGate(FrontDoor *door, QTcpSocket *socket);
    // The first request's head (checked) ends after headBytes buffered bytes.
    void skipFirstRequest(qsizetype headBytes, const RequestHead &head);
    // Call once QHttpServer has connected to the socket.
    void watchAfterServer();

private:
    void beforeServerReads();
    bool feed(QByteArrayView data); // false: refused, m_refusal says why
    void shut();

    FrontDoor *m_door;
    QTcpSocket *m_socket;
    QByteArray m_head;              // the part of the next request head seen so far
    qint64 m_bodyLeft = 0;          // body bytes of the current request still to come
    qint64 m_unreadAfterServer = 0; // bytesAvailable() after QHttpServer's last read
    FrontDoor::Refusal m_refusal;
    bool m_ok = true;
};

namespace {

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
      m_webSockets(QStringLiteral("omnidesk-profiled"), QWebSocketServer::NonSecureMode), m_http(http),
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

void FrontDoor::flushResponses()
{
    m_httpConnections.removeIf([](const QPointer<QTcpSocket> &socket) { return socket.isNull(); });
    // A copy: a write that fails may close (and delete) a connection.
    const QList<QPointer<QTcpSocket>> connections = m_httpConnections;
    for (const QPointer<QTcpSocket> &socket : connections) {
        if (socket && socket->bytesToWrite() > 0)
            socket->flush();
    }
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
            refuse(socket, headersTooLarge());
        }
        return; // wait for more
    }
    // From here on the socket leaves the front door: stop watching it.
    socket->disconnect(this);
    delete socket->findChild<QTimer *>(QStringLiteral("omnidesk-head-timer"));

    const RequestHead head = parseHead(peeked.left(end));
    if (!head.valid) {
        refuse(socket, malformedHead());
        return;
    }
    const bool upgrade = listContains(head.headers.value("upgrade"), "websocket");
    if (head.path == QByteArray(protocol::kAgentPath.data(), protocol::kAgentPath.size())) {
        if (!upgrade) {
            refuse(socket, {400, QStringLiteral("bad_request"), tr("Expected a WebSocket upgrade")});
            return;
        }
        if (!listContains(head.headers.value("sec-websocket-protocol"),
                          QByteArray(protocol::kSubprotocol.data(), protocol::kSubprotocol.size()))) {
            refuse(socket, {400, QStringLiteral("bad_request"),
                            tr("The WebSocket subprotocol %1 is required").arg(protocol::kSubprotocol)});
            return;
        }
        disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        m_webSockets.handleConnection(socket);
        return;
    }
    if (const Refusal refusal = checkHttpHead(head); refusal.status != 0) {
        refuse(socket, refusal);
        return;
    }
    disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);

    // The connection stays open for further requests (keep-alive), which
    // QHttpServer would parse without the checks above. The gate sees every
    // byte before QHttpServer does (its readyRead slot is connected first) and
    // checks each further request head the same way.
    auto *gate = new RequestGate(this, socket);
    m_httpConnections.append(socket);
    gate->skipFirstRequest(end + 4, head);
    m_handoff->handOver(socket);
    gate->watchAfterServer();

    // QHttpServer 6.4 has no timeouts of its own: a request whose body stops
    // half-way, or a kept-alive connection its client leaves open, would stay
    // open for good. Close the connection once it has had no traffic either
    // way for the head timeout.
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

FrontDoor::Refusal FrontDoor::checkHttpHead(const RequestHead &head) const
{
    const bool hasBody = head.method == "POST" || head.method == "PUT" || head.method == "PATCH";
    bool lengthOk = false;
    const qint64 length = head.headers.value("content-length").toLongLong(&lengthOk);
    if (!m_knownPath(head.path))
        return {404, QStringLiteral("not_found"), tr("No such endpoint")};
    // Bodies are framed by Content-Length only: the gate of a kept-alive
    // connection counts body bytes to find where the next request starts.
    if (head.headers.contains("transfer-encoding") ||
        (hasBody && (!head.headers.contains("content-length") || !lengthOk || length < 0)))
        return {411, QStringLiteral("length_required"), tr("Content-Length is required")};
    if (lengthOk && length > protocol::kMaxHttpBodyBytes)
        return {413, QStringLiteral("body_too_large"),
                tr("The body is larger than %1 bytes").arg(protocol::kMaxHttpBodyBytes)};
    return {};
}

FrontDoor::Refusal FrontDoor::headersTooLarge()
{
    return {431, QStringLiteral("headers_too_large"),
            tr("Request headers are larger than %1 bytes").arg(protocol::kMaxHttpHeaderBytes)};
}

FrontDoor::Refusal FrontDoor::malformedHead()
{
    return {400, QStringLiteral("bad_request"), tr("Malformed request line")};
}

void FrontDoor::refuse(QTcpSocket *socket, const Refusal &refusal)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater, Qt::UniqueConnection);
    Q_EMIT requestRefused(refusal.status);
    replyError(socket, refusal.status, refusal.code, refusal.message);
}

// --- RequestGate ------------------------------------------------------------

RequestGate::RequestGate(FrontDoor *door, QTcpSocket *socket)
    : QObject(socket), m_door(door), m_socket(socket)
{
    connect(socket, &QIODevice::readyRead, this, &RequestGate::beforeServerReads);
}

void RequestGate::skipFirstRequest(qsizetype headBytes, const RequestHead &head)
{
    // Everything buffered now has been seen: the first head (checked by the
    // front door), its body so far and whatever follows it.
    m_bodyLeft = head.headers.value("content-length").toLongLong();
    const QByteArray buffered = m_socket->peek(m_socket->bytesAvailable());
    m_unreadAfterServer = buffered.size();
    m_ok = feed(QByteArrayView(buffered).sliced(std::min(headBytes, buffered.size())));
}

void RequestGate::watchAfterServer()
{
    connect(m_socket, &QIODevice::readyRead, this,
            [this] { m_unreadAfterServer = m_socket->bytesAvailable(); });
    if (!m_ok)
        shut(); // a second head in the first packet was refused
}

void RequestGate::beforeServerReads()
{
    // QHttpServer may run a long handler on what it reads next (a batch of
    // events): the responses it wrote before go out first.
    m_door->flushResponses();
    if (!m_ok)
        return;
    // Whatever is buffered beyond what QHttpServer left unread last time
    // arrived since: those bytes are new to the gate.
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = available - m_unreadAfterServer;
    if (fresh <= 0)
        return;
    const QByteArray buffered = m_socket->peek(available);
    m_unreadAfterServer = available;
    if (!feed(QByteArrayView(buffered).sliced(buffered.size() - std::min<qsizetype>(fresh, buffered.size()))))
        shut();
}

bool RequestGate::feed(QByteArrayView data)
{
    while (!data.isEmpty()) {
        if (m_bodyLeft > 0) {
            const qsizetype take = qsizetype(std::min<qint64>(m_bodyLeft, data.size()));
            m_bodyLeft -= take;
            data = data.sliced(take);
            continue;
        }
        // Blank lines between requests are allowed (RFC 9112, 2.2).
        while (m_head.isEmpty() && (data.startsWith('\r') || data.startsWith('\n')))
            data = data.sliced(1);
        if (data.isEmpty())
            break;
        const qsizetype searchFrom = std::max<qsizetype>(0, m_head.size() - 3);
        m_head.append(data);
        const qsizetype end = m_head.indexOf("\r\n\r\n", searchFrom);
        if (end < 0) {
            if (m_head.size() > protocol::kMaxHttpHeaderBytes) {
                m_refusal = FrontDoor::headersTooLarge();
                return false;
            }
            return true;
        }
        const RequestHead head = parseHead(m_head.left(end));
        // The bytes after this head were appended too: hand them back to the loop.
        data = data.sliced(data.size() - (m_head.size() - (end + 4)));
        m_head.clear();
        if (end + 4 > protocol::kMaxHttpHeaderBytes)
            m_refusal = FrontDoor::headersTooLarge();
        else if (!head.valid)
            m_refusal = FrontDoor::malformedHead();
        else if (listContains(head.headers.value("upgrade"), "websocket"))
            m_refusal = {400, QStringLiteral("bad_request"),
                         FrontDoor::tr("A WebSocket upgrade must be the first request on a connection")};
        else
            m_refusal = m_door->checkHttpHead(head);
        if (m_refusal.status != 0)
            return false;
        m_bodyLeft = head.headers.value("content-length").toLongLong();
    }
    return true;
}

void RequestGate::shut()
{
    m_ok = false;
    // QHttpServer must not parse what follows the refused head.
    QObject::disconnect(m_socket, &QIODevice::readyRead, m_door->httpServer(), nullptr);
    qCDebug(lcServer) << "further request on a kept-alive connection refused:" << m_refusal.status;
    m_door->refuse(m_socket, m_refusal);
}

} // namespace omnidesk::server
