#pragma once

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QTableView;

namespace omnidesk {
class CartModel;
}

namespace omnidesk::ui {

// The caller's cart: lines, total, abandonment and data age. Lines that an
// update changed are highlighted for a few seconds.
class CartPanel : public QWidget
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit CartPanel(CartModel *model, QWidget *parent = nullptr);

    // For tests: a fixed clock for the age labels.
    void setClock(Clock clock);
    void setHighlightDuration(int ms) { m_highlightTimer.setInterval(ms); }
    // Refreshes totals and age labels from the model.
    void refresh();

    QTableView *view() const { return m_view; }
    QString totalText() const;
    QString ageText() const;
    QString abandonedText() const;
    QString summaryText() const;

private:
    void updateAge();

    CartModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QLabel *m_abandoned;
    QLabel *m_total;
    QLabel *m_age;
    QLabel *m_empty;
    QTimer m_ageTimer;
    QTimer m_highlightTimer;
    Clock m_clock;
};

} // namespace omnidesk::ui
