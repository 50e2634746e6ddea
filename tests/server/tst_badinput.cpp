// The bad-input suite (issue 7, docs/reliability.md): what a broken or
// hostile peer can send the real service in-process, each with the error
// code, close code or HTTP status docs/protocol.md promises, and after each
// the service still signs in a fresh client and answers /healthz.
// Covered elsewhere and not repeated here: not JSON, binary frames, unknown
// type with rid, a wrong disposition and the 4002 limit (tst_agentgateway
// badFrames_*, tooManyBadFrames_4002), hello timeout 4001 and heartbeat
// silence 4008 (tst_agentgateway), a replayed outcome (outcomeTwice_*),
// 411 / 413 / 431 and the missing-field bodies (tst_httpapi).
#include "AgentGateway.h"
#include "HttpTestClient.h"
#include "ProfileServer.h"
#include "ProtocolCodec.h"
#include "WsTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace omnidesk;
using namespace omnidesk::protocol;
using namespace omnidesk::server;

namespace {

const QByteArray kKey = "Bearer demo-integration-key";

// Counts the service's "too slow, closing" warnings (the service runs in
// this process), then hands every message on.
int g_tooSlowCloses = 0;
QtMessageHandler g_previousHandler = nullptr;
void countTooSlowCloses(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1StringView("too slow, closing")))
        ++g_tooSlowCloses;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// A WebSocket client that writes raw frames, so it can send what QWebSocket
// never would: invalid UTF-8, frames and messages over the limits, and a
// peer that stops reading.
class RawWebSocket
{
public:
    enum Opcode : quint8 { Continuation = 0x0, Text = 0x1, Close = 0x8 };

    bool open(quint16 port)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(5000))
            return false;
        socket.write(
            "GET /v1/agent HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
            "Sec-WebSocket-Protocol: omnidesk.v1\r\n\r\n");
        QSignalSpy readable(&socket, &QTcpSocket::readyRead);
        while (!m_in.contains("\r\n\r\n") && readable.wait(5000))
            m_in += socket.readAll();
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (end < 0 || !m_in.startsWith("HTTP/1.1 101"))
            return false;
        m_in.remove(0, end + 4);
        return true;
    }

    void sendFrame(quint8 opcode, const QByteArray &payload, bool fin = true)
    {
        QByteArray frame;
        frame.append(char((fin ? 0x80 : 0x00) | opcode));
        if (payload.size() < 126) {
            frame.append(char(0x80 | payload.size()));
        } else if (payload.size() <= 0xffff) {
            frame.append(char(0x80 | 126));
            uchar length[2];
            qToBigEndian(quint16(payload.size()), length);
            frame.append(reinterpret_cast<const char *>(length), 2);
        } else {
            frame.append(char(0x80 | 127));
            uchar length[8];
            qToBigEndian(quint64(payload.size()), length);
            frame.append(reinterpret_cast<const char *>(length), 8);
        }
        const quint32 mask = QRandomGenerator::global()->generate();
        uchar maskBytes[4];
        qToBigEndian(mask, maskBytes);
        frame.append(reinterpret_cast<const char *>(maskBytes), 4);
        QByteArray masked = payload;
        for (qsizetype i = 0; i < masked.size(); ++i)
            masked[i] = char(masked[i] ^ maskBytes[i % 4]);
        frame.append(masked);
        socket.write(frame);
    }

    // Writes the head of a masked text frame announcing `announced` payload
    // bytes, and only the first `sent` of them: a frame cut off mid-way.
    void sendHalfFrame(quint64 announced, qsizetype sent)
    {
        QByteArray frame;
        frame.append(char(0x80 | Text));
        frame.append(char(0x80 | 126));
        uchar length[2];
        qToBigEndian(quint16(announced), length);
        frame.append(reinterpret_cast<const char *>(length), 2);
        frame.append("\x11\x22\x33\x44", 4); // mask
        frame.append(QByteArray(sent, 'x'));
        socket.write(frame);
    }

    void signIn(const QString &user = QStringLiteral("agent1"))
    {
        Hello hello = test::WsTestClient::login(user);
        sendFrame(Text, ProtocolCodec::encode(Frame{hello, QStringLiteral("h1"), 0}));
    }

    // Reads frames until a close frame arrives or the connection ends;
    // returns the close code, or -1 when none came within the time.
    int waitCloseCode(int timeoutMs = 5000)
    {
        QSignalSpy readable(&socket, &QTcpSocket::readyRead);
        QSignalSpy gone(&socket, &QTcpSocket::disconnected);
        for (;;) {
            m_in += socket.readAll();
            if (const int code = takeCloseCode(); code >= 0)
                return code;
            if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
                return -1;
            if (!readable.wait(timeoutMs))
                return -1;
        }
    }

    QTcpSocket socket;

