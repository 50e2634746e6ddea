// SessionStream: numbering, the retained text that a resume replays, and the
// two retention limits (message count and characters of text).
#include "AgentSession.h" // complete type for the stream's QPointer
#include "ProtocolCodec.h"
#include "SessionStream.h"

#include <QTest>

using namespace omnidesk;
using namespace omnidesk::protocol;
using namespace omnidesk::server;

namespace {

// A call.ended whose call id makes the frame about `size` characters long.
CallEnded callEnded(int number, int size = 0)
{
    CallEnded ended;
    ended.callId = QStringLiteral("c-%1-").arg(number) + QString(size, QLatin1Char('x'));
    ended.endedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    return ended;
}

} // namespace

class TestSessionStream : public QObject
{
    Q_OBJECT
private slots:
    void append_numbersAndReplaysTheSameText();
    void countLimit_dropsTheOldest();
    void charLimit_dropsTheOldestButKeepsTheNewest();
};

void TestSessionStream::append_numbersAndReplaysTheSameText()
{
    SessionStream stream(QStringLiteral("s-1"), UserInfo{}, 1000);
    QStringList sent;
    for (int i = 1; i <= 3; ++i)
        sent.append(stream.append(callEnded(i)));
    QCOMPARE(stream.lastSeq(), 3);
    for (int i = 1; i <= 3; ++i) {
        const DecodeResult decoded = ProtocolCodec::decode(sent.at(i - 1));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.frame->seq, i);
        QCOMPARE(std::get<CallEnded>(decoded.frame->message), callEnded(i));
    }
    QCOMPARE(stream.framesAfter(0), std::optional<QList<QString>>(sent));
    QCOMPARE(stream.framesAfter(2), std::optional<QList<QString>>(QList<QString>{sent.at(2)}));
    QCOMPARE(stream.framesAfter(3), std::optional<QList<QString>>(QList<QString>{}));
    QVERIFY(!stream.framesAfter(4)); // ahead of the stream
}

void TestSessionStream::countLimit_dropsTheOldest()
{
    SessionStream stream(QStringLiteral("s-1"), UserInfo{}, 5);
    for (int i = 1; i <= 8; ++i)
        stream.append(callEnded(i));
    QCOMPARE(stream.retainedCount(), 5);
    QVERIFY(!stream.framesAfter(2)); // 3 is gone: resume impossible, a snapshot follows
    QCOMPARE(stream.framesAfter(3)->size(), 5);
}

void TestSessionStream::charLimit_dropsTheOldestButKeepsTheNewest()
{
    SessionStream stream(QStringLiteral("s-1"), UserInfo{}, 1000, 10'000);
    for (int i = 1; i <= 10; ++i)
        stream.append(callEnded(i, 3000));
    // About 3,100 characters each: three fit in 10,000.
    QCOMPARE(stream.retainedCount(), 3);
    QVERIFY(stream.retainedChars() <= 10'000);
    QVERIFY(!stream.framesAfter(6));
    QCOMPARE(stream.framesAfter(7)->size(), 3);
    // One message over the whole budget still stays, alone, so the live one can be replayed.
    stream.append(callEnded(11, 20'000));
    QCOMPARE(stream.retainedCount(), 1);
    QCOMPARE(stream.framesAfter(10)->size(), 1);
}

QTEST_GUILESS_MAIN(TestSessionStream)
#include "tst_sessionstream.moc"
