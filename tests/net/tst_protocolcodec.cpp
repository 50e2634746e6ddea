#include "Catalogues.h"
#include "JsonReader.h"
#include "Protocol.h"
#include "ProtocolCodec.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace omnidesk;
using namespace omnidesk::protocol;

namespace {

QDateTime at(const char *iso)
{
    return fromWireTime(QString::fromLatin1(iso));
}

Profile sampleProfile()
{
    Profile p;
    p.id = QStringLiteral("p-1001");
    p.version = 7;
    p.name = QStringLiteral("Marta Jansen");
    p.phone = QStringLiteral("+31612345678");
    p.email = QStringLiteral("marta.jansen@example.com");
    p.tier = QStringLiteral("gold");
    p.updatedAt = at("2026-11-20T09:14:00.000Z");
    p.cart.currency = QStringLiteral("EUR");
    p.cart.updatedAt = at("2026-11-17T18:20:00.000Z");
    p.cart.abandonedSince = at("2026-11-17T18:50:00.000Z");
    p.cart.lines = {{QStringLiteral("PH-X15-128"), QStringLiteral("Phone X15 128 GB"), 1, 79900},
                    {QStringLiteral("PLAN-5G-20"), QStringLiteral("Mobile plan 5G 20 GB"), 1, 2500}};
    p.timeline = {{QStringLiteral("e-2"), at("2026-11-18T08:00:00.000Z"), QStringLiteral("email"),
                   QStringLiteral("email.opened"), QStringLiteral("Opened \u201cYour cart is waiting\u201d")},
                  {QStringLiteral("e-1"), at("2026-11-17T18:20:00.000Z"), QStringLiteral("web"),
                   QStringLiteral("cart.add"), QStringLiteral("Added Phone X15")}};
    p.nextSteps = {{QStringLiteral("abandoned-cart"),
                    QStringLiteral("Offer to complete the order"),
                    QStringLiteral("Cart abandoned 3 days ago"),
                    {QStringLiteral("Confirm the plan"), QStringLiteral("Offer activation")},
                    90}};
    return p;
}

ActiveCall sampleCall(bool known)
{
    ActiveCall call;
    call.callId = QStringLiteral("c-77");
    call.ani = QStringLiteral("+31612345678");
    call.match = known ? QStringLiteral("exact") : QStringLiteral("none");
    call.connectedAt = at("2026-11-20T09:15:00.000Z");
    if (known)
        call.profile = sampleProfile();
    return call;
}

// The ```json blocks of docs/protocol.md, split into documents at blank lines.
QList<QByteArray> protocolDocExamples()
{
    QFile doc(QStringLiteral(OMNIDESK_SOURCE_DIR "/docs/protocol.md"));
    if (!doc.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(doc.readAll());
    static const QRegularExpression block(QStringLiteral("```json\\n(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    QList<QByteArray> examples;
    for (auto it = block.globalMatch(text); it.hasNext();) {
        const QStringList documents = it.next().captured(1).split(QStringLiteral("\n\n"));
        for (const QString &document : documents) {
            if (!document.trimmed().isEmpty())
                examples.append(document.trimmed().toUtf8());
        }
    }
    return examples;
}

} // namespace

class TestProtocolCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void encode_setsEnvelopeFields();
    void encodeStream_matchesEncode_data() { roundTrip_data(); }
    void encodeStream_matchesEncode();
    void decode_rejectsBadFrames_data();
    void decode_rejectsBadFrames();
    void decode_keepsRequestIdForErrors();
    void decode_ignoresUnknownFields();
    void decode_refusesOversizedFrame();
    void decode_welcomeWithoutWrapUpLimit();
    void decode_outcomeAndRowFromOlderPeers();
    void decode_survivesGarbage();
    void decode_timelineFactsInTheInstalledLanguage_data();
    void decode_timelineFactsInTheInstalledLanguage();
    void encode_timelineFactsBesideTheSummary();
    void docExamples_allDecodeAndRoundTrip();
    void docExamples_coverEveryMessageType();
    void streamMessages_areTheNumberedOnes();
};

void TestProtocolCodec::roundTrip_data()
{
    QTest::addColumn<Frame>("frame");

    Hello hello;
    hello.user = QStringLiteral("agent1");
    hello.password = QStringLiteral("demo");
    hello.client = QStringLiteral("omnidesk/0.1.0");
    QTest::newRow("hello with password") << Frame{hello, QStringLiteral("h1"), 0};

    Hello resume;
    resume.token = QStringLiteral("q9dJ2kq3Yb8sM1x0TQm4aW");
    resume.client = QStringLiteral("omnidesk/0.1.0");
    resume.resume = ResumePoint{QStringLiteral("s-4e1f"), 42};
    resume.language = QStringLiteral("pt_BR");
    QTest::newRow("hello with token, resume and language") << Frame{resume, QStringLiteral("h2"), 0};

    Welcome welcome;
    welcome.session = QStringLiteral("s-4e1f");
    welcome.token = QStringLiteral("tok");
    welcome.resumed = true;
    welcome.lastSeq = 42;
    welcome.heartbeatMs = 15000;
    welcome.user = {QStringLiteral("agent1"), QStringLiteral("Alex Agent"), QStringLiteral("agent")};
    welcome.limits = {kMaxFrameBytes, kMaxMessageBytes, kMaxMessagesPerSecond, kMaxBatchEvents};
    QTest::newRow("welcome") << Frame{welcome, QStringLiteral("h2"), 0};
    welcome.wrapUpSeconds = 45;
    QTest::newRow("welcome with wrap-up limit") << Frame{welcome, QStringLiteral("h3"), 0};

    QTest::newRow("ping") << Frame{Ping{1763630102120}, QStringLiteral("p1"), 0};
    QTest::newRow("pong") << Frame{Pong{1763630102120}, QStringLiteral("p1"), 0};
    QTest::newRow("snapshot without call") << Frame{Snapshot{}, QString(), 1};
    QTest::newRow("snapshot with call")
        << Frame{Snapshot{sampleCall(true), std::nullopt, std::nullopt}, QString(), 9};
    QTest::newRow("snapshot.request") << Frame{SnapshotRequest{}, QStringLiteral("r5"), 0};

    const AgentStateChanged available{
        QStringLiteral("available"), at("2026-11-20T09:00:00.000Z"), {}, false, QStringLiteral("signed_in")};
    QTest::newRow("snapshot with agent state")
        << Frame{Snapshot{sampleCall(true), available, std::nullopt}, QString(), 2};
    QTest::newRow("agent.state break")
        << Frame{AgentStateRequest{QStringLiteral("break"), false}, QStringLiteral("a1"), 0};
    QTest::newRow("agent.state extend wrap-up")
        << Frame{AgentStateRequest{QStringLiteral("wrap_up"), true}, QStringLiteral("a2"), 0};
    QTest::newRow("agent.state.changed available") << Frame{available, QString(), 8};
    QTest::newRow("agent.state.changed extended wrap-up")
        << Frame{AgentStateChanged{QStringLiteral("wrap_up"), at("2026-11-20T09:21:12.000Z"),
                                   at("2026-11-20T09:23:12.000Z"), true, QStringLiteral("requested")},
                 QString(), 9};
    QTest::newRow("call.connected known") << Frame{CallConnected{sampleCall(true)}, QString(), 3};
    QTest::newRow("call.connected unknown caller") << Frame{CallConnected{sampleCall(false)}, QString(), 4};

    ProfilePatch patch;
    patch.profileId = QStringLiteral("p-1001");
    patch.base = 7;
    patch.version = 8;
    patch.cart = sampleProfile().cart;
    patch.timelineAdded = sampleProfile().timeline.mid(0, 1);
    patch.nextSteps = QList<NextStep>{};
    QTest::newRow("profile.patch full") << Frame{patch, QString(), 5};
    ProfilePatch timelineOnly;
    timelineOnly.profileId = QStringLiteral("p-1001");
    timelineOnly.base = 8;
    timelineOnly.version = 9;
    timelineOnly.timelineAdded = sampleProfile().timeline;
    QTest::newRow("profile.patch timeline only") << Frame{timelineOnly, QString(), 6};
    ProfilePatch facts;
    facts.profileId = QStringLiteral("p-1001");
    facts.base = 9;
    facts.version = 10;
    facts.consents = Consents{QStringLiteral("granted"), QStringLiteral("denied"), QString()};
    facts.lifetimeValue = 84300;
    facts.lastPurchaseAt = at("2026-11-20T09:30:00.000Z");
    facts.tier = QStringLiteral("gold");
    QTest::newRow("profile.patch facts") << Frame{facts, QString(), 7};
    ProfilePatch consentsCleared = facts;
    consentsCleared.consents = Consents{};
    consentsCleared.lifetimeValue.reset();
    consentsCleared.lastPurchaseAt = {};
    consentsCleared.tier.reset();
    QTest::newRow("profile.patch consents all unknown") << Frame{consentsCleared, QString(), 8};

    QTest::newRow("call.ended") << Frame{CallEnded{QStringLiteral("c-77"), at("2026-11-20T09:21:12.000Z")},
                                         QString(), 7};
    OutcomeLog outcome{QStringLiteral("3f0b3c1e-5a0e-4d43-9d55-0c2d2b8e1a77"),
                       QStringLiteral("c-77"),
                       QStringLiteral("p-1001"),
                       QStringLiteral("sale"),
                       QStringLiteral("Ordered the phone \u2014 \u00e9\u00e8 \U0001F4F1"),
                       at("2026-11-20T09:21:40.000Z"),
                       {},
                       {},
                       {},
                       {}};
    QTest::newRow("outcome.log with unicode notes") << Frame{outcome, QStringLiteral("o3"), 0};
    OutcomeLog afterCall = outcome;
    afterCall.callEndedAt = at("2026-11-20T09:21:12.000Z");
    QTest::newRow("outcome.log after the call ended") << Frame{afterCall, QStringLiteral("o5"), 0};
    QTest::newRow("outcome.ack") << Frame{OutcomeAck{outcome.key, 12, true, at("2026-11-20T09:21:40.210Z")},
                                          QStringLiteral("o3"), 0};
    QTest::newRow("error") << Frame{ErrorMessage{QStringLiteral("invalid_message"), QStringLiteral("why")},
                                    QStringLiteral("o3"), 0};

    OutcomeLog full = outcome;
    full.channel = QStringLiteral("store");
    full.callId.clear();
    full.disposition = QStringLiteral("purchase_intent");
    full.steps = {
        StepDecision{
            QStringLiteral("abandoned-cart"), QStringLiteral("Offer"), QStringLiteral("accepted"), {}},
        StepDecision{
            QStringLiteral("active-cart"), {}, QStringLiteral("dismissed"), QStringLiteral("Not now")},
        StepDecision{QStringLiteral("x"), {}, QStringLiteral("shown"), {}}};
    full.intent = sampleProfile().cart.lines;
    full.followUp = FollowUp{QDate(2026, 11, 24), QStringLiteral("sms")};
    Profile context = sampleProfile();
    context.consents = Consents{QStringLiteral("granted"), QStringLiteral("denied"), {}};
    context.lifetimeValue = 184500;
    context.lastPurchaseAt = at("2026-10-02T14:05:00.000Z");
    full.context = context;
    QTest::newRow("outcome.log with decisions, intent, follow-up, context")
        << Frame{full, QStringLiteral("o4"), 0};

    Welcome withDispositions = welcome;
    withDispositions.dispositions = {QStringLiteral("purchase_intent"), QStringLiteral("sale")};
    QTest::newRow("welcome with dispositions") << Frame{withDispositions, QStringLiteral("h4"), 0};

    QTest::newRow("lookup phone") << Frame{Lookup{QStringLiteral("06 1234 5678"), {}, {}},
                                           QStringLiteral("l1"), 0};
    QTest::newRow("lookup text") << Frame{Lookup{{}, {}, QStringLiteral("jansen")}, QStringLiteral("l2"), 0};
    const ProfileCandidate candidate{QStringLiteral("p-1"),
                                     QStringLiteral("Marta"),
                                     QStringLiteral("gold"),
                                     QStringLiteral("+31 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022 678"),
                                     QStringLiteral("m\u2026@example.com"),
                                     QStringLiteral("phone matches"),
                                     2,
                                     82400,
                                     QStringLiteral("EUR"),
                                     at("2026-11-20T09:14:00.000Z")};
    QTest::newRow("lookup.result") << Frame{
        LookupResult{
            {candidate,
             ProfileCandidate{
                 QStringLiteral("p-2"), {}, {}, {}, {}, QStringLiteral("name contains"), 0, 0, {}, {}}}},
        QStringLiteral("l1"), 0};
    QTest::newRow("lookup.result empty") << Frame{LookupResult{}, QStringLiteral("l1"), 0};
    QTest::newRow("profile.open") << Frame{ProfileOpen{QStringLiteral("p-1"), {}}, QStringLiteral("v1"), 0};
    QTest::newRow("profile.open for a call")
        << Frame{ProfileOpen{QStringLiteral("p-1"), QStringLiteral("c-9")}, QStringLiteral("v2"), 0};
    QTest::newRow("profile.opened") << Frame{ProfileOpened{QStringLiteral("c-9"), sampleProfile()}, QString(),
                                             8};
    ActiveCall multiple = sampleCall(false);
    multiple.match = QStringLiteral("multiple");
    multiple.candidates = {candidate, candidate};
    multiple.candidates[1].profileId = QStringLiteral("p-3");
    QTest::newRow("call.connected multiple") << Frame{CallConnected{multiple}, QString(), 9};
    QTest::newRow("snapshot with opened profile")
        << Frame{Snapshot{std::nullopt, std::nullopt, sampleProfile()}, QString(), 10};

    InteractionsQuery query;
    query.from = at("2026-11-01T00:00:00.000Z");
    query.to = at("2026-12-01T00:00:00.000Z");
    query.agent = QStringLiteral("agent1");
    query.disposition = QStringLiteral("callback");
    query.channel = QStringLiteral("call");
    query.recommendation = QStringLiteral("abandoned-cart");
    query.decision = QStringLiteral("accepted");
    query.q = QStringLiteral("compare");
    query.sort = QStringLiteral("agent");
    query.limit = 500;
    query.cursor = QStringLiteral("eyJpIjo0Mn0");
    QTest::newRow("interactions.query every filter") << Frame{query, QStringLiteral("i1"), 0};
    QTest::newRow("interactions.query empty") << Frame{InteractionsQuery{}, QStringLiteral("i2"), 0};
    InteractionRow row{42,
                       at("2026-11-20T09:22:10.000Z"),
                       QStringLiteral("agent1"),
                       QStringLiteral("p-1001"),
                       QStringLiteral("M. J."),
                       QStringLiteral("call"),
                       QStringLiteral("callback"),
                       QStringLiteral("Wants to compare"),
                       2,
                       1,
                       1,
                       std::nullopt,
                       std::nullopt};
    InteractionRow timed = row;
    timed.id = 43;
    timed.profileId.clear();
    timed.customer.clear();
    timed.handleSeconds = 312;
    InteractionRow wrapped = timed;
    wrapped.id = 44;
    wrapped.wrapUpSeconds = 0; // logged during the call
    InteractionRow afterTalk = timed;
    afterTalk.id = 45;
    afterTalk.wrapUpSeconds = 47;
    QTest::newRow("interactions.page")
        << Frame{InteractionsPage{{row, timed, wrapped, afterTalk}, 1234, QStringLiteral("abc")},
                 QStringLiteral("i1"), 0};
    QTest::newRow("interactions.page last and empty") << Frame{InteractionsPage{}, QStringLiteral("i2"), 0};
    QTest::newRow("interaction.get") << Frame{InteractionGet{42, {}}, QStringLiteral("i3"), 0};
    QTest::newRow("interaction.get with a reveal reason") << Frame{
        InteractionGet{42, QStringLiteral("Callback promised in ticket 4711")}, QStringLiteral("i4"), 0};
    QTest::newRow("interaction.detail with context")
        << Frame{InteractionDetail{42, QStringLiteral("agent1"), at("2026-11-20T09:22:10.350Z"),
                                   QStringLiteral("Marta Jansen"), full},
                 QStringLiteral("i3"), 0};

    FloorAgent onCall{QStringLiteral("agent1"),
                      QStringLiteral("Alex Agent"),
                      QStringLiteral("agent"),
                      QStringLiteral("on_call"),
                      at("2026-11-23T09:12:03.000Z"),
                      {},
                      false,
                      QStringLiteral("c-77"),
                      at("2026-11-23T09:12:03.000Z"),
                      2};
    FloorAgent wrapping{QStringLiteral("agent2"),
                        QString(),
                        QStringLiteral("store"),
                        QStringLiteral("wrap_up"),
                        at("2026-11-23T09:20:40.000Z"),
                        at("2026-11-23T09:21:40.000Z"),
                        true,
                        {},
                        {},
                        0};
    QTest::newRow("floor.watch") << Frame{FloorWatch{}, QStringLiteral("f1"), 0};
    QTest::newRow("floor.state two people, more to come")
        << Frame{FloorState{{onCall, wrapping}, false}, QStringLiteral("f1"), 0};
    QTest::newRow("floor.state empty") << Frame{FloorState{}, QStringLiteral("f2"), 0};
    QTest::newRow("floor.agent") << Frame{FloorAgentChanged{wrapping}, QString(), 57};
}

void TestProtocolCodec::roundTrip()
{
    QFETCH(Frame, frame);
    const QByteArray wire = ProtocolCodec::encode(frame);
    const DecodeResult decoded = ProtocolCodec::decode(wire);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error.message));
    QCOMPARE(ProtocolCodec::typeName(decoded.frame->message), ProtocolCodec::typeName(frame.message));
    QVERIFY(*decoded.frame == frame);
    // Encoding is stable: the decoded frame encodes to the same bytes.
    QCOMPARE(ProtocolCodec::encode(*decoded.frame), wire);
}

