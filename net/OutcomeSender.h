#pragma once

#include "OutboxItem.h"

#include <QObject>

namespace omnidesk::net {

class Outbox;
class ProfileClient;

// Moves outcomes from the Outbox to the service: sends each one once it is on
// disk and the client is online, sends every unacknowledged one again after
// each (re)connect, and marks them acknowledged on outcome.ack. The service
// stores each idempotency key once, so resending is safe.
class OutcomeSender : public QObject
{
    Q_OBJECT
public:
    OutcomeSender(ProfileClient *client, Outbox *outbox, QObject *parent = nullptr);

    // Sends every unacknowledged outcome now (no-op while offline).
    void flush();

private:
    void send(const OutboxItem &item);

    ProfileClient *m_client;
    Outbox *m_outbox;
};

} // namespace omnidesk::net
