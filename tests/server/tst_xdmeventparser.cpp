// Tests XdmEventParser and PhoneNormalizer: the XDM fixtures in both
// spellings, derived event types, product lines, precise errors, E.164;
// every ingest type with its channel and timeline summary, consents; a
// batch parsed on the worker thread, from a JSON array or from the byte
// ranges EventBatchSplitter finds in a request body.
#include "Catalogues.h"
#include "EventBatchSplitter.h"
#include "PhoneNormalizer.h"
#include "ProfileEngine.h"
#include "TimelineText.h"
#include "Wording.h"
#include "XdmBatchParser.h"
#include "XdmEventParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace omnidesk;
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
    void phone_rememberedAnswersStayRight_data();
    void phone_rememberedAnswersStayRight();
    void ingestType_typeChannelAndSummary_data();
    void ingestType_typeChannelAndSummary();
    void consents_yesNoAndOthers_data();
    void consents_yesNoAndOthers();
    void order_purchaseIdAndTotal();
    void conversation_fieldsAndExcerpt();
    void identityNamespaces_canonicalCase();
    void batchParser_sameAsOneByOne_data();
    void batchParser_sameAsOneByOne();
    void splitter_findsEachEvent_data();
    void splitter_findsEachEvent();
    void splitter_otherShapesLeftToWholeParse_data();
    void splitter_otherShapesLeftToWholeParse();
    void batchParser_badJsonInSpans_rejectedAsJson_data();
    void batchParser_badJsonInSpans_rejectedAsJson();

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
    QTest::newRow("bad call direction")
        << QByteArray(R"({"_id":"a","timestamp":"2026-11-20T09:00:00Z","identityMap":{"ECID":[{"id":"x"}]},
                          "eventType":"omnidesk.call","_omnidesk":{"call":{"direction":"sideways"}}})")
        << QStringLiteral("events[3]._omnidesk.call.direction: expected inbound or outbound");
    QTest::newRow("handedOver not a boolean")
        << QByteArray(R"({"_id":"a","timestamp":"2026-11-20T09:00:00Z","identityMap":{"ECID":[{"id":"x"}]},
                          "eventType":"omnidesk.botConversation","_omnidesk":{"conversation":{"handedOver":"yes"}}})")
        << QStringLiteral("events[3]._omnidesk.conversation.handedOver: expected true or false");
    QTest::newRow("consent value not a string")
        << QByteArray(R"({"_id":"a","timestamp":"2026-11-20T09:00:00Z","identityMap":{"ECID":[{"id":"x"}]},
                          "consents":{"marketing":{"email":{"val":true}}}})")
        << QStringLiteral("events[3].consents.marketing.email.val: expected a string");
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

// toE164 remembers its answers: asked again, before and after the table
// fills up and starts afresh, it gives the same (right) answer.
void TestXdmEventParser::phone_rememberedAnswersStayRight_data()
{
    phone_data();
}

void TestXdmEventParser::phone_rememberedAnswersStayRight()
{
    QFETCH(QString, region);
    QFETCH(QString, input);
    QFETCH(QString, e164);
    const PhoneNormalizer phones(region);
    QCOMPARE(phones.toE164(input), e164);
    QCOMPARE(phones.toE164(input), e164);
    for (int i = 0; i <= PhoneNormalizer::kCacheSize; ++i)
        QCOMPARE(phones.toE164(QStringLiteral("+31 6 %1").arg(10000000 + i)),
                 QStringLiteral("+316%1").arg(10000000 + i));
    QCOMPARE(phones.toE164(input), e164);
    QCOMPARE(phones.toE164(QStringLiteral(" ") + input), e164);
}

