#include "NextStepPanel.h"

#include "DataAgeLabel.h"
#include "NextStepModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace omnidesk::ui {

NextStepPanel::NextStepPanel(NextStepModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_count(new QLabel(this)), m_age(new DataAgeLabel(this)),
      m_list(new QListWidget(this)), m_title(new QLabel(this)), m_reason(new QLabel(this)),
      m_pointsLabel(new QLabel(this)), m_accept(new QPushButton(tr("Accept"), this)),
      m_dismiss(new QPushButton(tr("Dismiss…"), this)), m_dismissRow(new QWidget(this)),
      m_reasonBox(new QComboBox(m_dismissRow)),
      m_confirmDismiss(new QPushButton(tr("Dismiss step"), m_dismissRow))
{
    setObjectName(QStringLiteral("nextStepPanel"));
    setAttribute(Qt::WA_StyledBackground);
    auto *heading = new QLabel(tr("Next steps"), this);
    heading->setObjectName(QStringLiteral("panelTitle"));
    m_count->setObjectName(QStringLiteral("panelMeta"));
    m_title->setObjectName(QStringLiteral("nextStepTitle"));
    m_reason->setObjectName(QStringLiteral("nextStepReason"));
    m_title->setAccessibleName(tr("Recommended next step"));
    m_reason->setAccessibleName(tr("Why this step is recommended"));
    m_pointsLabel->setAccessibleName(tr("Talking points"));
    for (QLabel *label : {m_title, m_reason, m_pointsLabel}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_pointsLabel->setTextFormat(Qt::RichText);

    m_list->setObjectName(QStringLiteral("nextStepList"));
    m_list->setAccessibleName(tr("Recommended next steps, highest priority first"));
    m_list->setAccessibleDescription(tr("Ctrl+Shift+Y accepts the selected step, Ctrl+Shift+D dismisses it"));
    m_list->setMaximumHeight(96);
    m_list->setUniformItemSizes(true);

    m_accept->setObjectName(QStringLiteral("acceptStep"));
    m_accept->setToolTip(tr("Accept the selected step (Ctrl+Shift+Y)"));
    m_accept->setAccessibleName(tr("Accept step"));
    m_dismiss->setObjectName(QStringLiteral("dismissStep"));
    m_dismiss->setToolTip(tr("Dismiss the selected step with a reason (Ctrl+Shift+D)"));
    m_dismiss->setAccessibleName(tr("Dismiss step"));
    for (QPushButton *button : {m_accept, m_dismiss, m_confirmDismiss})
        button->setAutoDefault(false);

    m_reasonBox->setEditable(true);
    m_reasonBox->addItems(dismissReasons());
    m_reasonBox->setCurrentIndex(-1);
    m_reasonBox->lineEdit()->setPlaceholderText(
        tr("Why is this step not right? Enter to confirm, Esc to cancel"));
    m_reasonBox->setAccessibleName(tr("Reason for dismissing the step"));
    m_reasonBox->installEventFilter(this);
    m_reasonBox->lineEdit()->installEventFilter(this);
    auto *dismissLayout = new QHBoxLayout(m_dismissRow);
    dismissLayout->setContentsMargins(0, 0, 0, 0);
    dismissLayout->addWidget(m_reasonBox, 1);
    dismissLayout->addWidget(m_confirmDismiss);
    m_dismissRow->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addSpacing(8);
    top->addWidget(m_count);
    top->addStretch();
    top->addWidget(m_age);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_accept);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_list);
    layout->addWidget(m_title);
    layout->addWidget(m_reason);
    layout->addWidget(m_pointsLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_dismissRow);

    const struct
    {
        QKeySequence keys;
        void (NextStepPanel::*slot)();
    } keys[] = {
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y), &NextStepPanel::acceptCurrent},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), &NextStepPanel::startDismiss},
    };
    for (const auto &key : keys) {
        auto *shortcut = new QShortcut(key.keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, key.slot);
    }
    connect(m_accept, &QPushButton::clicked, this, &NextStepPanel::acceptCurrent);
    connect(m_dismiss, &QPushButton::clicked, this, &NextStepPanel::startDismiss);
    connect(m_confirmDismiss, &QPushButton::clicked, this, &NextStepPanel::confirmDismiss);
    connect(m_list, &QListWidget::currentRowChanged, this, &NextStepPanel::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NextStepPanel::rebuildList);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &NextStepPanel::rebuildList);
    rebuildList();
}

