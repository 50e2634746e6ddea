// Chaos harness (issue 7, docs/reliability.md): the real service
// (omnidesk-profiled, a child process on one data directory) and several
// headless desktop client cores (chaos_client child processes: the real
// ProfileClient, Outbox and OutcomeSender) behind a TCP proxy the harness
// controls. While the clients log their outcomes the harness, in turn,
// SIGKILLs and restarts the service, cuts every connection and refuses new
// ones for a moment, and SIGKILLs and restarts a client. At the end it counts,
// in the service's SQLite store (opened read-only), the outcomes lost and
// stored twice, and reports how long each client took, after each service
// restart, to be connected again with a complete stream.
//
//   bench_chaos --outcomes 10000 --clients 4 --rate 10 --json chaos.json
//
// Exit status 0 only when nothing was lost or duplicated, no client saw a
// missed sequence number and the resume p99 is within --resume-bar-ms.
#include "BenchResults.h"
#include "ChaosProxy.h"
#include "ChildProcess.h"
#include "ServiceProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace omnidesk::bench;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

void say(const QString &line)
{
    QTextStream(stderr) << "chaos: " << line << Qt::endl;
}

// One chaos_client child process and what it reported.
struct Client
{
    int index = 0;
    QString prefix;
    QStringList arguments;
    std::unique_ptr<QProcess> process;
    QByteArray buffer;
    bool loggedAll = false;
    bool done = false;
    bool online = false;       // caught up and not offline since
    qint64 lastCaughtUpMs = 0; // wall clock of the latest caughtup line
    bool lastCaughtUpResumed = false;
    int gaps = 0;
    int restarts = 0;
};

// Runs the event loop until `condition` holds or `timeoutMs` passes.
bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    if (condition())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return condition();
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

class ChaosRun
{
public:
    struct Options
    {
        int outcomes = 300;
        int clients = 3;
        int rate = 5;        // outcomes per second per client
        int gapMinMs = 1500; // quiet time between two chaos actions
        int gapMaxMs = 3000;
        int resumeTimeoutMs = 10'000;
        int finishTimeoutMs = 60'000;
        int resumeBarMs = 2000;
        quint32 seed = 7;
        QString clientPath;
    };

    explicit ChaosRun(Options options) : m_options(std::move(options)), m_random(m_options.seed) {}

    bool setUp(QString *error);
    void run();
    int finish(BenchResults *results);

private:
    void startClient(Client &client);
    void onClientOutput(Client &client);
    bool allClientsCaughtUpAfter(qint64 sinceMs) const;
    void collectResume(qint64 sinceMs, QList<double> *samples);
    void killService();
    void cutConnections();
    void killClient();
    void postCall();

    Options m_options;
    QRandomGenerator m_random;
    QTemporaryDir m_dir;
    ServiceProcess m_service;
    ChaosProxy m_proxy;
    std::vector<Client> m_clients;
    QList<double> m_resumeAfterRestartMs;
    QList<double> m_resumeAfterCutMs;
    int m_resumeTimeouts = 0;
    int m_serviceKills = 0;
    int m_cuts = 0;
    int m_clientKills = 0;
    int m_callCounter = 0;
    QTimer m_callTimer;
    QElapsedTimer m_clock;
};

