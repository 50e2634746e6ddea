#pragma once

#include "OutboxItem.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace omnidesk::net {

// The SQLite side of the Outbox. Lives in the Outbox's worker thread and is
// only called through queued invocations; every write is committed with
// synchronous=FULL before the matching signal is emitted.
class OutboxStore : public QObject
{
    Q_OBJECT
public:
    explicit OutboxStore(QString connectionName, QObject *parent = nullptr);
    ~OutboxStore() override;

    // Opens (or creates) the database, deletes acknowledged rows last changed
    // before deleteAckedBefore, and emits opened() with the remaining rows.
    void open(const QString &filePath, const QDateTime &deleteAckedBefore);
    void insert(const omnidesk::net::OutboxItem &item);
    void update(const omnidesk::net::OutboxItem &item);

signals:
    void opened(const QList<omnidesk::net::OutboxItem> &items);
    void inserted(const QString &key);
    void updated(const QString &key);
    void failed(const QString &message);

private:
    bool exec(const QString &sql);

    QString m_connectionName;
    bool m_open = false;
};

} // namespace omnidesk::net
