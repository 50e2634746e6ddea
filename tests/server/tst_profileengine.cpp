// Tests ProfileEngine, Store and DemoSeeder against a real SQLite file: the
// cart follows event time, duplicates are not applied twice, patches carry
// versions, the abandoned-cart next step, idempotent demo seeding.
#include "DemoSeeder.h"
#include "PhoneNormalizer.h"
#include "ProfileEngine.h"
#include "RecoveryReport.h"
#include "Store.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace omnidesk;
using namespace omnidesk::server;

namespace {
const QDateTime kT0(QDate(2026, 11, 17), QTime(18, 0), Qt::UTC);

IngestEvent commerceEvent(const QString &id, int minutes, const QString &type, const QString &sku,
                          int quantity, qint64 unitPrice)
{
    IngestEvent e;
    e.id = id;
    e.at = kT0.addSecs(60LL * minutes);
    e.identities = {Identity{QStringLiteral("Email"), QStringLiteral("marta.jansen@example.com")}};
    e.type = type;
    e.channel = QStringLiteral("web");
    e.currency = QStringLiteral("EUR");
    if (!sku.isEmpty())
        e.lines = {CartLine{sku, sku + QStringLiteral(" name"), quantity, unitPrice}};
    return e;
}
} // namespace

class TestProfileEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void store_migratesToCurrentSchema();
    void journey_cartFollowsEventTime();
    void journey_shuffledGivesSameCart();
    void journey_carriedForwardCartMatchesRecomputed_data();
    void journey_carriedForwardCartMatchesRecomputed();
    void duplicate_notAppliedTwice();
    void knownIdentity_sameProfile();
    void patch_carriesVersionCartAndTimeline();
    void abandonedCart_nextStepAfterThirtyMinutes();
    void patch_carriesChangedConsentsLifetimeValueAndTier();
    void outcome_storedOncePerKey();
    void demoSeeding_isIdempotent();
    void demoHistory_seedsOutcomesOnceWithContext();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ProfileEngine> m_engine;
    QDateTime m_now = kT0.addDays(3);
};

void TestProfileEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("t.sqlite"))), qPrintable(m_store->errorString()));
    m_now = kT0.addDays(3);
    m_engine = std::make_unique<ProfileEngine>(m_store.get(), [this] { return m_now; });
}

void TestProfileEngine::cleanup()
{
    m_engine.reset();
    m_store.reset();
    m_dir.reset();
}

void TestProfileEngine::store_migratesToCurrentSchema()
{
    QCOMPARE(m_store->schemaVersion(), 8);
    QCOMPARE(Store::latestSchemaVersion(), 8);
    // A second connection on the same file sees the migrated schema and does not migrate again.
    Store second;
    QVERIFY(second.open(m_dir->filePath(QStringLiteral("t.sqlite"))));
    QCOMPARE(second.schemaVersion(), 8);
    QVERIFY(second.ping());
}

void TestProfileEngine::journey_cartFollowsEventTime()
{
    const QList<IngestEvent> events{
        commerceEvent(QStringLiteral("e1"), 0, QStringLiteral("cart.add"), QStringLiteral("PH"), 1, 79900),
        commerceEvent(QStringLiteral("e2"), 5, QStringLiteral("cart.add"), QStringLiteral("PLAN"), 1, 2500),
        commerceEvent(QStringLiteral("e3"), 6, QStringLiteral("cart.add"), QStringLiteral("PH"), 1, 79900),
        commerceEvent(QStringLiteral("e4"), 7, QStringLiteral("cart.remove"), QStringLiteral("PLAN"), 1,
                      2500),
    };
    QString id;
    for (const IngestEvent &e : events) {
        const auto result = m_engine->ingest(e);
        QVERIFY(result.ok);
        id = result.profileId;
    }
    auto profile = m_engine->loadProfile(id);
    QVERIFY(profile);
    QCOMPARE(profile->cart.lines.size(), 1);
    QCOMPARE(profile->cart.lines.first().sku, QStringLiteral("PH"));
    QCOMPARE(profile->cart.lines.first().quantity, 2);
    QCOMPARE(profile->cart.updatedAt, kT0.addSecs(7 * 60));
    QCOMPARE(profile->timeline.first().id, QStringLiteral("e4")); // newest first
    QCOMPARE(profile->version, 4);

    QVERIFY(
        m_engine->ingest(commerceEvent(QStringLiteral("e5"), 30, QStringLiteral("purchase"), {}, 0, 0)).ok);
    profile = m_engine->loadProfile(id);
    QVERIFY(profile->cart.isEmpty());
    QVERIFY(!profile->cart.abandonedSince.isValid());
}