private:
    // Drops whole frames from the buffer; the close code of a close frame.
    int takeCloseCode()
    {
        for (;;) {
            if (m_in.size() < 2)
                return -1;
            const quint8 opcode = quint8(m_in[0]) & 0x0f;
            quint64 length = quint8(m_in[1]) & 0x7f;
            qsizetype header = 2;
            if (length == 126) {
                if (m_in.size() < 4)
                    return -1;
                length = qFromBigEndian<quint16>(m_in.constData() + 2);
                header = 4;
            } else if (length == 127) {
                if (m_in.size() < 10)
                    return -1;
                length = qFromBigEndian<quint64>(m_in.constData() + 2);
                header = 10;
            }
            if (quint64(m_in.size() - header) < length)
                return -1;
            if (opcode == Close)
                return length >= 2 ? qFromBigEndian<quint16>(m_in.constData() + header) : 1005;
            m_in.remove(0, header + qsizetype(length));
        }
    }

    QByteArray m_in;
};

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void wsBadFrames_errorAndConnectionStays_data();
    void wsBadFrames_errorAndConnectionStays();
    void wsInvalidUtf8_closes1007();
    void wsFrameOverLimit_closes1009();
    void wsMessageOverLimit_closes1009();
    void wsSlowReader_closes4009();
    void httpBadBodies_data();
    void httpBadBodies();
    void httpStalled_othersServedThenDropped();
    void httpKeepAlive_requestsShareConnection();
    void httpKeepAlive_furtherHeadsChecked_data();
    void httpKeepAlive_furtherHeadsChecked();
    void wsStalledMidFrame_othersServedThenClosed_data();
    void wsStalledMidFrame_othersServedThenClosed();

private:
    void verifyStillServing();

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileServer> m_server;
    std::unique_ptr<test::HttpTestClient> m_http;
};

void TestBadInput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<ProfileServer>();
    QVERIFY2(m_server->start(test::demoServerOptions(m_dir.path())), qPrintable(m_server->errorString()));
    m_http = std::make_unique<test::HttpTestClient>(m_server->serverPort());
}

void TestBadInput::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

void TestBadInput::init()
{
    // Every case starts without live sessions from the one before.
    QTRY_COMPARE(m_server->gateway()->liveConnectionCount(), 0);
}

// After every bad input: a fresh client signs in and gets its welcome, and
// the HTTP side answers.
void TestBadInput::verifyStillServing()
{
    test::WsTestClient fresh;
    QVERIFY(fresh.signIn(m_server->serverPort(), QStringLiteral("agent2")));
    QCOMPARE(m_http->get(QStringLiteral("/healthz"), {}).status, 200);
}

