// Tests the HTTP side of ProfileServer over real sockets: FrontDoor limits
// (404/411/413/431), the hand-over to QHttpServer with the body in the same
// packet as the head, /v1/events, /v1/calls, /v1/profiles, /healthz and a
// table of bad bodies with their status and error code.
#include "HttpTestClient.h"
#include "ProfileServer.h"
#include "Store.h"
#include "XdmEventParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace omnidesk::server;

namespace {
const QByteArray kKey = "Bearer demo-integration-key";
using Response = test::HttpResponse;
} // namespace

class TestHttpApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void healthz_reportsOk();
    void events_acceptedThenDuplicate();
    void events_batch();
    void events_batchWithInvalidEvent_400AndNothingStored_data();
    void events_batchWithInvalidEvent_400AndNothingStored();
    void events_badJsonInSplitBatch_wholeBodyReplyNothingStored_data();
    void events_badJsonInSplitBatch_wholeBodyReplyNothingStored();
    void events_xdmFixtures_data();
    void events_xdmFixtures();
    void badBodies_data();
    void badBodies();
    void unknownPath_404Json();
    void postWithoutLength_411();
    void bodyTooLarge_413();
    void headersTooLarge_431();
    void bodyInSamePacketAsHead_isServed();
    void calls_exactMatchAndUnknownCaller();
    void profile_getAndNotFound();

private:
    Response request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                     const QByteArray &authorization = kKey);
    QByteArray raw(const QByteArray &bytes);
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->serverPort()).arg(path));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileServer> m_server;
    std::unique_ptr<test::HttpTestClient> m_http;
};

void TestHttpApi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const ServerOptions options = test::demoServerOptions(m_dir.path());
    m_server = std::make_unique<ProfileServer>();
    QVERIFY2(m_server->start(options), qPrintable(m_server->errorString()));
    m_http = std::make_unique<test::HttpTestClient>(m_server->serverPort());
    QVERIFY(m_server->serverPort() != 0);
}

void TestHttpApi::cleanupTestCase()
{
    m_server.reset();
}

Response TestHttpApi::request(const QByteArray &method, const QString &path, const QByteArray &body,
                              const QByteArray &authorization)
{
    return m_http->send(method, path, body, authorization);
}

// Sends bytes in one write and returns everything until the peer closes or a
// complete response (head + Content-Length body) is in.
QByteArray TestHttpApi::raw(const QByteArray &bytes)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(bytes);
    QByteArray data;
    QSignalSpy readable(&socket, &QTcpSocket::readyRead);
    while (true) {
        data += socket.readAll();
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end >= 0) {
            const qsizetype at = data.toLower().indexOf("content-length:");
            if (at >= 0) {
                const qsizetype eol = data.indexOf("\r\n", at);
                const qint64 length = data.mid(at + 15, eol - at - 15).trimmed().toLongLong();
                if (data.size() >= end + 4 + length)
                    return data;
            }
        }
        if (socket.state() != QAbstractSocket::ConnectedState || !readable.wait(5000))
            return data + socket.readAll();
    }
}

void TestHttpApi::events_xdmFixtures_data()
{
    QTest::addColumn<QString>("file");
    // The fixtures that are whole ExperienceEvents (the others are fragments).
    QTest::newRow("experienceevent.example.1 (commerce purchase)")
        << QStringLiteral("experienceevent.example.1.json");
    QTest::newRow("experienceevent.example.2 (web, eventMergeId)")
        << QStringLiteral("experienceevent.example.2.json");
    QTest::newRow("experienceevent.example.3 (app, place context)")
        << QStringLiteral("experienceevent.example.3.json");
}