void TestProfileEngine::journey_shuffledGivesSameCart()
{
    QList<IngestEvent> events{
        commerceEvent(QStringLiteral("e1"), 0, QStringLiteral("cart.add"), QStringLiteral("PH"), 1, 79900),
        commerceEvent(QStringLiteral("e2"), 1, QStringLiteral("cart.add"), QStringLiteral("CASE"), 2, 1900),
        commerceEvent(QStringLiteral("e3"), 2, QStringLiteral("purchase"), {}, 0, 0),
        commerceEvent(QStringLiteral("e4"), 3, QStringLiteral("cart.add"), QStringLiteral("PLAN"), 1, 2500),
        commerceEvent(QStringLiteral("e5"), 4, QStringLiteral("cart.add"), QStringLiteral("CASE"), 1, 1900),
        commerceEvent(QStringLiteral("e6"), 5, QStringLiteral("cart.remove"), QStringLiteral("PLAN"), 1,
                      2500),
    };
    // Reverse order, then a seeded random order: the cart must always be the same.
    std::reverse(events.begin(), events.end());
    QRandomGenerator random(42);
    std::shuffle(events.begin(), events.end(), random);
    QString id;
    for (const IngestEvent &e : std::as_const(events))
        id = m_engine->ingest(e).profileId;
    const auto profile = m_engine->loadProfile(id);
    QVERIFY(profile);
    QCOMPARE(profile->cart.lines,
             (QList<CartLine>{CartLine{QStringLiteral("CASE"), QStringLiteral("CASE name"), 1, 1900}}));
    QCOMPARE(profile->cart.updatedAt, kT0.addSecs(5 * 60));
}

void TestProfileEngine::journey_carriedForwardCartMatchesRecomputed_data()
{
    QTest::addColumn<bool>("inOrder");
    QTest::addColumn<bool>("batch");
    QTest::newRow("in order") << true << false;
    QTest::newRow("in order, one batch") << true << true;
    QTest::newRow("shuffled") << false << false;
    QTest::newRow("shuffled, one batch") << false << true;
}

