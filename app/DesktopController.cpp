#include "DesktopController.h"

#include "AuditView.h"
#include "CallView.h"
#include "CredentialStore.h"
#include "FloorModel.h"
#include "FloorView.h"
#include "LookupDialog.h"
#include "MainWindow.h"
#include "OpenRequest.h"
#include "Outbox.h"
#include "OutcomeChartsView.h"
#include "OutcomeForm.h"
#include "OutcomeSender.h"
#include "ProfileClient.h"
#include "RecoveryView.h"
#include "ReportClient.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "SupervisorView.h"
#include "TlsTrust.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QLoggingCategory>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>

#include <memory>

namespace omnidesk {

namespace {
const QString kServerKey = QStringLiteral("signIn/server");
const QString kUserKey = QStringLiteral("signIn/user");
const QString kRememberKey = QStringLiteral("signIn/remember");

std::unique_ptr<QSettings> openSettings()
{
    return std::make_unique<QSettings>(QStringLiteral("Omnidesk"), QStringLiteral("Omnidesk"));
}

QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

QString expiredMessage()
{
    return DesktopController::tr("The saved sign-in has expired; please sign in again.");
}
} // namespace

DesktopController::DesktopController(const QString &dataDir, QObject *parent)
    : DesktopController(dataDir, nullptr, parent)
{}

DesktopController::DesktopController(const QString &dataDir, net::CredentialStore *credentials,
                                     QObject *parent)
    : QObject(parent), m_credentials(credentials ? credentials : new net::CredentialStore(this)),
      m_client(new net::ProfileClient(this)),
      m_outbox(new net::Outbox(QDir(dataDir).filePath(QStringLiteral("outbox.sqlite")), this)),
      m_sender(new net::OutcomeSender(m_client, m_outbox, this)), m_reports(new net::ReportClient(this)),
      m_window(std::make_unique<ui::MainWindow>())
{
    applyTrust();
    wireClient();
    wireOutcomes();
    wireLookup();
    wireSupervisor();
}

DesktopController::~DesktopController()
{
    // The window (and its dialog) go first, before the client that feeds them.
    m_dialog = nullptr;
    m_lookupDialog = nullptr;
    m_window.reset();
}

void DesktopController::setServerUrl(const QUrl &url)
{
    m_serverUrl = url;
    m_client->setServerUrl(url);
}

void DesktopController::applyTrust()
{
    // The company CA chosen in the settings or the sign-in dialog; the
    // outcome sender goes through the client's connection.
    const QSslConfiguration configuration = net::TlsTrust::storedConfiguration();
    m_client->setSslConfiguration(configuration);
    m_reports->setSslConfiguration(configuration);
}

QUrl DesktopController::lastServerUrl()
{
    const QUrl url = net::ProfileClient::webSocketUrl(
        QUrl(openSettings()->value(kServerKey).toString(), QUrl::StrictMode));
    if (!url.isValid() || (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss")))
        return QUrl();
    return url;
}

void DesktopController::startWithCredentials(const QString &user, const QString &password)
{
    m_signInUser.clear(); // neither remembered nor saved in the settings
    m_remember = false;
    m_usingSavedToken = false;
    m_window->show();
    applyTrust();
    m_client->signIn(user, password);
}

void DesktopController::startWithDialog(const QString &user)
{
    m_window->show();
    showSignIn(user.isEmpty() ? openSettings()->value(kUserKey).toString() : user, QString());
}

void DesktopController::startWithSavedSignIn()
{
    const auto settings = openSettings();
    const QString user = settings->value(kUserKey).toString();
    if (user.isEmpty() || !settings->value(kRememberKey, false).toBool()) {
        startWithDialog(user);
        return;
    }
    m_window->show();
    m_window->showNotice(tr("Signing in with the saved sign-in…"));
    m_signInUser = user;
    m_remember = true;
    m_usingSavedToken = false;
    m_writtenTokenHash.clear();
    m_credentials->read(
        net::CredentialStore::scopedKey(m_serverUrl, user), this,
        [this, user](const net::CredentialStore::Result &result) {
            if (result.status == net::CredentialStore::Status::Found && !result.secret.isEmpty()) {
                m_usingSavedToken = true;
                m_writtenTokenHash = tokenHash(result.secret);
                applyTrust();
                m_client->signInWithToken(result.secret);
                return;
            }
            m_signInUser.clear();
            showSignIn(user, result.status == net::CredentialStore::Status::NotFound ? expiredMessage()
                                                                                     : result.message);
        });
}

void DesktopController::showSignIn(const QString &user, const QString &error)
{
    if (!m_dialog) {
        m_dialog = new ui::SignInDialog(m_window.get());
        m_dialog->setServerUrl(m_serverUrl);
        m_dialog->setRememberMe(openSettings()->value(kRememberKey, false).toBool());
        connect(m_dialog, &ui::SignInDialog::signInRequested, this,
                [this](const QUrl &url, const QString &name, const QString &password) {
                    setServerUrl(url);
                    m_signInUser = name;
                    m_remember = m_dialog->rememberMe();
                    m_usingSavedToken = false;
                    m_writtenTokenHash.clear();
                    applyTrust();
                    m_client->signIn(name, password);
                });
    }
    if (!user.isEmpty())
        m_dialog->setUser(user);
    if (!error.isEmpty())
        m_dialog->showError(error);
    m_dialog->open();
}

void DesktopController::signOut()
{
    const auto settings = openSettings();
    const QString savedUser = settings->value(kUserKey).toString();
    const QUrl savedServer(settings->value(kServerKey).toString(), QUrl::StrictMode);
    const bool wasRemembered = m_remember || settings->value(kRememberKey, false).toBool();
    settings->setValue(kRememberKey, false);

    m_client->signOut();
    if (wasRemembered && !savedUser.isEmpty() && savedServer.isValid())
        forgetToken(net::CredentialStore::scopedKey(savedServer, savedUser));
    m_signInUser.clear();
    m_remember = false;
    m_usingSavedToken = false;
    m_writtenTokenHash.clear();

    m_window->callView()->clearCall();
    m_window->showIdle();
    m_window->setAgent(QString());
    if (m_dialog)
        m_dialog->setRememberMe(false);
    showSignIn(savedUser, QString());
}

void DesktopController::forgetToken(const QString &key)
{
    m_credentials->remove(key, this, [this](const net::CredentialStore::Result &result) {
        if (!result.ok())
            m_window->showNotice(
                tr("The saved sign-in could not be removed from the keychain: %1").arg(result.message));
    });
}

void DesktopController::onWelcomed()
{
    if (m_signInUser.isEmpty())
        return; // signed in from the command line: nothing is saved
    const auto settings = openSettings();
    const QString previousUser = settings->value(kUserKey).toString();
    const QUrl previousServer(settings->value(kServerKey).toString(), QUrl::StrictMode);
    const bool previousRemember = settings->value(kRememberKey, false).toBool();
    const QString key = net::CredentialStore::scopedKey(m_serverUrl, m_signInUser);

    // A token remembered for another scope, or for this one when "remember me"
    // is now off, is forgotten.
    if (previousRemember && !previousUser.isEmpty() && previousServer.isValid()) {
        const QString previousKey = net::CredentialStore::scopedKey(previousServer, previousUser);
        if (previousKey != key || !m_remember)
            forgetToken(previousKey);
    }
    settings->setValue(kServerKey, m_serverUrl.toString());
    settings->setValue(kUserKey, m_signInUser);
    if (!m_remember) {
        settings->setValue(kRememberKey, false);
        return;
    }

    const QString token = m_client->token();
    const QByteArray hash = tokenHash(token);
    if (token.isEmpty() || hash == m_writtenTokenHash) {
        settings->setValue(kRememberKey, !token.isEmpty());
        return;
    }
    m_writtenTokenHash = hash;
    m_credentials->write(key, token, this, [this](const net::CredentialStore::Result &result) {
        openSettings()->setValue(kRememberKey, result.ok());
        if (!result.ok()) {
            m_writtenTokenHash.clear();
            m_window->showNotice(result.message);
        }
    });
}

void DesktopController::onAuthFailed(const QString &message)
{
    m_window->setAgent(QString());
    if (!m_usingSavedToken) {
        showSignIn(QString(), message);
        return;
    }
    // The remembered token was refused: forget it, keep "remember me" ticked
    // so the next successful sign-in saves a fresh one.
    m_usingSavedToken = false;
    m_writtenTokenHash.clear();
    const QString user = m_signInUser;
    forgetToken(net::CredentialStore::scopedKey(m_serverUrl, user));
    m_signInUser.clear();
    showSignIn(user, expiredMessage());
    m_dialog->setRememberMe(true);
}

void DesktopController::onTlsFailed(const QString &message)
{
    // In the status line until the connection works: its first line (what
    // failed) there, the whole text (certificate, advice) as the status bar's
    // tooltip; the sign-in dialog shows it in full.
    m_window->statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0));
    m_window->statusBar()->setToolTip(message);
    m_tlsNoticeShown = true;
    if (m_client->state() != net::ProfileClient::State::Offline)
        return; // signed in before: the client keeps trying
    // A remembered token stays in the keychain: it was never refused.
    m_usingSavedToken = false;
    m_window->setAgent(QString());
    showSignIn(m_signInUser, QString());
    m_dialog->showTlsError(message);
}

void DesktopController::wireClient()
{
    ui::MainWindow *window = m_window.get();
    ui::CallView *view = window->callView();

    connect(m_client, &net::ProfileClient::stateChanged, window,
            [this, window](net::ProfileClient::State state) {
                window->setConnectionState(state);
                window->callView()->setOnline(state == net::ProfileClient::State::Online);
                window->outcomeChartsView()->setOnline(state == net::ProfileClient::State::Online);
                window->recoveryView()->setOnline(state == net::ProfileClient::State::Online);
                if (state == net::ProfileClient::State::Online && m_tlsNoticeShown) {
                    m_tlsNoticeShown = false;
                    window->statusBar()->clearMessage();
                    window->statusBar()->setToolTip(QString());
                }
                if (state == net::ProfileClient::State::Online && m_dialog && m_dialog->isVisible()) {
                    m_dialog->setBusy(false);
                    m_dialog->accept();
                }
            });
    connect(m_client, &net::ProfileClient::welcomed, window,
            [this, window](const protocol::Welcome &welcome) {
                window->setAgent(welcome.user.name.isEmpty() ? welcome.user.id : welcome.user.name);
                window->setRole(welcome.user.role);
                window->callView()->outcomeForm()->setDispositions(
                    welcome.dispositions.isEmpty() ? protocol::dispositionCodes() : welcome.dispositions);
                if (window->isShowingSupervisor()) {
                    window->supervisorView()->search(); // the last week, at once
                    window->recoveryView()->load();     // the last 30 days
                }
                onWelcomed();
            });
    connect(m_client, &net::ProfileClient::authFailed, this, &DesktopController::onAuthFailed);
    connect(m_client, &net::ProfileClient::tlsFailed, this, &DesktopController::onTlsFailed);
    connect(m_client, &net::ProfileClient::serverError, window,
            [this, window](const QString &code, const QString &message, const QString &rid) {
                if (code == protocol::errors::AuthFailed || code == protocol::errors::NotAuthenticated)
                    return; // shown by the sign-in dialog
                if (!rid.isEmpty() && (rid == m_lookupRid || rid == m_queryRid || rid == m_detailRid))
                    return; // shown by the lookup dialog or the supervisor view
                window->showNotice(tr("Service reported a problem: %1").arg(message));
            });
    connect(m_client, &net::ProfileClient::callConnected, window,
            [this, window, view](const protocol::ActiveCall &call) {
                window->showCallView();
                view->showCall(call);
                announceCall(call);
                if (call.match == QLatin1String("multiple"))
                    showLookup(); // the caller picker, at once
            });
    connect(m_client, &net::ProfileClient::profileOpened, window,
            [window, view](const protocol::ProfileOpened &opened) {
                window->showCallView();
                if (!view->showOpenedProfile(opened))
                    window->showNotice(
                        tr("Save the call's outcome first; then open the other customer again."));
            });
    connect(m_client, &net::ProfileClient::snapshotReceived, window,
            [window, view](const protocol::Snapshot &snapshot) {
                if (snapshot.call) {
                    window->showCallView();
                    view->showCall(*snapshot.call);
                } else if (snapshot.opened) {
                    window->showCallView();
                    view->showOpenedProfile(protocol::ProfileOpened{QString(), *snapshot.opened});
                } else if (view->hasCall() && !view->isEnded()) {
                    // The call finished while we were away: keep the form for wrap-up.
                    view->endCall(protocol::CallEnded{view->callId(), QDateTime::currentDateTimeUtc()});
                }
            });
    connect(m_client, &net::ProfileClient::profilePatched, view, &ui::CallView::applyPatch);
    connect(m_client, &net::ProfileClient::callEnded, view, &ui::CallView::endCall);
    connect(window, &ui::MainWindow::signOutRequested, this, &DesktopController::signOut);
    connect(m_client, &net::ProfileClient::agentStateChanged, window, &ui::MainWindow::setAgentState);
    connect(window, &ui::MainWindow::agentStateRequested, this, [this](const QString &state, bool extend) {
        if (!m_client->requestAgentState(state, extend))
            m_window->showNotice(tr("Not connected: the state cannot be changed now."));
    });
}

ui::LookupDialog *DesktopController::ensureLookupDialog()
{
    if (m_lookupDialog)
        return m_lookupDialog;
    m_lookupDialog = new ui::LookupDialog(m_window.get());
    m_lookupDialog->setOnline(m_client->state() == net::ProfileClient::State::Online);
    connect(m_lookupDialog, &ui::LookupDialog::lookupRequested, this, [this](const protocol::Lookup &query) {
        m_lookupRid = m_client->lookup(query);
        if (m_lookupRid.isEmpty())
            m_lookupDialog->setError(tr("Offline: searching is possible again once the connection is back."));
    });
    connect(m_lookupDialog, &ui::LookupDialog::openRequested, this,
            [this](const QString &profileId, const QString &callId) {
                m_openRid = m_client->openProfile(profileId, callId);
                if (m_openRid.isEmpty())
                    m_window->showNotice(tr("Offline: the profile opens once the connection is back."));
            });
    return m_lookupDialog;
}

void DesktopController::showLookup()
{
    ui::LookupDialog *dialog = ensureLookupDialog();
    m_lookupRid.clear(); // an answer to an earlier search must not fill the new dialog
    const ui::CallView *view = m_window->callView();
    if (view->hasCall() && view->profileId().isEmpty() && view->call().match == QLatin1String("multiple"))
        dialog->startPick(view->callId(), view->call().candidates);
    else
        dialog->startLookup();
    dialog->open();
}

void DesktopController::announceCall(const protocol::ActiveCall &call)
{
    ui::MainWindow *window = m_window.get();
    if (window->isActiveWindow())
        return;
    QApplication::alert(window);
    if (!ui::SettingsDialog::notificationsEnabled() || !QSystemTrayIcon::isSystemTrayAvailable() ||
        !QSystemTrayIcon::supportsMessages())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(window->windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, window, [window] {
            window->showNormal();
            window->raise();
            window->activateWindow();
        });
    }
    m_tray->show();
    const QString who =
        call.profile && !call.profile->name.isEmpty() ? call.profile->name : tr("an unknown caller");
    m_tray->showMessage(tr("Incoming call"), tr("Call from %1").arg(who), QSystemTrayIcon::Information, 8000);
}

