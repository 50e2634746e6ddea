#pragma once

// A raw SQLite connection in WAL mode, as the service's store opens its file
// (synchronous=NORMAL), for the tests of the log's checkpointing and writing.
#include <QString>

#include <sqlite3.h>

namespace omnidesk::server::test {

// Nullptr when the file cannot be opened.
inline sqlite3 *openWal(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr);
    sqlite3_busy_timeout(db, 5000);
    return db;
}

} // namespace omnidesk::server::test
