// Tests FloorModel: the supervisors' live floor.
#include "FloorModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace omnidesk;

namespace {
const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-23T09:30:00Z"), Qt::ISODate);

FloorAgent person(const char *id, const char *state, int secondsInState)
{
    FloorAgent a;
    a.agent = QString::fromLatin1(id);
    a.name = QStringLiteral("Person %1").arg(a.agent);
    a.role = QStringLiteral("agent");
    a.state = QString::fromLatin1(state);
    a.since = kNow.addSecs(-secondsInState);
    a.sessions = a.state == QLatin1StringView("offline") ? 0 : 1;
    return a;
}
} // namespace

class TestFloorModel : public QObject
{
    Q_OBJECT
private slots:
    void duration_data();
    void duration();
    void model_passesTesterWhileFilledAndUpdated();
    void times_followTheClock();
    void wrapUp_overrunAndExtensionNeedAttention();
    void summary_countsEveryState();
    void state_lostConnectionShowsWhileStateIsKept();
    void stateRank_busiestFirst();
    void sortRole_numbersAndNames();
};

void TestFloorModel::duration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0:00");
    QTest::newRow("negative clamps") << qint64(-5) << QStringLiteral("0:00");
    QTest::newRow("seconds") << qint64(42) << QStringLiteral("0:42");
    QTest::newRow("minutes") << qint64(12 * 60 + 5) << QStringLiteral("12:05");
    QTest::newRow("hours pad minutes") << qint64(3600 + 2 * 60 + 9) << QStringLiteral("1:02:09");
}

void TestFloorModel::duration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(FloorModel::duration(seconds), text);
}

void TestFloorModel::model_passesTesterWhileFilledAndUpdated()
{
    FloorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([] { return kNow; });
    model.setAgents({person("a1", "available", 10), person("a2", "offline", 100)}, true);
    QCOMPARE(model.rowCount(), 2);
    // A second frame of the same answer appends; a known person is updated in place.
    model.setAgents({person("a3", "break", 5), person("a1", "on_call", 1)}, false);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.agentAt(0).state, QStringLiteral("on_call"));
    QCOMPARE(model.rowOf(QStringLiteral("a3")), 2);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.updateAgent(person("a2", "available", 0));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(inserted.size(), 0);
    model.updateAgent(person("a4", "available", 0)); // someone new signs in
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 4);
    model.refreshTimes();
    model.setAgents({}, true);
    QCOMPARE(model.rowCount(), 0);
}

