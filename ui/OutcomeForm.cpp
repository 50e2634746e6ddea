#include "OutcomeForm.h"

#include "Dispositions.h"

#include "Messages.h"
#include "Protocol.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QVBoxLayout>

namespace omnidesk::ui {

namespace {
void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}
} // namespace

OutcomeForm::OutcomeForm(QWidget *parent)
    : QWidget(parent), m_disposition(new QComboBox(this)), m_notes(new QPlainTextEdit(this)),
      m_intentLabel(new QLabel(tr("Purchase &intent"), this)), m_intent(new QListWidget(this)),
      m_followUp(new QCheckBox(tr("Follow &up"), this)), m_followUpDate(new QDateEdit(this)),
      m_followUpChannel(new QComboBox(this)), m_save(new QPushButton(tr("Save outcome"), this)),
      m_status(new QLabel(this)), m_counter(new QLabel(this))
{
    setObjectName(QStringLiteral("outcomeForm"));
    setAttribute(Qt::WA_StyledBackground);
    auto *heading = new QLabel(tr("Outcome"), this);
    heading->setObjectName(QStringLiteral("panelTitle"));

    setDispositions(protocol::dispositionCodes());
    m_disposition->setPlaceholderText(tr("Choose a disposition…"));
    m_disposition->setCurrentIndex(-1);
    m_disposition->setAccessibleName(tr("Disposition"));
    auto *dispositionLabelWidget = new QLabel(tr("&Disposition"), this);
    dispositionLabelWidget->setBuddy(m_disposition);

    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("What was agreed, what to follow up…"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(80);
    auto *notesLabel = new QLabel(tr("&Notes"), this);
    notesLabel->setBuddy(m_notes);

    m_intent->setObjectName(QStringLiteral("intentList"));
    m_intent->setAccessibleName(tr("Purchase intent: cart lines the customer means to buy"));
    m_intent->setAccessibleDescription(tr("Space ticks or unticks the selected line"));
    m_intent->setMaximumHeight(84);
    m_intentLabel->setBuddy(m_intent);

    m_followUp->setAccessibleName(tr("Plan a follow-up"));
    m_followUpDate->setCalendarPopup(true);
    m_followUpDate->setAccessibleName(tr("Follow-up date"));
    m_followUpDate->setEnabled(false);
    m_followUpChannel->setAccessibleName(tr("Follow-up channel"));
    m_followUpChannel->setEnabled(false);
    for (const QString &channel : protocol::followUpChannels())
        m_followUpChannel->addItem(Dispositions::followUpChannelLabel(channel), channel);
    connect(m_followUp, &QCheckBox::toggled, this, [this](bool on) {
        m_followUpDate->setEnabled(on);
        m_followUpChannel->setEnabled(on);
        m_dirty = true;
        updateSaveEnabled();
    });
    connect(m_intent, &QListWidget::itemChanged, this, [this] {
        m_dirty = true;
        updateSaveEnabled();
    });
    auto *followUpRow = new QHBoxLayout;
    followUpRow->addWidget(m_followUp);
    followUpRow->addWidget(m_followUpDate);
    followUpRow->addWidget(m_followUpChannel, 1);

    m_save->setObjectName(QStringLiteral("saveOutcome"));
    m_save->setAccessibleName(tr("Save outcome"));
    m_save->setToolTip(tr("Save outcome (Ctrl+Return)"));
    m_save->setDefault(true);
    m_status->setObjectName(QStringLiteral("outcomeStatus"));
    m_status->setAccessibleName(tr("Outcome status"));
    m_status->setWordWrap(true);
    m_counter->setObjectName(QStringLiteral("panelMeta"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save);

    auto *notesRow = new QHBoxLayout;
    notesRow->addWidget(notesLabel);
    notesRow->addStretch();
    notesRow->addWidget(m_counter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    layout->addWidget(heading);
    layout->addWidget(dispositionLabelWidget);
    layout->addWidget(m_disposition);
    layout->addLayout(notesRow);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_intentLabel);
    layout->addWidget(m_intent);
    layout->addLayout(followUpRow);
    layout->addLayout(buttons);

    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &OutcomeForm::save);
    }
    connect(m_save, &QPushButton::clicked, this, &OutcomeForm::save);
    connect(m_disposition, &QComboBox::currentIndexChanged, this, [this] {
        m_dirty = true;
        updateSaveEnabled();
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        m_dirty = true;
        const int length = int(m_notes->toPlainText().size());
        m_counter->setText(length > protocol::kMaxNotesChars - 500
                               ? tr("%1 / %2").arg(length).arg(protocol::kMaxNotesChars)
                               : QString());
        updateSaveEnabled();
    });
    reset();
}

