#include "Store.h"

#include "CompactJson.h"
#include "InteractionLog.h"
#include "JsonReader.h"
#include "ProtocolCodec.h"
#include "ServerLog.h"
#include "TimelineText.h"
#include "WalWriteGather.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <limits>
#include <utility>

namespace omnidesk::server {

using protocol::fromWireTime;
using protocol::toWireTime;

namespace {

QString outcomeDetailJson(const protocol::OutcomeLog &outcome)
{
    return QString::fromUtf8(
        QJsonDocument(protocol::ProtocolCodec::outcomeToJson(outcome)).toJson(QJsonDocument::Compact));
}

QAtomicInteger<int> g_connectionCounter;

// Finishes a reused SELECT when the reading scope ends, so it holds no rows
// (nor, on SQLite, a read snapshot) between calls.
template <typename Query> struct Finisher
{
    Query &query;
    ~Finisher() { query.finish(); }
};

// The PostgreSQL advisory lock instances hold while they migrate.
constexpr qint64 kMigrationLock = 0x6f6d6e69; // "omni"

// One statement of a migration: written for SQLite, and carried over to
// PostgreSQL by toPostgres() unless it needs its own text there.
struct MigrationStatement
{
    // A step done in C++ rather than SQL, on both backends.
    enum class Code {
        None,
        // outcomes.notes_masked from outcomes.notes (InteractionLog::maskFreeText).
        MaskNotes,
    };
    MigrationStatement(const QString &text) : sqlite(text) {} // NOLINT: lists of plain strings
    MigrationStatement(const QString &text, const QString &postgresText)
        : sqlite(text), postgres(postgresText)
    {}
    MigrationStatement(Code step) : code(step) {} // NOLINT: listed among the statements
    QString sqlite;
    QString postgres; // empty: toPostgres(sqlite)
    Code code = Code::None;
};

// Each migration moves the schema from version i to i + 1. Append, never edit.
const QList<QList<MigrationStatement>> &migrations()
{
    static const QList<QList<MigrationStatement>> list{
        {
            QStringLiteral("CREATE TABLE profiles (id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0,"
                           " name TEXT NOT NULL DEFAULT '', tier TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
                           " cart_json TEXT NOT NULL DEFAULT '{}')"),
            QStringLiteral("CREATE TABLE identities (namespace TEXT NOT NULL, value TEXT NOT NULL,"
                           " profile_id TEXT NOT NULL REFERENCES profiles(id),"
                           " PRIMARY KEY (namespace, value))"),
            QStringLiteral("CREATE INDEX identities_profile ON identities(profile_id)"),
            QStringLiteral(
                "CREATE TABLE events (id TEXT PRIMARY KEY, profile_id TEXT NOT NULL REFERENCES profiles(id),"
                " at TEXT NOT NULL, channel TEXT NOT NULL, type TEXT NOT NULL,"
                " summary TEXT NOT NULL, body_json TEXT NOT NULL DEFAULT '{}')"),
            QStringLiteral("CREATE INDEX events_profile_at ON events(profile_id, at)"),
            QStringLiteral(
                "CREATE TABLE outcomes (id INTEGER PRIMARY KEY AUTOINCREMENT, idem_key TEXT NOT NULL UNIQUE,"
                " call_id TEXT NOT NULL, profile_id TEXT NOT NULL, agent TEXT NOT NULL,"
                " disposition TEXT NOT NULL, notes TEXT NOT NULL, logged_at TEXT NOT NULL,"
                " stored_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE users (id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL,"
                           " salt BLOB NOT NULL, hash BLOB NOT NULL, iterations INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE sessions (token_hash BLOB PRIMARY KEY,"
                           " user_id TEXT NOT NULL REFERENCES users(id), expires_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE api_keys (key_hash BLOB PRIMARY KEY, name TEXT NOT NULL)"),
        },
        {
            // Version 2: the audit trail of people's profile reads, key creation
            // times, and an index for "most recent activity first".
            QStringLiteral("CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL,"
                           " actor TEXT NOT NULL, action TEXT NOT NULL, targets TEXT NOT NULL,"
                           " detail TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX audit_actor_at ON audit(actor, at)"),
            QStringLiteral("ALTER TABLE api_keys ADD COLUMN created_at TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX profiles_updated ON profiles(updated_at)"),
        },
        {
            // Version 3: outcomes carry their channel (call or store visit) and
            // what the agent decided and saw (steps, intent, follow-up, context)
            // for supervisors' review; indexes for reviewing by time and agent.
            QStringLiteral("ALTER TABLE outcomes ADD COLUMN channel TEXT NOT NULL DEFAULT 'call'"),
            QStringLiteral("ALTER TABLE outcomes ADD COLUMN detail_json TEXT NOT NULL DEFAULT '{}'"),
            QStringLiteral("CREATE INDEX outcomes_logged ON outcomes(logged_at)"),
            QStringLiteral("CREATE INDEX outcomes_agent_logged ON outcomes(agent, logged_at)"),
        },
        {
            // Version 4: the identity graph. A Phone may be shared by several
            // profiles (household lines), every other namespace is a person key
            // held by one profile: the primary key takes the profile in, and a
            // partial unique index keeps person keys unique. Merged-away profile
            // ids are remembered as aliases. Profile facts: consents (with the
            // event time that set them), lifetime value, last purchase.
            QStringLiteral("CREATE TABLE identities_v4 (namespace TEXT NOT NULL, value TEXT NOT NULL,"
                           " profile_id TEXT NOT NULL REFERENCES profiles(id),"
                           " PRIMARY KEY (namespace, value, profile_id))"),
            QStringLiteral("INSERT INTO identities_v4 (namespace, value, profile_id)"
                           " SELECT namespace, value, profile_id FROM identities ORDER BY rowid"),
            QStringLiteral("DROP TABLE identities"),
            QStringLiteral("ALTER TABLE identities_v4 RENAME TO identities"),
            QStringLiteral("CREATE INDEX identities_profile ON identities(profile_id)"),
            QStringLiteral("CREATE UNIQUE INDEX identities_person_key ON identities(namespace, value)"
                           " WHERE namespace <> 'Phone'"),
            QStringLiteral("CREATE TABLE profile_aliases (alias_id TEXT PRIMARY KEY,"
                           " profile_id TEXT NOT NULL REFERENCES profiles(id), merged_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX profile_aliases_target ON profile_aliases(profile_id)"),
            QStringLiteral("ALTER TABLE profiles ADD COLUMN consents_json TEXT NOT NULL DEFAULT '{}'"),
            QStringLiteral("ALTER TABLE profiles ADD COLUMN lifetime_value INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE profiles ADD COLUMN last_purchase_at TEXT NOT NULL DEFAULT ''"),
        },
        {
            // Version 5: the supervisors' interaction log. Each step decision
            // of an outcome gets a row (with the outcome's logged_at, so a
            // filter by recommendation and time runs on one index), outcomes
            // carry their step counts, and an index serves "disposition in a
            // period". Outcomes stored before are filled in from detail_json.
            QStringLiteral("CREATE TABLE outcome_steps (outcome_id INTEGER NOT NULL REFERENCES outcomes(id),"
                           " step_id TEXT NOT NULL, decision TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',"
                           " logged_at TEXT NOT NULL)"),
            MigrationStatement{
                QStringLiteral(
                    "INSERT INTO outcome_steps (outcome_id, step_id, decision, reason, logged_at)"
                    " SELECT o.id, json_extract(s.value, '$.stepId'), json_extract(s.value, '$.decision'),"
                    " COALESCE(json_extract(s.value, '$.reason'), ''), o.logged_at"
                    " FROM outcomes o, json_each(o.detail_json, '$.steps') s"
                    " WHERE json_valid(o.detail_json) AND json_extract(s.value, '$.stepId') IS NOT NULL"
                    " ORDER BY o.id, s.key"),
                QStringLiteral(
                    "INSERT INTO outcome_steps (outcome_id, step_id, decision, reason, logged_at)"
                    " SELECT o.id, s.value ->> 'stepId', s.value ->> 'decision',"
                    " COALESCE(s.value ->> 'reason', ''), o.logged_at FROM outcomes o"
                    " CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(o.detail_json::jsonb"
                    " -> 'steps') = 'array' THEN o.detail_json::jsonb -> 'steps' ELSE '[]'::jsonb END)"
                    " WITH ORDINALITY AS s(value, key)"
                    " WHERE s.value ->> 'stepId' IS NOT NULL ORDER BY o.id, s.key")},
            QStringLiteral("CREATE INDEX outcome_steps_outcome ON outcome_steps(outcome_id)"),
            QStringLiteral("CREATE INDEX outcome_steps_step ON outcome_steps(step_id, decision, logged_at)"),
            QStringLiteral("CREATE INDEX outcome_steps_decision ON outcome_steps(decision, logged_at)"),
            QStringLiteral("ALTER TABLE outcomes ADD COLUMN steps_shown INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE outcomes ADD COLUMN steps_accepted INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE outcomes ADD COLUMN steps_dismissed INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral(
                "UPDATE outcomes SET"
                " steps_shown = (SELECT COUNT(*) FROM outcome_steps s WHERE s.outcome_id = outcomes.id),"
                " steps_accepted = (SELECT COUNT(*) FROM outcome_steps s"
                " WHERE s.outcome_id = outcomes.id AND s.decision = 'accepted'),"
                " steps_dismissed = (SELECT COUNT(*) FROM outcome_steps s"
                " WHERE s.outcome_id = outcomes.id AND s.decision = 'dismissed')"
                " WHERE id IN (SELECT outcome_id FROM outcome_steps)"),
            QStringLiteral("CREATE INDEX outcomes_disposition_logged ON outcomes(disposition, logged_at)"),
            QStringLiteral("CREATE INDEX outcomes_profile_logged ON outcomes(profile_id, logged_at)"),
        },
        {
            // Version 6: calls relayed between service instances sharing one
            // PostgreSQL database (ClusterBus): the notification names the
            // row, the other instances read the call from it. Rows are
            // pruned after a day.
            QStringLiteral("CREATE TABLE call_relay (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL,"
                           " agent TEXT NOT NULL, call_id TEXT NOT NULL, profile_id TEXT NOT NULL,"
                           " call_json TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX call_relay_at ON call_relay(at)"),
        },
        {
            // Version 7: the interaction log's "text in notes" on an index.
            // SQLite: an FTS5 trigram index over outcomes.notes (external
            // content, kept by triggers; rowids only, no positions), which
            // finds the rows holding every trigram of a text of three or more
            // characters; the LIKE on the row still decides, so matching
            // stays a case-insensitive substring.
            // PostgreSQL: a pg_trgm GIN index, which ILIKE uses as it is
            // (the statements SQLite needs alone are "SELECT 1" there).
            // Step rows get an index ordered by (time, outcome) for a
            // recommendation and decision, so such a page is read newest
            // first from the step rows. Outcomes get their handle time.
            MigrationStatement{
                QStringLiteral("CREATE VIRTUAL TABLE outcomes_notes USING fts5(notes, content='outcomes',"
                               " content_rowid='id', tokenize='trigram', detail='none')"),
                QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm")},
            MigrationStatement{
                QStringLiteral("INSERT INTO outcomes_notes (outcomes_notes) VALUES ('rebuild')"),
                QStringLiteral(
                    "CREATE INDEX outcomes_notes_trgm ON outcomes USING gin (notes gin_trgm_ops)")},
            MigrationStatement{
                QStringLiteral("CREATE TRIGGER outcomes_notes_insert AFTER INSERT ON outcomes BEGIN"
                               " INSERT INTO outcomes_notes (rowid, notes) VALUES (new.id, new.notes); END"),
                QStringLiteral("SELECT 1")},
            MigrationStatement{
                QStringLiteral("CREATE TRIGGER outcomes_notes_delete AFTER DELETE ON outcomes BEGIN"
                               " INSERT INTO outcomes_notes (outcomes_notes, rowid, notes)"
                               " VALUES ('delete', old.id, old.notes); END"),
                QStringLiteral("SELECT 1")},
            MigrationStatement{
                QStringLiteral("CREATE TRIGGER outcomes_notes_update AFTER UPDATE OF notes ON outcomes BEGIN"
                               " INSERT INTO outcomes_notes (outcomes_notes, rowid, notes)"
                               " VALUES ('delete', old.id, old.notes);"
                               " INSERT INTO outcomes_notes (rowid, notes) VALUES (new.id, new.notes); END"),
                QStringLiteral("SELECT 1")},
            QStringLiteral("DROP INDEX outcome_steps_step"),
            QStringLiteral("CREATE INDEX outcome_steps_step_time"
                           " ON outcome_steps(step_id, decision, logged_at, outcome_id)"),
            QStringLiteral("ALTER TABLE outcomes ADD COLUMN handle_seconds INTEGER"),
        },
        {
            // Version 8: outcomes get their wrap-up time (from the call's end
            // to the outcome being logged), next to the handle time. Rows
            // stored before stay NULL: not recorded.
            QStringLiteral("ALTER TABLE outcomes ADD COLUMN wrap_up_seconds INTEGER"),
        },
        {
            // Version 9: "text in notes" matches what a masked view shows,
            // never the contact data masking hides. outcomes.notes_masked
            // holds the notes as InteractionLog::maskFreeText masks them
            // (written with every outcome; filled here from the stored
            // notes, in C++), and the notes index moves onto it (SQLite: the
            // FTS5 table and its triggers are made again on the new column;
            // PostgreSQL: the pg_trgm index). Indexes for sorting by
            // wrap-up time, longest or shortest first (unknown last), then
            // newest first.
            MigrationStatement{QStringLiteral("DROP TRIGGER outcomes_notes_insert"),
                               QStringLiteral("SELECT 1")},
            MigrationStatement{QStringLiteral("DROP TRIGGER outcomes_notes_delete"),
                               QStringLiteral("SELECT 1")},
            MigrationStatement{QStringLiteral("DROP TRIGGER outcomes_notes_update"),
                               QStringLiteral("SELECT 1")},
            MigrationStatement{QStringLiteral("DROP TABLE outcomes_notes"),
                               QStringLiteral("DROP INDEX outcomes_notes_trgm")},
            QStringLiteral("ALTER TABLE outcomes ADD COLUMN notes_masked TEXT NOT NULL DEFAULT ''"),
            MigrationStatement{MigrationStatement::Code::MaskNotes},
            MigrationStatement{
                QStringLiteral(
                    "CREATE VIRTUAL TABLE outcomes_notes USING fts5(notes_masked, content='outcomes',"
                    " content_rowid='id', tokenize='trigram', detail='none')"),
                QStringLiteral(
                    "CREATE INDEX outcomes_notes_trgm ON outcomes USING gin (notes_masked gin_trgm_ops)")},
            MigrationStatement{
                QStringLiteral("INSERT INTO outcomes_notes (outcomes_notes) VALUES ('rebuild')"),
                QStringLiteral("SELECT 1")},
            MigrationStatement{
                QStringLiteral(
                    "CREATE TRIGGER outcomes_notes_insert AFTER INSERT ON outcomes BEGIN"
                    " INSERT INTO outcomes_notes (rowid, notes_masked) VALUES (new.id, new.notes_masked);"
                    " END"),
                QStringLiteral("SELECT 1")},
            MigrationStatement{
                QStringLiteral("CREATE TRIGGER outcomes_notes_delete AFTER DELETE ON outcomes BEGIN"
                               " INSERT INTO outcomes_notes (outcomes_notes, rowid, notes_masked)"
                               " VALUES ('delete', old.id, old.notes_masked); END"),
                QStringLiteral("SELECT 1")},
            MigrationStatement{
                QStringLiteral(
                    "CREATE TRIGGER outcomes_notes_update AFTER UPDATE OF notes_masked ON outcomes"
                    " BEGIN INSERT INTO outcomes_notes (outcomes_notes, rowid, notes_masked)"
                    " VALUES ('delete', old.id, old.notes_masked);"
                    " INSERT INTO outcomes_notes (rowid, notes_masked) VALUES (new.id, new.notes_masked);"
                    " END"),
                QStringLiteral("SELECT 1")},
            QStringLiteral("CREATE INDEX outcomes_wrap_up_longest"
                           " ON outcomes((COALESCE(wrap_up_seconds, -1)), logged_at, id)"),
            QStringLiteral("CREATE INDEX outcomes_wrap_up_shortest"
                           " ON outcomes((-COALESCE(wrap_up_seconds, 2147483647)), logged_at, id)"),
        },
        {
            // Version 10: a profile's purchases (lifetime value, last purchase,
            // read again at every purchase) without visiting all its events; a
            // partial index, so other events cost nothing more to store.
            QStringLiteral(
                "CREATE INDEX events_purchases ON events(profile_id, at, id) WHERE type = 'purchase'"),
        },
    };
    return list;
}

// The PostgreSQL text of a migration statement written for SQLite: 64-bit
// integers, identity keys, BYTEA for blobs, byte-wise ("C") text ordering as
// SQLite compares text, and an explicit rowid column on every table (SQLite's
// implicit one orders profiles, identities and keys).
QString toPostgres(const QString &sqlite)
{
    QString sql = sqlite;
    sql.replace(QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"), QStringLiteral("BIGSERIAL PRIMARY KEY"));
    sql.replace(QStringLiteral(" INTEGER"), QStringLiteral(" BIGINT"));
    sql.replace(QStringLiteral(" BLOB"), QStringLiteral(" BYTEA"));
    sql.replace(QStringLiteral(" TEXT"), QStringLiteral(" TEXT COLLATE \"C\""));
    static const QRegularExpression createTable(QStringLiteral("^CREATE TABLE (\\w+) \\("));
    sql.replace(createTable, QStringLiteral("CREATE TABLE \\1 (rowid BIGSERIAL, "));
    return sql;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations,
                                              32);
}

bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

QByteArray cartToStored(const Cart &cart)
{
    // Written by hand (this runs for every cart event); cartFromStored reads it.
    QByteArray out;
    out.reserve(64 + 96 * cart.lines.size());
    out += "{\"currency\":";
    CompactJson::appendString(out, cart.currency);
    out += ",\"lines\":[";
    for (qsizetype i = 0; i < cart.lines.size(); ++i) {
        const CartLine &line = cart.lines.at(i);
        out += i > 0 ? ",{\"name\":" : "{\"name\":";
        CompactJson::appendString(out, line.name);
        out += ",\"quantity\":";
        CompactJson::appendInteger(out, line.quantity);
        out += ",\"sku\":";
        CompactJson::appendString(out, line.sku);
        out += ",\"unitPrice\":";
        CompactJson::appendInteger(out, line.unitPrice);
        out += '}';
    }
    out += "],\"updatedAt\":";
    CompactJson::appendString(out, toWireTime(cart.updatedAt));
    out += '}';
    return out;
}

Cart cartFromStored(const QByteArray &json)
{
    if (json == "{}")
        return {}; // the column's default: no cart event yet
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    Cart cart;
    cart.currency = o.value(QLatin1StringView("currency")).toString();
    cart.updatedAt = fromWireTime(o.value(QLatin1StringView("updatedAt")).toString());
    for (const QJsonValue &v : o.value(QLatin1StringView("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        cart.lines.append(CartLine{l.value(QLatin1StringView("sku")).toString(),
                                   l.value(QLatin1StringView("name")).toString(),
                                   l.value(QLatin1StringView("quantity")).toInt(),
                                   qint64(l.value(QLatin1StringView("unitPrice")).toDouble())});
    }
    return cart;
}

QString consentsToStored(const QMap<QString, ConsentFact> &consents)
{
    QJsonObject o;
    for (auto it = consents.begin(); it != consents.end(); ++it)
        o.insert(it.key(), QJsonObject{{QStringLiteral("value"), it->value},
                                       {QStringLiteral("at"), toWireTime(it->at)},
                                       {QStringLiteral("event"), it->eventId}});
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, ConsentFact> consentsFromStored(const QByteArray &json)
{
    QMap<QString, ConsentFact> consents;
    if (json == "{}")
        return consents; // the column's default, or none given yet
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        consents.insert(it.key(), ConsentFact{c.value(QLatin1StringView("value")).toString(),
                                              fromWireTime(c.value(QLatin1StringView("at")).toString()),
                                              c.value(QLatin1StringView("event")).toString()});
    }
    return consents;
}

// A timeline row as sent: the stored (English) summary and, for bodies that
// carry them, the facts a desktop words the line from in its own language.
TimelineEvent timelineEventOf(const QString &id, const QString &at, const QString &channel,
                              const QString &type, const QString &summary, const QByteArray &bodyJson)
{
    return TimelineEvent{
        id,   fromWireTime(at), channel,
        type, summary,          TimelineText::factsToSend(type, QJsonDocument::fromJson(bodyJson).object())};
}

} // namespace

Consents ProfileRecord::consentValues() const
{
    return Consents{consents.value(QStringLiteral("email")).value,
                    consents.value(QStringLiteral("sms")).value,
                    consents.value(QStringLiteral("phone")).value};
}

int Store::latestSchemaVersion()
{
    return int(migrations().size());
}

Store::Store() : m_connectionName(QStringLiteral("omnidesk-store-%1").arg(++g_connectionCounter)) {}

Store::~Store()
{
    close();
}

void Store::setError(const QString &what, const QString &detail)
{
    m_error = what + QStringLiteral(": ") + detail;
    qCWarning(lcServer).noquote() << "store:" << m_error;
}

void Store::setSqlError(const QString &what, const QString &driverCode)
{
    setError(what, describeError(driverCode));
}

QString Store::describeError(const QString &driverCode)
{
    // A SQLSTATE has five characters; SQLite's result codes have at most four digits.
    if (driverCode.isEmpty())
        return QStringLiteral("no error code");
    return (driverCode.size() == 5 ? QStringLiteral("SQLSTATE ") : QStringLiteral("SQLite result code ")) +
           driverCode;
}

QString Store::describeError(const QSqlError &error)
{
    return describeError(error.nativeErrorCode());
}

bool Store::execOrFail(QSqlQuery &query, const QString &what)
{
    if (query.exec())
        return true;
    setSqlError(what, query.lastError().nativeErrorCode());
    return false;
}

QSqlQuery &Store::prepared(const QString &sql) const
{
    const auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return it->second;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // Every reuse reads its rows once, front to back: forward-only spares
    // the driver a cache of 128 rows of values set up and torn down per exec().
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        // Not kept: the next call tries again (say, after an aborted transaction).
        m_unprepared.emplace(std::move(query));
        return *m_unprepared;
    }
    return m_statements.emplace(sql, std::move(query)).first->second;
}

SqlStatement &Store::statement(const QString &sql) const
{
    const auto found = m_hotStatements.find(sql);
    if (found != m_hotStatements.end())
        return found->second;
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const auto added = m_sqlite ? m_hotStatements.try_emplace(sql, m_sqlite, sql)
                                : m_hotStatements.try_emplace(sql, db, sql);
    if (added.first->second.isPrepared())
        return added.first->second;
    // Not kept: the next call tries again (say, after an aborted transaction).
    m_hotStatements.erase(added.first);
    if (m_sqlite)
        m_unpreparedHot.emplace(m_sqlite, sql);
    else
        m_unpreparedHot.emplace(db, sql);
    return *m_unpreparedHot;
}

bool Store::execOrFail(SqlStatement &statement, const QString &what)
{
    if (statement.exec())
        return true;
    setSqlError(what, statement.errorCode());
    statement.finish();
    return false;
}

bool Store::isPostgresUrl(const QString &location)
{
    return location.startsWith(QLatin1StringView("postgresql://")) ||
           location.startsWith(QLatin1StringView("postgres://"));
}

QString Store::redactedLocation(const QString &location)
{
    if (!isPostgresUrl(location))
        return location;
    QUrl url(location);
    if (!url.password().isEmpty())
        url.setPassword(QStringLiteral("***"));
    // Query items may carry a password too (libpq's password=…).
    QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("password"))) {
        query.removeAllQueryItems(QStringLiteral("password"));
        query.addQueryItem(QStringLiteral("password"), QStringLiteral("***"));
        url.setQuery(query);
    }
    return url.toString();
}

