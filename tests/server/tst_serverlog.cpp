// The service's log formats (--log-format, docs/operations.md): the JSON
// format writes every line as one JSON object with time, level, category,
// message and the message's structured fields; and whatever a customer's
// event or call carries (name, email, phone) never shows up in the log.
#include "HttpTestClient.h"
#include "ServerLog.h"
#include "ServerOptions.h"
#include "WsTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace omnidesk;
using namespace omnidesk::protocol;
using namespace omnidesk::server;

namespace {

const QByteArray kKey = "Bearer demo-integration-key";
// A customer only this test knows.
const QString kEmail = QStringLiteral("Mira.Voskuijlen@example.net");
const QString kPhone = QStringLiteral("+31655501234");
const QString kFirstName = QStringLiteral("Mirabelle");
const QString kLastName = QStringLiteral("Voskuijlen");

} // namespace

class TestServerLog : public QObject
{
    Q_OBJECT
private slots:
    void logFormatOption_data();
    void logFormatOption();
    void jsonLine_fixedMembersWin();
    void jsonFormat_everyLineAnObject_noPersonalData();
};

void TestServerLog::logFormatOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("format");
    QTest::newRow("default") << QStringList{} << true << int(LogFormat::Text);
    QTest::newRow("text") << QStringList{QStringLiteral("--log-format"), QStringLiteral("text")} << true
                          << int(LogFormat::Text);
    QTest::newRow("json") << QStringList{QStringLiteral("--log-format"), QStringLiteral("json")} << true
                          << int(LogFormat::Json);
    QTest::newRow("JSON") << QStringList{QStringLiteral("--log-format=JSON")} << true << int(LogFormat::Json);
    QTest::newRow("xml") << QStringList{QStringLiteral("--log-format"), QStringLiteral("xml")} << false << 0;
}

void TestServerLog::logFormatOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, valid);
    QString error;
    const auto options =
        ServerOptions::fromArguments(QStringList{QStringLiteral("omnidesk-profiled")} + arguments, &error);
    QCOMPARE(options.has_value(), valid);
    if (valid)
        QTEST(int(options->logFormat), "format");
    else
        QVERIFY(error.contains(QLatin1StringView("--log-format")));
}

void TestServerLog::jsonLine_fixedMembersWin()
{
    const QByteArray line =
        jsonLogLine(QtWarningMsg, "omnidesk.server", QStringLiteral("two\nlines"),
                    {{QStringLiteral("message"), QStringLiteral("forged")}, {QStringLiteral("count"), 3}});
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1); // the newline in the message is escaped
    QJsonParseError error;
    const QJsonObject record = QJsonDocument::fromJson(line, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(record.value(QLatin1StringView("message")).toString(), QStringLiteral("two\nlines"));
    QCOMPARE(record.value(QLatin1StringView("level")).toString(), QStringLiteral("warning"));
    QCOMPARE(record.value(QLatin1StringView("category")).toString(), QStringLiteral("omnidesk.server"));
    QCOMPARE(record.value(QLatin1StringView("count")).toInt(), 3);
    QVERIFY(QDateTime::fromString(record.value(QLatin1StringView("time")).toString(), Qt::ISODateWithMs)
                .isValid());
}

