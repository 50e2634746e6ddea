// Tests ShownProfileCache on its own: the newest-events window in the store's
// order, outcome dispositions entering and leaving with their events, entries
// for another state of the profile, "sent" bookkeeping and eviction.
// (tst_profileengine compares the engine's cached steps with full reloads.)
#include "ShownProfileCache.h"

#include <QTest>

using namespace omnidesk;
using namespace omnidesk::server;

namespace {
const QDateTime kT0(QDate(2026, 11, 17), QTime(18, 0), Qt::UTC);

ProfileRecord recordAt(qint64 version, const QString &id = QStringLiteral("p1"))
{
    ProfileRecord record;
    record.id = id;
    record.version = version;
    record.updatedAt = kT0.addSecs(version);
    return record;
}

StoredEvent storedEvent(const QString &id, int minutes, const QString &type = QStringLiteral("web.pageview"))
{
    return StoredEvent{id,
                       QStringLiteral("p1"),
                       kT0.addSecs(60LL * minutes),
                       QStringLiteral("web"),
                       type,
                       id + QStringLiteral(" summary"),
                       QJsonObject()};
}

// Newest first, as Store::timeline returns them: e<count-1> … e0, one per minute.
QList<TimelineEvent> timelineOf(int count)
{
    QList<TimelineEvent> timeline;
    for (int i = count - 1; i >= 0; --i)
        timeline.append(ShownProfileCache::timelineEventOf(storedEvent(QStringLiteral("e%1").arg(i), i)));
    return timeline;
}

QStringList ids(const QList<TimelineEvent> &timeline)
{
    QStringList list;
    for (const TimelineEvent &event : timeline)
        list.append(event.id);
    return list;
}

NextStep step(const char *id)
{
    return NextStep{QString::fromLatin1(id), QStringLiteral("title"), QStringLiteral("reason"), {}, 10};
}
} // namespace

class TestShownProfileCache : public QObject
{
    Q_OBJECT
private slots:
    void advance_insertsInStoreOrder();
    void advance_keepsTheNewestWindow();
    void advance_ruleFactsChangeWithoutTimelineChange();
    void advance_otherStateIsMissing();
    void dispositions_followTheirEvents();
    void put_keepsOnlyTheWindow();
    void markSent_onlyWhenDifferent();
    void put_evictsUnshownThenLeastRecentlyUsed();
};

void TestShownProfileCache::advance_insertsInStoreOrder()
{
    ShownProfileCache cache;
    QVERIFY(cache.put(recordAt(3), timelineOf(3), {}));
    // Newer than all, then one between two others, then a tie on time (the larger id first).
    QCOMPARE(cache.advance(recordAt(3), recordAt(4), storedEvent(QStringLiteral("new"), 10)),
             ShownProfileCache::Advance::Changed);
    QCOMPARE(cache.advance(recordAt(4), recordAt(5), storedEvent(QStringLiteral("late"), 1)),
             ShownProfileCache::Advance::Changed);
    QCOMPARE(cache.advance(recordAt(5), recordAt(6), storedEvent(QStringLiteral("e2b"), 2)),
             ShownProfileCache::Advance::Changed);
    QCOMPARE(cache.advance(recordAt(6), recordAt(7), storedEvent(QStringLiteral("a"), 2)),
             ShownProfileCache::Advance::Changed);
    const ShownProfileCache::Inputs *inputs = cache.find(QStringLiteral("p1"));
    QVERIFY(inputs);
    QCOMPARE(
        ids(inputs->timeline),
        (QStringList{QStringLiteral("new"), QStringLiteral("e2b"), QStringLiteral("e2"), QStringLiteral("a"),
                     QStringLiteral("late"), QStringLiteral("e1"), QStringLiteral("e0")}));
    QCOMPARE(inputs->record.version, 7);
}

