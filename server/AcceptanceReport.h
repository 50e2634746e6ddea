#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace omnidesk::server {

class Store;

// Acceptance per recommendation (docs/protocol.md, GET
// /v1/reports/acceptance): for each next step shown in outcomes logged in
// [from, to), optionally by one agent, how often it was shown, accepted and
// dismissed, the acceptance rate (accepted / shown) and the most given
// dismiss reasons. Every step an outcome lists was shown; its decision is
// accepted, dismissed or shown (neither). Counted by the database on the
// outcome_steps indexes; read-only, used on the Store's thread.
class AcceptanceReport
{
public:
    // Dismiss reasons listed per recommendation, most given first.
    static constexpr int kTopReasons = 3;

    struct Figures
    {
        int shown = 0;
        int accepted = 0;
        int dismissed = 0;
        double rate() const { return shown > 0 ? double(accepted) / double(shown) : 0.0; }
        friend bool operator==(const Figures &, const Figures &) = default;
    };

    struct Reason
    {
        QString reason;
        int count = 0;
        friend bool operator==(const Reason &, const Reason &) = default;
    };

    struct Recommendation
    {
        QString id;
        QString title; // as the agents last saw it in the period (the API names current rules
                       // in the reader's language instead); may be empty
        Figures figures;
        QList<Reason> dismissReasons; // at most kTopReasons
    };

    struct Result
    {
        QDateTime from;
        QDateTime to;
        QString agent; // empty: every agent
        Figures all;
        QList<Recommendation> recommendations; // most shown first, then by id

        QJsonObject toJson() const;
    };

    explicit AcceptanceReport(const Store *store);

    std::optional<Result> compute(const QDateTime &from, const QDateTime &to, const QString &agent) const;

    // SQLite's EXPLAIN QUERY PLAN of the decision count, one step a line (tests).
    QString queryPlan(bool withAgent) const;

private:
    static QString countSql(bool withAgent);
    static QString reasonSql(bool withAgent);
    QString titleOf(const QString &stepId, const QString &decision, const QDateTime &from,
                    const QDateTime &to) const;

    const Store *m_store;
};

} // namespace omnidesk::server
