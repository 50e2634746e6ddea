#include "TlsIdentity.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

namespace omnidesk::server {

namespace {

constexpr int kSelfCheckTimeoutMs = 5000;

QString names(const QSslCertificate &certificate, QSslCertificate::SubjectInfo field, bool issuer)
{
    const QStringList values = issuer ? certificate.issuerInfo(field) : certificate.subjectInfo(field);
    return values.join(QLatin1String(", "));
}

// "CN=profiles.example.com, O=Example" (the parts that are present).
QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    QStringList parts;
    const struct
    {
        QSslCertificate::SubjectInfo field;
        const char *label;
    } fields[] = {{QSslCertificate::CommonName, "CN"},
                  {QSslCertificate::Organization, "O"},
                  {QSslCertificate::OrganizationalUnitName, "OU"}};
    for (const auto &f : fields) {
        const QString value = names(certificate, f.field, issuer);
        if (!value.isEmpty())
            parts.append(QLatin1String(f.label) + QLatin1Char('=') + value);
    }
    return parts.isEmpty() ? QStringLiteral("(empty)") : parts.join(QLatin1String(", "));
}

std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    return file.readAll();
}

QSslKey parseKey(const QByteArray &bytes)
{
    const QSsl::EncodingFormat format = bytes.contains("-----BEGIN") ? QSsl::Pem : QSsl::Der;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        const QSslKey key(bytes, algorithm, format, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return QSslKey();
}

// Runs one TLS handshake against `configuration` on 127.0.0.1 and returns why
// it failed (empty when it worked). The checking client does not verify the
// certificate: only whether the TLS library accepts the pair is in question.
QString handshakeProblem(const QSslConfiguration &configuration)
{
    QSslServer server;
    server.setSslConfiguration(configuration);
    server.setHandshakeTimeout(kSelfCheckTimeoutMs);
    if (!server.listen(QHostAddress::LocalHost, 0))
        return {}; // no loopback to check on: the first real connection will tell

    QEventLoop loop;
    QString serverError;
    QString clientError;
    bool encrypted = false;
    QObject::connect(&server, &QSslServer::errorOccurred, &loop,
                     [&](QSslSocket *socket, QAbstractSocket::SocketError) {
                         if (serverError.isEmpty())
                             serverError = socket->errorString();
                         loop.quit();
                     });
    QObject::connect(&server, &QTcpServer::pendingConnectionAvailable, &loop, [&] {
        encrypted = true;
        loop.quit();
    });
    QSslSocket client;
    QSslConfiguration clientConfiguration = QSslConfiguration::defaultConfiguration();
    clientConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone);
    client.setSslConfiguration(clientConfiguration);
    QObject::connect(&client, &QSslSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError) {
        if (clientError.isEmpty())
            clientError = client.errorString();
        // The server side usually knows better why; give it a moment.
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
    });
    QTimer::singleShot(kSelfCheckTimeoutMs, &loop, &QEventLoop::quit);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
    loop.exec();
    client.abort();
    while (QTcpSocket *socket = server.nextPendingConnection())
        delete socket;
    if (encrypted && serverError.isEmpty())
        return {};
    if (!serverError.isEmpty())
        return serverError;
    if (!clientError.isEmpty())
        return clientError;
    return TlsIdentity::tr("the test handshake did not finish");
}

} // namespace

std::optional<TlsIdentity> TlsIdentity::load(const QString &certFile, const QString &keyFile, QString *error)
{
    if (certFile.isEmpty() || keyFile.isEmpty()) {
        *error = tr("TLS needs both --tls-cert and --tls-key");
        return std::nullopt;
    }
    QString why;
    const std::optional<QByteArray> certBytes = readFile(certFile, &why);
    if (!certBytes) {
        *error = tr("Cannot read the TLS certificate %1: %2").arg(certFile, why);
        return std::nullopt;
    }
    QList<QSslCertificate> chain = QSslCertificate::fromData(*certBytes, QSsl::Pem);
    if (chain.isEmpty())
        chain = QSslCertificate::fromData(*certBytes, QSsl::Der);
    if (chain.isEmpty() || chain.constFirst().isNull()) {
        *error = tr("%1 holds no PEM or DER certificate").arg(certFile);
        return std::nullopt;
    }
    const std::optional<QByteArray> keyBytes = readFile(keyFile, &why);
    if (!keyBytes) {
        *error = tr("Cannot read the TLS private key %1: %2").arg(keyFile, why);
        return std::nullopt;
    }
    if (keyBytes->contains("ENCRYPTED")) {
        *error = tr("The TLS private key %1 is protected by a passphrase; give an unencrypted key "
                    "(readable only by the service's user)")
                     .arg(keyFile);
        return std::nullopt;
    }
    const QSslKey key = parseKey(*keyBytes);
    if (key.isNull()) {
        *error = tr("%1 holds no RSA, EC or DSA private key in PEM or DER form").arg(keyFile);
        return std::nullopt;
    }

    TlsIdentity identity;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients bring no certificates
    identity.m_configuration = configuration;

    const QString problem = handshakeProblem(configuration);
    if (!problem.isEmpty()) {
        *error = tr("The TLS certificate %1 and private key %2 do not work together "
                    "(does the key belong to the certificate?): %3")
                     .arg(certFile, keyFile, problem);
        return std::nullopt;
    }
    return identity;
}

QString TlsIdentity::summary() const
{
    const QSslCertificate cert = certificate();
    return QStringLiteral("%1, issued by %2, valid %3 to %4")
        .arg(distinguishedName(cert, false), distinguishedName(cert, true),
             cert.effectiveDate().toUTC().toString(Qt::ISODate),
             cert.expiryDate().toUTC().toString(Qt::ISODate));
}

} // namespace omnidesk::server
