#include "ProtocolCodec.h"

#include "JsonReader.h"
#include "Protocol.h"
#include "TimelineText.h"
#include "Wording.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace omnidesk::protocol {

namespace {

using Presence = JsonReader::Presence;
constexpr auto Optional = Presence::Optional;
constexpr auto Required = Presence::Required;
constexpr qint64 kMaxInt64Json = 9007199254740991LL; // largest integer a double holds exactly
constexpr int kMaxTimelineItems = 200'000;
constexpr int kMaxCartLines = 1'000;
constexpr int kMaxSummaryChars = 2'000;

template <class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
// Spelled out for compilers without aggregate deduction (clang < 17, the fuzz build).
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

QLatin1StringView key(const char *text)
{
    return QLatin1StringView(text);
}

// ---- encoding -------------------------------------------------------------

void putOptional(QJsonObject &o, const char *name, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key(name), value);
}

void putTime(QJsonObject &o, const char *name, const QDateTime &time)
{
    if (time.isValid())
        o.insert(key(name), toWireTime(time));
}

QJsonObject candidateJson(const ProfileCandidate &c)
{
    QJsonObject o{{QStringLiteral("profileId"), c.profileId},
                  {QStringLiteral("reason"), c.reason},
                  {QStringLiteral("cartItems"), c.cartItems},
                  {QStringLiteral("cartTotal"), c.cartTotal}};
    putOptional(o, "name", c.name);
    putOptional(o, "tier", c.tier);
    putOptional(o, "phone", c.phone);
    putOptional(o, "email", c.email);
    putOptional(o, "currency", c.currency);
    putTime(o, "updatedAt", c.updatedAt);
    return o;
}

QJsonArray candidatesToJson(const QList<ProfileCandidate> &candidates)
{
    QJsonArray list;
    for (const ProfileCandidate &c : candidates)
        list.append(candidateJson(c));
    return list;
}

QJsonObject activeCallToJson(const ActiveCall &call)
{
    QJsonObject o{{QStringLiteral("callId"), call.callId},
                  {QStringLiteral("ani"), call.ani},
                  {QStringLiteral("match"), call.match}};
    putTime(o, "connectedAt", call.connectedAt);
    o.insert(QStringLiteral("profile"),
             call.profile ? QJsonValue(ProtocolCodec::profileToJson(*call.profile)) : QJsonValue());
    if (!call.candidates.isEmpty())
        o.insert(QStringLiteral("candidates"), candidatesToJson(call.candidates));
    return o;
}

QJsonObject outcomeJson(const OutcomeLog &m)
{
    QJsonObject o{{QStringLiteral("key"), m.key},
                  {QStringLiteral("callId"), m.callId},
                  {QStringLiteral("profileId"), m.profileId},
                  {QStringLiteral("channel"), m.channel},
                  {QStringLiteral("disposition"), m.disposition},
                  {QStringLiteral("notes"), m.notes}};
    putTime(o, "loggedAt", m.loggedAt);
    putTime(o, "callEndedAt", m.callEndedAt);
    if (!m.steps.isEmpty()) {
        QJsonArray steps;
        for (const StepDecision &d : m.steps) {
            QJsonObject step{{QStringLiteral("stepId"), d.stepId},
                             {QStringLiteral("title"), d.title},
                             {QStringLiteral("decision"), d.decision}};
            putOptional(step, "reason", d.reason);
            steps.append(step);
        }
        o.insert(QStringLiteral("steps"), steps);
    }
    if (!m.intent.isEmpty())
        o.insert(QStringLiteral("intent"),
                 ProtocolCodec::cartToJson(Cart{{}, {}, {}, m.intent}).value(QLatin1StringView("lines")));
    if (m.followUp)
        o.insert(QStringLiteral("followUp"),
                 QJsonObject{{QStringLiteral("due"), m.followUp->due.toString(Qt::ISODate)},
                             {QStringLiteral("channel"), m.followUp->channel}});
    if (m.context)
        o.insert(QStringLiteral("context"), ProtocolCodec::profileToJson(*m.context));
    return o;
}

QJsonObject interactionsQueryJson(const InteractionsQuery &m)
{
    QJsonObject o;
    putTime(o, "from", m.from);
    putTime(o, "to", m.to);
    putOptional(o, "agent", m.agent);
    putOptional(o, "disposition", m.disposition);
    putOptional(o, "channel", m.channel);
    putOptional(o, "recommendation", m.recommendation);
    putOptional(o, "decision", m.decision);
    putOptional(o, "q", m.q);
    putOptional(o, "sort", m.sort);
    if (m.limit > 0)
        o.insert(QStringLiteral("limit"), m.limit);
    putOptional(o, "cursor", m.cursor);
    return o;
}

QJsonObject interactionRowJson(const InteractionRow &row)
{
    QJsonObject o{
        {QStringLiteral("id"), row.id},
        {QStringLiteral("agent"), row.agent},
        {QStringLiteral("profileId"), row.profileId},
        {QStringLiteral("customer"), row.customer},
        {QStringLiteral("channel"), row.channel},
        {QStringLiteral("disposition"), row.disposition},
        {QStringLiteral("notes"), row.notes},
        {QStringLiteral("steps"), QJsonObject{{QStringLiteral("shown"), row.stepsShown},
                                              {QStringLiteral("accepted"), row.stepsAccepted},
                                              {QStringLiteral("dismissed"), row.stepsDismissed}}},
        {QStringLiteral("handleSeconds"), row.handleSeconds ? QJsonValue(*row.handleSeconds) : QJsonValue()},
        {QStringLiteral("wrapUpSeconds"), row.wrapUpSeconds ? QJsonValue(*row.wrapUpSeconds) : QJsonValue()}};
    putTime(o, "loggedAt", row.loggedAt);
    return o;
}

QJsonObject interactionDetailJson(const InteractionDetail &m)
{
    QJsonObject o{{QStringLiteral("id"), m.id},
                  {QStringLiteral("agent"), m.agent},
                  {QStringLiteral("customer"), m.customer},
                  {QStringLiteral("outcome"), outcomeJson(m.outcome)}};
    putTime(o, "storedAt", m.storedAt);
    return o;
}

