#include "ChaosProxy.h"

#include <QTcpSocket>

namespace omnidesk::bench {

ChaosProxy::ChaosProxy(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ChaosProxy::onNewConnection);
}

ChaosProxy::~ChaosProxy()
{
    dropAll();
}

bool ChaosProxy::listen(QString *error)
{
    if (m_server.listen(QHostAddress::LocalHost, 0))
        return true;
    *error = m_server.errorString();
    return false;
}

void ChaosProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        if (m_refusing || m_upstreamPort == 0) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto *upstream = new QTcpSocket(this);
        client->setParent(this);
        m_pairs.append(Pair{client, upstream});
        // Bytes from the client wait in its socket buffer until upstream is connected.
        connect(upstream, &QTcpSocket::connected, this, [client, upstream] {
            if (client->bytesAvailable() > 0)
                upstream->write(client->readAll());
        });
        connect(client, &QTcpSocket::readyRead, this, [client, upstream] {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::readyRead, this,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(client, &QTcpSocket::disconnected, this, [this, client] { closePair(client); });
        connect(upstream, &QTcpSocket::disconnected, this, [this, upstream] { closePair(upstream); });
        connect(upstream, &QTcpSocket::errorOccurred, this, [this, upstream] { closePair(upstream); });
        connect(client, &QTcpSocket::errorOccurred, this, [this, client] { closePair(client); });
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }
}

void ChaosProxy::closePair(QTcpSocket *either)
{
    for (qsizetype i = 0; i < m_pairs.size(); ++i) {
        const Pair pair = m_pairs.at(i);
        if (pair.client != either && pair.upstream != either)
            continue;
        m_pairs.removeAt(i);
        for (QTcpSocket *socket : {pair.client, pair.upstream}) {
            socket->disconnect(this);
            // What the other side already sent still goes out before the close.
            if (socket != either && socket->state() == QAbstractSocket::ConnectedState) {
                QTcpSocket *other = socket == pair.client ? pair.upstream : pair.client;
                if (other->bytesAvailable() > 0)
                    socket->write(other->readAll());
                socket->disconnectFromHost();
            } else {
                socket->abort();
            }
            socket->deleteLater();
        }
        return;
    }
}

void ChaosProxy::dropAll()
{
    const QList<Pair> pairs = std::exchange(m_pairs, {});
    for (const Pair &pair : pairs) {
        for (QTcpSocket *socket : {pair.client, pair.upstream}) {
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        }
        ++m_dropped;
    }
}

} // namespace omnidesk::bench
