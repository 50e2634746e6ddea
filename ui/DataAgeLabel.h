#pragma once

#include <QDateTime>
#include <QLabel>
#include <QTimer>

#include <functional>

namespace omnidesk::ui {

// How fresh a panel's data is: "Updated 4 s ago" from the moment the panel's
// data last arrived, and "· offline" while the connection is down (the data
// then only gets older). Refreshes itself; one per panel.
class DataAgeLabel : public QLabel
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit DataAgeLabel(QWidget *parent = nullptr);

    void setUpdatedAt(const QDateTime &at);
    void setLive(bool live);
    void setClock(Clock clock);
    void clear();

private:
    void refresh();

    QDateTime m_at;
    bool m_live = true;
    Clock m_clock;
    QTimer m_timer;
};

} // namespace omnidesk::ui
