// The supervisors' interaction log and cart-recovery report: the outcome_steps
// table and its backfill (schema 5), filters, sorts, key paging, masking, the
// indexes the typical filters use, CSV export, the HTTP endpoints and
// WebSocket messages with their role checks and audit entries, and the
// recovery rate against a fixture computed by hand.
// Built twice: tst_interactions on SQLite, and tst_interactions_pg
// (OMNIDESK_TEST_POSTGRES) on a PostgreSQL server the test starts itself.
#include "Authorizer.h"
#include "HttpTestClient.h"
#include "InteractionLog.h"
#include "JsonReader.h"
#include "ProfileServer.h"
#include "Protocol.h"
#include "ProtocolCodec.h"
#include "RecoveryReport.h"
#include "Store.h"
#include "WsTestClient.h"
#ifdef OMNIDESK_TEST_POSTGRES
#include "PgTestServer.h"
#endif

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

using namespace omnidesk;
using namespace omnidesk::server;
using namespace omnidesk::protocol;
using omnidesk::server::test::HttpResponse;
using omnidesk::server::test::HttpTestClient;

Q_DECLARE_METATYPE(omnidesk::protocol::InteractionsQuery)

namespace {

#ifdef OMNIDESK_TEST_POSTGRES
omnidesk::testing::PgTestServer *g_postgres = nullptr;
#endif

// Where a new store lives: a file in `dir` on SQLite, a new database on PostgreSQL.
QString freshStore(const QString &dir, const QString &fileName)
{
#ifdef OMNIDESK_TEST_POSTGRES
    Q_UNUSED(dir)
    Q_UNUSED(fileName)
    return g_postgres->createDatabase();
#else
    return QDir(dir).filePath(fileName);
#endif
}

// A store at schema `version` holding the rows `insertSql` writes, as an
// older service left it; empty when that fails.
QString storeAtVersion(const QString &dir, const QString &fileName, int version, const QString &insertSql)
{
    const QString path = freshStore(dir, fileName);
    Store old;
    if (!old.open(path, version) || old.schemaVersion() != version)
        return {};
    QSqlQuery q(old.database());
    return q.exec(insertSql) ? path : QString();
}

QDateTime at(const char *text)
{
    return fromWireTime(QString::fromLatin1(text));
}

StepDecision step(const char *id, const char *decision, const char *reason = "")
{
    return StepDecision{QString::fromLatin1(id), QString::fromLatin1(id).toUpper(),
                        QString::fromLatin1(decision), QString::fromLatin1(reason)};
}

QString namedProfile(Store &store, const QString &name)
{
    const QString id = store.createProfile(at("2026-11-01T00:00:00.000Z"));
    std::optional<ProfileRecord> record = store.profile(id);
    record->name = name;
    store.updateProfile(*record);
    return id;
}

// Five outcomes (ids 1-5 in a fresh store) covering every filter.
bool seedOutcomes(Store &store)
{
    const QString marta = namedProfile(store, QStringLiteral("Marta van Jansen"));
    const QString pieter = namedProfile(store, QStringLiteral("Pieter de Vries"));
    struct Seed
    {
        const char *agent;
        const char *loggedAt;
        const char *disposition;
        const char *channel;
        QString profile;
        const char *notes;
        QList<StepDecision> steps;
    };
    const QList<Seed> seeds{
        {"agent1",
         "2026-11-20T09:00:00.000Z",
         "sale",
         "call",
         marta,
         "Ordered the phone",
         {step("abandoned-cart", "accepted")}},
        {"agent1",
         "2026-11-20T10:00:00.000Z",
         "callback",
         "call",
         marta,
         "Wants to COMPARE plans",
         {step("abandoned-cart", "dismissed", "Not ready"), step("active-cart", "shown")}},
        {"agent2",
         "2026-11-21T09:00:00.000Z",
         "callback",
         "call",
         pieter,
         "100% sure_later",
         {step("active-cart", "accepted")}},
        {"store1", "2026-11-21T11:00:00.000Z", "purchase_intent", "store", marta, "=cmd|' /C calc'!A0", {}},
        {"agent2", "2026-11-22T09:00:00.000Z", "not_interested", "call", QString(), "", {}},
    };
    int n = 0;
    for (const Seed &seed : seeds) {
        OutcomeLog log;
        log.key = QStringLiteral("seed-key-%1").arg(++n);
        log.callId = QStringLiteral("c-%1").arg(n);
        log.profileId = seed.profile;
        log.disposition = QString::fromLatin1(seed.disposition);
        log.channel = QString::fromLatin1(seed.channel);
        log.notes = QString::fromUtf8(seed.notes);
        log.loggedAt = at(seed.loggedAt);
        log.steps = seed.steps;
        Profile seen;
        seen.id = seed.profile;
        seen.name = QStringLiteral("Marta van Jansen");
        seen.phone = QStringLiteral("+31612345678");
        seen.cart.lines = {CartLine{QStringLiteral("PH-1"), QStringLiteral("Phone"), 1, 79900}};
        log.context = seen;
        const auto record = store.storeOutcome(log, QString::fromLatin1(seed.agent), log.loggedAt.addSecs(1));
        if (!record || record->id != n)
            return false;
    }
    return true;
}

// Wrap-up times for the seeded outcomes: 1 and 3 tie at 30 s, 4 (a store
// visit) has none.
bool seedWrapUpTimes(const Store &store)
{
    const InteractionLog log(&store);
    return log.recordCallTimes(1, {60, 30}) && log.recordCallTimes(2, {300, 120}) &&
           log.recordCallTimes(3, {90, 30}) && log.recordCallTimes(5, {20, 0});
}

QList<qint64> idsOf(const InteractionsPage &page)
{
    QList<qint64> ids;
    for (const InteractionRow &row : page.rows)
        ids.append(row.id);
    return ids;
}

} // namespace

class TestInteractions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void storeOutcome_writesStepRows();
    void migration_backfillsStepsOfOlderOutcomes();
    void migration_indexesNotesOfOlderOutcomes();
    void query_filters_data();
    void query_filters();
    void query_sorts_data();
    void query_sorts();
    void query_pagesByCursorWithoutGapsOrRepeats_data();
    void query_pagesByCursorWithoutGapsOrRepeats();
    void query_refusesForeignCursor();
    void query_masksNamesToInitials();
    void queryPlan_typicalFiltersUseAnIndex_data();
    void queryPlan_typicalFiltersUseAnIndex();
    void queryPlan_notesIndexUsedWhenItNarrows();
    void detail_masksContextWhenNotRevealed();
    void csv_masksNamesAndDefusesFormulas();
    void csv_refusesMoreThanTheCap();
    void maskFreeText_masksEmailsAndPhones_data();
    void maskFreeText_masksEmailsAndPhones();
    void notes_maskedInPageDetailAndCsv_unmaskedWhenRevealed();
    void notesFilter_matchesOnlyWhatTheMaskShows_data();
    void notesFilter_matchesOnlyWhatTheMaskShows();
    void migration_masksNotesOfOlderOutcomesForTheFilter();
    void recovery_matchesHandComputedFixture();

    void http_rolesOtherThanSupervisorAndAdminRefused_data();
    void http_rolesOtherThanSupervisorAndAdminRefused();
    void http_badParameterNamed_data();
    void http_badParameterNamed();
    void http_pageAndDetailAudited();
    void http_csvRevealNeedsReasonAndIsAudited();
    void http_detailRevealNeedsReasonAndIsAudited();
    void handleTime_fromCallToOutcome();
    void wrapUpTime_fromCallEndToOutcome();
    void migration_keepsOlderOutcomesWithoutWrapUp();
    void http_recoveryReport();
    void ws_supervisorQueriesAndOpens_agentRefused();
    void ws_revealNeedsReasonAndIsAudited_agentRefused();

private:
    std::unique_ptr<Store> m_store;
    QTemporaryDir m_dir;
    int m_stores = 0;
#ifdef OMNIDESK_TEST_POSTGRES
    omnidesk::testing::PgTestServer m_postgres;
#endif
};

void TestInteractions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<InteractionsQuery>();
#ifdef OMNIDESK_TEST_POSTGRES
    // No silent skip: the PostgreSQL variant fails when it has no server.
    QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
    g_postgres = &m_postgres;
#endif
}

void TestInteractions::init()
{
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->open(freshStore(m_dir.path(), QStringLiteral("store-%1.db").arg(++m_stores))),
             qPrintable(m_store->errorString()));
    QVERIFY(seedOutcomes(*m_store));
}

void TestInteractions::cleanup()
{
    m_store.reset();
}

