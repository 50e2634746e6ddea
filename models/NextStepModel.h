#pragma once

#include "Profile.h"

#include <QAbstractListModel>

namespace omnidesk {

// Recommended next steps, highest priority first, each with the reason it is shown.
class NextStepModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        ReasonRole,
        TalkingPointsRole, // QStringList
        PriorityRole,
        DecisionRole,      // "accepted", "dismissed" or empty
        DismissReasonRole, // the agent's reason for a dismissal
    };
    Q_ENUM(Role)

    explicit NextStepModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the steps (sorted by priority, highest first; stable for ties).
    // Decisions already taken are kept, also for steps no longer listed.
    void setSteps(QList<NextStep> steps);
    // Removes the steps and every decision (another customer).
    void clear();

    // Records the agent's decision on step `id` (accepted, or dismissed with a
    // non-empty reason); false for an unknown step or a missing reason.
    bool decide(const QString &id, const QString &decision, const QString &reason = QString());
    // Takes a decision back (the step shows as undecided again).
    void undecide(const QString &id);
    QString decisionOf(const QString &id) const { return m_decisions.value(id).decision; }
    // One entry per step shown or decided: accepted, dismissed, or shown.
    QList<StepDecision> decisions() const;

    const QList<NextStep> &steps() const { return m_steps; }
    // The highest-priority step, or nullptr when there is none.
    const NextStep *top() const { return m_steps.isEmpty() ? nullptr : &m_steps.first(); }

private:
    void emitRowChanged(const QString &id);

    QList<NextStep> m_steps;
    QHash<QString, StepDecision> m_decisions; // by step id
    QStringList m_decisionOrder;              // ids in the order decided
};

} // namespace omnidesk
