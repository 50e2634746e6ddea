#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

namespace omnidesk::net {

// What the desktop trusts for TLS (https://, wss://): the system's
// certificate authorities plus, optionally, one company CA file chosen in the
// settings. The CA certificates are public; they are kept as PEM text in
// QSettings (organisation and application "Omnidesk", key tls/companyCa), so
// the chosen file may move or vanish afterwards. Certificate verification is
// always on: nothing here turns it off, and no TLS error is ever ignored.
class TlsTrust
{
    Q_DECLARE_TR_FUNCTIONS(TlsTrust)
public:
    // The certificates in a PEM file; empty (and *error) when it holds none.
    static QList<QSslCertificate> readCaFile(const QString &path, QString *error);
    static QList<QSslCertificate> fromPem(const QByteArray &pem);

    // The stored company CA certificates (empty: only the system's).
    static QList<QSslCertificate> companyCas();
    static void setCompanyCas(const QList<QSslCertificate> &certificates);

    // The client configuration: system CAs plus `extraCas`, peers verified.
    static QSslConfiguration configuration(const QList<QSslCertificate> &extraCas);
    // configuration(companyCas()).
    static QSslConfiguration storedConfiguration();

    // "CN=Example Root CA, O=Example" (the parts that are present).
    static QString subjectName(const QSslCertificate &certificate);
    static QString issuerName(const QSslCertificate &certificate);
    // "Example Root CA (Example), valid until 2030-01-01" for the settings.
    static QString describeCa(const QSslCertificate &certificate);

    // A plain explanation of refused certificate errors for the user: what is
    // wrong, the certificate's subject and issuer, and what to do. `host` is
    // the name the desktop connected to.
    static QString describeErrors(const QList<QSslError> &errors, const QString &host);
    // The same for a TLS failure without certificate errors (e.g. the service
    // does not speak TLS on that port); `reason` is the socket's error string.
    static QString describeHandshakeFailure(const QString &host, const QString &reason);
};

} // namespace omnidesk::net
