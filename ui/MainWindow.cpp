#include "MainWindow.h"

#include "AboutDialog.h"
#include "AuditView.h"
#include "CallView.h"
#include "FloorView.h"
#include "Icons.h"
#include "OutcomeChartsView.h"
#include "RecoveryView.h"
#include "SettingsDialog.h"
#include "SupervisorView.h"
#include "Theme.h"

#include "FloorModel.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDateTime>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace omnidesk::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_stack(new QStackedWidget(this)), m_idlePage(new QWidget(this)),
      m_callView(new CallView(this)), m_connectionIcon(new QLabel(this)), m_connectionText(new QLabel(this)),
      m_agent(new QLabel(this)), m_idleHint(new QLabel(this)), m_agentState(new QLabel(this))
{
    setWindowTitle(tr("Omnidesk"));
    setWindowIcon(Icons::app());
    Theme::followPalette(this); // the style sheet, light or dark (ui/Theme.cpp)
    resize(1280, 800);

    m_idlePage->setObjectName(QStringLiteral("idlePage"));
    auto *idleIcon = new QLabel(m_idlePage);
    idleIcon->setPixmap(Icons::app().pixmap(64, 64));
    idleIcon->setAlignment(Qt::AlignCenter);
    m_idleTitle = new QLabel(tr("Waiting for calls"), m_idlePage);
    m_idleTitle->setObjectName(QStringLiteral("idleTitle"));
    m_idleTitle->setAlignment(Qt::AlignCenter);
    m_idleHint->setObjectName(QStringLiteral("idleHint"));
    m_idleHint->setAlignment(Qt::AlignCenter);
    m_idleHint->setText(tr("The caller's profile opens here as soon as a call is routed to you."));
    auto *idleLayout = new QVBoxLayout(m_idlePage);
    idleLayout->addStretch();
    idleLayout->addWidget(idleIcon);
    idleLayout->addSpacing(12);
    idleLayout->addWidget(m_idleTitle);
    idleLayout->addWidget(m_idleHint);
    idleLayout->addStretch();

    m_stack->addWidget(m_idlePage);
    m_stack->addWidget(m_callView);
    m_supervisorTabs = new QTabWidget(this);
    m_supervisorTabs->setObjectName(QStringLiteral("supervisorTabs"));
    m_supervisorTabs->setDocumentMode(true);
    m_supervisorView = new SupervisorView(m_supervisorTabs);
    m_recoveryView = new RecoveryView(m_supervisorTabs);
    m_supervisorTabs->addTab(m_supervisorView, tr("Interaction log"));
    m_supervisorTabs->addTab(m_recoveryView, tr("Cart recovery"));
    m_outcomeChartsView = new OutcomeChartsView(m_supervisorTabs);
    m_supervisorTabs->addTab(m_outcomeChartsView, tr("Outcomes and recommendations"));
    // One period for the measurement tabs: changing it in one changes it in
    // the other (setDate() with the same date emits nothing, so no loop).
    const std::pair<QDateEdit *, QDateEdit *> shared[] = {
        {m_recoveryView->fromEdit(), m_outcomeChartsView->fromEdit()},
        {m_recoveryView->toEdit(), m_outcomeChartsView->toEdit()}};
    for (const auto &[recovery, charts] : shared) {
        connect(recovery, &QDateEdit::dateChanged, charts, &QDateEdit::setDate);
        connect(charts, &QDateEdit::dateChanged, recovery, &QDateEdit::setDate);
    }
    m_floorView = new FloorView(m_supervisorTabs);
    m_supervisorTabs->addTab(m_floorView, tr("Live floor"));
    m_auditView = new AuditView(m_supervisorTabs);
    m_supervisorTabs->addTab(m_auditView, tr("Audit log"));
    m_stack->addWidget(m_supervisorTabs);
    setCentralWidget(m_stack);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setToolTipsVisible(true);
    m_signOut = fileMenu->addAction(tr("Sign &out"));
    // Ctrl+Shift+Q: a modifier chord, so typing in the outcome form never triggers it.
    m_signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    m_signOut->setToolTip(tr("Sign out and forget the saved sign-in on this computer (%1)")
                              .arg(m_signOut->shortcut().toString(QKeySequence::NativeText)));
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    m_settings = fileMenu->addAction(tr("&Settings…"));
    // The platform's Preferences keys where it has them (macOS), else Ctrl+Comma.
    const QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    m_settings->setShortcut(preferences.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                                  : preferences.first());
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, &MainWindow::showSettings);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    // Agent state: Ctrl+Shift chords, like the jump keys, so typing never triggers them.
    auto *stateMenu = menuBar()->addMenu(tr("&State"));
    m_stateMenu = stateMenu;
    stateMenu->setToolTipsVisible(true);
    m_available = stateMenu->addAction(tr("&Available"));
    m_available->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_available->setToolTip(tr("Ready for the next call"));
    connect(m_available, &QAction::triggered, this,
            [this] { Q_EMIT agentStateRequested(QString(protocol::agentstates::Available), false); });
    m_break = stateMenu->addAction(tr("&Break"));
    m_break->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_break->setToolTip(tr("Away for a while"));
    connect(m_break, &QAction::triggered, this,
            [this] { Q_EMIT agentStateRequested(QString(protocol::agentstates::Break), false); });
    stateMenu->addSeparator();
    m_extendWrapUp = stateMenu->addAction(tr("&Extend wrap-up"));
    m_extendWrapUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_extendWrapUp->setToolTip(tr("More time to finish the outcome (once per call)"));
    connect(m_extendWrapUp, &QAction::triggered, this,
            [this] { Q_EMIT agentStateRequested(QString(protocol::agentstates::WrapUp), true); });
    for (QAction *action : {m_available, m_break, m_extendWrapUp})
        action->setShortcutContext(Qt::WindowShortcut);

    // Customers: look one up (a walk-in in the store, or a caller the number did not identify).
    auto *customerMenu = menuBar()->addMenu(tr("&Customer"));
    customerMenu->setToolTipsVisible(true);
    m_lookup = customerMenu->addAction(tr("&Look up customer…"));
    m_lookup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_lookup->setShortcutContext(Qt::WindowShortcut);
    m_lookup->setToolTip(tr("Find a customer by phone, email, name or customer id"));
    connect(m_lookup, &QAction::triggered, this, &MainWindow::lookupRequested);
    m_interactionLog = customerMenu->addAction(tr("&Interaction log"));
    m_interactionLog->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_interactionLog->setShortcutContext(Qt::WindowShortcut);
    m_interactionLog->setToolTip(tr("Back to the interaction log (supervisors)"));
    m_interactionLog->setVisible(false);
    connect(m_interactionLog, &QAction::triggered, this, [this] { showSupervisorTab(0); });
    m_recoveryAction = customerMenu->addAction(tr("Cart &recovery"));
    m_recoveryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_recoveryAction->setShortcutContext(Qt::WindowShortcut);
    m_recoveryAction->setToolTip(tr("How many abandoned carts were bought within 30 days (supervisors)"));
    m_recoveryAction->setVisible(false);
    connect(m_recoveryAction, &QAction::triggered, this, [this] { showSupervisorTab(1); });
    m_outcomesAction = customerMenu->addAction(tr("&Outcomes and recommendations"));
    m_outcomesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_outcomesAction->setShortcutContext(Qt::WindowShortcut);
    m_outcomesAction->setToolTip(
        tr("Outcomes per day by disposition and how often each recommendation was accepted (supervisors)"));
    m_outcomesAction->setVisible(false);
    connect(m_outcomesAction, &QAction::triggered, this, [this] { showSupervisorTab(2); });
    m_auditAction = customerMenu->addAction(tr("Au&dit log"));
    m_auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_auditAction->setShortcutContext(Qt::WindowShortcut);
    m_auditAction->setToolTip(tr("Who looked up, viewed, exported or revealed customer data (supervisors)"));
    m_auditAction->setVisible(false);
    connect(m_auditAction, &QAction::triggered, this, [this] { showSupervisorTab(4); });
    m_exportAction = customerMenu->addAction(tr("E&xport interaction log…"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_exportAction->setShortcutContext(Qt::WindowShortcut);
    m_exportAction->setToolTip(tr("Save the interactions matching the filters as CSV (supervisors)"));
    m_exportAction->setVisible(false);
    connect(m_exportAction, &QAction::triggered, this, [this] {
        showSupervisorTab(0);
        m_supervisorView->openExportDialog();
    });
    m_floorAction = customerMenu->addAction(tr("Live &floor"));
    m_floorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_floorAction->setShortcutContext(Qt::WindowShortcut);
    m_floorAction->setToolTip(tr("Every agent's state, call and wrap-up, live (supervisors)"));
    m_floorAction->setVisible(false);
    connect(m_floorAction, &QAction::triggered, this, [this] { showSupervisorTab(3); });

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    m_about = helpMenu->addAction(tr("&About Omnidesk"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, [this] {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });

    m_wrapUpTick.setInterval(1000);
    connect(&m_wrapUpTick, &QTimer::timeout, this, &MainWindow::refreshAgentState);
    m_agentState->setObjectName(QStringLiteral("agentState"));
    m_agentState->setAccessibleName(tr("Agent state"));
    m_state.state = QString(protocol::agentstates::Offline);

    m_connectionIcon->setAccessibleName(tr("Connection state icon"));
    m_connectionText->setAccessibleName(tr("Connection state"));
    m_agent->setAccessibleName(tr("Signed-in agent"));
    statusBar()->addPermanentWidget(m_agentState);
    statusBar()->addPermanentWidget(m_agent);
    statusBar()->addPermanentWidget(m_connectionIcon);
    statusBar()->addPermanentWidget(m_connectionText);
    statusBar()->setSizeGripEnabled(false);
    setConnectionState(net::ProfileClient::State::Offline);
    setAgent(QString());
    showIdle();
}

QString MainWindow::connectionStateText(net::ProfileClient::State state)
{
    switch (state) {
    case net::ProfileClient::State::Online:
        return tr("Online");
    case net::ProfileClient::State::Connecting:
    case net::ProfileClient::State::Authenticating:
        return tr("Connecting");
    case net::ProfileClient::State::Reconnecting:
        return tr("Reconnecting");
    case net::ProfileClient::State::Offline:
        break;
    }
    return tr("Offline");
}

QString MainWindow::agentStateName(const QString &state)
{
    // One wording for a state, here and on the supervisors' floor; anything
    // the service does not define reads as offline.
    const QString label = FloorModel::stateLabel(state);
    return label == state ? FloorModel::stateLabel(QString(protocol::agentstates::Offline)) : label;
}

void MainWindow::setAgentState(const protocol::AgentStateChanged &state)
{
    m_state = state;
    refreshAgentState();
}

void MainWindow::refreshAgentState()
{
    const bool wrapUp = m_state.state == protocol::agentstates::WrapUp && m_state.wrapUpEndsAt.isValid();
    QString text = agentStateName(m_state.state);
    if (wrapUp) {
        const qint64 leftMs =
            std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(m_state.wrapUpEndsAt));
        const qint64 leftSecs = (leftMs + 999) / 1000;
        text = tr("Wrap-up %1:%2").arg(leftSecs / 60).arg(leftSecs % 60, 2, 10, QLatin1Char('0'));
        if (!m_wrapUpTick.isActive())
            m_wrapUpTick.start();
    } else {
        m_wrapUpTick.stop();
    }
    m_agentState->setText(text);
    const bool onCall = m_state.state == protocol::agentstates::OnCall;
    m_available->setEnabled(m_online && !onCall);
    m_break->setEnabled(m_online && !onCall);
    m_extendWrapUp->setEnabled(m_online && wrapUp && !m_state.extended);
}

QString MainWindow::agentStateText() const
{
    return m_agentState->text();
}

void MainWindow::setConnectionState(net::ProfileClient::State state)
{
    m_online = state == net::ProfileClient::State::Online;
    if (state == net::ProfileClient::State::Offline) {
        m_state = protocol::AgentStateChanged{};
        m_state.state = QString(protocol::agentstates::Offline);
    }
    refreshAgentState();
    m_connectionIcon->setPixmap(Icons::connection(state).pixmap(14, 14));
    m_connectionText->setText(connectionStateText(state));
    if (state != net::ProfileClient::State::Online && state != net::ProfileClient::State::Offline)
        m_idleHint->setText(tr("Connecting to the profile service…"));
    else if (state == net::ProfileClient::State::Offline)
        m_idleHint->setText(tr("Not connected. Calls cannot reach you until you sign in."));
    else
        m_idleHint->setText(tr("The caller's profile opens here as soon as a call is routed to you."));
}

void MainWindow::setAgent(const QString &name)
{
    m_agent->setText(name.isEmpty() ? tr("Not signed in") : tr("Signed in as %1").arg(name));
}

void MainWindow::setRole(const QString &role)
{
    m_role = role;
    const bool store = role == QLatin1String("store");
    const bool supervisor = role == QLatin1String("supervisor") || role == QLatin1String("admin");
    m_idleTitle->setText(store ? tr("Serve a walk-in customer") : tr("Waiting for calls"));
    m_idleHint->setText(
        store ? tr("Look the customer up by phone, email or name (Ctrl+Shift+L) to see their online "
                   "cart and record what they mean to buy.")
              : tr("The caller's profile opens here as soon as a call is routed to you."));
    // Store associates and supervisors take no calls: the agent states do not apply to them.
    const bool takesCalls = !store && !supervisor;
    for (QAction *action : {m_available, m_break, m_extendWrapUp})
        action->setVisible(takesCalls);
    m_stateMenu->menuAction()->setVisible(takesCalls);
    m_agentState->setVisible(takesCalls);
    m_interactionLog->setVisible(supervisor);
    m_recoveryAction->setVisible(supervisor);
    m_outcomesAction->setVisible(supervisor);
    m_floorAction->setVisible(supervisor);
    m_exportAction->setVisible(supervisor);
    m_auditAction->setVisible(supervisor);
    if (supervisor)
        showSupervisorTab(0);
    else if (m_stack->currentWidget() == m_supervisorTabs)
        m_stack->setCurrentWidget(m_idlePage);
}

QString MainWindow::idleTitleText() const
{
    return m_idleTitle->text();
}

bool MainWindow::isShowingSupervisor() const
{
    return m_stack->currentWidget() == m_supervisorTabs;
}

void MainWindow::showSupervisorTab(int index)
{
    m_stack->setCurrentWidget(m_supervisorTabs);
    m_supervisorTabs->setCurrentIndex(index);
}

void MainWindow::showIdle()
{
    m_stack->setCurrentWidget(m_idlePage);
}

void MainWindow::showCallView()
{
    m_stack->setCurrentWidget(m_callView);
}

bool MainWindow::isShowingCall() const
{
    return m_stack->currentWidget() == m_callView;
}

QString MainWindow::connectionText() const
{
    return m_connectionText->text();
}

QString MainWindow::agentText() const
{
    return m_agent->text();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showNotice(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

} // namespace omnidesk::ui