void DesktopController::openLink(const OpenRequest &request)
{
    if (!request.isValid())
        return;
    m_pendingLink = request.kind == OpenRequest::Kind::Call ? request.ani : request.customerId;
    if (m_client->state() != net::ProfileClient::State::Online) {
        m_window->showNotice(tr("The link opens as soon as you are signed in."));
        return;
    }
    const QString text = std::exchange(m_pendingLink, QString());
    m_lookupRid.clear();
    ensureLookupDialog()->startLookup(text);
    m_lookupDialog->open();
}

void DesktopController::wireSupervisor()
{
    ui::RecoveryView *recovery = m_window->recoveryView();
    connect(recovery, &ui::RecoveryView::reportRequested, this,
            [this](const QDateTime &from, const QDateTime &to) {
                m_reports->fetchRecovery(m_client->serverUrl(), m_client->token(), from, to);
            });
    connect(m_reports, &net::ReportClient::recoveryReady, recovery, &ui::RecoveryView::setReport);
    connect(m_reports, &net::ReportClient::failed, recovery, &ui::RecoveryView::setError);

    ui::OutcomeChartsView *charts = m_window->outcomeChartsView();
    connect(charts, &ui::OutcomeChartsView::reportsRequested, this,
            [this](const QDateTime &from, const QDateTime &to, const QString &agent) {
                m_reports->fetchOutcomes(m_client->serverUrl(), m_client->token(), from, to, agent);
                m_reports->fetchAcceptance(m_client->serverUrl(), m_client->token(), from, to, agent);
            });
    connect(m_reports, &net::ReportClient::outcomesReady, charts, &ui::OutcomeChartsView::setOutcomes);
    connect(m_reports, &net::ReportClient::outcomesFailed, charts, &ui::OutcomeChartsView::setOutcomesError);
    connect(m_reports, &net::ReportClient::acceptanceReady, charts, &ui::OutcomeChartsView::setAcceptance);
    connect(m_reports, &net::ReportClient::acceptanceFailed, charts,
            &ui::OutcomeChartsView::setAcceptanceError);

    ui::SupervisorView *view = m_window->supervisorView();
    connect(view, &ui::SupervisorView::queryRequested, this,
            [this, view](const protocol::InteractionsQuery &query) {
                m_queryFirst = query.cursor.isEmpty();
                m_queryRid = m_client->queryInteractions(query);
                if (m_queryRid.isEmpty())
                    view->setError(tr("offline; try again once the connection is back"));
            });
    connect(view, &ui::SupervisorView::detailRequested, this,
            [this](qint64 id) { m_detailRid = m_client->getInteraction(id); });
    connect(view, &ui::SupervisorView::exportRequested, this,
            [this](const protocol::InteractionsQuery &query, const QString &path, const QString &reason) {
                m_reports->exportInteractions(m_client->serverUrl(), m_client->token(), query, reason, path);
            });
    connect(view, &ui::SupervisorView::exportCancelRequested, m_reports, &net::ReportClient::cancelExport);
    connect(view, &ui::SupervisorView::revealRequested, this, [this](qint64 id, const QString &reason) {
        m_reports->revealInteraction(m_client->serverUrl(), m_client->token(), id, reason);
    });
    connect(m_reports, &net::ReportClient::interactionRevealed, view, &ui::SupervisorView::setRevealed);
    connect(m_reports, &net::ReportClient::revealFailed, view, &ui::SupervisorView::setRevealFailed);
    connect(m_reports, &net::ReportClient::exportProgress, view, &ui::SupervisorView::setExportProgress);
    connect(m_reports, &net::ReportClient::exportFinished, view, &ui::SupervisorView::setExportFinished);
    connect(m_reports, &net::ReportClient::exportFailed, view, &ui::SupervisorView::setExportFailed);

    ui::AuditView *audit = m_window->auditView();
    connect(audit, &ui::AuditView::refreshRequested, this,
            [this] { m_reports->fetchAudit(m_client->serverUrl(), m_client->token()); });
    connect(audit, &ui::AuditView::olderRequested, this, [this](qint64 before) {
        m_reports->fetchAudit(m_client->serverUrl(), m_client->token(), before);
    });
    connect(m_reports, &net::ReportClient::auditReady, audit, &ui::AuditView::setEntries);
    connect(m_reports, &net::ReportClient::auditFailed, audit, &ui::AuditView::setError);

    ui::FloorView *floor = m_window->floorView();
    connect(m_client, &net::ProfileClient::floorState, floor,
            [this, floor](const QString &rid, const protocol::FloorState &state) {
                if (rid != m_floorRid)
                    return;
                floor->model()->setAgents(state.agents, !m_floorFilling);
                m_floorFilling = !state.complete; // later frames of the same answer are appended
                if (state.complete)
                    floor->setLive(true);
            });
    connect(m_client, &net::ProfileClient::floorAgentChanged, floor->model(), &FloorModel::updateAgent);
    // Watching is per session: every new session (and a gap) begins with a
    // snapshot, so that is where the floor is watched; a resumed session
    // keeps its watch and replays the floor changes it missed.
    connect(m_client, &net::ProfileClient::snapshotReceived, floor, [this] {
        if (m_window->isShowingSupervisor())
            m_floorRid = m_client->watchFloor();
    });
    connect(m_client, &net::ProfileClient::stateChanged, floor,
            [this, floor](net::ProfileClient::State state) {
                if (state != net::ProfileClient::State::Online) {
                    m_floorFilling = false;
                    floor->setLive(false, tr("offline; the floor shows the last known states"));
                }
            });
    connect(m_client, &net::ProfileClient::interactionsPage, view,
            [this, view](const QString &rid, const protocol::InteractionsPage &page) {
                if (rid == m_queryRid)
                    view->setPage(page, m_queryFirst);
            });
    connect(m_client, &net::ProfileClient::interactionDetail, view,
            [this, view](const QString &rid, const protocol::InteractionDetail &detail) {
                if (rid == m_detailRid)
                    view->setDetail(detail);
            });
    connect(m_client, &net::ProfileClient::serverError, view,
            [this, view](const QString &, const QString &message, const QString &rid) {
                if (!rid.isEmpty() && (rid == m_queryRid || rid == m_detailRid))
                    view->setError(message);
            });
}