// Runs the real service binary with --log-format json and every log level on,
// drives a customer's journey through it (an event with name, email and
// phone, a call from that phone, lookups by the email and the phone over the
// WebSocket and HTTP, an invalid event naming the email), stops it, and reads
// everything it wrote. Qt's own categories are on too: QHttpServer logs each
// request with its headers and query unless the service's handler trims it.
void TestServerLog::jsonFormat_everyLineAnObject_noPersonalData()
{
    QVERIFY2(QFile::exists(QStringLiteral(OMNIDESK_PROFILED_BINARY)), OMNIDESK_PROFILED_BINARY);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess service;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    environment.remove(QStringLiteral("QT_MESSAGE_PATTERN"));
    service.setProcessEnvironment(environment);
    service.start(QStringLiteral(OMNIDESK_PROFILED_BINARY),
                  {QStringLiteral("--demo"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                   QStringLiteral("--data"), dir.path(), QStringLiteral("--log-format"),
                   QStringLiteral("json")});
    QVERIFY(service.waitForStarted(10'000));
    QByteArray out;
    QByteArray err;
    connect(&service, &QProcess::readyReadStandardOutput, this,
            [&] { out += service.readAllStandardOutput(); });
    connect(&service, &QProcess::readyReadStandardError, this,
            [&] { err += service.readAllStandardError(); });
    QTRY_VERIFY_WITH_TIMEOUT(out.contains('\n') || service.state() == QProcess::NotRunning, 20'000);
    const QJsonObject listening = QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object();
    const QUrl url(listening.value(QLatin1StringView("url")).toString());
    QVERIFY2(url.isValid() && url.port() > 0, out.constData());
    QVERIFY(listening.value(QLatin1StringView("message"))
                .toString()
                .startsWith(QLatin1StringView("omnidesk-profiled listening on")));
    const auto port = quint16(url.port());

    test::HttpTestClient http(port);
    test::WsTestClient agent;
    QVERIFY(agent.signIn(port, QStringLiteral("agent1")));
    const QJsonObject event{
        {QStringLiteral("_id"), QStringLiteral("log-privacy-1")},
        {QStringLiteral("timestamp"), QStringLiteral("2026-11-20T09:00:00Z")},
        {QStringLiteral("eventType"), QStringLiteral("commerce.productListAdds")},
        {QStringLiteral("identityMap"),
         QJsonObject{{QStringLiteral("Email"), QJsonArray{QJsonObject{{QStringLiteral("id"), kEmail}}}},
                     {QStringLiteral("Phone"), QJsonArray{QJsonObject{{QStringLiteral("id"), kPhone}}}}}},
        {QStringLiteral("_omnidesk"),
         QJsonObject{{QStringLiteral("customer"),
                      QJsonObject{{QStringLiteral("name"), kFirstName + QLatin1Char(' ') + kLastName}}}}},
        {QStringLiteral("commerce"),
         QJsonObject{{QStringLiteral("productListAdds"), QJsonObject{{QStringLiteral("value"), 1}}}}},
        {QStringLiteral("productListItems"),
         QJsonArray{QJsonObject{{QStringLiteral("SKU"), QStringLiteral("ACC-CASE-X15")},
                                {QStringLiteral("quantity"), 1},
                                {QStringLiteral("priceTotal"), 19.0}}}}};
    QCOMPARE(http.post(QStringLiteral("/v1/events"), QJsonDocument(event).toJson(), kKey).status, 202);
    // The same customer's email where a timestamp belongs: refused with 400.
    QJsonObject bad = event;
    bad.insert(QStringLiteral("_id"), QStringLiteral("log-privacy-2"));
    bad.insert(QStringLiteral("timestamp"), kEmail);
    QCOMPARE(http.post(QStringLiteral("/v1/events"), QJsonDocument(bad).toJson(), kKey).status, 400);

    const QByteArray call =
        QStringLiteral(R"({"callId":"log-1","event":"connected","ani":"%1","agent":"agent1"})")
            .arg(kPhone)
            .toUtf8();
    QCOMPARE(http.post(QStringLiteral("/v1/calls"), call, kKey).status, 200);
    const auto connected = agent.nextOf<CallConnected>();
    QVERIFY(connected);
    QVERIFY(connected->call.profile);
    QCOMPARE(connected->call.profile->email, kEmail.toLower());
    Lookup lookup;
    lookup.email = kEmail;
    agent.send(lookup, QStringLiteral("l1"));
    const auto found = agent.nextOf<LookupResult>();
    QVERIFY(found);
    QCOMPARE(found->candidates.size(), 1);
    QCOMPARE(http.post(QStringLiteral("/v1/calls"),
                       QByteArrayLiteral(R"({"callId":"log-1","event":"ended","agent":"agent1"})"), kKey)
                 .status,
             200);
    QVERIFY(agent.nextOf<CallEnded>());
    agent.socket.close();
    // The same lookups over HTTP: the customer in the query string (Qt's
    // own request logging, on here, must not show it, nor the key).
    http.get(QStringLiteral("/v1/profiles?email=") + QString::fromLatin1(QUrl::toPercentEncoding(kEmail)),
             kKey);
    http.get(QStringLiteral("/v1/profiles?phone=") + QString::fromLatin1(QUrl::toPercentEncoding(kPhone)),
             kKey);

    service.terminate();
    QVERIFY(service.waitForFinished(10'000));
    out += service.readAllStandardOutput();
    err += service.readAllStandardError();

    const QByteArray all = out + err;
    QList<QJsonObject> records;
    for (const QByteArray &line : all.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), line.constData());
        const QJsonObject record = document.object();
        QVERIFY2(QDateTime::fromString(record.value(QLatin1StringView("time")).toString(), Qt::ISODateWithMs)
                     .isValid(),
                 line.constData());
        static const QStringList levels{QStringLiteral("debug"), QStringLiteral("info"),
                                        QStringLiteral("warning"), QStringLiteral("critical"),
                                        QStringLiteral("fatal")};
        QVERIFY2(levels.contains(record.value(QLatin1StringView("level")).toString()), line.constData());
        QVERIFY2(!record.value(QLatin1StringView("category")).toString().isEmpty(), line.constData());
        QVERIFY2(record.value(QLatin1StringView("message")).isString(), line.constData());
        records.append(record);
    }
    QVERIFY2(records.size() >= 5, all.constData());
    // The call's record carries its fields as members.
    const bool callRecord = std::any_of(records.cbegin(), records.cend(), [](const QJsonObject &r) {
        return r.value(QLatin1StringView("message")).toString() == QLatin1StringView("call") &&
               r.value(QLatin1StringView("event")).toString() == QLatin1StringView("connected") &&
               r.value(QLatin1StringView("match")).toString() == QLatin1StringView("exact") &&
               r.value(QLatin1StringView("sessions")).toInt() == 1;
    });
    QVERIFY2(callRecord, all.constData());

    // No trace of the customer: not the email (any case, also percent-encoded),
    // the phone number (nor its national digits), nor either name; nor the key.
    const QString text = QString::fromUtf8(all);
    for (const QString &secret :
         {kEmail, QStringLiteral("655501234"), kFirstName, kLastName, QStringLiteral("demo-integration-key")})
        QVERIFY2(!text.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
}

QTEST_GUILESS_MAIN(TestServerLog)
#include "tst_serverlog.moc"