void TestProtocolCodec::encodeStream_matchesEncode()
{
    QFETCH(Frame, frame);
    // The fan-out's encode-once text must be the very text encode() gives.
    const ProtocolCodec::StreamText encoded = ProtocolCodec::encodeStream(frame.message);
    for (const qint64 seq : {qint64(1), qint64(42), qint64(9007199254740991)}) {
        const Frame numbered{frame.message, QString(), seq};
        QCOMPARE(encoded.text(seq), QString::fromUtf8(ProtocolCodec::encode(numbered)));
        const DecodeResult decoded = ProtocolCodec::decode(encoded.text(seq));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error.message));
        QCOMPARE(decoded.frame->seq, seq);
    }
}

void TestProtocolCodec::encode_setsEnvelopeFields()
{
    const QByteArray wire = ProtocolCodec::encode(Frame{CallEnded{QStringLiteral("c-1"), {}}, QString(), 12});
    const QJsonObject o = QJsonDocument::fromJson(wire).object();
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("call.ended"));
    QCOMPARE(o.value(QStringLiteral("seq")).toInteger(), 12);
    QVERIFY(!o.contains(QStringLiteral("rid")));
    QCOMPARE(o.value(QStringLiteral("payload")).toObject().value(QStringLiteral("callId")).toString(),
             QStringLiteral("c-1"));
}

