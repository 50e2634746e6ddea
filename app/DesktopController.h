#pragma once

#include <QObject>
#include <QUrl>

#include <memory>

namespace omnidesk::net {
class Outbox;
class OutcomeSender;
class ProfileClient;
} // namespace omnidesk::net

namespace omnidesk::ui {
class MainWindow;
class SignInDialog;
} // namespace omnidesk::ui

namespace omnidesk {

// Wires the desktop together: the connection to the profile service, the
// durable outcome outbox and the main window with its call view.
class DesktopController : public QObject
{
    Q_OBJECT
public:
    // dataDir holds the outbox database (created if missing).
    explicit DesktopController(const QString &dataDir, QObject *parent = nullptr);
    ~DesktopController() override;

    void setServerUrl(const QUrl &url);
    QUrl serverUrl() const { return m_serverUrl; }

    // Shows the main window and signs in with the given credentials.
    void startWithCredentials(const QString &user, const QString &password);
    // Shows the main window and the sign-in dialog (user pre-filled if given).
    void startWithDialog(const QString &user = QString());

    net::ProfileClient *client() const { return m_client; }
    net::Outbox *outbox() const { return m_outbox; }
    ui::MainWindow *mainWindow() const { return m_window.get(); }
    ui::SignInDialog *signInDialog() const { return m_dialog; }

private:
    void wireClient();
    void wireOutcomes();
    void showSignIn(const QString &user, const QString &error);
    void signOut();

    QUrl m_serverUrl;
    net::ProfileClient *m_client;
    net::Outbox *m_outbox;
    net::OutcomeSender *m_sender;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::SignInDialog *m_dialog = nullptr; // child of the window
};

} // namespace omnidesk
