#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace omnidesk::ui {

// Short, translated descriptions of how long ago something happened.
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)
public:
    // "just now", "4 s ago", "12 min ago", "5 h ago", "3 days ago".
    static QString ago(const QDateTime &then, const QDateTime &now);
};

} // namespace omnidesk::ui
