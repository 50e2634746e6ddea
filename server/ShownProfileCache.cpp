#include "ShownProfileCache.h"

#include "TimelineText.h"

#include <algorithm>

namespace omnidesk::server {

namespace {

// The record's fields the rules read (RuleSet::evaluate through the assembled profile).
bool sameRuleFacts(const ProfileRecord &a, const ProfileRecord &b)
{
    return a.cart == b.cart && a.tier == b.tier && a.lifetimeValue == b.lifetimeValue &&
           a.lastPurchaseAt == b.lastPurchaseAt && a.consentValues() == b.consentValues();
}

} // namespace

ShownProfileCache::ShownProfileCache(qsizetype capacity) : m_capacity(std::max<qsizetype>(capacity, 1)) {}

bool ShownProfileCache::comesBefore(const TimelineEvent &a, const TimelineEvent &b)
{
    if (a.at != b.at)
        return a.at > b.at;
    return a.id.toUtf8() > b.id.toUtf8();
}

TimelineEvent ShownProfileCache::timelineEventOf(const StoredEvent &stored)
{
    return TimelineEvent{stored.id,   stored.at.toUTC(), stored.channel,
                         stored.type, stored.summary,    TimelineText::factsToSend(stored.type, stored.body)};
}

bool ShownProfileCache::isOutcome(const QString &type)
{
    return type == QLatin1StringView("call.outcome") || type == QLatin1StringView("store.outcome");
}

const ShownProfileCache::Inputs *ShownProfileCache::find(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.constEnd() ? nullptr : &it->inputs;
}

ShownProfileCache::Advance ShownProfileCache::advance(const ProfileRecord &before, const ProfileRecord &after,
                                                      const StoredEvent &stored)
{
    const auto it = m_entries.find(after.id);
    if (it == m_entries.end())
        return Advance::Missing;
    Inputs &inputs = it->inputs;
    if (inputs.record.version != before.version || inputs.record.updatedAt != before.updatedAt) {
        m_entries.erase(it);
        return Advance::Missing;
    }
    it->used = ++m_uses;
    bool changed = !sameRuleFacts(inputs.record, after);
    inputs.record = after;

    const TimelineEvent event = timelineEventOf(stored);
    const auto at = std::find_if(inputs.timeline.cbegin(), inputs.timeline.cend(),
                                 [&event](const TimelineEvent &held) { return comesBefore(event, held); });
    // A late event older than the whole (full) window is not among the newest.
    if (at != inputs.timeline.cend() || inputs.timeline.size() < kTimelineWindow) {
        inputs.timeline.insert(at - inputs.timeline.cbegin(), event);
        if (isOutcome(event.type))
            inputs.dispositions.insert(event.id,
                                       stored.body.value(QLatin1StringView("disposition")).toString());
        if (inputs.timeline.size() > kTimelineWindow)
            inputs.dispositions.remove(inputs.timeline.takeLast().id);
        changed = true;
    }
    return changed ? Advance::Changed : Advance::Unchanged;
}

const ShownProfileCache::Inputs *
ShownProfileCache::put(const ProfileRecord &record, QList<TimelineEvent> timeline,
                       QHash<QString, QString> dispositions,
                       const std::function<bool(const QString &)> &stillShown)
{
    m_entries.remove(record.id);
    if (m_entries.size() >= m_capacity)
        makeRoom(stillShown);
    if (timeline.size() > kTimelineWindow)
        timeline.resize(kTimelineWindow);
    // Only the outcomes in the window matter; advance() drops each as it leaves.
    QHash<QString, QString> kept;
    for (const TimelineEvent &event : std::as_const(timeline)) {
        const auto disposition = dispositions.constFind(event.id);
        if (disposition != dispositions.constEnd())
            kept.insert(event.id, *disposition);
    }
    Entry &entry = m_entries[record.id];
    entry.inputs = Inputs{record, std::move(timeline), std::move(kept)};
    entry.used = ++m_uses;
    return &entry.inputs;
}

void ShownProfileCache::remove(const QString &id)
{
    m_entries.remove(id);
}

bool ShownProfileCache::markSent(const QString &id, const QList<NextStep> &steps)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return true;
    if (it->sent && *it->sent == steps)
        return false;
    it->sent = steps;
    return true;
}

void ShownProfileCache::forgetSent(const QString &id)
{
    const auto it = m_entries.find(id);
    if (it != m_entries.end())
        it->sent.reset();
}

void ShownProfileCache::makeRoom(const std::function<bool(const QString &)> &stillShown)
{
    if (stillShown) {
        for (auto it = m_entries.begin(); it != m_entries.end();)
            it = stillShown(it.key()) ? std::next(it) : m_entries.erase(it);
    }
    while (m_entries.size() >= m_capacity) {
        const auto oldest = std::min_element(m_entries.cbegin(), m_entries.cend(),
                                             [](const Entry &a, const Entry &b) { return a.used < b.used; });
        m_entries.erase(oldest);
    }
}

} // namespace omnidesk::server
