#include "NextStepModel.h"

#include <algorithm>

namespace omnidesk {

NextStepModel::NextStepModel(QObject *parent) : QAbstractListModel(parent) {}

int NextStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QVariant NextStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NextStep &step = m_steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return step.title;
    case Qt::ToolTipRole:
    case ReasonRole:
        return step.reason;
    case IdRole:
        return step.id;
    case TalkingPointsRole:
        return step.talkingPoints;
    case PriorityRole:
        return step.priority;
    default:
        return {};
    }
}

QHash<int, QByteArray> NextStepModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "stepId");
    names.insert(TitleRole, "title");
    names.insert(ReasonRole, "reason");
    names.insert(TalkingPointsRole, "talkingPoints");
    names.insert(PriorityRole, "priority");
    return names;
}

void NextStepModel::setSteps(QList<NextStep> steps)
{
    std::stable_sort(steps.begin(), steps.end(),
                     [](const NextStep &a, const NextStep &b) { return a.priority > b.priority; });
    beginResetModel();
    m_steps = std::move(steps);
    endResetModel();
}

void NextStepModel::clear()
{
    setSteps({});
}

} // namespace omnidesk
