// "Remember me", the saved sign-in and sign-out, through DesktopController
// with an in-memory keychain. The real keychain is proven by
// tests/net/tst_credentialstore.

#include "CredentialStore.h"
#include "DesktopController.h"
#include "MainWindow.h"
#include "ProfileClient.h"
#include "Protocol.h"
#include "ProtocolCodec.h"
#include "ScriptedService.h"
#include "SignInDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <optional>

using namespace omnidesk;
using namespace omnidesk::protocol;
using omnidesk::test::ScriptedService;
using Status = net::CredentialStore::Status;

namespace {

// An in-memory keychain that answers asynchronously, like the real one.
class FakeCredentialStore : public net::CredentialStore
{
public:
    void read(const QString &key, QObject *context, Callback done) override
    {
        ++reads;
        Result r;
        r.key = key;
        if (forced) {
            r.status = *forced;
        } else if (entries.contains(key)) {
            r.status = Status::Found;
            r.secret = entries.value(key);
        } else {
            r.status = Status::NotFound;
        }
        answer(context, std::move(done), std::move(r));
    }
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override
    {
        ++writes;
        Result r;
        r.key = key;
        r.status = forced ? *forced : Status::Written;
        if (!forced)
            entries.insert(key, secret);
        answer(context, std::move(done), std::move(r));
    }
    void remove(const QString &key, QObject *context, Callback done) override
    {
        ++removes;
        Result r;
        r.key = key;
        r.status = forced ? *forced : Status::Removed;
        if (!forced)
            entries.remove(key);
        answer(context, std::move(done), std::move(r));
    }
    int calls() const { return reads + writes + removes; }

    QHash<QString, QString> entries;
    std::optional<Status> forced;
    int reads = 0;
    int writes = 0;
    int removes = 0;

private:
    void answer(QObject *context, Callback done, Result r)
    {
        r.message = messageFor(r.status);
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [guard, done = std::move(done), r = std::move(r)] {
            if (guard && done)
                done(r);
        });
    }
};

std::unique_ptr<QSettings> settings()
{
    return std::make_unique<QSettings>(QStringLiteral("Omnidesk"), QStringLiteral("Omnidesk"));
}

void saveLastSignIn(const QUrl &server, const QString &user, bool remember)
{
    auto s = settings();
    s->setValue(QStringLiteral("signIn/server"), server.toString());
    s->setValue(QStringLiteral("signIn/user"), user);
    s->setValue(QStringLiteral("signIn/remember"), remember);
}

