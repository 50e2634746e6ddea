#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVarLengthArray>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace omnidesk::server {

// One prepared statement the Store runs over and over (the ingest path), on
// either of two engines: straight on SQLite's C API when the connection is a
// QSQLite one whose sqlite3 handle we may call into (nativeHandle()), else
// through QSqlQuery (PostgreSQL). The C API spares QtSql's per-call work:
// a QVariant per bound value and per column, and the column description
// QSQLite rebuilds on every exec().
//
// Use as a QSqlQuery: bind the values in order, exec(), read the rows with
// next() and the typed getters, finish() a SELECT once read (on SQLite a
// statement that is not reset keeps its read snapshot).
class SqlStatement
{
public:
    // Through QSqlQuery (forward-only).
    SqlStatement(const QSqlDatabase &db, const QString &sql);
    // Through the C API on `db`.
    SqlStatement(sqlite3 *db, const QString &sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    // The sqlite3 handle of a QSQLite connection, when this program is linked
    // to the same SQLite library the driver uses (else calling into the
    // handle would mix two copies of SQLite); nullptr otherwise.
    static sqlite3 *nativeHandle(const QSqlDatabase &db);

    bool isPrepared() const;
    void bind(const QString &text);
    void bind(qint64 value);
    // Binds UTF-8 text (JSON documents) without a trip through QString.
    void bindUtf8(const QByteArray &utf8);
    // Binds bytes as a BLOB (BYTEA on PostgreSQL).
    void bindBlob(const QByteArray &bytes);
    // Runs the statement; a SELECT is then before its first row.
    bool exec();
    bool next();
    QString text(int column) const;
    // The column's text as UTF-8 (JSON documents).
    QByteArray utf8(int column) const;
    qint64 integer(int column) const;
    void finish();
    // Why the last call failed, as the driver's code only (SQLSTATE on
    // PostgreSQL, the extended result code on SQLite): the driver's text may
    // quote values (personal data) and must not reach a log.
    QString errorCode() const;

private:
    void startBinding();
    // Counts the next parameter and keeps `bytes` alive until the next run (SQLITE_STATIC).
    const QByteArray &keepForBinding(const QByteArray &bytes);

    std::optional<QSqlQuery> m_query;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_bound = 0;         // values bound since the last exec()
    bool m_rowAhead = false; // exec() stepped onto the first row already
    bool m_done = true;      // no more rows
    // The bound texts as UTF-8, alive until the statement runs again.
    QVarLengthArray<QByteArray, 8> m_texts;
};

} // namespace omnidesk::server
