#include "TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace omnidesk;

namespace {
QList<TimelineEvent> events(int first, int count)
{
    // Newest first: ids count down.
    QList<TimelineEvent> list;
    list.reserve(count);
    const QDateTime base(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    for (int i = first + count - 1; i >= first; --i)
        list.append(TimelineEvent{QStringLiteral("e-%1").arg(i), base.addSecs(i * 60), QStringLiteral("web"),
                                  QStringLiteral("page.view"), QStringLiteral("Viewed page %1").arg(i)});
    return list;
}
} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT

private slots:
    void setEvents_keepsNewestFirst()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setEvents(events(1, 3));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data(TimelineModel::IdRole).toString(), QStringLiteral("e-3"));
        QCOMPARE(model.index(2, TimelineModel::SummaryColumn).data().toString(),
                 QStringLiteral("Viewed page 1"));
        QCOMPARE(model.index(0, TimelineModel::ChannelColumn).data().toString(), QStringLiteral("Web"));
        QCOMPARE(model.index(0, TimelineModel::ChannelColumn).data(TimelineModel::ChannelRole).toString(),
                 QStringLiteral("web"));
        QVERIFY(!model.index(0, TimelineModel::TimeColumn).data().toString().isEmpty());
    }

    void prependEvents_insertsOnceAtTop()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvents(events(1, 5));
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        model.prependEvents(events(6, 2));
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(inserts.first().at(1).toInt(), 0);
        QCOMPARE(inserts.first().at(2).toInt(), 1);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.index(0, 0).data(TimelineModel::IdRole).toString(), QStringLiteral("e-7"));
        QCOMPARE(model.index(1, 0).data(TimelineModel::IdRole).toString(), QStringLiteral("e-6"));
        QCOMPARE(model.index(2, 0).data(TimelineModel::IdRole).toString(), QStringLiteral("e-5"));
        QVERIFY(model.index(1, 0).data(TimelineModel::NewRole).toBool());
        QVERIFY(!model.index(2, 0).data(TimelineModel::NewRole).toBool());
        model.clearNew();
        QVERIFY(!model.index(0, 0).data(TimelineModel::NewRole).toBool());
    }

    void hundredThousandRows_loadAndPrependCorrectly()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
        const QList<TimelineEvent> many = events(1, 100'000);
        model.setEvents(many);
        model.prependEvents(events(100'001, 500));
        for (int row = 0; row < model.rowCount(); row += 97)
            QVERIFY(!model.index(row, TimelineModel::SummaryColumn).data().toString().isEmpty());
        QCOMPARE(model.rowCount(), 100'500);
        QCOMPARE(model.index(0, 0).data(TimelineModel::IdRole).toString(), QStringLiteral("e-100500"));
        QCOMPARE(model.index(100'499, 0).data(TimelineModel::IdRole).toString(), QStringLiteral("e-1"));
    }
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
