// Soak harness (issue 7, docs/reliability.md "Soak"): the real service
// (omnidesk-profiled with demo data), the journey simulator (omnidesk-sim,
// through the public HTTP API with the demo integration key) playing
// cross-channel customer journeys of --customers customers and placing calls
// from those who left a cart to one agent, and a headless desktop client core
// (soak_client: ProfileClient, Outbox, OutcomeSender) signed in as that agent,
// which looks each caller up and logs an outcome after every call.
//
// Before the clock starts, --prefill-journeys journeys are played as fast as
// the service takes them, so the run starts from a store of a working
// service's size rather than an empty one: SQLite's page cache (32 MiB,
// Store::open) is then full from the start, as on a service that has run for
// a while, instead of growing with the store all through the run. Every
// --sample-s seconds the harness records the resident set size (VmRSS) of the
// service and the client, and the error counts: HTTP responses >= 400 and
// WebSocket error frames from the service's /metrics, failed simulator
// requests, the client's error frames, disconnects and sequence gaps, and
// warning or critical lines in the service's log.
//
//   bench_soak --minutes 60 --json soak.json
//
// RSS growth compares two medians of the samples: the "baseline" window from
// 1/12 to 1/6 of the run (minutes 5-10 of an hour), after the warm-up in which
// caches, SQLite's page cache and the allocators' pools fill, and the "final"
// window, the last 1/6 of the run (the last 10 minutes of an hour). Medians of
// windows, not two single samples, so one allocator spike does not decide.
//
// Exit status 0 only when the service's and the client's growth are within
// --rss-bar-percent and no error of any kind was counted.
#include "BenchResults.h"
#include "ChildProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace omnidesk::bench;

