// The desktop against the service over TLS (ProfileServer in-process with a
// certificate made at test time): without the company CA the sign-in dialog
// and the status line say the certificate was refused, by whom it was issued
// and what to do; after "Trust a company CA certificate…" the same sign-in
// connects over wss://, and the HTTPS reports use the same trust.

#include "../TlsTestCertificates.h"
#include "DesktopController.h"
#include "MainWindow.h"
#include "ProfileClient.h"
#include "ProfileServer.h"
#include "ReportClient.h"
#include "ServerOptions.h"
#include "SignInDialog.h"
#include "TlsTrust.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace omnidesk;

namespace {

QLineEdit *field(ui::SignInDialog *dialog, const QString &accessibleName)
{
    const auto edits = dialog->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

QPushButton *signInButton(ui::SignInDialog *dialog)
{
    const auto buttons = dialog->findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->accessibleName() == QStringLiteral("Sign in"))
            return b;
    }
    return nullptr;
}

} // namespace

class TestTlsDesktop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void signInWithoutCa_showsCertificateError_thenTrustingCaConnects();
    void companyCaFromSettings_connectsAtOnce();
    void reports_useTheSameTrust();
    void plainServiceAddressedAsHttps_saysHandshakeFailed();

private:
    void openDialogAndSubmit(const QUrl &url);

    TlsTestCertificates m_certs;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_serverDir;
    std::unique_ptr<QTemporaryDir> m_desktopDir;
    std::unique_ptr<server::ProfileServer> m_server;
    std::unique_ptr<DesktopController> m_desktop;
    QUrl m_url;
};

void TestTlsDesktop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // QSettings does not follow the test mode: keep the settings in a temporary folder.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QString error;
    QVERIFY2(m_certs.create(&error), qPrintable(error));
    m_serverDir = std::make_unique<QTemporaryDir>();
    server::ServerOptions options;
    options.port = 0;
    options.dataDir = m_serverDir->path();
    options.demo = true;
    options.passwordIterations = 1000;
    options.tlsCertFile = m_certs.serverCert;
    options.tlsKeyFile = m_certs.serverKey;
    m_server = std::make_unique<server::ProfileServer>();
    QVERIFY2(m_server->start(options), qPrintable(m_server->errorString()));
    // An https:// address, as an administrator would hand it out.
    m_url = QUrl(QStringLiteral("https://localhost:%1").arg(m_server->serverPort()));
}

void TestTlsDesktop::init()
{
    QSettings(QStringLiteral("Omnidesk"), QStringLiteral("Omnidesk")).clear();
    m_desktopDir = std::make_unique<QTemporaryDir>();
    m_desktop = std::make_unique<DesktopController>(m_desktopDir->path());
}

void TestTlsDesktop::cleanup()
{
    m_desktop.reset();
    m_desktopDir.reset();
}

void TestTlsDesktop::cleanupTestCase()
{
    QSettings(QStringLiteral("Omnidesk"), QStringLiteral("Omnidesk")).clear();
    m_server.reset();
}

void TestTlsDesktop::openDialogAndSubmit(const QUrl &url)
{
    m_desktop->setServerUrl(url);
    m_desktop->startWithDialog(QStringLiteral("agent1"));
    ui::SignInDialog *dialog = m_desktop->signInDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QLineEdit *password = field(dialog, QStringLiteral("Password"));
    QVERIFY(password);
    password->setText(QStringLiteral("demo"));
    QPushButton *signIn = signInButton(dialog);
    QVERIFY(signIn);
    QTest::mouseClick(signIn, Qt::LeftButton);
}