QJsonObject agentStateToJson(const AgentStateChanged &m)
{
    QJsonObject o{{QStringLiteral("state"), m.state},
                  {QStringLiteral("extended"), m.extended},
                  {QStringLiteral("reason"), m.reason}};
    putTime(o, "since", m.since);
    putTime(o, "wrapUpEndsAt", m.wrapUpEndsAt);
    return o;
}

QJsonObject floorAgentJson(const FloorAgent &m)
{
    QJsonObject o{{QStringLiteral("agent"), m.agent},       {QStringLiteral("name"), m.name},
                  {QStringLiteral("role"), m.role},         {QStringLiteral("state"), m.state},
                  {QStringLiteral("extended"), m.extended}, {QStringLiteral("sessions"), m.sessions}};
    putTime(o, "since", m.since);
    putTime(o, "wrapUpEndsAt", m.wrapUpEndsAt);
    putOptional(o, "callId", m.callId);
    putTime(o, "callSince", m.callSince);
    return o;
}

QJsonObject payloadOf(const Message &message)
{
    return std::visit(
        Overloaded{
            [](const Hello &m) {
                QJsonObject o{{QStringLiteral("client"), m.client}};
                putOptional(o, "user", m.user);
                putOptional(o, "password", m.password);
                putOptional(o, "token", m.token);
                putOptional(o, "language", m.language);
                if (m.resume)
                    o.insert(QStringLiteral("resume"),
                             QJsonObject{{QStringLiteral("session"), m.resume->session},
                                         {QStringLiteral("lastSeq"), m.resume->lastSeq}});
                return o;
            },
            [](const Welcome &m) {
                QJsonObject o{
                    {QStringLiteral("session"), m.session},
                    {QStringLiteral("token"), m.token},
                    {QStringLiteral("resumed"), m.resumed},
                    {QStringLiteral("lastSeq"), m.lastSeq},
                    {QStringLiteral("heartbeatMs"), m.heartbeatMs},
                    {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), m.user.id},
                                                         {QStringLiteral("name"), m.user.name},
                                                         {QStringLiteral("role"), m.user.role}}},
                    {QStringLiteral("limits"),
                     QJsonObject{{QStringLiteral("maxFrameBytes"), m.limits.maxFrameBytes},
                                 {QStringLiteral("maxMessageBytes"), m.limits.maxMessageBytes},
                                 {QStringLiteral("maxMessagesPerSecond"), m.limits.maxMessagesPerSecond},
                                 {QStringLiteral("maxBatchEvents"), m.limits.maxBatchEvents}}}};
                if (m.wrapUpSeconds > 0)
                    o.insert(QStringLiteral("wrapUpSeconds"), m.wrapUpSeconds);
                if (!m.dispositions.isEmpty())
                    o.insert(QStringLiteral("dispositions"), QJsonArray::fromStringList(m.dispositions));
                return o;
            },
            [](const Ping &m) {
                return QJsonObject{{QStringLiteral("t"), m.t}};
            },
            [](const Pong &m) {
                return QJsonObject{{QStringLiteral("t"), m.t}};
            },
            [](const Snapshot &m) {
                QJsonObject o{
                    {QStringLiteral("call"), m.call ? QJsonValue(activeCallToJson(*m.call)) : QJsonValue()}};
                if (m.agent)
                    o.insert(QStringLiteral("agent"), agentStateToJson(*m.agent));
                if (m.opened)
                    o.insert(QStringLiteral("opened"), ProtocolCodec::profileToJson(*m.opened));
                return o;
            },
            [](const SnapshotRequest &) { return QJsonObject(); },
            [](const CallConnected &m) { return activeCallToJson(m.call); },
            [](const ProfilePatch &m) {
                QJsonObject o{{QStringLiteral("profileId"), m.profileId},
                              {QStringLiteral("base"), m.base},
                              {QStringLiteral("version"), m.version}};
                if (m.cart)
                    o.insert(QStringLiteral("cart"), ProtocolCodec::cartToJson(*m.cart));
                if (!m.timelineAdded.isEmpty()) {
                    QJsonArray events;
                    for (const TimelineEvent &e : m.timelineAdded)
                        events.append(ProtocolCodec::timelineEventToJson(e));
                    o.insert(QStringLiteral("timelineAdded"), events);
                }
                if (m.nextSteps) {
                    QJsonArray steps;
                    for (const NextStep &s : *m.nextSteps)
                        steps.append(ProtocolCodec::nextStepToJson(s));
                    o.insert(QStringLiteral("nextSteps"), steps);
                }
                if (m.consents) {
                    QJsonObject consents;
                    putOptional(consents, "email", m.consents->email);
                    putOptional(consents, "sms", m.consents->sms);
                    putOptional(consents, "phone", m.consents->phone);
                    o.insert(QStringLiteral("consents"), consents);
                }
                if (m.lifetimeValue) {
                    o.insert(QStringLiteral("lifetimeValue"), *m.lifetimeValue);
                    putTime(o, "lastPurchaseAt", m.lastPurchaseAt);
                }
                if (m.tier)
                    o.insert(QStringLiteral("tier"), *m.tier);
                if (m.name)
                    o.insert(QStringLiteral("name"), *m.name);
                return o;
            },
            [](const CallEnded &m) {
                QJsonObject o{{QStringLiteral("callId"), m.callId}};
                putTime(o, "endedAt", m.endedAt);
                return o;
            },
            [](const OutcomeLog &m) { return outcomeJson(m); },
            [](const OutcomeAck &m) {
                QJsonObject o{{QStringLiteral("key"), m.key},
                              {QStringLiteral("outcomeId"), m.outcomeId},
                              {QStringLiteral("duplicate"), m.duplicate}};
                putTime(o, "storedAt", m.storedAt);
                return o;
            },
            [](const ErrorMessage &m) {
                return QJsonObject{{QStringLiteral("code"), m.code}, {QStringLiteral("message"), m.message}};
            },
            [](const AgentStateRequest &m) {
                QJsonObject o{{QStringLiteral("state"), m.state}};
                if (m.extend)
                    o.insert(QStringLiteral("extend"), true);
                return o;
            },
            [](const AgentStateChanged &m) { return agentStateToJson(m); },
            [](const Lookup &m) {
                QJsonObject o;
                putOptional(o, "phone", m.phone);
                putOptional(o, "email", m.email);
                putOptional(o, "q", m.q);
                return o;
            },
            [](const LookupResult &m) {
                return QJsonObject{{QStringLiteral("candidates"), candidatesToJson(m.candidates)}};
            },
            [](const ProfileOpen &m) {
                QJsonObject o{{QStringLiteral("profileId"), m.profileId}};
                putOptional(o, "callId", m.callId);
                return o;
            },
            [](const ProfileOpened &m) {
                QJsonObject o{{QStringLiteral("profile"), ProtocolCodec::profileToJson(m.profile)}};
                putOptional(o, "callId", m.callId);
                return o;
            },
            [](const InteractionsQuery &m) { return interactionsQueryJson(m); },
            [](const InteractionsPage &m) {
                QJsonArray rows;
                for (const InteractionRow &row : m.rows)
                    rows.append(interactionRowJson(row));
                return QJsonObject{
                    {QStringLiteral("rows"), rows},
                    {QStringLiteral("total"), m.total},
                    {QStringLiteral("nextCursor"), m.nextCursor.isEmpty() ? QJsonValue() : m.nextCursor}};
            },
            [](const InteractionGet &m) {
                QJsonObject o{{QStringLiteral("id"), m.id}};
                putOptional(o, "reveal", m.reveal);
                return o;
            },
            [](const InteractionDetail &m) { return interactionDetailJson(m); },
            [](const FloorWatch &) { return QJsonObject(); },
            [](const FloorState &m) {
                QJsonArray agents;
                for (const FloorAgent &agent : m.agents)
                    agents.append(floorAgentJson(agent));
                return QJsonObject{{QStringLiteral("agents"), agents},
                                   {QStringLiteral("complete"), m.complete}};
            },
            [](const FloorAgentChanged &m) {
                return QJsonObject{{QStringLiteral("agent"), floorAgentJson(m.agent)}};
            },
        },
        message);
}

