#pragma once

#include "Clock.h"
#include "Messages.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace omnidesk::server {

class AgentGateway;
class ProfileEngine;
class Store;

// Joins service instances that share one PostgreSQL database. What this
// instance routes or changes is announced with NOTIFY on a dedicated
// connection; what other instances announce arrives through LISTEN and is
// replayed into this instance's gateway, which pushes it to its own agents:
//   profile change -> profile.patch, merge -> profile.opened,
//   call connected -> call.connected, call ended -> call.ended.
// A notification carries ids only (profile, event, call relay row, agent,
// call id, versions) — never personal data; the receiver reads the rest
// from the database (docs/operations.md, "Several instances").
class ClusterBus : public QObject
{
    Q_OBJECT
public:
    static constexpr char kChannel[] = "omnidesk_cluster";

    ClusterBus(Store *store, ProfileEngine *engine, AgentGateway *gateway, Clock clock,
               QObject *parent = nullptr);
    ~ClusterBus() override;

    // Opens the LISTEN connection; false (see errorString()) when it cannot.
    bool start();
    QString errorString() const { return m_error; }
    // A random id of this instance, carried in its notifications.
    QString instanceId() const { return m_instanceId; }

Q_SIGNALS:
    // A notification of another instance was replayed (tests wait on it).
    void replayed(const QString &kind);

private:
    void onProfileChanged(const protocol::ProfilePatch &patch);
    void onProfilesMerged(const QString &from, const QString &into);
    void onCallRouted(const QString &agent, const protocol::ActiveCall &call);
    void onCallFinished(const QString &agent, const QString &callId, const QDateTime &endedAt);
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void publish(QJsonObject payload);
    // Sends what publish() collected.
    void flush();
    void notify(const QByteArray &payload);
    // One announcement (also each item of a "batch" notification).
    void replay(const QJsonObject &payload);
    void replayPatch(const QJsonObject &payload);
    void replayCall(const QJsonObject &payload);

    Store *m_store;
    ProfileEngine *m_engine;
    AgentGateway *m_gateway;
    Clock m_clock;
    QString m_connectionName;
    QString m_instanceId;
    QString m_error;
    bool m_replaying = false; // the gateway's signals during a replay are not announced again
    // A batch's announcements, sent together after it commits.
    QList<QJsonObject> m_pending;
    bool m_flushQueued = false;
    std::optional<QSqlQuery> m_notify; // SELECT pg_notify(?, ?), prepared once
    // PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more; leave room
    // for the instance id and the wrapping.
    static constexpr qsizetype kMaxGroupBytes = 7'000;
};

} // namespace omnidesk::server
