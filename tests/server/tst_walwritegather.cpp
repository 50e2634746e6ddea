// WalWriteGather: a commit's log frames reach the file in a few system calls,
// other connections (another thread, the checkpointer) only ever see whole
// commits, and a process killed in the middle of its commits leaves a
// database that opens, checks clean and holds every commit it reported.
#include "WalCheckpointer.h"
#include "WalTestDb.h"
#include "WalWriteGather.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <thread>

using namespace omnidesk::server;

namespace {

using omnidesk::server::test::openWal;

constexpr int kRowsPerCommit = 40;

// Scattered rows (a random key and a 300-byte value each) so that a commit
// dirties many pages, as ingest's commits do; every commit stores
// kRowsPerCommit rows whose `commit_no` is its number.
bool commitRows(sqlite3 *db, int commitNo)
{
    if (sqlite3_exec(db,
                     "CREATE TABLE IF NOT EXISTS t(k INTEGER PRIMARY KEY, commit_no INTEGER NOT NULL,"
                     " v BLOB NOT NULL); CREATE INDEX IF NOT EXISTS t_commit ON t(commit_no)",
                     nullptr, nullptr, nullptr) != SQLITE_OK)
        return false;
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO t(k, commit_no, v) VALUES (abs(random()), ?, randomblob(300))", -1,
                       &insert, nullptr);
    bool ok = sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    for (int r = 0; ok && r < kRowsPerCommit; ++r) {
        sqlite3_bind_int(insert, 1, commitNo);
        ok = sqlite3_step(insert) == SQLITE_DONE;
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    return ok && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
}

qint64 queryInt(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return -1;
    const qint64 value = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : -1;
    sqlite3_finalize(statement);
    return value;
}

QString integrity(sqlite3 *db)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(db));
    QString result;
    while (sqlite3_step(statement) == SQLITE_ROW)
        result += QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return result;
}

// The child process of killedWhileCommitting: commits until killed and
// prints the number of each commit once COMMIT returned.
int writeUntilKilled(const char *path)
{
    if (!WalWriteGather::install())
        return 2;
    sqlite3 *db = openWal(QString::fromLocal8Bit(path));
    if (!db)
        return 3;
    auto checkpointer = WalCheckpointer::start(db, 200, 2000);
    for (int commitNo = 1;; ++commitNo) {
        if (!commitRows(db, commitNo))
            return 4;
        std::printf("%d\n", commitNo);
        std::fflush(stdout);
    }
}

} // namespace

class TestWalWriteGather : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void commit_framesGatheredIntoFewWrites();
    void otherConnections_seeOnlyWholeCommits();
    void killedWhileCommitting_committedRowsKept();
    void spilledTransaction_copyRecoversIt();
    void failedWrite_commitFailsNothingLost();
};

void TestWalWriteGather::initTestCase()
{
    QVERIFY(WalWriteGather::install());
    QCOMPARE(QByteArray(sqlite3_vfs_find(nullptr)->zName), QByteArray(WalWriteGather::vfsName()));
}

void TestWalWriteGather::commit_framesGatheredIntoFewWrites()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("g.sqlite"));
    sqlite3 *db = openWal(path);
    QVERIFY(db);
    QVERIFY(commitRows(db, 0));
    const WalWriteGather::Counts before = WalWriteGather::counts();
    constexpr int kCommits = 50;
    for (int c = 1; c <= kCommits; ++c)
        QVERIFY(commitRows(db, c));
    const WalWriteGather::Counts after = WalWriteGather::counts();
    const quint64 logWrites = after.logWrites - before.logWrites;
    const quint64 systemWrites = after.systemWrites - before.systemWrites;
    // Two calls per frame from SQLite (~100 per commit here); one per 64 KiB
    // of frames reaches the system, and one more per commit at most.
    QVERIFY2(logWrites >= quint64(kCommits) * 40, qPrintable(QStringLiteral("%1 log writes").arg(logWrites)));
    QVERIFY2(
        systemWrites <= logWrites / 10,
        qPrintable(QStringLiteral("%1 system writes for %2 log writes").arg(systemWrites).arg(logWrites)));
    QCOMPARE(sqlite3_close(db), SQLITE_OK);

    // A fresh connection reads it all, and so does one after a checkpoint.
    sqlite3 *reader = openWal(path);
    QVERIFY(reader);
    QCOMPARE(queryInt(reader, "SELECT count(*) FROM t"), qint64((kCommits + 1) * kRowsPerCommit));
    QCOMPARE(integrity(reader), QStringLiteral("ok"));
    QCOMPARE(sqlite3_wal_checkpoint_v2(reader, "main", SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr),
             SQLITE_OK);
    QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    QCOMPARE(queryInt(reader, "SELECT count(DISTINCT commit_no) FROM t"), qint64(kCommits + 1));
    QCOMPARE(sqlite3_close(reader), SQLITE_OK);
}

