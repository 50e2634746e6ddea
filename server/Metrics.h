#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace omnidesk::server {

// The service's counters, gauges and the call-delivery histogram, written out
// in the Prometheus text format 0.0.4 by exposition(). Labels only ever hold
// fixed words (status codes, error codes, call event names), never personal
// data. Used from the service thread only.
class Metrics
{
public:
    using Gauge = std::function<qint64()>;

    Metrics();

    // Upper bounds (seconds) of the omnidesk_call_delivery_seconds buckets.
    static QList<double> deliveryBuckets();

    void countEventsIngested(int count);
    void countEventsDuplicate(int count);
    void countCall(const QString &event);
    void countOutcome(bool duplicate);
    void countHttpResponse(int status);
    void countWsError(const QString &code);
    void observeCallDelivery(double seconds);
    void setGauges(Gauge agentSessions, Gauge profiles);

    QByteArray exposition() const;

    quint64 eventsIngested() const { return m_eventsIngested; }
    quint64 httpResponses(int status) const { return m_httpResponses.value(status); }
    quint64 callDeliveries() const { return m_deliveryCount; }

private:
    quint64 m_eventsIngested = 0;
    quint64 m_eventsDuplicate = 0;
    quint64 m_outcomesStored = 0;
    quint64 m_outcomesDuplicate = 0;
    QMap<QString, quint64> m_calls;
    QMap<int, quint64> m_httpResponses;
    QMap<QString, quint64> m_wsErrors;
    QList<quint64> m_deliveryBuckets; // per bucket, not cumulative
    quint64 m_deliveryCount = 0;
    double m_deliverySum = 0;
    Gauge m_agentSessions;
    Gauge m_profiles;
};

} // namespace omnidesk::server
