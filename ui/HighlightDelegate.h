#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace omnidesk::ui {

// Paints rows whose `role` is true with a soft highlight, e.g. cart lines that
// just changed or timeline events that just arrived.
class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    HighlightDelegate(int role, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_role;
    QColor m_color;
};

} // namespace omnidesk::ui
