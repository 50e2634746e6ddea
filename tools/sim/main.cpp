#include "JourneySimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using omnidesk::sim::JourneySimulator;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("omnidesk-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OMNIDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Simulates callers and web-shop journeys against omnidesk-profiled."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Service base URL."),
                                    QStringLiteral("url"), QStringLiteral("http://127.0.0.1:8477"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 QStringLiteral("Integration API key (or env OMNIDESK_API_KEY)."),
                                 QStringLiteral("key"));
    const QCommandLineOption agent(QStringLiteral("agent"), QStringLiteral("Agent to route calls to."),
                                   QStringLiteral("user"), QStringLiteral("agent1"));
    const QCommandLineOption first(QStringLiteral("first-call-after"),
                                   QStringLiteral("Seconds before the first call."), QStringLiteral("s"),
                                   QStringLiteral("3"));
    const QCommandLineOption every(QStringLiteral("call-every"), QStringLiteral("Seconds between calls."),
                                   QStringLiteral("s"), QStringLiteral("45"));
    const QCommandLineOption length(QStringLiteral("call-length"), QStringLiteral("Seconds a call lasts."),
                                    QStringLiteral("s"), QStringLiteral("30"));
    const QCommandLineOption calls(QStringLiteral("calls"),
                                   QStringLiteral("Stop after this many calls (0 = never)."),
                                   QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption caller(QStringLiteral("caller"),
                                    QStringLiteral("Caller number (E.164); repeatable."),
                                    QStringLiteral("e164"));
    parser.addOptions({server, key, agent, first, every, length, calls, caller});
    parser.process(app);

    JourneySimulator::Options options;
    options.server = QUrl(parser.value(server));
    options.apiKey = parser.isSet(key) ? parser.value(key) : qEnvironmentVariable("OMNIDESK_API_KEY");
    options.agent = parser.value(agent);
    options.firstCallAfterMs = static_cast<int>(parser.value(first).toDouble() * 1000);
    options.callEveryMs = static_cast<int>(parser.value(every).toDouble() * 1000);
    options.callLengthMs = static_cast<int>(parser.value(length).toDouble() * 1000);
    options.cartChangeAfterMs = options.callLengthMs / 3;
    options.maxCalls = parser.value(calls).toInt();
    options.callers = parser.values(caller);
    QTextStream err(stderr);
    if (!options.server.isValid() || options.apiKey.isEmpty()) {
        err << "omnidesk-sim: --server must be a URL and an API key is required (--key or "
               "OMNIDESK_API_KEY)\n";
        return 2;
    }

    JourneySimulator simulator(options);
    QObject::connect(&simulator, &JourneySimulator::logLine, &app, [](const QString &line) {
        QTextStream out(stdout);
        out << "omnidesk-sim: " << line << Qt::endl;
    });
    QObject::connect(&simulator, &JourneySimulator::finished, &app, &QCoreApplication::quit);
    simulator.start();
    return app.exec();
}