bool Store::open(const QString &location, int upToVersion)
{
    m_targetVersion = upToVersion < 0 ? latestSchemaVersion() : std::min(upToVersion, latestSchemaVersion());
    close();
    if (isPostgresUrl(location))
        return openPostgres(location);
    QString filePath = location;
    if (filePath.startsWith(QLatin1StringView("sqlite://")))
        filePath = QUrl(filePath).path(); // sqlite:///var/lib/x.sqlite -> /var/lib/x.sqlite
    m_dialect = Dialect::Sqlite;
    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        setError(QStringLiteral("cannot create directory"), info.absolutePath());
        return false;
    }
    // Log frames written 64 KiB at a time, not two system calls per page (WalWriteGather.h).
    WalWriteGather::install();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(filePath);
    if (!db.open()) {
        setError(QStringLiteral("cannot open database"), db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return false;
    }
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !exec(QStringLiteral("PRAGMA synchronous=NORMAL")) ||
        !exec(QStringLiteral("PRAGMA foreign_keys=ON")) ||
        !exec(QStringLiteral("PRAGMA busy_timeout=5000")) ||
        // A batch keeps a savepoint per event: its journal stays in memory
        // (else SQLite spills it to a temporary file once past 64 KiB and
        // rewrites it for every event).
        !exec(QStringLiteral("PRAGMA temp_store=MEMORY")) ||
        // 32 MiB of page cache instead of 2 MiB: profiles, identities and
        // the events index stay in memory while ingesting.
        !exec(QStringLiteral("PRAGMA cache_size=-32768")) || !migrate()) {
        const QString error = m_error;
        close();
        m_error = error;
        return false;
    }
    m_sqlite = SqlStatement::nativeHandle(db);
    qCDebug(lcServer) << "store: ingest statements on" << (m_sqlite ? "the SQLite C API" : "QtSql");
    // Checkpoints on a thread of their own (WalCheckpointer.h): the commit
    // that crosses the mark no longer copies and syncs the log itself.
    if (m_sqlite)
        m_checkpointer = WalCheckpointer::start(m_sqlite);
    return true;
}

