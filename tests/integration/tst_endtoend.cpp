#include "AgentGateway.h"
#include "AuditView.h"
#include "CallView.h"
#include "CallerHeader.h"
#include "CandidateModel.h"
#include "CartModel.h"
#include "Catalogues.h"
#include "DataAgeLabel.h"
#include "DesktopController.h"
#include "ExportDialog.h"
#include "FloorModel.h"
#include "FloorView.h"
#include "InteractionLogModel.h"
#include "JsonReader.h"
#include "LatelyStrip.h"
#include "LookupDialog.h"
#include "MainWindow.h"
#include "NextStepModel.h"
#include "NextStepPanel.h"
#include "Outbox.h"
#include "OutcomeForm.h"
#include "ProfileClient.h"
#include "ProfileServer.h"
#include "RecoveryView.h"
#include "RevealDialog.h"
#include "ServerOptions.h"
#include "Store.h"
#include "SupervisorView.h"
#include "TimelineModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace omnidesk;

namespace {

const QString kMartaPhone = QStringLiteral("+31612345678");

} // namespace

// The first journey end to end: the telephony system connects a call, the
// agent's desktop pops the caller's profile, the web shop changes the cart
// during the call, and the agent's outcome lands in the service exactly once,
// also when the service was down at the moment it was saved.
class TestEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void callPopsProfile_withCartTimelineAndNextStep();
    void callPop_timelineInTheDesktopsLanguage();
    void cartChangeDuringCall_reachesDesktop();
    void outcome_isStoredOnceAndAcknowledged();
    void outcomeSavedWhileServiceDown_isDeliveredAfterRestart();
    void unknownCaller_popsNewCallerView();
    void agentState_breakCallWrapUpBackToAvailable();
    void signOut_isOfflineAtOnce_closingKeepsStateForTheGrace();
    void storeAssociate_looksUpCustomerSeesLiveCartRecordsIntent();
    void sharedNumber_agentPicksCaller_decisionsStored();
    void supervisor_seesInteractionLogAndRecoveryReport();
    void supervisor_filtersOpensAndExportsCsv();

private:
    void startServer(quint16 port = 0, int wrapUpSeconds = 60);
    void signIn(const QString &user = QStringLiteral("agent1"));
    QJsonObject post(const QString &path, const QJsonObject &body, int *status = nullptr);
    ui::CallView *callView() const;
    void popMartasCall(const QString &callId);

    std::unique_ptr<QTemporaryDir> m_serverDir;
    std::unique_ptr<QTemporaryDir> m_desktopDir;
    std::unique_ptr<server::ProfileServer> m_server;
    std::unique_ptr<DesktopController> m_desktop;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
};

void TestEndToEnd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEndToEnd::init()
{
    m_serverDir = std::make_unique<QTemporaryDir>();
    m_desktopDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_serverDir->isValid() && m_desktopDir->isValid());
    startServer();
    signIn();
}

void TestEndToEnd::cleanup()
{
    m_desktop.reset();
    m_server.reset();
}

void TestEndToEnd::startServer(quint16 port, int wrapUpSeconds)
{
    server::ServerOptions options;
    options.port = port;
    options.dataDir = m_serverDir->path();
    options.demo = true;
    options.passwordIterations = 1000; // the demo users' PBKDF2 cost; production uses 120,000
    options.wrapUpSeconds = wrapUpSeconds;
    m_server = std::make_unique<server::ProfileServer>();
    QVERIFY2(m_server->start(options), qPrintable(m_server->errorString()));
    m_port = m_server->serverPort();
    QVERIFY(m_port != 0);
}

void TestEndToEnd::signIn(const QString &user)
{
    m_desktop.reset();
    m_desktop = std::make_unique<DesktopController>(m_desktopDir->path());
    m_desktop->setServerUrl(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port)));
    m_desktop->startWithCredentials(user, QStringLiteral("demo"));
    QTRY_COMPARE_WITH_TIMEOUT(m_desktop->client()->state(), net::ProfileClient::State::Online, 10000);
}

QJsonObject TestEndToEnd::post(const QString &path, const QJsonObject &body, int *status)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer demo-integration-key");
    std::unique_ptr<QNetworkReply> reply(m_network.post(request, QJsonDocument(body).toJson()));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {};
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

ui::CallView *TestEndToEnd::callView() const
{
    return m_desktop->mainWindow()->findChild<ui::CallView *>();
}

