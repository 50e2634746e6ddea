#pragma once

namespace omnidesk::server {

// Every agent connection holds a file descriptor, and the default soft limit
// (often 1,024) is far below the 10,000 connections a service is sized for.
// At start the service lifts its soft limit to the hard one, which the
// administrator sets (systemd: LimitNOFILE=, packaging/systemd).
class OpenFileLimit
{
public:
    // Raises the soft limit to the hard limit; returns the soft limit now in
    // force, or -1 when there is none (unlimited, or not a Unix system).
    static long long raiseToHardLimit();
};

} // namespace omnidesk::server
