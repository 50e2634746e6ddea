// Tests Wording and Catalogues: texts formatted in a language the process has
// not installed (the service's case, one catalogue per client), and in the
// application's installed language (the desktop's case).
#include "Catalogues.h"
#include "Wording.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace omnidesk;

namespace {
const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-20T09:00:00Z"), Qt::ISODate);

Wording wordingFor(const QString &language)
{
    return Wording(Catalogues::load(language), language);
}
} // namespace

class TestWording : public QObject
{
    Q_OBJECT
private slots:
    void catalogues_everyShippedLanguageLoads();
    void catalogues_match_data();
    void catalogues_match();
    void ago_inEachLanguage_data();
    void ago_inEachLanguage();
    void text_missingFromTheCatalogueIsTheSource();
    void application_followsTheInstalledTranslator();
};

void TestWording::catalogues_everyShippedLanguageLoads()
{
    const QStringList languages = Catalogues::availableLanguages();
    QCOMPARE(languages.value(0), QStringLiteral("en"));
    QVERIFY2(languages.size() >= 5, qPrintable(languages.join(QLatin1Char(' '))));
    for (const QString &language : languages)
        QVERIFY2(Catalogues::load(language), qPrintable(language));
    QVERIFY(!Catalogues::load(QStringLiteral("xx")));
    // Loaded once, then shared.
    QCOMPARE(Catalogues::load(QStringLiteral("de")).get(), Catalogues::load(QStringLiteral("de")).get());
}

void TestWording::catalogues_match_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("exact") << "pt_BR"
                           << "pt_BR";
    QTest::newRow("bcp47") << "pt-BR"
                           << "pt_BR";
    QTest::newRow("lower case") << "pt_br"
                                << "pt_BR";
    QTest::newRow("language only") << "pt"
                                   << "pt_BR";
    QTest::newRow("other territory") << "de_AT"
                                     << "de";
    QTest::newRow("english") << "en-GB"
                             << "en";
    QTest::newRow("not shipped") << "fi"
                                 << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestWording::catalogues_match()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QCOMPARE(Catalogues::match(code), expected);
}

void TestWording::ago_inEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("secondsAgo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en now") << "en" << 20 << "just now";
    QTest::newRow("en 1 minute") << "en" << 61 << "1 minute ago";
    QTest::newRow("en 5 minutes") << "en" << 5 * 60 + 59 << "5 minutes ago";
    QTest::newRow("en 1 hour") << "en" << 3600 << "1 hour ago";
    QTest::newRow("en 3 days") << "en" << 3 * 86400 + 7 << "3 days ago";
    QTest::newRow("pt_BR 1 day") << "pt_BR" << 86400 << "há 1 dia";
    QTest::newRow("pt_BR 3 days") << "pt_BR" << 3 * 86400 << "há 3 dias";
    QTest::newRow("de 2 hours") << "de" << 7200 << "vor 2 Stunden";
    QTest::newRow("es now") << "es" << 0 << "ahora mismo";
    QTest::newRow("nl 10 minutes") << "nl" << 600 << "10 minuten geleden";
}

void TestWording::ago_inEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(int, secondsAgo);
    QFETCH(QString, expected);
    QCOMPARE(wordingFor(language).ago(kNow.addSecs(-secondsAgo), kNow), expected);
    QCOMPARE(wordingFor(language).language(), language);
}

void TestWording::text_missingFromTheCatalogueIsTheSource()
{
    const Wording german = wordingFor(QStringLiteral("de"));
    QCOMPARE(german.text("Wording", "no such text"), QStringLiteral("no such text"));
    QCOMPARE(german.text("Wording", "%n no such text", 4), QStringLiteral("4 no such text"));
    // Without any catalogue: the source, %n still replaced.
    const Wording none(nullptr, QString());
    QCOMPARE(none.language(), QStringLiteral("en"));
    QCOMPARE(none.text("Wording", "just now"), QStringLiteral("just now"));
}

void TestWording::application_followsTheInstalledTranslator()
{
    const Wording application;
    QTranslator spanish;
    QVERIFY(spanish.load(Catalogues::filePrefix() + QStringLiteral("es"), Catalogues::folder()));
    QCoreApplication::installTranslator(&spanish);
    const QString installed = application.ago(kNow.addSecs(-2 * 86400), kNow);
    QCoreApplication::removeTranslator(&spanish);
    QCOMPARE(installed, QStringLiteral("hace 2 días"));
    QCOMPARE(application.ago(kNow.addSecs(-30), kNow), QStringLiteral("just now"));
}

QTEST_GUILESS_MAIN(TestWording)
#include "tst_wording.moc"
