#include "RecoveryView.h"

#include "DataAgeLabel.h"
#include "PeriodEdits.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace omnidesk::ui {

namespace {
QString percent(double rate)
{
    return QLocale().toString(rate * 100.0, 'f', 0) + QStringLiteral(" %");
}
} // namespace

RecoveryView::RecoveryView(QWidget *parent)
    : QWidget(parent), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_load(new QPushButton(tr("&Show"), this)), m_age(new DataAgeLabel(this)), m_summary(new QLabel(this)),
      m_chartView(new QChartView(this)), m_table(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("recoveryView"));
    auto *title = new QLabel(tr("Cart recovery"), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    setUpPeriodEdits(m_from, m_to, 30);
    m_from->setAccessibleName(tr("Carts abandoned from"));
    m_to->setAccessibleName(tr("Carts abandoned until (inclusive)"));
    m_summary->setObjectName(QStringLiteral("recoverySummary"));
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Recovery rate"));
    m_age->setAccessibleDescription(tr("When this report was loaded"));

    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_chartView->setAccessibleName(tr("Recovery rate by contact"));
    auto *chart = new QChart;
    chart->setTitle(tr("Recovered within 30 days, by contact"));
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    m_chartView->setChart(chart);

    m_table->setObjectName(QStringLiteral("recoveryTable"));
    m_table->setAccessibleName(tr("Recovery by recommendation and by agent"));
    m_table->setColumnCount(4);
    m_table->setHeaderLabels(
        {tr("Accepted recommendation / agent"), tr("Abandoned"), tr("Recovered"), tr("Rate")});
    m_table->setRootIsDecorated(true);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_table->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(16);
    top->addWidget(new QLabel(tr("Carts abandoned from"), this));
    top->addWidget(m_from);
    top->addWidget(new QLabel(tr("to"), this));
    top->addWidget(m_to);
    top->addWidget(m_load);
    top->addStretch();
    top->addWidget(m_age);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_chartView);
    split->addWidget(m_table);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setSizes({760, 400});
    m_table->setMinimumWidth(360);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    connect(m_load, &QPushButton::clicked, this, &RecoveryView::load);
}

QString RecoveryView::contactName(const QString &kind)
{
    if (kind == QLatin1StringView("call_accepted"))
        return tr("Call, recommendation accepted");
    if (kind == QLatin1StringView("call_other"))
        return tr("Call, none accepted");
    if (kind == QLatin1StringView("email_only"))
        return tr("Email only");
    if (kind == QLatin1StringView("none"))
        return tr("No contact");
    return kind;
}

void RecoveryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_requested.first.isValid() && m_requested != std::pair(m_from->date(), m_to->date()))
        load();
}

void RecoveryView::load()
{
    m_requested = {m_from->date(), m_to->date()};
    m_summary->setText(tr("Loading…"));
    emit reportRequested(m_from->date().startOfDay(), m_to->date().addDays(1).startOfDay());
}

void RecoveryView::setReport(const net::RecoveryReport &report)
{
    m_summary->setText(report.all.abandoned == 0
                           ? tr("No cart was abandoned in this period.")
                           : tr("%1 of %2 abandoned carts were bought within %3 days: %4.")
                                 .arg(report.all.recovered)
                                 .arg(report.all.abandoned)
                                 .arg(report.windowDays)
                                 .arg(percent(report.all.rate())));

    QChart *chart = m_chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis); // gives the axis back to us
        delete axis;
    }
    auto *set = new QBarSet(tr("Recovery rate"));
    QStringList categories;
    m_barTexts.clear();
    for (const net::RecoveryFigure &f : report.byContact) {
        set->append(f.rate() * 100.0);
        categories.append(tr("%1 (%2 of %3)").arg(contactName(f.key)).arg(f.recovered).arg(f.abandoned));
        m_barTexts.append(tr("%1: %2").arg(contactName(f.key), percent(f.rate())));
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3); // 71.4 %, not 71.4286 %
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, 100);
    valueAxis->setLabelFormat(QStringLiteral("%d %"));
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    m_chartView->setAccessibleDescription(m_barTexts.join(QStringLiteral("; ")));

    m_table->clear();
    const auto addGroup = [this](const QString &title, const QList<net::RecoveryFigure> &rows) {
        auto *group = new QTreeWidgetItem(m_table, {title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const net::RecoveryFigure &f : rows)
            new QTreeWidgetItem(group, {f.key, QString::number(f.abandoned), QString::number(f.recovered),
                                        percent(f.rate())});
        if (rows.isEmpty())
            new QTreeWidgetItem(group, {tr("none in this period")});
        group->setExpanded(true);
    };
    addGroup(tr("By accepted recommendation"), report.byRecommendation);
    addGroup(tr("By agent"), report.byAgent);
    m_age->setUpdatedAt(QDateTime::currentDateTimeUtc());
}

void RecoveryView::setOnline(bool online)
{
    m_age->setLive(online);
}

void RecoveryView::setError(const QString &message)
{
    m_summary->setText(tr("Could not load: %1").arg(message));
}

QString RecoveryView::summaryText() const
{
    return m_summary->text();
}

QStringList RecoveryView::barTexts() const
{
    return m_barTexts;
}

} // namespace omnidesk::ui
