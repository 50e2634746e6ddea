#pragma once

#include "OutboxItem.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThread>

#include <optional>

namespace omnidesk::net {

class OutboxStore;

// Durable queue of outcomes (docs/protocol.md#outcomelog). An outcome is
// written to SQLite (WAL, synchronous=FULL) first; only once it is on disk does
// it count as pending and may be sent. Items stay until acknowledged and
// survive restarts. The disk work runs in a worker thread; this object keeps
// an in-memory mirror for the UI thread.
//
// The mirror holds every unacknowledged item but only the kRecentAcked most
// recently acknowledged ones (so the agent can still see that their last
// outcomes were sent); of older acknowledged items only the key is kept, for
// isStored() and for refusing a repeated key. Acknowledged rows stay on disk
// for kAckedRetentionDays and are deleted at the next start after that.
class Outbox : public QObject
{
    Q_OBJECT
public:
    using State = OutboxItem::State;

    static constexpr qsizetype kRecentAcked = 20;
    static constexpr int kAckedRetentionDays = 7;

    explicit Outbox(const QString &filePath, QObject *parent = nullptr);
    ~Outbox() override; // finishes queued writes, then stops the worker

    bool isReady() const { return m_ready; }
    QString filePath() const { return m_filePath; }

    // Queues an outcome. An empty key gets a fresh UUID. Returns the key; a key
    // already in the outbox (also one acknowledged and dropped from the
    // mirror, within the retention) is not added twice.
    QString enqueue(protocol::OutcomeLog outcome);
    // Records a send attempt (state Sent, attempts + 1).
    void markSent(const QString &key);
    void markAcked(const QString &key, qint64 outcomeId = 0);

    // Items on disk that are not acknowledged yet, oldest first.
    QList<OutboxItem> pending() const;
    // What the mirror holds, oldest first: every unacknowledged item and the
    // kRecentAcked most recently acknowledged ones (of this run or, after a
    // restart, from disk).
    QList<OutboxItem> items() const;
    // An item of items(); nullopt for an unknown key and for an acknowledged
    // item that is no longer among the recent ones.
    std::optional<OutboxItem> item(const QString &key) const;
    // True once the item's insert is committed to disk (and still, by key
    // only, after it was acknowledged and dropped from the mirror).
    bool isStored(const QString &key) const { return m_stored.contains(key); }

signals:
    // The database has been read; pending() is complete.
    void ready();
    // An item's durable state changed: Pending when first on disk, then Sent/Acked.
    void itemChanged(const QString &key, omnidesk::net::OutboxItem::State state);
    void failed(const QString &message);

private:
    void onOpened(const QList<OutboxItem> &items);
    void onInserted(const QString &key);
    void onUpdated(const QString &key);
    void persist(const OutboxItem &item);
    // Counts an item as acknowledged on disk: it joins the recent ones and the
    // oldest recent one beyond kRecentAcked leaves the mirror (its key stays).
    void retire(const QString &key);

    QString m_filePath;
    QThread m_thread;
    OutboxStore *m_store = nullptr; // lives in m_thread
    bool m_ready = false;
    QList<QString> m_order;
    QHash<QString, OutboxItem> m_items;
    QSet<QString> m_stored;          // keys on disk, acknowledged or not
    QList<QString> m_recentAcked;    // oldest first, at most kRecentAcked
    QList<OutboxItem> m_beforeReady; // enqueued before the database was read
};

} // namespace omnidesk::net