void TestProtocolCodec::decode_rejectsBadFrames_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messageContains");

    const QByteArray okOutcome =
        R"("payload":{"key":"3f0b3c1e-5a0e","disposition":"sale","loggedAt":"2026-11-20T09:21:40.000Z")";

    QTest::newRow("empty") << QByteArray() << "bad_frame"
                           << "not JSON";
    QTest::newRow("not json") << QByteArray("hello") << "bad_frame"
                              << "not JSON";
    QTest::newRow("truncated json") << QByteArray(R"({"type":"ping","payload":{)") << "bad_frame"
                                    << "not JSON";
    QTest::newRow("array") << QByteArray(R"([1,2,3])") << "bad_frame"
                           << "JSON object";
    // Qt 6.4 refuses a top-level scalar as "not JSON", newer Qt parses it; both are a bad_frame.
    QTest::newRow("string") << QByteArray(R"("ping")") << "bad_frame"
                            << "";
    QTest::newRow("missing type") << QByteArray(R"({"payload":{}})") << "invalid_message"
                                  << "type: missing";
    QTest::newRow("type not string") << QByteArray(R"({"type":5,"payload":{}})") << "invalid_message"
                                     << "type: expected a string";
    QTest::newRow("missing payload") << QByteArray(R"({"type":"ping"})") << "invalid_message"
                                     << "payload: missing";
    QTest::newRow("payload not object") << QByteArray(R"({"type":"ping","payload":[]})") << "invalid_message"
                                        << "payload: expected an object";
    QTest::newRow("unknown type") << QByteArray(R"({"type":"call.teleport","payload":{}})") << "unknown_type"
                                  << "call.teleport";
    QTest::newRow("floor.agent unknown state")
        << QByteArray(
               R"({"type":"floor.agent","seq":3,"payload":{"agent":{"agent":"a","role":"agent","state":"lunch","since":"2026-11-23T09:00:00Z"}}})")
        << "invalid_message"
        << "payload.agent.state: unknown value";
    QTest::newRow("floor.agent wrap-up without end")
        << QByteArray(
               R"({"type":"floor.agent","seq":3,"payload":{"agent":{"agent":"a","role":"agent","state":"wrap_up","since":"2026-11-23T09:00:00Z"}}})")
        << "invalid_message"
        << "payload.agent.wrapUpEndsAt: missing in wrap_up";
    QTest::newRow("floor.state without complete")
        << QByteArray(R"({"type":"floor.state","rid":"f1","payload":{"agents":[]}})") << "invalid_message"
        << "payload.complete: missing";
    QTest::newRow("interactions.query limit over 500")
        << QByteArray(R"({"type":"interactions.query","payload":{"limit":501}})") << "invalid_message"
        << "payload.limit: out of range";
    QTest::newRow("interactions.query unknown sort")
        << QByteArray(R"({"type":"interactions.query","payload":{"sort":"random"}})") << "invalid_message"
        << "payload.sort: unknown value";
    QTest::newRow("interactions.query decision shown")
        << QByteArray(R"({"type":"interactions.query","payload":{"decision":"shown"}})") << "invalid_message"
        << "payload.decision: unknown value";
    QTest::newRow("interactions.query to before from")
        << QByteArray(
               R"({"type":"interactions.query","payload":{"from":"2026-11-02T00:00:00Z","to":"2026-11-01T00:00:00Z"}})")
        << "invalid_message"
        << "payload.to: must be later than from";
    QTest::newRow("interaction.get without id")
        << QByteArray(R"({"type":"interaction.get","payload":{}})") << "invalid_message"
        << "payload.id: missing";
    QTest::newRow("seq zero") << QByteArray(R"({"type":"ping","seq":0,"payload":{}})") << "invalid_message"
                              << "seq: out of range";
    QTest::newRow("seq fractional") << QByteArray(R"({"type":"ping","seq":1.5,"payload":{}})")
                                    << "invalid_message"
                                    << "seq: expected an integer";
    QTest::newRow("seq huge") << QByteArray(R"({"type":"ping","seq":1e300,"payload":{}})")
                              << "invalid_message"
                              << "seq: expected an integer";
    QTest::newRow("rid too long") << QByteArray(R"({"type":"ping","rid":")" + QByteArray(65, 'x') +
                                                R"(","payload":{}})")
                                  << "invalid_message"
                                  << "rid: longer than 64";
    QTest::newRow("hello without client")
        << QByteArray(R"({"type":"hello","payload":{"user":"a","password":"b"}})") << "invalid_message"
        << "payload.client: missing";
    QTest::newRow("hello with both password and token")
        << QByteArray(R"({"type":"hello","payload":{"user":"a","password":"b","token":"t","client":"c"}})")
        << "invalid_message"
        << "either user and password, or token";
    QTest::newRow("hello with nothing")
        << QByteArray(R"({"type":"hello","payload":{"client":"c"}})") << "invalid_message"
        << "either user and password, or token";
    QTest::newRow("hello with a language that is no code")
        << QByteArray(R"({"type":"hello","payload":{"token":"t","client":"c","language":7}})")
        << "invalid_message"
        << "payload.language";
    QTest::newRow("hello resume without lastSeq")
        << QByteArray(R"({"type":"hello","payload":{"token":"t","client":"c","resume":{"session":"s"}}})")
        << "invalid_message"
        << "payload.resume.lastSeq: missing";
    QTest::newRow("outcome without key")
        << QByteArray(
               R"({"type":"outcome.log","payload":{"disposition":"sale","loggedAt":"2026-11-20T09:21:40Z"}})")
        << "invalid_message"
        << "payload.key: missing";
    QTest::newRow("outcome short key")
        << QByteArray(
               R"({"type":"outcome.log","payload":{"key":"k","disposition":"sale","loggedAt":"2026-11-20T09:21:40Z"}})")
        << "invalid_message"
        << "payload.key: shorter than 8";
    QTest::newRow("outcome unknown disposition")
        << QByteArray(
               R"({"type":"outcome.log","payload":{"key":"12345678","disposition":"maybe","loggedAt":"2026-11-20T09:21:40Z"}})")
        << "invalid_message"
        << "payload.disposition: unknown value";
    QTest::newRow("outcome bad time")
        << QByteArray(
               R"({"type":"outcome.log","payload":{"key":"12345678","disposition":"sale","loggedAt":"yesterday"}})")
        << "invalid_message"
        << "payload.loggedAt: expected an ISO 8601 time";
    QTest::newRow("outcome notes too long")
        << QByteArray(
               R"({"type":"outcome.log","payload":{"key":"12345678","disposition":"sale","loggedAt":"2026-11-20T09:21:40Z","notes":")" +
               QByteArray(kMaxNotesChars + 1, 'n') + R"("}})")
        << "invalid_message"
        << "payload.notes: longer than 4000";
    QTest::newRow("outcome call end without a call")
        << QByteArray(R"({"type":"outcome.log",)" + okOutcome + R"(,"callEndedAt":"2026-11-20T09:21:12Z"}})")
        << "invalid_message"
        << "payload.callEndedAt: only allowed with a callId";
    QTest::newRow("outcome call end not a time") << QByteArray(R"({"type":"outcome.log",)" + okOutcome +
                                                               R"(,"callId":"c-1","callEndedAt":"at noon"}})")
                                                 << "invalid_message"
                                                 << "payload.callEndedAt: expected an ISO 8601 time";
    QTest::newRow("interactions.page wrap-up negative")
        << QByteArray(
               R"({"type":"interactions.page","rid":"i1","payload":{"total":1,"rows":[{"id":1,"loggedAt":"2026-11-20T09:22:10Z","agent":"a","channel":"call","disposition":"sale","steps":{"shown":0,"accepted":0,"dismissed":0},"wrapUpSeconds":-1}]}})")
        << "invalid_message"
        << "payload.rows[0].wrapUpSeconds: out of range";
    QTest::newRow("interaction.get reveal reason too short")
        << QByteArray(R"({"type":"interaction.get","rid":"i1","payload":{"id":42,"reveal":"  a   b "}})")
        << "invalid_message"
        << "payload.reveal: give a reason of at least 5 characters";
    QTest::newRow("interaction.get reveal reason too long")
        << QByteArray(R"({"type":"interaction.get","rid":"i1","payload":{"id":42,"reveal":")" +
                      QByteArray(501, 'r') + R"("}})")
        << "invalid_message"
        << "payload.reveal: longer than 500 characters";
    QTest::newRow("outcome notes wrong type")
        << QByteArray(R"({"type":"outcome.log",)" + okOutcome + R"(,"notes":42}})") << "invalid_message"
        << "payload.notes: expected a string";
    QTest::newRow("call.connected exact without profile")
        << QByteArray(
               R"({"type":"call.connected","seq":1,"payload":{"callId":"c","match":"exact","profile":null}})")
        << "invalid_message"
        << "payload.profile: missing for an exact match";
    QTest::newRow("call.connected bad match")
        << QByteArray(R"({"type":"call.connected","seq":1,"payload":{"callId":"c","match":"fuzzy"}})")
        << "invalid_message"
        << "payload.match";
    QTest::newRow("cart line quantity negative")
        << QByteArray(
               R"({"type":"profile.patch","seq":1,"payload":{"profileId":"p","base":1,"version":2,"cart":{"lines":[{"sku":"a","quantity":-1,"unitPrice":5}]}}})")
        << "invalid_message"
        << "payload.cart.lines[0].quantity: out of range";
    QTest::newRow("cart line not object")
        << QByteArray(
               R"({"type":"profile.patch","seq":1,"payload":{"profileId":"p","base":1,"version":2,"cart":{"lines":[7]}}})")
        << "invalid_message"
        << "payload.cart.lines[0]: expected an object";
    QTest::newRow("patch version not after base")
        << QByteArray(R"({"type":"profile.patch","seq":1,"payload":{"profileId":"p","base":3,"version":3}})")
        << "invalid_message"
        << "payload.version: must be greater than base";
    QTest::newRow("timeline event without time")
        << QByteArray(
               R"({"type":"profile.patch","seq":1,"payload":{"profileId":"p","base":1,"version":2,"timelineAdded":[{"id":"e","channel":"web","type":"x"}]}})")
        << "invalid_message"
        << "payload.timelineAdded[0].at: missing";
    QTest::newRow("timeline facts not an object")
        << QByteArray(
               R"({"type":"profile.patch","seq":1,"payload":{"profileId":"p","base":1,"version":2,"timelineAdded":[{"id":"e","at":"2026-11-20T09:00:00.000Z","channel":"web","type":"cart.view","facts":"v1"}]}})")
        << "invalid_message"
        << "payload.timelineAdded[0].facts";
    QTest::newRow("talking point not string")
        << QByteArray(
               R"({"type":"profile.patch","seq":1,"payload":{"profileId":"p","base":1,"version":2,"nextSteps":[{"id":"n","title":"t","reason":"r","talkingPoints":["ok",3]}]}})")
        << "invalid_message"
        << "payload.nextSteps[0].talkingPoints[1]: expected a string";
    QTest::newRow("snapshot without call field")
        << QByteArray(R"({"type":"snapshot","seq":1,"payload":{}})") << "invalid_message"
        << "payload.call: missing";
    QTest::newRow("welcome heartbeat too small")
        << QByteArray(
               R"({"type":"welcome","payload":{"session":"s","token":"t","resumed":false,"lastSeq":0,"heartbeatMs":1,"user":{"id":"a","role":"agent"},"limits":{"maxFrameBytes":1,"maxMessageBytes":1,"maxMessagesPerSecond":1,"maxBatchEvents":1}}})")
        << "invalid_message"
        << "payload.heartbeatMs: out of range";
    QTest::newRow("agent.state unknown state")
        << QByteArray(R"({"type":"agent.state","payload":{"state":"lunch"}})") << "invalid_message"
        << "payload.state: expected available, break, offline or wrap_up";
    QTest::newRow("agent.state on_call is not requestable")
        << QByteArray(R"({"type":"agent.state","payload":{"state":"on_call"}})") << "invalid_message"
        << "payload.state";
    QTest::newRow("agent.state extend without wrap_up")
        << QByteArray(R"({"type":"agent.state","payload":{"state":"break","extend":true}})")
        << "invalid_message"
        << "payload.extend";
    QTest::newRow("agent.state wrap_up without extend")
        << QByteArray(R"({"type":"agent.state","payload":{"state":"wrap_up"}})") << "invalid_message"
        << "payload.extend";
    QTest::newRow("agent.state.changed wrap_up without end")
        << QByteArray(
               R"({"type":"agent.state.changed","seq":1,"payload":{"state":"wrap_up","since":"2026-11-20T09:21:12Z","reason":"call_ended"}})")
        << "invalid_message"
        << "payload.wrapUpEndsAt: missing in wrap_up";
    QTest::newRow("agent.state.changed unknown reason")
        << QByteArray(
               R"({"type":"agent.state.changed","seq":1,"payload":{"state":"break","since":"2026-11-20T09:21:12Z","reason":"bored"}})")
        << "invalid_message"
        << "payload.reason: unknown value";
    QTest::newRow("snapshot agent without since")
        << QByteArray(
               R"({"type":"snapshot","seq":1,"payload":{"call":null,"agent":{"state":"available","reason":"signed_in"}}})")
        << "invalid_message"
        << "payload.agent.since: missing";
    QTest::newRow("welcome wrap-up limit zero")
        << QByteArray(
               R"({"type":"welcome","payload":{"session":"s","token":"t","resumed":false,"lastSeq":0,"heartbeatMs":100,"user":{"id":"a","role":"agent"},"limits":{"maxFrameBytes":1,"maxMessageBytes":1,"maxMessagesPerSecond":1,"maxBatchEvents":1},"wrapUpSeconds":0}})")
        << "invalid_message"
        << "payload.wrapUpSeconds: out of range";
    QTest::newRow("lookup with two fields")
        << QByteArray(R"({"type":"lookup","payload":{"phone":"0612345678","q":"marta"}})")
        << "invalid_message"
        << "payload: give exactly one of phone, email or q";
    QTest::newRow("lookup with blank field")
        << QByteArray(R"({"type":"lookup","payload":{"q":"   "}})") << "invalid_message"
        << "payload: give exactly one of phone, email or q";
    QTest::newRow("profile.open without id")
        << QByteArray(R"({"type":"profile.open","payload":{}})") << "invalid_message"
        << "payload.profileId: missing";
    QTest::newRow("call.connected multiple with one candidate")
        << QByteArray(
               R"({"type":"call.connected","seq":1,"payload":{"callId":"c","match":"multiple","profile":null,"candidates":[{"profileId":"p","reason":"phone matches"}]}})")
        << "invalid_message"
        << "payload.candidates: at least two for a multiple match";
    QTest::newRow("candidate without reason")
        << QByteArray(R"({"type":"lookup.result","payload":{"candidates":[{"profileId":"p"}]}})")
        << "invalid_message"
        << "payload.candidates[0].reason: missing";
    QTest::newRow("outcome dismissed without reason")
        << QByteArray(R"({"type":"outcome.log",)" + okOutcome +
                      R"(,"steps":[{"stepId":"s","decision":"dismissed"}]}})")
        << "invalid_message"
        << "payload.steps[0].reason: required when a step is dismissed";
    QTest::newRow("outcome unknown decision")
        << QByteArray(R"({"type":"outcome.log",)" + okOutcome +
                      R"(,"steps":[{"stepId":"s","decision":"maybe"}]}})")
        << "invalid_message"
        << "payload.steps[0].decision: unknown value";
    QTest::newRow("outcome follow-up bad date")
        << QByteArray(R"({"type":"outcome.log",)" + okOutcome +
                      R"(,"followUp":{"due":"2026-13-40","channel":"call"}}})")
        << "invalid_message"
        << "payload.followUp.due: expected a date";
    QTest::newRow("outcome follow-up unknown channel")
        << QByteArray(R"({"type":"outcome.log",)" + okOutcome +
                      R"(,"followUp":{"due":"2026-11-24","channel":"pigeon"}}})")
        << "invalid_message"
        << "payload.followUp.channel: unknown value";
    QTest::newRow("outcome store visit without profile")
        << QByteArray(R"({"type":"outcome.log",)" + okOutcome + R"(,"channel":"store"}})")
        << "invalid_message"
        << "payload.profileId: required for a store visit";
    QTest::newRow("outcome intent line without sku")
        << QByteArray(R"({"type":"outcome.log",)" + okOutcome +
                      R"(,"intent":[{"quantity":1,"unitPrice":5}]}})")
        << "invalid_message"
        << "payload.intent[0].sku: missing";
    QTest::newRow("profile consent unknown value")
        << QByteArray(
               R"({"type":"profile.opened","seq":1,"payload":{"profile":{"id":"p","version":1,"cart":{"lines":[]},"consents":{"email":"maybe"}}}})")
        << "invalid_message"
        << "payload.profile.consents.email: unknown value";
    QTest::newRow("bool as string")
        << QByteArray(R"({"type":"outcome.ack","payload":{"key":"k","outcomeId":1,"duplicate":"no"}})")
        << "invalid_message"
        << "payload.duplicate: expected true or false";
}

