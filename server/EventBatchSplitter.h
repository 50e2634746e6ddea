#pragma once

#include <QByteArrayView>
#include <QList>

#include <optional>

namespace omnidesk::server {

// Finds where each event of a POST /v1/events batch body starts and ends
// without building a JSON tree, so the request's thread hands the events to
// the parse thread as byte ranges and that thread parses them one by one
// (XdmBatchParser) instead of the request's thread parsing the whole body.
//
// Only the usual shape is split: `{"events": [{…}, {…}, …]}` with JSON
// whitespace anywhere between the tokens. Anything else (another key, the
// key spelt with escapes, an element that is not an object, bytes that are
// not JSON structure outside the elements, an empty array) gives nullopt and
// the caller parses the whole body as before. The elements themselves are not
// checked here beyond their brackets and strings: the parse thread checks
// each one fully (UTF-8 and JSON), and a failure there sends the caller back
// to the whole-body parse too.
class EventBatchSplitter
{
public:
    struct Span
    {
        qsizetype offset = 0;
        qsizetype length = 0;
        friend bool operator==(const Span &, const Span &) = default;
    };

    // The byte ranges of the array's elements, in order, or nullopt. Stops
    // (nullopt) once more than `maxEvents` elements are found.
    static std::optional<QList<Span>> split(QByteArrayView body, qsizetype maxEvents);
};

} // namespace omnidesk::server
