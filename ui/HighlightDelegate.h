#pragma once

#include <QStyledItemDelegate>

namespace omnidesk::ui {

// Paints rows whose `role` is true with a soft highlight, e.g. cart lines that
// just changed or timeline events that just arrived. The colour follows the
// light or dark palette (Theme::changedRowColor).
class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    HighlightDelegate(int role, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace omnidesk::ui
