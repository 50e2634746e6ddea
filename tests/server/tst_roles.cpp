// The role matrix: every kind of caller (no credentials, unknown or expired
// token, integration key, each person role) against every HTTP endpoint, with
// the status each must get; plus the audited-lookup rule that lets agents and
// store staff open a profile, and tokens of removed users.
#include "Authorizer.h"
#include "HttpApi.h"
#include "HttpTestClient.h"
#include "ProfileServer.h"
#include "Store.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace omnidesk::server;
using omnidesk::server::test::HttpResponse;
using omnidesk::server::test::HttpTestClient;

namespace {
const QByteArray kKey = "Bearer demo-integration-key";
} // namespace

class TestRoles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void matrix_data();
    void matrix();
    void accessTable_healthOpenToAll();
    void agent_profileAfterLookupOnly();
    void agent_profileOfActiveCall();
    void store_lookupGrantExpires();
    void removedUser_tokenRefused();
    void revokedKey_refused();
    void reveal_needsAReasonAndIsAudited();

private:
    QByteArray credentialFor(const QString &who) const;

    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    std::unique_ptr<ProfileServer> m_server;
    std::unique_ptr<HttpTestClient> m_http;
    QHash<QString, QByteArray> m_credentials;
    int m_eventCounter = 0;
    qint64 m_outcomeId = 0; // an interaction in the log, for the reveal
};

void TestRoles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const ServerOptions options = test::demoServerOptions(m_dir.path());
    m_server = std::make_unique<ProfileServer>();
    m_server->setClock([this] { return m_now; });
    QVERIFY2(m_server->start(options), qPrintable(m_server->errorString()));
    m_http = std::make_unique<HttpTestClient>(m_server->serverPort());

    Store *store = m_server->store();
    QVERIFY(store->addUser({QStringLiteral("admin1"), QStringLiteral("Ada Admin"), QStringLiteral("admin")},
                           QStringLiteral("not-used"), 1000));
    omnidesk::protocol::OutcomeLog outcome;
    outcome.key = QStringLiteral("roles-outcome-1");
    outcome.callId = QStringLiteral("c-roles-1");
    outcome.profileId = store->createProfile(m_now);
    std::optional<ProfileRecord> customer = store->profile(outcome.profileId);
    QVERIFY(customer);
    customer->name = QStringLiteral("Marta van Jansen");
    QVERIFY(store->updateProfile(*customer));
    outcome.disposition = QStringLiteral("sale");
    outcome.loggedAt = m_now.addSecs(-600);
    const auto stored = store->storeOutcome(outcome, QStringLiteral("agent1"), m_now);
    QVERIFY(stored);
    m_outcomeId = stored->id;
    const QDateTime later = m_now.addSecs(3600);
    const auto token = [&](const QString &user, const QDateTime &expires) {
        return HttpTestClient::bearer(store->issueToken(user, expires));
    };
    m_credentials = {
        {QStringLiteral("none"), QByteArray()},
        {QStringLiteral("not bearer"), QByteArray("Basic YWdlbnQxOmRlbW8=")},
        {QStringLiteral("unknown token"), QByteArray("Bearer no-such-token")},
        {QStringLiteral("expired token"), token(QStringLiteral("agent2"), m_now.addSecs(-1))},
        {QStringLiteral("integration"), kKey},
        {QStringLiteral("agent"), token(QStringLiteral("agent1"), later)},
        {QStringLiteral("store"), token(QStringLiteral("store1"), later)},
        {QStringLiteral("supervisor"), token(QStringLiteral("super1"), later)},
        {QStringLiteral("admin"), token(QStringLiteral("admin1"), later)},
    };
}

void TestRoles::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

QByteArray TestRoles::credentialFor(const QString &who) const
{
    return m_credentials.value(who);
}

