#include "SessionStream.h"

#include "AgentSession.h"

namespace omnidesk::server {

SessionStream::SessionStream(QString id, protocol::UserInfo user, int maxRetained)
    : m_id(std::move(id)), m_user(std::move(user)), m_maxRetained(maxRetained)
{
    m_detached.start();
}

protocol::Frame SessionStream::append(protocol::Message message)
{
    protocol::Frame frame{std::move(message), QString(), m_nextSeq++};
    m_retained.push_back(frame);
    while (m_retained.size() > size_t(m_maxRetained))
        m_retained.pop_front();
    return frame;
}

std::optional<QList<protocol::Frame>> SessionStream::framesAfter(qint64 lastSeq) const
{
    if (lastSeq > this->lastSeq() || lastSeq < 0)
        return std::nullopt;
    const qint64 firstRetained = m_retained.empty() ? m_nextSeq : m_retained.front().seq;
    if (lastSeq + 1 < firstRetained)
        return std::nullopt;
    QList<protocol::Frame> frames;
    for (const protocol::Frame &frame : m_retained) {
        if (frame.seq > lastSeq)
            frames.append(frame);
    }
    return frames;
}

void SessionStream::attach(AgentSession *connection)
{
    m_connection = connection;
    m_detached.invalidate();
}

void SessionStream::detach()
{
    m_connection = nullptr;
    m_detached.start();
}

qint64 SessionStream::detachedForMs() const
{
    return m_detached.isValid() ? m_detached.elapsed() : 0;
}

} // namespace omnidesk::server
