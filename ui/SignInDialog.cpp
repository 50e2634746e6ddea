#include "SignInDialog.h"

#include "Icons.h"
#include "ProfileClient.h"
#include "Theme.h"
#include "TlsTrust.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace omnidesk::ui {

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent), m_server(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_remember(new QCheckBox(tr("&Remember me on this computer"), this)),
      m_error(new QLabel(this)), m_notice(new QLabel(this)),
      m_trustCa(new QPushButton(tr("&Trust a company CA certificate…"), this)),
      m_signIn(new QPushButton(tr("Sign in"), this))
{
    setWindowTitle(tr("Sign in to Omnidesk"));
    setWindowIcon(Icons::app());
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(QStringLiteral("https://profiles.example.com:8477"));
    m_user->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setAccessibleName(tr("Remember me on this computer"));
    m_remember->setAccessibleDescription(
        tr("Keeps a sign-in token in the system keychain so you are signed in at the next start. "
           "The password is never stored."));
    m_remember->setToolTip(m_remember->accessibleDescription());
    m_error->setAccessibleName(tr("Sign-in error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::errorColor(Theme::isDark()).name()));
    m_error->hide();
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setAccessibleName(tr("Sign-in notice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_trustCa->setAccessibleDescription(
        tr("Choose the PEM file of your company's certificate authority. Omnidesk then trusts "
           "certificates it issued, in addition to those the system trusts."));
    m_trustCa->setToolTip(m_trustCa->accessibleDescription());
    m_trustCa->hide();
    connect(m_trustCa, &QPushButton::clicked, this, &SignInDialog::chooseCaFile);
    m_signIn->setDefault(true);
    m_signIn->setAccessibleName(tr("Sign in"));

    auto *title = new QLabel(tr("Sign in to the profile service"), this);
    title->setStyleSheet(QStringLiteral("font-size: 16px; font-weight: 600;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_trustCa, 0, Qt::AlignLeft);
    layout->addWidget(m_notice);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void SignInDialog::setServerUrl(const QUrl &url)
{
    m_server->setText(url.toString());
    // With the address known, the first thing to type is the user name.
    if (!url.isEmpty() && m_user->text().isEmpty())
        m_user->setFocus();
}

void SignInDialog::setUser(const QString &user)
{
    m_user->setText(user);
    if (!user.isEmpty())
        m_password->setFocus();
}

QUrl SignInDialog::serverUrl() const
{
    return net::ProfileClient::webSocketUrl(QUrl(m_server->text().trimmed(), QUrl::StrictMode));
}

QString SignInDialog::user() const
{
    return m_user->text().trimmed();
}

QString SignInDialog::password() const
{
    return m_password->text();
}

void SignInDialog::setRememberMe(bool remember)
{
    m_remember->setChecked(remember);
}

bool SignInDialog::rememberMe() const
{
    return m_remember->isChecked();
}

void SignInDialog::setBusy(bool busy)
{
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
    if (busy) {
        m_error->hide();
        m_notice->hide();
        m_trustCa->hide();
    }
}

void SignInDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->show();
    adjustSize(); // room for a long explanation (a refused certificate)
    m_password->selectAll();
    m_password->setFocus();
}

QString SignInDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void SignInDialog::showTlsError(const QString &message)
{
    showError(message);
    m_notice->hide();
    m_trustCa->show();
    adjustSize();
}

QString SignInDialog::noticeText() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

void SignInDialog::chooseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Company CA certificate"), QString(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        trustCaFile(path);
}

bool SignInDialog::trustCaFile(const QString &path)
{
    QString error;
    const QList<QSslCertificate> certificates = net::TlsTrust::readCaFile(path, &error);
    if (certificates.isEmpty()) {
        m_notice->hide();
        m_error->setText(error);
        m_error->show();
        return false;
    }
    net::TlsTrust::setCompanyCas(certificates);
    m_error->hide();
    m_trustCa->hide();
    m_notice->setText(
        tr("Now trusting %1. Sign in again.").arg(net::TlsTrust::describeCa(certificates.constFirst())));
    m_notice->show();
    adjustSize();
    m_signIn->setFocus();
    return true;
}

void SignInDialog::submit()
{
    const QUrl url = net::ProfileClient::webSocketUrl(QUrl(m_server->text().trimmed(), QUrl::StrictMode));
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss"))) {
        showError(tr("Enter the server address as https://host:port or wss://host:port (http:// or ws:// "
                     "when the service runs without TLS)."));
        m_server->setFocus();
        return;
    }
    if (user().isEmpty() || password().isEmpty()) {
        showError(tr("Enter your user name and password."));
        (user().isEmpty() ? m_user : m_password)->setFocus();
        return;
    }
    setBusy(true);
    emit signInRequested(url, user(), password());
}

} // namespace omnidesk::ui
