// Tests the agent WebSocket (AgentGateway, AgentSession, FrontDoor) with a
// real QWebSocket client speaking the protocol codec against an in-process
// ProfileServer: handshake, auth, bad frames, ping, outcomes, call pop,
// profile patches, resume and the timeouts.
#include "AgentGateway.h"
#include "FailingCommit.h"
#include "HttpApi.h"
#include "ProfileEngine.h"
#include "ProfileServer.h"
#include "ProtocolCodec.h"
#include "Store.h"
#include "WsTestClient.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

using namespace omnidesk;
using namespace omnidesk::protocol;
using namespace omnidesk::server;

namespace {
const QByteArray kKey = "Bearer demo-integration-key";

using Client = test::WsTestClient;

template <class T> T as(const std::optional<Frame> &frame)
{
    if (!frame || !std::holds_alternative<T>(frame->message)) {
        qWarning("unexpected frame: %s",
                 frame ? qPrintable(ProtocolCodec::typeName(frame->message)) : "none");
        return T{};
    }
    return std::get<T>(frame->message);
}
} // namespace

class TestAgentGateway : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void hello_welcomeThenSnapshot();
    void badPassword_authFailedAnd4001();
    void beforeHello_notAuthenticatedAnd4001();
    void handshakeWithoutSubprotocol_400();
    void bufferedHandshake_upgrades();
    void badFrames_errorAndStillConnected();
    void tooManyBadFrames_4002();
    void ping_pongEchoes();
    void outcomeTwice_storedOnceDuplicateAck();
    void call_connectedThenPatchThenEnded();
    void call_batchWhoseCommitFailsSendsNoPatch();
    void push_writtenToSocketBeforeReturning_data();
    void push_writtenToSocketBeforeReturning();
    void unknownCaller_matchNone();
    void resume_replaysMissedMessages();
    void resumeUnknownSession_newSessionWithSnapshot();
    void token_authenticates();
    void silence_closes4008();
    void noHello_closes4001();
    void agentState_signInIsAvailableInSnapshot();
    void agentState_callConnectedIsOnCall();
    void agentState_callEndedIsWrapUpWithEnd();
    void agentState_wrapUpExpiresToAvailable();
    void agentState_breakAndAvailableRequests();
    void agentState_requestRefusedOnCall();
    void agentState_extendOnceSecondRefused();
    void agentState_sharedByTwoSessions();
    void agentState_signOutIsOfflineAtOnce();
    void agentState_lostConnectionKeepsStateForTheGrace();
    void welcome_dispositionsByRole();
    void lookup_returnsMaskedCandidatesAndAudits();
    void lookup_badPhone_invalidMessage();
    void profileOpen_withoutLookupForbidden();
    void profileOpen_afterLookupStreamsPatches();
    void language_nextStepsInEachReadersLanguage();
    void outcome_storesDecisionsAndContext();
    void outcome_retryAfterCrashAddsMissingTimelineEvents();
    void outcome_supervisorForbidden();
    void floor_supervisorSeesEveryAgentThenChanges();
    void floor_agentForbidden();

private:
    std::unique_ptr<ProfileServer> startServer(int heartbeatMs = 15'000, int helloTimeoutMs = 10'000,
                                               int wrapUpSeconds = 60, int offlineGraceMs = 30'000);
    // Signs in, pops a call and ends it: the next frame is the wrap-up state.
    void callAndEnd(Client &client);
    Welcome signIn(Client &client, const QString &user = QStringLiteral("agent1"),
                   const QString &language = QString());

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileServer> m_server;
};

std::unique_ptr<ProfileServer> TestAgentGateway::startServer(int heartbeatMs, int helloTimeoutMs,
                                                             int wrapUpSeconds, int offlineGraceMs)
{
    ServerOptions options;
    options.port = 0;
    options.dataDir = m_dir->path();
    options.demo = true;
    options.passwordIterations = 1000;
    options.heartbeatMs = heartbeatMs;
    options.helloTimeoutMs = helloTimeoutMs;
    options.wrapUpSeconds = wrapUpSeconds;
    options.offlineGraceMs = offlineGraceMs;
    auto server = std::make_unique<ProfileServer>();
    if (!server->start(options))
        qWarning("server did not start: %s", qPrintable(server->errorString()));
    return server;
}

void TestAgentGateway::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = startServer();
    QVERIFY(m_server->serverPort() != 0);
}

void TestAgentGateway::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

Welcome TestAgentGateway::signIn(Client &client, const QString &user, const QString &language)
{
    if (!client.open(m_server->serverPort()))
        return {};
    Hello hello = client.login(user);
    hello.language = language;
    client.send(hello, QStringLiteral("h1"));
    const Welcome welcome = as<Welcome>(client.next());
    const Snapshot snapshot = as<Snapshot>(client.next());
    Q_UNUSED(snapshot);
    return welcome;
}

void TestAgentGateway::hello_welcomeThenSnapshot()
{
    Client client;
    QVERIFY(client.open(m_server->serverPort()));
    QCOMPARE(client.socket.subprotocol(), QString(kSubprotocol));
    client.send(client.login(), QStringLiteral("h1"));
    const auto welcomeFrame = client.next();
    QVERIFY(welcomeFrame);
    QCOMPARE(welcomeFrame->rid, QStringLiteral("h1"));
    const Welcome welcome = as<Welcome>(welcomeFrame);
    QVERIFY(welcome.session.startsWith(QStringLiteral("s-")));
    QVERIFY(welcome.token.size() >= 43);
    QVERIFY(!welcome.resumed);
    QCOMPARE(welcome.heartbeatMs, 15'000);
    QCOMPARE(welcome.user.name, QStringLiteral("Alex Agent"));
    QCOMPARE(welcome.user.role, QStringLiteral("agent"));
    QCOMPARE(welcome.limits.maxFrameBytes, kMaxFrameBytes);
    QCOMPARE(welcome.limits.maxBatchEvents, kMaxBatchEvents);
    const auto snapshot = client.next();
    QVERIFY(snapshot);
    QCOMPARE(snapshot->seq, 1);
    QVERIFY(!as<Snapshot>(snapshot).call);
    QCOMPARE(m_server->gateway()->liveConnectionCount(), 1);
}

void TestAgentGateway::badPassword_authFailedAnd4001()
{
    Client client;
    QVERIFY(client.open(m_server->serverPort()));
    client.send(client.login(QStringLiteral("agent1"), QStringLiteral("wrong")));
    QCOMPARE(as<ErrorMessage>(client.next()).code, QString(errors::AuthFailed));
    QVERIFY(client.waitClosed());
    QCOMPARE(int(client.socket.closeCode()), int(CloseAuthFailed));
}

void TestAgentGateway::beforeHello_notAuthenticatedAnd4001()
{
    Client client;
    QVERIFY(client.open(m_server->serverPort()));
    client.send(Ping{1});
    QCOMPARE(as<ErrorMessage>(client.next()).code, QString(errors::NotAuthenticated));
    QVERIFY(client.waitClosed());
    QCOMPARE(int(client.socket.closeCode()), int(CloseAuthFailed));
}

namespace {
QByteArray rawExchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request); // head in one packet: the service must cope with buffered data
    QByteArray data;
    QSignalSpy readable(&socket, &QTcpSocket::readyRead);
    while (!data.contains("\r\n\r\n") && readable.wait(5000))
        data += socket.readAll();
    return data;
}

