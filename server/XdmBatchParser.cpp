#include "XdmBatchParser.h"

#include "XdmEventParser.h"

#include <QThreadPool>

namespace omnidesk::server {

XdmBatchParser::XdmBatchParser(const XdmEventParser *parser, QJsonArray events, QThreadPool *pool)
    : m_parser(parser), m_events(std::move(events)), m_count(m_events.size())
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

void XdmBatchParser::run()
{
    // Allocated here, off the caller's thread; it reads the slots only after
    // m_ready (behind the mutex) says they are written.
    m_parsed = std::make_unique<std::optional<IngestEvent>[]>(size_t(m_count));
    QString error;
    for (qsizetype i = 0; i < m_count; ++i) {
        std::optional<IngestEvent> event = parseOne(*m_parser, m_events, i, &error);
        const QMutexLocker lock(&m_mutex);
        if (!event) {
            m_error = error;
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
    const QMutexLocker lock(&m_mutex);
    m_finished = true;
    m_progress.wakeAll();
}

} // namespace omnidesk::server
