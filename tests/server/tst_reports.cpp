// The measurement reports besides cart recovery: outcomes over time
// (GET /v1/reports/outcomes) and acceptance per recommendation
// (GET /v1/reports/acceptance), checked against a fixture computed by hand
// (fixtures/outcome-reports.json) through a running service, with their
// parameter checks and the indexes their counts use.
// Built twice: tst_reports on SQLite, and tst_reports_pg
// (OMNIDESK_TEST_POSTGRES) on a PostgreSQL server the test starts itself.
#include "AcceptanceReport.h"
#include "HttpTestClient.h"
#include "JsonReader.h"
#include "OutcomeReport.h"
#include "ProfileServer.h"
#include "Store.h"
#ifdef OMNIDESK_TEST_POSTGRES
#include "PgTestServer.h"
#endif

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace omnidesk;
using namespace omnidesk::server;
using namespace omnidesk::protocol;
using omnidesk::server::test::HttpResponse;
using omnidesk::server::test::HttpTestClient;

namespace {

QJsonObject readFixture()
{
    QFile file(QStringLiteral(OMNIDESK_SOURCE_DIR "/tests/server/fixtures/outcome-reports.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void http_matchesHandComputedFixture_data();
    void http_matchesHandComputedFixture();
    void http_acceptanceNamesStepsInTheReadersLanguage_data();
    void http_acceptanceNamesStepsInTheReadersLanguage();
    void http_badParameterNamed_data();
    void http_badParameterNamed();
    void http_onlySupervisorAndAdmin_data();
    void http_onlySupervisorAndAdmin();
    void outcomes_longRangesCountByWeek();
    void queryPlan_countsUseAnIndex_data();
    void queryPlan_countsUseAnIndex();

private:
    QByteArray bearer(const char *user) const;

    QTemporaryDir m_dir;
    QJsonObject m_fixture;
    // Far from the fixture's November, so nothing the demo seeds relative to
    // now falls into its period.
    QDateTime m_now = fromWireTime(QStringLiteral("2027-03-15T12:00:00.000Z"));
    std::unique_ptr<ProfileServer> m_server;
    std::unique_ptr<HttpTestClient> m_http;
#ifdef OMNIDESK_TEST_POSTGRES
    omnidesk::testing::PgTestServer m_postgres;
#endif
};

void TestReports::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_fixture = readFixture();
    QVERIFY(!m_fixture.isEmpty());
    ServerOptions options = test::demoServerOptions(m_dir.path());
#ifdef OMNIDESK_TEST_POSTGRES
    // No silent skip: the PostgreSQL variant fails when it has no server.
    QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
    options.database = m_postgres.createDatabase();
#endif
    m_server = std::make_unique<ProfileServer>();
    m_server->setClock([this] { return m_now; });
    QVERIFY2(m_server->start(options), qPrintable(m_server->errorString()));
    m_http = std::make_unique<HttpTestClient>(m_server->serverPort());
    Store *store = m_server->store();
    store->addUser({QStringLiteral("admin1"), QStringLiteral("Ada Admin"), QStringLiteral("admin")},
                   QStringLiteral("not-used"), 1000);

    int n = 0;
    for (const QJsonValue &v : m_fixture.value(QLatin1StringView("outcomes")).toArray()) {
        const QJsonObject o = v.toObject();
        OutcomeLog log;
        log.key = QStringLiteral("reports-%1").arg(++n);
        log.callId = QStringLiteral("c-%1").arg(n);
        log.disposition = o.value(QLatin1StringView("disposition")).toString();
        log.channel = o.value(QLatin1StringView("channel")).toString();
        log.loggedAt = fromWireTime(o.value(QLatin1StringView("loggedAt")).toString());
        for (const QJsonValue &s : o.value(QLatin1StringView("steps")).toArray())
            log.steps.append(StepDecision{
                s[QLatin1StringView("stepId")].toString(), s[QLatin1StringView("title")].toString(),
                s[QLatin1StringView("decision")].toString(), s[QLatin1StringView("reason")].toString()});
        QVERIFY2(store->storeOutcome(log, o.value(QLatin1StringView("agent")).toString(), m_now),
                 qPrintable(store->errorString()));
    }
    QCOMPARE(n, 9);
}

void TestReports::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

QByteArray TestReports::bearer(const char *user) const
{
    return HttpTestClient::bearer(
        m_server->store()->issueToken(QString::fromLatin1(user), m_now.addSecs(3600)));
}

void TestReports::http_matchesHandComputedFixture_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QJsonObject>("expected");
    const QJsonObject expected = m_fixture.value(QLatin1StringView("expected")).toObject();
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        const QString path = it.key().startsWith(QLatin1StringView("outcomes"))
                                 ? QStringLiteral("/v1/reports/outcomes")
                                 : QStringLiteral("/v1/reports/acceptance");
        QTest::newRow(qPrintable(it.key())) << path << c.value(QLatin1StringView("query")).toString()
                                            << c.value(QLatin1StringView("body")).toObject();
    }
}

