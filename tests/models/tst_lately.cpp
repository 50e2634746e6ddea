// Tests latelySummary(): the "what happened lately" strip of the call view.
#include "Profile.h"

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

QTEST_GUILESS_MAIN(TestLately)
#include "tst_lately.moc"
