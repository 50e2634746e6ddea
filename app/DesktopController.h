#pragma once

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <memory>

class QSystemTrayIcon;

namespace omnidesk::net {
class CredentialStore;
class Outbox;
class OutcomeSender;
class ProfileClient;
class ReportClient;
} // namespace omnidesk::net

namespace omnidesk::ui {
class LookupDialog;
class MainWindow;
class SignInDialog;
} // namespace omnidesk::ui

namespace omnidesk::protocol {
struct ActiveCall;
}

namespace omnidesk {

struct OpenRequest;

// Wires the desktop together: the connection to the profile service, the
// durable outcome outbox, the main window with its call view and the
// "remember me" sign-in kept in the keychain.
//
// QSettings (organisation and application "Omnidesk", group signIn) keeps the
// last server address, user name and the remember flag; the session token
// lives only in the keychain, under CredentialStore::scopedKey(server, user).
// Sign-ins made with startWithCredentials() never touch either.
class DesktopController : public QObject
{
    Q_OBJECT
public:
    // dataDir holds the outbox database (created if missing).
    explicit DesktopController(const QString &dataDir, QObject *parent = nullptr);
    // As above with the keychain access to use (not owned; tests pass a fake).
    DesktopController(const QString &dataDir, net::CredentialStore *credentials, QObject *parent = nullptr);
    ~DesktopController() override;

    void setServerUrl(const QUrl &url);
    QUrl serverUrl() const { return m_serverUrl; }

    // The server address of the last sign-in through the dialog, if any.
    static QUrl lastServerUrl();

    // Shows the main window and signs in with the given credentials.
    void startWithCredentials(const QString &user, const QString &password);
    // Shows the main window and the sign-in dialog (user pre-filled if given).
    void startWithDialog(const QString &user = QString());
    // Shows the main window; when the last user chose "remember me", reads
    // the token from the keychain (asynchronously) and signs in with it,
    // otherwise (or when that fails) shows the sign-in dialog.
    void startWithSavedSignIn();

    net::CredentialStore *credentialStore() const { return m_credentials; }
    net::ProfileClient *client() const { return m_client; }
    net::Outbox *outbox() const { return m_outbox; }
    ui::MainWindow *mainWindow() const { return m_window.get(); }
    ui::SignInDialog *signInDialog() const { return m_dialog; }
    // The lookup / caller picker dialog, once it was opened (child of the window).
    ui::LookupDialog *lookupDialog() const { return m_lookupDialog; }
    // Opens the lookup dialog, or the caller picker while a call's number
    // matches several customers.
    void showLookup();
    // Opens what an omnidesk:// link names: the lookup runs for the customer
    // id or the phone number (once online), and Enter opens the profile.
    void openLink(const OpenRequest &request);
    // Draws the agent's attention to a call that popped while the window was
    // not in front: the taskbar entry flashes and, when notifications are on
    // in the settings and the desktop has a tray, a notification appears.
    void announceCall(const protocol::ActiveCall &call);

private:
    void wireClient();
    void wireOutcomes();
    void wireLookup();
    void wireSupervisor();
    ui::LookupDialog *ensureLookupDialog();
    void showSignIn(const QString &user, const QString &error);
    void signOut();
    void onWelcomed();
    void onAuthFailed(const QString &message);
    void onTlsFailed(const QString &message);
    // Gives the client and the report client the TLS trust from the settings.
    void applyTrust();
    void forgetToken(const QString &key);

    QUrl m_serverUrl;
    net::CredentialStore *m_credentials;
    // The sign-in in progress or in use: the name it was made with (empty for
    // startWithCredentials), whether to remember it, whether it came from the keychain.
    QString m_signInUser;
    bool m_remember = false;
    bool m_usingSavedToken = false;
    QString m_floorRid;            // the live floor's watch request
    bool m_floorFilling = false;   // a floor.state answer in several frames is arriving
    QByteArray m_writtenTokenHash; // to write a token once, not on every resume
    bool m_tlsNoticeShown = false; // a TLS failure is in the status line
    net::ProfileClient *m_client;
    net::Outbox *m_outbox;
    net::OutcomeSender *m_sender;
    net::ReportClient *m_reports;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::SignInDialog *m_dialog = nullptr;       // child of the window
    ui::LookupDialog *m_lookupDialog = nullptr; // child of the window
    QString m_lookupRid;                        // the lookup request the dialog waits for
    QString m_openRid;                          // the latest profile.open request
    QSystemTrayIcon *m_tray = nullptr;          // created for the first notification
    QString m_pendingLink;                      // a link's search text waiting for the connection
    QString m_queryRid;                         // the interaction log page the supervisor view waits for
    bool m_queryFirst = true;                   // whether that page starts a new query
    QString m_detailRid;                        // the interaction detail it waits for
};

} // namespace omnidesk