QByteArray upgradeRequest(const QByteArray &protocolHeader)
{
    return "GET /v1/agent HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n" +
           protocolHeader + "\r\n";
}
} // namespace

void TestAgentGateway::handshakeWithoutSubprotocol_400()
{
    const QByteArray response = rawExchange(m_server->serverPort(), upgradeRequest({}));
    QVERIFY2(response.startsWith("HTTP/1.1 400"), response.constData());
    Client client;
    QVERIFY(!client.open(m_server->serverPort(), false));
}

void TestAgentGateway::bufferedHandshake_upgrades()
{
    const QByteArray response =
        rawExchange(m_server->serverPort(), upgradeRequest("Sec-WebSocket-Protocol: other, omnidesk.v1\r\n"));
    QVERIFY2(response.startsWith("HTTP/1.1 101"), response.constData());
    QVERIFY(response.toLower().contains("sec-websocket-protocol: omnidesk.v1"));
}

void TestAgentGateway::badFrames_errorAndStillConnected()
{
    Client client;
    signIn(client);
    client.socket.sendTextMessage(QStringLiteral("not json"));
    QCOMPARE(as<ErrorMessage>(client.next()).code, QString(errors::BadFrame));
    client.socket.sendBinaryMessage(QByteArray("\x01\x02", 2));
    QCOMPARE(as<ErrorMessage>(client.next()).code, QString(errors::BadFrame));
    client.socket.sendTextMessage(QStringLiteral(R"({"type":"dance","rid":"d1","payload":{}})"));
    const auto unknown = client.next();
    QCOMPARE(as<ErrorMessage>(unknown).code, QString(errors::UnknownType));
    QCOMPARE(unknown->rid, QStringLiteral("d1"));
    client.socket.sendTextMessage(QStringLiteral(
        R"({"type":"outcome.log","rid":"o9","payload":{"key":"12345678","disposition":"maybe","loggedAt":"2026-11-20T09:00:00Z"}})"));
    const auto invalid = client.next();
    QCOMPARE(as<ErrorMessage>(invalid).code, QString(errors::InvalidMessage));
    QCOMPARE(invalid->rid, QStringLiteral("o9"));
    client.send(Ping{5}, QStringLiteral("p1"));
    QCOMPARE(as<Pong>(client.next()).t, 5);
    QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
}

void TestAgentGateway::tooManyBadFrames_4002()
{
    Client client;
    signIn(client);
    for (int i = 0; i < kMaxBadFramesPerMinute; ++i)
        client.socket.sendTextMessage(QStringLiteral("{"));
    QVERIFY(client.waitClosed());
    QCOMPARE(int(client.socket.closeCode()), int(CloseProtocolViolation));
}

void TestAgentGateway::ping_pongEchoes()
{
    Client client;
    signIn(client);
    client.send(Ping{1763630102120}, QStringLiteral("p17"));
    const auto pong = client.next();
    QCOMPARE(pong->rid, QStringLiteral("p17"));
    QCOMPARE(as<Pong>(pong).t, 1763630102120);
    QCOMPARE(pong->seq, 0);
}

void TestAgentGateway::outcomeTwice_storedOnceDuplicateAck()
{
    Client client;
    signIn(client);
    OutcomeLog log{QStringLiteral("3f0b3c1e-5a0e-4d43-9d55-0c2d2b8e1a77"),
                   QStringLiteral("c-77"),
                   QStringLiteral("p-1001"),
                   QStringLiteral("sale"),
                   QStringLiteral("Ordered the phone"),
                   QDateTime::currentDateTimeUtc(),
                   {},
                   {},
                   {},
                   {}};
    client.send(log, QStringLiteral("o3"));
    const auto first = client.next();
    QCOMPARE(first->rid, QStringLiteral("o3"));
    const OutcomeAck ack1 = as<OutcomeAck>(first);
    QCOMPARE(ack1.key, log.key);
    QVERIFY(!ack1.duplicate);
    client.send(log, QStringLiteral("o4"));
    const OutcomeAck ack2 = as<OutcomeAck>(client.next());
    QVERIFY(ack2.duplicate);
    QCOMPARE(ack2.outcomeId, ack1.outcomeId);
    QCOMPARE(m_server->store()->outcomeCount(), 1);
}

void TestAgentGateway::call_connectedThenPatchThenEnded()
{
    Client client;
    signIn(client);
    const auto call = m_server->httpApi()->postCall(
        R"({"callId":"c-77","event":"connected","ani":"+31612345678","agent":"agent1"})", kKey);
    QCOMPARE(call.status, 200);
    QCOMPARE(call.body.value(QLatin1StringView("delivered")).toInt(), 1);
    const auto connectedFrame = client.next();
    QCOMPARE(connectedFrame->seq, 2);
    const CallConnected connected = as<CallConnected>(connectedFrame);
    QCOMPARE(connected.call.match, QStringLiteral("exact"));
    QVERIFY(connected.call.profile);
    QCOMPARE(connected.call.profile->name, QStringLiteral("Marta Jansen"));
    QCOMPARE(connected.call.profile->cart.lines.size(), 2);
    QVERIFY(!connected.call.profile->nextSteps.isEmpty());

    const auto events = m_server->httpApi()->postEvents(
        R"({"_id":"live-1","timestamp":"2026-11-20T09:15:30Z","identityMap":{"Phone":[{"id":"+31612345678"}]},
            "commerce":{"productListAdds":{"value":1}},
            "productListItems":[{"SKU":"CASE-X15","name":"Phone case","quantity":1,"priceTotal":19,"currencyCode":"EUR"}]})",
        kKey);
    QCOMPARE(events.status, 202);
    QCOMPARE(as<AgentStateChanged>(client.next()).state, QStringLiteral("on_call")); // seq 3
    const auto patchFrame = client.next();
    QCOMPARE(patchFrame->seq, 4);
    const ProfilePatch patch = as<ProfilePatch>(patchFrame);
    QCOMPARE(patch.profileId, connected.call.profile->id);
    QCOMPARE(patch.base, connected.call.profile->version);
    QCOMPARE(patch.version, patch.base + 1);
    QVERIFY(patch.cart);
    QCOMPARE(patch.cart->lines.size(), 3);
    QCOMPARE(patch.timelineAdded.first().summary, QStringLiteral("Added Phone case (1 \u00d7 EUR 19.00)"));

    // A snapshot now carries the active call.
    client.send(SnapshotRequest{}, QStringLiteral("s1"));
    const auto snapshot = client.next();
    QCOMPARE(snapshot->seq, 5);
    QCOMPARE(as<Snapshot>(snapshot).call->callId, QStringLiteral("c-77"));

    m_server->httpApi()->postCall(R"({"callId":"c-77","event":"ended","agent":"agent1"})", kKey);
    const auto ended = client.next();
    QCOMPARE(ended->seq, 6);
    QCOMPARE(as<CallEnded>(ended).callId, QStringLiteral("c-77"));
}

