// bench_interactions: the supervisors' interaction log over a large store.
// Fills a temporary SQLite store (the service's schema) with N outcomes
// (default 1,000,000) across 50 agents, 6 dispositions, 5 recommendations and
// 90 days, then measures InteractionLog::query (a page of 50 plus the total
// count) for the typical filters, and the CSV export's rows per second.
// With --migrate-from 8 the store is filled at schema version 8 and then
// opened as the service opens it, which runs the migrations since (9: the
// masked notes and their index) over the N outcomes; their time is reported.
// Prints `name: value unit` lines and writes a JSON file.
#include "BenchResults.h"
#include "InteractionLog.h"
#include "JsonReader.h"
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
using omnidesk::protocol::InteractionsQuery;
using omnidesk::protocol::toWireTime;
using omnidesk::server::InteractionLog;
using omnidesk::server::Store;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
constexpr int kAgents = 50;
constexpr int kDays = 90;
constexpr int kProfiles = 20'000;

const QStringList &dispositions()
{
    static const QStringList list{QStringLiteral("sale"),           QStringLiteral("callback"),
                                  QStringLiteral("not_interested"), QStringLiteral("info_only"),
                                  QStringLiteral("complaint"),      QStringLiteral("purchase_intent")};
    return list;
}

const QStringList &recommendations()
{
    static const QStringList list{QStringLiteral("abandoned-cart"), QStringLiteral("active-cart"),
                                  QStringLiteral("upgrade-plan"), QStringLiteral("loyalty-offer"),
                                  QStringLiteral("store-pickup")};
    return list;
}

QString agentName(int i)
{
    return QStringLiteral("agent%1").arg(i, 2, 10, QLatin1Char('0'));
}

bool fail(const QSqlQuery &q, const char *what)
{
    QTextStream(stderr) << "bench_interactions: " << what << ": " << q.lastError().text() << '\n';
    return false;
}

