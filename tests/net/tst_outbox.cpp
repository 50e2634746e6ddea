#include "Outbox.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace omnidesk;
using omnidesk::net::Outbox;
using omnidesk::net::OutboxItem;

namespace {

protocol::OutcomeLog outcome(const QString &key = {},
                             const QString &notes = QStringLiteral("Ordered the phone"))
{
    protocol::OutcomeLog log;
    log.key = key;
    log.callId = QStringLiteral("c-77");
    log.profileId = QStringLiteral("p-1001");
    log.disposition = QStringLiteral("sale");
    log.notes = notes;
    log.loggedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 21, 40), Qt::UTC);
    return log;
}

std::unique_ptr<Outbox> openReady(const QString &path)
{
    auto outbox = std::make_unique<Outbox>(path);
    if (!outbox->isReady()) {
        QSignalSpy ready(outbox.get(), &Outbox::ready);
        if (!ready.wait())
            return nullptr;
    }
    return outbox;
}

bool waitStored(Outbox *outbox, const QString &key)
{
    if (outbox->isStored(key))
        return true;
    QSignalSpy changed(outbox, &Outbox::itemChanged);
    while (changed.wait()) {
        if (outbox->isStored(key))
            return true;
    }
    return outbox->isStored(key);
}

// Acknowledges every key and waits until each acknowledgement is on disk.
bool ackAll(Outbox *outbox, const QStringList &keys)
{
    QSignalSpy changed(outbox, &Outbox::itemChanged);
    qint64 outcomeId = 100;
    for (const QString &key : keys)
        outbox->markAcked(key, ++outcomeId);
    QSet<QString> waiting(keys.cbegin(), keys.cend());
    const auto collect = [&] {
        for (const QList<QVariant> &args : std::as_const(changed)) {
            if (args.at(1).value<OutboxItem::State>() == OutboxItem::State::Acked)
                waiting.remove(args.at(0).toString());
        }
        changed.clear();
    };
    collect();
    while (!waiting.isEmpty() && changed.wait())
        collect();
    return waiting.isEmpty();
}

