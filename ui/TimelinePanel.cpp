#include "TimelinePanel.h"

#include "DataAgeLabel.h"

#include "ChannelIconProxy.h"
#include "HighlightDelegate.h"
#include "TimelineFilterModel.h"
#include "TimelineModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTreeView>
#include <QVBoxLayout>

namespace omnidesk::ui {

TimelinePanel::TimelinePanel(TimelineModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(new TimelineFilterModel(this)),
      m_proxy(new ChannelIconProxy(this)), m_channelBox(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_view(new QTreeView(this)), m_count(new QLabel(this)), m_empty(new QLabel(this)),
      m_age(new DataAgeLabel(this))
{
    setObjectName(QStringLiteral("timelinePanel"));
    setAttribute(Qt::WA_StyledBackground);
    auto *title = new QLabel(tr("Timeline"), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    m_count->setObjectName(QStringLiteral("panelMeta"));
    m_empty->setObjectName(QStringLiteral("emptyHint"));

    m_channelBox->setObjectName(QStringLiteral("timelineChannel"));
    m_channelBox->setAccessibleName(tr("Timeline channel"));
    m_channelBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setObjectName(QStringLiteral("timelineSearch"));
    m_search->setAccessibleName(tr("Search the timeline"));
    m_search->setPlaceholderText(tr("Search the timeline"));
    m_search->setClearButtonEnabled(true);

    m_filter->setSourceModel(m_model);
    m_proxy->setSourceModel(m_filter);
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
    top->addWidget(m_age);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_channelBox);
    filters->addWidget(m_search, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    // Visual order: channel, search, then the events.
    setTabOrder(m_channelBox, m_search);
    setTabOrder(m_search, m_view);

    connect(m_channelBox, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setChannel(m_channelBox->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &TimelineFilterModel::setSearchText);
    connect(m_filter, &TimelineFilterModel::filterChanged, this, &TimelinePanel::refresh);

    m_newTimer.setSingleShot(true);
    m_newTimer.setInterval(8000);
    connect(&m_newTimer, &QTimer::timeout, m_model, &TimelineModel::clearNew);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Another customer (or none): start unfiltered.
        m_search->clear();
        rebuildChannels();
        refresh();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                addChannels(first, last);
                refresh();
                if (m_model->newCount() > 0) {
                    m_view->scrollToTop();
                    m_newTimer.start();
                }
            });
    rebuildChannels();
    refresh();
}

void TimelinePanel::rebuildChannels()
{
    const QSignalBlocker blocker(m_channelBox);
    m_channelBox->clear();
    m_channelBox->addItem(tr("All channels"), QString());
    m_filter->setChannel(QString());
    addChannels(0, m_model->rowCount() - 1);
}

void TimelinePanel::addChannels(int first, int last)
{
    if (first > last)
        return;
    QSet<QString> known;
    for (int i = 1; i < m_channelBox->count(); ++i)
        known.insert(m_channelBox->itemData(i).toString());
    for (int row = first; row <= last; ++row) {
        const QString channel = m_model->eventAt(row).channel;
        if (channel.isEmpty() || known.contains(channel))
            continue;
        known.insert(channel);
        // Sorted by name after "All channels"; the selection stays on its channel.
        const QString name = TimelineModel::channelName(channel);
        int at = 1;
        while (at < m_channelBox->count() &&
               QString::localeAwareCompare(m_channelBox->itemText(at), name) < 0)
            ++at;
        const QSignalBlocker blocker(m_channelBox);
        m_channelBox->insertItem(at, name, channel);
    }
}

void TimelinePanel::refresh()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    QString count;
    if (total > 0 && m_filter->isFiltering())
        count = total == 1 ? tr("%1 of 1 event").arg(shown) : tr("%1 of %2 events").arg(shown).arg(total);
    else if (total > 0)
        count = total == 1 ? tr("1 event") : tr("%1 events").arg(total);
    m_count->setText(count);
    m_empty->setText(total == 0 ? tr("No activity recorded for this customer.")
                                : tr("No events match the channel and search."));
    m_view->setVisible(shown > 0);
    m_empty->setVisible(shown == 0);
}

QString TimelinePanel::countText() const
{
    return m_count->text();
}

} // namespace omnidesk::ui
