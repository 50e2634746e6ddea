#include "EventBatchSplitter.h"

namespace omnidesk::server {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A cursor over the body that only moves forward.
struct Cursor
{
    const char *at;
    const char *end;

    void skipSpace()
    {
        while (at != end && isJsonSpace(*at))
            ++at;
    }
    // Skips whitespace, then takes `c` if it comes next.
    bool take(char c)
    {
        skipSpace();
        if (at == end || *at != c)
            return false;
        ++at;
        return true;
    }
    bool takeWord(QByteArrayView word)
    {
        if (end - at < word.size() || QByteArrayView(at, word.size()) != word)
            return false;
        at += word.size();
        return true;
    }
    // From just after an opening quote to just after the closing one.
    bool skipString()
    {
        while (at != end) {
            const char c = *at++;
            if (c == '"')
                return true;
            if (c == '\\') {
                if (at == end)
                    return false;
                ++at; // the escaped character, whatever it is (checked by the real parse)
            }
        }
        return false;
    }
    // From an opening '{' to just after the bracket that closes it; brackets
    // of either kind count alike (a mismatch fails the element's own parse).
    bool skipObject()
    {
        int depth = 0;
        while (at != end) {
            const char c = *at++;
            if (c == '"') {
                if (!skipString())
                    return false;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return c == '}';
            }
        }
        return false;
    }
};

} // namespace

std::optional<QList<EventBatchSplitter::Span>> EventBatchSplitter::split(QByteArrayView body,
                                                                         qsizetype maxEvents)
{
    Cursor cursor{body.data(), body.data() + body.size()};
    if (!cursor.take('{') || !cursor.take('"') || !cursor.takeWord("events\"") || !cursor.take(':') ||
        !cursor.take('['))
        return std::nullopt;
    QList<Span> spans;
    do {
        cursor.skipSpace();
        if (cursor.at == cursor.end || *cursor.at != '{' || spans.size() == maxEvents)
            return std::nullopt;
        const char *start = cursor.at;
        if (!cursor.skipObject())
            return std::nullopt;
        spans.append(Span{start - body.data(), cursor.at - start});
    } while (cursor.take(','));
    if (!cursor.take(']') || !cursor.take('}'))
        return std::nullopt;
    cursor.skipSpace();
    if (cursor.at != cursor.end)
        return std::nullopt;
    return spans;
}

} // namespace omnidesk::server
