#include "OutboxStore.h"

#include "NetLogging.h"
#include "ProtocolCodec.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace omnidesk::net {

namespace {

QString stateName(OutboxItem::State state)
{
    switch (state) {
    case OutboxItem::State::Pending:
        return QStringLiteral("pending");
    case OutboxItem::State::Sent:
        return QStringLiteral("sent");
    case OutboxItem::State::Acked:
        return QStringLiteral("acked");
    }
    return QStringLiteral("pending");
}

OutboxItem::State stateFromName(const QString &name)
{
    if (name == QLatin1String("acked"))
        return OutboxItem::State::Acked;
    if (name == QLatin1String("sent"))
        return OutboxItem::State::Sent;
    return OutboxItem::State::Pending;
}

} // namespace

OutboxStore::OutboxStore(QString connectionName, QObject *parent)
    : QObject(parent), m_connectionName(std::move(connectionName))
{}

OutboxStore::~OutboxStore()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool OutboxStore::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql)) {
        qCWarning(lcNet) << "outbox statement failed:" << query.lastError().text();
        return false;
    }
    return true;
}

void OutboxStore::open(const QString &filePath, const QDateTime &deleteAckedBefore)
{
    // The folder may not exist yet on a first start (runs on the outbox thread).
    const QString folder = QFileInfo(filePath).absolutePath();
    if (!QDir().mkpath(folder)) {
        qCWarning(lcNet) << "cannot create the outbox folder";
        emit failed(tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(filePath);
    if (!db.open()) {
        qCWarning(lcNet) << "cannot open the outbox database:" << db.lastError().text();
        emit failed(db.lastError().text());
        return;
    }
    const bool ok = exec(QStringLiteral("PRAGMA journal_mode=WAL")) &&
                    exec(QStringLiteral("PRAGMA synchronous=FULL")) &&
                    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS outcomes ("
                                        " key TEXT PRIMARY KEY NOT NULL,"
                                        " payload TEXT NOT NULL,"
                                        " state TEXT NOT NULL DEFAULT 'pending',"
                                        " attempts INTEGER NOT NULL DEFAULT 0,"
                                        " outcome_id INTEGER NOT NULL DEFAULT 0,"
                                        " created_at TEXT NOT NULL,"
                                        " updated_at TEXT NOT NULL)"));
    if (!ok) {
        emit failed(QStringLiteral("cannot prepare the outbox table"));
        return;
    }
    m_open = true;

    // Acknowledged rows are kept a while (the service has them); then they go.
    QSqlQuery purge(db);
    purge.prepare(QStringLiteral("DELETE FROM outcomes WHERE state = ? AND updated_at < ?"));
    purge.addBindValue(stateName(OutboxItem::State::Acked));
    purge.addBindValue(deleteAckedBefore.toUTC().toString(Qt::ISODateWithMs));
    if (!purge.exec()) {
        emit failed(purge.lastError().text());
        return;
    }
    if (purge.numRowsAffected() > 0)
        qCInfo(lcNet) << "outbox: deleted" << purge.numRowsAffected()
                      << "acknowledged outcomes past the retention";

    QList<OutboxItem> items;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, payload, state, attempts, outcome_id, created_at, updated_at "
                                   "FROM outcomes ORDER BY created_at, rowid"))) {
        emit failed(query.lastError().text());
        return;
    }
    while (query.next()) {
        const protocol::DecodeResult decoded = protocol::ProtocolCodec::decode(query.value(1).toByteArray());
        const auto *log = decoded.ok() ? std::get_if<protocol::OutcomeLog>(&decoded.frame->message) : nullptr;
        if (!log) {
            qCWarning(lcNet) << "skipped an unreadable outbox row";
            continue;
        }
        OutboxItem item;
        item.outcome = *log;
        item.outcome.key = query.value(0).toString();
        item.state = stateFromName(query.value(2).toString());
        item.attempts = query.value(3).toInt();
        item.outcomeId = query.value(4).toLongLong();
        item.createdAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        item.updatedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
        items.append(item);
    }
    emit opened(items);
}

void OutboxStore::insert(const OutboxItem &item)
{
    if (!m_open) {
        emit failed(QStringLiteral("outbox not open"));
        return;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO outcomes "
                                 "(key, payload, state, attempts, outcome_id, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(item.outcome.key);
    query.addBindValue(
        QString::fromUtf8(protocol::ProtocolCodec::encode(protocol::Frame{item.outcome, {}, 0})));
    query.addBindValue(stateName(item.state));
    query.addBindValue(item.attempts);
    query.addBindValue(item.outcomeId);
    query.addBindValue(item.createdAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(item.updatedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        qCWarning(lcNet) << "outbox insert failed:" << query.lastError().text();
        emit failed(query.lastError().text());
        return;
    }
    emit inserted(item.outcome.key);
}

void OutboxStore::update(const OutboxItem &item)
{
    if (!m_open)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "UPDATE outcomes SET state = ?, attempts = ?, outcome_id = ?, updated_at = ? WHERE key = ?"));
    query.addBindValue(stateName(item.state));
    query.addBindValue(item.attempts);
    query.addBindValue(item.outcomeId);
    query.addBindValue(item.updatedAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(item.outcome.key);
    if (!query.exec()) {
        qCWarning(lcNet) << "outbox update failed:" << query.lastError().text();
        emit failed(query.lastError().text());
        return;
    }
    emit updated(item.outcome.key);
}

} // namespace omnidesk::net
