#pragma once

#include "JourneyScript.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <map>

namespace omnidesk::sim {

// Plays the outside world against a running service through its public HTTP
// API: customers on their cross-channel journeys (JourneyScript: the web shop,
// the app, e-mail and SMS reminders, the chat bot, the stores), and a
// telephony system that connects callers to an agent while the caller keeps
// changing the cart. Used by `tools/dev demo`, the soak test, and anyone who
// needs realistic traffic at a chosen rate.
//
// A journey spans hours or days of its own time (a reminder the next day, a
// store visit later in the week); the simulator plays it back in seconds,
// one step every `stepMs` on average, and stamps each event with the time it
// had in the journey, counted back from when the journey's last step is sent.
// So a profile looks as if the customer had been active for days, and its
// abandoned carts are really abandoned by the time an agent sees them.
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
        int callEveryMs = 45000; // 0 = no calls
        int callLengthMs = 30000;
        int cartChangeAfterMs = 8000;
        int maxCalls = 0; // 0 = no limit
        // E.164 numbers that call: in turn; with journeys only the first calls, after which
        // customers who left a cart call (else the demo customers).
        QStringList callers;

        double journeysPerMinute = 0; // 0 = no journeys
        int maxJourneys = 0;          // 0 = no limit
        int customers = 1000;
        int stepMs = 1000;            // mean wall-clock time between two steps of a journey
        quint32 seed = 0;             // 0 = a random seed
        bool verbose = false;         // log every request's answer, not only failures
        int progressEveryMs = 10'000; // 0 = no progress lines
    };

    struct Counts
    {
        int journeys = 0;
        int abandoned = 0;
        int purchased = 0;
        int calls = 0;
        int requests = 0;
        int failed = 0;
        std::map<QString, int> eventsByChannel;
        int events() const;
    };

    explicit JourneySimulator(Options options, QObject *parent = nullptr);

    void start();
    const Counts &counts() const { return m_counts; }
    quint32 seed() const { return m_seed; }
    QString summary() const;

signals:
    // A line for the operator: failures always, answers with `verbose`, progress.
    void logLine(const QString &line);
    void finished();

private:
    struct PendingEvent
    {
        qint64 timestampMs; // the event's time, ms since the epoch
        QString channel;
        QJsonObject event;
        int customer = -1; // -1: an anonymous visitor
        bool lastOfJourney = false;
    };

    void tick();
    void startJourney();
    void placeCall();
    QString nextCaller();
    void changeCart(const QString &ani, int callNumber);
    void endCall(const QString &callId);
    void post(const QString &path, const QJsonObject &body, const QString &what);
    void finishIfDone();
    bool journeysDone() const;
    bool callsDone() const;

    Options m_options;
    quint32 m_seed;
    JourneyScript m_script;
    QRandomGenerator m_choices; // who travels, and when each step is sent
    QString m_runTag;           // makes event ids unique across runs
    QNetworkAccessManager m_network;
    QTimer m_callTimer;
    QTimer m_tickTimer;
    QTimer m_progressTimer;
    QElapsedTimer m_clock;
    std::multimap<qint64, PendingEvent> m_pending; // by when to send, on m_clock
    QSet<int> m_signedIn;                          // customers whose identities the service has linked
    QSet<int> m_travelling;                        // customers with journey steps still to send
    QHash<int, qint64> m_lastEventAt; // customer: time of their last planned event (ms since the epoch)
    std::deque<QString> m_abandoners; // phones of customers who left a cart, newest last
    QList<QString> m_knownPhones;     // every customer with a journey so far
    Counts m_counts;
    qint64 m_eventSerial = 0;
    int m_pendingReplies = 0;
};

} // namespace omnidesk::sim