// ---- decoding -------------------------------------------------------------

QString readChoice(const JsonReader &r, const char *field, Presence presence, const QStringList &allowed)
{
    const QString value = r.string(key(field), presence, 64);
    if (r.ok() && (presence == Required || !value.isEmpty()) && !allowed.contains(value))
        r.fail(r.pathOf(key(field)), QStringLiteral("unknown value \"%1\"; expected one of %2")
                                         .arg(value, allowed.join(QStringLiteral(", "))));
    return value;
}

CartLine readCartLine(const JsonReader &r)
{
    CartLine line;
    line.sku = r.string(key("sku"), Required, 128);
    line.name = r.string(key("name"), Optional, 512);
    line.quantity = static_cast<int>(r.integer(key("quantity"), Required, 0, 100'000));
    line.unitPrice = r.integer(key("unitPrice"), Required, -kMaxInt64Json, kMaxInt64Json);
    return line;
}

Cart readCart(const JsonReader &r)
{
    Cart cart;
    cart.currency = r.string(key("currency"), Optional, 3);
    cart.updatedAt = r.dateTime(key("updatedAt"), Optional);
    cart.abandonedSince = r.dateTime(key("abandonedSince"), Optional);
    const QJsonArray lines = r.array(key("lines"), Required, kMaxCartLines);
    cart.lines.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size() && r.ok(); ++i)
        cart.lines.append(readCartLine(r.element(key("lines"), lines, i)));
    return cart;
}

TimelineEvent readTimelineEvent(const JsonReader &r)
{
    TimelineEvent e;
    e.id = r.string(key("id"), Required, 256);
    e.at = r.dateTime(key("at"), Required);
    e.channel = r.string(key("channel"), Required, 32);
    e.type = r.string(key("type"), Required, 128);
    e.summary = r.string(key("summary"), Optional, kMaxSummaryChars);
    // Facts this build can word give the line in the reader's language;
    // without them (older events, unknown types or facts versions) the
    // service's summary stays.
    e.facts = r.child(key("facts"), Optional).object();
    e.summary = TimelineText::lineOf(e, Wording()).left(kMaxSummaryChars);
    return e;
}

QList<TimelineEvent> readTimeline(const JsonReader &r, const char *field)
{
    QList<TimelineEvent> events;
    const QJsonArray items = r.array(key(field), Optional, kMaxTimelineItems);
    events.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && r.ok(); ++i)
        events.append(readTimelineEvent(r.element(key(field), items, i)));
    return events;
}

QList<NextStep> readNextSteps(const JsonReader &r)
{
    QList<NextStep> steps;
    const QJsonArray items = r.array(key("nextSteps"), Optional, 100);
    for (qsizetype i = 0; i < items.size() && r.ok(); ++i) {
        const JsonReader s = r.element(key("nextSteps"), items, i);
        NextStep step;
        step.id = s.string(key("id"), Required, 128);
        step.title = s.string(key("title"), Required, 512);
        step.reason = s.string(key("reason"), Required, 2000);
        step.priority = static_cast<int>(s.integer(key("priority"), Optional, 0, 1000));
        const QJsonArray points = s.array(key("talkingPoints"), Optional, 50);
        for (qsizetype p = 0; p < points.size(); ++p) {
            if (!points.at(p).isString()) {
                s.fail(s.pathOf(key("talkingPoints")) + QStringLiteral("[%1]").arg(p),
                       QStringLiteral("expected a string"));
                break;
            }
            step.talkingPoints.append(points.at(p).toString());
        }
        steps.append(step);
    }
    return steps;
}

Profile readProfile(const JsonReader &r)
{
    Profile p;
    p.id = r.string(key("id"), Required, 128);
    p.version = r.integer(key("version"), Required, 0, kMaxInt64Json);
    p.name = r.string(key("name"), Optional, 256);
    p.phone = r.string(key("phone"), Optional, 32);
    p.email = r.string(key("email"), Optional, 320);
    p.tier = r.string(key("tier"), Optional, 32);
    p.updatedAt = r.dateTime(key("updatedAt"), Optional);
    if (r.has(key("consents")) && !r.isNull(key("consents"))) {
        const JsonReader c = r.child(key("consents"));
        const QStringList values{QStringLiteral("granted"), QStringLiteral("denied")};
        p.consents.email = readChoice(c, "email", Optional, values);
        p.consents.sms = readChoice(c, "sms", Optional, values);
        p.consents.phone = readChoice(c, "phone", Optional, values);
    }
    p.lifetimeValue = r.integer(key("lifetimeValue"), Optional, -kMaxInt64Json, kMaxInt64Json);
    p.lastPurchaseAt = r.dateTime(key("lastPurchaseAt"), Optional);
    p.cart = readCart(r.child(key("cart"), Required));
    p.timeline = readTimeline(r, "timeline");
    p.nextSteps = readNextSteps(r);
    return p;
}

