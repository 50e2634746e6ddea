// Replays every fuzz seed and every input a fuzzer ever crashed on
// (tests/fuzz/corpus/<target>/, tests/fuzz/regressions/<target>/ and, for the
// ingest parser, the shared XDM fixtures) through the fuzz entries: the
// suite fails if one of them crashes, trips an invariant or stops being
// accepted when it should be.

#include "FuzzEntries.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using omnidesk::fuzz::FuzzEntries;

namespace {

using Entry = bool (*)(const QByteArray &);

Entry entryOf(const QString &target)
{
    if (target == QLatin1StringView("protocol"))
        return &FuzzEntries::protocolDecode;
    if (target == QLatin1StringView("xdm"))
        return &FuzzEntries::xdmEvents;
    if (target == QLatin1StringView("rules"))
        return &FuzzEntries::ruleFile;
    return &FuzzEntries::callBody;
}

QStringList targets()
{
    return {QStringLiteral("protocol"), QStringLiteral("xdm"), QStringLiteral("calls"),
            QStringLiteral("rules")};
}

QStringList filesIn(const QString &folder)
{
    QStringList files;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!name.startsWith(QLatin1Char('.')) && !name.endsWith(QLatin1StringView(".md")))
            files.append(dir.filePath(name));
    }
    return files;
}

QStringList seedFolders(const QString &target)
{
    QStringList folders{QStringLiteral(OMNIDESK_FUZZ_DIR "/corpus/") + target};
    if (target == QLatin1StringView("xdm"))
        folders.append(QStringLiteral(OMNIDESK_XDM_FIXTURES));
    return folders;
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void regressions_doNotCrash_data();
    void regressions_doNotCrash();
    void seeds_reachTheParser_data();
    void seeds_reachTheParser();
};

void TestFuzzRegressions::regressions_doNotCrash_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    for (const QString &target : targets()) {
        QStringList files = filesIn(QStringLiteral(OMNIDESK_FUZZ_DIR "/regressions/") + target);
        for (const QString &folder : seedFolders(target))
            files += filesIn(folder);
        for (const QString &file : std::as_const(files))
            QTest::newRow(qPrintable(target + QLatin1Char('/') + QFileInfo(file).fileName()))
                << target << file;
    }
}

void TestFuzzRegressions::regressions_doNotCrash()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    QFile in(file);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(file));
    const QByteArray data = in.readAll();
    // A crash, a sanitizer report or an invariant (qFatal) fails the suite;
    // the answer itself is free: most regressions are refused inputs.
    entryOf(target)(data);
    entryOf(target)(data.left(data.size() / 2)); // a cut-off body, too
}

void TestFuzzRegressions::seeds_reachTheParser_data()
{
    QTest::addColumn<QString>("target");
    for (const QString &target : targets())
        QTest::newRow(qPrintable(target)) << target;
}

// The seeds are valid examples: if the parsers stopped accepting them the
// fuzzers would only explore error paths. Seeds named bad-* are known bad
// inputs (e.g. the refused rule files of tst_rules) kept to start the
// fuzzer at each error path: they must stay refused and are not counted.
void TestFuzzRegressions::seeds_reachTheParser()
{
    QFETCH(QString, target);
    int files = 0;
    int accepted = 0;
    // The repository's own seeds; the shared fixtures include fragments
    // (an identity map, a product line) that are no whole event.
    {
        const QString folder = QStringLiteral(OMNIDESK_FUZZ_DIR "/corpus/") + target;
        for (const QString &file : filesIn(folder)) {
            QFile in(file);
            QVERIFY(in.open(QIODevice::ReadOnly));
            if (QFileInfo(file).fileName().startsWith(QLatin1StringView("bad-"))) {
                QVERIFY2(!entryOf(target)(in.readAll()),
                         qPrintable(QStringLiteral("bad seed accepted: ") + QFileInfo(file).fileName()));
                continue;
            }
            ++files;
            if (entryOf(target)(in.readAll()))
                ++accepted;
            else
                qInfo("refused seed: %s", qPrintable(QFileInfo(file).fileName()));
        }
    }
    QVERIFY2(files > 0, "no seeds");
    QVERIFY2(accepted * 2 > files,
             qPrintable(QStringLiteral("only %1 of %2 seeds accepted").arg(accepted).arg(files)));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
