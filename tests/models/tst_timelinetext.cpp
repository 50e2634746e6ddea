// Tests TimelineText: the wording of a timeline line from an event's facts, in
// English (what the service stores) and in the reader's language, and which
// facts are sent so that a desktop words the line the same way.
#include "Catalogues.h"
#include "TimelineText.h"
#include "Wording.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace omnidesk;

namespace {

Wording wordingFor(const QString &language)
{
    return Wording(Catalogues::load(language), language);
}

QJsonObject factsOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestTimelineText : public QObject
{
    Q_OBJECT
private slots:
    void summary_wordsEachTypeInItsLanguage_data();
    void summary_wordsEachTypeInItsLanguage();
    void summary_unknownTypeIsTheNoteElseTheType();
    void factsToSend_wordTheSameAsTheStoredBody_data();
    void factsToSend_wordTheSameAsTheStoredBody();
    void factsToSend_leaveOutWhatNoWordingReads();
    void factsToSend_cutLongTranscripts();
    void canWord_needsAKnownTypeAndFactsVersion_data();
    void canWord_needsAKnownTypeAndFactsVersion();
};

void TestTimelineText::summary_wordsEachTypeInItsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("facts");
    QTest::addColumn<QString>("expected");

    const QByteArray phoneCase =
        R"({"v":1,"currency":"EUR","lines":[{"name":"Phone case","quantity":1,"unitPrice":1900}]})";
    QTest::newRow("en cart.add") << "en"
                                 << "cart.add" << phoneCase
                                 << QStringLiteral("Added Phone case (1 \u00d7 EUR 19.00)");
    QTest::newRow("en cart.remove") << "en"
                                    << "cart.remove" << phoneCase
                                    << QStringLiteral("Removed Phone case (1 \u00d7 EUR 19.00)");
    QTest::newRow("en purchase, one item")
        << "en"
        << "purchase" << QByteArray(R"({"v":1,"currency":"EUR","orderTotal":79900,"lines":[{"quantity":1}]})")
        << "Purchased 1 item (EUR 799.00)";
    QTest::newRow("en purchase, three items")
        << "en"
        << "purchase"
        << QByteArray(R"({"v":1,"currency":"EUR","orderTotal":5000,"lines":[{"quantity":1},{"quantity":2}]})")
        << "Purchased 3 items (EUR 50.00)";
    QTest::newRow("en purchase, no lines")
        << "en"
        << "purchase" << QByteArray(R"({"v":1,"currency":"EUR","orderTotal":2550})")
        << "Placed an order (EUR 25.50)";
    QTest::newRow("en page view") << "en"
                                  << "web.pageview" << QByteArray(R"({"v":1,"page":"Phones"})")
                                  << "Viewed page \"Phones\"";
    QTest::newRow("en page view, no name")
        << "en"
        << "web.pageview" << QByteArray(R"({"v":1})") << "Viewed a web page";
    QTest::newRow("en product view") << "en"
                                     << "product.view"
                                     << QByteArray(
                                            R"({"v":1,"lines":[{"name":"Phone X15"},{"name":"Charger"}]})")
                                     << "Viewed Phone X15, Charger";
    QTest::newRow("en email sent") << "en"
                                   << "email.sent" << QByteArray(R"({"v":1,"note":"Welcome"})")
                                   << "Was sent email \"Welcome\"";
    QTest::newRow("en email opened, no subject")
        << "en"
        << "email.opened" << QByteArray(R"({"v":1})") << "Opened email";
    QTest::newRow("en sms sent") << "en"
                                 << "sms.sent" << QByteArray(R"({"v":1,"note":"Reserved"})")
                                 << "Was sent an SMS: Reserved";
    QTest::newRow("en sms clicked") << "en"
                                    << "sms.clicked" << QByteArray(R"({"v":1})")
                                    << "Clicked a link in an SMS";
    QTest::newRow("en store visit")
        << "en"
        << "store.visit"
        << QByteArray(
               R"({"v":1,"store":"Utrecht","note":"compared plans","currency":"EUR","lines":[{"name":"TV","quantity":1,"unitPrice":50000}]})")
        << QStringLiteral("Visited store Utrecht: compared plans; interested in TV (1 \u00d7 EUR 500.00)");
    QTest::newRow("en cart open") << "en"
                                  << "cart.open" << QByteArray(R"({"v":1})") << "Started a cart";
    QTest::newRow("en checkout") << "en"
                                 << "checkout" << phoneCase
                                 << QStringLiteral("Started checkout: Phone case (1 \u00d7 EUR 19.00)");
    QTest::newRow("en any push action")
        << "en"
        << "push.dismissed" << QByteArray(R"({"v":1})") << "Acted on a push notification";
    QTest::newRow("en bot resolved") << "en"
                                     << "bot.conversation"
                                     << QByteArray(R"({"v":1,"handedOver":false,"summary":"Order status"})")
                                     << "Bot conversation, resolved by the bot: Order status";
    QTest::newRow("en bot, handover unknown")
        << "en"
        << "bot.conversation" << QByteArray(R"({"v":1,"transcript":"Customer:  hi\nBot: hello"})")
        << "Bot conversation: Customer: hi Bot: hello";
    QTest::newRow("en call")
        << "en"
        << "call"
        << QByteArray(
               R"({"v":1,"direction":"inbound","durationSeconds":290,"outcome":"callback","note":"compare plans"})")
        << "Inbound call (5 min), outcome: callback: compare plans";
    QTest::newRow("en consent") << "en"
                                << "consent.update"
                                << QByteArray(R"({"v":1,"consents":{"email":"granted","sms":"denied"}})")
                                << "Marketing consent: email granted, SMS denied";

