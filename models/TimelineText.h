#pragma once

#include <QJsonObject>
#include <QString>

namespace omnidesk {

struct TimelineEvent;
class Wording;

// The one wording of a timeline line ("Added Phone case (1 × EUR 19.00)",
// "Purchased 2 items (EUR 843.00)") from the facts of an event. The service
// writes it in English into events.summary at ingest; the desktop writes it
// again in its reader's language from the facts each timeline event carries
// (docs/protocol.md#timeline-events).
//
// Facts are the event's stored body (ProfileEngine::bodyOf): lines [{name,
// quantity, unitPrice}], currency, orderTotal, note, page, store, summary
// (of a conversation), transcript, handedOver, direction, durationSeconds,
// outcome, consents {email, sms, phone}; "v" is their version. Every reader
// tolerates missing or mistyped fields.
class TimelineText
{
public:
    // The facts version this code words. Bodies stored before facts carried
    // everything the wording needs have no "v"; a later change to what a
    // field means raises it, and readers that do not know it keep `summary`.
    static constexpr int kFactsVersion = 1;

    // The timeline line of an event of `type`. Unknown types read as the
    // note, else the type itself.
    static QString summary(const QString &type, const QJsonObject &facts, const Wording &wording);

    // The event's line in `wording`'s language when its facts allow
    // (canWord), else the summary it carries.
    static QString lineOf(const TimelineEvent &event, const Wording &wording);

    // Whether `type` has a wording of its own here.
    static bool knows(const QString &type);
    // Whether a reader can word this event from its facts: a known type and
    // facts of kFactsVersion.
    static bool canWord(const QString &type, const QJsonObject &facts);

    // What a reader needs of a stored body to word the event: the fields the
    // type's wording reads, without empty ones, a transcript cut to what the
    // wording shows. Empty when canWord() is false (nothing worth sending).
    static QJsonObject factsToSend(const QString &type, const QJsonObject &body);

    // How much of a transcript a line shows: the first kTranscriptChars
    // characters after collapsing white space, the last one an ellipsis when
    // cut.
    static constexpr int kTranscriptChars = 160;
};

} // namespace omnidesk
