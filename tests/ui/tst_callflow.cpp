#include "CallView.h"
#include "CallerHeader.h"
#include "CartModel.h"
#include "CartPanel.h"
#include "Catalogues.h"
#include "DesktopController.h"
#include "Localization.h"
#include "MainWindow.h"
#include "NextStepPanel.h"
#include "Outbox.h"
#include "OutcomeForm.h"
#include "ProfileClient.h"
#include "Protocol.h"
#include "ProtocolCodec.h"
#include "ScriptedService.h"
#include "TimelineModel.h"
#include "TimelinePanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QWebSocket>

using namespace omnidesk;
using namespace omnidesk::protocol;
using omnidesk::test::ScriptedService;

namespace {

Profile marta()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Profile p;
    p.id = QStringLiteral("p-1001");
    p.version = 7;
    p.name = QStringLiteral("Marta Jansen");
    p.phone = QStringLiteral("+31612345678");
    p.tier = QStringLiteral("gold");
    p.cart.currency = QStringLiteral("EUR");
    p.cart.updatedAt = now.addSecs(-3 * 86400 - 600);
    p.cart.abandonedSince = now.addSecs(-3 * 86400);
    p.cart.lines = {CartLine{QStringLiteral("PH-X15-128"), QStringLiteral("Phone X15 128 GB"), 1, 79900},
                    CartLine{QStringLiteral("PLAN-5G-20"), QStringLiteral("Mobile plan 5G 20 GB"), 1, 2500}};
    p.timeline = {TimelineEvent{QStringLiteral("e-2"), now.addSecs(-86400), QStringLiteral("email"),
                                QStringLiteral("email.opened"), QStringLiteral("Opened reminder email")},
                  TimelineEvent{QStringLiteral("e-1"), now.addSecs(-3 * 86400), QStringLiteral("web"),
                                QStringLiteral("cart.add"), QStringLiteral("Added Phone X15 to the cart")}};
    p.nextSteps = {
        NextStep{QStringLiteral("abandoned-cart"),
                 QStringLiteral("Offer to complete the order on the phone"),
                 QStringLiteral("Cart with 2 items abandoned 3 days ago"),
                 {QStringLiteral("Confirm the phone and plan"), QStringLiteral("Offer same-day activation")},
                 90}};
    return p;
}

} // namespace

