#pragma once

#include "Clock.h"
#include "IngestEvent.h"
#include "Messages.h"
#include "NextStepRules.h"
#include "Protocol.h"
#include "ShownProfileCache.h"
#include "Store.h"

#include <QObject>

#include <functional>
#include <optional>

namespace omnidesk::server {

// Assembles customer profiles from ingested events: resolves the profile
// through the identity graph (person keys merge profiles, a Phone is shared
// and never merges; docs/architecture.md, "Identity graph"), stores each
// event once, recomputes the cart and the purchase facts from the commerce
// events in event-time order, keeps consents by event time, keeps the
// timeline, bumps the version and announces every change as a ProfilePatch.
class ProfileEngine : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kAbandonAfterSecs = 30 * 60;

    struct Result
    {
        bool ok = false;
        bool duplicate = false;
        QString profileId;
    };

    ProfileEngine(Store *store, Clock clock, QObject *parent = nullptr);

    // Lifetime value and last purchase, from purchase events (any order).
    struct PurchaseFacts
    {
        qint64 lifetimeValue = 0;
        QDateTime lastPurchaseAt;
    };

    // `prepared`, when given, is storedFormOf(event), made beforehand (the
    // parse thread makes it for a batch's events).
    Result ingest(const IngestEvent &event, const StoredEvent *prepared = nullptr);
    // A batch of ingests in one store transaction (Store::beginBatch): the
    // patches and merges it announces are held, go out in event order once
    // the batch commits, and are dropped when it does not (a rolled-back
    // change is never shown). Outside a batch each announcement goes out
    // after its own commit.
    bool beginBatch();
    bool commitBatch();
    void rollbackBatch();
    // True while the held announcements of a committed batch go out.
    bool releasingBatch() const { return m_releasing; }
    // Puts a logged call outcome on the customer's timeline (channel "call").
    bool recordOutcome(const protocol::OutcomeLog &outcome, qint64 outcomeId);

    // The profile, also by an id that was merged away (then with the
    // surviving profile's id).
    std::optional<Profile> loadProfile(const QString &id,
                                       int timelineLimit = protocol::kPopTimelineEvents) const;
    // The most recently updated profile with this phone.
    QString findByPhone(const QString &e164) const;
    // Every profile with this phone (a shared household line), most recently updated first.
    QStringList findAllByPhone(const QString &e164) const;
    QString findByEmail(const QString &email) const;

    NextStepRules &rules() { return m_rules; }
    // Tells whether anybody shows a profile (the gateway installs it); a
    // patch of a profile nobody shows goes without its next steps, which
    // saves loading the whole profile per ingested event. Unset: always.
    void setInterest(std::function<bool(const QString &profileId)> interest)
    {
        m_interest = std::move(interest);
    }
    // The next steps for `profile` as shown in `channel` (call, or store for a
    // profile opened outside a call), from the current rules, worded for a
    // reader of `language` (a shipped language code; empty: English).
    QList<NextStep> nextStepsFor(const Profile &profile, const QString &channel,
                                 const QString &language = QString()) const;
    // The same for a profile somebody shows, from the rules' inputs kept for
    // it since its last patch (no store read); nullopt when none are kept.
    std::optional<QList<NextStep>> shownNextSteps(const QString &profileId, const QString &channel,
                                                  const QString &language = QString()) const;

    // Timeline text for an event, e.g. "Added Phone X15 (1 × EUR 799.00)".
    static QString summaryFor(const IngestEvent &event);
    // The cart after the given commerce events (any order; sorted by time here).
    static Cart computeCart(QList<StoredEvent> events);
    // One step of computeCart: the cart after `event`, which comes after
    // every event the cart was computed from.
    static void applyToCart(Cart &cart, const StoredEvent &event);
    // Purchases count once per purchaseID (or event id when there is none).
    static PurchaseFacts computePurchases(const QList<StoredEvent> &events);
    static QJsonObject bodyOf(const IngestEvent &event);
    // The event as its row in the events table will hold it (without the
    // profile): summary, body and the body's JSON text. Uses no state, so
    // any thread may make it.
    static StoredEvent storedFormOf(const IngestEvent &event);

Q_SIGNALS:
    void profileChanged(const omnidesk::protocol::ProfilePatch &patch);
    // Profile `from` was merged into `into` (after the patch of `into`);
    // `from` is now an alias of `into`.
    void profilesMerged(const QString &from, const QString &into);

private:
    // A patch, or a merge (from, into), held until its batch commits.
    struct Announcement
    {
        std::optional<protocol::ProfilePatch> patch;
        QString mergedFrom;
        QString mergedInto;
    };
    void announce(Announcement announcement);
    void dropHeld();

    // Finds (or creates) the profile of an event inside the open transaction,
    // merging the profiles its person keys belong to; fills `merged` with
    // the records of the profiles merged away, and `held` with the event's
    // person keys the profile holds already (no need to add them again).
    QString resolveProfile(const IngestEvent &event, const QDateTime &now, QList<ProfileRecord> *merged,
                           QList<Identity> *held);
    bool appendToTimeline(const QString &profileId, const StoredEvent &stored, const IngestEvent *source,
                          const QList<ProfileRecord> &merged = {});
    Cart withAbandonment(Cart cart, const QDateTime &now) const;
    // The next steps for the patch of a shown profile, written from `before`
    // to `after` by `stored`: from the kept inputs (read afresh when missing),
    // and only when they differ from the steps sent last.
    std::optional<QList<NextStep>> changedNextSteps(const ProfileRecord &before, const ProfileRecord &after,
                                                    const StoredEvent &stored,
                                                    const QList<ProfileRecord> &merged);
    // A profile with the record's fields (no identities, timeline or steps).
    Profile assemble(const ProfileRecord &record, const QDateTime &now) const;
    QList<NextStep> stepsFor(const Profile &profile, const QString &channel, const QString &language,
                             const QDateTime &now, const QHash<QString, QString> &outcomeDispositions) const;

    Store *m_store;
    Clock m_clock;
    NextStepRules m_rules;
    std::function<bool(const QString &)> m_interest;
    // The rules' inputs of the profiles somebody shows (mutable: loadProfile
    // marks a profile's steps as to be sent again).
    mutable ShownProfileCache m_shown;
    bool m_holding = false;
    bool m_releasing = false;
    QList<Announcement> m_held;
};

} // namespace omnidesk::server
