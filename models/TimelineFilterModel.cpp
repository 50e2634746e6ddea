#include "TimelineFilterModel.h"

#include "TimelineModel.h"

namespace omnidesk {

TimelineFilterModel::TimelineFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // New rows from prependEvents() are filtered as they arrive.
    setDynamicSortFilter(true);
}

void TimelineFilterModel::setChannel(const QString &channel)
{
    if (channel == m_channel)
        return;
    m_channel = channel;
    refilter();
}

void TimelineFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    refilter();
}

void TimelineFilterModel::refilter()
{
    // One layout change rather than invalidateRowsFilter(): that one removes
    // and inserts every run of rows that changed, one signal pair per run,
    // which for 100,000 interleaved events costs the views seconds (see
    // docs/performance.md, bench/desktop). Sorting is off, so this only refilters.
    invalidate();
    emit filterChanged();
}

bool TimelineFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFiltering())
        return true;
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex index = source->index(sourceRow, 0, sourceParent);
    // The source hands out implicitly shared strings: no copy of the text here.
    if (!m_channel.isEmpty() && source->data(index, TimelineModel::ChannelRole).toString() != m_channel)
        return false;
    if (!m_searchText.isEmpty() && !source->data(index, TimelineModel::SummaryRole)
                                        .toString()
                                        .contains(m_searchText, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace omnidesk
