// Tests the identity graph and the profile facts against a real SQLite file:
// person keys merge profiles (aliases, histories, patches), a Phone is shared
// and never merges, consents / lifetime value / cart do not depend on arrival
// order, the version 3 -> 4 migration keeps data. Then, against an in-process
// service: a shared phone pops "multiple" with candidates on a connected
// agent's desktop, the generic CTI shape, and a merge followed by a live call.
#include "AgentGateway.h"
#include "HttpApi.h"
#include "HttpTestClient.h"
#include "JsonReader.h"
#include "ProfileEngine.h"
#include "ProfileServer.h"
#include "ProtocolCodec.h"
#include "Store.h"
#include "WsTestClient.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <algorithm>

using namespace omnidesk;
using namespace omnidesk::protocol;
using namespace omnidesk::server;

namespace {
const QDateTime kT0(QDate(2026, 11, 10), QTime(9, 0), Qt::UTC);
const QByteArray kKey = "Bearer demo-integration-key";
// Demo data (server/demo/seed.json): a household line two customers share.
const QString kHouseholdPhone = QStringLiteral("+31205550142");

Identity email(const char *value)
{
    return Identity{QStringLiteral("Email"), QString::fromLatin1(value)};
}
Identity ecid(const char *value)
{
    return Identity{QStringLiteral("ECID"), QString::fromLatin1(value)};
}
Identity phone(const char *value)
{
    return Identity{QStringLiteral("Phone"), QString::fromLatin1(value)};
}

IngestEvent makeEvent(const char *id, int minutes, const QString &type, QList<Identity> identities)
{
    IngestEvent e;
    e.id = QString::fromLatin1(id);
    e.at = kT0.addSecs(60LL * minutes);
    e.identities = std::move(identities);
    e.type = type;
    e.channel = QStringLiteral("web");
    e.currency = QStringLiteral("EUR");
    return e;
}

IngestEvent cartAdd(const char *id, int minutes, QList<Identity> identities, const char *sku, qint64 price)
{
    IngestEvent e = makeEvent(id, minutes, QStringLiteral("cart.add"), std::move(identities));
    e.lines = {CartLine{QString::fromLatin1(sku), QString::fromLatin1(sku), 1, price}};
    return e;
}

IngestEvent purchase(const char *id, int minutes, QList<Identity> identities, qint64 total,
                     const char *purchaseId = "")
{
    IngestEvent e = makeEvent(id, minutes, QStringLiteral("purchase"), std::move(identities));
    e.orderTotal = total;
    e.purchaseId = QString::fromLatin1(purchaseId);
    return e;
}

IngestEvent consent(const char *id, int minutes, QList<Identity> identities, Consents consents)
{
    IngestEvent e = makeEvent(id, minutes, QStringLiteral("consent.update"), std::move(identities));
    e.channel = QStringLiteral("other");
    e.consents = std::move(consents);
    return e;
}

using Client = test::WsTestClient;
} // namespace

class TestIdentityGraph : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void merge_linkingEventMergesIntoOlder();
    void merge_laterEventsAndAliasesResolve();
    void merge_movesOutcomesAndChainsAliases();
    void merge_newIdNeverReusesAlias();
    void sharedPhone_neverMerges();
    void phoneOnly_attachesToMostRecentlyUpdated();
    void phoneOnly_unknownCreatesProfile();
    void personKeys_claimPhoneOnlyProfile();
    void consents_latestByEventTime();
    void lifetimeValue_ordersCountOnce();
    void outOfOrder_sameProfile_data();
    void outOfOrder_sameProfile();
    void migration_fromVersion3KeepsData();

    void call_sharedPhonePopsCandidates();
    void call_ctiAlias();
    void call_ctiAliasBad_data();
    void call_ctiAliasBad();
    void merge_followsLiveCall();
    void lookup_sharedPhoneListsBoth();
    void demo_householdConsentsAndHandover();

private:
    std::unique_ptr<ProfileServer> startServer();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ProfileEngine> m_engine;
    QDateTime m_now = kT0.addDays(3);
};

void TestIdentityGraph::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("t.sqlite"))), qPrintable(m_store->errorString()));
    m_now = kT0.addDays(3);
    m_engine = std::make_unique<ProfileEngine>(m_store.get(), [this] { return m_now; });
}

