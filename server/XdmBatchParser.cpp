#include "XdmBatchParser.h"

#include "ProfileEngine.h"
#include "XdmEventParser.h"

#include <QJsonDocument>
#include <QThreadPool>

namespace omnidesk::server {

XdmBatchParser::XdmBatchParser(const XdmEventParser *parser, QJsonArray events, QThreadPool *pool)
    : m_parser(parser), m_events(std::move(events)), m_count(m_events.size())
{
    pool->start([this] { run(); });
}

XdmBatchParser::XdmBatchParser(const XdmEventParser *parser, QByteArray body,
                               QList<EventBatchSplitter::Span> spans, QThreadPool *pool)
    : m_parser(parser), m_body(std::move(body)), m_spans(std::move(spans)), m_count(m_spans.size())
{
    pool->start([this] { run(); });
}

XdmBatchParser::~XdmBatchParser()
{
    QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    while (!m_finished)
        m_progress.wait(&m_mutex);
}

std::optional<IngestEvent> XdmBatchParser::parseOne(const XdmEventParser &parser, const QJsonArray &events,
                                                    qsizetype index, QString *error)
{
    const QString path = QStringLiteral("events[%1]").arg(index);
    const QJsonValue value = events.at(index);
    if (!value.isObject()) {
        *error = path + QStringLiteral(": expected an object");
        return std::nullopt;
    }
    protocol::JsonError jsonError;
    std::optional<IngestEvent> event = parser.parse(value.toObject(), path, &jsonError);
    if (!event)
        *error = jsonError.toString();
    return event;
}

const IngestEvent *XdmBatchParser::event(qsizetype index)
{
    QMutexLocker lock(&m_mutex);
    while (m_ready <= index && !m_finished)
        m_progress.wait(&m_mutex);
    return index < m_ready ? &*m_parsed[size_t(index)] : nullptr;
}

QString XdmBatchParser::firstError()
{
    QMutexLocker lock(&m_mutex);
    while (!m_finished)
        m_progress.wait(&m_mutex);
    return m_error;
}

bool XdmBatchParser::rejectedAsJson()
{
    QMutexLocker lock(&m_mutex);
    while (!m_finished)
        m_progress.wait(&m_mutex);
    return m_rejectedAsJson;
}

std::optional<IngestEvent> XdmBatchParser::parseSpan(qsizetype index, QString *error, bool *badJson) const
{
    const EventBatchSplitter::Span span = m_spans.at(index);
    const QByteArray text = QByteArray::fromRawData(m_body.constData() + span.offset, span.length);
    // As for a whole body (HttpApi): Qt's parser lets some invalid UTF-8 through.
    QJsonParseError parseError{};
    const QJsonDocument document =
        QByteArrayView(text).isValidUtf8() ? QJsonDocument::fromJson(text, &parseError) : QJsonDocument();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *badJson = true;
        return std::nullopt;
    }
    protocol::JsonError jsonError;
    std::optional<IngestEvent> event =
        m_parser->parse(document.object(), QStringLiteral("events[%1]").arg(index), &jsonError);
    if (!event)
        *error = jsonError.toString();
    return event;
}

bool XdmBatchParser::spansAreJson(qsizetype from) const
{
    for (qsizetype i = from; i < m_count; ++i) {
        const EventBatchSplitter::Span span = m_spans.at(i);
        const QByteArray text = QByteArray::fromRawData(m_body.constData() + span.offset, span.length);
        QJsonParseError parseError{};
        if (!QByteArrayView(text).isValidUtf8() || !QJsonDocument::fromJson(text, &parseError).isObject())
            return false;
    }
    return true;
}

void XdmBatchParser::run()
{
    // Allocated here, off the caller's thread; it reads the slots only after
    // m_ready (behind the mutex) says they are written.
    m_parsed = std::make_unique<std::optional<IngestEvent>[]>(size_t(m_count));
    m_stored = std::make_unique<StoredEvent[]>(size_t(m_count));
    QString error;
    const bool fromSpans = !m_spans.isEmpty();
    for (qsizetype i = 0; i < m_count; ++i) {
        bool badJson = false;
        std::optional<IngestEvent> event =
            fromSpans ? parseSpan(i, &error, &badJson) : parseOne(*m_parser, m_events, i, &error);
        // A whole-body parse reports bad JSON anywhere before an invalid
        // event: look at the rest (only on this failing path).
        if (!event && fromSpans && !badJson)
            badJson = !spansAreJson(i + 1);
        if (event)
            m_stored[size_t(i)] = ProfileEngine::storedFormOf(*event);
        const QMutexLocker lock(&m_mutex);
        if (!event) {
            m_error = error;
            m_rejectedAsJson = badJson;
            break;
        }
        m_parsed[size_t(i)] = std::move(event);
        m_ready = i + 1;
        m_progress.wakeAll();
        if (m_cancelled)
            break;
    }
    // The request's JSON is freed here too when the caller holds no other
    // reference to it (HttpApi hands its only one over).
    m_events = QJsonArray();
    m_body = QByteArray();
    const QMutexLocker lock(&m_mutex);
    m_finished = true;
    m_progress.wakeAll();
}

} // namespace omnidesk::server
