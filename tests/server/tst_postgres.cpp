// Storage on PostgreSQL (a server the test starts itself, PgTestServer.h):
// the migrations from an empty database to the latest version, the store's
// SQL on the PostgreSQL dialect, the database URL (password never shown, an
// unreachable server refused), the admin CLI with --database, and two service
// instances on one database: a call POSTed to one reaches an agent on the
// other, and so does a cart change as a profile.patch.
#include "ClusterBus.h"
#include "HttpTestClient.h"
#include "JsonReader.h"
#include "PgTestServer.h"
#include "ProfileEngine.h"
#include "ProfileServer.h"
#include "Store.h"
#include "WsTestClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace omnidesk;
using namespace omnidesk::server;
using namespace omnidesk::protocol;
using omnidesk::server::test::HttpTestClient;
using omnidesk::server::test::WsTestClient;
using omnidesk::testing::PgTestServer;

namespace {

const QByteArray kKey = "Bearer demo-integration-key";

// The messages logged while it lives.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines = &m_lines;
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        s_lines = nullptr;
    }
    const QStringList &lines() const { return m_lines; }

private:
    static void handle(QtMsgType, const QMessageLogContext &, const QString &message)
    {
        if (s_lines)
            s_lines->append(message);
    }
    static inline QStringList *s_lines = nullptr;
    QStringList m_lines;
    QtMessageHandler m_previous = nullptr;
};

QDateTime at(const char *text)
{
    return fromWireTime(QString::fromLatin1(text));
}

// A service instance on the shared database.
struct Instance
{
    QTemporaryDir dir;
    ProfileServer server;
    std::unique_ptr<HttpTestClient> http;

    bool start(const QString &database, bool demo)
    {
        ServerOptions options = test::demoServerOptions(dir.path());
        options.database = database;
        options.demo = demo;
        if (!server.start(options))
            return false;
        http = std::make_unique<HttpTestClient>(server.serverPort());
        return true;
    }
};

} // namespace

class TestPostgres : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void migrations_runFromEmptyToLatest();
    void migrations_continueFromAnOlderVersion();
    void store_profilesIdentitiesAndEvents();
    void store_usersTokensKeysAndAudit();
    void store_errorLogNamesCodeNotValues();
    void store_createProfileInOneRoundTrip();
    void engine_ingestComputesTheCart();
    void location_passwordIsMasked_data();
    void location_passwordIsMasked();
    void open_unreachableServerFailsWithoutThePassword();
    void open_sqliteUrlNamesAFile();
    void adminCli_addsKeyAndUserToPostgres();
    void twoInstances_callPostedToAReachesAgentOnB();
    void twoInstances_cartEventOnAReachesAgentOnBAsPatch();
    void twoInstances_largeBatchIsAnnouncedWhole();

private:
    PgTestServer m_postgres;
};

void TestPostgres::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // No silent skip: without PostgreSQL this test fails and says why.
    QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
}

void TestPostgres::migrations_runFromEmptyToLatest()
{
    const QString url = m_postgres.createDatabase();
    QVERIFY(!url.isEmpty());
    Store store;
    QVERIFY2(store.open(url), qPrintable(store.errorString()));
    QVERIFY(store.isPostgres());
    QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
    QVERIFY(store.ping());
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT table_name FROM information_schema.tables"
                                  " WHERE table_schema = 'public' ORDER BY table_name")));
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    QCOMPARE(tables, (QStringList{QStringLiteral("api_keys"), QStringLiteral("audit"),
                                  QStringLiteral("call_relay"), QStringLiteral("events"),
                                  QStringLiteral("identities"), QStringLiteral("outcome_steps"),
                                  QStringLiteral("outcomes"), QStringLiteral("profile_aliases"),
                                  QStringLiteral("profiles"), QStringLiteral("schema_version"),
                                  QStringLiteral("sessions"), QStringLiteral("users")}));
    store.close();
    // Opening again migrates nothing and keeps the version.
    Store again;
    QVERIFY2(again.open(url), qPrintable(again.errorString()));
    QCOMPARE(again.schemaVersion(), Store::latestSchemaVersion());
}

