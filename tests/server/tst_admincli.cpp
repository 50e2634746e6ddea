// The admin commands of the omnidesk-profiled binary itself (user add/list/
// remove, key add/list/revoke), run with QProcess against a temporary store:
// output, exit codes (0 ok, 1 failure, 2 usage) and what ends up stored.
#include "Store.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace omnidesk::server;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestAdminCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void userAdd_storesHashedPassword();
    void userAdd_existingFails();
    void userAdd_shortPasswordFails();
    void userList_and_remove();
    void keyAdd_printsKeyOnceAndStoresHash();
    void keyRevoke();
    void usageErrors_data();
    void usageErrors();
    void serverRefusesStrayArgument();

private:
    Run run(const QStringList &arguments, const QByteArray &input = {});
    QString dataDir() const { return m_dir->path(); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAdminCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(OMNIDESK_PROFILED_BINARY)), OMNIDESK_PROFILED_BINARY);
}

void TestAdminCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Run TestAdminCli::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(OMNIDESK_PROFILED_BINARY), arguments);
    Run r;
    if (!process.waitForStarted(10'000))
        return r;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

void TestAdminCli::userAdd_storesHashedPassword()
{
    const Run r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lead1"),
                       QStringLiteral("--role"), QStringLiteral("supervisor"), QStringLiteral("--name"),
                       QStringLiteral("Lee Lead"), QStringLiteral("--data"), dataDir()},
                      "correct horse battery\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.out.contains(QStringLiteral("correct horse")));
    QVERIFY(!r.err.contains(QStringLiteral("correct horse")));

    Store store;
    QVERIFY(store.open(QDir(dataDir()).filePath(QStringLiteral("omnidesk.sqlite"))));
    const auto user = store.verifyPassword(QStringLiteral("lead1"), QStringLiteral("correct horse battery"));
    QVERIFY(user.has_value());
    QCOMPARE(user->role, QStringLiteral("supervisor"));
    QCOMPARE(user->name, QStringLiteral("Lee Lead"));
    QVERIFY(!store.verifyPassword(QStringLiteral("lead1"), QStringLiteral("wrong password")));
}

void TestAdminCli::userAdd_existingFails()
{
    const QStringList add{QStringLiteral("user"),
                          QStringLiteral("add"),
                          QStringLiteral("agent9"),
                          QStringLiteral("--role"),
                          QStringLiteral("agent"),
                          QStringLiteral("--data"),
                          dataDir()};
    QCOMPARE(run(add, "first password\n").exitCode, 0);
    QCOMPARE(run(add, "second password\n").exitCode, 1);
    Store store;
    QVERIFY(store.open(QDir(dataDir()).filePath(QStringLiteral("omnidesk.sqlite"))));
    QVERIFY(store.verifyPassword(QStringLiteral("agent9"), QStringLiteral("first password")));
}

void TestAdminCli::userAdd_shortPasswordFails()
{
    const QStringList add{QStringLiteral("user"),
                          QStringLiteral("add"),
                          QStringLiteral("agent8"),
                          QStringLiteral("--role"),
                          QStringLiteral("agent"),
                          QStringLiteral("--data"),
                          dataDir()};
    QCOMPARE(run(add, "short\n").exitCode, 1);
    QCOMPARE(run(add, QByteArray()).exitCode, 1); // nothing on stdin
    const Run list =
        run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--data"), dataDir()});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.isEmpty());
}

void TestAdminCli::userList_and_remove()
{
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("store7"),
                  QStringLiteral("--role"), QStringLiteral("store"), QStringLiteral("--data"), dataDir()},
                 "store password\n")
                 .exitCode,
             0);
    Run list = run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--data"), dataDir()});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out, QStringLiteral("store7\tstore\tstore7\n"));

    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("store7"),
                  QStringLiteral("--data"), dataDir()})
                 .exitCode,
             0);
    list = run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--data"), dataDir()});
    QVERIFY(list.out.isEmpty());
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("store7"),
                  QStringLiteral("--data"), dataDir()})
                 .exitCode,
             1);
}

