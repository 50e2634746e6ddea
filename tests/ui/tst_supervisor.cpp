// Offscreen UI test of the supervisor's interaction log against a scripted
// service: the log loads for the last week at sign-in, filters go to the
// service as a query, pages append, and the selected interaction shows what
// the agent saw.
#include "DesktopController.h"
#include "InteractionLogModel.h"
#include "MainWindow.h"
#include "ProfileClient.h"
#include "RevealDialog.h"
#include "ScriptedService.h"
#include "SupervisorView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace omnidesk;
using namespace omnidesk::protocol;
using omnidesk::test::ScriptedService;

Q_DECLARE_METATYPE(omnidesk::protocol::InteractionsQuery)

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
        QCOMPARE(model.index(2, InteractionLogModel::DispositionColumn).data().toString(),
                 QStringLiteral("other")); // no labels set: the code
        QCOMPARE(model.index(0, InteractionLogModel::StepsColumn).data().toString(),
                 QStringLiteral("2 shown, 1 accepted, 1 dismissed"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void model_masksUntilRevealedAndShowsHandleAndWrapUpTime()
    {
        InteractionLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        InteractionRow timed = row(1, "agent1", "sale");
        timed.handleSeconds = 245;
        timed.wrapUpSeconds = 42;
        InteractionRow longCall = row(2, "agent1", "sale");
        longCall.handleSeconds = 3723;
        longCall.wrapUpSeconds = 0; // logged during the call
        model.setFirstPage({timed, longCall, row(3, "agent2", "callback")}, 3);
        const auto cell = [&model](int r, int column) { return model.index(r, column).data().toString(); };
        QCOMPARE(cell(0, InteractionLogModel::CustomerColumn), QStringLiteral("M. J. (masked)"));
        QCOMPARE(cell(0, InteractionLogModel::HandleColumn), QStringLiteral("4:05"));
        QCOMPARE(cell(1, InteractionLogModel::HandleColumn), QStringLiteral("1:02:03"));
        QCOMPARE(cell(2, InteractionLogModel::HandleColumn), QStringLiteral("\u2014"));
        QVERIFY(
            !model.index(2, InteractionLogModel::HandleColumn).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.headerData(InteractionLogModel::WrapUpColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Wrap-up"));
        QCOMPARE(cell(0, InteractionLogModel::WrapUpColumn), QStringLiteral("0:42"));
        QCOMPARE(cell(1, InteractionLogModel::WrapUpColumn), QStringLiteral("0:00"));
        QCOMPARE(cell(2, InteractionLogModel::WrapUpColumn), QStringLiteral("\u2014")); // not recorded
        const auto tip = [&model](int r) {
            return model.index(r, InteractionLogModel::WrapUpColumn).data(Qt::ToolTipRole).toString();
        };
        QVERIFY(tip(2).startsWith(QLatin1StringView("Not recorded")));
        QVERIFY(!tip(0).isEmpty() && tip(0) != tip(2));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setCustomerRevealed(2, QStringLiteral("Marta Jansen")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(1, InteractionLogModel::CustomerColumn));
        QCOMPARE(cell(1, InteractionLogModel::CustomerColumn), QStringLiteral("Marta Jansen"));
        QVERIFY(model.isRevealed(1));
        QCOMPARE(cell(0, InteractionLogModel::CustomerColumn), QStringLiteral("M. J. (masked)"));
        QVERIFY(!model.setCustomerRevealed(99, QStringLiteral("Nobody")));
        // A new first page masks every name again.
        model.setFirstPage({row(2, "agent1", "sale")}, 1);
        QVERIFY(!model.isRevealed(0));
        QCOMPARE(cell(0, InteractionLogModel::CustomerColumn), QStringLiteral("M. J. (masked)"));
    }

    void reveal_asksForAReasonByKeyboardAndShowsTheName()
    {
        ui::SupervisorView view;
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy details(&view, &ui::SupervisorView::detailRequested);
        QSignalSpy reveals(&view, &ui::SupervisorView::revealRequested);
        InteractionRow timed = row(11, "agent1", "sale");
        timed.handleSeconds = 312;
        timed.wrapUpSeconds = 47;
        view.setPage(InteractionsPage{{timed, row(12, "agent2", "callback")}, 2, {}}, true);
        QCOMPARE(details.size(), 1); // the first row, selected
        // Dispositions read as their labels, not as codes.
        QCOMPARE(view.table()->model()->index(1, InteractionLogModel::DispositionColumn).data().toString(),
                 QStringLiteral("Call back"));
        InteractionDetail masked;
        masked.id = 11;
        masked.agent = QStringLiteral("agent1");
        masked.customer = QStringLiteral("M. J.");
        masked.outcome.disposition = QStringLiteral("sale");
        masked.outcome.loggedAt = QDateTime::currentDateTimeUtc();
        view.setDetail(masked);
        QVERIFY2(view.detailText().contains(QStringLiteral("M. J. (masked)")), qPrintable(view.detailText()));
        QVERIFY2(view.detailText().contains(QStringLiteral("Handle time 5:12, of which wrap-up 0:47")),
                 qPrintable(view.detailText()));
        QVERIFY(view.revealButton()->isEnabled());

        // Ctrl+Shift+V from the table opens the dialog; a short reason cannot reveal.
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(view.revealDialog() && view.revealDialog()->isVisible());
        ui::RevealDialog *dialog = view.revealDialog();
        QTRY_VERIFY(dialog->reasonEdit()->hasFocus());
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("why"));
        QVERIFY(!dialog->canReveal());
        QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QCOMPARE(reveals.size(), 0);
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral(" - ticket 4711"));
        QVERIFY(dialog->canReveal());
        QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
        QTRY_COMPARE(reveals.size(), 1);
        QCOMPARE(reveals.first().at(0).toLongLong(), 11);
        QCOMPARE(reveals.first().at(1).toString(), QStringLiteral("why - ticket 4711"));
        QTRY_VERIFY(!view.revealDialog());

        // The answer shows the name in the row and the detail, and the
        // button has nothing more to reveal there.
        InteractionDetail revealed = masked;
        revealed.customer = QStringLiteral("Marta Jansen");
        view.setRevealed(revealed);
        QCOMPARE(view.model()->index(0, InteractionLogModel::CustomerColumn).data().toString(),
                 QStringLiteral("Marta Jansen"));
        QVERIFY(view.detailText().contains(QStringLiteral("Marta Jansen")));
        QVERIFY(!view.detailText().contains(QStringLiteral("(masked)")));
        QVERIFY(!view.revealButton()->isEnabled());
        QVERIFY(view.statusText().contains(QStringLiteral("audit")));

        // Another row is masked; back on the revealed one, its detail is not asked for again.
        view.table()->selectRow(1);
        QCOMPARE(details.size(), 2);
        QVERIFY(view.revealButton()->isEnabled());
        view.table()->selectRow(0);
        QCOMPARE(details.size(), 2);
        QVERIFY(view.detailText().contains(QStringLiteral("Marta Jansen")));

        // Escape cancels a reveal; a new search masks the name again.
        view.table()->selectRow(1);
        view.openRevealDialog();
        QTRY_VERIFY(view.revealDialog() && view.revealDialog()->isVisible());
        QTest::keyClick(view.revealDialog(), Qt::Key_Escape);
        QTRY_VERIFY(!view.revealDialog());
        QCOMPARE(reveals.size(), 1);
        view.setPage(InteractionsPage{{row(11, "agent1", "sale")}, 1, {}}, true);
        QCOMPARE(view.model()->index(0, InteractionLogModel::CustomerColumn).data().toString(),
                 QStringLiteral("M. J. (masked)"));
    }

    void header_clickAsksTheServiceForItsSort_data()
    {
        QTest::addColumn<QList<int>>("clicks");
        QTest::addColumn<QStringList>("sorts"); // one query per click that sorts
        QTest::addColumn<int>("indicatorColumn");
        QTest::addColumn<Qt::SortOrder>("indicatorOrder");
        using M = InteractionLogModel;
        QTest::newRow("wrap-up: longest first")
            << QList<int>{M::WrapUpColumn} << QStringList{QStringLiteral("longest_wrap_up")}
            << int(M::WrapUpColumn) << Qt::DescendingOrder;
        QTest::newRow("wrap-up twice: shortest first")
            << QList<int>{M::WrapUpColumn, M::WrapUpColumn}
            << QStringList{QStringLiteral("longest_wrap_up"), QStringLiteral("shortest_wrap_up")}
            << int(M::WrapUpColumn) << Qt::AscendingOrder;
        QTest::newRow("wrap-up three times: longest again")
            << QList<int>{M::WrapUpColumn, M::WrapUpColumn, M::WrapUpColumn}
            << QStringList{QStringLiteral("longest_wrap_up"), QStringLiteral("shortest_wrap_up"),
                           QStringLiteral("longest_wrap_up")}
            << int(M::WrapUpColumn) << Qt::DescendingOrder;
        QTest::newRow("logged: oldest (newest is the default)")
            << QList<int>{M::TimeColumn} << QStringList{QStringLiteral("oldest")} << int(M::TimeColumn)
            << Qt::AscendingOrder;
        QTest::newRow("agent") << QList<int>{M::AgentColumn} << QStringList{QStringLiteral("agent")}
                               << int(M::AgentColumn) << Qt::AscendingOrder;
        QTest::newRow("disposition, then wrap-up")
            << QList<int>{M::DispositionColumn, M::WrapUpColumn}
            << QStringList{QStringLiteral("disposition"), QStringLiteral("longest_wrap_up")}
            << int(M::WrapUpColumn) << Qt::DescendingOrder;
        QTest::newRow("notes do not sort; the indicator stays")
            << QList<int>{M::WrapUpColumn, M::NotesColumn} << QStringList{QStringLiteral("longest_wrap_up")}
            << int(M::WrapUpColumn) << Qt::DescendingOrder;
    }

    void header_clickAsksTheServiceForItsSort()
    {
        // A click on a header asks the service for that order over the
        // applied filters, from the first page; the header shows it.
        QFETCH(QList<int>, clicks);
        QFETCH(QStringList, sorts);
        QFETCH(int, indicatorColumn);
        QFETCH(Qt::SortOrder, indicatorOrder);
        ui::SupervisorView view;
        view.resize(1400, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.agentEdit()->setText(QStringLiteral("agent1"));
        view.search();
        view.setPage(InteractionsPage{{row(1, "agent1", "sale")}, 2, QStringLiteral("c1")}, true);
        view.agentEdit()->setText(QStringLiteral("half-typed")); // not applied
        QSignalSpy queries(&view, &ui::SupervisorView::queryRequested);
        QHeaderView *header = view.table()->horizontalHeader();
        for (const int column : clicks) {
            const QPoint middle(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                                header->height() / 2);
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
        }
        QCOMPARE(queries.size(), sorts.size());
        for (int i = 0; i < sorts.size(); ++i) {
            const auto query = queries.at(i).at(0).value<InteractionsQuery>();
            QCOMPARE(query.sort, sorts.at(i));
            QCOMPARE(query.agent, QStringLiteral("agent1"));
            QVERIFY(query.cursor.isEmpty());
        }
        QCOMPARE(header->sortIndicatorSection(), indicatorColumn);
        QCOMPARE(header->sortIndicatorOrder(), indicatorOrder);
        // "Load more" and Apply keep the order.
        view.setPage(InteractionsPage{{row(1, "agent1", "sale")}, 2, QStringLiteral("c1")}, true);
        view.loadMore();
        QCOMPARE(queries.constLast().at(0).value<InteractionsQuery>().sort, sorts.constLast());
        QCOMPARE(queries.constLast().at(0).value<InteractionsQuery>().cursor, QStringLiteral("c1"));
        view.search();
        QCOMPARE(queries.constLast().at(0).value<InteractionsQuery>().sort, sorts.constLast());
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