bool Store::openPostgres(const QString &location)
{
    m_dialect = Dialect::Postgres;
    const QUrl url(location);
    if (!url.isValid() || url.path().size() < 2) {
        setError(QStringLiteral("invalid database URL"), redactedLocation(location));
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        setError(QStringLiteral("cannot open database"),
                 QStringLiteral("the Qt PostgreSQL driver (QPSQL) is not installed"));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setDatabaseName(url.path().mid(1));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    QUrlQuery query(url);
    // A host query item (libpq style) may name a Unix socket directory.
    const QString host = url.host().isEmpty() ? query.queryItemValue(QStringLiteral("host")) : url.host();
    if (!host.isEmpty())
        db.setHostName(host);
    if (url.port() > 0)
        db.setPort(url.port());
    query.removeAllQueryItems(QStringLiteral("host"));
    QStringList options;
    bool timeout = false;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1StringView("password")) {
            db.setPassword(value);
            continue;
        }
        timeout = timeout || key == QLatin1StringView("connect_timeout");
        options.append(key + QLatin1Char('=') + value);
    }
    if (!timeout)
        options.append(QStringLiteral("connect_timeout=10"));
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        setError(QStringLiteral("cannot connect to %1").arg(redactedLocation(location)),
                 db.lastError().text().trimmed());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return false;
    }
    // Several instances may start together: one migrates at a time.
    const bool ok = exec(QStringLiteral("SET client_min_messages TO WARNING")) &&
                    exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock)) && migrate();
    exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
    if (!ok) {
        const QString error = m_error;
        close();
        m_error = error;
        return false;
    }
    return true;
}

