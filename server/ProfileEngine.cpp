#include "ProfileEngine.h"

#include "CompactJson.h"
#include "JsonReader.h"
#include "ServerLog.h"
#include "TimelineText.h"
#include "Wording.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace omnidesk::server {

namespace {

// Keeps the consent given last by event time (ties: the larger event id), so
// the order events arrive in does not matter.
void applyConsent(QMap<QString, ConsentFact> &consents, const QString &channel, const ConsentFact &fact)
{
    if (fact.value.isEmpty())
        return;
    const auto it = consents.constFind(channel);
    if (it == consents.constEnd() || it->value.isEmpty() || it->at < fact.at ||
        (it->at == fact.at && it->eventId < fact.eventId))
        consents.insert(channel, fact);
}

} // namespace

ProfileEngine::ProfileEngine(Store *store, Clock clock, QObject *parent)
    : QObject(parent), m_store(store), m_clock(std::move(clock))
{}

// events.summary is English whatever the clients read (supervisors' exports,
// search, desktops older than timeline facts).
QString ProfileEngine::summaryFor(const IngestEvent &event)
{
    return TimelineText::summary(event.type, bodyOf(event), Wording::english());
}

QJsonObject ProfileEngine::bodyOf(const IngestEvent &event)
{
    QJsonArray lines;
    for (const CartLine &line : event.lines)
        lines.append(QJsonObject{{QStringLiteral("sku"), line.sku},
                                 {QStringLiteral("name"), line.name},
                                 {QStringLiteral("quantity"), line.quantity},
                                 {QStringLiteral("unitPrice"), line.unitPrice}});
    QJsonObject body{{QStringLiteral("v"), TimelineText::kFactsVersion},
                     {QStringLiteral("lines"), lines},
                     {QStringLiteral("currency"), event.currency},
                     {QStringLiteral("orderTotal"), event.orderTotal}};
    const auto put = [&body](const char *name, const QString &value) {
        if (!value.isEmpty())
            body.insert(QLatin1StringView(name), value);
    };
    put("purchaseId", event.purchaseId);
    put("note", event.note);
    put("page", event.pageName);
    put("summary", event.conversationSummary);
    put("transcript", event.transcript);
    put("store", event.storeName);
    put("outcome", event.callOutcome);
    put("direction", event.callDirection);
    if (event.handedOver)
        body.insert(QStringLiteral("handedOver"), *event.handedOver);
    if (event.callDurationSecs > 0)
        body.insert(QStringLiteral("durationSeconds"), event.callDurationSecs);
    QJsonObject consents;
    if (!event.consents.email.isEmpty())
        consents.insert(QStringLiteral("email"), event.consents.email);
    if (!event.consents.sms.isEmpty())
        consents.insert(QStringLiteral("sms"), event.consents.sms);
    if (!event.consents.phone.isEmpty())
        consents.insert(QStringLiteral("phone"), event.consents.phone);
    if (!consents.isEmpty())
        body.insert(QStringLiteral("consents"), consents);
    return body;
}

ProfileEngine::PurchaseFacts ProfileEngine::computePurchases(const QList<StoredEvent> &events)
{
    QList<const StoredEvent *> purchases;
    for (const StoredEvent &event : events) {
        if (event.type == QLatin1StringView("purchase"))
            purchases.append(&event);
    }
    std::stable_sort(purchases.begin(), purchases.end(), [](const StoredEvent *a, const StoredEvent *b) {
        return a->at != b->at ? a->at < b->at : a->id < b->id;
    });
    PurchaseFacts facts;
    QSet<QString> counted;
    for (const StoredEvent *event : std::as_const(purchases)) {
        const QString purchaseId = event->body.value(QLatin1StringView("purchaseId")).toString();
        const QString key = purchaseId.isEmpty() ? QStringLiteral("event:") + event->id
                                                 : QStringLiteral("order:") + purchaseId;
        if (counted.contains(key))
            continue; // the same order reported twice counts once
        counted.insert(key);
        facts.lifetimeValue += qint64(event->body.value(QLatin1StringView("orderTotal")).toDouble());
        facts.lastPurchaseAt = event->at;
    }
    return facts;
}