void TestProtocolCodec::decode_rejectsBadFrames()
{
    QFETCH(QByteArray, wire);
    QFETCH(QString, code);
    QFETCH(QString, messageContains);

    const DecodeResult result = ProtocolCodec::decode(wire);
    QVERIFY(!result.ok());
    QCOMPARE(QString(result.error.code), code);
    QVERIFY2(result.error.message.contains(messageContains), qPrintable(result.error.message));
}

void TestProtocolCodec::decode_keepsRequestIdForErrors()
{
    const DecodeResult result =
        ProtocolCodec::decode(QByteArray(R"({"type":"outcome.log","rid":"o9","payload":{"key":"x"}})"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error.rid, QStringLiteral("o9"));
}

void TestProtocolCodec::decode_ignoresUnknownFields()
{
    const DecodeResult result = ProtocolCodec::decode(
        QByteArray(R"({"type":"ping","rid":"p","future":{"x":1},"payload":{"t":5,"extra":"yes"}})"));
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(std::get<Ping>(result.frame->message).t, 5);
}

void TestProtocolCodec::decode_refusesOversizedFrame()
{
    const QByteArray big =
        R"({"type":"ping","payload":{"pad":")" + QByteArray(kMaxMessageBytes, 'a') + R"("}})";
    const DecodeResult bytes = ProtocolCodec::decode(big, kMaxMessageBytes);
    QVERIFY(!bytes.ok());
    QCOMPARE(QString(bytes.error.code), QStringLiteral("bad_frame"));
    const DecodeResult text = ProtocolCodec::decode(QString::fromUtf8(big), kMaxMessageBytes);
    QVERIFY(!text.ok());
    QCOMPARE(QString(text.error.code), QStringLiteral("bad_frame"));
}

void TestProtocolCodec::decode_welcomeWithoutWrapUpLimit()
{
    // An older service sends no wrapUpSeconds: still a valid welcome.
    const DecodeResult result = ProtocolCodec::decode(QByteArray(
        R"({"type":"welcome","payload":{"session":"s","token":"t","resumed":false,"lastSeq":0,"heartbeatMs":100,"user":{"id":"a","role":"agent"},"limits":{"maxFrameBytes":1,"maxMessageBytes":1,"maxMessagesPerSecond":1,"maxBatchEvents":1}}})"));
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(std::get<Welcome>(result.frame->message).wrapUpSeconds, 0);
}

void TestProtocolCodec::decode_outcomeAndRowFromOlderPeers()
{
    // An older desktop sends no callEndedAt, an older service no
    // wrapUpSeconds: both still decode, the time as not known.
    const DecodeResult outcome = ProtocolCodec::decode(QByteArray(
        R"({"type":"outcome.log","rid":"o1","payload":{"key":"12345678","callId":"c-1","disposition":"sale","loggedAt":"2026-11-20T09:21:40Z"}})"));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.message));
    QVERIFY(!std::get<OutcomeLog>(outcome.frame->message).callEndedAt.isValid());
    const DecodeResult page = ProtocolCodec::decode(QByteArray(
        R"({"type":"interactions.page","rid":"i1","payload":{"total":1,"rows":[{"id":1,"loggedAt":"2026-11-20T09:22:10Z","agent":"a","channel":"call","disposition":"sale","steps":{"shown":0,"accepted":0,"dismissed":0},"handleSeconds":90}]}})"));
    QVERIFY2(page.ok(), qPrintable(page.error.message));
    const InteractionRow &row = std::get<InteractionsPage>(page.frame->message).rows.first();
    QCOMPARE(row.handleSeconds, std::optional<qint64>(90));
    QVERIFY(!row.wrapUpSeconds.has_value());
}

