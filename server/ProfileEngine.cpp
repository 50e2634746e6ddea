#include "ProfileEngine.h"

#include "JsonReader.h"
#include "ServerLog.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace omnidesk::server {

namespace {

QString describeLines(const QList<CartLine> &lines, const QString &currency)
{
    QStringList parts;
    for (const CartLine &line : lines)
        parts.append(QStringLiteral("%1 (%2 \u00d7 %3)")
                         .arg(line.name)
                         .arg(line.quantity)
                         .arg(formatMoney(line.unitPrice, currency)));
    return parts.join(QStringLiteral(", "));
}

} // namespace

ProfileEngine::ProfileEngine(Store *store, Clock clock, QObject *parent)
    : QObject(parent), m_store(store), m_clock(std::move(clock))
{}

QString ProfileEngine::summaryFor(const IngestEvent &e)
{
    const QString &t = e.type;
    const QString quoted = e.note.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(e.note);
    if (t == QLatin1StringView("cart.add"))
        return tr("Added %1").arg(describeLines(e.lines, e.currency));
    if (t == QLatin1StringView("cart.remove"))
        return tr("Removed %1").arg(describeLines(e.lines, e.currency));
    if (t == QLatin1StringView("purchase")) {
        int items = 0;
        for (const CartLine &line : e.lines)
            items += line.quantity;
        return (items == 1 ? tr("Purchased 1 item (%2)") : tr("Purchased %1 items (%2)").arg(items))
            .arg(formatMoney(e.orderTotal, e.currency));
    }
    if (t == QLatin1StringView("web.pageview"))
        return e.pageName.isEmpty() ? tr("Viewed a web page") : tr("Viewed page \"%1\"").arg(e.pageName);
    if (t == QLatin1StringView("product.view")) {
        QStringList names;
        for (const CartLine &line : e.lines)
            names.append(line.name);
        return names.isEmpty() ? tr("Viewed a product")
                               : tr("Viewed %1").arg(names.join(QStringLiteral(", ")));
    }
    if (t == QLatin1StringView("email.sent"))
        return tr("Was sent email%1").arg(quoted);
    if (t == QLatin1StringView("email.opened"))
        return tr("Opened email%1").arg(quoted);
    if (t == QLatin1StringView("email.clicked"))
        return tr("Clicked a link in email%1").arg(quoted);
    if (t == QLatin1StringView("sms.sent"))
        return e.note.isEmpty() ? tr("Was sent an SMS") : tr("Was sent an SMS: %1").arg(e.note);
    if (t == QLatin1StringView("store.visit"))
        return e.note.isEmpty() ? tr("Visited a store") : tr("Visited a store: %1").arg(e.note);
    return e.note.isEmpty() ? t : e.note;
}

QJsonObject ProfileEngine::bodyOf(const IngestEvent &event)
{
    QJsonArray lines;
    for (const CartLine &line : event.lines)
        lines.append(QJsonObject{{QStringLiteral("sku"), line.sku},
                                 {QStringLiteral("name"), line.name},
                                 {QStringLiteral("quantity"), line.quantity},
                                 {QStringLiteral("unitPrice"), line.unitPrice}});
    return QJsonObject{{QStringLiteral("lines"), lines},
                       {QStringLiteral("currency"), event.currency},
                       {QStringLiteral("orderTotal"), event.orderTotal}};
}

