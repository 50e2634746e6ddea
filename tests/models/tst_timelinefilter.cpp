#include "TimelineFilterModel.h"
#include "TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <memory>

using namespace omnidesk;

namespace {
TimelineEvent makeEvent(const QString &id, const QString &channel, const QString &summary)
{
    return TimelineEvent{id, QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC), channel,
                         QStringLiteral("test.event"), summary};
}

// Newest first, mixed channels.
QList<TimelineEvent> mixed()
{
    return {
        makeEvent(QStringLiteral("e-5"), QStringLiteral("sms"), QStringLiteral("Sent delivery SMS")),
        makeEvent(QStringLiteral("e-4"), QStringLiteral("web"),
                  QStringLiteral("Added Phone case to the cart")),
        makeEvent(QStringLiteral("e-3"), QStringLiteral("email"), QStringLiteral("Opened reminder email")),
        makeEvent(QStringLiteral("e-2"), QStringLiteral("web"), QStringLiteral("Viewed phone X15")),
        makeEvent(QStringLiteral("e-1"), QStringLiteral("store"), QStringLiteral("Visited the store")),
    };
}

QStringList ids(const QAbstractItemModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, 0).data(TimelineModel::IdRole).toString());
    return list;
}

// Source, proxy and tester, in that order; the caller fills the source after.
struct Fixture
{
    TimelineModel source;
    TimelineFilterModel proxy;
    std::unique_ptr<QAbstractItemModelTester> tester;

    Fixture()
    {
        proxy.setSourceModel(&source);
        tester = std::make_unique<QAbstractItemModelTester>(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
};
} // namespace

class TestTimelineFilter : public QObject
{
    Q_OBJECT

private slots:
    void noFilter_showsEverythingInSourceOrder()
    {
        Fixture f;
        f.source.setEvents(mixed());
        QVERIFY(!f.proxy.isFiltering());
        QCOMPARE(ids(f.proxy),
                 QStringList({QStringLiteral("e-5"), QStringLiteral("e-4"), QStringLiteral("e-3"),
                              QStringLiteral("e-2"), QStringLiteral("e-1")}));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("channel web") << QStringLiteral("web") << QString()
                                     << QStringList{QStringLiteral("e-4"), QStringLiteral("e-2")};
        QTest::newRow("channel without events") << QStringLiteral("push") << QString() << QStringList{};
        QTest::newRow("search ignores case") << QString() << QStringLiteral("PHONE")
                                             << QStringList{QStringLiteral("e-4"), QStringLiteral("e-2")};
        QTest::newRow("search is trimmed")
            << QString() << QStringLiteral("  reminder\t") << QStringList{QStringLiteral("e-3")};
        QTest::newRow("search matches inside words")
            << QString() << QStringLiteral("sit") << QStringList{QStringLiteral("e-1")};
        QTest::newRow("search only whitespace")
            << QString() << QStringLiteral("   ")
            << QStringList{QStringLiteral("e-5"), QStringLiteral("e-4"), QStringLiteral("e-3"),
                           QStringLiteral("e-2"), QStringLiteral("e-1")};
        QTest::newRow("search not found") << QString() << QStringLiteral("refund") << QStringList{};
        QTest::newRow("channel and search")
            << QStringLiteral("web") << QStringLiteral("cart") << QStringList{QStringLiteral("e-4")};
        QTest::newRow("channel and search elsewhere")
            << QStringLiteral("sms") << QStringLiteral("email") << QStringList{};
    }

    void filters()
    {
        QFETCH(QString, channel);
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        Fixture f;
        f.source.setEvents(mixed());
        f.proxy.setChannel(channel);
        f.proxy.setSearchText(search);
        QCOMPARE(ids(f.proxy), expected);
    }

    void searchText_isStoredTrimmed()
    {
        TimelineFilterModel proxy;
        proxy.setSearchText(QStringLiteral("  case "));
        QCOMPARE(proxy.searchText(), QStringLiteral("case"));
        QVERIFY(proxy.isFiltering());
    }

    void prependWhileFiltered_keepsFilter()
    {
        Fixture f;
        f.source.setEvents(mixed());
        f.proxy.setChannel(QStringLiteral("web"));
        f.proxy.setSearchText(QStringLiteral("phone"));
        QCOMPARE(ids(f.proxy), QStringList({QStringLiteral("e-4"), QStringLiteral("e-2")}));
        f.source.prependEvents(
            {makeEvent(QStringLiteral("e-8"), QStringLiteral("web"), QStringLiteral("Bought phone")),
             makeEvent(QStringLiteral("e-7"), QStringLiteral("sms"), QStringLiteral("Phone SMS")),
             makeEvent(QStringLiteral("e-6"), QStringLiteral("web"), QStringLiteral("Left"))});
        QCOMPARE(f.source.rowCount(), 8);
        QCOMPARE(ids(f.proxy),
                 QStringList({QStringLiteral("e-8"), QStringLiteral("e-4"), QStringLiteral("e-2")}));
        QVERIFY(f.proxy.index(0, 0).data(TimelineModel::NewRole).toBool());
    }

    void clearingFilters_restoresAllRows()
    {
        Fixture f;
        f.source.setEvents(mixed());
        f.proxy.setChannel(QStringLiteral("email"));
        f.proxy.setSearchText(QStringLiteral("reminder"));
        QCOMPARE(f.proxy.rowCount(), 1);
        f.proxy.setChannel(QString());
        QCOMPARE(f.proxy.rowCount(), 1);
        f.proxy.setSearchText(QString());
        QVERIFY(!f.proxy.isFiltering());
        QCOMPARE(f.proxy.rowCount(), 5);
        QCOMPARE(ids(f.proxy), ids(f.source));
    }

    void sourceReset_isFilteredAgain()
    {
        Fixture f;
        f.source.setEvents(mixed());
        f.proxy.setChannel(QStringLiteral("web"));
        f.source.setEvents(
            {makeEvent(QStringLiteral("e-9"), QStringLiteral("web"), QStringLiteral("Viewed")),
             makeEvent(QStringLiteral("e-10"), QStringLiteral("app"), QStringLiteral("Opened app"))});
        QCOMPARE(ids(f.proxy), QStringList{QStringLiteral("e-9")});
        f.source.clear();
        QCOMPARE(f.proxy.rowCount(), 0);
    }

    void hundredThousandRows_filterAndClearCorrectly()
    {
        TimelineModel source;
        TimelineFilterModel proxy;
        proxy.setSourceModel(&source);
        QList<TimelineEvent> many;
        many.reserve(100'000);
        const QString channels[] = {QStringLiteral("web"), QStringLiteral("email"), QStringLiteral("sms"),
                                    QStringLiteral("app")};
        for (int i = 100'000; i >= 1; --i)
            many.append(makeEvent(QStringLiteral("e-%1").arg(i), channels[i % 4],
                                  QStringLiteral("Viewed product %1").arg(i)));
        source.setEvents(many);
        proxy.setChannel(QStringLiteral("web"));
        QCOMPARE(proxy.rowCount(), 25'000);
        proxy.setSearchText(QStringLiteral("PRODUCT 9999"));
        // 9999, 99990..99999 (only multiples of 4 are web): 99992 and 99996.
        QCOMPARE(ids(proxy), QStringList({QStringLiteral("e-99996"), QStringLiteral("e-99992")}));
        proxy.setChannel(QString());
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), 100'000);
    }
};

QTEST_GUILESS_MAIN(TestTimelineFilter)
#include "tst_timelinefilter.moc"