void TestProtocolCodec::decode_survivesGarbage()
{
    // Deterministic pseudo-random mutations of valid frames: every result is
    // either a frame or an error with a code, never a crash.
    QList<QByteArray> seeds;
    for (const QByteArray &example : protocolDocExamples())
        seeds.append(example);
    QVERIFY(!seeds.isEmpty());
    quint32 state = 12345;
    auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    int decodedOk = 0;
    int rejected = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray wire = seeds.at(static_cast<qsizetype>(next() % seeds.size()));
        const int edits = 1 + static_cast<int>(next() % 4);
        for (int e = 0; e < edits && !wire.isEmpty(); ++e) {
            const auto pos = static_cast<qsizetype>(next() % wire.size());
            switch (next() % 3) {
            case 0:
                wire[pos] = static_cast<char>(next() & 0xff);
                break;
            case 1:
                wire.remove(pos, 1 + static_cast<qsizetype>(next() % 8));
                break;
            default:
                wire.insert(pos, "{[\"\\"[next() % 5]);
                break;
            }
        }
        const DecodeResult result = ProtocolCodec::decode(wire);
        if (result.ok())
            ++decodedOk;
        else {
            QVERIFY(!QString(result.error.code).isEmpty());
            QVERIFY(!result.error.message.isEmpty());
            ++rejected;
        }
    }
    QCOMPARE(decodedOk + rejected, 20000);
    QVERIFY(rejected > 0);
}

