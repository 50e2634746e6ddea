#include "NextStepModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace omnidesk;

class TestNextStepModel : public QObject
{
    Q_OBJECT

private slots:
    void setSteps_sortsByPriority()
    {
        NextStepModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.top());
        model.setSteps({NextStep{QStringLiteral("low"), QStringLiteral("Low"), QStringLiteral("r1"), {}, 10},
                        NextStep{QStringLiteral("high"),
                                 QStringLiteral("High"),
                                 QStringLiteral("r2"),
                                 {QStringLiteral("a"), QStringLiteral("b")},
                                 90}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("High"));
        QCOMPARE(model.index(0).data(NextStepModel::ReasonRole).toString(), QStringLiteral("r2"));
        QCOMPARE(model.index(0).data(NextStepModel::TalkingPointsRole).toStringList(),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(model.index(1).data(NextStepModel::PriorityRole).toInt(), 10);
        QCOMPARE(model.top()->id, QStringLiteral("high"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNextStepModel)
#include "tst_nextstepmodel.moc"
