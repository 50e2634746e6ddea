#pragma once

#include "Messages.h"

#include <QAbstractSocket>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <functional>

class QWebSocket;

namespace omnidesk::net {

// The desktop's connection to the profile service (docs/protocol.md): opens
// the WebSocket with the omnidesk.v1 subprotocol, authenticates, keeps the
// heartbeat, reconnects with backoff and resumes, and applies the ordered
// stream in sequence. Every frame goes through protocol::ProtocolCodec.
class ProfileClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Offline, Connecting, Authenticating, Online, Reconnecting };
    Q_ENUM(State)

    // Returns a uniformly distributed number in [0, 1); used for backoff jitter.
    using RandomSource = std::function<double()>;

    explicit ProfileClient(QObject *parent = nullptr);
    ~ProfileClient() override;

    // ws://host:port or ws://host:port/v1/agent; an empty path gets /v1/agent.
    // http:// and https:// addresses stand for ws:// and wss:// (webSocketUrl()).
    void setServerUrl(const QUrl &url);
    // The desktop's language announced in hello (the service writes next
    // steps in it); empty: the default locale's name.
    void setLanguage(const QString &code) { m_language = code; }
    QUrl serverUrl() const { return m_url; }
    // The WebSocket address for a service address: http → ws, https → wss;
    // other schemes unchanged.
    static QUrl webSocketUrl(const QUrl &url);
    // What wss:// connections trust (net::TlsTrust::configuration()); peers
    // are always verified and certificate errors never ignored. Applies from
    // the next connection attempt.
    void setSslConfiguration(const QSslConfiguration &configuration);
    void setRandomSource(RandomSource source);

    void signIn(const QString &user, const QString &password);
    void signInWithToken(const QString &token);
    void signOut();

    // Sends an outcome.log; false when not Online (the caller keeps it queued).
    bool sendOutcome(const protocol::OutcomeLog &outcome);
    // Sends agent.state (available, break, offline; or extend=true to extend the
    // wrap-up once); false when not Online. The answer is agentStateChanged.
    bool requestAgentState(const QString &state, bool extend = false);
    // Sends a lookup; returns its request id (empty when not Online). The
    // answer is lookupFinished(rid, …) or serverError(…, rid).
    QString lookup(const protocol::Lookup &query);
    // Opens a profile found by a lookup, or picks a call's candidate (callId
    // set); false when not Online. The answer is profileOpened or serverError.
    QString openProfile(const QString &profileId, const QString &callId = QString());
    // Supervisors: a page of the interaction log, and one interaction with
    // what the agent saw. Each returns the request id (empty when not Online);
    // the answer comes with the same id, or serverError(…, rid).
    QString queryInteractions(const protocol::InteractionsQuery &query);
    QString getInteraction(qint64 id);
    // Supervisors: watch the live floor. The answer is floorState(rid, …)
    // (possibly several frames, the last complete), then floorAgentChanged on
    // every change while the session lasts; a new session (after a snapshot)
    // needs a new watch.
    QString watchFloor();

    State state() const { return m_state; }
    QString sessionId() const { return m_session; }
    QString token() const { return m_token; }
    qint64 lastSeq() const { return m_lastSeq; }
    protocol::UserInfo user() const { return m_user; }
    int reconnectAttempt() const { return m_attempt; }

    // Upper bound of the wait before reconnect attempt n: min(1 s, 250 ms × 2^n) for the
    // first six attempts (n < 6), then min(30 s, 1 s × 2^(n-5)).
    static int backoffCeilingMs(int attempt);

signals:
    void stateChanged(omnidesk::net::ProfileClient::State state);
    void welcomed(const omnidesk::protocol::Welcome &welcome);
    void callConnected(const omnidesk::protocol::ActiveCall &call);
    void profilePatched(const omnidesk::protocol::ProfilePatch &patch);
    void callEnded(const omnidesk::protocol::CallEnded &ended);
    void snapshotReceived(const omnidesk::protocol::Snapshot &snapshot);
    void outcomeAcked(const omnidesk::protocol::OutcomeAck &ack);
    void lookupFinished(const QString &rid, const omnidesk::protocol::LookupResult &result);
    void profileOpened(const omnidesk::protocol::ProfileOpened &opened);
    void interactionsPage(const QString &rid, const omnidesk::protocol::InteractionsPage &page);
    void interactionDetail(const QString &rid, const omnidesk::protocol::InteractionDetail &detail);
    void floorState(const QString &rid, const omnidesk::protocol::FloorState &state);
    void floorAgentChanged(const omnidesk::FloorAgent &agent);
    // The agent's state from agent.state.changed or a snapshot.
    void agentStateChanged(const omnidesk::protocol::AgentStateChanged &state);
    void serverError(const QString &code, const QString &message, const QString &rid);
    void authFailed(const QString &message);
    // A reconnect attempt is planned after delayMs.
    void reconnectScheduled(int delayMs);
    // The TLS connection failed: the certificate was refused or the handshake
    // broke. `message` says what, names the certificate and what to do
    // (TlsTrust). Before the first welcome of a sign-in the client gives up
    // (state Offline); later it keeps reconnecting.
    void tlsFailed(const QString &message);

private:
    // Forgets any previous session and connects with either credentials or a token.
    void startSession(const QString &user, const QString &password, const QString &token);
    void setState(State state);
    void openSocket();
    void discardSocket();
    void scheduleReconnect();
    void onConnected();
    void onDisconnected();
    void onTextMessage(const QString &text);
    void onHeartbeatDead();
    void onSocketError(QAbstractSocket::SocketError error);
    // Ends the attempt after a TLS failure (m_tlsProblem); see tlsFailed().
    void failTls();
    void sendFrame(protocol::Message message, const QString &rid);
    QString nextRid(QLatin1Char prefix);
    void sendHello();
    void handleStream(const protocol::Frame &frame);
    void applyStream(const protocol::Message &message);
    void requestSnapshot();
    void handleWelcome(const protocol::Welcome &welcome);

    QUrl m_url;
    QSslConfiguration m_sslConfiguration;
    QString m_tlsProblem; // the current attempt's TLS failure, for the user
    QPointer<QWebSocket> m_socket;
    State m_state = State::Offline;
    RandomSource m_random;

    QString m_language;
    QString m_userName; // for password sign-in
    QString m_password;
    QString m_token;
    QString m_session;
    protocol::UserInfo m_user;
    bool m_wantOnline = false;
    bool m_everWelcomed = false;
    QString m_authMessage;

    qint64 m_lastSeq = 0;
    bool m_awaitingSnapshot = false;
    // Versions of the profiles the stream shows (the call's, the opened one):
    // a patch must start from the held version, else a snapshot is asked for.
    QHash<QString, qint64> m_profileVersions;

    int m_attempt = 0;
    int m_heartbeatMs = 0;
    quint64 m_ridCounter = 0;
    QTimer m_reconnectTimer;
    QTimer m_pingTimer;
    QTimer m_deadTimer;
};

} // namespace omnidesk::net
