#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace omnidesk {
class FloorModel;
}

namespace omnidesk::ui {

// The supervisors' live floor: every agent and store user with state, time in
// state, call and wrap-up, busiest first, ticking every second. The view only
// shows; DesktopController feeds its model from floor.state / floor.agent.
class FloorView : public QWidget
{
    Q_OBJECT
public:
    explicit FloorView(QWidget *parent = nullptr);

    FloorModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString summaryText() const;
    // "Live" while the service sends changes; the reason otherwise.
    void setLive(bool live, const QString &why = QString());
    QString statusText() const;

private:
    void updateSummary();

    FloorModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QLabel *m_summary;
    QLabel *m_status;
    QTableView *m_table;
    QTimer m_tick;
};

} // namespace omnidesk::ui
