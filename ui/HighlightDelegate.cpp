#include "HighlightDelegate.h"

namespace omnidesk::ui {

HighlightDelegate::HighlightDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent), m_role(role), m_color(0xff, 0xf1, 0xb8)
{}

void HighlightDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(m_role).toBool()) {
        option->backgroundBrush = m_color;
        option->font.setBold(true);
    }
}

} // namespace omnidesk::ui
