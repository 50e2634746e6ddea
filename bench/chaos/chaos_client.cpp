// A headless desktop client core for the chaos harness: the real
// ProfileClient, Outbox (SQLite, synchronous=FULL) and OutcomeSender, signed
// in as one agent, logging numbered outcomes at a steady rate until its quota
// is reached. It may be SIGKILLed at any moment and restarted on the same
// outbox file: it then continues after the highest number already on disk.
//
// It reports to stdout, one line per event, with wall-clock milliseconds:
//   ready <next> <pending>       outbox read; next outcome number, unacknowledged ones
//   welcome <ms> <resumed> <lastSeq>
//   caughtup <ms> <resumed>      the stream is complete: snapshot applied, or replay up to lastSeq
//   offline <ms>                 the connection went away
//   gap <ms>                     the client saw a missed sequence number
//   logged-all                   every outcome of the quota is on disk
//   done                         ... and every one is acknowledged
#include "Messages.h"
#include "Outbox.h"
#include "OutcomeSender.h"
#include "ProfileClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>

using namespace omnidesk;

namespace {

void emitLine(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QtMessageHandler g_previousHandler = nullptr;

// The client reports a missed sequence number only in its log; count it here.
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "omnidesk.net") == 0 &&
        message.startsWith(QLatin1StringView("gap in the stream")))
        emitLine(QStringLiteral("gap %1").arg(nowMs()));
    if (type >= QtWarningMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    g_previousHandler = qInstallMessageHandler(messageHandler);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("ws:// URL of the service."),
                                    QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("User to sign in as."),
                                  QStringLiteral("ID"), QStringLiteral("agent1"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("Password."),
                                      QStringLiteral("PW"), QStringLiteral("demo"));
    const QCommandLineOption outboxFile(QStringLiteral("outbox"), QStringLiteral("Outbox SQLite file."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption prefix(QStringLiteral("prefix"), QStringLiteral("Idempotency key prefix."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption quota(QStringLiteral("quota"), QStringLiteral("Outcomes to log."),
                                   QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("Outcomes per second."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({server, user, password, outboxFile, prefix, quota, rate});
    parser.process(app);
    if (!parser.isSet(server) || !parser.isSet(outboxFile) || !parser.isSet(prefix)) {
        std::fputs("chaos_client: --server, --outbox and --prefix are required\n", stderr);
        return 2;
    }
    const QString keyPrefix = parser.value(prefix) + QLatin1Char('-');
    const int total = parser.value(quota).toInt();
    const int perSecond = std::max(1, parser.value(rate).toInt());

    net::Outbox outbox(parser.value(outboxFile));
    net::ProfileClient client;
    net::OutcomeSender sender(&client, &outbox);
    client.setServerUrl(QUrl(parser.value(server)));

    int next = 0;
    bool loggedAll = false;
    bool done = false;
    QTimer logTimer;
    logTimer.setInterval(1000 / perSecond);

    const auto checkDone = [&] {
        if (!loggedAll && next >= total && outbox.isReady()) {
            // Every number is enqueued; it counts as logged once on disk.
            bool allStored = true;
            for (int i = 0; i < total && allStored; ++i)
                allStored =
                    outbox.isStored(keyPrefix + QString::number(i).rightJustified(6, QLatin1Char('0')));
            if (allStored) {
                loggedAll = true;
                emitLine(QStringLiteral("logged-all"));
            }
        }
        if (loggedAll && !done && outbox.pending().isEmpty()) {
            done = true;
            emitLine(QStringLiteral("done"));
        }
    };

    QObject::connect(&outbox, &net::Outbox::ready, &app, [&] {
        static const QRegularExpression number(QStringLiteral("-(\\d+)$"));
        for (const net::OutboxItem &item : outbox.items()) {
            if (!item.key().startsWith(keyPrefix))
                continue;
            const auto match = number.match(item.key());
            if (match.hasMatch())
                next = std::max(next, match.captured(1).toInt() + 1);
        }
        emitLine(QStringLiteral("ready %1 %2").arg(next).arg(outbox.pending().size()));
        logTimer.start();
        checkDone();
    });
    QObject::connect(&outbox, &net::Outbox::failed, &app, [](const QString &message) {
        emitLine(QStringLiteral("outbox-failed"));
        qCritical("outbox failed: %s", qPrintable(message));
    });
    QObject::connect(&outbox, &net::Outbox::itemChanged, &app, [&](const QString &, net::OutboxItem::State) {
        if (next >= total)
            checkDone();
    });
    QObject::connect(&logTimer, &QTimer::timeout, &app, [&] {
        if (next >= total) {
            logTimer.stop();
            checkDone();
            return;
        }
        protocol::OutcomeLog outcome;
        outcome.key = keyPrefix + QString::number(next).rightJustified(6, QLatin1Char('0'));
        outcome.callId = QStringLiteral("chaos-call");
        outcome.disposition = QStringLiteral("info_only");
        outcome.notes = QStringLiteral("chaos outcome");
        outcome.loggedAt = QDateTime::currentDateTimeUtc();
        outbox.enqueue(outcome);
        ++next;
    });

    // Caught up: a new session's snapshot applied, or a resumed session's
    // replay applied up to the lastSeq its welcome announced.
    qint64 target = -1;
    bool waitingSnapshot = false;
    bool resumed = false;
    bool caughtUp = false;
    const auto checkCaughtUp = [&] {
        if (!caughtUp && target >= 0 && client.lastSeq() >= target) {
            caughtUp = true;
            emitLine(QStringLiteral("caughtup %1 %2").arg(nowMs()).arg(resumed ? 1 : 0));
        }
    };
    QObject::connect(&client, &net::ProfileClient::welcomed, &app, [&](const protocol::Welcome &welcome) {
        emitLine(QStringLiteral("welcome %1 %2 %3")
                     .arg(nowMs())
                     .arg(welcome.resumed ? 1 : 0)
                     .arg(welcome.lastSeq));
        caughtUp = false;
        resumed = welcome.resumed;
        if (welcome.resumed) {
            target = welcome.lastSeq;
            checkCaughtUp();
        } else {
            target = -1;
            waitingSnapshot = true;
        }
    });
    QObject::connect(&client, &net::ProfileClient::snapshotReceived, &app, [&] {
        if (waitingSnapshot) {
            waitingSnapshot = false;
            target = client.lastSeq();
        }
        checkCaughtUp();
    });
    QObject::connect(&client, &net::ProfileClient::callConnected, &app, checkCaughtUp);
    QObject::connect(&client, &net::ProfileClient::callEnded, &app, checkCaughtUp);
    QObject::connect(&client, &net::ProfileClient::profilePatched, &app, checkCaughtUp);
    QObject::connect(&client, &net::ProfileClient::profileOpened, &app, checkCaughtUp);
    QObject::connect(&client, &net::ProfileClient::agentStateChanged, &app, checkCaughtUp);
    QObject::connect(&client, &net::ProfileClient::stateChanged, &app, [&](net::ProfileClient::State state) {
        if (state == net::ProfileClient::State::Reconnecting || state == net::ProfileClient::State::Offline) {
            caughtUp = false;
            target = -1;
            waitingSnapshot = false;
            emitLine(QStringLiteral("offline %1").arg(nowMs()));
        }
    });
    QObject::connect(&client, &net::ProfileClient::authFailed, &app, [&] {
        emitLine(QStringLiteral("auth-failed"));
        app.exit(3);
    });

    client.signIn(parser.value(user), parser.value(password));
    return app.exec();
}
