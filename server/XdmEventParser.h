#pragma once

#include "IngestEvent.h"
#include "JsonReader.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace omnidesk::server {

class PhoneNormalizer;

// Reads one XDM ExperienceEvent (with "xdm:"-prefixed keys as in the XDM
// schema repository, or unprefixed as the Web SDK sends them) into an
// IngestEvent: id, time, identities, a normalised event type and channel,
// product lines and order total, marketing consents and the Omnidesk
// extension block `_omnidesk` (customer, note, conversation, store, call).
// Errors name the field, prefixed by `path`
// (e.g. "events[3].timestamp: missing").
class XdmEventParser
{
public:
    // Characters of a conversation transcript kept on the profile.
    static constexpr int kTranscriptExcerpt = 500;

    explicit XdmEventParser(const PhoneNormalizer *phones);

    std::optional<IngestEvent> parse(const QJsonObject &event, const QString &path,
                                     protocol::JsonError *error) const;

    // Removes a leading "xdm:" from every object key, recursively.
    static QJsonValue stripPrefix(const QJsonValue &value);
    // Maps an explicit XDM/Omnidesk eventType onto the service's event types.
    static QString normalizeType(const QString &eventType);

private:
    const PhoneNormalizer *m_phones;
};

} // namespace omnidesk::server