bool ChaosRun::setUp(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    QDir(m_dir.path()).mkpath(QStringLiteral("service"));
    m_service.setDataDir(m_dir.filePath(QStringLiteral("service")));
    // A short heartbeat so that a silent peer is noticed within seconds.
    m_service.setExtraArguments({QStringLiteral("--heartbeat-ms"), QStringLiteral("2000")});
    if (!m_service.start(error))
        return false;
    if (!m_proxy.listen(error))
        return false;
    m_proxy.setUpstreamPort(m_service.port());

    const int perClient = (m_options.outcomes + m_options.clients - 1) / m_options.clients;
    m_clients.resize(size_t(m_options.clients));
    for (int i = 0; i < m_options.clients; ++i) {
        Client &client = m_clients[size_t(i)];
        client.index = i;
        client.prefix = QStringLiteral("chaos-c%1").arg(i);
        const int quota = std::min(perClient, m_options.outcomes - i * perClient);
        client.arguments = {
            QStringLiteral("--server"), QStringLiteral("ws://127.0.0.1:%1").arg(m_proxy.port()),
            QStringLiteral("--user"),   i % 2 == 0 ? QStringLiteral("agent1") : QStringLiteral("agent2"),
            QStringLiteral("--outbox"), m_dir.filePath(QStringLiteral("client-%1.sqlite").arg(i)),
            QStringLiteral("--prefix"), client.prefix,
            QStringLiteral("--quota"),  QString::number(std::max(0, quota)),
            QStringLiteral("--rate"),   QString::number(m_options.rate)};
        startClient(client);
    }
    // Calls keep the agents' streams moving, so a resume has messages to replay.
    m_callTimer.setInterval(700);
    QObject::connect(&m_callTimer, &QTimer::timeout, &m_proxy, [this] { postCall(); });
    m_callTimer.start();
    m_clock.start();
    return true;
}

void ChaosRun::startClient(Client &client)
{
    client.process = std::make_unique<QProcess>();
    client.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    stopWithParent(*client.process);
    client.buffer.clear();
    client.loggedAll = false;
    client.done = false;
    client.online = false;
    QProcess *process = client.process.get();
    QObject::connect(process, &QProcess::readyReadStandardOutput, process,
                     [this, &client] { onClientOutput(client); });
    process->start(m_options.clientPath, client.arguments);
}

void ChaosRun::onClientOutput(Client &client)
{
    client.buffer += client.process->readAllStandardOutput();
    qsizetype end;
    while ((end = client.buffer.indexOf('\n')) >= 0) {
        const QList<QByteArray> words = client.buffer.left(end).trimmed().split(' ');
        client.buffer.remove(0, end + 1);
        const QByteArray &what = words.constFirst();
        if (what == "caughtup" && words.size() >= 3) {
            client.lastCaughtUpMs = words.at(1).toLongLong();
            client.lastCaughtUpResumed = words.at(2) == "1";
            client.online = true;
        } else if (what == "offline") {
            client.online = false;
        } else if (what == "gap") {
            ++client.gaps;
        } else if (what == "logged-all") {
            client.loggedAll = true;
        } else if (what == "done") {
            client.done = true;
        } else if (what == "auth-failed" || what == "outbox-failed") {
            say(QStringLiteral("client %1 reported %2").arg(client.index).arg(QString::fromLatin1(what)));
        }
    }
}

bool ChaosRun::allClientsCaughtUpAfter(qint64 sinceMs) const
{
    for (const Client &client : m_clients) {
        if (!client.online || client.lastCaughtUpMs < sinceMs)
            return false;
    }
    return true;
}

void ChaosRun::collectResume(qint64 sinceMs, QList<double> *samples)
{
    const bool all = waitFor([&] { return allClientsCaughtUpAfter(sinceMs); }, m_options.resumeTimeoutMs);
    for (const Client &client : m_clients) {
        if (client.online && client.lastCaughtUpMs >= sinceMs) {
            samples->append(double(client.lastCaughtUpMs - sinceMs));
        } else {
            ++m_resumeTimeouts;
            samples->append(double(m_options.resumeTimeoutMs));
        }
    }
    if (!all)
        say(QStringLiteral("a client did not catch up within %1 ms").arg(m_options.resumeTimeoutMs));
}

void ChaosRun::killService()
{
    ++m_serviceKills;
    m_service.kill();
    pause(int(m_random.bounded(200, 800)));
    QString error;
    if (!m_service.start(&error)) {
        say(QStringLiteral("the service did not restart: ") + error);
        return;
    }
    const qint64 upAt = nowMs();
    m_proxy.setUpstreamPort(m_service.port());
    collectResume(upAt, &m_resumeAfterRestartMs);
}

void ChaosRun::cutConnections()
{
    ++m_cuts;
    m_proxy.setRefusing(true);
    m_proxy.dropAll();
    pause(int(m_random.bounded(300, 1500)));
    m_proxy.setRefusing(false);
    collectResume(nowMs(), &m_resumeAfterCutMs);
}

