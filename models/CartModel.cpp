#include "CartModel.h"

#include <algorithm>

namespace omnidesk {

CartModel::CartModel(QObject *parent) : QAbstractTableModel(parent) {}

int CartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cart.lines.size());
}

int CartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CartLine &line = m_cart.lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProductColumn:
            return line.name.isEmpty() ? line.sku : line.name;
        case QuantityColumn:
            return line.quantity;
        case UnitPriceColumn:
            return formatMoney(line.unitPrice, m_cart.currency);
        case LineTotalColumn:
            return formatMoney(line.lineTotal(), m_cart.currency);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == ProductColumn ? QVariant(line.sku) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == ProductColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case SkuRole:
        return line.sku;
    case NameRole:
        return line.name;
    case QuantityRole:
        return line.quantity;
    case UnitPriceRole:
        return line.unitPrice;
    case LineTotalRole:
        return line.lineTotal();
    case ChangedRecentlyRole:
        return m_changed.contains(line.sku);
    default:
        return {};
    }
}

QVariant CartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((section == ProductColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case QuantityColumn:
        return tr("Qty");
    case UnitPriceColumn:
        return tr("Unit price");
    case LineTotalColumn:
        return tr("Line total");
    }
    return {};
}

QHash<int, QByteArray> CartModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SkuRole, "sku");
    names.insert(NameRole, "name");
    names.insert(QuantityRole, "quantity");
    names.insert(UnitPriceRole, "unitPrice");
    names.insert(LineTotalRole, "lineTotal");
    names.insert(ChangedRecentlyRole, "changedRecently");
    return names;
}

bool CartModel::isChanged(int row) const
{
    return row >= 0 && row < m_cart.lines.size() && m_changed.contains(m_cart.lines.at(row).sku);
}

void CartModel::loadCart(const Cart &cart)
{
    beginResetModel();
    m_cart = cart;
    m_changed.clear();
    endResetModel();
    emit cartChanged();
}

void CartModel::clear()
{
    loadCart(Cart{});
}

void CartModel::clearHighlights()
{
    if (m_changed.isEmpty())
        return;
    m_changed.clear();
    if (!m_cart.lines.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {ChangedRecentlyRole});
}

void CartModel::setCart(const Cart &cart)
{
    if (!applyIncrementally(cart)) {
        // Lines were reordered: a reset is simpler and as cheap for a cart.
        QSet<QString> changed;
        for (const CartLine &line : cart.lines) {
            const auto old = std::find_if(m_cart.lines.cbegin(), m_cart.lines.cend(),
                                          [&](const CartLine &l) { return l.sku == line.sku; });
            if (old == m_cart.lines.cend() || !(*old == line))
                changed.insert(line.sku);
        }
        beginResetModel();
        m_cart = cart;
        m_changed = changed;
        endResetModel();
    }
    emit cartChanged();
}

bool CartModel::applyIncrementally(const Cart &cart)
{
    // Works when the lines kept from the old cart keep their relative order.
    QSet<QString> newSkus;
    for (const CartLine &line : cart.lines)
        newSkus.insert(line.sku);
    if (newSkus.size() != cart.lines.size())
        return false; // duplicate SKUs: let the reset path handle it
    QStringList keptOld;
    for (const CartLine &line : std::as_const(m_cart.lines)) {
        if (newSkus.contains(line.sku))
            keptOld.append(line.sku);
    }
    QSet<QString> oldSkus;
    for (const CartLine &line : std::as_const(m_cart.lines))
        oldSkus.insert(line.sku);
    QStringList keptNew;
    for (const CartLine &line : cart.lines) {
        if (oldSkus.contains(line.sku))
            keptNew.append(line.sku);
    }
    if (keptOld != keptNew)
        return false;

    const bool currencyChanged = m_cart.currency != cart.currency;
    QSet<QString> changed;

    // 1. Remove lines that are gone, from the bottom up, one contiguous run at a time.
    for (int row = int(m_cart.lines.size()) - 1; row >= 0;) {
        if (newSkus.contains(m_cart.lines.at(row).sku)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !newSkus.contains(m_cart.lines.at(first - 1).sku))
            --first;
        beginRemoveRows({}, first, row);
        m_cart.lines.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }

    // 2. Insert new lines at their final positions, in contiguous runs.
    for (int row = 0; row < cart.lines.size();) {
        if (row < m_cart.lines.size() && m_cart.lines.at(row).sku == cart.lines.at(row).sku) {
            ++row;
            continue;
        }
        int last = row;
        while (last + 1 < cart.lines.size() && !oldSkus.contains(cart.lines.at(last + 1).sku))
            ++last;
        beginInsertRows({}, row, last);
        for (int i = row; i <= last; ++i) {
            m_cart.lines.insert(i, cart.lines.at(i));
            changed.insert(cart.lines.at(i).sku);
        }
        endInsertRows();
        row = last + 1;
    }

    // 3. Lines kept but changed.
    int firstChanged = -1;
    int lastChanged = -1;
    for (int row = 0; row < cart.lines.size(); ++row) {
        const CartLine &line = cart.lines.at(row);
        if (changed.contains(line.sku))
            continue; // just inserted
        const bool differs = !(m_cart.lines.at(row) == line);
        if (differs)
            changed.insert(line.sku);
        if (differs || currencyChanged) {
            m_cart.lines[row] = line;
            if (firstChanged < 0)
                firstChanged = row;
            lastChanged = row;
        }
    }

    // Highlights from the previous update end with this one.
    int firstUnmarked = -1;
    int lastUnmarked = -1;
    for (int row = 0; row < m_cart.lines.size(); ++row) {
        const QString &sku = m_cart.lines.at(row).sku;
        if (m_changed.contains(sku) && !changed.contains(sku)) {
            if (firstUnmarked < 0)
                firstUnmarked = row;
            lastUnmarked = row;
        }
    }
    m_changed = changed;
    m_cart.currency = cart.currency;
    m_cart.updatedAt = cart.updatedAt;
    m_cart.abandonedSince = cart.abandonedSince;
    Q_ASSERT(m_cart.lines == cart.lines);

    if (firstChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (firstUnmarked >= 0)
        emit dataChanged(index(firstUnmarked, 0), index(lastUnmarked, ColumnCount - 1),
                         {ChangedRecentlyRole});
    return true;
}

} // namespace omnidesk
