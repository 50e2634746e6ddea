#pragma once

#include "Messages.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace omnidesk::net {

// One outcome in the durable outbox.
struct OutboxItem
{
    enum class State { Pending, Sent, Acked };

    protocol::OutcomeLog outcome; // outcome.key is the idempotency key
    State state = State::Pending;
    int attempts = 0;
    qint64 outcomeId = 0; // set from outcome.ack
    QDateTime createdAt;
    QDateTime updatedAt;

    QString key() const { return outcome.key; }
    friend bool operator==(const OutboxItem &, const OutboxItem &) = default;
};

} // namespace omnidesk::net

Q_DECLARE_METATYPE(omnidesk::net::OutboxItem)
