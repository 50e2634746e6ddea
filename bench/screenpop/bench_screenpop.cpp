// bench/screenpop: CTI "connected" POST sent -> caller's profile rendered in
// the desktop's real widgets. Starts omnidesk-profiled as a child process,
// seeds one customer with a long history and a full cart through the public
// ingest API, signs a real DesktopController in, then fires calls one after
// another and measures each until CallView::popped for that call.
//
//   bench_screenpop [--calls N] [--history N] [--cart-lines N] [--json FILE]

#include "BenchResults.h"
#include "CallView.h"
#include "CartModel.h"
#include "DesktopController.h"
#include "MainWindow.h"
#include "ProfileClient.h"
#include "ServiceProcess.h"
#include "TimelineModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace omnidesk;
using omnidesk::bench::BenchResults;
using omnidesk::bench::ServiceProcess;

namespace {

const QString kCaller = QStringLiteral("+31655500042");

QJsonObject identity()
{
    return QJsonObject{
        {QStringLiteral("Phone"), QJsonArray{QJsonObject{{QStringLiteral("id"), kCaller}}}},
        {QStringLiteral("Email"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("bench.caller@example.com")}}}}};
}

// One customer: `cartLines` distinct products added to the cart, the rest of
// the history page views, spread over the last 30 days.
QList<QJsonObject> seedEvents(int history, int cartLines)
{
    QList<QJsonObject> events;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
    for (int i = 0; i < history; ++i) {
        const QDateTime at = start.addSecs(static_cast<qint64>(i) * (30 * 24 * 3600 - 7200) / history);
        QJsonObject e{{QStringLiteral("_id"), QStringLiteral("bench-%1").arg(i)},
                      {QStringLiteral("timestamp"), at.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("identityMap"), identity()}};
        if (i >= history - cartLines) {
            const int n = i - (history - cartLines);
            e.insert(QStringLiteral("commerce"), QJsonObject{{QStringLiteral("productListAdds"),
                                                              QJsonObject{{QStringLiteral("value"), 1}}}});
            e.insert(QStringLiteral("productListItems"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("SKU"), QStringLiteral("SKU-%1").arg(n, 3, 10, QLatin1Char('0'))},
                         {QStringLiteral("name"), QStringLiteral("Product number %1").arg(n)},
                         {QStringLiteral("quantity"), 1 + n % 3},
                         {QStringLiteral("priceTotal"), 9.95 * (1 + n % 3)},
                         {QStringLiteral("currencyCode"), QStringLiteral("EUR")}}});
        } else {
            e.insert(
                QStringLiteral("web"),
                QJsonObject{
                    {QStringLiteral("webPageDetails"),
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("Product page %1").arg(i % 97)},
                                 {QStringLiteral("pageViews"), QJsonObject{{QStringLiteral("value"), 1}}}}}});
        }
        events.append(e);
    }
    return events;
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition() || timer.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start(5);
    if (!condition())
        loop.exec();
    return condition();
}