// Each real XDM example goes through HTTP into SQLite, in the prefixed form it
// has in the XDM repository and in the unprefixed form the Web SDK sends.
void TestHttpApi::events_xdmFixtures()
{
    QFETCH(QString, file);
    QFile fixture(QStringLiteral(OMNIDESK_XDM_FIXTURES "/") + file);
    QVERIFY2(fixture.open(QIODevice::ReadOnly), qPrintable(fixture.fileName()));
    const QByteArray prefixed = fixture.readAll();
    const int eventsBefore = m_server->store()->eventCount();

    Response r = request("POST", QStringLiteral("/v1/events"), prefixed);
    QCOMPARE(r.status, 202);
    QCOMPARE(r.body.value(QLatin1StringView("accepted")).toInt(), 1);
    QCOMPARE(r.body.value(QLatin1StringView("duplicates")).toInt(), 0);
    QCOMPARE(r.body.value(QLatin1StringView("profiles")).toArray().size(), 1);
    QCOMPARE(m_server->store()->eventCount(), eventsBefore + 1);

    // The same document again: accepted as a duplicate, not stored twice.
    r = request("POST", QStringLiteral("/v1/events"), prefixed);
    QCOMPARE(r.status, 202);
    QCOMPARE(r.body.value(QLatin1StringView("duplicates")).toInt(), 1);
    QCOMPARE(m_server->store()->eventCount(), eventsBefore + 1);

    // Unprefixed (Web SDK) form of the same event under a new id: a new event for the same profile.
    QJsonObject unprefixed =
        XdmEventParser::stripPrefix(QJsonDocument::fromJson(prefixed).object()).toObject();
    QVERIFY(!unprefixed.contains(QLatin1StringView("xdm:timestamp")));
    QVERIFY(unprefixed.contains(QLatin1StringView("timestamp")));
    unprefixed.remove(QLatin1StringView("eventMergeId"));
    unprefixed.insert(QStringLiteral("@id"), QStringLiteral("unprefixed-") + file);
    const Response u = request("POST", QStringLiteral("/v1/events"),
                               QJsonDocument(unprefixed).toJson(QJsonDocument::Compact));
    QCOMPARE(u.status, 202);
    QCOMPARE(u.body.value(QLatin1StringView("duplicates")).toInt(), 0);
    QCOMPARE(u.body.value(QLatin1StringView("profiles")).toArray(),
             r.body.value(QLatin1StringView("profiles")).toArray());
    QCOMPARE(m_server->store()->eventCount(), eventsBefore + 2);
}

void TestHttpApi::healthz_reportsOk()
{
    const Response r = request("GET", QStringLiteral("/healthz"), {}, {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.value(QLatin1StringView("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(r.body.value(QLatin1StringView("store")).toString(), QStringLiteral("sqlite"));
    QCOMPARE(r.body.value(QLatin1StringView("version")).toString(), QStringLiteral(OMNIDESK_VERSION));
}

void TestHttpApi::events_acceptedThenDuplicate()
{
    const QByteArray event = R"({"xdm:_id":"http-1","xdm:timestamp":"2026-11-20T09:00:00.000Z",
        "xdm:identityMap":{"Email":[{"xdm:id":"new.customer@example.com"}]},
        "xdm:web":{"xdm:webPageDetails":{"xdm:pageViews":{"xdm:value":1}}}})";
    Response r = request("POST", QStringLiteral("/v1/events"), event);
    QCOMPARE(r.status, 202);
    QCOMPARE(r.body.value(QLatin1StringView("accepted")).toInt(), 1);
    QCOMPARE(r.body.value(QLatin1StringView("duplicates")).toInt(), 0);
    QCOMPARE(r.body.value(QLatin1StringView("profiles")).toArray().size(), 1);
    r = request("POST", QStringLiteral("/v1/events"), event);
    QCOMPARE(r.status, 202);
    QCOMPARE(r.body.value(QLatin1StringView("duplicates")).toInt(), 1);
}

void TestHttpApi::events_batch()
{
    const QByteArray body = R"({"events":[
        {"_id":"b-1","timestamp":"2026-11-20T09:00:00Z","identityMap":{"Phone":[{"id":"06 1111 2222"}]},
         "commerce":{"productListAdds":{"value":1}},
         "productListItems":[{"SKU":"A","name":"A","quantity":1,"priceTotal":10,"currencyCode":"EUR"}]},
        {"_id":"b-2","timestamp":"2026-11-20T09:01:00Z","identityMap":{"Phone":[{"id":"+31611112222"}]},
         "commerce":{"productListAdds":{"value":1}},
         "productListItems":[{"SKU":"B","name":"B","quantity":2,"priceTotal":4,"currencyCode":"EUR"}]}]})";
    const Response r = request("POST", QStringLiteral("/v1/events"), body);
    QCOMPARE(r.status, 202);
    QCOMPARE(r.body.value(QLatin1StringView("accepted")).toInt(), 2);
    const QJsonArray profiles = r.body.value(QLatin1StringView("profiles")).toArray();
    QCOMPARE(profiles.size(), 1); // both numbers normalise to the same identity
    const Response p = request("GET", QStringLiteral("/v1/profiles/") + profiles.first().toString());
    QCOMPARE(p.status, 200);
    QCOMPARE(
        p.body.value(QLatin1StringView("cart")).toObject().value(QLatin1StringView("lines")).toArray().size(),
        2);
}

