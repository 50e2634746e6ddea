// Live updates: a real DesktopController (with its widgets) in this process
// shows a customer's profile from a screen pop, while a feeder child process
// POSTs cart events for that customer to /v1/events at a steady rate. Two
// figures: how late this process's event loop runs a timer that is due (a
// probe re-armed every 10 ms), idle and under the stream, and how long each
// event takes from its POST to its row in the desktop's TimelineModel. Every
// n-th event is a cart add (its patch changes the cart and the timeline at
// once), the others page views: the service recomputes a cart from all of the
// customer's commerce events, so a stream of nothing but cart adds for one
// customer measures that recomputation more than the desktop.

#include "BenchResults.h"
#include "BenchSupport.h"
#include "CallView.h"
#include "CartModel.h"
#include "ChildProcess.h"
#include "DesktopBenches.h"
#include "DesktopController.h"
#include "DesktopProcess.h"
#include "LoopProbe.h"
#include "MainWindow.h"
#include "ProfileClient.h"
#include "ServiceProcess.h"
#include "TimelineModel.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace omnidesk::bench::desktop {

namespace {

void idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

bool runLive(const Options &options, BenchResults &results)
{
    QTextStream err(stderr);
    ServiceProcess service;
    QString error;
    if (!service.start(&error) || !seedCustomer(service, 1000, &error)) {
        err << "bench_desktop: " << error << Qt::endl;
        return false;
    }
    QTemporaryDir desktopData;
    DesktopController desktop(desktopData.path());
    desktop.setServerUrl(service.agentUrl());
    desktop.startWithCredentials(QStringLiteral("agent1"), QStringLiteral("demo"));
    if (!waitFor([&] { return desktop.client()->state() == net::ProfileClient::State::Online; }, 15'000)) {
        err << "bench_desktop: the desktop did not sign in" << Qt::endl;
        return false;
    }
    auto *callView = desktop.mainWindow()->findChild<ui::CallView *>();
    bool popped = false;
    QObject::connect(callView, &ui::CallView::popped, callView, [&] { popped = true; });
    if (!popCall(service, QStringLiteral("live-call"), &error) || !waitFor([&] { return popped; }, 15'000)) {
        err << "bench_desktop: no screen pop: " << error << Qt::endl;
        return false;
    }

    // When each streamed event reached the model.
    QHash<QString, qint64> arrivedNs;
    TimelineModel *timeline = callView->timelineModel();
    QObject::connect(timeline, &QAbstractItemModel::rowsInserted, timeline,
                     [&](const QModelIndex &, int first, int last) {
                         const qint64 now = DesktopProcess::nowNs();
                         for (int row = first; row <= last; ++row)
                             arrivedNs.insert(timeline->eventAt(row).id, now);
                     });

    LoopProbe probe;
    probe.start();
    idle(3000);
    results.addLatencies(QStringLiteral("loop_lateness_idle"), probe.takeSamples());

    QTemporaryDir feederDir;
    const QString sentFile = feederDir.filePath(QStringLiteral("sent.txt"));
    QProcess feeder;
    feeder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    stopWithParent(feeder);
    feeder.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--feed"), service.httpUrl(QStringLiteral("/v1/events")).toString(),
                  QStringLiteral("--rate"), QString::number(options.liveRate), QStringLiteral("--seconds"),
                  QString::number(options.liveSeconds), QStringLiteral("--batch"),
                  QString::number(options.liveBatch), QStringLiteral("--cart-every"),
                  QString::number(options.liveCartEvery), QStringLiteral("--out"), sentFile});
    QEventLoop feeding;
    QObject::connect(&feeder, &QProcess::finished, &feeding, &QEventLoop::quit);
    feeding.exec();
    probe.stop();
    results.addLatencies(QStringLiteral("loop_lateness_streaming"), probe.takeSamples());
    const QString feederSummary = QString::fromUtf8(feeder.readAllStandardOutput()).trimmed();
    results.setContext(QStringLiteral("live_feeder"), feederSummary);
    if (feeder.exitStatus() != QProcess::NormalExit || feeder.exitCode() != 0) {
        err << "bench_desktop: the feeder failed: " << feederSummary << Qt::endl;
        return false;
    }

    QFile file(sentFile);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "bench_desktop: no feeder output" << Qt::endl;
        return false;
    }
    QHash<QString, qint64> sentNs;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2)
            sentNs.insert(QString::fromUtf8(parts.at(0)), parts.at(1).toLongLong());
    }
    // Let the last events arrive.
    waitFor(
        [&] {
            return std::all_of(sentNs.keyBegin(), sentNs.keyEnd(),
                               [&](const QString &id) { return arrivedNs.contains(id); });
        },
        10'000);
    QList<double> latencies;
    QList<double> cartLatencies;
    int missing = 0;
    qint64 firstArrived = std::numeric_limits<qint64>::max();
    qint64 lastArrived = 0;
    for (auto it = arrivedNs.cbegin(); it != arrivedNs.cend(); ++it) {
        if (it.key().startsWith(QLatin1StringView("live-"))) {
            firstArrived = std::min(firstArrived, it.value());
            lastArrived = std::max(lastArrived, it.value());
        }
    }
    qint64 firstSent = std::numeric_limits<qint64>::max();
    qint64 lastSent = 0;
    for (auto it = sentNs.cbegin(); it != sentNs.cend(); ++it) {
        firstSent = std::min(firstSent, it.value());
        lastSent = std::max(lastSent, it.value());
        const auto arrived = arrivedNs.constFind(it.key());
        if (arrived == arrivedNs.cend())
            ++missing;
        else if (it.key().startsWith(QLatin1StringView("live-cart-")))
            cartLatencies.append(double(*arrived - it.value()) / 1e6);
        else
            latencies.append(double(*arrived - it.value()) / 1e6);
    }
    results.setContext(QStringLiteral("live_rate_asked"), options.liveRate);
    results.setContext(QStringLiteral("live_batch"), options.liveBatch);
    if (sentNs.size() > 1)
        results.add(QStringLiteral("live_rate_sent"),
                    double(sentNs.size() - 1) * 1e9 / double(lastSent - firstSent),
                    QStringLiteral("events/s"));
    results.setContext(QStringLiteral("live_cart_every"), options.liveCartEvery);
    // How fast the updates really reached the desktop (the service may fall behind the feeder).
    if (lastArrived > firstArrived)
        results.add(QStringLiteral("live_rate_received"),
                    double(latencies.size() + cartLatencies.size() - 1) * 1e9 /
                        double(lastArrived - firstArrived),
                    QStringLiteral("events/s"));
    results.addLatencies(QStringLiteral("live_update_cart"), cartLatencies);
    results.addLatencies(QStringLiteral("live_update_page_view"), latencies);
    results.add(QStringLiteral("live_update_missing"), missing, QStringLiteral("count"));
    results.add(QStringLiteral("live_timeline_rows"), timeline->rowCount(), QStringLiteral("rows"));
    results.add(QStringLiteral("live_cart_lines"), callView->cartModel()->rowCount(), QStringLiteral("rows"));
    return missing == 0;
}

} // namespace omnidesk::bench::desktop
