#include "FloorView.h"

#include "FloorModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace omnidesk::ui {

FloorView::FloorView(QWidget *parent)
    : QWidget(parent), m_model(new FloorModel(this)), m_sorted(new QSortFilterProxyModel(this)),
      m_summary(new QLabel(this)), m_status(new QLabel(this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("floorView"));
    auto *title = new QLabel(tr("Live floor"), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    m_summary->setObjectName(QStringLiteral("floorSummary"));
    m_summary->setAccessibleName(tr("Floor summary"));
    m_status->setObjectName(QStringLiteral("panelMeta"));

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(FloorModel::SortRole); // numbers for times, state rank then name
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_sorted);
    m_table->setObjectName(QStringLiteral("floorTable"));
    m_table->setAccessibleName(tr("Agents on the floor"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Columns as wide as their contents, kept together on the left.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(90);
    // Busiest first (on a call, wrap-up, available, break, offline), then by name;
    // the times refresh every second, so keep the order current.
    m_sorted->setDynamicSortFilter(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FloorModel::StateColumn, Qt::AscendingOrder);

    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addStretch(1);
    head->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(head);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &FloorView::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FloorView::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FloorView::updateSummary);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, m_model, &FloorModel::refreshTimes);
    m_tick.start();
    setLive(false, tr("connecting…"));
    updateSummary();
}

void FloorView::updateSummary()
{
    m_summary->setText(m_model->rowCount() == 0 ? tr("No agents yet.") : m_model->summary());
}

QString FloorView::summaryText() const
{
    return m_summary->text();
}

void FloorView::setLive(bool live, const QString &why)
{
    m_status->setText(live ? tr("Live") : tr("Not live: %1").arg(why));
}

QString FloorView::statusText() const
{
    return m_status->text();
}

} // namespace omnidesk::ui