void TestIdentityGraph::cleanup()
{
    m_engine.reset();
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<ProfileServer> TestIdentityGraph::startServer()
{
    auto server = std::make_unique<ProfileServer>();
    if (!server->start(test::demoServerOptions(m_dir->filePath(QStringLiteral("service")))))
        qWarning("server did not start: %s", qPrintable(server->errorString()));
    return server;
}

void TestIdentityGraph::merge_linkingEventMergesIntoOlder()
{
    // Two histories: a web visitor (ECID) and a customer known by email.
    const QString older = m_engine->ingest(cartAdd("a1", 0, {ecid("E-1")}, "PH", 79900)).profileId;
    m_now = m_now.addSecs(60); // the second profile is created later
    const QString newer =
        m_engine->ingest(cartAdd("b1", 10, {email("m@example.com")}, "PLAN", 2500)).profileId;
    QVERIFY(!older.isEmpty() && !newer.isEmpty() && older != newer);
    QCOMPARE(m_store->profileCount(), 2);

    QSignalSpy changed(m_engine.get(), &ProfileEngine::profileChanged);
    QSignalSpy merged(m_engine.get(), &ProfileEngine::profilesMerged);
    const auto base = m_engine->loadProfile(older)->version;
    // The sign-in links the visitor to the customer.
    const auto linked = m_engine->ingest(
        makeEvent("link", 20, QStringLiteral("web.pageview"), {ecid("E-1"), email("m@example.com")}));
    QVERIFY(linked.ok);
    QCOMPARE(linked.profileId, older);
    QCOMPARE(m_store->profileCount(), 1);
    QCOMPARE(merged.count(), 1);
    QCOMPARE(merged.at(0).at(0).toString(), newer);
    QCOMPARE(merged.at(0).at(1).toString(), older);

    // One patch for the survivor, with the cart of both histories.
    QCOMPARE(changed.count(), 1);
    const auto patch = changed.at(0).at(0).value<ProfilePatch>();
    QCOMPARE(patch.profileId, older);
    QCOMPARE(patch.base, base);
    QCOMPARE(patch.version, base + 1);
    QVERIFY(patch.cart);
    QCOMPARE(patch.cart->lines.size(), 2);

    const auto profile = m_engine->loadProfile(older);
    QVERIFY(profile);
    QCOMPARE(profile->email, QStringLiteral("m@example.com"));
    QStringList ids;
    for (const TimelineEvent &e : profile->timeline)
        ids.append(e.id);
    QCOMPARE(ids, (QStringList{QStringLiteral("link"), QStringLiteral("b1"), QStringLiteral("a1")}));
    QCOMPARE(profile->cart.total(), 82400);
}

void TestIdentityGraph::merge_laterEventsAndAliasesResolve()
{
    const QString older =
        m_engine->ingest(makeEvent("a1", 0, QStringLiteral("web.pageview"), {ecid("E-1")})).profileId;
    m_now = m_now.addSecs(60);
    const QString newer =
        m_engine->ingest(makeEvent("b1", 1, QStringLiteral("web.pageview"), {email("m@example.com")}))
            .profileId;
    m_engine->ingest(
        makeEvent("link", 2, QStringLiteral("web.pageview"), {ecid("E-1"), email("m@example.com")}));

    // The merged-away id lives on as an alias.
    QCOMPARE(m_store->aliasTarget(newer), older);
    QCOMPARE(m_store->resolveProfileId(newer), older);
    QCOMPARE(m_store->resolveProfileId(older), older);
    QVERIFY(m_store->resolveProfileId(QStringLiteral("p-9999")).isEmpty());
    const auto viaAlias = m_engine->loadProfile(newer);
    QVERIFY(viaAlias);
    QCOMPARE(viaAlias->id, older);

    // A later event with only the merged-away profile's key lands on the survivor.
    QCOMPARE(m_engine->ingest(makeEvent("b2", 3, QStringLiteral("web.pageview"), {email("m@example.com")}))
                 .profileId,
             older);
    // A duplicate of an event of the merged-away profile reports the survivor.
    const auto duplicate =
        m_engine->ingest(makeEvent("b1", 1, QStringLiteral("web.pageview"), {email("m@example.com")}));
    QVERIFY(duplicate.duplicate);
    QCOMPARE(duplicate.profileId, older);
    QCOMPARE(m_store->eventCount(), 4);
}

void TestIdentityGraph::merge_movesOutcomesAndChainsAliases()
{
    const QString a =
        m_engine->ingest(makeEvent("a1", 0, QStringLiteral("web.pageview"), {ecid("E-A")})).profileId;
    m_now = m_now.addSecs(60);
    const QString b =
        m_engine->ingest(makeEvent("b1", 1, QStringLiteral("web.pageview"), {ecid("E-B")})).profileId;
    m_now = m_now.addSecs(60);
    const QString c =
        m_engine->ingest(makeEvent("c1", 2, QStringLiteral("web.pageview"), {ecid("E-C")})).profileId;

    OutcomeLog log;
    log.key = QStringLiteral("key-merge-0001");
    log.callId = QStringLiteral("c-1");
    log.profileId = c;
    log.disposition = QStringLiteral("info_only");
    log.notes = QStringLiteral("asked about the merge");
    log.loggedAt = m_now;
    const auto stored = m_store->storeOutcome(log, QStringLiteral("agent1"), m_now);
    QVERIFY(stored);

    // b takes c in, then a takes b in: c's alias must follow to a.
    m_engine->ingest(makeEvent("bc", 3, QStringLiteral("web.pageview"), {ecid("E-B"), ecid("E-C")}));
    QCOMPARE(m_store->aliasTarget(c), b);
    m_engine->ingest(makeEvent("ab", 4, QStringLiteral("web.pageview"), {ecid("E-A"), ecid("E-B")}));
    QCOMPARE(m_store->aliasTarget(c), a);
    QCOMPARE(m_store->aliasTarget(b), a);
    QCOMPARE(m_store->outcome(stored->id)->log.profileId, a);
    QCOMPARE(m_store->profileCount(), 1);
    QCOMPARE(m_engine->loadProfile(c)->timeline.size(), 5);
    // An outcome the desktop still logs for the old id lands on the survivor.
    log.key = QStringLiteral("key-merge-0002");
    const auto late = m_store->storeOutcome(log, QStringLiteral("agent1"), m_now);
    QVERIFY(m_engine->recordOutcome(log, late->id));
    QCOMPARE(m_engine->loadProfile(a)->timeline.first().type, QStringLiteral("call.outcome"));
}

void TestIdentityGraph::merge_newIdNeverReusesAlias()
{
    const QString a =
        m_engine->ingest(makeEvent("a1", 0, QStringLiteral("web.pageview"), {ecid("E-A")})).profileId;
    m_now = m_now.addSecs(60);
    const QString b =
        m_engine->ingest(makeEvent("b1", 1, QStringLiteral("web.pageview"), {ecid("E-B")})).profileId;
    m_engine->ingest(makeEvent("ab", 2, QStringLiteral("web.pageview"), {ecid("E-A"), ecid("E-B")}));
    // b (the highest row) is gone; a new profile must not get its id.
    const QString fresh =
        m_engine->ingest(makeEvent("n1", 3, QStringLiteral("web.pageview"), {ecid("E-N")})).profileId;
    QVERIFY(fresh != a);
    QVERIFY(fresh != b);
    QCOMPARE(m_store->aliasTarget(b), a);
}

void TestIdentityGraph::sharedPhone_neverMerges()
{
    const QString pieter = m_engine
                               ->ingest(makeEvent("p1", 0, QStringLiteral("web.pageview"),
                                                  {email("pieter@example.com"), phone("+31201112233")}))
                               .profileId;
    m_now = m_now.addSecs(60);
    const QString anna = m_engine
                             ->ingest(makeEvent("a1", 1, QStringLiteral("web.pageview"),
                                                {email("anna@example.com"), phone("+31201112233")}))
                             .profileId;
    QVERIFY(pieter != anna);
    QCOMPARE(m_store->profileCount(), 2);
    // Most recently updated first.
    QCOMPARE(m_store->profileIdsForIdentity(QStringLiteral("Phone"), QStringLiteral("+31201112233")),
             (QStringList{anna, pieter}));
    m_now = m_now.addSecs(60);
    m_engine->ingest(makeEvent("p2", 2, QStringLiteral("web.pageview"), {email("pieter@example.com")}));
    QCOMPARE(m_engine->findAllByPhone(QStringLiteral("+31201112233")), (QStringList{pieter, anna}));
    QCOMPARE(m_engine->findByPhone(QStringLiteral("+31201112233")), pieter);
    QCOMPARE(m_engine->loadProfile(anna)->phone, QStringLiteral("+31201112233"));
    QCOMPARE(m_engine->loadProfile(pieter)->phone, QStringLiteral("+31201112233"));
}

void TestIdentityGraph::phoneOnly_attachesToMostRecentlyUpdated()
{
    const QString pieter = m_engine
                               ->ingest(makeEvent("p1", 0, QStringLiteral("web.pageview"),
                                                  {email("pieter@example.com"), phone("+31201112233")}))
                               .profileId;
    m_now = m_now.addSecs(60);
    const QString anna = m_engine
                             ->ingest(makeEvent("a1", 1, QStringLiteral("web.pageview"),
                                                {email("anna@example.com"), phone("+31201112233")}))
                             .profileId;
    IngestEvent sms = makeEvent("s1", 2, QStringLiteral("sms.sent"), {phone("+31201112233")});
    sms.channel = QStringLiteral("sms");
    QCOMPARE(m_engine->ingest(sms).profileId, anna);
    m_now = m_now.addSecs(60);
    m_engine->ingest(makeEvent("p2", 3, QStringLiteral("web.pageview"), {email("pieter@example.com")}));
    IngestEvent sms2 = makeEvent("s2", 4, QStringLiteral("sms.sent"), {phone("+31201112233")});
    QCOMPARE(m_engine->ingest(sms2).profileId, pieter);
    QCOMPARE(m_store->profileCount(), 2);
}

void TestIdentityGraph::phoneOnly_unknownCreatesProfile()
{
    const auto first =
        m_engine->ingest(makeEvent("s1", 0, QStringLiteral("sms.sent"), {phone("+31612340000")}));
    QVERIFY(first.ok);
    QCOMPARE(m_store->profileCount(), 1);
    QCOMPARE(m_engine->findByPhone(QStringLiteral("+31612340000")), first.profileId);
    QVERIFY(!m_store->hasPersonKey(first.profileId));
}

void TestIdentityGraph::personKeys_claimPhoneOnlyProfile()
{
    // An SMS made a profile with just the phone; the first sign-in with that
    // phone and an email claims it instead of making a second profile.
    const QString anonymous =
        m_engine->ingest(makeEvent("s1", 0, QStringLiteral("sms.sent"), {phone("+31612340000")})).profileId;
    const QString claimed = m_engine
                                ->ingest(makeEvent("w1", 1, QStringLiteral("web.pageview"),
                                                   {email("x@example.com"), phone("+31612340000")}))
                                .profileId;
    QCOMPARE(claimed, anonymous);
    // A second person on the same line gets a profile of their own.
    const QString other = m_engine
                              ->ingest(makeEvent("w2", 2, QStringLiteral("web.pageview"),
                                                 {email("y@example.com"), phone("+31612340000")}))
                              .profileId;
    QVERIFY(other != anonymous);
    QCOMPARE(m_store->profileCount(), 2);
}

void TestIdentityGraph::consents_latestByEventTime()
{
    const QList<Identity> who{email("m@example.com")};
    m_engine->ingest(consent("c2", 20, who, Consents{QStringLiteral("denied"), {}, {}}));
    // Arrives later but happened earlier: does not override the denial.
    const QString id =
        m_engine
            ->ingest(
                consent("c1", 10, who, Consents{QStringLiteral("granted"), QStringLiteral("granted"), {}}))
            .profileId;
    auto profile = m_engine->loadProfile(id);
    QCOMPARE(profile->consents.email, QStringLiteral("denied"));
    QCOMPARE(profile->consents.sms, QStringLiteral("granted"));
    QVERIFY(profile->consents.phone.isEmpty());
    m_engine->ingest(
        consent("c3", 30, who, Consents{QStringLiteral("granted"), {}, QStringLiteral("denied")}));
    profile = m_engine->loadProfile(id);
    QCOMPARE(profile->consents,
             (Consents{QStringLiteral("granted"), QStringLiteral("granted"), QStringLiteral("denied")}));
    // Kept in the store: a fresh engine on a reopened store reads the same.
    m_engine.reset();
    m_store.reset();
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("t.sqlite"))));
    m_engine = std::make_unique<ProfileEngine>(m_store.get(), [this] { return m_now; });
    QCOMPARE(m_engine->loadProfile(id)->consents, profile->consents);
}

