#pragma once

#include <QObject>

class QSocketNotifier;

namespace omnidesk::server {

// Turns SIGINT and SIGTERM (and SIGHUP, as hangup()) into Qt signals. The POSIX handler only writes
// one byte to a socketpair (async-signal-safe); a QSocketNotifier reads it on
// the event loop and emits terminateRequested().
class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

    bool isInstalled() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminateRequested(int signalNumber);
    void hangup(); // SIGHUP: reload what can be reloaded (the rule file)

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace omnidesk::server
