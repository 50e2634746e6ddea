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
// A checkpoint is asked for each time the log has grown by `thresholdPages`
// frames since the last request, so one checkpoint covers many commits and
// copies a page they all rewrote (a busy profile row, an index leaf) once,
// not once per commit. The writer keeps committing while a checkpoint runs
// (a PASSIVE checkpoint takes no lock a writer needs); under steady writes a
// checkpoint never catches up with the log's end, so the log only grows. Once
// it holds `hardLimitPages` frames, a commit waits for a checkpoint that
// covers it, so the next transaction starts the log over: the log stays near
// that size however fast writes come.
//
// Installs itself as the connection's WAL hook (replacing SQLite's automatic
// checkpoint); the connection must outlive it. All SQL of the application
// stays on the connection's own thread: this one only checkpoints.
class WalCheckpointer
{
public:
    // About 16 MiB of log per checkpoint and at most about 96 MiB of log (4 KiB
    // pages): sustained ingest rewrites ~800 pages per batch of 500 events,
    // most of them the same few thousand (docs/performance.md, item 21).
    static constexpr int kDefaultThresholdPages = 4000;
    static constexpr int kDefaultHardLimitPages = 24000;

    // Nullptr when `db` has no database file (in memory) or the second
    // connection cannot be opened; SQLite then checkpoints as before.
    static std::unique_ptr<WalCheckpointer> start(sqlite3 *db, int thresholdPages = kDefaultThresholdPages,
                                                  int hardLimitPages = kDefaultHardLimitPages);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Checkpoints run so far (each may cover several requests).
    int checkpoints() const;
    // Commits that asked for a checkpoint so far.
    int requests() const;

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
    int m_framesAtRequest = 0; // the log's length at the last request (the writer's thread only)
    quint64 m_requested = 0;   // commits that asked for a checkpoint
    quint64 m_covered = 0;     // the last request a finished checkpoint covers
    int m_checkpoints = 0;
    bool m_stop = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace omnidesk::server
