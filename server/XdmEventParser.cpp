#include "XdmEventParser.h"

#include "PhoneNormalizer.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace omnidesk::server {

namespace {

using protocol::JsonError;
using protocol::JsonReader;
using Presence = JsonReader::Presence;
constexpr auto Optional = Presence::Optional;

QLatin1StringView key(const char *text)
{
    return QLatin1StringView(text);
}

// Value of a measure such as commerce.productListAdds.value, 0 when absent.
double measure(const QJsonObject &root, const char *group, const char *name)
{
    const QJsonValue v = root.value(key(group)).toObject().value(key(name)).toObject().value(key("value"));
    return v.isDouble() ? v.toDouble() : 0.0;
}

double webPageViews(const QJsonObject &root)
{
    const QJsonValue v = root.value(key("web"))
                             .toObject()
                             .value(key("webPageDetails"))
                             .toObject()
                             .value(key("pageViews"))
                             .toObject()
                             .value(key("value"));
    return v.isDouble() ? v.toDouble() : 0.0;
}

// A non-negative decimal amount read as minor units.
qint64 money(const JsonReader &r, const char *field, bool *present)
{
    *present = r.has(key(field)) && !r.isNull(key(field));
    if (!*present)
        return 0;
    const QJsonValue v = r.object().value(key(field));
    const double d = v.toDouble(-1);
    if (!v.isDouble() || !std::isfinite(d) || d < 0 || d > 1e12) {
        r.fail(r.pathOf(key(field)), QStringLiteral("expected a non-negative number"));
        return 0;
    }
    return std::llround(d * 100.0);
}

QString canonicalNamespace(const QString &ns)
{
    static const QStringList known{QStringLiteral("Email"), QStringLiteral("Phone"), QStringLiteral("ECID"),
                                   QStringLiteral("CRMID"), QStringLiteral("loyaltyId")};
    for (const QString &k : known) {
        if (ns.compare(k, Qt::CaseInsensitive) == 0)
            return k;
    }
    return ns;
}

QString channelFromType(const QString &type)
{
    static const QStringList prefixed{
        QStringLiteral("email"), QStringLiteral("sms"),  QStringLiteral("push"), QStringLiteral("chat"),
        QStringLiteral("store"), QStringLiteral("call"), QStringLiteral("app")};
    const QString head = type.section(QLatin1Char('.'), 0, 0);
    if (head == QLatin1StringView("bot"))
        return QStringLiteral("chat"); // a bot conversation happens in a chat
    return prefixed.contains(head) ? head : QString();
}

QString channelFromXdm(const QJsonObject &root)
{
    const QJsonObject channel = root.value(key("channel")).toObject();
    QString typeUrl = channel.value(key("_type")).toString();
    if (typeUrl.isEmpty())
        typeUrl = channel.value(key("@type")).toString();
    if (typeUrl.isEmpty())
        typeUrl = channel.value(key("type")).toString();
    const QString last = typeUrl.section(QLatin1Char('/'), -1).toLower();
    if (last == QLatin1StringView("mobile") || last == QLatin1StringView("app"))
        return QStringLiteral("app");
    if (last == QLatin1StringView("web") || last == QLatin1StringView("email") ||
        last == QLatin1StringView("sms") || last == QLatin1StringView("push") ||
        last == QLatin1StringView("chat") || last == QLatin1StringView("call"))
        return last;
    if (last == QLatin1StringView("physical") || last == QLatin1StringView("store"))
        return QStringLiteral("store");
    const QString environment = root.value(key("environment")).toObject().value(key("type")).toString();
    if (environment == QLatin1StringView("browser"))
        return QStringLiteral("web");
    if (environment == QLatin1StringView("application"))
        return QStringLiteral("app");
    return {};
}

} // namespace

XdmEventParser::XdmEventParser(const PhoneNormalizer *phones) : m_phones(phones) {}

namespace {

// True when some key at any depth starts with "xdm:".
bool hasPrefixedKey(const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(),
                           [](const QJsonValue &item) { return hasPrefixedKey(item); });
    }
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().startsWith(QLatin1StringView("xdm:")) || hasPrefixedKey(it.value()))
            return true;
    }
    return false;
}

} // namespace

QJsonValue XdmEventParser::stripPrefix(const QJsonValue &value)
{
    // Most senders write no prefix: then there is nothing to copy.
    if (!hasPrefixedKey(value))
        return value;
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(stripPrefix(item));
        return out;
    }
    if (!value.isObject())
        return value;
    const QJsonObject in = value.toObject();
    QJsonObject out;
    for (auto it = in.begin(); it != in.end(); ++it) {
        QString name = it.key();
        if (name.startsWith(QLatin1StringView("xdm:")))
            name.remove(0, 4);
        out.insert(name, stripPrefix(it.value()));
    }
    return out;
}

