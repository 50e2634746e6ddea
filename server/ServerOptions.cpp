#include "ServerOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace omnidesk::server {

QString ServerOptions::databasePath() const
{
    const QString dir =
        dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dataDir;
    return QDir(dir).filePath(QStringLiteral("omnidesk.sqlite"));
}

QString ServerOptions::databaseLocation() const
{
    return database.isEmpty() ? databasePath() : database;
}

std::optional<ServerOptions> ServerOptions::fromArguments(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("ServerOptions", "Omnidesk central customer profile service"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QCoreApplication::translate("ServerOptions",
                                    "Address and port to listen on (port 0: any free port)."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8477"));
    const QCommandLineOption data(
        QStringLiteral("data"),
        QCoreApplication::translate("ServerOptions", "Directory of the SQLite store."),
        QStringLiteral("DIR"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QCoreApplication::translate("ServerOptions",
                                    "Database URL: postgresql://USER:PASSWORD@HOST:PORT/NAME, or "
                                    "sqlite:///PATH (default: SQLite in the --data directory)."),
        QStringLiteral("URL"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("ServerOptions", "Seed demo users, an integration key and customers."));
    const QCommandLineOption demoHistory(
        QStringLiteral("demo-history"),
        QCoreApplication::translate("ServerOptions",
                                    "As --demo, plus a few logged outcomes of past calls and store visits."));
    const QCommandLineOption logFormat(
        QStringLiteral("log-format"),
        QCoreApplication::translate("ServerOptions",
                                    "Log format: text, or json (one JSON object per line on stderr)."),
        QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOption(logFormat);
    const QCommandLineOption region(
        QStringLiteral("default-region"),
        QCoreApplication::translate("ServerOptions", "Region for phone numbers without a country code."),
        QStringLiteral("CC"), QStringLiteral("NL"));
    const QCommandLineOption heartbeat(
        QStringLiteral("heartbeat-ms"),
        QCoreApplication::translate("ServerOptions", "WebSocket heartbeat interval in milliseconds."),
        QStringLiteral("MS"), QStringLiteral("15000"));
    const QCommandLineOption wrapUp(
        QStringLiteral("wrap-up-seconds"),
        QCoreApplication::translate("ServerOptions", "Wrap-up limit after a call in seconds (1-86400)."),
        QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption rules(
        QStringLiteral("rules"),
        QCoreApplication::translate("ServerOptions",
                                    "Next-step rule file (JSON, docs/rules.md); reloaded when it changes "
                                    "and on SIGHUP. Default: the shipped rules."),
        QStringLiteral("FILE"));
    parser.addOptions({listen, data, database, demo, demoHistory, region, heartbeat, wrapUp, rules});
    const QCommandLineOption tlsCert(
        QStringLiteral("tls-cert"),
        QCoreApplication::translate("ServerOptions",
                                    "Serve HTTPS and WSS with this PEM certificate chain (needs --tls-key)."),
        QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(
        QStringLiteral("tls-key"),
        QCoreApplication::translate("ServerOptions", "The unencrypted PEM private key of --tls-cert."),
        QStringLiteral("FILE"));
    parser.addOptions({tlsCert, tlsKey});
    parser.process(arguments);
    if (!parser.positionalArguments().isEmpty()) {
        *error = QCoreApplication::translate("ServerOptions",
                                             "Unexpected argument \"%1\" (admin commands come first: "
                                             "omnidesk-profiled user|key …)")
                     .arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }

    ServerOptions options;
    const QString listenText = parser.value(listen);
    const qsizetype colon = listenText.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listenText.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listenText.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1StringView("localhost"))
        host = QStringLiteral("127.0.0.1");
    const QHostAddress address(host);
    if (!portOk || port > 65535 || address.isNull()) {
        *error = QCoreApplication::translate("ServerOptions", "--listen expects HOST:PORT, got \"%1\"")
                     .arg(listenText);
        return std::nullopt;
    }
    options.listenAddress = address;
    options.port = static_cast<quint16>(port);
    options.dataDir = parser.value(data);
    options.database = parser.value(database);
    if (!options.database.isEmpty() && !options.database.startsWith(QLatin1StringView("sqlite:///")) &&
        !options.database.startsWith(QLatin1StringView("postgresql://")) &&
        !options.database.startsWith(QLatin1StringView("postgres://"))) {
        *error = QCoreApplication::translate(
            "ServerOptions",
            "--database expects postgresql://USER:PASSWORD@HOST:PORT/NAME or sqlite:///PATH");
        return std::nullopt;
    }
    options.demoHistory = parser.isSet(demoHistory);
    options.demo = parser.isSet(demo) || options.demoHistory;
    const auto format = logFormatFromName(parser.value(logFormat));
    if (!format) {
        *error = QCoreApplication::translate("ServerOptions", "--log-format expects text or json");
        return std::nullopt;
    }
    options.logFormat = *format;
    options.defaultRegion = parser.value(region).toUpper();
    if (options.defaultRegion.size() != 2) {
        *error = QCoreApplication::translate("ServerOptions", "--default-region expects a two-letter code");
        return std::nullopt;
    }
    bool hbOk = false;
    options.heartbeatMs = parser.value(heartbeat).toInt(&hbOk);
    if (!hbOk || options.heartbeatMs < 100) {
        *error = QCoreApplication::translate("ServerOptions", "--heartbeat-ms expects at least 100");
        return std::nullopt;
    }
    bool wrapUpOk = false;
    options.wrapUpSeconds = parser.value(wrapUp).toInt(&wrapUpOk);
    if (!wrapUpOk || options.wrapUpSeconds < 1 || options.wrapUpSeconds > 86'400) {
        *error = QCoreApplication::translate("ServerOptions", "--wrap-up-seconds expects 1 to 86400");
        return std::nullopt;
    }
    options.rulesFile = parser.value(rules);
    options.tlsCertFile = parser.value(tlsCert);
    options.tlsKeyFile = parser.value(tlsKey);
    if (options.tlsCertFile.isEmpty() != options.tlsKeyFile.isEmpty()) {
        *error = QCoreApplication::translate("ServerOptions", "--tls-cert and --tls-key go together");
        return std::nullopt;
    }
    return options;
}

} // namespace omnidesk::server