QSqlDatabase Store::openSibling(const QString &connectionName) const
{
    QSqlDatabase db = QSqlDatabase::cloneDatabase(m_connectionName, connectionName);
    db.open();
    return db;
}

void Store::close()
{
    m_checkpointer.reset(); // before its connection closes
    m_hotStatements.clear();
    m_unpreparedHot.reset();
    m_sqlite = nullptr;
    m_keptProfiles.clear();
    m_keptDataVersion = -1;
    m_statements.clear();
    m_unprepared.reset();
    m_savepointQuery.reset();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Store::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool Store::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(sql)) {
        setSqlError(QStringLiteral("statement failed (") + sql.section(QLatin1Char(' '), 0, 2) +
                        QStringLiteral(" …)"),
                    q.lastError().nativeErrorCode());
        return false;
    }
    return true;
}

int Store::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool Store::migrate()
{
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) || !q.next())
        return false;
    const bool empty = q.value(0).toInt() == 0;
    q.finish(); // a pending statement would keep migrations from dropping tables
    if (empty && !exec(QStringLiteral("INSERT INTO schema_version VALUES (0)")))
        return false;
    const int current = schemaVersion();
    const auto &list = migrations();
    if (current > list.size()) {
        setError(QStringLiteral("schema too new"), QString::number(current));
        return false;
    }
    for (int version = current; version < m_targetVersion; ++version) {
        if (!beginTransaction())
            return false;
        for (const MigrationStatement &statement : list.at(version)) {
            if (statement.code == MigrationStatement::Code::MaskNotes) {
                if (!fillMaskedNotes()) {
                    rollback();
                    return false;
                }
                continue;
            }
            const QString sql = m_dialect == Dialect::Sqlite   ? statement.sqlite
                                : statement.postgres.isEmpty() ? toPostgres(statement.sqlite)
                                                               : statement.postgres;
            if (!exec(sql)) {
                rollback();
                return false;
            }
        }
        if (!exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(version + 1)) || !commit()) {
            rollback();
            return false;
        }
        qCInfo(lcServer) << "store: migrated schema to version" << version + 1;
    }
    return true;
}

bool Store::fillMaskedNotes()
{
    // In batches by id: PostgreSQL's driver would otherwise hold every
    // row's notes in memory at once.
    constexpr int kBatch = 2'000;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery read(db);
    read.setForwardOnly(true);
    read.prepare(
        QStringLiteral("SELECT id, notes FROM outcomes WHERE id > ? AND notes <> '' ORDER BY id LIMIT ?"));
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE outcomes SET notes_masked = ? WHERE id = ?"));
    qint64 after = 0;
    for (;;) {
        read.addBindValue(after);
        read.addBindValue(kBatch);
        if (!execOrFail(read, QStringLiteral("cannot read notes")))
            return false;
        QList<std::pair<qint64, QString>> batch;
        while (read.next())
            batch.append({read.value(0).toLongLong(), read.value(1).toString()});
        read.finish();
        for (const auto &[id, notes] : std::as_const(batch)) {
            write.addBindValue(InteractionLog::maskFreeText(notes));
            write.addBindValue(id);
            if (!execOrFail(write, QStringLiteral("cannot store masked notes")))
                return false;
        }
        if (batch.size() < kBatch)
            return true;
        after = batch.constLast().first;
    }
}

bool Store::ping() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && q.next();
}

bool Store::savepoint(const QString &sql)
{
    // A batch runs these for every event. On SQLite they are prepared once,
    // like the ingest statements; PostgreSQL cannot PREPARE a savepoint
    // statement, so there they go as plain text on a kept query.
    if (m_dialect == Dialect::Postgres) {
        if (!m_savepointQuery)
            m_savepointQuery.emplace(QSqlDatabase::database(m_connectionName, false));
        if (m_savepointQuery->exec(sql))
            return true;
        setSqlError(QStringLiteral("savepoint"), m_savepointQuery->lastError().nativeErrorCode());
        return false;
    }
    SqlStatement &q = statement(sql);
    const bool ok = execOrFail(q, QStringLiteral("savepoint"));
    q.finish();
    return ok;
}

bool Store::transactionStep(const QString &sql)
{
    // One event per request runs one transaction each: on SQLite its
    // statements are prepared once, like the savepoints of a batch.
    if (!m_sqlite) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        const bool ok = sql == QLatin1StringView("BEGIN")    ? db.transaction()
                        : sql == QLatin1StringView("COMMIT") ? db.commit()
                                                             : db.rollback();
        if (!ok)
            setSqlError(QStringLiteral("transaction"), db.lastError().nativeErrorCode());
        return ok;
    }
    SqlStatement &q = statement(sql);
    const bool ok = execOrFail(q, QStringLiteral("transaction"));
    q.finish();
    return ok;
}

bool Store::beginTransaction()
{
    if (m_inBatch) {
        m_savepointUndo.clear();
        m_inSavepoint = savepoint(QStringLiteral("SAVEPOINT batch_item"));
        return m_inSavepoint;
    }
    return transactionStep(QStringLiteral("BEGIN"));
}

bool Store::commit()
{
    if (m_inBatch) {
        m_inSavepoint = false;
        m_savepointUndo.clear();
        return savepoint(QStringLiteral("RELEASE SAVEPOINT batch_item"));
    }
    return transactionStep(QStringLiteral("COMMIT"));
}

void Store::rollback()
{
    if (m_inBatch) {
        savepoint(QStringLiteral("ROLLBACK TO SAVEPOINT batch_item"));
        savepoint(QStringLiteral("RELEASE SAVEPOINT batch_item"));
        // The profiles in memory go back with the rows.
        for (auto it = m_savepointUndo.begin(); it != m_savepointUndo.end(); ++it) {
            if (it.value())
                m_batchProfiles.insert(it.key(), std::move(*it.value()));
            else
                m_batchProfiles.remove(it.key());
        }
        m_savepointUndo.clear();
        m_inSavepoint = false;
        return;
    }
    transactionStep(QStringLiteral("ROLLBACK"));
}