QString XdmEventParser::normalizeType(const QString &eventType)
{
    static const QList<std::pair<QLatin1StringView, QLatin1StringView>> table{
        {QLatin1StringView("commerce.productListAdds"), QLatin1StringView("cart.add")},
        {QLatin1StringView("commerce.productListRemovals"), QLatin1StringView("cart.remove")},
        {QLatin1StringView("commerce.purchases"), QLatin1StringView("purchase")},
        {QLatin1StringView("commerce.productViews"), QLatin1StringView("product.view")},
        {QLatin1StringView("web.webpagedetails.pageViews"), QLatin1StringView("web.pageview")},
        {QLatin1StringView("directMarketing.emailSent"), QLatin1StringView("email.sent")},
        {QLatin1StringView("directMarketing.emailOpened"), QLatin1StringView("email.opened")},
        {QLatin1StringView("directMarketing.emailClicked"), QLatin1StringView("email.clicked")},
        {QLatin1StringView("omnidesk.storeVisit"), QLatin1StringView("store.visit")},
        {QLatin1StringView("omnidesk.smsSent"), QLatin1StringView("sms.sent")},
        {QLatin1StringView("omnidesk.smsClicked"), QLatin1StringView("sms.clicked")},
        {QLatin1StringView("omnidesk.pushSent"), QLatin1StringView("push.sent")},
        {QLatin1StringView("omnidesk.chatMessage"), QLatin1StringView("chat.message")},
        {QLatin1StringView("commerce.productListOpens"), QLatin1StringView("cart.open")},
        {QLatin1StringView("commerce.productListViews"), QLatin1StringView("cart.view")},
        {QLatin1StringView("commerce.checkouts"), QLatin1StringView("checkout")},
        {QLatin1StringView("commerce.order"), QLatin1StringView("purchase")},
        {QLatin1StringView("directMarketing.emailDelivered"), QLatin1StringView("email.delivered")},
        {QLatin1StringView("directMarketing.emailBounced"), QLatin1StringView("email.bounced")},
        {QLatin1StringView("directMarketing.emailBouncedSoft"), QLatin1StringView("email.bounced")},
        {QLatin1StringView("pushTracking.applicationOpened"), QLatin1StringView("push.opened")},
        {QLatin1StringView("pushTracking.customAction"), QLatin1StringView("push.action")},
        {QLatin1StringView("application.launch"), QLatin1StringView("app.launch")},
        {QLatin1StringView("application.launches"), QLatin1StringView("app.launch")},
        {QLatin1StringView("omnidesk.smsReplied"), QLatin1StringView("sms.replied")},
        {QLatin1StringView("omnidesk.chatConversation"), QLatin1StringView("chat.conversation")},
        {QLatin1StringView("omnidesk.botConversation"), QLatin1StringView("bot.conversation")},
        {QLatin1StringView("omnidesk.call"), QLatin1StringView("call")},
    };
    for (const auto &[xdm, ours] : table) {
        if (eventType.compare(xdm, Qt::CaseInsensitive) == 0)
            return ours;
    }
    // Our own types in the "_omnidesk." namespace, spelled as on the timeline.
    static const QStringList ownTypes{QStringLiteral("sms.sent"),
                                      QStringLiteral("sms.replied"),
                                      QStringLiteral("sms.clicked"),
                                      QStringLiteral("chat.conversation"),
                                      QStringLiteral("bot.conversation"),
                                      QStringLiteral("store.visit"),
                                      QStringLiteral("call"),
                                      QStringLiteral("push.sent")};
    const QLatin1StringView ns("_omnidesk.");
    if (eventType.startsWith(ns, Qt::CaseInsensitive)) {
        const QString rest = eventType.mid(ns.size()).toLower();
        if (ownTypes.contains(rest))
            return rest;
    }
    // pushTracking has more event types than the two above; they are all push.
    if (eventType.startsWith(QLatin1StringView("pushTracking."), Qt::CaseInsensitive))
        return QStringLiteral("push.") + eventType.section(QLatin1Char('.'), 1).toLower();
    return eventType;
}

