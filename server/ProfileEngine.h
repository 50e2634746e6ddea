#pragma once

#include "Clock.h"
#include "IngestEvent.h"
#include "Messages.h"
#include "NextStepRules.h"
#include "Protocol.h"
#include "Store.h"

#include <QObject>

#include <optional>

namespace omnidesk::server {

// Assembles customer profiles from ingested events: resolves the profile
// through the identities, stores each event once, recomputes the cart from the
// commerce events in event-time order, keeps the timeline, bumps the version
// and announces every change as a ProfilePatch.
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

    Result ingest(const IngestEvent &event);
    // Puts a logged call outcome on the customer's timeline (channel "call").
    bool recordOutcome(const protocol::OutcomeLog &outcome, qint64 outcomeId);

    std::optional<Profile> loadProfile(const QString &id,
                                       int timelineLimit = protocol::kPopTimelineEvents) const;
    QString findByPhone(const QString &e164) const;
    QString findByEmail(const QString &email) const;

    NextStepRules &rules() { return m_rules; }

    // Timeline text for an event, e.g. "Added Phone X15 (1 × EUR 799.00)".
    static QString summaryFor(const IngestEvent &event);
    // The cart after the given commerce events (any order; sorted by time here).
    static Cart computeCart(QList<StoredEvent> events);
    static QJsonObject bodyOf(const IngestEvent &event);

Q_SIGNALS:
    void profileChanged(const omnidesk::protocol::ProfilePatch &patch);

private:
    bool appendToTimeline(const QString &profileId, const StoredEvent &stored, const IngestEvent *source);
    Cart withAbandonment(Cart cart, const QDateTime &now) const;

    Store *m_store;
    Clock m_clock;
    NextStepRules m_rules;
};

} // namespace omnidesk::server
