// Tests ProfileEngine, Store and DemoSeeder against a real SQLite file: the
// cart follows event time, duplicates are not applied twice, patches carry
// versions, the abandoned-cart next step, idempotent demo seeding.
#include "CompactJson.h"
#include "DemoSeeder.h"
#include "FailingCommit.h"
#include "PhoneNormalizer.h"
#include "ProfileEngine.h"
#include "RecoveryReport.h"
#include "Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace omnidesk;
using namespace omnidesk::server;

namespace {
const QDateTime kT0(QDate(2026, 11, 17), QTime(18, 0), Qt::UTC);

IngestEvent commerceEventFor(const QString &email, const QString &id, int minutes, const QString &type,
                             const QString &sku, int quantity, qint64 unitPrice)
{
    IngestEvent e;
    e.id = id;
    e.at = kT0.addSecs(60LL * minutes);
    e.identities = {Identity{QStringLiteral("Email"), email}};
    e.type = type;
    e.channel = QStringLiteral("web");
    e.currency = QStringLiteral("EUR");
    if (!sku.isEmpty())
        e.lines = {CartLine{sku, sku + QStringLiteral(" name"), quantity, unitPrice}};
    return e;
}

IngestEvent commerceEvent(const QString &id, int minutes, const QString &type, const QString &sku,
                          int quantity, qint64 unitPrice)
{
    return commerceEventFor(QStringLiteral("marta.jansen@example.com"), id, minutes, type, sku, quantity,
                            unitPrice);
}

// One event of a varied journey (every kind a shipped rule looks at), for the cached-steps tests.
IngestEvent journeyEvent(QRandomGenerator &random, const QString &email, int i)
{
    const QStringList skus{QStringLiteral("A"), QStringLiteral("B")};
    const QString id =
        QStringLiteral("j-%1-%2").arg(int(random.bounded(100)), 2, 10, QLatin1Char('0')).arg(i);
    // Spread over three days before the engine's "now", mostly three events on one minute.
    const int minutes = (i / 3) * 90 + int(random.bounded(2));
    const QString sku = skus.at(int(random.bounded(2)));
    IngestEvent e = commerceEventFor(email, id, minutes, QStringLiteral("web.pageview"), {}, 0, 0);
    switch (random.bounded(12)) {
    case 4:
        e = commerceEventFor(email, id, minutes, QStringLiteral("cart.add"), sku, 1, 1500);
        break;
    case 5:
        e = commerceEventFor(email, id, minutes, QStringLiteral("cart.remove"), sku, 1, 0);
        break;
    case 6:
        e = commerceEventFor(email, id, minutes, QStringLiteral("purchase"), {}, 0, 0);
        e.purchaseId = QStringLiteral("o-%1").arg(i);
        e.orderTotal = 250000;
        break;
    case 7:
        e.type = QStringLiteral("email.opened");
        e.channel = QStringLiteral("email");
        e.note = QStringLiteral("Your cart");
        break;
    case 8:
        e.type = QStringLiteral("store.visit");
        e.channel = QStringLiteral("store");
        e.storeName = QStringLiteral("Utrecht");
        break;
    case 9:
        e.type = QStringLiteral("bot.handover");
        e.channel = QStringLiteral("chat");
        e.conversationSummary = QStringLiteral("Asked about delivery");
        break;
    case 10:
        e.type = QStringLiteral("consent.update");
        e.consents.email = random.bounded(2) ? QStringLiteral("granted") : QStringLiteral("denied");
        e.customerTier = random.bounded(2) ? QStringLiteral("gold") : QStringLiteral("silver");
        break;
    default:
        break;
    }
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
    void store_ingestStatementsOnSqliteApi();
    void credentials_revokedByAnotherConnectionRefusedAtOnce();
    void storedJson_readsBackAsWritten_data();
    void storedJson_readsBackAsWritten();
    void ingest_preparedStoredFormIsWhatIsStored_data();
    void ingest_preparedStoredFormIsWhatIsStored();
    void batch_savepointRollbackRestoresProfiles();
    void batch_failedEventUndoneOthersKept();
    void batch_sharedPhoneFollowsUpdatesInMemory();
    void batch_announcedInEventOrderOnlyAfterCommit();
    void batch_failedCommitAnnouncesNothing();
    void keptProfiles_nextBatchStartsFromThem();
    void store_purchasesReadThroughTheirOwnIndex();
    void keptProfiles_anotherConnectionsWriteWins();
    void keptProfiles_writeOutsideBatchWins();
    void keptProfiles_notFromFailedCommit();
    void single_failedCommitAnnouncesNothing();
    void storedTimes_roundTrip();
    void knownIdentity_sameProfile();
    void patch_carriesVersionCartAndTimeline();
    void timeline_factsOnlyForBodiesThatCarryThem();
    void abandonedCart_nextStepAfterThirtyMinutes();
    void patch_carriesChangedNameConsentsLifetimeValueAndTier();
    void outcome_storedOncePerKey();
    void demoSeeding_isIdempotent();
    void demoHistory_seedsOutcomesOnceWithContext();
    void shownSteps_matchFullReload_data();
    void shownSteps_matchFullReload();
    void shownSteps_afterMerge();
    void shownSteps_rolledBackBatchIsReadAfresh();
    void shownSteps_notKeptWhenNobodyShows();

private:
    // Applies the patches emitted since the last call to the steps a desktop
    // shows (a patch without steps leaves them); counts the patches without.
    void takePatches(QSignalSpy &changed, std::optional<QList<NextStep>> *shown, int *omitted);
    // The steps shown by a desktop and the engine's store wording equal a
    // full reload by `reference` (another engine on the same store).
    void compareWithReload(ProfileEngine &reference, const QString &profileId,
                           const std::optional<QList<NextStep>> &shown);

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
    QCOMPARE(m_store->schemaVersion(), 10);
    QCOMPARE(Store::latestSchemaVersion(), 10);
    // A second connection on the same file sees the migrated schema and does not migrate again.
    Store second;
    QVERIFY(second.open(m_dir->filePath(QStringLiteral("t.sqlite"))));
    QCOMPARE(second.schemaVersion(), 10);
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

void TestProfileEngine::store_ingestStatementsOnSqliteApi()
{
    // This build links the SQLite that Qt's driver uses: the hot statements
    // skip QtSql (else ingest silently runs at the old speed).
    QVERIFY(m_store->usesSqliteApi());
}

// The key and session lookups run on statements prepared once; each call
// still reads the tables, so what another process (the admin command) revokes
// is refused at the next request.
void TestProfileEngine::credentials_revokedByAnotherConnectionRefusedAtOnce()
{
    Store admin;
    QVERIFY(admin.open(m_dir->filePath(QStringLiteral("t.sqlite"))));
    QVERIFY(admin.addApiKey(QStringLiteral("crm"), QStringLiteral("k-1"), m_now));
    QVERIFY(admin.addUser({QStringLiteral("a1"), QStringLiteral("Anna"), QStringLiteral("agent")},
                          QStringLiteral("pw"), 1000));
    const QString token = admin.issueToken(QStringLiteral("a1"), m_now.addSecs(600));
    for (int i = 0; i < 2; ++i) { // the second round runs on the kept statements
        QCOMPARE(m_store->apiKeyName(QStringLiteral("k-1")), std::optional<QString>(QStringLiteral("crm")));
        QCOMPARE(m_store->userForToken(token, m_now)->role, QStringLiteral("agent"));
    }
    QVERIFY(!m_store->apiKeyName(QStringLiteral("k-2")));

    QCOMPARE(admin.revokeApiKeys(QStringLiteral("crm")), 1);
    QVERIFY(!m_store->apiKeyName(QStringLiteral("k-1")));
    QVERIFY(admin.addApiKey(QStringLiteral("shop"), QStringLiteral("k-1"), m_now));
    QCOMPARE(m_store->apiKeyName(QStringLiteral("k-1")), std::optional<QString>(QStringLiteral("shop")));

    QVERIFY(admin.removeUser(QStringLiteral("a1")));
    QVERIFY(!m_store->userForToken(token, m_now));
}

// The event bodies and carts are written as JSON by hand (CompactJson): a
// JSON reader gets back the same values, and the cart reads back the same.
void TestProfileEngine::storedJson_readsBackAsWritten_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("number");
    QTest::newRow("plain") << QStringLiteral("Phone case") << 19.95;
    QTest::newRow("quotes and backslashes") << QStringLiteral("12\" \\ \"x\"") << 0.1;
    QTest::newRow("control characters")
        << QStringLiteral("a\nb\tc\rd\be\ff") + QChar(0x01) + QChar(0x1f) << -3.0;
    QTest::newRow("non-ASCII") << QStringLiteral("Caf\u00e9 \u00d7 \u20ac \U0001F600") << 1e21;
    QTest::newRow("empty") << QString() << 123456789012.0;
}

void TestProfileEngine::storedJson_readsBackAsWritten()
{
    QFETCH(QString, text);
    QFETCH(double, number);
    const QJsonObject object{{QStringLiteral("text"), text},
                             {QStringLiteral("number"), number},
                             {QStringLiteral("list"), QJsonArray{text, true, QJsonValue(), 7}},
                             {QStringLiteral("nested"), QJsonObject{{text, number}}}};
    QJsonParseError error{};
    const QJsonDocument read = QJsonDocument::fromJson(CompactJson::fromObject(object), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(read.object(), object);

    IngestEvent add =
        commerceEvent(QStringLiteral("j1"), 0, QStringLiteral("cart.add"), QStringLiteral("A"), 2, 1995);
    add.lines.first().name = text;
    add.currency = text.left(3);
    const QString id = m_engine->ingest(add).profileId;
    const auto profile = m_store->profile(id);
    QVERIFY(profile);
    QCOMPARE(profile->cart.lines.size(), 1);
    QCOMPARE(profile->cart.lines.first().name, text);
    QCOMPARE(profile->cart.currency, text.left(3));
    QCOMPARE(profile->cart.updatedAt, add.at);
    const QList<StoredEvent> stored = m_store->commerceEvents(id);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().body, ProfileEngine::bodyOf(add));
}

void TestProfileEngine::ingest_preparedStoredFormIsWhatIsStored_data()
{
    QTest::addColumn<bool>("batch");
    QTest::newRow("one event") << false;
    QTest::newRow("in a batch") << true;
}

// A batch's events come with their stored form made on the parse thread
// (ProfileEngine::storedFormOf): it is what ingest() would make itself, and
// the events row is written from it, not made again.
void TestProfileEngine::ingest_preparedStoredFormIsWhatIsStored()
{
    QFETCH(bool, batch);
    IngestEvent add =
        commerceEvent(QStringLiteral("p1"), 0, QStringLiteral("cart.add"), QStringLiteral("A"), 2, 1995);
    add.note = QStringLiteral("a note");
    StoredEvent prepared = ProfileEngine::storedFormOf(add);
    QCOMPARE(prepared.id, add.id);
    QCOMPARE(prepared.at, add.at);
    QCOMPARE(prepared.type, add.type);
    QCOMPARE(prepared.channel, add.channel);
    QCOMPARE(prepared.summary, ProfileEngine::summaryFor(add));
    QCOMPARE(prepared.body, ProfileEngine::bodyOf(add));
    QCOMPARE(QJsonDocument::fromJson(prepared.bodyJson).object(), prepared.body);

    // Marked, so the row shows where it came from.
    prepared.summary = QStringLiteral("made beforehand");
    QJsonObject marked = prepared.body;
    marked.insert(QStringLiteral("marker"), true);
    prepared.bodyJson = CompactJson::fromObject(marked);
    if (batch)
        QVERIFY(m_engine->beginBatch());
    const ProfileEngine::Result result = m_engine->ingest(add, &prepared);
    QVERIFY(result.ok);
    if (batch)
        QVERIFY(m_engine->commitBatch());
    const QList<StoredEvent> stored = m_store->commerceEvents(result.profileId);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().summary, QStringLiteral("made beforehand"));
    QCOMPARE(stored.first().body, marked);
    // The cart is folded from the prepared body as from one made here.
    const auto profile = m_store->profile(result.profileId);
    QVERIFY(profile);
    QCOMPARE(profile->cart.lines.size(), 1);
    QCOMPARE(profile->cart.lines.first().quantity, 2);
    QCOMPARE(profile->cart.currency, QStringLiteral("EUR"));
}

