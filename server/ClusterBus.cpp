#include "ClusterBus.h"

#include "AgentGateway.h"
#include "JsonReader.h"
#include "ProfileEngine.h"
#include "ProtocolCodec.h"
#include "ServerLog.h"
#include "Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace omnidesk::server {

using protocol::fromWireTime;
using protocol::toWireTime;

namespace {

// Payload keys: i instance, t kind, p profile, b base, v version, e event,
// c cart changed, f/o merged from/into, r relay row, a agent, k call id, at time.
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

} // namespace

ClusterBus::ClusterBus(Store *store, ProfileEngine *engine, AgentGateway *gateway, Clock clock,
                       QObject *parent)
    : QObject(parent), m_store(store), m_engine(engine), m_gateway(gateway), m_clock(std::move(clock)),
      m_instanceId(QUuid::createUuid().toString(QUuid::Id128).left(12))
{
    m_connectionName = QStringLiteral("omnidesk-cluster-") + m_instanceId;
}

ClusterBus::~ClusterBus()
{
    m_notify.reset();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.driver()->unsubscribeFromNotification(QString::fromLatin1(kChannel));
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool ClusterBus::start()
{
    QSqlDatabase db = m_store->openSibling(m_connectionName);
    if (!db.isOpen()) {
        m_error = QStringLiteral("cannot open the notification connection: ") + db.lastError().text();
        return false;
    }
    if (!db.driver()->subscribeToNotification(QString::fromLatin1(kChannel))) {
        m_error = QStringLiteral("cannot listen for notifications: ") + db.driver()->lastError().text();
        return false;
    }
    connect(db.driver(), &QSqlDriver::notification, this, &ClusterBus::onNotification);
    connect(m_engine, &ProfileEngine::profileChanged, this, &ClusterBus::onProfileChanged);
    connect(m_engine, &ProfileEngine::profilesMerged, this, &ClusterBus::onProfilesMerged);
    connect(m_gateway, &AgentGateway::callRouted, this, &ClusterBus::onCallRouted);
    connect(m_gateway, &AgentGateway::callFinished, this, &ClusterBus::onCallFinished);
    qCInfo(lcServer) << "cluster: listening on" << kChannel << "as instance" << m_instanceId;
    return true;
}

void ClusterBus::publish(QJsonObject payload)
{
    // A committed batch hands over its announcements one after the other:
    // collect them and send them once the request is done, packed into as
    // few notifications as PostgreSQL's payload limit allows. (The engine
    // holds a batch's announcements until the batch has committed, so
    // nothing rolled back is ever announced.)
    m_pending.append(std::move(payload));
    if (m_engine->releasingBatch()) {
        if (!m_flushQueued) {
            m_flushQueued = true;
            QMetaObject::invokeMethod(this, &ClusterBus::flush, Qt::QueuedConnection);
        }
        return;
    }
    flush();
}

void ClusterBus::flush()
{
    m_flushQueued = false;
    const QList<QJsonObject> pending = std::exchange(m_pending, {});
    QJsonArray group;
    qsizetype groupBytes = 0;
    const auto send = [this, &group, &groupBytes] {
        if (group.isEmpty())
            return;
        // One announcement goes as it is; several as a "batch" listing them.
        QJsonObject payload = group.size() == 1 ? group.first().toObject()
                                                : QJsonObject{{QStringLiteral("t"), QStringLiteral("batch")},
                                                              {QStringLiteral("l"), group}};
        payload.insert(QStringLiteral("i"), m_instanceId);
        notify(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        group = QJsonArray();
        groupBytes = 0;
    };
    for (const QJsonObject &item : pending) {
        const qsizetype bytes = QJsonDocument(item).toJson(QJsonDocument::Compact).size() + 1;
        if (groupBytes + bytes > kMaxGroupBytes)
            send();
        group.append(item);
        groupBytes += bytes;
    }
    send();
}

void ClusterBus::notify(const QByteArray &payload)
{
    if (!m_notify) {
        m_notify.emplace(QSqlDatabase::database(m_connectionName, false));
        m_notify->prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    }
    m_notify->addBindValue(QString::fromLatin1(kChannel));
    m_notify->addBindValue(QString::fromUtf8(payload));
    if (!m_notify->exec())
        qCWarning(lcServer).noquote()
            << "cluster: cannot notify:" << Store::describeError(m_notify->lastError());
    m_notify->finish();
}

void ClusterBus::onProfileChanged(const protocol::ProfilePatch &patch)
{
    if (m_replaying)
        return;
    QJsonObject payload{{QStringLiteral("t"), QStringLiteral("patch")},
                        {QStringLiteral("p"), patch.profileId},
                        {QStringLiteral("b"), patch.base},
                        {QStringLiteral("v"), patch.version},
                        {QStringLiteral("c"), patch.cart.has_value()}};
    // The header facts changed (name, tier, consents, lifetime value): the
    // receiver sends them as it reads them.
    if (patch.name || patch.tier || patch.consents || patch.lifetimeValue)
        payload.insert(QStringLiteral("h"), true);
    if (!patch.timelineAdded.isEmpty())
        payload.insert(QStringLiteral("e"), patch.timelineAdded.constFirst().id);
    publish(payload);
}

void ClusterBus::onProfilesMerged(const QString &from, const QString &into)
{
    if (m_replaying)
        return;
    publish(QJsonObject{{QStringLiteral("t"), QStringLiteral("merge")},
                        {QStringLiteral("f"), from},
                        {QStringLiteral("o"), into}});
}

void ClusterBus::onCallRouted(const QString &agent, const protocol::ActiveCall &call)
{
    if (m_replaying)
        return;
    // The call (with the caller's number) goes through the database; the
    // notification names its row only. The receiver reloads the profile.
    const qint64 row = m_store->addRelayedCall(
        RelayedCall{0, m_clock(), agent, call.callId, call.profile ? call.profile->id : QString(),
                    protocol::ProtocolCodec::encode(protocol::Frame{protocol::CallConnected{call}, {}, 1})});
    if (row < 0)
        return;
    publish(QJsonObject{{QStringLiteral("t"), QStringLiteral("call")}, {QStringLiteral("r"), row}});
}

void ClusterBus::onCallFinished(const QString &agent, const QString &callId, const QDateTime &endedAt)
{
    if (m_replaying)
        return;
    publish(QJsonObject{{QStringLiteral("t"), QStringLiteral("ended")},
                        {QStringLiteral("a"), agent},
                        {QStringLiteral("k"), callId},
                        {QStringLiteral("at"), toWireTime(endedAt)}});
}

void ClusterBus::onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (name != QLatin1StringView(kChannel))
        return;
    const QJsonObject o = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    if (str(o, "i") == m_instanceId)
        return; // our own announcement
    if (str(o, "t") == QLatin1StringView("batch")) {
        for (const QJsonValue &item : o.value(QLatin1StringView("l")).toArray())
            replay(item.toObject());
        return;
    }
    replay(o);
}

void ClusterBus::replay(const QJsonObject &o)
{
    const QString kind = str(o, "t");
    m_replaying = true;
    if (kind == QLatin1StringView("patch")) {
        replayPatch(o);
    } else if (kind == QLatin1StringView("merge")) {
        m_gateway->onProfilesMerged(str(o, "f"), str(o, "o"));
    } else if (kind == QLatin1StringView("call")) {
        replayCall(o);
    } else if (kind == QLatin1StringView("ended")) {
        m_gateway->callEnded(str(o, "a"), str(o, "k"), fromWireTime(str(o, "at")));
    } else {
        qCWarning(lcServer) << "cluster: unknown notification kind" << kind;
        m_replaying = false;
        return;
    }
    m_replaying = false;
    Q_EMIT replayed(kind);
}

void ClusterBus::replayPatch(const QJsonObject &payload)
{
    const std::optional<Profile> profile = m_engine->loadProfile(str(payload, "p"), 50);
    if (!profile)
        return;
    protocol::ProfilePatch patch;
    patch.profileId = str(payload, "p");
    patch.base = payload.value(QLatin1StringView("b")).toInteger();
    patch.version = payload.value(QLatin1StringView("v")).toInteger();
    // The database may be ahead of the announced version already: the state
    // read now is at least as new, and the next patch brings the rest.
    if (payload.value(QLatin1StringView("c")).toBool())
        patch.cart = profile->cart;
    if (payload.value(QLatin1StringView("h")).toBool()) {
        patch.name = profile->name;
        patch.tier = profile->tier;
        patch.consents = profile->consents;
        patch.lifetimeValue = profile->lifetimeValue;
        patch.lastPurchaseAt = profile->lastPurchaseAt;
    }
    if (const auto event = m_store->timelineEvent(str(payload, "e")))
        patch.timelineAdded.append(*event);
    patch.nextSteps = profile->nextSteps;
    m_gateway->onProfileChanged(patch);
}

void ClusterBus::replayCall(const QJsonObject &payload)
{
    const std::optional<RelayedCall> relayed =
        m_store->relayedCall(payload.value(QLatin1StringView("r")).toInteger());
    if (!relayed)
        return;
    const protocol::DecodeResult decoded = protocol::ProtocolCodec::decode(relayed->callJson);
    const auto *connected =
        decoded.frame ? std::get_if<protocol::CallConnected>(&decoded.frame->message) : nullptr;
    if (!connected) {
        qCWarning(lcServer).noquote()
            << "cluster: relayed call" << relayed->id << "cannot be read:" << decoded.error.code;
        return;
    }
    protocol::ActiveCall call = connected->call;
    if (!relayed->profileId.isEmpty()) {
        if (std::optional<Profile> fresh = m_engine->loadProfile(relayed->profileId))
            call.profile = std::move(fresh);
    }
    m_gateway->callConnected(relayed->agent, call);
}

} // namespace omnidesk::server