void TestXdmEventParser::ingestType_typeChannelAndSummary_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("summary");
    const QByteArray head =
        R"({"_id":"e1","timestamp":"2026-11-20T09:00:00Z","identityMap":{"ECID":[{"id":"x"}]},)";
    const QByteArray phone =
        R"("productListItems":[{"SKU":"PH","name":"Phone X15","priceTotal":799,"currencyCode":"EUR"}])";
    QTest::newRow("productListOpens explicit")
        << head + R"("eventType":"commerce.productListOpens",)" + phone + "}" << QStringLiteral("cart.open")
        << QStringLiteral("web") << QStringLiteral("Started a cart with Phone X15 (1 \u00d7 EUR 799.00)");
    QTest::newRow("productListOpens measure")
        << head + R"("commerce":{"productListOpens":{"value":1}}})" << QStringLiteral("cart.open")
        << QStringLiteral("web") << QStringLiteral("Started a cart");
    QTest::newRow("productListViews")
        << head + R"("commerce":{"productListViews":{"value":1}}})" << QStringLiteral("cart.view")
        << QStringLiteral("web") << QStringLiteral("Looked at the cart");
    QTest::newRow("checkouts explicit")
        << head + R"("eventType":"commerce.checkouts",)" + phone + "}" << QStringLiteral("checkout")
        << QStringLiteral("web") << QStringLiteral("Started checkout: Phone X15 (1 \u00d7 EUR 799.00)");
    QTest::newRow("checkouts measure")
        << head + R"("commerce":{"checkouts":{"value":1}}})" << QStringLiteral("checkout")
        << QStringLiteral("web") << QStringLiteral("Started checkout");
    QTest::newRow("order explicit")
        << head +
               R"("eventType":"commerce.order","commerce":{"order":{"purchaseID":"o-1","priceTotal":799,"currencyCode":"EUR"}},)" +
               phone + "}"
        << QStringLiteral("purchase") << QStringLiteral("web")
        << QStringLiteral("Purchased 1 item (EUR 799.00)");
    QTest::newRow("order without purchases measure")
        << head + R"("commerce":{"order":{"purchaseID":"o-2","priceTotal":25.5,"currencyCode":"EUR"}}})"
        << QStringLiteral("purchase") << QStringLiteral("web")
        << QStringLiteral("Placed an order (EUR 25.50)");
    QTest::newRow("email delivered explicit")
        << head +
               R"("eventType":"directMarketing.emailDelivered","_omnidesk":{"note":"Your cart is waiting"}})"
        << QStringLiteral("email.delivered") << QStringLiteral("email")
        << QStringLiteral("Email delivered \"Your cart is waiting\"");
    QTest::newRow("email delivered measure")
        << head + R"("directMarketing":{"emailDelivered":{"value":1}}})" << QStringLiteral("email.delivered")
        << QStringLiteral("email") << QStringLiteral("Email delivered");
    QTest::newRow("email bounced explicit")
        << head + R"("eventType":"directMarketing.emailBounced"})" << QStringLiteral("email.bounced")
        << QStringLiteral("email") << QStringLiteral("Email bounced");
    QTest::newRow("email bounced measure")
        << head + R"("directMarketing":{"bounces":{"value":1}},"_omnidesk":{"note":"Welcome"}})"
        << QStringLiteral("email.bounced") << QStringLiteral("email")
        << QStringLiteral("Email bounced \"Welcome\"");
    QTest::newRow("email clicked") << head + R"("eventType":"directMarketing.emailClicked"})"
                                   << QStringLiteral("email.clicked") << QStringLiteral("email")
                                   << QStringLiteral("Clicked a link in email");
    QTest::newRow("push opened")
        << head +
               R"("eventType":"pushTracking.applicationOpened","_omnidesk":{"note":"Your order has shipped"}})"
        << QStringLiteral("push.opened") << QStringLiteral("push")
        << QStringLiteral("Opened a push notification: Your order has shipped");
    QTest::newRow("push custom action")
        << head + R"("eventType":"pushTracking.customAction"})" << QStringLiteral("push.action")
        << QStringLiteral("push") << QStringLiteral("Acted on a push notification");
    QTest::newRow("push sent") << head + R"("eventType":"omnidesk.pushSent"})" << QStringLiteral("push.sent")
                               << QStringLiteral("push") << QStringLiteral("Was sent a push notification");
    QTest::newRow("application launch explicit")
        << head + R"("eventType":"application.launch"})" << QStringLiteral("app.launch")
        << QStringLiteral("app") << QStringLiteral("Opened the app");
    QTest::newRow("application launches measure")
        << head + R"("application":{"launches":{"value":1}}})" << QStringLiteral("app.launch")
        << QStringLiteral("app") << QStringLiteral("Opened the app");
    QTest::newRow("sms sent")
        << head + R"("eventType":"omnidesk.smsSent","_omnidesk":{"note":"Your phone is reserved"}})"
        << QStringLiteral("sms.sent") << QStringLiteral("sms")
        << QStringLiteral("Was sent an SMS: Your phone is reserved");
    QTest::newRow("sms replied")
        << head + R"("eventType":"omnidesk.smsReplied","_omnidesk":{"note":"Call me tomorrow"}})"
        << QStringLiteral("sms.replied") << QStringLiteral("sms")
        << QStringLiteral("Replied by SMS: Call me tomorrow");
    QTest::newRow("sms replied, _omnidesk namespace")
        << head + R"("eventType":"_omnidesk.sms.replied"})" << QStringLiteral("sms.replied")
        << QStringLiteral("sms") << QStringLiteral("Replied by SMS");
    QTest::newRow("chat conversation")
        << head +
               R"("eventType":"omnidesk.chatConversation","_omnidesk":{"conversation":{"summary":"Asked about delivery times","handedOver":false}}})"
        << QStringLiteral("chat.conversation") << QStringLiteral("chat")
        << QStringLiteral("Chat with an agent: Asked about delivery times");
    QTest::newRow("chat handed over")
        << head +
               R"("eventType":"_omnidesk.chat.conversation","_omnidesk":{"conversation":{"summary":"Billing dispute","handedOver":true}}})"
        << QStringLiteral("chat.handover") << QStringLiteral("chat")
        << QStringLiteral("Chat, handed over to another team: Billing dispute");
    QTest::newRow("bot handed over")
        << head +
               R"("eventType":"omnidesk.botConversation","_omnidesk":{"conversation":{"summary":"Internet drops every evening","handedOver":true}}})"
        << QStringLiteral("bot.handover") << QStringLiteral("chat")
        << QStringLiteral("Bot conversation, handed over to an agent: Internet drops every evening");
    QTest::newRow("bot resolved, transcript only")
        << head +
               R"("eventType":"omnidesk.botConversation","_omnidesk":{"conversation":{"transcript":"Customer:  where is my order?\nBot: it ships today.","handedOver":false}}})"
        << QStringLiteral("bot.conversation") << QStringLiteral("chat")
        << QStringLiteral(
               "Bot conversation, resolved by the bot: Customer: where is my order? Bot: it ships today.");
    QTest::newRow("store visit with intent")
        << head +
               R"("eventType":"omnidesk.storeVisit","_omnidesk":{"store":{"name":"Utrecht"},"note":"compared TV packages"},)" +
               phone + "}"
        << QStringLiteral("store.visit") << QStringLiteral("store")
        << QStringLiteral(
               "Visited store Utrecht: compared TV packages; interested in Phone X15 (1 \u00d7 EUR 799.00)");
    QTest::newRow("store visit plain")
        << head + R"("eventType":"_omnidesk.store.visit"})" << QStringLiteral("store.visit")
        << QStringLiteral("store") << QStringLiteral("Visited a store");
    QTest::newRow("call with outcome")
        << head +
               R"("eventType":"omnidesk.call","_omnidesk":{"call":{"direction":"inbound","durationSeconds":290,"outcome":"callback"},"note":"wants to compare plans"}})"
        << QStringLiteral("call") << QStringLiteral("call")
        << QStringLiteral("Inbound call (5 min), outcome: callback: wants to compare plans");
    QTest::newRow("outbound call")
        << head + R"("eventType":"_omnidesk.call","_omnidesk":{"call":{"direction":"outbound"}}})"
        << QStringLiteral("call") << QStringLiteral("call") << QStringLiteral("Outbound call");
    QTest::newRow("consents only")
        << head + R"("consents":{"marketing":{"email":{"val":"y"},"sms":{"val":"n"},"call":{"val":"y"}}}})"
        << QStringLiteral("consent.update") << QStringLiteral("other")
        << QStringLiteral("Marketing consent: email granted, SMS denied, calls granted");
}