// Inside a batch the profiles live in memory until commitBatch(); a
// savepoint's rollback puts back what that savepoint changed, including a
// profile it created, and keeps what earlier savepoints did.
void TestProfileEngine::batch_savepointRollbackRestoresProfiles()
{
    const QString id = m_store->createProfile(kT0);
    QVERIFY(!id.isEmpty());
    QVERIFY(m_store->beginBatch());

    QVERIFY(m_store->beginTransaction());
    auto record = m_store->profile(id);
    QVERIFY(record);
    record->name = QStringLiteral("Kept");
    record->version = 1;
    record->cart.currency = QStringLiteral("EUR");
    record->cart.lines = {CartLine{QStringLiteral("A"), QStringLiteral("A name"), 2, 150}};
    QVERIFY(m_store->updateProfile(*record));
    QVERIFY(m_store->commit());

    QVERIFY(m_store->beginTransaction());
    auto undone = m_store->profile(id);
    QCOMPARE(undone->name, QStringLiteral("Kept"));
    undone->name = QStringLiteral("Undone");
    undone->version = 2;
    undone->cart.lines.clear();
    undone->consents.insert(QStringLiteral("email"),
                            ConsentFact{QStringLiteral("granted"), kT0, QStringLiteral("x")});
    QVERIFY(m_store->updateProfile(*undone));
    const QString created = m_store->createProfile(kT0.addSecs(60));
    QVERIFY(m_store->profile(created));
    m_store->rollback();

    QVERIFY(!m_store->profile(created));
    auto inBatch = m_store->profile(id);
    QCOMPARE(inBatch->name, QStringLiteral("Kept"));
    QCOMPARE(inBatch->version, 1);
    QCOMPARE(inBatch->cart.lines.size(), 1);
    QVERIFY(inBatch->consents.isEmpty());
    QVERIFY(m_store->commitBatch());

    // Written once, at the commit: what a fresh connection reads.
    Store second;
    QVERIFY(second.open(m_dir->filePath(QStringLiteral("t.sqlite"))));
    const auto stored = second.profile(id);
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("Kept"));
    QCOMPARE(stored->version, 1);
    QCOMPARE(stored->cart.lines, record->cart.lines);
    QCOMPARE(stored->cart.currency, QStringLiteral("EUR"));
    QVERIFY(stored->consents.isEmpty());
    QVERIFY(!second.profile(created));
    QCOMPARE(second.profileCount(), 1);
}

