// FrontDoor: a response QHttpServer has written goes out before the next
// request's handler runs, not only when the event loop polls again — with
// handlers that take a while (a batch of events) a client would otherwise
// wait for someone else's request as well as its own.
#include "FrontDoor.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <thread>

using omnidesk::server::FrontDoor;

namespace {

constexpr int kSlowMs = 400;

// A blocking client socket (its own thread: the server's thread is busy in
// the slow handler meanwhile).
class BlockingClient
{
public:
    explicit BlockingClient(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~BlockingClient()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool isConnected() const { return m_fd >= 0; }
    bool get(const QByteArray &path)
    {
        const QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n";
        return ::send(m_fd, request.constData(), size_t(request.size()), 0) == request.size();
    }
    // Reads one whole response (the handlers answer with a short body and a
    // Content-Length); empty on error.
    QByteArray response()
    {
        QByteArray data;
        char buffer[4096];
        for (;;) {
            const qsizetype end = data.indexOf("\r\n\r\n");
            if (end >= 0) {
                const qsizetype at = data.toLower().indexOf("content-length:");
                const qsizetype eol = data.indexOf("\r\n", at);
                const qint64 length = at < 0 ? 0 : data.mid(at + 15, eol - at - 15).trimmed().toLongLong();
                if (data.size() >= end + 4 + length)
                    return data;
            }
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n <= 0)
                return {};
            data.append(buffer, n);
        }
    }

private:
    int m_fd = -1;
};

} // namespace

class TestFrontDoor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void response_sentBeforeTheNextSlowRequestRuns();
};

void TestFrontDoor::response_sentBeforeTheNextSlowRequestRuns()
{
    QHttpServer http;
    http.route(QStringLiteral("/slow/<arg>"), [](const QString &name) {
        QThread::msleep(kSlowMs);
        return name;
    });
    http.route(QStringLiteral("/fast"), [] { return QStringLiteral("fast"); });
    FrontDoor door(&http, [](const QByteArray &) { return true; });
    QVERIFY(door.listen(QHostAddress::LocalHost, 0));
    const quint16 port = door.serverPort();

    // Milliseconds from the first request to each response, from the client's thread.
    std::atomic<qint64> first{-1};
    std::atomic<qint64> second{-1};
    std::atomic<bool> done{false};
    std::thread client([&] {
        BlockingClient one(port);
        BlockingClient two(port);
        // The second connection is kept alive from a first request: its next
        // request is read by QHttpServer as soon as the event loop sees it.
        if (!one.isConnected() || !two.isConnected() || !two.get("/fast") ||
            !two.response().contains("fast")) {
            done = true;
            return;
        }
        QElapsedTimer clock;
        clock.start();
        one.get("/slow/one");
        // The server is inside the first handler when the second request comes.
        QThread::msleep(kSlowMs / 4);
        two.get("/slow/two");
        if (one.response().contains("one"))
            first = clock.elapsed();
        if (two.response().contains("two"))
            second = clock.elapsed();
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done.load(), 10 * kSlowMs);
    client.join();
    QVERIFY2(first >= 0 && second >= 0, "a response did not come");
    // The first response leaves as the second handler starts (~kSlowMs), not
    // when it ends (~2 * kSlowMs) together with the second response.
    QVERIFY2(second - first >= kSlowMs / 2,
             qPrintable(QStringLiteral("first response after %1 ms, second after %2 ms")
                            .arg(first.load())
                            .arg(second.load())));
}

QTEST_GUILESS_MAIN(TestFrontDoor)
#include "tst_frontdoor.moc"
