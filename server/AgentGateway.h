#pragma once

#include "Authorizer.h"
#include "Clock.h"
#include "InteractionLog.h"
#include "Messages.h"
#include "ProtocolCodec.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

class QWebSocket;

namespace omnidesk::server {

class AgentSession;
class Metrics;
class PhoneNormalizer;
class ProfileEngine;
class ProfileLookup;
class SessionStream;
class Store;

// The agent side of the service: accepts authenticated WebSocket sessions,
// keeps their ordered streams for resume, tracks each agent's active call and
// pushes call.connected / profile.patch / call.ended to the agent's sessions.
class AgentGateway : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int helloTimeoutMs = 10'000;
        int heartbeatMs = 15'000;
        int retentionMs = 120'000;
        int retainedMessages = 1000;
        int wrapUpSeconds = 60; // wrap-up limit after a call; one extension adds it once more
        // An agent whose last desktop lost its connection (rather than signing
        // out) keeps their state this long, so a network blip or a laptop
        // waking up does not turn a break or a wrap-up into "available".
        int offlineGraceMs = 30'000;
    };

    AgentGateway(Store *store, ProfileEngine *engine, Clock clock, Settings settings,
                 QObject *parent = nullptr);
    ~AgentGateway() override;

    // Takes ownership of an opened WebSocket to /v1/agent.
    void addConnection(QWebSocket *socket);
    int liveConnectionCount() const { return int(m_connections.size()); }
    // Closes every connection (1001 on shutdown); finished() fires when all are gone.
    void closeAll(quint16 code, const QString &reason);

    // CTI: a call reached `agent`; returns the number of live sessions that got it.
    int callConnected(const QString &agent, const protocol::ActiveCall &call);
    int callEnded(const QString &agent, const QString &callId, const QDateTime &endedAt);
    // The agent currently holding `callId`, or empty.
    QString agentOfCall(const QString &callId) const;
    QString profileOfCall(const QString &callId) const;
    // The profile on `agent`'s active call, or empty.
    QString activeProfileOf(const QString &agent) const { return m_calls.value(agent).profileId; }
    // The agent's state (offline for an agent never signed in).
    protocol::AgentStateChanged agentState(const QString &agent) const;

    // Enables the lookup message (numbers are normalised with `phones`; not owned).
    void setPhoneNormalizer(const PhoneNormalizer *phones);
    // The profile `agent` opened from a lookup outside a call, or empty.
    QString openedProfileOf(const QString &agent) const { return m_opened.value(agent); }

    // Counts outcomes and error frames there (optional; not owned).
    void setMetrics(Metrics *metrics) { m_metrics = metrics; }
    Metrics *metrics() const { return m_metrics; }

    // Called by AgentSession.
    void handleHello(AgentSession *session, const protocol::Hello &hello, const QString &rid);
    void handleSnapshotRequest(AgentSession *session);
    void handleOutcome(AgentSession *session, const protocol::OutcomeLog &outcome, const QString &rid);
    void handleStateRequest(AgentSession *session, const protocol::AgentStateRequest &request,
                            const QString &rid);
    void handleLookup(AgentSession *session, const protocol::Lookup &lookup, const QString &rid);
    void handleProfileOpen(AgentSession *session, const protocol::ProfileOpen &open, const QString &rid);
    // The supervisors' interaction log (roles supervisor and admin).
    void handleInteractionsQuery(AgentSession *session, const protocol::InteractionsQuery &query,
                                 const QString &rid);
    void handleInteractionGet(AgentSession *session, const protocol::InteractionGet &get, const QString &rid);
    // The live floor (roles supervisor and admin): floor.state now, floor.agent on each change.
    void handleFloorWatch(AgentSession *session, const QString &rid);
    // Every agent and store user as the floor shows them, by user id.
    QList<protocol::FloorAgent> floor() const;

    void onProfileChanged(const protocol::ProfilePatch &patch);
    // The identity graph merged `from` into `into`: calls and opened profiles
    // showing either follow `into`, and their agents get profile.opened.
    void onProfilesMerged(const QString &from, const QString &into);

Q_SIGNALS:
    void allConnectionsClosed();
    // A call reached `agent` / left them (ClusterBus relays these to other instances).
    void callRouted(const QString &agent, const omnidesk::protocol::ActiveCall &call);
    void callFinished(const QString &agent, const QString &callId, const QDateTime &endedAt);