// Through the HTTP API to the agent's socket: a batch whose COMMIT fails sends
// the agent nothing (its patches are dropped with the rollback), and the next
// event's patch builds on the version the agent already has.
void TestAgentGateway::call_batchWhoseCommitFailsSendsNoPatch()
{
    Client client;
    signIn(client);
    const auto call = m_server->httpApi()->postCall(
        R"({"callId":"c-78","event":"connected","ani":"+31612345678","agent":"agent1"})", kKey);
    QCOMPARE(call.status, 200);
    const CallConnected connected = as<CallConnected>(client.next());
    QVERIFY(connected.call.profile);
    QCOMPARE(as<AgentStateChanged>(client.next()).state, QStringLiteral("on_call"));

    QVERIFY(test::failCommitsOfEvents(m_server->store()->database(), QStringLiteral("doomed")));
    const auto failed = m_server->httpApi()->postEvents(
        R"({"events":[{"_id":"kept-if-committed","timestamp":"2026-11-20T09:15:00Z","identityMap":{"Phone":[{"id":"+31612345678"}]},
             "commerce":{"productListAdds":{"value":1}},
             "productListItems":[{"SKU":"CABLE-1","name":"Cable","quantity":1,"priceTotal":9,"currencyCode":"EUR"}]},
            {"_id":"doomed-1","timestamp":"2026-11-20T09:15:10Z","identityMap":{"Phone":[{"id":"+31612345678"}]},
             "web":{"webPageDetails":{"name":"Home","pageViews":{"value":1}}}}]})",
        kKey);
    QCOMPARE(failed.status, 500);

    // Frames arrive in order: had a patch gone out, it would come before the pong.
    Ping ping;
    ping.t = 42;
    client.send(ping, QStringLiteral("p1"));
    const auto afterFailure = client.next();
    QVERIFY(afterFailure);
    QVERIFY2(std::holds_alternative<Pong>(afterFailure->message),
             qPrintable(ProtocolCodec::typeName(afterFailure->message)));

    const auto events = m_server->httpApi()->postEvents(
        R"({"_id":"live-2","timestamp":"2026-11-20T09:16:00Z","identityMap":{"Phone":[{"id":"+31612345678"}]},
            "commerce":{"productListAdds":{"value":1}},
            "productListItems":[{"SKU":"CASE-X15","name":"Phone case","quantity":1,"priceTotal":19,"currencyCode":"EUR"}]})",
        kKey);
    QCOMPARE(events.status, 202);
    const ProfilePatch patch = as<ProfilePatch>(client.next());
    QCOMPARE(patch.profileId, connected.call.profile->id);
    QCOMPARE(patch.base, connected.call.profile->version);
    QVERIFY(patch.cart);
    QCOMPARE(patch.cart->lines.size(), connected.call.profile->cart.lines.size() + 1);
    QCOMPARE(patch.timelineAdded.size(), 1);
    QCOMPARE(patch.timelineAdded.first().id, QStringLiteral("live-2"));
}

void TestAgentGateway::push_writtenToSocketBeforeReturning_data()
{
    QTest::addColumn<int>("pushes"); // 1: call.connected, 2: + profile.patch, 3: + call.ended
    QTest::newRow("call.connected") << 1;
    QTest::newRow("profile.patch (the fan-out)") << 2;
    QTest::newRow("call.ended") << 3;
}

// A pushed frame goes to the kernel while the push runs, not on a later pass
// of the event loop (AgentSession::sendText flushes): a fan-out to thousands
// of sessions reaches the first ones while it still writes to the others.
void TestAgentGateway::push_writtenToSocketBeforeReturning()
{
    QFETCH(int, pushes);
    Client client;
    signIn(client);
    const QList<QWebSocket *> sockets = m_server->gateway()->findChildren<QWebSocket *>();
    QCOMPARE(sockets.size(), 1);
    QWebSocket *serverSide = sockets.first();
    // Each push is made without returning to the event loop; what the
    // service has not handed to the kernel yet stays in bytesToWrite().
    const auto push = [this](int n) {
        if (n == 1)
            return m_server->httpApi()
                ->postCall(R"({"callId":"c-5","event":"connected","ani":"+31612345678","agent":"agent1"})",
                           kKey)
                .status;
        if (n == 2)
            return m_server->httpApi()
                ->postEvents(
                    R"({"_id":"w-1","timestamp":"2026-11-20T09:15:30Z","identityMap":{"Phone":[{"id":"+31612345678"}]},
                        "commerce":{"productListAdds":{"value":1}},
                        "productListItems":[{"SKU":"CASE-X15","name":"Case","quantity":1,"priceTotal":19,"currencyCode":"EUR"}]})",
                    kKey)
                .status;
        return m_server->httpApi()
            ->postCall(R"({"callId":"c-5","event":"ended","agent":"agent1"})", kKey)
            .status;
    };
    const QStringList types{QStringLiteral("call.connected"), QStringLiteral("profile.patch"),
                            QStringLiteral("call.ended")};
    for (int n = 1; n <= pushes; ++n) {
        QCOMPARE(push(n) / 100, 2);
        if (n == pushes)
            QCOMPARE(serverSide->bytesToWrite(), 0);
        // The pushed frame arrives (after the state changes the push may bring).
        std::optional<Frame> frame;
        do
            frame = client.next();
        while (frame && ProtocolCodec::typeName(frame->message) != types.at(n - 1));
        QVERIFY(frame);
    }
}

void TestAgentGateway::unknownCaller_matchNone()
{
    Client client;
    signIn(client);
    m_server->httpApi()->postCall(
        R"({"callId":"c-9","event":"connected","ani":"+442079460000","agent":"agent1"})", kKey);
    const CallConnected connected = as<CallConnected>(client.next());
    QCOMPARE(connected.call.match, QStringLiteral("none"));
    QVERIFY(!connected.call.profile);
}

