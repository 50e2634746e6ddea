#pragma once

#include "Messages.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QString>

#include <deque>
#include <optional>

namespace omnidesk::server {

class AgentSession;

// The ordered stream of one agent session: numbers stream messages 1, 2, 3 …
// and retains the last N so a client that reconnects can resume. Outlives
// the WebSocket connection it is attached to.
class SessionStream
{
public:
    SessionStream(QString id, protocol::UserInfo user, int maxRetained);

    const QString &id() const { return m_id; }
    const protocol::UserInfo &user() const { return m_user; }
    qint64 lastSeq() const { return m_nextSeq - 1; }

    // Numbers and retains a stream message; returns the frame to send.
    protocol::Frame append(protocol::Message message);
    // Every retained frame after `lastSeq`, or nullopt when some are gone.
    std::optional<QList<protocol::Frame>> framesAfter(qint64 lastSeq) const;

    AgentSession *connection() const { return m_connection.data(); }
    void attach(AgentSession *connection);
    void detach();
    // Milliseconds since the last connection went away (0 while attached).
    qint64 detachedForMs() const;

private:
    QString m_id;
    protocol::UserInfo m_user;
    int m_maxRetained;
    qint64 m_nextSeq = 1;
    std::deque<protocol::Frame> m_retained;
    QPointer<AgentSession> m_connection;
    QElapsedTimer m_detached;
};

} // namespace omnidesk::server