// One event of a batch fails after it merged two profiles: its savepoint
// goes back, the merged-away profile is back in memory and in the table,
// and the events before and after it keep their effect.
void TestProfileEngine::batch_failedEventUndoneOthersKept()
{
    // The store refuses to keep event "bad" (as a full disk would).
    QSqlQuery trigger(m_store->database());
    QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER refuse_bad BEFORE INSERT ON events"
                                        " WHEN NEW.id = 'bad' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    QSignalSpy changed(m_engine.get(), &ProfileEngine::profileChanged);
    QSignalSpy merged(m_engine.get(), &ProfileEngine::profilesMerged);
    auto a = commerceEvent(QStringLiteral("a"), 0, QStringLiteral("cart.add"), QStringLiteral("A"), 1, 100);
    auto b = commerceEvent(QStringLiteral("b"), 1, QStringLiteral("cart.add"), QStringLiteral("B"), 1, 200);
    b.identities = {Identity{QStringLiteral("ECID"), QStringLiteral("ecid-b")}};
    // Links both profiles (a merge), renames and fills the cart: all of it must go.
    auto bad =
        commerceEvent(QStringLiteral("bad"), 2, QStringLiteral("cart.add"), QStringLiteral("X"), 5, 900);
    bad.identities.append(Identity{QStringLiteral("ECID"), QStringLiteral("ecid-b")});
    bad.customerName = QStringLiteral("Bad Name");
    auto c = commerceEvent(QStringLiteral("c"), 3, QStringLiteral("cart.add"), QStringLiteral("C"), 1, 300);
    c.identities = b.identities;

    QVERIFY(m_store->beginBatch());
    const auto ra = m_engine->ingest(a);
    const auto rb = m_engine->ingest(b);
    QVERIFY(ra.ok && rb.ok && ra.profileId != rb.profileId);
    QVERIFY(!m_engine->ingest(bad).ok);
    const auto rc = m_engine->ingest(c);
    QVERIFY(rc.ok);
    QCOMPARE(rc.profileId, rb.profileId);
    QVERIFY(m_store->commitBatch());

    QCOMPARE(merged.count(), 0);
    QCOMPARE(changed.count(), 3); // one patch per stored event
    QCOMPARE(changed.at(2).first().value<protocol::ProfilePatch>().base, 1);
    QCOMPARE(m_store->eventCount(), 3);
    QCOMPARE(m_store->profileCount(), 2);
    QVERIFY(m_store->aliasTarget(rb.profileId).isEmpty());
    const auto pa = m_store->profile(ra.profileId);
    const auto pb = m_store->profile(rb.profileId);
    QVERIFY(pa && pb);
    QCOMPARE(pa->version, 1);
    QVERIFY(pa->name.isEmpty());
    QCOMPARE(pa->cart, ProfileEngine::computeCart(m_store->commerceEvents(ra.profileId)));
    QCOMPARE(pa->cart.lines.size(), 1);
    QCOMPARE(pa->cart.lines.first().sku, QStringLiteral("A"));
    QCOMPARE(pb->version, 2);
    QCOMPARE(pb->cart, ProfileEngine::computeCart(m_store->commerceEvents(rb.profileId)));
    QCOMPARE(pb->cart.lines.size(), 2);
    QCOMPARE(m_store->profileIdForIdentity(QStringLiteral("ECID"), QStringLiteral("ecid-b")), rb.profileId);
    QCOMPARE(
        m_store->profileIdForIdentity(QStringLiteral("Email"), QStringLiteral("marta.jansen@example.com")),
        ra.profileId);
}