private:
    struct CallState
    {
        protocol::ActiveCall call; // without the profile; it is loaded fresh when sent
        QString profileId;
        QStringList candidateIds; // with match "multiple": the profiles the agent may pick
    };

    // Appends to every stream of `agent` except `skip`; returns the live sessions reached.
    // `encoded`, when given, is `message` already encoded (fan-outs encode once).
    int pushToAgent(const QString &agent, const protocol::Message &message,
                    const SessionStream *skip = nullptr,
                    const protocol::ProtocolCodec::StreamText *encoded = nullptr);
    // Sets and (unless silent) broadcasts the agent's state; runs the wrap-up timer.
    void setAgentState(const QString &agent, const QString &state, const QString &reason,
                       const SessionStream *skip = nullptr);
    void onWrapUpExpired(const QString &agent);
    // Live authenticated connections of `agent`, not counting `except`.
    int liveSessionsOf(const QString &agent, const AgentSession *except) const;
    protocol::Snapshot snapshotFor(const QString &agent);
    QString roleOf(const QString &user) const;
    // The shipped language an agent's desktop asked for in its latest hello;
    // empty: English (the rule file's own texts).
    QString languageOf(const QString &agent) const { return m_languages.value(agent); }
    // Sets profile.nextSteps as `agent` is shown them: the channel's wording
    // (call or store) in the agent's language.
    void wordSteps(const QString &agent, Profile &profile, const QString &channel) const;
    // The patch as a reader in `channel` and `language` gets it.
    protocol::ProfilePatch patchFor(const protocol::ProfilePatch &patch, const QString &channel,
                                    const QString &language) const;
    // The profile `user` opened, while their lookup still grants it (else it is closed).
    QString openedProfileWithinGrant(const QString &user);
    // Masks phone and email for roles that do not see contact data.
    static void maskContactData(Profile &profile, const QString &role);
    void onSessionFinished(AgentSession *session);
    // The handle and wrap-up time of `outcome` (docs/protocol.md,
    // interactions.page): from the calls this gateway saw reach and leave
    // `agent`, else from the call end the desktop reports. The call is then
    // forgotten.
    InteractionLog::CallTimes takeCallTimes(const QString &agent, const protocol::OutcomeLog &outcome);
    bool audit(const QString &actor, const QString &action, const QStringList &targets,
               const QString &detail);
    // The session's user when their role may use `endpoint`; otherwise answers
    // `forbidden` ("the role … may not <action>") and returns nullopt.
    std::optional<protocol::UserInfo> permittedUser(AgentSession *session, Endpoint endpoint,
                                                    const QString &action, const QString &rid);
    void pruneStreams();
    protocol::FloorAgent floorAgent(const protocol::UserInfo &user) const;
    // Sends `agent`'s floor line to every session watching the floor.
    void notifyFloor(const QString &agent);

    Store *m_store;
    ProfileEngine *m_engine;
    Clock m_clock;
    Settings m_settings;
    QList<AgentSession *> m_connections;
    QHash<QString, std::shared_ptr<SessionStream>> m_streams; // by session id
    // The same streams by agent id, so that a push to one agent does not walk
    // every session (fan-out to thousands of agents stays linear).
    QMultiHash<QString, std::shared_ptr<SessionStream>> m_streamsByAgent;
    QHash<QString, CallState> m_calls; // by agent id
    // When each of an agent's latest calls reached them and ended, kept past
    // the call's end until its outcome is logged: the outcome's handle and
    // wrap-up time.
    struct CallStart
    {
        QString callId;
        QDateTime connectedAt;
        QDateTime endedAt = {}; // null while the call is on
    };
    static constexpr int kRememberedCalls = 4;
    QHash<QString, QList<CallStart>> m_callStarts;             // by agent id, oldest first
    QHash<QString, QString> m_opened;                          // profile id by agent id
    QHash<QString, QString> m_languages;                       // language code by agent id
    QHash<QString, protocol::AgentStateChanged> m_agentStates; // by agent id
    QHash<QString, QTimer *> m_wrapUpTimers;                   // by agent id; children of this
    QSet<QString> m_floorWatchers;                             // stream ids watching the floor
    QHash<QString, QDeadlineTimer> m_connectionLost;           // by agent id: grace ends
    QTimer m_pruneTimer;
    Metrics *m_metrics = nullptr;
    std::unique_ptr<ProfileLookup> m_lookup;
    std::unique_ptr<InteractionLog> m_interactions;
};

} // namespace omnidesk::server