void TestPostgres::migrations_continueFromAnOlderVersion()
{
    const QString url = m_postgres.createDatabase();
    {
        Store old;
        QVERIFY2(old.open(url, 3), qPrintable(old.errorString()));
        QCOMPARE(old.schemaVersion(), 3);
        QSqlQuery q(old.database());
        // Version 4 copies identities into a new table; version 5 backfills step rows.
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO profiles (id, created_at, updated_at) VALUES ('p-1001', 'x', 'x')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO identities (namespace, value, profile_id) VALUES "
                                      "('Email', 'a@example.org', 'p-1001')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO outcomes (idem_key, call_id, profile_id, agent, disposition, notes, logged_at,"
            " stored_at, channel, detail_json) VALUES ('k1', 'c', 'p-1001', 'agent1', 'sale', '',"
            " '2026-10-01T10:00:00.000Z', '2026-10-01T10:00:01.000Z', 'call',"
            " '{\"steps\":[{\"stepId\":\"abandoned-cart\",\"decision\":\"accepted\"}]}')")));
    }
    Store store;
    QVERIFY2(store.open(url), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
    QCOMPARE(store.profileIdForIdentity(QStringLiteral("Email"), QStringLiteral("a@example.org")),
             QStringLiteral("p-1001"));
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT step_id, decision, steps_accepted FROM outcome_steps s"
                                  " JOIN outcomes o ON o.id = s.outcome_id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("abandoned-cart"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("accepted"));
    QCOMPARE(q.value(2).toInt(), 1);
}