Cart ProfileEngine::computeCart(QList<StoredEvent> events)
{
    std::stable_sort(events.begin(), events.end(), [](const StoredEvent &a, const StoredEvent &b) {
        return a.at != b.at ? a.at < b.at : a.id < b.id;
    });
    Cart cart;
    for (const StoredEvent &event : std::as_const(events)) {
        const QString currency = event.body.value(QLatin1StringView("currency")).toString();
        if (!currency.isEmpty())
            cart.currency = currency;
        cart.updatedAt = event.at;
        if (event.type == QLatin1StringView("purchase")) {
            cart.lines.clear();
            continue;
        }
        const bool add = event.type == QLatin1StringView("cart.add");
        for (const QJsonValue &v : event.body.value(QLatin1StringView("lines")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString sku = o.value(QLatin1StringView("sku")).toString();
            const int quantity = o.value(QLatin1StringView("quantity")).toInt();
            auto it = std::find_if(cart.lines.begin(), cart.lines.end(),
                                   [&](const CartLine &line) { return line.sku == sku; });
            if (add) {
                if (it == cart.lines.end()) {
                    cart.lines.append(CartLine{sku, o.value(QLatin1StringView("name")).toString(), quantity,
                                               qint64(o.value(QLatin1StringView("unitPrice")).toDouble())});
                } else {
                    it->quantity += quantity;
                }
            } else if (it != cart.lines.end()) {
                it->quantity -= quantity;
                if (it->quantity <= 0)
                    cart.lines.erase(it);
            }
        }
    }
    return cart;
}

Cart ProfileEngine::withAbandonment(Cart cart, const QDateTime &now) const
{
    cart.abandonedSince = QDateTime();
    if (!cart.isEmpty() && cart.updatedAt.isValid() && cart.updatedAt.secsTo(now) >= kAbandonAfterSecs)
        cart.abandonedSince = cart.updatedAt;
    return cart;
}

ProfileEngine::Result ProfileEngine::ingest(const IngestEvent &event)
{
    Result result;
    if (m_store->hasEvent(event.id)) {
        result.ok = true;
        result.duplicate = true;
        for (const Identity &identity : event.identities) {
            result.profileId = m_store->profileIdForIdentity(identity.ns, identity.value);
            if (!result.profileId.isEmpty())
                break;
        }
        return result;
    }
    const QDateTime now = m_clock();
    if (!m_store->beginTransaction())
        return result;
    QString profileId;
    for (const Identity &identity : event.identities) {
        profileId = m_store->profileIdForIdentity(identity.ns, identity.value);
        if (!profileId.isEmpty())
            break;
    }
    if (profileId.isEmpty())
        profileId = m_store->createProfile(now);
    bool ok = !profileId.isEmpty();
    for (const Identity &identity : event.identities) {
        if (ok)
            ok = m_store->addIdentity(identity, profileId);
    }
    const StoredEvent stored{event.id,   profileId,         event.at,     event.channel,
                             event.type, summaryFor(event), bodyOf(event)};
    ok = ok && m_store->insertEvent(stored);
    if (!ok) {
        m_store->rollback();
        return result;
    }
    if (!appendToTimeline(profileId, stored, &event))
        return result;
    result.ok = true;
    result.profileId = profileId;
    return result;
}

bool ProfileEngine::recordOutcome(const protocol::OutcomeLog &outcome, qint64 outcomeId)
{
    if (outcome.profileId.isEmpty() || !m_store->profile(outcome.profileId))
        return false;
    const bool store = outcome.channel == QLatin1StringView("store");
    const QDateTime at = outcome.loggedAt.isValid() ? outcome.loggedAt : m_clock();
    const QString channel = store ? QStringLiteral("store") : QStringLiteral("call");
    const QString prefix = QStringLiteral("outcome-%1").arg(outcomeId);

    // The outcome itself, then one event per decision on a next step (the
    // feedback that measures recommendations), then the purchase intent.
    QList<StoredEvent> events;
    QString summary = store ? tr("Store visit: %1").arg(outcome.disposition)
                            : tr("Call outcome: %1").arg(outcome.disposition);
    if (outcome.followUp)
        summary += tr("; follow up by %1 on %2")
                       .arg(outcome.followUp->channel, outcome.followUp->due.toString(Qt::ISODate));
    if (!outcome.notes.isEmpty())
        summary += QStringLiteral(" \u2014 ") + outcome.notes.left(200);
    QJsonObject body{{QStringLiteral("disposition"), outcome.disposition},
                     {QStringLiteral("outcomeId"), outcomeId}};
    if (outcome.followUp)
        body.insert(QStringLiteral("followUp"),
                    QJsonObject{{QStringLiteral("due"), outcome.followUp->due.toString(Qt::ISODate)},
                                {QStringLiteral("channel"), outcome.followUp->channel}});
    events.append({prefix, outcome.profileId, at, channel,
                   store ? QStringLiteral("store.outcome") : QStringLiteral("call.outcome"), summary, body});
    for (qsizetype i = 0; i < outcome.steps.size(); ++i) {
        const protocol::StepDecision &step = outcome.steps.at(i);
        if (step.decision == QLatin1StringView("shown"))
            continue;
        const bool accepted = step.decision == QLatin1StringView("accepted");
        const QString title = step.title.isEmpty() ? step.stepId : step.title;
        events.append({QStringLiteral("%1-step-%2").arg(prefix).arg(i), outcome.profileId, at, channel,
                       accepted ? QStringLiteral("recommendation.accepted")
                                : QStringLiteral("recommendation.dismissed"),
                       accepted ? tr("Accepted recommendation: %1").arg(title)
                                : tr("Dismissed recommendation: %1 (%2)").arg(title, step.reason.left(200)),
                       QJsonObject{{QStringLiteral("stepId"), step.stepId},
                                   {QStringLiteral("outcomeId"), outcomeId},
                                   {QStringLiteral("reason"), step.reason}}});
    }
    if (!outcome.intent.isEmpty()) {
        QStringList items;
        qint64 total = 0;
        QJsonArray lines;
        for (const CartLine &line : outcome.intent) {
            items.append(QStringLiteral("%1 \u00d7 %2")
                             .arg(line.quantity)
                             .arg(line.name.isEmpty() ? line.sku : line.name));
            total += line.lineTotal();
            lines.append(
                QJsonObject{{QStringLiteral("sku"), line.sku}, {QStringLiteral("quantity"), line.quantity}});
        }
        const QString currency = outcome.context ? outcome.context->cart.currency : QString();
        events.append(
            {prefix + QStringLiteral("-intent"), outcome.profileId, at, channel,
             QStringLiteral("purchase.intent"),
             tr("Purchase intent: %1 (%2)")
                 .arg(items.join(QStringLiteral(", ")), formatMoney(total, currency)),
             QJsonObject{{QStringLiteral("lines"), lines}, {QStringLiteral("outcomeId"), outcomeId}}});
    }

    bool ok = true;
    for (const StoredEvent &stored : std::as_const(events)) {
        if (m_store->hasEvent(stored.id))
            continue; // recorded before (a retried outcome)
        if (!m_store->beginTransaction())
            return false;
        if (!m_store->insertEvent(stored)) {
            m_store->rollback();
            return false;
        }
        ok = appendToTimeline(outcome.profileId, stored, nullptr) && ok;
    }
    return ok;
}

// Called inside a transaction that already holds the stored event; commits it.
bool ProfileEngine::appendToTimeline(const QString &profileId, const StoredEvent &stored,
                                     const IngestEvent *source)
{
    const QDateTime now = m_clock();
    std::optional<ProfileRecord> record = m_store->profile(profileId);
    if (!record) {
        m_store->rollback();
        return false;
    }
    const qint64 base = record->version;
    const bool commerce = source && source->isCommerce();
    if (commerce)
        record->cart = computeCart(m_store->commerceEvents(profileId));
    if (source && !source->customerName.isEmpty())
        record->name = source->customerName;
    if (source && !source->customerTier.isEmpty())
        record->tier = source->customerTier;
    record->version = base + 1;
    record->updatedAt = now;
    if (!m_store->updateProfile(*record) || !m_store->commit()) {
        m_store->rollback();
        return false;
    }

    protocol::ProfilePatch patch;
    patch.profileId = profileId;
    patch.base = base;
    patch.version = record->version;
    if (commerce)
        patch.cart = withAbandonment(record->cart, now);
    patch.timelineAdded.append(
        TimelineEvent{stored.id, stored.at, stored.channel, stored.type, stored.summary});
    if (const auto profile = loadProfile(profileId, 50))
        patch.nextSteps = profile->nextSteps;
    Q_EMIT profileChanged(patch);
    return true;
}

std::optional<Profile> ProfileEngine::loadProfile(const QString &id, int timelineLimit) const
{
    const std::optional<ProfileRecord> record = m_store->profile(id);
    if (!record)
        return std::nullopt;
    const QDateTime now = m_clock();
    Profile profile;
    profile.id = record->id;
    profile.version = record->version;
    profile.name = record->name;
    profile.tier = record->tier;
    profile.updatedAt = record->updatedAt;
    profile.cart = withAbandonment(record->cart, now);
    for (const Identity &identity : m_store->identities(id)) {
        if (profile.phone.isEmpty() && identity.ns == QLatin1StringView("Phone"))
            profile.phone = identity.value;
        if (profile.email.isEmpty() && identity.ns == QLatin1StringView("Email"))
            profile.email = identity.value;
    }
    profile.timeline = m_store->timeline(id, std::max(timelineLimit, 50));
    profile.nextSteps = m_rules.evaluate(profile, now);
    if (profile.timeline.size() > timelineLimit)
        profile.timeline.resize(timelineLimit);
    return profile;
}

QString ProfileEngine::findByPhone(const QString &e164) const
{
    return m_store->profileIdForIdentity(QStringLiteral("Phone"), e164);
}

QString ProfileEngine::findByEmail(const QString &email) const
{
    return m_store->profileIdForIdentity(QStringLiteral("Email"), email.trimmed().toLower());
}

} // namespace omnidesk::server
