#pragma once

#include "Messages.h"
#include "ProtocolCodec.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QString>

#include <deque>
#include <optional>

namespace omnidesk::server {

class AgentSession;

// The ordered stream of one agent session: numbers stream messages 1, 2, 3 …
// and retains the last ones so a client that reconnects can resume: at most
// maxRetained messages and at most maxRetainedChars characters of their text.
// Outlives the WebSocket connection it is attached to.
//
// Messages are retained as their encoded text (shared, for a message sent to
// many sessions, by every stream that holds it), not as decoded structures:
// a call.connected with its profile takes several times more memory decoded
// (the soak run found 1,000 retained frames of a busy agent at about 30 MB).
class SessionStream
{
public:
    // About 2 MiB of UTF-16 text per session.
    static constexpr qsizetype kMaxRetainedChars = 1024 * 1024;

    SessionStream(QString id, protocol::UserInfo user, int maxRetained,
                  qsizetype maxRetainedChars = kMaxRetainedChars);

    const QString &id() const { return m_id; }
    const protocol::UserInfo &user() const { return m_user; }
    qint64 lastSeq() const { return m_nextSeq - 1; }

    // Numbers and retains a stream message; returns the frame's text to send.
    QString append(const protocol::ProtocolCodec::StreamText &encoded);
    QString append(const protocol::Message &message);
    // The text of every retained frame after `lastSeq`, or nullopt when some are gone.
    std::optional<QList<QString>> framesAfter(qint64 lastSeq) const;
    qsizetype retainedCount() const { return qsizetype(m_retained.size()); }
    qsizetype retainedChars() const { return m_retainedChars; }

    AgentSession *connection() const { return m_connection.data(); }
    void attach(AgentSession *connection);
    void detach();
    // Milliseconds since the last connection went away (0 while attached).
    qint64 detachedForMs() const;

private:
    QString m_id;
    protocol::UserInfo m_user;
    struct Retained
    {
        qint64 seq;
        protocol::ProtocolCodec::StreamText text;
        qsizetype chars;
    };

    int m_maxRetained;
    qsizetype m_maxRetainedChars;
    qint64 m_nextSeq = 1;
    std::deque<Retained> m_retained;
    qsizetype m_retainedChars = 0;
    QPointer<AgentSession> m_connection;
    QElapsedTimer m_detached;
};

} // namespace omnidesk::server
