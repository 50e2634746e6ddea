#include "SessionStream.h"

#include "AgentSession.h"

namespace omnidesk::server {

SessionStream::SessionStream(QString id, protocol::UserInfo user, int maxRetained, qsizetype maxRetainedChars)
    : m_id(std::move(id)), m_user(std::move(user)), m_maxRetained(maxRetained),
      m_maxRetainedChars(maxRetainedChars)
{
    m_detached.start();
}

QString SessionStream::append(const protocol::ProtocolCodec::StreamText &encoded)
{
    const qint64 seq = m_nextSeq++;
    QString text = encoded.text(seq);
    m_retained.push_back(Retained{seq, encoded, text.size()});
    m_retainedChars += text.size();
    // The newest message always stays, even when it alone is over the budget.
    while (m_retained.size() > 1 &&
           (m_retained.size() > size_t(m_maxRetained) || m_retainedChars > m_maxRetainedChars)) {
        m_retainedChars -= m_retained.front().chars;
        m_retained.pop_front();
    }
    return text;
}

QString SessionStream::append(const protocol::Message &message)
{
    return append(protocol::ProtocolCodec::encodeStream(message));
}

std::optional<QList<QString>> SessionStream::framesAfter(qint64 lastSeq) const
{
    if (lastSeq > this->lastSeq() || lastSeq < 0)
        return std::nullopt;
    const qint64 firstRetained = m_retained.empty() ? m_nextSeq : m_retained.front().seq;
    if (lastSeq + 1 < firstRetained)
        return std::nullopt;
    QList<QString> frames;
    for (const Retained &retained : m_retained) {
        if (retained.seq > lastSeq)
            frames.append(retained.text.text(retained.seq));
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