// An event after all others is folded into the stored cart, a late one
// recomputes: after every event the stored cart, lifetime value and last
// purchase must equal a recomputation from all stored commerce events, and
// the end state must not depend on the arrival order.
void TestProfileEngine::journey_carriedForwardCartMatchesRecomputed()
{
    QFETCH(bool, inOrder);
    QFETCH(bool, batch);
    QRandomGenerator random(7);
    QList<IngestEvent> events;
    const QStringList skus{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    for (int i = 0; i < 60; ++i) {
        // Several events share a minute (then the id orders them), purchases
        // repeat order ids (counted once), some events carry no currency.
        const int minute = i / 3;
        const int kind = int(random.bounded(10));
        const QString id = QStringLiteral("ev-%1").arg(int(random.bounded(1000)), 3, 10, QLatin1Char('0')) +
                           QString::number(i);
        IngestEvent e;
        if (kind < 5) {
            e = commerceEvent(id, minute, QStringLiteral("cart.add"), skus.at(int(random.bounded(3))),
                              1 + int(random.bounded(2)), 1000 + 100 * int(random.bounded(5)));
        } else if (kind < 8) {
            e = commerceEvent(id, minute, QStringLiteral("cart.remove"), skus.at(int(random.bounded(3))), 1,
                              0);
        } else if (kind < 9) {
            e = commerceEvent(id, minute, QStringLiteral("purchase"), {}, 0, 0);
            e.purchaseId = QStringLiteral("o-%1").arg(int(random.bounded(4)));
            e.orderTotal = 5000 + int(random.bounded(100));
        } else {
            e = commerceEvent(id, minute, QStringLiteral("web.pageview"), {}, 0, 0);
        }
        if (random.bounded(4) == 0)
            e.currency.clear();
        events.append(e);
    }
    if (!inOrder) {
        std::shuffle(events.begin(), events.end(), random);
    } else {
        std::stable_sort(events.begin(), events.end(), [](const IngestEvent &a, const IngestEvent &b) {
            return a.at != b.at ? a.at < b.at : a.id < b.id;
        });
    }
    if (batch)
        QVERIFY(m_store->beginBatch());
    QString id;
    for (const IngestEvent &e : std::as_const(events)) {
        const auto result = m_engine->ingest(e);
        QVERIFY(result.ok);
        id = result.profileId;
        const auto record = m_store->profile(id);
        QVERIFY(record);
        const QList<StoredEvent> stored = m_store->commerceEvents(id);
        QCOMPARE(record->cart, ProfileEngine::computeCart(stored));
        const ProfileEngine::PurchaseFacts facts = ProfileEngine::computePurchases(stored);
        QCOMPARE(record->lifetimeValue, facts.lifetimeValue);
        QCOMPARE(record->lastPurchaseAt, facts.lastPurchaseAt);
    }
    if (batch)
        QVERIFY(m_store->commitBatch());
    // The same whatever the arrival order: compare with the events in time order, recomputed in memory.
    QList<StoredEvent> all;
    for (const IngestEvent &e : std::as_const(events)) {
        if (e.isCommerce())
            all.append(StoredEvent{e.id, id, e.at, e.channel, e.type, QString(), ProfileEngine::bodyOf(e)});
    }
    const auto record = m_store->profile(id);
    QVERIFY(record);
    QCOMPARE(record->cart, ProfileEngine::computeCart(all));
    QCOMPARE(record->lifetimeValue, ProfileEngine::computePurchases(all).lifetimeValue);
    QVERIFY(record->lifetimeValue > 0);
}

void TestProfileEngine::duplicate_notAppliedTwice()
{
    const auto add =
        commerceEvent(QStringLiteral("dup"), 0, QStringLiteral("cart.add"), QStringLiteral("PH"), 1, 100);
    QSignalSpy changed(m_engine.get(), &ProfileEngine::profileChanged);
    const auto first = m_engine->ingest(add);
    const auto second = m_engine->ingest(add);
    QVERIFY(first.ok && !first.duplicate);
    QVERIFY(second.ok && second.duplicate);
    QCOMPARE(second.profileId, first.profileId);
    QCOMPARE(changed.count(), 1);
    const auto profile = m_engine->loadProfile(first.profileId);
    QCOMPARE(profile->cart.lines.first().quantity, 1);
    QCOMPARE(profile->version, 1);
    QCOMPARE(m_store->eventCount(), 1);
}

void TestProfileEngine::knownIdentity_sameProfile()
{
    auto a = commerceEvent(QStringLiteral("a"), 0, QStringLiteral("web.pageview"), {}, 0, 0);
    a.identities.append(Identity{QStringLiteral("ECID"), QStringLiteral("ecid-1")});
    auto b = commerceEvent(QStringLiteral("b"), 1, QStringLiteral("web.pageview"), {}, 0, 0);
    b.identities = {Identity{QStringLiteral("ECID"), QStringLiteral("ecid-1")},
                    Identity{QStringLiteral("Phone"), QStringLiteral("+31612345678")}};
    auto other = commerceEvent(QStringLiteral("c"), 1, QStringLiteral("web.pageview"), {}, 0, 0);
    other.identities = {Identity{QStringLiteral("ECID"), QStringLiteral("ecid-2")}};
    const QString pa = m_engine->ingest(a).profileId;
    QCOMPARE(m_engine->ingest(b).profileId, pa);
    QVERIFY(m_engine->ingest(other).profileId != pa);
    QCOMPARE(m_engine->findByPhone(QStringLiteral("+31612345678")), pa);
    QCOMPARE(m_engine->findByEmail(QStringLiteral("Marta.Jansen@example.com")), pa);
    QCOMPARE(m_engine->loadProfile(pa)->phone, QStringLiteral("+31612345678"));
}

void TestProfileEngine::patch_carriesVersionCartAndTimeline()
{
    QSignalSpy changed(m_engine.get(), &ProfileEngine::profileChanged);
    m_engine->ingest(
        commerceEvent(QStringLiteral("p1"), 0, QStringLiteral("cart.add"), QStringLiteral("PH"), 1, 79900));
    auto opened = commerceEvent(QStringLiteral("p2"), 60, QStringLiteral("email.opened"), {}, 0, 0);
    opened.channel = QStringLiteral("email");
    opened.note = QStringLiteral("Your cart is waiting");
    m_engine->ingest(opened);
    QCOMPARE(changed.count(), 2);
    const auto first = changed.at(0).at(0).value<protocol::ProfilePatch>();
    QCOMPARE(first.base, 0);
    QCOMPARE(first.version, 1);
    QVERIFY(first.cart);
    QCOMPARE(first.timelineAdded.first().summary, QStringLiteral("Added PH name (1 \u00d7 EUR 799.00)"));
    const auto second = changed.at(1).at(0).value<protocol::ProfilePatch>();
    QCOMPARE(second.base, 1);
    QCOMPARE(second.version, 2);
    QVERIFY(!second.cart); // not a commerce event
    QCOMPARE(second.timelineAdded.first().summary, QStringLiteral("Opened email \"Your cart is waiting\""));
    QVERIFY(second.nextSteps);
    QCOMPARE(second.nextSteps->size(), 1); // cart abandoned 3 days before m_now
    QCOMPARE(second.nextSteps->first().id, QStringLiteral("abandoned-cart"));
}

void TestProfileEngine::abandonedCart_nextStepAfterThirtyMinutes()
{
    const auto result = m_engine->ingest(
        commerceEvent(QStringLiteral("a1"), 0, QStringLiteral("cart.add"), QStringLiteral("PH"), 1, 79900));
    m_engine->ingest(
        commerceEvent(QStringLiteral("a2"), 0, QStringLiteral("cart.add"), QStringLiteral("PLAN"), 1, 2500));
    auto opened = commerceEvent(QStringLiteral("a3"), 24 * 60, QStringLiteral("email.opened"), {}, 0, 0);
    m_engine->ingest(opened);

    m_now = kT0.addSecs(29 * 60);
    auto profile = m_engine->loadProfile(result.profileId);
    QVERIFY(!profile->cart.abandonedSince.isValid());
    // Not abandoned yet: the cart is being filled, so the step is to help finish the order.
    QCOMPARE(profile->nextSteps.size(), 1);
    QCOMPARE(profile->nextSteps.first().id, QStringLiteral("active-cart"));
    QCOMPARE(profile->nextSteps.first().reason,
             QStringLiteral("Cart with 2 items (EUR 824.00) changed 29 minutes ago, not ordered yet"));
    QCOMPARE(profile->nextSteps.first().priority, 80);

    m_now = kT0.addDays(3);
    profile = m_engine->loadProfile(result.profileId);
    QCOMPARE(profile->cart.abandonedSince, kT0);
    QCOMPARE(profile->nextSteps.size(), 1);
    const NextStep &step = profile->nextSteps.first();
    QCOMPARE(step.id, QStringLiteral("abandoned-cart"));
    QCOMPARE(step.title, QStringLiteral("Offer to complete the order on the call"));
    QCOMPARE(step.priority, 90);
    QCOMPARE(step.reason,
             QStringLiteral(
                 "Cart with 2 items (EUR 824.00) abandoned 3 days ago; reminder email opened 2 days ago"));
    QVERIFY(!step.talkingPoints.isEmpty());
}

void TestProfileEngine::patch_carriesChangedConsentsLifetimeValueAndTier()
{
    QSignalSpy changed(m_engine.get(), &ProfileEngine::profileChanged);
    m_engine->ingest(commerceEvent(QStringLiteral("f1"), 0, QStringLiteral("web.pageview"), {}, 0, 0));
    auto first = changed.last().first().value<protocol::ProfilePatch>();
    QVERIFY(!first.consents && !first.lifetimeValue && !first.tier); // nothing of that changed

    auto consent = commerceEvent(QStringLiteral("f2"), 1, QStringLiteral("consent.update"), {}, 0, 0);
    consent.consents.email = QStringLiteral("granted");
    consent.consents.sms = QStringLiteral("denied");
    consent.customerTier = QStringLiteral("gold");
    m_engine->ingest(consent);
    auto second = changed.last().first().value<protocol::ProfilePatch>();
    QVERIFY(second.consents);
    QCOMPARE(*second.consents, (Consents{QStringLiteral("granted"), QStringLiteral("denied"), QString()}));
    QCOMPARE(second.tier, std::optional<QString>(QStringLiteral("gold")));
    QVERIFY(!second.lifetimeValue);

    auto purchase =
        commerceEvent(QStringLiteral("f3"), 2, QStringLiteral("purchase"), QStringLiteral("PH"), 1, 79900);
    purchase.orderTotal = 79900;
    purchase.purchaseId = QStringLiteral("ORD-1");
    m_engine->ingest(purchase);
    auto third = changed.last().first().value<protocol::ProfilePatch>();
    QCOMPARE(third.lifetimeValue, std::optional<qint64>(79900));
    QCOMPARE(third.lastPurchaseAt, kT0.addSecs(120));
    QVERIFY(!third.consents && !third.tier);

    // The same consent again changes nothing: no consents in the patch.
    consent.id = QStringLiteral("f4");
    consent.at = kT0.addSecs(180);
    m_engine->ingest(consent);
    QVERIFY(!changed.last().first().value<protocol::ProfilePatch>().consents);
}

void TestProfileEngine::outcome_storedOncePerKey()
{
    const QString profileId =
        m_engine->ingest(commerceEvent(QStringLiteral("o1"), 0, QStringLiteral("web.pageview"), {}, 0, 0))
            .profileId;
    protocol::OutcomeLog log{QStringLiteral("key-12345678"),
                             QStringLiteral("c-1"),
                             profileId,
                             QStringLiteral("sale"),
                             QStringLiteral("Ordered"),
                             m_now,
                             {},
                             {},
                             {},
                             {}};
    const auto first = m_store->storeOutcome(log, QStringLiteral("agent1"), m_now);
    const auto second = m_store->storeOutcome(log, QStringLiteral("agent1"), m_now.addSecs(5));
    QVERIFY(first && second);
    QVERIFY(!first->duplicate);
    QVERIFY(second->duplicate);
    QCOMPARE(second->id, first->id);
    QCOMPARE(second->storedAt, first->storedAt);
    QCOMPARE(m_store->outcomeCount(), 1);
    QVERIFY(m_engine->recordOutcome(log, first->id));
    const auto profile = m_engine->loadProfile(profileId);
    QCOMPARE(profile->timeline.first().channel, QStringLiteral("call"));
}

void TestProfileEngine::demoSeeding_isIdempotent()
{
    const PhoneNormalizer phones(QStringLiteral("NL"));
    m_now = QDateTime::currentDateTimeUtc();
    DemoSeeder seeder(
        m_store.get(), m_engine.get(), &phones, [this] { return m_now; }, 1000);
    const auto first = seeder.seed();
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.duplicates, 0);
    const int profiles = m_store->profileCount();
    const int events = m_store->eventCount();
    const int users = m_store->userCount();
    QVERIFY(profiles >= 4);
    const auto marta = m_engine->loadProfile(m_engine->findByPhone(QStringLiteral("+31612345678")));
    QVERIFY(marta);

    m_now = m_now.addSecs(3600);
    const auto second = seeder.seed();
    QVERIFY(second.ok);
    QCOMPARE(second.duplicates, second.events);
    QCOMPARE(m_store->profileCount(), profiles);
    QCOMPARE(m_store->eventCount(), events);
    QCOMPARE(m_store->userCount(), users);
    const auto again = m_engine->loadProfile(marta->id);
    QCOMPARE(again->version, marta->version);
    QCOMPARE(again->cart.lines, marta->cart.lines);

    QCOMPARE(marta->name, QStringLiteral("Marta Jansen"));
    QCOMPARE(marta->tier, QStringLiteral("gold"));
    QCOMPARE(marta->email, QStringLiteral("marta.jansen@example.com"));
    QCOMPARE(marta->cart.total(), 82400);
    QCOMPARE(marta->nextSteps.size(), 1);
    QVERIFY(m_store->verifyPassword(QStringLiteral("agent1"), QStringLiteral("demo")));
    QVERIFY(!m_store->verifyPassword(QStringLiteral("agent1"), QStringLiteral("wrong")));
    QVERIFY(m_store->isApiKey(QStringLiteral("demo-integration-key")));
}

