#include "ExportDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace omnidesk::ui {

ExportDialog::ExportDialog(const QString &suggestedPath, QWidget *parent)
    : QDialog(parent), m_path(new QLineEdit(suggestedPath, this)),
      m_reveal(new QCheckBox(tr("Show customer &names"), this)), m_reason(new QLineEdit(this)),
      m_hint(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export interactions"));
    setObjectName(QStringLiteral("exportDialog"));
    setMinimumWidth(560);

    m_path->setAccessibleName(tr("File to save"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAutoDefault(false);
    browse->setAccessibleDescription(tr("Choose the file in a file dialog"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_reveal->setAccessibleDescription(
        tr("Names are masked to initials unless you show them and give a reason, which is audited"));
    m_reason->setPlaceholderText(tr("why you need the names (recorded in the audit log)"));
    m_reason->setAccessibleName(tr("Reason for showing names"));
    m_reason->setEnabled(false);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("panelMeta"));

    QPushButton *save = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);

    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    auto *form = new QFormLayout;
    form->addRow(fileLabel, pathRow);
    form->addRow(QString(), m_reveal);
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::update);
    connect(m_reason, &QLineEdit::textChanged, this, &ExportDialog::update);
    connect(m_reveal, &QCheckBox::toggled, this, [this](bool on) {
        m_reason->setEnabled(on);
        if (on)
            m_reason->setFocus(Qt::OtherFocusReason);
        update();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canExport())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QString ExportDialog::filePath() const
{
    return m_path->text().trimmed();
}

QString ExportDialog::revealReason() const
{
    return m_reveal->isChecked() ? m_reason->text().simplified() : QString();
}

bool ExportDialog::canExport() const
{
    return !filePath().isEmpty() &&
           (!m_reveal->isChecked() || m_reason->text().simplified().size() >= kMinimumReasonLength);
}

void ExportDialog::browse()
{
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export interactions"), filePath(), tr("CSV files (*.csv)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::update()
{
    if (filePath().isEmpty())
        m_hint->setText(tr("Choose a file to save the export in."));
    else if (!m_reveal->isChecked())
        m_hint->setText(tr("Customer names are exported as initials; phone numbers and email addresses in "
                           "the notes are masked."));
    else if (m_reason->text().simplified().size() < kMinimumReasonLength)
        m_hint->setText(
            tr("Give a reason of at least %n characters to show names.", nullptr, kMinimumReasonLength));
    else
        m_hint->setText(
            tr("Names and notes are exported as written; your reason is recorded in the audit log."));
    for (QAbstractButton *button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(canExport());
}

} // namespace omnidesk::ui
