#pragma once

#include "Profile.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>

#include <functional>

namespace omnidesk {

// "What happened lately": the newest event of each channel in the last two
// weeks, newest first (latelySummary() as a model). A reset reads a whole
// timeline; events streamed in afterwards are added one by one, each
// changing, moving, inserting or removing only the rows it touches, so a
// live timeline does not make the strip read thousands of rows per event.
//
// An event counts when it lies in the window at the moment it is read (not
// older than two weeks, at most five minutes in the future); a row leaves
// when a later read finds it older than the window.
class LatelyModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        AtRole,
        ChannelRole,
        TypeRole,
        SummaryRole,
    };
    Q_ENUM(Role)
    using Clock = std::function<QDateTime()>;

    explicit LatelyModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Replaces the rows with those of a timeline (newest first), in one reset.
    void setTimeline(const QList<TimelineEvent> &timeline);
    // Adds events that come before every event read so far (newest first, as
    // TimelineModel::prependEvents takes them).
    void addEvents(const QList<TimelineEvent> &events);
    void clear() { setTimeline({}); }

    const QList<TimelineEvent> &events() const { return m_rows; } // newest first

private:
    void removeExpired(const QDateTime &since);
    void add(const TimelineEvent &event);

    QList<TimelineEvent> m_rows;
    Clock m_clock;
};

} // namespace omnidesk