void TestShownProfileCache::advance_keepsTheNewestWindow()
{
    ShownProfileCache cache;
    cache.put(recordAt(1), timelineOf(ShownProfileCache::kTimelineWindow), {});
    // Older than the whole full window: not among the newest, and nothing the rules read changed.
    QCOMPARE(cache.advance(recordAt(1), recordAt(2), storedEvent(QStringLiteral("old"), -5)),
             ShownProfileCache::Advance::Unchanged);
    QCOMPARE(cache.advance(recordAt(2), recordAt(3), storedEvent(QStringLiteral("next"), 100)),
             ShownProfileCache::Advance::Changed);
    const ShownProfileCache::Inputs *inputs = cache.find(QStringLiteral("p1"));
    QCOMPARE(inputs->timeline.size(), ShownProfileCache::kTimelineWindow);
    QCOMPARE(inputs->timeline.first().id, QStringLiteral("next"));
    QCOMPARE(inputs->timeline.last().id, QStringLiteral("e1")); // e0 left the window
    QCOMPARE(inputs->record.version, 3);
}

void TestShownProfileCache::advance_ruleFactsChangeWithoutTimelineChange()
{
    ShownProfileCache cache;
    cache.put(recordAt(1), timelineOf(ShownProfileCache::kTimelineWindow), {});
    ProfileRecord after = recordAt(2);
    after.cart.lines.append(CartLine{QStringLiteral("SKU"), QStringLiteral("Phone"), 1, 100});
    after.cart.updatedAt = kT0.addSecs(-300);
    QCOMPARE(cache.advance(recordAt(1), after, storedEvent(QStringLiteral("late-add"), -5)),
             ShownProfileCache::Advance::Changed);
    ProfileRecord tier = after;
    tier.version = 3;
    tier.tier = QStringLiteral("gold");
    QCOMPARE(cache.advance(after, tier, storedEvent(QStringLiteral("late-tier"), -6)),
             ShownProfileCache::Advance::Changed);
    QCOMPARE(cache.find(QStringLiteral("p1"))->record.tier, QStringLiteral("gold"));
}

void TestShownProfileCache::advance_otherStateIsMissing()
{
    ShownProfileCache cache;
    QCOMPARE(cache.advance(recordAt(1), recordAt(2), storedEvent(QStringLiteral("x"), 1)),
             ShownProfileCache::Advance::Missing);
    cache.put(recordAt(1), timelineOf(2), {});
    // Written on version 2 (another instance wrote version 2 meanwhile): the entry is stale.
    QCOMPARE(cache.advance(recordAt(2), recordAt(3), storedEvent(QStringLiteral("x"), 5)),
             ShownProfileCache::Advance::Missing);
    QVERIFY(!cache.find(QStringLiteral("p1")));
    // The same version with another update time (a rolled-back batch, then other writes) is stale too.
    cache.put(recordAt(1), timelineOf(2), {});
    ProfileRecord other = recordAt(1);
    other.updatedAt = kT0.addDays(1);
    QCOMPARE(cache.advance(other, recordAt(2), storedEvent(QStringLiteral("y"), 5)),
             ShownProfileCache::Advance::Missing);
    QCOMPARE(cache.size(), 0);
}

void TestShownProfileCache::dispositions_followTheirEvents()
{
    ShownProfileCache cache;
    cache.put(recordAt(1), timelineOf(ShownProfileCache::kTimelineWindow - 1), {});
    StoredEvent outcome = storedEvent(QStringLiteral("outcome-1"), 60, QStringLiteral("call.outcome"));
    outcome.body.insert(QStringLiteral("disposition"), QStringLiteral("complaint"));
    QCOMPARE(cache.advance(recordAt(1), recordAt(2), outcome), ShownProfileCache::Advance::Changed);
    QCOMPARE(cache.find(QStringLiteral("p1"))->dispositions.value(QStringLiteral("outcome-1")),
             QStringLiteral("complaint"));
    // 50 newer events push the outcome out of the window, and its disposition with it.
    for (int i = 0; i < ShownProfileCache::kTimelineWindow; ++i) {
        QCOMPARE(cache.advance(recordAt(2 + i), recordAt(3 + i),
                               storedEvent(QStringLiteral("later%1").arg(i), 100 + i)),
                 ShownProfileCache::Advance::Changed);
        const bool inWindow = i < ShownProfileCache::kTimelineWindow - 1;
        QCOMPARE(cache.find(QStringLiteral("p1"))->dispositions.contains(QStringLiteral("outcome-1")),
                 inWindow);
    }
}

