#include "RecoveryReport.h"

#include "JsonReader.h"
#include "ProfileEngine.h"
#include "ServerLog.h"
#include "Store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace omnidesk::server {

using protocol::fromWireTime;
using protocol::toWireTime;

namespace {

struct Abandonment
{
    QString profileId;
    QDateTime at;
};

double rateOf(const RecoveryReport::Counts &counts)
{
    return counts.abandoned == 0 ? 0.0 : double(counts.recovered) / double(counts.abandoned);
}

QJsonObject countsJson(const RecoveryReport::Counts &counts)
{
    return QJsonObject{{QStringLiteral("abandoned"), counts.abandoned},
                       {QStringLiteral("recovered"), counts.recovered},
                       {QStringLiteral("rate"), rateOf(counts)}};
}

QJsonArray countsList(const QMap<QString, RecoveryReport::Counts> &map, const char *keyName)
{
    QJsonArray list;
    for (auto it = map.begin(); it != map.end(); ++it) {
        QJsonObject o = countsJson(it.value());
        o.insert(QLatin1StringView(keyName), it.key());
        list.append(o);
    }
    return list;
}

void count(RecoveryReport::Counts &counts, bool recovered)
{
    ++counts.abandoned;
    if (recovered)
        ++counts.recovered;
}

} // namespace

QStringList RecoveryReport::contactKinds()
{
    return {QStringLiteral("call_accepted"), QStringLiteral("call_other"), QStringLiteral("email_only"),
            QStringLiteral("none")};
}

QJsonObject RecoveryReport::Result::toJson() const
{
    QJsonObject contact;
    for (const QString &kind : contactKinds())
        contact.insert(kind, countsJson(byContact.value(kind)));
    QJsonObject o = countsJson(all);
    o.insert(QStringLiteral("from"), toWireTime(from));
    o.insert(QStringLiteral("to"), toWireTime(to));
    o.insert(QStringLiteral("windowDays"), kWindowDays);
    o.insert(QStringLiteral("abandonAfterMinutes"), int(ProfileEngine::kAbandonAfterSecs / 60));
    o.insert(QStringLiteral("byContact"), contact);
    o.insert(QStringLiteral("byRecommendation"), countsList(byRecommendation, "recommendation"));
    o.insert(QStringLiteral("byAgent"), countsList(byAgent, "agent"));
    return o;
}

RecoveryReport::RecoveryReport(const Store *store) : m_store(store) {}

