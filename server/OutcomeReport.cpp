#include "OutcomeReport.h"

#include "JsonReader.h"
#include "Messages.h"
#include "ServerLog.h"
#include "Store.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace omnidesk::server {

using protocol::toWireTime;

namespace {

constexpr qint64 kDaySecs = 24 * 60 * 60;

QJsonObject countsJson(const QMap<QString, int> &counts)
{
    QJsonObject o;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

OutcomeReport::OutcomeReport(const Store *store) : m_store(store) {}

OutcomeReport::Bucket OutcomeReport::defaultBucket(const QDateTime &from, const QDateTime &to)
{
    return from.secsTo(to) > kDailyUpToDays * kDaySecs ? Bucket::Week : Bucket::Day;
}

qint64 OutcomeReport::bucketSecs(Bucket bucket)
{
    return bucket == Bucket::Week ? 7 * kDaySecs : kDaySecs;
}

QString OutcomeReport::bucketName(Bucket bucket)
{
    return bucket == Bucket::Week ? QStringLiteral("week") : QStringLiteral("day");
}

QString OutcomeReport::sql(bool withAgent) const
{
    // The bucket of an outcome: whole bucket lengths since `from`. logged_at
    // is ISO 8601 UTC text, which both databases read as a time.
    const QString seconds =
        m_store->isPostgres()
            ? QStringLiteral("CAST(FLOOR(EXTRACT(EPOCH FROM CAST(logged_at AS TIMESTAMPTZ)))"
                             " AS BIGINT)")
            : QStringLiteral("CAST(strftime('%s', logged_at) AS INTEGER)");
    return QStringLiteral("SELECT (%1 - CAST(? AS BIGINT)) / CAST(? AS BIGINT) AS bucket, disposition,"
                          " COUNT(*) FROM outcomes WHERE %2logged_at >= ? AND logged_at < ?"
                          " GROUP BY 1, 2 ORDER BY 1, 2")
        .arg(seconds, withAgent ? QStringLiteral("agent = ? AND ") : QString());
}

std::optional<OutcomeReport::Result> OutcomeReport::compute(const QDateTime &from, const QDateTime &to,
                                                            Bucket bucket, const QString &agent) const
{
    Result result;
    result.from = from;
    result.to = to;
    result.agent = agent;
    result.bucket = bucket;
    const qint64 length = bucketSecs(bucket);
    for (QDateTime start = from; start < to; start = start.addSecs(length)) {
        result.starts.append(start);
        result.counts.append(QMap<QString, int>());
    }

    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(sql(!agent.isEmpty()));
    // Whole seconds: logged_at's milliseconds are dropped by both databases
    // alike, so `from` is too (an outcome in from's first second counts in
    // the first bucket either way).
    q.addBindValue(from.toSecsSinceEpoch());
    q.addBindValue(length);
    if (!agent.isEmpty())
        q.addBindValue(agent);
    q.addBindValue(toWireTime(from));
    q.addBindValue(toWireTime(to));
    if (!q.exec()) {
        qCWarning(lcServer).noquote() << "outcome report failed:" << Store::describeError(q.lastError());
        return std::nullopt;
    }
    while (q.next()) {
        const qint64 index = q.value(0).toLongLong();
        const QString disposition = q.value(1).toString();
        const int count = q.value(2).toInt();
        if (index < 0 || index >= result.counts.size())
            continue; // cannot happen for rows inside [from, to)
        result.counts[index][disposition] += count;
        result.totals[disposition] += count;
        result.total += count;
    }
    return result;
}

QJsonObject OutcomeReport::Result::toJson() const
{
    // Known dispositions in their usual order, then any other stored code.
    QJsonArray dispositions;
    for (const QString &code : protocol::dispositionCodes()) {
        if (totals.contains(code))
            dispositions.append(code);
    }
    for (auto it = totals.begin(); it != totals.end(); ++it) {
        if (!protocol::dispositionCodes().contains(it.key()))
            dispositions.append(it.key());
    }
    QJsonArray buckets;
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const QDateTime end = i + 1 < starts.size() ? starts.at(i + 1) : to;
        int sum = 0;
        for (const int n : counts.at(i))
            sum += n;
        buckets.append(QJsonObject{{QStringLiteral("start"), toWireTime(starts.at(i))},
                                   {QStringLiteral("end"), toWireTime(end)},
                                   {QStringLiteral("total"), sum},
                                   {QStringLiteral("counts"), countsJson(counts.at(i))}});
    }
    QJsonObject o{{QStringLiteral("from"), toWireTime(from)},
                  {QStringLiteral("to"), toWireTime(to)},
                  {QStringLiteral("bucket"), bucketName(bucket)},
                  {QStringLiteral("dispositions"), dispositions},
                  {QStringLiteral("total"), total},
                  {QStringLiteral("totals"), countsJson(totals)},
                  {QStringLiteral("buckets"), buckets}};
    if (!agent.isEmpty())
        o.insert(QStringLiteral("agent"), agent);
    return o;
}

QString OutcomeReport::queryPlan(bool withAgent) const
{
    QVariantList values{qint64(0), kDaySecs};
    if (withAgent)
        values.append(QStringLiteral("agent1"));
    values << QStringLiteral("2026-11-01T00:00:00.000Z") << QStringLiteral("2026-12-01T00:00:00.000Z");
    return m_store->queryPlan(sql(withAgent), values);
}

} // namespace omnidesk::server