void TestAgentGateway::resume_replaysMissedMessages()
{
    Client first;
    const Welcome welcome = signIn(first);
    QVERIFY(!welcome.session.isEmpty());
    m_server->httpApi()->postCall(
        R"({"callId":"c-1","event":"connected","ani":"+31612345678","agent":"agent1"})", kKey);
    QCOMPARE(first.next()->seq, 2);
    first.socket.abort();
    QTRY_COMPARE(m_server->gateway()->liveConnectionCount(), 0);
    // The connection was lost, not signed out: the agent stays on the call.
    QCOMPARE(m_server->gateway()->agentState(QStringLiteral("agent1")).state, QStringLiteral("on_call"));
    // Missed while away: on_call (seq 3), call.ended (seq 4), wrap_up (seq 5).
    const auto ended =
        m_server->httpApi()->postCall(R"({"callId":"c-1","event":"ended","agent":"agent1"})", kKey);
    QCOMPARE(ended.body.value(QLatin1StringView("delivered")).toInt(), 0);

    Client second;
    QVERIFY(second.open(m_server->serverPort()));
    Hello hello;
    hello.token = welcome.token;
    hello.client = QStringLiteral("tst/1");
    hello.resume = ResumePoint{welcome.session, 2};
    second.send(hello, QStringLiteral("h2"));
    const Welcome resumed = as<Welcome>(second.next());
    QVERIFY(resumed.resumed);
    QCOMPARE(resumed.session, welcome.session);
    QCOMPARE(resumed.lastSeq, 5);
    const auto onCall = second.next();
    QCOMPARE(onCall->seq, 3);
    QCOMPARE(as<AgentStateChanged>(onCall).state, QStringLiteral("on_call"));
    const auto replay = second.next();
    QCOMPARE(replay->seq, 4);
    QCOMPARE(as<CallEnded>(replay).callId, QStringLiteral("c-1"));
    const auto wrapUp = second.next();
    QCOMPARE(wrapUp->seq, 5);
    QCOMPARE(as<AgentStateChanged>(wrapUp).state, QStringLiteral("wrap_up"));
    // Back within the grace: the wrap-up goes on, no new sign-in.
    QVERIFY(!second.next(300));
    QCOMPARE(m_server->gateway()->agentState(QStringLiteral("agent1")).state, QStringLiteral("wrap_up"));
}

void TestAgentGateway::resumeUnknownSession_newSessionWithSnapshot()
{
    Client client;
    QVERIFY(client.open(m_server->serverPort()));
    Hello hello = client.login();
    hello.resume = ResumePoint{QStringLiteral("s-unknown"), 42};
    client.send(hello);
    const Welcome welcome = as<Welcome>(client.next());
    QVERIFY(!welcome.resumed);
    QVERIFY(welcome.session != QStringLiteral("s-unknown"));
    const auto snapshot = client.next();
    QCOMPARE(snapshot->seq, 1);
    QVERIFY(std::holds_alternative<Snapshot>(snapshot->message));
}

void TestAgentGateway::token_authenticates()
{
    Client first;
    const Welcome welcome = signIn(first);
    Client second;
    QVERIFY(second.open(m_server->serverPort()));
    Hello hello;
    hello.token = welcome.token;
    hello.client = QStringLiteral("tst/1");
    second.send(hello);
    QCOMPARE(as<Welcome>(second.next()).user.id, QStringLiteral("agent1"));

    Client third;
    QVERIFY(third.open(m_server->serverPort()));
    hello.token = QStringLiteral("forged-token");
    third.send(hello);
    QCOMPARE(as<ErrorMessage>(third.next()).code, QString(errors::AuthFailed));
    QVERIFY(third.waitClosed());
    QCOMPARE(int(third.socket.closeCode()), int(CloseAuthFailed));
}

void TestAgentGateway::silence_closes4008()
{
    m_server.reset();
    m_server = startServer(100);
    Client client;
    const Welcome welcome = signIn(client);
    QCOMPARE(welcome.heartbeatMs, 100);
    QVERIFY(client.waitClosed(3000));
    QCOMPARE(int(client.socket.closeCode()), int(CloseHeartbeatTimeout));
}

