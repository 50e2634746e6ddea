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
    void catalogues_matchAcceptLanguage_data();
    void catalogues_matchAcceptLanguage();
    void forLanguage_fallsBackToEnglish();
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

void TestWording::catalogues_matchAcceptLanguage_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one") << QByteArray("pt-BR") << "pt_BR";
    QTest::newRow("browser list") << QByteArray("pt-BR,pt;q=0.9,en;q=0.8") << "pt_BR";
    QTest::newRow("first not shipped") << QByteArray("fr-FR, de;q=0.7, en;q=0.5") << "de";
    QTest::newRow("quality wins over order") << QByteArray("en;q=0.2, nl;q=0.9") << "nl";
    QTest::newRow("refused with q=0") << QByteArray("es;q=0, de") << "de";
    QTest::newRow("wildcard only") << QByteArray("*") << "";
    QTest::newRow("none shipped") << QByteArray("fi, sv;q=0.5") << "";
    QTest::newRow("empty") << QByteArray() << "";
}

void TestWording::catalogues_matchAcceptLanguage()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, expected);
    QCOMPARE(Catalogues::matchAcceptLanguage(header), expected);
}

void TestWording::forLanguage_fallsBackToEnglish()
{
    QCOMPARE(Wording::forLanguage(QStringLiteral("pt-BR")).language(), QStringLiteral("pt_BR"));
    QCOMPARE(Wording::forLanguage(QStringLiteral("de_AT")).language(), QStringLiteral("de"));
    const Wording finnish = Wording::forLanguage(QStringLiteral("fi"));
    QCOMPARE(finnish.language(), QStringLiteral("en"));
    // English plural forms come from the English catalogue.
    QCOMPARE(finnish.ago(kNow.addSecs(-86400), kNow), QStringLiteral("1 day ago"));
    QCOMPARE(Wording::forLanguage(QString()).ago(kNow.addSecs(-7200), kNow), QStringLiteral("2 hours ago"));
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
