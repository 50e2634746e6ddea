#pragma once

#include <QDateTime>

#include <functional>

namespace omnidesk::server {

// The service's notion of "now", injectable so tests can move time.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace omnidesk::server
