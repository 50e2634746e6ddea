// JourneyScript, the journey generator of omnidesk-sim: the journeys are
// reproducible, every event is one the service's ingest parser accepts with
// the type the script meant, marketing goes only to customers who agreed to
// it, and the mix covers every channel of the product's story.
#include "JourneyScript.h"
#include "PhoneNormalizer.h"
#include "XdmEventParser.h"

#include <QJsonDocument>
#include <QTest>

using namespace omnidesk;
using namespace omnidesk::sim;

class TestJourneyScript : public QObject
{
    Q_OBJECT
private slots:
    void sameSeed_sameCustomersAndJourneys();
    void steps_inJourneyOrder();
    void everyEvent_acceptedByTheIngestParser();
    void marketing_onlyWithConsent();
    void mix_coversEveryChannelAndOutcome();
};

namespace {

QByteArray journeyText(const Journey &journey)
{
    QByteArray text;
    for (const JourneyStep &step : journey.steps)
        text += QByteArray::number(step.atMinutes) + step.channel.toUtf8() +
                QJsonDocument(step.event).toJson(QJsonDocument::Compact) + '\n';
    return text;
}

} // namespace

void TestJourneyScript::sameSeed_sameCustomersAndJourneys()
{
    JourneyScript a(42);
    JourneyScript b(42);
    JourneyScript other(43);
    QCOMPARE(a.customer(7).email, b.customer(7).email);
    QCOMPARE(a.customer(7).phone, QStringLiteral("+31640000007"));
    QVERIFY(a.customer(7).ecid != other.customer(7).ecid);
    bool differs = false;
    for (int i = 0; i < 50; ++i) {
        const Journey ja = a.journey(i % 10, i < 10);
        QCOMPARE(journeyText(ja), journeyText(b.journey(i % 10, i < 10)));
        differs = differs || journeyText(ja) != journeyText(other.journey(i % 10, i < 10));
    }
    QVERIFY(differs);
}

void TestJourneyScript::steps_inJourneyOrder()
{
    JourneyScript script(5);
    for (int i = 0; i < 300; ++i) {
        const Journey journey = i % 7 == 0 ? script.anonymousJourney() : script.journey(i, true);
        QVERIFY(!journey.steps.isEmpty());
        for (qsizetype s = 1; s < journey.steps.size(); ++s)
            QVERIFY2(journey.steps.at(s).atMinutes >= journey.steps.at(s - 1).atMinutes,
                     qPrintable(QString::fromUtf8(journeyText(journey))));
        // A journey spans at most a few days of its own time, and ends with
        // its last step or, for a cart left behind, at least 40 minutes later.
        QVERIFY(journey.endMinutes < 10 * 24 * 60);
        QVERIFY(journey.endMinutes >= journey.steps.constLast().atMinutes);
        if (journey.abandonedCart && !journey.purchased) {
            double lastCartChange = -1;
            for (const JourneyStep &step : journey.steps) {
                if (step.event.value(QLatin1StringView("eventType"))
                        .toString()
                        .startsWith(QLatin1StringView("commerce.productList")))
                    lastCartChange = step.atMinutes;
            }
            QVERIFY(journey.endMinutes >= lastCartChange + 40);
        }
    }
}

void TestJourneyScript::everyEvent_acceptedByTheIngestParser()
{
    const server::PhoneNormalizer phones(QStringLiteral("NL"));
    const server::XdmEventParser parser(&phones);
    JourneyScript script(11);
    int parsed = 0;
    for (int i = 0; i < 500; ++i) {
        const Journey journey = i % 10 == 0 ? script.anonymousJourney() : script.journey(i % 100, i < 100);
        for (const JourneyStep &step : journey.steps) {
            QJsonObject event = step.event;
            event.insert(QStringLiteral("_id"), QStringLiteral("e-%1").arg(parsed));
            event.insert(QStringLiteral("timestamp"), QStringLiteral("2026-11-20T10:00:00Z"));
            protocol::JsonError error;
            const auto ingest = parser.parse(event, QStringLiteral("event"), &error);
            QVERIFY2(ingest,
                     qPrintable(error.toString() + QLatin1Char(' ') +
                                QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact))));
            QVERIFY2(ingest->type != QLatin1StringView("other"),
                     qPrintable(QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact))));
            // The script's channel is the service's, except app page views (web in the service).
            if (step.channel != QLatin1StringView("app"))
                QCOMPARE(ingest->channel, step.channel);
            ++parsed;
        }
    }
    QVERIFY(parsed > 3000);
}

void TestJourneyScript::marketing_onlyWithConsent()
{
    JourneyScript script(3);
    int withoutEmail = 0;
    int withoutSms = 0;
    for (int i = 0; i < 2000; ++i) {
        const Journey journey = script.journey(i % 400, i < 400);
        for (const JourneyStep &step : journey.steps) {
            const QString type = step.event.value(QLatin1StringView("eventType")).toString();
            if (type.startsWith(QLatin1StringView("directMarketing.")))
                QVERIFY2(journey.customer.emailConsent, qPrintable(journey.customer.email));
            if (type == QLatin1StringView("omnidesk.smsSent"))
                QVERIFY2(journey.customer.smsConsent, qPrintable(journey.customer.phone));
        }
        withoutEmail += journey.customer.emailConsent ? 0 : 1;
        withoutSms += journey.customer.smsConsent ? 0 : 1;
    }
    // The population has customers on both sides of each consent.
    QVERIFY(withoutEmail > 100);
    QVERIFY(withoutSms > 100);
}

void TestJourneyScript::mix_coversEveryChannelAndOutcome()
{
    JourneyScript script(9);
    QHash<QString, int> types;
    int abandoned = 0;
    int purchased = 0;
    int abandonedThenPurchased = 0;
    const int journeys = 2000;
    for (int i = 0; i < journeys; ++i) {
        const Journey journey = script.journey(i % 500, i < 500);
        abandoned += journey.abandonedCart ? 1 : 0;
        purchased += journey.purchased ? 1 : 0;
        abandonedThenPurchased += journey.abandonedCart && journey.purchased ? 1 : 0;
        for (const JourneyStep &step : journey.steps)
            ++types[step.event.value(QLatin1StringView("eventType")).toString()];
    }
    for (const char *type :
         {"web.webpagedetails.pageViews", "commerce.productViews", "commerce.productListAdds",
          "commerce.productListRemovals", "commerce.checkouts", "commerce.purchases", "application.launch",
          "pushTracking.applicationOpened", "directMarketing.emailSent", "directMarketing.emailDelivered",
          "directMarketing.emailOpened", "directMarketing.emailClicked", "directMarketing.emailBounced",
          "omnidesk.smsSent", "omnidesk.smsReplied", "omnidesk.botConversation", "omnidesk.storeVisit"})
        QVERIFY2(types.value(QLatin1StringView(type)) > 0, type);
    // Most carts are left behind (the seed case); some come back and buy.
    QVERIFY2(abandoned > journeys / 4 && abandoned < journeys * 3 / 4,
             qPrintable(QString::number(abandoned)));
    QVERIFY(purchased > journeys / 10);
    QVERIFY(abandonedThenPurchased > 0);
}

QTEST_GUILESS_MAIN(TestJourneyScript)
#include "tst_journeyscript.moc"
