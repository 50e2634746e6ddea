#pragma once

#include "Profile.h"

#include <QAbstractTableModel>

namespace omnidesk {

// The profiles a lookup found, or that share a caller's number: one row each,
// best match first, for the lookup dialog and the caller picker.
class CandidateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, PhoneColumn, EmailColumn, CartColumn, ReasonColumn, ColumnCount };
    enum Role { ProfileIdRole = Qt::UserRole + 1 };
    Q_ENUM(Role)

    explicit CandidateModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCandidates(QList<ProfileCandidate> candidates);
    void clear() { setCandidates({}); }
    const QList<ProfileCandidate> &candidates() const { return m_candidates; }

private:
    QList<ProfileCandidate> m_candidates;
};

} // namespace omnidesk