void TestProtocolCodec::decode_timelineFactsInTheInstalledLanguage_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("facts"); // empty: none sent
    QTest::addColumn<QString>("expected");
    const QByteArray lines =
        R"({"v":1,"currency":"EUR","lines":[{"name":"Phone case","quantity":2,"unitPrice":1900}]})";
    QTest::newRow("facts") << "cart.add" << lines
                           << QStringLiteral("Adicionou Phone case (2 \u00d7 EUR 19.00)");
    QTest::newRow("facts, plural")
        << "purchase" << QByteArray(R"({"v":1,"currency":"EUR","orderTotal":3800,"lines":[{"quantity":2}]})")
        << "Comprou 2 itens (EUR 38.00)";
    QTest::newRow("no facts: an event stored before them")
        << "cart.add" << QByteArray() << "From the service";
    QTest::newRow("facts without a version")
        << "cart.add" << QByteArray(R"({"lines":[]})") << "From the service";
    QTest::newRow("a later facts version")
        << "cart.add" << QByteArray(R"({"v":2,"lines":[]})") << "From the service";
    QTest::newRow("a type without wording")
        << "loyalty.points" << QByteArray(R"({"v":1})") << "From the service";
}

void TestProtocolCodec::decode_timelineFactsInTheInstalledLanguage()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, facts);
    QFETCH(QString, expected);
    // The desktop's case: its language's catalogue installed in the application.
    QTranslator portuguese;
    QVERIFY(portuguese.load(Catalogues::filePrefix() + QStringLiteral("pt_BR"), Catalogues::folder()));
    QVERIFY(QCoreApplication::installTranslator(&portuguese));
    const QByteArray factsField = facts.isEmpty() ? QByteArray() : QByteArray(R"(,"facts":)") + facts;
    const DecodeResult result = ProtocolCodec::decode(
        QByteArray(R"({"type":"profile.patch","seq":1,"payload":{"profileId":"p","base":1,"version":2,)") +
        R"("timelineAdded":[{"id":"e","at":"2026-11-20T09:00:00.000Z","channel":"web","type":")" +
        type.toUtf8() + R"(","summary":"From the service")" + factsField + "}]}}");
    QCoreApplication::removeTranslator(&portuguese);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    const TimelineEvent event = std::get<ProfilePatch>(result.frame->message).timelineAdded.value(0);
    QCOMPARE(event.summary, expected);
    QCOMPARE(event.facts, QJsonDocument::fromJson(facts).object());
}

