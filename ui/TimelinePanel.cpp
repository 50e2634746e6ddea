#include "TimelinePanel.h"

#include "ChannelIconProxy.h"
#include "HighlightDelegate.h"
#include "TimelineModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace omnidesk::ui {

TimelinePanel::TimelinePanel(TimelineModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new ChannelIconProxy(this)), m_view(new QTreeView(this)),
      m_count(new QLabel(this)), m_empty(new QLabel(tr("No activity recorded for this customer."), this))
{
    setObjectName(QStringLiteral("timelinePanel"));
    setAttribute(Qt::WA_StyledBackground);
    auto *title = new QLabel(tr("Timeline"), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    m_count->setObjectName(QStringLiteral("panelMeta"));
    m_empty->setObjectName(QStringLiteral("emptyHint"));

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setAccessibleName(tr("Customer timeline"));
    m_view->setItemDelegate(new HighlightDelegate(TimelineModel::NewRole, m_view));
    m_view->setUniformRowHeights(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(TimelineModel::TimeColumn, QHeaderView::Fixed);
    m_view->header()->setSectionResizeMode(TimelineModel::ChannelColumn, QHeaderView::Fixed);
    m_view->header()->resizeSection(TimelineModel::TimeColumn, 130);
    m_view->header()->resizeSection(TimelineModel::ChannelColumn, 90);

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(8);
    top->addWidget(m_count);
    top->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    m_newTimer.setSingleShot(true);
    m_newTimer.setInterval(8000);
    connect(&m_newTimer, &QTimer::timeout, m_model, &TimelineModel::clearNew);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelinePanel::refresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        refresh();
        if (m_model->newCount() > 0) {
            m_view->scrollToTop();
            m_newTimer.start();
        }
    });
    refresh();
}

void TimelinePanel::refresh()
{
    const int rows = m_model->rowCount();
    m_count->setText(rows > 0 ? (rows == 1 ? tr("1 event") : tr("%1 events").arg(rows)) : QString());
    m_view->setVisible(rows > 0);
    m_empty->setVisible(rows == 0);
}

QString TimelinePanel::countText() const
{
    return m_count->text();
}

} // namespace omnidesk::ui