void TestBadInput::wsBadFrames_errorAndConnectionStays_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("rid");
    const auto row = [](const char *name, const QByteArray &frame, QLatin1StringView code, const char *rid) {
        QTest::newRow(name) << frame << QString(code) << QString::fromLatin1(rid);
    };
    row("empty text", "", errors::BadFrame, "");
    row("JSON array", "[1,2]", errors::BadFrame, "");
    row("JSON string", "\"ping\"", errors::BadFrame, "");
    row("cut off object", R"({"type":"ping","rid":"w0","payload":{"t":1})", errors::BadFrame, "");
    row("nested 10000 deep", QByteArray(10'000, '['), errors::BadFrame, "");
    row("type a number", R"({"type":5,"rid":"w1","payload":{}})", errors::InvalidMessage, "w1");
    row("type missing", R"({"rid":"w2","payload":{}})", errors::InvalidMessage, "w2");
    row("payload an array", R"({"type":"ping","rid":"w3","payload":[]})", errors::InvalidMessage, "w3");
    row("payload missing", R"({"type":"ping","rid":"w4"})", errors::InvalidMessage, "w4");
    row("seq a string", R"({"type":"ping","rid":"w5","seq":"1","payload":{"t":1}})", errors::InvalidMessage,
        "w5");
    row("seq zero", R"({"type":"ping","rid":"w6","seq":0,"payload":{"t":1}})", errors::InvalidMessage, "w6");
    row("rid a number", R"({"type":"ping","rid":7,"payload":{"t":1}})", errors::InvalidMessage, "");
    row("rid too long", R"({"type":"ping","rid":")" + QByteArray(65, 'r') + R"(","payload":{"t":1}})",
        errors::InvalidMessage, "");
    row("ping t a string", R"({"type":"ping","rid":"w7","payload":{"t":"now"}})", errors::InvalidMessage,
        "w7");
    row("ping t a fraction", R"({"type":"ping","rid":"w8","payload":{"t":1.5}})", errors::InvalidMessage,
        "w8");
    row("outcome notes too long",
        R"({"type":"outcome.log","rid":"w9","payload":{"key":"12345678","disposition":"sale","notes":")" +
            QByteArray(kMaxNotesChars + 1, 'n') + R"(","loggedAt":"2026-11-20T09:00:00Z"}})",
        errors::InvalidMessage, "w9");
    row("outcome time not a time",
        R"({"type":"outcome.log","rid":"w10","payload":{"key":"12345678","disposition":"sale","loggedAt":"yesterday"}})",
        errors::InvalidMessage, "w10");
    row("unknown type", R"({"type":"call.hijack","rid":"w11","payload":{}})", errors::UnknownType, "w11");
    row("service message sent by a client",
        R"({"type":"snapshot","rid":"w12","seq":1,"payload":{"call":null}})", errors::InvalidMessage, "w12");
    row("hello replayed after welcome",
        R"({"type":"hello","rid":"w13","payload":{"user":"agent1","password":"demo","client":"tst/1"}})",
        errors::InvalidMessage, "w13");
}

void TestBadInput::wsBadFrames_errorAndConnectionStays()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, code);
    QFETCH(QString, rid);
    test::WsTestClient client;
    QVERIFY(client.signIn(m_server->serverPort()));
    client.socket.sendTextMessage(QString::fromUtf8(frame));
    const auto reply = client.next();
    QVERIFY(reply);
    QVERIFY2(std::holds_alternative<ErrorMessage>(reply->message),
             qPrintable(ProtocolCodec::typeName(reply->message)));
    QCOMPARE(std::get<ErrorMessage>(reply->message).code, code);
    QVERIFY(!std::get<ErrorMessage>(reply->message).message.isEmpty());
    QCOMPARE(reply->rid, rid);
    // The connection stays and still answers.
    client.send(Ping{42}, QStringLiteral("after"));
    const auto pong = client.next();
    QVERIFY(pong && std::holds_alternative<Pong>(pong->message));
    QCOMPARE(pong->rid, QStringLiteral("after"));
    verifyStillServing();
}

