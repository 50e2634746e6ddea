#pragma once

#include <QtGlobal>

namespace omnidesk::server {

// An SQLite VFS that wraps the default one (unix) and gathers the writes a
// connection makes to its write-ahead log. SQLite writes each frame of a
// commit as two pwrite() calls (the frame's 24-byte header, then the page), so
// a batch of events that dirties 800 pages costs 1,600 system calls; here the
// frames, which follow each other in the file, are collected in memory and
// written 64 KiB at a time (about 50 calls for those 800 pages).
//
// Only frames appended at the log's end are gathered; a write in place (a
// page or header SQLite rewrites within a transaction) goes out at once. The
// gathered bytes are written when a commit's last frame is complete — before
// SQLite publishes the commit in the shared-memory index where other
// connections and processes find frames, and so that a failed write fails
// the commit —, before any read, sync, truncation or size query of that log,
// when 64 KiB are gathered, and whenever a connection of the process issues
// a shared-memory barrier or lock (an unfinished transaction's frames).
// After a gathered write fails, every call that needs the lost bytes fails
// too (SQLite rolls the transaction back) until SQLite writes there anew. A
// crash loses only frames of commits not yet reported, as without gathering.
//
// Database files and every other file pass straight through.
namespace WalWriteGather {

// Registers the VFS as SQLite's default (once per process): connections
// opened afterwards use it. False when there is no default VFS to wrap.
bool install();
// The VFS's registered name.
const char *vfsName();

// Write calls SQLite made to logs, and write calls that reached the
// operating system for them, since the process started.
struct Counts
{
    quint64 logWrites = 0;
    quint64 systemWrites = 0;
};
Counts counts();

} // namespace WalWriteGather
} // namespace omnidesk::server