void TestIdentityGraph::lifetimeValue_ordersCountOnce()
{
    const QList<Identity> who{email("m@example.com")};
    const QString id = m_engine->ingest(purchase("o2", 200, who, 2500)).profileId;
    m_engine->ingest(purchase("o1", 100, who, 79900, "ORD-1"));
    // The same order again under another event id (purchases + order events).
    m_engine->ingest(purchase("o1-again", 101, who, 79900, "ORD-1"));
    // A true duplicate event.
    QVERIFY(m_engine->ingest(purchase("o2", 200, who, 2500)).duplicate);
    const auto profile = m_engine->loadProfile(id);
    QCOMPARE(profile->lifetimeValue, 82400);
    QCOMPARE(profile->lastPurchaseAt, kT0.addSecs(200 * 60));
    const QJsonObject json = ProtocolCodec::profileToJson(*profile);
    QCOMPARE(json.value(QLatin1StringView("lifetimeValue")).toInteger(), 82400);
    QCOMPARE(json.value(QLatin1StringView("lastPurchaseAt")).toString(), toWireTime(kT0.addSecs(200 * 60)));
}

void TestIdentityGraph::outOfOrder_sameProfile_data()
{
    QTest::addColumn<int>("seed");
    QTest::newRow("reversed") << -1;
    QTest::newRow("shuffled 1") << 1;
    QTest::newRow("shuffled 7") << 7;
    QTest::newRow("shuffled 42") << 42;
}

