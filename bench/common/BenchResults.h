#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace omnidesk::bench {

// Collects the figures of one benchmark run, prints them as `name: value unit`
// lines and writes them, with the raw samples' summary, to a JSON file.
class BenchResults
{
public:
    explicit BenchResults(QString benchmark);

    void add(const QString &name, double value, const QString &unit);
    // Adds <prefix>_p50/_p95/_p99/_min/_max/_mean for the samples (in ms).
    void addLatencies(const QString &prefix, QList<double> samplesMs);
    void setContext(const QString &key, const QJsonValue &value);

    void print() const;
    bool writeJson(const QString &path, QString *error) const;

    static double percentile(QList<double> sorted, double p);

private:
    struct Figure
    {
        QString name;
        double value;
        QString unit;
    };
    QString m_benchmark;
    QList<Figure> m_figures;
    QJsonObject m_context;
};

} // namespace omnidesk::bench
