// The live benchmark's load generator, a child process of its own so that
// POSTing does not run on the desktop's event loop.

#include "BenchSupport.h"
#include "DesktopBenches.h"
#include "DesktopProcess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QTimer>

namespace omnidesk::bench::desktop {

int runFeeder(const QString &url, int rate, int seconds, int batch, int cartEvery, const QString &outFile)
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer demo-integration-key");

    const qint64 total = qint64(rate) * seconds;
    QList<QPair<QString, qint64>> sent; // event id, clock when handed to Qt
    sent.reserve(total);
    int inFlight = 0;
    int maxInFlight = 0;
    int failed = 0;
    const qint64 startNs = DesktopProcess::nowNs();
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 due = std::min(total, (DesktopProcess::nowNs() - startNs) * rate / 1'000'000'000);
        while (sent.size() + batch <= due || (sent.size() < due && due == total)) {
            QJsonArray events;
            const qint64 atMs = QDateTime::currentMSecsSinceEpoch();
            const qint64 nowNs = DesktopProcess::nowNs();
            for (int i = 0; i < batch && sent.size() < due; ++i) {
                const bool cart = sent.size() % cartEvery == 0;
                // The id tells the benchmark which events were cart adds.
                const QString id =
                    (cart ? QStringLiteral("live-cart-%1") : QStringLiteral("live-view-%1")).arg(sent.size());
                events.append(customerEvent(id, atMs, int(sent.size()), cart));
                sent.append({id, nowNs});
            }
            QNetworkReply *reply =
                network.post(request, QJsonDocument(QJsonObject{{QStringLiteral("events"), events}})
                                          .toJson(QJsonDocument::Compact));
            maxInFlight = std::max(maxInFlight, ++inFlight);
            QObject::connect(reply, &QNetworkReply::finished, [&, reply] {
                reply->deleteLater();
                --inFlight;
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 202)
                    ++failed;
                if (sent.size() == total && inFlight == 0)
                    QCoreApplication::quit();
            });
        }
        if (sent.size() == total)
            tick.stop();
    });
    tick.start(1);
    QCoreApplication::exec();
    const double elapsedS = double(DesktopProcess::nowNs() - startNs) / 1e9;

    QFile out(outFile);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    QTextStream stream(&out);
    for (const auto &[id, ns] : std::as_const(sent))
        stream << id << ' ' << ns << '\n';
    QTextStream(stdout) << "sent " << sent.size() << " failed " << failed << " seconds " << elapsedS
                        << " max_in_flight " << maxInFlight << Qt::endl;
    return failed == 0 ? 0 : 1;
}

} // namespace omnidesk::bench::desktop
