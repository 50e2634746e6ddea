#pragma once
// A seam for tests: makes the COMMIT of any transaction that stored an event
// whose id starts with `prefix` fail, while every statement before it (and a
// batch's savepoints) still succeeds — as a full disk or a lost connection at
// commit time would. SQLite only: a deferred foreign key, checked at COMMIT.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace omnidesk::server::test {

inline bool failCommitsOfEvents(const QSqlDatabase &db, const QString &prefix)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS commit_guard (profile_id TEXT"
                                 " REFERENCES profiles(id) DEFERRABLE INITIALLY DEFERRED)")) &&
           q.exec(QStringLiteral("CREATE TRIGGER fail_commit AFTER INSERT ON events WHEN NEW.id LIKE '%1%'"
                                 " BEGIN INSERT INTO commit_guard VALUES ('no-such-profile'); END")
                      .arg(prefix));
}

} // namespace omnidesk::server::test