void TestIdentityGraph::outOfOrder_sameProfile()
{
    QFETCH(int, seed);
    const QList<Identity> who{email("m@example.com")};
    const QList<IngestEvent> journey{
        consent("k1", 0, who, Consents{QStringLiteral("granted"), QStringLiteral("denied"), {}}),
        cartAdd("e1", 5, who, "PH", 79900),
        cartAdd("e2", 6, who, "CASE", 1900),
        purchase("e3", 10, who, 81800, "ORD-7"),
        consent("k2", 12, who, Consents{{}, QStringLiteral("granted"), QStringLiteral("denied")}),
        cartAdd("e4", 20, who, "PLAN", 2500),
        purchase("e5", 25, who, 2500),
        cartAdd("e6", 30, who, "CASE", 1900),
        consent("k3", 40, who, Consents{QStringLiteral("denied"), {}, {}}),
    };
    // In order, in one store.
    QString inOrderId;
    for (const IngestEvent &e : journey)
        inOrderId = m_engine->ingest(e).profileId;
    const auto inOrder = m_engine->loadProfile(inOrderId);

    // Out of order, in another.
    QTemporaryDir otherDir;
    Store other;
    QVERIFY(other.open(otherDir.filePath(QStringLiteral("o.sqlite"))));
    ProfileEngine otherEngine(&other, [this] { return m_now; });
    QList<IngestEvent> shuffled = journey;
    if (seed < 0) {
        std::reverse(shuffled.begin(), shuffled.end());
    } else {
        QRandomGenerator random{quint32(seed)};
        std::shuffle(shuffled.begin(), shuffled.end(), random);
    }
    QString outOfOrderId;
    for (const IngestEvent &e : std::as_const(shuffled))
        outOfOrderId = otherEngine.ingest(e).profileId;
    const auto outOfOrder = otherEngine.loadProfile(outOfOrderId);

    QVERIFY(inOrder && outOfOrder);
    QCOMPARE(outOfOrder->cart.lines, inOrder->cart.lines);
    QCOMPARE(outOfOrder->cart.updatedAt, inOrder->cart.updatedAt);
    QCOMPARE(outOfOrder->consents, inOrder->consents);
    QCOMPARE(outOfOrder->lifetimeValue, inOrder->lifetimeValue);
    QCOMPARE(outOfOrder->lastPurchaseAt, inOrder->lastPurchaseAt);
    QCOMPARE(outOfOrder->timeline, inOrder->timeline);
    // And the values themselves.
    QCOMPARE(inOrder->cart.lines,
             (QList<CartLine>{CartLine{QStringLiteral("CASE"), QStringLiteral("CASE"), 1, 1900}}));
    QCOMPARE(inOrder->consents,
             (Consents{QStringLiteral("denied"), QStringLiteral("granted"), QStringLiteral("denied")}));
    QCOMPARE(inOrder->lifetimeValue, 84300);
    QCOMPARE(inOrder->lastPurchaseAt, kT0.addSecs(25 * 60));
}

