// Tests XdmEventParser and PhoneNormalizer: the XDM fixtures in both
// spellings, derived event types, product lines, precise errors, E.164.
#include "PhoneNormalizer.h"
#include "XdmEventParser.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace omnidesk::server;

namespace {
QJsonObject loadFixture(const QString &name)
{
    QFile file(QDir(QStringLiteral(OMNIDESK_XDM_FIXTURES)).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}
} // namespace

class TestXdmEventParser : public QObject
{
    Q_OBJECT
private slots:
    void fixture_data();
    void fixture();
    void derivedType_data();
    void derivedType();
    void productLines_unitPriceInCents();
    void errors_data();
    void errors();
    void phone_data();
    void phone();

private:
    PhoneNormalizer m_phones{QStringLiteral("NL")};
};

void TestXdmEventParser::fixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("stripped");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("identities");
    for (const bool stripped : {false, true}) {
        const char *form = stripped ? "unprefixed" : "prefixed";
        QTest::addRow("example1 purchase %s", form)
            << QStringLiteral("experienceevent.example.1.json") << stripped
            << QStringLiteral("https://data.adobe.io/experienceid-123456") << QStringLiteral("purchase") << 3;
        QTest::addRow("example2 other %s", form)
            << QStringLiteral("experienceevent.example.2.json") << stripped
            << QStringLiteral("https://data.adobe.io/experienceid-2345678") << QStringLiteral("other") << 2;
        QTest::addRow("example3 poi %s", form)
            << QStringLiteral("experienceevent.example.3.json") << stripped
            << QStringLiteral("https://data.adobe.io/experienceid-23456782") << QStringLiteral("other") << 1;
    }
}

void TestXdmEventParser::fixture()
{
    QFETCH(QString, file);
    QFETCH(bool, stripped);
    QJsonObject raw = loadFixture(file);
    QVERIFY2(!raw.isEmpty(), qPrintable(file));
    if (stripped)
        raw = XdmEventParser::stripPrefix(raw).toObject();
    QCOMPARE(raw.contains(QLatin1StringView("xdm:timestamp")), !stripped);

    omnidesk::protocol::JsonError error;
    const auto event = XdmEventParser(&m_phones).parse(raw, QString(), &error);
    QVERIFY2(event, qPrintable(error.toString()));
    QTEST(event->id, "id");
    QTEST(event->type, "type");
    QTEST(int(event->identities.size()), "identities");
    QCOMPARE(event->at, QDateTime(QDate(2017, 9, 26), QTime(15, 52, 25), Qt::UTC));
}

void TestXdmEventParser::derivedType_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("channel");
    const QByteArray head =
        R"({"_id":"e1","timestamp":"2026-11-20T09:00:00Z","identityMap":{"ECID":[{"id":"x"}]},)";
    QTest::newRow("adds")
        << head + R"("commerce":{"productListAdds":{"value":1}},"productListItems":[{"SKU":"A"}]})"
        << QStringLiteral("cart.add") << QStringLiteral("web");
    QTest::newRow("removals")
        << head + R"("commerce":{"productListRemovals":{"value":1}},"productListItems":[{"SKU":"A"}]})"
        << QStringLiteral("cart.remove") << QStringLiteral("web");
    QTest::newRow("page view") << head + R"("web":{"webPageDetails":{"pageViews":{"value":1}}}})"
                               << QStringLiteral("web.pageview") << QStringLiteral("web");
    QTest::newRow("email opened") << head + R"("directMarketing":{"opens":{"value":1}}})"
                                  << QStringLiteral("email.opened") << QStringLiteral("email");
    QTest::newRow("email sent") << head + R"("directMarketing":{"sends":{"value":1}}})"
                                << QStringLiteral("email.sent") << QStringLiteral("email");
    QTest::newRow("store visit") << head + R"("eventType":"omnidesk.storeVisit"})"
                                 << QStringLiteral("store.visit") << QStringLiteral("store");
    QTest::newRow("sms sent") << head + R"("eventType":"omnidesk.smsSent"})" << QStringLiteral("sms.sent")
                              << QStringLiteral("sms");
    QTest::newRow("explicit xdm type")
        << head + R"("eventType":"commerce.productListAdds","productListItems":[{"SKU":"A"}]})"
        << QStringLiteral("cart.add") << QStringLiteral("web");
}

void TestXdmEventParser::derivedType()
{
    QFETCH(QByteArray, body);
    omnidesk::protocol::JsonError error;
    const auto event =
        XdmEventParser(&m_phones).parse(QJsonDocument::fromJson(body).object(), QString(), &error);
    QVERIFY2(event, qPrintable(error.toString()));
    QTEST(event->type, "type");
    QTEST(event->channel, "channel");
}

