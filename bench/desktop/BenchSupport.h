#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace omnidesk::bench {
class ServiceProcess;
}

// Small helpers shared by the desktop benchmarks.
namespace omnidesk::bench::desktop {

// The phone number of the customer the benchmarks seed.
QString callerPhone();

// Resident set size of a process (0: this one) in KiB, from /proc; -1 when unknown.
qint64 rssKiB(qint64 pid = 0);

// Runs the event loop until `condition` holds or `timeoutMs` passed.
bool waitFor(const std::function<bool()> &condition, int timeoutMs);

// One ingest event for the benchmark customer: a cart add of one of 20
// products when `cart` is true, else a page view. `at` in ms since the epoch.
QJsonObject customerEvent(const QString &id, qint64 atMs, int n, bool cart);

// Seeds the customer with `history` events over the last 30 days (the newest
// 20 are cart adds) through POST /v1/events.
bool seedCustomer(ServiceProcess &service, int history, QString *error);

// Pops a call for the customer on agent1's desktop (POST /v1/calls).
bool popCall(ServiceProcess &service, const QString &callId, QString *error);

} // namespace omnidesk::bench::desktop
