#include "TlsTrust.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QSettings>

#include <memory>

namespace omnidesk::net {

namespace {

const QString kCompanyCaKey = QStringLiteral("tls/companyCa");

std::unique_ptr<QSettings> openSettings()
{
    return std::make_unique<QSettings>(QStringLiteral("Omnidesk"), QStringLiteral("Omnidesk"));
}

QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    const struct
    {
        QSslCertificate::SubjectInfo field;
        const char *label;
    } fields[] = {{QSslCertificate::CommonName, "CN"},
                  {QSslCertificate::Organization, "O"},
                  {QSslCertificate::OrganizationalUnitName, "OU"}};
    QStringList parts;
    for (const auto &f : fields) {
        const QStringList values =
            issuer ? certificate.issuerInfo(f.field) : certificate.subjectInfo(f.field);
        if (!values.isEmpty())
            parts.append(QLatin1String(f.label) + QLatin1Char('=') + values.join(QLatin1String(", ")));
    }
    return parts.join(QLatin1String(", "));
}

QString shortDate(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

bool isUntrustedIssuer(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

// The most telling error first: a wrong name or date before an unknown issuer
// (which a company CA would fix but would leave the others).
int rank(QSslError::SslError error)
{
    switch (error) {
    case QSslError::HostNameMismatch:
        return 0;
    case QSslError::CertificateExpired:
    case QSslError::CertificateNotYetValid:
        return 1;
    default:
        return isUntrustedIssuer(error) ? 2 : 3;
    }
}

} // namespace

QList<QSslCertificate> TlsTrust::fromPem(const QByteArray &pem)
{
    QList<QSslCertificate> certificates;
    for (const QSslCertificate &certificate : QSslCertificate::fromData(pem, QSsl::Pem)) {
        if (!certificate.isNull())
            certificates.append(certificate);
    }
    return certificates;
}

QList<QSslCertificate> TlsTrust::readCaFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QList<QSslCertificate> certificates = fromPem(file.read(1024 * 1024));
    if (certificates.isEmpty())
        *error = tr("%1 holds no PEM certificate (a text file starting with -----BEGIN CERTIFICATE-----).")
                     .arg(path);
    return certificates;
}

QList<QSslCertificate> TlsTrust::companyCas()
{
    return fromPem(openSettings()->value(kCompanyCaKey).toByteArray());
}

void TlsTrust::setCompanyCas(const QList<QSslCertificate> &certificates)
{
    const auto settings = openSettings();
    if (certificates.isEmpty()) {
        settings->remove(kCompanyCaKey);
        return;
    }
    QByteArray pem;
    for (const QSslCertificate &certificate : certificates)
        pem += certificate.toPem();
    settings->setValue(kCompanyCaKey, pem);
}

QSslConfiguration TlsTrust::configuration(const QList<QSslCertificate> &extraCas)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!extraCas.isEmpty())
        configuration.addCaCertificates(extraCas);
    return configuration;
}

QSslConfiguration TlsTrust::storedConfiguration()
{
    return configuration(companyCas());
}

QString TlsTrust::subjectName(const QSslCertificate &certificate)
{
    return distinguishedName(certificate, false);
}

QString TlsTrust::issuerName(const QSslCertificate &certificate)
{
    return distinguishedName(certificate, true);
}

QString TlsTrust::describeCa(const QSslCertificate &certificate)
{
    const QString name = certificate.subjectInfo(QSslCertificate::CommonName).join(QLatin1String(", "));
    const QString organisation =
        certificate.subjectInfo(QSslCertificate::Organization).join(QLatin1String(", "));
    const QString who = organisation.isEmpty() || organisation == name
                            ? name
                            : QStringLiteral("%1 (%2)").arg(name, organisation);
    return tr("%1, valid until %2")
        .arg(who.isEmpty() ? subjectName(certificate) : who, shortDate(certificate.expiryDate()));
}

QString TlsTrust::describeErrors(const QList<QSslError> &errors, const QString &host)
{
    if (errors.isEmpty())
        return describeHandshakeFailure(host, QString());
    QSslError main = errors.constFirst();
    for (const QSslError &error : errors) {
        if (rank(error.error()) < rank(main.error()))
            main = error;
    }
    QSslCertificate certificate = main.certificate();
    if (certificate.isNull()) {
        for (const QSslError &error : errors) {
            if (!error.certificate().isNull()) {
                certificate = error.certificate();
                break;
            }
        }
    }

    QString problem;
    QString advice;
    if (main.error() == QSslError::HostNameMismatch) {
        QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
        names += certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry);
        if (names.isEmpty())
            names = certificate.subjectInfo(QSslCertificate::CommonName);
        problem =
            tr("The service's certificate is for %1, not for %2.").arg(names.join(QLatin1String(", ")), host);
        advice = tr("Use the address the certificate names, or ask the service's administrator for a "
                    "certificate that includes %1.")
                     .arg(host);
    } else if (main.error() == QSslError::CertificateExpired) {
        problem = tr("The service's certificate expired on %1.").arg(shortDate(certificate.expiryDate()));
        advice = tr("Ask the service's administrator to renew the certificate.");
    } else if (main.error() == QSslError::CertificateNotYetValid) {
        problem = tr("The service's certificate is valid only from %1.")
                      .arg(shortDate(certificate.effectiveDate()));
        advice = tr("Check the date and time of this computer, or ask the service's administrator.");
    } else if (isUntrustedIssuer(main.error())) {
        problem = tr("The service's certificate was not issued by a certificate authority this computer "
                     "trusts.");
        advice = tr("If your company uses its own certificate authority, ask IT for its CA certificate (a "
                    "PEM file) and choose it under \"Trust a company CA certificate\". Otherwise ask the "
                    "service's administrator.");
    } else {
        problem = tr("The service's certificate was refused: %1.").arg(main.errorString());
        advice = tr("Ask the service's administrator.");
    }

    QString text = tr("Secure connection to %1 refused.").arg(host) + QLatin1Char(' ') + problem;
    if (!certificate.isNull())
        text += QLatin1Char('\n') +
                tr("Certificate: %1; issued by: %2.").arg(subjectName(certificate), issuerName(certificate));
    text += QLatin1Char('\n') + advice;
    return text;
}

QString TlsTrust::describeHandshakeFailure(const QString &host, const QString &reason)
{
    QString text = tr("Secure connection to %1 failed.").arg(host);
    if (!reason.isEmpty())
        text += QLatin1Char(' ') + reason;
    text +=
        QLatin1Char('\n') + tr("Check that the address is right: https:// or wss:// only when the service "
                               "runs with TLS, http:// or ws:// otherwise.");
    return text;
}

} // namespace omnidesk::net
