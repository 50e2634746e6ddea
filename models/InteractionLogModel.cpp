#include "InteractionLogModel.h"

#include <QLocale>

namespace omnidesk {

InteractionLogModel::InteractionLogModel(QObject *parent) : QAbstractTableModel(parent) {}

int InteractionLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InteractionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InteractionLogModel::stepsText(const InteractionRow &row)
{
    if (row.stepsShown == 0)
        return tr("none shown");
    return tr("%1 shown, %2 accepted, %3 dismissed")
        .arg(row.stepsShown)
        .arg(row.stepsAccepted)
        .arg(row.stepsDismissed);
}

QString InteractionLogModel::durationText(const std::optional<qint64> &recorded)
{
    if (!recorded)
        return {};
    const qint64 seconds = *recorded;
    const QString secs = QStringLiteral("%1").arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds < 3600)
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(secs);
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(secs);
}

QVariant InteractionLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InteractionRow &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (role == RevealedRole)
        return m_revealed.contains(row.id);
    if (role == Qt::ToolTipRole && index.column() == NotesColumn)
        return row.notes;
    if (role == Qt::ToolTipRole && index.column() == CustomerColumn && !row.customer.isEmpty())
        return m_revealed.contains(row.id) ? tr("Revealed for you; your reason is in the audit log")
                                           : tr("Masked; Reveal customer… (Ctrl+Shift+V) shows the name");
    if (role == Qt::ToolTipRole && index.column() == HandleColumn)
        return row.handleSeconds ? tr("From the call reaching the agent to the outcome being logged")
                                 : tr("Not recorded: a store visit, or the service did not see the call");
    if (role == Qt::ToolTipRole && index.column() == WrapUpColumn)
        return row.wrapUpSeconds ? tr("From the end of the call to the outcome being logged; part of the "
                                      "handle time")
                                 : tr("Not recorded: a store visit, an outcome logged before this was "
                                      "measured, or the call's end is not known");
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(row.loggedAt.toLocalTime(), QLocale::ShortFormat);
    case AgentColumn:
        return row.agent;
    case CustomerColumn:
        if (row.customer.isEmpty())
            return row.profileId;
        return m_revealed.contains(row.id) ? row.customer : tr("%1 (masked)").arg(row.customer);
    case ChannelColumn:
        return row.channel == QLatin1StringView("store") ? tr("Store") : tr("Call");
    case DispositionColumn:
        return m_dispositionLabel ? m_dispositionLabel(row.disposition) : row.disposition;
    case HandleColumn:
    case WrapUpColumn: {
        const QString text =
            durationText(index.column() == HandleColumn ? row.handleSeconds : row.wrapUpSeconds);
        return text.isEmpty() ? QStringLiteral("\u2014") : text;
    }
    case StepsColumn:
        return stepsText(row);
    case NotesColumn:
        return QString(row.notes).replace(QLatin1Char('\n'), QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant InteractionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Logged");
    case AgentColumn:
        return tr("Agent");
    case CustomerColumn:
        return tr("Customer");
    case ChannelColumn:
        return tr("Channel");
    case DispositionColumn:
        return tr("Disposition");
    case HandleColumn:
        return tr("Handle time");
    case WrapUpColumn:
        return tr("Wrap-up");
    case StepsColumn:
        return tr("Next steps");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

void InteractionLogModel::setFirstPage(const QList<InteractionRow> &rows, qint64 total)
{
    beginResetModel();
    m_rows = rows;
    m_revealed.clear();
    m_total = total;
    endResetModel();
}

void InteractionLogModel::appendPage(const QList<InteractionRow> &rows, qint64 total)
{
    m_total = total;
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
}

int InteractionLogModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

bool InteractionLogModel::setCustomerRevealed(qint64 id, const QString &name)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    m_rows[row].customer = name;
    m_revealed.insert(id);
    const QModelIndex cell = index(row, CustomerColumn);
    emit dataChanged(cell, cell);
    return true;
}

void InteractionLogModel::clear()
{
    setFirstPage({}, 0);
}

} // namespace omnidesk
