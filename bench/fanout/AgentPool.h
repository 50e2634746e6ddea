#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <vector>

class QWebSocket;

namespace omnidesk::bench {

// A share of the fan-out benchmark's agent connections, all in one process:
// raw QWebSockets that say hello with their session token, ping once per
// heartbeat (spread over it) and report what arrives. Frames are recognised
// by their type without a full decode, to keep the client side cheap.
//
// Agents are named by their index in the whole benchmark, so several pools
// (in several processes) can share one numbering. Arrival times are read from
// CLOCK_MONOTONIC (monotonicNs()), which every process on the machine shares.
class AgentPool : public QObject
{
    Q_OBJECT
public:
    struct Agent
    {
        int index = 0;
        QString token;
    };

    AgentPool(const QUrl &url, int heartbeatMs, int maxHandshakes, QObject *parent = nullptr);
    ~AgentPool() override;

    // Opens the connections, at most maxHandshakes at a time.
    void start(const QList<Agent> &agents);
    // Aborts every connection.
    void stop();

    // Nanoseconds of CLOCK_MONOTONIC.
    static qint64 monotonicNs();

Q_SIGNALS:
    void welcomed(int agent);
    void callConnected(int agent);
    void patchArrived(int agent, qint64 monotonicNs);
    void closed(int agent, int closeCode, const QString &reason);

private:
    struct Connection
    {
        Agent agent;
        QWebSocket *socket = nullptr;
        bool welcomed = false;
        bool onCall = false;
    };

    void openNext();
    void onText(size_t slot, const QString &text);
    void pingSome();

    QUrl m_url;
    int m_heartbeatMs;
    int m_maxHandshakes;
    std::vector<Connection> m_connections;
    size_t m_opened = 0;
    size_t m_pingCursor = 0;
    QTimer m_pinger;
};

} // namespace omnidesk::bench