std::optional<IngestEvent> XdmEventParser::parse(const QJsonObject &rawEvent, const QString &path,
                                                 JsonError *error) const
{
    const QJsonObject root = stripPrefix(rawEvent).toObject();
    const JsonReader r(root, path, error);
    IngestEvent event;

    for (const char *idKey : {"_id", "@id", "eventMergeId"}) {
        event.id = r.string(key(idKey), Optional, 256);
        if (!event.id.isEmpty() || !r.ok())
            break;
    }
    if (r.ok() && event.id.isEmpty())
        r.fail(r.pathOf(key("_id")), QStringLiteral("missing (one of _id, @id, eventMergeId is required)"));
    event.at = r.dateTime(key("timestamp"));

    const JsonReader identityMap = r.child(key("identityMap"));
    QSet<QString> seen;
    const QJsonObject &map = identityMap.object();
    for (auto it = map.begin(); it != map.end() && r.ok(); ++it) {
        const QString ns = canonicalNamespace(it.key());
        const QByteArray nsLatin = it.key().toLatin1();
        const QJsonArray ids =
            identityMap.array(QLatin1StringView(nsLatin), JsonReader::Presence::Required, 50);
        for (qsizetype i = 0; i < ids.size() && r.ok(); ++i) {
            const JsonReader item = identityMap.element(QLatin1StringView(nsLatin), ids, i);
            QString value = item.string(key("id"), JsonReader::Presence::Required, 512).trimmed();
            if (!r.ok())
                break;
            if (value.isEmpty()) {
                item.fail(item.pathOf(key("id")), QStringLiteral("empty"));
                break;
            }
            if (ns == QLatin1StringView("Email")) {
                value = value.toLower();
            } else if (ns == QLatin1StringView("Phone")) {
                const QString e164 = m_phones->toE164(value);
                if (e164.isEmpty()) {
                    item.fail(item.pathOf(key("id")), QStringLiteral("not a phone number"));
                    break;
                }
                value = e164;
            }
            if (!seen.contains(ns + QLatin1Char('\n') + value)) {
                seen.insert(ns + QLatin1Char('\n') + value);
                event.identities.append(Identity{ns, value});
            }
        }
    }
    if (r.ok() && event.identities.isEmpty())
        r.fail(r.pathOf(key("identityMap")), QStringLiteral("no identities"));

    // Marketing consents (the XDM consents field group): "y" grants, "n"
    // denies; other values (pending, unknown, …) leave the consent as it was.
    const JsonReader marketing = r.child(key("consents"), Optional).child(key("marketing"), Optional);
    const auto consent = [&marketing](const char *channel) -> QString {
        const QString value = marketing.child(key(channel), Optional).string(key("val"), Optional, 16);
        if (value.compare(QLatin1StringView("y"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("granted");
        if (value.compare(QLatin1StringView("n"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("denied");
        return {};
    };
    event.consents.email = consent("email");
    event.consents.sms = consent("sms");
    event.consents.phone = consent("call");
    const bool hasConsents = event.consents != Consents{};

    const JsonReader order = r.child(key("commerce"), Optional).child(key("order"), Optional);
    event.purchaseId = order.string(key("purchaseID"), Optional, 256);
    const bool orderPlaced =
        !event.purchaseId.isEmpty() || (order.has(key("priceTotal")) && !order.isNull(key("priceTotal")));

    const QString explicitType = r.string(key("eventType"), Optional, 128);
    if (!explicitType.isEmpty()) {
        event.type = normalizeType(explicitType);
    } else if (measure(root, "commerce", "purchases") > 0) {
        event.type = QStringLiteral("purchase");
    } else if (measure(root, "commerce", "productListAdds") > 0) {
        event.type = QStringLiteral("cart.add");
    } else if (measure(root, "commerce", "productListRemovals") > 0) {
        event.type = QStringLiteral("cart.remove");
    } else if (measure(root, "commerce", "checkouts") > 0) {
        event.type = QStringLiteral("checkout");
    } else if (measure(root, "commerce", "productListOpens") > 0) {
        event.type = QStringLiteral("cart.open");
    } else if (measure(root, "commerce", "productListViews") > 0) {
        event.type = QStringLiteral("cart.view");
    } else if (orderPlaced) {
        event.type = QStringLiteral("purchase"); // an order without the purchases measure
    } else if (measure(root, "directMarketing", "bounces") > 0) {
        event.type = QStringLiteral("email.bounced");
    } else if (measure(root, "directMarketing", "clicks") > 0) {
        event.type = QStringLiteral("email.clicked");
    } else if (measure(root, "directMarketing", "opens") > 0) {
        event.type = QStringLiteral("email.opened");
    } else if (measure(root, "directMarketing", "emailDelivered") > 0) {
        event.type = QStringLiteral("email.delivered");
    } else if (measure(root, "directMarketing", "sends") > 0) {
        event.type = QStringLiteral("email.sent");
    } else if (measure(root, "commerce", "productViews") > 0) {
        event.type = QStringLiteral("product.view");
    } else if (webPageViews(root) > 0) {
        event.type = QStringLiteral("web.pageview");
    } else if (measure(root, "application", "launches") > 0) {
        event.type = QStringLiteral("app.launch");
    } else if (hasConsents) {
        event.type = QStringLiteral("consent.update");
    } else {
        event.type = QStringLiteral("other");
    }

    event.channel = channelFromType(event.type);
    if (event.channel.isEmpty())
        event.channel = channelFromXdm(root);
    if (event.channel.isEmpty())
        event.channel =
            (event.isCommerce() || event.type.startsWith(QLatin1StringView("web.")) ||
             event.type.startsWith(QLatin1StringView("cart.")) ||
             event.type == QLatin1StringView("checkout") || event.type == QLatin1StringView("product.view"))
                ? QStringLiteral("web")
                : QStringLiteral("other");

    const QJsonArray items = r.array(key("productListItems"), Optional, 1000);
    for (qsizetype i = 0; i < items.size() && r.ok(); ++i) {
        const JsonReader item = r.element(key("productListItems"), items, i);
        CartLine line;
        line.sku = item.string(key("SKU"), event.isCommerce() ? Presence::Required : Optional, 128);
        line.name = item.string(key("name"), Optional, 256);
        line.quantity =
            item.has(key("quantity")) ? int(item.integer(key("quantity"), Optional, 1, 10'000)) : 1;
        bool hasPrice = false;
        const qint64 total = money(item, "priceTotal", &hasPrice);
        line.unitPrice = line.quantity > 0 ? (total + line.quantity / 2) / line.quantity : 0;
        const QString currency = item.string(key("currencyCode"), Optional, 3);
        if (!currency.isEmpty() && event.currency.isEmpty())
            event.currency = currency.toUpper();
        if (line.name.isEmpty())
            line.name = line.sku;
        if (!line.sku.isEmpty() && r.ok())
            event.lines.append(line);
    }

    bool hasTotal = false;
    event.orderTotal = money(order, "priceTotal", &hasTotal);
    const QString orderCurrency = order.string(key("currencyCode"), Optional, 3);
    if (!orderCurrency.isEmpty())
        event.currency = orderCurrency.toUpper();
    if (!hasTotal)
        for (const CartLine &line : std::as_const(event.lines))
            event.orderTotal += line.lineTotal();
    if (!event.isCommerce())
        event.orderTotal = 0;

    event.pageName = r.child(key("web"), Optional)
                         .child(key("webPageDetails"), Optional)
                         .string(key("name"), Optional, 512);
    const JsonReader extension = r.child(key("_omnidesk"), Optional);
    event.note = extension.string(key("note"), Optional, 1000);
    const JsonReader customer = extension.child(key("customer"), Optional);
    event.customerName = customer.string(key("name"), Optional, 200);
    event.customerTier = customer.string(key("tier"), Optional, 32);
    const JsonReader conversation = extension.child(key("conversation"), Optional);
    event.conversationSummary = conversation.string(key("summary"), Optional, 2000);
    // A transcript may be long; the profile keeps an excerpt.
    event.transcript = conversation.string(key("transcript"), Optional, 100'000).left(kTranscriptExcerpt);
    if (conversation.has(key("handedOver")) && !conversation.isNull(key("handedOver")))
        event.handedOver = conversation.boolean(key("handedOver"), Optional);
    event.storeName = extension.child(key("store"), Optional).string(key("name"), Optional, 200);
    const JsonReader call = extension.child(key("call"), Optional);
    event.callOutcome = call.string(key("outcome"), Optional, 64);
    event.callDirection = call.string(key("direction"), Optional, 16);
    if (r.ok() && !event.callDirection.isEmpty() && event.callDirection != QLatin1StringView("inbound") &&
        event.callDirection != QLatin1StringView("outbound"))
        call.fail(call.pathOf(key("direction")), QStringLiteral("expected inbound or outbound"));
    event.callDurationSecs = int(call.integer(key("durationSeconds"), Optional, 0, 7 * 24 * 3600));
    // A conversation handed over to a person gets its own timeline type, so
    // rules see it without reading the event body.
    if (event.handedOver.value_or(false)) {
        if (event.type == QLatin1StringView("bot.conversation"))
            event.type = QStringLiteral("bot.handover");
        else if (event.type == QLatin1StringView("chat.conversation"))
            event.type = QStringLiteral("chat.handover");
    }

    if (!r.ok())
        return std::nullopt;
    return event;
}

} // namespace omnidesk::server