QStringList NextStepPanel::dismissReasons()
{
    return {tr("Customer not interested"), tr("Not relevant for this customer"), tr("Already done"),
            tr("Customer asked not to be contacted")};
}

void NextStepPanel::rebuildList()
{
    const QString selected = currentStepId();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QList<NextStep> &steps = m_model->steps();
    int undecided = 0;
    int selectRow = -1;
    for (int i = 0; i < steps.size(); ++i) {
        const NextStep &step = steps.at(i);
        const QString decision = m_model->decisionOf(step.id);
        QString text = tr("%1. %2").arg(i + 1).arg(step.title);
        if (decision == QLatin1StringView("accepted"))
            text += QStringLiteral("  \u2014 ") + tr("accepted");
        else if (decision == QLatin1StringView("dismissed"))
            text += QStringLiteral("  \u2014 ") + tr("dismissed");
        else
            ++undecided;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, step.id);
        item->setToolTip(step.reason);
        if (!decision.isEmpty()) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
        if (step.id == selected)
            selectRow = i;
    }
    m_count->setText(steps.isEmpty() ? QString() : tr("%n open", nullptr, undecided));
    m_list->setVisible(steps.size() > 1);
    m_list->setCurrentRow(selectRow >= 0 ? selectRow : (steps.isEmpty() ? -1 : 0));
    if (!m_dismissStepId.isEmpty() && m_dismissStepId != currentStepId())
        cancelDismiss(); // the step being dismissed is gone or no longer selected
    showSelected();
}

QString NextStepPanel::currentStepId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void NextStepPanel::showSelected()
{
    const int row = m_list->currentRow();
    const QList<NextStep> &steps = m_model->steps();
    if (row < 0 || row >= steps.size()) {
        m_title->setText(tr("No recommendation for this customer."));
        m_reason->clear();
        m_reason->hide();
        m_points.clear();
        m_pointsLabel->clear();
        m_pointsLabel->hide();
        m_accept->setEnabled(false);
        m_dismiss->setEnabled(false);
        cancelDismiss();
        return;
    }
    const NextStep &step = steps.at(row);
    m_title->setText(step.title);
    m_reason->setText(tr("Why: %1").arg(step.reason));
    m_reason->setVisible(!step.reason.isEmpty());
    m_points = step.talkingPoints;
    QString html;
    if (!m_points.isEmpty()) {
        html = QStringLiteral("<ul style=\"margin-left:-20px\">");
        for (const QString &point : std::as_const(m_points))
            html += QStringLiteral("<li>%1</li>").arg(point.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_pointsLabel->setText(html);
    m_pointsLabel->setVisible(!m_points.isEmpty());
    const QString decision = m_model->decisionOf(step.id);
    m_accept->setEnabled(decision != QLatin1StringView("accepted"));
    m_dismiss->setEnabled(decision != QLatin1StringView("dismissed"));
}

void NextStepPanel::acceptCurrent()
{
    const QString id = currentStepId();
    if (id.isEmpty())
        return;
    cancelDismiss();
    m_model->decide(id, QStringLiteral("accepted"));
}

void NextStepPanel::startDismiss()
{
    if (currentStepId().isEmpty())
        return;
    m_dismissStepId = currentStepId();
    m_dismissRow->show();
    m_reasonBox->setCurrentIndex(-1);
    m_reasonBox->setEditText(QString());
    m_reasonBox->setFocus(Qt::ShortcutFocusReason);
}

void NextStepPanel::confirmDismiss()
{
    const QString reason = m_reasonBox->currentText().trimmed();
    if (reason.isEmpty()) {
        m_reasonBox->setFocus();
        return;
    }
    const QString id = m_dismissStepId;
    cancelDismiss();
    m_model->decide(id, QStringLiteral("dismissed"), reason);
    m_list->setFocus();
}

void NextStepPanel::cancelDismiss()
{
    m_dismissStepId.clear();
    m_dismissRow->hide();
}

bool NextStepPanel::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_reasonBox || watched == m_reasonBox->lineEdit()) && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            confirmDismiss();
            return true;
        }
        if (key == Qt::Key_Escape) {
            cancelDismiss();
            m_list->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString NextStepPanel::titleText() const
{
    return m_title->text();
}

QString NextStepPanel::reasonText() const
{
    return m_reason->text();
}

} // namespace omnidesk::ui
