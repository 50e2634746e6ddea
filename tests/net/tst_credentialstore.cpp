// Proves CredentialStore against a real Secret Service (gnome-keyring). Run it
// inside `dbus-run-session` with an unlocked gnome-keyring, as `tools/dev test`
// does; without one every test fails with a message saying so.

#include "CredentialStore.h"

#include <QCoreApplication>
#include <QLocalServer>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <optional>

using omnidesk::net::CredentialStore;
using Status = CredentialStore::Status;
using namespace std::chrono_literals;

namespace {

constexpr auto kProbeEnv = "OMNIDESK_CREDENTIALSTORE_PROBE";

QString statusName(Status status)
{
    return QString::fromLatin1(QMetaEnum::fromType<Status>().valueToKey(int(status)));
}

// Runs one store operation and waits (in the event loop) for its result.
class Waiter
{
public:
    explicit Waiter(CredentialStore &store) : m_store(store) {}

    std::optional<CredentialStore::Result> read(const QString &key)
    {
        return wait([&](auto done) { m_store.read(key, &m_context, done); });
    }
    std::optional<CredentialStore::Result> write(const QString &key, const QString &secret)
    {
        return wait([&](auto done) { m_store.write(key, secret, &m_context, done); });
    }
    std::optional<CredentialStore::Result> remove(const QString &key)
    {
        return wait([&](auto done) { m_store.remove(key, &m_context, done); });
    }

private:
    template <class Start> std::optional<CredentialStore::Result> wait(Start start)
    {
        std::optional<CredentialStore::Result> result;
        int calls = 0;
        start([&](const CredentialStore::Result &r) {
            result = r;
            ++calls;
        });
        // Generous: the store's own timeout (5 s by default) answers before this.
        if (!QTest::qWaitFor([&] { return calls > 0; }, 15000))
            return std::nullopt;
        return calls == 1 ? result : std::nullopt;
    }

    CredentialStore &m_store;
    QObject m_context;
};

// Captures every log line of the process while alive.
class LogCapture
{
public:
    LogCapture()
    {
        s_self = this;
        m_previousHandler = qInstallMessageHandler(&LogCapture::handle);
        m_previousFilter = QLoggingCategory::installFilter(&LogCapture::enableAll);
    }
    ~LogCapture()
    {
        QLoggingCategory::installFilter(m_previousFilter);
        qInstallMessageHandler(m_previousHandler);
        s_self = nullptr;
    }
    QStringList lines() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines;
    }

private:
    static void handle(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        if (!s_self)
            return;
        QMutexLocker lock(&s_self->m_mutex);
        s_self->m_lines.append(QString::fromUtf8(context.category ? context.category : "") +
                               QLatin1Char(' ') + message);
    }
    static void enableAll(QLoggingCategory *category)
    {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
        category->setEnabled(QtWarningMsg, true);
    }

    static inline LogCapture *s_self = nullptr;
    mutable QMutex m_mutex;
    QStringList m_lines;
    QtMessageHandler m_previousHandler = nullptr;
    QLoggingCategory::CategoryFilter m_previousFilter = nullptr;
};