void TestInteractions::storeOutcome_writesStepRows()
{
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT outcome_id, step_id, decision, reason, logged_at FROM outcome_steps"
                                  " ORDER BY outcome_id, rowid")));
    QStringList rows;
    while (q.next())
        rows.append(QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString()}
                        .join(QLatin1Char('|')));
    QCOMPARE(rows,
             (QStringList{QStringLiteral("1|abandoned-cart|accepted||2026-11-20T09:00:00.000Z"),
                          QStringLiteral("2|abandoned-cart|dismissed|Not ready|2026-11-20T10:00:00.000Z"),
                          QStringLiteral("2|active-cart|shown||2026-11-20T10:00:00.000Z"),
                          QStringLiteral("3|active-cart|accepted||2026-11-21T09:00:00.000Z")}));
    // A duplicate key stores no second set of steps.
    OutcomeLog again;
    again.key = QStringLiteral("seed-key-1");
    again.disposition = QStringLiteral("sale");
    again.loggedAt = at("2026-11-20T09:00:00.000Z");
    again.steps = {step("abandoned-cart", "accepted")};
    QVERIFY(m_store->storeOutcome(again, QStringLiteral("agent1"), again.loggedAt)->duplicate);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM outcome_steps")) && q.next());
    QCOMPARE(q.value(0).toInt(), 4);
}

