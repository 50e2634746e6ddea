#pragma once

#include <QLatin1StringView>
#include <QtGlobal>

// Constants of protocol v1 (docs/protocol.md). Both peers read them from here
// so the desktop and the service cannot drift apart.
namespace omnidesk::protocol {

inline constexpr QLatin1StringView kSubprotocol{"omnidesk.v1"};
inline constexpr QLatin1StringView kAgentPath{"/v1/agent"};
inline constexpr quint16 kDefaultPort = 8477;

// Limits the service enforces on what clients send.
inline constexpr qint64 kMaxFrameBytes = 64 * 1024;
inline constexpr qint64 kMaxMessageBytes = 256 * 1024;
// Limit the desktop enforces on what the service sends (snapshots can be large).
inline constexpr qint64 kMaxServerMessageBytes = 16 * 1024 * 1024;
inline constexpr int kMaxMessagesPerSecond = 50;
inline constexpr int kRateBurst = 100;
inline constexpr qint64 kMaxQueuedBytesPerClient = 8 * 1024 * 1024;
inline constexpr int kHelloTimeoutMs = 10'000;
inline constexpr int kDefaultHeartbeatMs = 15'000;
// Wrap-up limit after a call when the service does not say (welcome.wrapUpSeconds).
inline constexpr int kDefaultWrapUpSeconds = 60;
inline constexpr int kMaxWrapUpSeconds = 86'400;
inline constexpr int kMaxBadFramesPerMinute = 20;
inline constexpr int kResumeRetentionMs = 120'000;
inline constexpr int kResumeRetentionMessages = 1000;

inline constexpr qint64 kMaxHttpHeaderBytes = 16 * 1024;
inline constexpr qint64 kMaxHttpBodyBytes = 1024 * 1024;
inline constexpr int kMaxBatchEvents = 500;
inline constexpr int kMaxNotesChars = 4000;
inline constexpr int kMaxRequestIdChars = 64;
// Newest timeline events sent with a profile in call.connected and snapshot.
inline constexpr int kPopTimelineEvents = 1000;
// Most candidates a lookup or a multiple caller match returns.
inline constexpr int kMaxCandidates = 20;
// Rows of one interactions.page (GET /v1/interactions): the default and the most.
inline constexpr int kDefaultInteractionsPage = 50;
inline constexpr int kMaxInteractionsPage = 500;
// A reason to reveal personal data (a customer in the interaction log, an
// unmasked export), once simplified: at least the first, at most the second.
inline constexpr int kMinRevealReasonChars = 5;
inline constexpr int kMaxRevealReasonChars = 500;
// People in one floor.state frame; a larger floor comes in several frames.
inline constexpr int kMaxFloorAgents = 1000;

// WebSocket close codes beyond the RFC 6455 ones.
enum CloseCode : quint16 {
    CloseAuthFailed = 4001,
    CloseProtocolViolation = 4002,
    CloseHeartbeatTimeout = 4008,
    CloseTooSlow = 4009,
    CloseRateLimited = 4029,
};

} // namespace omnidesk::protocol
