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
    case DecisionRole:
        return m_decisions.value(step.id).decision;
    case DismissReasonRole:
        return m_decisions.value(step.id).reason;
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
    names.insert(DecisionRole, "decision");
    names.insert(DismissReasonRole, "dismissReason");
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
    m_decisions.clear();
    m_decisionOrder.clear();
    setSteps({});
}

bool NextStepModel::decide(const QString &id, const QString &decision, const QString &reason)
{
    const auto step =
        std::find_if(m_steps.cbegin(), m_steps.cend(), [&id](const NextStep &s) { return s.id == id; });
    if (step == m_steps.cend())
        return false;
    const bool accepted = decision == QLatin1StringView("accepted");
    const bool dismissed = decision == QLatin1StringView("dismissed");
    if (!accepted && !dismissed)
        return false;
    if (dismissed && reason.trimmed().isEmpty())
        return false;
    m_decisions.insert(id, StepDecision{id, step->title, decision, dismissed ? reason.trimmed() : QString()});
    m_decisionOrder.removeAll(id);
    m_decisionOrder.append(id);
    emitRowChanged(id);
    return true;
}

void NextStepModel::undecide(const QString &id)
{
    if (m_decisions.remove(id) == 0)
        return;
    m_decisionOrder.removeAll(id);
    emitRowChanged(id);
}

void NextStepModel::emitRowChanged(const QString &id)
{
    for (int row = 0; row < m_steps.size(); ++row) {
        if (m_steps.at(row).id == id) {
            const QModelIndex changed = index(row);
            emit dataChanged(changed, changed, {DecisionRole, DismissReasonRole});
            return;
        }
    }
}

QList<StepDecision> NextStepModel::decisions() const
{
    QList<StepDecision> list;
    for (const NextStep &step : m_steps) {
        const auto decided = m_decisions.constFind(step.id);
        list.append(decided != m_decisions.cend()
                        ? *decided
                        : StepDecision{step.id, step.title, QStringLiteral("shown"), {}});
    }
    // Decided steps the service no longer recommends still count.
    for (const QString &id : m_decisionOrder) {
        const bool listed =
            std::any_of(m_steps.cbegin(), m_steps.cend(), [&id](const NextStep &s) { return s.id == id; });
        if (!listed)
            list.append(m_decisions.value(id));
    }
    return list;
}

} // namespace omnidesk