void TestInteractions::migration_backfillsStepsOfOlderOutcomes()
{
    const QString path = storeAtVersion(
        m_dir.path(), QStringLiteral("v4.db"), 4,
        QStringLiteral(
            "INSERT INTO outcomes (idem_key, call_id, profile_id, agent, disposition, notes, logged_at,"
            " stored_at, channel, detail_json) VALUES ('old-key-1', 'c', '', 'agent1', 'sale', '',"
            " '2026-10-01T10:00:00.000Z', '2026-10-01T10:00:01.000Z', 'call',"
            " '{\"steps\":[{\"stepId\":\"abandoned-cart\",\"decision\":\"accepted\"},"
            "{\"stepId\":\"active-cart\",\"decision\":\"dismissed\",\"reason\":\"No\"}]}'),"
            " ('old-key-2', 'c', '', 'agent1', 'sale', '', '2026-10-01T11:00:00.000Z',"
            " '2026-10-01T11:00:01.000Z', 'call', '{}')"));
    QVERIFY(!path.isEmpty());
    Store migrated;
    QVERIFY2(migrated.open(path), qPrintable(migrated.errorString()));
    QCOMPARE(migrated.schemaVersion(), Store::latestSchemaVersion());
    QString error;
    InteractionsQuery accepted;
    accepted.recommendation = QStringLiteral("abandoned-cart");
    accepted.decision = QStringLiteral("accepted");
    const auto page = InteractionLog(&migrated).query(accepted, true, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(idsOf(*page), QList<qint64>{1});
    QCOMPARE(page->rows.first().stepsShown, 2);
    QCOMPARE(page->rows.first().stepsAccepted, 1);
    QCOMPARE(page->rows.first().stepsDismissed, 1);
    const auto all = InteractionLog(&migrated).query(InteractionsQuery{}, true, &error);
    QCOMPARE(all->total, 2);
    QCOMPARE(all->rows.first().stepsShown, 0); // the outcome without steps
}

void TestInteractions::migration_indexesNotesOfOlderOutcomes()
{
    // Outcomes stored before the notes index existed are found by their text.
    const QString path = storeAtVersion(
        m_dir.path(), QStringLiteral("v6.db"), 6,
        QStringLiteral(
            "INSERT INTO outcomes (idem_key, call_id, profile_id, agent, disposition, notes, logged_at,"
            " stored_at, channel, detail_json) VALUES ('old-key-1', 'c', '', 'agent1', 'complaint',"
            " 'Late parcel, asked for a REFUND', '2026-10-01T10:00:00.000Z', '2026-10-01T10:00:01.000Z',"
            " 'call', '{}'), ('old-key-2', 'c', '', 'agent1', 'sale', 'Ordered', '2026-10-01T11:00:00.000Z',"
            " '2026-10-01T11:00:01.000Z', 'call', '{}')"));
    QVERIFY(!path.isEmpty());
    Store migrated;
    QVERIFY2(migrated.open(path), qPrintable(migrated.errorString()));
    QCOMPARE(migrated.schemaVersion(), Store::latestSchemaVersion());
    InteractionsQuery refund;
    refund.q = QStringLiteral("refund");
    QString error;
    const auto page = InteractionLog(&migrated).query(refund, false, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(idsOf(*page), QList<qint64>{1});
    QVERIFY(!page->rows.first().handleSeconds.has_value()); // not recorded then
    // An outcome stored now is found too (the index is kept as rows arrive).
    OutcomeLog log;
    log.key = QStringLiteral("new-key");
    log.disposition = QStringLiteral("complaint");
    log.notes = QStringLiteral("Second refund request");
    log.loggedAt = at("2026-10-02T10:00:00.000Z");
    QVERIFY(migrated.storeOutcome(log, QStringLiteral("agent2"), log.loggedAt));
    QCOMPARE(idsOf(*InteractionLog(&migrated).query(refund, false, &error)), (QList<qint64>{3, 1}));
}

void TestInteractions::query_filters_data()
{
    QTest::addColumn<InteractionsQuery>("filters");
    QTest::addColumn<QList<qint64>>("ids");

    const auto with = [](auto set) {
        InteractionsQuery q;
        set(q);
        return q;
    };
    QTest::newRow("no filter") << InteractionsQuery{} << QList<qint64>{5, 4, 3, 2, 1};
    QTest::newRow("from") << with([](auto &q) { q.from = at("2026-11-21T00:00:00Z"); })
                          << QList<qint64>{5, 4, 3};
    QTest::newRow("to is exclusive") << with([](auto &q) { q.to = at("2026-11-21T09:00:00Z"); })
                                     << QList<qint64>{2, 1};
    QTest::newRow("agent") << with([](auto &q) { q.agent = QStringLiteral("agent1"); })
                           << QList<qint64>{2, 1};
    QTest::newRow("agent and period") << with([](auto &q) {
        q.agent = QStringLiteral("agent2");
        q.from = at("2026-11-22T00:00:00Z");
        q.to = at("2026-11-23T00:00:00Z");
    }) << QList<qint64>{5};
    QTest::newRow("disposition") << with([](auto &q) { q.disposition = QStringLiteral("callback"); })
                                 << QList<qint64>{3, 2};
    QTest::newRow("channel") << with([](auto &q) { q.channel = QStringLiteral("store"); })
                             << QList<qint64>{4};
    QTest::newRow("recommendation, any decision")
        << with([](auto &q) { q.recommendation = QStringLiteral("abandoned-cart"); }) << QList<qint64>{2, 1};
    QTest::newRow("recommendation accepted") << with([](auto &q) {
        q.recommendation = QStringLiteral("abandoned-cart");
        q.decision = QStringLiteral("accepted");
    }) << QList<qint64>{1};
    QTest::newRow("any accepted") << with([](auto &q) { q.decision = QStringLiteral("accepted"); })
                                  << QList<qint64>{3, 1};
    QTest::newRow("any dismissed") << with([](auto &q) { q.decision = QStringLiteral("dismissed"); })
                                   << QList<qint64>{2};
    QTest::newRow("recommendation accepted in a period") << with([](auto &q) {
        q.recommendation = QStringLiteral("active-cart");
        q.decision = QStringLiteral("accepted");
        q.from = at("2026-11-21T00:00:00Z");
    }) << QList<qint64>{3};
    QTest::newRow("notes ignore case")
        << with([](auto &q) { q.q = QStringLiteral("compare"); }) << QList<qint64>{2};
    QTest::newRow("notes percent is literal")
        << with([](auto &q) { q.q = QStringLiteral("100%"); }) << QList<qint64>{3};
    QTest::newRow("notes underscore is literal")
        << with([](auto &q) { q.q = QStringLiteral("e_l"); }) << QList<qint64>{3};
    QTest::newRow("notes substring inside a word")
        << with([](auto &q) { q.q = QStringLiteral("rdered"); }) << QList<qint64>{1};
    QTest::newRow("notes two characters (shorter than the index serves)")
        << with([](auto &q) { q.q = QStringLiteral("ph"); }) << QList<qint64>{1};
    QTest::newRow("notes with a double quote")
        << with([](auto &q) { q.q = QStringLiteral("\"trade"); }) << QList<qint64>{};
    QTest::newRow("notes spanning words")
        << with([](auto &q) { q.q = QStringLiteral("the ph"); }) << QList<qint64>{1};
    QTest::newRow("notes and period") << with([](auto &q) {
        q.q = QStringLiteral("plans");
        q.from = at("2026-11-20T09:30:00Z");
    }) << QList<qint64>{2};
    QTest::newRow("notes and recommendation accepted") << with([](auto &q) {
        q.q = QStringLiteral("sure");
        q.recommendation = QStringLiteral("active-cart");
        q.decision = QStringLiteral("accepted");
    }) << QList<qint64>{3};
    QTest::newRow("nothing matches") << with([](auto &q) { q.agent = QStringLiteral("nobody"); })
                                     << QList<qint64>{};
}

void TestInteractions::query_filters()
{
    QFETCH(InteractionsQuery, filters);
    QFETCH(QList<qint64>, ids);
    QString error;
    const auto page = InteractionLog(m_store.get()).query(filters, true, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(idsOf(*page), ids);
    QCOMPARE(page->total, ids.size());
    QVERIFY(page->nextCursor.isEmpty());
}

void TestInteractions::query_sorts_data()
{
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("default newest") << QString() << QList<qint64>{5, 4, 3, 2, 1};
    QTest::newRow("oldest") << QStringLiteral("oldest") << QList<qint64>{1, 2, 3, 4, 5};
    QTest::newRow("agent, then newest") << QStringLiteral("agent") << QList<qint64>{2, 1, 5, 3, 4};
    QTest::newRow("disposition, then newest")
        << QStringLiteral("disposition") << QList<qint64>{3, 2, 5, 4, 1};
    QTest::newRow("longest wrap-up, then newest, unknown last")
        << QStringLiteral("longest_wrap_up") << QList<qint64>{2, 3, 1, 5, 4};
    QTest::newRow("shortest wrap-up, then newest, unknown last")
        << QStringLiteral("shortest_wrap_up") << QList<qint64>{5, 3, 1, 2, 4};
}

void TestInteractions::query_sorts()
{
    QFETCH(QString, sort);
    QFETCH(QList<qint64>, ids);
    QVERIFY(seedWrapUpTimes(*m_store));
    InteractionsQuery filters;
    filters.sort = sort;
    QString error;
    const auto page = InteractionLog(m_store.get()).query(filters, true, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(idsOf(*page), ids);
    // The export lists the same order.
    qint64 rows = 0;
    const auto csv = InteractionLog(m_store.get()).exportCsv(filters, false, 10, &rows, &error);
    QVERIFY2(csv, qPrintable(error));
    QList<qint64> csvIds;
    for (const QByteArray &line : csv->split('\n').mid(1)) {
        if (!line.isEmpty())
            csvIds.append(line.left(line.indexOf(',')).toLongLong());
    }
    QCOMPARE(csvIds, ids);
}

void TestInteractions::query_pagesByCursorWithoutGapsOrRepeats_data()
{
    query_sorts_data();
}

void TestInteractions::query_pagesByCursorWithoutGapsOrRepeats()
{
    QFETCH(QString, sort);
    QFETCH(QList<qint64>, ids);
    QVERIFY(seedWrapUpTimes(*m_store));
    const InteractionLog log(m_store.get());
    InteractionsQuery filters;
    filters.sort = sort;
    filters.limit = 2;
    QList<qint64> seen;
    int pages = 0;
    do {
        QString error;
        const auto page = log.query(filters, true, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->total, 5);
        QVERIFY(page->rows.size() <= 2);
        seen += idsOf(*page);
        filters.cursor = page->nextCursor;
        QVERIFY(++pages <= 3);
    } while (!filters.cursor.isEmpty());
    QCOMPARE(pages, 3);
    QCOMPARE(seen, ids);
}

void TestInteractions::query_refusesForeignCursor()
{
    const InteractionLog log(m_store.get());
    InteractionsQuery filters;
    filters.limit = 1;
    QString error;
    const QString newestCursor = log.query(filters, true, &error)->nextCursor;
    QVERIFY(!newestCursor.isEmpty());
    filters.sort = QStringLiteral("oldest");
    filters.cursor = newestCursor;
    QVERIFY(!log.query(filters, true, &error));
    QVERIFY2(error.startsWith(QLatin1StringView("cursor:")), qPrintable(error));
    filters.cursor = QStringLiteral("not!base64");
    error.clear();
    QVERIFY(!log.query(filters, true, &error));
    QVERIFY2(error.startsWith(QLatin1StringView("cursor:")), qPrintable(error));
}

void TestInteractions::query_masksNamesToInitials()
{
    QString error;
    InteractionsQuery filters;
    filters.sort = QStringLiteral("oldest");
    const InteractionLog log(m_store.get());
    const auto masked = log.query(filters, false, &error);
    QCOMPARE(masked->rows.at(0).customer, QStringLiteral("M. v. J."));
    QCOMPARE(masked->rows.at(2).customer, QStringLiteral("P. d. V."));
    QCOMPARE(masked->rows.at(4).customer, QString()); // unknown caller
    QCOMPARE(log.query(filters, true, &error)->rows.at(0).customer, QStringLiteral("Marta van Jansen"));
    QVERIFY(!masked->rows.at(0).handleSeconds.has_value());
}

void TestInteractions::queryPlan_typicalFiltersUseAnIndex_data()
{
    QTest::addColumn<InteractionsQuery>("filters");
    QTest::addColumn<QString>("index");
    InteractionsQuery period;
    period.from = at("2026-11-20T00:00:00Z");
    period.to = at("2026-11-21T00:00:00Z");
    QTest::newRow("period") << period << QStringLiteral("outcomes_logged");
    InteractionsQuery agent = period;
    agent.agent = QStringLiteral("agent1");
    QTest::newRow("agent and period") << agent << QStringLiteral("outcomes_agent_logged");
    InteractionsQuery disposition = period;
    disposition.disposition = QStringLiteral("sale");
    QTest::newRow("disposition and period") << disposition << QStringLiteral("outcomes_disposition_logged");
    InteractionsQuery accepted = period;
    accepted.recommendation = QStringLiteral("abandoned-cart");
    accepted.decision = QStringLiteral("accepted");
    QTest::newRow("recommendation accepted and period")
        << accepted << QStringLiteral("outcome_steps_step_time");
    InteractionsQuery longest;
    longest.sort = QStringLiteral("longest_wrap_up");
    QTest::newRow("longest wrap-up") << longest << QStringLiteral("outcomes_wrap_up_longest");
    InteractionsQuery shortest;
    shortest.sort = QStringLiteral("shortest_wrap_up");
    // A later page seeks to the cursor's key in the same index.
    shortest.cursor = QString::fromLatin1(
        QJsonDocument(QJsonObject{{QStringLiteral("s"), shortest.sort},
                                  {QStringLiteral("w"), -30},
                                  {QStringLiteral("t"), QStringLiteral("2026-11-20T09:00:00.000Z")},
                                  {QStringLiteral("i"), 1}})
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QTest::newRow("shortest wrap-up, next page")
        << shortest << QStringLiteral("SEARCH o USING INDEX outcomes_wrap_up_shortest");
}

void TestInteractions::queryPlan_typicalFiltersUseAnIndex()
{
    QFETCH(InteractionsQuery, filters);
    QFETCH(QString, index);
    if (m_store->isPostgres())
        QSKIP("reads SQLite's EXPLAIN QUERY PLAN; PostgreSQL's planner scans tables this small");
    const QString plan = InteractionLog(m_store.get()).queryPlan(filters);
    QVERIFY(!plan.isEmpty());
    QVERIFY2(plan.contains(index), qPrintable(plan));
    // The index gives the sort order: no sorting step.
    QVERIFY2(!plan.contains(QLatin1StringView("TEMP B-TREE")), qPrintable(plan));
    // A full scan of the outcomes shows as "SCAN o" without an index.
    for (const QString &line : plan.split(QLatin1Char('\n')))
        QVERIFY2(
            !(line.startsWith(QLatin1StringView("SCAN o")) && !line.contains(QLatin1StringView("INDEX"))),
            qPrintable(plan));
}

void TestInteractions::queryPlan_notesIndexUsedWhenItNarrows()
{
    if (m_store->isPostgres())
        QSKIP("SQLite's notes index; PostgreSQL's planner chooses the pg_trgm index itself");
    // 60 more outcomes: "refund" is in 2 of 65, "ordered" in 61.
    for (int i = 0; i < 60; ++i) {
        OutcomeLog log;
        log.key = QStringLiteral("bulk-key-%1").arg(i);
        log.disposition = QStringLiteral("sale");
        log.notes = i % 30 == 0 ? QStringLiteral("Asked for a refund") : QStringLiteral("Ordered online");
        log.loggedAt = at("2026-11-22T10:00:00.000Z").addSecs(i);
        QVERIFY(m_store->storeOutcome(log, QStringLiteral("agent3"), log.loggedAt));
    }
    const InteractionLog log(m_store.get());
    InteractionsQuery rare;
    rare.q = QStringLiteral("REFUND");
    QVERIFY2(log.queryPlan(rare).contains(QLatin1StringView("outcomes_notes")),
             qPrintable(log.queryPlan(rare)));
    QString error;
    const auto refunds = log.query(rare, false, &error);
    QVERIFY2(refunds, qPrintable(error));
    QCOMPARE(refunds->total, 2);
    QCOMPARE(idsOf(*refunds), (QList<qint64>{36, 6}));
    // A text in most rows is matched by scanning them: the index would not narrow.
    InteractionsQuery common;
    common.q = QStringLiteral("ordered");
    QVERIFY2(!log.queryPlan(common).contains(QLatin1StringView("outcomes_notes")),
             qPrintable(log.queryPlan(common)));
    QCOMPARE(log.query(common, false, &error)->total, 59); // 58 bulk and "Ordered the phone"
    // Other filters select the rows to scan.
    rare.agent = QStringLiteral("agent3");
    QVERIFY(!log.queryPlan(rare).contains(QLatin1StringView("outcomes_notes")));
    QCOMPARE(log.query(rare, false, &error)->total, 2);
}

void TestInteractions::detail_masksContextWhenNotRevealed()
{
    const InteractionLog log(m_store.get());
    const auto masked = log.detail(1, false);
    QVERIFY(masked);
    QCOMPARE(masked->agent, QStringLiteral("agent1"));
    QCOMPARE(masked->customer, QStringLiteral("M. v. J."));
    QVERIFY(masked->outcome.context);
    QCOMPARE(masked->outcome.context->name, QStringLiteral("M. v. J."));
    QVERIFY(!masked->outcome.context->phone.contains(QLatin1StringView("612345")));
    QCOMPARE(masked->outcome.context->cart.lines.size(), 1);
    QCOMPARE(masked->outcome.steps.size(), 1);
    const auto revealed = log.detail(1, true);
    QCOMPARE(revealed->outcome.context->phone, QStringLiteral("+31612345678"));
    QVERIFY(!log.detail(99, true));
}

void TestInteractions::csv_masksNamesAndDefusesFormulas()
{
    qint64 rows = 0;
    QString error;
    InteractionsQuery filters;
    filters.sort = QStringLiteral("oldest");
    const auto csv = InteractionLog(m_store.get()).exportCsv(filters, false, 100, &rows, &error);
    QVERIFY2(csv, qPrintable(error));
    QCOMPARE(rows, 5);
    const QList<QByteArray> lines = csv->split('\n');
    QCOMPARE(lines.size(), 7); // header, 5 rows, the empty rest after the last line break
    QVERIFY(lines.at(0).startsWith("id,loggedAt,agent,profileId,customer,"));
    QVERIFY(lines.at(0).endsWith(",handleSeconds,wrapUpSeconds,notes\r"));
    QVERIFY2(lines.at(1).contains(",M. v. J.,call,sale,1,1,0,abandoned-cart,,,,Ordered the phone\r"),
             lines.at(1).constData());
    QVERIFY(!csv->contains("Marta"));
    QVERIFY2(lines.at(4).contains(",\"'=cmd|' /C calc'!A0\"\r") ||
                 lines.at(4).contains(",'=cmd|' /C calc'!A0\r"),
             lines.at(4).constData());
    const auto revealed = InteractionLog(m_store.get()).exportCsv(filters, true, 100, &rows, &error);
    QVERIFY(revealed->contains(",Marta van Jansen,"));
}

void TestInteractions::csv_refusesMoreThanTheCap()
{
    qint64 rows = 0;
    QString error;
    QVERIFY(!InteractionLog(m_store.get()).exportCsv(InteractionsQuery{}, false, 4, &rows, &error));
    QVERIFY2(error.contains(QLatin1StringView("match 5")), qPrintable(error));
    InteractionsQuery agent;
    agent.agent = QStringLiteral("agent1");
    QVERIFY(InteractionLog(m_store.get()).exportCsv(agent, false, 4, &rows, &error));
    QCOMPARE(rows, 2);
}

void TestInteractions::maskFreeText_masksEmailsAndPhones_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");
    const QString dots = QStringLiteral("\u2022\u2022\u2022\u2022 \u2022\u2022\u2022 ");
    QTest::newRow("international phone")
        << QStringLiteral("Call back on +31 6 1234 5678 after five")
        << QStringLiteral("Call back on ") + dots + QStringLiteral("678 after five");
    QTest::newRow("national phone with brackets")
        << QStringLiteral("Office (020) 123-4567.")
        << QStringLiteral("Office ") + dots + QStringLiteral("567.");
    QTest::newRow("two phones stay two") << QStringLiteral("0612345678 / 0201234567")
                                         << dots + QStringLiteral("678 / ") + dots + QStringLiteral("567");
    QTest::newRow("email") << QStringLiteral("Send it to marta.jansen+shop@example.co.uk, please")
                           << QStringLiteral("Send it to m\u2026@example.co.uk, please");
    QTest::newRow("email beyond ASCII") << QStringLiteral("zo\u00eb@ex\u00e4mple.nl wrote")
                                        << QStringLiteral("z\u2026@ex\u00e4mple.nl wrote");
    QTest::newRow("dates, ticket and amounts stay")
        << QStringLiteral("Due 2026-11-24 or 24.11.2026, ticket 4711, order 123456, EUR 1.299,00")
        << QStringLiteral("Due 2026-11-24 or 24.11.2026, ticket 4711, order 123456, EUR 1.299,00");
    QTest::newRow("more digits than a phone number stay")
        << QStringLiteral("ref 12345678901234567") << QStringLiteral("ref 12345678901234567");
    QTest::newRow("empty") << QString() << QString();
}

void TestInteractions::maskFreeText_masksEmailsAndPhones()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    QCOMPARE(InteractionLog::maskFreeText(text), masked);
}

void TestInteractions::notes_maskedInPageDetailAndCsv_unmaskedWhenRevealed()
{
    // Notes are free text: a masked page, detail or export masks the contact
    // data in them; the revealed ones show them as written.
    OutcomeLog log;
    log.key = QStringLiteral("notes-key-1");
    log.callId = QStringLiteral("c-notes");
    log.disposition = QStringLiteral("callback");
    // An address that crosses the end of the page's 200-character preview.
    // (Unmasked it starts at character 196: cut there first, "jan.v" would
    // be left unmatched.)
    log.notes = QStringLiteral("Reached on +31 6 1234 5678;") + QString(162, QLatin1Char('.')) +
                QStringLiteral(" mail jan.visser@example.com");
    log.loggedAt = at("2026-11-22T10:00:00.000Z");
    log.steps = {step("abandoned-cart", "dismissed", "Asked to mail jan.visser@example.com instead")};
    const auto record = m_store->storeOutcome(log, QStringLiteral("agent1"), log.loggedAt);
    QVERIFY(record);
    const InteractionLog interactions(m_store.get());
    InteractionsQuery reached;
    reached.q = QStringLiteral("Reached on");
    QString error;

    const auto page = interactions.query(reached, false, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->rows.size(), 1);
    const QString preview = page->rows.first().notes;
    QCOMPARE(preview.size(), InteractionLog::kNotesPreviewChars);
    QVERIFY2(
        preview.startsWith(QStringLiteral("Reached on \u2022\u2022\u2022\u2022 \u2022\u2022\u2022 678;")),
        qPrintable(preview));
    QVERIFY2(!preview.contains(QLatin1StringView("1234")) && !preview.contains(QLatin1StringView("jan")),
             qPrintable(preview));
    QVERIFY2(preview.endsWith(QStringLiteral(" mail j\u2026@examp")), qPrintable(preview));
    const auto revealedPage = interactions.query(reached, true, &error);
    QVERIFY(revealedPage->rows.first().notes.startsWith(QLatin1StringView("Reached on +31 6 1234 5678;")));

    const auto masked = interactions.detail(record->id, false);
    QVERIFY(masked);
    QVERIFY(!masked->outcome.notes.contains(QLatin1StringView("jan.visser")));
    QVERIFY(masked->outcome.notes.endsWith(QStringLiteral(" mail j\u2026@example.com")));
    QCOMPARE(masked->outcome.steps.first().reason,
             QStringLiteral("Asked to mail j\u2026@example.com instead"));
    const auto revealed = interactions.detail(record->id, true);
    QCOMPARE(revealed->outcome.notes, log.notes);
    QCOMPARE(revealed->outcome.steps.first().reason, log.steps.first().reason);

    qint64 rows = 0;
    const auto csv = interactions.exportCsv(reached, false, 10, &rows, &error);
    QVERIFY2(csv, qPrintable(error));
    QCOMPARE(rows, 1);
    QVERIFY(!csv->contains("jan.visser") && !csv->contains("1234 5678"));
    QVERIFY(csv->contains(QStringLiteral(" mail j\u2026@example.com\r\n").toUtf8()));
    const auto unmasked = interactions.exportCsv(reached, true, 10, &rows, &error);
    QVERIFY(unmasked->contains(" mail jan.visser@example.com\r\n"));
    QVERIFY(unmasked->contains("Reached on +31 6 1234 5678;"));
}

void TestInteractions::notesFilter_matchesOnlyWhatTheMaskShows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("found");
    // Hidden by the mask: no search for them finds the outcome (three or
    // more characters go through the notes index, two scan).
    QTest::newRow("phone as written") << QStringLiteral("+31 6 1234 5678") << false;
    QTest::newRow("part of the phone") << QStringLiteral("1234 56") << false;
    QTest::newRow("phone's digits") << QStringLiteral("12345678") << false;
    QTest::newRow("two digits of the phone") << QStringLiteral("23") << false;
    QTest::newRow("email address") << QStringLiteral("jan.visser@example.com") << false;
    QTest::newRow("email's local part") << QStringLiteral("visser") << false;
    QTest::newRow("email's local part, other case") << QStringLiteral("JAN.V") << false;
    // Shown: ordinary words, and what the mask leaves of the contact data.
    QTest::newRow("ordinary word") << QStringLiteral("parcel") << true;
    QTest::newRow("ordinary word, other case") << QStringLiteral("LATE PARCEL") << true;
    QTest::newRow("two characters") << QStringLiteral("rc") << true;
    QTest::newRow("email's domain, as shown") << QStringLiteral("@example.com") << true;
    QTest::newRow("phone's last digits, as shown") << QStringLiteral("678 about") << true;
}

void TestInteractions::notesFilter_matchesOnlyWhatTheMaskShows()
{
    // "text in notes" must not tell which notes mention a phone number or an
    // email address the caller cannot see: the page, the count and both
    // exports (the revealing one included) match the masked notes only.
    QFETCH(QString, text);
    QFETCH(bool, found);
    OutcomeLog log;
    log.key = QStringLiteral("contact-key");
    log.callId = QStringLiteral("c-contact");
    log.disposition = QStringLiteral("complaint");
    log.notes = QStringLiteral("Late parcel. Call +31 6 1234 5678 about it or mail jan.visser@example.com");
    log.loggedAt = at("2026-11-22T12:00:00.000Z");
    const auto record = m_store->storeOutcome(log, QStringLiteral("agent1"), log.loggedAt);
    QVERIFY(record);
    const InteractionLog interactions(m_store.get());
    InteractionsQuery filters;
    filters.q = text;
    const QList<qint64> expected = found ? QList<qint64>{record->id} : QList<qint64>{};
    QString error;
    for (const bool reveal : {false, true}) {
        const auto page = interactions.query(filters, reveal, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(idsOf(*page), expected);
        QCOMPARE(page->total, expected.size());
        qint64 rows = -1;
        const auto csv = interactions.exportCsv(filters, reveal, 10, &rows, &error);
        QVERIFY2(csv, qPrintable(error));
        QCOMPARE(rows, expected.size());
        QCOMPARE(csv->contains("jan.visser@example.com"), found && reveal);
    }
    QCOMPARE(interactions.count(filters), std::optional<qint64>(expected.size()));
}

void TestInteractions::migration_masksNotesOfOlderOutcomesForTheFilter()
{
    // Outcomes stored before schema 9 are masked by the migration: their
    // contact data is no longer found, their words still are, and the notes
    // index keeps following new and changed rows.
    const QString path = storeAtVersion(
        m_dir.path(), QStringLiteral("v8.db"), 8,
        QStringLiteral(
            "INSERT INTO outcomes (idem_key, call_id, profile_id, agent, disposition, notes, logged_at,"
            " stored_at, channel, detail_json) VALUES ('old-key-1', 'c', '', 'agent1', 'complaint',"
            " 'Refund to marta@example.org, call 0612345678', '2026-10-01T10:00:00.000Z',"
            " '2026-10-01T10:00:01.000Z', 'call', '{}'), ('old-key-2', 'c', '', 'agent1', 'sale', '',"
            " '2026-10-01T11:00:00.000Z', '2026-10-01T11:00:01.000Z', 'call', '{}')"));
    QVERIFY(!path.isEmpty());
    Store migrated;
    QVERIFY2(migrated.open(path), qPrintable(migrated.errorString()));
    QCOMPARE(migrated.schemaVersion(), Store::latestSchemaVersion());
    const InteractionLog interactions(&migrated);
    const auto idsFor = [&interactions](const QString &text) {
        InteractionsQuery filters;
        filters.q = text;
        QString error;
        const auto page = interactions.query(filters, false, &error);
        return page ? idsOf(*page) : QList<qint64>{-1};
    };
    QCOMPARE(idsFor(QStringLiteral("refund")), QList<qint64>{1});
    QCOMPARE(idsFor(QStringLiteral("marta")), QList<qint64>{});
    QCOMPARE(idsFor(QStringLiteral("12345")), QList<qint64>{});
    QString error;
    const auto page = interactions.query(InteractionsQuery{}, false, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->rows.at(0).notes, QString());
    QCOMPARE(page->rows.at(1).notes,
             QStringLiteral(
                 "Refund to m\u2026@example.org, call \u2022\u2022\u2022\u2022 \u2022\u2022\u2022 678"));
    // An outcome stored after the migration is masked as it is written.
    OutcomeLog log;
    log.key = QStringLiteral("new-key");
    log.disposition = QStringLiteral("complaint");
    log.notes = QStringLiteral("Second refund, marta@example.org again");
    log.loggedAt = at("2026-10-02T10:00:00.000Z");
    QVERIFY(migrated.storeOutcome(log, QStringLiteral("agent2"), log.loggedAt));
    QCOMPARE(idsFor(QStringLiteral("refund")), (QList<qint64>{3, 1}));
    QCOMPARE(idsFor(QStringLiteral("marta")), QList<qint64>{});
}

void TestInteractions::recovery_matchesHandComputedFixture()
{
    // The fixture's "why" block explains each profile; in short:
    //  abandoned in the week: A, B, C, D, G, H = 6 (E left its cart before the week and
    //  counts once; F never left a cart with lines for 30 minutes; I left it exactly at `to`).
    //  recovered within 30 days: A (2 days), C (17), G (1), H (1) = 4; D bought after 35 days.
    //  call_accepted A, G (both bought); call_other B (no purchase); email_only C (bought);
    //  none D (no purchase) and H (its call came after the purchase, so it is no contact).
    //  abandoned-cart was accepted for A and G; agent1 called A and G, agent2 called B.
    QFile file(QStringLiteral(OMNIDESK_SOURCE_DIR "/tests/server/fixtures/recovery.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject fixture = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!fixture.isEmpty());

    Store store;
    QVERIFY(store.open(freshStore(m_dir.path(), QStringLiteral("recovery.db"))));
    QHash<QString, QString> profiles;
    const auto profileOf = [&](const QString &key) {
        if (!profiles.contains(key))
            profiles.insert(key, store.createProfile(at("2026-10-01T00:00:00Z")));
        return profiles.value(key);
    };
    for (const QJsonValue &v : fixture.value(QLatin1StringView("events")).toArray()) {
        const QJsonObject e = v.toObject();
        StoredEvent event;
        event.id = e.value(QLatin1StringView("id")).toString();
        event.profileId = profileOf(e.value(QLatin1StringView("profile")).toString());
        event.at = fromWireTime(e.value(QLatin1StringView("at")).toString());
        event.type = e.value(QLatin1StringView("type")).toString();
        event.channel = event.type.startsWith(QLatin1StringView("email")) ? QStringLiteral("email")
                                                                          : QStringLiteral("web");
        event.summary = event.type;
        event.body = QJsonObject{{QStringLiteral("lines"), e.value(QLatin1StringView("lines")).toArray()}};
        QVERIFY2(store.insertEvent(event), qPrintable(store.errorString()));
    }
    int n = 0;
    for (const QJsonValue &v : fixture.value(QLatin1StringView("outcomes")).toArray()) {
        const QJsonObject o = v.toObject();
        OutcomeLog log;
        log.key = QStringLiteral("recovery-%1").arg(++n);
        log.profileId = profileOf(o.value(QLatin1StringView("profile")).toString());
        log.disposition = QStringLiteral("callback");
        log.loggedAt = fromWireTime(o.value(QLatin1StringView("loggedAt")).toString());
        for (const QJsonValue &s : o.value(QLatin1StringView("steps")).toArray())
            log.steps.append(StepDecision{s[QLatin1StringView("stepId")].toString(),
                                          {},
                                          s[QLatin1StringView("decision")].toString(),
                                          s[QLatin1StringView("reason")].toString()});
        QVERIFY(store.storeOutcome(log, o.value(QLatin1StringView("agent")).toString(), log.loggedAt));
    }

    const QJsonObject report = fixture.value(QLatin1StringView("report")).toObject();
    const auto result =
        RecoveryReport(&store).compute(fromWireTime(report[QLatin1StringView("from")].toString()),
                                       fromWireTime(report[QLatin1StringView("to")].toString()),
                                       fromWireTime(report[QLatin1StringView("now")].toString()));
    QVERIFY(result);
    const QJsonObject expected = fixture.value(QLatin1StringView("expected")).toObject();
    const auto counts = [](const QJsonValue &v) {
        return RecoveryReport::Counts{v[QLatin1StringView("abandoned")].toInt(),
                                      v[QLatin1StringView("recovered")].toInt()};
    };
    QCOMPARE(result->all.abandoned, expected[QLatin1StringView("abandoned")].toInt());
    QCOMPARE(result->all.recovered, expected[QLatin1StringView("recovered")].toInt());
    for (const QString &kind : RecoveryReport::contactKinds()) {
        QVERIFY2(result->byContact.value(kind) == counts(expected[QLatin1StringView("byContact")][kind]),
                 qPrintable(kind));
    }
    const auto compareMap = [&](const QMap<QString, RecoveryReport::Counts> &map, const char *name) {
        const QJsonObject want = expected[QLatin1StringView(name)].toObject();
        if (map.size() != want.size())
            return false;
        for (auto it = want.begin(); it != want.end(); ++it) {
            if (!(map.value(it.key()) == counts(it.value())))
                return false;
        }
        return true;
    };
    QVERIFY(compareMap(result->byRecommendation, "byRecommendation"));
    QVERIFY(compareMap(result->byAgent, "byAgent"));
    const QJsonObject json = result->toJson();
    QCOMPARE(json[QLatin1StringView("rate")].toDouble(), 4.0 / 6.0);
    QCOMPARE(
        json[QLatin1StringView("byContact")][QLatin1StringView("call_accepted")][QLatin1StringView("rate")]
            .toDouble(),
        1.0);
}

// ---- HTTP and WebSocket, against a running service ----------------------

namespace {

struct Service
{
    QTemporaryDir dir;
    QDateTime now = at("2026-11-23T12:00:00.000Z");
    ProfileServer server;
    std::unique_ptr<HttpTestClient> http;

    bool start()
    {
        server.setClock([this] { return now; });
        ServerOptions options = test::demoServerOptions(dir.path());
#ifdef OMNIDESK_TEST_POSTGRES
        options.database = g_postgres->createDatabase();
#endif
        if (!dir.isValid() || !server.start(options))
            return false;
        http = std::make_unique<HttpTestClient>(server.serverPort());
        Store *store = server.store();
        store->addUser({QStringLiteral("admin1"), QStringLiteral("Ada Admin"), QStringLiteral("admin")},
                       QStringLiteral("not-used"), 1000);
        OutcomeLog log;
        log.key = QStringLiteral("http-key-1");
        log.profileId = namedProfile(*store, QStringLiteral("Marta van Jansen"));
        log.disposition = QStringLiteral("callback");
        log.notes = QStringLiteral("Wants to compare");
        log.loggedAt = at("2026-11-22T09:00:00.000Z");
        log.steps = {step("abandoned-cart", "accepted")};
        Profile seen;
        seen.id = log.profileId;
        seen.name = QStringLiteral("Marta van Jansen");
        log.context = seen;
        return store->storeOutcome(log, QStringLiteral("agent1"), now).has_value();
    }
    QByteArray bearer(const char *user)
    {
        return HttpTestClient::bearer(
            server.store()->issueToken(QString::fromLatin1(user), now.addSecs(3600)));
    }
    int audits(const char *action)
    {
        int n = 0;
        for (const AuditEntry &entry : server.store()->auditEntries(1000))
            n += entry.action == QLatin1StringView(action) ? 1 : 0;
        return n;
    }
};

} // namespace

void TestInteractions::http_rolesOtherThanSupervisorAndAdminRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("page") << QStringLiteral("/v1/interactions");
    QTest::newRow("detail") << QStringLiteral("/v1/interactions/1");
    QTest::newRow("csv") << QStringLiteral("/v1/interactions.csv");
    QTest::newRow("recovery") << QStringLiteral(
        "/v1/reports/recovery?from=2026-11-01T00:00:00Z&to=2026-11-08T00:00:00Z");
}

void TestInteractions::http_rolesOtherThanSupervisorAndAdminRefused()
{
    QFETCH(QString, path);
    Service service;
    QVERIFY(service.start());
    QCOMPARE(service.http->get(path, {}).status, 401);
    QCOMPARE(service.http->get(path, "Bearer demo-integration-key").status, 403);
    QCOMPARE(service.http->get(path, service.bearer("agent1")).status, 403);
    QCOMPARE(service.http->get(path, service.bearer("store1")).status, 403);
    QCOMPARE(service.http->get(path, service.bearer("super1")).status, 200);
    QCOMPARE(service.http->get(path, service.bearer("admin1")).status, 200);
    QCOMPARE(Authorizer::access(Endpoint::Interactions, QStringLiteral("agent")), Access::Denied);
}

void TestInteractions::http_badParameterNamed_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("limit not a number") << QStringLiteral("limit=many") << QStringLiteral("limit:");
    QTest::newRow("limit too large") << QStringLiteral("limit=501") << QStringLiteral("limit:");
    QTest::newRow("sort unknown") << QStringLiteral("sort=random") << QStringLiteral("sort:");
    QTest::newRow("from not a time") << QStringLiteral("from=yesterday") << QStringLiteral("from:");
    QTest::newRow("decision shown") << QStringLiteral("decision=shown") << QStringLiteral("decision:");
    QTest::newRow("unknown parameter") << QStringLiteral("colour=red") << QStringLiteral("colour:");
    QTest::newRow("cursor of nothing") << QStringLiteral("cursor=abc") << QStringLiteral("cursor:");
}

void TestInteractions::http_badParameterNamed()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    Service service;
    QVERIFY(service.start());
    const HttpResponse reply =
        service.http->get(QStringLiteral("/v1/interactions?") + query, service.bearer("super1"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_query"));
    const QString message = reply.body[QLatin1StringView("error")][QLatin1StringView("message")].toString();
    QVERIFY2(message.startsWith(field), qPrintable(message));
}

void TestInteractions::http_pageAndDetailAudited()
{
    Service service;
    QVERIFY(service.start());
    const QByteArray super = service.bearer("super1");
    const HttpResponse page = service.http->get(
        QStringLiteral(
            "/v1/interactions?agent=agent1&recommendation=abandoned-cart&decision=accepted&limit=10"),
        super);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.body[QLatin1StringView("total")].toInt(), 1);
    QVERIFY(page.body[QLatin1StringView("nextCursor")].isNull());
    const QJsonObject row = page.body[QLatin1StringView("rows")][0].toObject();
    // Masked for a supervisor too: names are revealed one interaction at a time.
    QCOMPARE(row[QLatin1StringView("customer")].toString(), QStringLiteral("M. v. J."));
    QVERIFY(!page.raw.contains("Marta"));
    QVERIFY(row[QLatin1StringView("handleSeconds")].isNull()); // stored without a call the service saw
    const qint64 id = row[QLatin1StringView("id")].toInteger();

    QCOMPARE(service.audits("interaction.view"), 0);
    const HttpResponse detail = service.http->get(QStringLiteral("/v1/interactions/%1").arg(id), super);
    QCOMPARE(detail.status, 200);
    QCOMPARE(
        detail.body[QLatin1StringView("outcome")][QLatin1StringView("context")][QLatin1StringView("name")]
            .toString(),
        QStringLiteral("M. v. J."));
    QVERIFY(!detail.raw.contains("Marta"));
    QCOMPARE(service.audits("interaction.view"), 1);
    QCOMPARE(service.http->get(QStringLiteral("/v1/interactions/999"), super).status, 404);
    QCOMPARE(service.http->get(QStringLiteral("/v1/interactions/abc"), super).status, 404);
}

void TestInteractions::http_csvRevealNeedsReasonAndIsAudited()
{
    Service service;
    QVERIFY(service.start());
    const QByteArray super = service.bearer("super1");
    const HttpResponse masked = service.http->get(QStringLiteral("/v1/interactions.csv?agent=agent1"), super);
    QCOMPARE(masked.status, 200);
    QVERIFY(masked.contentType.startsWith("text/csv"));
    QVERIFY(masked.raw.contains(",M. v. J.,"));
    QVERIFY(!masked.raw.contains("Marta"));
    QCOMPARE(service.audits("interaction.export"), 1);
    QCOMPARE(service.audits("interaction.export.reveal"), 0);

    const HttpResponse short_ = service.http->get(QStringLiteral("/v1/interactions.csv?reveal=why"), super);
    QCOMPARE(short_.status, 400);
    QVERIFY(short_.body[QLatin1StringView("error")][QLatin1StringView("message")].toString().startsWith(
        QLatin1StringView("reveal:")));

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("reveal"), QStringLiteral("Complaint 4711 follow-up"));
    const HttpResponse revealed = service.http->get(
        QStringLiteral("/v1/interactions.csv?") + query.toString(QUrl::FullyEncoded), super);
    QCOMPARE(revealed.status, 200);
    QVERIFY(revealed.raw.contains(",Marta van Jansen,"));
    const AuditEntry last = service.server.store()->auditEntries(1).first();
    QCOMPARE(last.action, QStringLiteral("interaction.export.reveal"));
    QCOMPARE(last.actor, QStringLiteral("super1"));
    QVERIFY2(last.detail.contains(QLatin1StringView("reason=Complaint 4711 follow-up")),
             qPrintable(last.detail));
}

void TestInteractions::http_detailRevealNeedsReasonAndIsAudited()
{
    Service service;
    QVERIFY(service.start());
    const QByteArray super = service.bearer("super1");
    const QString path = QStringLiteral("/v1/interactions/1");

    const HttpResponse missing = service.http->get(path + QStringLiteral("?reveal="), super);
    QCOMPARE(missing.status, 400);
    QVERIFY(missing.body[QLatin1StringView("error")][QLatin1StringView("message")].toString().startsWith(
        QLatin1StringView("reveal:")));
    QCOMPARE(service.http->get(path + QStringLiteral("?colour=red"), super).status, 400);
    QCOMPARE(
        service.http->get(path + QStringLiteral("?reveal=Complaint%204711"), service.bearer("agent1")).status,
        403);
    QCOMPARE(service.audits("interaction.reveal"), 0);

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("reveal"), QStringLiteral("Callback promised in ticket 4711"));
    const HttpResponse revealed =
        service.http->get(path + QLatin1Char('?') + query.toString(QUrl::FullyEncoded), super);
    QCOMPARE(revealed.status, 200);
    QCOMPARE(revealed.body[QLatin1StringView("customer")].toString(), QStringLiteral("Marta van Jansen"));
    QCOMPARE(
        revealed.body[QLatin1StringView("outcome")][QLatin1StringView("context")][QLatin1StringView("name")]
            .toString(),
        QStringLiteral("Marta van Jansen"));
    QCOMPARE(service.audits("interaction.reveal"), 1);
    QCOMPARE(service.audits("interaction.view"), 0); // the reveal is the one entry
    const AuditEntry last = service.server.store()->auditEntries(1).first();
    QCOMPARE(last.action, QStringLiteral("interaction.reveal"));
    QCOMPARE(last.actor, QStringLiteral("super1"));
    QVERIFY2(last.detail.contains(QLatin1StringView("outcome=1")), qPrintable(last.detail));
    QVERIFY2(last.detail.contains(QLatin1StringView("reason=Callback promised in ticket 4711")),
             qPrintable(last.detail));

    // The page stays masked after a reveal.
    const HttpResponse page = service.http->get(QStringLiteral("/v1/interactions"), super);
    QVERIFY(!page.raw.contains("Marta"));
}

void TestInteractions::handleTime_fromCallToOutcome()
{
    // A call reaches agent1, lasts 100 s, and the outcome is logged 20 s
    // after it ended: a handle time of 120 s. A store visit has none.
    Service service;
    QVERIFY(service.start());
    test::WsTestClient agent;
    QVERIFY(agent.signIn(service.server.serverPort(), QStringLiteral("agent1")));
    const auto call = [&](const char *event) {
        return service.http
            ->post(
                QStringLiteral("/v1/calls"),
                QStringLiteral(R"({"callId":"c-handle","event":"%1","agent":"agent1","ani":"+31612345678"})")
                    .arg(QString::fromLatin1(event))
                    .toUtf8(),
                "Bearer demo-integration-key")
            .status;
    };
    const QDateTime connected = service.now;
    QCOMPARE(call("connected"), 200);
    service.now = connected.addSecs(100);
    QCOMPARE(call("ended"), 200);
    service.now = connected.addSecs(120);
    OutcomeLog outcome;
    outcome.key = QStringLiteral("handle-key-1");
    outcome.callId = QStringLiteral("c-handle");
    outcome.disposition = QStringLiteral("callback");
    outcome.notes = QStringLiteral("Handle time check");
    outcome.loggedAt = service.now;
    agent.send(outcome, QStringLiteral("o1"));
    OutcomeLog visit;
    visit.key = QStringLiteral("handle-key-2");
    visit.channel = QStringLiteral("store");
    visit.profileId = namedProfile(*service.server.store(), QStringLiteral("Ana Silva"));
    visit.disposition = QStringLiteral("callback");
    visit.notes = QStringLiteral("Handle time check, store");
    visit.loggedAt = service.now;
    agent.send(visit, QStringLiteral("o2"));
    QTRY_VERIFY(agent.replyTo(QStringLiteral("o1")) && agent.replyTo(QStringLiteral("o2")));
    QVERIFY(std::get_if<OutcomeAck>(&agent.replyTo(QStringLiteral("o1"))->message));

    InteractionsQuery query;
    query.q = QStringLiteral("Handle time check");
    query.sort = QStringLiteral("oldest");
    QString error;
    const auto page = InteractionLog(service.server.store()).query(query, false, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->rows.size(), 2);
    QCOMPARE(page->rows.at(0).handleSeconds, std::optional<qint64>(120));
    QCOMPARE(page->rows.at(0).wrapUpSeconds, std::optional<qint64>(20)); // the service saw the end
    QVERIFY(!page->rows.at(1).handleSeconds.has_value());
    QVERIFY(!page->rows.at(1).wrapUpSeconds.has_value());
    // Over HTTP and in the CSV as well.
    const HttpResponse http = service.http->get(
        QStringLiteral("/v1/interactions?q=Handle%20time&sort=oldest"), service.bearer("super1"));
    QCOMPARE(http.body[QLatin1StringView("rows")][0][QLatin1StringView("handleSeconds")].toInteger(), 120);
    QVERIFY(http.body[QLatin1StringView("rows")][1][QLatin1StringView("handleSeconds")].isNull());
    const HttpResponse csv = service.http->get(
        QStringLiteral("/v1/interactions.csv?q=Handle%20time&sort=oldest"), service.bearer("super1"));
    QVERIFY2(csv.raw.contains(",120,20,Handle time check\r\n"), csv.raw.constData());

    // A repeated outcome (the outbox resending) changes nothing.
    agent.send(outcome, QStringLiteral("o3"));
    QTRY_VERIFY(agent.replyTo(QStringLiteral("o3")));
    QCOMPARE(InteractionLog(service.server.store()).query(query, false, &error)->rows.at(0).handleSeconds,
             std::optional<qint64>(120));
}

void TestInteractions::wrapUpTime_fromCallEndToOutcome()
{
    // Wrap-up runs from the call's end to the outcome being logged: 0 for an
    // outcome logged during the call; from the desktop's callEndedAt when
    // the service did not see the call; not known for an older desktop
    // (no callEndedAt) on such a call, or a callEndedAt ahead of the service.
    Service service;
    QVERIFY(service.start());
    test::WsTestClient agent;
    QVERIFY(agent.signIn(service.server.serverPort(), QStringLiteral("agent1")));
    const QDateTime start = service.now;
    QCOMPARE(service.http
                 ->post(QStringLiteral("/v1/calls"),
                        R"({"callId":"c-during","event":"connected","agent":"agent1","ani":"+31612345678"})",
                        "Bearer demo-integration-key")
                 .status,
             200);
    service.now = start.addSecs(40);
    const auto outcome = [&](const char *key, const char *callId, const QDateTime &callEndedAt) {
        OutcomeLog log;
        log.key = QString::fromLatin1(key);
        log.callId = QString::fromLatin1(callId);
        log.disposition = QStringLiteral("info_only");
        log.notes = QStringLiteral("Wrap-up check ") + log.key;
        log.loggedAt = service.now;
        log.callEndedAt = callEndedAt;
        return log;
    };
    // Logged while the call is on (the desktop has no end to report).
    agent.send(outcome("wrap-key-1", "c-during", {}), QStringLiteral("w1"));
    // Calls the service never routed: the desktop's end counts when plausible.
    agent.send(outcome("wrap-key-2", "c-elsewhere", start.addSecs(25)), QStringLiteral("w2"));
    agent.send(outcome("wrap-key-3", "c-older-desktop", {}), QStringLiteral("w3"));
    agent.send(outcome("wrap-key-4", "c-future", start.addSecs(90)), QStringLiteral("w4"));
    QTRY_VERIFY(agent.replyTo(QStringLiteral("w1")) && agent.replyTo(QStringLiteral("w2")) &&
                agent.replyTo(QStringLiteral("w3")) && agent.replyTo(QStringLiteral("w4")));
    for (const char *rid : {"w1", "w2", "w3", "w4"})
        QVERIFY(std::get_if<OutcomeAck>(&agent.replyTo(QString::fromLatin1(rid))->message));

    InteractionsQuery query;
    query.q = QStringLiteral("Wrap-up check");
    query.sort = QStringLiteral("oldest");
    QString error;
    const auto page = InteractionLog(service.server.store()).query(query, false, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->rows.size(), 4);
    QCOMPARE(page->rows.at(0).handleSeconds, std::optional<qint64>(40));
    QCOMPARE(page->rows.at(0).wrapUpSeconds, std::optional<qint64>(0));
    QVERIFY(!page->rows.at(1).handleSeconds.has_value());
    QCOMPARE(page->rows.at(1).wrapUpSeconds, std::optional<qint64>(15));
    QVERIFY(!page->rows.at(2).wrapUpSeconds.has_value());
    QVERIFY(!page->rows.at(3).wrapUpSeconds.has_value());
    const HttpResponse http = service.http->get(
        QStringLiteral("/v1/interactions?q=Wrap-up%20check&sort=oldest"), service.bearer("super1"));
    QCOMPARE(http.body[QLatin1StringView("rows")][1][QLatin1StringView("wrapUpSeconds")].toInteger(), 15);
    QVERIFY(http.body[QLatin1StringView("rows")][2][QLatin1StringView("wrapUpSeconds")].isNull());
    // The detail keeps the end the desktop reported, with the outcome.
    QCOMPARE(InteractionLog(service.server.store()).detail(page->rows.at(1).id, false)->outcome.callEndedAt,
             start.addSecs(25));
}

void TestInteractions::migration_keepsOlderOutcomesWithoutWrapUp()
{
    // An outcome stored at schema 7 keeps its handle time and has no wrap-up
    // time ("—" in the desktop); one stored after the migration gets both.
    const QString path = storeAtVersion(
        m_dir.path(), QStringLiteral("v7.db"), 7,
        QStringLiteral(
            "INSERT INTO outcomes (idem_key, call_id, profile_id, agent, disposition, notes, logged_at,"
            " stored_at, channel, detail_json, handle_seconds) VALUES ('old-key-1', 'c', '', 'agent1', "
            "'sale',"
            " 'Before wrap-up', '2026-10-01T10:00:00.000Z', '2026-10-01T10:00:01.000Z', 'call', '{}', "
            "300)"));
    QVERIFY(!path.isEmpty());
    Store migrated;
    QVERIFY2(migrated.open(path), qPrintable(migrated.errorString()));
    QCOMPARE(migrated.schemaVersion(), Store::latestSchemaVersion());
    OutcomeLog log;
    log.key = QStringLiteral("new-key");
    log.callId = QStringLiteral("c-new");
    log.disposition = QStringLiteral("sale");
    log.loggedAt = at("2026-10-02T10:00:00.000Z");
    const auto record = migrated.storeOutcome(log, QStringLiteral("agent1"), log.loggedAt);
    QVERIFY(record);
    const InteractionLog interactions(&migrated);
    QVERIFY(interactions.recordCallTimes(record->id, {200, 35}));
    InteractionsQuery oldest;
    oldest.sort = QStringLiteral("oldest");
    QString error;
    const auto page = interactions.query(oldest, false, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->rows.size(), 2);
    QCOMPARE(page->rows.at(0).handleSeconds, std::optional<qint64>(300));
    QVERIFY(!page->rows.at(0).wrapUpSeconds.has_value());
    QCOMPARE(page->rows.at(1).handleSeconds, std::optional<qint64>(200));
    QCOMPARE(page->rows.at(1).wrapUpSeconds, std::optional<qint64>(35));
    qint64 rows = 0;
    const auto csv = interactions.exportCsv(oldest, false, 10, &rows, &error);
    QVERIFY2(csv, qPrintable(error));
    QVERIFY2(csv->contains(",300,,Before wrap-up\r\n"), csv->constData());
}

void TestInteractions::http_recoveryReport()
{
    Service service;
    QVERIFY(service.start());
    const QByteArray super = service.bearer("super1");
    const HttpResponse report = service.http->get(
        QStringLiteral("/v1/reports/recovery?from=2026-11-01T00:00:00Z&to=2026-11-08T00:00:00Z"), super);
    QCOMPARE(report.status, 200);
    QCOMPARE(report.body[QLatin1StringView("windowDays")].toInt(), 30);
    QVERIFY(report.body[QLatin1StringView("byContact")].toObject().contains(QLatin1StringView("email_only")));
    const HttpResponse missing =
        service.http->get(QStringLiteral("/v1/reports/recovery?from=2026-11-01T00:00:00Z"), super);
    QCOMPARE(missing.status, 400);
    QVERIFY(missing.body[QLatin1StringView("error")][QLatin1StringView("message")].toString().startsWith(
        QLatin1StringView("to:")));
}

void TestInteractions::ws_supervisorQueriesAndOpens_agentRefused()
{
    Service service;
    QVERIFY(service.start());
    const auto reply = [](const test::WsTestClient &client, const char *rid) {
        return client.replyTo(QString::fromLatin1(rid));
    };

    test::WsTestClient supervisor;
    QVERIFY(supervisor.signIn(service.server.serverPort(), QStringLiteral("super1")));
    InteractionsQuery query;
    query.agent = QStringLiteral("agent1");
    supervisor.send(query, QStringLiteral("q1"));
    QTRY_VERIFY(reply(supervisor, "q1"));
    const auto *page = std::get_if<InteractionsPage>(&reply(supervisor, "q1")->message);
    QVERIFY(page);
    QCOMPARE(page->total, 1);
    QCOMPARE(page->rows.first().customer, QStringLiteral("M. v. J.")); // masked for supervisors too
    const qint64 id = page->rows.first().id;
    supervisor.send(InteractionGet{id}, QStringLiteral("g1"));
    QTRY_VERIFY(reply(supervisor, "g1"));
    const auto *detail = std::get_if<InteractionDetail>(&reply(supervisor, "g1")->message);
    QVERIFY(detail);
    QCOMPARE(detail->outcome.notes, QStringLiteral("Wants to compare"));
    QVERIFY(detail->outcome.context);
    QCOMPARE(detail->outcome.context->name, QStringLiteral("M. v. J."));
    QCOMPARE(detail->customer, QStringLiteral("M. v. J."));
    QCOMPARE(service.audits("interaction.view"), 1);
    supervisor.send(InteractionGet{999}, QStringLiteral("g2"));
    QTRY_VERIFY(reply(supervisor, "g2"));
    QCOMPARE(std::get<ErrorMessage>(reply(supervisor, "g2")->message).code, QString(errors::NotFound));

    test::WsTestClient agent;
    QVERIFY(agent.signIn(service.server.serverPort(), QStringLiteral("agent1")));
    agent.send(query, QStringLiteral("q2"));
    agent.send(InteractionGet{id}, QStringLiteral("g3"));
    QTRY_VERIFY(reply(agent, "q2") && reply(agent, "g3"));
    QCOMPARE(std::get<ErrorMessage>(reply(agent, "q2")->message).code, QString(errors::Forbidden));
    QCOMPARE(std::get<ErrorMessage>(reply(agent, "g3")->message).code, QString(errors::Forbidden));
    QCOMPARE(service.audits("interaction.view"), 1);
}

void TestInteractions::ws_revealNeedsReasonAndIsAudited_agentRefused()
{
    // interaction.get with a reveal reason answers unmasked and audits the
    // reason, as GET /v1/interactions/{id}?reveal= does; no reason, no reveal.
    Service service;
    QVERIFY(service.start());
    const auto reply = [](const test::WsTestClient &client, const char *rid) {
        return client.replyTo(QString::fromLatin1(rid));
    };
    test::WsTestClient supervisor;
    QVERIFY(supervisor.signIn(service.server.serverPort(), QStringLiteral("super1")));
    // Too short once simplified: refused by name, nothing revealed or audited.
    supervisor.socket.sendTextMessage(
        QStringLiteral(R"({"type":"interaction.get","rid":"g1","payload":{"id":1,"reveal":"  why  "}})"));
    QTRY_VERIFY(reply(supervisor, "g1"));
    const auto *tooShort = std::get_if<ErrorMessage>(&reply(supervisor, "g1")->message);
    QVERIFY(tooShort);
    QCOMPARE(tooShort->code, QString(errors::InvalidMessage));
    QVERIFY2(tooShort->message.startsWith(QLatin1StringView("payload.reveal: give a reason")),
             qPrintable(tooShort->message));
    QCOMPARE(service.audits("interaction.reveal"), 0);

    supervisor.send(InteractionGet{1, QStringLiteral("Callback  promised in ticket 4711")},
                    QStringLiteral("g2"));
    QTRY_VERIFY(reply(supervisor, "g2"));
    const auto *revealed = std::get_if<InteractionDetail>(&reply(supervisor, "g2")->message);
    QVERIFY(revealed);
    QCOMPARE(revealed->customer, QStringLiteral("Marta van Jansen"));
    QVERIFY(revealed->outcome.context);
    QCOMPARE(revealed->outcome.context->name, QStringLiteral("Marta van Jansen"));
    QCOMPARE(service.audits("interaction.reveal"), 1);
    QCOMPARE(service.audits("interaction.view"), 0); // the reveal is the one entry
    const AuditEntry last = service.server.store()->auditEntries(1).first();
    QCOMPARE(last.actor, QStringLiteral("super1"));
    QVERIFY2(last.detail.contains(QLatin1StringView("outcome=1 via=ws")), qPrintable(last.detail));
    QVERIFY2(last.detail.contains(QLatin1StringView("reason=Callback promised in ticket 4711")),
             qPrintable(last.detail));

    // Without a reason the same message stays masked.
    supervisor.send(InteractionGet{1, {}}, QStringLiteral("g3"));
    QTRY_VERIFY(reply(supervisor, "g3"));
    QCOMPARE(std::get<InteractionDetail>(reply(supervisor, "g3")->message).customer,
             QStringLiteral("M. v. J."));

    // An agent may not reveal, whatever the reason; nothing is audited.
    test::WsTestClient agent;
    QVERIFY(agent.signIn(service.server.serverPort(), QStringLiteral("agent1")));
    agent.send(InteractionGet{1, QStringLiteral("Callback promised in ticket 4711")}, QStringLiteral("g4"));
    QTRY_VERIFY(reply(agent, "g4"));
    QCOMPARE(std::get<ErrorMessage>(reply(agent, "g4")->message).code, QString(errors::Forbidden));
    QCOMPARE(service.audits("interaction.reveal"), 1);
}

QTEST_GUILESS_MAIN(TestInteractions)
#include "tst_interactions.moc"
