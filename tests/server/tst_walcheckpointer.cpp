// WalCheckpointer: the write-ahead log is checkpointed off the writing thread,
// stays bounded under a steady stream of commits, and loses nothing.
#include "WalCheckpointer.h"
#include "WalTestDb.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using omnidesk::server::WalCheckpointer;

namespace {

using omnidesk::server::test::openWal;

// Commits `transactions` transactions of `rowsEach` rows of 1 KiB; returns the
// largest size the log file reached after a commit.
qint64 writeRows(sqlite3 *db, const QString &walPath, int transactions, int rowsEach)
{
    sqlite3_exec(db, "CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY, payload BLOB)", nullptr, nullptr,
                 nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO t(payload) VALUES (zeroblob(1024))", -1, &insert, nullptr);
    qint64 largest = 0;
    for (int t = 0; t < transactions; ++t) {
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        for (int r = 0; r < rowsEach; ++r) {
            sqlite3_step(insert);
            sqlite3_reset(insert);
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        largest = std::max(largest, QFileInfo(walPath).size());
    }
    sqlite3_finalize(insert);
    return largest;
}

qint64 countRows(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *count = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM t", -1, &count, nullptr);
    const qint64 rows = sqlite3_step(count) == SQLITE_ROW ? sqlite3_column_int64(count, 0) : -1;
    sqlite3_finalize(count);
    sqlite3_close(db);
    return rows;
}

} // namespace

class TestWalCheckpointer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void steadyCommits_checkpointedOffThreadAndLogBounded();
    void checkpointAskedOncePerThresholdOfGrowth();
    void inMemoryDatabase_noCheckpointer();
};

void TestWalCheckpointer::steadyCommits_checkpointedOffThreadAndLogBounded()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("wal.sqlite"));
    sqlite3 *db = openWal(path);
    QVERIFY(db);
    constexpr int kThreshold = 40;
    constexpr int kHardLimit = 200;
    qint64 largest = 0;
    int checkpoints = 0;
    {
        auto checkpointer = WalCheckpointer::start(db, kThreshold, kHardLimit);
        QVERIFY(checkpointer);
        // About 5,000 pages in all, 25 per commit: without checkpoints the log
        // would grow to 20 MiB.
        largest = writeRows(db, path + QStringLiteral("-wal"), 200, 100);
        checkpoints = checkpointer->checkpoints();
    }
    QVERIFY2(checkpoints > 0, "no checkpoint ran on the checkpointer's thread");
    // At most the hard limit plus what the commits made while the covering
    // checkpoint ran (one commit's pages, and slack for the log's header).
    const qint64 pageFrame = 4096 + 24;
    QVERIFY2(largest <= (kHardLimit + 2 * 30) * pageFrame,
             qPrintable(QStringLiteral("log reached %1 bytes").arg(largest)));
    QCOMPARE(sqlite3_close(db), SQLITE_OK);
    QCOMPARE(countRows(path), qint64(200 * 100));
}

// A checkpoint is asked for each time the log grew by the threshold, not at
// every commit once the log is past it: one checkpoint then copies a page
// many commits rewrote once.
void TestWalCheckpointer::checkpointAskedOncePerThresholdOfGrowth()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("wal.sqlite"));
    sqlite3 *db = openWal(path);
    QVERIFY(db);
    writeRows(db, path + QStringLiteral("-wal"), 1, 1);
    // A reader holding an old snapshot keeps every frame in the log (no
    // checkpoint can finish), so the log only grows, as under steady ingest.
    sqlite3 *reader = openWal(path);
    QVERIFY(reader);
    QCOMPARE(sqlite3_exec(reader, "BEGIN; SELECT count(*) FROM t", nullptr, nullptr, nullptr), SQLITE_OK);
    constexpr int kThreshold = 100;
    int requests = 0;
    {
        auto checkpointer = WalCheckpointer::start(db, kThreshold, 1'000'000);
        QVERIFY(checkpointer);
        writeRows(db, path + QStringLiteral("-wal"), 40, 100); // ~36 pages per commit
        requests = checkpointer->requests();
    }
    const qint64 frames = (QFileInfo(path + QStringLiteral("-wal")).size() - 32) / (4096 + 24);
    QVERIFY2(frames > 900, qPrintable(QString::number(frames)));
    // Each request follows at least kThreshold new frames, and at most one
    // commit's worth more: at every commit past the mark it would be ~37.
    QVERIFY2(requests <= frames / kThreshold && requests >= frames / (kThreshold + 40),
             qPrintable(QStringLiteral("%1 requests for %2 frames").arg(requests).arg(frames)));
    sqlite3_exec(reader, "COMMIT", nullptr, nullptr, nullptr);
    QCOMPARE(sqlite3_close(reader), SQLITE_OK);
    QCOMPARE(sqlite3_close(db), SQLITE_OK);
    QCOMPARE(countRows(path), qint64(40 * 100 + 1));
}

void TestWalCheckpointer::inMemoryDatabase_noCheckpointer()
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
    QVERIFY(!WalCheckpointer::start(db));
    sqlite3_close(db);
}

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