void TestBadInput::wsInvalidUtf8_closes1007()
{
    RawWebSocket raw;
    QVERIFY(raw.open(m_server->serverPort()));
    raw.signIn();
    raw.sendFrame(RawWebSocket::Text,
                  QByteArray(R"({"type":"ping","rid":")") + "\xff\xfe\xc0\xaf" + R"(","payload":{"t":1}})");
    QCOMPARE(raw.waitCloseCode(), 1007);
    verifyStillServing();
}

void TestBadInput::wsFrameOverLimit_closes1009()
{
    RawWebSocket raw;
    QVERIFY(raw.open(m_server->serverPort()));
    raw.signIn();
    raw.sendFrame(RawWebSocket::Text, QByteArray(kMaxFrameBytes + 1, ' '));
    QCOMPARE(raw.waitCloseCode(), 1009);
    verifyStillServing();
}

void TestBadInput::wsMessageOverLimit_closes1009()
{
    RawWebSocket raw;
    QVERIFY(raw.open(m_server->serverPort()));
    raw.signIn();
    // Fragments each within the frame limit, together over the message limit.
    const QByteArray chunk(kMaxFrameBytes - 1024, ' ');
    const int fragments = int(kMaxMessageBytes / chunk.size()) + 2;
    for (int i = 0; i < fragments; ++i)
        raw.sendFrame(i == 0 ? RawWebSocket::Text : RawWebSocket::Continuation, chunk, i == fragments - 1);
    QCOMPARE(raw.waitCloseCode(), 1009);
    verifyStillServing();
}

// A client that stops reading while the service keeps pushing call pops:
// once more than 8 MiB wait unsent the service closes it with 4009 and
// frees the session, instead of buffering without end (it waits a short
// grace period for the close frame to get out, then drops the connection).
void TestBadInput::wsSlowReader_closes4009()
{
    // A caller with a large profile: 1,000 events with long notes make each
    // call.connected about 120 KB.
    const QByteArray note(900, 'n');
    for (int batch = 0; batch < 2; ++batch) {
        QJsonArray events;
        for (int i = 0; i < 500; ++i) {
            events.append(QJsonObject{
                {QStringLiteral("_id"), QStringLiteral("slow-%1-%2").arg(batch).arg(i)},
                {QStringLiteral("timestamp"), QStringLiteral("2026-11-20T09:%1:%2Z")
                                                  .arg(batch * 10 + i / 60, 2, 10, QLatin1Char('0'))
                                                  .arg(i % 60, 2, 10, QLatin1Char('0'))},
                {QStringLiteral("eventType"), QStringLiteral("web.webpagedetails.pageViews")},
                {QStringLiteral("identityMap"),
                 QJsonObject{
                     {QStringLiteral("Phone"),
                      QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("+31611119999")}}}}}},
                {QStringLiteral("_omnidesk"),
                 QJsonObject{{QStringLiteral("note"), QString::fromLatin1(note)}}}});
        }
        const auto r = m_http->post(
            QStringLiteral("/v1/events"),
            QJsonDocument(QJsonObject{{QStringLiteral("events"), events}}).toJson(QJsonDocument::Compact),
            kKey);
        QCOMPARE(r.status, 202);
    }

    // Two sessions of the same agent stop reading: one drains its socket
    // later, the other never does.
    RawWebSocket drains;
    RawWebSocket never;
    for (RawWebSocket *raw : {&drains, &never}) {
        raw->socket.setReadBufferSize(4096); // reads at most 4 KiB, then leaves the rest in the kernel
        QVERIFY(raw->open(m_server->serverPort()));
        raw->signIn();
    }
    QTRY_COMPARE(m_server->gateway()->liveConnectionCount(), 2);
    // Call pops until the service has closed both (at most about 30 MB: more
    // than the 8 MiB limit plus what the kernel's socket buffers on both
    // sides can hold). Stopping there lets `drains` read before the service
    // gives up on the close after its 3 s grace period, however long each
    // pop takes on a busy machine.
    g_tooSlowCloses = 0;
    g_previousHandler = qInstallMessageHandler(countTooSlowCloses);
    for (int pop = 0; pop < 250 && g_tooSlowCloses < 2; ++pop) {
        const QByteArray body =
            QStringLiteral(R"({"callId":"slow-%1","event":"connected","ani":"+31611119999",)"
                           R"("agent":"agent1"})")
                .arg(pop)
                .toUtf8();
        QCOMPARE(m_http->post(QStringLiteral("/v1/calls"), body, kKey).status, 200);
    }
    qInstallMessageHandler(g_previousHandler);
    QCOMPARE(g_tooSlowCloses, 2);
    drains.socket.setReadBufferSize(0); // now read everything: the last frame is the close
    QCOMPARE(drains.waitCloseCode(10'000), int(CloseTooSlow));
    // The service frees both sessions, though neither answers the close and
    // one never reads it.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->gateway()->liveConnectionCount(), 0, 10'000);
    verifyStillServing();
}

void TestBadInput::httpBadBodies_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString events = QStringLiteral("/v1/events");
    const QString calls = QStringLiteral("/v1/calls");
    QTest::newRow("events: empty body") << events << QByteArray() << 400 << "invalid_json";
    QTest::newRow("events: invalid UTF-8")
        << events << QByteArray("{\"_id\":\"\xff\xfe\",\"timestamp\":\"2026-11-20T09:00:00Z\"}") << 400
        << "invalid_json";
    QTest::newRow("events: nested 10000 deep") << events << QByteArray(10'000, '[') << 400 << "invalid_json";
    QTest::newRow("events: a JSON string") << events << QByteArray("\"events\"") << 400 << "invalid_json";
    QTest::newRow("events: timestamp a number")
        << events << QByteArray(R"({"_id":"b1","timestamp":5,"identityMap":{"ECID":[{"id":"1"}]}})") << 400
        << "invalid_event";
    QTest::newRow("events: timestamp not a time")
        << events << QByteArray(R"({"_id":"b2","timestamp":"soon","identityMap":{"ECID":[{"id":"1"}]}})")
        << 400 << "invalid_event";
    QTest::newRow("events: identityMap a string")
        << events << QByteArray(R"({"_id":"b3","timestamp":"2026-11-20T09:00:00Z","identityMap":"ECID"})")
        << 400 << "invalid_event";
    QTest::newRow("events: _id an object")
        << events
        << QByteArray(R"({"_id":{},"timestamp":"2026-11-20T09:00:00Z","identityMap":{"ECID":[{"id":"1"}]}})")
        << 400 << "invalid_event";
    QTest::newRow("events: empty batch")
        << events << QByteArray(R"({"events":[]})") << 400 << "invalid_event";
    QTest::newRow("calls: invalid UTF-8")
        << calls << QByteArray("{\"callId\":\"\xc0\xaf\",\"event\":\"ended\",\"agent\":\"agent1\"}") << 400
        << "invalid_json";
    QTest::newRow("calls: callId a number")
        << calls << QByteArray(R"({"callId":7,"event":"ended","agent":"agent1"})") << 400 << "invalid_call";
    QTest::newRow("calls: agent null")
        << calls << QByteArray(R"({"callId":"c","event":"ended","agent":null})") << 400 << "invalid_call";
    QTest::newRow("calls: event an array")
        << calls << QByteArray(R"({"callId":"c","event":[],"agent":"agent1"})") << 400 << "invalid_call";
    QTest::newRow("calls: CTI hangup without user")
        << calls << QByteArray(R"({"event":"hangup","id":"4711"})") << 400 << "invalid_call";
    QTest::newRow("calls: CTI newCall without from")
        << calls << QByteArray(R"({"event":"newCall","id":"4711","user":"agent1"})") << 400 << "invalid_call";
}

void TestBadInput::httpBadBodies()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const test::HttpResponse r = m_http->post(path, body, kKey);
    QTEST(r.status, "status");
    QTEST(r.errorCode(), "code");
    QVERIFY(!r.body.value(QLatin1StringView("error"))
                 .toObject()
                 .value(QLatin1StringView("message"))
                 .toString()
                 .isEmpty());
    verifyStillServing();
}

// Peers that go quiet with the connection open: one after half a request
// head, one after the head and part of the body, one after its answer (the
// connection is kept alive for a next request). None blocks other clients, and
// the service closes each once it has been quiet for its head timeout (10 s):
// the front door's timer for the head, its idle timer for the rest.
void TestBadInput::httpStalled_othersServedThenDropped()
{
    QTcpSocket halfHead;
    QTcpSocket halfBody;
    QTcpSocket answered;
    for (QTcpSocket *socket : {&halfHead, &halfBody, &answered}) {
        socket->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        QVERIFY(socket->waitForConnected(5000));
    }
    halfHead.write("POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le");
    halfBody.write("POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + kKey +
                   "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"_id\":");
    answered.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    for (QTcpSocket *socket : {&halfHead, &halfBody, &answered})
        QVERIFY(socket->waitForBytesWritten(5000));
    QSignalSpy answer(&answered, &QTcpSocket::readyRead);
    QVERIFY(answer.wait(5000));
    QVERIFY(answered.readAll().startsWith("HTTP/1.1 200"));
    verifyStillServing();
    for (QTcpSocket *socket : {&halfHead, &halfBody, &answered}) {
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
        QCOMPARE(socket->bytesAvailable(), 0);
    }
    for (QTcpSocket *socket : {&halfHead, &halfBody, &answered}) {
        QSignalSpy dropped(socket, &QTcpSocket::disconnected);
        QVERIFY(socket->state() == QAbstractSocket::UnconnectedState || dropped.wait(15'000));
    }
    verifyStillServing();
}

namespace {

// A raw HTTP/1.1 connection that sends bytes exactly as given and reads the
// answers: one per request, framed by Content-Length.
class RawHttp
{
public:
    bool open(quint16 port)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(5000);
    }

    // The next complete answer: status line and headers (lower-case names), body.
    struct Answer
    {
        int status = 0;
        QHash<QByteArray, QByteArray> headers;
        QByteArray body;
    };
    std::optional<Answer> read()
    {
        QSignalSpy readable(&socket, &QTcpSocket::readyRead);
        for (;;) {
            m_in += socket.readAll();
            const qsizetype end = m_in.indexOf("\r\n\r\n");
            if (end >= 0) {
                Answer answer;
                const QList<QByteArray> lines = m_in.left(end).split('\n');
                answer.status = lines.first().split(' ').value(1).toInt();
                for (const QByteArray &line : lines.mid(1)) {
                    const qsizetype colon = line.indexOf(':');
                    answer.headers[line.left(colon).trimmed().toLower()] = line.mid(colon + 1).trimmed();
                }
                const qsizetype length = answer.headers.value("content-length").toLongLong();
                if (m_in.size() >= end + 4 + length) {
                    answer.body = m_in.mid(end + 4, length);
                    m_in.remove(0, end + 4 + length);
                    return answer;
                }
            }
            if (socket.state() != QAbstractSocket::ConnectedState || !readable.wait(5000))
                return std::nullopt;
        }
    }

    QTcpSocket socket;

private:
    QByteArray m_in;
};

QByteArray postEvent(const QByteArray &id)
{
    const QByteArray body =
        R"({"_id":")" + id +
        R"(","timestamp":"2026-11-20T09:00:00Z","eventType":"web.webpagedetails.pageViews",)"
        R"("identityMap":{"ECID":[{"id":"keepalive-1"}]}})";
    return "POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + kKey +
           "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n\r\n" + body;
}

} // namespace