void TestAgentGateway::noHello_closes4001()
{
    m_server.reset();
    m_server = startServer(15'000, 100);
    Client client;
    QVERIFY(client.open(m_server->serverPort()));
    QVERIFY(client.waitClosed(3000));
    QCOMPARE(int(client.socket.closeCode()), int(CloseAuthFailed));
}

void TestAgentGateway::callAndEnd(Client &client)
{
    signIn(client);
    m_server->httpApi()->postCall(
        R"({"callId":"c-7","event":"connected","ani":"+31612345678","agent":"agent1"})", kKey);
    QVERIFY(std::holds_alternative<CallConnected>(client.next()->message));
    QCOMPARE(as<AgentStateChanged>(client.next()).state, QStringLiteral("on_call"));
    m_server->httpApi()->postCall(R"({"callId":"c-7","event":"ended","agent":"agent1"})", kKey);
    QVERIFY(std::holds_alternative<CallEnded>(client.next()->message));
}

void TestAgentGateway::agentState_signInIsAvailableInSnapshot()
{
    Client client;
    QVERIFY(client.open(m_server->serverPort()));
    client.send(client.login(), QStringLiteral("h1"));
    QCOMPARE(as<Welcome>(client.next()).wrapUpSeconds, 60);
    const Snapshot snapshot = as<Snapshot>(client.next());
    QVERIFY(snapshot.agent);
    QCOMPARE(snapshot.agent->state, QStringLiteral("available"));
    QCOMPARE(snapshot.agent->reason, QStringLiteral("signed_in"));
    QVERIFY(!snapshot.agent->wrapUpEndsAt.isValid());
}

void TestAgentGateway::agentState_callConnectedIsOnCall()
{
    Client client;
    signIn(client);
    const auto call = m_server->httpApi()->postCall(
        R"({"callId":"c-7","event":"connected","ani":"+31612345678","agent":"agent1"})", kKey);
    QCOMPARE(call.body.value(QLatin1StringView("agentState")).toString(), QStringLiteral("on_call"));
    QVERIFY(std::holds_alternative<CallConnected>(client.next()->message));
    const auto state = client.next();
    QCOMPARE(state->seq, 3);
    QCOMPARE(as<AgentStateChanged>(state).state, QStringLiteral("on_call"));
    QCOMPARE(as<AgentStateChanged>(state).reason, QStringLiteral("call_connected"));
}

void TestAgentGateway::agentState_callEndedIsWrapUpWithEnd()
{
    Client client;
    callAndEnd(client);
    const AgentStateChanged wrapUp = as<AgentStateChanged>(client.next());
    QCOMPARE(wrapUp.state, QStringLiteral("wrap_up"));
    QCOMPARE(wrapUp.reason, QStringLiteral("call_ended"));
    QVERIFY(!wrapUp.extended);
    QCOMPARE(wrapUp.since.secsTo(wrapUp.wrapUpEndsAt), 60);
    QCOMPARE(m_server->gateway()->agentState(QStringLiteral("agent1")).state, QStringLiteral("wrap_up"));
}

void TestAgentGateway::agentState_wrapUpExpiresToAvailable()
{
    m_server.reset();
    m_server = startServer(15'000, 10'000, 1);
    Client client;
    callAndEnd(client);
    QCOMPARE(as<AgentStateChanged>(client.next()).state, QStringLiteral("wrap_up"));
    const auto expired = client.next(5000);
    QVERIFY(expired);
    QCOMPARE(as<AgentStateChanged>(expired).state, QStringLiteral("available"));
    QCOMPARE(as<AgentStateChanged>(expired).reason, QStringLiteral("wrap_up_expired"));
}

void TestAgentGateway::agentState_breakAndAvailableRequests()
{
    Client client;
    signIn(client);
    client.send(AgentStateRequest{QStringLiteral("break"), false}, QStringLiteral("a1"));
    const AgentStateChanged onBreak = as<AgentStateChanged>(client.next());
    QCOMPARE(onBreak.state, QStringLiteral("break"));
    QCOMPARE(onBreak.reason, QStringLiteral("requested"));
    client.send(AgentStateRequest{QStringLiteral("available"), false}, QStringLiteral("a2"));
    QCOMPARE(as<AgentStateChanged>(client.next()).state, QStringLiteral("available"));
    QCOMPARE(m_server->gateway()->agentState(QStringLiteral("agent1")).state, QStringLiteral("available"));
}

void TestAgentGateway::agentState_requestRefusedOnCall()
{
    Client client;
    signIn(client);
    m_server->httpApi()->postCall(
        R"({"callId":"c-7","event":"connected","ani":"+31612345678","agent":"agent1"})", kKey);
    QVERIFY(std::holds_alternative<CallConnected>(client.next()->message));
    QCOMPARE(as<AgentStateChanged>(client.next()).state, QStringLiteral("on_call"));
    client.send(AgentStateRequest{QStringLiteral("break"), false}, QStringLiteral("a1"));
    const auto refused = client.next();
    QCOMPARE(refused->rid, QStringLiteral("a1"));
    QCOMPARE(as<ErrorMessage>(refused).code, QString(errors::InvalidMessage));
    QCOMPARE(m_server->gateway()->agentState(QStringLiteral("agent1")).state, QStringLiteral("on_call"));
}

void TestAgentGateway::agentState_extendOnceSecondRefused()
{
    Client client;
    callAndEnd(client);
    const AgentStateChanged wrapUp = as<AgentStateChanged>(client.next());
    client.send(AgentStateRequest{QStringLiteral("wrap_up"), true}, QStringLiteral("a1"));
    const AgentStateChanged extended = as<AgentStateChanged>(client.next());
    QCOMPARE(extended.state, QStringLiteral("wrap_up"));
    QVERIFY(extended.extended);
    QCOMPARE(extended.since, wrapUp.since);
    QCOMPARE(wrapUp.wrapUpEndsAt.secsTo(extended.wrapUpEndsAt), 60);
    client.send(AgentStateRequest{QStringLiteral("wrap_up"), true}, QStringLiteral("a2"));
    const auto refused = client.next();
    QCOMPARE(refused->rid, QStringLiteral("a2"));
    QCOMPARE(as<ErrorMessage>(refused).code, QString(errors::InvalidMessage));
    QVERIFY(as<ErrorMessage>(refused).message.contains(QStringLiteral("extended already")));
}

void TestAgentGateway::agentState_sharedByTwoSessions()
{
    Client first;
    signIn(first);
    Client second;
    signIn(second); // a second session does not sign the agent in again
    QCOMPARE(m_server->gateway()->liveConnectionCount(), 2);
    second.send(AgentStateRequest{QStringLiteral("break"), false}, QStringLiteral("a1"));
    QCOMPARE(as<AgentStateChanged>(second.next()).state, QStringLiteral("break"));
    const auto seen = first.next();
    QCOMPARE(seen->seq, 2);
    QCOMPARE(as<AgentStateChanged>(seen).state, QStringLiteral("break"));
    // One session closing leaves the agent on break.
    second.socket.close();
    QTRY_COMPARE(m_server->gateway()->liveConnectionCount(), 1);
    QCOMPARE(m_server->gateway()->agentState(QStringLiteral("agent1")).state, QStringLiteral("break"));
    QVERIFY(!first.next(200));
}

void TestAgentGateway::agentState_signOutIsOfflineAtOnce()
{
    Client client;
    signIn(client);
    QCOMPARE(m_server->gateway()->agentState(QStringLiteral("agent1")).state, QStringLiteral("available"));
    // What the desktop's sign-out sends before closing.
    client.send(AgentStateRequest{QStringLiteral("offline"), false}, QStringLiteral("a1"));
    QCOMPARE(as<AgentStateChanged>(client.next()).state, QStringLiteral("offline"));
    client.socket.close();
    QTRY_COMPARE(m_server->gateway()->liveConnectionCount(), 0);
    QCOMPARE(m_server->gateway()->agentState(QStringLiteral("agent1")).state, QStringLiteral("offline"));
    QCOMPARE(m_server->gateway()->agentState(QStringLiteral("agent1")).reason, QStringLiteral("requested"));
    const auto call = m_server->httpApi()->postCall(
        R"({"callId":"c-8","event":"connected","ani":"+31612345678","agent":"agent1"})", kKey);
    QCOMPARE(call.body.value(QLatin1StringView("agentState")).toString(), QStringLiteral("offline"));
}

void TestAgentGateway::agentState_lostConnectionKeepsStateForTheGrace()
{
    m_server.reset();
    m_server = startServer(15'000, 10'000, 60, 400);
    Client client;
    signIn(client);
    client.send(AgentStateRequest{QStringLiteral("break"), false}, QStringLiteral("a1"));
    QCOMPARE(as<AgentStateChanged>(client.next()).state, QStringLiteral("break"));

    // A blip: the connection ends without signing out; back within the grace
    // (a new session here, as after an app restart), still on the break.
    client.socket.abort();
    QTRY_COMPARE(m_server->gateway()->liveConnectionCount(), 0);
    QCOMPARE(m_server->gateway()->agentState(QStringLiteral("agent1")).state, QStringLiteral("break"));
    Welcome welcome;
    const auto signInForSnapshot = [this, &welcome](Client &c) {
        if (!c.open(m_server->serverPort()))
            return Snapshot{};
        c.send(c.login(), QStringLiteral("h1"));
        welcome = as<Welcome>(c.next());
        return as<Snapshot>(c.next());
    };
    Client back;
    const Snapshot snapshot = signInForSnapshot(back);
    QVERIFY(snapshot.agent);
    QCOMPARE(snapshot.agent->state, QStringLiteral("break"));
    QCOMPARE(snapshot.agent->reason, QStringLiteral("requested"));

    // Gone for longer than the grace: offline, and the reason says why.
    back.socket.abort();
    QTRY_COMPARE(m_server->gateway()->agentState(QStringLiteral("agent1")).state, QStringLiteral("offline"));
    QCOMPARE(m_server->gateway()->agentState(QStringLiteral("agent1")).reason,
             QStringLiteral("connection_lost"));
    // Resuming after that replays the offline (the desktop decodes the reason)
    // and signs the agent in afresh.
    Client later;
    QVERIFY(later.open(m_server->serverPort()));
    Hello hello;
    hello.token = welcome.token;
    hello.client = QStringLiteral("tst/1");
    hello.resume = ResumePoint{welcome.session, 1};
    later.send(hello, QStringLiteral("h2"));
    QVERIFY(as<Welcome>(later.next()).resumed);
    const AgentStateChanged lost = as<AgentStateChanged>(later.next());
    QCOMPARE(lost.state, QStringLiteral("offline"));
    QCOMPARE(lost.reason, QStringLiteral("connection_lost"));
    const AgentStateChanged fresh = as<AgentStateChanged>(later.next());
    QCOMPARE(fresh.state, QStringLiteral("available"));
    QCOMPARE(fresh.reason, QStringLiteral("signed_in"));
}

void TestAgentGateway::welcome_dispositionsByRole()
{
    Client agent;
    QCOMPARE(signIn(agent).dispositions, dispositionCodes());
    Client store;
    const Welcome welcome = signIn(store, QStringLiteral("store1"));
    QCOMPARE(welcome.user.role, QStringLiteral("store"));
    QCOMPARE(welcome.dispositions.value(0), QStringLiteral("purchase_intent"));
    QVERIFY(!welcome.dispositions.contains(QStringLiteral("callback")));
}

void TestAgentGateway::lookup_returnsMaskedCandidatesAndAudits()
{
    Client client;
    signIn(client, QStringLiteral("store1"));
    client.send(Lookup{QStringLiteral("06 1234 5678"), {}, {}}, QStringLiteral("l1"));
    const auto reply = client.next();
    QVERIFY(reply);
    QCOMPARE(reply->rid, QStringLiteral("l1"));
    const LookupResult result = as<LookupResult>(reply);
    QCOMPARE(result.candidates.size(), 1);
    const ProfileCandidate &marta = result.candidates.first();
    QCOMPARE(marta.name, QStringLiteral("Marta Jansen"));
    QCOMPARE(marta.reason, QStringLiteral("phone matches"));
    QCOMPARE(marta.phone, maskPhone(QStringLiteral("+31612345678")));
    QVERIFY(!marta.email.contains(QStringLiteral("marta.jansen")));
    QCOMPARE(marta.cartItems, 2);
    const QList<AuditEntry> audit = m_server->store()->auditEntries(10);
    QVERIFY(!audit.isEmpty());
    QCOMPARE(audit.first().actor, QStringLiteral("store1"));
    QCOMPARE(audit.first().action, QStringLiteral("profile.lookup"));
    QCOMPARE(audit.first().targets, QStringList{marta.profileId});
    QVERIFY(!audit.first().detail.contains(QStringLiteral("1234"))); // never the query value
}

void TestAgentGateway::lookup_badPhone_invalidMessage()
{
    Client client;
    signIn(client);
    client.send(Lookup{QStringLiteral("call me maybe"), {}, {}}, QStringLiteral("l2"));
    const auto reply = client.next();
    QCOMPARE(reply->rid, QStringLiteral("l2"));
    const ErrorMessage error = as<ErrorMessage>(reply);
    QCOMPARE(error.code, QString(errors::InvalidMessage));
    QCOMPARE(error.message, QStringLiteral("payload.phone: not a phone number"));
    // Still connected and answering.
    client.send(Lookup{{}, {}, QStringLiteral("jansen")}, QStringLiteral("l3"));
    QCOMPARE(as<LookupResult>(client.next()).candidates.size(), 1);
}

void TestAgentGateway::profileOpen_withoutLookupForbidden()
{
    Client client;
    signIn(client, QStringLiteral("store1"));
    const QString id = m_server->engine()->findByPhone(QStringLiteral("+31612345678"));
    QVERIFY(!id.isEmpty());
    client.send(ProfileOpen{id, {}}, QStringLiteral("v1"));
    const ErrorMessage error = as<ErrorMessage>(client.next());
    QCOMPARE(error.code, QString(errors::Forbidden));
    QVERIFY(m_server->gateway()->openedProfileOf(QStringLiteral("store1")).isEmpty());
    // A call id that is not the user's active call is refused too.
    client.send(ProfileOpen{id, QStringLiteral("c-nope")}, QStringLiteral("v2"));
    QCOMPARE(as<ErrorMessage>(client.next()).code, QString(errors::Forbidden));
}

void TestAgentGateway::profileOpen_afterLookupStreamsPatches()
{
    Client client;
    signIn(client, QStringLiteral("store1"));
    client.send(Lookup{{}, QStringLiteral("MARTA.JANSEN@example.com"), {}}, QStringLiteral("l1"));
    const LookupResult result = as<LookupResult>(client.next());
    QCOMPARE(result.candidates.size(), 1);
    const QString id = result.candidates.first().profileId;
    client.send(ProfileOpen{id, {}}, QStringLiteral("v1"));
    const auto openedFrame = client.next();
    QVERIFY(openedFrame && openedFrame->seq > 0);
    const ProfileOpened opened = as<ProfileOpened>(openedFrame);
    QCOMPARE(opened.profile.id, id);
    QVERIFY(opened.callId.isEmpty());
    QCOMPARE(opened.profile.cart.lines.size(), 2);
    QVERIFY(!opened.profile.phone.contains(QStringLiteral("612345"))); // masked for the store role
    QCOMPARE(m_server->store()->auditEntries(1).first().action, QStringLiteral("profile.view"));
    // Opened outside a call: the next steps are worded for the store, never "on the call".
    const auto storeWording = [](const QList<NextStep> &steps) {
        for (const NextStep &step : steps) {
            if ((step.title + step.reason + step.talkingPoints.join(QLatin1Char(' ')))
                    .contains(QLatin1StringView("call"), Qt::CaseInsensitive))
                return false;
        }
        return !steps.isEmpty();
    };
    QCOMPARE(opened.profile.nextSteps.first().title,
             QStringLiteral("Offer to complete the order here in the store"));
    QVERIFY(storeWording(opened.profile.nextSteps));

    // A cart change on the web reaches the store associate live.
    const auto events = m_server->httpApi()->postEvents(
        R"({"_id":"live-store-1","timestamp":"2026-11-20T09:15:30Z","identityMap":{"Email":[{"id":"marta.jansen@example.com"}]},
            "commerce":{"productListAdds":{"value":1}},
            "productListItems":[{"SKU":"CASE-X15","name":"Phone case","quantity":1,"priceTotal":19,"currencyCode":"EUR"}]})",
        kKey);
    QCOMPARE(events.status, 202);
    const ProfilePatch patch = as<ProfilePatch>(client.next());
    QCOMPARE(patch.profileId, id);
    QCOMPARE(patch.cart->lines.size(), 3);
    QVERIFY(patch.nextSteps && storeWording(*patch.nextSteps));

    // A snapshot (say, after a reconnect) brings the opened profile back.
    client.send(SnapshotRequest{}, QStringLiteral("s1"));
    const Snapshot snapshot = as<Snapshot>(client.next());
    QVERIFY(snapshot.opened);
    QCOMPARE(snapshot.opened->id, id);
    QVERIFY(!snapshot.opened->phone.contains(QStringLiteral("612345"))); // masked here too
    QVERIFY(storeWording(snapshot.opened->nextSteps));
}

