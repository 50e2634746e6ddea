#pragma once

// Test-time certificates for the TLS tests: a throw-away certificate
// authority and a server certificate it signs (for localhost and 127.0.0.1),
// made with the openssl command line in a temporary folder. Nothing here is
// ever committed; every run makes new keys.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

class TlsTestCertificates
{
public:
    QString caCert;        // PEM of the test CA
    QString serverCert;    // PEM, signed by the CA, for localhost / 127.0.0.1
    QString serverKey;     // its unencrypted key
    QString otherKey;      // a key of no certificate here (for the mismatch case)
    QString selfSigned;    // a self-signed server certificate (no CA) …
    QString selfSignedKey; // … and its key

    // Makes everything; false and *error (openssl's output) on failure.
    bool create(QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty()) {
            *error = QStringLiteral("the openssl command is not installed");
            return false;
        }
        caCert = path("ca.pem");
        serverCert = path("server.pem");
        serverKey = path("server.key");
        otherKey = path("other.key");
        selfSigned = path("self.pem");
        selfSignedKey = path("self.key");
        const QString ec = QStringLiteral("ec");
        const QStringList curve{QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1")};
        QFile ext(path("server.ext"));
        if (!ext.open(QIODevice::WriteOnly))
            return fail(error, ext.errorString());
        ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n"
                  "basicConstraints=CA:FALSE\n"
                  "keyUsage=digitalSignature,keyEncipherment\n"
                  "extendedKeyUsage=serverAuth\n");
        ext.close();
        return run(openssl,
                   QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), ec}
                       << curve
                       << QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"), path("ca.key"),
                                      QStringLiteral("-out"), caCert, QStringLiteral("-days"),
                                      QStringLiteral("2"), QStringLiteral("-subj"),
                                      QStringLiteral("/CN=Omnidesk Test Root CA/O=Omnidesk Tests"),
                                      QStringLiteral("-addext"),
                                      QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                      QStringLiteral("-addext"),
                                      QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                   error) &&
               run(openssl,
                   QStringList{QStringLiteral("req"), QStringLiteral("-newkey"), ec}
                       << curve
                       << QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"), serverKey,
                                      QStringLiteral("-out"), path("server.csr"), QStringLiteral("-subj"),
                                      QStringLiteral("/CN=localhost/O=Omnidesk Tests")},
                   error) &&
               run(openssl,
                   {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("server.csr"),
                    QStringLiteral("-CA"), caCert, QStringLiteral("-CAkey"), path("ca.key"),
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), serverCert,
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                    path("server.ext")},
                   error) &&
               run(openssl,
                   QStringList{QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC")}
                       << curve << QStringList{QStringLiteral("-out"), otherKey},
                   error) &&
               run(openssl,
                   QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), ec}
                       << curve
                       << QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"), selfSignedKey,
                                      QStringLiteral("-out"), selfSigned, QStringLiteral("-days"),
                                      QStringLiteral("2"), QStringLiteral("-subj"),
                                      QStringLiteral("/CN=localhost/O=Self Signed Tests"),
                                      QStringLiteral("-addext"),
                                      QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")},
                   error);
    }

    QString path(const char *name) const { return QDir(m_dir.path()).filePath(QString::fromLatin1(name)); }

private:
    static bool fail(QString *error, const QString &why)
    {
        *error = why;
        return false;
    }

    static bool run(const QString &program, const QStringList &arguments, QString *error)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0)
            return fail(error, QStringLiteral("openssl %1 failed: %2")
                                   .arg(arguments.constFirst(), QString::fromLocal8Bit(process.readAll())));
        return true;
    }

    QTemporaryDir m_dir;
};