void TestPostgres::store_profilesIdentitiesAndEvents()
{
    Store store;
    QVERIFY2(store.open(m_postgres.createDatabase()), qPrintable(store.errorString()));
    const QDateTime now = at("2026-11-20T09:00:00.000Z");
    const QString first = store.createProfile(now);
    const QString second = store.createProfile(now.addSecs(1));
    QCOMPARE(first, QStringLiteral("p-1001"));
    QCOMPARE(second, QStringLiteral("p-1002"));
    QVERIFY(store.addIdentity(Identity{QStringLiteral("Email"), QStringLiteral("m@example.org")}, first));
    QVERIFY(store.addIdentity(Identity{QStringLiteral("Phone"), QStringLiteral("+31612345678")}, first));
    QVERIFY(store.addIdentity(Identity{QStringLiteral("Phone"), QStringLiteral("+31612345678")}, second));
    // A person key belongs to one profile: the second claim is ignored.
    QVERIFY(store.addIdentity(Identity{QStringLiteral("Email"), QStringLiteral("m@example.org")}, second));
    QCOMPARE(store.profileIdsForIdentity(QStringLiteral("Email"), QStringLiteral("m@example.org")),
             QStringList{first});
    // A shared phone: the most recently updated profile first.
    QCOMPARE(store.profileIdsForIdentity(QStringLiteral("Phone"), QStringLiteral("+31612345678")),
             (QStringList{second, first}));
    QVERIFY(store.hasPersonKey(first));
    QVERIFY(!store.hasPersonKey(second));

    StoredEvent event{QStringLiteral("e-1"),
                      first,
                      now,
                      QStringLiteral("web"),
                      QStringLiteral("cart.add"),
                      QStringLiteral("Added"),
                      QJsonObject{{QStringLiteral("n"), 1}}};
    QVERIFY(store.insertEvent(event));
    QVERIFY(store.hasEvent(QStringLiteral("e-1")));
    QCOMPARE(store.commerceEvents(first).size(), 1);
    QCOMPARE(store.commerceEvents(first).first().body, event.body);
    QCOMPARE(store.timeline(first, 10).size(), 1);
    QCOMPARE(store.timelineEvent(QStringLiteral("e-1"))->summary, QStringLiteral("Added"));

    std::optional<ProfileRecord> record = store.profile(first);
    QVERIFY(record);
    record->name = QStringLiteral("Marta");
    record->lifetimeValue = 5'000'000'000; // more than 32 bits
    record->cart.currency = QStringLiteral("EUR");
    record->cart.lines = {CartLine{QStringLiteral("PH-1"), QStringLiteral("Phone"), 1, 79900}};
    QVERIFY(store.updateProfile(*record));
    QCOMPARE(store.profile(first)->lifetimeValue, 5'000'000'000);
    QCOMPARE(store.profile(first)->cart.lines.size(), 1);
    QCOMPARE(store.profilesByName(QStringLiteral("mar"), 5).size(), 1);

    QVERIFY(store.beginTransaction());
    QVERIFY(store.mergeProfiles(second, first, now.addSecs(5)));
    QVERIFY(store.commit());
    QCOMPARE(store.resolveProfileId(second), first);
    QCOMPARE(store.profileCount(), 1);
    // A merged-away id is never handed out again.
    QCOMPARE(store.createProfile(now), QStringLiteral("p-1003"));
}

void TestPostgres::store_usersTokensKeysAndAudit()
{
    Store store;
    QVERIFY2(store.open(m_postgres.createDatabase()), qPrintable(store.errorString()));
    const QDateTime now = at("2026-11-20T09:00:00.000Z");
    QVERIFY(store.createUser({QStringLiteral("agent1"), QStringLiteral("Anna"), QStringLiteral("agent")},
                             QStringLiteral("secret"), 1000));
    QVERIFY(!store.createUser({QStringLiteral("agent1"), QStringLiteral("Anna"), QStringLiteral("agent")},
                              QStringLiteral("secret"), 1000));
    QVERIFY(store.verifyPassword(QStringLiteral("agent1"), QStringLiteral("secret")));
    QVERIFY(!store.verifyPassword(QStringLiteral("agent1"), QStringLiteral("wrong")));
    const QString token = store.issueToken(QStringLiteral("agent1"), now.addSecs(60));
    QCOMPARE(store.userForToken(token, now)->id, QStringLiteral("agent1"));
    QVERIFY(!store.userForToken(token, now.addSecs(61)));

    QVERIFY(store.addApiKey(QStringLiteral("crm"), QStringLiteral("k-1"), now));
    QVERIFY(store.addApiKey(QStringLiteral("crm"), QStringLiteral("k-2"), now));
    QVERIFY(store.addApiKey(QStringLiteral("crm"), QStringLiteral("k-2"), now)); // same key: ignored
    QCOMPARE(store.apiKeyName(QStringLiteral("k-2")), std::optional<QString>(QStringLiteral("crm")));
    QCOMPARE(store.apiKeys().size(), 2);
    QCOMPARE(store.revokeApiKeys(QStringLiteral("crm")), 2);
    QVERIFY(!store.isApiKey(QStringLiteral("k-1")));

    QVERIFY(store.addAudit(AuditEntry{0,
                                      now,
                                      QStringLiteral("agent1"),
                                      QStringLiteral("profile.lookup"),
                                      {QStringLiteral("p-1001"), QStringLiteral("p-1002")},
                                      QStringLiteral("phone")}));
    QVERIFY(store.lookedUpBy(QStringLiteral("agent1"), QStringLiteral("p-1002"), now.addSecs(-1)));
    QVERIFY(!store.lookedUpBy(QStringLiteral("agent1"), QStringLiteral("p-100"), now.addSecs(-1)));
    QVERIFY(!store.lookedUpBy(QStringLiteral("agent1"), QStringLiteral("p-1002"), now.addSecs(1)));
    QCOMPARE(store.auditEntries(10).first().targets.size(), 2);
    QVERIFY(store.removeUser(QStringLiteral("agent1")));
    QVERIFY(!store.userForToken(token, now));
}

// A statement fails on a value that is personal data (a unique violation's
// DETAIL quotes the colliding key): the log and the error say which statement
// failed and PostgreSQL's SQLSTATE, never the value.
void TestPostgres::store_errorLogNamesCodeNotValues()
{
    Store store;
    QVERIFY2(store.open(m_postgres.createDatabase()), qPrintable(store.errorString()));
    QSqlQuery index(store.database());
    QVERIFY(index.exec(
        QStringLiteral("CREATE UNIQUE INDEX test_unique_name ON profiles(name) WHERE name <> ''")));
    const QDateTime now = at("2026-11-20T09:00:00.000Z");
    const QString personal = QStringLiteral("marta.jansen@example.com");
    std::optional<ProfileRecord> first = store.profile(store.createProfile(now));
    std::optional<ProfileRecord> second = store.profile(store.createProfile(now));
    QVERIFY(first && second);
    first->name = personal;
    QVERIFY(store.updateProfile(*first));
    second->name = personal;
    QStringList logged;
    {
        const LogCapture capture;
        QVERIFY(!store.updateProfile(*second));
        logged = capture.lines();
    }
    QVERIFY(!logged.isEmpty());
    const QString all = logged.join(u'\n') + u'\n' + store.errorString();
    QVERIFY2(!all.contains(personal), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("marta")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("cannot update profile")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("SQLSTATE 23505")), qPrintable(all));
}