void TestIdentityGraph::migration_fromVersion3KeepsData()
{
    const QString path = m_dir->filePath(QStringLiteral("v3.sqlite"));
    QString id;
    {
        // A database as version 3 of the service left it.
        Store old;
        QVERIFY2(old.open(path, 3), qPrintable(old.errorString()));
        QCOMPARE(old.schemaVersion(), 3);
        QVERIFY(old.beginTransaction());
        id = old.createProfile(kT0);
        QVERIFY(!id.isEmpty());
        QVERIFY(old.addIdentity(phone("+31201112233"), id));
        QVERIFY(old.addIdentity(email("pieter@example.com"), id));
        QVERIFY(old.insertEvent(StoredEvent{QStringLiteral("v3-e1"),
                                            id,
                                            kT0,
                                            QStringLiteral("web"),
                                            QStringLiteral("web.pageview"),
                                            QStringLiteral("Viewed a web page"),
                                            {}}));
        QVERIFY(old.commit());
        // Version 3 allowed one profile per phone: the second is ignored.
        const QString second = old.createProfile(kT0);
        old.addIdentity(phone("+31201112233"), second);
        QCOMPARE(old.profileIdsForIdentity(QStringLiteral("Phone"), QStringLiteral("+31201112233")),
                 QStringList{id});
    }
    m_engine.reset();
    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->open(path), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->schemaVersion(), Store::latestSchemaVersion());
    m_engine = std::make_unique<ProfileEngine>(m_store.get(), [this] { return m_now; });
    QCOMPARE(m_store->profileIdForIdentity(QStringLiteral("Email"), QStringLiteral("pieter@example.com")),
             id);
    QCOMPARE(m_store->identities(id), (QList<Identity>{phone("+31201112233"), email("pieter@example.com")}));
    const auto profile = m_engine->loadProfile(id);
    QVERIFY(profile);
    QCOMPARE(profile->timeline.size(), 1);
    QCOMPARE(profile->lifetimeValue, 0);
    QVERIFY(!profile->lastPurchaseAt.isValid());
    QCOMPARE(profile->consents, Consents{});

    // Now the phone can be shared, a person key cannot.
    const QString anna = m_engine
                             ->ingest(makeEvent("a1", 1, QStringLiteral("web.pageview"),
                                                {email("anna@example.com"), phone("+31201112233")}))
                             .profileId;
    QVERIFY(anna != id);
    QCOMPARE(m_engine->findAllByPhone(QStringLiteral("+31201112233")).size(), 2);
    QVERIFY(m_store->beginTransaction());
    QVERIFY(m_store->addIdentity(email("pieter@example.com"), anna)); // ignored: held by another profile
    QVERIFY(m_store->commit());
    QCOMPARE(m_store->profileIdsForIdentity(QStringLiteral("Email"), QStringLiteral("pieter@example.com")),
             QStringList{id});
    // The raw index: person keys stay unique.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO identities (namespace, value, profile_id) VALUES"
                                       " ('Email', 'pieter@example.com', '%1')")
                            .arg(anna)));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM profile_aliases")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-check"));
}

