// TLS end to end on the service: with --tls-cert/--tls-key the one port
// serves HTTPS (/healthz, /metrics, the API) and WSS (/v1/agent), verified
// against a certificate authority made for the test; plain HTTP to that port
// gets no answer; a client without the CA refuses the certificate; missing,
// unreadable or mismatched files stop the start (exit status 1 for the binary).

#include "../TlsTestCertificates.h"
#include "HttpTestClient.h"
#include "ProfileServer.h"
#include "ServerOptions.h"
#include "WsTestClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace omnidesk;
using namespace omnidesk::server;
using namespace omnidesk::server::test;

namespace {
const QByteArray kKey = "Bearer demo-integration-key";
} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void https_healthzAndMetrics();
    void wss_signsIn();
    void plainHttpToTlsPort_getsNoAnswer();
    void clientWithoutCa_refusesCertificate();
    void listenUrl_isHttps();
    void missingCertificate_failsStart();
    void unreadableKey_failsStart();
    void garbageCertificate_failsStart();
    void keyOfAnotherCertificate_failsStart();
    void binary_badFiles_exitOne();
    void binary_certWithoutKey_isUsageError();

private:
    QSslConfiguration trusting() const;
    QNetworkReply *get(QNetworkAccessManager *nam, const QString &path, const QSslConfiguration &ssl,
                       const QByteArray &auth = {});
    bool startFails(const QString &cert, const QString &key, QString *error);

    TlsTestCertificates m_certs;
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<ProfileServer> m_server;
};

void TestTls::initTestCase()
{
    QString error;
    QVERIFY2(m_certs.create(&error), qPrintable(error));
}

void TestTls::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
    ServerOptions options = demoServerOptions(m_data->path());
    options.tlsCertFile = m_certs.serverCert;
    options.tlsKeyFile = m_certs.serverKey;
    m_server = std::make_unique<ProfileServer>();
    QVERIFY2(m_server->start(options), qPrintable(m_server->errorString()));
}

void TestTls::cleanup()
{
    m_server.reset();
    m_data.reset();
}

QSslConfiguration TestTls::trusting() const
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(m_certs.caCert);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return ssl;
}

QNetworkReply *TestTls::get(QNetworkAccessManager *nam, const QString &path, const QSslConfiguration &ssl,
                            const QByteArray &auth)
{
    QNetworkRequest request(
        QUrl(QStringLiteral("https://localhost:%1%2").arg(m_server->serverPort()).arg(path)));
    request.setSslConfiguration(ssl);
    if (!auth.isEmpty())
        request.setRawHeader("Authorization", auth);
    QNetworkReply *reply = nam->get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10'000);
    return reply;
}

