#include "BenchSupport.h"

#include "ServiceProcess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QTimer>

namespace omnidesk::bench::desktop {

QString callerPhone()
{
    return QStringLiteral("+31655500077");
}

qint64 rssKiB(qint64 pid)
{
    QFile status(pid == 0 ? QStringLiteral("/proc/self/status") : QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    if (condition())
        return true;
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition() || timer.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start(2);
    loop.exec();
    return condition();
}

QJsonObject customerEvent(const QString &id, qint64 atMs, int n, bool cart)
{
    QJsonObject e{{QStringLiteral("_id"), id},
                  {QStringLiteral("timestamp"),
                   QDateTime::fromMSecsSinceEpoch(atMs).toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("identityMap"),
                   QJsonObject{{QStringLiteral("Phone"),
                                QJsonArray{QJsonObject{{QStringLiteral("id"), callerPhone()}}}}}}};
    if (cart) {
        const int product = n % 20;
        e.insert(QStringLiteral("commerce"),
                 QJsonObject{{QStringLiteral("productListAdds"), QJsonObject{{QStringLiteral("value"), 1}}}});
        e.insert(QStringLiteral("productListItems"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("SKU"), QStringLiteral("SKU-%1").arg(product, 3, 10, QLatin1Char('0'))},
                     {QStringLiteral("name"), QStringLiteral("Product number %1").arg(product)},
                     {QStringLiteral("quantity"), 1},
                     {QStringLiteral("priceTotal"), 9.95},
                     {QStringLiteral("currencyCode"), QStringLiteral("EUR")}}});
    } else {
        e.insert(
            QStringLiteral("web"),
            QJsonObject{
                {QStringLiteral("webPageDetails"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Product page %1").arg(n % 97)},
                             {QStringLiteral("pageViews"), QJsonObject{{QStringLiteral("value"), 1}}}}}});
    }
    return e;
}

bool seedCustomer(ServiceProcess &service, int history, QString *error)
{
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(30) * 24 * 3600 * 1000;
    const qint64 span = qint64(30) * 24 * 3600 * 1000 - 2 * 3600 * 1000;
    constexpr int kBatch = 500;
    for (int first = 0; first < history; first += kBatch) {
        QJsonArray batch;
        for (int i = first; i < std::min(history, first + kBatch); ++i)
            batch.append(customerEvent(QStringLiteral("seed-%1").arg(i), start + span * i / history, i,
                                       i >= history - 20));
        QByteArray answer;
        const int status =
            service.postAndWait(QStringLiteral("/v1/events"), {{QStringLiteral("events"), batch}}, &answer);
        if (status != 202) {
            *error =
                QStringLiteral("seeding failed with HTTP %1: %2").arg(status).arg(QString::fromUtf8(answer));
            return false;
        }
    }
    return true;
}

bool popCall(ServiceProcess &service, const QString &callId, QString *error)
{
    QByteArray answer;
    const int status = service.postAndWait(QStringLiteral("/v1/calls"),
                                           {{QStringLiteral("callId"), callId},
                                            {QStringLiteral("event"), QStringLiteral("connected")},
                                            {QStringLiteral("ani"), callerPhone()},
                                            {QStringLiteral("agent"), QStringLiteral("agent1")}},
                                           &answer);
    if (status < 200 || status >= 300) {
        *error = QStringLiteral("POST /v1/calls failed with HTTP %1: %2")
                     .arg(status)
                     .arg(QString::fromUtf8(answer));
        return false;
    }
    return true;
}

} // namespace omnidesk::bench::desktop