void TestFloorModel::times_followTheClock()
{
    FloorModel model;
    QDateTime now = kNow;
    model.setClock([&now] { return now; });
    FloorAgent a = person("a1", "on_call", 65);
    a.callId = QStringLiteral("c-1");
    a.callSince = kNow.addSecs(-65);
    model.setAgents({a});
    QCOMPARE(model.index(0, FloorModel::StateColumn).data().toString(), QStringLiteral("On call"));
    QCOMPARE(model.index(0, FloorModel::InStateColumn).data().toString(), QStringLiteral("1:05"));
    QCOMPARE(model.index(0, FloorModel::CallColumn).data().toString(), QStringLiteral("on a call for 1:05"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    now = now.addSecs(60);
    model.refreshTimes();
    QCOMPARE(changed.size(), 1); // one collapsed signal for the time columns
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(FloorModel::InStateColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), int(FloorModel::WrapUpColumn));
    QCOMPARE(model.index(0, FloorModel::InStateColumn).data().toString(), QStringLiteral("2:05"));
}

void TestFloorModel::wrapUp_overrunAndExtensionNeedAttention()
{
    FloorModel model;
    QDateTime now = kNow;
    model.setClock([&now] { return now; });
    FloorAgent a = person("a1", "wrap_up", 20);
    a.wrapUpEndsAt = kNow.addSecs(40);
    model.setAgents({a});
    const QModelIndex wrap = model.index(0, FloorModel::WrapUpColumn);
    QCOMPARE(wrap.data().toString(), QStringLiteral("ends in 0:40"));
    QVERIFY(!wrap.data(FloorModel::AttentionRole).toBool());

    now = kNow.addSecs(45); // the wrap-up should have ended five seconds ago
    QCOMPARE(wrap.data().toString(), QStringLiteral("\u26a0 over by 0:05"));
    QVERIFY(wrap.data(FloorModel::AttentionRole).toBool());

    now = kNow;
    a.extended = true;
    a.wrapUpEndsAt = kNow.addSecs(100);
    model.updateAgent(a);
    QCOMPARE(wrap.data().toString(), QStringLiteral("\u26a0 extended, ends in 1:40"));
    QVERIFY(wrap.data(FloorModel::AttentionRole).toBool());
    QVERIFY(model.summary().contains(QStringLiteral("(1 needing attention)")));
}

void TestFloorModel::summary_countsEveryState()
{
    FloorModel model;
    model.setClock([] { return kNow; });
    model.setAgents({person("a1", "available", 1), person("a2", "available", 1), person("a3", "on_call", 1),
                     person("a4", "break", 1), person("a5", "offline", 1), person("a6", "offline", 1)});
    QCOMPARE(model.summary(),
             QStringLiteral("2 available · 1 on a call · 0 in wrap-up · 1 on break · 2 offline"));
}

void TestFloorModel::state_lostConnectionShowsWhileStateIsKept()
{
    FloorModel model;
    model.setClock([] { return kNow; });
    FloorAgent away = person("a1", "break", 30);
    away.sessions = 0; // the desktop's connection dropped; the service keeps the state for a while
    model.setAgents({away, person("a2", "offline", 100)}, true);
    const int lost = model.rowOf(QStringLiteral("a1"));
    const int gone = model.rowOf(QStringLiteral("a2"));
    QVERIFY(lost >= 0 && gone >= 0);
    QCOMPARE(model.index(lost, FloorModel::StateColumn).data().toString(),
             QStringLiteral("Break (connection lost)"));
    QCOMPARE(model.index(lost, FloorModel::StateColumn).data(FloorModel::StateRole).toString(),
             QStringLiteral("break"));
    QCOMPARE(model.index(gone, FloorModel::StateColumn).data().toString(), QStringLiteral("Offline"));
    away.sessions = 1; // back
    model.updateAgent(away);
    QCOMPARE(model.index(lost, FloorModel::StateColumn).data().toString(), QStringLiteral("Break"));
}

void TestFloorModel::sortRole_numbersAndNames()
{
    FloorModel model;
    model.setClock([] { return kNow; });
    FloorAgent longAgo = person("b", "available", 605); // 10:05
    FloorAgent recent = person("a", "available", 599);  // 9:59
    model.setAgents({longAgo, recent});
    // Seconds, not the text ("10:05" < "9:59" as strings).
    QVERIFY(model.index(0, FloorModel::InStateColumn).data(FloorModel::SortRole).toLongLong() >
            model.index(1, FloorModel::InStateColumn).data(FloorModel::SortRole).toLongLong());
    // Same state: by name.
    QVERIFY(model.index(1, FloorModel::StateColumn).data(FloorModel::SortRole).toString() <
            model.index(0, FloorModel::StateColumn).data(FloorModel::SortRole).toString());
}

void TestFloorModel::stateRank_busiestFirst()
{
    QVERIFY(FloorModel::stateRank(QStringLiteral("on_call")) <
            FloorModel::stateRank(QStringLiteral("wrap_up")));
    QVERIFY(FloorModel::stateRank(QStringLiteral("wrap_up")) <
            FloorModel::stateRank(QStringLiteral("available")));
    QVERIFY(FloorModel::stateRank(QStringLiteral("available")) <
            FloorModel::stateRank(QStringLiteral("break")));
    QVERIFY(FloorModel::stateRank(QStringLiteral("break")) <
            FloorModel::stateRank(QStringLiteral("offline")));
    QVERIFY(FloorModel::stateRank(QStringLiteral("offline")) <
            FloorModel::stateRank(QStringLiteral("lunch")));
}

QTEST_GUILESS_MAIN(TestFloorModel)
#include "tst_floormodel.moc"
