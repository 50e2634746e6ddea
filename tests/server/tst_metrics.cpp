// Metrics: the exposition parses as Prometheus text 0.0.4 (every sample line
// is `name{labels} value`, every family has a TYPE, histogram buckets are
// cumulative), and GET /metrics moves its counters and gauges with real
// traffic: events, duplicates, calls with their delivery time, outcomes,
// WebSocket error frames and HTTP status codes.
#include "AgentGateway.h"
#include "HttpTestClient.h"
#include "Metrics.h"
#include "ProfileServer.h"
#include "ProtocolCodec.h"
#include "Store.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

using namespace omnidesk::protocol;
using namespace omnidesk::server;
using omnidesk::server::test::HttpResponse;
using omnidesk::server::test::HttpTestClient;

namespace {
const QByteArray kKey = "Bearer demo-integration-key";

// Parses an exposition into {"name{labels}" -> value}; fails the test (by
// returning false with a message) on any line that is not well formed.
bool parseExposition(const QByteArray &text, QHash<QString, double> *samples, QString *problem)
{
    static const QRegularExpression sampleLine(QStringLiteral(
        R"(^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*"(?:,[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*")*\})? ([-+]?(?:[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|Inf|NaN))$)"));
    static const QRegularExpression typeLine(
        QStringLiteral(R"(^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$)"));
    QSet<QString> typed;
    if (!text.endsWith('\n')) {
        *problem = QStringLiteral("no final newline");
        return false;
    }
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1StringView("# TYPE"))) {
            const auto m = typeLine.match(line);
            if (!m.hasMatch()) {
                *problem = QStringLiteral("bad TYPE line: ") + line;
                return false;
            }
            typed.insert(m.captured(1));
            continue;
        }
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const auto m = sampleLine.match(line);
        if (!m.hasMatch()) {
            *problem = QStringLiteral("bad sample line: ") + line;
            return false;
        }
        QString family = m.captured(1);
        for (const char *suffix : {"_bucket", "_sum", "_count"}) {
            const QString s = QString::fromLatin1(suffix);
            if (!typed.contains(family) && family.endsWith(s))
                family.chop(s.size());
        }
        if (!typed.contains(family)) {
            *problem = QStringLiteral("sample before its TYPE: ") + line;
            return false;
        }
        samples->insert(m.captured(1) + m.captured(2), m.captured(3).toDouble());
    }
    return true;
}
} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void exposition_parsesAndHistogramIsCumulative();
    void endpoint_contentTypeAndGauges();
    void endpoint_countersMove();

private:
    QHash<QString, double> scrape();

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileServer> m_server;
    std::unique_ptr<HttpTestClient> m_http;
};

void TestMetrics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const ServerOptions options = test::demoServerOptions(m_dir.path());
    m_server = std::make_unique<ProfileServer>();
    QVERIFY2(m_server->start(options), qPrintable(m_server->errorString()));
    m_http = std::make_unique<HttpTestClient>(m_server->serverPort());
}

void TestMetrics::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

QHash<QString, double> TestMetrics::scrape()
{
    const HttpResponse r = m_http->get(QStringLiteral("/metrics"), kKey);
    QHash<QString, double> samples;
    QString problem;
    if (r.status != 200 || !parseExposition(r.raw, &samples, &problem))
        qWarning("scrape failed: %d %s", r.status, qPrintable(problem));
    return samples;
}

