#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace omnidesk::ui {

// Asks for the service address and the agent's credentials. It stays open
// while signing in so that errors can be shown in place.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QWidget *parent = nullptr);

    void setServerUrl(const QUrl &url);
    void setUser(const QString &user);
    QUrl serverUrl() const;
    QString user() const;
    QString password() const;
    // "Remember me on this computer": keep a session token in the keychain.
    void setRememberMe(bool remember);
    bool rememberMe() const;

    void setBusy(bool busy);
    void showError(const QString &message);
    QString errorText() const;
    // A refused certificate or a failed TLS handshake (net::TlsTrust explains
    // it): shows the message and offers "Trust a company CA certificate…".
    void showTlsError(const QString &message);
    // Trusts the CA certificates in a PEM file from now on (net::TlsTrust,
    // kept in the settings); the button's file dialog ends here. False, with
    // the reason shown, when the file holds no certificate.
    bool trustCaFile(const QString &path);
    QPushButton *trustCaButton() const { return m_trustCa; }
    // The confirmation after trustCaFile() ("" when none is shown).
    QString noticeText() const;

signals:
    void signInRequested(const QUrl &serverUrl, const QString &user, const QString &password);

private:
    void submit();
    void chooseCaFile();

    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_error;
    QLabel *m_notice;
    QPushButton *m_trustCa;
    QPushButton *m_signIn;
};

} // namespace omnidesk::ui
