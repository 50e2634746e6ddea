#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

namespace omnidesk::sim {

// Plays the outside world against a running service through its public HTTP
// API: a telephony system that connects callers to an agent, and a web shop
// where the caller keeps changing the cart during the call. Used by
// `tools/dev demo` so a screen pop shows within seconds and more follow.
class JourneySimulator : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl server;
        QString apiKey;
        QString agent;
        int firstCallAfterMs = 3000;
        int callEveryMs = 45000;
        int callLengthMs = 30000;
        int cartChangeAfterMs = 8000;
        int maxCalls = 0;    // 0 = no limit
        QStringList callers; // E.164 numbers to call from; empty = the demo customers
    };

    explicit JourneySimulator(Options options, QObject *parent = nullptr);

    void start();

signals:
    void logLine(const QString &line);
    void finished();

private:
    void placeCall();
    void changeCart(const QString &ani, int callNumber);
    void endCall(const QString &callId);
    void post(const QString &path, const QJsonObject &body, const QString &what);

    Options m_options;
    QNetworkAccessManager m_network;
    QTimer m_callTimer;
    QRandomGenerator m_random;
    int m_calls = 0;
    int m_pendingReplies = 0;
};

} // namespace omnidesk::sim