// The offscreen platform warns on every window resize; keep the figures readable.
QtMessageHandler g_previousHandler = nullptr;
void quietOffscreen(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1StringView("propagateSizeHints")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_previousHandler = qInstallMessageHandler(quietOffscreen);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("omnidesk-bench"));

    QCommandLineParser parser;
    const QCommandLineOption callsOption(QStringLiteral("calls"), QStringLiteral("Measured calls."),
                                         QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption historyOption(QStringLiteral("history"), QStringLiteral("History events."),
                                           QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption linesOption(QStringLiteral("cart-lines"), QStringLiteral("Cart lines."),
                                         QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write results here."),
                                        QStringLiteral("file"), QStringLiteral("screenpop.json"));
    parser.addHelpOption();
    parser.addOptions({callsOption, historyOption, linesOption, jsonOption});
    parser.process(app);
    const int calls = parser.value(callsOption).toInt();
    const int history = parser.value(historyOption).toInt();
    const int cartLines = parser.value(linesOption).toInt();
    QTextStream err(stderr);

    ServiceProcess service;
    QString error;
    if (!service.start(&error)) {
        err << "bench_screenpop: " << error << Qt::endl;
        return 1;
    }

    const QList<QJsonObject> events = seedEvents(history, cartLines);
    for (qsizetype i = 0; i < events.size(); i += 500) {
        QJsonArray batch;
        for (const QJsonObject &e : events.mid(i, 500))
            batch.append(e);
        QByteArray answer;
        const int status =
            service.postAndWait(QStringLiteral("/v1/events"), {{QStringLiteral("events"), batch}}, &answer);
        if (status != 202) {
            err << "bench_screenpop: seeding failed with HTTP " << status << ": " << answer << Qt::endl;
            return 1;
        }
    }

    QTemporaryDir desktopData;
    DesktopController desktop(desktopData.path());
    desktop.setServerUrl(service.agentUrl());
    desktop.startWithCredentials(QStringLiteral("agent1"), QStringLiteral("demo"));
    if (!waitFor([&] { return desktop.client()->state() == net::ProfileClient::State::Online; }, 15000)) {
        err << "bench_screenpop: the desktop did not sign in" << Qt::endl;
        return 1;
    }
    auto *callView = desktop.mainWindow()->findChild<ui::CallView *>();
    if (!callView) {
        err << "bench_screenpop: no CallView in the main window" << Qt::endl;
        return 1;
    }

    QElapsedTimer clock;
    clock.start();
    QHash<QString, qint64> sentAtNs;
    QList<double> samples;
    QString lastPopped;
    int incomplete = 0; // pops that did not show the whole cart and history
    const int expectedTimeline = std::min(history, 1000);
    QObject::connect(callView, &ui::CallView::popped, &app, [&](const QString &callId) {
        const qint64 now = clock.nsecsElapsed();
        const auto it = sentAtNs.constFind(callId);
        if (it != sentAtNs.constEnd())
            samples.append(static_cast<double>(now - *it) / 1e6);
        // The clock stops first; then check that the pop really held the seeded profile.
        if (callView->cartModel()->rowCount() != cartLines ||
            callView->timelineModel()->rowCount() < expectedTimeline)
            ++incomplete;
        lastPopped = callId;
    });

    constexpr int kWarmup = 10;
    int failures = 0;
    for (int i = 0; i < kWarmup + calls; ++i) {
        const QString callId = QStringLiteral("bench-call-%1").arg(i);
        if (i == kWarmup)
            samples.clear();
        sentAtNs.insert(callId, clock.nsecsElapsed());
        service.post(QStringLiteral("/v1/calls"),
                     {{QStringLiteral("callId"), callId},
                      {QStringLiteral("event"), QStringLiteral("connected")},
                      {QStringLiteral("ani"), kCaller},
                      {QStringLiteral("agent"), QStringLiteral("agent1")}},
                     [](int, const QByteArray &) {});
        if (!waitFor([&] { return lastPopped == callId; }, 5000)) {
            ++failures;
            continue;
        }
        service.postAndWait(QStringLiteral("/v1/calls"),
                            {{QStringLiteral("callId"), callId},
                             {QStringLiteral("event"), QStringLiteral("ended")},
                             {QStringLiteral("agent"), QStringLiteral("agent1")}});
    }

    BenchResults results(QStringLiteral("screenpop"));
    results.setContext(QStringLiteral("history_events"), history);
    results.setContext(QStringLiteral("cart_lines"), cartLines);
    results.setContext(QStringLiteral("calls"), calls);
    results.setContext(QStringLiteral("platform"), QGuiApplication::platformName());
    results.addLatencies(QStringLiteral("screenpop"), samples);
    results.add(QStringLiteral("screenpop_failures"), failures, QStringLiteral("count"));
    results.add(QStringLiteral("screenpop_incomplete"), incomplete, QStringLiteral("count"));
    results.add(QStringLiteral("screenpop_timeline_rows"), callView->timelineModel()->rowCount(),
                QStringLiteral("rows"));
    results.add(QStringLiteral("screenpop_cart_lines"), callView->cartModel()->rowCount(),
                QStringLiteral("rows"));
    results.print();
    if (!results.writeJson(parser.value(jsonOption), &error)) {
        err << "bench_screenpop: cannot write JSON: " << error << Qt::endl;
        return 1;
    }
    return failures == 0 && incomplete == 0 ? 0 : 1;
}