// A new profile costs one statement on PostgreSQL (the id from the rowid
// sequence, the alias check and the insert in one), counted in the server's
// statement log.
void TestPostgres::store_createProfileInOneRoundTrip()
{
    const QString url = m_postgres.createDatabase();
    {
        Store setup;
        QVERIFY2(setup.open(url), qPrintable(setup.errorString()));
        QSqlQuery q(setup.database());
        QVERIFY(q.exec(QStringLiteral("ALTER DATABASE ") + url.section(u'/', -1) +
                       QStringLiteral(" SET log_statement = 'all'")));
    }
    Store store;
    QVERIFY2(store.open(url), qPrintable(store.errorString()));
    const QDateTime now = at("2026-11-20T09:00:00.000Z");
    QCOMPARE(store.createProfile(now), QStringLiteral("p-1001")); // prepares the statements
    QSqlQuery marker(store.database());
    QVERIFY(marker.exec(QStringLiteral("SELECT 'round-trips-begin'")));
    QCOMPARE(store.createProfile(now), QStringLiteral("p-1002"));
    QVERIFY(marker.exec(QStringLiteral("SELECT 'round-trips-end'")));
    QString log;
    QTRY_VERIFY((log = m_postgres.log()).contains(QStringLiteral("round-trips-end")));
    const QString between =
        log.section(QStringLiteral("round-trips-begin"), 1).section(QStringLiteral("round-trips-end"), 0, 0);
    const int statements = int(between.count(QStringLiteral("LOG:  statement:")) +
                               between.count(QStringLiteral("LOG:  execute")));
    // The end marker's own line is counted too.
    QVERIFY2(statements == 2, qPrintable(between));

    // A merged-away id is still never handed out again.
    QVERIFY(store.beginTransaction());
    QVERIFY(store.mergeProfiles(QStringLiteral("p-1002"), QStringLiteral("p-1001"), now));
    QVERIFY(store.commit());
    QCOMPARE(store.createProfile(now), QStringLiteral("p-1003"));
    // An alias ahead of the sequence (say, from an import) is skipped.
    QVERIFY(marker.exec(QStringLiteral("INSERT INTO profile_aliases (alias_id, profile_id, merged_at)"
                                       " VALUES ('p-1004', 'p-1001', '')")));
    QCOMPARE(store.createProfile(now), QStringLiteral("p-1005"));
}