void TestTls::https_healthzAndMetrics()
{
    QNetworkAccessManager nam;
    std::unique_ptr<QNetworkReply> health(get(&nam, QStringLiteral("/healthz"), trusting()));
    QCOMPARE(health->error(), QNetworkReply::NoError);
    QCOMPARE(health->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(health->sslConfiguration().peerCertificate().subjectInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("localhost")});

    std::unique_ptr<QNetworkReply> metrics(get(&nam, QStringLiteral("/metrics"), trusting(), kKey));
    QCOMPARE(metrics->error(), QNetworkReply::NoError);
    QCOMPARE(metrics->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(metrics->readAll().contains("omnidesk_"));

    // The front door's own answers (here 404) come over TLS as well.
    std::unique_ptr<QNetworkReply> missing(get(&nam, QStringLiteral("/nowhere"), trusting()));
    QCOMPARE(missing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
}

void TestTls::wss_signsIn()
{
    WsTestClient client;
    client.socket.setSslConfiguration(trusting());
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QString(protocol::kSubprotocol)});
    QSignalSpy connected(&client.socket, &QWebSocket::connected);
    client.socket.open(QUrl(QStringLiteral("wss://127.0.0.1:%1/v1/agent").arg(m_server->serverPort())),
                       options);
    QVERIFY(connected.wait(10'000));
    QCOMPARE(client.socket.subprotocol(), QString(protocol::kSubprotocol));
    QVERIFY(client.socket.sslConfiguration().peerCertificate().isNull() == false);
    client.send(WsTestClient::login(), QStringLiteral("h1"));
    const auto welcome = client.nextOf<protocol::Welcome>();
    QVERIFY(welcome);
    QCOMPARE(welcome->user.id, QStringLiteral("agent1"));
    QVERIFY(client.nextOf<protocol::Snapshot>());
}

void TestTls::plainHttpToTlsPort_getsNoAnswer()
{
    QTcpSocket plain;
    plain.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(plain.waitForConnected(5000));
    plain.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QSignalSpy closed(&plain, &QTcpSocket::disconnected);
    QByteArray received;
    connect(&plain, &QTcpSocket::readyRead, &plain, [&] { received += plain.readAll(); });
    QVERIFY(closed.wait(15'000)); // the service drops it (a TLS alert at most)
    received += plain.readAll();
    QVERIFY2(!received.contains("HTTP/1.1"), received.constData());
    QVERIFY(!received.contains("\"status\""));

    // The service keeps serving TLS clients.
    QNetworkAccessManager nam;
    std::unique_ptr<QNetworkReply> health(get(&nam, QStringLiteral("/healthz"), trusting()));
    QCOMPARE(health->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

void TestTls::clientWithoutCa_refusesCertificate()
{
    QNetworkAccessManager nam;
    QList<QSslError> seen;
    QSslConfiguration system = QSslConfiguration::defaultConfiguration();
    system.setPeerVerifyMode(QSslSocket::VerifyPeer);
    QNetworkRequest request(QUrl(QStringLiteral("https://localhost:%1/healthz").arg(m_server->serverPort())));
    request.setSslConfiguration(system);
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    connect(reply.get(), &QNetworkReply::sslErrors, this,
            [&](const QList<QSslError> &errors) { seen = errors; });
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.constFirst().certificate().subjectInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("localhost")});
}

void TestTls::listenUrl_isHttps()
{
    QVERIFY2(m_server->listenUrl().startsWith(QLatin1String("https://")), qPrintable(m_server->listenUrl()));
}

bool TestTls::startFails(const QString &cert, const QString &key, QString *error)
{
    QTemporaryDir data;
    ServerOptions options = demoServerOptions(data.path());
    options.tlsCertFile = cert;
    options.tlsKeyFile = key;
    ProfileServer server;
    const bool started = server.start(options);
    *error = server.errorString();
    return !started;
}

void TestTls::missingCertificate_failsStart()
{
    QString error;
    const QString missing = m_certs.path("no-such.pem");
    QVERIFY(startFails(missing, m_certs.serverKey, &error));
    QVERIFY2(error.contains(missing), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("certificate")), qPrintable(error));
}

void TestTls::unreadableKey_failsStart()
{
    // A folder where the key should be: opening it for reading fails.
    const QString folder = m_certs.path("key-folder");
    QVERIFY(QDir().mkpath(folder));
    QString error;
    QVERIFY(startFails(m_certs.serverCert, folder, &error));
    QVERIFY2(error.contains(folder) && error.contains(QLatin1String("private key")), qPrintable(error));

    // A key file without read permission (root reads it anyway: not checkable then).
    const QString key = m_certs.path("locked.key");
    QVERIFY(QFile::copy(m_certs.serverKey, key));
    QVERIFY(QFile::setPermissions(key, QFileDevice::Permissions()));
    QFile probe(key);
    if (probe.open(QIODevice::ReadOnly))
        return;
    QVERIFY(startFails(m_certs.serverCert, key, &error));
    QVERIFY2(error.contains(key) && error.contains(QLatin1String("private key")), qPrintable(error));
}

void TestTls::garbageCertificate_failsStart()
{
    const QString garbage = m_certs.path("garbage.pem");
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a certificate\n");
    file.close();
    QString error;
    QVERIFY(startFails(garbage, m_certs.serverKey, &error));
    QVERIFY2(error.contains(garbage), qPrintable(error));
    // A certificate given as the key is not a key either.
    QVERIFY(startFails(m_certs.serverCert, m_certs.caCert, &error));
    QVERIFY2(error.contains(m_certs.caCert), qPrintable(error));
}

void TestTls::keyOfAnotherCertificate_failsStart()
{
    QString error;
    QVERIFY(startFails(m_certs.serverCert, m_certs.otherKey, &error));
    QVERIFY2(error.contains(QLatin1String("do not work together")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("PRIVATE KEY")), qPrintable(error)); // no key material
}

void TestTls::binary_badFiles_exitOne()
{
    QTemporaryDir data;
    const QString missing = m_certs.path("absent.key");
    QProcess process;
    process.start(QStringLiteral(OMNIDESK_PROFILED_BINARY),
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"),
                   data.path(), QStringLiteral("--tls-cert"), m_certs.serverCert, QStringLiteral("--tls-key"),
                   missing});
    QVERIFY(process.waitForFinished(30'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(err.contains(missing), qPrintable(err));

    process.start(QStringLiteral(OMNIDESK_PROFILED_BINARY),
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"),
                   data.path(), QStringLiteral("--tls-cert"), m_certs.serverCert, QStringLiteral("--tls-key"),
                   m_certs.otherKey});
    QVERIFY(process.waitForFinished(30'000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(QString::fromLocal8Bit(process.readAllStandardError())
                .contains(QLatin1String("do not work together")));
}

void TestTls::binary_certWithoutKey_isUsageError()
{
    QProcess process;
    process.start(QStringLiteral(OMNIDESK_PROFILED_BINARY),
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"),
                   m_certs.serverCert});
    QVERIFY(process.waitForFinished(30'000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(QString::fromLocal8Bit(process.readAllStandardError()).contains(QLatin1String("--tls-key")));
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
