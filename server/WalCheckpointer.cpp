#include "WalCheckpointer.h"

#include "ServerLog.h"

#include <QThread>

#include <sqlite3.h>

namespace omnidesk::server {

std::unique_ptr<WalCheckpointer> WalCheckpointer::start(sqlite3 *db, int thresholdPages, int hardLimitPages)
{
    const char *file = db ? sqlite3_db_filename(db, "main") : nullptr;
    if (!file || !*file)
        return nullptr;
    sqlite3 *own = nullptr;
    if (sqlite3_open_v2(file, &own, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK ||
        // Checkpoints sync the log before and the database after copying, as
        // the application's connection (synchronous=NORMAL) would.
        sqlite3_exec(own, "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr) != SQLITE_OK) {
        qCWarning(lcServer) << "store: no checkpoint thread:" << sqlite3_errcode(own);
        sqlite3_close(own);
        return nullptr;
    }
    return std::unique_ptr<WalCheckpointer>(new WalCheckpointer(db, own, thresholdPages, hardLimitPages));
}

WalCheckpointer::WalCheckpointer(sqlite3 *db, sqlite3 *own, int thresholdPages, int hardLimitPages)
    : m_db(db), m_own(own), m_thresholdPages(thresholdPages),
      m_hardLimitPages(std::max(thresholdPages, hardLimitPages))
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("wal-checkpoint"));
    m_thread->start();
    sqlite3_wal_hook(m_db, &WalCheckpointer::onCommit, this);
}

WalCheckpointer::~WalCheckpointer()
{
    // Back to SQLite's automatic checkpoints for whatever the connection still writes.
    sqlite3_wal_autocheckpoint(m_db, kDefaultThresholdPages);
    {
        const QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    sqlite3_close(m_own);
}

int WalCheckpointer::checkpoints() const
{
    const QMutexLocker lock(&m_mutex);
    return m_checkpoints;
}

int WalCheckpointer::requests() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_requested);
}

int WalCheckpointer::onCommit(void *self, sqlite3 *, const char *, int frames)
{
    auto *checkpointer = static_cast<WalCheckpointer *>(self);
    // The log started over since the last request: count from its start.
    if (frames < checkpointer->m_framesAtRequest)
        checkpointer->m_framesAtRequest = 0;
    if (frames - checkpointer->m_framesAtRequest < checkpointer->m_thresholdPages &&
        frames < checkpointer->m_hardLimitPages)
        return SQLITE_OK;
    checkpointer->m_framesAtRequest = frames;
    QMutexLocker lock(&checkpointer->m_mutex);
    const quint64 request = ++checkpointer->m_requested;
    checkpointer->m_wake.wakeOne();
    if (frames >= checkpointer->m_hardLimitPages) {
        while (checkpointer->m_covered < request && !checkpointer->m_stop)
            checkpointer->m_done.wait(&checkpointer->m_mutex);
    }
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        while (!m_stop && m_covered == m_requested)
            m_wake.wait(&m_mutex);
        if (m_stop)
            break;
        const quint64 request = m_requested;
        lock.unlock();
        int logFrames = 0;
        int copied = 0;
        const int rc =
            sqlite3_wal_checkpoint_v2(m_own, "main", SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copied);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY)
            qCWarning(lcServer) << "store: checkpoint failed:" << rc;
        lock.relock();
        m_covered = request;
        ++m_checkpoints;
        m_done.wakeAll();
    }
    m_done.wakeAll();
}

} // namespace omnidesk::server
