#include "AcceptanceReport.h"

#include "JsonReader.h"
#include "ServerLog.h"
#include "Store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace omnidesk::server {

using protocol::fromWireTime;
using protocol::toWireTime;

namespace {

QJsonObject figuresJson(const AcceptanceReport::Figures &f)
{
    return QJsonObject{{QStringLiteral("shown"), f.shown},
                       {QStringLiteral("accepted"), f.accepted},
                       {QStringLiteral("dismissed"), f.dismissed},
                       {QStringLiteral("rate"), f.rate()}};
}

void add(AcceptanceReport::Figures &f, const QString &decision, int count)
{
    f.shown += count;
    if (decision == QLatin1StringView("accepted"))
        f.accepted += count;
    else if (decision == QLatin1StringView("dismissed"))
        f.dismissed += count;
}

void bindPeriod(QSqlQuery &q, const QDateTime &from, const QDateTime &to, const QString &agent)
{
    if (!agent.isEmpty())
        q.addBindValue(agent);
    q.addBindValue(toWireTime(from));
    q.addBindValue(toWireTime(to));
}

} // namespace

AcceptanceReport::AcceptanceReport(const Store *store) : m_store(store) {}

// Without an agent the step rows are read on outcome_steps_decision (the IN
// list names every decision so the index applies); with one, the agent's
// outcomes on outcomes_agent_logged and their steps on outcome_steps_outcome.
QString AcceptanceReport::countSql(bool withAgent)
{
    if (withAgent)
        return QStringLiteral("SELECT s.step_id, s.decision, COUNT(*) FROM outcomes o"
                              " JOIN outcome_steps s ON s.outcome_id = o.id"
                              " WHERE o.agent = ? AND o.logged_at >= ? AND o.logged_at < ?"
                              " GROUP BY s.step_id, s.decision");
    return QStringLiteral("SELECT step_id, decision, COUNT(*) FROM outcome_steps"
                          " WHERE decision IN ('accepted', 'dismissed', 'shown')"
                          " AND logged_at >= ? AND logged_at < ? GROUP BY step_id, decision");
}

QString AcceptanceReport::reasonSql(bool withAgent)
{
    if (withAgent)
        return QStringLiteral("SELECT s.step_id, s.reason, COUNT(*) FROM outcomes o"
                              " JOIN outcome_steps s ON s.outcome_id = o.id"
                              " WHERE o.agent = ? AND o.logged_at >= ? AND o.logged_at < ?"
                              " AND s.decision = 'dismissed' AND s.reason <> ''"
                              " GROUP BY s.step_id, s.reason");
    return QStringLiteral("SELECT step_id, reason, COUNT(*) FROM outcome_steps"
                          " WHERE decision = 'dismissed' AND logged_at >= ? AND logged_at < ?"
                          " AND reason <> '' GROUP BY step_id, reason");
}

std::optional<AcceptanceReport::Result> AcceptanceReport::compute(const QDateTime &from, const QDateTime &to,
                                                                  const QString &agent) const
{
    Result result;
    result.from = from;
    result.to = to;
    result.agent = agent;
    const bool withAgent = !agent.isEmpty();

    QHash<QString, Recommendation> byId;
    QHash<QString, QString> someDecision; // a decision each step had, to find its title
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(countSql(withAgent));
    bindPeriod(q, from, to, agent);
    if (!q.exec()) {
        qCWarning(lcServer).noquote() << "acceptance report failed:" << Store::describeError(q.lastError());
        return std::nullopt;
    }
    while (q.next()) {
        const QString id = q.value(0).toString();
        const QString decision = q.value(1).toString();
        const int count = q.value(2).toInt();
        Recommendation &r = byId[id];
        r.id = id;
        add(r.figures, decision, count);
        add(result.all, decision, count);
        someDecision.insert(id, decision);
    }
    q.finish();

    QHash<QString, QList<Reason>> reasons;
    q.prepare(reasonSql(withAgent));
    bindPeriod(q, from, to, agent);
    if (!q.exec()) {
        qCWarning(lcServer).noquote() << "acceptance report failed:" << Store::describeError(q.lastError());
        return std::nullopt;
    }
    while (q.next())
        reasons[q.value(0).toString()].append(Reason{q.value(1).toString(), q.value(2).toInt()});
    q.finish();

    for (auto it = byId.begin(); it != byId.end(); ++it) {
        QList<Reason> list = reasons.value(it.key());
        std::sort(list.begin(), list.end(), [](const Reason &a, const Reason &b) {
            return a.count != b.count ? a.count > b.count : a.reason < b.reason;
        });
        if (list.size() > kTopReasons)
            list.resize(kTopReasons);
        it->dismissReasons = list;
        it->title = titleOf(it.key(), someDecision.value(it.key()), from, to);
        result.recommendations.append(*it);
    }
    std::sort(result.recommendations.begin(), result.recommendations.end(),
              [](const Recommendation &a, const Recommendation &b) {
                  return a.figures.shown != b.figures.shown ? a.figures.shown > b.figures.shown : a.id < b.id;
              });
    return result;
}

QString AcceptanceReport::titleOf(const QString &stepId, const QString &decision, const QDateTime &from,
                                  const QDateTime &to) const
{
    // The newest outcome in the period with this step (one row on
    // outcome_steps_step); the title is in its stored detail.
    QSqlQuery q(m_store->database());
    q.prepare(
        QStringLiteral("SELECT o.detail_json FROM outcome_steps s JOIN outcomes o ON o.id = s.outcome_id"
                       " WHERE s.step_id = ? AND s.decision = ? AND s.logged_at >= ? AND s.logged_at < ?"
                       " ORDER BY s.logged_at DESC LIMIT 1"));
    q.addBindValue(stepId);
    q.addBindValue(decision);
    q.addBindValue(toWireTime(from));
    q.addBindValue(toWireTime(to));
    if (!q.exec() || !q.next())
        return {};
    const QJsonObject detail = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    for (const QJsonValue &step : detail.value(QLatin1StringView("steps")).toArray()) {
        if (step[QLatin1StringView("stepId")].toString() == stepId)
            return step[QLatin1StringView("title")].toString();
    }
    return {};
}

QJsonObject AcceptanceReport::Result::toJson() const
{
    QJsonArray list;
    for (const Recommendation &r : recommendations) {
        QJsonArray top;
        for (const Reason &reason : r.dismissReasons)
            top.append(QJsonObject{{QStringLiteral("reason"), reason.reason},
                                   {QStringLiteral("count"), reason.count}});
        QJsonObject o = figuresJson(r.figures);
        o.insert(QStringLiteral("recommendation"), r.id);
        o.insert(QStringLiteral("title"), r.title);
        o.insert(QStringLiteral("dismissReasons"), top);
        list.append(o);
    }
    QJsonObject o = figuresJson(all);
    o.insert(QStringLiteral("from"), toWireTime(from));
    o.insert(QStringLiteral("to"), toWireTime(to));
    if (!agent.isEmpty())
        o.insert(QStringLiteral("agent"), agent);
    o.insert(QStringLiteral("recommendations"), list);
    return o;
}

QString AcceptanceReport::queryPlan(bool withAgent) const
{
    // The values bindPeriod binds, for November 2026.
    QVariantList values;
    if (withAgent)
        values.append(QStringLiteral("agent1"));
    values << QStringLiteral("2026-11-01T00:00:00.000Z") << QStringLiteral("2026-12-01T00:00:00.000Z");
    return m_store->queryPlan(countSql(withAgent), values);
}

} // namespace omnidesk::server
