#include "DesktopController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // --version must work without a display.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v") {
            std::fputs("omnidesk " OMNIDESK_VERSION "\n", stdout);
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Omnidesk"));
    QApplication::setOrganizationName(QStringLiteral("Omnidesk"));
    QApplication::setApplicationVersion(QStringLiteral(OMNIDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Omnidesk agent desktop"));
    parser.addHelpOption();
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QApplication::translate("main", "Print the version and exit."));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QApplication::translate("main", "Profile service address (ws:// or wss://); default: the address "
                                        "of the last sign-in, else ws://127.0.0.1:8477."),
        QStringLiteral("URL"), QStringLiteral("ws://127.0.0.1:8477"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QApplication::translate("main", "Sign in as NAME without the dialog; the password is read from "
                                        "the OMNIDESK_PASSWORD environment variable."),
        QStringLiteral("NAME"));
    const QCommandLineOption dataOption(
        QStringLiteral("data"), QApplication::translate("main", "Folder of the local outcome outbox."),
        QStringLiteral("DIR"));
    parser.addOptions({versionOption, serverOption, userOption, dataOption});
    parser.process(app);

    const QUrl serverUrl(parser.value(serverOption), QUrl::StrictMode);
    if (!serverUrl.isValid() ||
        (serverUrl.scheme() != QLatin1String("ws") && serverUrl.scheme() != QLatin1String("wss"))) {
        QTextStream(stderr) << QApplication::translate("main",
                                                       "omnidesk: --server must be a ws:// or wss:// URL")
                            << '\n';
        return 2;
    }
    const QString dataDir = parser.isSet(dataOption)
                                ? parser.value(dataOption)
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    omnidesk::DesktopController controller(dataDir);
    // Without --server, the address of the last sign-in is used.
    const QUrl lastServer = omnidesk::DesktopController::lastServerUrl();
    controller.setServerUrl(parser.isSet(serverOption) || lastServer.isEmpty() ? serverUrl : lastServer);
    const QString password = qEnvironmentVariable("OMNIDESK_PASSWORD");
    if (parser.isSet(userOption) && !password.isEmpty())
        controller.startWithCredentials(parser.value(userOption), password);
    else if (parser.isSet(userOption))
        controller.startWithDialog(parser.value(userOption));
    else
        controller.startWithSavedSignIn(); // "remember me", else the dialog
    return app.exec();
}
