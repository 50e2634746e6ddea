// Fan-out benchmark (issue 3 / issue 7, docs/reliability.md):
// K agent sessions on one omnidesk-profiled, heartbeats on, every agent on a
// call with the same customer; each update is a cart event POSTed to
// /v1/events, which the service fans out as profile.patch to all K sessions.
// Measures the time from the POST to the frame arriving at each client, and
// the service's RSS and CPU.
//
//   bench_fanout --clients 10000 --client-procs 2 --updates 20 --json fanout.json
//
// The K client connections live in --client-procs child processes (this
// binary with --child; each reports its arrivals on a pipe), so that reading
// 10,000 sockets in one process does not add to the figures; 0 keeps them in
// the bench process. All processes read CLOCK_MONOTONIC. The service runs with
// OMNIDESK_BENCH_TRACE set and prints when its gateway starts and finishes
// pushing each change, which splits the latency into service and client side.
//
// The K agents and their session tokens are written straight into the
// service's SQLite store while the service is stopped (creating 10,000 users
// through the admin command would cost 10,000 PBKDF2 derivations); the clients
// then say hello with their token (AgentPool).
#include "AgentPool.h"
#include "BenchResults.h"
#include "ChildProcess.h"
#include "OpenFileLimit.h"
#include "ServiceProcess.h"

#include <QAbstractEventDispatcher>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace omnidesk;
using omnidesk::bench::AgentPool;
using omnidesk::bench::BenchResults;
using omnidesk::bench::ServiceProcess;

namespace {

const QString kCaller = QStringLiteral("+31655500077");

void say(const QString &line)
{
    QTextStream(stderr) << "fanout: " << line << Qt::endl;
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    if (condition())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return condition();
}

// VmRSS of a process in KiB (0 when unknown).
qint64 rssKib(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return 0;
}

// User + system CPU time of a process in clock ticks.
qint64 cpuTicks(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // Fields after the command name (which may contain spaces) start after ')'.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 12 ? fields.at(11).toLongLong() + fields.at(12).toLongLong() : 0;
}

QJsonObject identity()
{
    return QJsonObject{{QStringLiteral("Phone"), QJsonArray{QJsonObject{{QStringLiteral("id"), kCaller}}}}};
}

QJsonObject cartAdd(const QString &id, int n)
{
    return QJsonObject{
        {QStringLiteral("_id"), id},
        {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("identityMap"), identity()},
        {QStringLiteral("commerce"),
         QJsonObject{{QStringLiteral("productListAdds"), QJsonObject{{QStringLiteral("value"), 1}}}}},
        {QStringLiteral("productListItems"),
         QJsonArray{QJsonObject{{QStringLiteral("SKU"), QStringLiteral("FAN-%1").arg(n % 50)},
                                {QStringLiteral("name"), QStringLiteral("Fan-out product %1").arg(n % 50)},
                                {QStringLiteral("quantity"), 1},
                                {QStringLiteral("priceTotal"), 4.5},
                                {QStringLiteral("currencyCode"), QStringLiteral("EUR")}}}}};
}

// Writes `count` agents fan<i> and a session token for each into the store.
bool seedAgents(const QString &databasePath, int count, QStringList *tokens, QString *error)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fanout-seed"));
        db.setDatabaseName(databasePath);
        if (!db.open()) {
            *error = db.lastError().text();
            return false;
        }
        db.transaction();
        QSqlQuery user(db);
        user.prepare(QStringLiteral("INSERT OR IGNORE INTO users (id, name, role, salt, hash, iterations)"
                                    " VALUES (?, ?, 'agent', ?, ?, 1)"));
        QSqlQuery session(db);
        session.prepare(
            QStringLiteral("INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)"));
        const QString expires =
            QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODateWithMs); // the store's wire time
        for (int i = 0; i < count && ok; ++i) {
            const QString id = QStringLiteral("fan%1").arg(i);
            // No password can match this hash: the agents sign in with their token only.
            user.addBindValue(id);
            user.addBindValue(QStringLiteral("Fan-out agent %1").arg(i));
            user.addBindValue(QByteArray("no-salt"));
            user.addBindValue(QByteArray("no-password"));
            const QString token =
                QStringLiteral("fanout-token-%1-%2").arg(i).arg(QDateTime::currentMSecsSinceEpoch());
            session.addBindValue(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256));
            session.addBindValue(id);
            session.addBindValue(expires);
            ok = user.exec() && session.exec();
            if (!ok)
                *error = user.lastError().text() + session.lastError().text();
            tokens->append(token);
        }
        ok = ok && db.commit();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fanout-seed"));
    return ok;
}