void TestXdmEventParser::ingestType_typeChannelAndSummary()
{
    QFETCH(QByteArray, body);
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QVERIFY2(doc.isObject(), body.constData());
    omnidesk::protocol::JsonError error;
    // Both spellings of the field names give the same event.
    const QJsonObject raw = doc.object();
    const auto event = XdmEventParser(&m_phones).parse(raw, QString(), &error);
    QVERIFY2(event, qPrintable(error.toString()));
    QTEST(event->type, "type");
    QTEST(event->channel, "channel");
    QTEST(ProfileEngine::summaryFor(*event), "summary");
    // A desktop words the line from the facts sent with it, the same way.
    const QJsonObject sent = TimelineText::factsToSend(event->type, ProfileEngine::bodyOf(*event));
    QVERIFY(TimelineText::canWord(event->type, sent));
    QTEST(TimelineText::summary(event->type, sent,
                                Wording(Catalogues::load(QStringLiteral("en")), QStringLiteral("en"))),
          "summary");
}

void TestXdmEventParser::consents_yesNoAndOthers_data()
{
    QTest::addColumn<QByteArray>("consents");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("sms");
    QTest::addColumn<QString>("phone");
    QTest::newRow("all three") << QByteArray(R"({"email":{"val":"y"},"sms":{"val":"n"},"call":{"val":"Y"}})")
                               << "granted"
                               << "denied"
                               << "granted";
    QTest::newRow("pending and unknown leave it")
        << QByteArray(R"({"email":{"val":"p"},"sms":{"val":"u"}})") << ""
        << ""
        << "";
    QTest::newRow("only sms") << QByteArray(R"({"sms":{"val":"y"}})") << ""
                              << "granted"
                              << "";
}