QLineEdit *field(ui::SignInDialog *dialog, const QString &accessibleName)
{
    const auto edits = dialog->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private:
    // Signs in through the dialog as agent1; the service welcomes with `token`.
    void signInThroughDialog(DesktopController &controller, ScriptedService &service, bool remember,
                             const QString &token)
    {
        controller.setServerUrl(service.url());
        controller.startWithDialog();
        ui::SignInDialog *dialog = controller.signInDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->setUser(QStringLiteral("agent1"));
        QLineEdit *password = field(dialog, QStringLiteral("Password"));
        QVERIFY(password);
        password->setText(QStringLiteral("secret-password"));
        dialog->setRememberMe(remember);
        QPushButton *signIn = nullptr;
        const auto buttons = dialog->findChildren<QPushButton *>();
        for (QPushButton *b : buttons) {
            if (b->accessibleName() == QStringLiteral("Sign in"))
                signIn = b;
        }
        QVERIFY(signIn);
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_COMPARE(service.all<Hello>().size(), 1);
        QCOMPARE(service.all<Hello>().first().password, QStringLiteral("secret-password"));
        service.welcome(token);
        QTRY_COMPARE(controller.client()->state(), net::ProfileClient::State::Online);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { settings()->clear(); }
    void cleanupTestCase() { settings()->clear(); }

    void rememberCheckbox_isKeyboardReachableAndNamed()
    {
        ui::SignInDialog dialog;
        auto *box = dialog.findChild<QCheckBox *>();
        QVERIFY(box);
        QCOMPARE(box->accessibleName(), QStringLiteral("Remember me on this computer"));
        QVERIFY(box->focusPolicy() & Qt::TabFocus);
        QVERIFY(!dialog.rememberMe());
        dialog.show();
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
        QVERIFY(dialog.rememberMe());
    }

    void signOutAction_hasShortcutAndTooltip()
    {
        ui::MainWindow window;
        QAction *action = window.signOutAction();
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
        QVERIFY(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)));
    }

    void rememberMe_savesTokenInKeychain_neverInSettings()
    {
        QTemporaryDir dir;
        FakeCredentialStore store;
        ScriptedService service;
        DesktopController controller(dir.path(), &store);
        signInThroughDialog(controller, service, true, QStringLiteral("tok-remember-me"));

        const QString key = net::CredentialStore::scopedKey(service.url(), QStringLiteral("agent1"));
        QTRY_COMPARE(store.entries.value(key), QStringLiteral("tok-remember-me"));
        QTRY_VERIFY(settings()->value(QStringLiteral("signIn/remember")).toBool());
        auto s = settings();
        QCOMPARE(s->value(QStringLiteral("signIn/user")).toString(), QStringLiteral("agent1"));
        QCOMPARE(QUrl(s->value(QStringLiteral("signIn/server")).toString()), service.url());
        for (const QString &name : s->allKeys()) {
            const QString value = s->value(name).toString();
            QVERIFY2(!value.contains(QStringLiteral("tok-remember-me")), qPrintable(name));
            QVERIFY2(!value.contains(QStringLiteral("secret-password")), qPrintable(name));
        }
    }

    void rememberOff_writesNothingToKeychain()
    {
        QTemporaryDir dir;
        FakeCredentialStore store;
        ScriptedService service;
        DesktopController controller(dir.path(), &store);
        signInThroughDialog(controller, service, false, QStringLiteral("tok-not-kept"));
        // The welcome handler runs before the client reports Online: any write was issued.
        QCOMPARE(store.writes, 0);
        QVERIFY(store.entries.isEmpty());
        QVERIFY(!settings()->value(QStringLiteral("signIn/remember")).toBool());
    }

    void savedSignIn_signsInWithTokenFromKeychain()
    {
        QTemporaryDir dir;
        FakeCredentialStore store;
        ScriptedService service;
        store.entries.insert(net::CredentialStore::scopedKey(service.url(), QStringLiteral("agent1")),
                             QStringLiteral("tok-saved"));
        saveLastSignIn(service.url(), QStringLiteral("agent1"), true);
        DesktopController controller(dir.path(), &store);
        controller.setServerUrl(DesktopController::lastServerUrl());
        controller.startWithSavedSignIn();

        QTRY_COMPARE(service.all<Hello>().size(), 1);
        QCOMPARE(service.all<Hello>().first().token, QStringLiteral("tok-saved"));
        QVERIFY(service.all<Hello>().first().password.isEmpty());
        service.welcome(QStringLiteral("tok-saved"));
        QTRY_COMPARE(controller.client()->state(), net::ProfileClient::State::Online);
        QVERIFY(!controller.signInDialog() || !controller.signInDialog()->isVisible());
        QCOMPARE(store.writes, 0); // the same token is not written again
    }

    void savedSignIn_unavailable_showsDialogWithPlainMessage_data()
    {
        QTest::addColumn<std::optional<Status>>("forced");
        QTest::addColumn<QString>("message");
        QTest::newRow("token not in keychain")
            << std::optional<Status>()
            << QStringLiteral("The saved sign-in has expired; please sign in again.");
        QTest::newRow("no keychain") << std::optional<Status>(Status::NoKeychain)
                                     << QStringLiteral(
                                            "No keychain is available, so Omnidesk cannot remember "
                                            "your sign-in.");
        QTest::newRow("keychain timeout")
            << std::optional<Status>(Status::Timeout) << net::CredentialStore::messageFor(Status::Timeout);
    }
    void savedSignIn_unavailable_showsDialogWithPlainMessage()
    {
        QFETCH(std::optional<Status>, forced);
        QFETCH(QString, message);
        QTemporaryDir dir;
        FakeCredentialStore store;
        store.forced = forced;
        ScriptedService service;
        saveLastSignIn(service.url(), QStringLiteral("agent1"), true);
        DesktopController controller(dir.path(), &store);
        controller.setServerUrl(service.url());
        controller.startWithSavedSignIn();

        QTRY_VERIFY(controller.signInDialog() && controller.signInDialog()->isVisible());
        QCOMPARE(controller.signInDialog()->errorText(), message);
        QCOMPARE(controller.signInDialog()->user(), QStringLiteral("agent1"));
        QVERIFY(service.all<Hello>().isEmpty());
    }

    void savedSignIn_refusedToken_isForgotten_andDialogAsks()
    {
        QTemporaryDir dir;
        FakeCredentialStore store;
        ScriptedService service;
        const QString key = net::CredentialStore::scopedKey(service.url(), QStringLiteral("agent1"));
        store.entries.insert(key, QStringLiteral("tok-expired"));
        saveLastSignIn(service.url(), QStringLiteral("agent1"), true);
        DesktopController controller(dir.path(), &store);
        controller.setServerUrl(service.url());
        controller.startWithSavedSignIn();

        QTRY_COMPARE(service.all<Hello>().size(), 1);
        service.closeWith(CloseAuthFailed, QStringLiteral("auth"));
        QTRY_VERIFY(controller.signInDialog() && controller.signInDialog()->isVisible());
        QCOMPARE(controller.signInDialog()->errorText(),
                 QStringLiteral("The saved sign-in has expired; please sign in again."));
        QVERIFY(controller.signInDialog()->rememberMe());
        QTRY_VERIFY(!store.entries.contains(key));
    }

    void signOut_forgetsTokenAndRememberFlag()
    {
        QTemporaryDir dir;
        FakeCredentialStore store;
        ScriptedService service;
        DesktopController controller(dir.path(), &store);
        signInThroughDialog(controller, service, true, QStringLiteral("tok-to-forget"));
        QTRY_COMPARE(store.entries.size(), 1);
        QTRY_VERIFY(!controller.signInDialog()->isVisible());

        controller.mainWindow()->signOutAction()->trigger();
        QTRY_VERIFY(store.entries.isEmpty());
        QCOMPARE(controller.client()->state(), net::ProfileClient::State::Offline);
        QVERIFY(!settings()->value(QStringLiteral("signIn/remember")).toBool());
        QVERIFY(controller.signInDialog()->isVisible());
        QVERIFY(!controller.signInDialog()->rememberMe());
    }

    void commandLineSignIn_neverTouchesKeychainOrSettings()
    {
        QTemporaryDir dir;
        FakeCredentialStore store;
        ScriptedService service;
        DesktopController controller(dir.path(), &store);
        controller.setServerUrl(service.url());
        controller.startWithCredentials(QStringLiteral("agent1"), QStringLiteral("secret-password"));
        QTRY_COMPARE(service.all<Hello>().size(), 1);
        service.welcome(QStringLiteral("tok-cli"));
        QTRY_COMPARE(controller.client()->state(), net::ProfileClient::State::Online);
        QCOMPARE(store.calls(), 0);
        QVERIFY(settings()->allKeys().isEmpty());
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
