// bench_ingest: sustained ingest through the public HTTP API. Starts
// omnidesk-profiled (demo data, its integration key) on SQLite and on a
// throw-away PostgreSQL server (PgTestServer.h, as the tests), POSTs N events
// (default 100,000) to /v1/events in batches (default 500, the API's maximum,
// docs/protocol.md) with a few requests in flight, and measures events per
// second and the batch latency. The events are a web shop's mix over 5,000
// visitors: cart additions, cart removals, page views and the odd purchase.
// The request bodies are encoded before the clock starts, so the client's
// share of the two cores is sending and reading; the CPU time the service
// and this client spent during the run is reported next to the rate (on
// Linux), so a loaded machine can be told apart from a slower service.
// Prints `name: value unit` lines and writes a JSON file.
#include "BenchResults.h"
#include "PgTestServer.h"
#include "ServiceProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTextStream>

#include <sys/resource.h>
#include <unistd.h>

using omnidesk::bench::BenchResults;
using omnidesk::bench::ServiceProcess;
using omnidesk::testing::PgTestServer;

namespace {

constexpr int kVisitors = 5'000;

QJsonObject makeEvent(int n, QRandomGenerator &random, const QString &runId)
{
    const int visitor = int(random.bounded(kVisitors));
    const QDateTime at = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).addSecs(n);
    QJsonObject event{{QStringLiteral("_id"), QStringLiteral("%1-%2").arg(runId).arg(n)},
                      {QStringLiteral("timestamp"), at.toString(Qt::ISODate)},
                      {QStringLiteral("identityMap"),
                       QJsonObject{{QStringLiteral("ECID"),
                                    QJsonArray{QJsonObject{
                                        {QStringLiteral("id"), QStringLiteral("v-%1").arg(visitor)}}}}}}};
    const int kind = int(random.bounded(100));
    const QString sku = QStringLiteral("SKU-%1").arg(random.bounded(40));
    const QJsonArray items{QJsonObject{{QStringLiteral("SKU"), sku},
                                       {QStringLiteral("name"), QStringLiteral("Product ") + sku},
                                       {QStringLiteral("quantity"), 1},
                                       {QStringLiteral("priceTotal"), 19.95},
                                       {QStringLiteral("currencyCode"), QStringLiteral("EUR")}}};
    if (kind < 35) {
        event.insert(QStringLiteral("commerce"), QJsonObject{{QStringLiteral("productListAdds"),
                                                              QJsonObject{{QStringLiteral("value"), 1}}}});
        event.insert(QStringLiteral("productListItems"), items);
    } else if (kind < 45) {
        event.insert(QStringLiteral("commerce"), QJsonObject{{QStringLiteral("productListRemovals"),
                                                              QJsonObject{{QStringLiteral("value"), 1}}}});
        event.insert(QStringLiteral("productListItems"), items);
    } else if (kind < 48) {
        event.insert(QStringLiteral("commerce"),
                     QJsonObject{{QStringLiteral("purchases"), QJsonObject{{QStringLiteral("value"), 1}}},
                                 {QStringLiteral("order"), QJsonObject{{QStringLiteral("purchaseID"),
                                                                        QStringLiteral("o-%1").arg(n)}}}});
        event.insert(QStringLiteral("productListItems"), items);
    } else {
        event.insert(QStringLiteral("eventType"), QStringLiteral("web.webpagedetails.pageViews"));
        event.insert(
            QStringLiteral("web"),
            QJsonObject{{QStringLiteral("webPageDetails"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("Page %1").arg(kind)}}}});
    }
    return event;
}

struct Run
{
    bool ok = false;
    QString error;
    double eventsPerSecond = 0;
    double serviceCpuSeconds = -1; // user + system time of the service during the run (-1: unknown)
    double clientCpuSeconds = -1;  // the same for this process
    QList<double> batchMs;
};

// User + system CPU seconds of a process so far, from /proc (Linux); -1 elsewhere.
double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name (which may hold spaces) start at the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

double ownCpuSeconds()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// POSTs `events` events in batches of `batch`, `inFlight` requests at a time.
Run ingest(ServiceProcess &service, int events, int batch, int inFlight, const QString &runId)
{
    QRandomGenerator random(20261123);
    QList<QByteArray> bodies;
    for (int start = 0; start < events; start += batch) {
        QJsonArray list;
        for (int n = start; n < std::min(events, start + batch); ++n)
            list.append(makeEvent(n, random, runId));
        bodies.append(
            QJsonDocument(QJsonObject{{QStringLiteral("events"), list}}).toJson(QJsonDocument::Compact));
    }
    QNetworkAccessManager network;
    QNetworkRequest request(service.httpUrl(QStringLiteral("/v1/events")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer demo-integration-key");

    Run run;
    qsizetype next = 0;
    int pending = 0;
    QEventLoop loop;
    QElapsedTimer total;
    std::function<void()> sendNext = [&] {
        if (next >= bodies.size() || !run.error.isEmpty()) {
            if (pending == 0)
                loop.quit();
            return;
        }
        ++pending;
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = network.post(request, bodies.at(next++));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, timer] {
            reply->deleteLater();
            --pending;
            run.batchMs.append(double(timer.nsecsElapsed()) / 1e6);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 202 && run.error.isEmpty())
                run.error = QStringLiteral("HTTP %1: %2")
                                .arg(status)
                                .arg(QString::fromUtf8(reply->readAll().left(200)));
            sendNext();
        });
    };
    const double serviceCpuBefore = processCpuSeconds(service.processId());
    const double clientCpuBefore = ownCpuSeconds();
    total.start();
    for (int i = 0; i < inFlight; ++i)
        sendNext();
    loop.exec();
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    const double serviceCpuAfter = processCpuSeconds(service.processId());
    const double clientCpuAfter = ownCpuSeconds();
    if (serviceCpuBefore >= 0 && serviceCpuAfter >= 0)
        run.serviceCpuSeconds = serviceCpuAfter - serviceCpuBefore;
    if (clientCpuBefore >= 0 && clientCpuAfter >= 0)
        run.clientCpuSeconds = clientCpuAfter - clientCpuBefore;
    run.ok = run.error.isEmpty();
    run.eventsPerSecond = events / seconds;
    return run;
}