void DesktopController::wireLookup()
{
    connect(m_window.get(), &ui::MainWindow::lookupRequested, this, &DesktopController::showLookup);
    connect(m_client, &net::ProfileClient::lookupFinished, this,
            [this](const QString &rid, const protocol::LookupResult &result) {
                if (m_lookupDialog && rid == m_lookupRid)
                    m_lookupDialog->setResults(result.candidates);
            });
    connect(m_client, &net::ProfileClient::serverError, this,
            [this](const QString &, const QString &message, const QString &rid) {
                if (m_lookupDialog && !rid.isEmpty() && rid == m_lookupRid)
                    m_lookupDialog->setError(message);
            });
    connect(m_client, &net::ProfileClient::stateChanged, this, [this](net::ProfileClient::State state) {
        if (m_lookupDialog)
            m_lookupDialog->setOnline(state == net::ProfileClient::State::Online);
        if (state == net::ProfileClient::State::Online && !m_pendingLink.isEmpty()) {
            const QString text = std::exchange(m_pendingLink, QString());
            ensureLookupDialog()->startLookup(text);
            m_lookupDialog->open();
        }
    });
}

void DesktopController::wireOutcomes()
{
    ui::CallView *view = m_window->callView();
    ui::OutcomeForm *form = view->outcomeForm();
    connect(view, &ui::CallView::outcomeSubmitted, form, [this, form](const protocol::OutcomeLog &outcome) {
        const QString key = m_outbox->enqueue(outcome);
        form->setSavedLocally(key, m_client->state() == net::ProfileClient::State::Online);
    });
    connect(m_outbox, &net::Outbox::itemChanged, form,
            [this, form](const QString &key, net::OutboxItem::State state) {
                if (state != net::OutboxItem::State::Acked)
                    return;
                const auto item = m_outbox->item(key);
                form->setStored(key, item ? item->outcomeId : 0);
            });
    connect(m_outbox, &net::Outbox::failed, form, [this, form](const QString &) {
        form->setSaveFailed(tr("the local outcome store cannot be written"));
        m_window->showNotice(tr("The local outcome store cannot be written."));
    });
}

} // namespace omnidesk
