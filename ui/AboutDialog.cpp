#include "AboutDialog.h"

#include "Icons.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace omnidesk::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Omnidesk"));

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::app().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    icon->setAccessibleName(tr("Omnidesk logo"));

    auto *name = new QLabel(QStringLiteral("Omnidesk"), this);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setWeight(QFont::DemiBold);
    name->setFont(nameFont);

    auto *summary =
        new QLabel(tr("The contact-center agent desktop: the caller's profile, live cart and next "
                      "step at a glance, and every outcome saved exactly once."),
                   this);
    summary->setWordWrap(true);
    auto *version = new QLabel(versionText(), this);
    version->setObjectName(QStringLiteral("aboutVersion"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *qt = new QLabel(qtVersionText(), this);
    qt->setObjectName(QStringLiteral("aboutQt"));
    qt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *licence = new QLabel(tr("Omnidesk is distributed under the licence in the LICENSE file that comes "
                                  "with it. It uses the Qt toolkit under the GNU LGPL version 3."),
                               this);
    licence->setObjectName(QStringLiteral("aboutLicence"));
    licence->setWordWrap(true);

    auto *text = new QVBoxLayout;
    text->addWidget(name);
    text->addWidget(version);
    text->addSpacing(6);
    text->addWidget(summary);
    text->addSpacing(6);
    text->addWidget(qt);
    text->addWidget(licence);
    text->addStretch();

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(12);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString AboutDialog::versionText()
{
    return tr("Version %1").arg(QStringLiteral(OMNIDESK_VERSION));
}

QString AboutDialog::qtVersionText()
{
    return tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
}

} // namespace omnidesk::ui