void TestPostgres::engine_ingestComputesTheCart()
{
    Store store;
    QVERIFY2(store.open(m_postgres.createDatabase()), qPrintable(store.errorString()));
    ProfileEngine engine(&store, [] { return at("2026-11-20T10:00:00.000Z"); });
    IngestEvent add;
    add.id = QStringLiteral("e-1");
    add.at = at("2026-11-20T09:00:00.000Z");
    add.type = QStringLiteral("cart.add");
    add.channel = QStringLiteral("web");
    add.identities = {Identity{QStringLiteral("ECID"), QStringLiteral("ecid-1")}};
    add.lines = {CartLine{QStringLiteral("PH-1"), QStringLiteral("Phone"), 2, 79900}};
    add.currency = QStringLiteral("EUR");
    const ProfileEngine::Result result = engine.ingest(add);
    QVERIFY(result.ok);
    QVERIFY(engine.ingest(add).duplicate);
    const std::optional<Profile> profile = engine.loadProfile(result.profileId);
    QVERIFY(profile);
    QCOMPARE(profile->cart.lines.size(), 1);
    QCOMPARE(profile->cart.lines.first().quantity, 2);
    QCOMPARE(profile->timeline.size(), 1);
}

void TestPostgres::location_passwordIsMasked_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("shown");
    QTest::newRow("postgresql") << QStringLiteral("postgresql://desk:s3cret@db.example:5432/omnidesk")
                                << QStringLiteral("postgresql://desk:***@db.example:5432/omnidesk");
    QTest::newRow("postgres") << QStringLiteral("postgres://desk:s3cret@db.example/omnidesk")
                              << QStringLiteral("postgres://desk:***@db.example/omnidesk");
    QTest::newRow("password query item")
        << QStringLiteral("postgresql://desk@db.example/omnidesk?password=s3cret")
        << QStringLiteral("postgresql://desk@db.example/omnidesk?password=***");
    QTest::newRow("no password") << QStringLiteral("postgresql://desk@db.example/omnidesk")
                                 << QStringLiteral("postgresql://desk@db.example/omnidesk");
    QTest::newRow("sqlite file") << QStringLiteral("/var/lib/omnidesk/omnidesk.sqlite")
                                 << QStringLiteral("/var/lib/omnidesk/omnidesk.sqlite");
}

void TestPostgres::location_passwordIsMasked()
{
    QFETCH(QString, location);
    QFETCH(QString, shown);
    QCOMPARE(Store::redactedLocation(location), shown);
    QVERIFY(!Store::redactedLocation(location).contains(QLatin1StringView("s3cret")));
}

void TestPostgres::open_unreachableServerFailsWithoutThePassword()
{
    QTcpServer closed; // a port nobody listens on once this closes
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    Store store;
    QVERIFY(!store.open(QStringLiteral("postgresql://desk:s3cret@127.0.0.1:%1/omnidesk").arg(port)));
    QVERIFY2(store.errorString().contains(QLatin1StringView("cannot connect")),
             qPrintable(store.errorString()));
    QVERIFY2(!store.errorString().contains(QLatin1StringView("s3cret")), qPrintable(store.errorString()));
    QVERIFY(!store.isOpen());

    // The service says so and does not start.
    ProfileServer server;
    ServerOptions options;
    options.port = 0;
    options.database = QStringLiteral("postgresql://desk:s3cret@127.0.0.1:%1/omnidesk").arg(port);
    QVERIFY(!server.start(options));
    QVERIFY(!server.errorString().contains(QLatin1StringView("s3cret")));
}

void TestPostgres::open_sqliteUrlNamesAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Store store;
    QVERIFY2(store.open(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("named.sqlite"))),
             qPrintable(store.errorString()));
    QVERIFY(!store.isPostgres());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("named.sqlite"))));
    QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
}