void TestXdmEventParser::productLines_unitPriceInCents()
{
    const QJsonObject raw = json(R"({"xdm:_id":"e2","xdm:timestamp":"2026-11-20T09:00:00.000Z",
        "xdm:identityMap":{"email":[{"xdm:id":"Marta.Jansen@Example.com"}],"Phone":[{"xdm:id":"06 1234 5678"}]},
        "xdm:commerce":{"xdm:productListAdds":{"xdm:value":1}},
        "xdm:productListItems":[{"xdm:SKU":"PH","xdm:name":"Phone","xdm:quantity":2,"xdm:priceTotal":1598.0,
                                  "xdm:currencyCode":"eur"}]})");
    omnidesk::protocol::JsonError error;
    const auto event = XdmEventParser(&m_phones).parse(raw, QString(), &error);
    QVERIFY2(event, qPrintable(error.toString()));
    QCOMPARE(event->lines.size(), 1);
    QCOMPARE(event->lines.first().quantity, 2);
    QCOMPARE(event->lines.first().unitPrice, 79900);
    QCOMPARE(event->currency, QStringLiteral("EUR"));
    QCOMPARE(event->identities.size(), 2);
    QVERIFY(event->identities.contains(
        Identity{QStringLiteral("Email"), QStringLiteral("marta.jansen@example.com")}));
    QVERIFY(event->identities.contains(Identity{QStringLiteral("Phone"), QStringLiteral("+31612345678")}));
}

void TestXdmEventParser::errors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("no id")
        << QByteArray(R"({"timestamp":"2026-11-20T09:00:00Z","identityMap":{"ECID":[{"id":"x"}]}})")
        << QStringLiteral("events[3]._id: missing (one of _id, @id, eventMergeId is required)");
    QTest::newRow("no timestamp") << QByteArray(R"({"_id":"a","identityMap":{"ECID":[{"id":"x"}]}})")
                                  << QStringLiteral("events[3].timestamp: missing");
    QTest::newRow("bad timestamp")
        << QByteArray(R"({"_id":"a","timestamp":"yesterday","identityMap":{"ECID":[{"id":"x"}]}})")
        << QStringLiteral("events[3].timestamp: expected an ISO 8601 time");
    QTest::newRow("no identityMap") << QByteArray(R"({"_id":"a","timestamp":"2026-11-20T09:00:00Z"})")
                                    << QStringLiteral("events[3].identityMap: missing");
    QTest::newRow("empty identityMap")
        << QByteArray(R"({"_id":"a","timestamp":"2026-11-20T09:00:00Z","identityMap":{}})")
        << QStringLiteral("events[3].identityMap: no identities");
    QTest::newRow("bad phone")
        << QByteArray(
               R"({"_id":"a","timestamp":"2026-11-20T09:00:00Z","identityMap":{"Phone":[{"id":"hello"}]}})")
        << QStringLiteral("events[3].identityMap.Phone[0].id: not a phone number");
    QTest::newRow("line without SKU")
        << QByteArray(R"({"_id":"a","timestamp":"2026-11-20T09:00:00Z","identityMap":{"ECID":[{"id":"x"}]},
                          "commerce":{"productListAdds":{"value":1}},"productListItems":[{"name":"x"}]})")
        << QStringLiteral("events[3].productListItems[0].SKU: missing");
    QTest::newRow("negative price")
        << QByteArray(R"({"_id":"a","timestamp":"2026-11-20T09:00:00Z","identityMap":{"ECID":[{"id":"x"}]},
                          "productListItems":[{"SKU":"A","priceTotal":-1}]})")
        << QStringLiteral("events[3].productListItems[0].priceTotal: expected a non-negative number");
}

void TestXdmEventParser::errors()
{
    QFETCH(QByteArray, body);
    omnidesk::protocol::JsonError error;
    const auto event = XdmEventParser(&m_phones).parse(QJsonDocument::fromJson(body).object(),
                                                       QStringLiteral("events[3]"), &error);
    QVERIFY(!event);
    QTEST(error.toString(), "message");
}

void TestXdmEventParser::phone_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("e164");
    QTest::newRow("NL mobile national") << "NL"
                                        << "06 1234 5678"
                                        << "+31612345678";
    QTest::newRow("NL international") << "NL"
                                      << "+31 (0)6-12345678"
                                      << "+31612345678";
    QTest::newRow("NL 00 prefix") << "NL"
                                  << "0031612345678"
                                  << "+31612345678";
    QTest::newRow("NL landline") << "NL"
                                 << "020 123 4567"
                                 << "+31201234567";
    QTest::newRow("DE default region") << "DE"
                                       << "030 1234567"
                                       << "+49301234567";
    QTest::newRow("foreign number keeps country") << "NL"
                                                  << "+32 470 12 34 56"
                                                  << "+32470123456";
    QTest::newRow("letters") << "NL"
                             << "call me"
                             << "";
    QTest::newRow("empty") << "NL"
                           << ""
                           << "";
    QTest::newRow("too short") << "NL"
                               << "12"
                               << "";
}

void TestXdmEventParser::phone()
{
    QFETCH(QString, region);
    QFETCH(QString, input);
    QTEST(PhoneNormalizer(region).toE164(input), "e164");
}

QTEST_GUILESS_MAIN(TestXdmEventParser)
#include "tst_xdmeventparser.moc"
