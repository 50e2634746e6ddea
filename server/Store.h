#pragma once

#include "IngestEvent.h"
#include "Messages.h"
#include "Profile.h"
#include "SqlStatement.h"
#include "WalCheckpointer.h"

#include <QCache>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace omnidesk::server {

// An event as stored: the timeline entry plus the normalised body the cart is
// recomputed from.
struct StoredEvent
{
    QString id;
    QString profileId;
    QDateTime at;
    QString channel;
    QString type;
    QString summary;
    QJsonObject body;
    // The body as stored (CompactJson) when made beforehand, e.g. on the
    // parse thread; empty: insertEvent makes it from `body`.
    QByteArray bodyJson = {};
};

// One marketing consent as last given: the value (granted, denied) and the
// event that gave it, so a late event with an older time does not override it.
struct ConsentFact
{
    QString value;
    QDateTime at;
    QString eventId;
    friend bool operator==(const ConsentFact &, const ConsentFact &) = default;
};

// The stored columns of a profile (identities, timeline and next steps are
// read or computed separately).
struct ProfileRecord
{
    QString id;
    qint64 version = 0;
    QString name;
    QString tier;
    QDateTime createdAt;
    QDateTime updatedAt;
    Cart cart;                           // lines, currency, updatedAt (abandonedSince is computed on read)
    QMap<QString, ConsentFact> consents; // by channel: email, sms, phone
    qint64 lifetimeValue = 0;            // minor units; sum of purchases
    QDateTime lastPurchaseAt;

    Consents consentValues() const;
};

// One row of the audit trail: who did what to which profiles. `detail` never
// holds personal data (the kind of query, not its value).
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;       // user id
    QString action;      // profile.lookup, profile.view
    QStringList targets; // profile ids
    QString detail;
};

struct ApiKeyInfo
{
    QString name;
    QDateTime createdAt; // null for keys stored before schema version 2
};

// An outcome as stored: what the desktop logged, by whom and when.
struct StoredOutcome
{
    qint64 id = 0;
    QString agent;
    QDateTime storedAt;
    protocol::OutcomeLog log;
};

struct OutcomeRecord
{
    qint64 id = 0;
    bool duplicate = false;
    QDateTime storedAt;
    QString profileId;
};

// A call handed from the instance that routed it to the others sharing the
// database (ClusterBus); `callJson` is the encoded call.connected frame
// (the receiver loads the profile afresh).
struct RelayedCall
{
    qint64 id = 0;
    QDateTime at;
    QString agent;
    QString callId;
    QString profileId;
    QByteArray callJson;
};

