#include "CandidateModel.h"

namespace omnidesk {

namespace {
// The service words its match reasons in English; the known ones are shown
// in the user's language, anything else as sent.
QString reasonText(const QString &reason)
{
    if (reason == QLatin1StringView("phone matches"))
        return CandidateModel::tr("Phone number matches");
    if (reason == QLatin1StringView("email matches"))
        return CandidateModel::tr("Email address matches");
    if (reason == QLatin1StringView("id matches"))
        return CandidateModel::tr("Customer id matches");
    const QLatin1StringView namePrefix("name contains \"");
    if (reason.startsWith(namePrefix) && reason.endsWith(QLatin1Char('"')))
        return CandidateModel::tr("Name contains \u201c%1\u201d")
            .arg(reason.mid(namePrefix.size()).chopped(1));
    return reason;
}
} // namespace

CandidateModel::CandidateModel(QObject *parent) : QAbstractTableModel(parent) {}

int CandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int CandidateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProfileCandidate &c = m_candidates.at(index.row());
    if (role == ProfileIdRole)
        return c.profileId;
    if (role == Qt::ToolTipRole)
        return reasonText(c.reason);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn: {
        const QString name = c.name.isEmpty() ? tr("Customer %1").arg(c.profileId) : c.name;
        return c.tier.isEmpty() ? name : tr("%1 (%2)").arg(name, c.tier);
    }
    case PhoneColumn:
        return c.phone;
    case EmailColumn:
        return c.email;
    case CartColumn:
        return c.cartItems == 0
                   ? tr("empty")
                   : tr("%n item(s), %1", nullptr, c.cartItems).arg(formatMoney(c.cartTotal, c.currency));
    case ReasonColumn:
        return reasonText(c.reason);
    default:
        return {};
    }
}

QVariant CandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Customer");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("Email");
    case CartColumn:
        return tr("Cart");
    case ReasonColumn:
        return tr("Matched because");
    default:
        return {};
    }
}

void CandidateModel::setCandidates(QList<ProfileCandidate> candidates)
{
    beginResetModel();
    m_candidates = std::move(candidates);
    endResetModel();
}

} // namespace omnidesk
