// Offscreen UI test of the supervisor's "Outcomes and recommendations" tab
// against the real service (ProfileServer in-process, the demo data with its
// logged outcomes): Ctrl+Shift+M opens the tab, both charts load for the
// last 30 days and agree with counts taken from the demo seed file itself,
// the agent filter narrows them, the period is shared with the cart-recovery
// tab, and a refused request shows its reason. The cart-recovery tab says
// how old its report is, as the other panels do.
#include "DataAgeLabel.h"
#include "DesktopController.h"
#include "Dispositions.h"
#include "MainWindow.h"
#include "OutcomeChartsView.h"
#include "ProfileClient.h"
#include "ProfileServer.h"
#include "RecoveryView.h"
#include "ServerOptions.h"

#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace omnidesk;

namespace {

struct SeedCounts
{
    int outcomes = 0;
    QMap<QString, int> byDisposition;
    QMap<QString, std::pair<int, int>> steps; // stepId -> (shown, accepted)
};

// What the demo seeds for `agent` (empty: everyone), read from the seed
// file: the charts must agree with it. Every seeded outcome is under 30 days
// old, so inside the default period.
SeedCounts seedCounts(const QString &agent)
{
    SeedCounts counts;
    QFile file(QStringLiteral(OMNIDESK_SOURCE_DIR "/server/demo/seed.json"));
    if (!file.open(QIODevice::ReadOnly))
        return counts;
    const QJsonArray outcomes =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1StringView("outcomes")).toArray();
    for (const QJsonValue &v : outcomes) {
        if (v[QLatin1StringView("minutesAgo")].toInt() >= 29 * 24 * 60)
            continue;
        if (!agent.isEmpty() && v[QLatin1StringView("agent")].toString() != agent)
            continue;
        ++counts.outcomes;
        ++counts.byDisposition[v[QLatin1StringView("disposition")].toString()];
        for (const QJsonValue &s : v[QLatin1StringView("steps")].toArray()) {
            auto &[shown, accepted] = counts.steps[s[QLatin1StringView("stepId")].toString()];
            ++shown;
            if (s[QLatin1StringView("decision")].toString() == QLatin1StringView("accepted"))
                ++accepted;
        }
    }
    return counts;
}

// Sum of the bars' per-disposition counts in lines like
// "Nov 2: 3 (Sale 1, Callback 2)".
QMap<QString, int> summed(const QStringList &barTexts)
{
    QMap<QString, int> total;
    for (const QString &line : barTexts) {
        const qsizetype open = line.indexOf(QLatin1Char('('));
        const QString inside = line.mid(open + 1, line.size() - open - 2);
        for (const QString &part : inside.split(QStringLiteral(", "))) {
            const qsizetype space = part.lastIndexOf(QLatin1Char(' '));
            total[part.left(space)] += part.mid(space + 1).toInt();
        }
    }
    return total;
}

} // namespace

class TestOutcomeCharts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void chartsLoadFilterShareThePeriodAndShowErrors();
    void recoveryView_showsDataAgeAndOffline();

private:
    QTemporaryDir m_serverDir;
    QTemporaryDir m_desktopDir;
};

void TestOutcomeCharts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_serverDir.isValid() && m_desktopDir.isValid());
}