void TestProtocolCodec::encode_timelineFactsBesideTheSummary()
{
    // Older desktops read summary; newer ones word the facts.
    TimelineEvent event{QStringLiteral("e-1"),
                        at("2026-11-20T09:00:00.000Z"),
                        QStringLiteral("web"),
                        QStringLiteral("cart.view"),
                        QStringLiteral("Looked at the cart"),
                        QJsonObject{{QStringLiteral("v"), 1}}};
    const QJsonObject encoded = ProtocolCodec::timelineEventToJson(event);
    QCOMPARE(encoded.value(QLatin1StringView("summary")).toString(), event.summary);
    QCOMPARE(encoded.value(QLatin1StringView("facts")).toObject(), event.facts);
    event.facts = QJsonObject();
    QVERIFY(!ProtocolCodec::timelineEventToJson(event).contains(QLatin1StringView("facts")));
}

void TestProtocolCodec::docExamples_allDecodeAndRoundTrip()
{
    int frames = 0;
    for (const QByteArray &example : protocolDocExamples()) {
        const QJsonDocument doc = QJsonDocument::fromJson(example);
        QVERIFY2(doc.isObject(), example.constData()); // every example in the doc is valid JSON
        if (!doc.object().contains(QStringLiteral("type")))
            continue; // a profile or an HTTP body, not a frame
        const DecodeResult result = ProtocolCodec::decode(example);
        QVERIFY2(result.ok(),
                 qPrintable(QString::fromUtf8(example) + QStringLiteral(" -> ") + result.error.message));
        const DecodeResult again = ProtocolCodec::decode(ProtocolCodec::encode(*result.frame));
        QVERIFY(again.ok());
        QVERIFY(*again.frame == *result.frame);
        ++frames;
    }
    QVERIFY2(frames >= 12, qPrintable(QString::number(frames)));
}

