#include "HighlightDelegate.h"

#include "Theme.h"

namespace omnidesk::ui {

HighlightDelegate::HighlightDelegate(int role, QObject *parent) : QStyledItemDelegate(parent), m_role(role) {}

void HighlightDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(m_role).toBool()) {
        option->backgroundBrush = Theme::changedRowColor(Theme::isDark());
        option->font.setBold(true);
    }
}

} // namespace omnidesk::ui
