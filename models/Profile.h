#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace omnidesk {

// Plain domain types shared by the desktop and the service. They carry no
// behaviour beyond small derived facts; JSON conversion lives in the protocol
// codec (net/protocol), which validates everything it reads.

struct CartLine
{
    QString sku;
    QString name;
    int quantity = 0;
    qint64 unitPrice = 0; // minor units (cents) of Cart::currency

    qint64 lineTotal() const { return unitPrice * quantity; }
    friend bool operator==(const CartLine &, const CartLine &) = default;
};

struct Cart
{
    QString currency;
    QDateTime updatedAt;
    QDateTime abandonedSince; // null while the cart is active or empty
    QList<CartLine> lines;

    qint64 total() const;
    int itemCount() const;
    bool isEmpty() const { return lines.isEmpty(); }
    friend bool operator==(const Cart &, const Cart &) = default;
};

struct TimelineEvent
{
    QString id;
    QDateTime at;
    QString channel;        // web, app, email, sms, push, chat, store, call, other
    QString type;           // e.g. cart.add, email.opened
    QString summary;        // in the reader's language when facts allow it (TimelineText)
    QJsonObject facts = {}; // what the wording reads (TimelineText::factsToSend); empty for older events
    friend bool operator==(const TimelineEvent &, const TimelineEvent &) = default;
};

struct NextStep
{
    QString id;
    QString title;
    QString reason;
    QStringList talkingPoints;
    int priority = 0;
    friend bool operator==(const NextStep &, const NextStep &) = default;
};

// Marketing consents as the customer gave them; an empty value means unknown
// (treated as no consent by every rule that contacts the customer).
struct Consents
{
    QString email; // granted, denied or empty
    QString sms;
    QString phone;
    friend bool operator==(const Consents &, const Consents &) = default;
};

struct Profile
{
    QString id;
    qint64 version = 0;
    QString name;
    QString phone; // E.164
    QString email;
    QString tier;
    QDateTime updatedAt;
    Consents consents;
    qint64 lifetimeValue = 0; // minor units of cart.currency, from purchases
    QDateTime lastPurchaseAt;
    Cart cart;
    QList<TimelineEvent> timeline; // newest first
    QList<NextStep> nextSteps;     // highest priority first
    friend bool operator==(const Profile &, const Profile &) = default;
};

// What the agent did with a recommended next step.
struct StepDecision
{
    QString stepId;
    QString title;
    QString decision; // accepted, dismissed, shown
    QString reason;   // why it was dismissed (required then)
    friend bool operator==(const StepDecision &, const StepDecision &) = default;
};

// One profile a lookup or a caller's number may mean, with personal data
// masked by the service (docs/protocol.md#lookupresult-service--client).
struct ProfileCandidate
{
    QString profileId;
    QString name;
    QString tier;
    QString phone;  // masked
    QString email;  // masked
    QString reason; // why it matched, in words
    int cartItems = 0;
    qint64 cartTotal = 0; // minor units
    QString currency;
    QDateTime updatedAt;
    friend bool operator==(const ProfileCandidate &, const ProfileCandidate &) = default;
};

// One logged outcome as a row of the interaction log.
struct InteractionRow
{
    qint64 id = 0;
    QDateTime loggedAt;
    QString agent;
    QString profileId;
    QString customer; // the name, or its initials for a masked view
    QString channel;
    QString disposition;
    QString notes; // the first 200 characters
    int stepsShown = 0;
    int stepsAccepted = 0;
    int stepsDismissed = 0;
    std::optional<qint64> handleSeconds;      // not known yet: absent
    std::optional<qint64> wrapUpSeconds = {}; // from the call's end to the outcome; not known: absent
    friend bool operator==(const InteractionRow &, const InteractionRow &) = default;
};

// One person on the live floor (the supervisors' view): their state, since
// when, and the call they are on. States are the protocol's agent states
// (available, on_call, wrap_up, break, offline).
struct FloorAgent
{
    QString agent; // user id
    QString name;
    QString role; // agent, store
    QString state;
    QDateTime since;
    QDateTime wrapUpEndsAt; // in wrap_up: when it returns the agent to available
    bool extended = false;  // the wrap-up was extended once
    QString callId;         // on a call
    QDateTime callSince;
    int sessions = 0; // live desktop connections
    friend bool operator==(const FloorAgent &, const FloorAgent &) = default;
};

// The "lately" strip: the newest event of each channel within `days` before
// `now`, newest first, taken from a newest-first timeline.
// The lately strip's window: the last kLatelyDays days, and events up to
// kLatelyFutureSecs ahead of the clock (another machine's clock skew).
inline constexpr int kLatelyDays = 14;
inline constexpr int kLatelyFutureSecs = 300;
QList<TimelineEvent> latelySummary(const QList<TimelineEvent> &timeline, const QDateTime &now,
                                   int days = kLatelyDays);

// Formats an amount in minor units as "EUR 824.00" without locale surprises.
QString formatMoney(qint64 minorUnits, const QString &currency);

// Masks a phone number for display: "+31612345678" -> "+31 •••• ••• 678".
QString maskPhone(const QString &e164);

} // namespace omnidesk
