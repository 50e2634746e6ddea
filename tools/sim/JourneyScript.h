#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace omnidesk::sim {

// One simulated customer: the identities the channels know them by, and what
// they agreed to. Derived from the customer's number and the script's seed
// alone, so every run with the same seed has the same population.
struct SimCustomer
{
    int index = 0;
    QString ecid; // the web shop's and the app's device id
    QString email;
    QString phone;     // E.164
    QString crmId;     // empty for about half the customers
    QString loyaltyId; // empty for most
    QString name;
    QString tier; // bronze, silver, gold or platinum
    bool emailConsent = true;
    bool smsConsent = true;
};

// One event of a journey: when it happened in the journey's own time
// (minutes from the journey's start), and the XDM ExperienceEvent without
// its _id and timestamp, which the simulator adds when it sends it.
struct JourneyStep
{
    double atMinutes = 0;
    QString channel; // web, app, push, email, sms, chat, store: for the simulator's counts
    QJsonObject event;
};

// What happened in one journey, for the simulator's counts and for picking
// callers (customers with an abandoned cart call the contact center).
struct Journey
{
    SimCustomer customer;
    bool anonymous = false; // an unknown visitor (ECID only)
    bool abandonedCart = false;
    bool purchased = false;
    QList<JourneyStep> steps;
    // When the journey is over, in its own time: its last step, or for a cart
    // left behind at least 40 minutes after the cart's last change, so the
    // cart is abandoned by the time the simulator has sent it.
    double endMinutes = 0;
};

// Writes realistic cross-channel journeys: browsing on the web or in the app,
// cart changes, a purchase or an abandoned cart, reminder e-mails (sent,
// delivered, opened or not, clicked), SMS reminders and replies, push
// notifications, bot conversations handed over to a person or not, store
// visits with purchase intent, and a later purchase of some abandoned carts.
// Marketing e-mails and SMS go only to customers who agreed to them. Pure:
// no network, no clock; the same seed gives the same journeys.
class JourneyScript
{
public:
    explicit JourneyScript(quint32 seed);

    SimCustomer customer(int index) const;

    // The next journey of customer `index`; `firstVisit` starts it with the
    // sign-in that links the customer's identities and sets name, tier and
    // consents. `anonymous` makes a visitor the shop knows only by device.
    Journey journey(int index, bool firstVisit);
    Journey anonymousJourney();

    // The sign-in event of a customer (identities, name, tier, consents).
    static QJsonObject signInEvent(const SimCustomer &customer);
    // What a caller adds to the cart during call number `callNumber`: one of
    // the accessories, identified by the caller's phone number.
    static QJsonObject accessoryAddedDuringCall(const QString &phone, int callNumber);

private:
    double uniform(double from, double to);
    bool chance(double probability);
    int between(int from, int to); // inclusive

    void browse(Journey &journey, double &at, bool inApp);
    void addToCart(Journey &journey, double &at, QList<int> &cart);
    void purchase(Journey &journey, double &at, const QList<int> &cart);
    void remindByEmail(Journey &journey, double &at, const QList<int> &cart);
    void remindBySms(Journey &journey, double &at);
    void botConversation(Journey &journey, double &at);
    void storeVisit(Journey &journey, double &at, const QList<int> &cart);

    quint32 m_seed;
    QRandomGenerator m_random;
    int m_anonymousVisitors = 0;
    int m_orders = 0;
};

} // namespace omnidesk::sim
