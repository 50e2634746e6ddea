#include "InstanceGuard.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QUrl>

namespace omnidesk {

namespace {

Q_LOGGING_CATEGORY(lcInstance, "omnidesk.app.instance")

constexpr qsizetype kMaxLine = 4096;
constexpr std::chrono::milliseconds kRetryInterval{100};
constexpr std::chrono::seconds kServeTimeout{5};

const QByteArray kOpen = QByteArrayLiteral("open ");
const QByteArray kActivate = QByteArrayLiteral("activate");
const QByteArray kOk = QByteArrayLiteral("ok");
const QByteArray kRefused = QByteArrayLiteral("refused");

QString lockPathFor(const QString &serverName)
{
    // A Unix socket path gets its lock beside it; a bare pipe name (Windows)
    // in the temporary folder, which is per user there.
    if (serverName.contains(u'/'))
        return serverName + QLatin1String(".lock");
    return QDir::temp().filePath(serverName + QLatin1String(".lock"));
}

} // namespace

InstanceGuard::InstanceGuard(const QString &serverName, QObject *parent)
    : QObject(parent), m_serverName(serverName)
{
    m_forwardDeadline.setSingleShot(true);
    connect(&m_forwardDeadline, &QTimer::timeout, this, [this] {
        qCWarning(lcInstance) << "the running desktop did not answer in time";
        finishForward(false);
    });
}

InstanceGuard::~InstanceGuard()
{
    // Close the server before the lock goes, so a new primary never finds a
    // lock without its socket.
    if (m_server)
        m_server->close();
}

QString InstanceGuard::serverNameFor(const QString &dataDir)
{
    const QString folder = QDir::cleanPath(QDir(dataDir).absolutePath());
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(folder.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
#ifdef Q_OS_UNIX
    // The runtime folder belongs to the user (mode 0700); Qt creates one in
    // /tmp when XDG_RUNTIME_DIR is not set.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return runtime + QLatin1String("/omnidesk-") + key;
#endif
    // Pipe names are machine-wide on Windows: put the user into the name too.
    QString user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    const QString userKey = QString::fromLatin1(
        QCryptographicHash::hash(user.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
    return QLatin1String("omnidesk-") + userKey + u'-' + key;
}

InstanceGuard::Role InstanceGuard::claim()
{
    if (isPrimary())
        return Role::Primary;
    m_error.clear();
    auto lock = std::make_unique<QLockFile>(lockPathFor(m_serverName));
    // Held for the whole life of the desktop: only a dead owner makes it stale.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError)
            return Role::Secondary;
        m_error = tr("Cannot create the lock file %1.").arg(lockPathFor(m_serverName));
        return Role::Failed;
    }

    // We own the name: a socket left behind by a crashed desktop goes.
    QLocalServer::removeServer(m_serverName);
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_serverName)) {
        m_error = tr("Cannot listen for other starts of Omnidesk: %1").arg(server->errorString());
        delete server;
        return Role::Failed;
    }
    connect(server, &QLocalServer::newConnection, this, &InstanceGuard::acceptConnections);
    m_server = server;
    m_lock = std::move(lock);
    return Role::Primary;
}

bool InstanceGuard::isPrimary() const
{
    return m_server && m_server->isListening();
}

void InstanceGuard::openLater(const OpenRequest &request)
{
    QMetaObject::invokeMethod(
        this, [this, request] { emit openRequested(request); }, Qt::QueuedConnection);
}

void InstanceGuard::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        // A client that says nothing is dropped; the server owns the socket.
        QTimer::singleShot(kServeTimeout, socket, [socket] { socket->abort(); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { serve(socket); });
        if (socket->bytesAvailable() > 0)
            serve(socket);
    }
}

void InstanceGuard::serve(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxLine) {
            qCWarning(lcInstance) << "dropped an over-long request from another start";
            socket->abort();
        }
        return;
    }
    const QByteArray line = socket->readLine(kMaxLine + 1).trimmed();
    bool accepted = false;
    if (line == kActivate) {
        accepted = true;
    } else if (line.startsWith(kOpen)) {
        const QUrl link(QString::fromUtf8(line.mid(kOpen.size())), QUrl::StrictMode);
        const OpenRequest request = parseOmnideskUrl(link);
        if (request.isValid()) {
            accepted = true;
            emit openRequested(request);
        }
    }
    // The link itself may carry a phone number: never logged.
    qCDebug(lcInstance) << "request from another start" << (accepted ? "accepted" : "refused");
    socket->write((accepted ? kOk : kRefused) + '\n');
    socket->disconnectFromServer(); // after the answer is written
    if (accepted)
        emit activationRequested();
}

void InstanceGuard::forward(const OpenRequest &request, std::chrono::milliseconds timeout)
{
    if (m_forwarding)
        return;
    m_forwarding = true;
    m_message = request.isValid() ? kOpen + request.toUrl().toEncoded() : kActivate;
    m_message += '\n';
    m_client = new QLocalSocket(this);
    connect(m_client, &QLocalSocket::connected, this, [this] { m_client->write(m_message); });
    connect(m_client, &QLocalSocket::readyRead, this, &InstanceGuard::readAnswer);
    connect(m_client, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError error) {
        if (!m_forwarding)
            return;
        // The primary holds the lock but may not listen yet: try again until the deadline.
        if (error == QLocalSocket::ServerNotFoundError || error == QLocalSocket::ConnectionRefusedError) {
            m_client->abort();
            QTimer::singleShot(kRetryInterval, this, &InstanceGuard::connectToPrimary);
            return;
        }
        qCWarning(lcInstance) << "cannot reach the running desktop:" << m_client->errorString();
        finishForward(false);
    });
    m_forwardDeadline.start(timeout);
    connectToPrimary();
}

void InstanceGuard::connectToPrimary()
{
    if (m_forwarding && m_client->state() == QLocalSocket::UnconnectedState)
        m_client->connectToServer(m_serverName);
}

void InstanceGuard::readAnswer()
{
    if (!m_client->canReadLine())
        return;
    const QByteArray answer = m_client->readLine(kMaxLine).trimmed();
    if (answer != kOk)
        qCWarning(lcInstance) << "the running desktop refused the link";
    finishForward(answer == kOk);
}

void InstanceGuard::finishForward(bool delivered)
{
    if (!m_forwarding)
        return;
    m_forwarding = false;
    m_forwardDeadline.stop();
    m_client->abort();
    emit forwardFinished(delivered);
}

} // namespace omnidesk
