#include "RevealDialog.h"

#include "ExportDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace omnidesk::ui {

RevealDialog::RevealDialog(const QString &masked, QWidget *parent)
    : QDialog(parent), m_reason(new QLineEdit(this)), m_hint(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Reveal customer"));
    setObjectName(QStringLiteral("revealDialog"));
    setMinimumWidth(480);

    auto *intro = new QLabel(
        masked.isEmpty()
            ? tr("The customer's name is masked in the interaction log.")
            : tr("The customer is shown masked as \u201c%1\u201d in the interaction log.").arg(masked),
        this);
    intro->setWordWrap(true);
    m_reason->setPlaceholderText(tr("why you need the name (recorded in the audit log)"));
    m_reason->setAccessibleName(tr("Reason for revealing the customer"));
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("panelMeta"));
    QPushButton *reveal = m_buttons->addButton(tr("Re&veal"), QDialogButtonBox::AcceptRole);
    reveal->setDefault(true);

    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    auto *form = new QFormLayout;
    form->addRow(reasonLabel, m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    connect(m_reason, &QLineEdit::textChanged, this, &RevealDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canReveal())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_reason->setFocus(Qt::OtherFocusReason);
    update();
}

QString RevealDialog::reason() const
{
    return m_reason->text().simplified();
}

bool RevealDialog::canReveal() const
{
    return reason().size() >= ExportDialog::kMinimumReasonLength;
}

void RevealDialog::update()
{
    m_hint->setText(canReveal() ? tr("The name is shown for this interaction; your reason is recorded in the "
                                     "audit log.")
                                : tr("Give a reason of at least %n characters to reveal the name.", nullptr,
                                     ExportDialog::kMinimumReasonLength));
    for (QAbstractButton *button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(canReveal());
}

} // namespace omnidesk::ui