void TestXdmEventParser::consents_yesNoAndOthers()
{
    QFETCH(QByteArray, consents);
    const QByteArray body =
        R"({"xdm:_id":"c1","xdm:timestamp":"2026-11-20T09:00:00Z","xdm:identityMap":{"ECID":[{"xdm:id":"x"}]},)"
        R"("xdm:consents":{"xdm:marketing":)" +
        consents + "}}";
    omnidesk::protocol::JsonError error;
    // The prefixed form: stripPrefix only renames keys that carry it.
    const auto event =
        XdmEventParser(&m_phones).parse(QJsonDocument::fromJson(body).object(), QString(), &error);
    QVERIFY2(event, qPrintable(error.toString()));
    QTEST(event->consents.email, "email");
    QTEST(event->consents.sms, "sms");
    QTEST(event->consents.phone, "phone");
}

void TestXdmEventParser::order_purchaseIdAndTotal()
{
    // The XDM commerce fixture (an order with its purchaseID) inside a whole event.
    QJsonObject raw = loadFixture(QStringLiteral("experienceevent-commerce.example.1.json"));
    QVERIFY(!raw.isEmpty());
    raw.insert(QStringLiteral("xdm:_id"), QStringLiteral("order-1"));
    raw.insert(QStringLiteral("xdm:timestamp"), QStringLiteral("2026-11-20T09:00:00Z"));
    raw.insert(
        QStringLiteral("xdm:identityMap"),
        QJsonObject{{QStringLiteral("Email"),
                     QJsonArray{QJsonObject{{QStringLiteral("xdm:id"), QStringLiteral("a@b.example")}}}}});
    omnidesk::protocol::JsonError error;
    const auto event = XdmEventParser(&m_phones).parse(raw, QString(), &error);
    QVERIFY2(event, qPrintable(error.toString()));
    QCOMPARE(event->type, QStringLiteral("purchase"));
    QCOMPARE(event->purchaseId, QStringLiteral("a8g784hjq1mnp3"));
    QCOMPARE(event->orderTotal, 15900);
    QCOMPARE(event->currency, QStringLiteral("USD"));
    QCOMPARE(ProfileEngine::bodyOf(*event).value(QLatin1StringView("purchaseId")).toString(),
             QStringLiteral("a8g784hjq1mnp3"));
}

