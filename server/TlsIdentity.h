#pragma once

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace omnidesk::server {

// The service's TLS identity (--tls-cert, --tls-key): the certificate chain
// and its private key, read from PEM (or DER) files and checked once with a
// real handshake on the loopback interface, so that a key that does not
// belong to the certificate stops the start instead of every connection.
class TlsIdentity
{
    Q_DECLARE_TR_FUNCTIONS(TlsIdentity)
public:
    // Reads and checks both files; on failure returns nullopt and sets *error
    // to a sentence naming the file and the problem (never key material).
    static std::optional<TlsIdentity> load(const QString &certFile, const QString &keyFile, QString *error);

    // For the listening socket: chain, key, TLS 1.2 or later, no client certificates.
    QSslConfiguration configuration() const { return m_configuration; }
    QSslCertificate certificate() const { return m_configuration.localCertificate(); }
    // "CN=…, issued by CN=…, valid until …" for the log.
    QString summary() const;

private:
    QSslConfiguration m_configuration;
};

} // namespace omnidesk::server
