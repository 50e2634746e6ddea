#include "CallEventParser.h"

namespace omnidesk::server {

using protocol::JsonError;
using protocol::JsonReader;

namespace {

std::optional<CallEvent> readCtiAlias(const JsonReader &r)
{
    CallEvent call;
    call.alias = true;
    const QString event = r.string(QLatin1StringView("event"), JsonReader::Presence::Required, 32);
    call.event = event == QLatin1StringView("hangup") ? QStringLiteral("ended") : QStringLiteral("connected");
    call.callId = r.string(QLatin1StringView("callId"), JsonReader::Presence::Optional, 128);
    if (call.callId.isEmpty() && r.ok())
        call.callId = r.string(QLatin1StringView("id"), JsonReader::Presence::Optional, 128);
    if (r.ok() && call.callId.isEmpty())
        r.fail(QStringLiteral("callId"), QStringLiteral("missing (callId or id is required)"));
    call.agent = r.string(QLatin1StringView("user"), JsonReader::Presence::Required, 128);
    call.ani = r.string(QLatin1StringView("from"),
                        call.event == QLatin1StringView("connected") ? JsonReader::Presence::Required
                                                                     : JsonReader::Presence::Optional,
                        64);
    r.string(QLatin1StringView("to"), JsonReader::Presence::Optional, 64); // the dialled line; not used
    if (r.ok() && call.agent.isEmpty())
        r.fail(QStringLiteral("user"), QStringLiteral("empty"));
    if (!r.ok())
        return std::nullopt;
    return call;
}

std::optional<CallEvent> readCall(const JsonReader &r)
{
    CallEvent call;
    call.callId = r.string(QLatin1StringView("callId"), JsonReader::Presence::Required, 128);
    call.event = r.string(QLatin1StringView("event"), JsonReader::Presence::Required, 32);
    call.agent = r.string(QLatin1StringView("agent"), JsonReader::Presence::Required, 128);
    call.ani = r.string(QLatin1StringView("ani"),
                        call.event == QLatin1StringView("connected") ? JsonReader::Presence::Required
                                                                     : JsonReader::Presence::Optional,
                        64);
    if (r.ok() && call.callId.isEmpty())
        r.fail(QStringLiteral("callId"), QStringLiteral("empty"));
    if (r.ok() && call.agent.isEmpty())
        r.fail(QStringLiteral("agent"), QStringLiteral("empty"));
    if (r.ok() && call.event != QLatin1StringView("connected") && call.event != QLatin1StringView("ended") &&
        call.event != QLatin1StringView("transferred"))
        r.fail(QStringLiteral("event"), QStringLiteral("expected connected, ended or transferred"));
    if (!r.ok())
        return std::nullopt;
    return call;
}

} // namespace

std::optional<CallEvent> CallEventParser::parse(const QJsonObject &body, JsonError *error)
{
    const JsonReader r(body, QString(), error);
    const QString eventName = body.value(QLatin1StringView("event")).toString();
    const bool alias = eventName == QLatin1StringView("newCall") ||
                       eventName == QLatin1StringView("answer") || eventName == QLatin1StringView("hangup");
    return alias ? readCtiAlias(r) : readCall(r);
}

} // namespace omnidesk::server
