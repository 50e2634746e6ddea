#pragma once

#include <QSortFilterProxyModel>

namespace omnidesk {

// Narrows a TimelineModel to one channel and/or the events whose summary
// contains a piece of text. Keeps the source order (newest first); it filters,
// it does not sort.
class TimelineFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TimelineFilterModel(QObject *parent = nullptr);

    // The channel id to keep ("sms"), or empty for all channels.
    QString channel() const { return m_channel; }
    void setChannel(const QString &channel);

    // Case-insensitive text to look for in the summary; surrounding
    // whitespace is ignored, empty keeps every event.
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);

    // True when a channel or search text narrows the rows.
    bool isFiltering() const { return !m_channel.isEmpty() || !m_searchText.isEmpty(); }

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QString m_channel;
    QString m_searchText;
};

} // namespace omnidesk
