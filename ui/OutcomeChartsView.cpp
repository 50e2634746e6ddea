#include "OutcomeChartsView.h"

#include "DataAgeLabel.h"
#include "Dispositions.h"
#include "PeriodEdits.h"
#include "Theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace omnidesk::ui {

namespace {

QString percent(double rate)
{
    return QLocale().toString(rate * 100.0, 'f', 0) + QStringLiteral(" %");
}

// A colour per disposition that reads on light and dark backgrounds.
QColor dispositionColor(const QString &code)
{
    static const QHash<QString, QColor> colors{
        {QStringLiteral("sale"), QColor(0x2e, 0x7d, 0x32)},
        {QStringLiteral("purchase_intent"), QColor(0x7c, 0xb3, 0x42)},
        {QStringLiteral("callback"), QColor(0x1e, 0x88, 0xe5)},
        {QStringLiteral("info_only"), QColor(0x00, 0xac, 0xc1)},
        {QStringLiteral("not_interested"), QColor(0x9e, 0x9e, 0x9e)},
        {QStringLiteral("complaint"), QColor(0xe5, 0x39, 0x35)},
        {QStringLiteral("other"), QColor(0x8e, 0x24, 0xaa)},
    };
    return colors.value(code, QColor(0x79, 0x55, 0x48));
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis); // gives the axis back to us
        delete axis;
    }
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

} // namespace

OutcomeChartsView::OutcomeChartsView(QWidget *parent)
    : QWidget(parent), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_agent(new QLineEdit(this)),
      m_load(new QPushButton(tr("&Show"), this)), m_age(new DataAgeLabel(this)),
      m_outcomesStatus(new QLabel(this)), m_acceptanceStatus(new QLabel(this)),
      m_outcomesChart(new QChartView(this)), m_acceptanceChart(new QChartView(this)),
      m_table(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("outcomeChartsView"));
    auto *title = new QLabel(tr("Outcomes and recommendations"), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    setUpPeriodEdits(m_from, m_to, 30);
    m_from->setAccessibleName(tr("Outcomes logged from"));
    m_to->setAccessibleName(tr("Outcomes logged until (inclusive)"));
    m_agent->setPlaceholderText(tr("any agent"));
    m_agent->setAccessibleName(tr("Agent id"));
    m_agent->setClearButtonEnabled(true);
    m_agent->setMaximumWidth(180);
    m_load->setAutoDefault(false);
    m_load->setToolTip(tr("Count the outcomes and decisions of this period"));
    m_age->setAccessibleDescription(tr("When these charts were loaded"));
    for (QLabel *status : {m_outcomesStatus, m_acceptanceStatus}) {
        status->setObjectName(QStringLiteral("reportStatus"));
        status->setWordWrap(true);
    }
    m_outcomesStatus->setAccessibleName(tr("Outcomes status"));
    m_acceptanceStatus->setAccessibleName(tr("Acceptance status"));

    // The charts take keyboard focus so a screen reader reaches their
    // description (the bars as text).
    for (QChartView *view : {m_outcomesChart, m_acceptanceChart}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setFocusPolicy(Qt::TabFocus);
        view->setMinimumHeight(200);
    }
    m_outcomesChart->setObjectName(QStringLiteral("outcomesChart"));
    m_outcomesChart->setAccessibleName(tr("Outcomes over time by disposition"));
    m_outcomesChart->setChart(newChart(tr("Outcomes logged per day")));
    m_acceptanceChart->setObjectName(QStringLiteral("acceptanceChart"));
    m_acceptanceChart->setAccessibleName(tr("Acceptance rate per recommendation"));
    QChart *acceptance = newChart(tr("Accepted of shown, per recommendation"));
    acceptance->legend()->hide();
    m_acceptanceChart->setChart(acceptance);

    m_table->setObjectName(QStringLiteral("acceptanceTable"));
    m_table->setAccessibleName(tr("Recommendations shown, accepted and dismissed"));
    // A recommendation's most given dismiss reasons are a line under it.
    m_table->setRootIsDecorated(false);
    m_table->setItemsExpandable(false);
    m_table->setAlternatingRowColors(true);
    m_table->setHeaderLabels(
        {tr("Recommendation"), tr("Shown"), tr("Accepted"), tr("Dismissed"), tr("Rate")});
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 5; ++column)
        m_table->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *agentLabel = new QLabel(tr("A&gent"), this);
    agentLabel->setBuddy(m_agent);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(16);
    top->addWidget(new QLabel(tr("Outcomes logged from"), this));
    top->addWidget(m_from);
    top->addWidget(new QLabel(tr("to"), this));
    top->addWidget(m_to);
    top->addSpacing(8);
    top->addWidget(agentLabel);
    top->addWidget(m_agent);
    top->addWidget(m_load);
    top->addStretch();
    top->addWidget(m_age);

    auto *outcomes = new QWidget(this);
    auto *outcomesLayout = new QVBoxLayout(outcomes);
    outcomesLayout->setContentsMargins(0, 0, 0, 0);
    outcomesLayout->addWidget(m_outcomesStatus);
    outcomesLayout->addWidget(m_outcomesChart, 1);

    auto *acceptanceSplit = new QSplitter(Qt::Horizontal, this);
    acceptanceSplit->addWidget(m_acceptanceChart);
    acceptanceSplit->addWidget(m_table);
    acceptanceSplit->setChildrenCollapsible(false);
    acceptanceSplit->setStretchFactor(0, 1);
    acceptanceSplit->setStretchFactor(1, 1);
    acceptanceSplit->setSizes({700, 540});
    auto *recommendations = new QWidget(this);
    auto *recommendationsLayout = new QVBoxLayout(recommendations);
    recommendationsLayout->setContentsMargins(0, 0, 0, 0);
    recommendationsLayout->addWidget(m_acceptanceStatus);
    recommendationsLayout->addWidget(acceptanceSplit, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(outcomes);
    split->addWidget(recommendations);
    split->setChildrenCollapsible(false);
    split->setSizes({380, 320});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_agent);
    setTabOrder(m_agent, m_load);
    setTabOrder(m_load, m_outcomesChart);
    setTabOrder(m_outcomesChart, m_acceptanceChart);
    setTabOrder(m_acceptanceChart, m_table);

    connect(m_load, &QPushButton::clicked, this, &OutcomeChartsView::load);
    connect(m_agent, &QLineEdit::returnPressed, this, &OutcomeChartsView::load);
    applyChartTheme();
}