ProfileCandidate readCandidate(const JsonReader &r)
{
    ProfileCandidate c;
    c.profileId = r.string(key("profileId"), Required, 128);
    c.name = r.string(key("name"), Optional, 256);
    c.tier = r.string(key("tier"), Optional, 32);
    c.phone = r.string(key("phone"), Optional, 64);
    c.email = r.string(key("email"), Optional, 320);
    c.reason = r.string(key("reason"), Required, 512);
    c.cartItems = static_cast<int>(r.integer(key("cartItems"), Optional, 0, 100'000'000));
    c.cartTotal = r.integer(key("cartTotal"), Optional, -kMaxInt64Json, kMaxInt64Json);
    c.currency = r.string(key("currency"), Optional, 3);
    c.updatedAt = r.dateTime(key("updatedAt"), Optional);
    return c;
}

QList<ProfileCandidate> readCandidates(const JsonReader &r, Presence presence)
{
    QList<ProfileCandidate> list;
    const QJsonArray items = r.array(key("candidates"), presence, kMaxCandidates);
    for (qsizetype i = 0; i < items.size() && r.ok(); ++i)
        list.append(readCandidate(r.element(key("candidates"), items, i)));
    return list;
}

OutcomeLog readOutcome(const JsonReader &r)
{
    OutcomeLog m;
    m.key = r.string(key("key"), Required, 64);
    if (r.ok() && m.key.size() < 8)
        r.fail(r.pathOf(key("key")), QStringLiteral("shorter than 8 characters"));
    m.callId = r.string(key("callId"), Optional, 128);
    m.profileId = r.string(key("profileId"), Optional, 128);
    if (r.has(key("channel")))
        m.channel = readChoice(r, "channel", Required, {QStringLiteral("call"), QStringLiteral("store")});
    if (r.ok() && m.channel == QLatin1StringView("store") && m.profileId.isEmpty())
        r.fail(r.pathOf(key("profileId")), QStringLiteral("required for a store visit"));
    m.disposition = r.string(key("disposition"), Required, 32);
    if (r.ok() && !dispositionCodes().contains(m.disposition))
        r.fail(r.pathOf(key("disposition")), QStringLiteral("unknown value \"%1\"").arg(m.disposition));
    m.notes = r.string(key("notes"), Optional, kMaxNotesChars);
    m.loggedAt = r.dateTime(key("loggedAt"), Required);
    m.callEndedAt = r.dateTime(key("callEndedAt"), Optional);
    if (r.ok() && m.callEndedAt.isValid() && m.callId.isEmpty())
        r.fail(r.pathOf(key("callEndedAt")), QStringLiteral("only allowed with a callId"));
    const QJsonArray steps = r.array(key("steps"), Optional, 100);
    for (qsizetype i = 0; i < steps.size() && r.ok(); ++i) {
        const JsonReader s = r.element(key("steps"), steps, i);
        StepDecision d;
        d.stepId = s.string(key("stepId"), Required, 128);
        d.title = s.string(key("title"), Optional, 512);
        d.decision =
            readChoice(s, "decision", Required,
                       {QStringLiteral("accepted"), QStringLiteral("dismissed"), QStringLiteral("shown")});
        d.reason = s.string(key("reason"), Optional, 500);
        if (s.ok() && d.decision == QLatin1StringView("dismissed") && d.reason.trimmed().isEmpty())
            s.fail(s.pathOf(key("reason")), QStringLiteral("required when a step is dismissed"));
        m.steps.append(d);
    }
    const QJsonArray intent = r.array(key("intent"), Optional, kMaxCartLines);
    for (qsizetype i = 0; i < intent.size() && r.ok(); ++i)
        m.intent.append(readCartLine(r.element(key("intent"), intent, i)));
    if (r.has(key("followUp")) && !r.isNull(key("followUp"))) {
        const JsonReader f = r.child(key("followUp"));
        FollowUp followUp;
        const QString due = f.string(key("due"), Required, 10);
        followUp.due = QDate::fromString(due, Qt::ISODate);
        if (f.ok() && !followUp.due.isValid())
            f.fail(f.pathOf(key("due")), QStringLiteral("expected a date YYYY-MM-DD"));
        followUp.channel = readChoice(f, "channel", Required, followUpChannels());
        m.followUp = followUp;
    }
    if (r.has(key("context")) && !r.isNull(key("context")))
        m.context = readProfile(r.child(key("context")));
    return m;
}

InteractionsQuery readInteractionsQuery(const JsonReader &r)
{
    InteractionsQuery m;
    m.from = r.dateTime(key("from"), Optional);
    m.to = r.dateTime(key("to"), Optional);
    if (r.ok() && m.from.isValid() && m.to.isValid() && m.to <= m.from)
        r.fail(r.pathOf(key("to")), QStringLiteral("must be later than from"));
    m.agent = r.string(key("agent"), Optional, 128);
    m.disposition = readChoice(r, "disposition", Optional, dispositionCodes());
    m.channel = readChoice(r, "channel", Optional, {QStringLiteral("call"), QStringLiteral("store")});
    m.recommendation = r.string(key("recommendation"), Optional, 128);
    m.decision =
        readChoice(r, "decision", Optional, {QStringLiteral("accepted"), QStringLiteral("dismissed")});
    m.q = r.string(key("q"), Optional, 256);
    m.sort = readChoice(r, "sort", Optional, interactionSorts());
    m.limit = static_cast<int>(r.integer(key("limit"), Optional, 1, kMaxInteractionsPage));
    m.cursor = r.string(key("cursor"), Optional, 512);
    return m;
}

