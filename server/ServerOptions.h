#pragma once

#include "ServerLog.h"

#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace omnidesk::server {

// Everything the service can be told at start: parsed from the command line
// by main.cpp, filled in directly by tests.
struct ServerOptions
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8477;
    QString dataDir;          // empty: QStandardPaths::AppDataLocation
    QString database;         // --database URL (postgresql://…, sqlite:///…); empty: SQLite in dataDir
    bool demo = false;        // seed demo users, key and customers
    bool demoHistory = false; // also seed logged outcomes (the supervisor's log); implies demo
    LogFormat logFormat = LogFormat::Text; // --log-format: text or json (docs/operations.md)
    QString defaultRegion = QStringLiteral("NL");
    int heartbeatMs = 15'000;         // protocol heartbeat; tests use less
    int helloTimeoutMs = 10'000;      // time a client has to send hello
    int retentionMs = 120'000;        // how long a dropped session can be resumed
    int wrapUpSeconds = 60;           // wrap-up limit after a call (1–86400)
    int offlineGraceMs = 30'000;      // state kept for an agent whose connection was lost
    int passwordIterations = 120'000; // PBKDF2 rounds for new users (demo seeding)
    QString rulesFile;                // next-step rule file (docs/rules.md); empty: the shipped defaults
    // TLS for HTTP and WebSocket alike (docs/operations.md): both set, or both empty for plain TCP.
    QString tlsCertFile; // PEM certificate chain, the service's own certificate first
    QString tlsKeyFile;  // its unencrypted PEM private key

    QString databasePath() const;
    // What the Store opens: `database` when set, else databasePath().
    QString databaseLocation() const;

    // Parses the command line; on failure returns nullopt and sets *error.
    // Exits the process itself for --help and --version (QCommandLineParser).
    // With --config FILE, settings missing from the command line come from the file
    // (docs/operations.md, "Configuration file").
    static std::optional<ServerOptions> fromArguments(const QStringList &arguments, QString *error);

    // Reads a configuration file: "name = value" lines, names as the long options
    // without "--", '#' or ';' comments; file paths made absolute against the
    // file's folder. On failure returns nullopt and sets *error (file and line).
    static std::optional<QHash<QString, QString>> readConfigFile(const QString &path, QString *error);
};

} // namespace omnidesk::server
