// GET /v1/profiles?phone=|email=|q=: normalisation of the query, every
// candidate with its reason, ordering (best reason, then most recent
// activity), the cap of 20, masking by role, invalid queries, and the audit
// row each lookup by a person writes (without the phone or email itself).
#include "HttpTestClient.h"
#include "ProfileLookup.h"
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

class TestLookup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void phone_nationalFormFindsProfile();
    void email_caseInsensitive();
    void name_substringNewestFirst();
    void id_rankedBeforeName();
    void atMostTwentyCandidates();
    void masking_byRole_data();
    void masking_byRole();
    void maskEmail_data();
    void maskEmail();
    void invalidQuery_data();
    void invalidQuery();
    void audit_lookupWithoutPersonalData();

private:
    QJsonArray candidates(const QString &query, const QByteArray &auth);
    QString ingestCustomer(const QString &id, const QString &name, const QString &ecid);

    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    std::unique_ptr<ProfileServer> m_server;
    std::unique_ptr<HttpTestClient> m_http;
    QByteArray m_agent;
    QByteArray m_supervisor;
};

void TestLookup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const ServerOptions options = test::demoServerOptions(m_dir.path());
    m_server = std::make_unique<ProfileServer>();
    m_server->setClock([this] { return m_now; });
    QVERIFY2(m_server->start(options), qPrintable(m_server->errorString()));
    m_http = std::make_unique<HttpTestClient>(m_server->serverPort());
    m_agent =
        HttpTestClient::bearer(m_server->store()->issueToken(QStringLiteral("agent1"), m_now.addDays(1)));
    m_supervisor =
        HttpTestClient::bearer(m_server->store()->issueToken(QStringLiteral("super1"), m_now.addDays(1)));
}

void TestLookup::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

QJsonArray TestLookup::candidates(const QString &query, const QByteArray &auth)
{
    const HttpResponse r = m_http->get(QStringLiteral("/v1/profiles?") + query, auth);
    if (r.status != 200)
        qWarning("lookup answered %d", r.status);
    return r.body.value(QLatin1StringView("candidates")).toArray();
}

// Ingests one event that names a customer, one second after the previous one,
// and returns the profile id.
QString TestLookup::ingestCustomer(const QString &id, const QString &name, const QString &ecid)
{
    m_now = m_now.addSecs(1);
    const QByteArray event = QStringLiteral(R"({"_id":"%1","timestamp":"2026-11-20T08:00:00Z",
        "identityMap":{"ECID":[{"id":"%2"}]},"_omnidesk":{"customer":{"name":"%3"}}})")
                                 .arg(id, ecid, name)
                                 .toUtf8();
    const HttpResponse r = m_http->post(QStringLiteral("/v1/events"), event, kKey);
    return r.body.value(QLatin1StringView("profiles")).toArray().first().toString();
}

void TestLookup::phone_nationalFormFindsProfile()
{
    const QJsonArray list = candidates(QStringLiteral("phone=06%2012%2034%2056%2078"), m_supervisor);
    QCOMPARE(list.size(), 1);
    const QJsonObject c = list.first().toObject();
    QCOMPARE(c.value(QLatin1StringView("profileId")).toString(), QStringLiteral("p-1001"));
    QCOMPARE(c.value(QLatin1StringView("name")).toString(), QStringLiteral("Marta Jansen"));
    QCOMPARE(c.value(QLatin1StringView("phone")).toString(), QStringLiteral("+31612345678"));
    QCOMPARE(c.value(QLatin1StringView("reason")).toString(), QStringLiteral("phone matches"));
    QCOMPARE(c.value(QLatin1StringView("tier")).toString(), QStringLiteral("gold"));
    QVERIFY(c.value(QLatin1StringView("cartItems")).toInt() > 0);
    QVERIFY(c.value(QLatin1StringView("cartTotal")).toInteger() > 0);
    QCOMPARE(c.value(QLatin1StringView("currency")).toString(), QStringLiteral("EUR"));
    QVERIFY(candidates(QStringLiteral("phone=%2B44%2020%207946%200000"), m_supervisor).isEmpty());
}

void TestLookup::email_caseInsensitive()
{
    const QJsonArray list = candidates(QStringLiteral("email=Peter.DeVries%40Example.com"), m_supervisor);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QLatin1StringView("reason")).toString(),
             QStringLiteral("email matches"));
    QCOMPARE(list.first().toObject().value(QLatin1StringView("email")).toString(),
             QStringLiteral("peter.devries@example.com"));
}

void TestLookup::name_substringNewestFirst()
{
    const QString older = ingestCustomer(QStringLiteral("n-1"), QStringLiteral("\u00C5sa Lindqvist"),
                                         QStringLiteral("ecid-asa-1"));
    const QString newer = ingestCustomer(QStringLiteral("n-2"), QStringLiteral("Karl LINDQVIST"),
                                         QStringLiteral("ecid-karl-1"));
    const QJsonArray list = candidates(QStringLiteral("q=lindq"), m_agent);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(QLatin1StringView("profileId")).toString(), newer);
    QCOMPARE(list.at(1).toObject().value(QLatin1StringView("profileId")).toString(), older);
    QCOMPARE(list.at(0).toObject().value(QLatin1StringView("reason")).toString(),
             QStringLiteral("name contains \"lindq\""));
    // Case folding is not limited to ASCII: "åsa" finds "Åsa".
    const QJsonArray folded = candidates(QStringLiteral("q=%C3%A5sa"), m_agent);
    QCOMPARE(folded.size(), 1);
    QCOMPARE(folded.first().toObject().value(QLatin1StringView("profileId")).toString(), older);
}

