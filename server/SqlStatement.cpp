#include "SqlStatement.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#endif

namespace omnidesk::server {

SqlStatement::SqlStatement(const QSqlDatabase &db, const QString &sql) : m_query(std::in_place, db)
{
    // Every reuse reads its rows once, front to back: forward-only spares
    // QSQLite a cache of 128 rows of values set up and torn down per exec().
    m_query->setForwardOnly(true);
    if (!m_query->prepare(sql))
        m_query.reset();
}

SqlStatement::SqlStatement(sqlite3 *db, const QString &sql) : m_db(db)
{
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                           nullptr) != SQLITE_OK) {
        m_statement = nullptr;
    }
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_statement);
}

sqlite3 *SqlStatement::nativeHandle(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    if (!driver || db.driverName() != QLatin1StringView("QSQLITE"))
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
#ifdef Q_OS_UNIX
    // The driver's SQLite must be ours: find the module its code lives in
    // (by the object's vtable) and look sqlite3_libversion up from there.
    Dl_info info{};
    if (dladdr(*reinterpret_cast<void *const *>(driver), &info) == 0 || !info.dli_fname)
        return nullptr;
    void *module = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    if (!module)
        return nullptr;
    void *theirs = dlsym(module, "sqlite3_libversion");
    dlclose(module);
    if (!theirs || theirs != reinterpret_cast<void *>(&sqlite3_libversion))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
#else
    return nullptr; // no way to tell which SQLite the driver carries
#endif
}

bool SqlStatement::isPrepared() const
{
    return m_query.has_value() || m_statement;
}

void SqlStatement::startBinding()
{
    // The first value bound after a run: the statement starts over.
    sqlite3_reset(m_statement);
    m_texts.clear();
    m_rowAhead = false;
    m_done = true;
}

void SqlStatement::bind(const QString &text)
{
    if (m_query) {
        // A null QString would bind as SQL NULL, as it does with the C API path below.
        m_query->addBindValue(text);
        return;
    }
    if (!text.isNull()) {
        bindUtf8(text.toUtf8());
        return;
    }
    if (m_bound == 0)
        startBinding();
    sqlite3_bind_null(m_statement, ++m_bound);
}

const QByteArray &SqlStatement::keepForBinding(const QByteArray &bytes)
{
    if (m_bound == 0)
        startBinding();
    ++m_bound;
    m_texts.append(bytes);
    return m_texts.last();
}

void SqlStatement::bind(qint64 value)
{
    if (m_query) {
        m_query->addBindValue(value);
        return;
    }
    if (m_bound == 0)
        startBinding();
    sqlite3_bind_int64(m_statement, ++m_bound, value);
}

void SqlStatement::bindUtf8(const QByteArray &utf8)
{
    if (m_query) {
        m_query->addBindValue(QString::fromUtf8(utf8));
        return;
    }
    const QByteArray &kept = keepForBinding(utf8);
    sqlite3_bind_text(m_statement, m_bound, kept.constData(), int(kept.size()), SQLITE_STATIC);
}

void SqlStatement::bindBlob(const QByteArray &bytes)
{
    if (m_query) {
        m_query->addBindValue(bytes);
        return;
    }
    const QByteArray &kept = keepForBinding(bytes);
    sqlite3_bind_blob(m_statement, m_bound, kept.constData(), int(kept.size()), SQLITE_STATIC);
}

bool SqlStatement::exec()
{
    if (m_query)
        return m_query->exec();
    if (!m_statement)
        return false;
    if (m_bound == 0)
        startBinding();
    m_bound = 0;
    const int rc = sqlite3_step(m_statement);
    m_rowAhead = rc == SQLITE_ROW;
    m_done = !m_rowAhead;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_statement);
        return true;
    }
    if (rc != SQLITE_ROW) {
        // The reason stays readable through errorCode() until the next call.
        return false;
    }
    return true;
}

bool SqlStatement::next()
{
    if (m_query)
        return m_query->next();
    if (m_rowAhead) {
        m_rowAhead = false;
        return true;
    }
    if (m_done)
        return false;
    if (sqlite3_step(m_statement) == SQLITE_ROW)
        return true;
    m_done = true;
    return false;
}

QString SqlStatement::text(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqlStatement::utf8(int column) const
{
    if (m_query)
        return m_query->value(column).toByteArray();
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

qint64 SqlStatement::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

void SqlStatement::finish()
{
    if (m_query) {
        m_query->finish();
        return;
    }
    sqlite3_reset(m_statement);
    m_texts.clear();
    m_bound = 0;
    m_rowAhead = false;
    m_done = true;
}

QString SqlStatement::errorCode() const
{
    if (m_query)
        return m_query->lastError().nativeErrorCode();
    return QString::number(sqlite3_extended_errcode(m_db));
}

} // namespace omnidesk::server
