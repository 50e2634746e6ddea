// Settings, theme and language: the settings dialog keeps its values in
// QSettings (a throw-away folder here), the theme switches the application
// palette and the window's style sheet at once, and the shipped translations
// load and translate the real widgets.

#include "../TlsTestCertificates.h"
#include "AboutDialog.h"
#include "Localization.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "Theme.h"
#include "TlsTrust.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProxyStyle>
#include <QPushButton>
#include <QSettings>
#include <QSslSocket>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace omnidesk::ui;

namespace {

std::unique_ptr<QSettings> settings()
{
    return std::make_unique<QSettings>(QStringLiteral("Omnidesk"), QStringLiteral("Omnidesk"));
}

QString keysOf(const QTreeWidget *list, const QString &action)
{
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        if (list->topLevelItem(row)->text(0) == action)
            return list->topLevelItem(row)->text(1);
    }
    return QString();
}

int rowsNamed(const QTreeWidget *list, const QString &action)
{
    int count = 0;
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        count += list->topLevelItem(row)->text(0) == action ? 1 : 0;
    return count;
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QString m_platformStyle;
    QColor m_platformWindowColor;
    QLocale m_defaultLocale;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        // QSettings does not follow QStandardPaths' test mode: point it at the temporary folder.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        m_platformStyle = QApplication::style()->name();
        m_platformWindowColor = QApplication::palette().color(QPalette::Window);
        m_defaultLocale = QLocale();
    }

    void init() { settings()->clear(); }

    void cleanup()
    {
        Theme::apply(Theme::Mode::System);
        QLocale::setDefault(m_defaultLocale);
    }

    void settingsDialog_showsStoredValues()
    {
        {
            auto stored = settings();
            stored->setValue(QStringLiteral("signIn/server"),
                             QStringLiteral("wss://profiles.example.com:8477"));
            stored->setValue(QStringLiteral("ui/language"), QStringLiteral("nl"));
            stored->setValue(QStringLiteral("ui/theme"), QStringLiteral("dark"));
            stored->setValue(QStringLiteral("ui/notifications"), false);
        }
        SettingsDialog dialog(nullptr);
        QCOMPARE(dialog.serverEdit()->text(), QStringLiteral("wss://profiles.example.com:8477"));
        QCOMPARE(dialog.languageBox()->currentData().toString(), QStringLiteral("nl"));
        QCOMPARE(dialog.themeBox()->currentData().toString(), QStringLiteral("dark"));
        QVERIFY(!dialog.notificationsBox()->isChecked());
    }

    void settingsDialog_defaultsWithoutSettings()
    {
        SettingsDialog dialog(nullptr);
        QCOMPARE(dialog.serverEdit()->text(), QString());
        QCOMPARE(dialog.languageBox()->currentData().toString(), QString()); // the system's
        QCOMPARE(dialog.themeBox()->currentData().toString(), QStringLiteral("system"));
        QVERIFY(dialog.notificationsBox()->isChecked());
        QCOMPARE(SettingsDialog::savedTheme(), Theme::Mode::System);
        QVERIFY(SettingsDialog::notificationsEnabled());
    }

    void settingsDialog_acceptStoresValues()
    {
        SettingsDialog dialog(nullptr);
        dialog.serverEdit()->setText(QStringLiteral("ws://10.0.0.5:8477"));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("pt_BR")));
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("light")));
        dialog.notificationsBox()->setChecked(false);
        dialog.accept();

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(settings()->value(QStringLiteral("signIn/server")).toString(),
                 QStringLiteral("ws://10.0.0.5:8477"));
        QCOMPARE(SettingsDialog::savedLanguage(), QStringLiteral("pt_BR"));
        QCOMPARE(SettingsDialog::savedTheme(), Theme::Mode::Light);
        QVERIFY(!SettingsDialog::notificationsEnabled());

        SettingsDialog reopened(nullptr);
        QCOMPARE(reopened.serverEdit()->text(), QStringLiteral("ws://10.0.0.5:8477"));
        QCOMPARE(reopened.languageBox()->currentData().toString(), QStringLiteral("pt_BR"));
        QCOMPARE(reopened.themeBox()->currentData().toString(), QStringLiteral("light"));
        QVERIFY(!reopened.notificationsBox()->isChecked());
    }

    void settingsDialog_rejectsServerThatIsNotWebSocket_data()
    {
        QTest::addColumn<QString>("server");
        QTest::newRow("ftp scheme") << QStringLiteral("ftp://10.0.0.5:8477");
        QTest::newRow("no scheme") << QStringLiteral("10.0.0.5:8477");
        QTest::newRow("no host") << QStringLiteral("ws://");
    }

    void settingsDialog_rejectsServerThatIsNotWebSocket()
    {
        QFETCH(QString, server);
        settings()->setValue(QStringLiteral("signIn/server"), QStringLiteral("ws://127.0.0.1:8477"));
        SettingsDialog dialog(nullptr);
        dialog.serverEdit()->setText(server);
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(settings()->value(QStringLiteral("signIn/server")).toString(),
                 QStringLiteral("ws://127.0.0.1:8477"));
        const auto *error = dialog.findChild<QLabel *>(QStringLiteral("settingsError"));
        QVERIFY(error);
        QVERIFY(!error->isHidden());
    }

    void settingsDialog_acceptsHttpsAddress()
    {
        SettingsDialog dialog(nullptr);
        dialog.serverEdit()->setText(QStringLiteral("https://profiles.example.com:8477"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(settings()->value(QStringLiteral("signIn/server")).toString(),
                 QStringLiteral("https://profiles.example.com:8477"));
    }

    void settingsDialog_companyCa_choosesStoresAndRemoves()
    {
        TlsTestCertificates certs;
        QString why;
        QVERIFY2(certs.create(&why), qPrintable(why));

        SettingsDialog dialog(nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLineEdit *field = dialog.companyCaField();
        QVERIFY(field->isVisible() && field->isReadOnly());
        QCOMPARE(field->text(), QString());
        QVERIFY(field->placeholderText().contains(QLatin1String("system")));
        QCOMPARE(dialog.companyCaChooseButton()->accessibleName(),
                 QStringLiteral("Trust a company CA certificate"));
        QVERIFY(dialog.companyCaChooseButton()->focusPolicy() & Qt::TabFocus);
        QVERIFY(!dialog.companyCaRemoveButton()->isEnabled());
        // Certificate checks cannot be switched off here: no such control.
        const auto boxes = dialog.findChildren<QCheckBox *>();
        for (const QCheckBox *box : boxes)
            QVERIFY2(!box->text().contains(QLatin1String("ertificate")), qPrintable(box->text()));

        // A key file is no certificate: refused, shown, nothing changes.
        QVERIFY(!dialog.chooseCompanyCa(certs.serverKey));
        const auto *error = dialog.findChild<QLabel *>(QStringLiteral("settingsError"));
        QVERIFY(error && !error->isHidden());
        QVERIFY2(error->text().contains(certs.serverKey), qPrintable(error->text()));
        QCOMPARE(field->text(), QString());

        QVERIFY(dialog.chooseCompanyCa(certs.caCert));
        QVERIFY(error->isHidden());
        QVERIFY2(field->text().contains(QLatin1String("Omnidesk Test Root CA")), qPrintable(field->text()));
        QVERIFY(dialog.companyCaRemoveButton()->isEnabled());
        QVERIFY(omnidesk::net::TlsTrust::companyCas().isEmpty()); // only saved with OK
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(omnidesk::net::TlsTrust::companyCas().size(), 1);
        QVERIFY(
            settings()->value(QStringLiteral("tls/companyCa")).toByteArray().contains("BEGIN CERTIFICATE"));
        const QSslConfiguration ssl = omnidesk::net::TlsTrust::storedConfiguration();
        QVERIFY(ssl.caCertificates().contains(omnidesk::net::TlsTrust::companyCas().constFirst()));
        QCOMPARE(ssl.peerVerifyMode(), QSslSocket::VerifyPeer);

        // The file may go away: the certificate itself is kept.
        QVERIFY(QFile::remove(certs.caCert));
        SettingsDialog reopened(nullptr);
        QVERIFY(reopened.companyCaField()->text().contains(QLatin1String("Omnidesk Test Root CA")));
        reopened.companyCaRemoveButton()->click();
        QCOMPARE(reopened.companyCaField()->text(), QString());
        reopened.accept();
        QVERIFY(omnidesk::net::TlsTrust::companyCas().isEmpty());
        QVERIFY(!settings()->contains(QStringLiteral("tls/companyCa")));
    }

    void settingsDialog_appliesThemeAtOnce()
    {
        SettingsDialog dialog(nullptr);
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("dark")));
        dialog.accept();
        QCOMPARE(Theme::current(), Theme::Mode::Dark);
        QVERIFY(Theme::isDark());
    }

    void settingsDialog_listsTheWindowsShortcuts()
    {
        MainWindow window;
        SettingsDialog dialog(&window, &window);
        const QTreeWidget *list = dialog.shortcutList();
        const auto native = [](const QKeySequence &keys) { return keys.toString(QKeySequence::NativeText); };
        QCOMPARE(keysOf(list, QStringLiteral("Sign out")),
                 native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q)));
        QCOMPARE(keysOf(list, QStringLiteral("Available")),
                 native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)));
        QCOMPARE(keysOf(list, QStringLiteral("Settings")), native(window.settingsAction()->shortcut()));
        QCOMPARE(keysOf(list, QStringLiteral("Go to the cart")),
                 native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)));
        QCOMPARE(keysOf(list, QStringLiteral("Search the timeline")),
                 native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)));
        // Ctrl+Return and Ctrl+Enter both save: one row.
        QCOMPARE(rowsNamed(list, QStringLiteral("Save the outcome")), 1);
    }

    void mainWindow_settingsAndAboutOpenDialogs()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.settingsAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        window.settingsAction()->trigger();
        QTRY_VERIFY(window.findChild<SettingsDialog *>() &&
                    window.findChild<SettingsDialog *>()->isVisible());
        window.findChild<SettingsDialog *>()->reject();

        window.aboutAction()->trigger();
        QTRY_VERIFY(window.findChild<AboutDialog *>() && window.findChild<AboutDialog *>()->isVisible());
        const auto *version =
            window.findChild<AboutDialog *>()->findChild<QLabel *>(QStringLiteral("aboutVersion"));
        QVERIFY(version);
        QVERIFY(version->text().contains(QStringLiteral(OMNIDESK_VERSION)));
    }

    void theme_fromString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("mode"); // -1: not a theme
        QTest::newRow("dark") << QStringLiteral("dark") << int(Theme::Mode::Dark);
        QTest::newRow("Light, capitalised") << QStringLiteral("Light") << int(Theme::Mode::Light);
        QTest::newRow("SYSTEM") << QStringLiteral("SYSTEM") << int(Theme::Mode::System);
        QTest::newRow("unknown") << QStringLiteral("blue") << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void theme_fromString()
    {
        QFETCH(QString, text);
        QFETCH(int, mode);
        const std::optional<Theme::Mode> parsed = Theme::fromString(text);
        QCOMPARE(parsed.has_value(), mode >= 0);
        if (parsed)
            QCOMPARE(int(*parsed), mode);
    }

    void theme_darkChangesApplicationPalette()
    {
        Theme::apply(Theme::Mode::Dark);
        QVERIFY(Theme::isDark(QApplication::palette()));
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 Theme::darkPalette().color(QPalette::Window));
        const auto *style = qobject_cast<QProxyStyle *>(QApplication::style());
        QVERIFY(style);
        QCOMPARE(style->baseStyle()->name().toLower(), QStringLiteral("fusion"));
    }

    void theme_lightIsLight()
    {
        Theme::apply(Theme::Mode::Dark);
        Theme::apply(Theme::Mode::Light);
        QVERIFY(!Theme::isDark(QApplication::palette()));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
    }

    void theme_systemRestoresPlatformLook()
    {
        Theme::apply(Theme::Mode::Dark);
        Theme::apply(Theme::Mode::System);
        QCOMPARE(QApplication::style()->name(), m_platformStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_platformWindowColor);
    }

    void theme_windowStyleSheetFollowsPalette()
    {
        MainWindow window;
        QCOMPARE(window.styleSheet(), Theme::styleSheet(Theme::isDark()));
        Theme::apply(Theme::Mode::Dark);
        QCOMPARE(window.styleSheet(), Theme::styleSheet(true));
        Theme::apply(Theme::Mode::Light);
        QCOMPARE(window.styleSheet(), Theme::styleSheet(false));
        QVERIFY(Theme::styleSheet(true) != Theme::styleSheet(false));
    }

    void theme_styleSheetHasNoUnfilledToken_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void theme_styleSheetHasNoUnfilledToken()
    {
        QFETCH(bool, dark);
        const QString sheet = Theme::styleSheet(dark);
        static const QRegularExpression token(QStringLiteral("\\{[A-Za-z]+\\}"));
        QVERIFY2(!token.match(sheet).hasMatch(), qPrintable(token.match(sheet).captured()));
    }

    void localization_availableLanguages()
    {
        const QStringList languages = Localization::availableLanguages();
        QCOMPARE(languages.value(0), QStringLiteral("en"));
        for (const char *code : {"pt_BR", "nl", "es", "de"})
            QVERIFY2(languages.contains(QLatin1String(code)), code);
    }

    void localization_match_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("exact") << QStringLiteral("pt_BR") << QStringLiteral("pt_BR");
        QTest::newRow("BCP 47 dash") << QStringLiteral("pt-BR") << QStringLiteral("pt_BR");
        QTest::newRow("language only") << QStringLiteral("pt") << QStringLiteral("pt_BR");
        QTest::newRow("other region") << QStringLiteral("de_AT") << QStringLiteral("de");
        QTest::newRow("upper case") << QStringLiteral("NL") << QStringLiteral("nl");
        QTest::newRow("source language") << QStringLiteral("en_GB") << QStringLiteral("en");
        QTest::newRow("not shipped") << QStringLiteral("fr") << QString();
    }

    void localization_match()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        QCOMPARE(Localization::match(code), expected);
    }

    void localization_languageFromArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QString program = QStringLiteral("omnidesk");
        QTest::newRow("separate value")
            << QStringList{program, QStringLiteral("--lang"), QStringLiteral("de")} << QStringLiteral("de");
        QTest::newRow("with equals") << QStringList{program, QStringLiteral("--user"), QStringLiteral("a"),
                                                    QStringLiteral("--lang=pt_BR")}
                                     << QStringLiteral("pt_BR");
        QTest::newRow("absent") << QStringList{program, QStringLiteral("--user"), QStringLiteral("a")}
                                << QString();
        QTest::newRow("after --") << QStringList{program, QStringLiteral("--"), QStringLiteral("--lang"),
                                                 QStringLiteral("nl")}
                                  << QString();
    }

    void localization_languageFromArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QCOMPARE(Localization::languageFromArguments(arguments), expected);
    }

    void localization_translatesTheMainWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("waiting");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&File")
                            << QStringLiteral("Waiting for calls");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("&Arquivo")
                               << QStringLiteral("Aguardando chamadas");
        QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("&Bestand")
                            << QStringLiteral("Wachten op gesprekken");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("&Archivo")
                            << QStringLiteral("Esperando llamadas");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei")
                            << QStringLiteral("Warten auf Anrufe");
    }

    void localization_translatesTheMainWindow()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, waiting);
        Localization localization;
        QVERIFY(localization.install(*qApp, language));
        QCOMPARE(localization.language(), language);
        MainWindow window;
        QCOMPARE(window.menuBar()->actions().value(0)->text(), fileMenu);
        const auto labels = window.findChildren<QLabel *>(QStringLiteral("idleTitle"));
        QCOMPARE(labels.size(), 1);
        QCOMPARE(labels.first()->text(), waiting);
    }

    void localization_englishHasPluralForms_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one") << 1 << QStringLiteral("1 open");
        QTest::newRow("several") << 3 << QStringLiteral("3 open");
    }

    void localization_englishHasPluralForms()
    {
        // Every %n string of the sources has English forms, so none shows "(s)".
        QFETCH(int, count);
        QFETCH(QString, expected);
        Localization localization;
        QVERIFY(localization.install(*qApp, QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("omnidesk::ui::NextStepPanel", "%n open", nullptr, count),
                 expected);
        const QString customers = QCoreApplication::translate(
            "omnidesk::ui::LookupDialog", "%n customer(s) found. Enter opens the selected one.", nullptr,
            count);
        QVERIFY2(!customers.contains(QLatin1String("(s)")), qPrintable(customers));
        QCOMPARE(customers.startsWith(QStringLiteral("%1 customer ").arg(count)), count == 1);
    }

    void localization_unknownLanguageKeepsEnglish()
    {
        Localization localization;
        QVERIFY(!localization.install(*qApp, QStringLiteral("fr")));
        QCOMPARE(localization.language(), QStringLiteral("en"));
        MainWindow window;
        QCOMPARE(window.menuBar()->actions().value(0)->text(), QStringLiteral("&File"));
    }

    void localization_destructorRemovesTranslation()
    {
        {
            Localization localization;
            QVERIFY(localization.install(*qApp, QStringLiteral("de")));
        }
        MainWindow window;
        QCOMPARE(window.menuBar()->actions().value(0)->text(), QStringLiteral("&File"));
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