void TestTlsDesktop::signInWithoutCa_showsCertificateError_thenTrustingCaConnects()
{
    QSignalSpy tlsFailed(m_desktop->client(), &net::ProfileClient::tlsFailed);
    openDialogAndSubmit(m_url);
    ui::SignInDialog *dialog = m_desktop->signInDialog();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 10000);
    const QString error = dialog->errorText();
    QVERIFY2(error.contains(QLatin1String("refused")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("CN=localhost")), qPrintable(error));             // the subject
    QVERIFY2(error.contains(QLatin1String("CN=Omnidesk Test Root CA")), qPrintable(error)); // the issuer
    QVERIFY2(error.contains(QLatin1String("Trust a company CA certificate")), qPrintable(error));
    QVERIFY(dialog->trustCaButton()->isVisible());
    QCOMPARE(tlsFailed.count(), 1);
    QCOMPARE(m_desktop->client()->state(), net::ProfileClient::State::Offline); // gave up, not looping
    // The status line has what failed, in one line that fits; its tooltip the whole text.
    const QString status = m_desktop->mainWindow()->statusBar()->currentMessage();
    QVERIFY2(status.contains(QLatin1String("refused")) && !status.contains(QLatin1Char('\n')),
             qPrintable(status));
    const QString details = m_desktop->mainWindow()->statusBar()->toolTip();
    QVERIFY2(details.startsWith(status) && details.contains(QLatin1String("Omnidesk Test Root CA")) &&
                 details.contains(QLatin1String("Trust a company CA certificate")),
             qPrintable(details));

    // A file that is no certificate is refused, and nothing is stored.
    QVERIFY(!dialog->trustCaFile(m_certs.serverKey));
    QVERIFY(dialog->errorText().contains(QLatin1String("no PEM certificate")));
    QVERIFY(net::TlsTrust::companyCas().isEmpty());

    QVERIFY(dialog->trustCaFile(m_certs.caCert));
    QVERIFY2(dialog->noticeText().contains(QLatin1String("Omnidesk Test Root CA")),
             qPrintable(dialog->noticeText()));
    QCOMPARE(net::TlsTrust::companyCas().size(), 1);
    QTest::mouseClick(signInButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_desktop->client()->state(), net::ProfileClient::State::Online, 10000);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(m_desktop->mainWindow()->statusBar()->currentMessage().isEmpty());
    QVERIFY(m_desktop->mainWindow()->statusBar()->toolTip().isEmpty());
    QCOMPARE(m_desktop->client()->serverUrl().scheme(), QStringLiteral("wss"));
}

void TestTlsDesktop::companyCaFromSettings_connectsAtOnce()
{
    QString error;
    net::TlsTrust::setCompanyCas(net::TlsTrust::readCaFile(m_certs.caCert, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_desktop->setServerUrl(m_url);
    m_desktop->startWithCredentials(QStringLiteral("agent1"), QStringLiteral("demo"));
    QTRY_COMPARE_WITH_TIMEOUT(m_desktop->client()->state(), net::ProfileClient::State::Online, 10000);
}

void TestTlsDesktop::reports_useTheSameTrust()
{
    // Signed in over wss:// with the CA, then the report client over https://.
    QString error;
    net::TlsTrust::setCompanyCas(net::TlsTrust::readCaFile(m_certs.caCert, &error));
    m_desktop->setServerUrl(m_url);
    m_desktop->startWithCredentials(QStringLiteral("agent1"), QStringLiteral("demo"));
    QTRY_COMPARE_WITH_TIMEOUT(m_desktop->client()->state(), net::ProfileClient::State::Online, 10000);
    const QString token = m_desktop->client()->token();
    QVERIFY(!token.isEmpty());

    net::ReportClient trusting;
    trusting.setSslConfiguration(net::TlsTrust::storedConfiguration());
    QSignalSpy failed(&trusting, &net::ReportClient::auditFailed);
    trusting.fetchAudit(m_desktop->client()->serverUrl(), token);
    // An agent may not read the audit log: the service's own 403 message
    // proves the request went through TLS to the service.
    QVERIFY(failed.wait(10000));
    const QString denied = failed.constFirst().constFirst().toString();
    QVERIFY2(!denied.contains(QLatin1String("certificate")), qPrintable(denied));
    QVERIFY2(!denied.isEmpty(), "the service's refusal");

    net::ReportClient withoutCa; // the system's CAs only
    QSignalSpy refused(&withoutCa, &net::ReportClient::auditFailed);
    withoutCa.fetchAudit(m_desktop->client()->serverUrl(), token);
    QVERIFY(refused.wait(10000));
    const QString message = refused.constFirst().constFirst().toString();
    QVERIFY2(message.contains(QLatin1String("refused")) &&
                 message.contains(QLatin1String("Omnidesk Test Root CA")),
             qPrintable(message));
}

void TestTlsDesktop::plainServiceAddressedAsHttps_saysHandshakeFailed()
{
    QTemporaryDir plainDir;
    server::ServerOptions options;
    options.port = 0;
    options.dataDir = plainDir.path();
    server::ProfileServer plain;
    QVERIFY2(plain.start(options), qPrintable(plain.errorString()));
    openDialogAndSubmit(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(plain.serverPort())));
    ui::SignInDialog *dialog = m_desktop->signInDialog();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 10000);
    QVERIFY2(dialog->errorText().contains(QLatin1String("Secure connection")),
             qPrintable(dialog->errorText()));
    QCOMPARE(m_desktop->client()->state(), net::ProfileClient::State::Offline);
}

QTEST_MAIN(TestTlsDesktop)
#include "tst_tlsdesktop.moc"
