#pragma once

#include "Profile.h"
#include "Store.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace omnidesk::server {

// What the next-step rules read of a profile somebody shows: the stored
// record, the newest kTimelineWindow timeline events and the dispositions of
// the logged outcomes among them. ProfileEngine keeps one entry per shown
// profile and carries it forward from every event it stores, so the patch of
// a live event is evaluated without reading the profile back from the store.
//
// An entry stands for one state of the profile (its version and update time).
// An event written on top of any other state (another instance wrote to the
// profile, a batch was rolled back, the entry was evicted) finds no entry, and
// the caller loads the inputs afresh with put().
class ShownProfileCache
{
public:
    // The rules look at the newest 50 events, as ProfileEngine::loadProfile evaluates them.
    static constexpr int kTimelineWindow = 50;
    static constexpr qsizetype kDefaultCapacity = 1024;

    struct Inputs
    {
        ProfileRecord record;
        QList<TimelineEvent> timeline;        // newest first (time, then id), at most kTimelineWindow
        QHash<QString, QString> dispositions; // of the outcome events in `timeline`, by event id
    };

    enum class Advance {
        Missing,   // no entry for the state the event was written on: load afresh
        Unchanged, // carried forward; nothing the rules read changed
        Changed,   // carried forward; the rules need evaluating again
    };

    explicit ShownProfileCache(qsizetype capacity = kDefaultCapacity);

    // The entry of profile `id`, or null.
    const Inputs *find(const QString &id) const;
    // Carries the entry of `before` forward over `stored`, the one event
    // written between the states `before` and `after` of the same profile.
    // An entry for any other state is dropped (Missing).
    Advance advance(const ProfileRecord &before, const ProfileRecord &after, const StoredEvent &stored);
    // Keeps freshly read inputs (the newest events and dispositions as the
    // store returns them), replacing any entry of the profile and what was
    // sent for it. When the cache is full, entries `stillShown` denies go
    // first, then the least recently used.
    const Inputs *put(const ProfileRecord &record, QList<TimelineEvent> timeline,
                      QHash<QString, QString> dispositions,
                      const std::function<bool(const QString &)> &stillShown = {});
    void remove(const QString &id);
    void clear() { m_entries.clear(); }
    qsizetype size() const { return m_entries.size(); }

    // True when `steps` differ from the steps last sent for profile `id` (or
    // none were sent since the entry was made); remembers them as sent.
    bool markSent(const QString &id, const QList<NextStep> &steps);
    // The next patch carries the steps again (somebody got the whole profile
    // meanwhile, with steps worded at that moment).
    void forgetSent(const QString &id);

    // The store's timeline order: newer first; the same time, the larger id
    // (byte order of UTF-8, as SQLite and the "C" collation compare text).
    static bool comesBefore(const TimelineEvent &a, const TimelineEvent &b);
    // The timeline entry of a stored event, as the store reads it back.
    static TimelineEvent timelineEventOf(const StoredEvent &stored);
    static bool isOutcome(const QString &type);

private:
    struct Entry
    {
        Inputs inputs;
        std::optional<QList<NextStep>> sent;
        quint64 used = 0; // m_uses when last touched
    };

    void makeRoom(const std::function<bool(const QString &)> &stillShown);

    QHash<QString, Entry> m_entries;
    qsizetype m_capacity;
    quint64 m_uses = 0;
};

} // namespace omnidesk::server
