// bench_reports: the measurement reports over a large store. Fills a
// temporary SQLite store (the service's schema) with N outcomes (default
// 1,000,000) spread over 90 days, 40 agents, 6 dispositions and 6 next steps
// (0-3 steps each), then times OutcomeReport::compute (outcomes per day or
// week by disposition) and AcceptanceReport::compute (per recommendation)
// for typical periods, with and without an agent.
// Prints `name: value unit` lines and writes a JSON file.
#include "AcceptanceReport.h"
#include "BenchResults.h"
#include "JsonReader.h"
#include "OutcomeReport.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

using omnidesk::bench::BenchResults;
using omnidesk::protocol::toWireTime;
using omnidesk::server::AcceptanceReport;
using omnidesk::server::OutcomeReport;
using omnidesk::server::Store;

namespace {

const QDateTime kEnd(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC);
constexpr int kDays = 90;
constexpr int kAgents = 40;

QString agent(int i)
{
    return QStringLiteral("agent%1").arg(i);
}

bool fill(Store &store, int outcomes)
{
    static const QStringList dispositions{
        QStringLiteral("sale"),      QStringLiteral("callback"),  QStringLiteral("not_interested"),
        QStringLiteral("info_only"), QStringLiteral("complaint"), QStringLiteral("purchase_intent")};
    static const QStringList steps{QStringLiteral("abandoned-cart"),  QStringLiteral("active-cart"),
                                   QStringLiteral("email-quote"),     QStringLiteral("store-visit"),
                                   QStringLiteral("complaint-first"), QStringLiteral("handover")};
    static const QStringList decisions{QStringLiteral("accepted"), QStringLiteral("dismissed"),
                                       QStringLiteral("shown")};
    static const QStringList reasons{QStringLiteral("Not now"), QStringLiteral("Comparing offers"),
                                     QStringLiteral("Already bought")};
    QSqlDatabase db = store.database();
    if (!db.transaction())
        return false;
    QSqlQuery outcome(db);
    outcome.prepare(
        QStringLiteral("INSERT INTO outcomes (id, idem_key, call_id, profile_id, agent, disposition,"
                       " notes, logged_at, stored_at, channel, detail_json, steps_shown)"
                       " VALUES (?, ?, '', '', ?, ?, '', ?, ?, 'call', '{}', ?)"));
    QSqlQuery step(db);
    step.prepare(QStringLiteral("INSERT INTO outcome_steps (outcome_id, step_id, decision, reason, logged_at)"
                                " VALUES (?, ?, ?, ?, ?)"));
    QRandomGenerator random(5);
    const QDateTime start = kEnd.addDays(-kDays);
    const qint64 spanMs = qint64(kDays) * 86'400'000;
    for (int i = 1; i <= outcomes; ++i) {
        const QString at = toWireTime(start.addMSecs(spanMs * i / (qint64(outcomes) + 1)));
        const int stepCount = int(random.bounded(4));
        outcome.addBindValue(i);
        outcome.addBindValue(QStringLiteral("bench-%1").arg(i));
        outcome.addBindValue(agent(int(random.bounded(kAgents))));
        outcome.addBindValue(dispositions.at(int(random.bounded(dispositions.size()))));
        outcome.addBindValue(at);
        outcome.addBindValue(at);
        outcome.addBindValue(stepCount);
        if (!outcome.exec()) {
            QTextStream(stderr) << "bench_reports: " << outcome.lastError().text() << '\n';
            return false;
        }
        const int first = int(random.bounded(steps.size()));
        for (int s = 0; s < stepCount; ++s) {
            const QString &decision = decisions.at(int(random.bounded(decisions.size())));
            step.addBindValue(i);
            step.addBindValue(steps.at((first + s) % steps.size()));
            step.addBindValue(decision);
            step.addBindValue(decision == decisions.at(1) ? reasons.at(int(random.bounded(reasons.size())))
                                                          : QStringLiteral(""));
            step.addBindValue(at);
            if (!step.exec()) {
                QTextStream(stderr) << "bench_reports: " << step.lastError().text() << '\n';
                return false;
            }
        }
    }
    return db.commit() && QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Outcome and acceptance report latency."));
    parser.addHelpOption();
    const QCommandLineOption outcomesOption(QStringLiteral("outcomes"), QStringLiteral("Outcomes to store."),
                                            QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Measured runs per case."),
                                        QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write results here."),
                                        QStringLiteral("file"), QStringLiteral("bench_reports.json"));
    parser.addOptions({outcomesOption, runsOption, jsonOption});
    parser.process(app);
    const int outcomes = parser.value(outcomesOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    Store store;
    if (!dir.isValid() || !store.open(dir.filePath(QStringLiteral("bench.db")))) {
        QTextStream(stderr) << "bench_reports: cannot open the store: " << store.errorString() << '\n';
        return 1;
    }
    QElapsedTimer fillTimer;
    fillTimer.start();
    if (!fill(store, outcomes))
        return 1;
    BenchResults results(QStringLiteral("reports"));
    results.setContext(QStringLiteral("outcomes"), outcomes);
    results.setContext(QStringLiteral("runs"), runs);
    results.add(QStringLiteral("fill_s"), double(fillTimer.elapsed()) / 1000.0, QStringLiteral("s"));

    const OutcomeReport trend(&store);
    const AcceptanceReport acceptance(&store);
    QRandomGenerator random(11);
    const auto someAgent = [&random] { return agent(int(random.bounded(kAgents))); };
    struct Case
    {
        QString name;
        std::function<bool()> run;
    };
    const QList<Case> cases{
        {QStringLiteral("outcomes_last_week"),
         [&] { return trend.compute(kEnd.addDays(-7), kEnd, OutcomeReport::Bucket::Day, {}).has_value(); }},
        {QStringLiteral("outcomes_last_month"),
         [&] { return trend.compute(kEnd.addDays(-30), kEnd, OutcomeReport::Bucket::Day, {}).has_value(); }},
        {QStringLiteral("outcomes_90_days_by_week"),
         [&] { return trend.compute(kEnd.addDays(-90), kEnd, OutcomeReport::Bucket::Week, {}).has_value(); }},
        {QStringLiteral("outcomes_agent_last_month"),
         [&] {
             return trend.compute(kEnd.addDays(-30), kEnd, OutcomeReport::Bucket::Day, someAgent())
                 .has_value();
         }},
        {QStringLiteral("acceptance_last_week"),
         [&] { return acceptance.compute(kEnd.addDays(-7), kEnd, {}).has_value(); }},
        {QStringLiteral("acceptance_last_month"),
         [&] { return acceptance.compute(kEnd.addDays(-30), kEnd, {}).has_value(); }},
        {QStringLiteral("acceptance_agent_last_month"),
         [&] { return acceptance.compute(kEnd.addDays(-30), kEnd, someAgent()).has_value(); }},
    };
    for (const Case &c : cases) {
        QList<double> samples;
        for (int i = 0; i < runs + 2; ++i) {
            QElapsedTimer timer;
            timer.start();
            if (!c.run()) {
                QTextStream(stderr) << "bench_reports: " << c.name << " failed\n";
                return 1;
            }
            if (i >= 2) // two warm-up runs
                samples.append(double(timer.nsecsElapsed()) / 1e6);
        }
        results.addLatencies(c.name, samples);
    }
    results.print();
    QString error;
    if (!results.writeJson(parser.value(jsonOption), &error)) {
        QTextStream(stderr) << "bench_reports: " << error << '\n';
        return 1;
    }
    return 0;
}