// A writer on one thread commits while a reader on this one starts a
// transaction after transaction and the checkpointer copies the log into the
// database: the reader never sees part of a commit, nor a page whose frame
// was still gathered (SQLite would report the database malformed).
void TestWalWriteGather::otherConnections_seeOnlyWholeCommits()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    sqlite3 *writer = openWal(path);
    QVERIFY(writer);
    QVERIFY(commitRows(writer, 0));
    auto checkpointer = WalCheckpointer::start(writer, 100, 1000);
    QVERIFY(checkpointer);
    sqlite3 *reader = openWal(path);
    QVERIFY(reader);

    constexpr int kCommits = 300;
    std::atomic<bool> writerOk{true};
    std::atomic<bool> done{false};
    std::thread writing([&] {
        for (int c = 1; c <= kCommits && writerOk; ++c)
            writerOk = commitRows(writer, c);
        done = true;
    });
    int reads = 0;
    qint64 lastSeen = 0;
    QString failure;
    while (failure.isEmpty() && (!done || reads == 0)) {
        sqlite3_exec(reader, "BEGIN", nullptr, nullptr, nullptr);
        const qint64 rows = queryInt(reader, "SELECT count(*) FROM t");
        const qint64 newest = queryInt(reader, "SELECT max(commit_no) FROM t");
        const qint64 ofNewest =
            queryInt(reader, "SELECT count(*) FROM t WHERE commit_no = (SELECT max(commit_no) FROM t)");
        sqlite3_exec(reader, "COMMIT", nullptr, nullptr, nullptr);
        if (rows < 0 || newest < 0)
            failure = QStringLiteral("read failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(reader)));
        else if (rows != (newest + 1) * kRowsPerCommit || ofNewest != kRowsPerCommit)
            failure =
                QStringLiteral("%1 rows up to commit %2 (%3 of it)").arg(rows).arg(newest).arg(ofNewest);
        else if (newest < lastSeen)
            failure = QStringLiteral("commit %1 after %2").arg(newest).arg(lastSeen);
        lastSeen = newest;
        ++reads;
    }
    writing.join();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(writerOk);
    QVERIFY2(reads > 10, qPrintable(QString::number(reads)));
    checkpointer.reset();
    QVERIFY(checkpointer == nullptr);
    QCOMPARE(queryInt(reader, "SELECT count(*) FROM t"), qint64((kCommits + 1) * kRowsPerCommit));
    QCOMPARE(integrity(reader), QStringLiteral("ok"));
    QCOMPARE(sqlite3_close(reader), SQLITE_OK);
    QCOMPARE(sqlite3_close(writer), SQLITE_OK);
}

// SIGKILL in the middle of commits (gathered frames never written): the
// database recovers to a whole commit at least as new as the last one the
// process reported.
void TestWalWriteGather::killedWhileCommitting_committedRowsKept()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("k.sqlite"));
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--write-until-killed"), path});
    QVERIFY(child.waitForStarted());
    int reported = 0;
    QByteArray pending;
    while (reported < 150 && child.state() == QProcess::Running) {
        child.waitForReadyRead(5000);
        pending += child.readAllStandardOutput();
        const qsizetype end = pending.lastIndexOf('\n');
        if (end >= 0) {
            const QList<QByteArray> lines = pending.left(end).split('\n');
            reported = lines.last().toInt();
            pending.remove(0, end + 1);
        }
    }
    child.kill();
    QVERIFY(child.waitForFinished(5000));
    QVERIFY2(
        reported >= 150,
        qPrintable(
            QStringLiteral("child reported %1 commits, exit code %2").arg(reported).arg(child.exitCode())));

    sqlite3 *db = openWal(path);
    QVERIFY(db);
    QCOMPARE(integrity(db), QStringLiteral("ok"));
    const qint64 rows = queryInt(db, "SELECT count(*) FROM t");
    const qint64 newest = queryInt(db, "SELECT max(commit_no) FROM t");
    QVERIFY2(newest >= reported,
             qPrintable(QStringLiteral("%1 reported, %2 kept").arg(reported).arg(newest)));
    QCOMPARE(rows, newest * kRowsPerCommit);
    QCOMPARE(sqlite3_close(db), SQLITE_OK);
}

namespace {
// Copies the database and its log (not the shared-memory index) elsewhere,
// as a crash would leave them: opening the copy recovers from the log,
// checking every frame's checksum.
bool copyAsCrashed(const QString &from, const QString &to)
{
    return QFile::copy(from, to) && QFile::copy(from + QStringLiteral("-wal"), to + QStringLiteral("-wal"));
}
} // namespace