void TestRoles::matrix_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<int>("status");

    const QStringList endpoints{
        QStringLiteral("events"),       QStringLiteral("calls"),      QStringLiteral("profile"),
        QStringLiteral("lookup"),       QStringLiteral("metrics"),    QStringLiteral("healthz"),
        QStringLiteral("interactions"), QStringLiteral("recovery"),   QStringLiteral("audit"),
        QStringLiteral("outcomes"),     QStringLiteral("acceptance"), QStringLiteral("reveal")};
    // Expected status per caller, in the order of `endpoints`. "profile" is a
    // profile nobody looked up, so agents and store staff are refused.
    const QList<std::pair<QString, QList<int>>> table{
        {QStringLiteral("none"), {401, 401, 401, 401, 401, 200, 401, 401, 401, 401, 401, 401}},
        {QStringLiteral("not bearer"), {401, 401, 401, 401, 401, 200, 401, 401, 401, 401, 401, 401}},
        {QStringLiteral("unknown token"), {401, 401, 401, 401, 401, 200, 401, 401, 401, 401, 401, 401}},
        {QStringLiteral("expired token"), {401, 401, 401, 401, 401, 200, 401, 401, 401, 401, 401, 401}},
        {QStringLiteral("integration"), {202, 200, 200, 403, 200, 200, 403, 403, 403, 403, 403, 403}},
        {QStringLiteral("agent"), {403, 403, 403, 200, 403, 200, 403, 403, 403, 403, 403, 403}},
        {QStringLiteral("store"), {403, 403, 403, 200, 403, 200, 403, 403, 403, 403, 403, 403}},
        {QStringLiteral("supervisor"), {403, 403, 200, 200, 403, 200, 200, 200, 200, 200, 200, 200}},
        {QStringLiteral("admin"), {202, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200}},
    };
    for (const auto &[who, statuses] : table) {
        for (qsizetype i = 0; i < endpoints.size(); ++i) {
            QTest::addRow("%s may%s %s", qPrintable(who), statuses.at(i) < 400 ? "" : " not",
                          qPrintable(endpoints.at(i)))
                << who << endpoints.at(i) << statuses.at(i);
        }
    }
}

void TestRoles::matrix()
{
    QFETCH(QString, who);
    QFETCH(QString, endpoint);
    QFETCH(int, status);
    const QByteArray auth = credentialFor(who);
    HttpResponse r;
    if (endpoint == QLatin1StringView("events")) {
        const QByteArray event = QStringLiteral(R"({"_id":"roles-%1","timestamp":"2026-11-20T08:00:00Z",
            "identityMap":{"ECID":[{"id":"roles-visitor"}]}})")
                                     .arg(++m_eventCounter)
                                     .toUtf8();
        r = m_http->post(QStringLiteral("/v1/events"), event, auth);
    } else if (endpoint == QLatin1StringView("calls")) {
        r = m_http->post(QStringLiteral("/v1/calls"),
                         R"({"callId":"c-roles","event":"ended","agent":"nobody"})", auth);
    } else if (endpoint == QLatin1StringView("profile")) {
        r = m_http->get(QStringLiteral("/v1/profiles/p-1003"), auth);
    } else if (endpoint == QLatin1StringView("lookup")) {
        r = m_http->get(QStringLiteral("/v1/profiles?q=nobody-by-this-name"), auth);
    } else if (endpoint == QLatin1StringView("interactions")) {
        r = m_http->get(QStringLiteral("/v1/interactions?limit=1"), auth);
    } else if (endpoint == QLatin1StringView("recovery")) {
        r = m_http->get(
            QStringLiteral("/v1/reports/recovery?from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z"), auth);
    } else if (endpoint == QLatin1StringView("outcomes")) {
        r = m_http->get(
            QStringLiteral("/v1/reports/outcomes?from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z"), auth);
    } else if (endpoint == QLatin1StringView("acceptance")) {
        r = m_http->get(
            QStringLiteral("/v1/reports/acceptance?from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z"), auth);
    } else if (endpoint == QLatin1StringView("audit")) {
        r = m_http->get(QStringLiteral("/v1/audit?limit=5"), auth);
    } else if (endpoint == QLatin1StringView("reveal")) {
        r = m_http->get(QStringLiteral("/v1/interactions/") + QString::number(m_outcomeId) +
                            QStringLiteral("?reveal=Complaint%204711"),
                        auth);
    } else if (endpoint == QLatin1StringView("metrics")) {
        r = m_http->get(QStringLiteral("/metrics"), auth);
    } else {
        r = m_http->get(QStringLiteral("/healthz"), auth);
    }
    QCOMPARE(r.status, status);
    if (status == 401)
        QCOMPARE(r.errorCode(), QStringLiteral("unauthorized"));
    if (status == 403)
        QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
}