void OutcomeForm::setDispositions(const QStringList &codes)
{
    const QString current = disposition();
    const QSignalBlocker blocker(m_disposition);
    m_disposition->clear();
    for (const QString &code : codes)
        m_disposition->addItem(Dispositions::label(code), code);
    m_disposition->setCurrentIndex(m_disposition->findData(current));
}

QStringList OutcomeForm::dispositions() const
{
    QStringList codes;
    for (int i = 0; i < m_disposition->count(); ++i)
        codes.append(m_disposition->itemData(i).toString());
    return codes;
}

void OutcomeForm::setCartLines(const QList<CartLine> &lines)
{
    QStringList ticked;
    for (const CartLine &line : intent())
        ticked.append(line.sku);
    m_lines = lines;
    const QSignalBlocker blocker(m_intent);
    m_intent->clear();
    for (const CartLine &line : lines) {
        auto *item = new QListWidgetItem(
            tr("%1 \u00d7 %2").arg(line.quantity).arg(line.name.isEmpty() ? line.sku : line.name), m_intent);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(line.sku) ? Qt::Checked : Qt::Unchecked);
    }
    const bool any = !lines.isEmpty();
    m_intentLabel->setVisible(any);
    m_intent->setVisible(any);
}

QList<CartLine> OutcomeForm::intent() const
{
    QList<CartLine> lines;
    for (int i = 0; i < m_intent->count() && i < m_lines.size(); ++i) {
        if (m_intent->item(i)->checkState() == Qt::Checked)
            lines.append(m_lines.at(i));
    }
    return lines;
}

std::optional<protocol::FollowUp> OutcomeForm::followUp() const
{
    if (!m_followUp->isChecked())
        return std::nullopt;
    return protocol::FollowUp{m_followUpDate->date(), m_followUpChannel->currentData().toString()};
}

void OutcomeForm::reset()
{
    m_disposition->setCurrentIndex(-1);
    m_notes->clear();
    {
        const QSignalBlocker blocker(m_intent);
        for (int i = 0; i < m_intent->count(); ++i)
            m_intent->item(i)->setCheckState(Qt::Unchecked);
    }
    m_followUp->setChecked(false);
    m_followUpDate->setDate(QDate::currentDate().addDays(1));
    m_followUpDate->setMinimumDate(QDate::currentDate());
    m_followUpChannel->setCurrentIndex(0);
    m_status->clear();
    m_status->setProperty("state", QString());
    repolish(m_status);
    m_key.clear();
    m_dirty = false;
    updateSaveEnabled();
}

QString OutcomeForm::disposition() const
{
    return m_disposition->currentData().toString();
}

QString OutcomeForm::notes() const
{
    return m_notes->toPlainText();
}

void OutcomeForm::updateSaveEnabled()
{
    const bool valid = m_disposition->currentIndex() >= 0 && notes().size() <= protocol::kMaxNotesChars;
    m_save->setEnabled(valid && m_dirty);
}

void OutcomeForm::save()
{
    if (!m_save->isEnabled()) {
        if (m_disposition->currentIndex() < 0) {
            m_status->setText(tr("Choose a disposition first."));
            m_disposition->setFocus();
        }
        return;
    }
    m_dirty = false;
    updateSaveEnabled();
    emit saveRequested(disposition(), notes());
}

void OutcomeForm::setSavedLocally(const QString &key, bool online)
{
    m_key = key;
    m_status->setText(online ? tr("Saved locally — sending…")
                             : tr("Saved locally — will be sent when the connection is back."));
    m_status->setProperty("state", QStringLiteral("pending"));
    repolish(m_status);
}

void OutcomeForm::setStored(const QString &key, qint64 outcomeId)
{
    if (key != m_key)
        return;
    m_status->setText(outcomeId > 0 ? tr("Stored in profile (#%1)").arg(outcomeId) : tr("Stored in profile"));
    m_status->setProperty("state", QStringLiteral("stored"));
    repolish(m_status);
}

void OutcomeForm::setSaveFailed(const QString &message)
{
    m_status->setText(tr("Could not save: %1").arg(message));
    m_status->setProperty("state", QStringLiteral("error"));
    repolish(m_status);
    m_dirty = true;
    updateSaveEnabled();
}

QString OutcomeForm::statusText() const
{
    return m_status->text();
}

} // namespace omnidesk::ui
