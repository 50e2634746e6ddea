#include "InstanceGuard.h"

#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <chrono>

using namespace omnidesk;
using namespace std::chrono_literals;

namespace {
OpenRequest parse(const char *link)
{
    return parseOmnideskUrl(QUrl(QString::fromLatin1(link), QUrl::StrictMode));
}
} // namespace

class TestInstanceGuard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void claim_firstIsPrimarySecondIsSecondary();
    void claim_nameIsFreeAgainAfterThePrimaryEnds();
    void claim_replacesAStaleSocketFile();
    void forward_deliversLinkToPrimary_data();
    void forward_deliversLinkToPrimary();
    void forward_withoutLinkOnlyActivates();
    void forward_failsWhenNoPrimaryAnswers();
    void serve_refusesAnUnreadableLink_data();
    void serve_refusesAnUnreadableLink();
    void serve_dropsAnOverlongRequest();
    void openLater_emitsFromTheEventLoop();
    void serverNameFor_isPerDataFolder();

private:
    QTemporaryDir m_runtime; // the user's runtime folder for this test (mode 0700)
    QString m_name;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestInstanceGuard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_runtime.isValid());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    qRegisterMetaType<OpenRequest>();
}

void TestInstanceGuard::init()
{
    // A fresh folder per test function, so no two tests share a name.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_name = m_dir->filePath(QStringLiteral("instance"));
}

void TestInstanceGuard::claim_firstIsPrimarySecondIsSecondary()
{
    InstanceGuard first(m_name);
    InstanceGuard second(m_name);
    QCOMPARE(first.claim(), InstanceGuard::Role::Primary);
    QVERIFY(first.isPrimary());
    QCOMPARE(second.claim(), InstanceGuard::Role::Secondary);
    QVERIFY(!second.isPrimary());
}

void TestInstanceGuard::claim_nameIsFreeAgainAfterThePrimaryEnds()
{
    {
        InstanceGuard first(m_name);
        QCOMPARE(first.claim(), InstanceGuard::Role::Primary);
    }
    InstanceGuard next(m_name);
    QCOMPARE(next.claim(), InstanceGuard::Role::Primary);
}

void TestInstanceGuard::claim_replacesAStaleSocketFile()
{
    // What a crashed desktop leaves behind: the socket path exists, nobody holds the lock.
    QFile stale(m_name);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    InstanceGuard guard(m_name);
    QCOMPARE(guard.claim(), InstanceGuard::Role::Primary);
    QVERIFY(guard.isPrimary());
}

void TestInstanceGuard::forward_deliversLinkToPrimary_data()
{
    QTest::addColumn<QString>("link");
    QTest::newRow("customer") << "omnidesk://customer/p-1001";
    QTest::newRow("call") << "omnidesk://call?ani=%2B31612345678";
}

void TestInstanceGuard::forward_deliversLinkToPrimary()
{
    QFETCH(QString, link);
    const OpenRequest request = parseOmnideskUrl(QUrl(link, QUrl::StrictMode));
    QVERIFY(request.isValid());

    InstanceGuard primary(m_name);
    QCOMPARE(primary.claim(), InstanceGuard::Role::Primary);
    QSignalSpy opened(&primary, &InstanceGuard::openRequested);
    QSignalSpy activated(&primary, &InstanceGuard::activationRequested);

    InstanceGuard secondary(m_name);
    QCOMPARE(secondary.claim(), InstanceGuard::Role::Secondary);
    QSignalSpy finished(&secondary, &InstanceGuard::forwardFinished);
    secondary.forward(request);

    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().value<OpenRequest>(), request);
    QCOMPARE(activated.size(), 1);
}