void TestMetrics::exposition_parsesAndHistogramIsCumulative()
{
    Metrics metrics;
    metrics.countEventsIngested(3);
    metrics.countCall(QStringLiteral("connected"));
    metrics.countHttpResponse(202);
    metrics.countWsError(QStringLiteral("bad_frame"));
    metrics.observeCallDelivery(0.0004);
    metrics.observeCallDelivery(0.02);
    metrics.observeCallDelivery(7.0);
    metrics.setGauges([] { return qint64(4); }, [] { return qint64(9); });

    QHash<QString, double> s;
    QString problem;
    QVERIFY2(parseExposition(metrics.exposition(), &s, &problem), qPrintable(problem));
    QCOMPARE(s.value(QStringLiteral("omnidesk_events_ingested_total")), 3.0);
    QCOMPARE(s.value(QStringLiteral("omnidesk_calls_total{event=\"connected\"}")), 1.0);
    QCOMPARE(s.value(QStringLiteral("omnidesk_calls_total{event=\"ended\"}"), -1), 0.0);
    QCOMPARE(s.value(QStringLiteral("omnidesk_http_requests_total{code=\"202\"}")), 1.0);
    QCOMPARE(s.value(QStringLiteral("omnidesk_ws_errors_total{code=\"bad_frame\"}")), 1.0);
    QCOMPARE(s.value(QStringLiteral("omnidesk_agent_sessions")), 4.0);
    QCOMPARE(s.value(QStringLiteral("omnidesk_profiles")), 9.0);
    QCOMPARE(s.value(QStringLiteral("omnidesk_call_delivery_seconds_bucket{le=\"0.001\"}")), 1.0);
    QCOMPARE(s.value(QStringLiteral("omnidesk_call_delivery_seconds_bucket{le=\"0.025\"}")), 2.0);
    QCOMPARE(s.value(QStringLiteral("omnidesk_call_delivery_seconds_bucket{le=\"2.5\"}")), 2.0);
    QCOMPARE(s.value(QStringLiteral("omnidesk_call_delivery_seconds_bucket{le=\"+Inf\"}")), 3.0);
    QCOMPARE(s.value(QStringLiteral("omnidesk_call_delivery_seconds_count")), 3.0);
    QVERIFY(qAbs(s.value(QStringLiteral("omnidesk_call_delivery_seconds_sum")) - 7.0204) < 1e-9);
    double previous = 0;
    for (const double bound : Metrics::deliveryBuckets()) {
        const double count = s.value(QStringLiteral("omnidesk_call_delivery_seconds_bucket{le=\"%1\"}")
                                         .arg(QString::number(bound, 'g', 10)),
                                     -1);
        QVERIFY(count >= previous);
        previous = count;
    }
}

void TestMetrics::endpoint_contentTypeAndGauges()
{
    const HttpResponse r = m_http->get(QStringLiteral("/metrics"), kKey);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentType, QByteArray("text/plain; version=0.0.4"));
    QHash<QString, double> s;
    QString problem;
    QVERIFY2(parseExposition(r.raw, &s, &problem), qPrintable(problem));
    QCOMPARE(s.value(QStringLiteral("omnidesk_profiles")), double(m_server->store()->profileCount()));
    QCOMPARE(s.value(QStringLiteral("omnidesk_agent_sessions"), -1), 0.0);
    // No personal data anywhere in the output.
    QVERIFY(!r.raw.contains("Marta"));
    QVERIFY(!r.raw.contains("+316"));
}

