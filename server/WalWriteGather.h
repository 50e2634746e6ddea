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
// Nothing in the log may be read before it is written: the gathered bytes go
// to the file before any read, sync, truncation or size query of that log,
// when they would not directly follow the gathered ones, when 64 KiB have
// been gathered, and — for other connections and processes, which find new frames
// only through the shared-memory index — whenever any connection of this
// process issues a shared-memory barrier or lock, which SQLite does before it
// publishes a commit's frames in the index. A crash loses only frames no
// reader could have seen yet, as an interrupted commit would.
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