void TestEndToEnd::popMartasCall(const QString &callId)
{
    QSignalSpy popped(callView(), &ui::CallView::popped);
    int status = 0;
    const QJsonObject answer = post(QStringLiteral("/v1/calls"),
                                    {{QStringLiteral("callId"), callId},
                                     {QStringLiteral("event"), QStringLiteral("connected")},
                                     {QStringLiteral("ani"), QStringLiteral("06 1234 5678")}, // national form
                                     {QStringLiteral("agent"), QStringLiteral("agent1")}},
                                    &status);
    QCOMPARE(status, 200);
    QCOMPARE(answer.value(QStringLiteral("delivered")).toInt(), 1);
    QCOMPARE(answer.value(QStringLiteral("match")).toString(), QStringLiteral("exact"));
    QVERIFY(popped.count() > 0 || popped.wait(5000));
    QCOMPARE(popped.last().at(0).toString(), callId);
}

void TestEndToEnd::callPopsProfile_withCartTimelineAndNextStep()
{
    popMartasCall(QStringLiteral("e2e-1"));
    ui::CallView *view = callView();
    QCOMPARE(view->header()->nameText(), QStringLiteral("Marta Jansen"));
    QVERIFY2(!view->header()->phoneText().contains(QStringLiteral("12345678")),
             "the phone number is masked on screen");
    // The seed case: a phone and a mobile plan in the cart, abandoned days ago.
    QCOMPARE(view->cartModel()->rowCount(), 2);
    QVERIFY(!view->cartModel()->cart().abandonedSince.isNull());
    QVERIFY(view->timelineModel()->rowCount() >= 5);
    QVERIFY(view->nextStepModel()->rowCount() >= 1);
    QVERIFY2(view->nextStepPanel()->reasonText().contains(QStringLiteral("abandoned")),
             qPrintable(view->nextStepPanel()->reasonText()));
}

void TestEndToEnd::callPop_timelineInTheDesktopsLanguage()
{
    // A Brazilian desktop: the service stores English lines, the desktop
    // words each one again from its facts in Portuguese.
    QTranslator portuguese;
    QVERIFY(portuguese.load(Catalogues::filePrefix() + QStringLiteral("pt_BR"), Catalogues::folder()));
    QVERIFY(QCoreApplication::installTranslator(&portuguese));
    const auto restore = qScopeGuard([&portuguese] { QCoreApplication::removeTranslator(&portuguese); });
    popMartasCall(QStringLiteral("e2e-pt"));
    ui::CallView *view = callView();
    QStringList lines;
    for (int row = 0; row < view->timelineModel()->rowCount(); ++row)
        lines.append(view->timelineModel()->eventAt(row).summary);
    const QString joined = lines.join(QLatin1Char('\n'));
    QVERIFY2(lines.contains(QStringLiteral("Abriu o e-mail \"Your cart is waiting\"")), qPrintable(joined));
    QVERIFY2(lines.contains(QStringLiteral("Recebeu um SMS: Your Phone X15 is still reserved for you")),
             qPrintable(joined));
    QVERIFY2(!joined.contains(QStringLiteral("Opened email")), qPrintable(joined));
    QVERIFY2(
        view->latelyStrip()->chipTexts().join(QLatin1Char('\n')).contains(QStringLiteral("Visitou uma loja")),
        qPrintable(view->latelyStrip()->chipTexts().join(QLatin1Char('\n'))));
    // What the service keeps stays English (exports, search, older desktops).
    const QString profileId = m_server->store()->profileOfEvent(QStringLiteral("demo-marta-05"));
    QVERIFY(!profileId.isEmpty());
    const QList<TimelineEvent> stored = m_server->store()->timeline(profileId, 1000);
    const auto opened = std::find_if(stored.cbegin(), stored.cend(), [](const TimelineEvent &event) {
        return event.id == QLatin1StringView("demo-marta-05");
    });
    QVERIFY(opened != stored.cend());
    QCOMPARE(opened->summary, QStringLiteral("Opened email \"Your cart is waiting\""));
}

