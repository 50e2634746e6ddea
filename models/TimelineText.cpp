#include "TimelineText.h"

#include "Dispositions.h"
#include "Profile.h"
#include "Wording.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>

#include <algorithm>

namespace omnidesk {

namespace {

constexpr char kContext[] = "TimelineText";

// The facts a type's wording reads (what factsToSend keeps).
enum Need : unsigned {
    LineName = 1u << 0,
    LineQuantity = 1u << 1,
    LinePrice = 1u << 2,
    Currency = 1u << 3,
    OrderTotal = 1u << 4,
    Note = 1u << 5,
    Page = 1u << 6,
    StoreName = 1u << 7,
    Conversation = 1u << 8, // summary, else transcript, else note; handedOver
    Call = 1u << 9,         // direction, durationSeconds, outcome, note
    ConsentValues = 1u << 10,
    Outcome = 1u << 11,        // disposition, followUp {due, channel}, note
    Recommendation = 1u << 12, // title, reason
    Lines = LineName | LineQuantity | LinePrice | Currency,
};

QString say(const Wording &wording, const char *source, int n = -1)
{
    return wording.text(kContext, source, n);
}

QString field(const QJsonObject &facts, QLatin1StringView key)
{
    return facts.value(key).toString();
}

QString note(const QJsonObject &facts)
{
    return field(facts, QLatin1StringView("note"));
}

QJsonArray lines(const QJsonObject &facts)
{
    return facts.value(QLatin1StringView("lines")).toArray();
}

// "Phone case (1 × EUR 19.00), Charger (2 × EUR 25.00)": names and amounts
// read the same in every language.
QString describeLines(const QJsonObject &facts)
{
    const QString currency = field(facts, QLatin1StringView("currency"));
    QStringList parts;
    for (const QJsonValue &value : lines(facts)) {
        const QJsonObject line = value.toObject();
        parts.append(QStringLiteral("%1 (%2 \u00d7 %3)")
                         .arg(field(line, QLatin1StringView("name")))
                         .arg(line.value(QLatin1StringView("quantity")).toInt())
                         .arg(formatMoney(line.value(QLatin1StringView("unitPrice")).toInteger(), currency)));
    }
    return parts.join(QStringLiteral(", "));
}

QString withDetail(const QString &head, const QString &detail)
{
    return detail.isEmpty() ? head : head + QStringLiteral(": ") + detail;
}

struct Kind;
using WordFunction = QString (*)(const Wording &, const QJsonObject &, const Kind &);

// How a type is worded: a function, the facts it reads, and the texts of the
// generic wordings below (the line without and with its detail).
struct Kind
{
    WordFunction word;
    unsigned needs;
    const char *plain = nullptr;
    const char *detailed = nullptr; // with %1
};

QString fixedLine(const Wording &wording, const QJsonObject &, const Kind &kind)
{
    return say(wording, kind.plain);
}

// The note as the detail: an email's subject in quotes, an SMS's text.
QString noteInsideLine(const Wording &wording, const QJsonObject &facts, const Kind &kind)
{
    const QString text = note(facts);
    return text.isEmpty() ? say(wording, kind.plain) : say(wording, kind.detailed).arg(text);
}

// "Replied by SMS: <note>".
QString noteAfterLine(const Wording &wording, const QJsonObject &facts, const Kind &kind)
{
    return withDetail(say(wording, kind.plain), note(facts));
}

// "Started a cart" / "Started a cart with <lines>"; "Added <lines>" (no
// plain text) whatever the lines.
QString linesInsideLine(const Wording &wording, const QJsonObject &facts, const Kind &kind)
{
    if (kind.plain && lines(facts).isEmpty())
        return say(wording, kind.plain);
    return say(wording, kind.detailed).arg(describeLines(facts));
}

QString shortTranscript(const QString &transcript)
{
    const QString flat = transcript.simplified();
    return flat.size() > TimelineText::kTranscriptChars
               ? flat.left(TimelineText::kTranscriptChars - 1) + QStringLiteral("\u2026")
               : flat;
}

// "Bot conversation …: <summary>": the conversation's summary, else the
// start of its transcript, else the note.
QString conversationText(const QJsonObject &facts)
{
    const QString summary = field(facts, QLatin1StringView("summary"));
    if (!summary.isEmpty())
        return summary;
    const QString transcript = field(facts, QLatin1StringView("transcript"));
    if (!transcript.isEmpty())
        return shortTranscript(transcript);
    return note(facts);
}

QString callLine(const Wording &wording, const QJsonObject &facts, const Kind &)
{
    const QString direction = field(facts, QLatin1StringView("direction"));
    QString text = direction == QLatin1StringView("inbound")
                       ? say(wording, QT_TRANSLATE_NOOP("TimelineText", "Inbound call"))
                   : direction == QLatin1StringView("outbound")
                       ? say(wording, QT_TRANSLATE_NOOP("TimelineText", "Outbound call"))
                       : say(wording, QT_TRANSLATE_NOOP("TimelineText", "Phone call"));
    const int seconds = facts.value(QLatin1StringView("durationSeconds")).toInt();
    if (seconds > 0)
        text +=
            say(wording, QT_TRANSLATE_N_NOOP("TimelineText", " (%n min)"), std::max(1, (seconds + 30) / 60));
    const QString outcome = field(facts, QLatin1StringView("outcome"));
    if (!outcome.isEmpty())
        text += say(wording, QT_TRANSLATE_NOOP("TimelineText", ", outcome: %1")).arg(outcome);
    return withDetail(text, note(facts));
}

QString consentLine(const Wording &wording, const QJsonObject &facts, const Kind &)
{
    const QJsonObject consents = facts.value(QLatin1StringView("consents")).toObject();
    const auto granted = [&consents](const char *channel) {
        return consents.value(QLatin1StringView(channel)).toString() == QLatin1StringView("granted");
    };
    const auto given = [&consents](const char *channel) {
        return !consents.value(QLatin1StringView(channel)).toString().isEmpty();
    };
    QStringList parts;
    if (given("email"))
        parts.append(granted("email") ? say(wording, QT_TRANSLATE_NOOP("TimelineText", "email granted"))
                                      : say(wording, QT_TRANSLATE_NOOP("TimelineText", "email denied")));
    if (given("sms"))
        parts.append(granted("sms") ? say(wording, QT_TRANSLATE_NOOP("TimelineText", "SMS granted"))
                                    : say(wording, QT_TRANSLATE_NOOP("TimelineText", "SMS denied")));
    if (given("phone"))
        parts.append(granted("phone") ? say(wording, QT_TRANSLATE_NOOP("TimelineText", "calls granted"))
                                      : say(wording, QT_TRANSLATE_NOOP("TimelineText", "calls denied")));
    return say(wording, QT_TRANSLATE_NOOP("TimelineText", "Marketing consent: %1"))
        .arg(parts.join(QStringLiteral(", ")));
}

QString purchaseLine(const Wording &wording, const QJsonObject &facts, const Kind &)
{
    int items = 0;
    for (const QJsonValue &line : lines(facts))
        items += line.toObject().value(QLatin1StringView("quantity")).toInt();
    const QString total = formatMoney(facts.value(QLatin1StringView("orderTotal")).toInteger(),
                                      field(facts, QLatin1StringView("currency")));
    if (items <= 0)
        return say(wording, QT_TRANSLATE_NOOP("TimelineText", "Placed an order (%1)")).arg(total);
    return say(wording, QT_TRANSLATE_N_NOOP("TimelineText", "Purchased %n item(s) (%1)"), items).arg(total);
}

QString productViewLine(const Wording &wording, const QJsonObject &facts, const Kind &)
{
    QStringList names;
    for (const QJsonValue &line : lines(facts))
        names.append(field(line.toObject(), QLatin1StringView("name")));
    return names.isEmpty() ? say(wording, QT_TRANSLATE_NOOP("TimelineText", "Viewed a product"))
                           : say(wording, QT_TRANSLATE_NOOP("TimelineText", "Viewed %1"))
                                 .arg(names.join(QStringLiteral(", ")));
}

QString storeVisitLine(const Wording &wording, const QJsonObject &facts, const Kind &)
{
    const QString store = field(facts, QLatin1StringView("store"));
    QString text = withDetail(
        store.isEmpty() ? say(wording, QT_TRANSLATE_NOOP("TimelineText", "Visited a store"))
                        : say(wording, QT_TRANSLATE_NOOP("TimelineText", "Visited store %1")).arg(store),
        note(facts));
    if (!lines(facts).isEmpty())
        text +=
            say(wording, QT_TRANSLATE_NOOP("TimelineText", "; interested in %1")).arg(describeLines(facts));
    return text;
}

// "Chat with an agent: <summary>".
QString conversationLine(const Wording &wording, const QJsonObject &facts, const Kind &kind)
{
    return withDetail(say(wording, kind.plain), conversationText(facts));
}

QString pageViewLine(const Wording &wording, const QJsonObject &facts, const Kind &)
{
    const QString page = field(facts, QLatin1StringView("page"));
    return page.isEmpty() ? say(wording, QT_TRANSLATE_NOOP("TimelineText", "Viewed a web page"))
                          : say(wording, QT_TRANSLATE_NOOP("TimelineText", "Viewed page \"%1\"")).arg(page);
}

QString botConversationLine(const Wording &wording, const QJsonObject &facts, const Kind &)
{
    const QJsonValue handedOver = facts.value(QLatin1StringView("handedOver"));
    const bool resolved = handedOver.isBool() && !handedOver.toBool();
    return withDetail(
        resolved ? say(wording, QT_TRANSLATE_NOOP("TimelineText", "Bot conversation, resolved by the bot"))
                 : say(wording, QT_TRANSLATE_NOOP("TimelineText", "Bot conversation")),
        conversationText(facts));
}

// "Call outcome: Sale; follow up by Email on 2026-11-25 — <notes>": the
// disposition and channel by their names in the reader's language.
QString outcomeLine(const Wording &wording, const QJsonObject &facts, const Kind &kind)
{
    QString text = say(wording, kind.detailed)
                       .arg(Dispositions::label(field(facts, QLatin1StringView("disposition")), wording));
    const QJsonObject followUp = facts.value(QLatin1StringView("followUp")).toObject();
    if (!followUp.isEmpty())
        text += say(wording, QT_TRANSLATE_NOOP("TimelineText", "; follow up by %1 on %2"))
                    .arg(Dispositions::followUpChannelLabel(field(followUp, QLatin1StringView("channel")),
                                                            wording),
                         field(followUp, QLatin1StringView("due")));
    const QString text2 = note(facts);
    if (!text2.isEmpty())
        text += QStringLiteral(" \u2014 ") + text2;
    return text;
}

// "Accepted recommendation: <title>" / "Dismissed recommendation: <title> (<reason>)":
// the title as the agent saw it.
QString recommendationLine(const Wording &wording, const QJsonObject &facts, const Kind &kind)
{
    const QString title = field(facts, QLatin1StringView("title"));
    const QString reason = field(facts, QLatin1StringView("reason"));
    if (!kind.plain)
        return say(wording, kind.detailed).arg(title, reason);
    return say(wording, kind.plain).arg(title);
}

// "Purchase intent: 1 × Phone X15, 2 × Case (EUR 837.00)".
QString intentLine(const Wording &wording, const QJsonObject &facts, const Kind &)
{
    QStringList items;
    qint64 total = 0;
    for (const QJsonValue &value : lines(facts)) {
        const QJsonObject line = value.toObject();
        const int quantity = line.value(QLatin1StringView("quantity")).toInt();
        items.append(
            QStringLiteral("%1 \u00d7 %2").arg(quantity).arg(field(line, QLatin1StringView("name"))));
        total += quantity * line.value(QLatin1StringView("unitPrice")).toInteger();
    }
    return say(wording, QT_TRANSLATE_NOOP("TimelineText", "Purchase intent: %1 (%2)"))
        .arg(items.join(QStringLiteral(", ")),
             formatMoney(total, field(facts, QLatin1StringView("currency"))));
}

// Every type with a wording of its own; "push." stands for any other push.* type.
const QHash<QString, Kind> &kinds()
{
    static const QHash<QString, Kind> table{
        {QStringLiteral("cart.add"),
         {linesInsideLine, Lines, nullptr, QT_TRANSLATE_NOOP("TimelineText", "Added %1")}},
        {QStringLiteral("cart.remove"),
         {linesInsideLine, Lines, nullptr, QT_TRANSLATE_NOOP("TimelineText", "Removed %1")}},
        {QStringLiteral("cart.open"),
         {linesInsideLine, Lines, QT_TRANSLATE_NOOP("TimelineText", "Started a cart"),
          QT_TRANSLATE_NOOP("TimelineText", "Started a cart with %1")}},
        {QStringLiteral("checkout"),
         {linesInsideLine, Lines, QT_TRANSLATE_NOOP("TimelineText", "Started checkout"),
          QT_TRANSLATE_NOOP("TimelineText", "Started checkout: %1")}},
        {QStringLiteral("cart.view"),
         {fixedLine, 0, QT_TRANSLATE_NOOP("TimelineText", "Looked at the cart")}},
        {QStringLiteral("purchase"), {purchaseLine, LineQuantity | Currency | OrderTotal}},
        {QStringLiteral("web.pageview"), {pageViewLine, Page}},
        {QStringLiteral("product.view"), {productViewLine, LineName}},
        {QStringLiteral("email.sent"),
         {noteInsideLine, Note, QT_TRANSLATE_NOOP("TimelineText", "Was sent email"),
          QT_TRANSLATE_NOOP("TimelineText", "Was sent email \"%1\"")}},
        {QStringLiteral("email.opened"),
         {noteInsideLine, Note, QT_TRANSLATE_NOOP("TimelineText", "Opened email"),
          QT_TRANSLATE_NOOP("TimelineText", "Opened email \"%1\"")}},
        {QStringLiteral("email.clicked"),
         {noteInsideLine, Note, QT_TRANSLATE_NOOP("TimelineText", "Clicked a link in email"),
          QT_TRANSLATE_NOOP("TimelineText", "Clicked a link in email \"%1\"")}},
        {QStringLiteral("email.delivered"),
         {noteInsideLine, Note, QT_TRANSLATE_NOOP("TimelineText", "Email delivered"),
          QT_TRANSLATE_NOOP("TimelineText", "Email delivered \"%1\"")}},
        {QStringLiteral("email.bounced"),
         {noteInsideLine, Note, QT_TRANSLATE_NOOP("TimelineText", "Email bounced"),
          QT_TRANSLATE_NOOP("TimelineText", "Email bounced \"%1\"")}},
        {QStringLiteral("sms.sent"),
         {noteInsideLine, Note, QT_TRANSLATE_NOOP("TimelineText", "Was sent an SMS"),
          QT_TRANSLATE_NOOP("TimelineText", "Was sent an SMS: %1")}},
        {QStringLiteral("sms.replied"),
         {noteAfterLine, Note, QT_TRANSLATE_NOOP("TimelineText", "Replied by SMS")}},
        {QStringLiteral("sms.clicked"),
         {fixedLine, 0, QT_TRANSLATE_NOOP("TimelineText", "Clicked a link in an SMS")}},
        {QStringLiteral("push.sent"),
         {noteAfterLine, Note, QT_TRANSLATE_NOOP("TimelineText", "Was sent a push notification")}},
        {QStringLiteral("push.opened"),
         {noteAfterLine, Note, QT_TRANSLATE_NOOP("TimelineText", "Opened a push notification")}},
        {QStringLiteral("push."),
         {noteAfterLine, Note, QT_TRANSLATE_NOOP("TimelineText", "Acted on a push notification")}},
        {QStringLiteral("app.launch"), {fixedLine, 0, QT_TRANSLATE_NOOP("TimelineText", "Opened the app")}},
        {QStringLiteral("store.visit"), {storeVisitLine, StoreName | Note | Lines}},
        {QStringLiteral("bot.handover"),
         {conversationLine, Conversation,
          QT_TRANSLATE_NOOP("TimelineText", "Bot conversation, handed over to an agent")}},
        {QStringLiteral("bot.conversation"), {botConversationLine, Conversation}},
        {QStringLiteral("chat.handover"),
         {conversationLine, Conversation,
          QT_TRANSLATE_NOOP("TimelineText", "Chat, handed over to another team")}},
        {QStringLiteral("chat.conversation"),
         {conversationLine, Conversation, QT_TRANSLATE_NOOP("TimelineText", "Chat with an agent")}},
        {QStringLiteral("call"), {callLine, Call}},
        {QStringLiteral("consent.update"), {consentLine, ConsentValues}},
        {QStringLiteral("call.outcome"),
         {outcomeLine, Outcome, nullptr, QT_TRANSLATE_NOOP("TimelineText", "Call outcome: %1")}},
        {QStringLiteral("store.outcome"),
         {outcomeLine, Outcome, nullptr, QT_TRANSLATE_NOOP("TimelineText", "Store visit: %1")}},
        {QStringLiteral("recommendation.accepted"),
         {recommendationLine, Recommendation,
          QT_TRANSLATE_NOOP("TimelineText", "Accepted recommendation: %1")}},
        {QStringLiteral("recommendation.dismissed"),
         {recommendationLine, Recommendation, nullptr,
          QT_TRANSLATE_NOOP("TimelineText", "Dismissed recommendation: %1 (%2)")}},
        {QStringLiteral("purchase.intent"), {intentLine, Lines}},
    };
    return table;
}

const Kind *kindOf(const QString &type)
{
    const QHash<QString, Kind> &table = kinds();
    auto found = table.constFind(type);
    if (found == table.constEnd() && type.startsWith(QLatin1StringView("push.")))
        found = table.constFind(QStringLiteral("push."));
    return found == table.constEnd() ? nullptr : &*found;
}

void keep(QJsonObject &sent, const QJsonObject &body, QLatin1StringView key)
{
    const QJsonValue value = body.value(key);
    const bool empty =
        value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()) ||
        (value.isArray() && value.toArray().isEmpty()) || (value.isObject() && value.toObject().isEmpty());
    if (!empty)
        sent.insert(key, value);
}

} // namespace