void TestProtocolCodec::docExamples_coverEveryMessageType()
{
    QSet<QString> documented;
    for (const QByteArray &example : protocolDocExamples()) {
        const DecodeResult result = ProtocolCodec::decode(example);
        if (result.ok())
            documented.insert(ProtocolCodec::typeName(result.frame->message));
    }
    QSet<QString> all;
    [&all]<std::size_t... I>(std::index_sequence<I...>)
    {
        (all.insert(QString::fromLatin1(std::variant_alternative_t<I, Message>::kType)), ...);
    }
    (std::make_index_sequence<std::variant_size_v<Message>>{});
    QCOMPARE(all.size(), static_cast<qsizetype>(std::variant_size_v<Message>));
    const QSet<QString> missing = all - documented;
    QVERIFY2(missing.isEmpty(), qPrintable(QStringList(missing.values()).join(QStringLiteral(", "))));
}

void TestProtocolCodec::streamMessages_areTheNumberedOnes()
{
    QVERIFY(ProtocolCodec::isStreamMessage(CallConnected{}));
    QVERIFY(ProtocolCodec::isStreamMessage(ProfilePatch{}));
    QVERIFY(ProtocolCodec::isStreamMessage(CallEnded{}));
    QVERIFY(ProtocolCodec::isStreamMessage(Snapshot{}));
    QVERIFY(ProtocolCodec::isStreamMessage(AgentStateChanged{}));
    QVERIFY(ProtocolCodec::isStreamMessage(FloorAgentChanged{}));
    QVERIFY(!ProtocolCodec::isStreamMessage(FloorState{}));
    QVERIFY(!ProtocolCodec::isStreamMessage(AgentStateRequest{}));
    QVERIFY(!ProtocolCodec::isStreamMessage(OutcomeAck{}));
    QVERIFY(!ProtocolCodec::isStreamMessage(Pong{}));
    QVERIFY(!ProtocolCodec::isStreamMessage(Welcome{}));
    QVERIFY(!ProtocolCodec::isStreamMessage(ErrorMessage{}));
}

QTEST_GUILESS_MAIN(TestProtocolCodec)
#include "tst_protocolcodec.moc"