// Child mode (--child): one AgentPool for the agents named on stdin
// ("<index> <token>" lines up to end of file); reports on stdout, one line per
// event: "w <agent>" welcomed, "c <agent>" call connected, "p <agent> <ns>"
// profile.patch arrived (CLOCK_MONOTONIC), "x <agent> <code> <reason>" closed.
// Lines are collected and written once per pass of the event loop.
//
// Every pass of a Qt event loop polls all of the process's sockets (poll(),
// linear in their number), and a fan-out wakes a child once per arriving
// frame or so: 5,000 sockets scanned per frame made the children's poll() half
// of the machine's CPU, taken from the service (docs/reliability.md,
// fan-out). With gapUs > 0 a child waits that long before it blocks again, so
// one poll() collects the frames of many sockets. An arrival is stamped when
// it is read, so the wait can only make a latency longer, never shorter.
int runChild(const QUrl &agentUrl, int heartbeatMs, int maxHandshakes, int gapUs)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        say(QStringLiteral("child: cannot read stdin"));
        return 2;
    }
    QList<AgentPool::Agent> agents;
    for (const QByteArray &line : input.readAll().split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space > 0)
            agents.append(AgentPool::Agent{line.left(space).toInt(), QString::fromUtf8(line.mid(space + 1))});
    }
    QByteArray pending;
    QTimer flusher;
    flusher.setSingleShot(true);
    flusher.setInterval(0);
    QObject::connect(&flusher, &QTimer::timeout, &flusher, [&pending] {
        qsizetype done = 0;
        while (done < pending.size()) {
            const ssize_t n =
                ::write(STDOUT_FILENO, pending.constData() + done, size_t(pending.size() - done));
            if (n <= 0)
                break;
            done += n;
        }
        pending.clear();
    });
    const auto report = [&pending, &flusher](const QByteArray &line) {
        pending += line;
        pending += '\n';
        if (!flusher.isActive())
            flusher.start();
    };
    AgentPool pool(agentUrl, heartbeatMs, maxHandshakes);
    QObject::connect(&pool, &AgentPool::welcomed, &pool,
                     [&report](int agent) { report("w " + QByteArray::number(agent)); });
    QObject::connect(&pool, &AgentPool::callConnected, &pool,
                     [&report](int agent) { report("c " + QByteArray::number(agent)); });
    QObject::connect(&pool, &AgentPool::patchArrived, &pool, [&report](int agent, qint64 ns) {
        report("p " + QByteArray::number(agent) + ' ' + QByteArray::number(ns));
    });
    QObject::connect(&pool, &AgentPool::closed, &pool, [&report](int agent, int code, const QString &reason) {
        report("x " + QByteArray::number(agent) + ' ' + QByteArray::number(code) + ' ' +
               reason.simplified().toUtf8());
    });
    pool.start(agents);
    if (gapUs > 0) {
        QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, &pool,
                         [gapUs] { ::usleep(useconds_t(gapUs)); });
    }
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Omnidesk fan-out benchmark"));
    parser.addHelpOption();
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Agent sessions (K)."),
                                           QStringLiteral("K"), QStringLiteral("1000"));
    const QCommandLineOption procsOption(
        QStringLiteral("client-procs"),
        QStringLiteral("Client processes the K connections are spread over (0: in the bench process)."),
        QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption updatesOption(QStringLiteral("updates"),
                                           QStringLiteral("Measured cart updates."), QStringLiteral("N"),
                                           QStringLiteral("20"));
    const QCommandLineOption intervalOption(QStringLiteral("interval-ms"),
                                            QStringLiteral("Pause between two updates."),
                                            QStringLiteral("MS"), QStringLiteral("500"));
    const QCommandLineOption heartbeatOption(QStringLiteral("heartbeat-ms"),
                                             QStringLiteral("Service heartbeat (clients ping at it)."),
                                             QStringLiteral("MS"), QStringLiteral("15000"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write the figures to this file."),
                                        QStringLiteral("FILE"), QStringLiteral("fanout.json"));
    // Internal: the client processes the bench starts.
    const QCommandLineOption childOption(QStringLiteral("child"),
                                         QStringLiteral("Run as a client process (agents on stdin)."));
    const QCommandLineOption agentUrlOption(QStringLiteral("agent-url"),
                                            QStringLiteral("Child: the service's WebSocket URL."),
                                            QStringLiteral("URL"));
    const QCommandLineOption handshakesOption(QStringLiteral("max-handshakes"),
                                              QStringLiteral("Child: handshakes in flight at most."),
                                              QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption gapOption(
        QStringLiteral("client-gap-us"),
        QStringLiteral("Client processes wait this long before each poll(), to read many sockets per poll "
                       "(0: not at all)."),
        QStringLiteral("US"), QStringLiteral("2000"));
    parser.addOptions({clientsOption, procsOption, updatesOption, intervalOption, heartbeatOption, jsonOption,
                       childOption, agentUrlOption, handshakesOption, gapOption});
    parser.process(app);
    const int clients = std::max(1, parser.value(clientsOption).toInt());
    const int clientProcs = std::clamp(parser.value(procsOption).toInt(), 0, clients);
    const int updates = std::max(1, parser.value(updatesOption).toInt());
    const int intervalMs = std::max(0, parser.value(intervalOption).toInt());
    const int heartbeatMs = std::max(100, parser.value(heartbeatOption).toInt());
    const int clientGapUs = std::clamp(parser.value(gapOption).toInt(), 0, 100'000);

    // This process and its client children hold one descriptor per session (-1: no limit).
    const long long files = server::OpenFileLimit::raiseToHardLimit();
    if (parser.isSet(childOption))
        return runChild(QUrl(parser.value(agentUrlOption)), heartbeatMs,
                        parser.value(handshakesOption).toInt(), clientGapUs);
    if (files >= 0 && files < clients + 200)
        say(QStringLiteral("open-file limit %1 is low for %2 clients").arg(files).arg(clients));

    // The service prints when its gateway starts and ends pushing a profile
    // change (nanoseconds of CLOCK_MONOTONIC, like the clients' arrival times).
    qputenv("OMNIDESK_BENCH_TRACE", "1");
    QList<std::pair<qint64, qint64>> pushes; // begin, end
    ServiceProcess service;
    service.setTraceSink([&pushes](const QByteArray &line) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 2)
            return;
        if (fields.at(0) == "fanout-begin")
            pushes.append({fields.at(1).toLongLong(), 0});
        else if (fields.at(0) == "fanout-end" && !pushes.isEmpty())
            pushes.last().second = fields.at(1).toLongLong();
    });

    // 1. A store with the demo data and the bench customer, then K agents.
    QTemporaryDir dir;
    service.setDataDir(dir.path());
    service.setExtraArguments({QStringLiteral("--heartbeat-ms"), QString::number(heartbeatMs)});
    QString error;
    if (!service.start(&error)) {
        say(error);
        return 2;
    }
    {
        QJsonArray history;
        for (int i = 0; i < 20; ++i)
            history.append(cartAdd(QStringLiteral("fan-seed-%1").arg(i), i));
        if (service.postAndWait(QStringLiteral("/v1/events"), {{QStringLiteral("events"), history}}) != 202) {
            say(QStringLiteral("seeding the customer failed"));
            return 2;
        }
    }
    service.stop();
    QStringList tokens;
    QElapsedTimer seedClock;
    seedClock.start();
    if (!seedAgents(QDir(dir.path()).filePath(QStringLiteral("omnidesk.sqlite")), clients, &tokens, &error)) {
        say(QStringLiteral("seeding agents failed: ") + error);
        return 2;
    }
    say(QStringLiteral("%1 agents and tokens written in %2 ms").arg(clients).arg(seedClock.elapsed()));
    if (!service.start(&error)) {
        say(error);
        return 2;
    }
    const qint64 pid = service.processId();
    const qint64 idleRssKib = rssKib(pid);

    // 2. K sessions, at most 200 handshakes in flight, in this process or
    // spread over clientProcs children.
    struct Tally
    {
        bool welcomed = false;
        bool onCall = false;
        int patches = 0;
    };
    std::vector<Tally> agents(static_cast<size_t>(clients));
    QList<qint64> postedAtNs; // per update: when its POST went out
    QList<double> latenciesMs;
    int welcomed = 0;
    int closed = 0;
    int onCall = 0;
    const auto onWelcomed = [&](int agent) {
        Tally &tally = agents[size_t(agent)];
        if (!tally.welcomed) {
            tally.welcomed = true;
            ++welcomed;
        }
    };
    const auto onCallConnected = [&](int agent) {
        Tally &tally = agents[size_t(agent)];
        if (!tally.onCall) {
            tally.onCall = true;
            ++onCall;
        }
    };
    const auto onPatch = [&](int agent, qint64 ns) {
        Tally &tally = agents[size_t(agent)];
        if (tally.patches < postedAtNs.size())
            latenciesMs.append(double(ns - postedAtNs.at(tally.patches)) / 1e6);
        ++tally.patches;
    };
    const auto onClosed = [&](int, int code, const QString &reason) {
        if (++closed == 1)
            say(QStringLiteral("first close: %1 %2").arg(code).arg(reason));
    };

    QElapsedTimer clock;
    clock.start();
    const int maxHandshakes = 200;
    AgentPool pool(service.agentUrl(), heartbeatMs, maxHandshakes);
    std::vector<std::unique_ptr<QProcess>> children;
    if (clientProcs == 0) {
        QObject::connect(&pool, &AgentPool::welcomed, &app, onWelcomed);
        QObject::connect(&pool, &AgentPool::callConnected, &app, onCallConnected);
        QObject::connect(&pool, &AgentPool::patchArrived, &app, onPatch);
        QObject::connect(&pool, &AgentPool::closed, &app, onClosed);
        QList<AgentPool::Agent> all;
        for (int i = 0; i < clients; ++i)
            all.append(AgentPool::Agent{i, tokens.at(i)});
        pool.start(all);
    }
    for (int c = 0; c < clientProcs; ++c) {
        auto child = std::make_unique<QProcess>();
        QProcess *process = child.get();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        bench::stopWithParent(*process);
        QObject::connect(process, &QProcess::readyReadStandardOutput, &app, [&, process] {
            while (process->canReadLine()) {
                const QList<QByteArray> fields = process->readLine().trimmed().split(' ');
                if (fields.size() < 2)
                    continue;
                const int agent = fields.at(1).toInt();
                if (agent < 0 || agent >= clients)
                    continue;
                const char kind = fields.at(0).isEmpty() ? '?' : fields.at(0).at(0);
                if (kind == 'p' && fields.size() >= 3)
                    onPatch(agent, fields.at(2).toLongLong());
                else if (kind == 'w')
                    onWelcomed(agent);
                else if (kind == 'c')
                    onCallConnected(agent);
                else if (kind == 'x' && fields.size() >= 3)
                    onClosed(agent, fields.at(2).toInt(), QString::fromUtf8(fields.mid(3).join(' ')));
            }
        });
        process->start(QCoreApplication::applicationFilePath(),
                       {QStringLiteral("--child"), QStringLiteral("--agent-url"),
                        service.agentUrl().toString(), QStringLiteral("--heartbeat-ms"),
                        QString::number(heartbeatMs), QStringLiteral("--max-handshakes"),
                        QString::number(std::max(1, maxHandshakes / clientProcs)),
                        QStringLiteral("--client-gap-us"), QString::number(clientGapUs)});
        if (!process->waitForStarted()) {
            say(QStringLiteral("cannot start a client process: ") + process->errorString());
            return 2;
        }
        // Agents c, c + N, c + 2N … go to child c.
        QByteArray input;
        for (int i = c; i < clients; i += clientProcs)
            input += QByteArray::number(i) + ' ' + tokens.at(i).toUtf8() + '\n';
        process->write(input);
        process->closeWriteChannel();
        children.push_back(std::move(child));
    }
    if (!waitFor([&] { return welcomed >= clients; }, 60'000 + clients * 20)) {
        say(QStringLiteral("only %1 of %2 sessions welcomed (%3 closed)")
                .arg(welcomed)
                .arg(clients)
                .arg(closed));
        return 1;
    }
    const double connectSeconds = double(clock.elapsed()) / 1000.0;
    say(QStringLiteral("%1 sessions welcomed in %2 s").arg(clients).arg(connectSeconds, 0, 'f', 1));
    const qint64 connectedRssKib = rssKib(pid);

    // 3. Every agent on a call with the bench customer (up to 50 POSTs in flight).
    int callsPosted = 0;
    std::function<void()> postNextCall = [&] {
        if (callsPosted >= clients)
            return;
        const int i = callsPosted++;
        service.post(QStringLiteral("/v1/calls"),
                     {{QStringLiteral("callId"), QStringLiteral("fan-call-%1").arg(i)},
                      {QStringLiteral("event"), QStringLiteral("connected")},
                      {QStringLiteral("ani"), kCaller},
                      {QStringLiteral("agent"), QStringLiteral("fan%1").arg(i)}},
                     [&](int, const QByteArray &) { postNextCall(); });
    };
    for (int i = 0; i < std::min(clients, 50); ++i)
        postNextCall();
    if (!waitFor([&] { return onCall >= clients; }, 60'000 + clients * 20)) {
        say(QStringLiteral("only %1 of %2 agents got their call").arg(onCall).arg(clients));
        return 1;
    }
    const double callSeconds = double(clock.elapsed()) / 1000.0 - connectSeconds;
    say(QStringLiteral("%1 calls connected in %2 s").arg(clients).arg(callSeconds, 0, 'f', 1));

    // 4. The measured updates, one at a time.
    const qint64 cpuBefore = cpuTicks(pid);
    QElapsedTimer measured;
    measured.start();
    qint64 peakRssKib = rssKib(pid);
    int incomplete = 0;
    const qsizetype pushesBefore = pushes.size();
    for (int u = 0; u < updates; ++u) {
        postedAtNs.append(AgentPool::monotonicNs());
        service.post(
            QStringLiteral("/v1/events"),
            {{QStringLiteral("events"), QJsonArray{cartAdd(QStringLiteral("fan-update-%1").arg(u), u)}}},
            [](int status, const QByteArray &) {
                if (status != 202)
                    say(QStringLiteral("update POST answered %1").arg(status));
            });
        const bool all = waitFor(
            [&] {
                return std::all_of(agents.cbegin(), agents.cend(),
                                   [u](const Tally &a) { return a.patches > u; });
            },
            10'000);
        if (!all)
            ++incomplete;
        peakRssKib = std::max(peakRssKib, rssKib(pid));
        if (intervalMs > 0)
            waitFor([] { return false; }, intervalMs);
    }
    const double measuredSeconds = double(measured.elapsed()) / 1000.0;
    const double cpuPercent =
        100.0 * double(cpuTicks(pid) - cpuBefore) / double(sysconf(_SC_CLK_TCK)) / measuredSeconds;
    QCoreApplication::processEvents(); // the last trace lines

    // Service side: from the POST to the push loop's start and end, per update.
    QList<double> pushBeginMs;
    QList<double> pushEndMs;
    QList<double> pushLoopMs;
    for (qsizetype i = pushesBefore, u = 0; i < pushes.size() && u < postedAtNs.size(); ++i) {
        const auto [begin, end] = pushes.at(i);
        if (begin < postedAtNs.at(u) || end == 0)
            continue;
        pushBeginMs.append(double(begin - postedAtNs.at(u)) / 1e6);
        pushEndMs.append(double(end - postedAtNs.at(u)) / 1e6);
        pushLoopMs.append(double(end - begin) / 1e6);
        ++u;
    }

    BenchResults results(QStringLiteral("fanout"));
    results.add(QStringLiteral("clients"), clients, QStringLiteral("count"));
    results.add(QStringLiteral("client_processes"), clientProcs, QStringLiteral("count"));
    results.addLatencies(QStringLiteral("fanout_latency"), latenciesMs);
    results.addLatencies(QStringLiteral("service_push_begin"), pushBeginMs);
    results.addLatencies(QStringLiteral("service_push_end"), pushEndMs);
    results.addLatencies(QStringLiteral("service_push_loop"), pushLoopMs);
    results.add(QStringLiteral("updates_incomplete"), incomplete, QStringLiteral("count"));
    results.add(QStringLiteral("sessions_closed"), closed, QStringLiteral("count"));
    results.add(QStringLiteral("service_rss_idle"), double(idleRssKib) / 1024.0, QStringLiteral("MiB"));
    results.add(QStringLiteral("service_rss_connected"), double(connectedRssKib) / 1024.0,
                QStringLiteral("MiB"));
    results.add(QStringLiteral("service_rss_peak"), double(peakRssKib) / 1024.0, QStringLiteral("MiB"));
    results.add(QStringLiteral("service_rss_per_session"),
                double(peakRssKib - idleRssKib) / std::max(1, clients), QStringLiteral("KiB"));
    results.add(QStringLiteral("service_cpu_during_updates"), cpuPercent, QStringLiteral("%"));
    results.add(QStringLiteral("connect_time"), connectSeconds, QStringLiteral("s"));
    results.add(QStringLiteral("calls_connect_time"), callSeconds, QStringLiteral("s"));
    qint64 clientRssKib = rssKib(QCoreApplication::applicationPid());
    for (const std::unique_ptr<QProcess> &child : children)
        clientRssKib += rssKib(child->processId());
    results.add(QStringLiteral("bench_client_rss"), double(clientRssKib) / 1024.0, QStringLiteral("MiB"));
    results.setContext(QStringLiteral("heartbeat_ms"), heartbeatMs);
    results.setContext(QStringLiteral("updates"), updates);
    results.setContext(QStringLiteral("interval_ms"), intervalMs);
    results.setContext(QStringLiteral("open_file_limit"), qint64(files));
    results.setContext(QStringLiteral("client_gap_us"), clientProcs > 0 ? clientGapUs : 0);
    results.print();
    if (!results.writeJson(parser.value(jsonOption), &error))
        say(QStringLiteral("cannot write the JSON file: ") + error);

    pool.stop();
    for (const std::unique_ptr<QProcess> &child : children) {
        child->terminate();
        if (!child->waitForFinished(5000))
            child->kill();
    }
    return incomplete == 0 ? 0 : 1;
}
