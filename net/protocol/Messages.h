#pragma once

#include "Profile.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

// Typed payloads of every protocol v1 message (docs/protocol.md#messages).
namespace omnidesk::protocol {

struct ResumePoint
{
    QString session;
    qint64 lastSeq = 0;
    friend bool operator==(const ResumePoint &, const ResumePoint &) = default;
};

struct Hello
{
    static constexpr char kType[] = "hello";
    QString user;
    QString password;
    QString token;
    QString client;
    QString language; // the desktop's language ("pt_BR"); texts the service writes follow it
    std::optional<ResumePoint> resume;
    friend bool operator==(const Hello &, const Hello &) = default;
};

struct Limits
{
    qint64 maxFrameBytes = 0;
    qint64 maxMessageBytes = 0;
    int maxMessagesPerSecond = 0;
    int maxBatchEvents = 0;
    friend bool operator==(const Limits &, const Limits &) = default;
};

struct UserInfo
{
    QString id;
    QString name;
    QString role; // agent, store, supervisor, admin
    friend bool operator==(const UserInfo &, const UserInfo &) = default;
};

struct Welcome
{
    static constexpr char kType[] = "welcome";
    QString session;
    QString token;
    bool resumed = false;
    qint64 lastSeq = 0;
    int heartbeatMs = 0;
    UserInfo user;
    Limits limits;
    int wrapUpSeconds = 0;    // 0: not sent (an older service); clients then assume kDefaultWrapUpSeconds
    QStringList dispositions; // empty: not sent; clients then offer dispositionCodes()
    friend bool operator==(const Welcome &, const Welcome &) = default;
};

struct Ping
{
    static constexpr char kType[] = "ping";
    qint64 t = 0;
    friend bool operator==(const Ping &, const Ping &) = default;
};

struct Pong
{
    static constexpr char kType[] = "pong";
    qint64 t = 0;
    friend bool operator==(const Pong &, const Pong &) = default;
};

using omnidesk::ProfileCandidate;

// A call in progress with the caller's profile, as popped on the desktop.
struct ActiveCall
{
    QString callId;
    QString ani;
    QString match; // exact, none, multiple
    QDateTime connectedAt;
    std::optional<Profile> profile;
    QList<ProfileCandidate> candidates; // with match "multiple": every profile the number belongs to
    friend bool operator==(const ActiveCall &, const ActiveCall &) = default;
};

// The agent's state (docs/protocol.md#agentstatechanged-service--client-stream);
// also the agent part of a snapshot.
struct AgentStateChanged
{
    static constexpr char kType[] = "agent.state.changed";
    QString state; // available, on_call, wrap_up, break, offline
    QDateTime since;
    QDateTime wrapUpEndsAt; // valid exactly in wrap_up
    bool extended = false;
    QString reason; // requested, call_connected, call_ended, wrap_up_expired, signed_in,
                    // signed_out (never signed in), connection_lost
    friend bool operator==(const AgentStateChanged &, const AgentStateChanged &) = default;
};

// The agent asks for a state, or (state wrap_up, extend true) extends the wrap-up once.
struct AgentStateRequest
{
    static constexpr char kType[] = "agent.state";
    QString state; // available, break, offline, wrap_up (only with extend)
    bool extend = false;
    friend bool operator==(const AgentStateRequest &, const AgentStateRequest &) = default;
};

struct Snapshot
{
    static constexpr char kType[] = "snapshot";
    std::optional<ActiveCall> call;
    std::optional<AgentStateChanged> agent;
    std::optional<Profile> opened; // a profile opened from a lookup, outside a call
    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

struct SnapshotRequest
{
    static constexpr char kType[] = "snapshot.request";
    friend bool operator==(const SnapshotRequest &, const SnapshotRequest &) = default;
};

struct CallConnected
{
    static constexpr char kType[] = "call.connected";
    ActiveCall call;
    friend bool operator==(const CallConnected &, const CallConnected &) = default;
};

struct ProfilePatch
{
    static constexpr char kType[] = "profile.patch";
    QString profileId;
    qint64 base = 0;
    qint64 version = 0;
    std::optional<Cart> cart;
    QList<TimelineEvent> timelineAdded; // newest first
    std::optional<QList<NextStep>> nextSteps;
    // Profile facts, each present only when it changed: `consents` replaces
    // all three; `lifetimeValue` comes with `lastPurchaseAt` (null: none);
    // `name` is the customer's display name (the caller header's).
    std::optional<Consents> consents;
    std::optional<qint64> lifetimeValue;
    QDateTime lastPurchaseAt;
    std::optional<QString> tier;
    std::optional<QString> name;
    friend bool operator==(const ProfilePatch &, const ProfilePatch &) = default;
};

struct CallEnded
{
    static constexpr char kType[] = "call.ended";
    QString callId;
    QDateTime endedAt;
    friend bool operator==(const CallEnded &, const CallEnded &) = default;
};

using omnidesk::StepDecision;

struct FollowUp
{
    QDate due;
    QString channel; // call, email, sms, store
    friend bool operator==(const FollowUp &, const FollowUp &) = default;
};

struct OutcomeLog
{
    static constexpr char kType[] = "outcome.log";
    QString key;
    QString callId;
    QString profileId;
    QString disposition;
    QString notes;
    QDateTime loggedAt;
    QList<StepDecision> steps;
    QList<CartLine> intent; // cart lines the customer means to buy
    std::optional<FollowUp> followUp;
    // What the agent saw when logging: cart, lately strip (as timeline), next steps.
    std::optional<Profile> context;
    QString channel = QStringLiteral("call"); // call, or store for a store associate's visit log
    // When the call ended, as the call.ended message said (the service's
    // time); null while the call is still on, for store visits, and from
    // clients older than the field. The outcome's wrap-up time starts here.
    QDateTime callEndedAt = {};
    friend bool operator==(const OutcomeLog &, const OutcomeLog &) = default;
};

struct OutcomeAck
{
    static constexpr char kType[] = "outcome.ack";
    QString key;
    qint64 outcomeId = 0;
    bool duplicate = false;
    QDateTime storedAt;
    friend bool operator==(const OutcomeAck &, const OutcomeAck &) = default;
};

// Finds the profiles a person may mean; answered by lookup.result with the same rid.
struct Lookup
{
    static constexpr char kType[] = "lookup";
    QString phone;
    QString email;
    QString q; // name fragment or profile id
    friend bool operator==(const Lookup &, const Lookup &) = default;
};

struct LookupResult
{
    static constexpr char kType[] = "lookup.result";
    QList<ProfileCandidate> candidates; // best first
    friend bool operator==(const LookupResult &, const LookupResult &) = default;
};

// Opens a profile found by a lookup, or picks one of a call's candidates (callId set).
struct ProfileOpen
{
    static constexpr char kType[] = "profile.open";
    QString profileId;
    QString callId;
    friend bool operator==(const ProfileOpen &, const ProfileOpen &) = default;
};

// The opened profile (stream); with callId it is the caller's profile from now on.
struct ProfileOpened
{
    static constexpr char kType[] = "profile.opened";
    QString callId;
    Profile profile;
    friend bool operator==(const ProfileOpened &, const ProfileOpened &) = default;
};

// The supervisors' interaction log (docs/protocol.md#interactionsquery-client--service-request):
// filters, sort and paging; also the query of GET /v1/interactions.
struct InteractionsQuery
{
    static constexpr char kType[] = "interactions.query";
    QDateTime from; // loggedAt >= from (optional)
    QDateTime to;   // loggedAt < to (optional)
    QString agent;
    QString disposition;
    QString channel;        // call, store
    QString recommendation; // a next step id
    QString decision;       // accepted, dismissed (with or without recommendation)
    QString q;              // text in notes
    QString sort;           // newest (default), oldest, agent, disposition
    int limit = 0;          // 0: the default page size
    QString cursor;         // nextCursor of the previous page
    friend bool operator==(const InteractionsQuery &, const InteractionsQuery &) = default;
};

using omnidesk::InteractionRow;

struct InteractionsPage
{
    static constexpr char kType[] = "interactions.page";
    QList<InteractionRow> rows;
    qint64 total = 0;   // rows matching the filters, over all pages
    QString nextCursor; // empty on the last page
    friend bool operator==(const InteractionsPage &, const InteractionsPage &) = default;
};

struct InteractionGet
{
    static constexpr char kType[] = "interaction.get";
    qint64 id = 0;
    // A stated reason (simplified, kMinRevealReasonChars to
    // kMaxRevealReasonChars): the answer is unmasked and the reveal audited.
    // Empty: masked.
    QString reveal = {};
    friend bool operator==(const InteractionGet &, const InteractionGet &) = default;
};

// One stored outcome with what the agent saw (its context snapshot).
struct InteractionDetail
{
    static constexpr char kType[] = "interaction.detail";
    qint64 id = 0;
    QString agent;
    QDateTime storedAt;
    QString customer; // the profile's name now (initials when masked)
    OutcomeLog outcome;
    friend bool operator==(const InteractionDetail &, const InteractionDetail &) = default;
};

// A supervisor starts watching the live floor: the answer is floor.state
// (every agent and store user), then floor.agent on each change (stream).
struct FloorWatch
{
    static constexpr char kType[] = "floor.watch";
    friend bool operator==(const FloorWatch &, const FloorWatch &) = default;
};

using omnidesk::FloorAgent;

struct FloorState
{
    static constexpr char kType[] = "floor.state";
    QList<FloorAgent> agents; // by user id
    bool complete = true;     // false: more floor.state frames with the same rid follow
    friend bool operator==(const FloorState &, const FloorState &) = default;
};

struct FloorAgentChanged
{
    static constexpr char kType[] = "floor.agent";
    FloorAgent agent;
    friend bool operator==(const FloorAgentChanged &, const FloorAgentChanged &) = default;
};

struct ErrorMessage
{
    static constexpr char kType[] = "error";
    QString code;
    QString message;
    friend bool operator==(const ErrorMessage &, const ErrorMessage &) = default;
};

using Message =
    std::variant<Hello, Welcome, Ping, Pong, Snapshot, SnapshotRequest, CallConnected, ProfilePatch,
                 CallEnded, OutcomeLog, OutcomeAck, ErrorMessage, AgentStateRequest, AgentStateChanged,
                 Lookup, LookupResult, ProfileOpen, ProfileOpened, InteractionsQuery, InteractionsPage,
                 InteractionGet, InteractionDetail, FloorWatch, FloorState, FloorAgentChanged>;

// One frame on the wire: the envelope fields plus the typed payload.
struct Frame
{
    Message message;
    QString rid;
    qint64 seq = 0;
    friend bool operator==(const Frame &, const Frame &) = default;
};

// Dispositions an agent can log (docs/protocol.md#outcomelog).
QStringList dispositionCodes();
// Channels a follow-up can be planned on.
QStringList followUpChannels();

// Agent states and the reasons for a change (docs/protocol.md#agentstatechanged-service--client-stream).
namespace agentstates {
inline constexpr QLatin1StringView Available{"available"};
inline constexpr QLatin1StringView OnCall{"on_call"};
inline constexpr QLatin1StringView WrapUp{"wrap_up"};
inline constexpr QLatin1StringView Break{"break"};
inline constexpr QLatin1StringView Offline{"offline"};
} // namespace agentstates
QStringList agentStateCodes();
QStringList agentStateReasons();

// Sort orders of interactions.query; the first is the default.
QStringList interactionSorts();

// Error codes of the error message (docs/protocol.md#errors-and-close-codes).
namespace errors {
inline constexpr QLatin1StringView BadFrame{"bad_frame"};
inline constexpr QLatin1StringView InvalidMessage{"invalid_message"};
inline constexpr QLatin1StringView UnknownType{"unknown_type"};
inline constexpr QLatin1StringView NotAuthenticated{"not_authenticated"};
inline constexpr QLatin1StringView AuthFailed{"auth_failed"};
inline constexpr QLatin1StringView RateLimited{"rate_limited"};
inline constexpr QLatin1StringView NotFound{"not_found"};
inline constexpr QLatin1StringView Internal{"internal"};
inline constexpr QLatin1StringView Forbidden{"forbidden"};
} // namespace errors

} // namespace omnidesk::protocol
