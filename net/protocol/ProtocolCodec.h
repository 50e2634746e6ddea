#pragma once

#include "Messages.h"
#include "Protocol.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace omnidesk::protocol {

// Why a frame could not be decoded. `code` is one of the error codes of
// docs/protocol.md (bad_frame, invalid_message, unknown_type); `rid` is set
// when the request id could be read, so the error can answer that request.
struct DecodeError
{
    QLatin1StringView code;
    QString message;
    QString rid;
};

struct DecodeResult
{
    std::optional<Frame> frame;
    DecodeError error;

    bool ok() const { return frame.has_value(); }
};

// Encodes and decodes protocol v1 frames. Decoding validates every field and
// never throws or asserts on peer input: whatever arrives yields either a
// typed Frame or a DecodeError.
class ProtocolCodec
{
public:
    static QByteArray encode(const Frame &frame);
    // A stream message (no rid) encoded once for many sessions: text(seq)
    // gives the same text as QString::fromUtf8(encode(Frame{message, {}, seq}))
    // without encoding the payload again. Used by the service's fan-out.
    class StreamText
    {
    public:
        QString text(qint64 seq) const;

    private:
        friend class ProtocolCodec;
        QString m_head; // up to and including "seq":
        QString m_tail; // from ,"type": to the end
    };
    static StreamText encodeStream(const Message &message);
    static DecodeResult decode(const QByteArray &utf8, qint64 maxBytes = kMaxServerMessageBytes);
    static DecodeResult decode(const QString &text, qint64 maxBytes = kMaxServerMessageBytes);

    static QString typeName(const Message &message);
    // True for messages of the ordered per-session stream (they carry a seq).
    static bool isStreamMessage(const Message &message);

    // Profile JSON, also used by the service's HTTP API.
    static QJsonObject profileToJson(const Profile &profile);
    static QJsonObject cartToJson(const Cart &cart);
    static QJsonObject timelineEventToJson(const TimelineEvent &event);
    static QJsonObject nextStepToJson(const NextStep &step);
    static QJsonObject candidateToJson(const ProfileCandidate &candidate);
    // An outcome.log payload, as the service stores it with the outcome.
    static QJsonObject outcomeToJson(const OutcomeLog &outcome);
    // Reads a stored outcome.log payload back, validated like a received one.
    static std::optional<OutcomeLog> outcomeFromJson(const QJsonObject &payload, QString *error = nullptr);
    // The interaction log's JSON, also used by the HTTP API (GET /v1/interactions…).
    static QJsonObject interactionRowToJson(const InteractionRow &row);
    static QJsonObject interactionDetailToJson(const InteractionDetail &detail);
    // Reads the filters of an interactions.query payload (or of the HTTP query
    // parameters put in an object), validated; `error` names the field.
    static std::optional<InteractionsQuery> interactionsQueryFromJson(const QJsonObject &object,
                                                                      QString *error = nullptr);
};

} // namespace omnidesk::protocol