// One transaction, prepared statements, outcomes in time order (ids grow with time, as in service).
bool fill(Store &store, int outcomes)
{
    // Before version 9 there is no masked copy of the notes.
    const bool maskedColumn = store.schemaVersion() >= 9;
    QSqlDatabase db = store.database();
    QSqlQuery q(db);
    if (!db.transaction())
        return false;
    q.prepare(QStringLiteral("INSERT INTO profiles (id, version, name, created_at, updated_at)"
                             " VALUES (?, 1, ?, ?, ?)"));
    static const QStringList first{QStringLiteral("Marta"), QStringLiteral("Pieter"), QStringLiteral("Ana"),
                                   QStringLiteral("Jonas"), QStringLiteral("Lea"),    QStringLiteral("Omar")};
    static const QStringList last{QStringLiteral("Jansen"), QStringLiteral("de Vries"),
                                  QStringLiteral("Silva"), QStringLiteral("Schmidt"),
                                  QStringLiteral("Garcia")};
    QRandomGenerator random(20261123);
    for (int i = 0; i < kProfiles; ++i) {
        q.addBindValue(QStringLiteral("p-%1").arg(100'000 + i));
        q.addBindValue(first.at(i % first.size()) + QLatin1Char(' ') + last.at((i / 7) % last.size()));
        q.addBindValue(toWireTime(kNow.addDays(-200)));
        q.addBindValue(toWireTime(kNow.addDays(-1)));
        if (!q.exec())
            return fail(q, "insert profile");
    }
    QSqlQuery outcome(db);
    outcome.prepare(QStringLiteral("INSERT INTO outcomes (id, idem_key, call_id, profile_id, agent, "
                                   "disposition, notes, %1 logged_at, stored_at, channel,"
                                   " detail_json, steps_shown, steps_accepted, steps_dismissed,"
                                   " handle_seconds, wrap_up_seconds)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, %2 ?, ?, 'call', '{}', ?, ?, ?, ?, ?)")
                        .arg(maskedColumn ? QStringLiteral("notes_masked,") : QString(),
                             maskedColumn ? QStringLiteral("?,") : QString()));
    QSqlQuery step(db);
    step.prepare(QStringLiteral("INSERT INTO outcome_steps (outcome_id, step_id, decision, reason, "
                                "logged_at) VALUES (?, ?, ?, ?, ?)"));
    static const QStringList notes{QStringLiteral("Customer asked about delivery times"),
                                   QStringLiteral("Wants to compare plans first"),
                                   QStringLiteral("Ordered the phone and the case"),
                                   QStringLiteral("Call back after payday"),
                                   QStringLiteral("Not interested in the offer"),
                                   QStringLiteral("Complained about a late parcel, asked for a refund"),
                                   QStringLiteral("Call back on +31 6 1234 5678 after five"),
                                   QStringLiteral("Send the quote to marta.jansen@example.com")};
    const qint64 spanMs = qint64(kDays) * 86'400'000;
    const QDateTime start = kNow.addDays(-kDays);
    static const QString decisions[] = {QStringLiteral("accepted"), QStringLiteral("dismissed"),
                                        QStringLiteral("shown")};
    for (int i = 1; i <= outcomes; ++i) {
        const QString loggedAt = toWireTime(start.addMSecs(spanMs * i / (outcomes + 1)));
        const int stepCount = int(random.bounded(4)); // 0-3 steps
        const int firstRec = int(random.bounded(5));
        int accepted = 0;
        int dismissed = 0;
        QList<const QString *> chosen;
        for (int s = 0; s < stepCount; ++s) {
            chosen.append(&decisions[random.bounded(3)]);
            accepted += *chosen.last() == decisions[0] ? 1 : 0;
            dismissed += *chosen.last() == decisions[1] ? 1 : 0;
        }
        outcome.addBindValue(i);
        outcome.addBindValue(QStringLiteral("bench-%1").arg(i));
        outcome.addBindValue(QStringLiteral("c-%1").arg(i));
        outcome.addBindValue(QStringLiteral("p-%1").arg(100'000 + int(random.bounded(kProfiles))));
        outcome.addBindValue(agentName(int(random.bounded(kAgents))));
        outcome.addBindValue(dispositions().at(int(random.bounded(6))));
        // About one outcome in 60 mentions a refund; one in 20 a phone
        // number or an email address (the same ones: the worst case for a
        // search for them, were it to match hidden text).
        const int roll = int(random.bounded(20));
        const QString &note = roll == 0   ? notes.at(6 + int(random.bounded(2)))
                              : roll <= 2 ? notes.at(int(random.bounded(6)))
                                          : notes.at(int(random.bounded(5)));
        outcome.addBindValue(note);
        if (maskedColumn)
            outcome.addBindValue(InteractionLog::maskFreeText(note)); // as Store::insertOutcome writes it
        outcome.addBindValue(loggedAt);
        outcome.addBindValue(loggedAt);
        outcome.addBindValue(stepCount);
        outcome.addBindValue(accepted);
        outcome.addBindValue(dismissed);
        // Wrap-up 0-300 s, one in ten not recorded (many ties: the sort's
        // paging must not depend on distinct times).
        const bool timed = random.bounded(10) != 0;
        const qint64 wrapUp = random.bounded(301);
        outcome.addBindValue(timed ? QVariant(wrapUp + 60 + random.bounded(600))
                                   : QVariant(QMetaType(QMetaType::LongLong)));
        outcome.addBindValue(timed ? QVariant(wrapUp) : QVariant(QMetaType(QMetaType::LongLong)));
        if (!outcome.exec())
            return fail(outcome, "insert outcome");
        for (int s = 0; s < stepCount; ++s) {
            const QString &decision = *chosen.at(s);
            step.addBindValue(i);
            step.addBindValue(recommendations().at((firstRec + s) % 5));
            step.addBindValue(decision);
            step.addBindValue(decision == decisions[1] ? QStringLiteral("Not now") : QStringLiteral(""));
            step.addBindValue(loggedAt);
            if (!step.exec())
                return fail(step, "insert step");
        }
    }
    if (!db.commit())
        return false;
    return QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Interaction log query latency and CSV export rate."));
    parser.addHelpOption();
    const QCommandLineOption outcomesOption(QStringLiteral("outcomes"), QStringLiteral("Outcomes to store."),
                                            QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Measured queries per filter."), QStringLiteral("n"),
                                        QStringLiteral("100"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write results here."),
                                        QStringLiteral("file"), QStringLiteral("bench_interactions.json"));
    const QCommandLineOption migrateOption(
        QStringLiteral("migrate-from"),
        QStringLiteral("Fill at this schema version (8), then time the migrations to the latest."),
        QStringLiteral("version"));
    parser.addOptions({outcomesOption, runsOption, jsonOption, migrateOption});
    parser.process(app);
    const int outcomes = parser.value(outcomesOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int fromVersion = parser.isSet(migrateOption) ? parser.value(migrateOption).toInt() : -1;
    if (parser.isSet(migrateOption) && fromVersion != 8) {
        QTextStream(stderr) << "bench_interactions: --migrate-from supports version 8 only\n";
        return 2;
    }

    QTemporaryDir dir;
    Store store;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    if (!dir.isValid() || !store.open(path, fromVersion)) {
        QTextStream(stderr) << "bench_interactions: cannot open the store: " << store.errorString() << '\n';
        return 1;
    }
    QElapsedTimer fillTimer;
    fillTimer.start();
    if (!fill(store, outcomes))
        return 1;
    BenchResults results(QStringLiteral("interactions"));
    results.setContext(QStringLiteral("outcomes"), outcomes);
    results.setContext(QStringLiteral("runs"), runs);
    results.add(QStringLiteral("fill_s"), double(fillTimer.elapsed()) / 1000.0, QStringLiteral("s"));
    if (fromVersion >= 0) {
        store.close();
        QElapsedTimer migrateTimer;
        migrateTimer.start();
        if (!store.open(path)) {
            QTextStream(stderr) << "bench_interactions: migration failed: " << store.errorString() << '\n';
            return 1;
        }
        results.add(QStringLiteral("migrate_s"), double(migrateTimer.elapsed()) / 1000.0,
                    QStringLiteral("s"));
        results.setContext(QStringLiteral("migrated_from"), fromVersion);
    }

    const InteractionLog log(&store);
    QRandomGenerator random(7);
    const auto period = [](InteractionsQuery &q, int days, int endDaysAgo) {
        q.to = kNow.addDays(-endDaysAgo);
        q.from = q.to.addDays(-days);
    };
    struct Case
    {
        QString name;
        std::function<InteractionsQuery()> make;
    };
    const QList<Case> cases{
        {QStringLiteral("last_day"),
         [&] {
             InteractionsQuery q;
             period(q, 1, int(random.bounded(7)));
             return q;
         }},
        {QStringLiteral("agent_last_week"),
         [&] {
             InteractionsQuery q;
             period(q, 7, 0);
             q.agent = agentName(int(random.bounded(kAgents)));
             return q;
         }},
        {QStringLiteral("disposition_last_month"),
         [&] {
             InteractionsQuery q;
             period(q, 30, 0);
             q.disposition = dispositions().at(int(random.bounded(6)));
             return q;
         }},
        {QStringLiteral("recommendation_accepted_last_month"),
         [&] {
             InteractionsQuery q;
             period(q, 30, 0);
             q.recommendation = recommendations().at(int(random.bounded(5)));
             q.decision = QStringLiteral("accepted");
             return q;
         }},
        {QStringLiteral("notes_text_last_week"),
         [&] {
             InteractionsQuery q;
             period(q, 7, 0);
             q.q = QStringLiteral("refund");
             return q;
         }},
        {QStringLiteral("notes_text_all"),
         [&] {
             InteractionsQuery q;
             q.q = QStringLiteral("refund");
             return q;
         }},
        {QStringLiteral("notes_hidden_phone_all"),
         [&] {
             // Held by one outcome in 40, all masked: matches none.
             InteractionsQuery q;
             q.q = QStringLiteral("1234 5678");
             return q;
         }},
        {QStringLiteral("longest_wrap_up"),
         [&] {
             InteractionsQuery q;
             q.sort = QStringLiteral("longest_wrap_up");
             return q;
         }},
        {QStringLiteral("shortest_wrap_up_last_week"),
         [&] {
             InteractionsQuery q;
             period(q, 7, 0);
             q.sort = QStringLiteral("shortest_wrap_up");
             return q;
         }},
        {QStringLiteral("longest_wrap_up_agent_last_week"),
         [&] {
             InteractionsQuery q;
             period(q, 7, 0);
             q.agent = agentName(int(random.bounded(kAgents)));
             q.sort = QStringLiteral("longest_wrap_up");
             return q;
         }},
        {QStringLiteral("shortest_wrap_up_page_5"),
         [&] {
             InteractionsQuery q;
             q.sort = QStringLiteral("shortest_wrap_up");
             return q;
         }},
        {QStringLiteral("last_day_page_5"),
         [&] {
             InteractionsQuery q;
             period(q, 1, int(random.bounded(7)));
             return q;
         }},
    };
    for (const Case &c : cases) {
        QList<double> samples;
        for (int i = 0; i < runs + 3; ++i) {
            InteractionsQuery q = c.make();
            QString error;
            if (c.name.endsWith(QLatin1StringView("_page_5"))) {
                // Walk to the fifth page first; only its fetch is timed.
                for (int page = 0; page < 4; ++page)
                    q.cursor = log.query(q, false, &error)->nextCursor;
            }
            QElapsedTimer timer;
            timer.start();
            const auto page = log.query(q, false, &error);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (!page) {
                QTextStream(stderr) << "bench_interactions: query failed: " << error << '\n';
                return 1;
            }
            if (i >= 3) // warm-up
                samples.append(ms);
        }
        results.addLatencies(c.name, samples);
    }

    // CSV export: every outcome of the last 7 days (about 78,000 of 1,000,000).
    InteractionsQuery week;
    period(week, 7, 0);
    QList<double> rates;
    qint64 exported = 0;
    for (int i = 0; i < 3; ++i) {
        QString error;
        QElapsedTimer timer;
        timer.start();
        const auto csv = log.exportCsv(week, false, InteractionLog::kMaxExportRows, &exported, &error);
        const double secs = double(timer.nsecsElapsed()) / 1e9;
        if (!csv) {
            QTextStream(stderr) << "bench_interactions: export failed: " << error << '\n';
            return 1;
        }
        rates.append(double(exported) / secs);
    }
    std::sort(rates.begin(), rates.end());
    results.add(QStringLiteral("csv_export_rows"), double(exported), QStringLiteral("rows"));
    results.add(QStringLiteral("csv_export_median_rows_per_s"), rates.at(1), QStringLiteral("rows/s"));

    results.print();
    QString error;
    if (!results.writeJson(parser.value(jsonOption), &error)) {
        QTextStream(stderr) << "bench_interactions: " << error << '\n';
        return 1;
    }
    return 0;
}