void TestIdentityGraph::call_sharedPhonePopsCandidates()
{
    const auto server = startServer();
    QVERIFY(server->serverPort() != 0);
    Client agent;
    QVERIFY(agent.signIn(server->serverPort()));

    const HttpApi::Reply reply = server->httpApi()->postCall(
        R"({"callId":"c-h1","event":"connected","ani":"020 555 0142","agent":"agent1"})", kKey);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.value(QLatin1StringView("match")).toString(), QStringLiteral("multiple"));
    QVERIFY(reply.body.value(QLatin1StringView("profileId")).isNull());
    QCOMPARE(reply.body.value(QLatin1StringView("delivered")).toInt(), 1);
    const QJsonArray ids = reply.body.value(QLatin1StringView("candidates")).toArray();
    QCOMPARE(ids.size(), 2);

    const auto connected = agent.nextOf<CallConnected>();
    QVERIFY(connected);
    const ActiveCall &call = connected->call;
    QCOMPARE(call.match, QStringLiteral("multiple"));
    QCOMPARE(call.ani, kHouseholdPhone);
    QVERIFY(!call.profile);
    QCOMPARE(call.candidates.size(), 2);
    QStringList names;
    for (const ProfileCandidate &candidate : call.candidates) {
        names.append(candidate.name);
        QCOMPARE(candidate.reason, QStringLiteral("phone matches"));
        QCOMPARE(candidate.phone, maskPhone(kHouseholdPhone)); // masked for agents
        QVERIFY(candidate.email.contains(QStringLiteral("\u2026@")));
        QVERIFY(ids.contains(candidate.profileId));
    }
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Eva de Groot"), QStringLiteral("Lucas de Groot")}));

    // The agent picks Lucas: the profile opens for the call.
    const auto lucas =
        std::find_if(call.candidates.begin(), call.candidates.end(),
                     [](const ProfileCandidate &c) { return c.name.startsWith(QLatin1StringView("Lucas")); });
    agent.send(ProfileOpen{lucas->profileId, QStringLiteral("c-h1")}, QStringLiteral("v1"));
    const auto opened = agent.nextOf<ProfileOpened>();
    QVERIFY(opened);
    QCOMPARE(opened->callId, QStringLiteral("c-h1"));
    QCOMPARE(opened->profile.id, lucas->profileId);
    QCOMPARE(server->gateway()->profileOfCall(QStringLiteral("c-h1")), lucas->profileId);

    // An agent who is not connected: reported in the response.
    const HttpApi::Reply offline = server->httpApi()->postCall(
        R"({"callId":"c-h2","event":"connected","ani":"020 555 0142","agent":"agent2"})", kKey);
    QCOMPARE(offline.body.value(QLatin1StringView("delivered")).toInt(), 0);
    QCOMPARE(offline.body.value(QLatin1StringView("agentState")).toString(), QStringLiteral("offline"));
    QCOMPARE(offline.body.value(QLatin1StringView("match")).toString(), QStringLiteral("multiple"));
}