void TestOutcomeCharts::chartsLoadFilterShareThePeriodAndShowErrors()
{
    const SeedCounts all = seedCounts({});
    const SeedCounts agent1 = seedCounts(QStringLiteral("agent1"));
    QVERIFY(all.outcomes > 5);
    QVERIFY(agent1.outcomes > 0 && agent1.outcomes < all.outcomes);

    server::ServerOptions options;
    options.port = 0;
    options.dataDir = m_serverDir.path();
    options.demo = true;
    options.demoHistory = true;
    options.passwordIterations = 1000;
    server::ProfileServer server;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));

    DesktopController desktop(m_desktopDir.path());
    desktop.setServerUrl(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort())));
    desktop.startWithCredentials(QStringLiteral("super1"), QStringLiteral("demo"));
    QTRY_COMPARE_WITH_TIMEOUT(desktop.client()->state(), net::ProfileClient::State::Online, 10000);
    ui::MainWindow *window = desktop.mainWindow();
    window->show();
    QTRY_VERIFY(window->isShowingSupervisor());
    ui::OutcomeChartsView *charts = window->outcomeChartsView();
    QVERIFY(!charts->isVisible());

    // Ctrl+Shift+M opens the tab, which loads the last 30 days.
    QTest::keyClick(window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(charts->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!charts->outcomeBarTexts().isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(charts->acceptanceTable()->topLevelItemCount() > 0, 10000);
    // (The English plural forms come from a translation: compare the number.)
    QVERIFY2(charts->outcomesStatusText().startsWith(QString::number(all.outcomes) + QLatin1Char(' ')),
             qPrintable(charts->outcomesStatusText()));
    QVERIFY(!charts->ageLabel()->text().isEmpty());

    // The stacked bars add up to the seeded dispositions.
    QMap<QString, int> expected;
    for (auto it = all.byDisposition.begin(); it != all.byDisposition.end(); ++it)
        expected.insert(Dispositions::label(it.key()), it.value());
    QCOMPARE(summed(charts->outcomeBarTexts()), expected);
    // One bar set per disposition, each with a bar per day of the period.
    const QChart *outcomesChart = charts->findChild<QChartView *>(QStringLiteral("outcomesChart"))->chart();
    QCOMPARE(outcomesChart->series().size(), 1);
    QVERIFY(!outcomesChart->axes(Qt::Horizontal).isEmpty());

    // The table lists each recommendation with shown, accepted and the rate.
    QTreeWidget *table = charts->acceptanceTable();
    QCOMPARE(table->topLevelItemCount(), all.steps.size());
    int shownBefore = std::numeric_limits<int>::max();
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = table->topLevelItem(i);
        const QString id = item->toolTip(0);
        QVERIFY2(all.steps.contains(id), qPrintable(id));
        const auto [shown, accepted] = all.steps.value(id);
        QCOMPARE(item->text(1).toInt(), shown);
        QCOMPARE(item->text(2).toInt(), accepted);
        QVERIFY(shown <= shownBefore); // most shown first
        shownBefore = shown;
    }
    QCOMPARE(charts->acceptanceBarTexts().size(), all.steps.size());

    // One agent: type it and press Return.
    charts->agentEdit()->setFocus();
    QTest::keyClicks(charts->agentEdit(), QStringLiteral("agent1"));
    QTest::keyClick(charts->agentEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(
        charts->outcomesStatusText().startsWith(QString::number(agent1.outcomes) + QLatin1Char(' ')), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(table->topLevelItemCount(), agent1.steps.size(), 10000);

    // The period is shared with the cart-recovery tab.
    const QDate earlier = charts->fromEdit()->date().addDays(-7);
    window->recoveryView()->fromEdit()->setDate(earlier);
    QCOMPARE(charts->fromEdit()->date(), earlier);
    charts->toEdit()->setDate(charts->toEdit()->date().addDays(-1));
    QCOMPARE(window->recoveryView()->toEdit()->date(), charts->toEdit()->date());

    // A request the service refuses shows its reason in both sections.
    charts->agentEdit()->setText(QString(129, QLatin1Char('x')));
    QTest::mouseClick(charts->showButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        charts->outcomesStatusText().startsWith(QStringLiteral("Could not load the outcomes: agent:")),
        10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        charts->acceptanceStatusText().startsWith(QStringLiteral("Could not load the acceptance: agent:")),
        10000);
}

void TestOutcomeCharts::recoveryView_showsDataAgeAndOffline()
{
    ui::RecoveryView view;
    QDateTime now = QDateTime::currentDateTimeUtc();
    view.ageLabel()->setClock([&now] { return now; });
    QVERIFY(view.ageLabel()->text().isEmpty()); // nothing loaded yet

    net::RecoveryReport report;
    report.windowDays = 30;
    report.all = net::RecoveryFigure{QString(), 10, 3};
    report.byContact = {net::RecoveryFigure{QStringLiteral("call_accepted"), 4, 2},
                        net::RecoveryFigure{QStringLiteral("none"), 6, 1}};
    view.setReport(report);
    const QString fresh = view.ageLabel()->text();
    QVERIFY2(fresh.startsWith(QLatin1StringView("Updated ")), qPrintable(fresh));
    QVERIFY(!fresh.contains(QLatin1StringView("offline")));

    // Two minutes on, with the connection down: older, and said to be offline.
    now = now.addSecs(120);
    view.setOnline(false);
    const QString stale = view.ageLabel()->text();
    QVERIFY2(stale.startsWith(QLatin1StringView("Updated ")) && stale.endsWith(QLatin1StringView("offline")),
             qPrintable(stale));
    QVERIFY(stale != fresh);
    QCOMPARE(view.ageLabel()->accessibleName(), stale);
    view.setOnline(true);
    QVERIFY(!view.ageLabel()->text().contains(QLatin1StringView("offline")));
}

QTEST_MAIN(TestOutcomeCharts)
#include "tst_outcomecharts.moc"
