#include "Metrics.h"

namespace omnidesk::server {

namespace {

void header(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += QByteArray("# HELP ") + name + ' ' + help + '\n';
    out += QByteArray("# TYPE ") + name + ' ' + type + '\n';
}

void sample(QByteArray &out, const QByteArray &name, quint64 value)
{
    out += name + ' ' + QByteArray::number(value) + '\n';
}

// Label values come from fixed vocabularies; escape anyway so the output
// stays parseable whatever reaches here.
QByteArray labelValue(const QString &value)
{
    QByteArray escaped = value.toUtf8();
    escaped.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return escaped;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 10);
}

} // namespace

Metrics::Metrics() : m_deliveryBuckets(deliveryBuckets().size(), 0)
{
    for (const char *event : {"connected", "ended", "transferred"})
        m_calls.insert(QString::fromLatin1(event), 0);
}

QList<double> Metrics::deliveryBuckets()
{
    return {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5};
}

void Metrics::countEventsIngested(int count)
{
    m_eventsIngested += quint64(count);
}

void Metrics::countEventsDuplicate(int count)
{
    m_eventsDuplicate += quint64(count);
}

void Metrics::countCall(const QString &event)
{
    ++m_calls[event];
}

void Metrics::countOutcome(bool duplicate)
{
    ++(duplicate ? m_outcomesDuplicate : m_outcomesStored);
}

void Metrics::countHttpResponse(int status)
{
    ++m_httpResponses[status];
}

void Metrics::countWsError(const QString &code)
{
    ++m_wsErrors[code];
}

void Metrics::observeCallDelivery(double seconds)
{
    const QList<double> bounds = deliveryBuckets();
    for (qsizetype i = 0; i < bounds.size(); ++i) {
        if (seconds <= bounds.at(i)) {
            ++m_deliveryBuckets[i];
            break;
        }
    }
    ++m_deliveryCount;
    m_deliverySum += seconds;
}

void Metrics::setGauges(Gauge agentSessions, Gauge profiles)
{
    m_agentSessions = std::move(agentSessions);
    m_profiles = std::move(profiles);
}

QByteArray Metrics::exposition() const
{
    QByteArray out;
    header(out, "omnidesk_events_ingested_total", "counter",
           "Events received on POST /v1/events and applied to a profile.");
    sample(out, "omnidesk_events_ingested_total", m_eventsIngested);
    header(out, "omnidesk_events_duplicate_total", "counter",
           "Events received on POST /v1/events whose id had been seen before.");
    sample(out, "omnidesk_events_duplicate_total", m_eventsDuplicate);

    header(out, "omnidesk_calls_total", "counter", "Valid call events received on POST /v1/calls.");
    for (auto it = m_calls.constBegin(); it != m_calls.constEnd(); ++it)
        sample(out, "omnidesk_calls_total{event=\"" + labelValue(it.key()) + "\"}", it.value());

    header(out, "omnidesk_outcomes_stored_total", "counter", "Call outcomes stored.");
    sample(out, "omnidesk_outcomes_stored_total", m_outcomesStored);
    header(out, "omnidesk_outcomes_duplicate_total", "counter",
           "Call outcomes received again with a known idempotency key.");
    sample(out, "omnidesk_outcomes_duplicate_total", m_outcomesDuplicate);

    header(out, "omnidesk_http_requests_total", "counter", "HTTP responses by status code.");
    for (auto it = m_httpResponses.constBegin(); it != m_httpResponses.constEnd(); ++it)
        sample(out, "omnidesk_http_requests_total{code=\"" + QByteArray::number(it.key()) + "\"}",
               it.value());

    header(out, "omnidesk_ws_errors_total", "counter", "Error frames sent to agent WebSockets by code.");
    for (auto it = m_wsErrors.constBegin(); it != m_wsErrors.constEnd(); ++it)
        sample(out, "omnidesk_ws_errors_total{code=\"" + labelValue(it.key()) + "\"}", it.value());

    header(out, "omnidesk_agent_sessions", "gauge", "Live agent WebSocket connections.");
    out += "omnidesk_agent_sessions " + QByteArray::number(m_agentSessions ? m_agentSessions() : 0) + '\n';
    header(out, "omnidesk_profiles", "gauge", "Customer profiles in the store.");
    out += "omnidesk_profiles " + QByteArray::number(m_profiles ? m_profiles() : 0) + '\n';

    header(out, "omnidesk_call_delivery_seconds", "histogram",
           "Time from a POST /v1/calls connected event received to call.connected written to the agent's "
           "sockets.");
    const QList<double> bounds = deliveryBuckets();
    quint64 cumulative = 0;
    for (qsizetype i = 0; i < bounds.size(); ++i) {
        cumulative += m_deliveryBuckets.at(i);
        sample(out, "omnidesk_call_delivery_seconds_bucket{le=\"" + number(bounds.at(i)) + "\"}", cumulative);
    }
    sample(out, "omnidesk_call_delivery_seconds_bucket{le=\"+Inf\"}", m_deliveryCount);
    out += "omnidesk_call_delivery_seconds_sum " + number(m_deliverySum) + '\n';
    sample(out, "omnidesk_call_delivery_seconds_count", m_deliveryCount);
    return out;
}

} // namespace omnidesk::server