InteractionRow readInteractionRow(const JsonReader &r)
{
    InteractionRow row;
    row.id = r.integer(key("id"), Required, 1, kMaxInt64Json);
    row.loggedAt = r.dateTime(key("loggedAt"), Required);
    row.agent = r.string(key("agent"), Required, 128);
    row.profileId = r.string(key("profileId"), Optional, 128);
    row.customer = r.string(key("customer"), Optional, 512);
    row.channel = r.string(key("channel"), Required, 32);
    row.disposition = r.string(key("disposition"), Required, 32);
    row.notes = r.string(key("notes"), Optional, kMaxNotesChars);
    const JsonReader steps = r.child(key("steps"));
    row.stepsShown = static_cast<int>(steps.integer(key("shown"), Required, 0, 100));
    row.stepsAccepted = static_cast<int>(steps.integer(key("accepted"), Required, 0, 100));
    row.stepsDismissed = static_cast<int>(steps.integer(key("dismissed"), Required, 0, 100));
    if (r.has(key("handleSeconds")) && !r.isNull(key("handleSeconds")))
        row.handleSeconds = r.integer(key("handleSeconds"), Required, 0, kMaxInt64Json);
    if (r.has(key("wrapUpSeconds")) && !r.isNull(key("wrapUpSeconds")))
        row.wrapUpSeconds = r.integer(key("wrapUpSeconds"), Required, 0, kMaxInt64Json);
    return row;
}

ActiveCall readActiveCall(const JsonReader &r)
{
    ActiveCall call;
    call.callId = r.string(key("callId"), Required, 128);
    call.ani = r.string(key("ani"), Optional, 64);
    call.match = readChoice(r, "match", Required,
                            {QStringLiteral("exact"), QStringLiteral("none"), QStringLiteral("multiple")});
    call.connectedAt = r.dateTime(key("connectedAt"), Optional);
    if (r.has(key("profile")) && !r.isNull(key("profile")))
        call.profile = readProfile(r.child(key("profile"), Required));
    if (r.ok() && call.match == QLatin1StringView("exact") && !call.profile)
        r.fail(r.pathOf(key("profile")), QStringLiteral("missing for an exact match"));
    call.candidates = readCandidates(r, Optional);
    if (r.ok() && call.match == QLatin1StringView("multiple") && call.candidates.size() < 2)
        r.fail(r.pathOf(key("candidates")), QStringLiteral("at least two for a multiple match"));
    return call;
}

AgentStateChanged readAgentState(const JsonReader &r)
{
    AgentStateChanged m;
    m.state = r.string(key("state"), Required, 32);
    if (r.ok() && !agentStateCodes().contains(m.state))
        r.fail(r.pathOf(key("state")), QStringLiteral("unknown value \"%1\"").arg(m.state));
    m.since = r.dateTime(key("since"), Required);
    m.wrapUpEndsAt = r.dateTime(key("wrapUpEndsAt"), Optional);
    m.extended = r.boolean(key("extended"), Optional);
    m.reason = r.string(key("reason"), Required, 32);
    if (r.ok() && !agentStateReasons().contains(m.reason))
        r.fail(r.pathOf(key("reason")), QStringLiteral("unknown value \"%1\"").arg(m.reason));
    const bool inWrapUp = m.state == agentstates::WrapUp;
    if (r.ok() && inWrapUp != m.wrapUpEndsAt.isValid())
        r.fail(r.pathOf(key("wrapUpEndsAt")),
               inWrapUp ? QStringLiteral("missing in wrap_up") : QStringLiteral("only allowed in wrap_up"));
    return m;
}