void TestPostgres::adminCli_addsKeyAndUserToPostgres()
{
    const QString url = m_postgres.createDatabase();
    const auto runCli = [&url](const QStringList &arguments, const QByteArray &input) {
        QProcess process;
        process.start(QStringLiteral(OMNIDESK_PROFILED_BINARY),
                      arguments + QStringList{QStringLiteral("--database"), url});
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(30'000);
        return std::pair{process.exitCode(),
                         QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
    };
    const auto [keyExit, keyOut] =
        runCli({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("crm")}, {});
    QVERIFY2(keyExit == 0, qPrintable(keyOut));
    const auto [userExit, userOut] =
        runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sup1"),
                QStringLiteral("--role"), QStringLiteral("supervisor")},
               "correct horse battery\ncorrect horse battery\n");
    QVERIFY2(userExit == 0, qPrintable(userOut));
    Store store;
    QVERIFY2(store.open(url), qPrintable(store.errorString()));
    QVERIFY(store.hasApiKeyNamed(QStringLiteral("crm")));
    QVERIFY(store.verifyPassword(QStringLiteral("sup1"), QStringLiteral("correct horse battery")));
}

void TestPostgres::twoInstances_callPostedToAReachesAgentOnB()
{
    const QString url = m_postgres.createDatabase();
    Instance a;
    Instance b;
    QVERIFY2(a.start(url, true), qPrintable(a.server.errorString()));
    QVERIFY2(b.start(url, false), qPrintable(b.server.errorString()));
    QVERIFY(a.server.clusterBus() && b.server.clusterBus());
    WsTestClient agent;
    QVERIFY(agent.signIn(b.server.serverPort()));

    QSignalSpy replayed(b.server.clusterBus(), &ClusterBus::replayed);
    const auto call =
        a.http->post(QStringLiteral("/v1/calls"),
                     R"({"callId":"c-1","event":"connected","ani":"+31612345678","agent":"agent1"})", kKey);
    QCOMPARE(call.status, 200);
    QCOMPARE(call.body.value(QLatin1StringView("delivered")).toInt(), 0); // no session on A
    const std::optional<CallConnected> connected = agent.nextOf<CallConnected>();
    QVERIFY(connected);
    QCOMPARE(connected->call.callId, QStringLiteral("c-1"));
    QCOMPARE(connected->call.match, QStringLiteral("exact"));
    QVERIFY(connected->call.profile);
    QCOMPARE(connected->call.profile->name, QStringLiteral("Marta Jansen"));

    const auto ended = a.http->post(QStringLiteral("/v1/calls"),
                                    R"({"callId":"c-1","event":"ended","agent":"agent1"})", kKey);
    QCOMPARE(ended.status, 200);
    const std::optional<CallEnded> end = agent.nextOf<CallEnded>();
    QVERIFY(end);
    QCOMPARE(end->callId, QStringLiteral("c-1"));
    QVERIFY(replayed.count() >= 2);
}

void TestPostgres::twoInstances_cartEventOnAReachesAgentOnBAsPatch()
{
    const QString url = m_postgres.createDatabase();
    Instance a;
    Instance b;
    QVERIFY2(a.start(url, true), qPrintable(a.server.errorString()));
    QVERIFY2(b.start(url, false), qPrintable(b.server.errorString()));
    WsTestClient agent;
    QVERIFY(agent.signIn(b.server.serverPort()));
    // The call reaches B from A; the agent on B then shows Marta's profile.
    QCOMPARE(a.http
                 ->post(QStringLiteral("/v1/calls"),
                        R"({"callId":"c-2","event":"connected","ani":"+31612345678","agent":"agent1"})", kKey)
                 .status,
             200);
    const std::optional<CallConnected> connected = agent.nextOf<CallConnected>();
    QVERIFY(connected && connected->call.profile);
    const qint64 version = connected->call.profile->version;
    const int lines = int(connected->call.profile->cart.lines.size());

    // A batch (one transaction): the announcements go out once it is committed.
    const auto events = a.http->post(
        QStringLiteral("/v1/events"),
        R"({"events":[{"_id":"pg-other-1","timestamp":"2026-11-20T09:15:00Z","identityMap":{"ECID":[{"id":"someone-else"}]}},
            {"_id":"pg-live-1","timestamp":"2026-11-20T09:15:30Z","identityMap":{"Phone":[{"id":"+31612345678"}]},
            "commerce":{"productListAdds":{"value":1}},
            "productListItems":[{"SKU":"CASE-X15","name":"Phone case","quantity":1,"priceTotal":19,"currencyCode":"EUR"}]}]})",
        kKey);
    QCOMPARE(events.status, 202);
    const std::optional<ProfilePatch> patch = agent.nextOf<ProfilePatch>();
    QVERIFY(patch);
    QCOMPARE(patch->profileId, connected->call.profile->id);
    QCOMPARE(patch->base, version);
    QCOMPARE(patch->version, version + 1);
    QVERIFY(patch->cart);
    QCOMPARE(patch->cart->lines.size(), lines + 1);
    QCOMPARE(patch->timelineAdded.size(), 1);
    QCOMPARE(patch->timelineAdded.first().id, QStringLiteral("pg-live-1"));
    // Relayed from A, read back from the store: with the facts B's desktops word it from.
    QCOMPARE(
        QJsonDocument(patch->timelineAdded.first().facts).toJson(QJsonDocument::Compact),
        QByteArray(
            R"({"currency":"EUR","lines":[{"name":"Phone case","quantity":1,"unitPrice":1900}],"v":1})"));
}

