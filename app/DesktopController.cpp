#include "DesktopController.h"

#include "CallView.h"
#include "MainWindow.h"
#include "Outbox.h"
#include "OutcomeForm.h"
#include "OutcomeSender.h"
#include "ProfileClient.h"
#include "SignInDialog.h"

#include <QDir>
#include <QLoggingCategory>

namespace omnidesk {

DesktopController::DesktopController(const QString &dataDir, QObject *parent)
    : QObject(parent), m_client(new net::ProfileClient(this)),
      m_outbox(new net::Outbox(QDir(dataDir).filePath(QStringLiteral("outbox.sqlite")), this)),
      m_sender(new net::OutcomeSender(m_client, m_outbox, this)), m_window(std::make_unique<ui::MainWindow>())
{
    wireClient();
    wireOutcomes();
}

DesktopController::~DesktopController()
{
    // The window (and its dialog) go first, before the client that feeds them.
    m_dialog = nullptr;
    m_window.reset();
}

void DesktopController::setServerUrl(const QUrl &url)
{
    m_serverUrl = url;
    m_client->setServerUrl(url);
}

void DesktopController::startWithCredentials(const QString &user, const QString &password)
{
    m_window->show();
    m_client->signIn(user, password);
}

void DesktopController::startWithDialog(const QString &user)
{
    m_window->show();
    showSignIn(user, QString());
}

void DesktopController::showSignIn(const QString &user, const QString &error)
{
    if (!m_dialog) {
        m_dialog = new ui::SignInDialog(m_window.get());
        m_dialog->setServerUrl(m_serverUrl);
        connect(m_dialog, &ui::SignInDialog::signInRequested, this,
                [this](const QUrl &url, const QString &name, const QString &password) {
                    setServerUrl(url);
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
    m_client->signOut();
    m_window->callView()->clearCall();
    m_window->showIdle();
    m_window->setAgent(QString());
    showSignIn(QString(), QString());
}

void DesktopController::wireClient()
{
    ui::MainWindow *window = m_window.get();
    ui::CallView *view = window->callView();

    connect(m_client, &net::ProfileClient::stateChanged, window,
            [this, window](net::ProfileClient::State state) {
                window->setConnectionState(state);
                if (state == net::ProfileClient::State::Online && m_dialog && m_dialog->isVisible()) {
                    m_dialog->setBusy(false);
                    m_dialog->accept();
                }
            });
    connect(m_client, &net::ProfileClient::welcomed, window, [window](const protocol::Welcome &welcome) {
        window->setAgent(welcome.user.name.isEmpty() ? welcome.user.id : welcome.user.name);
    });
    connect(m_client, &net::ProfileClient::authFailed, this, [this](const QString &message) {
        m_window->setAgent(QString());
        showSignIn(QString(), message);
    });
    connect(m_client, &net::ProfileClient::serverError, window,
            [window](const QString &code, const QString &message, const QString &) {
                if (code == protocol::errors::AuthFailed || code == protocol::errors::NotAuthenticated)
                    return; // shown by the sign-in dialog
                window->showNotice(tr("Service reported a problem: %1").arg(message));
            });
    connect(m_client, &net::ProfileClient::callConnected, window,
            [window, view](const protocol::ActiveCall &call) {
                window->showCallView();
                view->showCall(call);
            });
    connect(m_client, &net::ProfileClient::snapshotReceived, window,
            [window, view](const protocol::Snapshot &snapshot) {
                if (snapshot.call) {
                    window->showCallView();
                    view->showCall(*snapshot.call);
                } else if (view->hasCall() && !view->isEnded()) {
                    // The call finished while we were away: keep the form for wrap-up.
                    view->endCall(protocol::CallEnded{view->callId(), QDateTime::currentDateTimeUtc()});
                }
            });
    connect(m_client, &net::ProfileClient::profilePatched, view, &ui::CallView::applyPatch);
    connect(m_client, &net::ProfileClient::callEnded, view, &ui::CallView::endCall);
    connect(window, &ui::MainWindow::signOutRequested, this, &DesktopController::signOut);
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
