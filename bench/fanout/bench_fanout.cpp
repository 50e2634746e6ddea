// Fan-out benchmark (issue 3 / issue 7, docs/reliability.md):
// K agent sessions on one omnidesk-profiled, heartbeats on, every agent on a
// call with the same customer; each update is a cart event POSTed to
// /v1/events, which the service fans out as profile.patch to all K sessions.
// Measures the time from the POST to the frame arriving at each client, and
// the service's RSS and CPU.
//
//   bench_fanout --clients 10000 --updates 20 --json fanout.json
//
// The K agents and their session tokens are written straight into the
// service's SQLite store while the service is stopped (creating 10,000 users
// through the admin command would cost 10,000 PBKDF2 derivations); the clients
// then say hello with their token. The client side is deliberately cheap: raw
// QWebSockets, frames encoded by the protocol codec, arrivals recognised by
// their type without a full decode.
#include "BenchResults.h"
#include "Messages.h"
#include "Protocol.h"
#include "ProtocolCodec.h"
#include "ServiceProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QNetworkRequest>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace omnidesk;
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

// Raises the soft limit of open files to the hard limit; the service child
// inherits it.
rlim_t raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
    getrlimit(RLIMIT_NOFILE, &limit);
    return limit.rlim_cur;
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

// One agent connection: hello with a token, pings at the heartbeat, and the
// arrival times of profile.patch frames.
struct Agent
{
    QWebSocket *socket = nullptr;
    bool welcomed = false;
    bool onCall = false;
    int patches = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Omnidesk fan-out benchmark"));
    parser.addHelpOption();
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Agent sessions (K)."),
                                           QStringLiteral("K"), QStringLiteral("1000"));
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
    parser.addOptions({clientsOption, updatesOption, intervalOption, heartbeatOption, jsonOption});
    parser.process(app);
    const int clients = std::max(1, parser.value(clientsOption).toInt());
    const int updates = std::max(1, parser.value(updatesOption).toInt());
    const int intervalMs = std::max(0, parser.value(intervalOption).toInt());
    const int heartbeatMs = std::max(100, parser.value(heartbeatOption).toInt());

    const rlim_t files = raiseFileLimit();
    if (files < rlim_t(clients) + 200)
        say(QStringLiteral("open-file limit %1 is low for %2 clients").arg(qulonglong(files)).arg(clients));

    // 1. A store with the demo data and the bench customer, then K agents.
    QTemporaryDir dir;
    ServiceProcess service;
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

    // 2. K sessions, at most 200 handshakes in flight.
    QElapsedTimer clock;
    clock.start();
    std::vector<Agent> agents(static_cast<size_t>(clients));
    QList<qint64> postedAtMs; // per update: when its POST went out (clock)
    QList<double> latenciesMs;
    int welcomed = 0;
    int opened = 0;
    int closed = 0;
    int onCall = 0;
    const QByteArray patchType = QByteArrayLiteral("\"type\":\"profile.patch\"");
    const QByteArray welcomeType = QByteArrayLiteral("\"type\":\"welcome\"");
    const QByteArray callType = QByteArrayLiteral("\"type\":\"call.connected\"");
    QUrl url = service.agentUrl();
    url.setPath(protocol::kAgentPath);
    QWebSocketHandshakeOptions handshake;
    handshake.setSubprotocols({QString(protocol::kSubprotocol)});

    std::function<void()> openNext = [&] {
        if (opened >= clients)
            return;
        const int i = opened++;
        auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, &app);
        agents[size_t(i)].socket = socket;
        QObject::connect(socket, &QWebSocket::connected, socket, [socket, &tokens, i] {
            protocol::Hello hello;
            hello.client = QStringLiteral("bench-fanout");
            hello.token = tokens.at(i);
            socket->sendTextMessage(QString::fromUtf8(
                protocol::ProtocolCodec::encode(protocol::Frame{hello, QStringLiteral("h1"), 0})));
        });
        QObject::connect(socket, &QWebSocket::textMessageReceived, socket, [&, i](const QString &text) {
            Agent &agent = agents[size_t(i)];
            // The codec writes keys in order, so "type" comes last.
            const QByteArray head = QStringView(text).right(48).toUtf8();
            if (head.contains(patchType)) {
                const qint64 now = clock.elapsed();
                if (agent.patches < postedAtMs.size())
                    latenciesMs.append(double(now - postedAtMs.at(agent.patches)));
                ++agent.patches;
            } else if (head.contains(callType)) {
                if (!agent.onCall) {
                    agent.onCall = true;
                    ++onCall;
                }
            } else if (head.contains(welcomeType) && !agent.welcomed) {
                agent.welcomed = true;
                ++welcomed;
                openNext();
            }
        });
        QObject::connect(socket, &QWebSocket::disconnected, socket, [&, i] {
            if (++closed == 1)
                say(QStringLiteral("first close: %1 %2")
                        .arg(agents[size_t(i)].socket->closeCode())
                        .arg(agents[size_t(i)].socket->closeReason()));
            if (!agents[size_t(i)].welcomed)
                openNext();
        });
        socket->open(QNetworkRequest(url), handshake);
    };
    for (int i = 0; i < std::min(clients, 200); ++i)
        openNext();
    // Heartbeats: every client pings once per heartbeat, spread over it.
    QTimer pinger;
    int pingCursor = 0;
    pinger.setInterval(50);
    QObject::connect(&pinger, &QTimer::timeout, &app, [&] {
        const int perTick = std::max(1, int(qint64(clients) * 50 / heartbeatMs) + 1);
        for (int n = 0; n < perTick; ++n) {
            Agent &agent = agents[size_t(pingCursor)];
            pingCursor = (pingCursor + 1) % clients;
            if (agent.welcomed && agent.socket->state() == QAbstractSocket::ConnectedState)
                agent.socket->sendTextMessage(
                    QString::fromUtf8(protocol::ProtocolCodec::encode(protocol::Frame{
                        protocol::Ping{QDateTime::currentMSecsSinceEpoch()}, QStringLiteral("p"), 0})));
        }
    });
    pinger.start();
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
    int callsAnswered = 0;
    std::function<void()> postNextCall = [&] {
        if (callsPosted >= clients)
            return;
        const int i = callsPosted++;
        service.post(QStringLiteral("/v1/calls"),
                     {{QStringLiteral("callId"), QStringLiteral("fan-call-%1").arg(i)},
                      {QStringLiteral("event"), QStringLiteral("connected")},
                      {QStringLiteral("ani"), kCaller},
                      {QStringLiteral("agent"), QStringLiteral("fan%1").arg(i)}},
                     [&](int, const QByteArray &) {
                         ++callsAnswered;
                         postNextCall();
                     });
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
    for (int u = 0; u < updates; ++u) {
        postedAtMs.append(clock.elapsed());
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
                                   [u](const Agent &a) { return a.patches > u; });
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

    BenchResults results(QStringLiteral("fanout"));
    results.add(QStringLiteral("clients"), clients, QStringLiteral("count"));
    results.addLatencies(QStringLiteral("fanout_latency"), latenciesMs);
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
    results.add(QStringLiteral("bench_client_rss"),
                double(rssKib(QCoreApplication::applicationPid())) / 1024.0, QStringLiteral("MiB"));
    results.setContext(QStringLiteral("heartbeat_ms"), heartbeatMs);
    results.setContext(QStringLiteral("updates"), updates);
    results.setContext(QStringLiteral("open_file_limit"), qint64(files));
    results.print();
    if (!results.writeJson(parser.value(jsonOption), &error))
        say(QStringLiteral("cannot write the JSON file: ") + error);

    pinger.stop();
    for (Agent &agent : agents)
        agent.socket->abort();
    return incomplete == 0 ? 0 : 1;
}
