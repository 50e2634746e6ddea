// omnidesk-sim's JourneySimulator against the real service in-process: every
// journey event is accepted and applied, the profiles come out with their
// names and cross-channel timelines, and a call comes from a customer who
// left a cart, popping that customer with the abandoned cart (the seed case).
#include "HttpTestClient.h"
#include "JourneySimulator.h"
#include "ProfileServer.h"
#include "WsTestClient.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace omnidesk;
using namespace omnidesk::server;
using omnidesk::sim::JourneySimulator;

class TestJourneySimulator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void journeys_allAcceptedAndApplied();
    void call_fromACustomerWhoLeftACart();
    void badServer_failuresCounted();

private:
    JourneySimulator::Options options() const;
    double metric(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileServer> m_server;
};

void TestJourneySimulator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestJourneySimulator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<ProfileServer>();
    QVERIFY2(m_server->start(test::demoServerOptions(m_dir->path())), qPrintable(m_server->errorString()));
}

void TestJourneySimulator::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

JourneySimulator::Options TestJourneySimulator::options() const
{
    JourneySimulator::Options o;
    o.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
    o.apiKey = QStringLiteral("demo-integration-key");
    o.agent = QStringLiteral("agent1");
    o.callEveryMs = 0;
    o.journeysPerMinute = 60'000; // as fast as the loop allows
    o.maxJourneys = 40;
    o.customers = 1000;
    o.stepMs = 0;
    o.seed = 2026;
    o.progressEveryMs = 0;
    return o;
}

double TestJourneySimulator::metric(const QString &name) const
{
    test::HttpTestClient http(m_server->serverPort());
    const test::HttpResponse r = http.get(QStringLiteral("/metrics"), "Bearer demo-integration-key");
    for (const QString &line : QString::fromUtf8(r.raw).split(QLatin1Char('\n'))) {
        if (line.startsWith(name + QLatin1Char(' ')))
            return line.section(QLatin1Char(' '), 1, 1).toDouble();
    }
    return -1;
}

void TestJourneySimulator::journeys_allAcceptedAndApplied()
{
    const double before = metric(QStringLiteral("omnidesk_events_ingested_total"));
    QVERIFY(before >= 0);
    JourneySimulator simulator(options());
    QSignalSpy finished(&simulator, &JourneySimulator::finished);
    QStringList lines;
    connect(&simulator, &JourneySimulator::logLine, this, [&](const QString &line) { lines << line; });
    simulator.start();
    QVERIFY(finished.wait(60'000));
    const JourneySimulator::Counts &counts = simulator.counts();
    QCOMPARE(counts.journeys, 40);
    QCOMPARE(counts.failed, 0);
    QVERIFY2(lines.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
    QCOMPARE(counts.requests, counts.events());
    QVERIFY(counts.eventsByChannel.size() >= 4);
    QCOMPARE(metric(QStringLiteral("omnidesk_events_ingested_total")) - before, double(counts.events()));
    QVERIFY(simulator.summary().contains(QStringLiteral("failed 0")));
}

void TestJourneySimulator::call_fromACustomerWhoLeftACart()
{
    test::WsTestClient agent;
    QVERIFY(agent.signIn(m_server->serverPort(), QStringLiteral("agent1")));
    JourneySimulator::Options o = options();
    o.maxJourneys = 30;
    o.callEveryMs = 500;
    o.firstCallAfterMs = 1500; // after the journeys' events went out
    o.maxCalls = 1;
    o.callLengthMs = 300;
    o.cartChangeAfterMs = 100;
    JourneySimulator simulator(o);
    QSignalSpy finished(&simulator, &JourneySimulator::finished);
    simulator.start();
    const auto pop = agent.nextOf<protocol::CallConnected>();
    QVERIFY(pop);
    QCOMPARE(pop->call.match, QStringLiteral("exact"));
    QVERIFY(pop->call.ani.startsWith(QLatin1StringView("+3164")));
    QVERIFY(pop->call.profile);
    // Named at sign-in, with a cart left behind hours or days ago in the journey's time.
    QVERIFY(!pop->call.profile->name.isEmpty());
    QVERIFY2(!pop->call.profile->cart.lines.isEmpty(), qPrintable(pop->call.profile->id));
    QVERIFY(pop->call.profile->cart.abandonedSince.isValid());
    QVERIFY(pop->call.profile->timeline.size() >= 3);
    QVERIFY(finished.wait(30'000));
    QCOMPARE(simulator.counts().calls, 1);
    QCOMPARE(simulator.counts().failed, 0);
}

void TestJourneySimulator::badServer_failuresCounted()
{
    JourneySimulator::Options o = options();
    o.apiKey = QStringLiteral("not-a-key");
    o.maxJourneys = 2;
    JourneySimulator simulator(o);
    QSignalSpy finished(&simulator, &JourneySimulator::finished);
    QStringList lines;
    connect(&simulator, &JourneySimulator::logLine, this, [&](const QString &line) { lines << line; });
    simulator.start();
    QVERIFY(finished.wait(30'000));
    QVERIFY(simulator.counts().requests > 0);
    QCOMPARE(simulator.counts().failed, simulator.counts().requests);
    QVERIFY(!lines.isEmpty());
    QVERIFY(lines.constFirst().contains(QStringLiteral("HTTP 401")));
}

QTEST_GUILESS_MAIN(TestJourneySimulator)
#include "tst_journeysimulator.moc"
