#pragma once

#include "EventBatchSplitter.h"
#include "IngestEvent.h"
#include "Store.h"

#include <QJsonArray>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <memory>
#include <optional>

class QThreadPool;

namespace omnidesk::server {

class XdmEventParser;

// Parses the events of one POST /v1/events batch on a worker thread while the
// caller stores the ones already parsed: the request's two halves (JSON into
// IngestEvents; identities, profiles and the database) run on the two cores.
// Events are parsed in order and the worker stops at the first invalid one,
// so the caller sees exactly the error a parse of the whole batch up front
// would give, and can undo what it stored of the batch.
//
// The caller's thread keeps all database work; the worker only reads the
// JSON (shared read-only) and the XdmEventParser (whose PhoneNormalizer is
// thread-safe).
class XdmBatchParser
{
public:
    // Starts parsing `events` on `pool`; the worker drops its reference to
    // them once done.
    XdmBatchParser(const XdmEventParser *parser, QJsonArray events, QThreadPool *pool);
    // Starts parsing the events at `spans` of a request body (EventBatchSplitter)
    // on `pool`: each one is checked as UTF-8 and parsed as JSON there, so the
    // caller's thread never parses the body.
    XdmBatchParser(const XdmEventParser *parser, QByteArray body, QList<EventBatchSplitter::Span> spans,
                   QThreadPool *pool);
    // Stops the worker after its current event and waits for it.
    ~XdmBatchParser();
    XdmBatchParser(const XdmBatchParser &) = delete;
    XdmBatchParser &operator=(const XdmBatchParser &) = delete;

    // Event `index`, once parsed (waits for it); nullptr when it or an earlier
    // event is invalid (firstError() says why). Valid while this object lives.
    const IngestEvent *event(qsizetype index);
    // The stored form of event `index` (ProfileEngine::storedFormOf), made on
    // the worker too; only after event(index) returned it.
    const StoredEvent *storedForm(qsizetype index) const { return &m_stored[size_t(index)]; }
    // Waits for the whole batch: the first invalid event's message
    // ("events[3].timestamp: missing"), or an empty string when all are valid.
    QString firstError();
    // Waits for the whole batch: true when an event of a body given as spans
    // is not valid UTF-8 or JSON, whatever comes before it. The caller then
    // parses the whole body instead, for the error a whole-body parse gives.
    bool rejectedAsJson();

    // Parses element `index` of a batch on the calling thread; nullopt and
    // `error` set when it is invalid. The worker runs the same.
    static std::optional<IngestEvent> parseOne(const XdmEventParser &parser, const QJsonArray &events,
                                               qsizetype index, QString *error);

private:
    void run();
    // Event `index` of the body's spans; `badJson` set when it is not JSON.
    std::optional<IngestEvent> parseSpan(qsizetype index, QString *error, bool *badJson) const;
    // Whether the spans from `index` on are all valid UTF-8 and JSON objects.
    bool spansAreJson(qsizetype from) const;

    const XdmEventParser *m_parser;
    QJsonArray m_events; // the worker's until it finishes
    QByteArray m_body;   // or these, when constructed from spans
    QList<EventBatchSplitter::Span> m_spans;
    const qsizetype m_count;
    // Slot i is written by the worker before m_ready passes i, then only read.
    std::unique_ptr<std::optional<IngestEvent>[]> m_parsed;
    std::unique_ptr<StoredEvent[]> m_stored; // the same for the stored forms
    QMutex m_mutex;
    QWaitCondition m_progress; // m_ready grew, or the worker finished
    qsizetype m_ready = 0;
    bool m_finished = false;
    bool m_cancelled = false;
    QString m_error;
    bool m_rejectedAsJson = false;
};

} // namespace omnidesk::server
