// Offscreen UI test of the supervisor's interaction log against a scripted
// service: the log loads for the last week at sign-in, filters go to the
// service as a query, pages append, and the selected interaction shows what
// the agent saw.
#include "DesktopController.h"
#include "InteractionLogModel.h"
#include "MainWindow.h"
#include "ProfileClient.h"
#include "ScriptedService.h"
#include "SupervisorView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace omnidesk;
using namespace omnidesk::protocol;
using omnidesk::test::ScriptedService;

namespace {

InteractionRow row(qint64 id, const char *agent, const char *disposition)
{
    InteractionRow r;
    r.id = id;
    r.loggedAt = QDateTime::currentDateTimeUtc().addSecs(-id * 60);
    r.agent = QString::fromLatin1(agent);
    r.profileId = QStringLiteral("p-%1").arg(id);
    r.customer = QStringLiteral("M. J.");
    r.channel = QStringLiteral("call");
    r.disposition = QString::fromLatin1(disposition);
    r.notes = QStringLiteral("Notes of %1").arg(id);
    r.stepsShown = 2;
    r.stepsAccepted = 1;
    r.stepsDismissed = 1;
    return r;
}

} // namespace

class TestSupervisor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void model_passesTesterAndPages()
    {
        InteractionLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFirstPage({row(1, "agent1", "sale"), row(2, "agent2", "callback")}, 3);
        model.appendPage({row(3, "agent1", "other")}, 3);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.total(), 3);
        QCOMPARE(model.index(2, InteractionLogModel::AgentColumn).data().toString(),
                 QStringLiteral("agent1"));
        QCOMPARE(model.index(0, InteractionLogModel::StepsColumn).data().toString(),
                 QStringLiteral("2 shown, 1 accepted, 1 dismissed"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void interactionLog_filtersPagesAndDetail()
    {
        QTemporaryDir dir;
        ScriptedService service;
        DesktopController controller(dir.path());
        ui::MainWindow *window = controller.mainWindow();
        controller.setServerUrl(service.url());
        controller.startWithCredentials(QStringLiteral("super1"), QStringLiteral("secret"));
        QTRY_VERIFY(service.last<Hello>().has_value());
        service.welcome(QStringLiteral("tok"), {QStringLiteral("super1"), QStringLiteral("Sue Supervisor"),
                                                QStringLiteral("supervisor")});
        QTRY_COMPARE(controller.client()->state(), net::ProfileClient::State::Online);
        service.send(Snapshot{}, 1);
        QVERIFY(window->isShowingSupervisor());
        QVERIFY(!window->availableAction()->isVisible());
        ui::SupervisorView *view = window->supervisorView();

        // At sign-in the last week is asked for.
        QTRY_VERIFY(service.last<InteractionsQuery>().has_value());
        const Frame first = *service.last<InteractionsQuery>();
        const InteractionsQuery week = std::get<InteractionsQuery>(first.message);
        QVERIFY(week.from.isValid() && week.to.isValid());
        QCOMPARE(week.from.daysTo(week.to), 8); // seven days back plus all of today
        QVERIFY(week.cursor.isEmpty());

        // Filters typed in the bar go to the service; Enter runs them.
        view->agentEdit()->setText(QStringLiteral("agent1"));
        view->dispositionBox()->setCurrentIndex(view->dispositionBox()->findData(QStringLiteral("sale")));
        view->decisionBox()->setCurrentIndex(view->decisionBox()->findData(QStringLiteral("accepted")));
        view->recommendationEdit()->setText(QStringLiteral("abandoned-cart"));
        QTest::keyClicks(view->textEdit(), QStringLiteral("trade-in"));
        QTest::keyClick(view->textEdit(), Qt::Key_Return);
        QTRY_COMPARE(service.all<InteractionsQuery>().size(), 2);
        const Frame filtered = *service.last<InteractionsQuery>();
        const InteractionsQuery query = std::get<InteractionsQuery>(filtered.message);
        QCOMPARE(query.agent, QStringLiteral("agent1"));
        QCOMPARE(query.disposition, QStringLiteral("sale"));
        QCOMPARE(query.decision, QStringLiteral("accepted"));
        QCOMPARE(query.recommendation, QStringLiteral("abandoned-cart"));
        QCOMPARE(query.q, QStringLiteral("trade-in"));

        // The answer fills the table; the first row is selected and its detail asked for.
        service.send(
            InteractionsPage{{row(11, "agent1", "sale"), row(12, "agent1", "sale")}, 3, QStringLiteral("c2")},
            0, filtered.rid);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QCOMPARE(view->statusText(), QStringLiteral("Showing 2 of 3"));
        QTRY_VERIFY(service.last<InteractionGet>().has_value());
        const Frame get = *service.last<InteractionGet>();
        QCOMPARE(std::get<InteractionGet>(get.message).id, 11);

        InteractionDetail detail;
        detail.id = 11;
        detail.agent = QStringLiteral("agent1");
        detail.customer = QStringLiteral("M. J.");
        detail.outcome.key = QStringLiteral("k-11-abcdef");
        detail.outcome.disposition = QStringLiteral("sale");
        detail.outcome.notes = QStringLiteral("Ordered after the trade-in quote");
        detail.outcome.loggedAt = QDateTime::currentDateTimeUtc();
        detail.outcome.steps = {StepDecision{QStringLiteral("abandoned-cart"),
                                             QStringLiteral("Offer to complete the order"),
                                             QStringLiteral("accepted"),
                                             {}}};
        Profile seen;
        seen.id = QStringLiteral("p-11");
        seen.cart.currency = QStringLiteral("EUR");
        seen.cart.lines = {CartLine{QStringLiteral("PH"), QStringLiteral("Phone X15 128 GB"), 1, 79900}};
        detail.outcome.context = seen;
        service.send(detail, 0, get.rid);
        QTRY_VERIFY(
            view->detailText().contains(QStringLiteral("Offer to complete the order \u2014 accepted")));
        QVERIFY(view->detailText().contains(QStringLiteral("Phone X15 128 GB")));
        QVERIFY(view->detailText().contains(QStringLiteral("Total EUR 799.00")));

        // "Load more" asks for the next page with the cursor and appends it.
        view->loadMore();
        QTRY_COMPARE(service.all<InteractionsQuery>().size(), 3);
        const Frame more = *service.last<InteractionsQuery>();
        QCOMPARE(std::get<InteractionsQuery>(more.message).cursor, QStringLiteral("c2"));
        QCOMPARE(std::get<InteractionsQuery>(more.message).agent, QStringLiteral("agent1"));
        service.send(InteractionsPage{{row(13, "agent1", "sale")}, 3, QString()}, 0, more.rid);
        QTRY_COMPARE(view->model()->rowCount(), 3);
        QCOMPARE(view->statusText(), QStringLiteral("Showing 3 of 3"));
    }
};

QTEST_MAIN(TestSupervisor)
#include "tst_supervisor.moc"