void TestHttpApi::events_batchWithInvalidEvent_400AndNothingStored_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("invalidAt");
    QTest::addColumn<bool>("notAnObject");
    QTest::addColumn<QString>("message");
    QTest::newRow("second of two") << 2 << 1 << false << "events[1].timestamp: missing";
    QTest::newRow("250th of 300") << 300 << 250 << false << "events[250].timestamp: missing";
    QTest::newRow("last of 500") << 500 << 499 << false << "events[499].timestamp: missing";
    QTest::newRow("a number at 100 of 400") << 400 << 100 << true << "events[100]: expected an object";
}

// The batch's events are parsed on the parse thread while the first ones are
// already being stored: an invalid event late in the batch still answers 400
// with its error, and none of the batch's events stays stored.
void TestHttpApi::events_batchWithInvalidEvent_400AndNothingStored()
{
    QFETCH(int, size);
    QFETCH(int, invalidAt);
    QFETCH(bool, notAnObject);
    QFETCH(QString, message);
    const QString run = QString::fromLatin1(QTest::currentDataTag());
    QJsonArray events;
    QJsonArray valid;
    for (int i = 0; i < size; ++i) {
        QJsonObject event{
            {QStringLiteral("_id"), QStringLiteral("%1-%2").arg(run).arg(i)},
            {QStringLiteral("timestamp"),
             QStringLiteral("2026-11-20T10:%1:00Z").arg(i % 60, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("identityMap"),
             QJsonObject{{QStringLiteral("ECID"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("id"), QStringLiteral("%1-v%2").arg(run).arg(i % 7)}}}}}}};
        if (i != invalidAt) {
            valid.append(event);
            events.append(event);
        } else if (notAnObject) {
            events.append(i);
        } else {
            event.remove(QStringLiteral("timestamp"));
            events.append(event);
        }
    }
    const int eventsBefore = m_server->store()->eventCount();
    const Response r = request("POST", QStringLiteral("/v1/events"),
                               QJsonDocument(QJsonObject{{QStringLiteral("events"), events}}).toJson());
    QCOMPARE(r.status, 400);
    const QJsonObject error = r.body.value(QLatin1StringView("error")).toObject();
    QCOMPARE(error.value(QLatin1StringView("code")).toString(), QStringLiteral("invalid_event"));
    QCOMPARE(error.value(QLatin1StringView("message")).toString(), message);
    QCOMPARE(m_server->store()->eventCount(), eventsBefore);

    // The valid events alone are new to the service, none a duplicate.
    const Response again = request("POST", QStringLiteral("/v1/events"),
                                   QJsonDocument(QJsonObject{{QStringLiteral("events"), valid}}).toJson());
    QCOMPARE(again.status, 202);
    QCOMPARE(again.body.value(QLatin1StringView("accepted")).toInt(), size - 1);
    QCOMPARE(again.body.value(QLatin1StringView("duplicates")).toInt(), 0);
    QCOMPARE(again.body.value(QLatin1StringView("profiles")).toArray().size(), std::min(7, size - 1));
    QCOMPARE(m_server->store()->eventCount(), eventsBefore + size - 1);
}

void TestHttpApi::events_badJsonInSplitBatch_wholeBodyReplyNothingStored_data()
{
    QTest::addColumn<QList<QByteArray>>("events");
    QTest::addColumn<QString>("message"); // empty: Qt's parse error for the whole body
    const QByteArray noTime = R"({"_id":"%1-bad","identityMap":{"ECID":[{"id":"v"}]}})";
    QTest::newRow("syntax error in the 3rd of 4")
        << QList<QByteArray>{"ok", "ok", R"({"_id":nope})", "ok"} << QString();
    QTest::newRow("invalid UTF-8 in the 2nd")
        << QList<QByteArray>{"ok", "{\"_id\":\"\xC3\x28\"}", "ok"} << QStringLiteral("not valid UTF-8");
    QTest::newRow("overlong UTF-8 in the 2nd")
        << QList<QByteArray>{"ok", "{\"_id\":\"\xC0\xAF\"}", "ok"} << QStringLiteral("not valid UTF-8");
    QTest::newRow("invalid event, then a syntax error")
        << QList<QByteArray>{"ok", noTime, "ok", R"({"_id":"z",})"} << QString();
    QTest::newRow("syntax error in the last of 300")
        << (QList<QByteArray>(299, "ok") << R"({"_id":"z","timestamp":})") << QString();
}