bool measure(BenchResults &results, const QString &backend, const QStringList &serviceArguments, int events,
             int batch, int inFlight)
{
    QTextStream err(stderr);
    ServiceProcess service;
    QString error;
    if (!service.start(&error, serviceArguments)) {
        err << "bench_ingest: " << backend << ": " << error << '\n';
        return false;
    }
    // Warm-up: the first profiles and the service's caches, not counted.
    const Run warm = ingest(service, std::min(events / 10, 5'000), batch, inFlight, QStringLiteral("warm"));
    if (!warm.ok) {
        err << "bench_ingest: " << backend << ": " << warm.error << '\n';
        return false;
    }
    const Run run = ingest(service, events, batch, inFlight, QStringLiteral("run"));
    if (!run.ok) {
        err << "bench_ingest: " << backend << ": " << run.error << '\n';
        return false;
    }
    results.add(backend + QStringLiteral("_events_per_s"), run.eventsPerSecond, QStringLiteral("events/s"));
    // What the rate would be if the service had a core to itself: robust to a
    // loaded machine, and the figure to compare code changes by.
    if (run.serviceCpuSeconds > 0) {
        results.add(backend + QStringLiteral("_events_per_service_cpu_s"), events / run.serviceCpuSeconds,
                    QStringLiteral("events/s"));
        results.add(backend + QStringLiteral("_service_cpu_per_event_us"),
                    run.serviceCpuSeconds * 1e6 / events, QStringLiteral("us"));
    }
    if (run.clientCpuSeconds >= 0)
        results.add(backend + QStringLiteral("_client_cpu_s"), run.clientCpuSeconds, QStringLiteral("s"));
    results.addLatencies(backend + QStringLiteral("_batch"), run.batchMs);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sustained event ingest through POST /v1/events."));
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Events per backend."),
                                          QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
                                         QStringLiteral("Events per request (1-500)."), QStringLiteral("n"),
                                         QStringLiteral("500"));
    const QCommandLineOption inFlightOption(QStringLiteral("in-flight"),
                                            QStringLiteral("Concurrent requests."), QStringLiteral("n"),
                                            QStringLiteral("4"));
    const QCommandLineOption backendOption(QStringLiteral("backend"),
                                           QStringLiteral("sqlite, postgresql or both."),
                                           QStringLiteral("name"), QStringLiteral("both"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write results here."),
                                        QStringLiteral("file"), QStringLiteral("bench_ingest.json"));
    parser.addOptions({eventsOption, batchOption, inFlightOption, backendOption, jsonOption});
    parser.process(app);
    const int events = std::max(1, parser.value(eventsOption).toInt());
    const int batch = std::clamp(parser.value(batchOption).toInt(), 1, 500);
    const int inFlight = std::max(1, parser.value(inFlightOption).toInt());
    const QString backend = parser.value(backendOption);

    BenchResults results(QStringLiteral("ingest"));
    results.setContext(QStringLiteral("events"), events);
    results.setContext(QStringLiteral("batch"), batch);
    results.setContext(QStringLiteral("in_flight"), inFlight);
    results.setContext(QStringLiteral("visitors"), kVisitors);
    bool ok = true;
    if (backend == QLatin1StringView("sqlite") || backend == QLatin1StringView("both"))
        ok = measure(results, QStringLiteral("sqlite"), {}, events, batch, inFlight) && ok;
    if (backend == QLatin1StringView("postgresql") || backend == QLatin1StringView("both")) {
        // Durable commits as a production server would have them (fsync on),
        // with synchronous_commit off like SQLite's WAL synchronous=NORMAL.
        PgTestServer postgres;
        if (!postgres.start({QStringLiteral("synchronous_commit=off")})) {
            QTextStream(stderr) << "bench_ingest: postgresql: " << postgres.errorString() << '\n';
            ok = false;
        } else {
            const QString url = postgres.createDatabase(QStringLiteral("omnidesk"));
            ok = !url.isEmpty() &&
                 measure(results, QStringLiteral("postgresql"), {QStringLiteral("--database"), url}, events,
                         batch, inFlight) &&
                 ok;
        }
    }
    results.print();
    QString error;
    if (!results.writeJson(parser.value(jsonOption), &error)) {
        QTextStream(stderr) << "bench_ingest: " << error << '\n';
        return 1;
    }
    return ok ? 0 : 1;
}
