#include "Outbox.h"

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