// A transaction larger than the page cache: SQLite writes frames before the
// commit, then rewrites some in place and recomputes the checksums of the
// frames after them. A copy taken right after COMMIT (as after a crash)
// recovers the whole commit.
void TestWalWriteGather::spilledTransaction_copyRecoversIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    sqlite3 *db = openWal(path);
    QVERIFY(db);
    sqlite3_exec(db, "PRAGMA wal_autocheckpoint=0", nullptr, nullptr, nullptr);
    for (int c = 0; c < 50; ++c)
        QVERIFY(commitRows(db, 0));
    sqlite3_exec(db, "PRAGMA cache_size=10", nullptr, nullptr, nullptr);
    QCOMPARE(sqlite3_exec(db,
                          "BEGIN; UPDATE t SET commit_no = 1, v = randomblob(300);"
                          " UPDATE t SET commit_no = 2, v = randomblob(300); COMMIT",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(copyAsCrashed(path, copy));
    sqlite3 *recovered = openWal(copy);
    QVERIFY(recovered);
    QCOMPARE(integrity(recovered), QStringLiteral("ok"));
    QCOMPARE(queryInt(recovered, "SELECT count(*) FROM t WHERE commit_no = 2"), qint64(50 * kRowsPerCommit));
    QCOMPARE(sqlite3_close(recovered), SQLITE_OK);
    QCOMPARE(sqlite3_close(db), SQLITE_OK);
}

namespace {
std::atomic<bool> g_failWrites{false};
sqlite3_syscall_ptr g_realPwrite = nullptr;
sqlite3_syscall_ptr g_realPwrite64 = nullptr;

ssize_t failingPwrite(int fd, const void *data, size_t size, off_t offset)
{
    if (g_failWrites) {
        errno = EIO;
        return -1;
    }
    return reinterpret_cast<ssize_t (*)(int, const void *, size_t, off_t)>(g_realPwrite)(fd, data, size,
                                                                                         offset);
}

ssize_t failingPwrite64(int fd, const void *data, size_t size, off_t offset)
{
    if (g_failWrites) {
        errno = EIO;
        return -1;
    }
    return reinterpret_cast<ssize_t (*)(int, const void *, size_t, off_t)>(g_realPwrite64)(fd, data, size,
                                                                                           offset);
}
} // namespace

// The disk refuses a commit's writes: the commit reports the error, nothing
// of it shows, and once writes succeed again the next commit is stored whole.
void TestWalWriteGather::failedWrite_commitFailsNothingLost()
{
    sqlite3_vfs *unix = sqlite3_vfs_find("unix");
    QVERIFY(unix && unix->xSetSystemCall);
    g_realPwrite = unix->xGetSystemCall(unix, "pwrite");
    g_realPwrite64 = unix->xGetSystemCall(unix, "pwrite64");
    QVERIFY(g_realPwrite || g_realPwrite64);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("f.sqlite"));
    sqlite3 *db = openWal(path);
    QVERIFY(db);
    sqlite3_exec(db, "PRAGMA wal_autocheckpoint=0", nullptr, nullptr, nullptr);
    QVERIFY(commitRows(db, 0));
    if (g_realPwrite)
        unix->xSetSystemCall(unix, "pwrite", reinterpret_cast<sqlite3_syscall_ptr>(failingPwrite));
    if (g_realPwrite64)
        unix->xSetSystemCall(unix, "pwrite64", reinterpret_cast<sqlite3_syscall_ptr>(failingPwrite64));
    g_failWrites = true;
    const bool refusedCommitStored = commitRows(db, 1);
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    g_failWrites = false;
    const bool nextStored = commitRows(db, 2) && commitRows(db, 3);
    unix->xSetSystemCall(unix, nullptr, nullptr); // every system call back to its default
    QVERIFY2(!refusedCommitStored, "a commit whose writes failed reported success");
    QVERIFY2(nextStored, sqlite3_errmsg(db));

    sqlite3 *reader = openWal(path);
    QVERIFY(reader);
    QCOMPARE(integrity(reader), QStringLiteral("ok"));
    QCOMPARE(queryInt(reader, "SELECT count(*) FROM t WHERE commit_no = 1"), qint64(0));
    QCOMPARE(queryInt(reader, "SELECT count(*) FROM t"), qint64(3 * kRowsPerCommit));
    QCOMPARE(sqlite3_close(reader), SQLITE_OK);
    QCOMPARE(sqlite3_close(db), SQLITE_OK);
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--write-until-killed") == 0)
        return writeUntilKilled(argv[2]);
    QCoreApplication app(argc, argv);
    TestWalWriteGather test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_walwritegather.moc"
