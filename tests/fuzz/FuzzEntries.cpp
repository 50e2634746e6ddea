#include "FuzzEntries.h"

#include "CallEventParser.h"
#include "PhoneNormalizer.h"
#include "ProtocolCodec.h"
#include "RuleSet.h"
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

// A profile that gives every condition kind and placeholder something to
// look at: a priced cart, a tier, consents and a timeline of several types.
Profile ruleProfile(const QDateTime &now)
{
    Profile p;
    p.id = QStringLiteral("p-fuzz");
    p.tier = QStringLiteral("gold");
    p.lifetimeValue = 125000;
    p.lastPurchaseAt = now.addDays(-40);
    p.consents.email = QStringLiteral("granted");
    p.consents.sms = QStringLiteral("denied");
    p.cart.currency = QStringLiteral("EUR");
    p.cart.lines = {CartLine{QStringLiteral("PH"), QStringLiteral("Phone"), 1, 79900},
                    CartLine{QStringLiteral("CASE"), QString(), 2, 1500}};
    p.cart.updatedAt = now.addSecs(-3 * 3600);
    p.cart.abandonedSince = p.cart.updatedAt;
    const QStringList types{QStringLiteral("call.outcome"), QStringLiteral("email.opened"),
                            QStringLiteral("store.visit"),  QStringLiteral("cart.add"),
                            QStringLiteral("bot.handover"), QStringLiteral("purchase")};
    for (qsizetype i = 0; i < types.size(); ++i)
        p.timeline.append(TimelineEvent{QStringLiteral("e%1").arg(i), now.addSecs(-qint64(i + 1) * 5400),
                                        QStringLiteral("web"), types.at(i), QStringLiteral("summary")});
    return p;
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

bool FuzzEntries::ruleFile(const QByteArray &data)
{
    QString error;
    const std::optional<server::RuleSet> rules = server::RuleSet::parse(data, &error);
    if (!rules) {
        if (error.isEmpty())
            qFatal("a rule file was refused without an error text");
        return false;
    }
    static const QDateTime now(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    static const Profile profile = ruleProfile(now);
    server::RuleSet::Facts facts;
    facts.now = now;
    facts.outcomeDispositions.insert(QStringLiteral("e0"), QStringLiteral("complaint"));
    for (const QString &channel : {QStringLiteral("call"), QStringLiteral("store")}) {
        facts.channel = channel;
        const QList<NextStep> steps = rules->evaluate(profile, facts);
        if (steps.size() > rules->rules().size())
            qFatal("a rule set gave more steps than it has rules");
        for (qsizetype i = 1; i < steps.size(); ++i) {
            if (steps.at(i - 1).priority < steps.at(i).priority)
                qFatal("next steps are not sorted by priority");
        }
    }
    return true;
}

} // namespace omnidesk::fuzz