void TestPostgres::twoInstances_largeBatchIsAnnouncedWhole()
{
    const QString url = m_postgres.createDatabase();
    Instance a;
    Instance b;
    QVERIFY2(a.start(url, true), qPrintable(a.server.errorString()));
    QVERIFY2(b.start(url, false), qPrintable(b.server.errorString()));
    WsTestClient agent;
    QVERIFY(agent.signIn(b.server.serverPort()));
    QCOMPARE(a.http
                 ->post(QStringLiteral("/v1/calls"),
                        R"({"callId":"c-3","event":"connected","ani":"+31612345678","agent":"agent1"})", kKey)
                 .status,
             200);
    const std::optional<CallConnected> connected = agent.nextOf<CallConnected>();
    QVERIFY(connected && connected->call.profile);

    // 400 announcements do not fit one NOTIFY payload (8,000 bytes): they go
    // out packed into several, and B replays every one, in order.
    QSignalSpy replayed(b.server.clusterBus(), &ClusterBus::replayed);
    QJsonArray events;
    for (int i = 0; i < 399; ++i)
        events.append(QJsonObject{
            {QStringLiteral("_id"), QStringLiteral("pg-bulk-%1").arg(i)},
            {QStringLiteral("timestamp"), QStringLiteral("2026-11-20T09:15:00Z")},
            {QStringLiteral("identityMap"),
             QJsonObject{
                 {QStringLiteral("ECID"),
                  QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("bulk-%1").arg(i)}}}}}}});
    events.append(QJsonObject{
        {QStringLiteral("_id"), QStringLiteral("pg-bulk-live")},
        {QStringLiteral("timestamp"), QStringLiteral("2026-11-20T09:16:00Z")},
        {QStringLiteral("identityMap"),
         QJsonObject{{QStringLiteral("Phone"),
                      QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("+31612345678")}}}}}},
        {QStringLiteral("_omnidesk"),
         QJsonObject{{QStringLiteral("note"), QStringLiteral("last of the batch")}}}});
    const auto posted = a.http->post(
        QStringLiteral("/v1/events"),
        QJsonDocument(QJsonObject{{QStringLiteral("events"), events}}).toJson(QJsonDocument::Compact), kKey);
    QCOMPARE(posted.status, 202);
    const std::optional<ProfilePatch> patch = agent.nextOf<ProfilePatch>();
    QVERIFY(patch);
    QCOMPARE(patch->profileId, connected->call.profile->id);
    QCOMPARE(patch->timelineAdded.size(), 1);
    QCOMPARE(patch->timelineAdded.first().id, QStringLiteral("pg-bulk-live"));
    QTRY_COMPARE(replayed.count(), 400);
    for (const QList<QVariant> &signal : std::as_const(replayed))
        QCOMPARE(signal.first().toString(), QStringLiteral("patch"));
}

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