void TestIdentityGraph::call_ctiAlias()
{
    const auto server = startServer();
    Client agent;
    QVERIFY(agent.signIn(server->serverPort()));
    // Ringing: the screen pops (Marta's phone, in national form).
    HttpApi::Reply reply = server->httpApi()->postCall(
        R"({"event":"newCall","id":"cti-9","from":"06 12345678","to":"+31 20 700 0000","user":"agent1"})",
        kKey);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.value(QLatin1StringView("event")).toString(), QStringLiteral("connected"));
    QCOMPARE(reply.body.value(QLatin1StringView("callId")).toString(), QStringLiteral("cti-9"));
    QCOMPARE(reply.body.value(QLatin1StringView("match")).toString(), QStringLiteral("exact"));
    QCOMPARE(reply.body.value(QLatin1StringView("delivered")).toInt(), 1);
    const auto connected = agent.nextOf<CallConnected>();
    QVERIFY(connected);
    QCOMPARE(connected->call.callId, QStringLiteral("cti-9"));
    QCOMPARE(connected->call.profile->name, QStringLiteral("Marta Jansen"));

    // Answered: the call is already on screen; nothing is sent again.
    reply = server->httpApi()->postCall(
        R"({"event":"answer","callId":"cti-9","from":"06 12345678","user":"agent1"})", kKey);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.value(QLatin1StringView("repeated")).toBool(), true);
    QCOMPARE(reply.body.value(QLatin1StringView("match")).toString(), QStringLiteral("exact"));

    reply = server->httpApi()->postCall(R"({"event":"hangup","id":"cti-9","user":"agent1"})", kKey);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.value(QLatin1StringView("event")).toString(), QStringLiteral("ended"));
    QCOMPARE(reply.body.value(QLatin1StringView("delivered")).toInt(), 1);
    QList<QString> skipped;
    const auto ended = agent.nextOf<CallEnded>(&skipped);
    QVERIFY(ended);
    QCOMPARE(ended->callId, QStringLiteral("cti-9"));
    QVERIFY2(!skipped.contains(QStringLiteral("call.connected")), "answer popped the call a second time");
}

void TestIdentityGraph::call_ctiAliasBad_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("no user") << QByteArray(R"({"event":"newCall","id":"c1","from":"0612345678"})")
                             << QStringLiteral("user: missing");
    QTest::newRow("empty user") << QByteArray(R"({"event":"answer","id":"c1","from":"0612345678","user":""})")
                                << QStringLiteral("user: empty");
    QTest::newRow("no id") << QByteArray(R"({"event":"hangup","user":"agent1"})")
                           << QStringLiteral("callId: missing (callId or id is required)");
    QTest::newRow("no from") << QByteArray(R"({"event":"newCall","id":"c1","user":"agent1"})")
                             << QStringLiteral("from: missing");
    QTest::newRow("id not a string")
        << QByteArray(R"({"event":"newCall","id":7,"from":"0612345678","user":"agent1"})")
        << QStringLiteral("id: expected a string");
}

void TestIdentityGraph::call_ctiAliasBad()
{
    QFETCH(QByteArray, body);
    const auto server = startServer();
    const HttpApi::Reply reply = server->httpApi()->postCall(body, kKey);
    QCOMPARE(reply.status, 400);
    const QJsonObject error = reply.body.value(QLatin1StringView("error")).toObject();
    QCOMPARE(error.value(QLatin1StringView("code")).toString(), QStringLiteral("invalid_call"));
    QTEST(error.value(QLatin1StringView("message")).toString(), "message");
}