void TestInstanceGuard::forward_withoutLinkOnlyActivates()
{
    InstanceGuard primary(m_name);
    QCOMPARE(primary.claim(), InstanceGuard::Role::Primary);
    QSignalSpy opened(&primary, &InstanceGuard::openRequested);
    QSignalSpy activated(&primary, &InstanceGuard::activationRequested);

    InstanceGuard secondary(m_name);
    QSignalSpy finished(&secondary, &InstanceGuard::forwardFinished);
    secondary.forward(OpenRequest());

    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(opened.size(), 0);
}

void TestInstanceGuard::forward_failsWhenNoPrimaryAnswers()
{
    InstanceGuard secondary(m_name);
    QSignalSpy finished(&secondary, &InstanceGuard::forwardFinished);
    secondary.forward(parse("omnidesk://customer/p-1001"), 300ms);
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toBool(), false);
}

void TestInstanceGuard::serve_refusesAnUnreadableLink_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("other scheme") << QByteArray("open https://example.com/\n");
    QTest::newRow("bad customer id") << QByteArray("open omnidesk://customer/a%20b\n");
    QTest::newRow("unknown verb") << QByteArray("delete everything\n");
}

void TestInstanceGuard::serve_refusesAnUnreadableLink()
{
    QFETCH(QByteArray, line);
    InstanceGuard primary(m_name);
    QCOMPARE(primary.claim(), InstanceGuard::Role::Primary);
    QSignalSpy opened(&primary, &InstanceGuard::openRequested);
    QSignalSpy activated(&primary, &InstanceGuard::activationRequested);

    // Any local process of the user can write to the socket: the primary must check.
    QLocalSocket client;
    client.connectToServer(m_name);
    QVERIFY(client.waitForConnected(5000));
    client.write(line);
    QTRY_VERIFY(client.canReadLine());
    QCOMPARE(client.readLine().trimmed(), QByteArray("refused"));
    QCOMPARE(opened.size(), 0);
    QCOMPARE(activated.size(), 0);
}

void TestInstanceGuard::serve_dropsAnOverlongRequest()
{
    InstanceGuard primary(m_name);
    QCOMPARE(primary.claim(), InstanceGuard::Role::Primary);
    QSignalSpy opened(&primary, &InstanceGuard::openRequested);

    QLocalSocket client;
    QSignalSpy disconnected(&client, &QLocalSocket::disconnected);
    client.connectToServer(m_name);
    QVERIFY(client.waitForConnected(5000));
    client.write(QByteArray("open omnidesk://customer/") + QByteArray(8000, 'a'));
    QVERIFY(disconnected.wait());
    QCOMPARE(opened.size(), 0);
}

void TestInstanceGuard::openLater_emitsFromTheEventLoop()
{
    InstanceGuard primary(m_name);
    QCOMPARE(primary.claim(), InstanceGuard::Role::Primary);
    QSignalSpy opened(&primary, &InstanceGuard::openRequested);
    const OpenRequest request = parse("omnidesk://call?ani=0612345678");
    primary.openLater(request);
    QCOMPARE(opened.size(), 0); // not before the event loop runs
    QVERIFY(opened.wait());
    QCOMPARE(opened.first().first().value<OpenRequest>(), request);
}

void TestInstanceGuard::serverNameFor_isPerDataFolder()
{
    const QString a = m_dir->filePath(QStringLiteral("a"));
    const QString b = m_dir->filePath(QStringLiteral("b"));
    QCOMPARE(InstanceGuard::serverNameFor(a), InstanceGuard::serverNameFor(a + QLatin1String("/")));
    QCOMPARE(InstanceGuard::serverNameFor(a), InstanceGuard::serverNameFor(b + QLatin1String("/../a")));
    QVERIFY(InstanceGuard::serverNameFor(a) != InstanceGuard::serverNameFor(b));
#ifdef Q_OS_UNIX
    QVERIFY(InstanceGuard::serverNameFor(a).startsWith(m_runtime.path() + QLatin1String("/omnidesk-")));
#endif
}

QTEST_GUILESS_MAIN(TestInstanceGuard)
#include "tst_instanceguard.moc"