void TestAdminCli::keyAdd_printsKeyOnceAndStoresHash()
{
    const Run added = run({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("webshop"),
                           QStringLiteral("--data"), dataDir()});
    QCOMPARE(added.exitCode, 0);
    const QString key = added.out.trimmed();
    QVERIFY2(key.size() >= 40, qPrintable(key));
    QVERIFY(!added.err.contains(key));

    Store store;
    QVERIFY(store.open(QDir(dataDir()).filePath(QStringLiteral("omnidesk.sqlite"))));
    QCOMPARE(store.apiKeyName(key), std::optional<QString>(QStringLiteral("webshop")));
    // Only the hash is stored: the key text is in no column of the table.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-check"));
    db.setDatabaseName(QDir(dataDir()).filePath(QStringLiteral("omnidesk.sqlite")));
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT key_hash, name, created_at FROM api_keys")));
        QVERIFY(q.next());
        for (int column = 0; column < 3; ++column)
            QVERIFY(!q.value(column).toByteArray().contains(key.toLatin1()));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw-check"));

    const Run list =
        run({QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--data"), dataDir()});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.startsWith(QStringLiteral("webshop\t")));
    QVERIFY(!list.out.contains(key));

    // A second key with the same name is refused.
    QCOMPARE(run({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("webshop"),
                  QStringLiteral("--data"), dataDir()})
                 .exitCode,
             1);
}

void TestAdminCli::keyRevoke()
{
    const Run added = run({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("cti"),
                           QStringLiteral("--data"), dataDir()});
    QCOMPARE(added.exitCode, 0);
    const QString key = added.out.trimmed();
    QCOMPARE(run({QStringLiteral("key"), QStringLiteral("revoke"), QStringLiteral("cti"),
                  QStringLiteral("--data"), dataDir()})
                 .exitCode,
             0);
    Store store;
    QVERIFY(store.open(QDir(dataDir()).filePath(QStringLiteral("omnidesk.sqlite"))));
    QVERIFY(!store.isApiKey(key));
    store.close();
    QCOMPARE(run({QStringLiteral("key"), QStringLiteral("revoke"), QStringLiteral("cti"),
                  QStringLiteral("--data"), dataDir()})
                 .exitCode,
             1);
}

void TestAdminCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("user without action") << QStringList{QStringLiteral("user")};
    QTest::newRow("unknown action") << QStringList{QStringLiteral("user"), QStringLiteral("rename"),
                                                   QStringLiteral("a")};
    QTest::newRow("user add without id") << QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                                        QStringLiteral("--role"), QStringLiteral("agent")};
    QTest::newRow("user add without role")
        << QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x")};
    QTest::newRow("user add unknown role")
        << QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x"),
                       QStringLiteral("--role"), QStringLiteral("integration")};
    QTest::newRow("user add bad id") << QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                                    QStringLiteral("a b"), QStringLiteral("--role"),
                                                    QStringLiteral("agent")};
    QTest::newRow("user list with argument")
        << QStringList{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("extra")};
    QTest::newRow("key add with role")
        << QStringList{QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("k"),
                       QStringLiteral("--role"), QStringLiteral("admin")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("key"), QStringLiteral("list"),
                                                   QStringLiteral("--nope")};
}

void TestAdminCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments + QStringList{QStringLiteral("--data"), dataDir()}, "some password\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("Usage:")));
    QVERIFY(!QFile::exists(QDir(dataDir()).filePath(QStringLiteral("omnidesk.sqlite"))));
}

void TestAdminCli::serverRefusesStrayArgument()
{
    // Admin commands come first; after an option a word is a mistake, and the
    // service must not start listening because of it.
    const Run r = run({QStringLiteral("--data"), dataDir(), QStringLiteral("user"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admincli.moc"