void OutcomeChartsView::load()
{
    const QString agent = m_agent->text().trimmed();
    m_requested = m_from->date().toString(Qt::ISODate) + QLatin1Char('/') +
                  m_to->date().toString(Qt::ISODate) + QLatin1Char('/') + agent;
    setStatus(m_outcomesStatus, tr("Loading…"), false);
    setStatus(m_acceptanceStatus, tr("Loading…"), false);
    emit reportsRequested(m_from->date().startOfDay(), m_to->date().addDays(1).startOfDay(), agent);
}

void OutcomeChartsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    const QString current = m_from->date().toString(Qt::ISODate) + QLatin1Char('/') +
                            m_to->date().toString(Qt::ISODate) + QLatin1Char('/') + m_agent->text().trimmed();
    if (current != m_requested)
        load();
}

void OutcomeChartsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyChartTheme();
}

void OutcomeChartsView::applyChartTheme()
{
    const bool dark = Theme::isDark(palette());
    for (QChartView *view : {m_outcomesChart, m_acceptanceChart}) {
        QChart *chart = view->chart();
        const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
        if (chart->theme() == theme)
            continue;
        // A theme resets the series colours: keep the dispositions' own.
        chart->setTheme(theme);
        for (QAbstractSeries *series : chart->series()) {
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                for (QBarSet *set : bars->barSets()) {
                    const QVariant code = set->property("disposition");
                    if (code.isValid())
                        set->setColor(dispositionColor(code.toString()));
                }
            }
        }
    }
}

void OutcomeChartsView::setStatus(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setProperty("state", error ? QStringLiteral("error") : QString());
    label->style()->unpolish(label);
    label->style()->polish(label);
}

void OutcomeChartsView::markUpdated()
{
    m_age->setUpdatedAt(QDateTime::currentDateTimeUtc());
}

void OutcomeChartsView::setOnline(bool online)
{
    m_age->setLive(online);
}

void OutcomeChartsView::setOutcomes(const net::OutcomeTrend &trend)
{
    const bool weekly = trend.bucket == QLatin1StringView("week");
    if (trend.total == 0)
        setStatus(m_outcomesStatus, tr("No outcome was logged in this period."), false);
    else if (weekly)
        setStatus(m_outcomesStatus,
                  tr("%n outcome(s) logged in this period, counted by week.", nullptr, trend.total), false);
    else
        setStatus(m_outcomesStatus,
                  tr("%n outcome(s) logged in this period, counted by day.", nullptr, trend.total), false);

    QChart *chart = m_outcomesChart->chart();
    clearChart(chart);
    chart->setTitle(weekly ? tr("Outcomes logged per week") : tr("Outcomes logged per day"));
    QStringList categories;
    const QLocale locale;
    for (const net::OutcomeBucket &bucket : trend.buckets) {
        const QString day = locale.toString(bucket.start.toLocalTime().date(), QStringLiteral("d MMM"));
        categories.append(weekly ? tr("week of %1").arg(day) : day);
    }
    auto *series = new QStackedBarSeries;
    for (const QString &code : trend.dispositions) {
        auto *set = new QBarSet(Dispositions::label(code));
        set->setProperty("disposition", code);
        for (const net::OutcomeBucket &bucket : trend.buckets)
            set->append(bucket.counts.value(code));
        set->setColor(dispositionColor(code));
        set->setBorderColor(dispositionColor(code));
        series->append(set);
    }
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    if (categories.size() > 14)
        categoryAxis->setLabelsAngle(-90);
    auto *valueAxis = new QValueAxis;
    int most = 0;
    for (const net::OutcomeBucket &bucket : trend.buckets)
        most = std::max(most, bucket.total);
    valueAxis->setRange(0, std::max(most, 4));
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->applyNiceNumbers();
    valueAxis->setMinorTickCount(0);
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setVisible(!trend.dispositions.isEmpty());
    chart->legend()->setAlignment(Qt::AlignRight);

    m_outcomeTexts.clear();
    for (qsizetype i = 0; i < trend.buckets.size(); ++i) {
        const net::OutcomeBucket &bucket = trend.buckets.at(i);
        if (bucket.total == 0)
            continue;
        QStringList parts;
        for (const QString &code : trend.dispositions) {
            if (const int n = bucket.counts.value(code))
                parts.append(tr("%1 %2").arg(Dispositions::label(code)).arg(n));
        }
        m_outcomeTexts.append(
            tr("%1: %2 (%3)").arg(categories.at(i)).arg(bucket.total).arg(parts.join(QStringLiteral(", "))));
    }
    m_outcomesChart->setAccessibleDescription(
        m_outcomeTexts.isEmpty() ? m_outcomesStatus->text() : m_outcomeTexts.join(QStringLiteral("; ")));
    markUpdated();
}

