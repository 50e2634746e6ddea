#pragma once

#include "Profile.h"

#include <QAbstractTableModel>
#include <QSet>

namespace omnidesk {

// The caller's cart as a table. setCart() applies a new cart with
// fine-grained row inserts, removals and changes, and marks the lines that
// changed so the view can highlight them (ChangedRecentlyRole).
class CartModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ProductColumn, QuantityColumn, UnitPriceColumn, LineTotalColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SkuRole = Qt::UserRole + 1,
        NameRole,
        QuantityRole,
        UnitPriceRole, // minor units
        LineTotalRole, // minor units
        ChangedRecentlyRole,
    };
    Q_ENUM(Role)

    explicit CartModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the cart without highlighting (a new caller).
    void loadCart(const Cart &cart);
    // Applies an updated cart of the same caller: lines added or changed are
    // marked ChangedRecentlyRole until clearHighlights() or the next update.
    void setCart(const Cart &cart);
    void clear();
    void clearHighlights();

    const Cart &cart() const { return m_cart; }
    qint64 total() const { return m_cart.total(); }
    QString currency() const { return m_cart.currency; }
    bool isChanged(int row) const;
    int changedCount() const { return int(m_changed.size()); }

signals:
    // The whole cart was applied (after the row signals); totals may have changed.
    void cartChanged();

private:
    bool applyIncrementally(const Cart &cart);

    Cart m_cart;
    QSet<QString> m_changed; // SKUs highlighted
};

} // namespace omnidesk