    // Logged outcomes: the disposition and follow-up channel by their names.
    QTest::newRow("en call outcome")
        << "en"
        << "call.outcome"
        << QByteArray(
               R"({"v":1,"disposition":"callback","followUp":{"due":"2026-11-25","channel":"email"},"note":"Wants the 5G plan"})")
        << QStringLiteral("Call outcome: Call back; follow up by Email on 2026-11-25 — Wants the 5G plan");
    QTest::newRow("pt_BR store outcome")
        << "pt_BR"
        << "store.outcome" << QByteArray(R"({"v":1,"disposition":"purchase_intent"})")
        << QStringLiteral("Visita à loja: Intenção de compra");
    QTest::newRow("en step accepted")
        << "en"
        << "recommendation.accepted" << QByteArray(R"({"v":1,"title":"Offer to complete the order"})")
        << "Accepted recommendation: Offer to complete the order";
    QTest::newRow("de step dismissed")
        << "de"
        << "recommendation.dismissed"
        << QByteArray(R"({"v":1,"title":"Offer to complete the order","reason":"Not ready"})")
        << "Empfehlung abgelehnt: Offer to complete the order (Not ready)";
    QTest::newRow("es purchase intent")
        << "es"
        << "purchase.intent"
        << QByteArray(
               R"({"v":1,"currency":"EUR","lines":[{"name":"Phone X15","quantity":1,"unitPrice":79900},{"name":"Case","quantity":2,"unitPrice":1900}]})")
        << QStringLiteral("Intención de compra: 1 × Phone X15, 2 × Case (EUR 837.00)");