void TestXdmEventParser::conversation_fieldsAndExcerpt()
{
    const QString longTranscript = QString(2000, QLatin1Char('x'));
    QJsonObject raw =
        json(R"({"_id":"b1","timestamp":"2026-11-20T09:00:00Z","identityMap":{"ECID":[{"id":"x"}]},
        "eventType":"omnidesk.botConversation","_omnidesk":{"conversation":{"summary":"Router","handedOver":true}}})");
    QJsonObject extension = raw.value(QLatin1StringView("_omnidesk")).toObject();
    QJsonObject conversation = extension.value(QLatin1StringView("conversation")).toObject();
    conversation.insert(QStringLiteral("transcript"), longTranscript);
    extension.insert(QStringLiteral("conversation"), conversation);
    raw.insert(QStringLiteral("_omnidesk"), extension);
    omnidesk::protocol::JsonError error;
    const auto event = XdmEventParser(&m_phones).parse(raw, QString(), &error);
    QVERIFY2(event, qPrintable(error.toString()));
    QCOMPARE(event->conversationSummary, QStringLiteral("Router"));
    QCOMPARE(event->transcript.size(), XdmEventParser::kTranscriptExcerpt);
    QCOMPARE(event->handedOver, std::optional<bool>(true));
    const QJsonObject body = ProfileEngine::bodyOf(*event);
    QCOMPARE(body.value(QLatin1StringView("handedOver")).toBool(), true);
    QCOMPARE(body.value(QLatin1StringView("transcript")).toString().size(),
             XdmEventParser::kTranscriptExcerpt);
}

void TestXdmEventParser::identityNamespaces_canonicalCase()
{
    const QJsonObject raw = json(R"({"_id":"n1","timestamp":"2026-11-20T09:00:00Z","identityMap":{
        "LOYALTYID":[{"id":"L-77"}],"crmid":[{"id":"CRM-1"}],"ecid":[{"id":"E-1"}],"AVID":[{"id":"A-1"}]}})");
    omnidesk::protocol::JsonError error;
    const auto event = XdmEventParser(&m_phones).parse(raw, QString(), &error);
    QVERIFY2(event, qPrintable(error.toString()));
    QVERIFY(event->identities.contains(Identity{QStringLiteral("loyaltyId"), QStringLiteral("L-77")}));
    QVERIFY(event->identities.contains(Identity{QStringLiteral("CRMID"), QStringLiteral("CRM-1")}));
    QVERIFY(event->identities.contains(Identity{QStringLiteral("ECID"), QStringLiteral("E-1")}));
    QVERIFY(event->identities.contains(Identity{QStringLiteral("AVID"), QStringLiteral("A-1")}));
    for (const Identity &identity : event->identities)
        QVERIFY(!identity.isShared());
}

namespace {

// `size` events with phone numbers (the normalizer's table is shared with the
// worker thread); element `invalidAt` lacks its timestamp, or is a number.
QJsonArray batchOf(int size, int invalidAt, bool notAnObject)
{
    QJsonArray events;
    for (int i = 0; i < size; ++i) {
        if (i == invalidAt && notAnObject) {
            events.append(i);
            continue;
        }
        QJsonObject event{
            {QStringLiteral("_id"), QStringLiteral("e-%1").arg(i)},
            {QStringLiteral("identityMap"),
             QJsonObject{{QStringLiteral("Phone"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("id"), QStringLiteral("06 1234 %1").arg(1000 + i % 50)}}}}}}};
        if (i != invalidAt)
            event.insert(QStringLiteral("timestamp"), QStringLiteral("2026-11-20T09:00:00Z"));
        events.append(event);
    }
    return events;
}

} // namespace

void TestXdmEventParser::batchParser_sameAsOneByOne_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("invalidAt"); // -1: none
    QTest::addColumn<bool>("notAnObject");
    QTest::addColumn<bool>("fromSpans"); // the request body split by EventBatchSplitter
    for (const bool spans : {false, true}) {
        const char *from = spans ? "body" : "array";
        QTest::addRow("all valid, 500, %s", from) << 500 << -1 << false << spans;
        QTest::addRow("one event, %s", from) << 1 << -1 << false << spans;
        QTest::addRow("first invalid, %s", from) << 20 << 0 << false << spans;
        QTest::addRow("300th of 500 invalid, %s", from) << 500 << 299 << false << spans;
    }
    // Not split: the body goes to the whole-body parse (splitter tests).
    QTest::newRow("last is a number, array") << 64 << 63 << true << false;
}