void TestAgentGateway::language_nextStepsInEachReadersLanguage()
{
    // An agent whose desktop runs in Portuguese (the locale name a desktop
    // sends) on a call with Marta; a store associate in German and another agent in a
    // language the service does not ship have her profile open.
    Client agent;
    signIn(agent, QStringLiteral("agent1"), QStringLiteral("pt-BR"));
    const QString id = m_server->engine()->findByPhone(QStringLiteral("+31612345678"));
    const auto openFor = [&](Client &client, const QString &user, const QString &language) {
        signIn(client, user, language);
        client.send(Lookup{{}, QStringLiteral("marta.jansen@example.com"), {}}, QStringLiteral("l1"));
        as<LookupResult>(client.next());
        client.send(ProfileOpen{id, {}}, QStringLiteral("v1"));
        return as<ProfileOpened>(client.next());
    };
    Client german;
    Client finnish;
    QCOMPARE(
        openFor(german, QStringLiteral("store1"), QStringLiteral("de_AT")).profile.nextSteps.first().title,
        QStringLiteral("Anbieten, die Bestellung hier in der Filiale abzuschließen"));
    QCOMPARE(
        openFor(finnish, QStringLiteral("agent2"), QStringLiteral("fi_FI")).profile.nextSteps.first().title,
        QStringLiteral("Offer to complete the order here in the store"));

    QCOMPARE(
        m_server->httpApi()
            ->postCall(R"({"callId":"c-pt","event":"connected","ani":"+31612345678","agent":"agent1"})", kKey)
            .status,
        200);
    const CallConnected connected = as<CallConnected>(agent.next());
    QVERIFY(connected.call.profile);
    const NextStep popped = connected.call.profile->nextSteps.first();
    QCOMPARE(popped.id, QStringLiteral("abandoned-cart"));
    QCOMPARE(popped.title, QStringLiteral("Ofereça concluir o pedido durante a ligação"));
    QVERIFY2(popped.reason.startsWith(QStringLiteral("Carrinho com 2 itens")), qPrintable(popped.reason));
    QVERIFY2(popped.reason.contains(QStringLiteral(" há ")), qPrintable(popped.reason));

    // One cart change: each reader gets the new steps in their own language and wording.
    QCOMPARE(
        m_server->httpApi()
            ->postEvents(
                R"({"_id":"live-pt-1","timestamp":"2026-11-20T09:15:30Z","identityMap":{"Phone":[{"id":"+31612345678"}]},
                         "commerce":{"productListAdds":{"value":1}},
                         "productListItems":[{"SKU":"CASE-X15","name":"Phone case","quantity":1,"priceTotal":19,"currencyCode":"EUR"}]})",
                kKey)
            .status,
        202);
    const auto patchOf = [](Client &client) {
        for (int i = 0; i < 4; ++i) {
            const auto frame = client.next();
            if (frame && std::holds_alternative<ProfilePatch>(frame->message))
                return std::get<ProfilePatch>(frame->message);
        }
        return ProfilePatch{};
    };
    const ProfilePatch portuguese = patchOf(agent);
    QVERIFY(portuguese.nextSteps);
    QCOMPARE(portuguese.nextSteps->first().title, popped.title);
    QVERIFY2(portuguese.nextSteps->first().reason.startsWith(QStringLiteral("Carrinho com 3 itens")),
             qPrintable(portuguese.nextSteps->first().reason));
    QCOMPARE(portuguese.nextSteps->first().talkingPoints.constLast(),
             QStringLiteral("Ofereça fazer o pedido agora, nesta ligação"));
    const ProfilePatch inGerman = patchOf(german);
    QVERIFY(inGerman.nextSteps);
    QCOMPARE(inGerman.nextSteps->first().title,
             QStringLiteral("Anbieten, die Bestellung hier in der Filiale abzuschließen"));
    QVERIFY2(inGerman.nextSteps->first().reason.startsWith(QStringLiteral("Warenkorb mit 3 Artikeln")),
             qPrintable(inGerman.nextSteps->first().reason));
    QCOMPARE(inGerman.nextSteps->first().talkingPoints.constLast(),
             QStringLiteral("Bieten Sie an, die Bestellung jetzt hier in der Filiale aufzugeben"));
    const ProfilePatch inEnglish = patchOf(finnish);
    QVERIFY(inEnglish.nextSteps);
    QVERIFY2(inEnglish.nextSteps->first().reason.startsWith(QStringLiteral("Cart with 3 items")),
             qPrintable(inEnglish.nextSteps->first().reason));
    QCOMPARE(inEnglish.nextSteps->first().talkingPoints.constLast(),
             QStringLiteral("Offer to place the order now, here in the store"));
    // The rest of the patch is the same for everybody.
    QCOMPARE(portuguese.cart, inGerman.cart);
    QCOMPARE(portuguese.version, inEnglish.version);

    // A snapshot (after a reconnect) keeps the language.
    agent.send(SnapshotRequest{}, QStringLiteral("s1"));
    const Snapshot snapshot = as<Snapshot>(agent.next());
    QVERIFY(snapshot.call && snapshot.call->profile);
    QCOMPARE(snapshot.call->profile->nextSteps.first().title, popped.title);
    QVERIFY(
        snapshot.call->profile->nextSteps.first().reason.startsWith(QStringLiteral("Carrinho com 3 itens")));
}

