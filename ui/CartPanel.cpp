#include "CartPanel.h"

#include "CartModel.h"
#include "HighlightDelegate.h"
#include "RelativeTime.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace omnidesk::ui {

CartPanel::CartPanel(CartModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_view(new QTableView(this)), m_summary(new QLabel(this)),
      m_abandoned(new QLabel(this)), m_total(new QLabel(this)), m_age(new QLabel(this)),
      m_empty(new QLabel(this)), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("cartPanel"));
    setAttribute(Qt::WA_StyledBackground);
    auto *title = new QLabel(tr("Cart"), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    m_summary->setObjectName(QStringLiteral("panelMeta"));
    m_age->setObjectName(QStringLiteral("dataAge"));
    m_abandoned->setObjectName(QStringLiteral("abandonedBadge"));
    m_total->setObjectName(QStringLiteral("cartTotal"));
    m_empty->setObjectName(QStringLiteral("emptyHint"));
    m_empty->setText(tr("The cart is empty."));

    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("cartTable"));
    m_view->setAccessibleName(tr("Cart lines"));
    m_view->setItemDelegate(new HighlightDelegate(CartModel::ChangedRecentlyRole, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(30);
    m_view->horizontalHeader()->setSectionResizeMode(CartModel::ProductColumn, QHeaderView::Stretch);
    for (int column :
         {int(CartModel::QuantityColumn), int(CartModel::UnitPriceColumn), int(CartModel::LineTotalColumn)})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setMinimumHeight(130);

    m_total->setAccessibleName(tr("Cart total"));
    m_age->setAccessibleName(tr("Cart data age"));
    m_abandoned->setAccessibleName(tr("Cart abandonment"));

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(8);
    top->addWidget(m_summary);
    top->addStretch();
    top->addWidget(m_abandoned);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_age);
    bottom->addStretch();
    bottom->addWidget(m_total);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addLayout(bottom);

    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, this, &CartPanel::updateAge);
    m_ageTimer.start();
    m_highlightTimer.setSingleShot(true);
    m_highlightTimer.setInterval(6000);
    connect(&m_highlightTimer, &QTimer::timeout, m_model, &CartModel::clearHighlights);
    connect(m_model, &CartModel::cartChanged, this, [this] {
        refresh();
        if (m_model->changedCount() > 0)
            m_highlightTimer.start();
    });
    refresh();
}

void CartPanel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refresh();
}

void CartPanel::refresh()
{
    const Cart &cart = m_model->cart();
    const bool empty = cart.lines.isEmpty();
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    m_summary->setText(empty ? QString()
                             : (cart.itemCount() == 1 ? tr("1 item") : tr("%1 items").arg(cart.itemCount())));
    m_total->setText(tr("Total %1").arg(formatMoney(cart.total(), cart.currency)));
    m_total->setVisible(!empty);
    updateAge();
}

void CartPanel::updateAge()
{
    const Cart &cart = m_model->cart();
    const QDateTime now = m_clock();
    if (cart.abandonedSince.isValid() && !cart.lines.isEmpty()) {
        m_abandoned->setText(tr("Abandoned %1").arg(RelativeTime::ago(cart.abandonedSince, now)));
        m_abandoned->setVisible(true);
    } else {
        m_abandoned->clear();
        m_abandoned->setVisible(false);
    }
    m_age->setText(cart.updatedAt.isValid() ? tr("Updated %1").arg(RelativeTime::ago(cart.updatedAt, now))
                                            : QString());
}

QString CartPanel::totalText() const
{
    return m_total->text();
}
QString CartPanel::ageText() const
{
    return m_age->text();
}
QString CartPanel::abandonedText() const
{
    return m_abandoned->text();
}
QString CartPanel::summaryText() const
{
    return m_summary->text();
}

} // namespace omnidesk::ui
