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
    parser.setApplicationDescription(QStringLiteral(
        "Simulates customers' cross-channel journeys (web shop, app, e-mail and SMS reminders,\n"
        "chat bot, stores) and callers to an agent against omnidesk-profiled, through its\n"
        "public HTTP API. Prints failures, a progress line every 10 s and a summary."));
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
    const QCommandLineOption every(QStringLiteral("call-every"),
                                   QStringLiteral("Seconds between calls (0 = no calls)."),
                                   QStringLiteral("s"), QStringLiteral("45"));
    const QCommandLineOption length(QStringLiteral("call-length"), QStringLiteral("Seconds a call lasts."),
                                    QStringLiteral("s"), QStringLiteral("30"));
    const QCommandLineOption calls(QStringLiteral("calls"),
                                   QStringLiteral("Stop after this many calls (0 = never)."),
                                   QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption caller(
        QStringLiteral("caller"),
        QStringLiteral("Caller number (E.164); repeatable. They call in turn; with "
                       "journeys only the first calls, then customers who left a cart."),
        QStringLiteral("e164"));
    const QCommandLineOption journeyRate(QStringLiteral("journeys-per-minute"),
                                         QStringLiteral("Customer journeys started per minute (0 = none)."),
                                         QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption journeys(QStringLiteral("journeys"),
                                      QStringLiteral("Stop after this many journeys (0 = never)."),
                                      QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption customers(QStringLiteral("customers"),
                                       QStringLiteral("Customers the journeys are drawn from."),
                                       QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption step(QStringLiteral("step-ms"),
                                  QStringLiteral("Mean milliseconds between two events of a journey."),
                                  QStringLiteral("ms"), QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the customers and journeys (0 = random)."),
                                  QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QStringLiteral("Print every request's answer."));
    parser.addOptions({server, key, agent, first, every, length, calls, caller, journeyRate, journeys,
                       customers, step, seed, verbose});
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
    options.journeysPerMinute = parser.value(journeyRate).toDouble();
    options.maxJourneys = parser.value(journeys).toInt();
    options.customers = parser.value(customers).toInt();
    options.stepMs = parser.value(step).toInt();
    options.seed = parser.value(seed).toUInt();
    options.verbose = parser.isSet(verbose);
    QTextStream err(stderr);
    if (!options.server.isValid() || options.apiKey.isEmpty()) {
        err << "omnidesk-sim: --server must be a URL and an API key is required (--key or "
               "OMNIDESK_API_KEY)\n";
        return 2;
    }
    bool numbersOk = true;
    for (const QCommandLineOption *number : {&journeyRate, &journeys, &customers, &step, &seed}) {
        bool ok = false;
        const double value = parser.value(*number).toDouble(&ok);
        if (!ok || value < 0) {
            err << "omnidesk-sim: --" << number->names().constFirst() << " must be a number of at least 0\n";
            numbersOk = false;
        }
    }
    if (!numbersOk || options.customers < 1) {
        if (numbersOk)
            err << "omnidesk-sim: --customers must be at least 1\n";
        return 2;
    }

    JourneySimulator simulator(options);
    QObject::connect(&simulator, &JourneySimulator::logLine, &app, [](const QString &line) {
        QTextStream out(stdout);
        out << "omnidesk-sim: " << line << Qt::endl;
    });
    QObject::connect(&simulator, &JourneySimulator::finished, &app, [&] {
        QTextStream(stdout) << "omnidesk-sim: done: " << simulator.summary() << Qt::endl;
        QCoreApplication::exit(simulator.counts().failed == 0 ? 0 : 1);
    });
    simulator.start();
    return app.exec();
}
