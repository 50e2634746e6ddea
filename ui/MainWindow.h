#pragma once

#include "ProfileClient.h"

#include <QMainWindow>
#include <QTimer>

class QAction;
class QMenu;
class QTabWidget;
class QLabel;
class QStackedWidget;

namespace omnidesk::ui {

class CallView;
class AuditView;
class FloorView;
class OutcomeChartsView;
class RecoveryView;
class SupervisorView;

// The agent's main window: the call view or an idle page, and a status bar
// that always shows the agent's state (with the wrap-up countdown), the
// connection state and the signed-in agent. The State menu asks the service
// for another agent state.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    CallView *callView() const { return m_callView; }
    SupervisorView *supervisorView() const { return m_supervisorView; }
    RecoveryView *recoveryView() const { return m_recoveryView; }
    OutcomeChartsView *outcomeChartsView() const { return m_outcomeChartsView; }
    FloorView *floorView() const { return m_floorView; }
    AuditView *auditView() const { return m_auditView; }
    // Supervisors: shows the interaction log (0), cart recovery (1), outcomes
    // and recommendations (2), live floor (3) or audit log (4) tab.
    void showSupervisorTab(int index);
    bool isShowingSupervisor() const;
    QAction *signOutAction() const { return m_signOut; }
    QAction *availableAction() const { return m_available; }
    QAction *breakAction() const { return m_break; }
    QAction *extendWrapUpAction() const { return m_extendWrapUp; }
    QAction *settingsAction() const { return m_settings; }
    QAction *aboutAction() const { return m_about; }
    QAction *lookupAction() const { return m_lookup; }
    QAction *interactionLogAction() const { return m_interactionLog; }
    // Adapts the window to the signed-in role (store: a lookup page, no agent states).
    void setRole(const QString &role);
    QString idleTitleText() const;

    // Shows the agent's state as the service reports it.
    void setAgentState(const protocol::AgentStateChanged &state);
    // The state shown, e.g. "Available" or "Wrap-up 0:42".
    QString agentStateText() const;
    static QString agentStateName(const QString &state);

    void setConnectionState(net::ProfileClient::State state);
    void setAgent(const QString &name);
    void showIdle();
    void showCallView();
    bool isShowingCall() const;

    static QString connectionStateText(net::ProfileClient::State state);
    QString connectionText() const;
    QString agentText() const;
    // A line in the status bar for transient notices (not personal data).
    void showNotice(const QString &text);
    // Opens the settings dialog (window-modal, deletes itself when closed).
    void showSettings();

signals:
    void signOutRequested();
    // The user wants to look up a customer (Customer menu, Ctrl+Shift+L).
    void lookupRequested();
    // The agent chose a state (available, break) or to extend the wrap-up.
    void agentStateRequested(const QString &state, bool extend);

private:
    void refreshAgentState();

    QStackedWidget *m_stack;
    QWidget *m_idlePage;
    CallView *m_callView;
    SupervisorView *m_supervisorView = nullptr;
    RecoveryView *m_recoveryView = nullptr;
    OutcomeChartsView *m_outcomeChartsView = nullptr;
    FloorView *m_floorView = nullptr;
    AuditView *m_auditView = nullptr;
    QTabWidget *m_supervisorTabs = nullptr;
    QLabel *m_connectionIcon;
    QLabel *m_connectionText;
    QLabel *m_agent;
    QLabel *m_idleHint;
    QLabel *m_idleTitle = nullptr;
    QAction *m_lookup = nullptr;
    QAction *m_interactionLog = nullptr;
    QAction *m_recoveryAction = nullptr;
    QAction *m_outcomesAction = nullptr;
    QAction *m_floorAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_auditAction = nullptr;
    QMenu *m_stateMenu = nullptr;
    QString m_role;
    QAction *m_signOut = nullptr;
    QLabel *m_agentState;
    QAction *m_available = nullptr;
    QAction *m_break = nullptr;
    QAction *m_extendWrapUp = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_about = nullptr;
    protocol::AgentStateChanged m_state;
    bool m_online = false;
    QTimer m_wrapUpTick; // refreshes the countdown each second in wrap-up
};

} // namespace omnidesk::ui
