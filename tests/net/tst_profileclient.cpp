#include "ProfileClient.h"
#include "Protocol.h"
#include "ProtocolCodec.h"

#include <QLocale>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace omnidesk;
using namespace omnidesk::protocol;
using omnidesk::net::ProfileClient;

namespace {

// A tiny scripted service: accepts agent connections with the omnidesk.v1
// subprotocol, records every decoded frame and lets the test send frames.
class ScriptedServer : public QObject
{
    Q_OBJECT
public:
    explicit ScriptedServer(bool offerSubprotocol = true)
        : m_server(QStringLiteral("scripted"), QWebSocketServer::NonSecureMode)
    {
        if (offerSubprotocol)
            m_server.setSupportedSubprotocols({QString(kSubprotocol)});
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                m_sockets.append(socket);
                connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
                    const DecodeResult result = ProtocolCodec::decode(text, kMaxMessageBytes);
                    if (result.ok()) {
                        frames.append(*result.frame);
                        emit frameReceived(*result.frame);
                    }
                });
                emit connected();
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server.serverPort())); }
    QWebSocket *latest() const { return m_sockets.isEmpty() ? nullptr : m_sockets.last(); }
    int connectionCount() const { return int(m_sockets.size()); }

    void send(Message message, qint64 seq = 0, const QString &rid = {})
    {
        latest()->sendTextMessage(
            QString::fromUtf8(ProtocolCodec::encode(Frame{std::move(message), rid, seq})));
    }
    void sendRaw(const QString &text) { latest()->sendTextMessage(text); }

    template <class T> QList<T> received() const
    {
        QList<T> result;
        for (const Frame &frame : frames) {
            if (const auto *m = std::get_if<T>(&frame.message))
                result.append(*m);
        }
        return result;
    }
    template <class T> int count() const { return int(received<T>().size()); }

    QList<Frame> frames;

signals:
    void connected();
    void frameReceived(const omnidesk::protocol::Frame &frame);

private:
    QWebSocketServer m_server;
    QList<QWebSocket *> m_sockets;
};

Welcome welcome(const QString &session = QStringLiteral("s-1"), int heartbeatMs = 15000, bool resumed = false)
{
    Welcome w;
    w.session = session;
    w.token = QStringLiteral("token-") + session;
    w.resumed = resumed;
    w.heartbeatMs = heartbeatMs;
    w.user = UserInfo{QStringLiteral("agent1"), QStringLiteral("Alex Agent"), QStringLiteral("agent")};
    w.limits = Limits{kMaxFrameBytes, kMaxMessageBytes, kMaxMessagesPerSecond, kMaxBatchEvents};
    return w;
}

ActiveCall call(const QString &callId, qint64 version = 7)
{
    Profile p;
    p.id = QStringLiteral("p-1001");
    p.version = version;
    p.name = QStringLiteral("Test Customer");
    p.phone = QStringLiteral("+31612345678");
    p.cart.currency = QStringLiteral("EUR");
    p.cart.lines = {CartLine{QStringLiteral("SKU-1"), QStringLiteral("Phone"), 1, 79900}};
    return ActiveCall{callId, p.phone, QStringLiteral("exact"), QDateTime::currentDateTimeUtc(), p, {}};
}

} // namespace

