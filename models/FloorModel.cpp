#include "FloorModel.h"

#include <limits>

namespace omnidesk {

FloorModel::FloorModel(QObject *parent)
    : QAbstractTableModel(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

QDateTime FloorModel::now() const
{
    return m_clock();
}

int FloorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agents.size());
}

int FloorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FloorModel::stateLabel(const QString &state)
{
    if (state == QLatin1StringView("available"))
        return tr("Available");
    if (state == QLatin1StringView("on_call"))
        return tr("On call");
    if (state == QLatin1StringView("wrap_up"))
        return tr("Wrap-up");
    if (state == QLatin1StringView("break"))
        return tr("Break");
    if (state == QLatin1StringView("offline"))
        return tr("Offline");
    return state;
}

int FloorModel::stateRank(const QString &state)
{
    static const QStringList order{QStringLiteral("on_call"), QStringLiteral("wrap_up"),
                                   QStringLiteral("available"), QStringLiteral("break"),
                                   QStringLiteral("offline")};
    const qsizetype rank = order.indexOf(state);
    return rank < 0 ? int(order.size()) : int(rank);
}

QString FloorModel::duration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    const QString mm = QStringLiteral("%1").arg(m, h > 0 ? 2 : 1, 10, QLatin1Char('0'));
    const QString ss = QStringLiteral("%1").arg(s, 2, 10, QLatin1Char('0'));
    return h > 0 ? QStringLiteral("%1:%2:%3").arg(h).arg(mm, ss) : QStringLiteral("%1:%2").arg(mm, ss);
}

bool FloorModel::needsAttention(const FloorAgent &agent) const
{
    return agent.state == QLatin1StringView("wrap_up") &&
           (agent.extended || (agent.wrapUpEndsAt.isValid() && now() > agent.wrapUpEndsAt));
}

QVariant FloorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FloorAgent &a = m_agents.at(index.row());
    switch (role) {
    case AgentIdRole:
        return a.agent;
    case StateRole:
        return a.state;
    case StateRankRole:
        return stateRank(a.state);
    case AttentionRole:
        return needsAttention(a);
    case SortRole:
        return sortKey(a, index.column());
    case Qt::ToolTipRole:
        if (index.column() == PersonColumn)
            return a.role == QLatin1StringView("store") ? tr("%1, store").arg(a.agent) : a.agent;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DesktopsColumn)
            return int(Qt::AlignCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    const QDateTime t = now();
    switch (index.column()) {
    case PersonColumn:
        return a.name.isEmpty() ? a.agent : a.name;
    case StateColumn:
        // Signed in, but no desktop connected: the service keeps the state for
        // a short grace in case the connection comes back.
        if (a.sessions == 0 && a.state != QLatin1StringView("offline"))
            return tr("%1 (connection lost)").arg(stateLabel(a.state));
        return stateLabel(a.state);
    case InStateColumn:
        return a.since.isValid() ? duration(a.since.secsTo(t)) : QString();
    case CallColumn:
        return a.callId.isEmpty() || !a.callSince.isValid()
                   ? (a.callId.isEmpty() ? QString() : tr("on a call"))
                   : tr("on a call for %1").arg(duration(a.callSince.secsTo(t)));
    case WrapUpColumn: {
        if (a.state != QLatin1StringView("wrap_up") || !a.wrapUpEndsAt.isValid())
            return QString();
        const qint64 left = t.secsTo(a.wrapUpEndsAt);
        if (left < 0)
            return tr("\u26a0 over by %1").arg(duration(-left));
        return a.extended ? tr("\u26a0 extended, ends in %1").arg(duration(left))
                          : tr("ends in %1").arg(duration(left));
    }
    case DesktopsColumn:
        return a.sessions;
    }
    return {};
}

QVariant FloorModel::sortKey(const FloorAgent &a, int column) const
{
    const QDateTime t = now();
    const QString name = (a.name.isEmpty() ? a.agent : a.name).toLower();
    switch (column) {
    case StateColumn: // busiest first, then by name
        return QStringLiteral("%1 %2").arg(stateRank(a.state)).arg(name);
    case InStateColumn:
        return a.since.isValid() ? a.since.secsTo(t) : qint64(-1);
    case CallColumn:
        return a.callSince.isValid() ? a.callSince.secsTo(t) : qint64(-1);
    case WrapUpColumn:
        return a.wrapUpEndsAt.isValid() ? t.secsTo(a.wrapUpEndsAt) : std::numeric_limits<qint64>::max();
    case DesktopsColumn:
        return a.sessions;
    default:
        return name;
    }
}

QVariant FloorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PersonColumn:
        return tr("Person");
    case StateColumn:
        return tr("State");
    case InStateColumn:
        return tr("In state");
    case CallColumn:
        return tr("Call");
    case WrapUpColumn:
        return tr("Wrap-up");
    case DesktopsColumn:
        return tr("Desktops");
    }
    return {};
}

void FloorModel::setAgents(const QList<FloorAgent> &agents, bool replace)
{
    if (replace) {
        beginResetModel();
        m_agents = agents;
        endResetModel();
        return;
    }
    QList<FloorAgent> added;
    for (const FloorAgent &agent : agents) {
        if (const int row = rowOf(agent.agent); row >= 0) {
            m_agents[row] = agent;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            added.append(agent);
        }
    }
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_agents.size()), int(m_agents.size() + added.size() - 1));
    m_agents.append(added);
    endInsertRows();
}

void FloorModel::updateAgent(const FloorAgent &agent)
{
    setAgents({agent}, false);
}

void FloorModel::clear()
{
    if (m_agents.isEmpty())
        return;
    beginResetModel();
    m_agents.clear();
    endResetModel();
}

void FloorModel::refreshTimes()
{
    if (m_agents.isEmpty())
        return;
    emit dataChanged(index(0, InStateColumn), index(int(m_agents.size()) - 1, WrapUpColumn),
                     {Qt::DisplayRole, Qt::AccessibleTextRole, AttentionRole});
}

int FloorModel::rowOf(const QString &agentId) const
{
    for (qsizetype i = 0; i < m_agents.size(); ++i) {
        if (m_agents.at(i).agent == agentId)
            return int(i);
    }
    return -1;
}

QString FloorModel::summary() const
{
    int available = 0, onCall = 0, wrapUp = 0, over = 0, onBreak = 0, offline = 0;
    for (const FloorAgent &a : m_agents) {
        if (a.state == QLatin1StringView("available"))
            ++available;
        else if (a.state == QLatin1StringView("on_call"))
            ++onCall;
        else if (a.state == QLatin1StringView("wrap_up"))
            ++wrapUp;
        else if (a.state == QLatin1StringView("break"))
            ++onBreak;
        else
            ++offline;
        if (needsAttention(a))
            ++over;
    }
    QString text = tr("%1 available · %2 on a call · %3 in wrap-up").arg(available).arg(onCall).arg(wrapUp);
    if (over > 0)
        text += tr(" (%n needing attention)", nullptr, over);
    return text + tr(" · %1 on break · %2 offline").arg(onBreak).arg(offline);
}

} // namespace omnidesk
