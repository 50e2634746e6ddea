// Offscreen UI tests of the desktop beyond the plain call pop, driven by keys
// against a scripted service: accepting and dismissing next steps, the store
// associate's lookup and purchase intent, and the caller picker when several
// customers share a number.
#include "CallView.h"
#include "CallerHeader.h"
#include "CandidateModel.h"
#include "CartModel.h"
#include "DesktopController.h"
#include "LatelyStrip.h"
#include "LookupDialog.h"
#include "MainWindow.h"
#include "NextStepModel.h"
#include "NextStepPanel.h"
#include "OutcomeForm.h"
#include "ProfileClient.h"
#include "ScriptedService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace omnidesk;
using namespace omnidesk::protocol;
using omnidesk::test::ScriptedService;

namespace {

const auto kCtrlShift = Qt::ControlModifier | Qt::ShiftModifier;

Profile marta()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Profile p;
    p.id = QStringLiteral("p-1001");
    p.version = 7;
    p.name = QStringLiteral("Marta Jansen");
    p.phone = QStringLiteral("+31 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022 678");
    p.tier = QStringLiteral("gold");
    p.consents = Consents{QStringLiteral("granted"), QStringLiteral("denied"), {}};
    p.cart.currency = QStringLiteral("EUR");
    p.cart.updatedAt = now.addSecs(-3 * 86400);
    p.cart.lines = {CartLine{QStringLiteral("PH-X15-128"), QStringLiteral("Phone X15 128 GB"), 1, 79900},
                    CartLine{QStringLiteral("PLAN-5G-20"), QStringLiteral("Mobile plan 5G 20 GB"), 1, 2500}};
    p.timeline = {TimelineEvent{QStringLiteral("e-3"), now.addSecs(-3600), QStringLiteral("chat"),
                                QStringLiteral("bot.conversation"),
                                QStringLiteral("Asked the bot about delivery")},
                  TimelineEvent{QStringLiteral("e-2"), now.addSecs(-86400), QStringLiteral("email"),
                                QStringLiteral("email.opened"), QStringLiteral("Opened reminder email")},
                  TimelineEvent{QStringLiteral("e-1"), now.addSecs(-3 * 86400), QStringLiteral("web"),
                                QStringLiteral("cart.add"), QStringLiteral("Added Phone X15 to the cart")},
                  TimelineEvent{QStringLiteral("e-0"), now.addSecs(-40 * 86400), QStringLiteral("store"),
                                QStringLiteral("store.visit"), QStringLiteral("Visited the Utrecht store")}};
    p.nextSteps = {NextStep{QStringLiteral("abandoned-cart"),
                            QStringLiteral("Offer to complete the order"),
                            QStringLiteral("Cart abandoned 3 days ago"),
                            {QStringLiteral("Confirm the plan")},
                            90},
                   NextStep{QStringLiteral("insurance"),
                            QStringLiteral("Offer device insurance"),
                            QStringLiteral("Gold customer buying a phone"),
                            {},
                            50}};
    return p;
}

ProfileCandidate candidate(const QString &id, const QString &name)
{
    return ProfileCandidate{id,
                            name,
                            {},
                            QStringLiteral("+31 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022 233"),
                            {},
                            QStringLiteral("phone matches"),
                            1,
                            4800,
                            QStringLiteral("EUR"),
                            {}};
}

} // namespace

class TestLookupFlow : public QObject
{
    Q_OBJECT

private:
    void signIn(ScriptedService &service, DesktopController &controller, const UserInfo &user,
                const QStringList &dispositions = {})
    {
        controller.setServerUrl(service.url());
        controller.startWithCredentials(user.id, QStringLiteral("secret"));
        QTRY_VERIFY(service.last<Hello>().has_value());
        service.welcome(QStringLiteral("tok"), user, dispositions);
        QTRY_COMPARE(controller.client()->state(), net::ProfileClient::State::Online);
        service.send(Snapshot{}, 1);
        QTRY_COMPARE(controller.client()->lastSeq(), qint64(1));
        QVERIFY(QTest::qWaitForWindowExposed(controller.mainWindow()));
    }