// The service's persistence on SQLite or PostgreSQL: profiles, identities,
// events, outcomes, users, session tokens and integration keys. One
// QSqlDatabase connection per instance (unique name); SQLite in WAL mode;
// one list of versioned migrations for both dialects (toPostgres() in
// Store.cpp carries the SQLite text over).
// Used from the thread that created it only.
class Store
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // The schema version the migrations lead to.
    static int latestSchemaVersion();

    enum class Dialect { Sqlite, Postgres };

    // Opens (creating if needed) and migrates the database. `location` is a
    // SQLite file path, a sqlite:///path URL, or a PostgreSQL URL
    // (postgresql://user:password@host:port/dbname or postgres://…; query
    // items go to libpq, e.g. ?host=/run/postgresql&sslmode=require).
    // `upToVersion` (tests of migrations) stops the migrations at that version.
    bool open(const QString &location, int upToVersion = -1);
    Dialect dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect == Dialect::Postgres; }
    // True when the ingest statements run on SQLite's C API (SqlStatement).
    bool usesSqliteApi() const { return m_sqlite != nullptr; }
    static bool isPostgresUrl(const QString &location);
    // The location with any password masked, for logs and messages.
    static QString redactedLocation(const QString &location);
    // A second, independent connection to the same database under
    // `connectionName` (opened; check isOpen()); the caller removes it.
    QSqlDatabase openSibling(const QString &connectionName) const;
    void close();
    bool isOpen() const;
    QString errorString() const { return m_error; }
    // A failed statement's error as it may be logged: the driver's code
    // (SQLSTATE on PostgreSQL, the result code on SQLite), never its text,
    // which can quote the values involved (a unique violation's DETAIL names
    // the e-mail address or phone number that collided).
    static QString describeError(const QString &driverCode);
    static QString describeError(const QSqlError &error);
    int schemaVersion() const;
    // True when the store answers a trivial query (health check).
    bool ping() const;

    bool beginTransaction();
    bool commit();
    void rollback();
    // A batch (e.g. one POST /v1/events) runs in one transaction: inside it,
    // beginTransaction/commit/rollback work on a savepoint, so one event's
    // failure undoes that event only, and the batch commits once at the end.
    // The profiles a batch reads and updates stay in memory (profile() and
    // updateProfile() work on them) and are written once, at commitBatch();
    // a savepoint's rollback undoes its changes to them too.
    bool beginBatch();
    bool commitBatch();
    void rollbackBatch();
    bool inBatch() const { return m_inBatch; }
    // SQLite: how many profiles committed batches left in memory for the next
    // ones (see m_keptProfiles), at most kKeptProfiles.
    static constexpr int kKeptProfiles = 20000;
    int keptProfileCount() const { return int(m_keptProfiles.size()); }

    // Profiles and identities. A person key (every namespace but Phone)
    // belongs to one profile; a Phone may be shared by several.
    // The profile holding the identity; for a shared Phone the most recently updated one.
    QString profileIdForIdentity(const QString &ns, const QString &value) const;
    // Every profile holding the identity, most recently updated first.
    QStringList profileIdsForIdentity(const QString &ns, const QString &value) const;
    QString createProfile(const QDateTime &now);
    bool addIdentity(const Identity &identity, const QString &profileId);
    // True when the profile holds any person key (an identity other than Phone).
    bool hasPersonKey(const QString &profileId) const;
    // Moves everything of profile `from` (identities, events, outcomes,
    // aliases) to `into`, deletes `from` and remembers it as an alias of
    // `into`. The caller recomputes `into` and runs this inside a transaction.
    bool mergeProfiles(const QString &from, const QString &into, const QDateTime &now);
    // The profile a merged-away id now lives in, or empty when `id` is no alias.
    QString aliasTarget(const QString &id) const;
    // `id` itself when it is a profile, the surviving profile when it was
    // merged away, else empty.
    QString resolveProfileId(const QString &id) const;
    QList<Identity> identities(const QString &profileId) const;
    std::optional<ProfileRecord> profile(const QString &id) const;
    // Stores the profile's columns (in a batch: in memory until commitBatch()).
    // `asRead`: the row as profile() read it in the same transaction; the
    // columns it already holds are not written again (outside a batch).
    bool updateProfile(const ProfileRecord &record, const ProfileRecord *asRead = nullptr);
    int profileCount() const;
    // Profiles whose name contains `fragment` (case-insensitive), most recently
    // updated first, at most `limit`.
    QList<ProfileRecord> profilesByName(const QString &fragment, int limit) const;

    // Events.
    bool hasEvent(const QString &id) const;
    // The profile an event belongs to (after merges), or empty.
    QString profileOfEvent(const QString &id) const;
    bool insertEvent(const StoredEvent &event);
    enum class CommerceKinds { All, Purchases };
    // cart.add, cart.remove and purchase events (or purchases only), oldest first.
    // The query commerceEvents() runs (one `profile_id` value), for its plan.
    static QString commerceEventsSql(CommerceKinds kinds);
    QList<StoredEvent> commerceEvents(const QString &profileId,
                                      CommerceKinds kinds = CommerceKinds::All) const;
    // Sets `latest` to whether the commerce event `eventId` at `at` comes
    // after every other commerce event of the profile (by time, then id: the
    // cart's order), so the cart can be carried forward instead of
    // recomputed. False when the store cannot tell.
    bool isLatestCommerceEvent(const QString &profileId, const QString &eventId, const QDateTime &at,
                               bool *latest) const;
    QList<TimelineEvent> timeline(const QString &profileId, int limit) const; // newest first
    // The disposition of the newest `limit` logged outcomes on the timeline
    // (call.outcome, store.outcome), by event id: the next-step rules read it.
    QHash<QString, QString> outcomeDispositions(const QString &profileId, int limit) const;
    int eventCount() const;
    // One event as the timeline shows it.
    std::optional<TimelineEvent> timelineEvent(const QString &id) const;

    // Calls relayed between instances: returns the row id, or -1.
    qint64 addRelayedCall(const RelayedCall &call);
    std::optional<RelayedCall> relayedCall(qint64 id) const;

    // Outcomes, stored once per idempotency key.
    std::optional<OutcomeRecord> storeOutcome(const protocol::OutcomeLog &outcome, const QString &agent,
                                              const QDateTime &now);
    std::optional<StoredOutcome> outcome(qint64 id) const;
    int outcomeCount() const;

    // The connection, for read-only query classes (InteractionLog,
    // RecoveryReport) that run their own SQL; use on this thread only.
    QSqlDatabase database() const;
    // The plan of `sql` with `values` bound, one line per step (EXPLAIN on
    // PostgreSQL, EXPLAIN QUERY PLAN's detail column on SQLite); for tests
    // that check a query class's SQL stays on its indexes.
    QString queryPlan(const QString &sql, const QVariantList &values) const;

    // People and integrations.
    // Adds a user; an existing id is left as it is and counts as success (seeding).
    bool addUser(const protocol::UserInfo &user, const QString &password, int iterations);
    // Adds a user; fails when the id exists.
    bool createUser(const protocol::UserInfo &user, const QString &password, int iterations);
    bool userExists(const QString &userId) const;
    QList<protocol::UserInfo> users() const; // by id
    // Removes the user and its session tokens; false when unknown.
    bool removeUser(const QString &userId);
    std::optional<protocol::UserInfo> verifyPassword(const QString &userId, const QString &password) const;
    QString issueToken(const QString &userId, const QDateTime &expiresAt);
    std::optional<protocol::UserInfo> userForToken(const QString &token, const QDateTime &now) const;
    bool addApiKey(const QString &name, const QString &key, const QDateTime &createdAt = {});
    bool isApiKey(const QString &key) const;
    // The name of the integration key, or nullopt when it is not a stored key.
    std::optional<QString> apiKeyName(const QString &key) const;
    bool hasApiKeyNamed(const QString &name) const;
    QList<ApiKeyInfo> apiKeys() const; // by name
    // Deletes every key with this name; returns how many went (-1 on error).
    int revokeApiKeys(const QString &name);

    // Audit trail.
    bool addAudit(const AuditEntry &entry);
    QList<AuditEntry> auditEntries(int limit) const; // newest first
    // A page of the audit trail, newest first: entries with an id below
    // `beforeId` (0: from the newest).
    // nullopt when the audit table cannot be read.
    std::optional<QList<AuditEntry>> auditPage(int limit, qint64 beforeId) const;
    // True when `actor` looked up (profile.lookup) `profileId` at or after `since`.
    bool lookedUpBy(const QString &actor, const QString &profileId, const QDateTime &since) const;
    int userCount() const;

