#pragma once

#include "OpenRequest.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

namespace omnidesk {

// Keeps one desktop per user and data folder, and carries omnidesk:// links
// from a second start to the running desktop.
//
// The first process to claim() a name becomes the primary: it holds a lock
// file beside the name and listens on a local socket (a socket in the user's
// runtime folder on Unix, a named pipe on Windows; only the same user may
// connect). A later process finds the lock taken and is a secondary: it
// forward()s its request and exits. The primary then emits openRequested()
// for a link and activationRequested() for every second start.
//
// On the socket a secondary sends one line, "open <link>" or "activate", and
// the primary answers "ok" or "refused" (a link it cannot read). The primary
// reads links with parseOmnideskUrl() again: anything on the socket is input.
class InstanceGuard : public QObject
{
    Q_OBJECT
public:
    enum class Role {
        Primary,   // this process listens; the desktop starts
        Secondary, // another process holds the name: forward() and exit
        Failed,    // neither (errorString()); the desktop starts without the guard
    };

    explicit InstanceGuard(const QString &serverName, QObject *parent = nullptr);
    ~InstanceGuard() override;

    // The name for a desktop whose outbox lives in dataDir: per user, and per
    // data folder, so desktops with their own --data run side by side.
    static QString serverNameFor(const QString &dataDir);

    QString serverName() const { return m_serverName; }
    Role claim();
    bool isPrimary() const;
    QString errorString() const { return m_error; }

    // Secondary: sends the request to the primary (an invalid request only
    // asks it to come to the front), retrying while the primary is starting.
    // Emits forwardFinished(true) once the primary accepted it, false when it
    // refused or did not answer within the timeout.
    void forward(const OpenRequest &request, std::chrono::milliseconds timeout = std::chrono::seconds(5));

    // Primary: emits openRequested(request) once the event loop runs; for the
    // link the first desktop was started with.
    void openLater(const OpenRequest &request);

signals:
    void openRequested(const omnidesk::OpenRequest &request);
    void activationRequested();
    void forwardFinished(bool delivered);

private:
    void acceptConnections();
    void serve(QLocalSocket *socket);
    void connectToPrimary();
    void readAnswer();
    void finishForward(bool delivered);

    QString m_serverName;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    // Secondary side.
    QLocalSocket *m_client = nullptr;
    QByteArray m_message;
    QTimer m_forwardDeadline;
    bool m_forwarding = false;
    QString m_error;
};

} // namespace omnidesk