// Several requests on one connection, one after the other, the second body
// written in pieces, and two pipelined in one write: each is answered, none
// with Connection: close, and the connection stays open.
void TestBadInput::httpKeepAlive_requestsShareConnection()
{
    RawHttp http;
    QVERIFY(http.open(m_server->serverPort()));
    http.socket.write(postEvent("keepalive-a"));
    std::optional<RawHttp::Answer> answer = http.read();
    QVERIFY(answer);
    QCOMPARE(answer->status, 202);
    QVERIFY(!answer->headers.value("connection").contains("close"));

    const QByteArray second = postEvent("keepalive-b");
    for (qsizetype at = 0; at < second.size(); at += 37) {
        http.socket.write(second.mid(at, 37));
        QVERIFY(http.socket.waitForBytesWritten(5000));
        QTest::qWait(2);
    }
    answer = http.read();
    QVERIFY(answer);
    QCOMPARE(answer->status, 202);

    http.socket.write(postEvent("keepalive-c") + "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    answer = http.read();
    QVERIFY(answer);
    QCOMPARE(answer->status, 202);
    answer = http.read();
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);
    QCOMPARE(http.socket.state(), QAbstractSocket::ConnectedState);

    // A client that asks to close gets Connection: close.
    http.socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    answer = http.read();
    QVERIFY(answer);
    QCOMPARE(answer->headers.value("connection"), QByteArray("close"));
}