// Child mode: one read with the timeout from the environment, the status
// name on stdout. Used to run the store against a broken D-Bus setup without
// disturbing the parent's own keychain connection.
int runProbe(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    CredentialStore store;
    store.setTimeout(std::chrono::milliseconds(qEnvironmentVariableIntValue("OMNIDESK_PROBE_TIMEOUT_MS")));
    store.read(QStringLiteral("session-token@probe@127.0.0.1:1"), &app, [](const CredentialStore::Result &r) {
        std::fputs(statusName(r.status).toLatin1().constData(), stdout);
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    QTimer::singleShot(20s, &app, [] { QCoreApplication::exit(3); }); // the store failed to answer
    return app.exec();
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    // A key no other run (or leftover) can share.
    QString uniqueKey(const QString &user = QStringLiteral("agent1"),
                      const QUrl &server = QUrl(QStringLiteral("ws://127.0.0.1:8477"))) const
    {
        return CredentialStore::scopedKey(server, user + QLatin1Char('-') + m_run);
    }

    QString runProbe(const QProcessEnvironment &env)
    {
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {});
        if (!child.waitForStarted(10000))
            return QStringLiteral("not started");
        QSignalSpy finished(&child, &QProcess::finished);
        if (!finished.wait(30000)) {
            child.kill();
            child.waitForFinished();
            return QStringLiteral("hung");
        }
        return QString::fromLatin1(child.readAllStandardOutput()).trimmed();
    }

    QString m_run = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    QStringList m_written;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session. Run this test inside `dbus-run-session` with an unlocked "
                  "gnome-keyring (tools/dev test does that).");
        CredentialStore store;
        Waiter waiter(store);
        const QString key = uniqueKey(QStringLiteral("reachability"));
        const auto written = waiter.write(key, QStringLiteral("probe"));
        QVERIFY(written);
        if (written->status != Status::Written) {
            const QByteArray why =
                QStringLiteral("The Secret Service (gnome-keyring) is not usable: %1 (%2). "
                               "Run inside `dbus-run-session` with gnome-keyring-daemon "
                               "--unlock --components=secrets (tools/dev test does that).")
                    .arg(statusName(written->status), written->message)
                    .toUtf8();
            QFAIL(why.constData());
        }
        QCOMPARE(waiter.remove(key)->status, Status::Removed);
    }

    void cleanupTestCase()
    {
        CredentialStore store;
        Waiter waiter(store);
        for (const QString &key : std::as_const(m_written))
            waiter.remove(key);
    }

    void scopedKey_namesUserHostAndPort_data()
    {
        QTest::addColumn<QUrl>("server");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("key");
        QTest::newRow("explicit port")
            << QUrl(QStringLiteral("ws://127.0.0.1:8477/v1/agent")) << QStringLiteral("agent1")
            << QStringLiteral("session-token@agent1@127.0.0.1:8477");
        QTest::newRow("ws default port") << QUrl(QStringLiteral("ws://desk.example")) << QStringLiteral("a")
                                         << QStringLiteral("session-token@a@desk.example:80");
        QTest::newRow("wss default port, host lower-cased")
            << QUrl(QStringLiteral("wss://Desk.Example")) << QStringLiteral("a")
            << QStringLiteral("session-token@a@desk.example:443");
    }
    void scopedKey_namesUserHostAndPort()
    {
        QFETCH(QUrl, server);
        QFETCH(QString, user);
        QFETCH(QString, key);
        QCOMPARE(CredentialStore::scopedKey(server, user), key);
    }

    void write_thenRead_returnsSameSecret_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("plain token") << QStringLiteral("tok-4f1c2a9be0d3");
        QTest::newRow("non-ASCII and spaces") << QStringLiteral("s\u00e9cr\u00eat t\u00f6ken \u20ac");
        QTest::newRow("long token") << QString(2048, QLatin1Char('x'));
    }
    void write_thenRead_returnsSameSecret()
    {
        QFETCH(QString, secret);
        CredentialStore store;
        Waiter waiter(store);
        const QString key = uniqueKey(QStringLiteral("roundtrip"));
        m_written << key;
        const auto written = waiter.write(key, secret);
        QVERIFY(written);
        QCOMPARE(written->status, Status::Written);
        QVERIFY(written->ok());
        const auto read = waiter.read(key);
        QVERIFY(read);
        QCOMPARE(read->status, Status::Found);
        QCOMPARE(read->secret, secret);
        QCOMPARE(read->key, key);
    }

    void write_overwritesEarlierSecret()
    {
        CredentialStore store;
        Waiter waiter(store);
        const QString key = uniqueKey(QStringLiteral("overwrite"));
        m_written << key;
        QCOMPARE(waiter.write(key, QStringLiteral("first"))->status, Status::Written);
        QCOMPARE(waiter.write(key, QStringLiteral("second"))->status, Status::Written);
        QCOMPARE(waiter.read(key)->secret, QStringLiteral("second"));
    }

    void read_unknownKey_isNotFound()
    {
        CredentialStore store;
        Waiter waiter(store);
        const auto read = waiter.read(uniqueKey(QStringLiteral("never-written")));
        QVERIFY(read);
        QCOMPARE(read->status, Status::NotFound);
        QVERIFY(read->secret.isEmpty());
        QVERIFY(!read->message.isEmpty());
    }

    void remove_thenRead_isNotFound()
    {
        CredentialStore store;
        Waiter waiter(store);
        const QString key = uniqueKey(QStringLiteral("removed"));
        QCOMPARE(waiter.write(key, QStringLiteral("to-forget"))->status, Status::Written);
        QCOMPARE(waiter.remove(key)->status, Status::Removed);
        QCOMPARE(waiter.read(key)->status, Status::NotFound);
    }

    void remove_unknownKey_isRemoved()
    {
        CredentialStore store;
        Waiter waiter(store);
        QCOMPARE(waiter.remove(uniqueKey(QStringLiteral("absent")))->status, Status::Removed);
    }

    void twoScopes_doNotSeeEachOthersSecret_data()
    {
        QTest::addColumn<QString>("userA");
        QTest::addColumn<QUrl>("serverA");
        QTest::addColumn<QString>("userB");
        QTest::addColumn<QUrl>("serverB");
        const QUrl local(QStringLiteral("ws://127.0.0.1:8477"));
        QTest::newRow("two users, one service")
            << QStringLiteral("alice") << local << QStringLiteral("bob") << local;
        QTest::newRow("one user, two ports") << QStringLiteral("alice") << local << QStringLiteral("alice")
                                             << QUrl(QStringLiteral("ws://127.0.0.1:9000"));
        QTest::newRow("one user, two hosts") << QStringLiteral("alice") << local << QStringLiteral("alice")
                                             << QUrl(QStringLiteral("ws://10.0.0.1:8477"));
    }
    void twoScopes_doNotSeeEachOthersSecret()
    {
        QFETCH(QString, userA);
        QFETCH(QUrl, serverA);
        QFETCH(QString, userB);
        QFETCH(QUrl, serverB);
        CredentialStore store;
        Waiter waiter(store);
        const QString keyA = uniqueKey(userA, serverA);
        const QString keyB = uniqueKey(userB, serverB);
        QVERIFY(keyA != keyB);
        m_written << keyA << keyB;

        QCOMPARE(waiter.write(keyA, QStringLiteral("secret-of-a"))->status, Status::Written);
        QCOMPARE(waiter.read(keyB)->status, Status::NotFound);
        QCOMPARE(waiter.write(keyB, QStringLiteral("secret-of-b"))->status, Status::Written);
        QCOMPARE(waiter.read(keyA)->secret, QStringLiteral("secret-of-a"));
        QCOMPARE(waiter.read(keyB)->secret, QStringLiteral("secret-of-b"));
        QCOMPARE(waiter.remove(keyA)->status, Status::Removed);
        QCOMPARE(waiter.read(keyB)->secret, QStringLiteral("secret-of-b"));
    }

    void hungKeychain_reportsTimeout()
    {
        // A "session bus" that accepts the connection and never answers: the
        // keychain hangs for sure, so the only possible answer is the timeout.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QLocalServer silentBus;
        QVERIFY(silentBus.listen(dir.filePath(QStringLiteral("bus"))));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kProbeEnv), QStringLiteral("1"));
        env.insert(QStringLiteral("OMNIDESK_PROBE_TIMEOUT_MS"), QStringLiteral("300"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + silentBus.fullServerName());
        env.remove(QStringLiteral("DISPLAY"));
        QCOMPARE(runProbe(env), QStringLiteral("Timeout"));
    }

    void noSessionBus_reportsNoKeychain()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kProbeEnv), QStringLiteral("1"));
        env.insert(QStringLiteral("OMNIDESK_PROBE_TIMEOUT_MS"), QStringLiteral("10000"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus-here")));
        env.remove(QStringLiteral("DISPLAY"));
        QCOMPARE(runProbe(env), QStringLiteral("NoKeychain"));
    }

    void timeout_ignoresLateAnswer()
    {
        // With a zero timeout the answer of the real keychain always comes
        // late; the callback runs once, with Timeout, and the late answer
        // is dropped without touching the finished job.
        CredentialStore store;
        store.setTimeout(0ms);
        QObject context;
        int calls = 0;
        Status status = Status::Found;
        store.read(uniqueKey(QStringLiteral("late")), &context, [&](const CredentialStore::Result &r) {
            ++calls;
            status = r.status;
        });
        QTRY_COMPARE(calls, 1);
        QCOMPARE(status, Status::Timeout);
        QCOMPARE(store.pendingCount(), 0);
        // The next operation runs after the late one has finished (QtKeychain is serial).
        store.setTimeout(CredentialStore::kDefaultTimeout);
        Waiter waiter(store);
        QCOMPARE(waiter.read(uniqueKey(QStringLiteral("late")))->status, Status::NotFound);
        QCOMPARE(calls, 1);
    }

    void contextDestroyed_callbackIsNotCalled()
    {
        CredentialStore store;
        int calls = 0;
        {
            QObject context;
            store.read(uniqueKey(QStringLiteral("ctx")), &context,
                       [&](const CredentialStore::Result &) { ++calls; });
        }
        QTRY_COMPARE(store.pendingCount(), 0);
        QCOMPARE(calls, 0);
    }

    void storeDestroyedWhileJobRuns_isSafe()
    {
        int calls = 0;
        {
            CredentialStore doomed;
            doomed.write(uniqueKey(QStringLiteral("doomed")), QStringLiteral("x"), nullptr,
                         [&](const CredentialStore::Result &) { ++calls; });
        }
        m_written << uniqueKey(QStringLiteral("doomed"));
        // The orphaned job finishes on its own; a new store keeps working.
        CredentialStore store;
        Waiter waiter(store);
        QCOMPARE(waiter.read(uniqueKey(QStringLiteral("doomed")))->status, Status::Found);
        QCOMPARE(calls, 0);
    }

    void secret_neverAppearsInLogOutput()
    {
        const QString secret = QStringLiteral("S3CRET-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString key = uniqueKey(QStringLiteral("logged"));
        QStringList lines;
        {
            LogCapture capture;
            CredentialStore store;
            Waiter waiter(store);
            QCOMPARE(waiter.write(key, secret)->status, Status::Written);
            QCOMPARE(waiter.read(key)->secret, secret);
            QCOMPARE(waiter.remove(key)->status, Status::Removed);
            store.setTimeout(0ms);
            QCOMPARE(waiter.write(key, secret)->status, Status::Timeout);
            store.setTimeout(CredentialStore::kDefaultTimeout);
            QCOMPARE(waiter.remove(key)->status, Status::Removed);
            lines = capture.lines();
        }
        // The capture works: the store's own lines were seen.
        QVERIFY2(lines.filter(QStringLiteral("omnidesk.net")).size() >= 4, qPrintable(lines.join(u'\n')));
        for (const QString &line : std::as_const(lines))
            QVERIFY2(!line.contains(secret), "the secret appeared in a log line");
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kProbeEnv))
        return runProbe(argc, argv);
    QCoreApplication app(argc, argv);
    TestCredentialStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
