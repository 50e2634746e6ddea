#pragma once

#include "ReportClient.h"

#include <QWidget>

class QChart;
class QChartView;
class QDateEdit;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace omnidesk::ui {

class DataAgeLabel;

// How many customers who abandoned a cart came back and ordered within 30
// days: the rate overall, per kind of contact (a call where a recommendation
// was accepted, another call, email only, none) as a bar chart, and per
// recommendation and per agent as a table. It emits reportRequested() and
// shows the report when setReport() brings it.
class RecoveryView : public QWidget
{
    Q_OBJECT
public:
    explicit RecoveryView(QWidget *parent = nullptr);

    // Carts abandoned from the start of the from-day to the end of the to-day.
    void load();
    void setReport(const net::RecoveryReport &report);
    void setError(const QString &message);
    // The connection's state: the data age says "offline" while it is down.
    void setOnline(bool online);

    static QString contactName(const QString &kind);
    QString summaryText() const;
    // The bars as "label: rate %" lines, for tests and screen readers.
    QStringList barTexts() const;
    QTreeWidget *table() const { return m_table; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    // "Updated 4 s ago": since the report on show arrived.
    DataAgeLabel *ageLabel() const { return m_age; }

signals:
    void reportRequested(const QDateTime &from, const QDateTime &to);

protected:
    // Loads again when the period was changed while the tab was hidden (the
    // "Outcomes and recommendations" tab shares it).
    void showEvent(QShowEvent *event) override;

private:
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_load;
    DataAgeLabel *m_age;
    QLabel *m_summary;
    QChartView *m_chartView;
    QTreeWidget *m_table;
    QStringList m_barTexts;
    std::pair<QDate, QDate> m_requested; // the period of the last request
};

} // namespace omnidesk::ui
