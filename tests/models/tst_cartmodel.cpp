#include "CartModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace omnidesk;

namespace {
CartLine line(const char *sku, int quantity = 1, qint64 price = 1000)
{
    return CartLine{QString::fromLatin1(sku), QStringLiteral("Item ") + QString::fromLatin1(sku), quantity,
                    price};
}
Cart cart(QList<CartLine> lines)
{
    Cart c;
    c.currency = QStringLiteral("EUR");
    c.lines = std::move(lines);
    return c;
}
QStringList skus(const CartModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(CartModel::SkuRole).toString());
    return result;
}
QStringList changed(const CartModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(CartModel::ChangedRecentlyRole).toBool())
            result.append(model.index(row, 0).data(CartModel::SkuRole).toString());
    }
    return result;
}
} // namespace

class TestCartModel : public QObject
{
    Q_OBJECT

private slots:
    void loadCart_showsLinesAndTotals()
    {
        CartModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.loadCart(cart({line("A", 1, 79900), line("B", 2, 2500)}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.index(0, CartModel::ProductColumn).data().toString(), QStringLiteral("Item A"));
        QCOMPARE(model.index(1, CartModel::QuantityColumn).data().toInt(), 2);
        QCOMPARE(model.index(1, CartModel::UnitPriceColumn).data().toString(), QStringLiteral("EUR 25.00"));
        QCOMPARE(model.index(1, CartModel::LineTotalColumn).data().toString(), QStringLiteral("EUR 50.00"));
        QCOMPARE(model.total(), qint64(84900));
        QCOMPARE(model.currency(), QStringLiteral("EUR"));
        QCOMPARE(changed(model), QStringList());
        QCOMPARE(model.headerData(CartModel::UnitPriceColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Unit price"));
    }

    void setCart_isIncremental_data()
    {
        QTest::addColumn<QList<CartLine>>("before");
        QTest::addColumn<QList<CartLine>>("after");
        QTest::addColumn<int>("inserted");
        QTest::addColumn<int>("removed");
        QTest::addColumn<QStringList>("highlighted");

        QTest::newRow("line added at end")
            << QList<CartLine>{line("A"), line("B")} << QList<CartLine>{line("A"), line("B"), line("C")} << 1
            << 0 << QStringList{QStringLiteral("C")};
        QTest::newRow("line added in the middle")
            << QList<CartLine>{line("A"), line("C")} << QList<CartLine>{line("A"), line("B"), line("C")} << 1
            << 0 << QStringList{QStringLiteral("B")};
        QTest::newRow("line removed") << QList<CartLine>{line("A"), line("B"), line("C")}
                                      << QList<CartLine>{line("A"), line("C")} << 0 << 1 << QStringList{};
        QTest::newRow("quantity changed")
            << QList<CartLine>{line("A"), line("B")} << QList<CartLine>{line("A"), line("B", 3)} << 0 << 0
            << QStringList{QStringLiteral("B")};
        QTest::newRow("mixed") << QList<CartLine>{line("A"), line("B"), line("C")}
                               << QList<CartLine>{line("A", 2), line("C"), line("D"), line("E")} << 1 << 1
                               << QStringList{QStringLiteral("A"), QStringLiteral("D"), QStringLiteral("E")};
        QTest::newRow("emptied") << QList<CartLine>{line("A"), line("B")} << QList<CartLine>{} << 0 << 1
                                 << QStringList{};
    }

    void setCart_isIncremental()
    {
        QFETCH(QList<CartLine>, before);
        QFETCH(QList<CartLine>, after);
        QFETCH(int, inserted);
        QFETCH(int, removed);
        QFETCH(QStringList, highlighted);

        CartModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.loadCart(cart(before));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        model.setCart(cart(after));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserts.size(), inserted);
        QCOMPARE(removes.size(), removed);
        QCOMPARE(model.cart().lines, after);
        QCOMPARE(changed(model), highlighted);
    }

    void reorderedCart_resetsAndStillHighlightsChanges()
    {
        CartModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.loadCart(cart({line("A"), line("B")}));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setCart(cart({line("B", 5), line("A")}));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(skus(model), (QStringList{QStringLiteral("B"), QStringLiteral("A")}));
        QCOMPARE(changed(model), QStringList{QStringLiteral("B")});
    }

    void highlights_endWithNextUpdateOrClear()
    {
        CartModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.loadCart(cart({line("A")}));
        model.setCart(cart({line("A"), line("B")}));
        QCOMPARE(changed(model), QStringList{QStringLiteral("B")});
        model.setCart(cart({line("A", 2), line("B")}));
        QCOMPARE(changed(model), QStringList{QStringLiteral("A")});
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        model.clearHighlights();
        QCOMPARE(dataChanged.size(), 1);
        QCOMPARE(changed(model), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCartModel)
#include "tst_cartmodel.moc"