void TestIdentityGraph::merge_followsLiveCall()
{
    const auto server = startServer();
    Client agent;
    QVERIFY(agent.signIn(server->serverPort()));
    HttpApi *api = server->httpApi();
    // An older web visitor, then a newer customer with a phone.
    HttpApi::Reply r = api->postEvents(R"({"_id":"m-1","timestamp":"2026-11-01T10:00:00Z",
        "identityMap":{"ECID":[{"id":"ecid-visitor"}]},"commerce":{"productListAdds":{"value":1}},
        "productListItems":[{"SKU":"TB-11","name":"Tablet 11","priceTotal":399,"currencyCode":"EUR"}]})",
                                       kKey);
    QCOMPARE(r.status, 202);
    const QString older = r.body.value(QLatin1StringView("profiles")).toArray().first().toString();
    r = api->postEvents(R"({"_id":"m-2","timestamp":"2026-11-02T10:00:00Z",
        "identityMap":{"Email":[{"id":"noor@example.com"}],"Phone":[{"id":"06 9999 0001"}]},
        "web":{"webPageDetails":{"name":"Plans","pageViews":{"value":1}}},
        "_omnidesk":{"customer":{"name":"Noor Bakker"}}})",
                        kKey);
    const QString newer = r.body.value(QLatin1StringView("profiles")).toArray().first().toString();
    QVERIFY(older != newer);

    r = api->postCall(R"({"callId":"c-m","event":"connected","ani":"06 9999 0001","agent":"agent1"})", kKey);
    QCOMPARE(r.body.value(QLatin1StringView("profileId")).toString(), newer);
    QVERIFY(agent.nextOf<CallConnected>());

    // Noor signs in on the device of the visitor: one person, the older profile survives.
    r = api->postEvents(R"({"_id":"m-3","timestamp":"2026-11-03T10:00:00Z",
        "identityMap":{"ECID":[{"id":"ecid-visitor"}],"Email":[{"id":"noor@example.com"}]},
        "web":{"webPageDetails":{"name":"Checkout","pageViews":{"value":1}}}})",
                        kKey);
    QCOMPARE(r.status, 202);
    QCOMPARE(r.body.value(QLatin1StringView("profiles")).toArray().first().toString(), older);

    const auto opened = agent.nextOf<ProfileOpened>();
    QVERIFY(opened);
    QCOMPARE(opened->callId, QStringLiteral("c-m"));
    QCOMPARE(opened->profile.id, older);
    QCOMPARE(opened->profile.name, QStringLiteral("Noor Bakker"));
    QCOMPARE(opened->profile.cart.lines.size(), 1);
    QCOMPARE(opened->profile.timeline.size(), 3);
    QCOMPARE(server->gateway()->profileOfCall(QStringLiteral("c-m")), older);

    // Later changes reach the agent as patches of the survivor.
    api->postEvents(R"({"_id":"m-4","timestamp":"2026-11-03T10:05:00Z",
        "identityMap":{"Email":[{"id":"noor@example.com"}]},"eventType":"omnidesk.smsReplied",
        "_omnidesk":{"note":"yes please"}})",
                    kKey);
    const auto patch = agent.nextOf<ProfilePatch>();
    QVERIFY(patch);
    QCOMPARE(patch->profileId, older);
    QCOMPARE(patch->base, opened->profile.version);

    // The old id still answers, with the survivor.
    const HttpApi::Reply viaAlias = api->getProfile(newer, kKey);
    QCOMPARE(viaAlias.status, 200);
    QCOMPARE(viaAlias.body.value(QLatin1StringView("id")).toString(), older);

    r = api->postCall(R"({"callId":"c-m","event":"ended","agent":"agent1"})", kKey);
    QCOMPARE(r.body.value(QLatin1StringView("profileId")).toString(), older);
}

void TestIdentityGraph::lookup_sharedPhoneListsBoth()
{
    const auto server = startServer();
    test::HttpTestClient http(server->serverPort());
    Client agent;
    QVERIFY(agent.signIn(server->serverPort()));
    Lookup lookup;
    lookup.phone = QStringLiteral("020 555 0142");
    agent.send(lookup, QStringLiteral("l1"));
    const auto result = agent.nextOf<LookupResult>();
    QVERIFY(result);
    QCOMPARE(result->candidates.size(), 2);
    // Marta's number is hers alone.
    lookup.phone = QStringLiteral("06 12345678");
    agent.send(lookup, QStringLiteral("l2"));
    const auto marta = agent.nextOf<LookupResult>();
    QVERIFY(marta);
    QCOMPARE(marta->candidates.size(), 1);
    QCOMPARE(marta->candidates.first().name, QStringLiteral("Marta Jansen"));
}

void TestIdentityGraph::demo_householdConsentsAndHandover()
{
    const auto server = startServer();
    ProfileEngine *engine = server->engine();
    const auto marta = engine->loadProfile(engine->findByPhone(QStringLiteral("+31612345678")));
    QVERIFY(marta);
    QCOMPARE(engine->findAllByPhone(QStringLiteral("+31612345678")).size(), 1);
    QCOMPARE(marta->cart.total(), 82400); // the past purchase came before the cart
    QCOMPARE(marta->lifetimeValue, 24900);
    QVERIFY(marta->lastPurchaseAt.isValid());
    QCOMPARE(marta->consents.email, QStringLiteral("granted"));
    QCOMPARE(marta->consents.sms, QStringLiteral("granted"));
    QCOMPARE(marta->consents.phone, QStringLiteral("granted"));

    const QStringList household = engine->findAllByPhone(kHouseholdPhone);
    QCOMPARE(household.size(), 2);
    bool handover = false;
    for (const QString &id : household) {
        const auto profile = engine->loadProfile(id);
        QVERIFY(profile);
        for (const TimelineEvent &e : profile->timeline)
            handover = handover || e.type == QLatin1StringView("bot.handover");
    }
    QVERIFY(handover);
}

QTEST_GUILESS_MAIN(TestIdentityGraph)
#include "tst_identitygraph.moc"
