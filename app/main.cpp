#include "BenchTrace.h"
#include "DesktopController.h"
#include "InstanceGuard.h"
#include "Localization.h"
#include "MainWindow.h"
#include "ProfileClient.h"
#include "SettingsDialog.h"
#include "Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    omnidesk::BenchTrace::mark(QStringLiteral("main")); // only with OMNIDESK_BENCH_TRACE set
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
    QGuiApplication::setDesktopFileName(QStringLiteral("org.omnidesk.Omnidesk"));

    // The language before anything is shown (even --help): --lang, else the setting.
    omnidesk::ui::Localization localization;
    const QString lang = omnidesk::ui::Localization::languageFromArguments(QApplication::arguments());
    if (!localization.install(app, lang.isEmpty() ? omnidesk::ui::SettingsDialog::savedLanguage() : lang) &&
        !lang.isEmpty()) {
        QTextStream(stderr)
            << QApplication::translate("main", "omnidesk: unknown language \"%1\" (available: %2)")
                   .arg(lang, omnidesk::ui::Localization::availableLanguages().join(QStringLiteral(", ")))
            << '\n';
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Omnidesk agent desktop"));
    parser.addHelpOption();
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QApplication::translate("main", "Print the version and exit."));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QApplication::translate("main", "Profile service address (https://, wss://, or http://, ws:// "
                                        "without TLS); default: the address of the last sign-in, else "
                                        "ws://127.0.0.1:8477."),
        QStringLiteral("URL"), QStringLiteral("ws://127.0.0.1:8477"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QApplication::translate("main", "Sign in as NAME without the dialog; the password is read from "
                                        "the OMNIDESK_PASSWORD environment variable."),
        QStringLiteral("NAME"));
    const QCommandLineOption dataOption(
        QStringLiteral("data"), QApplication::translate("main", "Folder of the local outcome outbox."),
        QStringLiteral("DIR"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QApplication::translate("main", "Language of the desktop (en, de, es, nl, pt_BR); default: the one "
                                        "chosen in the settings, else the system's."),
        QStringLiteral("CODE"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QApplication::translate("main", "Light, dark or the system's look: light, dark or system; default: "
                                        "the one chosen in the settings."),
        QStringLiteral("THEME"));
    parser.addOptions({versionOption, serverOption, userOption, dataOption, langOption, themeOption});
    parser.addPositionalArgument(
        QStringLiteral("link"),
        QApplication::translate("main", "An omnidesk:// link to open: omnidesk://customer/<id> or "
                                        "omnidesk://call?ani=<phone number>. When Omnidesk already runs, "
                                        "the link goes to that window."),
        QStringLiteral("[link]"));
    parser.process(app);

    const std::optional<omnidesk::ui::Theme::Mode> theme =
        parser.isSet(themeOption) ? omnidesk::ui::Theme::fromString(parser.value(themeOption))
                                  : omnidesk::ui::SettingsDialog::savedTheme();
    if (!theme) {
        QTextStream(stderr) << QApplication::translate("main",
                                                       "omnidesk: --theme must be light, dark or system")
                            << '\n';
        return 2;
    }
    omnidesk::ui::Theme::apply(*theme);

    const QUrl serverUrl =
        omnidesk::net::ProfileClient::webSocketUrl(QUrl(parser.value(serverOption), QUrl::StrictMode));
    if (!serverUrl.isValid() ||
        (serverUrl.scheme() != QLatin1String("ws") && serverUrl.scheme() != QLatin1String("wss"))) {
        QTextStream(stderr) << QApplication::translate(
                                   "main",
                                   "omnidesk: --server must be an https://, wss://, http:// or ws:// URL")
                            << '\n';
        return 2;
    }
    const QString dataDir = parser.isSet(dataOption)
                                ? parser.value(dataOption)
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    const QStringList links = parser.positionalArguments();
    if (links.size() > 1) {
        QTextStream(stderr) << QApplication::translate("main", "omnidesk: give at most one link") << '\n';
        return 2;
    }
    omnidesk::OpenRequest request;
    if (!links.isEmpty()) {
        request = omnidesk::parseOmnideskUrl(QUrl(links.first(), QUrl::StrictMode));
        if (!request.isValid()) {
            QTextStream(stderr) << "omnidesk: " << request.error << '\n';
            return 2;
        }
    }

    // One desktop per user and data folder: a second start hands its link to
    // the running one (which comes to the front) and exits.
    omnidesk::InstanceGuard instanceGuard(omnidesk::InstanceGuard::serverNameFor(dataDir));
    switch (instanceGuard.claim()) {
    case omnidesk::InstanceGuard::Role::Secondary:
        QObject::connect(&instanceGuard, &omnidesk::InstanceGuard::forwardFinished, &app, [](bool delivered) {
            if (!delivered)
                QTextStream(stderr) << QApplication::translate(
                                           "main", "omnidesk: Omnidesk is already running but did not answer")
                                    << '\n';
            QCoreApplication::exit(delivered ? 0 : 1);
        });
        instanceGuard.forward(request);
        return app.exec();
    case omnidesk::InstanceGuard::Role::Failed:
        QTextStream(stderr) << "omnidesk: " << instanceGuard.errorString() << '\n';
        break;
    case omnidesk::InstanceGuard::Role::Primary:
        break;
    }

    omnidesk::DesktopController controller(dataDir);
    // The language the window speaks, also when it came from the system's UI
    // languages rather than its locale: the service words next steps in it.
    controller.client()->setLanguage(localization.language());
    // Milestones for bench/desktop (cold start, memory), only with OMNIDESK_BENCH_TRACE set.
    std::unique_ptr<omnidesk::BenchTrace> trace;
    if (omnidesk::BenchTrace::isEnabled())
        trace = std::make_unique<omnidesk::BenchTrace>(&controller);
    QObject::connect(&instanceGuard, &omnidesk::InstanceGuard::activationRequested, &controller,
                     [&controller] {
                         if (QWidget *window = controller.mainWindow()) {
                             window->showNormal();
                             window->raise();
                             window->activateWindow();
                         }
                     });
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
    // InstanceGuard::openRequested carries links (this one and those of later
    // starts) to the controller, which looks the customer up.
    QObject::connect(&instanceGuard, &omnidesk::InstanceGuard::openRequested, &controller,
                     &omnidesk::DesktopController::openLink);
    if (request.isValid())
        instanceGuard.openLater(request);
    return app.exec();
}