QString TimelineText::summary(const QString &type, const QJsonObject &facts, const Wording &wording)
{
    if (const Kind *kind = kindOf(type))
        return kind->word(wording, facts, *kind);
    const QString text = note(facts);
    return text.isEmpty() ? type : text;
}

QString TimelineText::lineOf(const TimelineEvent &event, const Wording &wording)
{
    return canWord(event.type, event.facts) ? summary(event.type, event.facts, wording) : event.summary;
}

bool TimelineText::knows(const QString &type)
{
    return kindOf(type) != nullptr;
}

bool TimelineText::canWord(const QString &type, const QJsonObject &facts)
{
    return facts.value(QLatin1StringView("v")).toInt() == kFactsVersion && knows(type);
}

QJsonObject TimelineText::factsToSend(const QString &type, const QJsonObject &body)
{
    const Kind *kind = kindOf(type);
    if (!kind || !canWord(type, body))
        return {};
    const unsigned needs = kind->needs;
    QJsonObject sent{{QStringLiteral("v"), kFactsVersion}};
    if (needs & (LineName | LineQuantity | LinePrice)) {
        QJsonArray kept;
        for (const QJsonValue &value : lines(body)) {
            const QJsonObject line = value.toObject();
            QJsonObject out;
            if (needs & LineName)
                out.insert(QStringLiteral("name"), line.value(QLatin1StringView("name")));
            if (needs & LineQuantity)
                out.insert(QStringLiteral("quantity"), line.value(QLatin1StringView("quantity")));
            if (needs & LinePrice)
                out.insert(QStringLiteral("unitPrice"), line.value(QLatin1StringView("unitPrice")));
            kept.append(out);
        }
        if (!kept.isEmpty())
            sent.insert(QStringLiteral("lines"), kept);
    }
    if (needs & Currency)
        keep(sent, body, QLatin1StringView("currency"));
    if (needs & OrderTotal)
        keep(sent, body, QLatin1StringView("orderTotal"));
    if (needs & (Note | Call))
        keep(sent, body, QLatin1StringView("note"));
    if (needs & Page)
        keep(sent, body, QLatin1StringView("page"));
    if (needs & StoreName)
        keep(sent, body, QLatin1StringView("store"));
    if (needs & Conversation) {
        // Only what conversationText() shows: the first of summary, transcript, note.
        const QString transcript = field(body, QLatin1StringView("transcript"));
        if (!field(body, QLatin1StringView("summary")).isEmpty())
            keep(sent, body, QLatin1StringView("summary"));
        else if (!transcript.isEmpty())
            sent.insert(QStringLiteral("transcript"), shortTranscript(transcript));
        else
            keep(sent, body, QLatin1StringView("note"));
        keep(sent, body, QLatin1StringView("handedOver"));
    }
    if (needs & Call) {
        keep(sent, body, QLatin1StringView("direction"));
        keep(sent, body, QLatin1StringView("durationSeconds"));
        keep(sent, body, QLatin1StringView("outcome"));
    }
    if (needs & ConsentValues)
        keep(sent, body, QLatin1StringView("consents"));
    if (needs & Outcome) {
        keep(sent, body, QLatin1StringView("disposition"));
        keep(sent, body, QLatin1StringView("followUp"));
        keep(sent, body, QLatin1StringView("note"));
    }
    if (needs & Recommendation) {
        keep(sent, body, QLatin1StringView("title"));
        keep(sent, body, QLatin1StringView("reason"));
    }
    return sent;
}

} // namespace omnidesk