void TestMetrics::endpoint_countersMove()
{
    const QHash<QString, double> before = scrape();
    const auto delta = [&before](const QHash<QString, double> &after, const char *key) {
        const QString k = QString::fromLatin1(key);
        return after.value(k) - before.value(k);
    };

    // Events: one new, then the same again.
    const QByteArray event =
        R"({"_id":"metrics-1","timestamp":"2026-11-20T09:00:00Z","identityMap":{"ECID":[{"id":"m-1"}]}})";
    QCOMPARE(m_http->post(QStringLiteral("/v1/events"), event, kKey).status, 202);
    QCOMPARE(m_http->post(QStringLiteral("/v1/events"), event, kKey).status, 202);
    QCOMPARE(m_http->post(QStringLiteral("/v1/events"), event, {}).status, 401);

    // An agent on the WebSocket: a call reaches it, a bad frame and an outcome (twice).
    QWebSocket socket{QString(), QWebSocketProtocol::VersionLatest};
    QList<Frame> frames;
    connect(&socket, &QWebSocket::textMessageReceived, this, [&frames](const QString &text) {
        const DecodeResult decoded = ProtocolCodec::decode(text);
        if (decoded.ok())
            frames.append(*decoded.frame);
    });
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QString(kSubprotocol)});
    QSignalSpy connected(&socket, &QWebSocket::connected);
    socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/agent").arg(m_server->serverPort())), options);
    QVERIFY(connected.wait(5000));
    Hello hello;
    hello.user = QStringLiteral("agent1");
    hello.password = QStringLiteral("demo");
    hello.client = QStringLiteral("tst/1");
    socket.sendTextMessage(QString::fromUtf8(ProtocolCodec::encode(Frame{hello, QStringLiteral("h1"), 0})));
    QTRY_COMPARE(frames.size(), 2); // welcome, snapshot

    const HttpResponse call =
        m_http->post(QStringLiteral("/v1/calls"),
                     R"({"callId":"c-m","event":"connected","ani":"+31612345678","agent":"agent1"})", kKey);
    QCOMPARE(call.status, 200);
    QCOMPARE(call.body.value(QLatin1StringView("delivered")).toInt(), 1);
    QTRY_COMPARE(frames.size(), 4); // call.connected, agent.state.changed (on_call)

    socket.sendTextMessage(QStringLiteral("not json"));
    QTRY_COMPARE(frames.size(), 5);

    OutcomeLog outcome;
    outcome.key = QStringLiteral("9a1c2f3e-0000-4000-8000-000000000001");
    outcome.callId = QStringLiteral("c-m");
    outcome.profileId = QStringLiteral("p-1001");
    outcome.disposition = QStringLiteral("sale");
    outcome.loggedAt = QDateTime::currentDateTimeUtc();
    // Counts the acks only: a stored outcome also patches the profile on the call.
    const auto acks = [&frames] {
        return std::count_if(frames.cbegin(), frames.cend(),
                             [](const Frame &f) { return std::holds_alternative<OutcomeAck>(f.message); });
    };
    socket.sendTextMessage(QString::fromUtf8(ProtocolCodec::encode(Frame{outcome, QStringLiteral("o1"), 0})));
    QTRY_COMPARE(acks(), 1);
    socket.sendTextMessage(QString::fromUtf8(ProtocolCodec::encode(Frame{outcome, QStringLiteral("o2"), 0})));
    QTRY_COMPARE(acks(), 2);

    const QHash<QString, double> during = scrape();
    QCOMPARE(during.value(QStringLiteral("omnidesk_agent_sessions")), 1.0);

    socket.close();
    QTRY_COMPARE(m_server->gateway()->liveConnectionCount(), 0);

    const QHash<QString, double> after = scrape();
    QCOMPARE(delta(after, "omnidesk_events_ingested_total"), 1.0);
    QCOMPARE(delta(after, "omnidesk_events_duplicate_total"), 1.0);
    QCOMPARE(delta(after, "omnidesk_calls_total{event=\"connected\"}"), 1.0);
    QCOMPARE(delta(after, "omnidesk_call_delivery_seconds_count"), 1.0);
    QCOMPARE(delta(after, "omnidesk_call_delivery_seconds_bucket{le=\"+Inf\"}"), 1.0);
    QVERIFY(delta(after, "omnidesk_call_delivery_seconds_sum") > 0);
    QCOMPARE(delta(after, "omnidesk_ws_errors_total{code=\"bad_frame\"}"), 1.0);
    QCOMPARE(delta(after, "omnidesk_outcomes_stored_total"), 1.0);
    QCOMPARE(delta(after, "omnidesk_outcomes_duplicate_total"), 1.0);
    QCOMPARE(delta(after, "omnidesk_http_requests_total{code=\"202\"}"), 2.0);
    QCOMPARE(delta(after, "omnidesk_http_requests_total{code=\"401\"}"), 1.0);
    // The scrapes themselves are counted (before the last one was answered).
    QCOMPARE(delta(after, "omnidesk_http_requests_total{code=\"200\"}"), 3.0);
    QCOMPARE(after.value(QStringLiteral("omnidesk_agent_sessions")), 0.0);
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
