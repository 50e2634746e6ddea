#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace omnidesk::server {

class Store;

// Outcomes over time (docs/protocol.md, GET /v1/reports/outcomes): how many
// outcomes were logged in each day or week of [from, to), by disposition,
// optionally for one agent. Counted by the database (GROUP BY on the
// outcomes_logged or outcomes_agent_logged index); read-only, used on the
// Store's thread.
//
// Buckets are whole days (or weeks) counted from `from`, so a caller that
// passes its local midnight gets its local days; the last bucket ends at `to`
// and may be shorter. Across a daylight-saving change the later buckets stay
// 24 hours long (they then start an hour off the local midnight).
class OutcomeReport
{
public:
    enum class Bucket { Day, Week };
    // Without an explicit bucket, ranges longer than this many days are
    // counted by week.
    static constexpr int kDailyUpToDays = 92;

    struct Result
    {
        QDateTime from;
        QDateTime to;
        QString agent; // empty: every agent
        Bucket bucket = Bucket::Day;
        QList<QDateTime> starts;          // each bucket's start, in order
        QList<QMap<QString, int>> counts; // per bucket: outcomes by disposition
        QMap<QString, int> totals;        // by disposition, over the range
        int total = 0;

        QJsonObject toJson() const;
    };

    explicit OutcomeReport(const Store *store);

    static Bucket defaultBucket(const QDateTime &from, const QDateTime &to);
    static qint64 bucketSecs(Bucket bucket);
    static QString bucketName(Bucket bucket);

    std::optional<Result> compute(const QDateTime &from, const QDateTime &to, Bucket bucket,
                                  const QString &agent) const;

    // SQLite's EXPLAIN QUERY PLAN of the count, one step a line (tests).
    QString queryPlan(bool withAgent) const;

private:
    QString sql(bool withAgent) const;

    const Store *m_store;
};

} // namespace omnidesk::server