namespace {

constexpr char kApiKey[] = "demo-integration-key";

void say(const QString &line)
{
    QTextStream(stderr) << "soak: " << line << Qt::endl;
}

// Resident set size of a process in KiB (VmRSS of /proc/<pid>/status), -1 if unknown.
qint64 rssKiB(qint64 pid)
{
    if (pid <= 0)
        return -1;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

// Least-squares slope of y over x.
double slope(const QList<double> &x, const QList<double> &y)
{
    const qsizetype n = x.size();
    if (n < 2)
        return std::nan("");
    double mx = 0, my = 0;
    for (qsizetype i = 0; i < n; ++i) {
        mx += x.at(i);
        my += y.at(i);
    }
    mx /= double(n);
    my /= double(n);
    double num = 0, den = 0;
    for (qsizetype i = 0; i < n; ++i) {
        num += (x.at(i) - mx) * (y.at(i) - my);
        den += (x.at(i) - mx) * (x.at(i) - mx);
    }
    return den > 0 ? num / den : std::nan("");
}

struct Sample
{
    double minute = 0;
    qint64 serviceRss = -1;
    qint64 clientRss = -1;
    qint64 httpRequests = 0;
    qint64 httpErrors = 0;
    qint64 wsErrors = 0;
    qint64 calls = 0;
    qint64 outcomes = 0;
    qint64 simOk = 0;
    qint64 simErrors = 0;
    qint64 clientErrors = 0;
    qint64 clientDisconnects = 0;
    qint64 serviceLogErrors = 0;
    qint64 pops = 0;
    qint64 acks = 0;
};

class Soak : public QObject
{
public:
    struct Options
    {
        double minutes = 60;
        double sampleSeconds = 10;
        double callEverySeconds = 1.5;
        double callLengthSeconds = 1.0;
        double rssBarPercent = 10;
        int customers = 5000;
        int prefillJourneys = 12000;
        double journeysPerMinute = 20;
        quint32 seed = 1;
    };

    explicit Soak(Options options) : m_options(options)
    {
        m_service.setProcessChannelMode(QProcess::MergedChannels);
        m_sim.setProcessChannelMode(QProcess::MergedChannels);
        for (QProcess *process : {&m_service, &m_client, &m_sim})
            stopWithParent(*process);
        connect(&m_service, &QProcess::readyRead, this, &Soak::readService);
        connect(&m_client, &QProcess::readyReadStandardOutput, this, &Soak::readClient);
        connect(&m_client, &QProcess::readyReadStandardError, this, [this] {
            // Kept for an error message at start only: the last 4 KiB.
            m_clientStderr = (m_clientStderr + m_client.readAllStandardError()).right(4096);
        });
        connect(&m_sim, &QProcess::readyRead, this, &Soak::readSim);
    }

    ~Soak() override
    {
        for (QProcess *process : {&m_sim, &m_client, &m_service}) {
            if (process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished(3000);
            }
        }
    }

    bool run(BenchResults *results, QString *error);
    bool barMet() const { return m_met; }

private:
    bool startService(QString *error);
    // Plays the prefill journeys and waits until the simulator is done.
    bool prefill(QString *error);
    // The simulator's arguments shared by the prefill and the run.
    QStringList simArguments() const;
    bool waitFor(const std::function<bool()> &condition, int timeoutMs);
    void readService();
    void readClient();
    void readSim();
    void takeSample();
    // GETs /metrics and adds the counters of interest; false if unreachable.
    bool scrapeMetrics(Sample *sample);
    void finish(BenchResults *results);

    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_service;
    QProcess m_client;
    QProcess m_sim;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
    QByteArray m_serviceBuffer;
    QByteArray m_clientBuffer;
    QByteArray m_clientStderr;
    QByteArray m_simBuffer;
    QElapsedTimer m_clock;
    double m_prefillSeconds = 0;
    qint64 m_prefillStoreBytes = 0;
    QElapsedTimer m_lastClientEvent; // since the client last reported anything
    QList<Sample> m_samples;
    QStringList m_errorExamples; // the first few error lines, for the report
    int m_metricsFailures = 0;
    // Running counts from the children's output.
    qint64 m_simOk = 0;
    qint64 m_simErrors = 0;
    qint64 m_clientErrors = 0;
    qint64 m_clientDisconnects = 0;
    qint64 m_clientGaps = 0;
    qint64 m_welcomes = 0;
    qint64 m_pops = 0;
    qint64 m_patches = 0;
    qint64 m_ended = 0;
    qint64 m_lookups = 0;
    qint64 m_acks = 0;
    qint64 m_serviceLogErrors = 0;
    bool m_signedIn = false;
    bool m_met = false;
};

void Soak::readService()
{
    m_serviceBuffer += m_service.readAll();
    static const QRegularExpression listening(QStringLiteral("listening on http://[^:]+:(\\d+)"));
    qsizetype newline;
    while ((newline = m_serviceBuffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_serviceBuffer.left(newline));
        m_serviceBuffer.remove(0, newline + 1);
        if (m_port == 0) {
            const auto match = listening.match(line);
            if (match.hasMatch())
                m_port = match.captured(1).toUShort();
        }
        // QT_MESSAGE_PATTERN (set in startService) puts the level first.
        if (line.startsWith(QLatin1StringView("warning ")) ||
            line.startsWith(QLatin1StringView("critical ")) || line.startsWith(QLatin1StringView("fatal "))) {
            ++m_serviceLogErrors;
            if (m_errorExamples.size() < 20)
                m_errorExamples.append(QStringLiteral("service: ") + line);
        }
    }
}

void Soak::readClient()
{
    m_clientBuffer += m_client.readAllStandardOutput();
    m_lastClientEvent.start();
    qsizetype newline;
    while ((newline = m_clientBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_clientBuffer.left(newline);
        m_clientBuffer.remove(0, newline + 1);
        if (line == "welcome") {
            ++m_welcomes;
            m_signedIn = true;
        } else if (line == "offline") {
            ++m_clientDisconnects;
        } else if (line == "gap") {
            ++m_clientGaps;
        } else if (line == "pop") {
            ++m_pops;
        } else if (line == "patch") {
            ++m_patches;
        } else if (line == "ended") {
            ++m_ended;
        } else if (line == "lookup") {
            ++m_lookups;
        } else if (line == "ack") {
            ++m_acks;
        } else {
            // error <code>, outbox-failed, auth-failed, anything unexpected
            ++m_clientErrors;
            if (m_errorExamples.size() < 20)
                m_errorExamples.append(QStringLiteral("client: ") + QString::fromUtf8(line));
        }
    }
}

void Soak::readSim()
{
    m_simBuffer += m_sim.readAll();
    static const QRegularExpression status(QStringLiteral(": HTTP (\\d{3})"));
    qsizetype newline;
    while ((newline = m_simBuffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_simBuffer.left(newline));
        m_simBuffer.remove(0, newline + 1);
        // Progress and summary lines are not answers.
        if (line.startsWith(QLatin1StringView("omnidesk-sim: progress: ")) ||
            line.startsWith(QLatin1StringView("omnidesk-sim: done: ")))
            continue;
        const auto match = status.match(line);
        const int code = match.hasMatch() ? match.captured(1).toInt() : 0;
        if (code >= 200 && code < 300) {
            ++m_simOk;
        } else {
            ++m_simErrors;
            if (m_errorExamples.size() < 20)
                m_errorExamples.append(QStringLiteral("sim: ") + line);
        }
    }
}

bool Soak::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

bool Soak::startService(QString *error)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The level first, so warnings and critical messages can be counted.
    environment.insert(QStringLiteral("QT_MESSAGE_PATTERN"),
                       QStringLiteral("%{type} %{category}: %{message}"));
    // One info line per call is fine to read for an hour; the debug lines are not needed.
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("omnidesk.*.debug=false"));
    m_service.setProcessEnvironment(environment);
    m_service.start(QStringLiteral(OMNIDESK_PROFILED_PATH),
                    {QStringLiteral("--demo"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--data"), m_dir.filePath(QStringLiteral("service"))});
    if (!waitFor([this] { return m_port != 0 || m_service.state() == QProcess::NotRunning; }, 20'000) ||
        m_port == 0) {
        *error = QStringLiteral("omnidesk-profiled did not start");
        return false;
    }
    return true;
}

QStringList Soak::simArguments() const
{
    return {QStringLiteral("--server"),    QStringLiteral("http://127.0.0.1:%1").arg(m_port),
            QStringLiteral("--key"),       QString::fromLatin1(kApiKey),
            QStringLiteral("--customers"), QString::number(m_options.customers),
            QStringLiteral("--seed"),      QString::number(m_options.seed)};
}

bool Soak::prefill(QString *error)
{
    if (m_options.prefillJourneys <= 0)
        return true;
    say(QStringLiteral("prefill: %1 journeys of %2 customers")
            .arg(m_options.prefillJourneys)
            .arg(m_options.customers));
    QElapsedTimer timer;
    timer.start();
    QProcess sim;
    sim.setProcessChannelMode(QProcess::MergedChannels);
    stopWithParent(sim);
    // No calls; journeys started as fast as the service answers, their events
    // a few milliseconds apart (their stamps still span hours, see JourneyScript).
    sim.start(QStringLiteral(OMNIDESK_SIM_PATH),
              simArguments() + QStringList{QStringLiteral("--journeys"),
                                           QString::number(m_options.prefillJourneys),
                                           QStringLiteral("--journeys-per-minute"), QStringLiteral("6000"),
                                           QStringLiteral("--step-ms"), QStringLiteral("5"),
                                           QStringLiteral("--call-every"), QStringLiteral("0")});
    QByteArray output;
    connect(&sim, &QProcess::readyRead, this, [&] {
        output += sim.readAll();
        qsizetype newline;
        while ((newline = output.indexOf('\n')) >= 0) {
            say(QStringLiteral("prefill: ") + QString::fromUtf8(output.left(newline)));
            output.remove(0, newline + 1);
        }
    });
    if (!waitFor([&] { return sim.state() == QProcess::NotRunning; }, 30 * 60'000)) {
        sim.kill();
        sim.waitForFinished(3000);
        *error = QStringLiteral("the prefill did not finish within 30 minutes");
        return false;
    }
    if (sim.exitStatus() != QProcess::NormalExit || sim.exitCode() != 0) {
        *error = QStringLiteral("the prefill's simulator failed (exit code %1)").arg(sim.exitCode());
        return false;
    }
    m_prefillSeconds = double(timer.elapsed()) / 1000.0;
    const QDir service(m_dir.filePath(QStringLiteral("service")));
    for (const QFileInfo &file : service.entryInfoList(QDir::Files))
        m_prefillStoreBytes += file.size();
    say(QStringLiteral("prefill: done in %1 s; store %2 MiB; service %3 MiB")
            .arg(m_prefillSeconds, 0, 'f', 1)
            .arg(double(m_prefillStoreBytes) / 1048576.0, 0, 'f', 1)
            .arg(double(rssKiB(m_service.processId())) / 1024.0, 0, 'f', 1));
    return true;
}

bool Soak::scrapeMetrics(Sample *sample)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(m_port)));
    request.setRawHeader("Authorization", QByteArray("Bearer ") + kApiKey);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_network.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError)
        return false;
    static const QRegularExpression line(QStringLiteral("^(omnidesk_[a-z_]+)(\\{[^}]*\\})? (\\S+)$"),
                                         QRegularExpression::MultilineOption);
    static const QRegularExpression code(QStringLiteral("code=\"(\\d+)\""));
    auto it = line.globalMatch(QString::fromUtf8(reply->readAll()));
    while (it.hasNext()) {
        const auto match = it.next();
        const QString name = match.captured(1);
        const auto value = static_cast<qint64>(match.captured(3).toDouble());
        if (name == QLatin1StringView("omnidesk_http_requests_total")) {
            sample->httpRequests += value;
            const auto status = code.match(match.captured(2));
            if (status.hasMatch() && status.captured(1).toInt() >= 400)
                sample->httpErrors += value;
        } else if (name == QLatin1StringView("omnidesk_ws_errors_total")) {
            sample->wsErrors += value;
        } else if (name == QLatin1StringView("omnidesk_calls_total")) {
            sample->calls += value;
        } else if (name == QLatin1StringView("omnidesk_outcomes_stored_total")) {
            sample->outcomes += value;
        }
    }
    return true;
}

void Soak::takeSample()
{
    Sample sample;
    sample.minute = double(m_clock.elapsed()) / 60'000.0;
    sample.serviceRss = rssKiB(m_service.processId());
    sample.clientRss = rssKiB(m_client.processId());
    if (!scrapeMetrics(&sample)) {
        ++m_metricsFailures;
        if (m_errorExamples.size() < 20)
            m_errorExamples.append(
                QStringLiteral("harness: GET /metrics failed at minute %1").arg(sample.minute));
    }
    sample.simOk = m_simOk;
    sample.simErrors = m_simErrors;
    sample.clientErrors = m_clientErrors + m_clientGaps;
    sample.clientDisconnects = m_clientDisconnects;
    sample.serviceLogErrors = m_serviceLogErrors;
    sample.pops = m_pops;
    sample.acks = m_acks;
    m_samples.append(sample);
    say(QStringLiteral("minute %1: service %2 MiB, client %3 MiB, calls %4, errors http %5 ws %6 sim %7 "
                       "client %8, disconnects %9, log %10")
            .arg(sample.minute, 0, 'f', 1)
            .arg(double(sample.serviceRss) / 1024.0, 0, 'f', 1)
            .arg(double(sample.clientRss) / 1024.0, 0, 'f', 1)
            .arg(sample.calls)
            .arg(sample.httpErrors)
            .arg(sample.wsErrors)
            .arg(sample.simErrors)
            .arg(sample.clientErrors)
            .arg(sample.clientDisconnects)
            .arg(sample.serviceLogErrors));
}

bool Soak::run(BenchResults *results, QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    QDir(m_dir.path()).mkpath(QStringLiteral("service"));
    if (!startService(error))
        return false;
    say(QStringLiteral("service on port %1, pid %2").arg(m_port).arg(m_service.processId()));
    if (!prefill(error))
        return false;

    m_client.start(QStringLiteral(SOAK_CLIENT_PATH),
                   {QStringLiteral("--server"), QStringLiteral("ws://127.0.0.1:%1").arg(m_port),
                    QStringLiteral("--user"), QStringLiteral("agent1"), QStringLiteral("--outbox"),
                    m_dir.filePath(QStringLiteral("outbox.sqlite"))});
    if (!waitFor([this] { return m_signedIn || m_client.state() == QProcess::NotRunning; }, 20'000) ||
        !m_signedIn) {
        *error = QStringLiteral("the client did not sign in: ") + QString::fromUtf8(m_clientStderr);
        return false;
    }

    // Calls come from customers who left a cart (the simulator's choice).
    m_sim.start(QStringLiteral(OMNIDESK_SIM_PATH),
                simArguments() +
                    QStringList{QStringLiteral("--agent"), QStringLiteral("agent1"),
                                QStringLiteral("--journeys-per-minute"),
                                QString::number(m_options.journeysPerMinute),
                                QStringLiteral("--first-call-after"), QStringLiteral("0.5"),
                                QStringLiteral("--call-every"), QString::number(m_options.callEverySeconds),
                                QStringLiteral("--call-length"), QString::number(m_options.callLengthSeconds),
                                // every answer, to count the good ones
                                QStringLiteral("--verbose")});
    if (!m_sim.waitForStarted(10'000)) {
        *error = QStringLiteral("omnidesk-sim did not start");
        return false;
    }

    m_clock.start();
    const qint64 durationMs = static_cast<qint64>(m_options.minutes * 60'000.0);
    const int sampleMs = static_cast<int>(m_options.sampleSeconds * 1000.0);
    QEventLoop loop;
    QTimer sampler;
    sampler.setInterval(sampleMs);
    connect(&sampler, &QTimer::timeout, &loop, [&] {
        takeSample();
        if (m_clock.elapsed() >= durationMs)
            loop.quit();
    });
    // A child that dies ends the run early (and counts as an error below).
    for (QProcess *process : {&m_service, &m_client, &m_sim})
        connect(process, &QProcess::finished, &loop, &QEventLoop::quit);
    sampler.start();
    loop.exec();
    sampler.stop();

    // Stop the traffic, then give the client a moment to log and send the
    // outcomes of the calls still going, so every call has its outcome: until
    // every ended call's outcome is acknowledged and the client has been quiet
    // for 2 s (a request the simulator sent just before it stopped may still
    // end a call).
    m_sim.terminate();
    m_sim.waitForFinished(5000);
    m_lastClientEvent.start();
    waitFor([this] { return m_acks >= m_ended && m_lastClientEvent.elapsed() > 2000; }, 20'000);
    takeSample();
    finish(results);
    return true;
}

void Soak::finish(BenchResults *results)
{
    const bool serviceAlive = m_service.state() == QProcess::Running;
    const bool clientAlive = m_client.state() == QProcess::Running;
    const Sample &last = m_samples.constLast();
    const double minutes = last.minute;

    // The windows, as fractions of the planned run: 5-10 and 50-60 of an hour.
    const double baselineFrom = m_options.minutes / 12.0;
    const double baselineTo = m_options.minutes / 6.0;
    const double finalFrom = m_options.minutes * 5.0 / 6.0;
    QList<double> serviceBase, serviceFinal, clientBase, clientFinal, afterWarmupX, afterWarmupY;
    double serviceMax = 0, clientMax = 0;
    QJsonArray samples;
    for (const Sample &s : m_samples) {
        const double service = double(s.serviceRss) / 1024.0;
        const double client = double(s.clientRss) / 1024.0;
        serviceMax = std::max(serviceMax, service);
        clientMax = std::max(clientMax, client);
        if (s.minute >= baselineFrom && s.minute < baselineTo) {
            serviceBase.append(service);
            clientBase.append(client);
        }
        if (s.minute >= finalFrom) {
            serviceFinal.append(service);
            clientFinal.append(client);
        }
        if (s.minute >= baselineFrom) {
            afterWarmupX.append(s.minute);
            afterWarmupY.append(service);
        }
        samples.append(QJsonObject{{QStringLiteral("minute"), s.minute},
                                   {QStringLiteral("service_rss_kib"), s.serviceRss},
                                   {QStringLiteral("client_rss_kib"), s.clientRss},
                                   {QStringLiteral("call_events"), s.calls},
                                   {QStringLiteral("outcomes_stored"), s.outcomes},
                                   {QStringLiteral("http_requests"), s.httpRequests},
                                   {QStringLiteral("http_errors"), s.httpErrors},
                                   {QStringLiteral("ws_errors"), s.wsErrors},
                                   {QStringLiteral("sim_ok"), s.simOk},
                                   {QStringLiteral("sim_errors"), s.simErrors},
                                   {QStringLiteral("client_errors"), s.clientErrors},
                                   {QStringLiteral("client_disconnects"), s.clientDisconnects},
                                   {QStringLiteral("service_log_errors"), s.serviceLogErrors},
                                   {QStringLiteral("pops"), s.pops},
                                   {QStringLiteral("acks"), s.acks}});
    }
    const double serviceGrowth = (median(serviceFinal) / median(serviceBase) - 1.0) * 100.0;
    const double clientGrowth = (median(clientFinal) / median(clientBase) - 1.0) * 100.0;
    const qint64 crashes = (serviceAlive ? 0 : 1) + (clientAlive ? 0 : 1);
    const qint64 unacked = std::max<qint64>(0, m_ended - m_acks);
    const qint64 errors = last.httpErrors + last.wsErrors + m_simErrors + m_clientErrors + m_clientGaps +
                          m_clientDisconnects + m_serviceLogErrors + m_metricsFailures + crashes + unacked;

    const QString mib = QStringLiteral("MiB");
    const QString count = QStringLiteral("count");
    results->add(QStringLiteral("soak_minutes"), minutes, QStringLiteral("min"));
    results->add(QStringLiteral("service_rss_baseline"), median(serviceBase), mib);
    results->add(QStringLiteral("service_rss_final"), median(serviceFinal), mib);
    results->add(QStringLiteral("service_rss_max"), serviceMax, mib);
    results->add(QStringLiteral("service_rss_growth"), serviceGrowth, QStringLiteral("%"));
    results->add(QStringLiteral("service_rss_slope_after_warmup"), slope(afterWarmupX, afterWarmupY) * 60.0,
                 QStringLiteral("MiB/h"));
    results->add(QStringLiteral("client_rss_baseline"), median(clientBase), mib);
    results->add(QStringLiteral("client_rss_final"), median(clientFinal), mib);
    results->add(QStringLiteral("client_rss_max"), clientMax, mib);
    results->add(QStringLiteral("client_rss_growth"), clientGrowth, QStringLiteral("%"));
    results->add(QStringLiteral("call_events"), double(last.calls), count);
    results->add(QStringLiteral("http_requests"), double(last.httpRequests), count);
    results->add(QStringLiteral("screen_pops"), double(m_pops), count);
    results->add(QStringLiteral("profile_patches"), double(m_patches), count);
    results->add(QStringLiteral("lookups"), double(m_lookups), count);
    results->add(QStringLiteral("outcomes_acked"), double(m_acks), count);
    results->add(QStringLiteral("outcomes_stored"), double(last.outcomes), count);
    results->add(QStringLiteral("http_errors"), double(last.httpErrors), count);
    results->add(QStringLiteral("ws_errors"), double(last.wsErrors), count);
    results->add(QStringLiteral("sim_errors"), double(m_simErrors), count);
    results->add(QStringLiteral("client_errors"), double(m_clientErrors + m_clientGaps), count);
    results->add(QStringLiteral("client_disconnects"), double(m_clientDisconnects), count);
    results->add(QStringLiteral("service_log_errors"), double(m_serviceLogErrors), count);
    results->add(QStringLiteral("outcomes_unacked"), double(unacked), count);
    results->add(QStringLiteral("metrics_failures"), double(m_metricsFailures), count);
    results->add(QStringLiteral("process_crashes"), double(crashes), count);
    results->add(QStringLiteral("errors_total"), double(errors), count);
    m_met = errors == 0 && serviceGrowth <= m_options.rssBarPercent &&
            clientGrowth <= m_options.rssBarPercent && !serviceBase.isEmpty() && !serviceFinal.isEmpty();
    results->add(QStringLiteral("bar_met"), m_met ? 1 : 0, QStringLiteral("bool"));

    results->setContext(QStringLiteral("planned_minutes"), m_options.minutes);
    results->setContext(QStringLiteral("sample_seconds"), m_options.sampleSeconds);
    results->setContext(QStringLiteral("call_every_seconds"), m_options.callEverySeconds);
    results->setContext(QStringLiteral("call_length_seconds"), m_options.callLengthSeconds);
    results->setContext(QStringLiteral("customers"), m_options.customers);
    results->setContext(QStringLiteral("journeys_per_minute"), m_options.journeysPerMinute);
    results->setContext(QStringLiteral("prefill_journeys"), m_options.prefillJourneys);
    results->setContext(QStringLiteral("prefill_seconds"), m_prefillSeconds);
    results->setContext(QStringLiteral("prefill_store_mib"), double(m_prefillStoreBytes) / 1048576.0);
    results->setContext(QStringLiteral("seed"), qint64(m_options.seed));
    results->setContext(QStringLiteral("baseline_window_minutes"), QJsonArray{baselineFrom, baselineTo});
    results->setContext(QStringLiteral("final_window_minutes"), QJsonArray{finalFrom, m_options.minutes});
    results->setContext(QStringLiteral("rss_bar_percent"), m_options.rssBarPercent);
    results->setContext(QStringLiteral("error_examples"), QJsonArray::fromStringList(m_errorExamples));
    results->setContext(QStringLiteral("samples"), samples);
    for (const QString &line : std::as_const(m_errorExamples))
        say(line);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Soak: simulated traffic against the service and a client."));
    parser.addHelpOption();
    const QCommandLineOption minutes(QStringLiteral("minutes"), QStringLiteral("Length of the run."),
                                     QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption sample(QStringLiteral("sample-s"), QStringLiteral("Seconds between samples."),
                                    QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption every(QStringLiteral("call-every"), QStringLiteral("Seconds between calls."),
                                   QStringLiteral("S"), QStringLiteral("1.5"));
    const QCommandLineOption length(QStringLiteral("call-length"), QStringLiteral("Seconds a call lasts."),
                                    QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption bar(QStringLiteral("rss-bar-percent"), QStringLiteral("Allowed RSS growth."),
                                 QStringLiteral("P"), QStringLiteral("10"));
    const QCommandLineOption customers(QStringLiteral("customers"),
                                       QStringLiteral("Customers the journeys (and so the calls) come from."),
                                       QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption journeyRate(
        QStringLiteral("journeys-per-minute"),
        QStringLiteral("Customer journeys started per minute during the run."), QStringLiteral("N"),
        QStringLiteral("20"));
    const QCommandLineOption prefillJourneys(
        QStringLiteral("prefill-journeys"),
        QStringLiteral("Journeys played before the clock starts, to fill the store (0 = start empty)."),
        QStringLiteral("N"), QStringLiteral("12000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("The simulator's seed."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Where to write the JSON results."),
                                  QStringLiteral("FILE"), QStringLiteral("soak.json"));
    parser.addOptions(
        {minutes, sample, every, length, bar, customers, journeyRate, prefillJourneys, seed, json});
    parser.process(app);

    Soak::Options options;
    options.minutes = parser.value(minutes).toDouble();
    options.sampleSeconds = parser.value(sample).toDouble();
    options.callEverySeconds = parser.value(every).toDouble();
    options.callLengthSeconds = parser.value(length).toDouble();
    options.rssBarPercent = parser.value(bar).toDouble();
    options.customers = parser.value(customers).toInt();
    options.journeysPerMinute = parser.value(journeyRate).toDouble();
    options.prefillJourneys = parser.value(prefillJourneys).toInt();
    options.seed = parser.value(seed).toUInt();
    if (options.minutes <= 0 || options.sampleSeconds <= 0 ||
        options.minutes * 60 < options.sampleSeconds * 12) {
        say(QStringLiteral("--minutes must allow at least 12 samples of --sample-s"));
        return 2;
    }
    if (options.customers < 1 || options.customers > 10'000'000) {
        say(QStringLiteral("--customers must be between 1 and 10,000,000"));
        return 2;
    }
    if (options.journeysPerMinute <= 0 || options.prefillJourneys < 0 || options.seed == 0) {
        say(QStringLiteral(
            "--journeys-per-minute must be above 0, --prefill-journeys at least 0, --seed not 0"));
        return 2;
    }

    BenchResults results(QStringLiteral("soak"));
    Soak soak(options);
    QString error;
    if (!soak.run(&results, &error)) {
        say(error);
        return 2;
    }
    results.print();
    if (!results.writeJson(parser.value(json), &error)) {
        say(error);
        return 2;
    }
    return soak.barMet() ? 0 : 1;
}