// Rewrites a row's last change time, as if it had been acknowledged (or
// queued) that long ago.
bool backdate(const QString &path, const QString &key, const QDateTime &when)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backdate"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("UPDATE outcomes SET updated_at = ? WHERE key = ?"));
            query.addBindValue(when.toUTC().toString(Qt::ISODateWithMs));
            query.addBindValue(key);
            ok = query.exec() && query.numRowsAffected() == 1;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backdate"));
    return ok;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void enqueue_assignsUuidKeyAndBecomesPendingOnceStored()
    {
        QTemporaryDir dir;
        auto outbox = openReady(dir.filePath(QStringLiteral("outbox.sqlite")));
        QVERIFY(outbox);
        QSignalSpy changed(outbox.get(), &Outbox::itemChanged);
        const QString key = outbox->enqueue(outcome());
        QVERIFY(!QUuid::fromString(key).isNull());
        QVERIFY(changed.wait());
        QCOMPARE(changed.first().at(0).toString(), key);
        QCOMPARE(changed.first().at(1).value<OutboxItem::State>(), OutboxItem::State::Pending);
        QCOMPARE(outbox->pending().size(), 1);
        QCOMPARE(outbox->pending().first().outcome.notes, QStringLiteral("Ordered the phone"));
    }

    void pendingOutcome_survivesReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
        QString key;
        {
            auto outbox = openReady(path);
            QVERIFY(outbox);
            key = outbox->enqueue(outcome());
            QVERIFY(waitStored(outbox.get(), key));
        }
        auto reopened = openReady(path);
        QVERIFY(reopened);
        const QList<OutboxItem> pending = reopened->pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().key(), key);
        QCOMPARE(pending.first().outcome, [&] {
            auto expected = outcome();
            expected.key = key;
            return expected;
        }());
    }

    void enqueueThenImmediateClose_isStillDurable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
        QString key;
        {
            auto outbox = openReady(path);
            QVERIFY(outbox);
            key = outbox->enqueue(outcome());
            // No wait: the destructor finishes queued writes.
        }
        auto reopened = openReady(path);
        QVERIFY(reopened);
        QCOMPARE(reopened->pending().size(), 1);
        QCOMPARE(reopened->pending().first().key(), key);
    }

    void ackedOutcome_isNotPendingAfterReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
        QString acked;
        QString open;
        {
            auto outbox = openReady(path);
            QVERIFY(outbox);
            acked = outbox->enqueue(outcome());
            open = outbox->enqueue(outcome({}, QStringLiteral("second")));
            QVERIFY(waitStored(outbox.get(), acked));
            QVERIFY(waitStored(outbox.get(), open));
            outbox->markSent(acked);
            QSignalSpy changed(outbox.get(), &Outbox::itemChanged);
            outbox->markAcked(acked, 12);
            QTRY_VERIFY(std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant> &args) {
                return args.at(0).toString() == acked &&
                       args.at(1).value<OutboxItem::State>() == OutboxItem::State::Acked;
            }));
            QCOMPARE(outbox->pending().size(), 1);
        }
        auto reopened = openReady(path);
        QVERIFY(reopened);
        QCOMPARE(reopened->pending().size(), 1);
        QCOMPARE(reopened->pending().first().key(), open);
        const auto item = reopened->item(acked);
        QVERIFY(item);
        QCOMPARE(item->state, OutboxItem::State::Acked);
        QCOMPARE(item->outcomeId, qint64(12));
        QCOMPARE(item->attempts, 1);
    }

    void ackedOutcomes_onlyTheRecentStayInTheMirror()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
        constexpr qsizetype dropped = 5;
        QStringList acked;
        QString open;
        {
            auto outbox = openReady(path);
            QVERIFY(outbox);
            for (qsizetype i = 0; i < Outbox::kRecentAcked + dropped; ++i)
                acked.append(outbox->enqueue(outcome({}, QStringLiteral("outcome %1").arg(i))));
            open = outbox->enqueue(outcome({}, QStringLiteral("not acknowledged")));
            for (const QString &key : std::as_const(acked))
                QVERIFY(waitStored(outbox.get(), key));
            QVERIFY(waitStored(outbox.get(), open));
            QVERIFY(ackAll(outbox.get(), acked));

            // The pending one and the last kRecentAcked acknowledged ones, oldest first.
            const QList<OutboxItem> items = outbox->items();
            QCOMPARE(items.size(), Outbox::kRecentAcked + 1);
            QCOMPARE(items.first().key(), acked.at(dropped));
            QCOMPARE(items.at(items.size() - 2).key(), acked.constLast());
            QCOMPARE(items.last().key(), open);
            QCOMPARE(items.last().state, OutboxItem::State::Pending);
            QCOMPARE(outbox->pending().size(), 1);
            QCOMPARE(outbox->pending().first().key(), open);
            QCOMPARE(outbox->item(acked.constLast())->outcomeId, qint64(100 + acked.size()));

            // An older one: gone from the mirror, its key kept.
            const QString old = acked.first();
            QVERIFY(!outbox->item(old));
            QVERIFY(outbox->isStored(old));
            QCOMPARE(outbox->enqueue(outcome(old, QStringLiteral("resent"))), old);
            QCOMPARE(outbox->items().size(), Outbox::kRecentAcked + 1);
            QCOMPARE(outbox->pending().size(), 1);
        }
        // After a restart the mirror is the same; the old key is still refused.
        auto reopened = openReady(path);
        QVERIFY(reopened);
        QCOMPARE(reopened->items().size(), Outbox::kRecentAcked + 1);
        QCOMPARE(reopened->items().first().key(), acked.at(dropped));
        QCOMPARE(reopened->pending().size(), 1);
        QCOMPARE(reopened->pending().first().key(), open);
        QVERIFY(!reopened->item(acked.first()));
        QVERIFY(reopened->isStored(acked.first()));
        QCOMPARE(reopened->enqueue(outcome(acked.first(), QStringLiteral("resent"))), acked.first());
        QCOMPARE(reopened->pending().size(), 1);
    }

    void ackedRowsPastRetention_areDeletedAtStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
        QString oldAcked, recentAcked, oldPending;
        {
            auto outbox = openReady(path);
            QVERIFY(outbox);
            oldAcked = outbox->enqueue(outcome({}, QStringLiteral("old, acknowledged")));
            recentAcked = outbox->enqueue(outcome({}, QStringLiteral("recent, acknowledged")));
            oldPending = outbox->enqueue(outcome({}, QStringLiteral("old, never acknowledged")));
            for (const QString &key : {oldAcked, recentAcked, oldPending})
                QVERIFY(waitStored(outbox.get(), key));
            QVERIFY(ackAll(outbox.get(), {oldAcked, recentAcked}));
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(backdate(path, oldAcked, now.addDays(-Outbox::kAckedRetentionDays).addSecs(-60)));
        QVERIFY(backdate(path, recentAcked, now.addDays(-Outbox::kAckedRetentionDays).addSecs(3600)));
        QVERIFY(backdate(path, oldPending, now.addDays(-30)));

        auto reopened = openReady(path);
        QVERIFY(reopened);
        QVERIFY(!reopened->isStored(oldAcked));
        QVERIFY(!reopened->item(oldAcked));
        QVERIFY(reopened->isStored(recentAcked));
        QCOMPARE(reopened->item(recentAcked)->state, OutboxItem::State::Acked);
        // An outcome never acknowledged stays, however old.
        QCOMPARE(reopened->pending().size(), 1);
        QCOMPARE(reopened->pending().first().key(), oldPending);
        QCOMPARE(reopened->items().size(), 2);
        reopened.reset();

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(
                query.exec(QStringLiteral("SELECT count(*) FROM outcomes WHERE key = '%1'").arg(oldAcked)));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 0);
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
    }

    void duplicateKey_isQueuedOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
        const QString key = QStringLiteral("3f0b3c1e-5a0e-4d43-9d55-0c2d2b8e1a77");
        {
            auto outbox = openReady(path);
            QVERIFY(outbox);
            QCOMPARE(outbox->enqueue(outcome(key)), key);
            QCOMPARE(outbox->enqueue(outcome(key, QStringLiteral("changed"))), key);
            QVERIFY(waitStored(outbox.get(), key));
            QCOMPARE(outbox->items().size(), 1);
            QCOMPARE(outbox->pending().first().outcome.notes, QStringLiteral("Ordered the phone"));
        }
        auto reopened = openReady(path);
        QVERIFY(reopened);
        QCOMPARE(reopened->enqueue(outcome(key, QStringLiteral("again"))), key);
        QCOMPARE(reopened->items().size(), 1);
    }

    void database_usesWalAndTheOutcomesTable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
        {
            auto outbox = openReady(path);
            QVERIFY(outbox);
            QVERIFY(waitStored(outbox.get(), outbox->enqueue(outcome())));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(query.exec(QStringLiteral("SELECT state, attempts FROM outcomes")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("pending"));
            QCOMPARE(query.value(1).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    }

    void unwritableLocation_reportsFailure()
    {
        // A folder that cannot be made because a file stands in its place (this
        // holds for root too, unlike a permission check).
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Outbox outbox(dir.filePath(QStringLiteral("blocker/folder/outbox.sqlite")));
        QSignalSpy failed(&outbox, &Outbox::failed);
        QVERIFY(failed.wait());
        QVERIFY(!outbox.isReady());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
