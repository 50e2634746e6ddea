#include "AuditView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace omnidesk::ui {

AuditView::AuditView(QWidget *parent)
    : QWidget(parent), m_list(new QTreeWidget(this)), m_status(new QLabel(this)),
      m_refresh(new QPushButton(tr("Re&fresh"), this)), m_older(new QPushButton(tr("Load older"), this))
{
    setObjectName(QStringLiteral("auditView"));
    auto *title = new QLabel(tr("Audit log"), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    auto *hint =
        new QLabel(tr("Who looked up, viewed, exported or revealed customer data, when and why."), this);
    hint->setObjectName(QStringLiteral("panelMeta"));
    m_status->setObjectName(QStringLiteral("panelMeta"));

    m_list->setObjectName(QStringLiteral("auditList"));
    m_list->setAccessibleName(tr("Audit entries"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Time"), tr("Who"), tr("Action"), tr("Customers"), tr("Detail")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_older->setEnabled(false);
    for (QPushButton *button : {m_refresh, m_older})
        button->setAutoDefault(false);

    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addWidget(hint, 1);
    head->addWidget(m_refresh);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_older);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(head);
    layout->addWidget(m_list, 1);
    layout->addLayout(bottom);

    connect(m_refresh, &QPushButton::clicked, this, &AuditView::refresh);
    connect(m_older, &QPushButton::clicked, this, [this] {
        if (m_nextBefore <= 0)
            return;
        m_older->setEnabled(false);
        m_status->setText(tr("Loading…"));
        emit olderRequested(m_nextBefore);
    });
}

void AuditView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

void AuditView::refresh()
{
    m_loaded = true;
    m_status->setText(tr("Loading…"));
    emit refreshRequested();
}

void AuditView::setEntries(const QList<net::AuditLine> &entries, qint64 nextBefore, bool first)
{
    if (first)
        m_list->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(entries.size());
    for (const net::AuditLine &e : entries) {
        auto *item = new QTreeWidgetItem({QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat),
                                          e.actor, e.action, e.targets.join(QStringLiteral(", ")), e.detail});
        item->setData(0, Qt::UserRole, e.id);
        item->setToolTip(4, e.detail);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    m_nextBefore = nextBefore;
    m_older->setEnabled(nextBefore > 0);
    m_status->setText(m_list->topLevelItemCount() == 0
                          ? tr("The audit log is empty.")
                          : tr("Showing the newest %n entries", nullptr, m_list->topLevelItemCount()));
}

void AuditView::setError(const QString &message)
{
    m_status->setText(tr("Could not load: %1").arg(message));
    m_older->setEnabled(m_nextBefore > 0);
}

QString AuditView::statusText() const
{
    return m_status->text();
}

} // namespace omnidesk::ui