void TestEndToEnd::cartChangeDuringCall_reachesDesktop()
{
    popMartasCall(QStringLiteral("e2e-2"));
    ui::CallView *view = callView();
    const int timelineBefore = view->timelineModel()->rowCount();
    const QJsonObject event{
        {QStringLiteral("_id"), QStringLiteral("e2e-cart-add-1")},
        {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("identityMap"),
         QJsonObject{
             {QStringLiteral("Phone"), QJsonArray{QJsonObject{{QStringLiteral("id"), kMartaPhone}}}}}},
        {QStringLiteral("commerce"),
         QJsonObject{{QStringLiteral("productListAdds"), QJsonObject{{QStringLiteral("value"), 1}}}}},
        {QStringLiteral("productListItems"),
         QJsonArray{QJsonObject{{QStringLiteral("SKU"), QStringLiteral("ACC-CASE-X15")},
                                {QStringLiteral("name"), QStringLiteral("Phone X15 leather case")},
                                {QStringLiteral("quantity"), 1},
                                {QStringLiteral("priceTotal"), 19.0},
                                {QStringLiteral("currencyCode"), QStringLiteral("EUR")}}}}};
    int status = 0;
    post(QStringLiteral("/v1/events"), event, &status);
    QCOMPARE(status, 202);
    QTRY_COMPARE(view->cartModel()->rowCount(), 3);
    QCOMPARE(view->timelineModel()->rowCount(), timelineBefore + 1);
    // The new line is the one highlighted as changed.
    const CartModel *cart = view->cartModel();
    int highlighted = 0;
    for (int row = 0; row < cart->rowCount(); ++row) {
        if (cart->index(row, 0).data(CartModel::ChangedRecentlyRole).toBool()) {
            ++highlighted;
            QCOMPARE(cart->index(row, 0).data(CartModel::SkuRole).toString(), QStringLiteral("ACC-CASE-X15"));
        }
    }
    QCOMPARE(highlighted, 1);
}

void TestEndToEnd::outcome_isStoredOnceAndAcknowledged()
{
    popMartasCall(QStringLiteral("e2e-3"));
    ui::OutcomeForm *form = callView()->outcomeForm();
    const int before = m_server->store()->outcomeCount();

    // Keyboard only: pick "Sale", Tab to the notes, type, Ctrl+Return.
    form->dispositionBox()->setFocus();
    QTest::keyClicks(form->dispositionBox(), QStringLiteral("Sa"));
    QTest::keyClick(form->dispositionBox(), Qt::Key_Tab);
    QTest::keyClicks(form->notesEdit(), QStringLiteral("Ordered the phone and the plan"));
    QTest::keyClick(form->notesEdit(), Qt::Key_Return, Qt::ControlModifier);

    QTRY_COMPARE_WITH_TIMEOUT(m_server->store()->outcomeCount(), before + 1, 10000);
    QTRY_VERIFY2(form->statusText().contains(QStringLiteral("Stored")), qPrintable(form->statusText()));
    QTRY_VERIFY(m_desktop->outbox()->pending().isEmpty());

    // The same idempotency key again (a resend after a lost ack): acknowledged, not stored twice.
    const QList<net::OutboxItem> items = m_desktop->outbox()->items();
    QCOMPARE(items.size(), 1);
    QSignalSpy acked(m_desktop->client(), &net::ProfileClient::outcomeAcked);
    QVERIFY(m_desktop->client()->sendOutcome(items.first().outcome));
    QVERIFY(acked.wait(5000));
    QVERIFY(acked.last().at(0).value<protocol::OutcomeAck>().duplicate);
    QCOMPARE(m_server->store()->outcomeCount(), before + 1);
}

void TestEndToEnd::outcomeSavedWhileServiceDown_isDeliveredAfterRestart()
{
    popMartasCall(QStringLiteral("e2e-4"));
    const quint16 port = m_port;
    m_server.reset(); // the service goes away under the connected desktop
    QTRY_VERIFY(m_desktop->client()->state() != net::ProfileClient::State::Online);

    ui::OutcomeForm *form = callView()->outcomeForm();
    form->dispositionBox()->setCurrentIndex(form->dispositionBox()->findData(QStringLiteral("callback")));
    form->notesEdit()->setPlainText(QStringLiteral("Call back tomorrow about the trade-in"));
    form->notesEdit()->setFocus();
    QTest::keyClick(form->notesEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_desktop->outbox()->pending().size(), 1);

    startServer(port); // same data, same address
    QTRY_COMPARE_WITH_TIMEOUT(m_desktop->client()->state(), net::ProfileClient::State::Online, 40000);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->store()->outcomeCount(), 1, 10000);
    QTRY_VERIFY(m_desktop->outbox()->pending().isEmpty());
}