    QTest::newRow("pt_BR cart.add") << "pt_BR"
                                    << "cart.add" << phoneCase
                                    << QStringLiteral("Adicionou Phone case (1 \u00d7 EUR 19.00)");
    QTest::newRow("pt_BR purchase, two items")
        << "pt_BR"
        << "purchase" << QByteArray(R"({"v":1,"currency":"BRL","orderTotal":1000,"lines":[{"quantity":2}]})")
        << "Comprou 2 itens (BRL 10.00)";
    QTest::newRow("pt_BR purchase, one item")
        << "pt_BR"
        << "purchase" << QByteArray(R"({"v":1,"currency":"BRL","orderTotal":1000,"lines":[{"quantity":1}]})")
        << "Comprou 1 item (BRL 10.00)";
    QTest::newRow("pt_BR call") << "pt_BR"
                                << "call"
                                << QByteArray(R"({"v":1,"direction":"inbound","durationSeconds":60})")
                                << QStringLiteral("Liga\u00e7\u00e3o recebida (1 min)");
    QTest::newRow("de email opened") << "de"
                                     << "email.opened" << QByteArray(R"({"v":1,"note":"Ihr Warenkorb"})")
                                     << QStringLiteral("E-Mail \u201eIhr Warenkorb\u201c ge\u00f6ffnet");
    QTest::newRow("de consent") << "de"
                                << "consent.update"
                                << QByteArray(R"({"v":1,"consents":{"email":"denied","phone":"granted"}})")
                                << "Werbeeinwilligung: E-Mail abgelehnt, Anrufe erlaubt";
    QTest::newRow("nl cart.add") << "nl"
                                 << "cart.add" << phoneCase
                                 << QStringLiteral("Phone case (1 \u00d7 EUR 19.00) toegevoegd");
    QTest::newRow("es page view") << "es"
                                  << "web.pageview" << QByteArray(R"({"v":1,"page":"Ofertas"})")
                                  << QStringLiteral("Vio la p\u00e1gina \u00abOfertas\u00bb");
}

void TestTimelineText::summary_wordsEachTypeInItsLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, type);
    QFETCH(QByteArray, facts);
    QFETCH(QString, expected);
    QCOMPARE(TimelineText::summary(type, factsOf(facts), wordingFor(language)), expected);
}

void TestTimelineText::summary_unknownTypeIsTheNoteElseTheType()
{
    const Wording english = wordingFor(QStringLiteral("en"));
    QCOMPARE(TimelineText::summary(QStringLiteral("loyalty.points"),
                                   factsOf(R"({"v":1,"note":"+200 points"})"), english),
             QStringLiteral("+200 points"));
    QCOMPARE(TimelineText::summary(QStringLiteral("loyalty.points"), QJsonObject(), english),
             QStringLiteral("loyalty.points"));
}

void TestTimelineText::factsToSend_wordTheSameAsTheStoredBody_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("body");
    // Bodies as ProfileEngine::bodyOf stores them: every field, empty ones included.
    QTest::newRow("cart.add")
        << "cart.add"
        << QByteArray(
               R"({"v":1,"currency":"EUR","orderTotal":0,"lines":[{"sku":"S-1","name":"Case","quantity":2,"unitPrice":1900}]})");
    QTest::newRow("purchase")
        << "purchase"
        << QByteArray(
               R"({"v":1,"currency":"EUR","orderTotal":3800,"purchaseId":"o-1","lines":[{"sku":"S-1","name":"Case","quantity":2,"unitPrice":1900}]})");
    QTest::newRow("product.view")
        << "product.view"
        << QByteArray(
               R"({"v":1,"currency":"","orderTotal":0,"lines":[{"sku":"S-1","name":"Case","quantity":1,"unitPrice":0}]})");
    QTest::newRow("email.clicked") << "email.clicked"
                                   << QByteArray(
                                          R"({"v":1,"currency":"","orderTotal":0,"lines":[],"note":"Sale"})");
    QTest::newRow("store.visit")
        << "store.visit"
        << QByteArray(
               R"({"v":1,"currency":"EUR","orderTotal":0,"store":"Utrecht","note":"n","lines":[{"sku":"S","name":"TV","quantity":1,"unitPrice":50000}]})");
    QTest::newRow("chat, summary and transcript")
        << "chat.handover"
        << QByteArray(R"({"v":1,"lines":[],"summary":"Billing","transcript":"Customer: hello","note":"x"})");
    QTest::newRow("bot, transcript only")
        << "bot.conversation"
        << QByteArray(R"({"v":1,"lines":[],"transcript":"Customer: where is my order?","handedOver":false})");
    QTest::newRow("call")
        << "call"
        << QByteArray(
               R"({"v":1,"lines":[],"direction":"outbound","durationSeconds":30,"outcome":"sale","note":"n"})");
    QTest::newRow("consent.update") << "consent.update"
                                    << QByteArray(R"({"v":1,"lines":[],"consents":{"phone":"denied"}})");
}