void TestShownProfileCache::put_keepsOnlyTheWindow()
{
    ShownProfileCache cache;
    QList<TimelineEvent> timeline = timelineOf(ShownProfileCache::kTimelineWindow + 10);
    // The store returns the newest outcomes; only those in the window are kept.
    const QHash<QString, QString> dispositions{{QStringLiteral("e59"), QStringLiteral("sale")},
                                               {QStringLiteral("e3"), QStringLiteral("complaint")}};
    const ShownProfileCache::Inputs *inputs = cache.put(recordAt(1), timeline, dispositions);
    QCOMPARE(inputs->timeline.size(), ShownProfileCache::kTimelineWindow);
    QCOMPARE(inputs->timeline.first().id, QStringLiteral("e59"));
    QCOMPARE(inputs->dispositions,
             (QHash<QString, QString>{{QStringLiteral("e59"), QStringLiteral("sale")}}));
}

void TestShownProfileCache::markSent_onlyWhenDifferent()
{
    ShownProfileCache cache;
    // No entry (nobody's inputs are kept): always send.
    QVERIFY(cache.markSent(QStringLiteral("p1"), {step("a")}));
    QVERIFY(cache.markSent(QStringLiteral("p1"), {step("a")}));
    cache.put(recordAt(1), timelineOf(1), {});
    QVERIFY(cache.markSent(QStringLiteral("p1"), {step("a")}));
    QVERIFY(!cache.markSent(QStringLiteral("p1"), {step("a")}));
    QVERIFY(cache.markSent(QStringLiteral("p1"), {step("a"), step("b")}));
    QVERIFY(!cache.markSent(QStringLiteral("p1"), {step("a"), step("b")}));
    QVERIFY(cache.markSent(QStringLiteral("p1"), {})); // no steps any more is a change too
    QVERIFY(!cache.markSent(QStringLiteral("p1"), {}));
    cache.forgetSent(QStringLiteral("p1"));
    QVERIFY(cache.markSent(QStringLiteral("p1"), {}));
    // Carrying the entry forward keeps what was sent; a fresh put forgets it.
    QCOMPARE(cache.advance(recordAt(1), recordAt(2), storedEvent(QStringLiteral("n"), 9)),
             ShownProfileCache::Advance::Changed);
    QVERIFY(!cache.markSent(QStringLiteral("p1"), {}));
    cache.put(recordAt(2), timelineOf(2), {});
    QVERIFY(cache.markSent(QStringLiteral("p1"), {}));
}

void TestShownProfileCache::put_evictsUnshownThenLeastRecentlyUsed()
{
    ShownProfileCache cache(2);
    cache.put(recordAt(1, QStringLiteral("a")), {}, {});
    cache.put(recordAt(1, QStringLiteral("b")), {}, {});
    // Full: "a" is no longer shown, so it goes.
    cache.put(recordAt(1, QStringLiteral("c")), {}, {}, [](const QString &id) { return id != u"a"; });
    QVERIFY(!cache.find(QStringLiteral("a")));
    QVERIFY(cache.find(QStringLiteral("b")) && cache.find(QStringLiteral("c")));
    // Everyone still shown: the least recently used goes ("b"; "c" was just advanced).
    ProfileRecord c2 = recordAt(2, QStringLiteral("c"));
    QCOMPARE(cache.advance(recordAt(1, QStringLiteral("c")), c2, storedEvent(QStringLiteral("x"), 1)),
             ShownProfileCache::Advance::Changed);
    cache.put(recordAt(1, QStringLiteral("d")), {}, {}, [](const QString &) { return true; });
    QCOMPARE(cache.size(), 2);
    QVERIFY(!cache.find(QStringLiteral("b")));
    QVERIFY(cache.find(QStringLiteral("c")) && cache.find(QStringLiteral("d")));
    // Replacing an entry does not evict another.
    cache.put(recordAt(3, QStringLiteral("d")), {}, {});
    QCOMPARE(cache.size(), 2);
    cache.remove(QStringLiteral("c"));
    QCOMPARE(cache.size(), 1);
}

QTEST_GUILESS_MAIN(TestShownProfileCache)
#include "tst_shownprofilecache.moc"
