#include "CredentialStore.h"

#include "NetLogging.h"

#include <QTimer>

#include <algorithm>

#include <qt6keychain/keychain.h>

namespace omnidesk::net {

namespace {

// QtKeychain's libsecret backend reports a missing D-Bus session or a missing
// Secret Service as a generic error; its text is the only way to tell.
bool looksLikeNoKeychain(const QString &errorText)
{
    static const QLatin1StringView markers[] = {
        QLatin1StringView("D-Bus"),
        QLatin1StringView("DBus"),
        QLatin1StringView("dbus"),
        QLatin1StringView("org.freedesktop.secrets"),
        QLatin1StringView("Could not connect"),
        QLatin1StringView("No keychain service"),
        QLatin1StringView("No keyring daemon"),
    };
    for (const QLatin1StringView marker : markers) {
        if (errorText.contains(marker))
            return true;
    }
    return false;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent) : QObject(parent) {}

const char *CredentialStore::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return "read";
    case Operation::Write:
        return "write";
    case Operation::Remove:
        break;
    }
    return "remove";
}

CredentialStore::~CredentialStore()
{
    // Jobs still running are not ours to delete (QtKeychain's backend holds raw
    // pointers to them until they finish, then they delete themselves). Their
    // finished() connections use this store as context and die with it.
    m_pending.clear();
}

QString CredentialStore::serviceName()
{
    return QStringLiteral("Omnidesk");
}

QString CredentialStore::scopedKey(const QUrl &server, const QString &user)
{
    int port = server.port();
    if (port < 0)
        port = server.scheme() == QLatin1String("wss") ? 443 : 80;
    return QStringLiteral("session-token@%1@%2:%3").arg(user, server.host().toLower(), QString::number(port));
}

QString CredentialStore::messageFor(Status status)
{
    switch (status) {
    case Status::Found:
    case Status::Written:
    case Status::Removed:
        return QString();
    case Status::NotFound:
        return tr("No saved sign-in was found on this computer.");
    case Status::NoKeychain:
        return tr("No keychain is available, so Omnidesk cannot remember your sign-in.");
    case Status::Timeout:
        return tr("The keychain did not answer in time, so the saved sign-in could not be used.");
    case Status::Failed:
        break;
    }
    return tr("The keychain could not be used.");
}

void CredentialStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds(0));
}

void CredentialStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    start(job, Operation::Read, key, context, std::move(done));
}

void CredentialStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setTextData(secret);
    start(job, Operation::Write, key, context, std::move(done));
}

void CredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    start(job, Operation::Remove, key, context, std::move(done));
}

void CredentialStore::start(QKeychain::Job *job, Operation operation, const QString &key, QObject *context,
                            Callback done)
{
    // The job has no parent: deleting it while the backend still works on it
    // would leave the backend with a dangling pointer. It deletes itself once
    // it has emitted finished().
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);

    const quint64 id = ++m_nextId;
    Pending pending;
    pending.operation = operation;
    pending.key = key;
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.done = std::move(done);
    pending.timer = new QTimer(this);
    pending.timer->setSingleShot(true);
    connect(pending.timer, &QTimer::timeout, this, [this, id] { onTimeout(id); });
    pending.timer->start(m_timeout);
    m_pending.insert(id, std::move(pending));

    connect(job, &QKeychain::Job::finished, this,
            [this, id](QKeychain::Job *finished) { onJobFinished(id, finished); });
    qCDebug(lcNet) << "keychain" << operationName(operation) << "started";
    job->start();
}

void CredentialStore::onJobFinished(quint64 id, QKeychain::Job *job)
{
    // Only read from the job here, inside its finished() signal; it is deleted
    // right after.
    const auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        qCDebug(lcNet) << "ignored a keychain answer that came after its timeout";
        return;
    }
    Pending pending = std::move(*it);
    m_pending.erase(it);

    Result result;
    result.key = pending.key;
    switch (job->error()) {
    case QKeychain::NoError:
        if (pending.operation == Operation::Read) {
            result.status = Status::Found;
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        } else {
            result.status = pending.operation == Operation::Write ? Status::Written : Status::Removed;
        }
        break;
    case QKeychain::EntryNotFound:
        // Removing what is not there leaves the wanted state: nothing stored.
        result.status = pending.operation == Operation::Remove ? Status::Removed : Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = Status::NoKeychain;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = Status::Failed;
        result.message = tr("The keychain refused access; it may be locked.");
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        result.status = looksLikeNoKeychain(job->errorString()) ? Status::NoKeychain : Status::Failed;
        break;
    }
    if (result.message.isEmpty())
        result.message = messageFor(result.status);
    if (result.status == Status::Failed || result.status == Status::NoKeychain) {
        // The backend's text names the failure (D-Bus, locked collection), never the secret.
        qCWarning(lcNet) << "keychain" << operationName(pending.operation) << "failed:" << result.status
                         << job->errorString();
    } else {
        qCDebug(lcNet) << "keychain" << operationName(pending.operation) << "->" << result.status;
    }
    deliver(std::move(pending), std::move(result));
}

void CredentialStore::onTimeout(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(*it);
    m_pending.erase(it);
    qCWarning(lcNet) << "keychain" << operationName(pending.operation) << "timed out after"
                     << m_timeout.count() << "ms";
    Result result;
    result.key = pending.key;
    result.status = Status::Timeout;
    result.message = messageFor(Status::Timeout);
    deliver(std::move(pending), std::move(result));
}

void CredentialStore::deliver(Pending pending, Result result)
{
    if (pending.timer) {
        pending.timer->stop();
        pending.timer->deleteLater();
    }
    if (pending.hasContext && !pending.context)
        return; // whoever asked is gone
    if (pending.done)
        pending.done(result);
}

} // namespace omnidesk::net