// A shared Phone resolves to the most recently updated profile; inside a
// batch that is the update time held in memory, not yet in the table.
void TestProfileEngine::batch_sharedPhoneFollowsUpdatesInMemory()
{
    const Identity phone{QStringLiteral("Phone"), QStringLiteral("+31612345678")};
    auto first = commerceEvent(QStringLiteral("s1"), 0, QStringLiteral("web.pageview"), {}, 0, 0);
    first.identities = {Identity{QStringLiteral("ECID"), QStringLiteral("one")}, phone};
    auto second = commerceEvent(QStringLiteral("s2"), 1, QStringLiteral("web.pageview"), {}, 0, 0);
    second.identities = {Identity{QStringLiteral("ECID"), QStringLiteral("two")}, phone};
    m_now = kT0;
    const QString p1 = m_engine->ingest(first).profileId;
    m_now = kT0.addSecs(60);
    const QString p2 = m_engine->ingest(second).profileId;
    QVERIFY(p1 != p2);
    QCOMPARE(m_engine->findAllByPhone(phone.value), (QStringList{p2, p1}));

    QVERIFY(m_store->beginBatch());
    m_now = kT0.addSecs(120);
    auto again = commerceEvent(QStringLiteral("s3"), 2, QStringLiteral("web.pageview"), {}, 0, 0);
    again.identities = {Identity{QStringLiteral("ECID"), QStringLiteral("one")}};
    QCOMPARE(m_engine->ingest(again).profileId, p1);
    QCOMPARE(m_engine->findAllByPhone(phone.value), (QStringList{p1, p2}));
    // An event with the phone alone now goes to p1, as it would after the commit.
    auto byPhone = commerceEvent(QStringLiteral("s4"), 3, QStringLiteral("web.pageview"), {}, 0, 0);
    byPhone.identities = {phone};
    QCOMPARE(m_engine->ingest(byPhone).profileId, p1);
    QVERIFY(m_store->commitBatch());
    QCOMPARE(m_engine->findAllByPhone(phone.value), (QStringList{p1, p2}));
    QCOMPARE(m_store->profile(p1)->version, 3);
}

namespace {
// Records what an engine announces, in order: "patch:<first event id>" or "merge:<from>><into>".
QStringList *recordAnnouncements(ProfileEngine *engine, QObject *context)
{
    auto *seen = new QStringList;
    QObject::connect(context, &QObject::destroyed, [seen] { delete seen; });
    QObject::connect(engine, &ProfileEngine::profileChanged, context,
                     [seen](const protocol::ProfilePatch &patch) {
                         seen->append(QStringLiteral("patch:") + patch.timelineAdded.value(0).id);
                     });
    QObject::connect(engine, &ProfileEngine::profilesMerged, context,
                     [seen](const QString &from, const QString &into) {
                         seen->append(QStringLiteral("merge:%1>%2").arg(from, into));
                     });
    return seen;
}
} // namespace

// A batch's patches and merges reach nobody before it commits; then all of
// them go out, in the order of the events.
void TestProfileEngine::batch_announcedInEventOrderOnlyAfterCommit()
{
    QObject context;
    const QStringList *seen = recordAnnouncements(m_engine.get(), &context);
    const QString other = QStringLiteral("m.jansen@example.net");
    auto link = commerceEvent(QStringLiteral("b3"), 2, QStringLiteral("web.pageview"), {}, 0, 0);
    link.identities.append(Identity{QStringLiteral("Email"), other});

    QVERIFY(m_engine->beginBatch());
    const QString marta = m_engine
                              ->ingest(commerceEvent(QStringLiteral("b1"), 0, QStringLiteral("cart.add"),
                                                     QStringLiteral("A"), 1, 100))
                              .profileId;
    m_now = m_now.addSecs(60); // created later: merged into Marta's
    const QString second =
        m_engine
            ->ingest(commerceEventFor(other, QStringLiteral("b2"), 1, QStringLiteral("cart.add"),
                                      QStringLiteral("B"), 1, 200))
            .profileId;
    QCOMPARE(m_engine->ingest(link).profileId, marta);
    QVERIFY(seen->isEmpty());
    QVERIFY(m_engine->commitBatch());
    QCOMPARE(*seen,
             (QStringList{QStringLiteral("patch:b1"), QStringLiteral("patch:b2"), QStringLiteral("patch:b3"),
                          QStringLiteral("merge:%1>%2").arg(second, marta)}));
}

// The batch's commit fails: what it changed is gone, and so are its patches
// and merges (an agent never sees a change that was rolled back). The next
// committed patch applies to the version before the batch and carries steps.
void TestProfileEngine::batch_failedCommitAnnouncesNothing()
{
    const QString id =
        m_engine->ingest(commerceEvent(QStringLiteral("k0"), 0, QStringLiteral("web.pageview"), {}, 0, 0))
            .profileId;
    QVERIFY(test::failCommitsOfEvents(m_store->database(), QStringLiteral("doomed")));
    QObject context;
    const QStringList *seen = recordAnnouncements(m_engine.get(), &context);
    QSignalSpy changed(m_engine.get(), &ProfileEngine::profileChanged);

    QVERIFY(m_engine->beginBatch());
    QVERIFY(m_engine
                ->ingest(commerceEvent(QStringLiteral("k1"), 1, QStringLiteral("cart.add"),
                                       QStringLiteral("A"), 1, 1500))
                .ok);
    auto renamed = commerceEvent(QStringLiteral("doomed-1"), 2, QStringLiteral("web.pageview"), {}, 0, 0);
    renamed.customerName = QStringLiteral("Rolled Back");
    QVERIFY(m_engine->ingest(renamed).ok);
    QVERIFY(!m_engine->commitBatch());
    QVERIFY2(seen->isEmpty(), qPrintable(seen->join(u',')));
    QCOMPARE(m_store->eventCount(), 1);
    QCOMPARE(m_store->profile(id)->version, 1);

    QVERIFY(m_engine
                ->ingest(commerceEvent(QStringLiteral("k2"), 3, QStringLiteral("cart.add"),
                                       QStringLiteral("A"), 1, 1500))
                .ok);
    QCOMPARE(changed.size(), 1);
    const auto patch = changed.first().first().value<protocol::ProfilePatch>();
    QCOMPARE(patch.base, 1);
    QCOMPARE(patch.version, 2);
    QVERIFY(!patch.name);
    QVERIFY(patch.nextSteps && !patch.nextSteps->isEmpty());
}

