#pragma once

#include <QString>

namespace omnidesk::bench {
class BenchResults;
}

// The four desktop benchmarks of bench_desktop; each adds its figures to
// `results` and returns false (after printing why on stderr) when it could not run.
namespace omnidesk::bench::desktop {

struct Options
{
    int startRuns = 25;        // cold starts to the sign-in window
    int memoryRuns = 5;        // desktop processes measured for memory
    int memoryHistory = 10000; // history events of the profile opened
    int settleMs = 2000;       // idle time before RSS is read
    int timelineEvents = 100000;
    int timelineRuns = 30; // filter and scroll samples per kind
    int liveRate = 1000;   // events/s POSTed during the live benchmark
    int liveSeconds = 10;
    int liveBatch = 1;      // events per POST
    int liveCartEvery = 10; // every n-th live event is a cart add, the others page views
};

bool runStartup(const Options &options, BenchResults &results);
bool runMemory(const Options &options, BenchResults &results);
bool runTimeline(const Options &options, BenchResults &results);
bool runLive(const Options &options, BenchResults &results);

// The load generator the live benchmark starts as a child process: POSTs
// `rate` events/s to `url` for `seconds` (every `cartEvery`-th a cart add), then writes "<event id> <ns>"
// lines (the monotonic clock when each POST was handed to Qt) to `outFile`.
int runFeeder(const QString &url, int rate, int seconds, int batch, int cartEvery, const QString &outFile);

} // namespace omnidesk::bench::desktop