std::optional<RecoveryReport::Result> RecoveryReport::compute(const QDateTime &from, const QDateTime &to,
                                                              const QDateTime &now) const
{
    Result result;
    result.from = from;
    result.to = to;
    for (const QString &kind : contactKinds())
        result.byContact.insert(kind, Counts{});

    // Every commerce event up to the end of the last window, per profile in
    // time order: the carts are replayed to find when each was abandoned.
    const QDateTime horizon = to.addDays(kWindowDays).addSecs(ProfileEngine::kAbandonAfterSecs);
    QSqlQuery events(m_store->database());
    events.setForwardOnly(true);
    events.prepare(QStringLiteral("SELECT profile_id, at, type, body_json FROM events"
                                  " WHERE type IN ('cart.add', 'cart.remove', 'purchase') AND at < ?"
                                  " ORDER BY profile_id, at, id"));
    events.addBindValue(toWireTime(horizon));
    if (!events.exec()) {
        qCWarning(lcServer).noquote()
            << "recovery report failed:" << Store::describeError(events.lastError());
        return std::nullopt;
    }
    QList<Abandonment> abandoned;
    QHash<QString, QList<QDateTime>> purchases; // by profile, in time order
    QString profile;
    QHash<QString, int> cart; // quantity by sku
    QDateTime lastChange;
    bool counted = false; // this cart was abandoned already
    const auto closeGap = [&](const QDateTime &until) {
        if (cart.isEmpty() || counted || !lastChange.isValid() ||
            lastChange.secsTo(until) < ProfileEngine::kAbandonAfterSecs)
            return;
        counted = true;
        if (lastChange >= from && lastChange < to)
            abandoned.append(Abandonment{profile, lastChange});
    };
    const auto finishProfile = [&] {
        if (!profile.isEmpty() && lastChange < to)
            closeGap(now);
        cart.clear();
        lastChange = QDateTime();
        counted = false;
    };
    while (events.next()) {
        const QString id = events.value(0).toString();
        if (id != profile) {
            finishProfile();
            profile = id;
        }
        const QDateTime at = fromWireTime(events.value(1).toString());
        const QString type = events.value(2).toString();
        closeGap(at);
        if (type == QLatin1StringView("purchase")) {
            cart.clear();
            purchases[profile].append(at);
        } else {
            const bool add = type == QLatin1StringView("cart.add");
            const QJsonObject body = QJsonDocument::fromJson(events.value(3).toByteArray()).object();
            for (const QJsonValue &v : body.value(QLatin1StringView("lines")).toArray()) {
                const QJsonObject line = v.toObject();
                const QString sku = line.value(QLatin1StringView("sku")).toString();
                const int quantity = line.value(QLatin1StringView("quantity")).toInt();
                const int left = cart.value(sku) + (add ? quantity : -quantity);
                if (left > 0)
                    cart.insert(sku, left);
                else
                    cart.remove(sku);
            }
        }
        if (cart.isEmpty())
            counted = false; // an emptied or bought cart starts over
        lastChange = at;
    }
    finishProfile();
    events.finish();

    QSqlQuery calls(m_store->database());
    calls.prepare(
        QStringLiteral("SELECT o.agent, s.step_id FROM outcomes o"
                       " LEFT JOIN outcome_steps s ON s.outcome_id = o.id AND s.decision = 'accepted'"
                       " WHERE o.profile_id = ? AND o.channel = 'call' AND o.logged_at > ?"
                       " AND o.logged_at < ?"));
    QSqlQuery emails(m_store->database());
    emails.prepare(QStringLiteral("SELECT 1 FROM events WHERE profile_id = ? AND at > ? AND at < ?"
                                  " AND type IN ('email.opened', 'email.clicked') LIMIT 1"));
    for (const Abandonment &cartLeft : std::as_const(abandoned)) {
        const QDateTime windowEnd = cartLeft.at.addDays(kWindowDays);
        QDateTime purchasedAt;
        for (const QDateTime &at : purchases.value(cartLeft.profileId)) {
            if (at > cartLeft.at && at <= windowEnd) {
                purchasedAt = at;
                break;
            }
        }
        const bool recovered = purchasedAt.isValid();
        // Contacts count before the purchase, or through the whole window
        // (its last millisecond included) when there was none.
        const QString end = toWireTime(recovered ? purchasedAt : windowEnd.addMSecs(1));
        calls.addBindValue(cartLeft.profileId);
        calls.addBindValue(toWireTime(cartLeft.at));
        calls.addBindValue(end);
        QSet<QString> agents;
        QSet<QString> accepted;
        if (!calls.exec()) {
            qCWarning(lcServer).noquote()
                << "recovery report failed:" << Store::describeError(calls.lastError());
            return std::nullopt;
        }
        while (calls.next()) {
            agents.insert(calls.value(0).toString());
            if (!calls.value(1).isNull())
                accepted.insert(calls.value(1).toString());
        }
        calls.finish();
        bool emailed = false;
        if (agents.isEmpty()) {
            emails.addBindValue(cartLeft.profileId);
            emails.addBindValue(toWireTime(cartLeft.at));
            emails.addBindValue(end);
            emailed = emails.exec() && emails.next();
            emails.finish();
        }
        const QString kind = !accepted.isEmpty() ? QStringLiteral("call_accepted")
                             : !agents.isEmpty() ? QStringLiteral("call_other")
                             : emailed           ? QStringLiteral("email_only")
                                                 : QStringLiteral("none");
        count(result.all, recovered);
        count(result.byContact[kind], recovered);
        for (const QString &step : std::as_const(accepted))
            count(result.byRecommendation[step], recovered);
        for (const QString &agent : std::as_const(agents))
            count(result.byAgent[agent], recovered);
    }
    return result;
}

} // namespace omnidesk::server