void TestBadInput::httpKeepAlive_furtherHeadsChecked_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("body over the limit")
        << QByteArray("POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 999999999\r\n\r\n")
        << 413 << "body_too_large";
    QTest::newRow("no Content-Length")
        << QByteArray("POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n") << 411 << "length_required";
    QTest::newRow("chunked body")
        << QByteArray("POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n")
        << 411 << "length_required";
    QTest::newRow("unknown path") << QByteArray("GET /v2/nothing HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n") << 404
                                  << "not_found";
    QTest::newRow("malformed request line") << QByteArray("HELLO\r\n\r\n") << 400 << "bad_request";
    QTest::newRow("WebSocket upgrade")
        << QByteArray(
               "GET /v1/agent HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
               "Sec-WebSocket-Protocol: omnidesk.v1\r\n\r\n")
        << 400 << "bad_request";
    QTest::newRow("head over the limit")
        << QByteArray("GET /healthz HTTP/1.1\r\nX-Filler: " + QByteArray(kMaxHttpHeaderBytes + 10, 'a'))
        << 431 << "headers_too_large";
}

// The front door checks every request on a kept-alive connection, not only
// the first: after one good request, a bad one gets the same error as it
// would as the first, and the connection closes.
void TestBadInput::httpKeepAlive_furtherHeadsChecked()
{
    QFETCH(QByteArray, request);
    RawHttp http;
    QVERIFY(http.open(m_server->serverPort()));
    http.socket.write(postEvent("keepalive-first"));
    std::optional<RawHttp::Answer> answer = http.read();
    QVERIFY(answer);
    QCOMPARE(answer->status, 202);

    QSignalSpy closed(&http.socket, &QTcpSocket::disconnected);
    http.socket.write(request);
    answer = http.read();
    QVERIFY(answer);
    QTEST(answer->status, "status");
    QTEST(QJsonDocument::fromJson(answer->body)
              .object()
              .value(QLatin1StringView("error"))
              .toObject()
              .value(QLatin1StringView("code"))
              .toString(),
          "code");
    QCOMPARE(answer->headers.value("connection"), QByteArray("close"));
    QVERIFY(http.socket.state() == QAbstractSocket::UnconnectedState || closed.wait(5000));
    verifyStillServing();
}

