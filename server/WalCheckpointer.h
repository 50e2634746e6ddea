#pragma once

#include <QMutex>
#include <QWaitCondition>

#include <memory>

struct sqlite3;
class QThread;

namespace omnidesk::server {

// Checkpoints an SQLite database's write-ahead log on a thread of its own,
// through a second connection, instead of inside the commit that crosses
// SQLite's auto-checkpoint mark. A checkpoint copies the log's pages into the
// database file and syncs both (fdatasync), which held the ingest thread for
// milliseconds per checkpoint; here the committing thread only signals.
//
// The writer keeps committing while a checkpoint runs (a PASSIVE checkpoint
// takes no lock a writer needs). Once the log holds `hardLimitPages` frames,
// a commit waits for a checkpoint that covers it, so the next transaction can
// start the log over: the log stays near that size however fast writes come.
//
// Installs itself as the connection's WAL hook (replacing SQLite's automatic
// checkpoint); the connection must outlive it. All SQL of the application
// stays on the connection's own thread: this one only checkpoints.
class WalCheckpointer
{
public:
    static constexpr int kDefaultThresholdPages = 1000; // SQLite's own auto-checkpoint mark
    static constexpr int kDefaultHardLimitPages = 8000;

    // Nullptr when `db` has no database file (in memory) or the second
    // connection cannot be opened; SQLite then checkpoints as before.
    static std::unique_ptr<WalCheckpointer> start(sqlite3 *db, int thresholdPages = kDefaultThresholdPages,
                                                  int hardLimitPages = kDefaultHardLimitPages);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Checkpoints run so far (each may cover several requests).
    int checkpoints() const;

private:
    WalCheckpointer(sqlite3 *db, sqlite3 *own, int thresholdPages, int hardLimitPages);
    static int onCommit(void *self, sqlite3 *db, const char *name, int frames);
    void run();

    sqlite3 *m_db;  // the application's connection (not owned)
    sqlite3 *m_own; // this thread's connection
    const int m_thresholdPages;
    const int m_hardLimitPages;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_done;
    quint64 m_requested = 0; // commits that asked for a checkpoint
    quint64 m_covered = 0;   // the last request a finished checkpoint covers
    int m_checkpoints = 0;
    bool m_stop = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace omnidesk::server
