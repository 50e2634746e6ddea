#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace omnidesk::server {

class Store;

// Cart recovery (docs/protocol.md, GET /v1/reports/recovery): of the carts
// abandoned in [from, to), how many the same profile bought within 30 days,
// split by the contact in between, by accepted recommendation and by agent.
//
// A cart is abandoned when it holds lines and sees no change (cart.add,
// cart.remove, purchase) for ProfileEngine::kAbandonAfterSecs; its
// abandonment time is that last change. A cart counts once: changes after it
// was abandoned do not abandon it again until it is emptied or bought.
// Recovered: a purchase by the profile after the abandonment and at most
// kWindowDays later. The contact is read in (abandonment, purchase) — or
// (abandonment, abandonment + 30 days] when there was no purchase:
// call_accepted (a call outcome with an accepted step), call_other (call
// outcomes, none accepted), email_only (email.opened / email.clicked, no
// call), none.
class RecoveryReport
{
public:
    static constexpr int kWindowDays = 30;

    struct Counts
    {
        int abandoned = 0;
        int recovered = 0;
        friend bool operator==(const Counts &, const Counts &) = default;
    };

    struct Result
    {
        QDateTime from;
        QDateTime to;
        Counts all;
        QMap<QString, Counts> byContact;        // call_accepted, call_other, email_only, none
        QMap<QString, Counts> byRecommendation; // step id accepted in a call in the window
        QMap<QString, Counts> byAgent;          // agents with a call outcome in the window

        QJsonObject toJson() const;
    };

    explicit RecoveryReport(const Store *store);

    // `now` decides whether a cart whose last change is the newest event has
    // been left long enough to count as abandoned.
    std::optional<Result> compute(const QDateTime &from, const QDateTime &to, const QDateTime &now) const;

    static QStringList contactKinds();

private:
    const Store *m_store;
};

} // namespace omnidesk::server
