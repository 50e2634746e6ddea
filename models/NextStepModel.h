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
    };
    Q_ENUM(Role)

    explicit NextStepModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the steps (sorted by priority, highest first; stable for ties).
    void setSteps(QList<NextStep> steps);
    void clear();

    const QList<NextStep> &steps() const { return m_steps; }
    // The highest-priority step, or nullptr when there is none.
    const NextStep *top() const { return m_steps.isEmpty() ? nullptr : &m_steps.first(); }

private:
    QList<NextStep> m_steps;
};

} // namespace omnidesk
