// bench/desktop: the desktop's start, memory, timeline and live-update
// figures against docs/performance.md's bars (see DesktopBenches.h).
//
//   bench_desktop [--only startup,memory,timeline,live] [--start-runs N]
//                 [--memory-runs N] [--history N] [--timeline-events N]
//                 [--timeline-runs N] [--rate N] [--seconds N] [--batch N]
//                 [--cart-every N]
//                 [--json FILE]

#include "BenchResults.h"
#include "DesktopBenches.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

using omnidesk::bench::BenchResults;
namespace desktop = omnidesk::bench::desktop;

namespace {

// The offscreen platform warns on every window resize; keep the figures readable.
QtMessageHandler g_previousHandler = nullptr;
void quietOffscreen(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1StringView("propagateSizeHints")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QString argumentAfter(int argc, char *argv[], const char *name, const char *fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], name) == 0)
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return QString::fromLatin1(fallback);
}

} // namespace

int main(int argc, char *argv[])
{
    // The live benchmark's feeder: bench_desktop --feed URL --rate N --seconds N --batch N --cart-every N
    // --out FILE
    if (argc > 2 && qstrcmp(argv[1], "--feed") == 0) {
        QCoreApplication app(argc, argv);
        return desktop::runFeeder(QString::fromLocal8Bit(argv[2]),
                                  argumentAfter(argc, argv, "--rate", "1000").toInt(),
                                  argumentAfter(argc, argv, "--seconds", "10").toInt(),
                                  argumentAfter(argc, argv, "--batch", "1").toInt(),
                                  std::max(1, argumentAfter(argc, argv, "--cart-every", "10").toInt()),
                                  argumentAfter(argc, argv, "--out", "sent.txt"));
    }

    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_previousHandler = qInstallMessageHandler(quietOffscreen);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("omnidesk-bench"));

    desktop::Options o;
    QCommandLineParser parser;
    auto option = [](const char *name, const char *help, int value) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help), QStringLiteral("n"),
                                  QString::number(value));
    };
    const QCommandLineOption onlyOption(
        QStringLiteral("only"), QStringLiteral("Comma-separated: startup, memory, timeline, live."),
        QStringLiteral("list"), QStringLiteral("startup,memory,timeline,live"));
    const QCommandLineOption startRuns = option("start-runs", "Measured cold starts.", o.startRuns);
    const QCommandLineOption memoryRuns =
        option("memory-runs", "Desktop processes measured for memory.", o.memoryRuns);
    const QCommandLineOption history =
        option("history", "History events of the profile opened.", o.memoryHistory);
    const QCommandLineOption timelineEvents = option("timeline-events", "Timeline rows.", o.timelineEvents);
    const QCommandLineOption timelineRuns =
        option("timeline-runs", "Samples per timeline figure.", o.timelineRuns);
    const QCommandLineOption rate = option("rate", "Live events POSTed per second.", o.liveRate);
    const QCommandLineOption seconds = option("seconds", "Seconds of live events.", o.liveSeconds);
    const QCommandLineOption batch = option("batch", "Live events per POST.", o.liveBatch);
    const QCommandLineOption cartEvery =
        option("cart-every", "Every n-th live event is a cart add.", o.liveCartEvery);
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write results here."),
                                        QStringLiteral("file"), QStringLiteral("desktop.json"));
    parser.addHelpOption();
    parser.addOptions({onlyOption, startRuns, memoryRuns, history, timelineEvents, timelineRuns, rate,
                       seconds, batch, cartEvery, jsonOption});
    parser.process(app);
    o.startRuns = parser.value(startRuns).toInt();
    o.memoryRuns = parser.value(memoryRuns).toInt();
    o.memoryHistory = parser.value(history).toInt();
    o.timelineEvents = parser.value(timelineEvents).toInt();
    o.timelineRuns = parser.value(timelineRuns).toInt();
    o.liveRate = parser.value(rate).toInt();
    o.liveSeconds = parser.value(seconds).toInt();
    o.liveBatch = std::max(1, parser.value(batch).toInt());
    o.liveCartEvery = std::max(1, parser.value(cartEvery).toInt());
    const QStringList only = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);

    BenchResults results(QStringLiteral("desktop"));
    results.setContext(QStringLiteral("platform"), QGuiApplication::platformName());
    bool ok = true;
    if (only.contains(QStringLiteral("startup")))
        ok = desktop::runStartup(o, results) && ok;
    if (only.contains(QStringLiteral("memory")))
        ok = desktop::runMemory(o, results) && ok;
    if (only.contains(QStringLiteral("timeline")))
        ok = desktop::runTimeline(o, results) && ok;
    if (only.contains(QStringLiteral("live")))
        ok = desktop::runLive(o, results) && ok;
    results.print();
    QString error;
    if (!results.writeJson(parser.value(jsonOption), &error)) {
        QTextStream(stderr) << "bench_desktop: cannot write JSON: " << error << Qt::endl;
        return 1;
    }
    return ok ? 0 : 1;
}