// The worker thread's events and first error are those of parsing the batch
// one event after the other on the calling thread.
void TestXdmEventParser::batchParser_sameAsOneByOne()
{
    QFETCH(int, size);
    QFETCH(int, invalidAt);
    QFETCH(bool, notAnObject);
    QFETCH(bool, fromSpans);
    const QJsonArray events = batchOf(size, invalidAt, notAnObject);
    const XdmEventParser parser(&m_phones);
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    std::unique_ptr<XdmBatchParser> made;
    if (fromSpans) {
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("events"), events}}).toJson();
        std::optional<QList<EventBatchSplitter::Span>> spans = EventBatchSplitter::split(body, 500);
        QVERIFY(spans);
        QCOMPARE(spans->size(), size);
        made = std::make_unique<XdmBatchParser>(&parser, body, std::move(*spans), &pool);
    } else {
        made = std::make_unique<XdmBatchParser>(&parser, events, &pool);
    }
    XdmBatchParser &batch = *made;
    for (int i = 0; i < size; ++i) {
        QString error;
        const std::optional<IngestEvent> expected = XdmBatchParser::parseOne(parser, events, i, &error);
        const IngestEvent *parsed = batch.event(i);
        if (invalidAt >= 0 && i >= invalidAt) {
            QVERIFY2(!parsed, qPrintable(QStringLiteral("event %1 after the invalid one").arg(i)));
            continue;
        }
        QVERIFY(expected);
        QVERIFY2(parsed, qPrintable(QStringLiteral("event %1").arg(i)));
        QVERIFY2(*parsed == *expected, qPrintable(QStringLiteral("event %1 differs").arg(i)));
    }
    QString expectedError;
    if (invalidAt >= 0)
        QVERIFY(!XdmBatchParser::parseOne(parser, events, invalidAt, &expectedError));
    QCOMPARE(batch.firstError(), expectedError);
    QVERIFY(!batch.rejectedAsJson());
}

void TestXdmEventParser::splitter_findsEachEvent_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QList<QByteArray>>("events");
    QTest::newRow("compact") << QByteArray(R"({"events":[{"a":1},{"b":[2,{"c":3}]}]})")
                             << QList<QByteArray>{R"({"a":1})", R"({"b":[2,{"c":3}]})"};
    QTest::newRow("whitespace everywhere")
        << QByteArray(" \r\n{ \"events\"\t:\n [\n  {\"a\": 1} ,\r\n  { }\n ]\n}\n ")
        << QList<QByteArray>{R"({"a": 1})", "{ }"};
    QTest::newRow("brackets and quotes inside strings")
        << QByteArray(R"({"events":[{"a":"}]\"{["},{"b":"\\"},{"c":"x"}]})")
        << QList<QByteArray>{R"({"a":"}]\"{["})", R"({"b":"\\"})", R"({"c":"x"})"};
    QTest::newRow("one event") << QByteArray(R"({"events":[{"_id":"x"}]})")
                               << QList<QByteArray>{R"({"_id":"x"})"};
    // The splitter does not check an element beyond its brackets and strings;
    // the parse thread parses each one.
    QTest::newRow("bad JSON inside an element") << QByteArray(R"({"events":[{"a":nope},{"b":1,}]})")
                                                << QList<QByteArray>{R"({"a":nope})", R"({"b":1,})"};
}

// Each span is exactly the text of one element of the events array, in order.
void TestXdmEventParser::splitter_findsEachEvent()
{
    QFETCH(QByteArray, body);
    QFETCH(QList<QByteArray>, events);
    const std::optional<QList<EventBatchSplitter::Span>> spans = EventBatchSplitter::split(body, 500);
    QVERIFY(spans);
    QList<QByteArray> found;
    for (const EventBatchSplitter::Span &span : *spans)
        found.append(body.mid(span.offset, span.length));
    QCOMPARE(found, events);
}

