#pragma once

#include "ProfileClient.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QStackedWidget;

namespace omnidesk::ui {

class CallView;

// The agent's main window: the call view or an idle page, and a status bar
// that always shows the connection state and the signed-in agent.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    CallView *callView() const { return m_callView; }
    QAction *signOutAction() const { return m_signOut; }

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

signals:
    void signOutRequested();

private:
    QStackedWidget *m_stack;
    QWidget *m_idlePage;
    CallView *m_callView;
    QLabel *m_connectionIcon;
    QLabel *m_connectionText;
    QLabel *m_agent;
    QLabel *m_idleHint;
    QAction *m_signOut = nullptr;
};

} // namespace omnidesk::ui
