#include "OpenRequest.h"

#include <QTest>
#include <QUrl>

using namespace omnidesk;

class TestOpenRequest : public QObject
{
    Q_OBJECT
private slots:
    void parse_acceptsCustomerLinks_data();
    void parse_acceptsCustomerLinks();
    void parse_acceptsCallLinks_data();
    void parse_acceptsCallLinks();
    void parse_refusesBadLinks_data();
    void parse_refusesBadLinks();
    void toUrl_roundTrips_data();
    void toUrl_roundTrips();
    void toUrl_isEmptyForInvalid();
};

void TestOpenRequest::parse_acceptsCustomerLinks_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("id");
    QTest::newRow("plain id") << "omnidesk://customer/p-1001"
                              << "p-1001";
    QTest::newRow("trailing slash") << "omnidesk://customer/p-1001/"
                                    << "p-1001";
    QTest::newRow("upper-case scheme and target") << "OMNIDESK://Customer/p-1001"
                                                  << "p-1001";
    QTest::newRow("percent-encoded dash") << "omnidesk://customer/p%2D1001"
                                          << "p-1001";
    QTest::newRow("dots, colons, underscores") << "omnidesk://customer/crm:acct_42.7"
                                               << "crm:acct_42.7";
    QTest::newRow("128 characters") << QStringLiteral("omnidesk://customer/") + QString(128, u'a')
                                    << QString(128, u'a');
}

void TestOpenRequest::parse_acceptsCustomerLinks()
{
    QFETCH(QString, link);
    QFETCH(QString, id);
    const OpenRequest request = parseOmnideskUrl(QUrl(link, QUrl::StrictMode));
    QVERIFY2(request.isValid(), qPrintable(request.error));
    QCOMPARE(request.kind, OpenRequest::Kind::Customer);
    QCOMPARE(request.customerId, id);
    QVERIFY(request.ani.isEmpty());
}

void TestOpenRequest::parse_acceptsCallLinks_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("ani");
    QTest::newRow("E.164 with plus") << "omnidesk://call?ani=+31612345678"
                                     << "+31612345678";
    QTest::newRow("plus encoded as %2B") << "omnidesk://call?ani=%2B31612345678"
                                         << "+31612345678";
    QTest::newRow("slash before query") << "omnidesk://call/?ani=%2B31612345678"
                                        << "+31612345678";
    QTest::newRow("national number") << "omnidesk://call?ani=0612345678"
                                     << "0612345678";
    QTest::newRow("spaces, dashes, brackets") << "omnidesk://call?ani=%2B31%20(6)%201234-56.78"
                                              << "+31612345678";
    QTest::newRow("short extension") << "omnidesk://call?ani=112"
                                     << "112";
    QTest::newRow("15 digits") << "omnidesk://call?ani=123456789012345"
                               << "123456789012345";
    QTest::newRow("other parameters ignored") << "omnidesk://call?callId=c-1&ani=%2B4930123456"
                                              << "+4930123456";
}

void TestOpenRequest::parse_acceptsCallLinks()
{
    QFETCH(QString, link);
    QFETCH(QString, ani);
    const OpenRequest request = parseOmnideskUrl(QUrl(link, QUrl::StrictMode));
    QVERIFY2(request.isValid(), qPrintable(request.error));
    QCOMPARE(request.kind, OpenRequest::Kind::Call);
    QCOMPARE(request.ani, ani);
    QVERIFY(request.customerId.isEmpty());
}

void TestOpenRequest::parse_refusesBadLinks_data()
{
    QTest::addColumn<QString>("link");
    QTest::newRow("empty") << "";
    QTest::newRow("other scheme") << "https://customer/p-1001";
    QTest::newRow("no authority") << "omnidesk:customer/p-1001";
    QTest::newRow("unknown target") << "omnidesk://settings/p-1001";
    QTest::newRow("customer without id") << "omnidesk://customer/";
    QTest::newRow("customer without path") << "omnidesk://customer";
    QTest::newRow("customer with two segments") << "omnidesk://customer/p-1/timeline";
    QTest::newRow("customer with encoded slash") << "omnidesk://customer/p-1%2Ftimeline";
    QTest::newRow("customer id with space") << "omnidesk://customer/p%201001";
    QTest::newRow("customer id starting with dot") << "omnidesk://customer/.hidden";
    QTest::newRow("customer id of 129 characters")
        << QStringLiteral("omnidesk://customer/") + QString(129, u'a');
    QTest::newRow("customer with query") << "omnidesk://customer/p-1001?x=1";
    QTest::newRow("user info") << "omnidesk://someone@customer/p-1001";
    QTest::newRow("port") << "omnidesk://customer:8080/p-1001";
    QTest::newRow("fragment") << "omnidesk://customer/p-1001#notes";
    QTest::newRow("call without ani") << "omnidesk://call";
    QTest::newRow("call with empty ani") << "omnidesk://call?ani=";
    QTest::newRow("call with letters") << "omnidesk://call?ani=%2B31abc45678";
    QTest::newRow("call with 16 digits") << "omnidesk://call?ani=1234567890123456";
    QTest::newRow("call with 2 digits") << "omnidesk://call?ani=12";
    QTest::newRow("call with plus inside") << "omnidesk://call?ani=31%2B612345678";
    QTest::newRow("call with two ani") << "omnidesk://call?ani=0612345678&ani=0687654321";
    QTest::newRow("call with a path") << "omnidesk://call/0612345678";
    QTest::newRow("over-long link") << QStringLiteral("omnidesk://call?ani=0612345678&pad=") +
                                           QString(3000, u'x');
}

void TestOpenRequest::parse_refusesBadLinks()
{
    QFETCH(QString, link);
    const OpenRequest request = parseOmnideskUrl(QUrl(link, QUrl::StrictMode));
    QVERIFY(!request.isValid());
    QCOMPARE(request.kind, OpenRequest::Kind::Invalid);
    QVERIFY(!request.error.isEmpty());
    QVERIFY(request.customerId.isEmpty());
    QVERIFY(request.ani.isEmpty());
}

void TestOpenRequest::toUrl_roundTrips_data()
{
    QTest::addColumn<QString>("link");
    QTest::newRow("customer") << "omnidesk://customer/p-1001";
    QTest::newRow("call with plus") << "omnidesk://call?ani=%2B31612345678";
    QTest::newRow("call without plus") << "omnidesk://call?ani=0612345678";
}

void TestOpenRequest::toUrl_roundTrips()
{
    QFETCH(QString, link);
    const OpenRequest request = parseOmnideskUrl(QUrl(link, QUrl::StrictMode));
    QVERIFY2(request.isValid(), qPrintable(request.error));
    QCOMPARE(request.toUrl().toString(QUrl::FullyEncoded), link);
    QCOMPARE(parseOmnideskUrl(request.toUrl()), request);
}

void TestOpenRequest::toUrl_isEmptyForInvalid()
{
    QVERIFY(OpenRequest().toUrl().isEmpty());
}

QTEST_GUILESS_MAIN(TestOpenRequest)
#include "tst_openrequest.moc"