void OutcomeChartsView::setOutcomesError(const QString &message)
{
    setStatus(m_outcomesStatus, tr("Could not load the outcomes: %1").arg(message), true);
}

QString OutcomeChartsView::recommendationName(const net::AcceptanceFigure &figure)
{
    return figure.title.isEmpty() ? figure.recommendation : figure.title;
}

void OutcomeChartsView::setAcceptance(const net::AcceptanceReport &report)
{
    if (report.all.shown == 0)
        setStatus(m_acceptanceStatus, tr("No recommendation was shown in this period."), false);
    else
        setStatus(m_acceptanceStatus,
                  tr("Of %1 recommendations shown, %2 were accepted (%3) and %4 dismissed.")
                      .arg(report.all.shown)
                      .arg(report.all.accepted)
                      .arg(percent(report.all.rate()))
                      .arg(report.all.dismissed),
                  false);

    // Bar categories must differ: a title two steps share gets its id.
    QHash<QString, int> titleUses;
    for (const net::AcceptanceFigure &f : report.recommendations)
        ++titleUses[recommendationName(f)];
    const auto nameOf = [&titleUses](const net::AcceptanceFigure &f) {
        const QString name = recommendationName(f);
        return titleUses.value(name) > 1 ? tr("%1 (%2)").arg(name, f.recommendation) : name;
    };

    QChart *chart = m_acceptanceChart->chart();
    clearChart(chart);
    auto *set = new QBarSet(tr("Acceptance rate"));
    QStringList categories;
    m_acceptanceTexts.clear();
    // Horizontal bars grow upwards: the most shown goes last, on top.
    for (auto it = report.recommendations.crbegin(); it != report.recommendations.crend(); ++it) {
        set->append(it->rate() * 100.0);
        categories.append(nameOf(*it)); // the counts are in the table
    }
    for (const net::AcceptanceFigure &f : report.recommendations)
        m_acceptanceTexts.append(
            tr("%1: %2 (%3 of %4)").arg(nameOf(f), percent(f.rate())).arg(f.accepted).arg(f.shown));
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, 100);
    valueAxis->setLabelFormat(QStringLiteral("%d %"));
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    m_acceptanceChart->setAccessibleDescription(m_acceptanceTexts.isEmpty()
                                                    ? m_acceptanceStatus->text()
                                                    : m_acceptanceTexts.join(QStringLiteral("; ")));

    m_table->clear();
    for (const net::AcceptanceFigure &f : report.recommendations) {
        QStringList reasons;
        for (const auto &[reason, count] : f.dismissReasons)
            reasons.append(tr("%1 (%2)").arg(reason).arg(count));
        auto *item =
            new QTreeWidgetItem(m_table, {nameOf(f), QString::number(f.shown), QString::number(f.accepted),
                                          QString::number(f.dismissed), percent(f.rate())});
        item->setToolTip(0, f.recommendation);
        for (int column = 1; column < 5; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        if (!reasons.isEmpty()) {
            auto *why = new QTreeWidgetItem(
                item, {tr("Dismissed because: %1").arg(reasons.join(QStringLiteral(", ")))});
            why->setFirstColumnSpanned(true);
            why->setForeground(0, palette().brush(QPalette::PlaceholderText));
            why->setToolTip(0, why->text(0));
            item->setExpanded(true);
        }
    }
    markUpdated();
}

void OutcomeChartsView::setAcceptanceError(const QString &message)
{
    setStatus(m_acceptanceStatus, tr("Could not load the acceptance: %1").arg(message), true);
}

QString OutcomeChartsView::outcomesStatusText() const
{
    return m_outcomesStatus->text();
}

QString OutcomeChartsView::acceptanceStatusText() const
{
    return m_acceptanceStatus->text();
}

} // namespace omnidesk::ui