void ChaosRun::killClient()
{
    ++m_clientKills;
    Client &client = m_clients[size_t(m_random.bounded(int(m_clients.size())))];
    client.process->kill(); // SIGKILL: no clean shutdown, whatever is in flight is cut off
    client.process->waitForFinished(5000);
    pause(int(m_random.bounded(100, 600)));
    ++client.restarts;
    startClient(client);
    waitFor([&] { return client.online; }, m_options.resumeTimeoutMs);
}

void ChaosRun::postCall()
{
    if (!m_service.isRunning())
        return;
    const int n = ++m_callCounter;
    const QString agent = (n / 2) % 2 == 0 ? QStringLiteral("agent1") : QStringLiteral("agent2");
    const QJsonObject body{
        {QStringLiteral("callId"), QStringLiteral("chaos-call-%1").arg(n / 2)},
        {QStringLiteral("event"), n % 2 == 0 ? QStringLiteral("connected") : QStringLiteral("ended")},
        {QStringLiteral("ani"), QStringLiteral("+31612345678")},
        {QStringLiteral("agent"), agent}};
    m_service.post(QStringLiteral("/v1/calls"), body, [](int, const QByteArray &) {});
}

void ChaosRun::run()
{
    const auto allLogged = [this] {
        for (const Client &client : m_clients) {
            if (!client.loggedAll)
                return false;
        }
        return true;
    };
    waitFor([this] { return allClientsCaughtUpAfter(0); }, m_options.resumeTimeoutMs);
    // Actions in turn: service kill, cut, service kill, client kill, …
    int step = 0;
    while (!allLogged()) {
        pause(int(m_random.bounded(m_options.gapMinMs, m_options.gapMaxMs + 1)));
        switch (step++ % 4) {
        case 0:
        case 2:
            killService();
            break;
        case 1:
            cutConnections();
            break;
        default:
            killClient();
            break;
        }
        say(QStringLiteral("%1 s: %2 service kills, %3 cuts, %4 client kills")
                .arg(m_clock.elapsed() / 1000)
                .arg(m_serviceKills)
                .arg(m_cuts)
                .arg(m_clientKills));
    }
    m_callTimer.stop();
    say(QStringLiteral("every outcome logged; waiting for the acknowledgements"));
    waitFor(
        [this] {
            for (const Client &client : m_clients) {
                if (!client.done)
                    return false;
            }
            return true;
        },
        m_options.finishTimeoutMs);
}