FloorAgent readFloorAgent(const JsonReader &r)
{
    FloorAgent m;
    m.agent = r.string(key("agent"), Required, 128);
    m.name = r.string(key("name"), Optional, 256);
    m.role = r.string(key("role"), Required, 32);
    m.state = r.string(key("state"), Required, 32);
    if (r.ok() && !agentStateCodes().contains(m.state))
        r.fail(r.pathOf(key("state")), QStringLiteral("unknown value \"%1\"").arg(m.state));
    m.since = r.dateTime(key("since"), Required);
    m.wrapUpEndsAt = r.dateTime(key("wrapUpEndsAt"), Optional);
    m.extended = r.boolean(key("extended"), Optional);
    m.callId = r.string(key("callId"), Optional, 128);
    m.callSince = r.dateTime(key("callSince"), Optional);
    m.sessions = static_cast<int>(r.integer(key("sessions"), Optional, 0, 10'000));
    if (r.ok() && (m.state == agentstates::WrapUp) != m.wrapUpEndsAt.isValid())
        r.fail(r.pathOf(key("wrapUpEndsAt")), m.state == agentstates::WrapUp
                                                  ? QStringLiteral("missing in wrap_up")
                                                  : QStringLiteral("only allowed in wrap_up"));
    return m;
}

Message readPayload(const QString &type, const JsonReader &r, bool *known)
{
    *known = true;
    const auto is = [&type](const char *name) { return type == QLatin1StringView(name); };
    if (is(Hello::kType)) {
        Hello m;
        m.user = r.string(key("user"), Optional, 128);
        m.password = r.string(key("password"), Optional, 1024);
        m.token = r.string(key("token"), Optional, 256);
        m.client = r.string(key("client"), Required, 128);
        m.language = r.string(key("language"), Optional, 35);
        if (r.has(key("resume")) && !r.isNull(key("resume"))) {
            const JsonReader resume = r.child(key("resume"));
            m.resume = ResumePoint{resume.string(key("session"), Required, 128),
                                   resume.integer(key("lastSeq"), Required, 0, kMaxInt64Json)};
        }
        if (r.ok()) {
            const bool withPassword = !m.user.isEmpty() && !m.password.isEmpty();
            const bool withToken = !m.token.isEmpty();
            if (withPassword == withToken)
                r.fail(QStringLiteral("payload"), QStringLiteral("give either user and password, or token"));
        }
        return m;
    }
    if (is(Welcome::kType)) {
        Welcome m;
        m.session = r.string(key("session"), Required, 128);
        m.token = r.string(key("token"), Required, 256);
        m.resumed = r.boolean(key("resumed"), Required);
        m.lastSeq = r.integer(key("lastSeq"), Required, 0, kMaxInt64Json);
        m.heartbeatMs = static_cast<int>(r.integer(key("heartbeatMs"), Required, 100, 3'600'000));
        const JsonReader user = r.child(key("user"));
        m.user = UserInfo{user.string(key("id")), user.string(key("name"), Optional),
                          user.string(key("role"), Required, 32)};
        const JsonReader limits = r.child(key("limits"));
        m.limits.maxFrameBytes = limits.integer(key("maxFrameBytes"), Required, 1, kMaxInt64Json);
        m.limits.maxMessageBytes = limits.integer(key("maxMessageBytes"), Required, 1, kMaxInt64Json);
        m.limits.maxMessagesPerSecond = static_cast<int>(limits.integer(key("maxMessagesPerSecond")));
        m.limits.maxBatchEvents = static_cast<int>(limits.integer(key("maxBatchEvents")));
        m.wrapUpSeconds = static_cast<int>(r.integer(key("wrapUpSeconds"), Optional, 1, kMaxWrapUpSeconds));
        const QJsonArray dispositions = r.array(key("dispositions"), Optional, 100);
        for (qsizetype i = 0; i < dispositions.size() && r.ok(); ++i) {
            if (!dispositions.at(i).isString() || dispositions.at(i).toString().isEmpty())
                r.fail(r.pathOf(key("dispositions")) + QStringLiteral("[%1]").arg(i),
                       QStringLiteral("expected a non-empty string"));
            else
                m.dispositions.append(dispositions.at(i).toString());
        }
        return m;
    }
    if (is(Ping::kType))
        return Ping{r.integer(key("t"), Optional, -kMaxInt64Json, kMaxInt64Json)};
    if (is(Pong::kType))
        return Pong{r.integer(key("t"), Optional, -kMaxInt64Json, kMaxInt64Json)};
    if (is(Snapshot::kType)) {
        if (!r.has(key("call")))
            r.fail(r.pathOf(key("call")), QStringLiteral("missing (use null for no call)"));
        Snapshot m;
        if (r.has(key("call")) && !r.isNull(key("call")))
            m.call = readActiveCall(r.child(key("call")));
        if (r.has(key("agent")) && !r.isNull(key("agent")))
            m.agent = readAgentState(r.child(key("agent")));
        if (r.has(key("opened")) && !r.isNull(key("opened")))
            m.opened = readProfile(r.child(key("opened")));
        return m;
    }
    if (is(SnapshotRequest::kType))
        return SnapshotRequest{};
    if (is(CallConnected::kType))
        return CallConnected{readActiveCall(r)};
    if (is(ProfilePatch::kType)) {
        ProfilePatch m;
        m.profileId = r.string(key("profileId"), Required, 128);
        m.base = r.integer(key("base"), Required, 0, kMaxInt64Json);
        m.version = r.integer(key("version"), Required, 1, kMaxInt64Json);
        if (r.ok() && m.version <= m.base)
            r.fail(r.pathOf(key("version")), QStringLiteral("must be greater than base"));
        if (r.has(key("cart")) && !r.isNull(key("cart")))
            m.cart = readCart(r.child(key("cart")));
        m.timelineAdded = readTimeline(r, "timelineAdded");
        if (r.has(key("nextSteps")) && !r.isNull(key("nextSteps")))
            m.nextSteps = readNextSteps(r);
        if (r.has(key("consents")) && !r.isNull(key("consents"))) {
            const JsonReader c = r.child(key("consents"));
            const QStringList values{QStringLiteral("granted"), QStringLiteral("denied")};
            m.consents =
                Consents{readChoice(c, "email", Optional, values), readChoice(c, "sms", Optional, values),
                         readChoice(c, "phone", Optional, values)};
        }
        if (r.has(key("lifetimeValue")) && !r.isNull(key("lifetimeValue"))) {
            m.lifetimeValue = r.integer(key("lifetimeValue"), Required, -kMaxInt64Json, kMaxInt64Json);
            m.lastPurchaseAt = r.dateTime(key("lastPurchaseAt"), Optional);
        }
        if (r.has(key("tier")) && !r.isNull(key("tier")))
            m.tier = r.string(key("tier"), Required, 32);
        if (r.has(key("name")) && !r.isNull(key("name")))
            m.name = r.string(key("name"), Optional, 256);
        return m;
    }
    if (is(CallEnded::kType))
        return CallEnded{r.string(key("callId"), Required, 128), r.dateTime(key("endedAt"), Optional)};
    if (is(OutcomeLog::kType))
        return readOutcome(r);
    if (is(OutcomeAck::kType)) {
        OutcomeAck m;
        m.key = r.string(key("key"), Required, 64);
        m.outcomeId = r.integer(key("outcomeId"), Required, 0, kMaxInt64Json);
        m.duplicate = r.boolean(key("duplicate"), Required);
        m.storedAt = r.dateTime(key("storedAt"), Optional);
        return m;
    }
    if (is(ErrorMessage::kType))
        return ErrorMessage{r.string(key("code"), Required, 64), r.string(key("message"), Optional, 2000)};
    if (is(AgentStateRequest::kType)) {
        AgentStateRequest m;
        m.state = r.string(key("state"), Required, 32);
        m.extend = r.boolean(key("extend"), Optional);
        const bool requestable = m.state == agentstates::Available || m.state == agentstates::Break ||
                                 m.state == agentstates::Offline || m.state == agentstates::WrapUp;
        if (r.ok() && !requestable)
            r.fail(r.pathOf(key("state")), QStringLiteral("expected available, break, offline or wrap_up"));
        if (r.ok() && m.extend != (m.state == agentstates::WrapUp))
            r.fail(r.pathOf(key("extend")),
                   QStringLiteral("extend goes with state wrap_up, and only with it"));
        return m;
    }
    if (is(AgentStateChanged::kType))
        return readAgentState(r);
    if (is(Lookup::kType)) {
        Lookup m;
        m.phone = r.string(key("phone"), Optional, 64).trimmed();
        m.email = r.string(key("email"), Optional, 320).trimmed();
        m.q = r.string(key("q"), Optional, 256).trimmed();
        const int given = int(!m.phone.isEmpty()) + int(!m.email.isEmpty()) + int(!m.q.isEmpty());
        if (r.ok() && given != 1)
            r.fail(QStringLiteral("payload"), QStringLiteral("give exactly one of phone, email or q"));
        return m;
    }
    if (is(LookupResult::kType))
        return LookupResult{readCandidates(r, Required)};
    if (is(ProfileOpen::kType))
        return ProfileOpen{r.string(key("profileId"), Required, 128), r.string(key("callId"), Optional, 128)};
    if (is(ProfileOpened::kType)) {
        ProfileOpened m;
        m.callId = r.string(key("callId"), Optional, 128);
        m.profile = readProfile(r.child(key("profile"), Required));
        return m;
    }
    if (is(InteractionsQuery::kType))
        return readInteractionsQuery(r);
    if (is(InteractionsPage::kType)) {
        InteractionsPage m;
        const QJsonArray rows = r.array(key("rows"), Required, kMaxInteractionsPage);
        for (qsizetype i = 0; i < rows.size() && r.ok(); ++i)
            m.rows.append(readInteractionRow(r.element(key("rows"), rows, i)));
        m.total = r.integer(key("total"), Required, 0, kMaxInt64Json);
        if (r.has(key("nextCursor")) && !r.isNull(key("nextCursor")))
            m.nextCursor = r.string(key("nextCursor"), Required, 512);
        return m;
    }
    if (is(InteractionGet::kType)) {
        InteractionGet m;
        m.id = r.integer(key("id"), Required, 1, kMaxInt64Json);
        if (r.has(key("reveal"))) {
            // Spaces do not make a reason: it is counted simplified.
            m.reveal = r.string(key("reveal"), Required, 4 * kMaxRevealReasonChars).simplified();
            if (r.ok() && m.reveal.size() < kMinRevealReasonChars)
                r.fail(r.pathOf(key("reveal")),
                       QStringLiteral("give a reason of at least %1 characters").arg(kMinRevealReasonChars));
            else if (r.ok() && m.reveal.size() > kMaxRevealReasonChars)
                r.fail(r.pathOf(key("reveal")),
                       QStringLiteral("longer than %1 characters").arg(kMaxRevealReasonChars));
        }
        return m;
    }
    if (is(InteractionDetail::kType)) {
        InteractionDetail m;
        m.id = r.integer(key("id"), Required, 1, kMaxInt64Json);
        m.agent = r.string(key("agent"), Required, 128);
        m.storedAt = r.dateTime(key("storedAt"), Optional);
        m.customer = r.string(key("customer"), Optional, 512);
        m.outcome = readOutcome(r.child(key("outcome"), Required));
        return m;
    }
    if (is(FloorWatch::kType))
        return FloorWatch{};
    if (is(FloorState::kType)) {
        FloorState m;
        const QJsonArray agents = r.array(key("agents"), Required, kMaxFloorAgents);
        for (qsizetype i = 0; i < agents.size() && r.ok(); ++i)
            m.agents.append(readFloorAgent(r.element(key("agents"), agents, i)));
        m.complete = r.boolean(key("complete"), Required);
        return m;
    }
    if (is(FloorAgentChanged::kType))
        return FloorAgentChanged{readFloorAgent(r.child(key("agent"), Required))};
    *known = false;
    return SnapshotRequest{};
}

} // namespace

QStringList dispositionCodes()
{
    return {QStringLiteral("sale"),      QStringLiteral("callback"),  QStringLiteral("not_interested"),
            QStringLiteral("info_only"), QStringLiteral("complaint"), QStringLiteral("purchase_intent"),
            QStringLiteral("other")};
}

QStringList followUpChannels()
{
    return {QStringLiteral("call"), QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("store")};
}

QStringList agentStateCodes()
{
    return {QString(agentstates::Available), QString(agentstates::OnCall), QString(agentstates::WrapUp),
            QString(agentstates::Break), QString(agentstates::Offline)};
}

QStringList agentStateReasons()
{
    return {QStringLiteral("requested"),       QStringLiteral("call_connected"), QStringLiteral("call_ended"),
            QStringLiteral("wrap_up_expired"), QStringLiteral("signed_in"),      QStringLiteral("signed_out"),
            QStringLiteral("connection_lost")};
}

QStringList interactionSorts()
{
    return {QStringLiteral("newest"),          QStringLiteral("oldest"),
            QStringLiteral("agent"),           QStringLiteral("disposition"),
            QStringLiteral("longest_wrap_up"), QStringLiteral("shortest_wrap_up")};
}

QJsonObject ProtocolCodec::interactionRowToJson(const InteractionRow &row)
{
    return interactionRowJson(row);
}

QJsonObject ProtocolCodec::interactionDetailToJson(const InteractionDetail &detail)
{
    return interactionDetailJson(detail);
}

std::optional<InteractionsQuery> ProtocolCodec::interactionsQueryFromJson(const QJsonObject &object,
                                                                          QString *error)
{
    JsonError jsonError;
    const JsonReader reader(object, QString(), &jsonError);
    InteractionsQuery query = readInteractionsQuery(reader);
    if (jsonError.isSet()) {
        if (error)
            *error = jsonError.toString();
        return std::nullopt;
    }
    return query;
}

QJsonObject ProtocolCodec::cartToJson(const Cart &cart)
{
    QJsonArray lines;
    for (const CartLine &line : cart.lines) {
        QJsonObject l{{QStringLiteral("sku"), line.sku},
                      {QStringLiteral("quantity"), line.quantity},
                      {QStringLiteral("unitPrice"), line.unitPrice}};
        putOptional(l, "name", line.name);
        lines.append(l);
    }
    QJsonObject o{{QStringLiteral("lines"), lines}};
    putOptional(o, "currency", cart.currency);
    putTime(o, "updatedAt", cart.updatedAt);
    putTime(o, "abandonedSince", cart.abandonedSince);
    return o;
}

QJsonObject ProtocolCodec::timelineEventToJson(const TimelineEvent &event)
{
    QJsonObject o{{QStringLiteral("id"), event.id},
                  {QStringLiteral("at"), toWireTime(event.at)},
                  {QStringLiteral("channel"), event.channel},
                  {QStringLiteral("type"), event.type}};
    putOptional(o, "summary", event.summary);
    if (!event.facts.isEmpty())
        o.insert(QStringLiteral("facts"), event.facts);
    return o;
}

QJsonObject ProtocolCodec::nextStepToJson(const NextStep &step)
{
    QJsonObject o{{QStringLiteral("id"), step.id},
                  {QStringLiteral("title"), step.title},
                  {QStringLiteral("reason"), step.reason},
                  {QStringLiteral("priority"), step.priority}};
    if (!step.talkingPoints.isEmpty())
        o.insert(QStringLiteral("talkingPoints"), QJsonArray::fromStringList(step.talkingPoints));
    return o;
}

QJsonObject ProtocolCodec::profileToJson(const Profile &profile)
{
    QJsonArray timeline;
    for (const TimelineEvent &e : profile.timeline)
        timeline.append(timelineEventToJson(e));
    QJsonArray steps;
    for (const NextStep &s : profile.nextSteps)
        steps.append(nextStepToJson(s));
    QJsonObject o{{QStringLiteral("id"), profile.id},
                  {QStringLiteral("version"), profile.version},
                  {QStringLiteral("cart"), cartToJson(profile.cart)},
                  {QStringLiteral("timeline"), timeline},
                  {QStringLiteral("nextSteps"), steps}};
    putOptional(o, "name", profile.name);
    putOptional(o, "phone", profile.phone);
    putOptional(o, "email", profile.email);
    putOptional(o, "tier", profile.tier);
    putTime(o, "updatedAt", profile.updatedAt);
    QJsonObject consents;
    putOptional(consents, "email", profile.consents.email);
    putOptional(consents, "sms", profile.consents.sms);
    putOptional(consents, "phone", profile.consents.phone);
    if (!consents.isEmpty())
        o.insert(QStringLiteral("consents"), consents);
    if (profile.lifetimeValue != 0)
        o.insert(QStringLiteral("lifetimeValue"), profile.lifetimeValue);
    putTime(o, "lastPurchaseAt", profile.lastPurchaseAt);
    return o;
}

QJsonObject ProtocolCodec::candidateToJson(const ProfileCandidate &candidate)
{
    return candidateJson(candidate);
}

QJsonObject ProtocolCodec::outcomeToJson(const OutcomeLog &outcome)
{
    return outcomeJson(outcome);
}

std::optional<OutcomeLog> ProtocolCodec::outcomeFromJson(const QJsonObject &payload, QString *error)
{
    JsonError jsonError;
    const JsonReader reader(payload, QStringLiteral("payload"), &jsonError);
    OutcomeLog outcome = readOutcome(reader);
    if (jsonError.isSet()) {
        if (error)
            *error = jsonError.toString();
        return std::nullopt;
    }
    return outcome;
}

QString ProtocolCodec::typeName(const Message &message)
{
    return std::visit([](const auto &m) { return QString::fromLatin1(std::decay_t<decltype(m)>::kType); },
                      message);
}

bool ProtocolCodec::isStreamMessage(const Message &message)
{
    return std::holds_alternative<Snapshot>(message) || std::holds_alternative<CallConnected>(message) ||
           std::holds_alternative<ProfilePatch>(message) || std::holds_alternative<CallEnded>(message) ||
           std::holds_alternative<AgentStateChanged>(message) ||
           std::holds_alternative<ProfileOpened>(message) ||
           std::holds_alternative<FloorAgentChanged>(message);
}

QByteArray ProtocolCodec::encode(const Frame &frame)
{
    QJsonObject envelope{{QStringLiteral("type"), typeName(frame.message)},
                         {QStringLiteral("payload"), payloadOf(frame.message)}};
    if (!frame.rid.isEmpty())
        envelope.insert(QStringLiteral("rid"), frame.rid);
    if (frame.seq > 0)
        envelope.insert(QStringLiteral("seq"), frame.seq);
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

ProtocolCodec::StreamText ProtocolCodec::encodeStream(const Message &message)
{
    // QJsonDocument writes the envelope's keys sorted (payload, seq, type),
    // compact, so the seq sits between the payload and the type.
    StreamText encoded;
    encoded.m_head = QStringLiteral("{\"payload\":") +
                     QString::fromUtf8(QJsonDocument(payloadOf(message)).toJson(QJsonDocument::Compact)) +
                     QStringLiteral(",\"seq\":");
    encoded.m_tail = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("type"), typeName(message)}})
                                           .toJson(QJsonDocument::Compact));
    encoded.m_tail.replace(0, 1, QLatin1Char(','));
    return encoded;
}