void Store::keepForUndo(const QString &id) const
{
    if (!m_inSavepoint || m_savepointUndo.contains(id))
        return;
    const auto it = m_batchProfiles.constFind(id);
    m_savepointUndo.insert(id, it == m_batchProfiles.constEnd() ? std::nullopt
                                                                : std::optional<BatchProfile>(*it));
}

bool Store::beginBatch()
{
    if (m_inBatch || !transactionStep(QStringLiteral("BEGIN")))
        return false;
    m_inBatch = true;
    if (m_sqlite)
        checkKeptProfiles();
    return true;
}

void Store::checkKeptProfiles()
{
    // Inside the batch's transaction, so no other connection can write
    // between this read and the batch's own reads.
    SqlStatement &q = statement(QStringLiteral("PRAGMA data_version"));
    const Finisher done{q};
    const qint64 version = q.exec() && q.next() ? q.integer(0) : -1;
    if (version < 0 || version != m_keptDataVersion)
        m_keptProfiles.clear();
    m_keptDataVersion = version;
}

void Store::endBatch()
{
    m_inBatch = false;
    m_inSavepoint = false;
    m_batchProfiles.clear();
    m_savepointUndo.clear();
}

bool Store::writeBatchProfiles()
{
    for (auto it = m_batchProfiles.cbegin(); it != m_batchProfiles.cend(); ++it) {
        if (it->dirty && !writeProfile(it->record, it->stored ? &*it->stored : nullptr))
            return false;
    }
    return true;
}

bool Store::commitBatch()
{
    if (!m_inBatch)
        return false;
    const bool written = writeBatchProfiles();
    const QHash<QString, BatchProfile> profiles = std::exchange(m_batchProfiles, {});
    endBatch();
    // A failed COMMIT is logged with its result code or SQLSTATE by transactionStep.
    if (written && transactionStep(QStringLiteral("COMMIT"))) {
        // What the batch read or wrote is now what the table holds.
        if (m_keptDataVersion >= 0) { // SQLite, and the batch checked the kept ones
            for (auto it = profiles.cbegin(); it != profiles.cend(); ++it) {
                if (ProfileRecord *kept = m_keptProfiles.object(it.key()))
                    *kept = it->record;
                else
                    m_keptProfiles.insert(it.key(), new ProfileRecord(it->record));
            }
        }
        return true;
    }
    transactionStep(QStringLiteral("ROLLBACK"));
    return false;
}

void Store::rollbackBatch()
{
    if (!m_inBatch)
        return;
    endBatch();
    transactionStep(QStringLiteral("ROLLBACK"));
}

int Store::count(const QString &table) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next())
        return q.value(0).toInt();
    return -1;
}

int Store::profileCount() const
{
    return count(QStringLiteral("profiles"));
}

int Store::eventCount() const
{
    return count(QStringLiteral("events"));
}

