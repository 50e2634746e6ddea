// Tests latelySummary() and LatelyModel: the "what happened lately" strip of
// the call view, read from a whole timeline and kept current event by event.
#include "LatelyModel.h"
#include "Profile.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace omnidesk;

namespace {
const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-20T09:00:00Z"), Qt::ISODate);

TimelineEvent ev(const char *id, int hoursAgo, const char *channel)
{
    return TimelineEvent{QString::fromLatin1(id), kNow.addSecs(-hoursAgo * 3600),
                         QString::fromLatin1(channel), QStringLiteral("x"), QString()};
}

QStringList ids(const QList<TimelineEvent> &events)
{
    QStringList list;
    for (const TimelineEvent &e : events)
        list.append(e.id);
    return list;
}
} // namespace

class TestLately : public QObject
{
    Q_OBJECT
private slots:
    void summary_data();
    void summary();
    void model_resetReadsTheTimeline();
    void model_addedEventsMatchTheSummary_data();
    void model_addedEventsMatchTheSummary();
    void model_touchesOnlyTheRowsAnEventChanges();
    void model_rowsLeaveWithTheWindow();
};

void TestLately::summary_data()
{
    QTest::addColumn<QList<TimelineEvent>>("timeline");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QList<TimelineEvent>{} << QStringList{};
    QTest::newRow("newest per channel, newest first")
        << QList<TimelineEvent>{ev("web2", 1, "web"), ev("mail", 5, "email"), ev("web1", 20, "web"),
                                ev("sms", 30, "sms")}
        << QStringList{QStringLiteral("web2"), QStringLiteral("mail"), QStringLiteral("sms")};
    QTest::newRow("older than 14 days left out")
        << QList<TimelineEvent>{ev("web", 2, "web"), ev("store", 15 * 24, "store")}
        << QStringList{QStringLiteral("web")};
    QTest::newRow("unordered input still picks the newest")
        << QList<TimelineEvent>{ev("web-old", 40, "web"), ev("call", 3, "call"), ev("web-new", 2, "web")}
        << QStringList{QStringLiteral("web-new"), QStringLiteral("call")};
    QTest::newRow("far future (clock skew) left out")
        << QList<TimelineEvent>{ev("future", -48, "app"), ev("app", 1, "app")}
        << QStringList{QStringLiteral("app")};
}

void TestLately::summary()
{
    QFETCH(QList<TimelineEvent>, timeline);
    QFETCH(QStringList, expected);
    QCOMPARE(ids(latelySummary(timeline, kNow)), expected);
}

void TestLately::model_resetReadsTheTimeline()
{
    LatelyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([] { return kNow; });
    const QList<TimelineEvent> timeline{ev("web2", 1, "web"), ev("mail", 5, "email"), ev("web1", 20, "web"),
                                        ev("store", 15 * 24, "store")};
    model.setTimeline(timeline);
    QCOMPARE(model.events(), latelySummary(timeline, kNow));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0), LatelyModel::IdRole).toString(), QStringLiteral("web2"));
    QCOMPARE(model.data(model.index(1), LatelyModel::ChannelRole).toString(), QStringLiteral("email"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestLately::model_addedEventsMatchTheSummary_data()
{
    QTest::addColumn<bool>("late");
    QTest::newRow("newest on top") << false;
    QTest::newRow("some late") << true;
}

// Streamed events (one or a few at a time, on top of the timeline) leave the
// model where latelySummary() of the whole timeline would put it.
void TestLately::model_addedEventsMatchTheSummary()
{
    QFETCH(bool, late);
    const QStringList channels{QStringLiteral("web"),   QStringLiteral("email"), QStringLiteral("sms"),
                               QStringLiteral("store"), QStringLiteral("call"),  QStringLiteral("chat"),
                               QStringLiteral("app"),   QStringLiteral("push")};
    QRandomGenerator random(5);
    // Distinct times, minutes apart: the newest event of a stream at minute 0,
    // going back 20 days (the oldest outside the window).
    QList<int> minutesAgo;
    for (int m = 0; m < 20 * 24 * 60; m += 1 + int(random.bounded(60)))
        minutesAgo.append(m);
    QList<TimelineEvent> all; // newest first, as the timeline holds them
    for (qsizetype i = minutesAgo.size() - 1; i >= 0; --i) {
        const QString channel = channels.at(int(random.bounded(int(channels.size()))));
        all.prepend(TimelineEvent{QStringLiteral("e%1").arg(i), kNow.addSecs(-60LL * minutesAgo.at(i)),
                                  channel, QStringLiteral("x"), QStringLiteral("summary %1").arg(i)});
    }
    if (late) {
        // Every fifth event arrives later than it happened.
        for (qsizetype i = 5; i < all.size(); i += 5)
            all.move(i, i - 4);
    }
    LatelyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([] { return kNow; });
    // The oldest third as the popped timeline, the rest streamed in small batches, oldest batch first.
    qsizetype shown = all.size() * 2 / 3;
    model.setTimeline(all.mid(shown));
    QCOMPARE(model.events(), latelySummary(all.mid(shown), kNow));
    while (shown > 0) {
        const qsizetype count = std::min<qsizetype>(shown, 1 + random.bounded(3));
        shown -= count;
        model.addEvents(all.mid(shown, count));
        QCOMPARE(model.events(), latelySummary(all.mid(shown), kNow));
    }
    QVERIFY(model.rowCount() >= 6);
}

void TestLately::model_touchesOnlyTheRowsAnEventChanges()
{
    LatelyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([] { return kNow; });
    model.setTimeline({ev("web", 1, "web"), ev("mail", 2, "email"), ev("sms", 3, "sms")});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // The newest channel again: its row changes in place.
    model.addEvents({ev("web-new", 0, "web")});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(moved.size(), 0);
    // Another channel's newest: its row moves to the top.
    model.addEvents({ev("sms-new", 0, "sms")});
    QCOMPARE(moved.size(), 1);
    QCOMPARE(model.events().first().id, QStringLiteral("sms-new"));
    // A new channel between the others; an older event of a shown channel changes nothing.
    model.addEvents({TimelineEvent{QStringLiteral("chat"), kNow.addSecs(-90 * 60), QStringLiteral("chat"),
                                   QStringLiteral("x"), QString()},
                     ev("mail-old", 30, "email")});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(reset.size(), 0);
    QStringList order;
    for (const TimelineEvent &event : model.events())
        order.append(event.id);
    QCOMPARE(order, (QStringList{QStringLiteral("sms-new"), QStringLiteral("web-new"), QStringLiteral("chat"),
                                 QStringLiteral("mail")}));
}

void TestLately::model_rowsLeaveWithTheWindow()
{
    QDateTime now = kNow;
    LatelyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([&now] { return now; });
    model.setTimeline({ev("web", 1, "web"), ev("mail", 13 * 24, "email"), ev("sms", 13 * 24 + 5, "sms")});
    QCOMPARE(model.rowCount(), 3);
    // Two days later the email and the SMS are older than two weeks; a future event is left out.
    now = kNow.addDays(2);
    model.addEvents({TimelineEvent{QStringLiteral("future"), now.addSecs(3600), QStringLiteral("app"),
                                   QStringLiteral("x"), QString()},
                     ev("app", -47, "app")});
    QStringList order;
    for (const TimelineEvent &event : model.events())
        order.append(event.id);
    QCOMPARE(order, (QStringList{QStringLiteral("app"), QStringLiteral("web")}));
}

QTEST_GUILESS_MAIN(TestLately)
#include "tst_lately.moc"
