#include "WalWriteGather.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

namespace omnidesk::server::WalWriteGather {
namespace {

// The unix VFS writes at most 128 KiB - 1 bytes per call (it masks larger
// sizes: SQLite itself never writes more than a page), so gathered frames go
// out in pieces of up to 64 KiB: one system call for 15 frames of 4 KiB
// pages instead of 30.
constexpr int kGatherBytes = 64 << 10;

constexpr char kVfsName[] = "omnidesk-wal-gather";

std::atomic<quint64> g_logWrites{0};
std::atomic<quint64> g_systemWrites{0};

// A frame's header: page number, then the database's size in pages after
// the commit for a commit's last frame (zero for every other frame), salts
// and checksums. SQLite writes a frame as its header, then its page.
constexpr int kFrameHeaderBytes = 24;

bool isCommitHeader(const void *data, int amount)
{
    if (amount != kFrameHeaderBytes)
        return false;
    const auto *bytes = static_cast<const unsigned char *>(data);
    return (bytes[4] | bytes[5] | bytes[6] | bytes[7]) != 0;
}

// The bytes gathered for one open log file, and that file. Only frames
// appended at the log's end are gathered (the transaction being written);
// anything rewritten in place goes to the file at once.
struct Gathered
{
    sqlite3_file *real = nullptr;
    std::mutex mutex; // the connection's thread, and flushAll() from any other
    std::unique_ptr<char[]> bytes;
    sqlite3_int64 start = 0; // file offset of bytes[0]
    int used = 0;
    sqlite3_int64 end = 0;           // the log's end: the offset after the last appended byte
    sqlite3_int64 commitPageAt = -1; // where the page of a commit header just appended goes
    // A write of gathered bytes failed: from this offset on the log is not
    // what SQLite wrote. Every call that needs those bytes fails (SQLite
    // rolls the transaction back) until SQLite writes there anew.
    sqlite3_int64 failedAt = -1;
    int failedRc = SQLITE_OK;

    // Writes the gathered bytes; the caller holds `mutex`.
    int flushLocked()
    {
        if (failedAt >= 0)
            return failedRc;
        if (used == 0)
            return SQLITE_OK;
        const int rc = real->pMethods->xWrite(real, bytes.get(), used, start);
        g_systemWrites.fetch_add(1, std::memory_order_relaxed);
        if (rc != SQLITE_OK) {
            failedAt = start;
            failedRc = rc;
        }
        used = 0;
        return rc;
    }
    int flush()
    {
        const std::lock_guard lock(mutex);
        return flushLocked();
    }
    // Whether bytes from `offset` on are missing after a failed write.
    bool lost(sqlite3_int64 offset, sqlite3_int64 length) const
    {
        return failedAt >= 0 && offset + length > failedAt;
    }
};

// Every log file open in the process with gathering on.
std::mutex g_registryMutex;
std::vector<Gathered *> g_open;

// Writes what every open log gathered (the bytes go where SQLite put them,
// whichever thread writes them).
void flushAll()
{
    const std::lock_guard lock(g_registryMutex);
    for (Gathered *gathered : g_open)
        gathered->flush();
}

// What SQLite holds for a file opened through this VFS: the wrapped VFS's
// file follows right after it in the same allocation.
struct File
{
    sqlite3_file base;
    sqlite3_file *real;
    Gathered *log; // only for a write-ahead log
};

sqlite3_vfs *g_wrapped = nullptr;
sqlite3_vfs g_vfs{};

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file)->real;
}

Gathered *logOf(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file)->log;
}

// Writes a log file's gathered bytes before an operation that must see them
// (or reports the write that failed).
int flushLog(sqlite3_file *file)
{
    Gathered *log = logOf(file);
    return log ? log->flush() : SQLITE_OK;
}

int fileClose(sqlite3_file *file)
{
    auto *f = reinterpret_cast<File *>(file);
    int rc = SQLITE_OK;
    if (f->log) {
        {
            const std::lock_guard lock(g_registryMutex);
            g_open.erase(std::find(g_open.begin(), g_open.end(), f->log), g_open.end());
        }
        rc = f->log->flush();
        delete f->log;
        f->log = nullptr;
    }
    const int closed = f->real->pMethods->xClose(f->real);
    return rc != SQLITE_OK ? rc : closed;
}

int fileRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    if (Gathered *log = logOf(file)) {
        const std::lock_guard lock(log->mutex);
        log->flushLocked(); // a failure marks what it lost; reads before that go on
        if (log->lost(offset, amount))
            return log->failedRc;
    }
    sqlite3_file *real = realOf(file);
    return real->pMethods->xRead(real, buffer, amount, offset);
}

int fileWrite(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
{
    sqlite3_file *real = realOf(file);
    Gathered *log = logOf(file);
    if (!log)
        return real->pMethods->xWrite(real, data, amount, offset);
    g_logWrites.fetch_add(1, std::memory_order_relaxed);
    const std::lock_guard lock(log->mutex);
    if (log->failedAt >= 0) {
        if (offset > log->failedAt)
            return log->failedRc;
        log->failedAt = -1; // SQLite writes the lost part anew
    }
    // The log's header at offset 0: SQLite starts the log over.
    if (offset == 0)
        log->end = 0;
    const bool commitPage = offset == log->commitPageAt;
    log->commitPageAt = -1;
    if (offset != log->end || amount > kGatherBytes) {
        // Not an append (a page or a header rewritten in place, which may be
        // a commit's last write), or too large: at once, after what is gathered.
        if (const int rc = log->flushLocked(); rc != SQLITE_OK)
            return rc;
        g_systemWrites.fetch_add(1, std::memory_order_relaxed);
        log->end = std::max(log->end, offset + amount);
        return real->pMethods->xWrite(real, data, amount, offset);
    }
    if (log->used + amount > kGatherBytes) {
        if (const int rc = log->flushLocked(); rc != SQLITE_OK)
            return rc;
    }
    if (log->used == 0)
        log->start = offset;
    std::memcpy(log->bytes.get() + log->used, data, size_t(amount));
    log->used += amount;
    log->end = offset + amount;
    if (isCommitHeader(data, amount))
        log->commitPageAt = log->end;
    // A commit's last frame is complete: the commit goes to the file now,
    // before SQLite publishes it in the shared index, and a failed write
    // fails the commit.
    return commitPage ? log->flushLocked() : SQLITE_OK;
}

int fileTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    flushLog(file); // a failure is forgotten below if the truncation cuts it off
    if (Gathered *log = logOf(file)) {
        const std::lock_guard lock(log->mutex);
        log->end = std::min(log->end, size);
        if (log->failedAt >= size)
            log->failedAt = -1; // the lost part is cut off
    }
    sqlite3_file *real = realOf(file);
    return real->pMethods->xTruncate(real, size);
}

int fileSync(sqlite3_file *file, int flags)
{
    if (const int rc = flushLog(file); rc != SQLITE_OK)
        return rc;
    sqlite3_file *real = realOf(file);
    return real->pMethods->xSync(real, flags);
}

int fileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    if (const int rc = flushLog(file); rc != SQLITE_OK)
        return rc;
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFileSize(real, size);
}

int fileLock(sqlite3_file *file, int level)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xLock(real, level);
}

int fileUnlock(sqlite3_file *file, int level)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xUnlock(real, level);
}

int fileCheckReservedLock(sqlite3_file *file, int *result)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xCheckReservedLock(real, result);
}

int fileControl(sqlite3_file *file, int op, void *argument)
{
    if (const int rc = flushLog(file); rc != SQLITE_OK)
        return rc;
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFileControl(real, op, argument);
}

int fileSectorSize(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xSectorSize(real);
}

int fileDeviceCharacteristics(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xDeviceCharacteristics(real);
}

// The shared-memory index belongs to the database file. SQLite issues a
// barrier between writing a new index header's two copies and takes or drops
// locks around every transaction. A commit is in its log by then already (at
// its last frame, or written in place); what may still be gathered is an
// unfinished transaction's frames, which no other connection can see. They
// go out here too, so no gathered byte outlives a transaction's locks (a
// failure shows at the log's next call).
int fileShmMap(sqlite3_file *file, int page, int pageSize, int extend, void volatile **mapped)
{
    sqlite3_file *real = realOf(file);
    if (real->pMethods->iVersion < 2 || !real->pMethods->xShmMap)
        return SQLITE_IOERR_SHMMAP;
    return real->pMethods->xShmMap(real, page, pageSize, extend, mapped);
}

int fileShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    flushAll();
    sqlite3_file *real = realOf(file);
    if (real->pMethods->iVersion < 2 || !real->pMethods->xShmLock)
        return SQLITE_IOERR_SHMLOCK;
    return real->pMethods->xShmLock(real, offset, n, flags);
}

void fileShmBarrier(sqlite3_file *file)
{
    flushAll();
    sqlite3_file *real = realOf(file);
    if (real->pMethods->iVersion >= 2 && real->pMethods->xShmBarrier)
        real->pMethods->xShmBarrier(real);
}

int fileShmUnmap(sqlite3_file *file, int deleteFlag)
{
    sqlite3_file *real = realOf(file);
    if (real->pMethods->iVersion < 2 || !real->pMethods->xShmUnmap)
        return SQLITE_OK;
    return real->pMethods->xShmUnmap(real, deleteFlag);
}

int fileFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **pointer)
{
    sqlite3_file *real = realOf(file);
    if (logOf(file) || real->pMethods->iVersion < 3 || !real->pMethods->xFetch) {
        *pointer = nullptr; // SQLite reads with xRead instead
        return SQLITE_OK;
    }
    return real->pMethods->xFetch(real, offset, amount, pointer);
}

int fileUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *pointer)
{
    sqlite3_file *real = realOf(file);
    if (real->pMethods->iVersion < 3 || !real->pMethods->xUnfetch)
        return SQLITE_OK;
    return real->pMethods->xUnfetch(real, offset, pointer);
}

const sqlite3_io_methods g_methods = {
    3,
    fileClose,
    fileRead,
    fileWrite,
    fileTruncate,
    fileSync,
    fileSize,
    fileLock,
    fileUnlock,
    fileCheckReservedLock,
    fileControl,
    fileSectorSize,
    fileDeviceCharacteristics,
    fileShmMap,
    fileShmLock,
    fileShmBarrier,
    fileShmUnmap,
    fileFetch,
    fileUnfetch,
};

int vfsOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *f = reinterpret_cast<File *>(file);
    f->real = reinterpret_cast<sqlite3_file *>(f + 1);
    f->log = nullptr;
    const int rc = g_wrapped->xOpen(g_wrapped, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK || !f->real->pMethods) {
        // SQLite calls no method of a file whose open failed.
        f->base.pMethods = nullptr;
        return rc == SQLITE_OK ? SQLITE_CANTOPEN : rc;
    }
    if (flags & SQLITE_OPEN_WAL) {
        auto *log = new Gathered;
        log->real = f->real;
        log->bytes = std::make_unique<char[]>(kGatherBytes);
        f->log = log;
        const std::lock_guard lock(g_registryMutex);
        g_open.push_back(log);
    }
    f->base.pMethods = &g_methods;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDirectory)
{
    return g_wrapped->xDelete(g_wrapped, name, syncDirectory);
}

int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *result)
{
    return g_wrapped->xAccess(g_wrapped, name, flags, result);
}

int vfsFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_wrapped->xFullPathname(g_wrapped, name, size, out);
}

} // namespace

bool install()
{
    static const bool installed = [] {
        g_wrapped = sqlite3_vfs_find(nullptr);
        if (!g_wrapped)
            return false;
        // The wrapped VFS's own functions for everything but files and paths
        // (randomness, time, sleeping, dynamic loading, system calls).
        g_vfs = *g_wrapped;
        g_vfs.pNext = nullptr;
        g_vfs.zName = kVfsName;
        g_vfs.szOsFile = int(sizeof(File)) + g_wrapped->szOsFile;
        g_vfs.xOpen = vfsOpen;
        g_vfs.xDelete = vfsDelete;
        g_vfs.xAccess = vfsAccess;
        g_vfs.xFullPathname = vfsFullPathname;
        return sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
    }();
    return installed;
}

const char *vfsName()
{
    return kVfsName;
}

Counts counts()
{
    return Counts{g_logWrites.load(std::memory_order_relaxed),
                  g_systemWrites.load(std::memory_order_relaxed)};
}

} // namespace omnidesk::server::WalWriteGather
