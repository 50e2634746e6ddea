#pragma once

#include "Profile.h"

#include <QAbstractTableModel>
#include <QList>

#include <vector>

namespace omnidesk {

// Cross-channel timeline, newest first. Rows are stored oldest first so that
// prepending new events is an append; the time text of a row is formatted
// once, on first display, so data() does no per-call allocation after that.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ChannelColumn, SummaryColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1,
        AtRole,
        ChannelRole,
        TypeRole,
        SummaryRole,
        NewRole, // added by the latest prependEvents()
    };
    Q_ENUM(Role)

    // The channel's name for people ("SMS" for "sms"), translated.
    static QString channelName(const QString &channel);

    explicit TimelineModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces all events (newest first) with one reset.
    void setEvents(const QList<TimelineEvent> &events);
    // Adds newer events (newest first) at the top with one insert.
    void prependEvents(const QList<TimelineEvent> &events);
    void clear();

    const TimelineEvent &eventAt(int row) const;
    // Number of rows added by the latest prependEvents() (they are rows 0..n-1).
    int newCount() const { return m_newCount; }
    void clearNew();

private:
    struct Row
    {
        TimelineEvent event;
        QString timeText; // filled lazily
        QString channelText;
    };
    int storageIndex(int row) const { return int(m_rows.size()) - 1 - row; }
    const Row &rowAt(int row) const;

    std::vector<Row> m_rows; // oldest first
    int m_newCount = 0;
};

} // namespace omnidesk