class TestProfileClient : public QObject
{
    Q_OBJECT

private:
    // Connects, answers the hello with a welcome and an empty snapshot (seq 1).
    void bringOnline(ScriptedServer &server, ProfileClient &client, int heartbeatMs = 15000)
    {
        client.setServerUrl(server.url());
        client.setRandomSource([] { return 0.0; });
        client.signIn(QStringLiteral("agent1"), QStringLiteral("secret"));
        QTRY_COMPARE(server.count<Hello>(), 1);
        server.send(welcome(QStringLiteral("s-1"), heartbeatMs), 0, server.frames.last().rid);
        QTRY_COMPARE(client.state(), ProfileClient::State::Online);
        server.send(Snapshot{}, 1);
        QTRY_COMPARE(client.lastSeq(), qint64(1));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void hello_announcesTheLanguageItWasGiven()
    {
        // The window's language may come from the system's UI languages while
        // the locale differs: the one given wins over the locale.
        ScriptedServer server;
        ProfileClient client;
        client.setLanguage(QStringLiteral("de"));
        client.setServerUrl(server.url());
        client.signIn(QStringLiteral("agent1"), QStringLiteral("secret"));
        QTRY_COMPARE(server.count<Hello>(), 1);
        QCOMPARE(server.received<Hello>().first().language, QStringLiteral("de"));
    }

    void signIn_sendsHelloWithPasswordThenGoesOnline()
    {
        ScriptedServer server;
        ProfileClient client;
        QSignalSpy states(&client, &ProfileClient::stateChanged);
        QSignalSpy welcomed(&client, &ProfileClient::welcomed);
        // The desktop's language (Localization makes it the default locale).
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("pt_BR")));
        const auto restoreLocale = qScopeGuard([&before] { QLocale::setDefault(before); });
        client.setServerUrl(server.url());
        client.signIn(QStringLiteral("agent1"), QStringLiteral("secret"));
        QCOMPARE(client.state(), ProfileClient::State::Connecting);
        QTRY_COMPARE(server.count<Hello>(), 1);
        const Hello hello = server.received<Hello>().first();
        QCOMPARE(hello.user, QStringLiteral("agent1"));
        QCOMPARE(hello.password, QStringLiteral("secret"));
        QVERIFY(hello.token.isEmpty());
        QVERIFY(!hello.resume);
        QVERIFY(hello.client.startsWith(QStringLiteral("omnidesk/")));
        QCOMPARE(hello.language, QStringLiteral("pt_BR"));
        QCOMPARE(server.latest()->subprotocol(), QString(kSubprotocol));
        QCOMPARE(client.state(), ProfileClient::State::Authenticating);