namespace {
// One batch of events through the engine; false when any of them or the commit fails.
bool ingestBatch(ProfileEngine *engine, const QList<IngestEvent> &events)
{
    if (!engine->beginBatch())
        return false;
    for (const IngestEvent &event : events) {
        if (!engine->ingest(event).ok) {
            engine->rollbackBatch();
            return false;
        }
    }
    return engine->commitBatch();
}
} // namespace

// A purchase reads the profile's purchases again (lifetime value): through
// the partial index, not by visiting each of the profile's events.
void TestProfileEngine::store_purchasesReadThroughTheirOwnIndex()
{
    const QString plan = m_store->queryPlan(Store::commerceEventsSql(Store::CommerceKinds::Purchases),
                                            {QStringLiteral("p-1")});
    QVERIFY2(plan.contains(QLatin1StringView("events_purchases")), qPrintable(plan));
    QVERIFY2(!plan.contains(QLatin1StringView("TEMP B-TREE")), qPrintable(plan));
    auto purchase = commerceEvent(QStringLiteral("buy-1"), 0, QStringLiteral("purchase"), {}, 0, 0);
    purchase.purchaseId = QStringLiteral("o-1");
    purchase.orderTotal = 125000;
    QVERIFY(ingestBatch(
        m_engine.get(),
        {commerceEvent(QStringLiteral("v-1"), 0, QStringLiteral("web.pageview"), {}, 0, 0), purchase}));
    auto again = purchase; // the same order reported twice counts once
    again.id = QStringLiteral("buy-2");
    again.at = again.at.addSecs(60);
    QVERIFY(m_engine->ingest(again).ok);
    const QString id =
        m_store->profileIdForIdentity(QStringLiteral("Email"), QStringLiteral("marta.jansen@example.com"));
    QCOMPARE(m_store->commerceEvents(id, Store::CommerceKinds::Purchases).size(), 2);
    QCOMPARE(m_store->profile(id)->lifetimeValue, 125000);
}

// A committed batch leaves its profiles in memory; the next batch goes on
// from them (same cart and version as from the table) and keeps them current.
void TestProfileEngine::keptProfiles_nextBatchStartsFromThem()
{
    QVERIFY(ingestBatch(
        m_engine.get(),
        {commerceEvent(QStringLiteral("k1"), 0, QStringLiteral("cart.add"), QStringLiteral("A"), 1, 1500),
         commerceEvent(QStringLiteral("k2"), 1, QStringLiteral("cart.add"), QStringLiteral("B"), 2, 700)}));
    QCOMPARE(m_store->keptProfileCount(), 1);
    QVERIFY(ingestBatch(
        m_engine.get(),
        {commerceEvent(QStringLiteral("k3"), 2, QStringLiteral("cart.remove"), QStringLiteral("A"), 1, 0),
         commerceEvent(QStringLiteral("k4"), 3, QStringLiteral("web.pageview"), {}, 0, 0)}));
    const QString id =
        m_store->profileIdForIdentity(QStringLiteral("Email"), QStringLiteral("marta.jansen@example.com"));
    const auto profile = m_store->profile(id);
    QVERIFY(profile);
    QCOMPARE(profile->version, 4);
    QCOMPARE(profile->cart, ProfileEngine::computeCart(m_store->commerceEvents(id)));
    QCOMPARE(profile->cart.lines.size(), 1);
    QCOMPARE(profile->cart.lines.first().sku, QStringLiteral("B"));
}

// Another connection (a second instance, the admin command) changes a row
// after a batch kept it: the next batch reads the row again, so that change
// is neither hidden nor overwritten.
void TestProfileEngine::keptProfiles_anotherConnectionsWriteWins()
{
    QVERIFY(ingestBatch(
        m_engine.get(),
        {commerceEvent(QStringLiteral("o1"), 0, QStringLiteral("cart.add"), QStringLiteral("A"), 1, 1500),
         commerceEvent(QStringLiteral("o2"), 1, QStringLiteral("web.pageview"), {}, 0, 0)}));
    const QString id =
        m_store->profileIdForIdentity(QStringLiteral("Email"), QStringLiteral("marta.jansen@example.com"));
    QCOMPARE(m_store->keptProfileCount(), 1);
    {
        Store other;
        QVERIFY(other.open(m_dir->filePath(QStringLiteral("t.sqlite"))));
        auto record = other.profile(id);
        QVERIFY(record);
        record->name = QStringLiteral("Marta Jansen");
        record->tier = QStringLiteral("gold");
        record->version = 7;
        QVERIFY(other.updateProfile(*record));
    }
    QVERIFY(ingestBatch(
        m_engine.get(),
        {commerceEvent(QStringLiteral("o3"), 2, QStringLiteral("cart.add"), QStringLiteral("B"), 1, 700),
         commerceEvent(QStringLiteral("o4"), 3, QStringLiteral("web.pageview"), {}, 0, 0)}));
    const auto profile = m_store->profile(id);
    QVERIFY(profile);
    QCOMPARE(profile->name, QStringLiteral("Marta Jansen"));
    QCOMPARE(profile->tier, QStringLiteral("gold"));
    QCOMPARE(profile->version, 9);
    QCOMPARE(profile->cart.lines.size(), 2);
}