void TestReports::http_matchesHandComputedFixture()
{
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QJsonObject, expected);
    QVERIFY(!expected.isEmpty());
    const HttpResponse reply = m_http->get(path + QLatin1Char('?') + query, bearer("super1"));
    QCOMPARE(reply.status, 200);
    // Both sides are read from JSON text, so numbers compare alike.
    if (reply.body != expected) {
        qWarning().noquote() << "got:     " << QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
        qWarning().noquote() << "expected:" << QJsonDocument(expected).toJson(QJsonDocument::Compact);
    }
    QCOMPARE(reply.body, expected);
}

void TestReports::http_acceptanceNamesStepsInTheReadersLanguage_data()
{
    QTest::addColumn<QByteArray>("acceptLanguage");
    QTest::addColumn<QString>("abandonedCart");
    QTest::newRow("none") << QByteArray() << "Offer to complete the order on the call";
    QTest::newRow("pt-BR") << QByteArray("pt-BR,pt;q=0.9,en;q=0.8")
                           << "Ofereça concluir o pedido durante a ligação";
    QTest::newRow("fr, then de") << QByteArray("fr-FR, de;q=0.7")
                                 << "Anbieten, die Bestellung im Gespräch abzuschließen";
    QTest::newRow("not shipped") << QByteArray("fi") << "Offer to complete the order on the call";
}

void TestReports::http_acceptanceNamesStepsInTheReadersLanguage()
{
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(QString, abandonedCart);
    const HttpResponse reply = m_http->send(
        "GET", QStringLiteral("/v1/reports/acceptance?from=2026-11-01T23:00:00Z&to=2026-11-04T23:00:00Z"), {},
        bearer("super1"), {{"Accept-Language", acceptLanguage}});
    QCOMPARE(reply.status, 200);
    QHash<QString, QString> titles;
    for (const QJsonValue &r : reply.body.value(QLatin1StringView("recommendations")).toArray())
        titles.insert(r[QLatin1StringView("recommendation")].toString(),
                      r[QLatin1StringView("title")].toString());
    // A step of the current rules: named from them, in the reader's language.
    QCOMPARE(titles.value(QStringLiteral("abandoned-cart")), abandonedCart);
    // A step no rule gives any more keeps the title the agents last saw.
    QCOMPARE(titles.value(QStringLiteral("email-quote")), QStringLiteral("Offer to email a quote"));
}

void TestReports::http_badParameterNamed_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    const QString ok = QStringLiteral("from=2026-11-01T00:00:00Z&to=2026-11-08T00:00:00Z");
    for (const char *path : {"/v1/reports/outcomes", "/v1/reports/acceptance"}) {
        const QString p = QString::fromLatin1(path);
        QTest::addRow("%s: from missing", path)
            << p << QStringLiteral("to=2026-11-08T00:00:00Z") << QStringLiteral("from:");
        QTest::addRow("%s: to missing", path)
            << p << QStringLiteral("from=2026-11-01T00:00:00Z") << QStringLiteral("to:");
        QTest::addRow("%s: from not a time", path)
            << p << QStringLiteral("from=last-month&to=2026-11-08T00:00:00Z") << QStringLiteral("from:");
        QTest::addRow("%s: to before from", path)
            << p << QStringLiteral("from=2026-11-08T00:00:00Z&to=2026-11-01T00:00:00Z")
            << QStringLiteral("to:");
        QTest::addRow("%s: more than a year", path)
            << p << QStringLiteral("from=2025-01-01T00:00:00Z&to=2026-11-01T00:00:00Z")
            << QStringLiteral("to:");
        QTest::addRow("%s: agent empty", path)
            << p << ok + QStringLiteral("&agent=") << QStringLiteral("agent:");
        QTest::addRow("%s: agent twice", path)
            << p << ok + QStringLiteral("&agent=agent1&agent=agent2") << QStringLiteral("agent:");
        QTest::addRow("%s: unknown parameter", path)
            << p << ok + QStringLiteral("&colour=red") << QStringLiteral("colour:");
    }
    QTest::newRow("outcomes: bucket month")
        << QStringLiteral("/v1/reports/outcomes") << ok + QStringLiteral("&bucket=month")
        << QStringLiteral("bucket:");
    QTest::newRow("acceptance: no buckets")
        << QStringLiteral("/v1/reports/acceptance") << ok + QStringLiteral("&bucket=day")
        << QStringLiteral("bucket:");
}