void ProfileEngine::applyToCart(Cart &cart, const StoredEvent &event)
{
    const QString currency = event.body.value(QLatin1StringView("currency")).toString();
    if (!currency.isEmpty())
        cart.currency = currency;
    cart.updatedAt = event.at;
    if (event.type == QLatin1StringView("purchase")) {
        cart.lines.clear();
        return;
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

Cart ProfileEngine::computeCart(QList<StoredEvent> events)
{
    std::stable_sort(events.begin(), events.end(), [](const StoredEvent &a, const StoredEvent &b) {
        return a.at != b.at ? a.at < b.at : a.id < b.id;
    });
    Cart cart;
    for (const StoredEvent &event : std::as_const(events))
        applyToCart(cart, event);
    return cart;
}

Cart ProfileEngine::withAbandonment(Cart cart, const QDateTime &now) const
{
    cart.abandonedSince = QDateTime();
    if (!cart.isEmpty() && cart.updatedAt.isValid() && cart.updatedAt.secsTo(now) >= kAbandonAfterSecs)
        cart.abandonedSince = cart.updatedAt;
    return cart;
}

StoredEvent ProfileEngine::storedFormOf(const IngestEvent &event)
{
    // The body once; the English summary is worded from it (TimelineText).
    QJsonObject body = bodyOf(event);
    QString summary = TimelineText::summary(event.type, body, Wording::english());
    StoredEvent stored{event.id,   QString(),          event.at,       event.channel,
                       event.type, std::move(summary), std::move(body)};
    stored.bodyJson = CompactJson::fromObject(stored.body);
    return stored;
}

ProfileEngine::Result ProfileEngine::ingest(const IngestEvent &event, const StoredEvent *prepared)
{
    Result result;
    if (m_store->hasEvent(event.id)) {
        result.ok = true;
        result.duplicate = true;
        result.profileId = m_store->profileOfEvent(event.id);
        return result;
    }
    const QDateTime now = m_clock();
    if (!m_store->beginTransaction())
        return result;
    QList<ProfileRecord> merged;
    QList<Identity> held;
    const QString profileId = resolveProfile(event, now, &merged, &held);
    bool ok = !profileId.isEmpty();
    for (const Identity &identity : event.identities) {
        if (ok && !held.contains(identity))
            ok = m_store->addIdentity(identity, profileId);
    }
    StoredEvent stored = prepared ? *prepared : storedFormOf(event);
    stored.profileId = profileId;
    ok = ok && m_store->insertEvent(stored);
    if (!ok) {
        m_store->rollback();
        return result;
    }
    if (!appendToTimeline(profileId, stored, &event, merged))
        return result;
    for (const ProfileRecord &gone : std::as_const(merged)) {
        qCInfo(lcServer) << "identity graph: merged profile" << gone.id << "into" << profileId;
        announce(Announcement{std::nullopt, gone.id, profileId});
    }
    result.ok = true;
    result.profileId = profileId;
    return result;
}

QString ProfileEngine::resolveProfile(const IngestEvent &event, const QDateTime &now,
                                      QList<ProfileRecord> *merged, QList<Identity> *held)
{
    // Person keys: each belongs to at most one profile. When they point to
    // several, this event links them: they are one person, and the oldest
    // profile takes the others in.
    QStringList owners;
    bool hasPersonKey = false;
    for (const Identity &identity : event.identities) {
        if (identity.isShared())
            continue;
        hasPersonKey = true;
        const QString owner = m_store->profileIdForIdentity(identity.ns, identity.value);
        if (owner.isEmpty())
            continue;
        // Held by the profile this resolves to (an owner, or merged into the survivor).
        held->append(identity);
        if (!owners.contains(owner))
            owners.append(owner);
    }
    if (owners.size() > 1) {
        QList<ProfileRecord> records;
        for (const QString &id : std::as_const(owners)) {
            std::optional<ProfileRecord> record = m_store->profile(id);
            if (!record)
                return {};
            records.append(std::move(*record));
        }
        std::stable_sort(records.begin(), records.end(), [](const ProfileRecord &a, const ProfileRecord &b) {
            if (a.createdAt != b.createdAt)
                return a.createdAt < b.createdAt;
            return a.id.size() != b.id.size() ? a.id.size() < b.id.size() : a.id < b.id;
        });
        const QString survivor = records.first().id;
        for (qsizetype i = 1; i < records.size(); ++i) {
            if (!m_store->mergeProfiles(records.at(i).id, survivor, now))
                return {};
            merged->append(records.at(i));
        }
        return survivor;
    }
    if (owners.size() == 1)
        return owners.first();

    // Only shared keys are known (or none). A Phone alone attaches to the
    // most recently updated profile with it; with new person keys it may only
    // claim a profile that has no person key yet (say, one an SMS created).
    for (const Identity &identity : event.identities) {
        if (!identity.isShared())
            continue;
        for (const QString &id : m_store->profileIdsForIdentity(identity.ns, identity.value)) {
            if (!hasPersonKey || !m_store->hasPersonKey(id))
                return id;
        }
    }
    return m_store->createProfile(now);
}

bool ProfileEngine::recordOutcome(const protocol::OutcomeLog &logged, qint64 outcomeId)
{
    // The desktop may still name a profile that was merged away meanwhile.
    protocol::OutcomeLog outcome = logged;
    outcome.profileId = m_store->resolveProfileId(logged.profileId);
    if (outcome.profileId.isEmpty())
        return false;
    const bool store = outcome.channel == QLatin1StringView("store");
    const QDateTime at = outcome.loggedAt.isValid() ? outcome.loggedAt : m_clock();
    const QString channel = store ? QStringLiteral("store") : QStringLiteral("call");
    const QString prefix = QStringLiteral("outcome-%1").arg(outcomeId);

    // The outcome itself, then one event per decision on a next step (the
    // feedback that measures recommendations), then the purchase intent.
    QList<StoredEvent> events;
    // Each with the facts its timeline line is worded from (TimelineText):
    // English in events.summary, the reader's language on the desktop.
    const auto event = [&](const QString &id, const QString &type, QJsonObject body) {
        body.insert(QStringLiteral("v"), TimelineText::kFactsVersion);
        body.insert(QStringLiteral("outcomeId"), outcomeId);
        QString summary = TimelineText::summary(type, body, Wording::english());
        events.append({id, outcome.profileId, at, channel, type, std::move(summary), std::move(body)});
    };
    QJsonObject body{{QStringLiteral("disposition"), outcome.disposition}};
    if (outcome.followUp)
        body.insert(QStringLiteral("followUp"),
                    QJsonObject{{QStringLiteral("due"), outcome.followUp->due.toString(Qt::ISODate)},
                                {QStringLiteral("channel"), outcome.followUp->channel}});
    if (!outcome.notes.isEmpty())
        body.insert(QStringLiteral("note"), outcome.notes.left(200));
    event(prefix, store ? QStringLiteral("store.outcome") : QStringLiteral("call.outcome"), body);
    for (qsizetype i = 0; i < outcome.steps.size(); ++i) {
        const protocol::StepDecision &step = outcome.steps.at(i);
        if (step.decision == QLatin1StringView("shown"))
            continue;
        const bool accepted = step.decision == QLatin1StringView("accepted");
        QJsonObject decision{{QStringLiteral("stepId"), step.stepId},
                             {QStringLiteral("title"), step.title.isEmpty() ? step.stepId : step.title},
                             {QStringLiteral("reason"), accepted ? step.reason : step.reason.left(200)}};
        event(QStringLiteral("%1-step-%2").arg(prefix).arg(i),
              accepted ? QStringLiteral("recommendation.accepted")
                       : QStringLiteral("recommendation.dismissed"),
              decision);
    }
    if (!outcome.intent.isEmpty()) {
        QJsonArray lines;
        for (const CartLine &line : outcome.intent)
            lines.append(QJsonObject{{QStringLiteral("sku"), line.sku},
                                     {QStringLiteral("name"), line.name.isEmpty() ? line.sku : line.name},
                                     {QStringLiteral("quantity"), line.quantity},
                                     {QStringLiteral("unitPrice"), line.unitPrice}});
        const QString currency = outcome.context ? outcome.context->cart.currency : QString();
        event(prefix + QStringLiteral("-intent"), QStringLiteral("purchase.intent"),
              QJsonObject{{QStringLiteral("lines"), lines}, {QStringLiteral("currency"), currency}});
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
                                     const IngestEvent *source, const QList<ProfileRecord> &merged)
{
    const QDateTime now = m_clock();
    std::optional<ProfileRecord> record = m_store->profile(profileId);
    if (!record) {
        m_store->rollback();
        return false;
    }
    const qint64 base = record->version;
    const ProfileRecord before = *record;
    // A merge brings the other profiles' commerce events: recompute as for a commerce event.
    const bool commerce = (source && source->isCommerce()) || !merged.isEmpty();
    if (commerce) {
        // The stored cart is the fold of the profile's commerce events in
        // (time, id) order. An event that comes after all of them (the usual
        // case) is folded in on top; a late one, or a merge, recomputes from
        // every commerce event, so any arrival order gives the same cart.
        bool latest = false;
        if (merged.isEmpty() && !m_store->isLatestCommerceEvent(profileId, stored.id, stored.at, &latest)) {
            m_store->rollback();
            return false;
        }
        if (latest) {
            applyToCart(record->cart, stored);
            // Lifetime value and last purchase only change with a purchase (once per purchaseID).
            if (stored.type == QLatin1StringView("purchase")) {
                const PurchaseFacts facts =
                    computePurchases(m_store->commerceEvents(profileId, Store::CommerceKinds::Purchases));
                record->lifetimeValue = facts.lifetimeValue;
                record->lastPurchaseAt = facts.lastPurchaseAt;
            }
        } else {
            const QList<StoredEvent> events = m_store->commerceEvents(profileId);
            record->cart = computeCart(events);
            const PurchaseFacts facts = computePurchases(events);
            record->lifetimeValue = facts.lifetimeValue;
            record->lastPurchaseAt = facts.lastPurchaseAt;
        }
    }
    for (const ProfileRecord &gone : merged) {
        if (record->name.isEmpty())
            record->name = gone.name;
        if (record->tier.isEmpty())
            record->tier = gone.tier;
        for (auto it = gone.consents.constBegin(); it != gone.consents.constEnd(); ++it)
            applyConsent(record->consents, it.key(), it.value());
    }
    if (source) {
        applyConsent(record->consents, QStringLiteral("email"),
                     ConsentFact{source->consents.email, source->at, source->id});
        applyConsent(record->consents, QStringLiteral("sms"),
                     ConsentFact{source->consents.sms, source->at, source->id});
        applyConsent(record->consents, QStringLiteral("phone"),
                     ConsentFact{source->consents.phone, source->at, source->id});
    }
    if (source && !source->customerName.isEmpty())
        record->name = source->customerName;
    if (source && !source->customerTier.isEmpty())
        record->tier = source->customerTier;
    record->version = base + 1;
    record->updatedAt = now;
    if (!m_store->updateProfile(*record, &before) || !m_store->commit()) {
        m_store->rollback();
        return false;
    }

    protocol::ProfilePatch patch;
    patch.profileId = profileId;
    patch.base = base;
    patch.version = record->version;
    if (commerce)
        patch.cart = withAbandonment(record->cart, now);
    patch.timelineAdded.append(TimelineEvent{stored.id, stored.at, stored.channel, stored.type,
                                             stored.summary,
                                             TimelineText::factsToSend(stored.type, stored.body)});
    if (record->consentValues() != before.consentValues())
        patch.consents = record->consentValues();
    if (record->lifetimeValue != before.lifetimeValue || record->lastPurchaseAt != before.lastPurchaseAt) {
        patch.lifetimeValue = record->lifetimeValue;
        patch.lastPurchaseAt = record->lastPurchaseAt;
    }
    if (record->tier != before.tier)
        patch.tier = record->tier;
    if (record->name != before.name)
        patch.name = record->name;
    // Next steps only for a profile someone shows, from inputs kept for it (ShownProfileCache).
    if (!m_interest || m_interest(profileId))
        patch.nextSteps = changedNextSteps(before, *record, stored, merged);
    else
        m_shown.remove(profileId);
    announce(Announcement{std::move(patch), {}, {}});
    return true;
}

void ProfileEngine::announce(Announcement announcement)
{
    if (m_holding) {
        m_held.append(std::move(announcement));
        return;
    }
    if (announcement.patch)
        Q_EMIT profileChanged(*announcement.patch);
    else
        Q_EMIT profilesMerged(announcement.mergedFrom, announcement.mergedInto);
}

bool ProfileEngine::beginBatch()
{
    if (m_holding || !m_store->beginBatch())
        return false;
    m_holding = true;
    // About one announcement per event: growing the list moved every patch
    // held so far, several times per batch.
    m_held.reserve(protocol::kMaxBatchEvents + 16);
    return true;
}

bool ProfileEngine::commitBatch()
{
    if (!m_holding)
        return false;
    if (!m_store->commitBatch()) {
        dropHeld();
        return false;
    }
    m_holding = false;
    m_releasing = true;
    const QList<Announcement> held = std::exchange(m_held, {});
    for (const Announcement &announcement : held)
        announce(announcement);
    m_releasing = false;
    return true;
}

void ProfileEngine::rollbackBatch()
{
    if (!m_holding)
        return;
    m_store->rollbackBatch();
    dropHeld();
}

void ProfileEngine::dropHeld()
{
    // The steps these patches carried reached nobody; the shown-profile
    // cache finds its entries ahead of the store and reads them afresh, so
    // the next patch of such a profile carries its steps again.
    m_holding = false;
    m_held.clear();
}

std::optional<Profile> ProfileEngine::loadProfile(const QString &id, int timelineLimit) const
{
    std::optional<ProfileRecord> record = m_store->profile(id);
    if (!record) {
        const QString survivor = m_store->aliasTarget(id);
        if (survivor.isEmpty())
            return std::nullopt;
        record = m_store->profile(survivor);
        if (!record)
            return std::nullopt;
    }
    // Whoever asked shows the steps as of now: the next patch carries them again.
    m_shown.forgetSent(record->id);
    const QDateTime now = m_clock();
    Profile profile = assemble(*record, now);
    for (const Identity &identity : m_store->identities(record->id)) {
        if (profile.phone.isEmpty() && identity.ns == QLatin1StringView("Phone"))
            profile.phone = identity.value;
        if (profile.email.isEmpty() && identity.ns == QLatin1StringView("Email"))
            profile.email = identity.value;
    }
    profile.timeline =
        m_store->timeline(record->id, std::max(timelineLimit, ShownProfileCache::kTimelineWindow));
    profile.nextSteps = nextStepsFor(profile, QStringLiteral("call"));
    if (profile.timeline.size() > timelineLimit)
        profile.timeline.resize(timelineLimit);
    return profile;
}

Profile ProfileEngine::assemble(const ProfileRecord &record, const QDateTime &now) const
{
    Profile profile;
    profile.id = record.id;
    profile.version = record.version;
    profile.name = record.name;
    profile.tier = record.tier;
    profile.updatedAt = record.updatedAt;
    profile.cart = withAbandonment(record.cart, now);
    profile.consents = record.consentValues();
    profile.lifetimeValue = record.lifetimeValue;
    profile.lastPurchaseAt = record.lastPurchaseAt;
    return profile;
}

QList<NextStep> ProfileEngine::nextStepsFor(const Profile &profile, const QString &channel,
                                            const QString &language) const
{
    return stepsFor(profile, channel, language, m_clock(),
                    m_store->outcomeDispositions(profile.id, ShownProfileCache::kTimelineWindow));
}

QList<NextStep> ProfileEngine::stepsFor(const Profile &profile, const QString &channel,
                                        const QString &language, const QDateTime &now,
                                        const QHash<QString, QString> &outcomeDispositions) const
{
    RuleSet::Facts facts;
    facts.now = now;
    facts.channel = channel;
    if (!language.isEmpty())
        facts.wording = Wording::forLanguage(language);
    facts.outcomeDispositions = outcomeDispositions;
    return m_rules.evaluate(profile, facts);
}

std::optional<QList<NextStep>> ProfileEngine::shownNextSteps(const QString &profileId, const QString &channel,
                                                             const QString &language) const
{
    const ShownProfileCache::Inputs *inputs = m_shown.find(profileId);
    if (!inputs)
        return std::nullopt;
    const QDateTime now = m_clock();
    Profile profile = assemble(inputs->record, now);
    profile.timeline = inputs->timeline;
    return stepsFor(profile, channel, language, now, inputs->dispositions);
}

std::optional<QList<NextStep>> ProfileEngine::changedNextSteps(const ProfileRecord &before,
                                                               const ProfileRecord &after,
                                                               const StoredEvent &stored,
                                                               const QList<ProfileRecord> &merged)
{
    for (const ProfileRecord &gone : merged)
        m_shown.remove(gone.id);
    // A merge brings another profile's events: read the inputs afresh.
    const ShownProfileCache::Advance advanced =
        merged.isEmpty() ? m_shown.advance(before, after, stored) : ShownProfileCache::Advance::Missing;
    if (advanced == ShownProfileCache::Advance::Unchanged)
        return std::nullopt;
    if (advanced == ShownProfileCache::Advance::Missing)
        m_shown.put(after, m_store->timeline(after.id, ShownProfileCache::kTimelineWindow),
                    m_store->outcomeDispositions(after.id, ShownProfileCache::kTimelineWindow), m_interest);
    std::optional<QList<NextStep>> steps = shownNextSteps(after.id, QStringLiteral("call"));
    if (!steps || !m_shown.markSent(after.id, *steps))
        return std::nullopt;
    return steps;
}

QString ProfileEngine::findByPhone(const QString &e164) const
{
    return m_store->profileIdForIdentity(QStringLiteral("Phone"), e164);
}

QStringList ProfileEngine::findAllByPhone(const QString &e164) const
{
    return m_store->profileIdsForIdentity(QStringLiteral("Phone"), e164);
}

QString ProfileEngine::findByEmail(const QString &email) const
{
    return m_store->profileIdForIdentity(QStringLiteral("Email"), email.trimmed().toLower());
}

} // namespace omnidesk::server
