// The service's start options: the command line and the --config file, and
// the open-file limit it raises at start.
#include "OpenFileLimit.h"
#include "ServerOptions.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using omnidesk::server::ServerOptions;

class TestServerOptions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeConfig(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(text);
        return path;
    }

    static std::optional<ServerOptions> parse(const QStringList &arguments, QString *error)
    {
        return ServerOptions::fromArguments(QStringList{QStringLiteral("omnidesk-profiled")} + arguments,
                                            error);
    }

private Q_SLOTS:
    void configFile_setsEveryOption();
    void configFile_commandLineWins();
    void configFile_relativePathsFollowTheFile();
    void configFile_errorsNameFileAndLine_data();
    void configFile_errorsNameFileAndLine();
    void configFile_missingFileIsAnError();
    void noConfig_keepsTheDefaults();
    void openFileLimit_softRaisedToHard();
};

void TestServerOptions::configFile_setsEveryOption()
{
    const QString path =
        writeConfig(QStringLiteral("all.conf"), "# production settings\n"
                                                "listen = 0.0.0.0:9000\n"
                                                "\n"
                                                "; a comment in INI style\n"
                                                "data = /var/lib/omnidesk\n"
                                                "database = \"postgresql://svc:s3cret@db:5432/omnidesk\"\n"
                                                "demo = true\n"
                                                "log-format = json\n"
                                                "default-region = de\n"
                                                "heartbeat-ms = 5000\n"
                                                "wrap-up-seconds = 90\n"
                                                "rules = /etc/omnidesk/rules.json\n"
                                                "tls-cert = /etc/omnidesk/cert.pem\n"
                                                "tls-key = /etc/omnidesk/key.pem\n");
    QString error;
    const auto options = parse({QStringLiteral("--config"), path}, &error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->listenAddress, QHostAddress(QStringLiteral("0.0.0.0")));
    QCOMPARE(options->port, quint16(9000));
    QCOMPARE(options->dataDir, QStringLiteral("/var/lib/omnidesk"));
    QCOMPARE(options->database, QStringLiteral("postgresql://svc:s3cret@db:5432/omnidesk"));
    QVERIFY(options->demo);
    QVERIFY(!options->demoHistory);
    QCOMPARE(options->logFormat, omnidesk::server::LogFormat::Json);
    QCOMPARE(options->defaultRegion, QStringLiteral("DE"));
    QCOMPARE(options->heartbeatMs, 5000);
    QCOMPARE(options->wrapUpSeconds, 90);
    QCOMPARE(options->rulesFile, QStringLiteral("/etc/omnidesk/rules.json"));
    QCOMPARE(options->tlsCertFile, QStringLiteral("/etc/omnidesk/cert.pem"));
    QCOMPARE(options->tlsKeyFile, QStringLiteral("/etc/omnidesk/key.pem"));
}

void TestServerOptions::configFile_commandLineWins()
{
    const QString path = writeConfig(QStringLiteral("wins.conf"),
                                     "listen = 127.0.0.1:9000\nwrap-up-seconds = 90\ndemo = false\n");
    QString error;
    const auto options = parse({QStringLiteral("--wrap-up-seconds"), QStringLiteral("30"),
                                QStringLiteral("--config"), path, QStringLiteral("--demo")},
                               &error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->wrapUpSeconds, 30);   // command line
    QCOMPARE(options->port, quint16(9000)); // file
    QVERIFY(options->demo);                 // a flag on the command line beats "false" in the file
}

void TestServerOptions::configFile_relativePathsFollowTheFile()
{
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("etc")));
    const QString path = writeConfig(QStringLiteral("etc/relative.conf"),
                                     "data = ../state\nrules = rules.json\ntls-cert = tls/cert.pem\n"
                                     "tls-key = /abs/key.pem\n");
    QString error;
    const auto options = parse({QStringLiteral("--config"), path}, &error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->dataDir, QDir::cleanPath(m_dir.filePath(QStringLiteral("state"))));
    QCOMPARE(options->rulesFile, m_dir.filePath(QStringLiteral("etc/rules.json")));
    QCOMPARE(options->tlsCertFile, m_dir.filePath(QStringLiteral("etc/tls/cert.pem")));
    QCOMPARE(options->tlsKeyFile, QStringLiteral("/abs/key.pem"));
}

void TestServerOptions::configFile_errorsNameFileAndLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown setting") << QByteArray("listen = 127.0.0.1:1\nport = 80\n")
                                     << QStringLiteral(":2: unknown setting \"port\"");
    QTest::newRow("no equals sign") << QByteArray("# ok\n\ndemo\n") << QStringLiteral(":3: expected");
    QTest::newRow("no name") << QByteArray("= 5\n") << QStringLiteral(":1: expected");
    QTest::newRow("set twice") << QByteArray("rules = a\nrules = b\n")
                               << QStringLiteral(":2: \"rules\" is set twice");
    QTest::newRow("not a boolean") << QByteArray("demo = yes\n")
                                   << QStringLiteral("demo expects true or false");
    // A bad value is checked as on the command line, naming the option.
    QTest::newRow("bad value") << QByteArray("wrap-up-seconds = 0\n")
                               << QStringLiteral("--wrap-up-seconds expects 1 to 86400");
    QTest::newRow("lonely certificate")
        << QByteArray("tls-cert = c.pem\n") << QStringLiteral("--tls-cert and --tls-key go together");
}

void TestServerOptions::configFile_errorsNameFileAndLine()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const QString path = writeConfig(QStringLiteral("bad.conf"), text);
    QString error;
    QVERIFY(!parse({QStringLiteral("--config"), path}, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    if (expected.startsWith(QLatin1Char(':')))
        QVERIFY2(error.startsWith(path), qPrintable(error));
}

void TestServerOptions::configFile_missingFileIsAnError()
{
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("absent.conf"));
    QVERIFY(!parse({QStringLiteral("--config"), path}, &error));
    QVERIFY2(error.contains(QLatin1StringView("--config")) && error.contains(path), qPrintable(error));
}

void TestServerOptions::noConfig_keepsTheDefaults()
{
    QString error;
    const auto options = parse({}, &error);
    QVERIFY2(options, qPrintable(error));
    const ServerOptions defaults;
    QCOMPARE(options->port, defaults.port);
    QCOMPARE(options->listenAddress, defaults.listenAddress);
    QCOMPARE(options->wrapUpSeconds, defaults.wrapUpSeconds);
    QCOMPARE(options->heartbeatMs, defaults.heartbeatMs);
    QVERIFY(options->dataDir.isEmpty() && options->database.isEmpty() && !options->demo);
}

// A soft limit below the hard one (systemd's default is 1,024) is lifted to it.
void TestServerOptions::openFileLimit_softRaisedToHard()
{
#ifdef Q_OS_UNIX
    rlimit before{};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &before), 0);
    if (before.rlim_max != RLIM_INFINITY && before.rlim_max <= 64)
        QSKIP("the hard limit leaves no room below it");
    rlimit lowered = before;
    lowered.rlim_cur = 64;
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &lowered), 0);
    const long long raised = omnidesk::server::OpenFileLimit::raiseToHardLimit();
    rlimit after{};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &after), 0);
    QCOMPARE(after.rlim_cur, before.rlim_max);
    QCOMPARE(raised, before.rlim_max == RLIM_INFINITY ? -1LL : static_cast<long long>(before.rlim_max));
#else
    QCOMPARE(omnidesk::server::OpenFileLimit::raiseToHardLimit(), -1LL);
#endif
}

QTEST_GUILESS_MAIN(TestServerOptions)
#include "tst_serveroptions.moc"
