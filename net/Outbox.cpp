#include "Outbox.h"

#include "NetLogging.h"
#include "OutboxStore.h"

#include <QAtomicInt>
#include <QUuid>

#include <algorithm>

namespace omnidesk::net {

namespace {
QAtomicInt connectionCounter;
}

Outbox::Outbox(const QString &filePath, QObject *parent) : QObject(parent), m_filePath(filePath)
{
    qRegisterMetaType<OutboxItem>();
    qRegisterMetaType<QList<OutboxItem>>();
    m_thread.setObjectName(QStringLiteral("omnidesk-outbox"));
    m_store =
        new OutboxStore(QStringLiteral("omnidesk-outbox-%1").arg(connectionCounter.fetchAndAddRelaxed(1)));
    m_store->moveToThread(&m_thread);
    connect(m_store, &OutboxStore::opened, this, &Outbox::onOpened);
    connect(m_store, &OutboxStore::inserted, this, &Outbox::onInserted);
    connect(m_store, &OutboxStore::updated, this, &Outbox::onUpdated);
    connect(m_store, &OutboxStore::failed, this, &Outbox::failed);
    m_thread.start();
    const QDateTime deleteAckedBefore = QDateTime::currentDateTimeUtc().addDays(-kAckedRetentionDays);
    QMetaObject::invokeMethod(m_store, [store = m_store, filePath, deleteAckedBefore] {
        store->open(filePath, deleteAckedBefore);
    });
}

Outbox::~Outbox()
{
    // Queued calls run in order: every write queued before this runs first.
    QMetaObject::invokeMethod(m_store, [store = m_store] {
        delete store;
        QThread::currentThread()->quit();
    });
    m_thread.wait();
}

QString Outbox::enqueue(protocol::OutcomeLog outcome)
{
    if (outcome.key.isEmpty())
        outcome.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString key = outcome.key;
    if (m_items.contains(key) || m_stored.contains(key))
        return key;
    OutboxItem item;
    item.outcome = std::move(outcome);
    item.createdAt = QDateTime::currentDateTimeUtc();
    item.updatedAt = item.createdAt;
    m_order.append(key);
    m_items.insert(key, item);
    if (!m_ready) {
        m_beforeReady.append(item);
        return key;
    }
    QMetaObject::invokeMethod(m_store, [store = m_store, item] { store->insert(item); });
    return key;
}

void Outbox::persist(const OutboxItem &item)
{
    QMetaObject::invokeMethod(m_store, [store = m_store, item] { store->update(item); });
}

void Outbox::markSent(const QString &key)
{
    auto it = m_items.find(key);
    if (it == m_items.end() || it->state == State::Acked)
        return;
    it->state = State::Sent;
    ++it->attempts;
    it->updatedAt = QDateTime::currentDateTimeUtc();
    if (m_stored.contains(key))
        persist(*it);
}

void Outbox::markAcked(const QString &key, qint64 outcomeId)
{
    auto it = m_items.find(key);
    if (it == m_items.end() || it->state == State::Acked)
        return;
    it->state = State::Acked;
    it->outcomeId = outcomeId;
    it->updatedAt = QDateTime::currentDateTimeUtc();
    if (m_stored.contains(key))
        persist(*it);
}

QList<OutboxItem> Outbox::pending() const
{
    QList<OutboxItem> result;
    for (const QString &key : m_order) {
        const OutboxItem &item = m_items[key];
        if (item.state != State::Acked && m_stored.contains(key))
            result.append(item);
    }
    return result;
}

QList<OutboxItem> Outbox::items() const
{
    QList<OutboxItem> result;
    result.reserve(m_order.size());
    for (const QString &key : m_order)
        result.append(m_items[key]);
    return result;
}

std::optional<OutboxItem> Outbox::item(const QString &key) const
{
    const auto it = m_items.constFind(key);
    if (it == m_items.constEnd())
        return std::nullopt;
    return *it;
}

void Outbox::retire(const QString &key)
{
    if (!m_recentAcked.contains(key))
        m_recentAcked.append(key);
    while (m_recentAcked.size() > kRecentAcked) {
        const QString oldest = m_recentAcked.takeFirst();
        m_items.remove(oldest);
        m_order.removeOne(oldest);
    }
}

void Outbox::onOpened(const QList<OutboxItem> &items)
{
    // Rows from disk go first (they are older); items enqueued meanwhile follow.
    // Of the acknowledged rows only the last kRecentAcked enter the mirror.
    qsizetype ackedToSkip = std::count_if(items.cbegin(), items.cend(),
                                          [](const OutboxItem &item) { return item.state == State::Acked; }) -
                            kRecentAcked;
    QList<QString> order;
    for (const OutboxItem &item : items) {
        const QString key = item.key();
        m_stored.insert(key);
        if (item.state == State::Acked && ackedToSkip-- > 0) {
            m_items.remove(key); // a copy enqueued before the database was read
            continue;
        }
        order.append(key);
        m_items.insert(key, item);
        if (item.state == State::Acked)
            m_recentAcked.append(key);
    }
    for (const QString &key : std::as_const(m_order)) {
        if (!m_stored.contains(key))
            order.append(key);
    }
    m_order = order;
    m_ready = true;
    qCInfo(lcNet) << "outbox ready," << pending().size() << "outcomes waiting";
    const QList<OutboxItem> early = std::exchange(m_beforeReady, {});
    for (const OutboxItem &item : early) {
        if (!m_stored.contains(item.key()))
            QMetaObject::invokeMethod(m_store, [store = m_store, item] { store->insert(item); });
    }
    emit ready();
}

void Outbox::onInserted(const QString &key)
{
    m_stored.insert(key);
    const auto it = m_items.constFind(key);
    if (it == m_items.constEnd())
        return;
    // State changes made while the insert was in flight still need writing.
    if (it->state != State::Pending)
        persist(*it);
    emit itemChanged(key, it->state == State::Acked ? State::Acked : State::Pending);
}

void Outbox::onUpdated(const QString &key)
{
    const auto it = m_items.constFind(key);
    if (it == m_items.constEnd())
        return;
    const State state = it->state;
    if (state == State::Acked)
        retire(key);
    emit itemChanged(key, state);
}

} // namespace omnidesk::net