void TestAgentGateway::outcome_storesDecisionsAndContext()
{
    Client client;
    signIn(client, QStringLiteral("store1"));
    const QString id = m_server->engine()->findByPhone(QStringLiteral("+31612345678"));
    const std::optional<Profile> seen = m_server->engine()->loadProfile(id, 5);
    QVERIFY(seen && !seen->nextSteps.isEmpty());
    OutcomeLog log;
    log.key = QStringLiteral("store-visit-0001");
    log.profileId = id;
    log.channel = QStringLiteral("store");
    log.disposition = QStringLiteral("purchase_intent");
    log.notes = QStringLiteral("Will come back on Saturday");
    log.loggedAt = QDateTime::currentDateTimeUtc();
    log.steps = {
        StepDecision{
            seen->nextSteps.first().id, seen->nextSteps.first().title, QStringLiteral("accepted"), {}},
        StepDecision{QStringLiteral("other-step"), QStringLiteral("Upsell insurance"),
                     QStringLiteral("dismissed"), QStringLiteral("Not interested today")}};
    log.intent = {seen->cart.lines.first()};
    log.followUp = FollowUp{QDate(2026, 11, 28), QStringLiteral("store")};
    log.context = seen;
    client.send(log, QStringLiteral("o1"));
    const OutcomeAck ack = as<OutcomeAck>(client.next());
    QVERIFY(!ack.duplicate);

    const std::optional<StoredOutcome> stored = m_server->store()->outcome(ack.outcomeId);
    QVERIFY(stored);
    QCOMPARE(stored->agent, QStringLiteral("store1"));
    QCOMPARE(stored->log, log); // everything the desktop sent, context included

    const std::optional<Profile> after = m_server->engine()->loadProfile(id, 20);
    QStringList types;
    for (const TimelineEvent &event : after->timeline)
        types.append(event.type);
    QVERIFY2(types.contains(QStringLiteral("store.outcome")), qPrintable(types.join(u',')));
    QVERIFY(types.contains(QStringLiteral("recommendation.accepted")));
    QVERIFY(types.contains(QStringLiteral("recommendation.dismissed")));
    QVERIFY(types.contains(QStringLiteral("purchase.intent")));

    // Sent again (no ack seen): acknowledged as a duplicate, no second set of events.
    const int events = m_server->store()->eventCount();
    client.send(log, QStringLiteral("o2"));
    QVERIFY(as<OutcomeAck>(client.next()).duplicate);
    QCOMPARE(m_server->store()->eventCount(), events);
}