void TestProfileEngine::demoHistory_seedsOutcomesOnceWithContext()
{
    const PhoneNormalizer phones(QStringLiteral("NL"));
    m_now = QDateTime::currentDateTimeUtc();
    DemoSeeder seeder(
        m_store.get(), m_engine.get(), &phones, [this] { return m_now; }, 1000);
    const auto first = seeder.seedWithHistory();
    QVERIFY2(first.ok, qPrintable(first.error));
    const int outcomes = m_store->outcomeCount();
    QCOMPARE(outcomes, DemoSeeder::seedData().value(QLatin1StringView("outcomes")).toArray().size());
    QVERIFY(outcomes >= 5);
    // Every seeded outcome names a real customer and carries what the agent saw.
    for (qint64 id = 1; id <= outcomes; ++id) {
        const std::optional<StoredOutcome> stored = m_store->outcome(id);
        QVERIFY(stored);
        QVERIFY2(m_store->profile(stored->log.profileId).has_value(), qPrintable(stored->log.key));
        QVERIFY(stored->log.context);
        QVERIFY(stored->storedAt < m_now);
    }
    const std::optional<StoredOutcome> store = m_store->outcome(4);
    QCOMPARE(store->agent, QStringLiteral("store1"));
    QCOMPARE(store->log.channel, QStringLiteral("store"));
    QCOMPARE(store->log.intent.size(), 1);

    // The history gives the cart-recovery report of the last 30 days every
    // kind of contact and two recommendations that recovered carts.
    const auto report = RecoveryReport(m_store.get()).compute(m_now.addDays(-30), m_now, m_now);
    QVERIFY(report);
    QVERIFY(report->all.abandoned >= 14);
    QVERIFY(report->all.recovered > 0 && report->all.recovered < report->all.abandoned);
    for (const QString &kind : RecoveryReport::contactKinds())
        QVERIFY2(report->byContact.value(kind).abandoned > 0, qPrintable(kind));
    QVERIFY(report->byContact.value(QStringLiteral("call_accepted")).recovered >= 5);
    QCOMPARE(report->byRecommendation.value(QStringLiteral("abandoned-cart")).recovered, 3);
    QCOMPARE(report->byRecommendation.value(QStringLiteral("reminder-email-opened")).recovered, 2);

    const int events = m_store->eventCount();
    const auto second = seeder.seedWithHistory();
    QVERIFY(second.ok);
    QCOMPARE(m_store->outcomeCount(), outcomes);
    QCOMPARE(m_store->eventCount(), events);
}

QTEST_GUILESS_MAIN(TestProfileEngine)
#include "tst_profileengine.moc"
