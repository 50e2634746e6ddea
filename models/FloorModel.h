#pragma once

#include "Profile.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <functional>

namespace omnidesk {

// The supervisors' live floor: one row per agent or store user with their
// state, how long they have been in it, the call they are on and their
// wrap-up. Filled from floor.state and kept current by floor.agent changes;
// the times are recomputed by refreshTimes() (the view calls it every second),
// which signals one collapsed dataChanged for the time columns.
class FloorModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PersonColumn,
        StateColumn,
        InStateColumn,
        CallColumn,
        WrapUpColumn,
        DesktopsColumn,
        ColumnCount
    };
    enum Role {
        AgentIdRole = Qt::UserRole + 1,
        StateRole,     // the protocol state code
        StateRankRole, // on_call, wrap_up, available, break, offline: sorts busy people first
        AttentionRole, // true for a wrap-up past its end or extended
        SortRole,      // per column: state rank then name, seconds, or the number
    };
    Q_ENUM(Role)

    using Clock = std::function<QDateTime()>;
    explicit FloorModel(QObject *parent = nullptr);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The first frame of a floor.state replaces everything; later frames of
    // the same answer are appended (replace false).
    void setAgents(const QList<FloorAgent> &agents, bool replace = true);
    // A floor.agent change: updates the person's row, or adds it.
    void updateAgent(const FloorAgent &agent);
    void clear();
    void refreshTimes();

    const FloorAgent &agentAt(int row) const { return m_agents.at(row); }
    int rowOf(const QString &agentId) const;
    // "3 available · 1 on call · 1 in wrap-up (1 over) · 0 on break · 2 offline"
    QString summary() const;
    bool needsAttention(const FloorAgent &agent) const;

    static QString stateLabel(const QString &state);
    static int stateRank(const QString &state);
    // 0:42, 12:05, 1:02:09
    static QString duration(qint64 seconds);

private:
    QDateTime now() const;
    QVariant sortKey(const FloorAgent &agent, int column) const;

    QList<FloorAgent> m_agents;
    Clock m_clock;
};

} // namespace omnidesk
