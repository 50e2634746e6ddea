#include "RelativeTime.h"

namespace omnidesk::ui {

QString RelativeTime::ago(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid() || !now.isValid())
        return tr("unknown time");
    const qint64 seconds = std::max<qint64>(0, then.secsTo(now));
    if (seconds < 2)
        return tr("just now");
    if (seconds < 60)
        return tr("%1 s ago").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min ago").arg(seconds / 60);
    if (seconds < 48 * 3600)
        return tr("%1 h ago").arg(seconds / 3600);
    const qint64 days = seconds / 86400;
    return days == 1 ? tr("1 day ago") : tr("%1 days ago").arg(days);
}

} // namespace omnidesk::ui