std::optional<StoredOutcome> Store::outcome(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(
        QStringLiteral("SELECT agent, stored_at, detail_json, idem_key, call_id, profile_id, disposition,"
                       " notes, logged_at, channel FROM outcomes WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    StoredOutcome stored;
    stored.id = id;
    stored.agent = q.value(0).toString();
    stored.storedAt = fromWireTime(q.value(1).toString());
    // Outcomes stored before schema version 3 have no detail: rebuild the basic fields.
    const QJsonObject detail = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    if (auto full = protocol::ProtocolCodec::outcomeFromJson(detail)) {
        stored.log = *full;
        // The profile it belongs to now (a merge moves outcomes to the survivor).
        stored.log.profileId = q.value(5).toString();
    } else {
        stored.log.key = q.value(3).toString();
        stored.log.callId = q.value(4).toString();
        stored.log.profileId = q.value(5).toString();
        stored.log.disposition = q.value(6).toString();
        stored.log.notes = q.value(7).toString();
        stored.log.loggedAt = fromWireTime(q.value(8).toString());
        stored.log.channel = q.value(9).toString();
    }
    return stored;
}

int Store::outcomeCount() const
{
    return count(QStringLiteral("outcomes"));
}

int Store::userCount() const
{
    return count(QStringLiteral("users"));
}

QString Store::profileIdForIdentity(const QString &ns, const QString &value) const
{
    if (ns == QLatin1StringView("Phone")) {
        const QStringList ids = profileIdsForIdentity(ns, value);
        return ids.isEmpty() ? QString() : ids.first();
    }
    // A person key belongs to one profile at most (identities_person_key), and
    // the foreign key keeps that profile in the table: no join, no ordering.
    SqlStatement &q =
        statement(QStringLiteral("SELECT profile_id FROM identities"
                                 " WHERE namespace = ? AND value = ? AND namespace <> 'Phone'"));
    const Finisher done{q};
    q.bind(ns);
    q.bind(value);
    return q.exec() && q.next() ? q.text(0) : QString();
}

QStringList Store::profileIdsForIdentity(const QString &ns, const QString &value) const
{
    struct Holder
    {
        QString id;
        QString updatedAt;
        qint64 row = 0;
    };
    QList<Holder> holders;
    SqlStatement &q = statement(
        QStringLiteral("SELECT i.profile_id, p.updated_at, p.rowid FROM identities i"
                       " JOIN profiles p ON p.id = i.profile_id WHERE i.namespace = ? AND i.value = ?"
                       " ORDER BY p.updated_at DESC, p.rowid DESC"));
    {
        const Finisher done{q};
        q.bind(ns);
        q.bind(value);
        if (q.exec())
            while (q.next())
                holders.append(Holder{q.text(0), q.text(1), q.integer(2)});
    }
    // A batch has not written its profiles' new update times yet: order by those.
    if (m_inBatch && holders.size() > 1) {
        for (Holder &holder : holders) {
            const auto it = m_batchProfiles.constFind(holder.id);
            if (it != m_batchProfiles.constEnd() && it->dirty)
                holder.updatedAt = toWireTime(it->record.updatedAt);
        }
        std::stable_sort(holders.begin(), holders.end(), [](const Holder &a, const Holder &b) {
            return a.updatedAt != b.updatedAt ? a.updatedAt > b.updatedAt : a.row > b.row;
        });
    }
    QStringList ids;
    ids.reserve(holders.size());
    for (const Holder &holder : std::as_const(holders))
        ids.append(holder.id);
    return ids;
}

bool Store::hasPersonKey(const QString &profileId) const
{
    SqlStatement &q = statement(
        QStringLiteral("SELECT 1 FROM identities WHERE profile_id = ? AND namespace <> 'Phone' LIMIT 1"));
    const Finisher done{q};
    q.bind(profileId);
    return q.exec() && q.next();
}

QString Store::aliasTarget(const QString &id) const
{
    SqlStatement &q = statement(QStringLiteral("SELECT profile_id FROM profile_aliases WHERE alias_id = ?"));
    const Finisher done{q};
    q.bind(id);
    if (q.exec() && q.next())
        return q.text(0);
    return {};
}

QString Store::resolveProfileId(const QString &id) const
{
    if (id.isEmpty())
        return {};
    QSqlQuery &q = prepared(QStringLiteral("SELECT 1 FROM profiles WHERE id = ?"));
    const Finisher done{q};
    q.addBindValue(id);
    if (q.exec() && q.next())
        return id;
    return aliasTarget(id);
}

bool Store::mergeProfiles(const QString &from, const QString &into, const QDateTime &now)
{
    if (from == into)
        return true;
    // Person keys are unique, so the identities of `from` go first and come
    // back on `into`; a Phone both hold is kept once.
    const QList<Identity> moved = identities(from);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM identities WHERE profile_id = ?"));
    q.addBindValue(from);
    if (!execOrFail(q, QStringLiteral("cannot merge identities")))
        return false;
    for (const Identity &identity : moved) {
        if (!addIdentity(identity, into))
            return false;
    }
    const QString statements[] = {
        QStringLiteral("UPDATE events SET profile_id = ? WHERE profile_id = ?"),
        QStringLiteral("UPDATE outcomes SET profile_id = ? WHERE profile_id = ?"),
        QStringLiteral("UPDATE profile_aliases SET profile_id = ? WHERE profile_id = ?"),
    };
    for (const QString &sql : statements) {
        q.prepare(sql);
        q.addBindValue(into);
        q.addBindValue(from);
        if (!execOrFail(q, QStringLiteral("cannot merge profiles")))
            return false;
    }
    q.prepare(
        QStringLiteral("INSERT INTO profile_aliases (alias_id, profile_id, merged_at) VALUES (?, ?, ?)"));
    q.addBindValue(from);
    q.addBindValue(into);
    q.addBindValue(toWireTime(now));
    if (!execOrFail(q, QStringLiteral("cannot remember merged profile")))
        return false;
    forgetKept(from);
    forgetKept(into);
    q.prepare(QStringLiteral("DELETE FROM profiles WHERE id = ?"));
    q.addBindValue(from);
    if (!execOrFail(q, QStringLiteral("cannot delete merged profile")))
        return false;
    if (m_inBatch) {
        keepForUndo(from);
        m_batchProfiles.remove(from);
    }
    return true;
}

QString Store::createProfile(const QDateTime &now)
{
    // Ids follow the rowid; an id that lives on as an alias of a merged
    // profile is never given out again.
    const QString created = toWireTime(now);
    QString id;
    if (m_dialect == Dialect::Postgres) {
        // One round trip: the rowid sequence hands out the row (instances
        // sharing the database never pick the same id) and the insert
        // skips a row whose id is an alias; that rare case draws again.
        SqlStatement &q = statement(QStringLiteral(
            "INSERT INTO profiles (rowid, id, version, created_at, updated_at)"
            " SELECT n.row, 'p-' || (1000 + n.row), 0, CAST(? AS TEXT), CAST(? AS TEXT)"
            " FROM (SELECT nextval(pg_get_serial_sequence('profiles', 'rowid')) AS row) n"
            " WHERE NOT EXISTS (SELECT 1 FROM profile_aliases a WHERE a.alias_id = 'p-' || (1000 + n.row))"
            " RETURNING id"));
        while (id.isEmpty()) {
            q.bind(created);
            q.bind(created);
            if (!execOrFail(q, QStringLiteral("cannot create profile")))
                return {};
            if (q.next())
                id = q.text(0);
            q.finish();
        }
    } else {
        SqlStatement &next = statement(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) + 1 FROM profiles"));
        qint64 row = 1;
        if (next.exec() && next.next())
            row = next.integer(0);
        next.finish();
        id = QStringLiteral("p-%1").arg(1000 + row);
        while (!aliasTarget(id).isEmpty()) {
            ++row;
            id = QStringLiteral("p-%1").arg(1000 + row);
        }
        SqlStatement &q = statement(QStringLiteral(
            "INSERT INTO profiles (rowid, id, version, created_at, updated_at) VALUES (?, ?, 0, ?, ?)"));
        q.bind(row);
        q.bind(id);
        q.bind(created);
        q.bind(created);
        if (!execOrFail(q, QStringLiteral("cannot create profile")))
            return {};
    }
    forgetKept(id);
    if (m_inBatch) {
        // The row as profile() would read it back.
        ProfileRecord record;
        record.id = id;
        record.createdAt = fromWireTime(created);
        record.updatedAt = record.createdAt;
        keepForUndo(id);
        m_batchProfiles.insert(id, BatchProfile{record, record, false});
    }
    return id;
}

bool Store::addIdentity(const Identity &identity, const QString &profileId)
{
    SqlStatement &q =
        statement(QStringLiteral("INSERT INTO identities (namespace, value, profile_id) VALUES (?, ?, ?)"
                                 " ON CONFLICT DO NOTHING"));
    q.bind(identity.ns);
    q.bind(identity.value);
    q.bind(profileId);
    return execOrFail(q, QStringLiteral("cannot add identity"));
}

QList<Identity> Store::identities(const QString &profileId) const
{
    QList<Identity> list;
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT namespace, value FROM identities WHERE profile_id = ? ORDER BY rowid"));
    const Finisher done{q};
    q.addBindValue(profileId);
    if (q.exec())
        while (q.next())
            list.append(Identity{q.value(0).toString(), q.value(1).toString()});
    return list;
}

std::optional<ProfileRecord> Store::profile(const QString &id) const
{
    if (m_inBatch) {
        if (const auto it = m_batchProfiles.constFind(id); it != m_batchProfiles.constEnd())
            return it->record;
        if (const ProfileRecord *kept = m_keptProfiles.object(id)) {
            keepForUndo(id);
            m_batchProfiles.insert(id, BatchProfile{*kept, *kept, false});
            return *kept;
        }
    }
    SqlStatement &q = statement(
        QStringLiteral("SELECT version, name, tier, created_at, updated_at, cart_json, consents_json,"
                       " lifetime_value, last_purchase_at FROM profiles WHERE id = ?"));
    const Finisher done{q};
    q.bind(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ProfileRecord r;
    r.id = id;
    r.version = q.integer(0);
    r.name = q.text(1);
    r.tier = q.text(2);
    r.createdAt = fromWireTime(q.text(3));
    r.updatedAt = fromWireTime(q.text(4));
    r.cart = cartFromStored(q.utf8(5));
    r.consents = consentsFromStored(q.utf8(6));
    r.lifetimeValue = q.integer(7);
    r.lastPurchaseAt = fromWireTime(q.text(8));
    if (m_inBatch) {
        keepForUndo(id);
        m_batchProfiles.insert(id, BatchProfile{r, r, false});
    }
    return r;
}

bool Store::updateProfile(const ProfileRecord &record, const ProfileRecord *asRead)
{
    if (!m_inBatch)
        return writeProfile(record, asRead);
    keepForUndo(record.id);
    BatchProfile &held = m_batchProfiles[record.id];
    held.record = record;
    held.dirty = true;
    return true;
}

bool Store::writeProfile(const ProfileRecord &record, const ProfileRecord *stored)
{
    // In a batch this runs at its commit, which keeps the record again (and
    // leaves the kept one, the row's state before the batch, if it fails).
    if (!m_inBatch)
        forgetKept(record.id);
    // The cart and the consents are JSON: left alone when they did not
    // change (most events are page views and the like).
    const bool cart = !stored || stored->cart != record.cart;
    const bool consents = !stored || stored->consents != record.consents;
    QString sql = QStringLiteral("UPDATE profiles SET version = ?, name = ?, tier = ?, updated_at = ?,"
                                 " lifetime_value = ?, last_purchase_at = ?");
    if (cart)
        sql += QStringLiteral(", cart_json = ?");
    if (consents)
        sql += QStringLiteral(", consents_json = ?");
    sql += QStringLiteral(" WHERE id = ?");
    SqlStatement &q = statement(sql);
    q.bind(record.version);
    // Null strings would bind as SQL NULL; the columns are NOT NULL.
    q.bind(record.name + QLatin1StringView(""));
    q.bind(record.tier + QLatin1StringView(""));
    q.bind(toWireTime(record.updatedAt));
    q.bind(record.lifetimeValue);
    q.bind(toWireTime(record.lastPurchaseAt) + QLatin1StringView(""));
    if (cart)
        q.bindUtf8(cartToStored(record.cart));
    if (consents)
        q.bind(consentsToStored(record.consents));
    q.bind(record.id);
    return execOrFail(q, QStringLiteral("cannot update profile"));
}

bool Store::hasEvent(const QString &id) const
{
    SqlStatement &q = statement(QStringLiteral("SELECT 1 FROM events WHERE id = ?"));
    const Finisher done{q};
    q.bind(id);
    return q.exec() && q.next();
}

QString Store::profileOfEvent(const QString &id) const
{
    SqlStatement &q = statement(QStringLiteral("SELECT profile_id FROM events WHERE id = ?"));
    const Finisher done{q};
    q.bind(id);
    if (q.exec() && q.next())
        return q.text(0);
    return {};
}

bool Store::insertEvent(const StoredEvent &event)
{
    SqlStatement &q =
        statement(QStringLiteral("INSERT INTO events (id, profile_id, at, channel, type, summary, body_json)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(event.id);
    q.bind(event.profileId);
    q.bind(toWireTime(event.at));
    q.bind(event.channel);
    q.bind(event.type);
    q.bind(event.summary);
    q.bindUtf8(event.bodyJson.isEmpty() ? CompactJson::fromObject(event.body) : event.bodyJson);
    return execOrFail(q, QStringLiteral("cannot insert event"));
}

QString Store::commerceEventsSql(CommerceKinds kinds)
{
    // Purchases are read through their own partial index (schema version 10),
    // not by visiting every event of the profile.
    return kinds == CommerceKinds::All
               ? QStringLiteral(
                     "SELECT id, at, channel, type, summary, body_json FROM events WHERE profile_id = ?"
                     " AND type IN ('cart.add', 'cart.remove', 'purchase') ORDER BY at, id")
               : QStringLiteral(
                     "SELECT id, at, channel, type, summary, body_json FROM events WHERE profile_id = ?"
                     " AND type = 'purchase' ORDER BY at, id");
}

QList<StoredEvent> Store::commerceEvents(const QString &profileId, CommerceKinds kinds) const
{
    QList<StoredEvent> list;
    SqlStatement &q = statement(commerceEventsSql(kinds));
    const Finisher done{q};
    q.bind(profileId);
    if (q.exec()) {
        while (q.next()) {
            list.append(StoredEvent{q.text(0), profileId, fromWireTime(q.text(1)), q.text(2), q.text(3),
                                    q.text(4), QJsonDocument::fromJson(q.utf8(5)).object()});
        }
    }
    return list;
}

bool Store::isLatestCommerceEvent(const QString &profileId, const QString &eventId, const QDateTime &at,
                                  bool *latest) const
{
    // Stored times are UTC ISO 8601 with milliseconds, so text order is time
    // order; the candidates are checked again below with the cart's own order.
    SqlStatement &q =
        statement(QStringLiteral("SELECT id, at FROM events WHERE profile_id = ? AND at >= ? AND id <> ?"
                                 " AND type IN ('cart.add', 'cart.remove', 'purchase')"));
    const Finisher done{q};
    q.bind(profileId);
    q.bind(toWireTime(at));
    q.bind(eventId);
    if (!q.exec()) {
        qCWarning(lcServer).noquote()
            << "store: cannot read commerce events:" << describeError(q.errorCode());
        return false;
    }
    *latest = true;
    while (q.next()) {
        const QDateTime otherAt = fromWireTime(q.text(1));
        const QString otherId = q.text(0);
        // computeCart's order: by time, then by id.
        if (!otherAt.isValid() || !(otherAt != at ? otherAt < at : otherId < eventId)) {
            *latest = false;
            break;
        }
    }
    return true;
}

QList<TimelineEvent> Store::timeline(const QString &profileId, int limit) const
{
    QList<TimelineEvent> list;
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT id, at, channel, type, summary, body_json FROM events WHERE profile_id = ?"
                       " ORDER BY at DESC, id DESC LIMIT ?"));
    const Finisher done{q};
    q.addBindValue(profileId);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            list.append(timelineEventOf(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                        q.value(3).toString(), q.value(4).toString(),
                                        q.value(5).toByteArray()));
    }
    return list;
}

QHash<QString, QString> Store::outcomeDispositions(const QString &profileId, int limit) const
{
    QHash<QString, QString> dispositions;
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT id, body_json FROM events WHERE profile_id = ?"
                       " AND type IN ('call.outcome', 'store.outcome') ORDER BY at DESC, id DESC LIMIT ?"));
    const Finisher done{q};
    q.addBindValue(profileId);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next()) {
            const QJsonObject body = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
            dispositions.insert(q.value(0).toString(),
                                body.value(QLatin1StringView("disposition")).toString());
        }
    }
    return dispositions;
}