// An event stored on its own (its own transaction, no batch) changes a kept
// profile: the next batch starts from that change.
void TestProfileEngine::keptProfiles_writeOutsideBatchWins()
{
    QVERIFY(ingestBatch(
        m_engine.get(),
        {commerceEvent(QStringLiteral("w1"), 0, QStringLiteral("cart.add"), QStringLiteral("A"), 1, 1500),
         commerceEvent(QStringLiteral("w2"), 1, QStringLiteral("web.pageview"), {}, 0, 0)}));
    QCOMPARE(m_store->keptProfileCount(), 1);
    auto renamed =
        commerceEvent(QStringLiteral("w3"), 2, QStringLiteral("cart.add"), QStringLiteral("B"), 1, 700);
    renamed.customerName = QStringLiteral("Marta Jansen");
    QVERIFY(m_engine->ingest(renamed).ok);
    QVERIFY(ingestBatch(m_engine.get(),
                        {commerceEvent(QStringLiteral("w4"), 3, QStringLiteral("web.pageview"), {}, 0, 0),
                         commerceEvent(QStringLiteral("w5"), 4, QStringLiteral("web.pageview"), {}, 0, 0)}));
    const QString id =
        m_store->profileIdForIdentity(QStringLiteral("Email"), QStringLiteral("marta.jansen@example.com"));
    Store fresh;
    QVERIFY(fresh.open(m_dir->filePath(QStringLiteral("t.sqlite"))));
    const auto profile = fresh.profile(id);
    QVERIFY(profile);
    QCOMPARE(profile->name, QStringLiteral("Marta Jansen"));
    QCOMPARE(profile->version, 5);
    QCOMPARE(profile->cart.lines.size(), 2);
}

// A batch whose commit fails leaves nothing in memory: the next batch starts
// from the profile as committed before it.
void TestProfileEngine::keptProfiles_notFromFailedCommit()
{
    QVERIFY(ingestBatch(
        m_engine.get(),
        {commerceEvent(QStringLiteral("f1"), 0, QStringLiteral("cart.add"), QStringLiteral("A"), 1, 1500),
         commerceEvent(QStringLiteral("f2"), 1, QStringLiteral("web.pageview"), {}, 0, 0)}));
    QVERIFY(test::failCommitsOfEvents(m_store->database(), QStringLiteral("doomed")));
    auto renamed =
        commerceEvent(QStringLiteral("doomed-1"), 2, QStringLiteral("cart.add"), QStringLiteral("X"), 3, 900);
    renamed.customerName = QStringLiteral("Rolled Back");
    QVERIFY(!ingestBatch(m_engine.get(), {renamed, commerceEvent(QStringLiteral("f3"), 3,
                                                                 QStringLiteral("web.pageview"), {}, 0, 0)}));
    QVERIFY(ingestBatch(m_engine.get(),
                        {commerceEvent(QStringLiteral("f4"), 4, QStringLiteral("web.pageview"), {}, 0, 0),
                         commerceEvent(QStringLiteral("f5"), 5, QStringLiteral("web.pageview"), {}, 0, 0)}));
    const QString id =
        m_store->profileIdForIdentity(QStringLiteral("Email"), QStringLiteral("marta.jansen@example.com"));
    const auto profile = m_store->profile(id);
    QVERIFY(profile);
    QVERIFY(profile->name.isEmpty());
    QCOMPARE(profile->version, 4);
    QCOMPARE(profile->cart.lines.size(), 1);
    QCOMPARE(profile->cart.lines.first().sku, QStringLiteral("A"));
}

// One event on its own: its patch goes out only once its commit succeeded.
void TestProfileEngine::single_failedCommitAnnouncesNothing()
{
    QVERIFY(test::failCommitsOfEvents(m_store->database(), QStringLiteral("doomed")));
    QSignalSpy changed(m_engine.get(), &ProfileEngine::profileChanged);
    QVERIFY(
        !m_engine
             ->ingest(commerceEvent(QStringLiteral("doomed-2"), 0, QStringLiteral("web.pageview"), {}, 0, 0))
             .ok);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_store->eventCount(), 0);
}

// Stored times are written and read by hand: the same instants come back,
// and the text sorts like the times.
void TestProfileEngine::storedTimes_roundTrip()
{
    const QList<QDateTime> times{
        QDateTime(QDate(2026, 11, 23), QTime(9, 30, 0, 5), Qt::UTC),
        QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2000, 2, 29), QTime(12, 0, 0, 120), Qt::UTC),
        QDateTime(QDate(2026, 3, 29), QTime(3, 15), QTimeZone(3600)),
    };
    QString id;
    for (qsizetype i = 0; i < times.size(); ++i) {
        auto e = commerceEvent(QStringLiteral("t%1").arg(i), 0, QStringLiteral("cart.add"),
                               QStringLiteral("A"), 1, 100);
        e.at = times.at(i);
        id = m_engine->ingest(e).profileId;
        const auto stored = m_store->timelineEvent(e.id);
        QVERIFY(stored);
        QCOMPARE(stored->at, times.at(i));
        QCOMPARE(stored->at.timeSpec(), Qt::UTC);
    }
    QSqlQuery text(m_store->database());
    QVERIFY(text.exec(QStringLiteral("SELECT at FROM events WHERE id = 't0'")) && text.next());
    QCOMPARE(text.value(0).toString(), QStringLiteral("2026-11-23T09:30:00.005Z"));
    QCOMPARE(m_store->profile(id)->cart.updatedAt,
             QDateTime(QDate(2026, 11, 23), QTime(9, 30, 0, 5), Qt::UTC));
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
    // The facts a desktop words the line from in its own language.
    QCOMPARE(second.timelineAdded.first().facts,
             (QJsonObject{{QStringLiteral("v"), 1},
                          {QStringLiteral("note"), QStringLiteral("Your cart is waiting")}}));
    QVERIFY(second.nextSteps);
    QCOMPARE(second.nextSteps->size(), 1); // cart abandoned 3 days before m_now
    QCOMPARE(second.nextSteps->first().id, QStringLiteral("abandoned-cart"));
}

