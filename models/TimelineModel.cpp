#include "TimelineModel.h"

namespace omnidesk {

QString TimelineModel::channelName(const QString &channel)
{
    static const struct
    {
        const char *id;
        const char *name;
    } names[] = {
        {"web", QT_TR_NOOP("Web")},     {"app", QT_TR_NOOP("App")},   {"email", QT_TR_NOOP("Email")},
        {"sms", QT_TR_NOOP("SMS")},     {"push", QT_TR_NOOP("Push")}, {"chat", QT_TR_NOOP("Chat")},
        {"store", QT_TR_NOOP("Store")}, {"call", QT_TR_NOOP("Call")}, {"other", QT_TR_NOOP("Other")},
    };
    for (const auto &entry : names) {
        if (channel == QLatin1StringView(entry.id))
            return tr(entry.name);
    }
    return channel;
}

TimelineModel::TimelineModel(QObject *parent) : QAbstractTableModel(parent) {}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const TimelineModel::Row &TimelineModel::rowAt(int row) const
{
    return m_rows[std::size_t(storageIndex(row))];
}

const TimelineEvent &TimelineModel::eventAt(int row) const
{
    return rowAt(row).event;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            if (row.timeText.isNull()) {
                // Formatted once per row; the view asks again on every paint.
                const_cast<Row &>(row).timeText =
                    row.event.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            }
            return row.timeText;
        case ChannelColumn:
            if (row.channelText.isNull())
                const_cast<Row &>(row).channelText = channelName(row.event.channel);
            return row.channelText;
        case SummaryColumn:
            return row.event.summary;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == SummaryColumn ? QVariant(row.event.summary) : QVariant();
    case IdRole:
        return row.event.id;
    case AtRole:
        return row.event.at;
    case ChannelRole:
        return row.event.channel;
    case TypeRole:
        return row.event.type;
    case SummaryRole:
        return row.event.summary;
    case NewRole:
        return index.row() < m_newCount;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ChannelColumn:
        return tr("Channel");
    case SummaryColumn:
        return tr("What happened");
    }
    return {};
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "eventId");
    names.insert(AtRole, "at");
    names.insert(ChannelRole, "channel");
    names.insert(TypeRole, "type");
    names.insert(SummaryRole, "summary");
    names.insert(NewRole, "isNew");
    return names;
}

void TimelineModel::setEvents(const QList<TimelineEvent> &events)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(std::size_t(events.size()));
    for (auto it = events.crbegin(); it != events.crend(); ++it)
        m_rows.push_back(Row{*it, {}, {}});
    m_newCount = 0;
    endResetModel();
}

void TimelineModel::prependEvents(const QList<TimelineEvent> &events)
{
    const int previouslyNew = m_newCount;
    if (events.isEmpty()) {
        clearNew();
        return;
    }
    const int count = int(events.size());
    beginInsertRows({}, 0, count - 1);
    // No exact reserve here: with events streaming in one by one it would
    // reallocate (and move every row) on each call; push_back grows geometrically.
    for (auto it = events.crbegin(); it != events.crend(); ++it)
        m_rows.push_back(Row{*it, {}, {}});
    m_newCount = count;
    endInsertRows();
    // Rows that were new before this batch moved down by `count`.
    if (previouslyNew > 0) {
        const int first = count;
        const int last = std::min(count + previouslyNew, rowCount()) - 1;
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1), {NewRole});
    }
}

void TimelineModel::clearNew()
{
    if (m_newCount == 0)
        return;
    const int last = std::min(m_newCount, rowCount()) - 1;
    m_newCount = 0;
    if (last >= 0)
        emit dataChanged(index(0, 0), index(last, ColumnCount - 1), {NewRole});
}

void TimelineModel::clear()
{
    setEvents({});
}

} // namespace omnidesk
