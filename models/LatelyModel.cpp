#include "LatelyModel.h"

#include <algorithm>

namespace omnidesk {

LatelyModel::LatelyModel(QObject *parent)
    : QAbstractListModel(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

int LatelyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LatelyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent &event = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SummaryRole:
        return event.summary;
    case IdRole:
        return event.id;
    case AtRole:
        return event.at;
    case ChannelRole:
        return event.channel;
    case TypeRole:
        return event.type;
    default:
        return {};
    }
}

QHash<int, QByteArray> LatelyModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "eventId");
    names.insert(AtRole, "at");
    names.insert(ChannelRole, "channel");
    names.insert(TypeRole, "type");
    names.insert(SummaryRole, "summary");
    return names;
}

void LatelyModel::setTimeline(const QList<TimelineEvent> &timeline)
{
    beginResetModel();
    m_rows = latelySummary(timeline, m_clock());
    endResetModel();
}

void LatelyModel::addEvents(const QList<TimelineEvent> &events)
{
    const QDateTime now = m_clock();
    const QDateTime since = now.addDays(-kLatelyDays);
    removeExpired(since);
    const QDateTime until = now.addSecs(kLatelyFutureSecs);
    // Oldest first: of two events at the same time, the one nearer the top
    // of the timeline is added last and wins, as latelySummary keeps the first it reads.
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->at.isValid() && it->at >= since && it->at <= until)
            add(*it);
    }
}

void LatelyModel::removeExpired(const QDateTime &since)
{
    // Newest first: the expired rows are the tail.
    const auto first = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                    [&since](const TimelineEvent &row) { return row.at < since; });
    const int from = int(first - m_rows.cbegin());
    if (from == m_rows.size())
        return;
    beginRemoveRows({}, from, int(m_rows.size()) - 1);
    m_rows.resize(from);
    endRemoveRows();
}

void LatelyModel::add(const TimelineEvent &event)
{
    const auto same = std::find_if(m_rows.cbegin(), m_rows.cend(), [&event](const TimelineEvent &row) {
        return row.channel == event.channel;
    });
    const int old = same == m_rows.cend() ? -1 : int(same - m_rows.cbegin());
    if (old >= 0 && event.at < same->at)
        return; // the channel has a newer event
    // Before every row at the same time or older (a row read earlier comes later in the timeline).
    const auto before = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const TimelineEvent &row) {
        return row.at <= event.at && row.channel != event.channel;
    });
    int to = int(before - m_rows.cbegin());
    if (old < 0) {
        beginInsertRows({}, to, to);
        m_rows.insert(to, event);
        endInsertRows();
        return;
    }
    // Newer than the channel's row, so it only moves up (or stays).
    if (to > old)
        to = old;
    if (to != old) {
        beginMoveRows({}, old, old, {}, to);
        m_rows.move(old, to);
        endMoveRows();
    }
    m_rows[to] = event;
    const QModelIndex changed = index(to);
    Q_EMIT dataChanged(changed, changed);
}

} // namespace omnidesk