std::optional<OutcomeRecord> Store::storeOutcome(const protocol::OutcomeLog &outcome, const QString &agent,
                                                 const QDateTime &now)
{
    // The outcome and its step rows go in together, or not at all.
    if (!beginTransaction()) {
        setError(QStringLiteral("cannot store outcome"), QStringLiteral("no transaction"));
        return std::nullopt;
    }
    std::optional<OutcomeRecord> record = insertOutcome(outcome, agent, now);
    if (!record || !commit()) {
        rollback();
        return std::nullopt;
    }
    return record;
}

std::optional<OutcomeRecord> Store::insertOutcome(const protocol::OutcomeLog &outcome, const QString &agent,
                                                  const QDateTime &now)
{
    int accepted = 0;
    int dismissed = 0;
    for (const protocol::StepDecision &step : outcome.steps) {
        accepted += step.decision == QLatin1StringView("accepted") ? 1 : 0;
        dismissed += step.decision == QLatin1StringView("dismissed") ? 1 : 0;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(
        QStringLiteral("INSERT INTO outcomes (idem_key, call_id, profile_id, agent, disposition, notes,"
                       " notes_masked, logged_at, stored_at, channel, detail_json, steps_shown,"
                       " steps_accepted, steps_dismissed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT DO NOTHING"));
    q.addBindValue(outcome.key);
    // Null strings would bind as SQL NULL; the columns are NOT NULL (an
    // unknown caller's outcome has no profile, a store visit no call).
    q.addBindValue(outcome.callId + QLatin1StringView(""));
    q.addBindValue(outcome.profileId + QLatin1StringView(""));
    q.addBindValue(agent);
    q.addBindValue(outcome.disposition);
    q.addBindValue(outcome.notes + QLatin1StringView(""));
    // What the log's "text in notes" matches (schema version 9).
    q.addBindValue(InteractionLog::maskFreeText(outcome.notes) + QLatin1StringView(""));
    q.addBindValue(toWireTime(outcome.loggedAt));
    q.addBindValue(toWireTime(now));
    q.addBindValue(outcome.channel);
    q.addBindValue(outcomeDetailJson(outcome));
    q.addBindValue(int(outcome.steps.size()));
    q.addBindValue(accepted);
    q.addBindValue(dismissed);
    if (!q.exec()) {
        setSqlError(QStringLiteral("cannot store outcome"), q.lastError().nativeErrorCode());
        return std::nullopt;
    }
    const bool inserted = q.numRowsAffected() == 1;
    q.prepare(QStringLiteral("SELECT id, stored_at, profile_id FROM outcomes WHERE idem_key = ?"));
    q.addBindValue(outcome.key);
    if (!q.exec() || !q.next()) {
        setSqlError(QStringLiteral("cannot read outcome"), q.lastError().nativeErrorCode());
        return std::nullopt;
    }
    const OutcomeRecord record{q.value(0).toLongLong(), !inserted, fromWireTime(q.value(1).toString()),
                               q.value(2).toString()};
    q.finish();
    if (inserted && !outcome.steps.isEmpty()) {
        QSqlQuery step(QSqlDatabase::database(m_connectionName, false));
        step.prepare(
            QStringLiteral("INSERT INTO outcome_steps (outcome_id, step_id, decision, reason, logged_at)"
                           " VALUES (?, ?, ?, ?, ?)"));
        for (const protocol::StepDecision &decision : outcome.steps) {
            step.addBindValue(record.id);
            step.addBindValue(decision.stepId);
            step.addBindValue(decision.decision);
            step.addBindValue(decision.reason + QLatin1StringView("")); // NOT NULL
            step.addBindValue(toWireTime(outcome.loggedAt));
            if (!execOrFail(step, QStringLiteral("cannot store outcome steps")))
                return std::nullopt;
        }
    }
    return record;
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Store::queryPlan(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(database());
    q.prepare((isPostgres() ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN QUERY PLAN ")) + sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    QStringList steps;
    if (q.exec()) {
        while (q.next())
            steps.append(q.value(isPostgres() ? 0 : 3).toString());
    }
    return steps.join(QLatin1Char('\n'));
}

bool Store::addUser(const protocol::UserInfo &user, const QString &password, int iterations)
{
    const QByteArray salt = randomBytes(16);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT 1 FROM users WHERE id = ?"));
    q.addBindValue(user.id);
    if (q.exec() && q.next())
        return true; // already there: seeding twice changes nothing
    q.prepare(QStringLiteral(
        "INSERT INTO users (id, name, role, salt, hash, iterations) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(user.id);
    q.addBindValue(user.name);
    q.addBindValue(user.role);
    q.addBindValue(salt);
    q.addBindValue(derive(password, salt, iterations));
    q.addBindValue(iterations);
    return execOrFail(q, QStringLiteral("cannot add user"));
}

std::optional<protocol::UserInfo> Store::verifyPassword(const QString &userId, const QString &password) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT name, role, salt, hash, iterations FROM users WHERE id = ?"));
    q.addBindValue(userId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QByteArray hash = derive(password, q.value(2).toByteArray(), q.value(4).toInt());
    if (!constantTimeEqual(hash, q.value(3).toByteArray()))
        return std::nullopt;
    return protocol::UserInfo{userId, q.value(0).toString(), q.value(1).toString()};
}

QString Store::issueToken(const QString &userId, const QDateTime &expiresAt)
{
    const QByteArray raw = randomBytes(32);
    const QString token =
        QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)"));
    q.addBindValue(sha256(token.toLatin1()));
    q.addBindValue(userId);
    q.addBindValue(toWireTime(expiresAt));
    if (!q.exec()) {
        setSqlError(QStringLiteral("cannot store token"), q.lastError().nativeErrorCode());
        return {};
    }
    return token;
}

std::optional<protocol::UserInfo> Store::userForToken(const QString &token, const QDateTime &now) const
{
    // Prepared once and read afresh on every call, as apiKeyName: a session
    // ended elsewhere (user removed) stops working at once.
    SqlStatement &q =
        statement(QStringLiteral("SELECT u.id, u.name, u.role, s.expires_at FROM sessions s JOIN users u"
                                 " ON u.id = s.user_id WHERE s.token_hash = ?"));
    const Finisher done{q};
    q.bindBlob(sha256(token.toUtf8()));
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (fromWireTime(q.text(3)) <= now)
        return std::nullopt;
    return protocol::UserInfo{q.text(0), q.text(1), q.text(2)};
}

bool Store::addApiKey(const QString &name, const QString &key, const QDateTime &createdAt)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO api_keys (key_hash, name, created_at) VALUES (?, ?, ?)"
                             " ON CONFLICT DO NOTHING"));
    q.addBindValue(sha256(key.toUtf8()));
    q.addBindValue(name);
    q.addBindValue(createdAt.isValid() ? toWireTime(createdAt) : QStringLiteral(""));
    return execOrFail(q, QStringLiteral("cannot add key"));
}

bool Store::isApiKey(const QString &key) const
{
    if (key.isEmpty())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT 1 FROM api_keys WHERE key_hash = ?"));
    q.addBindValue(sha256(key.toUtf8()));
    return q.exec() && q.next();
}

std::optional<QString> Store::apiKeyName(const QString &key) const
{
    if (key.isEmpty())
        return std::nullopt;
    // Every request asks: the statement is prepared once, but it still reads
    // the table each time, so a key revoked by another process (the admin
    // command) is refused from its next request on.
    SqlStatement &q = statement(QStringLiteral("SELECT name FROM api_keys WHERE key_hash = ?"));
    const Finisher done{q};
    q.bindBlob(sha256(key.toUtf8()));
    if (q.exec() && q.next())
        return q.text(0);
    return std::nullopt;
}

bool Store::hasApiKeyNamed(const QString &name) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT 1 FROM api_keys WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next();
}

QList<ApiKeyInfo> Store::apiKeys() const
{
    QList<ApiKeyInfo> list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(QStringLiteral("SELECT name, created_at FROM api_keys ORDER BY name, rowid"))) {
        while (q.next())
            list.append(ApiKeyInfo{q.value(0).toString(), fromWireTime(q.value(1).toString())});
    }
    return list;
}