// A batch of the usual shape is split and its events parsed one by one on the
// parse thread; bad JSON or UTF-8 in one of them still gets the reply a
// malformed body gets (the whole body's parse error and offset), and none of
// the events before it stays stored.
void TestHttpApi::events_badJsonInSplitBatch_wholeBodyReplyNothingStored()
{
    QFETCH(QList<QByteArray>, events);
    QFETCH(QString, message);
    const QByteArray run = QByteArray(QTest::currentDataTag()).replace(' ', '-');
    QList<QByteArray> texts;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QByteArray id = run + '-' + QByteArray::number(i);
        texts.append(events.at(i) == "ok" ? R"({"_id":")" + id + R"(","timestamp":"2026-11-20T09:00:00Z",)" +
                                                R"("identityMap":{"ECID":[{"id":")" + id + R"("}]}})"
                                          : QByteArray(events.at(i)).replace("%1", run));
    }
    const QByteArray body = "{\"events\": [\n" + texts.join(",\n") + "\n]}";
    if (message.isEmpty()) {
        QJsonParseError parseError{};
        QJsonDocument::fromJson(body, &parseError);
        QVERIFY(parseError.error != QJsonParseError::NoError);
        message =
            QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
    }
    const int eventsBefore = m_server->store()->eventCount();
    const Response r = request("POST", QStringLiteral("/v1/events"), body);
    QCOMPARE(r.status, 400);
    const QJsonObject error = r.body.value(QLatin1StringView("error")).toObject();
    QCOMPARE(error.value(QLatin1StringView("code")).toString(), QStringLiteral("invalid_json"));
    QCOMPARE(error.value(QLatin1StringView("message")).toString(), message);
    QCOMPARE(m_server->store()->eventCount(), eventsBefore);
}

void TestHttpApi::badBodies_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    const QByteArray ok =
        R"({"_id":"x","timestamp":"2026-11-20T09:00:00Z","identityMap":{"ECID":[{"id":"1"}]}})";
    QTest::newRow("no key") << QByteArray("/v1/events") << ok << QByteArray() << 401 << "unauthorized"
                            << "";
    QTest::newRow("wrong key") << QByteArray("/v1/events") << ok << QByteArray("Bearer nope") << 401
                               << "unauthorized"
                               << "";
    QTest::newRow("not json") << QByteArray("/v1/events") << QByteArray("{nope") << kKey << 400
                              << "invalid_json"
                              << "";
    QTest::newRow("array body") << QByteArray("/v1/events") << QByteArray("[]") << kKey << 400
                                << "invalid_json"
                                << "expected a JSON object";
    QTest::newRow("events not array")
        << QByteArray("/v1/events") << QByteArray(R"({"events":{}})") << kKey << 400 << "invalid_event"
        << "events: expected an array";
    QTest::newRow("missing timestamp in batch") << QByteArray("/v1/events")
                                                << QByteArray(R"({"events":[)") + ok + "," + ok + "," + ok +
                                                       R"(,{"_id":"y","identityMap":{"ECID":[{"id":"1"}]}}]})"
                                                << kKey << 400 << "invalid_event"
                                                << "events[3].timestamp: missing";
    QTest::newRow("element not object")
        << QByteArray("/v1/events") << QByteArray(R"({"events":[1]})") << kKey << 400 << "invalid_event"
        << "events[0]: expected an object";
    QByteArray big = R"({"events":[)";
    for (int i = 0; i < 501; ++i)
        big += (i ? "," : "") + ok;
    big += "]}";
    QTest::newRow("batch too large") << QByteArray("/v1/events") << big << kKey << 413 << "batch_too_large"
                                     << "";
    QTest::newRow("call no key") << QByteArray("/v1/calls") << QByteArray("{}") << QByteArray() << 401
                                 << "unauthorized"
                                 << "";
    QTest::newRow("call missing id") << QByteArray("/v1/calls")
                                     << QByteArray(
                                            R"({"event":"connected","ani":"+31612345678","agent":"a"})")
                                     << kKey << 400 << "invalid_call"
                                     << "callId: missing";
    QTest::newRow("call bad event") << QByteArray("/v1/calls")
                                    << QByteArray(R"({"callId":"c","event":"ringing","agent":"a"})") << kKey
                                    << 400 << "invalid_call"
                                    << "event: expected connected, ended or transferred";
    QTest::newRow("call missing ani")
        << QByteArray("/v1/calls") << QByteArray(R"({"callId":"c","event":"connected","agent":"a"})") << kKey
        << 400 << "invalid_call"
        << "ani: missing";
}

