#pragma once

#include "ReportClient.h"

#include <QWidget>

class QChartView;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace omnidesk::ui {

class DataAgeLabel;

// The supervisors' measurement charts besides cart recovery: outcomes logged
// per day (or week) by disposition as stacked bars, and the acceptance rate
// of each recommendation as bars with a table of shown / accepted /
// dismissed and the most given dismiss reasons. One period (and optionally
// one agent) for both. It emits reportsRequested() and shows what
// setOutcomes() and setAcceptance() bring, each with its own status line
// (loading, empty, the error).
class OutcomeChartsView : public QWidget
{
    Q_OBJECT
public:
    explicit OutcomeChartsView(QWidget *parent = nullptr);

    // Outcomes logged from the start of the from-day to the end of the to-day.
    void load();
    void setOutcomes(const net::OutcomeTrend &trend);
    void setOutcomesError(const QString &message);
    void setAcceptance(const net::AcceptanceReport &report);
    void setAcceptanceError(const QString &message);
    // While offline the data-age label says so.
    void setOnline(bool online);

    // "Offer to complete the order (abandoned-cart)" when titles repeat.
    static QString recommendationName(const net::AcceptanceFigure &figure);

    QString outcomesStatusText() const;
    QString acceptanceStatusText() const;
    // The bars as text lines, for tests and screen readers: "Nov 2: 3
    // (Sale 1, Callback 2)" and "Offer …: 40 % (2 of 5)".
    QStringList outcomeBarTexts() const { return m_outcomeTexts; }
    QStringList acceptanceBarTexts() const { return m_acceptanceTexts; }
    QTreeWidget *acceptanceTable() const { return m_table; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLineEdit *agentEdit() const { return m_agent; }
    QPushButton *showButton() const { return m_load; }
    DataAgeLabel *ageLabel() const { return m_age; }

signals:
    void reportsRequested(const QDateTime &from, const QDateTime &to, const QString &agent);

protected:
    // Loads on first view, and again when the period was changed elsewhere
    // (the cart-recovery tab shares it).
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setStatus(QLabel *label, const QString &text, bool error);
    void applyChartTheme();
    void markUpdated();

    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_agent;
    QPushButton *m_load;
    DataAgeLabel *m_age;
    QLabel *m_outcomesStatus;
    QLabel *m_acceptanceStatus;
    QChartView *m_outcomesChart;
    QChartView *m_acceptanceChart;
    QTreeWidget *m_table;
    QStringList m_outcomeTexts;
    QStringList m_acceptanceTexts;
    // What the last request asked for (from-date, to-date, agent).
    QString m_requested;
};

} // namespace omnidesk::ui