private:
    bool openPostgres(const QString &location);
    bool migrate();
    // Schema version 9: outcomes.notes_masked for every stored outcome.
    bool fillMaskedNotes();
    bool exec(const QString &sql);
    int count(const QString &table) const;
    void setError(const QString &what, const QString &detail);
    // The same for a failed statement: `what` names the statement, the
    // driver's error code says why (never the driver's text, see describeError).
    void setSqlError(const QString &what, const QString &driverCode);
    // Runs a prepared query; on failure records `what` with the driver's reason.
    bool execOrFail(QSqlQuery &query, const QString &what);
    // Runs a SAVEPOINT, RELEASE or ROLLBACK TO statement (prepared once).
    bool savepoint(const QString &sql);
    // BEGIN, COMMIT or ROLLBACK outside a batch: prepared once on SQLite,
    // through the driver on PostgreSQL.
    bool transactionStep(const QString &sql);
    // The statement for `sql`, prepared once on this connection and reused
    // (ingest runs the same few statements for every event). Bind the values
    // anew before each exec(); a SELECT must be finish()ed once read.
    QSqlQuery &prepared(const QString &sql) const;
    // The same for the ingest path's statements: on SQLite's C API where
    // the connection allows it (SqlStatement), else through QSqlQuery.
    SqlStatement &statement(const QString &sql) const;
    bool execOrFail(SqlStatement &statement, const QString &what);
    // A profile a batch holds in memory: its current state and the row as
    // stored (to write only the columns that changed).
    struct BatchProfile
    {
        ProfileRecord record;
        std::optional<ProfileRecord> stored; // unknown: write every column
        bool dirty = false;
    };
    // Remembers how profile `id` stood in the batch before the open savepoint
    // first changed it, so rollback() can put it back.
    void keepForUndo(const QString &id) const;
    // Writes the profile row; columns equal in `stored` are left alone.
    bool writeProfile(const ProfileRecord &record, const ProfileRecord *stored);
    // Writes the batch's changed profiles (at commitBatch).
    bool writeBatchProfiles();
    void endBatch();
    // storeOutcome's work inside its transaction.
    std::optional<OutcomeRecord> insertOutcome(const protocol::OutcomeLog &outcome, const QString &agent,
                                               const QDateTime &now);

    QString m_connectionName;
    QString m_error;
    int m_targetVersion = 0;
    Dialect m_dialect = Dialect::Sqlite;
    bool m_inBatch = false;
    bool m_inSavepoint = false;
    // Inside a batch: the profiles it read or changed, by id, and for the open
    // savepoint each touched profile's entry before it (nullopt: none).
    mutable QHash<QString, BatchProfile> m_batchProfiles;
    mutable QHash<QString, std::optional<BatchProfile>> m_savepointUndo;
    // SQLite: profiles as the last committed batches left them, so a batch
    // need not read and parse their rows again (most events belong to a
    // customer seen moments before). Filled only once a batch has committed;
    // an entry goes whenever its row changes any other way, and all go when
    // another connection has written since (PRAGMA data_version, checked as
    // each batch begins). Least recently used go first past kKeptProfiles.
    mutable QCache<QString, ProfileRecord> m_keptProfiles{kKeptProfiles};
    qint64 m_keptDataVersion = -1; // -1: nothing kept (not SQLite, or unknown)
    // Drops profile `id` from m_keptProfiles (its row is changing).
    void forgetKept(const QString &id) { m_keptProfiles.remove(id); }
    // At beginBatch: m_keptProfiles cleared when another connection wrote.
    void checkKeptProfiles();
    // Prepared statements by SQL text; node-based, so references stay valid
    // while others are added. Cleared before the connection closes.
    mutable std::map<QString, QSqlQuery> m_statements;
    mutable std::optional<QSqlQuery> m_unprepared; // the last statement whose prepare() failed (not kept)
    sqlite3 *m_sqlite = nullptr;                   // the connection's handle, for SqlStatement
    mutable std::map<QString, SqlStatement> m_hotStatements;
    mutable std::optional<SqlStatement> m_unpreparedHot;
    std::optional<QSqlQuery> m_savepointQuery;       // PostgreSQL: savepoint statements as text
    std::unique_ptr<WalCheckpointer> m_checkpointer; // SQLite with the C API: checkpoints off this thread
};

} // namespace omnidesk::server