void TestReports::http_badParameterNamed()
{
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QString, field);
    const HttpResponse reply = m_http->get(path + QLatin1Char('?') + query, bearer("super1"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_query"));
    const QString message = reply.body[QLatin1StringView("error")][QLatin1StringView("message")].toString();
    QVERIFY2(message.startsWith(field), qPrintable(message));
}

void TestReports::http_onlySupervisorAndAdmin_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("outcomes") << QStringLiteral("/v1/reports/outcomes");
    QTest::newRow("acceptance") << QStringLiteral("/v1/reports/acceptance");
}

void TestReports::http_onlySupervisorAndAdmin()
{
    QFETCH(QString, path);
    path += QStringLiteral("?from=2026-11-01T00:00:00Z&to=2026-11-08T00:00:00Z");
    QCOMPARE(m_http->get(path, {}).status, 401);
    QCOMPARE(m_http->get(path, "Bearer demo-integration-key").status, 403);
    QCOMPARE(m_http->get(path, bearer("agent1")).status, 403);
    QCOMPARE(m_http->get(path, bearer("store1")).status, 403);
    QCOMPARE(m_http->get(path, bearer("super1")).status, 200);
    QCOMPARE(m_http->get(path, bearer("admin1")).status, 200);
}

void TestReports::outcomes_longRangesCountByWeek()
{
    // 92 days are still counted by day; longer ranges by week, the last week
    // cut at `to`. The fixture's seven outcomes fall into the first week.
    const QByteArray super = bearer("super1");
    const HttpResponse daily = m_http->get(
        QStringLiteral("/v1/reports/outcomes?from=2026-11-01T00:00:00Z&to=2027-02-01T00:00:00Z"), super);
    QCOMPARE(daily.status, 200);
    QCOMPARE(daily.body[QLatin1StringView("bucket")].toString(), QStringLiteral("day"));
    QCOMPARE(daily.body[QLatin1StringView("buckets")].toArray().size(), 92);

    const HttpResponse weekly = m_http->get(
        QStringLiteral("/v1/reports/outcomes?from=2026-11-01T00:00:00Z&to=2027-02-02T00:00:00Z"), super);
    QCOMPARE(weekly.status, 200);
    QCOMPARE(weekly.body[QLatin1StringView("bucket")].toString(), QStringLiteral("week"));
    const QJsonArray weeks = weekly.body[QLatin1StringView("buckets")].toArray();
    QCOMPARE(weeks.size(), 14);                                   // 93 days: 13 whole weeks and 2 days
    QCOMPARE(weeks.at(0)[QLatin1StringView("total")].toInt(), 9); // outcomes 1 and 9 too
    QCOMPARE(weeks.at(1)[QLatin1StringView("total")].toInt(), 0);
    QCOMPARE(weeks.last()[QLatin1StringView("start")].toString(), QStringLiteral("2027-01-31T00:00:00.000Z"));
    QCOMPARE(weeks.last()[QLatin1StringView("end")].toString(), QStringLiteral("2027-02-02T00:00:00.000Z"));
    QCOMPARE(weekly.body[QLatin1StringView("total")].toInt(), 9);
}

void TestReports::queryPlan_countsUseAnIndex_data()
{
    QTest::addColumn<QString>("report");
    QTest::addColumn<bool>("withAgent");
    QTest::addColumn<QString>("index");
    QTest::newRow("outcomes") << QStringLiteral("outcomes") << false << QStringLiteral("outcomes_logged");
    QTest::newRow("outcomes of an agent")
        << QStringLiteral("outcomes") << true << QStringLiteral("outcomes_agent_logged");
    QTest::newRow("acceptance") << QStringLiteral("acceptance") << false
                                << QStringLiteral("outcome_steps_decision");
    QTest::newRow("acceptance of an agent")
        << QStringLiteral("acceptance") << true << QStringLiteral("outcomes_agent_logged");
}

void TestReports::queryPlan_countsUseAnIndex()
{
    QFETCH(QString, report);
    QFETCH(bool, withAgent);
    QFETCH(QString, index);
    const Store *store = m_server->store();
    if (store->isPostgres())
        QSKIP("reads SQLite's EXPLAIN QUERY PLAN; PostgreSQL's planner scans tables this small");
    const QString plan = report == QLatin1StringView("outcomes")
                             ? OutcomeReport(store).queryPlan(withAgent)
                             : AcceptanceReport(store).queryPlan(withAgent);
    QVERIFY(!plan.isEmpty());
    QVERIFY2(plan.contains(index), qPrintable(plan));
    for (const QString &line : plan.split(QLatin1Char('\n')))
        QVERIFY2(!(line.startsWith(QLatin1StringView("SCAN")) && !line.contains(QLatin1StringView("INDEX"))),
                 qPrintable(plan));
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