class TestCallFlow : public QObject
{
    Q_OBJECT

private:
    void signIn(ScriptedService &service, DesktopController &controller)
    {
        controller.setServerUrl(service.url());
        controller.startWithCredentials(QStringLiteral("agent1"), QStringLiteral("secret"));
        QTRY_VERIFY(service.last<Hello>().has_value());
        service.welcome(QStringLiteral("tok"));
        QTRY_COMPARE(controller.client()->state(), net::ProfileClient::State::Online);
        service.send(Snapshot{}, 1);
        QTRY_COMPARE(controller.client()->lastSeq(), qint64(1));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void idleWindow_showsConnectionStateAndAgent()
    {
        QTemporaryDir dir;
        ScriptedService service;
        DesktopController controller(dir.path());
        ui::MainWindow *window = controller.mainWindow();
        QCOMPARE(window->connectionText(), QStringLiteral("Offline"));
        signIn(service, controller);
        QCOMPARE(window->connectionText(), QStringLiteral("Online"));
        QCOMPARE(window->agentText(), QStringLiteral("Signed in as Alex Agent"));
        QVERIFY(!window->isShowingCall());
    }

    void callConnected_popsProfile_patchHighlights_outcomeIsStored()
    {
        QTemporaryDir dir;
        ScriptedService service;
        DesktopController controller(dir.path());
        ui::MainWindow *window = controller.mainWindow();
        ui::CallView *view = window->callView();
        signIn(service, controller);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // 1. The call pops.
        QSignalSpy popped(view, &ui::CallView::popped);
        service.send(CallConnected{ActiveCall{QStringLiteral("c-77"),
                                              QStringLiteral("+31612345678"),
                                              QStringLiteral("exact"),
                                              QDateTime::currentDateTimeUtc(),
                                              marta(),
                                              {}}},
                     2);
        QVERIFY(popped.wait());
        QCOMPARE(popped.first().first().toString(), QStringLiteral("c-77"));
        QVERIFY(window->isShowingCall());
        QCOMPARE(view->header()->nameText(), QStringLiteral("Marta Jansen"));
        QCOMPARE(view->header()->phoneText(), maskPhone(QStringLiteral("+31612345678")));
        QVERIFY(!view->header()->phoneText().contains(QStringLiteral("612345")));
        QCOMPARE(view->header()->tierText(), QStringLiteral("GOLD"));
        QCOMPARE(view->header()->callText(), QStringLiteral("Call c-77"));
        QCOMPARE(view->cartModel()->rowCount(), 2);
        QCOMPARE(view->cartPanel()->totalText(), QStringLiteral("Total EUR 824.00"));
        QCOMPARE(view->cartPanel()->abandonedText(), QStringLiteral("Abandoned 3 days ago"));
        QCOMPARE(view->cartPanel()->ageText(), QStringLiteral("Updated 3 days ago"));
        QCOMPARE(view->timelineModel()->rowCount(), 2);
        QCOMPARE(view->nextStepPanel()->titleText(),
                 QStringLiteral("Offer to complete the order on the phone"));
        QCOMPARE(view->nextStepPanel()->talkingPoints().size(), 2);
        QVERIFY(view->cartPanel()->isVisible());

        // 2. The customer adds a phone case on the website.
        ProfilePatch patch;
        patch.profileId = QStringLiteral("p-1001");
        patch.base = 7;
        patch.version = 8;
        Cart cart = marta().cart;
        cart.updatedAt = QDateTime::currentDateTimeUtc();
        cart.lines.append(CartLine{QStringLiteral("CASE-X15"), QStringLiteral("Phone case"), 1, 1900});
        patch.cart = cart;
        patch.timelineAdded = {TimelineEvent{QStringLiteral("e-90"), QDateTime::currentDateTimeUtc(),
                                             QStringLiteral("web"), QStringLiteral("cart.add"),
                                             QStringLiteral("Added Phone case")}};
        service.send(patch, 3);
        QTRY_COMPARE(view->cartModel()->rowCount(), 3);
        QVERIFY(view->cartModel()->index(2, 0).data(CartModel::ChangedRecentlyRole).toBool());
        QVERIFY(!view->cartModel()->index(0, 0).data(CartModel::ChangedRecentlyRole).toBool());
        QCOMPARE(view->cartPanel()->totalText(), QStringLiteral("Total EUR 843.00"));
        QCOMPARE(view->timelineModel()->index(0, 0).data(TimelineModel::IdRole).toString(),
                 QStringLiteral("e-90"));
        QCOMPARE(view->profileVersion(), qint64(8));
        // OMNIDESK_SCREENSHOT_DIR=… saves what the agent sees, for docs/screenshots.
        if (const QString shots = qEnvironmentVariable("OMNIDESK_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(window->grab().save(QDir(shots).filePath(QStringLiteral("call-view.png"))));

        // 3. The agent logs the outcome with the keyboard only.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        // Ctrl+Shift+F searches the timeline; a word narrows the rows, clearing restores them.
        ui::TimelinePanel *timeline = view->timelinePanel();
        QCOMPARE(timeline->countText(), QStringLiteral("3 events"));
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(timeline->searchEdit()->hasFocus());
        QTest::keyClicks(timeline->searchEdit(), QStringLiteral("email"));
        QCOMPARE(timeline->view()->model()->rowCount(), 1);
        QCOMPARE(timeline->view()->model()->index(0, 0).data(TimelineModel::IdRole).toString(),
                 QStringLiteral("e-2"));
        QCOMPARE(timeline->countText(), QStringLiteral("1 of 3 events"));
        timeline->searchEdit()->clear();
        QCOMPARE(timeline->view()->model()->rowCount(), 3);
        QCOMPARE(timeline->countText(), QStringLiteral("3 events"));
        ui::OutcomeForm *form = view->outcomeForm();
        // Jump keys: Ctrl+Shift+N to the notes, Ctrl+Shift+O to the disposition.
        QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(form->notesEdit()->hasFocus());
        QTest::keyClick(window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(form->dispositionBox()->hasFocus());
        QTest::keyClicks(form->dispositionBox(), QStringLiteral("Sa"));
        QCOMPARE(form->disposition(), QStringLiteral("sale"));
        QTest::keyClick(form->dispositionBox(), Qt::Key_Tab);
        QTRY_VERIFY(form->notesEdit()->hasFocus());
        QTest::keyClicks(form->notesEdit(), QStringLiteral("Ordered the phone and case"));
        QTest::keyClick(form->notesEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(form->notes(), QStringLiteral("Ordered the phone and case"));
        QTRY_VERIFY(service.last<OutcomeLog>().has_value());
        QCOMPARE(form->statusText(), QStringLiteral("Saved locally — sending…"));
        const Frame logFrame = *service.last<OutcomeLog>();
        const OutcomeLog log = std::get<OutcomeLog>(logFrame.message);
        QCOMPARE(log.callId, QStringLiteral("c-77"));
        QCOMPARE(log.profileId, QStringLiteral("p-1001"));
        QCOMPARE(log.disposition, QStringLiteral("sale"));
        QCOMPARE(log.notes, QStringLiteral("Ordered the phone and case"));
        QCOMPARE(log.key, form->lastKey());
        QCOMPARE(controller.outbox()->pending().size(), 1);

        // 4. The call ends: the form stays for wrap-up.
        service.send(CallEnded{QStringLiteral("c-77"), QDateTime::currentDateTimeUtc()}, 4);
        QTRY_VERIFY(view->isEnded());
        QVERIFY(view->header()->stateText().contains(QStringLiteral("wrap-up")));
        QVERIFY(window->isShowingCall());
        QVERIFY(form->isVisible());

        // 5. The service acknowledges.
        service.send(OutcomeAck{log.key, 12, false, QDateTime::currentDateTimeUtc()}, 0, logFrame.rid);
        QTRY_COMPARE(form->statusText(), QStringLiteral("Stored in profile (#12)"));
        QTRY_COMPARE(controller.outbox()->pending().size(), 0);
    }

    // The whole call with the keyboard alone, in every shipped language: the
    // shortcuts are the same everywhere (they are not translated), and the
    // disposition is picked by typing its name as the agent reads it.
    void keyboardOnly_wholeCallInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : ui::Localization::availableLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void keyboardOnly_wholeCallInEachLanguage()
    {
        QFETCH(QString, language);
        ui::Localization localization;
        QVERIFY(localization.install(*qApp, language));
        QTemporaryDir dir;
        ScriptedService service;
        DesktopController controller(dir.path());
        ui::MainWindow *window = controller.mainWindow();
        ui::CallView *view = window->callView();
        signIn(service, controller);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // The service words the next steps in the language the desktop announces.
        QVERIFY(service.last<Hello>().has_value());
        QCOMPARE(Catalogues::match(std::get<Hello>(service.last<Hello>()->message).language), language);

        QSignalSpy popped(view, &ui::CallView::popped);
        service.send(CallConnected{ActiveCall{QStringLiteral("c-80"),
                                              QStringLiteral("+31612345678"),
                                              QStringLiteral("exact"),
                                              now,
                                              marta(),
                                              {}}},
                     2);
        service.send(
            AgentStateChanged{QStringLiteral("on_call"), now, {}, false, QStringLiteral("call_connected")},
            3);
        QVERIFY(popped.wait());
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));

        // Accept the first next step: Ctrl+Shift+R to the steps, Ctrl+Shift+Y.
        QTest::keyClick(window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);

        // Ctrl+Shift+O, type the disposition "sale" as it reads in this language, Tab, notes, Ctrl+Return.
        ui::OutcomeForm *form = view->outcomeForm();
        QTest::keyClick(window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(form->dispositionBox()->hasFocus());
        const int sale = form->dispositionBox()->findData(QStringLiteral("sale"));
        QVERIFY(sale >= 0);
        const QString saleLabel = form->dispositionBox()->itemText(sale);
        QCOMPARE(saleLabel == QStringLiteral("Sale"), language == QStringLiteral("en"));
        QTest::keyClicks(form->dispositionBox(), saleLabel);
        QCOMPARE(form->disposition(), QStringLiteral("sale"));
        QTest::keyClick(form->dispositionBox(), Qt::Key_Tab);
        QTRY_VERIFY(form->notesEdit()->hasFocus());
        QTest::keyClicks(form->notesEdit(), QStringLiteral("Ordered on the call"));
        QTest::keyClick(form->notesEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(service.last<OutcomeLog>().has_value());
        const Frame logFrame = *service.last<OutcomeLog>();
        const OutcomeLog log = std::get<OutcomeLog>(logFrame.message);
        QCOMPARE(log.disposition, QStringLiteral("sale"));
        QCOMPARE(log.notes, QStringLiteral("Ordered on the call"));
        QCOMPARE(log.steps.size(), 1);
        QCOMPARE(log.steps.first().stepId, QStringLiteral("abandoned-cart"));
        QCOMPARE(log.steps.first().decision, QStringLiteral("accepted"));
        // The form speaks the language (the English source only in English).
        QCOMPARE(form->statusText() == QStringLiteral("Saved locally — sending…"),
                 language == QStringLiteral("en"));

        // The call ends, the service stores the outcome, and Ctrl+Shift+A ends the wrap-up.
        service.send(CallEnded{QStringLiteral("c-80"), now.addSecs(60)}, 4);
        service.send(AgentStateChanged{QStringLiteral("wrap_up"), now.addSecs(60), now.addSecs(120), false,
                                       QStringLiteral("call_ended")},
                     5);
        service.send(OutcomeAck{log.key, 21, false, now.addSecs(61)}, 0, logFrame.rid);
        QTRY_COMPARE(controller.outbox()->pending().size(), 0);
        QTRY_VERIFY(window->extendWrapUpAction()->isEnabled());
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(service.last<AgentStateRequest>().has_value());
        QCOMPARE(std::get<AgentStateRequest>(service.last<AgentStateRequest>()->message),
                 (AgentStateRequest{QStringLiteral("available"), false}));
    }

    void patch_updatesNameConsentsLifetimeValueAndTier()
    {
        QTemporaryDir dir;
        ScriptedService service;
        DesktopController controller(dir.path());
        ui::CallView *view = controller.mainWindow()->callView();
        signIn(service, controller);
        QSignalSpy popped(view, &ui::CallView::popped);
        service.send(CallConnected{ActiveCall{QStringLiteral("c-77"),
                                              QStringLiteral("+31612345678"),
                                              QStringLiteral("exact"),
                                              QDateTime::currentDateTimeUtc(),
                                              marta(),
                                              {}}},
                     2);
        QVERIFY(popped.wait());
        QCOMPARE(view->header()->factsText(),
                 QStringLiteral("Marketing consent \u2014 email: unknown, SMS: unknown, phone: unknown"));

        // The customer opts in to email and buys in the store: the header follows.
        ProfilePatch patch;
        patch.profileId = QStringLiteral("p-1001");
        patch.base = 7;
        patch.version = 8;
        patch.consents = Consents{QStringLiteral("granted"), QStringLiteral("denied"), QString()};
        patch.lifetimeValue = 54000;
        patch.tier = QStringLiteral("platinum");
        service.send(patch, 3);
        QTRY_VERIFY(
            view->header()->factsText().contains(QStringLiteral("email: yes, SMS: no, phone: unknown")));
        QVERIFY(view->header()->factsText().contains(QStringLiteral("Lifetime value EUR 540.00")));
        QCOMPARE(view->header()->tierText(), QStringLiteral("PLATINUM"));
        QCOMPARE(view->draftOutcome().context->consents.email, QStringLiteral("granted"));

        // A new display name alone: the caller header shows it without a new pop.
        ProfilePatch renamed;
        renamed.profileId = QStringLiteral("p-1001");
        renamed.base = 8;
        renamed.version = 9;
        renamed.name = QStringLiteral("Marta de Vries");
        service.send(renamed, 4);
        QTRY_COMPARE(view->header()->nameText(), QStringLiteral("Marta de Vries"));
        QCOMPARE(view->draftOutcome().context->name, QStringLiteral("Marta de Vries"));
        QCOMPARE(view->header()->tierText(), QStringLiteral("PLATINUM"));
    }

    void agentState_labelFollowsService()
    {
        QTemporaryDir dir;
        ScriptedService service;
        DesktopController controller(dir.path());
        ui::MainWindow *window = controller.mainWindow();
        QCOMPARE(window->agentStateText(), QStringLiteral("Offline"));
        signIn(service, controller);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        service.send(
            AgentStateChanged{QStringLiteral("available"), now, {}, false, QStringLiteral("signed_in")}, 2);
        QTRY_COMPARE(window->agentStateText(), QStringLiteral("Available"));
        service.send(
            AgentStateChanged{QStringLiteral("on_call"), now, {}, false, QStringLiteral("call_connected")},
            3);
        QTRY_COMPARE(window->agentStateText(), QStringLiteral("On call"));
        QVERIFY(!window->breakAction()->isEnabled()); // on_call ends only with the call
        service.send(AgentStateChanged{QStringLiteral("break"), now, {}, false, QStringLiteral("requested")},
                     4);
        QTRY_COMPARE(window->agentStateText(), QStringLiteral("Break"));
        const auto *label = window->findChild<QLabel *>(QStringLiteral("agentState"));
        QVERIFY(label);
        QCOMPARE(label->accessibleName(), QStringLiteral("Agent state"));
        QVERIFY(label->isVisible() || !window->isVisible());
    }

    void agentState_ctrlShiftBRequestsBreak()
    {
        QTemporaryDir dir;
        ScriptedService service;
        DesktopController controller(dir.path());
        ui::MainWindow *window = controller.mainWindow();
        signIn(service, controller);
        service.send(AgentStateChanged{QStringLiteral("available"),
                                       QDateTime::currentDateTimeUtc(),
                                       {},
                                       false,
                                       QStringLiteral("signed_in")},
                     2);
        QTRY_COMPARE(window->agentStateText(), QStringLiteral("Available"));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(service.last<AgentStateRequest>().has_value());
        const auto request = std::get<AgentStateRequest>(service.last<AgentStateRequest>()->message);
        QCOMPARE(request.state, QStringLiteral("break"));
        QVERIFY(!request.extend);
    }

    void agentState_wrapUpCountsDownAndExtendsOnce()
    {
        QTemporaryDir dir;
        ScriptedService service;
        DesktopController controller(dir.path());
        ui::MainWindow *window = controller.mainWindow();
        signIn(service, controller);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        service.send(AgentStateChanged{QStringLiteral("wrap_up"), now, now.addSecs(90), false,
                                       QStringLiteral("call_ended")},
                     2);
        static const QRegularExpression countdown(QStringLiteral("^Wrap-up 1:(30|29|28)$"));
        QTRY_VERIFY2(countdown.match(window->agentStateText()).hasMatch(),
                     qPrintable(window->agentStateText()));
        // It counts down by itself, a second at a time.
        const QString first = window->agentStateText();
        QTRY_VERIFY_WITH_TIMEOUT(window->agentStateText() != first, 3000);
        QVERIFY(countdown.match(window->agentStateText()).hasMatch());

        QVERIFY(window->extendWrapUpAction()->isEnabled());
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(service.last<AgentStateRequest>().has_value());
        QCOMPARE(std::get<AgentStateRequest>(service.last<AgentStateRequest>()->message),
                 (AgentStateRequest{QStringLiteral("wrap_up"), true}));
        service.send(AgentStateChanged{QStringLiteral("wrap_up"), now, now.addSecs(150), true,
                                       QStringLiteral("requested")},
                     3);
        QTRY_VERIFY2(window->agentStateText().startsWith(QStringLiteral("Wrap-up 2:")),
                     qPrintable(window->agentStateText()));
        QVERIFY(!window->extendWrapUpAction()->isEnabled()); // once only
    }

    void unknownCaller_showsUnknownHeader()
    {
        QTemporaryDir dir;
        ScriptedService service;
        DesktopController controller(dir.path());
        ui::CallView *view = controller.mainWindow()->callView();
        signIn(service, controller);
        QSignalSpy popped(view, &ui::CallView::popped);
        service.send(CallConnected{ActiveCall{QStringLiteral("c-9"),
                                              QStringLiteral("+441632960001"),
                                              QStringLiteral("none"),
                                              QDateTime::currentDateTimeUtc(),
                                              std::nullopt,
                                              {}}},
                     2);
        QVERIFY(popped.wait());
        QCOMPARE(view->header()->nameText(), QStringLiteral("Unknown caller"));
        QCOMPARE(view->cartModel()->rowCount(), 0);
        QCOMPARE(view->nextStepPanel()->titleText(), QStringLiteral("No recommendation for this customer."));
    }

    void outcomeSavedOffline_isSentAfterReconnect()
    {
        QTemporaryDir dir;
        ScriptedService service;
        DesktopController controller(dir.path());
        ui::CallView *view = controller.mainWindow()->callView();
        view->showCall(ActiveCall{QStringLiteral("c-5"),
                                  QStringLiteral("+31612345678"),
                                  QStringLiteral("exact"),
                                  QDateTime::currentDateTimeUtc(),
                                  marta(),
                                  {}});
        ui::OutcomeForm *form = view->outcomeForm();
        form->dispositionBox()->setCurrentIndex(1);
        form->notesEdit()->setPlainText(QStringLiteral("Call back tomorrow"));
        form->saveButton()->click();
        QCOMPARE(form->statusText(),
                 QStringLiteral("Saved locally — will be sent when the connection is back."));
        QTRY_COMPARE(controller.outbox()->pending().size(), 1);

        signIn(service, controller);
        QTRY_VERIFY(service.last<OutcomeLog>().has_value());
        QCOMPARE(std::get<OutcomeLog>(service.last<OutcomeLog>()->message).disposition,
                 QStringLiteral("callback"));
    }
};

QTEST_MAIN(TestCallFlow)
#include "tst_callflow.moc"