void TestAgentGateway::outcome_retryAfterCrashAddsMissingTimelineEvents()
{
    Client client;
    signIn(client);
    const QString id = m_server->engine()->findByPhone(QStringLiteral("+31612345678"));
    OutcomeLog log;
    log.key = QStringLiteral("crash-between-commit-and-timeline");
    log.profileId = id;
    log.channel = QStringLiteral("call");
    log.disposition = QStringLiteral("callback");
    log.loggedAt = QDateTime::currentDateTimeUtc();
    log.steps = {StepDecision{QStringLiteral("abandoned-cart"),
                              QStringLiteral("Recover the cart"),
                              QStringLiteral("accepted"),
                              {}}};
    // What a service killed right after the outcome's commit leaves behind:
    // the outcome row, none of its timeline events.
    const std::optional<OutcomeRecord> stored =
        m_server->store()->storeOutcome(log, QStringLiteral("agent1"), log.loggedAt);
    QVERIFY(stored && !stored->duplicate);
    const int before = m_server->store()->eventCount();

    // The desktop never saw an ack and sends the outcome again.
    client.send(log, QStringLiteral("o1"));
    const OutcomeAck ack = as<OutcomeAck>(client.next());
    QVERIFY(ack.duplicate);
    QCOMPARE(ack.outcomeId, stored->id);
    QCOMPARE(m_server->store()->eventCount(), before + 2); // the outcome and the accepted step
    const std::optional<Profile> after = m_server->engine()->loadProfile(id, 20);
    QVERIFY(after);
    QStringList types;
    for (const TimelineEvent &event : after->timeline)
        types.append(event.type);
    QVERIFY2(types.contains(QStringLiteral("call.outcome")), qPrintable(types.join(u',')));
    QVERIFY(types.contains(QStringLiteral("recommendation.accepted")));

    // A third send changes nothing.
    client.send(log, QStringLiteral("o2"));
    QVERIFY(as<OutcomeAck>(client.next()).duplicate);
    QCOMPARE(m_server->store()->eventCount(), before + 2);
}

void TestAgentGateway::outcome_supervisorForbidden()
{
    Client client;
    signIn(client, QStringLiteral("super1"));
    OutcomeLog log;
    log.key = QStringLiteral("super-outcome-1");
    log.disposition = QStringLiteral("other");
    log.loggedAt = QDateTime::currentDateTimeUtc();
    client.send(log, QStringLiteral("o1"));
    QCOMPARE(as<ErrorMessage>(client.next()).code, QString(errors::Forbidden));
    QCOMPARE(m_server->store()->outcomeCount(), 0);
}

void TestAgentGateway::floor_supervisorSeesEveryAgentThenChanges()
{
    Client agent;
    signIn(agent); // agent1 available
    Client super;
    signIn(super, QStringLiteral("super1"));
    super.send(FloorWatch{}, QStringLiteral("f1"));
    const auto answer = super.next();
    QVERIFY(answer);
    QCOMPARE(answer->rid, QStringLiteral("f1"));
    const FloorState floor = as<FloorState>(answer);
    QVERIFY(floor.complete);
    QStringList ids;
    for (const FloorAgent &line : floor.agents)
        ids.append(line.agent);
    // Agents and store staff, never supervisors or admins.
    QCOMPARE(ids,
             (QStringList{QStringLiteral("agent1"), QStringLiteral("agent2"), QStringLiteral("store1")}));
    QCOMPARE(floor.agents.at(0).state, QStringLiteral("available"));
    QCOMPARE(floor.agents.at(0).sessions, 1);
    QCOMPARE(floor.agents.at(1).state, QStringLiteral("offline"));
    QCOMPARE(floor.agents.at(2).role, QStringLiteral("store"));

    // A call: the floor shows agent1 on it, then in wrap-up once it ends.
    m_server->httpApi()->postCall(
        R"({"callId":"c-floor","event":"connected","ani":"+31612345678","agent":"agent1"})", kKey);
    const auto onCall = super.next();
    QVERIFY(onCall && onCall->seq > 0); // a stream message
    QCOMPARE(as<FloorAgentChanged>(onCall).agent.state, QStringLiteral("on_call"));
    QCOMPARE(as<FloorAgentChanged>(onCall).agent.callId, QStringLiteral("c-floor"));
    QVERIFY(as<FloorAgentChanged>(onCall).agent.callSince.isValid());
    m_server->httpApi()->postCall(R"({"callId":"c-floor","event":"ended","agent":"agent1"})", kKey);
    const FloorAgent wrapUp = as<FloorAgentChanged>(super.next()).agent;
    QCOMPARE(wrapUp.state, QStringLiteral("wrap_up"));
    QVERIFY(wrapUp.callId.isEmpty());
    QVERIFY(wrapUp.wrapUpEndsAt > wrapUp.since);

    // Signing out (offline asked for, then the connection closes) shows as
    // offline with no desktops.
    agent.send(AgentStateRequest{QStringLiteral("offline"), false}, QStringLiteral("a9"));
    QCOMPARE(as<FloorAgentChanged>(super.next()).agent.state, QStringLiteral("offline"));
    agent.socket.close();
    const FloorAgent gone = as<FloorAgentChanged>(super.next()).agent;
    QCOMPARE(gone.state, QStringLiteral("offline"));
    QCOMPARE(gone.sessions, 0);
}

void TestAgentGateway::floor_agentForbidden()
{
    for (const QString &user : {QStringLiteral("agent1"), QStringLiteral("store1")}) {
        Client client;
        signIn(client, user);
        client.send(FloorWatch{}, QStringLiteral("f1"));
        const auto answer = client.next();
        QCOMPARE(as<ErrorMessage>(answer).code, QString(errors::Forbidden));
        QCOMPARE(answer->rid, QStringLiteral("f1"));
        // Nothing of the floor follows: a call of another agent is not pushed here.
        m_server->httpApi()->postCall(
            R"({"callId":"c-f2","event":"connected","ani":"+31612345678","agent":"agent2"})", kKey);
        QVERIFY(!client.next(300));
        m_server->httpApi()->postCall(R"({"callId":"c-f2","event":"ended","agent":"agent2"})", kKey);
    }
}

QTEST_GUILESS_MAIN(TestAgentGateway)
#include "tst_agentgateway.moc"