void TestXdmEventParser::splitter_otherShapesLeftToWholeParse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("maxEvents");
    QTest::newRow("single event") << QByteArray(R"({"_id":"x"})") << 500;
    QTest::newRow("another key first") << QByteArray(R"({"x":1,"events":[{}]})") << 500;
    QTest::newRow("another key after") << QByteArray(R"({"events":[{}],"x":1})") << 500;
    QTest::newRow("key spelt with an escape") << QByteArray(R"({"event\u0073":[{}]})") << 500;
    QTest::newRow("key with a suffix") << QByteArray(R"({"eventsX":[{}]})") << 500;
    QTest::newRow("events not an array") << QByteArray(R"({"events":{}})") << 500;
    QTest::newRow("empty array") << QByteArray(R"({"events":[]})") << 500;
    QTest::newRow("a number among objects") << QByteArray(R"({"events":[{},1,{}]})") << 500;
    QTest::newRow("a string element") << QByteArray(R"({"events":["{}"]})") << 500;
    QTest::newRow("trailing comma") << QByteArray(R"({"events":[{},]})") << 500;
    QTest::newRow("missing comma") << QByteArray(R"({"events":[{}{}]})") << 500;
    QTest::newRow("unclosed element") << QByteArray(R"({"events":[{"a":[1}]})") << 500;
    QTest::newRow("element closed by a bracket") << QByteArray(R"({"events":[{"a":1]]})") << 500;
    QTest::newRow("unterminated string") << QByteArray(R"({"events":[{"a":"x}]})") << 500;
    QTest::newRow("missing final brace") << QByteArray(R"({"events":[{}])") << 500;
    QTest::newRow("bytes after the body") << QByteArray(R"({"events":[{}]} x)") << 500;
    QTest::newRow("two bodies") << QByteArray(R"({"events":[{}]}{"events":[{}]})") << 500;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"events\":[{}]}") << 500;
    QTest::newRow("array body") << QByteArray("[{}]") << 500;
    QTest::newRow("empty body") << QByteArray() << 500;
    QTest::newRow("more than the limit") << QByteArray(R"({"events":[{},{},{}]})") << 2;
}

// Whatever is not the usual batch shape is left to the whole-body parse, which
// gives the reply (413, the error message) for it.
void TestXdmEventParser::splitter_otherShapesLeftToWholeParse()
{
    QFETCH(QByteArray, body);
    QFETCH(int, maxEvents);
    QVERIFY(!EventBatchSplitter::split(body, maxEvents));
}

void TestXdmEventParser::batchParser_badJsonInSpans_rejectedAsJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("parsed");    // events handed out before the failure
    QTest::addColumn<bool>("rejected"); // rejectedAsJson()
    QTest::addColumn<QString>("error"); // firstError()
    const QByteArray ok =
        R"({"_id":"x","timestamp":"2026-11-20T09:00:00Z","identityMap":{"ECID":[{"id":"1"}]}})";
    const QByteArray noTime = R"({"_id":"y","identityMap":{"ECID":[{"id":"1"}]}})";
    const auto body = [](const QList<QByteArray> &events) {
        return "{\"events\":[" + events.join(',') + "]}";
    };
    QTest::newRow("syntax error in the 3rd") << body({ok, ok, R"({"_id":nope})", ok}) << 2 << true << "";
    QTest::newRow("invalid UTF-8 in the 2nd") << body({ok, "{\"_id\":\"\xC3\x28\"}", ok}) << 1 << true << "";
    QTest::newRow("overlong UTF-8 in the 2nd") << body({ok, "{\"_id\":\"\xC0\xAF\"}", ok}) << 1 << true << "";
    QTest::newRow("UTF-16 surrogate in the 2nd")
        << body({ok, "{\"_id\":\"\xED\xA0\x80\"}", ok}) << 1 << true << "";
    QTest::newRow("invalid event, bad JSON after it")
        << body({ok, noTime, ok, R"({"_id":1,})"}) << 1 << true << "events[1].timestamp: missing";
    QTest::newRow("invalid event, valid JSON after it")
        << body({ok, noTime, ok, ok}) << 1 << false << "events[1].timestamp: missing";
    QTest::newRow("element closed by a bracket of the other kind")
        << body({ok, R"({"a":[1}})", ok}) << 1 << true << "";
}

// An element that is not valid UTF-8 or JSON stops the batch there, and is
// reported as such even after an invalid event, so the caller can answer what
// a parse of the whole body answers.
void TestXdmEventParser::batchParser_badJsonInSpans_rejectedAsJson()
{
    QFETCH(QByteArray, body);
    QFETCH(int, parsed);
    std::optional<QList<EventBatchSplitter::Span>> spans = EventBatchSplitter::split(body, 500);
    QVERIFY(spans);
    const qsizetype count = spans->size();
    const XdmEventParser parser(&m_phones);
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    XdmBatchParser batch(&parser, body, std::move(*spans), &pool);
    for (qsizetype i = 0; i < count; ++i)
        QCOMPARE(batch.event(i) != nullptr, i < parsed);
    QTEST(batch.rejectedAsJson(), "rejected");
    QTEST(batch.firstError(), "error");
}

QTEST_GUILESS_MAIN(TestXdmEventParser)
#include "tst_xdmeventparser.moc"