void TestTimelineText::factsToSend_wordTheSameAsTheStoredBody()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, body);
    const QJsonObject stored = factsOf(body);
    const QJsonObject sent = TimelineText::factsToSend(type, stored);
    QVERIFY(TimelineText::canWord(type, sent));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("pt_BR"), QStringLiteral("de")}) {
        const Wording wording = wordingFor(language);
        QCOMPARE(TimelineText::summary(type, sent, wording), TimelineText::summary(type, stored, wording));
    }
}

void TestTimelineText::factsToSend_leaveOutWhatNoWordingReads()
{
    const QJsonObject sent = TimelineText::factsToSend(
        QStringLiteral("purchase"),
        factsOf(
            R"({"v":1,"currency":"EUR","orderTotal":3800,"purchaseId":"o-1","lines":[{"sku":"S-1","name":"Case","quantity":2,"unitPrice":1900}]})"));
    QCOMPARE(sent, factsOf(R"({"v":1,"currency":"EUR","orderTotal":3800,"lines":[{"quantity":2}]})"));
    // Nothing to say beyond the type: the version alone.
    QCOMPARE(TimelineText::factsToSend(QStringLiteral("app.launch"),
                                       factsOf(R"({"v":1,"currency":"","orderTotal":0,"lines":[]})")),
             factsOf(R"({"v":1})"));
}

void TestTimelineText::factsToSend_cutLongTranscripts()
{
    const QString transcript = QStringLiteral("Customer: my internet drops every evening. ").repeated(40);
    const QJsonObject body{{QStringLiteral("v"), 1}, {QStringLiteral("transcript"), transcript}};
    const QJsonObject sent = TimelineText::factsToSend(QStringLiteral("bot.handover"), body);
    QCOMPARE(sent.value(QLatin1StringView("transcript")).toString().size(), TimelineText::kTranscriptChars);
    const Wording english = wordingFor(QStringLiteral("en"));
    const QString line = TimelineText::summary(QStringLiteral("bot.handover"), sent, english);
    QCOMPARE(line, TimelineText::summary(QStringLiteral("bot.handover"), body, english));
    QVERIFY(line.endsWith(QStringLiteral("\u2026")));
}

void TestTimelineText::canWord_needsAKnownTypeAndFactsVersion_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("facts");
    QTest::addColumn<bool>("expected");
    QTest::newRow("current facts") << "cart.add" << QByteArray(R"({"v":1,"lines":[]})") << true;
    QTest::newRow("any push type") << "push.dismissed" << QByteArray(R"({"v":1})") << true;
    QTest::newRow("stored before facts")
        << "cart.add" << QByteArray(R"({"lines":[],"currency":"EUR"})") << false;
    QTest::newRow("later facts version") << "cart.add" << QByteArray(R"({"v":2})") << false;
    QTest::newRow("version as text") << "cart.add" << QByteArray(R"({"v":"1"})") << false;
    QTest::newRow("no facts") << "cart.add" << QByteArray("{}") << false;
    QTest::newRow("unknown type") << "loyalty.points" << QByteArray(R"({"v":1})") << false;
}

void TestTimelineText::canWord_needsAKnownTypeAndFactsVersion()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, facts);
    QFETCH(bool, expected);
    QCOMPARE(TimelineText::canWord(type, factsOf(facts)), expected);
    QCOMPARE(TimelineText::factsToSend(type, factsOf(facts)).isEmpty(), !expected);
}

QTEST_GUILESS_MAIN(TestTimelineText)
#include "tst_timelinetext.moc"