void TestBadInput::wsStalledMidFrame_othersServedThenClosed_data()
{
    QTest::addColumn<bool>("signedIn");
    QTest::addColumn<int>("closeCode");
    QTest::newRow("before hello") << false << int(CloseAuthFailed);
    QTest::newRow("after hello") << true << int(CloseHeartbeatTimeout);
}

// A WebSocket peer that sends the start of a frame (its head and a few of
// the announced payload bytes) and then goes quiet, with the connection
// open. Other clients are served meanwhile; the service closes the stalled
// one with the timer that applies (no hello in time: 4001; signed in, no
// complete message for three heartbeats: 4008), and drops the connection
// after the close grace period, as the peer never answers the close.
// A service of its own with short timers (1 s heartbeat, so 3 s of silence;
// 1.5 s hello timeout), so the case takes seconds.
void TestBadInput::wsStalledMidFrame_othersServedThenClosed()
{
    QFETCH(bool, signedIn);
    QFETCH(int, closeCode);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ServerOptions options = test::demoServerOptions(dir.path());
    options.heartbeatMs = 1000;
    options.helloTimeoutMs = 1500;
    ProfileServer server;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));

    RawWebSocket stalled;
    QVERIFY(stalled.open(server.serverPort()));
    if (signedIn)
        stalled.signIn();
    stalled.sendHalfFrame(200, 20);
    QVERIFY(stalled.socket.waitForBytesWritten(5000));
    QTRY_COMPARE(server.gateway()->liveConnectionCount(), 1);

    // Others are served while the half frame waits.
    test::WsTestClient other;
    QVERIFY(other.signIn(server.serverPort(), QStringLiteral("agent2")));
    test::HttpTestClient http(server.serverPort());
    QCOMPARE(http.get(QStringLiteral("/healthz"), {}).status, 200);

    QCOMPARE(stalled.waitCloseCode(5000), closeCode);
    QSignalSpy dropped(&stalled.socket, &QTcpSocket::disconnected);
    QVERIFY(stalled.socket.state() == QAbstractSocket::UnconnectedState || dropped.wait(10'000));
    // Only the stalled connection went; `other`, which never pings, may be
    // closed by the same heartbeat rule, so count it out.
    other.socket.abort();
    QTRY_COMPARE(server.gateway()->liveConnectionCount(), 0);
    test::WsTestClient fresh;
    QVERIFY(fresh.signIn(server.serverPort(), QStringLiteral("agent2")));
    QCOMPARE(http.get(QStringLiteral("/healthz"), {}).status, 200);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