    // Signs agent1 in and pops Marta's call c-77 (seq 2).
    void signInAndPopMarta(ScriptedService &service, DesktopController &controller)
    {
        signIn(service, controller,
               {QStringLiteral("agent1"), QStringLiteral("Alex Agent"), QStringLiteral("agent")});
        service.send(CallConnected{ActiveCall{QStringLiteral("c-77"),
                                              QStringLiteral("+31612345678"),
                                              QStringLiteral("exact"),
                                              QDateTime::currentDateTimeUtc(),
                                              marta(),
                                              {}}},
                     2);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void candidateModel_passesTester()
    {
        CandidateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCandidates({candidate(QStringLiteral("p-1"), QStringLiteral("Pieter")),
                             candidate(QStringLiteral("p-2"), QString())});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, CandidateModel::NameColumn).data().toString(),
                 QStringLiteral("Customer p-2"));
        QCOMPARE(model.index(0, CandidateModel::ReasonColumn).data().toString(),
                 QStringLiteral("Phone number matches"));
        QVERIFY(model.index(0, CandidateModel::CartColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("EUR 48.00")));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void queryFor_detectsKind_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("kind");
        QTest::newRow("email") << QStringLiteral(" Marta.Jansen@example.com ") << QStringLiteral("email");
        QTest::newRow("local phone") << QStringLiteral("06 1234 5678") << QStringLiteral("phone");
        QTest::newRow("international phone")
            << QStringLiteral("+31 (0)6-1234-5678") << QStringLiteral("phone");
        QTest::newRow("name") << QStringLiteral("jansen") << QStringLiteral("q");
        QTest::newRow("customer id") << QStringLiteral("p-1001") << QStringLiteral("q");
        QTest::newRow("short number is an id") << QStringLiteral("1001") << QStringLiteral("q");
        QTest::newRow("blank") << QStringLiteral("   ") << QString();
    }

    void queryFor_detectsKind()
    {
        QFETCH(QString, typed);
        QFETCH(QString, kind);
        const std::optional<Lookup> query = ui::LookupDialog::queryFor(typed);
        QCOMPARE(query.has_value(), !kind.isEmpty());
        if (!query)
            return;
        const QString got = !query->phone.isEmpty()   ? QStringLiteral("phone")
                            : !query->email.isEmpty() ? QStringLiteral("email")
                                                      : QStringLiteral("q");
        QCOMPARE(got, kind);
    }

    void nextSteps_acceptAndDismissByKeyboard_sentWithOutcome()
    {
        QTemporaryDir dir;
        ScriptedService service;
        DesktopController controller(dir.path());
        ui::MainWindow *window = controller.mainWindow();
        ui::CallView *view = window->callView();
        signInAndPopMarta(service, controller);
        QTRY_VERIFY(window->isShowingCall());
        ui::NextStepPanel *steps = view->nextStepPanel();
        QCOMPARE(steps->titleText(), QStringLiteral("Offer to complete the order"));
        QVERIFY(view->header()->factsText().contains(QStringLiteral("email: yes, SMS: no, phone: unknown")));
        // The lately strip: chat, email, web; the store visit is older than two weeks.
        QCOMPARE(view->latelyStrip()->events().size(), 3);
        QVERIFY(view->latelyStrip()->chipTexts().first().contains(QStringLiteral("Asked the bot")));

        // Accept the top step, then dismiss the second with a typed reason.
        QTest::keyClick(window, Qt::Key_R, kCtrlShift);
        QTRY_VERIFY(steps->list()->hasFocus());
        QTest::keyClick(window, Qt::Key_Y, kCtrlShift);
        QCOMPARE(view->nextStepModel()->decisionOf(QStringLiteral("abandoned-cart")),
                 QStringLiteral("accepted"));
        QTest::keyClick(steps->list(), Qt::Key_Down);
        QCOMPARE(steps->currentStepId(), QStringLiteral("insurance"));
        QTest::keyClick(window, Qt::Key_D, kCtrlShift);
        QTRY_VERIFY(steps->dismissReasonBox()->lineEdit()->hasFocus());
        // Enter with no reason does nothing: a dismissal needs one.
        QTest::keyClick(steps->dismissReasonBox()->lineEdit(), Qt::Key_Return);
        QVERIFY(view->nextStepModel()->decisionOf(QStringLiteral("insurance")).isEmpty());
        QTest::keyClicks(steps->dismissReasonBox()->lineEdit(), QStringLiteral("Has insurance already"));
        QTest::keyClick(steps->dismissReasonBox()->lineEdit(), Qt::Key_Return);
        QCOMPARE(view->nextStepModel()->decisionOf(QStringLiteral("insurance")), QStringLiteral("dismissed"));

        // Intent: tick the phone; follow-up by SMS; then save from the keyboard.
        ui::OutcomeForm *form = view->outcomeForm();
        QTest::keyClick(window, Qt::Key_I, kCtrlShift);
        QTRY_VERIFY(form->intentList()->hasFocus());
        form->intentList()->setCurrentRow(0);
        QTest::keyClick(form->intentList(), Qt::Key_Space);
        QCOMPARE(form->intent().size(), 1);
        QTest::keyClick(window, Qt::Key_U, kCtrlShift);
        QTRY_VERIFY(form->followUpBox()->hasFocus());
        QTest::keyClick(form->followUpBox(), Qt::Key_Space);
        QVERIFY(form->followUpBox()->isChecked());
        form->followUpChannel()->setCurrentIndex(form->followUpChannel()->findData(QStringLiteral("sms")));
        QTest::keyClick(window, Qt::Key_O, kCtrlShift);
        QTRY_VERIFY(form->dispositionBox()->hasFocus());
        QTest::keyClicks(form->dispositionBox(), QStringLiteral("Call"));
        QCOMPARE(form->disposition(), QStringLiteral("callback"));
        QTest::keyClick(form->dispositionBox(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(service.last<OutcomeLog>().has_value());

        const OutcomeLog log = std::get<OutcomeLog>(service.last<OutcomeLog>()->message);
        QCOMPARE(log.channel, QStringLiteral("call"));
        QCOMPARE(log.steps.size(), 2);
        QCOMPARE(log.steps.at(0).decision, QStringLiteral("accepted"));
        QCOMPARE(log.steps.at(1).decision, QStringLiteral("dismissed"));
        QCOMPARE(log.steps.at(1).reason, QStringLiteral("Has insurance already"));
        QCOMPARE(log.intent.size(), 1);
        QCOMPARE(log.intent.first().sku, QStringLiteral("PH-X15-128"));
        QVERIFY(log.followUp);
        QCOMPARE(log.followUp->channel, QStringLiteral("sms"));
        QVERIFY(log.context);
        QCOMPARE(log.context->cart.lines.size(), 2);
        QCOMPARE(log.context->nextSteps.size(), 2);
        QCOMPARE(log.context->timeline.size(), 3); // the lately strip, as the agent saw it
    }

    void storeAssociate_looksUpCustomerAndRecordsIntent()
    {
        QTemporaryDir dir;
        ScriptedService service;
        DesktopController controller(dir.path());
        ui::MainWindow *window = controller.mainWindow();
        ui::CallView *view = window->callView();
        const QStringList storeDispositions{QStringLiteral("purchase_intent"), QStringLiteral("sale"),
                                            QStringLiteral("info_only")};
        signIn(service, controller,
               {QStringLiteral("store1"), QStringLiteral("Sam Store"), QStringLiteral("store")},
               storeDispositions);
        QCOMPARE(window->idleTitleText(), QStringLiteral("Serve a walk-in customer"));
        QVERIFY(!window->availableAction()->isVisible());
        QCOMPARE(view->outcomeForm()->dispositions(), storeDispositions);

        QTest::keyClick(window, Qt::Key_L, kCtrlShift);
        QTRY_VERIFY(controller.lookupDialog() && controller.lookupDialog()->isVisible());
        ui::LookupDialog *dialog = controller.lookupDialog();
        QVERIFY(!dialog->isPicking());
        QTRY_VERIFY(dialog->searchEdit()->hasFocus());
        QTest::keyClicks(dialog->searchEdit(), QStringLiteral("marta.jansen@example.com"));
        QTest::keyClick(dialog->searchEdit(), Qt::Key_Return);
        QTRY_VERIFY(service.last<Lookup>().has_value());
        const Frame lookupFrame = *service.last<Lookup>();
        QCOMPARE(std::get<Lookup>(lookupFrame.message).email, QStringLiteral("marta.jansen@example.com"));
        QCOMPARE(dialog->statusText(), QStringLiteral("Searching…"));

        ProfileCandidate found = candidate(QStringLiteral("p-1001"), QStringLiteral("Marta Jansen"));
        found.reason = QStringLiteral("email matches");
        service.send(LookupResult{{found}}, 0, lookupFrame.rid);
        QTRY_COMPARE(dialog->model()->rowCount(), 1);
        QTRY_VERIFY(dialog->resultView()->hasFocus());
        QTest::keyClick(dialog->resultView(), Qt::Key_Return);
        QTRY_VERIFY(service.last<ProfileOpen>().has_value());
        const ProfileOpen open = std::get<ProfileOpen>(service.last<ProfileOpen>()->message);
        QCOMPARE(open.profileId, QStringLiteral("p-1001"));
        QVERIFY(open.callId.isEmpty());

        service.send(ProfileOpened{QString(), marta()}, 2);
        QTRY_VERIFY(window->isShowingCall());
        QTRY_VERIFY(!dialog->isVisible());
        window->activateWindow(); // as the window manager does when a dialog closes
        QVERIFY(QTest::qWaitForWindowActive(window));
        QVERIFY(view->isStoreVisit());
        QCOMPARE(view->header()->nameText(), QStringLiteral("Marta Jansen"));
        QCOMPARE(view->header()->stateText(), QStringLiteral("Store visit"));
        QCOMPARE(view->cartModel()->rowCount(), 2);

        // The web cart changes while the customer is in the store.
        ProfilePatch patch;
        patch.profileId = QStringLiteral("p-1001");
        patch.base = 7;
        patch.version = 8;
        Cart cart = marta().cart;
        cart.lines.append(CartLine{QStringLiteral("CASE"), QStringLiteral("Phone case"), 1, 1900});
        patch.cart = cart;
        service.send(patch, 3);
        QTRY_COMPARE(view->cartModel()->rowCount(), 3);
        QCOMPARE(view->outcomeForm()->intentList()->count(), 3);

        ui::OutcomeForm *form = view->outcomeForm();
        QTest::keyClick(window, Qt::Key_I, kCtrlShift);
        QTRY_VERIFY(form->intentList()->hasFocus());
        form->intentList()->setCurrentRow(2);
        QTest::keyClick(form->intentList(), Qt::Key_Space);
        QTest::keyClick(window, Qt::Key_O, kCtrlShift);
        QTRY_VERIFY(form->dispositionBox()->hasFocus());
        QTest::keyClicks(form->dispositionBox(), QStringLiteral("Pur"));
        QCOMPARE(form->disposition(), QStringLiteral("purchase_intent"));
        QTest::keyClick(window, Qt::Key_N, kCtrlShift);
        QTest::keyClicks(form->notesEdit(), QStringLiteral("Comes back Saturday"));
        QTest::keyClick(form->notesEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(service.last<OutcomeLog>().has_value());
        const OutcomeLog log = std::get<OutcomeLog>(service.last<OutcomeLog>()->message);
        QCOMPARE(log.channel, QStringLiteral("store"));
        QVERIFY(log.callId.isEmpty());
        QCOMPARE(log.profileId, QStringLiteral("p-1001"));
        QCOMPARE(log.intent.size(), 1);
        QCOMPARE(log.intent.first().sku, QStringLiteral("CASE"));
        QCOMPARE(log.context->cart.lines.size(), 3);
    }

    void lookup_errorAndEmptyResult_areShownInTheDialog()
    {
        QTemporaryDir dir;
        ScriptedService service;
        DesktopController controller(dir.path());
        signIn(service, controller,
               {QStringLiteral("store1"), QStringLiteral("Sam Store"), QStringLiteral("store")});
        controller.showLookup();
        ui::LookupDialog *dialog = controller.lookupDialog();
        QTest::keyClicks(dialog->searchEdit(), QStringLiteral("nobody"));
        QTest::keyClick(dialog->searchEdit(), Qt::Key_Return);
        QTRY_VERIFY(service.last<Lookup>().has_value());
        service.send(LookupResult{}, 0, service.last<Lookup>()->rid);
        QTRY_VERIFY(dialog->statusText().startsWith(QStringLiteral("No customer found")));
        QCOMPARE(dialog->model()->rowCount(), 0);

        dialog->searchEdit()->setText(QStringLiteral("+31 6 1234"));
        QTest::keyClick(dialog->searchEdit(), Qt::Key_Return);
        QTRY_COMPARE(service.all<Lookup>().size(), 2);
        service.send(ErrorMessage{QString(errors::InvalidMessage),
                                  QStringLiteral("payload.phone: not a phone number")},
                     0, service.last<Lookup>()->rid);
        QTRY_VERIFY(dialog->statusText().contains(QStringLiteral("not a phone number")));
        QVERIFY(!controller.mainWindow()->isShowingCall());
    }

    void lookupDuringCall_keepsTheCallUntilItsOutcomeIsSaved()
    {
        QTemporaryDir dir;
        ScriptedService service;
        DesktopController controller(dir.path());
        ui::CallView *view = controller.mainWindow()->callView();
        signInAndPopMarta(service, controller);
        QTRY_COMPARE(view->callId(), QStringLiteral("c-77"));
        view->outcomeForm()->notesEdit()->setPlainText(QStringLiteral("Half-written notes"));
        Profile other = marta();
        other.id = QStringLiteral("p-2000");
        other.name = QStringLiteral("Someone Else");
        service.send(ProfileOpened{QString(), other}, 3);
        QTRY_COMPARE(controller.client()->lastSeq(), qint64(3));
        QCOMPARE(view->callId(), QStringLiteral("c-77"));
        QCOMPARE(view->profileId(), QStringLiteral("p-1001"));
        QCOMPARE(view->outcomeForm()->notes(), QStringLiteral("Half-written notes"));
        QCOMPARE(view->header()->nameText(), QStringLiteral("Marta Jansen"));
    }

    void sharedNumber_picksCallerFromCandidates()
    {
        QTemporaryDir dir;
        ScriptedService service;
        DesktopController controller(dir.path());
        ui::MainWindow *window = controller.mainWindow();
        ui::CallView *view = window->callView();
        signIn(service, controller,
               {QStringLiteral("agent1"), QStringLiteral("Alex Agent"), QStringLiteral("agent")});
        ActiveCall call{QStringLiteral("c-79"),
                        QStringLiteral("+31201112233"),
                        QStringLiteral("multiple"),
                        QDateTime::currentDateTimeUtc(),
                        std::nullopt,
                        {candidate(QStringLiteral("p-1003"), QStringLiteral("Pieter de Vries")),
                         candidate(QStringLiteral("p-1004"), QStringLiteral("Anna de Vries"))}};
        service.send(CallConnected{call}, 2);
        QTRY_VERIFY(controller.lookupDialog() && controller.lookupDialog()->isVisible());
        ui::LookupDialog *picker = controller.lookupDialog();
        QVERIFY(picker->isPicking());
        QCOMPARE(picker->model()->rowCount(), 2);
        QCOMPARE(view->header()->nameText(), QStringLiteral("Several customers share this number"));
        QTRY_VERIFY(picker->resultView()->hasFocus());
        QTest::keyClick(picker->resultView(), Qt::Key_Down);
        QTest::keyClick(picker->resultView(), Qt::Key_Return);
        QTRY_VERIFY(service.last<ProfileOpen>().has_value());
        const ProfileOpen open = std::get<ProfileOpen>(service.last<ProfileOpen>()->message);
        QCOMPARE(open.profileId, QStringLiteral("p-1004"));
        QCOMPARE(open.callId, QStringLiteral("c-79"));

        Profile anna = marta();
        anna.id = QStringLiteral("p-1004");
        anna.name = QStringLiteral("Anna de Vries");
        service.send(ProfileOpened{QStringLiteral("c-79"), anna}, 3);
        QTRY_COMPARE(view->header()->nameText(), QStringLiteral("Anna de Vries"));
        QCOMPARE(view->callId(), QStringLiteral("c-79"));
        QCOMPARE(view->profileId(), QStringLiteral("p-1004"));
        QVERIFY(!view->isStoreVisit());
        QCOMPARE(view->header()->matchText(),
                 QStringLiteral("Picked by the agent from the matching customers"));
    }
};

QTEST_MAIN(TestLookupFlow)
#include "tst_lookupflow.moc"
