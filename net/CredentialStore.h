#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

class QTimer;

namespace QKeychain {
class Job;
}

namespace omnidesk::net {

// Keeps small secrets (the session token) in the operating system's keychain
// through QtKeychain. Every operation is asynchronous and reports exactly once
// through its callback, on the thread that owns the store. There is no
// plain-text fallback: without a keychain the result is NoKeychain.
//
// A keychain that does not answer within timeout() is reported as Timeout; its
// late answer is then ignored. QtKeychain runs its jobs one after another, so
// while a hung job is pending, later operations time out as well.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Status { Found, Written, Removed, NotFound, NoKeychain, Timeout, Failed };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        QString key;
        QString secret;  // only for Found
        QString message; // for people (tr()); never contains the secret
        bool ok() const
        {
            return status == Status::Found || status == Status::Written || status == Status::Removed;
        }
    };
    using Callback = std::function<void(const Result &)>;

    static constexpr std::chrono::milliseconds kDefaultTimeout{5000};

    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    // The keychain service name every entry is filed under: "Omnidesk".
    static QString serviceName();
    // "session-token@<user>@<host>:<port>": one entry per user and service
    // address, so two accounts or two services never see each other's token.
    static QString scopedKey(const QUrl &server, const QString &user);
    // The plain sentence for a status (tr()); empty for the successful ones.
    static QString messageFor(Status status);

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Number of operations still waiting for the keychain.
    int pendingCount() const { return int(m_pending.size()); }

    // Each call reports to `done` once, unless `context` (when given) or the
    // store is destroyed first. Virtual so tests can substitute an in-memory store.
    virtual void read(const QString &key, QObject *context, Callback done);
    virtual void write(const QString &key, const QString &secret, QObject *context, Callback done);
    virtual void remove(const QString &key, QObject *context, Callback done);

private:
    enum class Operation { Read, Write, Remove };
    static const char *operationName(Operation operation);

    struct Pending
    {
        Operation operation;
        QString key;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
        QTimer *timer = nullptr;
    };

    void start(QKeychain::Job *job, Operation operation, const QString &key, QObject *context, Callback done);
    void onJobFinished(quint64 id, QKeychain::Job *job);
    void onTimeout(quint64 id);
    void deliver(Pending pending, Result result);

    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    quint64 m_nextId = 0;
    QHash<quint64, Pending> m_pending;
};

} // namespace omnidesk::net
