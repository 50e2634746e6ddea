#include "OutcomeSender.h"

#include "NetLogging.h"
#include "Outbox.h"
#include "ProfileClient.h"

namespace omnidesk::net {

OutcomeSender::OutcomeSender(ProfileClient *client, Outbox *outbox, QObject *parent)
    : QObject(parent), m_client(client), m_outbox(outbox)
{
    connect(m_client, &ProfileClient::stateChanged, this, [this](ProfileClient::State state) {
        if (state == ProfileClient::State::Online)
            flush();
    });
    connect(m_outbox, &Outbox::ready, this, &OutcomeSender::flush);
    connect(m_outbox, &Outbox::itemChanged, this, [this](const QString &key, OutboxItem::State state) {
        if (state != OutboxItem::State::Pending)
            return;
        if (const auto item = m_outbox->item(key))
            send(*item);
    });
    connect(m_client, &ProfileClient::outcomeAcked, this,
            [this](const protocol::OutcomeAck &ack) { m_outbox->markAcked(ack.key, ack.outcomeId); });
}

void OutcomeSender::flush()
{
    if (m_client->state() != ProfileClient::State::Online)
        return;
    const QList<OutboxItem> waiting = m_outbox->pending();
    for (const OutboxItem &item : waiting)
        send(item);
}

void OutcomeSender::send(const OutboxItem &item)
{
    if (item.state == OutboxItem::State::Acked || !m_outbox->isStored(item.key()))
        return;
    if (m_client->sendOutcome(item.outcome)) {
        qCInfo(lcNet) << "sent outcome, attempt" << item.attempts + 1;
        m_outbox->markSent(item.key());
    }
}

} // namespace omnidesk::net