void TestEndToEnd::unknownCaller_popsNewCallerView()
{
    QSignalSpy popped(callView(), &ui::CallView::popped);
    int status = 0;
    const QJsonObject answer = post(QStringLiteral("/v1/calls"),
                                    {{QStringLiteral("callId"), QStringLiteral("e2e-5")},
                                     {QStringLiteral("event"), QStringLiteral("connected")},
                                     {QStringLiteral("ani"), QStringLiteral("+31209999999")},
                                     {QStringLiteral("agent"), QStringLiteral("agent1")}},
                                    &status);
    QCOMPARE(status, 200);
    QCOMPARE(answer.value(QStringLiteral("match")).toString(), QStringLiteral("none"));
    QVERIFY(popped.count() > 0 || popped.wait(5000)); // may already have come while waiting for the reply
    QVERIFY(callView()->header()->nameText().contains(QStringLiteral("Unknown")));
    QCOMPARE(callView()->cartModel()->rowCount(), 0);
}

// The agent's state through a whole call, driven from the keyboard: break and
// back, on call, the outcome, wrap-up after the call, and back to available
// when the (one-second) wrap-up limit passes.
void TestEndToEnd::agentState_breakCallWrapUpBackToAvailable()
{
    m_desktop.reset();
    m_server.reset();
    startServer(0, 1);
    signIn();
    ui::MainWindow *window = m_desktop->mainWindow();
    QTRY_COMPARE(window->agentStateText(), QStringLiteral("Available"));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));

    QTest::keyClick(window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(window->agentStateText(), QStringLiteral("Break"));
    QCOMPARE(m_server->gateway()->agentState(QStringLiteral("agent1")).state, QStringLiteral("break"));
    QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(window->agentStateText(), QStringLiteral("Available"));

    popMartasCall(QStringLiteral("e2e-6"));
    QTRY_COMPARE(window->agentStateText(), QStringLiteral("On call"));

    ui::OutcomeForm *form = callView()->outcomeForm();
    QTest::keyClick(window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(form->dispositionBox()->hasFocus());
    QTest::keyClicks(form->dispositionBox(), QStringLiteral("Sa"));
    QTest::keyClick(form->dispositionBox(), Qt::Key_Tab);
    QTest::keyClicks(form->notesEdit(), QStringLiteral("Ordered the phone"));
    QTest::keyClick(form->notesEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(form->statusText().contains(QStringLiteral("Stored")), 10000);

    QSignalSpy states(m_desktop->client(), &net::ProfileClient::agentStateChanged);
    int status = 0;
    const QJsonObject ended = post(QStringLiteral("/v1/calls"),
                                   {{QStringLiteral("callId"), QStringLiteral("e2e-6")},
                                    {QStringLiteral("event"), QStringLiteral("ended")},
                                    {QStringLiteral("agent"), QStringLiteral("agent1")}},
                                   &status);
    QCOMPARE(status, 200);
    QCOMPARE(ended.value(QStringLiteral("agentState")).toString(), QStringLiteral("wrap_up"));
    QTRY_COMPARE_WITH_TIMEOUT(states.size(), 2, 5000); // wrap_up, then available
    const auto wrapUp = states.at(0).at(0).value<protocol::AgentStateChanged>();
    QCOMPARE(wrapUp.state, QStringLiteral("wrap_up"));
    QCOMPARE(wrapUp.since.secsTo(wrapUp.wrapUpEndsAt), 1);
    const auto back = states.at(1).at(0).value<protocol::AgentStateChanged>();
    QCOMPARE(back.state, QStringLiteral("available"));
    QCOMPARE(back.reason, QStringLiteral("wrap_up_expired"));
    QTRY_COMPARE(window->agentStateText(), QStringLiteral("Available"));
}

void TestEndToEnd::signOut_isOfflineAtOnce_closingKeepsStateForTheGrace()
{
    const auto state = [this] { return m_server->gateway()->agentState(QStringLiteral("agent1")); };
    QCOMPARE(state().state, QStringLiteral("available"));
    // Closing the app (no sign-out) is a lost connection: the state is kept (grace 30 s).
    m_desktop.reset();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->gateway()->liveConnectionCount(), 0, 5000);
    QCOMPARE(state().state, QStringLiteral("available"));

    // Signing out from the menu is offline at once.
    signIn();
    m_desktop->mainWindow()->signOutAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(state().state, QStringLiteral("offline"), 5000);
    QCOMPARE(state().reason, QStringLiteral("requested"));
}

void TestEndToEnd::storeAssociate_looksUpCustomerSeesLiveCartRecordsIntent()
{
    signIn(QStringLiteral("store1"));
    ui::MainWindow *window = m_desktop->mainWindow();
    QTRY_COMPARE(window->idleTitleText(), QStringLiteral("Serve a walk-in customer"));
    m_desktop->showLookup();
    ui::LookupDialog *dialog = m_desktop->lookupDialog();
    QVERIFY(dialog && dialog->isVisible());
    QTest::keyClicks(dialog->searchEdit(), QStringLiteral("Marta.Jansen@example.com"));
    QTest::keyClick(dialog->searchEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 1, 10000);
    QCOMPARE(dialog->model()->index(0, CandidateModel::NameColumn).data().toString(),
             QStringLiteral("Marta Jansen (gold)"));
    QTest::keyClick(dialog->resultView(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(callView()->isStoreVisit(), 10000);
    QTRY_VERIFY(!dialog->isVisible());
    window->activateWindow(); // as the window manager does when a dialog closes
    QVERIFY(QTest::qWaitForWindowActive(window));
    QCOMPARE(callView()->header()->nameText(), QStringLiteral("Marta Jansen"));
    QCOMPARE(callView()->cartModel()->rowCount(), 2);
    QVERIFY(
        !callView()->header()->phoneText().contains(QStringLiteral("612345"))); // masked for the store role

    // The customer adds a case on the web shop while standing in the store.
    int status = 0;
    post(QStringLiteral("/v1/events"),
         QJsonDocument::fromJson(R"({"_id":"e2e-store-add","timestamp":"2026-11-20T09:15:30Z",
             "identityMap":{"Email":[{"id":"marta.jansen@example.com"}]},
             "commerce":{"productListAdds":{"value":1}},
             "productListItems":[{"SKU":"CASE-X15","name":"Phone case","quantity":1,"priceTotal":19,"currencyCode":"EUR"}]})")
             .object(),
         &status);
    QCOMPARE(status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(callView()->cartModel()->rowCount(), 3, 10000);

    ui::OutcomeForm *form = callView()->outcomeForm();
    QCOMPARE(form->dispositions().value(0), QStringLiteral("purchase_intent"));
    QTRY_COMPARE(form->intentList()->count(), 3);
    for (int row = 0; row < form->intentList()->count(); ++row) {
        if (form->intentList()->item(row)->text().contains(QStringLiteral("Phone case")))
            form->intentList()->item(row)->setCheckState(Qt::Checked);
    }
    // The associate talked the customer through the recommended step.
    NextStepModel *steps = callView()->nextStepModel();
    QVERIFY(steps->rowCount() > 0);
    const QString stepId = steps->steps().first().id;
    QVERIFY(steps->decide(stepId, QStringLiteral("accepted")));
    form->dispositionBox()->setCurrentIndex(0);
    form->notesEdit()->setPlainText(QStringLiteral("Comes back on Saturday"));
    form->notesEdit()->setFocus();
    QTest::keyClick(form->notesEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->store()->outcomeCount(), 1, 10000);
    QTRY_VERIFY(form->statusText().contains(QStringLiteral("Stored")));

    const std::optional<server::StoredOutcome> stored = m_server->store()->outcome(1);
    QVERIFY(stored);
    QCOMPARE(stored->agent, QStringLiteral("store1"));
    QCOMPARE(stored->log.channel, QStringLiteral("store"));
    QCOMPARE(stored->log.disposition, QStringLiteral("purchase_intent"));
    QCOMPARE(stored->log.intent.size(), 1);
    QCOMPARE(stored->log.intent.first().sku, QStringLiteral("CASE-X15"));
    QVERIFY(stored->log.context);
    QCOMPARE(stored->log.context->cart.lines.size(), 3);
    QCOMPARE(stored->log.steps.first().stepId, stepId);
    QCOMPARE(stored->log.steps.first().decision, QStringLiteral("accepted"));
    // The intent is on the customer's timeline, which the desktop also shows live.
    QTRY_VERIFY(callView()->timelineModel()->rowCount() > 0 &&
                callView()->timelineModel()->eventAt(0).type == QLatin1String("purchase.intent"));
}

void TestEndToEnd::sharedNumber_agentPicksCaller_decisionsStored()
{
    int status = 0;
    const QJsonObject answer = post(QStringLiteral("/v1/calls"),
                                    {{QStringLiteral("callId"), QStringLiteral("e2e-household")},
                                     {QStringLiteral("event"), QStringLiteral("connected")},
                                     {QStringLiteral("ani"), QStringLiteral("020 555 0142")},
                                     {QStringLiteral("agent"), QStringLiteral("agent1")}},
                                    &status);
    QCOMPARE(status, 200);
    QCOMPARE(answer.value(QLatin1String("match")).toString(), QStringLiteral("multiple"));
    QTRY_VERIFY_WITH_TIMEOUT(m_desktop->lookupDialog() && m_desktop->lookupDialog()->isVisible(), 10000);
    ui::LookupDialog *picker = m_desktop->lookupDialog();
    QVERIFY(picker->isPicking());
    QCOMPARE(picker->model()->rowCount(), 2);
    QStringList names;
    for (int row = 0; row < 2; ++row)
        names.append(picker->model()->index(row, CandidateModel::NameColumn).data().toString());
    QVERIFY2(names.join(u',').contains(QStringLiteral("Lucas de Groot")), qPrintable(names.join(u',')));
    const int lucasRow = names.indexOf(QStringLiteral("Lucas de Groot (silver)"));
    QVERIFY(lucasRow >= 0);
    picker->resultView()->setCurrentIndex(picker->model()->index(lucasRow, 0));
    QTest::keyClick(picker->resultView(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(callView()->header()->nameText(), QStringLiteral("Lucas de Groot"), 10000);
    QCOMPARE(callView()->callId(), QStringLiteral("e2e-household"));

    // The outcome is logged against the picked profile and the call.
    QTRY_VERIFY(!picker->isVisible());
    m_desktop->mainWindow()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_desktop->mainWindow()));
    ui::OutcomeForm *form = callView()->outcomeForm();
    form->dispositionBox()->setCurrentIndex(form->dispositionBox()->findData(QStringLiteral("info_only")));
    form->notesEdit()->setFocus();
    QTest::keyClick(form->notesEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->store()->outcomeCount(), 1, 10000);
    const std::optional<server::StoredOutcome> stored = m_server->store()->outcome(1);
    QVERIFY(stored);
    QCOMPARE(stored->log.callId, QStringLiteral("e2e-household"));
    QCOMPARE(stored->log.profileId, callView()->profileId());
    QCOMPARE(stored->log.context->name, QStringLiteral("Lucas de Groot"));
}

void TestEndToEnd::supervisor_seesInteractionLogAndRecoveryReport()
{
    // An agent logs an outcome on Marta's call first, so the log has a row.
    popMartasCall(QStringLiteral("e2e-super"));
    ui::OutcomeForm *form = callView()->outcomeForm();
    form->dispositionBox()->setCurrentIndex(form->dispositionBox()->findData(QStringLiteral("callback")));
    form->notesEdit()->setPlainText(QStringLiteral("Call back about the trade-in"));
    form->notesEdit()->setFocus();
    QTest::keyClick(form->notesEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->store()->outcomeCount(), 1, 10000);

    signIn(QStringLiteral("super1"));
    ui::MainWindow *window = m_desktop->mainWindow();
    QTRY_VERIFY(window->isShowingSupervisor());
    ui::SupervisorView *log = window->supervisorView();
    QTRY_COMPARE_WITH_TIMEOUT(log->model()->rowCount(), 1, 10000);
    QCOMPARE(log->model()->rowAt(0).agent, QStringLiteral("agent1"));
    QCOMPARE(log->model()->rowAt(0).disposition, QStringLiteral("callback"));
    QTRY_VERIFY_WITH_TIMEOUT(log->detailText().contains(QStringLiteral("Call back about the trade-in")),
                             10000);
    QVERIFY(log->detailText().contains(QStringLiteral("Phone X15 128 GB"))); // the cart the agent saw

    // The recovery report loads for the last 30 days and shows what the HTTP API answers.
    ui::RecoveryView *recovery = window->recoveryView();
    QTRY_VERIFY_WITH_TIMEOUT(!recovery->barTexts().isEmpty(), 10000);
    QCOMPARE(recovery->barTexts().size(), 4);
    QVERIFY(!recovery->ageLabel()->text().isEmpty()); // "Updated … ago", as on the other panels
    QUrl url(QStringLiteral("http://127.0.0.1:%1/v1/reports/recovery").arg(m_port));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"),
                       protocol::toWireTime(recovery->fromEdit()->date().startOfDay()));
    query.addQueryItem(QStringLiteral("to"),
                       protocol::toWireTime(recovery->toEdit()->date().addDays(1).startOfDay()));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_desktop->client()->token().toUtf8());
    std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonObject report = QJsonDocument::fromJson(reply->readAll()).object();
    const int abandoned = report.value(QLatin1String("abandoned")).toInt();
    QVERIFY(abandoned > 0); // Marta's cart, at least
    QVERIFY2(recovery->summaryText().contains(QStringLiteral(" of %1 abandoned carts").arg(abandoned)),
             qPrintable(recovery->summaryText()));

    // The live floor (Ctrl+Shift+P): every agent and store user, kept current.
    QTest::keyClick(window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    ui::FloorView *floor = window->floorView();
    QTRY_VERIFY(floor->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(floor->model()->rowCount(), 3, 10000);
    QCOMPARE(floor->statusText(), QStringLiteral("Live"));
    const int agent2 = floor->model()->rowOf(QStringLiteral("agent2"));
    QVERIFY(agent2 >= 0);
    QCOMPARE(floor->model()->agentAt(agent2).state, QStringLiteral("offline"));
    // agent1's desktop closed during Marta's call (the supervisor signed in on it) without signing
    // out: the service keeps agent1 on the call for the grace, with no desktop connected.
    QVERIFY2(floor->summaryText().contains(QStringLiteral("1 on a call")), qPrintable(floor->summaryText()));
    QVERIFY2(floor->summaryText().contains(QStringLiteral("2 offline")), qPrintable(floor->summaryText()));
    const int agent1 = floor->model()->rowOf(QStringLiteral("agent1"));
    QVERIFY(agent1 >= 0);
    QCOMPARE(floor->model()->index(agent1, FloorModel::StateColumn).data().toString(),
             QStringLiteral("On call (connection lost)"));
    // A call routed to agent2 (signed out) shows on the floor at once.
    post(QStringLiteral("/v1/calls"), QJsonObject{{QStringLiteral("callId"), QStringLiteral("e2e-floor")},
                                                  {QStringLiteral("event"), QStringLiteral("connected")},
                                                  {QStringLiteral("ani"), kMartaPhone},
                                                  {QStringLiteral("agent"), QStringLiteral("agent2")}});
    QTRY_COMPARE_WITH_TIMEOUT(floor->model()->agentAt(agent2).callId, QStringLiteral("e2e-floor"), 10000);
    QVERIFY(floor->model()
                ->index(agent2, FloorModel::CallColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("on a call for 0:0")));
}

void TestEndToEnd::supervisor_filtersOpensAndExportsCsv()
{
    // Notes with a quoted word, a line break, "&" and "+": the filter must
    // reach the service intact and the CSV record must stay one record.
    const QString notes = QStringLiteral("Call back about the \"trade-in\"\nplan & price +5");
    popMartasCall(QStringLiteral("e2e-export"));
    ui::OutcomeForm *form = callView()->outcomeForm();
    form->dispositionBox()->setCurrentIndex(form->dispositionBox()->findData(QStringLiteral("callback")));
    form->notesEdit()->setPlainText(notes);
    form->notesEdit()->setFocus();
    QTest::keyClick(form->notesEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->store()->outcomeCount(), 1, 10000);

    signIn(QStringLiteral("super1"));
    ui::MainWindow *window = m_desktop->mainWindow();
    QTRY_VERIFY(window->isShowingSupervisor());
    ui::SupervisorView *log = window->supervisorView();
    QTRY_COMPARE_WITH_TIMEOUT(log->model()->rowCount(), 1, 10000);

    // Filter on text with "&" and "+" (Enter applies), then open the row.
    log->textEdit()->setFocus();
    QTest::keyClicks(log->textEdit(), QStringLiteral("price +5"));
    QTest::keyClick(log->textEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(log->statusText().contains(QStringLiteral("1 of 1")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(log->detailText().contains(QStringLiteral("plan & price +5")), 10000);

    // The customer is masked in the log and its detail; Ctrl+Shift+V reveals
    // them for this interaction, with a reason the service audits.
    const auto customer = [log] {
        return log->model()->index(0, InteractionLogModel::CustomerColumn).data().toString();
    };
    QCOMPARE(customer(), QStringLiteral("M. J. (masked)"));
    QVERIFY(!log->detailText().contains(QStringLiteral("Marta Jansen")));
    log->table()->setFocus();
    QTest::keyClick(log->table(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(log->revealDialog() && log->revealDialog()->isVisible());
    QTest::keyClicks(log->revealDialog()->reasonEdit(), QStringLiteral("Callback for ticket 77"));
    QTest::keyClick(log->revealDialog()->reasonEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(customer(), QStringLiteral("Marta Jansen"), 10000);
    QVERIFY2(log->detailText().contains(QStringLiteral("Marta Jansen")), qPrintable(log->detailText()));
    const server::AuditEntry reveal = m_server->store()->auditEntries(1).first();
    QCOMPARE(reveal.action, QStringLiteral("interaction.reveal"));
    QCOMPARE(reveal.actor, QStringLiteral("super1"));
    QVERIFY2(reveal.detail.contains(QStringLiteral("reason=Callback for ticket 77")),
             qPrintable(reveal.detail));
    // (Offscreen, the window is not active again by itself once the dialog closed.)
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    log->textEdit()->setFocus();

    // Ctrl+Shift+X: the export dialog; names stay masked unless a reason is given.
    const QString path = m_desktopDir->filePath(QStringLiteral("log.csv"));
    QTest::keyClick(log->textEdit(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(log->exportDialog() && log->exportDialog()->isVisible());
    ui::ExportDialog *dialog = log->exportDialog();
    dialog->pathEdit()->setText(path);
    dialog->revealBox()->setChecked(true);
    dialog->reasonEdit()->setText(QStringLiteral("abc"));
    QVERIFY(!dialog->canExport()); // too short a reason
    dialog->revealBox()->setChecked(false);
    QVERIFY(dialog->canExport());
    QTest::keyClick(dialog->pathEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(log->statusText().startsWith(QStringLiteral("Exported 1 row")), 10000);
    QVERIFY(!log->isExporting());

    QFile masked(path);
    QVERIFY(masked.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(masked.readAll());
    QVERIFY2(csv.startsWith(QStringLiteral("id,loggedAt,agent,profileId,customer,")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("\"Call back about the \"\"trade-in\"\"\nplan & price +5\"")),
             qPrintable(csv));
    QVERIFY(!csv.contains(QStringLiteral("Marta Jansen")));
    QVERIFY(csv.contains(QStringLiteral("M. J.")));
    masked.close();

    // Again with a reason: names shown, the reason audited.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    log->textEdit()->setFocus();
    QTest::keyClick(log->textEdit(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(log->exportDialog() && log->exportDialog()->isVisible());
    dialog = log->exportDialog();
    dialog->pathEdit()->setText(path);
    dialog->revealBox()->setChecked(true);
    dialog->reasonEdit()->setText(QStringLiteral("Complaint review #77"));
    QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(log->statusText().startsWith(QStringLiteral("Exported 1 row")), 10000);
    QFile revealed(path);
    QVERIFY(revealed.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(revealed.readAll()).contains(QStringLiteral("Marta Jansen")));
    bool audited = false;
    for (const server::AuditEntry &entry : m_server->store()->auditEntries(20))
        audited = audited || (entry.action == QLatin1String("interaction.export.reveal") &&
                              entry.actor == QLatin1String("super1") &&
                              entry.detail.contains(QStringLiteral("Complaint review #77")));
    QVERIFY(audited);

    // The audit log (Ctrl+Shift+H) shows that reveal with its reason, newest first.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    ui::AuditView *auditView = window->auditView();
    QTRY_VERIFY(auditView->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(auditView->list()->topLevelItemCount() > 0, 10000);
    const QTreeWidgetItem *newest = auditView->list()->topLevelItem(0);
    QCOMPARE(newest->text(1), QStringLiteral("super1"));
    QCOMPARE(newest->text(2), QStringLiteral("interaction.export.reveal"));
    QVERIFY2(newest->text(4).contains(QStringLiteral("Complaint review #77")), qPrintable(newest->text(4)));
    QTest::keyClick(window, Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);

    // A refused export (an agent's token would get 403; here an unwritable
    // path) leaves the earlier file as it was and says why.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    log->textEdit()->setFocus();
    QTest::keyClick(log->textEdit(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(log->exportDialog() && log->exportDialog()->isVisible());
    log->exportDialog()->pathEdit()->setText(m_desktopDir->filePath(QStringLiteral("no/such/dir/x.csv")));
    QTest::keyClick(log->exportDialog()->pathEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(log->statusText().startsWith(QStringLiteral("Export failed: cannot write")),
                             10000);
    QVERIFY(!log->isExporting());
}

QTEST_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
