#include "BenchResults.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace omnidesk::bench {

BenchResults::BenchResults(QString benchmark) : m_benchmark(std::move(benchmark)) {}

void BenchResults::add(const QString &name, double value, const QString &unit)
{
    m_figures.append({name, value, unit});
}

double BenchResults::percentile(QList<double> sorted, double p)
{
    if (sorted.isEmpty())
        return std::nan("");
    // Nearest-rank percentile: the smallest sample with at least p% of samples at or below it.
    const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

void BenchResults::addLatencies(const QString &prefix, QList<double> samplesMs)
{
    std::sort(samplesMs.begin(), samplesMs.end());
    const QString ms = QStringLiteral("ms");
    add(prefix + QStringLiteral("_p50_ms"), percentile(samplesMs, 50), ms);
    add(prefix + QStringLiteral("_p95_ms"), percentile(samplesMs, 95), ms);
    add(prefix + QStringLiteral("_p99_ms"), percentile(samplesMs, 99), ms);
    add(prefix + QStringLiteral("_min_ms"), samplesMs.isEmpty() ? std::nan("") : samplesMs.first(), ms);
    add(prefix + QStringLiteral("_max_ms"), samplesMs.isEmpty() ? std::nan("") : samplesMs.last(), ms);
    const double sum = std::accumulate(samplesMs.cbegin(), samplesMs.cend(), 0.0);
    add(prefix + QStringLiteral("_mean_ms"), samplesMs.isEmpty() ? std::nan("") : sum / samplesMs.size(), ms);
    add(prefix + QStringLiteral("_samples"), static_cast<double>(samplesMs.size()), QStringLiteral("count"));
}

void BenchResults::setContext(const QString &key, const QJsonValue &value)
{
    m_context.insert(key, value);
}

void BenchResults::print() const
{
    QTextStream out(stdout);
    for (const Figure &f : m_figures)
        out << f.name << ": " << QString::number(f.value, 'f', 2) << ' ' << f.unit << '\n';
    out.flush();
}

bool BenchResults::writeJson(const QString &path, QString *error) const
{
    QJsonArray figures;
    for (const Figure &f : m_figures)
        figures.append(QJsonObject{{QStringLiteral("name"), f.name},
                                   {QStringLiteral("value"), f.value},
                                   {QStringLiteral("unit"), f.unit}});
    QJsonObject context = m_context;
    context.insert(QStringLiteral("cpus"), QThread::idealThreadCount());
    context.insert(QStringLiteral("kernel"), QSysInfo::kernelVersion());
    context.insert(QStringLiteral("os"), QSysInfo::prettyProductName());
    context.insert(QStringLiteral("qt"), QString::fromLatin1(qVersion()));
    const QJsonObject root{{QStringLiteral("benchmark"), m_benchmark},
                           {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                           {QStringLiteral("context"), context},
                           {QStringLiteral("figures"), figures}};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(root).toJson());
    return true;
}

} // namespace omnidesk::bench
