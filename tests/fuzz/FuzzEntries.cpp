#include "FuzzEntries.h"

#include "CallEventParser.h"
#include "PhoneNormalizer.h"
#include "ProtocolCodec.h"
#include "XdmEventParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace omnidesk::fuzz {

namespace {

// Parsed as the HTTP API parses a body (HttpApi.cpp parseObject).
std::optional<QJsonObject> jsonObject(const QByteArray &data)
{
    if (!data.isValidUtf8())
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

bool FuzzEntries::protocolDecode(const QByteArray &data)
{
    const protocol::DecodeResult bytes = protocol::ProtocolCodec::decode(data);
    const protocol::DecodeResult text = protocol::ProtocolCodec::decode(QString::fromUtf8(data));
    if (!bytes.ok()) {
        if (bytes.error.code.isEmpty())
            qFatal("decode refused a frame without an error code");
        return false;
    }
    if (!text.ok())
        qFatal("a frame decoded from bytes but not from the same text: %s", qPrintable(text.error.message));
    // What the codec accepts it must be able to send back unchanged.
    const QByteArray encoded = protocol::ProtocolCodec::encode(*bytes.frame);
    const protocol::DecodeResult again = protocol::ProtocolCodec::decode(encoded, encoded.size() + 1);
    if (!again.ok())
        qFatal("an accepted frame, encoded, no longer decodes: %s", qPrintable(again.error.message));
    if (protocol::ProtocolCodec::typeName(again.frame->message) !=
            protocol::ProtocolCodec::typeName(bytes.frame->message) ||
        again.frame->rid != bytes.frame->rid || again.frame->seq != bytes.frame->seq)
        qFatal("an accepted frame changed type, rid or seq on the way through encode and decode");
    return true;
}

bool FuzzEntries::xdmEvents(const QByteArray &data)
{
    static const server::PhoneNormalizer phones;
    static const server::XdmEventParser parser(&phones);
    const std::optional<QJsonObject> root = jsonObject(data);
    if (!root)
        return false;
    protocol::JsonError error;
    if (!root->contains(QLatin1StringView("events")))
        return parser.parse(*root, QString(), &error).has_value();
    const QJsonArray events = root->value(QLatin1StringView("events")).toArray();
    bool all = !events.isEmpty();
    for (qsizetype i = 0; i < events.size(); ++i) {
        error = {};
        if (!events.at(i).isObject() ||
            !parser.parse(events.at(i).toObject(), QStringLiteral("events[%1]").arg(i), &error))
            all = false;
    }
    return all;
}

bool FuzzEntries::callBody(const QByteArray &data)
{
    const std::optional<QJsonObject> root = jsonObject(data);
    if (!root)
        return false;
    protocol::JsonError error;
    const std::optional<server::CallEvent> call = server::CallEventParser::parse(*root, &error);
    if (!call && !error.isSet())
        qFatal("a call body was refused without naming a field");
    if (call && (call->callId.isEmpty() || call->agent.isEmpty()))
        qFatal("a call body was accepted without call id or agent");
    return call.has_value();
}

} // namespace omnidesk::fuzz
