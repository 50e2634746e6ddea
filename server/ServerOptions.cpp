#include "ServerOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

namespace omnidesk::server {

namespace {

// Options a configuration file may set, and which of them name files (a
// relative path there is read relative to the file's own folder).
constexpr const char *kConfigKeys[] = {"listen",          "data",       "database",       "demo",
                                       "demo-history",    "log-format", "default-region", "heartbeat-ms",
                                       "wrap-up-seconds", "rules",      "tls-cert",       "tls-key"};
constexpr const char *kConfigPathKeys[] = {"data", "rules", "tls-cert", "tls-key"};

bool isOneOf(const QString &key, const auto &list)
{
    for (const char *known : list) {
        if (key == QLatin1StringView(known))
            return true;
    }
    return false;
}

} // namespace

std::optional<QHash<QString, QString>> ServerOptions::readConfigFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QCoreApplication::translate("ServerOptions", "--config: cannot read %1: %2")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    const QDir base = QFileInfo(path).absoluteDir();
    QHash<QString, QString> values;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString key = equals > 0 ? line.left(equals).trimmed() : QString();
        if (key.isEmpty()) {
            *error = QCoreApplication::translate("ServerOptions", "%1:%2: expected \"name = value\"")
                         .arg(path)
                         .arg(lineNumber);
            return std::nullopt;
        }
        if (!isOneOf(key, kConfigKeys)) {
            *error = QCoreApplication::translate("ServerOptions", "%1:%2: unknown setting \"%3\"")
                         .arg(path)
                         .arg(lineNumber)
                         .arg(key);
            return std::nullopt;
        }
        if (values.contains(key)) {
            *error = QCoreApplication::translate("ServerOptions", "%1:%2: \"%3\" is set twice")
                         .arg(path)
                         .arg(lineNumber)
                         .arg(key);
            return std::nullopt;
        }
        QString value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        if (isOneOf(key, kConfigPathKeys) && !value.isEmpty())
            value = QDir::cleanPath(base.absoluteFilePath(value));
        values.insert(key, value);
    }
    return values;
}

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
    const QCommandLineOption config(
        QStringLiteral("config"),
        QCoreApplication::translate("ServerOptions",
                                    "Read settings from FILE (\"name = value\" lines, the names of these "
                                    "options); options on the command line win."),
        QStringLiteral("FILE"));
    parser.addOption(config);
    parser.process(arguments);
    if (!parser.positionalArguments().isEmpty()) {
        *error = QCoreApplication::translate("ServerOptions",
                                             "Unexpected argument \"%1\" (admin commands come first: "
                                             "omnidesk-profiled user|key …)")
                     .arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }
    QHash<QString, QString> fromFile;
    if (parser.isSet(config)) {
        auto read = readConfigFile(parser.value(config), error);
        if (!read)
            return std::nullopt;
        fromFile = std::move(*read);
    }
    // The command line wins over the file, the file over the built-in default.
    const auto value = [&](const QCommandLineOption &option) {
        const QString name = option.names().constFirst();
        if (parser.isSet(option) || !fromFile.contains(name))
            return parser.value(option);
        return fromFile.value(name);
    };
    const auto isSet = [&](const QCommandLineOption &option, bool *ok) {
        *ok = true;
        const QString name = option.names().constFirst();
        if (parser.isSet(option) || !fromFile.contains(name))
            return parser.isSet(option);
        const QString text = fromFile.value(name).toLower();
        *ok = text == QLatin1StringView("true") || text == QLatin1StringView("false");
        if (!*ok)
            *error =
                QCoreApplication::translate("ServerOptions", "--config: %1 expects true or false").arg(name);
        return text == QLatin1StringView("true");
    };

    ServerOptions options;
    const QString listenText = value(listen);
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
    options.dataDir = value(data);
    options.database = value(database);
    if (!options.database.isEmpty() && !options.database.startsWith(QLatin1StringView("sqlite:///")) &&
        !options.database.startsWith(QLatin1StringView("postgresql://")) &&
        !options.database.startsWith(QLatin1StringView("postgres://"))) {
        *error = QCoreApplication::translate(
            "ServerOptions",
            "--database expects postgresql://USER:PASSWORD@HOST:PORT/NAME or sqlite:///PATH");
        return std::nullopt;
    }
    bool demoOk = false;
    bool historyOk = false;
    options.demoHistory = isSet(demoHistory, &historyOk);
    options.demo = isSet(demo, &demoOk) || options.demoHistory;
    if (!demoOk || !historyOk)
        return std::nullopt;
    const auto format = logFormatFromName(value(logFormat));
    if (!format) {
        *error = QCoreApplication::translate("ServerOptions", "--log-format expects text or json");
        return std::nullopt;
    }
    options.logFormat = *format;
    options.defaultRegion = value(region).toUpper();
    if (options.defaultRegion.size() != 2) {
        *error = QCoreApplication::translate("ServerOptions", "--default-region expects a two-letter code");
        return std::nullopt;
    }
    bool hbOk = false;
    options.heartbeatMs = value(heartbeat).toInt(&hbOk);
    if (!hbOk || options.heartbeatMs < 100) {
        *error = QCoreApplication::translate("ServerOptions", "--heartbeat-ms expects at least 100");
        return std::nullopt;
    }
    bool wrapUpOk = false;
    options.wrapUpSeconds = value(wrapUp).toInt(&wrapUpOk);
    if (!wrapUpOk || options.wrapUpSeconds < 1 || options.wrapUpSeconds > 86'400) {
        *error = QCoreApplication::translate("ServerOptions", "--wrap-up-seconds expects 1 to 86400");
        return std::nullopt;
    }
    options.rulesFile = value(rules);
    options.tlsCertFile = value(tlsCert);
    options.tlsKeyFile = value(tlsKey);
    if (options.tlsCertFile.isEmpty() != options.tlsKeyFile.isEmpty()) {
        *error = QCoreApplication::translate("ServerOptions", "--tls-cert and --tls-key go together");
        return std::nullopt;
    }
    return options;
}

} // namespace omnidesk::server