void TestRoles::accessTable_healthOpenToAll()
{
    QCOMPARE(Authorizer::access(Endpoint::Health, QString()), Access::Allowed);
    QCOMPARE(Authorizer::access(Endpoint::GetProfile, QStringLiteral("agent")), Access::ViaLookup);
    QCOMPARE(Authorizer::access(Endpoint::PostEvents, QStringLiteral("nobody")), Access::Denied);
}

void TestRoles::agent_profileAfterLookupOnly()
{
    const QByteArray agent = credentialFor(QStringLiteral("agent"));
    QCOMPARE(m_http->get(QStringLiteral("/v1/profiles/p-1001"), agent).status, 403);

    const HttpResponse lookup = m_http->get(QStringLiteral("/v1/profiles?phone=06%2012345678"), agent);
    QCOMPARE(lookup.status, 200);
    const QJsonArray candidates = lookup.body.value(QLatin1StringView("candidates")).toArray();
    QCOMPARE(candidates.size(), 1);
    QCOMPARE(candidates.first().toObject().value(QLatin1StringView("profileId")).toString(),
             QStringLiteral("p-1001"));

    const HttpResponse view = m_http->get(QStringLiteral("/v1/profiles/p-1001"), agent);
    QCOMPARE(view.status, 200);
    // Agents see contact data masked.
    QCOMPARE(view.body.value(QLatin1StringView("phone")).toString(),
             omnidesk::maskPhone(QStringLiteral("+31612345678")));
    QCOMPARE(view.body.value(QLatin1StringView("email")).toString(), QStringLiteral("m\u2026@example.com"));

    const QList<AuditEntry> audit = m_server->store()->auditEntries(2);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.at(0).action, QStringLiteral("profile.view"));
    QCOMPARE(audit.at(0).actor, QStringLiteral("agent1"));
    QCOMPARE(audit.at(0).targets, QStringList{QStringLiteral("p-1001")});
    QCOMPARE(audit.at(1).action, QStringLiteral("profile.lookup"));

    // Another agent's lookup does not open it for agent2 (a fresh token).
    const QByteArray other =
        HttpTestClient::bearer(m_server->store()->issueToken(QStringLiteral("agent2"), m_now.addSecs(3600)));
    QCOMPARE(m_http->get(QStringLiteral("/v1/profiles/p-1001"), other).status, 403);
}

void TestRoles::agent_profileOfActiveCall()
{
    const QByteArray agent2 =
        HttpTestClient::bearer(m_server->store()->issueToken(QStringLiteral("agent2"), m_now.addSecs(3600)));
    QCOMPARE(m_http->get(QStringLiteral("/v1/profiles/p-1002"), agent2).status, 403);
    HttpResponse call = m_http->post(
        QStringLiteral("/v1/calls"),
        R"({"callId":"c-active","event":"connected","ani":"+31687654321","agent":"agent2"})", kKey);
    QCOMPARE(call.status, 200);
    const QString profileId = call.body.value(QLatin1StringView("profileId")).toString();
    QVERIFY(!profileId.isEmpty());
    QCOMPARE(m_http->get(QStringLiteral("/v1/profiles/") + profileId, agent2).status, 200);
    QCOMPARE(m_server->store()->auditEntries(1).first().detail, QStringLiteral("via=call"));

    call = m_http->post(QStringLiteral("/v1/calls"),
                        R"({"callId":"c-active","event":"ended","agent":"agent2"})", kKey);
    QCOMPARE(call.status, 200);
    QCOMPARE(m_http->get(QStringLiteral("/v1/profiles/") + profileId, agent2).status, 403);
}

void TestRoles::store_lookupGrantExpires()
{
    const QByteArray store = credentialFor(QStringLiteral("store"));
    QCOMPARE(m_http->get(QStringLiteral("/v1/profiles?email=sanne.bakker%40example.com"), store).status, 200);
    const QString sanne = m_server->store()->auditEntries(1).first().targets.value(0);
    QVERIFY(!sanne.isEmpty());
    QCOMPARE(m_http->get(QStringLiteral("/v1/profiles/") + sanne, store).status, 200);

    const QDateTime before = m_now;
    m_now = m_now.addSecs(HttpApi::kLookupGrantSecs + 1);
    const int status = m_http->get(QStringLiteral("/v1/profiles/") + sanne, store).status;
    m_now = before;
    QCOMPARE(status, 403);
}

