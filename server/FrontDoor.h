#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QWebSocketServer>

#include <functional>
#include <memory>

class QAbstractHttpServer;
class QTcpSocket;
class QWebSocket;

namespace omnidesk::server {

class HandoffServer;
class RequestGate;
struct RequestHead;

// The service's single listening port. Reads (peeks) each connection's
// request head without consuming it, answers malformed or oversized requests
// itself (400/404/411/413/431, JSON errors), hands WebSocket upgrades for
// /v1/agent to a QWebSocketServer and everything else to the QHttpServer.
// With a TLS configuration every connection first completes a TLS handshake
// (QSslServer) and the same inspection runs on the decrypted stream, so HTTPS
// and WSS share the port just as HTTP and WS do. HTTP connections stay open
// for further requests (keep-alive); a RequestGate checks each of them too.
class FrontDoor : public QObject
{
    Q_OBJECT
public:
    // Tells whether an HTTP path (without query) is served, for the 404 check.
    using PathFilter = std::function<bool(const QByteArray &path)>;

    FrontDoor(QAbstractHttpServer *http, PathFilter knownPath, QObject *parent = nullptr);
    ~FrontDoor() override;

    // Serves TLS only (certificate chain and key in `configuration`); call before listen().
    void setTlsConfiguration(const QSslConfiguration &configuration);
    bool isTls() const { return m_tls; }
    bool listen(const QHostAddress &address, quint16 port);
    void close();
    quint16 serverPort() const { return m_listener->serverPort(); }
    QHostAddress serverAddress() const { return m_listener->serverAddress(); }
    QString errorString() const { return m_listener->errorString(); }
    void setHeaderTimeoutMs(int ms) { m_headerTimeoutMs = ms; }

    // Writes a complete JSON error response and closes the connection.
    static void replyError(QTcpSocket *socket, int status, const QString &code, const QString &message);

Q_SIGNALS:
    // A WebSocket to /v1/agent completed its handshake; the receiver takes ownership.
    void webSocketConnected(QWebSocket *socket);
    // The front door answered a request itself with this status (400, 404, 411, 413, 431).
    void requestRefused(int status);
    // A connection to the TLS port did not complete its handshake (plain HTTP, an old client, …).
    void tlsHandshakeFailed();

private:
    friend class RequestGate;
    // Why the front door answers a request itself (status 0: it does not).
    struct Refusal
    {
        int status = 0;
        QString code;
        QString message;
    };

    void onNewConnection();
    void inspect(QTcpSocket *socket);
    void watchListener();
    Refusal checkHttpHead(const RequestHead &head) const;
    static Refusal headersTooLarge();
    static Refusal malformedHead();
    // Answers with the refusal's error and closes the connection.
    void refuse(QTcpSocket *socket, const Refusal &refusal);
    // Sends what QHttpServer wrote to its connections but Qt still buffers
    // (a response goes out only when the event loop next polls, which a
    // long request handler delays): called before each read QHttpServer does.
    void flushResponses();
    QAbstractHttpServer *httpServer() const { return m_http; }

    std::unique_ptr<QTcpServer> m_listener; // a QSslServer with TLS
    bool m_tls = false;
    QWebSocketServer m_webSockets;
    QAbstractHttpServer *m_http;
    HandoffServer *m_handoff; // owned by the HTTP server after bind()
    PathFilter m_knownPath;
    int m_headerTimeoutMs = 10'000;
    QList<QPointer<QTcpSocket>> m_httpConnections; // handed to QHttpServer (null once closed)
};

} // namespace omnidesk::server