void TestLookup::id_rankedBeforeName()
{
    // A newer profile whose name contains the id of an older one: the exact id
    // match still comes first.
    const QString named = ingestCustomer(QStringLiteral("n-3"), QStringLiteral("Ref p-1002 Holder"),
                                         QStringLiteral("ecid-ref-1"));
    const QJsonArray list = candidates(QStringLiteral("q=p-1002"), m_agent);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(QLatin1StringView("profileId")).toString(),
             QStringLiteral("p-1002"));
    QCOMPARE(list.at(0).toObject().value(QLatin1StringView("reason")).toString(),
             QStringLiteral("id matches"));
    QCOMPARE(list.at(1).toObject().value(QLatin1StringView("profileId")).toString(), named);
}

void TestLookup::atMostTwentyCandidates()
{
    QString last;
    for (int i = 1; i <= 25; ++i)
        last = ingestCustomer(QStringLiteral("bulk-%1").arg(i), QStringLiteral("Bulk Customer %1").arg(i),
                              QStringLiteral("ecid-bulk-%1").arg(i));
    const QJsonArray list = candidates(QStringLiteral("q=BULK"), m_agent);
    QCOMPARE(list.size(), ProfileLookup::kMaxCandidates);
    QCOMPARE(list.first().toObject().value(QLatin1StringView("profileId")).toString(), last);
}

void TestLookup::masking_byRole_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("revealed");
    QTest::newRow("agent sees masked") << QStringLiteral("agent1") << false;
    QTest::newRow("store sees masked") << QStringLiteral("store1") << false;
    QTest::newRow("supervisor sees all") << QStringLiteral("super1") << true;
}

void TestLookup::masking_byRole()
{
    QFETCH(QString, user);
    QFETCH(bool, revealed);
    const QByteArray auth = HttpTestClient::bearer(m_server->store()->issueToken(user, m_now.addSecs(600)));
    const QJsonArray list = candidates(QStringLiteral("q=Marta"), auth);
    QCOMPARE(list.size(), 1);
    const QJsonObject c = list.first().toObject();
    QCOMPARE(c.value(QLatin1StringView("phone")).toString(),
             revealed ? QStringLiteral("+31612345678") : omnidesk::maskPhone(QStringLiteral("+31612345678")));
    QCOMPARE(c.value(QLatin1StringView("email")).toString(),
             revealed ? QStringLiteral("marta.jansen@example.com") : QStringLiteral("m\u2026@example.com"));
}

void TestLookup::maskEmail_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("masked");
    QTest::newRow("plain") << QStringLiteral("jan.visser@example.com")
                           << QStringLiteral("j\u2026@example.com");
    QTest::newRow("one letter") << QStringLiteral("j@x.org") << QStringLiteral("j\u2026@x.org");
    QTest::newRow("no at") << QStringLiteral("broken") << QStringLiteral("\u2026");
}

void TestLookup::maskEmail()
{
    QFETCH(QString, email);
    QTEST(ProfileLookup::maskEmail(email), "masked");
}

void TestLookup::invalidQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("no parameter") << QString();
    QTest::newRow("unknown parameter only") << QStringLiteral("name=Marta");
    QTest::newRow("empty phone") << QStringLiteral("phone=");
    QTest::newRow("blank q") << QStringLiteral("q=%20%20");
    QTest::newRow("q of one character") << QStringLiteral("q=M");
    QTest::newRow("phone that is no number") << QStringLiteral("phone=abc");
    QTest::newRow("two parameters") << QStringLiteral("phone=0612345678&email=a%40b.c");
}

void TestLookup::invalidQuery()
{
    QFETCH(QString, query);
    const int auditBefore = int(m_server->store()->auditEntries(1000).size());
    const HttpResponse r = m_http->get(QStringLiteral("/v1/profiles?") + query, m_agent);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_query"));
    QCOMPARE(int(m_server->store()->auditEntries(1000).size()), auditBefore);
}

void TestLookup::audit_lookupWithoutPersonalData()
{
    QCOMPARE(candidates(QStringLiteral("phone=%2B31612345678"), m_agent).size(), 1);
    const AuditEntry entry = m_server->store()->auditEntries(1).value(0);
    QCOMPARE(entry.actor, QStringLiteral("agent1"));
    QCOMPARE(entry.action, QStringLiteral("profile.lookup"));
    QCOMPARE(entry.targets, QStringList{QStringLiteral("p-1001")});
    QCOMPARE(entry.at, m_now);
    QCOMPARE(entry.detail, QStringLiteral("query=phone candidates=1"));
    QVERIFY(!entry.detail.contains(QStringLiteral("612345678")));

    QVERIFY(candidates(QStringLiteral("email=nobody%40example.com"), m_agent).isEmpty());
    const AuditEntry empty = m_server->store()->auditEntries(1).value(0);
    QCOMPARE(empty.detail, QStringLiteral("query=email candidates=0"));
    QVERIFY(empty.targets.isEmpty());
}

QTEST_GUILESS_MAIN(TestLookup)
#include "tst_lookup.moc"