        server.send(welcome(), 0, server.frames.last().rid);
        QVERIFY(welcomed.wait());
        QCOMPARE(client.state(), ProfileClient::State::Online);
        QCOMPARE(client.sessionId(), QStringLiteral("s-1"));
        QCOMPARE(client.token(), QStringLiteral("token-s-1"));
        QCOMPARE(states.last().first().value<ProfileClient::State>(), ProfileClient::State::Online);
    }

    void callConnected_isEmittedInOrder()
    {
        ScriptedServer server;
        ProfileClient client;
        bringOnline(server, client);
        QSignalSpy connected(&client, &ProfileClient::callConnected);
        server.send(CallConnected{call(QStringLiteral("c-77"))}, 2);
        QVERIFY(connected.wait());
        QCOMPARE(connected.first().first().value<ActiveCall>().callId, QStringLiteral("c-77"));
        QCOMPARE(client.lastSeq(), qint64(2));
    }

    void seqGap_requestsSnapshotAndIgnoresStreamUntilIt()
    {
        ScriptedServer server;
        ProfileClient client;
        bringOnline(server, client);
        QSignalSpy connected(&client, &ProfileClient::callConnected);
        QSignalSpy snapshots(&client, &ProfileClient::snapshotReceived);
        QSignalSpy ended(&client, &ProfileClient::callEnded);

        server.send(CallConnected{call(QStringLiteral("c-1"))}, 3); // 2 is missing
        QTRY_COMPARE(server.count<SnapshotRequest>(), 1);
        server.send(CallEnded{QStringLiteral("c-1"), QDateTime::currentDateTimeUtc()}, 4); // ignored
        server.send(Snapshot{call(QStringLiteral("c-1")), std::nullopt, std::nullopt}, 5);
        QVERIFY(snapshots.wait());
        QCOMPARE(connected.size(), 0);
        QCOMPARE(ended.size(), 0);
        QCOMPARE(client.lastSeq(), qint64(5));

        server.send(CallEnded{QStringLiteral("c-1"), QDateTime::currentDateTimeUtc()}, 6);
        QVERIFY(ended.wait());
        QCOMPARE(server.count<SnapshotRequest>(), 1);
    }

    void patchWithOtherBase_requestsSnapshot_data()
    {
        QTest::addColumn<qint64>("base");
        QTest::addColumn<bool>("applied");
        QTest::newRow("matching base is applied") << qint64(7) << true;
        QTest::newRow("older base asks for snapshot") << qint64(6) << false;
        QTest::newRow("newer base asks for snapshot") << qint64(9) << false;
    }

    void patchWithOtherBase_requestsSnapshot()
    {
        QFETCH(qint64, base);
        QFETCH(bool, applied);
        ScriptedServer server;
        ProfileClient client;
        bringOnline(server, client);
        QSignalSpy patched(&client, &ProfileClient::profilePatched);
        QSignalSpy connected(&client, &ProfileClient::callConnected);
        server.send(CallConnected{call(QStringLiteral("c-1"), 7)}, 2);
        QVERIFY(connected.wait());

        ProfilePatch patch;
        patch.profileId = QStringLiteral("p-1001");
        patch.base = base;
        patch.version = base + 1;
        patch.timelineAdded = {TimelineEvent{QStringLiteral("e-9"), QDateTime::currentDateTimeUtc(),
                                             QStringLiteral("web"), QStringLiteral("cart.add"),
                                             QStringLiteral("x")}};
        server.send(patch, 3);
        // A ping answered by a pong-like marker frame is not needed: wait for either outcome.
        if (applied) {
            QVERIFY(patched.wait());
            QCOMPARE(server.count<SnapshotRequest>(), 0);
        } else {
            QTRY_COMPARE(server.count<SnapshotRequest>(), 1);
            QCOMPARE(patched.size(), 0);
        }
    }

    void serverClose_reconnectsWithTokenAndResumePoint()
    {
        ScriptedServer server;
        ProfileClient client;
        bringOnline(server, client);
        QSignalSpy connected(&client, &ProfileClient::callConnected);
        server.send(CallConnected{call(QStringLiteral("c-1"))}, 2);
        QVERIFY(connected.wait());

        server.latest()->close(QWebSocketProtocol::CloseCodeGoingAway);
        QTRY_COMPARE(server.connectionCount(), 2);
        QTRY_COMPARE(server.count<Hello>(), 2);
        const Hello hello = server.received<Hello>().last();
        QCOMPARE(hello.token, QStringLiteral("token-s-1"));
        QVERIFY(hello.password.isEmpty());
        QVERIFY(hello.resume.has_value());
        QCOMPARE(hello.resume->session, QStringLiteral("s-1"));
        QCOMPARE(hello.resume->lastSeq, qint64(2));

        // Resumed: the stream continues at 3 without a snapshot.
        server.send(welcome(QStringLiteral("s-1"), 15000, true), 0, server.frames.last().rid);
        QTRY_COMPARE(client.state(), ProfileClient::State::Online);
        QSignalSpy ended(&client, &ProfileClient::callEnded);
        server.send(CallEnded{QStringLiteral("c-1"), QDateTime::currentDateTimeUtc()}, 3);
        QVERIFY(ended.wait());
        QCOMPARE(client.reconnectAttempt(), 0);
    }

    void heartbeatSilence_abortsAndReconnects()
    {
        ScriptedServer server;
        ProfileClient client;
        bringOnline(server, client, 100);
        // The server stays silent: pings go out, no pong comes back.
        QTRY_VERIFY(server.count<Ping>() >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 2, 5000);
        QTRY_COMPARE(server.count<Hello>(), 2);
        QVERIFY(server.received<Hello>().last().resume.has_value());
    }

    void authFailure_reportsAndDoesNotRetry()
    {
        ScriptedServer server;
        ProfileClient client;
        QSignalSpy failed(&client, &ProfileClient::authFailed);
        QSignalSpy scheduled(&client, &ProfileClient::reconnectScheduled);
        client.setServerUrl(server.url());
        client.signIn(QStringLiteral("agent1"), QStringLiteral("wrong"));
        QTRY_COMPARE(server.count<Hello>(), 1);
        server.send(ErrorMessage{QString(errors::AuthFailed), QStringLiteral("Wrong user name or password")},
                    0, server.frames.last().rid);
        server.latest()->close(QWebSocketProtocol::CloseCode(CloseAuthFailed), QStringLiteral("auth failed"));
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().first().toString(), QStringLiteral("Wrong user name or password"));
        QCOMPARE(client.state(), ProfileClient::State::Offline);
        QCOMPARE(scheduled.size(), 0);
        QCOMPARE(server.connectionCount(), 1);
    }

    void missingSubprotocol_closesTheConnection()
    {
        ScriptedServer server(false);
        ProfileClient client;
        QSignalSpy errorsSpy(&client, &ProfileClient::serverError);
        client.setServerUrl(server.url());
        client.setRandomSource([] { return 1.0; });
        client.signIn(QStringLiteral("agent1"), QStringLiteral("secret"));
        QVERIFY(errorsSpy.wait());
        QCOMPARE(errorsSpy.first().first().toString(), QStringLiteral("bad_subprotocol"));
        QCOMPARE(server.count<Hello>(), 0);
        QTRY_COMPARE(client.state(), ProfileClient::State::Reconnecting);
    }

    void garbageFromServer_isIgnored()
    {
        ScriptedServer server;
        ProfileClient client;
        bringOnline(server, client);
        server.sendRaw(QStringLiteral("not json at all"));
        server.sendRaw(QStringLiteral("[1,2,3]"));
        server.sendRaw(QStringLiteral("{\"type\":\"call.connected\",\"seq\":2,\"payload\":{\"callId\":42}}"));
        server.sendRaw(QStringLiteral("{\"type\":\"future.thing\",\"payload\":{}}"));
        server.sendRaw(QString(200000, QLatin1Char('[')));
        server.latest()->sendBinaryMessage(QByteArray("\x00\x01", 2));
        QSignalSpy connected(&client, &ProfileClient::callConnected);
        server.send(CallConnected{call(QStringLiteral("c-2"))}, 2);
        QVERIFY(connected.wait());
        QCOMPARE(client.state(), ProfileClient::State::Online);
        QCOMPARE(server.count<SnapshotRequest>(), 0);
    }

    void sendOutcome_onlyWhenOnline()
    {
        ScriptedServer server;
        ProfileClient client;
        OutcomeLog outcome{QStringLiteral("3f0b3c1e-5a0e-4d43-9d55-0c2d2b8e1a77"),
                           QStringLiteral("c-1"),
                           QStringLiteral("p-1"),
                           QStringLiteral("sale"),
                           QStringLiteral("n"),
                           QDateTime::currentDateTimeUtc(),
                           {},
                           {},
                           {},
                           {}};
        QVERIFY(!client.sendOutcome(outcome));
        bringOnline(server, client);
        QVERIFY(client.sendOutcome(outcome));
        QTRY_COMPARE(server.count<OutcomeLog>(), 1);
        QCOMPARE(server.received<OutcomeLog>().first(), outcome);
        QSignalSpy acked(&client, &ProfileClient::outcomeAcked);
        server.send(OutcomeAck{outcome.key, 12, false, QDateTime::currentDateTimeUtc()}, 0,
                    server.frames.last().rid);
        QVERIFY(acked.wait());
        QCOMPARE(acked.first().first().value<OutcomeAck>().outcomeId, qint64(12));
    }

    void backoffCeiling_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("ceiling");
        QTest::newRow("first attempt 250 ms") << 0 << 250;
        QTest::newRow("second attempt 500 ms") << 1 << 500;
        QTest::newRow("third attempt 1 s") << 2 << 1000;
        QTest::newRow("sixth attempt still 1 s") << 5 << 1000;
        QTest::newRow("seventh attempt 2 s") << 6 << 2000;
        QTest::newRow("tenth attempt 16 s") << 9 << 16000;
        QTest::newRow("capped at 30 s") << 10 << 30000;
        QTest::newRow("huge attempt stays capped") << 1000 << 30000;
    }

    void backoffCeiling()
    {
        QFETCH(int, attempt);
        QFETCH(int, ceiling);
        QCOMPARE(ProfileClient::backoffCeilingMs(attempt), ceiling);
    }

    void reconnectDelay_usesJitterWithinCeiling()
    {
        QUrl deadUrl;
        {
            ScriptedServer gone; // take a free port, then stop listening on it
            deadUrl = gone.url();
        }
        ProfileClient client;
        client.setServerUrl(deadUrl);
        client.setRandomSource([] { return 0.5; });
        QSignalSpy scheduled(&client, &ProfileClient::reconnectScheduled);
        client.signIn(QStringLiteral("agent1"), QStringLiteral("secret"));
        QVERIFY(scheduled.wait());
        QCOMPARE(scheduled.first().first().toInt(), 125); // 0.5 × 250 ms
        QVERIFY(scheduled.wait());
        QCOMPARE(scheduled.at(1).first().toInt(), 250); // 0.5 × 500 ms
        client.signOut();
        QCOMPARE(client.state(), ProfileClient::State::Offline);
    }
};

QTEST_GUILESS_MAIN(TestProfileClient)
#include "tst_profileclient.moc"