int ChaosRun::finish(BenchResults *results)
{
    const qint64 runMs = m_clock.elapsed();
    int gaps = 0;
    int notDone = 0;
    for (Client &client : m_clients) {
        gaps += client.gaps;
        notDone += client.done ? 0 : 1;
        client.process->kill();
        client.process->waitForFinished(5000);
        onClientOutput(client);
    }
    m_service.stop();

    // Count in the service's store (read-only).
    QHash<QString, int> stored;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("chaos-check"));
        db.setDatabaseName(QDir(m_service.dataDir()).filePath(QStringLiteral("omnidesk.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            say(QStringLiteral("cannot open the service store: ") + db.lastError().text());
            return 2;
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral(
                "SELECT idem_key, COUNT(*) FROM outcomes WHERE idem_key LIKE 'chaos-%' GROUP BY idem_key"))) {
            say(QStringLiteral("query failed: ") + q.lastError().text());
            return 2;
        }
        while (q.next())
            stored.insert(q.value(0).toString(), q.value(1).toInt());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("chaos-check"));

    const int perClient = (m_options.outcomes + m_options.clients - 1) / m_options.clients;
    QSet<QString> expected;
    for (const Client &client : m_clients) {
        const int quota = std::min(perClient, m_options.outcomes - client.index * perClient);
        for (int n = 0; n < quota; ++n)
            expected.insert(client.prefix + QLatin1Char('-') +
                            QString::number(n).rightJustified(6, QLatin1Char('0')));
    }
    int lost = 0;
    for (const QString &key : std::as_const(expected))
        lost += stored.contains(key) ? 0 : 1;
    int storedTwice = 0;
    int unexpected = 0;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        storedTwice += it.value() > 1 ? 1 : 0;
        unexpected += expected.contains(it.key()) ? 0 : 1;
    }

    const QString count = QStringLiteral("count");
    results->add(QStringLiteral("outcomes_logged"), double(expected.size()), count);
    results->add(QStringLiteral("outcomes_stored"), double(stored.size()), count);
    results->add(QStringLiteral("outcomes_lost"), double(lost), count);
    results->add(QStringLiteral("outcomes_stored_twice"), double(storedTwice), count);
    results->add(QStringLiteral("outcomes_unexpected"), double(unexpected), count);
    results->add(QStringLiteral("clients_not_done"), double(notDone), count);
    results->add(QStringLiteral("missed_sequence_numbers"), double(gaps), count);
    results->add(QStringLiteral("service_kills"), double(m_serviceKills), count);
    results->add(QStringLiteral("connection_cuts"), double(m_cuts), count);
    results->add(QStringLiteral("client_kills"), double(m_clientKills), count);
    results->add(QStringLiteral("proxied_connections_dropped"), double(m_proxy.droppedCount()), count);
    results->add(QStringLiteral("resume_timeouts"), double(m_resumeTimeouts), count);
    results->addLatencies(QStringLiteral("resume_after_restart"), m_resumeAfterRestartMs);
    results->addLatencies(QStringLiteral("resume_after_cut"), m_resumeAfterCutMs);
    results->add(QStringLiteral("run_time"), double(runMs) / 1000.0, QStringLiteral("s"));
    results->setContext(QStringLiteral("clients"), m_options.clients);
    results->setContext(QStringLiteral("rate_per_client"), m_options.rate);
    results->setContext(QStringLiteral("seed"), qint64(m_options.seed));

    QList<double> sorted = m_resumeAfterRestartMs;
    std::sort(sorted.begin(), sorted.end());
    const double p99 = BenchResults::percentile(sorted, 99);
    const bool ok = lost == 0 && storedTwice == 0 && unexpected == 0 && gaps == 0 && notDone == 0 &&
                    m_resumeTimeouts == 0 && !sorted.isEmpty() && p99 <= m_options.resumeBarMs;
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Omnidesk chaos harness: outcomes under service kills, "
                                                    "connection cuts and client kills"));
    parser.addHelpOption();
    const QCommandLineOption outcomes(QStringLiteral("outcomes"), QStringLiteral("Outcomes to log in all."),
                                      QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("Client processes."),
                                     QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("Outcomes per second per client."),
                                  QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption gap(QStringLiteral("gap-ms"),
                                 QStringLiteral("Quiet time between chaos actions, MIN:MAX milliseconds."),
                                 QStringLiteral("MIN:MAX"), QStringLiteral("1500:3000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("N"),
                                  QStringLiteral("7"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write the figures to this file."),
                                  QStringLiteral("FILE"), QStringLiteral("chaos.json"));
    parser.addOptions({outcomes, clients, rate, gap, seed, json});
    parser.process(app);

    ChaosRun::Options options;
    options.outcomes = std::max(1, parser.value(outcomes).toInt());
    options.clients = std::clamp(parser.value(clients).toInt(), 1, 16);
    options.rate = std::clamp(parser.value(rate).toInt(), 1, 40);
    const QStringList gaps = parser.value(gap).split(QLatin1Char(':'));
    options.gapMinMs = std::max(100, gaps.value(0).toInt());
    options.gapMaxMs = std::max(options.gapMinMs, gaps.value(1, gaps.value(0)).toInt());
    options.seed = parser.value(seed).toUInt();
    options.clientPath =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("chaos_client"));

    ChaosRun run(options);
    QString error;
    if (!run.setUp(&error)) {
        say(error);
        return 2;
    }
    run.run();
    BenchResults results(QStringLiteral("chaos"));
    const int status = run.finish(&results);
    results.print();
    if (!results.writeJson(parser.value(json), &error))
        say(QStringLiteral("cannot write %1: %2").arg(parser.value(json), error));
    say(status == 0 ? QStringLiteral("PASS: nothing lost or stored twice, resume within the bar")
                    : QStringLiteral("FAIL: see the figures above"));
    return status;
}
