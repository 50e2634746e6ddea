#pragma once

#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace omnidesk::bench {

// A TCP proxy the chaos harness controls: forwards every accepted connection
// on 127.0.0.1:<port()> to the upstream port (which may change, e.g. after a
// service restart), and on demand drops every connection or refuses new ones.
// A connection whose upstream cannot be reached is closed at once, as a
// refused connection would be.
class ChaosProxy : public QObject
{
    Q_OBJECT
public:
    explicit ChaosProxy(QObject *parent = nullptr);
    ~ChaosProxy() override;

    bool listen(QString *error);
    quint16 port() const { return m_server.serverPort(); }
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }

    // Aborts every open connection on both sides (a cut cable).
    void dropAll();
    // While refusing, new connections are accepted and aborted at once.
    void setRefusing(bool refusing) { m_refusing = refusing; }
    bool isRefusing() const { return m_refusing; }
    int connectionCount() const { return int(m_pairs.size()); }
    int droppedCount() const { return m_dropped; }

private:
    struct Pair
    {
        QTcpSocket *client = nullptr;
        QTcpSocket *upstream = nullptr;
    };
    void onNewConnection();
    void closePair(QTcpSocket *either);

    QTcpServer m_server;
    quint16 m_upstreamPort = 0;
    bool m_refusing = false;
    QList<Pair> m_pairs;
    int m_dropped = 0;
};

} // namespace omnidesk::bench
