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

signals:
    void signInRequested(const QUrl &serverUrl, const QString &user, const QString &password);

private:
    void submit();

    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_error;
    QPushButton *m_signIn;
};

} // namespace omnidesk::ui