QString ProtocolCodec::StreamText::text(qint64 seq) const
{
    return m_head + QString::number(seq) + m_tail;
}

DecodeResult ProtocolCodec::decode(const QString &text, qint64 maxBytes)
{
    // A UTF-16 string needs at least size() bytes in UTF-8: refuse early before converting.
    if (text.size() > maxBytes)
        return {std::nullopt,
                {errors::BadFrame, QStringLiteral("frame larger than %1 bytes").arg(maxBytes), {}}};
    return decode(text.toUtf8(), maxBytes);
}

DecodeResult ProtocolCodec::decode(const QByteArray &utf8, qint64 maxBytes)
{
    DecodeResult result;
    if (utf8.size() > maxBytes) {
        result.error = {errors::BadFrame, QStringLiteral("frame larger than %1 bytes").arg(maxBytes), {}};
        return result;
    }
    // Qt's JSON parser lets some invalid UTF-8 through (a lead byte swallows
    // the next byte, e.g. a backslash, and shifts the escapes after it), so
    // the bytes are checked first: found by tests/fuzz (fuzz_protocol).
    if (!utf8.isValidUtf8()) {
        result.error = {errors::BadFrame, QStringLiteral("not valid UTF-8"), {}};
        return result;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = {
            errors::BadFrame,
            QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset),
            {}};
        return result;
    }
    if (!doc.isObject()) {
        result.error = {errors::BadFrame, QStringLiteral("a frame must be a JSON object"), {}};
        return result;
    }

    JsonError error;
    const JsonReader envelope(doc.object(), QString(), &error);
    // Read the request id first so that later errors can still answer the request.
    const QString rid = envelope.string(key("rid"), Optional, kMaxRequestIdChars);
    if (!error.isSet())
        result.error.rid = rid;
    const QString type = envelope.string(key("type"), Required, 64);
    const qint64 seq = envelope.integer(key("seq"), Optional, 1, kMaxInt64Json);
    const JsonReader payload = envelope.child(key("payload"), Required);
    if (error.isSet()) {
        result.error.code = errors::InvalidMessage;
        result.error.message = error.toString();
        return result;
    }

    bool known = false;
    Message message = readPayload(type, payload, &known);
    if (!known) {
        result.error.code = errors::UnknownType;
        result.error.message = QStringLiteral("unknown message type \"%1\"").arg(type);
        return result;
    }
    if (error.isSet()) {
        result.error.code = errors::InvalidMessage;
        result.error.message = error.toString();
        return result;
    }
    result.frame = Frame{std::move(message), rid, seq};
    return result;
}

} // namespace omnidesk::protocol