int Store::revokeApiKeys(const QString &name)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM api_keys WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        setSqlError(QStringLiteral("cannot revoke key"), q.lastError().nativeErrorCode());
        return -1;
    }
    return q.numRowsAffected();
}

bool Store::createUser(const protocol::UserInfo &user, const QString &password, int iterations)
{
    if (userExists(user.id)) {
        m_error = QStringLiteral("a user with this id exists");
        return false;
    }
    return addUser(user, password, iterations);
}

bool Store::userExists(const QString &userId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT 1 FROM users WHERE id = ?"));
    q.addBindValue(userId);
    return q.exec() && q.next();
}

QList<protocol::UserInfo> Store::users() const
{
    QList<protocol::UserInfo> list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(QStringLiteral("SELECT id, name, role FROM users ORDER BY id"))) {
        while (q.next())
            list.append(
                protocol::UserInfo{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }
    return list;
}

bool Store::removeUser(const QString &userId)
{
    if (!userExists(userId)) {
        m_error = QStringLiteral("no user with this id");
        return false;
    }
    if (!beginTransaction())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE user_id = ?"));
    q.addBindValue(userId);
    bool ok = q.exec();
    if (ok) {
        q.prepare(QStringLiteral("DELETE FROM users WHERE id = ?"));
        q.addBindValue(userId);
        ok = q.exec();
    }
    if (!ok) {
        setSqlError(QStringLiteral("cannot remove user"), q.lastError().nativeErrorCode());
        rollback();
        return false;
    }
    return commit();
}

QList<ProfileRecord> Store::profilesByName(const QString &fragment, int limit) const
{
    // Unicode-aware case folding happens here rather than in SQLite, whose
    // LIKE only folds ASCII.
    QStringList ids;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(QStringLiteral("SELECT id, name FROM profiles WHERE name <> ''"
                              " ORDER BY updated_at DESC, id"))) {
        while (q.next() && ids.size() < limit) {
            if (q.value(1).toString().contains(fragment, Qt::CaseInsensitive))
                ids.append(q.value(0).toString());
        }
    }
    QList<ProfileRecord> list;
    for (const QString &id : std::as_const(ids)) {
        if (auto record = profile(id))
            list.append(*record);
    }
    return list;
}

bool Store::addAudit(const AuditEntry &entry)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(
        QStringLiteral("INSERT INTO audit (at, actor, action, targets, detail) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(toWireTime(entry.at));
    q.addBindValue(entry.actor);
    q.addBindValue(entry.action);
    // Null strings would bind as SQL NULL; the columns are NOT NULL.
    q.addBindValue(entry.targets.join(QLatin1Char(',')) + QLatin1StringView(""));
    q.addBindValue(entry.detail + QLatin1StringView(""));
    return execOrFail(q, QStringLiteral("cannot write audit"));
}

QList<AuditEntry> Store::auditEntries(int limit) const
{
    return auditPage(limit, 0).value_or(QList<AuditEntry>());
}

std::optional<QList<AuditEntry>> Store::auditPage(int limit, qint64 beforeId) const
{
    QList<AuditEntry> list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT id, at, actor, action, targets, detail FROM audit WHERE id < ?"
                             " ORDER BY id DESC LIMIT ?"));
    q.addBindValue(beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
    q.addBindValue(limit);
    if (!q.exec()) {
        qCWarning(lcServer).noquote() << "audit read failed:" << describeError(q.lastError());
        return std::nullopt;
    }
    while (q.next()) {
        const QString targets = q.value(4).toString();
        list.append(AuditEntry{q.value(0).toLongLong(), fromWireTime(q.value(1).toString()),
                               q.value(2).toString(), q.value(3).toString(),
                               targets.isEmpty() ? QStringList() : targets.split(QLatin1Char(',')),
                               q.value(5).toString()});
    }
    return list;
}

bool Store::lookedUpBy(const QString &actor, const QString &profileId, const QDateTime &since) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT 1 FROM audit WHERE actor = ? AND action = 'profile.lookup' AND at >= ?"
                             " AND %1(',' || targets || ',', ',' || CAST(? AS TEXT) || ',') > 0 LIMIT 1")
                  .arg(m_dialect == Dialect::Postgres ? QStringLiteral("strpos") : QStringLiteral("instr")));
    q.addBindValue(actor);
    q.addBindValue(toWireTime(since));
    q.addBindValue(profileId);
    return q.exec() && q.next();
}

qint64 Store::addRelayedCall(const RelayedCall &call)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM call_relay WHERE at < ?"));
    q.addBindValue(toWireTime(call.at.addDays(-1)));
    if (!execOrFail(q, QStringLiteral("cannot prune relayed calls")))
        return -1;
    q.prepare(QStringLiteral("INSERT INTO call_relay (at, agent, call_id, profile_id, call_json)"
                             " VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(toWireTime(call.at));
    q.addBindValue(call.agent);
    q.addBindValue(call.callId);
    q.addBindValue(call.profileId + QLatin1StringView("")); // NOT NULL
    q.addBindValue(QString::fromUtf8(call.callJson));
    if (!execOrFail(q, QStringLiteral("cannot relay call")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

std::optional<RelayedCall> Store::relayedCall(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(
        QStringLiteral("SELECT at, agent, call_id, profile_id, call_json FROM call_relay WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return RelayedCall{id,
                       fromWireTime(q.value(0).toString()),
                       q.value(1).toString(),
                       q.value(2).toString(),
                       q.value(3).toString(),
                       q.value(4).toString().toUtf8()};
}

std::optional<TimelineEvent> Store::timelineEvent(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT at, channel, type, summary, body_json FROM events WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return timelineEventOf(id, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toByteArray());
}

} // namespace omnidesk::server