void TestRoles::removedUser_tokenRefused()
{
    Store *store = m_server->store();
    QVERIFY(
        store->addUser({QStringLiteral("leaver"), QStringLiteral("Lee Leaver"), QStringLiteral("supervisor")},
                       QStringLiteral("not-used"), 1000));
    const QByteArray token =
        HttpTestClient::bearer(store->issueToken(QStringLiteral("leaver"), m_now.addSecs(60)));
    QCOMPARE(m_http->get(QStringLiteral("/v1/profiles?q=Marta"), token).status, 200);
    QVERIFY(store->removeUser(QStringLiteral("leaver")));
    QCOMPARE(m_http->get(QStringLiteral("/v1/profiles?q=Marta"), token).status, 401);
}

void TestRoles::revokedKey_refused()
{
    Store *store = m_server->store();
    QVERIFY(store->addApiKey(QStringLiteral("temp"), QStringLiteral("temp-key-123"), m_now));
    const QByteArray key("Bearer temp-key-123");
    QCOMPARE(m_http->get(QStringLiteral("/metrics"), key).status, 200);
    QCOMPARE(store->revokeApiKeys(QStringLiteral("temp")), 1);
    QCOMPARE(m_http->get(QStringLiteral("/metrics"), key).status, 401);
}

void TestRoles::reveal_needsAReasonAndIsAudited()
{
    const QString path = QStringLiteral("/v1/interactions/") + QString::number(m_outcomeId);
    const auto reveals = [this] {
        int n = 0;
        for (const AuditEntry &entry : m_server->store()->auditEntries(1000))
            n += entry.action == QLatin1StringView("interaction.reveal") ? 1 : 0;
        return n;
    };
    const int before = reveals();
    const QByteArray supervisor = credentialFor(QStringLiteral("supervisor"));

    // Masked without a reveal; the name is nowhere in the answer.
    const HttpResponse masked = m_http->get(path, supervisor);
    QCOMPARE(masked.status, 200);
    QCOMPARE(masked.body[QLatin1StringView("customer")].toString(), QStringLiteral("M. v. J."));
    QVERIFY(!masked.raw.contains("Marta"));

    // No reason, a blank one, a too short one: 400, nothing revealed or audited.
    for (const QString &query :
         {QStringLiteral("?reveal"), QStringLiteral("?reveal="), QStringLiteral("?reveal=%20%20%20%20%20%20"),
          QStringLiteral("?reveal=why")}) {
        const HttpResponse refused = m_http->get(path + query, supervisor);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), QStringLiteral("invalid_query"));
        QVERIFY2(refused.body[QLatin1StringView("error")][QLatin1StringView("message")].toString().startsWith(
                     QLatin1StringView("reveal:")),
                 qPrintable(query));
        QVERIFY(!refused.raw.contains("Marta"));
    }
    QCOMPARE(m_http->get(path + QStringLiteral("?reveal=Complaint&reveal=again"), supervisor).status, 400);

    // An agent may not reveal, with or without a reason; that is not audited as a reveal.
    const HttpResponse agent = m_http->get(path + QStringLiteral("?reveal=Complaint%204711"),
                                           credentialFor(QStringLiteral("agent")));
    QCOMPARE(agent.status, 403);
    QVERIFY(!agent.raw.contains("Marta"));
    QCOMPARE(reveals(), before);

    // A supervisor with a reason sees the name, and the reason is in the audit trail.
    const HttpResponse revealed =
        m_http->get(path + QStringLiteral("?reveal=Complaint%204711%20callback"), supervisor);
    QCOMPARE(revealed.status, 200);
    QCOMPARE(revealed.body[QLatin1StringView("customer")].toString(), QStringLiteral("Marta van Jansen"));
    QCOMPARE(reveals(), before + 1);
    const AuditEntry last = m_server->store()->auditEntries(1).first();
    QCOMPARE(last.action, QStringLiteral("interaction.reveal"));
    QCOMPARE(last.actor, QStringLiteral("super1"));
    QCOMPARE(last.targets.size(), 1);
    QVERIFY2(last.detail.contains(QStringLiteral("outcome=%1").arg(m_outcomeId)), qPrintable(last.detail));
    QVERIFY2(last.detail.contains(QLatin1StringView("reason=Complaint 4711 callback")),
             qPrintable(last.detail));
}

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
