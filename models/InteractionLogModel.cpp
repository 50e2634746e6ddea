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

QVariant InteractionLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InteractionRow &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (role == Qt::ToolTipRole && index.column() == NotesColumn)
        return row.notes;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(row.loggedAt.toLocalTime(), QLocale::ShortFormat);
    case AgentColumn:
        return row.agent;
    case CustomerColumn:
        return row.customer.isEmpty() ? row.profileId : row.customer;
    case ChannelColumn:
        return row.channel == QLatin1StringView("store") ? tr("Store") : tr("Call");
    case DispositionColumn:
        return row.disposition;
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

void InteractionLogModel::clear()
{
    setFirstPage({}, 0);
}

} // namespace omnidesk