void TestHttpApi::badBodies()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, authorization);
    QFETCH(QString, message);
    const Response r = request("POST", QString::fromLatin1(path), body, authorization);
    QTEST(r.status, "status");
    const QJsonObject error = r.body.value(QLatin1StringView("error")).toObject();
    QTEST(error.value(QLatin1StringView("code")).toString(), "code");
    QVERIFY(!error.value(QLatin1StringView("message")).toString().isEmpty());
    if (!message.isEmpty())
        QCOMPARE(error.value(QLatin1StringView("message")).toString(), message);
}

void TestHttpApi::unknownPath_404Json()
{
    const Response r = request("GET", QStringLiteral("/v2/nothing"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body.value(QLatin1StringView("error")).toObject().value(QLatin1StringView("code")).toString(),
             QStringLiteral("not_found"));
    const Response wrongMethod = request("DELETE", QStringLiteral("/healthz"));
    QCOMPARE(wrongMethod.status, 404);
}

void TestHttpApi::postWithoutLength_411()
{
    const QByteArray response = raw("POST /v1/events HTTP/1.1\r\nHost: x\r\nAuthorization: " + kKey +
                                    "\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
    QVERIFY2(response.startsWith("HTTP/1.1 411"), response.constData());
    QVERIFY(response.contains("\"length_required\""));
}

void TestHttpApi::bodyTooLarge_413()
{
    // Refused from the head alone, before any of the body is read.
    const QByteArray response = raw("POST /v1/events HTTP/1.1\r\nHost: x\r\nAuthorization: " + kKey +
                                    "\r\nContent-Length: 1048577\r\n\r\n");
    QVERIFY2(response.startsWith("HTTP/1.1 413"), response.constData());
    QVERIFY(response.contains("\"body_too_large\""));
}

void TestHttpApi::headersTooLarge_431()
{
    const QByteArray response =
        raw("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Filler: " + QByteArray(17 * 1024, 'a') + "\r\n\r\n");
    QVERIFY2(response.startsWith("HTTP/1.1 431"), response.left(100).constData());
}

void TestHttpApi::bodyInSamePacketAsHead_isServed()
{
    const QByteArray body =
        R"({"_id":"packet-1","timestamp":"2026-11-20T09:00:00Z","identityMap":{"ECID":[{"id":"p"}]}})";
    const QByteArray response =
        raw("POST /v1/events HTTP/1.1\r\nHost: x\r\nAuthorization: " + kKey +
            "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n\r\n" + body);
    QVERIFY2(response.startsWith("HTTP/1.1 202"), response.constData());
    QVERIFY(response.contains("\"accepted\":1"));
}

void TestHttpApi::calls_exactMatchAndUnknownCaller()
{
    Response r = request("POST", QStringLiteral("/v1/calls"),
                         R"({"callId":"c-77","event":"connected","ani":"06 12345678","agent":"agent1"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.value(QLatin1StringView("match")).toString(), QStringLiteral("exact"));
    QCOMPARE(r.body.value(QLatin1StringView("delivered")).toInt(), 0);
    QVERIFY(!r.body.value(QLatin1StringView("profileId")).toString().isEmpty());
    // Routed whatever the state; the agent is not signed in.
    QCOMPARE(r.body.value(QLatin1StringView("agentState")).toString(), QStringLiteral("offline"));

    r = request("POST", QStringLiteral("/v1/calls"), R"({"callId":"c-77","event":"ended","agent":"agent1"})");
    QCOMPARE(r.status, 200);

    r = request("POST", QStringLiteral("/v1/calls"),
                R"({"callId":"c-78","event":"connected","ani":"+44 20 7946 0000","agent":"agent1"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.value(QLatin1StringView("match")).toString(), QStringLiteral("none"));
    QVERIFY(r.body.value(QLatin1StringView("profileId")).isNull());
}

void TestHttpApi::profile_getAndNotFound()
{
    Response r = request("GET", QStringLiteral("/v1/profiles/p-1001"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.value(QLatin1StringView("name")).toString(), QStringLiteral("Marta Jansen"));
    QCOMPARE(r.body.value(QLatin1StringView("phone")).toString(), QStringLiteral("+31612345678"));
    r = request("GET", QStringLiteral("/v1/profiles/p-9999"));
    QCOMPARE(r.status, 404);
    r = request("GET", QStringLiteral("/v1/profiles/p-1001"), {}, {});
    QCOMPARE(r.status, 401);
}

QTEST_GUILESS_MAIN(TestHttpApi)
#include "tst_httpapi.moc"
