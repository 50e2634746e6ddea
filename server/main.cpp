// omnidesk-profiled: runs an admin command (user …, key …) or parses the
// command line and runs a ProfileServer until SIGINT/SIGTERM.
#include "AdminCommand.h"
#include "OpenFileLimit.h"
#include "ProfileServer.h"
#include "ServerLog.h"
#include "ServerOptions.h"
#include "ShutdownSignals.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // Qt's own poll() event dispatcher rather than GLib's: with thousands of
    // agent sockets GLib's notifier bookkeeping is linear per socket write
    // (docs/reliability.md, fan-out). Read when the application is created;
    // an operator who wants GLib's sets QT_NO_GLIB to an empty value
    // (docs/operations.md).
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    omnidesk::server::installQtNoiseFilter();
    QCoreApplication::setOrganizationName(QStringLiteral("Omnidesk"));
    QCoreApplication::setApplicationName(QStringLiteral("omnidesk-profiled"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OMNIDESK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (omnidesk::server::AdminCommand::handles(QCoreApplication::arguments())) {
        omnidesk::server::AdminCommand command(out, err);
        return command.run(QCoreApplication::arguments());
    }
    QString error;
    const auto options =
        omnidesk::server::ServerOptions::fromArguments(QCoreApplication::arguments(), &error);
    if (!options) {
        err << error << Qt::endl;
        return 2;
    }
    omnidesk::server::setLogFormat(options->logFormat);
    const bool json = options->logFormat == omnidesk::server::LogFormat::Json;
    // One descriptor per agent connection (docs/operations.md, "Open files").
    if (const long long files = omnidesk::server::OpenFileLimit::raiseToHardLimit(); files >= 0)
        qCInfo(lcServer) << "open-file limit" << files;
    omnidesk::server::ProfileServer server;
    if (!server.start(*options)) {
        if (json)
            qCCritical(lcServer).noquote() << server.errorString();
        else
            err << server.errorString() << Qt::endl;
        return 1;
    }
    omnidesk::server::ShutdownSignals signals_;
    QObject::connect(&signals_, &omnidesk::server::ShutdownSignals::terminateRequested, &server,
                     &omnidesk::server::ProfileServer::shutdown);
    QObject::connect(&signals_, &omnidesk::server::ShutdownSignals::hangup, &server,
                     &omnidesk::server::ProfileServer::reloadRules);
    QObject::connect(&server, &omnidesk::server::ProfileServer::stopped, &app, &QCoreApplication::quit);
    // Scripts and the benchmarks wait for this line (on stdout); in the JSON
    // format it is a log record too.
    const QString listening = QStringLiteral("omnidesk-profiled listening on ") + server.listenUrl();
    if (json)
        out << omnidesk::server::jsonLogLine(QtInfoMsg, "omnidesk.server", listening,
                                             {{QStringLiteral("url"), server.listenUrl()}})
            << Qt::flush;
    else
        out << listening << Qt::endl;
    return QCoreApplication::exec();
}