void TestProfileEngine::timeline_factsOnlyForBodiesThatCarryThem()
{
    QVERIFY(m_engine
                ->ingest(commerceEvent(QStringLiteral("new"), 10, QStringLiteral("cart.add"),
                                       QStringLiteral("PH"), 2, 500))
                .ok);
    const QString profileId = m_store->profileOfEvent(QStringLiteral("new"));
    // An event stored before bodies carried facts: no version, no note.
    QVERIFY(m_store->insertEvent(StoredEvent{QStringLiteral("old"), profileId, kT0, QStringLiteral("email"),
                                             QStringLiteral("email.opened"),
                                             QStringLiteral("Opened email \"Welcome\""),
                                             QJsonObject{{QStringLiteral("lines"), QJsonArray()},
                                                         {QStringLiteral("currency"), QString()},
                                                         {QStringLiteral("orderTotal"), 0}}}));
    const QJsonObject facts{
        {QStringLiteral("v"), 1},
        {QStringLiteral("currency"), QStringLiteral("EUR")},
        {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("PH name")},
                                                         {QStringLiteral("quantity"), 2},
                                                         {QStringLiteral("unitPrice"), 500}}}}};
    const QList<TimelineEvent> timeline = m_store->timeline(profileId, 10);
    QCOMPARE(timeline.size(), 2);
    QCOMPARE(timeline.at(0).id, QStringLiteral("new"));
    QCOMPARE(timeline.at(0).summary, QStringLiteral("Added PH name (2 \u00d7 EUR 5.00)"));
    QCOMPARE(timeline.at(0).facts, facts);
    QCOMPARE(timeline.at(1).summary, QStringLiteral("Opened email \"Welcome\""));
    QVERIFY(timeline.at(1).facts.isEmpty());
    // The single-event read another instance relays patches from.
    QCOMPARE(m_store->timelineEvent(QStringLiteral("new"))->facts, facts);
    QVERIFY(m_store->timelineEvent(QStringLiteral("old"))->facts.isEmpty());
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

void TestProfileEngine::patch_carriesChangedNameConsentsLifetimeValueAndTier()
{
    QSignalSpy changed(m_engine.get(), &ProfileEngine::profileChanged);
    m_engine->ingest(commerceEvent(QStringLiteral("f1"), 0, QStringLiteral("web.pageview"), {}, 0, 0));
    auto first = changed.last().first().value<protocol::ProfilePatch>();
    QVERIFY(!first.consents && !first.lifetimeValue && !first.tier && !first.name); // nothing of that changed

    // A new display name: the caller header shows it at once.
    auto renamed = commerceEvent(QStringLiteral("f1b"), 0, QStringLiteral("web.pageview"), {}, 0, 0);
    renamed.customerName = QStringLiteral("Marta de Vries");
    m_engine->ingest(renamed);
    QCOMPARE(changed.last().first().value<protocol::ProfilePatch>().name,
             std::optional<QString>(QStringLiteral("Marta de Vries")));

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
    QVERIFY(!third.consents && !third.tier && !third.name);

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

void TestProfileEngine::takePatches(QSignalSpy &changed, std::optional<QList<NextStep>> *shown, int *omitted)
{
    for (const QList<QVariant> &arguments : std::as_const(changed)) {
        const auto patch = arguments.at(0).value<protocol::ProfilePatch>();
        if (patch.nextSteps)
            *shown = patch.nextSteps;
        else
            ++*omitted;
    }
    changed.clear();
}

void TestProfileEngine::compareWithReload(ProfileEngine &reference, const QString &profileId,
                                          const std::optional<QList<NextStep>> &shown)
{
    const std::optional<Profile> full = reference.loadProfile(profileId, ShownProfileCache::kTimelineWindow);
    QVERIFY(full);
    QVERIFY(shown); // the first patch of a shown profile carries its steps
    QCOMPARE(*shown, full->nextSteps);
    QCOMPARE(m_engine->shownNextSteps(profileId, QStringLiteral("call")), full->nextSteps);
    QCOMPARE(m_engine->shownNextSteps(profileId, QStringLiteral("store")),
             reference.nextStepsFor(*full, QStringLiteral("store")));
}

void TestProfileEngine::shownSteps_matchFullReload_data()
{
    QTest::addColumn<bool>("inOrder");
    QTest::addColumn<bool>("batch");
    QTest::newRow("in order") << true << false;
    QTest::newRow("shuffled") << false << false;
    QTest::newRow("shuffled, one batch") << false << true;
}

// A shown profile's patches carry next steps from the kept inputs, only when
// they change: after every event (more than the 50 the rules read, some late,
// some written by another engine on the same store, logged outcomes among
// them) the steps a desktop holds equal those of a full reload.
void TestProfileEngine::shownSteps_matchFullReload()
{
    QFETCH(bool, inOrder);
    QFETCH(bool, batch);
    const QString email = QStringLiteral("marta.jansen@example.com");
    QRandomGenerator random(11);
    QList<IngestEvent> events;
    for (int i = 0; i < 140; ++i)
        events.append(journeyEvent(random, email, i));
    if (!inOrder)
        std::shuffle(events.begin(), events.end(), random);
    ProfileEngine reference(m_store.get(), [this] { return m_now; }); // also "another instance"
    QSignalSpy changed(m_engine.get(), &ProfileEngine::profileChanged);
    std::optional<QList<NextStep>> shown;
    int omitted = 0;
    int complaints = 0;
    QSet<QString> stepsSeen;
    qint64 outcomeId = 0;
    if (batch)
        QVERIFY(m_store->beginBatch());
    for (qsizetype i = 0; i < events.size(); ++i) {
        const IngestEvent &e = events.at(i);
        const bool elsewhere = i % 17 == 16;
        const auto result = (elsewhere ? reference : *m_engine).ingest(e);
        QVERIFY(result.ok);
        if (!elsewhere) {
            QCOMPARE(changed.size(), 1);
        } else {
            QCOMPARE(changed.size(), 0);
            continue; // that instance's own patch carries its steps
        }
        if (i % 23 == 22) {
            // A logged outcome (complaints feed the retention rule), at the time of the event.
            protocol::OutcomeLog log;
            log.key = QStringLiteral("key-%1").arg(i);
            log.profileId = result.profileId;
            log.disposition = random.bounded(3) ? QStringLiteral("complaint") : QStringLiteral("sale");
            complaints += log.disposition == QLatin1StringView("complaint");
            log.loggedAt = e.at.addSecs(30);
            log.steps = {protocol::StepDecision{QStringLiteral("active-cart"), QStringLiteral("Help"),
                                                QStringLiteral("dismissed"), QStringLiteral("not now")}};
            QVERIFY(m_engine->recordOutcome(log, ++outcomeId));
            QCOMPARE(changed.size(), 3); // the step's event and the outcome's
        }
        takePatches(changed, &shown, &omitted);
        compareWithReload(reference, result.profileId, shown);
        for (const NextStep &step : std::as_const(*shown))
            stepsSeen.insert(step.id);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("after event %1 (%2)").arg(i).arg(e.type)));
    }
    if (batch)
        QVERIFY(m_store->commitBatch());
    QVERIFY(complaints > 0);
    // Most events change nothing the agent sees in the steps: those patches went without.
    QVERIFY2(omitted > events.size() / 4, qPrintable(QString::number(omitted)));
    // Steps of several rules were compared, the retention rule's among them, not only empty lists.
    QVERIFY2(stepsSeen.size() >= 3 && stepsSeen.contains(QStringLiteral("retention-complaint")),
             qPrintable(QStringList(stepsSeen.cbegin(), stepsSeen.cend()).join(u',')));
}

