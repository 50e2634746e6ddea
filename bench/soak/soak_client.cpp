// A headless desktop client core for the soak harness: the real
// ProfileClient, Outbox (SQLite) and OutcomeSender, signed in as one agent,
// behaving like an agent on the simulated calls: on each screen pop it looks
// the caller's number up (as the agent would in the lookup dialog), and when
// the call ends it logs an outcome through the outbox.
//
// It reports to stdout, one word per event, so the harness can count them:
//   welcome           signed in (again)
//   offline           the connection went away
//   gap               the client saw a missed sequence number
//   pop | patch | ended | lookup | ack
//   error <code>      an error frame from the service
//   outbox-failed     the outbox could not store an outcome
//   auth-failed       sign-in refused (the process exits with status 3)
#include "Messages.h"
#include "Outbox.h"
#include "OutcomeSender.h"
#include "ProfileClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <cstdio>

using namespace omnidesk;

namespace {

void emitLine(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QtMessageHandler g_previousHandler = nullptr;

// The client reports a missed sequence number only in its log; count it here.
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "omnidesk.net") == 0 &&
        message.startsWith(QLatin1StringView("gap in the stream")))
        emitLine(QStringLiteral("gap"));
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
    parser.addOptions({server, user, password, outboxFile});
    parser.process(app);
    if (!parser.isSet(server) || !parser.isSet(outboxFile)) {
        std::fputs("soak_client: --server and --outbox are required\n", stderr);
        return 2;
    }

    net::Outbox outbox(parser.value(outboxFile));
    net::ProfileClient client;
    net::OutcomeSender sender(&client, &outbox);
    client.setServerUrl(QUrl(parser.value(server)));

    // The profile each live call popped with, for the outcome.
    QHash<QString, QString> profileOfCall;

    QObject::connect(&client, &net::ProfileClient::welcomed, &app,
                     [](const protocol::Welcome &) { emitLine(QStringLiteral("welcome")); });
    QObject::connect(&client, &net::ProfileClient::stateChanged, &app, [](net::ProfileClient::State state) {
        if (state == net::ProfileClient::State::Reconnecting || state == net::ProfileClient::State::Offline)
            emitLine(QStringLiteral("offline"));
    });
    QObject::connect(&client, &net::ProfileClient::callConnected, &app,
                     [&](const protocol::ActiveCall &call) {
                         emitLine(QStringLiteral("pop"));
                         profileOfCall.insert(call.callId, call.profile ? call.profile->id : QString());
                         protocol::Lookup query;
                         query.phone = call.ani;
                         client.lookup(query);
                     });
    QObject::connect(
        &client, &net::ProfileClient::lookupFinished, &app,
        [](const QString &, const protocol::LookupResult &) { emitLine(QStringLiteral("lookup")); });
    QObject::connect(&client, &net::ProfileClient::profilePatched, &app,
                     [](const protocol::ProfilePatch &) { emitLine(QStringLiteral("patch")); });
    QObject::connect(&client, &net::ProfileClient::callEnded, &app, [&](const protocol::CallEnded &ended) {
        emitLine(QStringLiteral("ended"));
        protocol::OutcomeLog outcome;
        outcome.key = QStringLiteral("soak-") + ended.callId;
        outcome.callId = ended.callId;
        outcome.profileId = profileOfCall.take(ended.callId);
        outcome.disposition = QStringLiteral("info_only");
        outcome.notes = QStringLiteral("soak outcome");
        outcome.loggedAt = QDateTime::currentDateTimeUtc();
        outbox.enqueue(outcome);
    });
    QObject::connect(&client, &net::ProfileClient::outcomeAcked, &app,
                     [](const protocol::OutcomeAck &) { emitLine(QStringLiteral("ack")); });
    QObject::connect(&client, &net::ProfileClient::serverError, &app,
                     [](const QString &code, const QString &, const QString &) {
                         emitLine(QStringLiteral("error ") + code);
                     });
    QObject::connect(&outbox, &net::Outbox::failed, &app, [](const QString &message) {
        emitLine(QStringLiteral("outbox-failed"));
        qCritical("outbox failed: %s", qPrintable(message));
    });
    QObject::connect(&client, &net::ProfileClient::authFailed, &app, [&] {
        emitLine(QStringLiteral("auth-failed"));
        app.exit(3);
    });

    client.signIn(parser.value(user), parser.value(password));
    return app.exec();
}