// A merge brings the other profile's events: the survivor's steps are read
// afresh, and the profile merged away is no longer kept.
void TestProfileEngine::shownSteps_afterMerge()
{
    ProfileEngine reference(m_store.get(), [this] { return m_now; });
    QSignalSpy changed(m_engine.get(), &ProfileEngine::profileChanged);
    std::optional<QList<NextStep>> shown;
    int omitted = 0;
    const QString marta = QStringLiteral("marta.jansen@example.com");
    const QString other = QStringLiteral("m.jansen@example.net");
    auto tier = commerceEventFor(marta, QStringLiteral("m1"), 0, QStringLiteral("web.pageview"), {}, 0, 0);
    tier.customerTier = QStringLiteral("gold");
    const QString survivor = m_engine->ingest(tier).profileId;
    m_now = m_now.addSecs(60); // created later: merged into the first
    const QString mergedAway =
        m_engine
            ->ingest(commerceEventFor(other, QStringLiteral("m2"), 10, QStringLiteral("cart.add"),
                                      QStringLiteral("A"), 1, 1500))
            .profileId;
    QVERIFY(survivor != mergedAway);
    auto opened = commerceEventFor(other, QStringLiteral("m3"), 20, QStringLiteral("email.opened"), {}, 0, 0);
    opened.channel = QStringLiteral("email");
    m_engine->ingest(opened);
    QVERIFY(m_engine->shownNextSteps(mergedAway, QStringLiteral("call")));
    takePatches(changed, &shown, &omitted);

    // Both keys on one event: one person.
    auto link = commerceEventFor(marta, QStringLiteral("m4"), 30, QStringLiteral("web.pageview"), {}, 0, 0);
    link.identities.append(Identity{QStringLiteral("Email"), other});
    QCOMPARE(m_engine->ingest(link).profileId, survivor);
    takePatches(changed, &shown, &omitted);
    compareWithReload(reference, survivor, shown);
    QVERIFY(!shown->isEmpty()); // the merged-in cart
    QVERIFY(!m_engine->shownNextSteps(mergedAway, QStringLiteral("call")));

    // A complaint on the gold customer: the retention step comes first.
    protocol::OutcomeLog log;
    log.key = QStringLiteral("key-merge");
    log.profileId = mergedAway; // the desktop may still name the old id
    log.disposition = QStringLiteral("complaint");
    log.loggedAt = m_now.addSecs(-3600);
    QVERIFY(m_engine->recordOutcome(log, 1));
    takePatches(changed, &shown, &omitted);
    compareWithReload(reference, survivor, shown);
    QCOMPARE(shown->first().id, QStringLiteral("retention-complaint"));
}

// A batch rolled back leaves the kept inputs ahead of the store: the next
// event finds them stale and reads the profile again.
void TestProfileEngine::shownSteps_rolledBackBatchIsReadAfresh()
{
    ProfileEngine reference(m_store.get(), [this] { return m_now; });
    QSignalSpy changed(m_engine.get(), &ProfileEngine::profileChanged);
    std::optional<QList<NextStep>> shown;
    int omitted = 0;
    const QString id =
        m_engine->ingest(commerceEvent(QStringLiteral("r1"), 0, QStringLiteral("web.pageview"), {}, 0, 0))
            .profileId;
    QVERIFY(m_store->beginBatch());
    m_engine->ingest(
        commerceEvent(QStringLiteral("r2"), 5, QStringLiteral("cart.add"), QStringLiteral("A"), 1, 1500));
    m_store->rollbackBatch();
    QVERIFY(!m_store->hasEvent(QStringLiteral("r2")));
    auto opened = commerceEvent(QStringLiteral("r3"), 10, QStringLiteral("email.opened"), {}, 0, 0);
    opened.channel = QStringLiteral("email");
    m_engine->ingest(opened);
    takePatches(changed, &shown, &omitted);
    compareWithReload(reference, id, shown);
    QCOMPARE(m_engine->shownNextSteps(id, QStringLiteral("call"))->size(), 1); // the email, no cart
    QCOMPARE(shown->first().id, QStringLiteral("reminder-email-opened"));
}

// Nobody shows the profile: no steps in its patches, nothing kept for it.
void TestProfileEngine::shownSteps_notKeptWhenNobodyShows()
{
    bool showing = true;
    m_engine->setInterest([&showing](const QString &) { return showing; });
    QSignalSpy changed(m_engine.get(), &ProfileEngine::profileChanged);
    const QString id = m_engine
                           ->ingest(commerceEvent(QStringLiteral("n1"), 0, QStringLiteral("cart.add"),
                                                  QStringLiteral("A"), 1, 1500))
                           .profileId;
    QVERIFY(changed.last().first().value<protocol::ProfilePatch>().nextSteps);
    QVERIFY(m_engine->shownNextSteps(id, QStringLiteral("call")));
    showing = false;
    m_engine->ingest(commerceEvent(QStringLiteral("n2"), 1, QStringLiteral("web.pageview"), {}, 0, 0));
    QVERIFY(!changed.last().first().value<protocol::ProfilePatch>().nextSteps);
    QVERIFY(!m_engine->shownNextSteps(id, QStringLiteral("call")));
    // Shown again: the first patch carries the steps.
    showing = true;
    m_engine->ingest(commerceEvent(QStringLiteral("n3"), 2, QStringLiteral("web.pageview"), {}, 0, 0));
    QVERIFY(changed.last().first().value<protocol::ProfilePatch>().nextSteps);
    m_engine->setInterest({});
}

QTEST_GUILESS_MAIN(TestProfileEngine)
#include "tst_profileengine.moc"
