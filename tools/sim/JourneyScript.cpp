#include "JourneyScript.h"

#include <QJsonArray>

#include <algorithm>
#include <iterator>

namespace omnidesk::sim {

namespace {

struct Product
{
    const char *sku;
    const char *name;
    double price;
};

constexpr Product kCatalog[] = {
    {"PH-X15-128", "Phone X15 128 GB", 799.00},
    {"PH-X15-256", "Phone X15 256 GB", 899.00},
    {"PH-A5-64", "Phone A5 64 GB", 249.00},
    {"TAB-10-WIFI", "Tablet 10 Wi-Fi", 379.00},
    {"TV-BOX-4K", "TV box 4K", 99.00},
    {"LAP-14-PRO", "Laptop 14 Pro", 1299.00},
    {"ACC-CASE-X15", "Phone X15 leather case", 19.00},
    {"ACC-CHG-45W", "45 W fast charger", 29.00},
    {"ACC-BUDS-2", "Wireless earbuds 2", 89.00},
    {"ACC-GLASS-X15", "Screen protector X15", 12.50},
    {"SUB-FIBRE-1G", "Fibre 1 Gbit/s subscription", 55.00},
    {"WAT-3", "Smartwatch 3", 229.00},
};
constexpr int kCatalogSize = int(std::size(kCatalog));
// The accessories: entries 6 to 9 of the catalog.
constexpr int kFirstAccessory = 6;
constexpr int kAccessories = 4;

constexpr const char *kPages[] = {"Home",         "Phones",         "Deals",
                                  "Accessories",  "Fibre internet", "Delivery and returns",
                                  "Store finder", "My account"};

constexpr const char *kFirstNames[] = {"Marta", "Peter", "Lucas",  "Sanne",  "Ana",    "Jonas", "Fatima",
                                       "Bram",  "Julia", "Thiago", "Eva",    "Mehmet", "Lotte", "Carlos",
                                       "Sofia", "Daan",  "Hannah", "Rafael", "Noor",   "Felix"};
constexpr const char *kLastNames[] = {"Jansen",   "de Vries", "Bakker",   "Visser",   "Smit",
                                      "Meijer",   "Silva",    "Schmidt",  "Costa",    "Müller",
                                      "Mulder",   "de Groot", "Bos",      "Weber",    "Santos",
                                      "Hendriks", "Fischer",  "van Dijk", "Oliveira", "Peters"};

constexpr const char *kStores[] = {"Utrecht Hoog Catharijne", "Amsterdam Kalverstraat", "Rotterdam Lijnbaan",
                                   "Eindhoven Centrum"};

struct BotTopic
{
    const char *summary;
    const char *transcript;
};

constexpr BotTopic kBotTopics[] = {
    {"Asked when the order will be delivered; tracking shows no update for two days",
     "Customer: Where is my order? Bot: It left our warehouse on Monday. Customer: The tracking has not "
     "changed for two days. Bot: Let me find someone who can look into it."},
    {"Fibre internet drops every evening; modem restarted, no change",
     "Customer: My internet keeps dropping in the evening. Bot: Have you restarted your modem? Customer: "
     "Twice, it does not help. Bot: I will hand you over to a colleague."},
    {"Wants to know whether the X15 case fits the 256 GB model",
     "Customer: Does the leather case fit the 256 GB X15? Bot: Yes, all X15 models share one case size. "
     "Customer: Great, thanks."},
    {"Asked about trading in an old phone", "Customer: Can I trade in my old phone? Bot: Yes, in any of our "
                                            "stores or online. Customer: I would like to talk to someone."},
};

QString priceText(double value)
{
    return QStringLiteral("EUR %1").arg(value, 0, 'f', 2);
}

QJsonObject identity(const QString &id)
{
    return QJsonObject{{QStringLiteral("id"), id}};
}

QJsonObject identities(std::initializer_list<std::pair<const char *, QString>> entries)
{
    QJsonObject map;
    for (const auto &[space, id] : entries) {
        if (!id.isEmpty())
            map.insert(QLatin1StringView(space), QJsonArray{identity(id)});
    }
    return map;
}

QJsonObject productLine(const Product &product, int quantity)
{
    return QJsonObject{{QStringLiteral("SKU"), QString::fromUtf8(product.sku)},
                       {QStringLiteral("name"), QString::fromUtf8(product.name)},
                       {QStringLiteral("quantity"), quantity},
                       {QStringLiteral("priceTotal"), product.price * quantity},
                       {QStringLiteral("currencyCode"), QStringLiteral("EUR")}};
}

QJsonArray productLines(const QList<int> &cart)
{
    QJsonArray lines;
    for (int item : cart)
        lines.append(productLine(kCatalog[item], 1));
    return lines;
}

double cartValue(const QList<int> &cart)
{
    double total = 0;
    for (int item : cart)
        total += kCatalog[item].price;
    return total;
}

QJsonObject note(const QString &text)
{
    return QJsonObject{{QStringLiteral("note"), text}};
}

// An XDM measure that counts one: {"<name>":{"value":1}}.
QJsonObject counted(const char *name)
{
    return QJsonObject{{QLatin1StringView(name), QJsonObject{{QStringLiteral("value"), 1}}}};
}

// The `web` field of a page view.
QJsonObject webPage(const QString &name)
{
    return QJsonObject{
        {QStringLiteral("webPageDetails"),
         QJsonObject{{QStringLiteral("name"), name},
                     {QStringLiteral("pageViews"), QJsonObject{{QStringLiteral("value"), 1}}}}}};
}

QJsonObject consent(bool granted)
{
    return QJsonObject{{QStringLiteral("val"), granted ? QStringLiteral("y") : QStringLiteral("n")}};
}

} // namespace

JourneyScript::JourneyScript(quint32 seed) : m_seed(seed), m_random(seed) {}

SimCustomer JourneyScript::customer(int index) const
{
    // A generator of its own per customer, so a customer does not depend on
    // how many journeys came before.
    QRandomGenerator random(m_seed ^ (quint32(index) * 2654435761u));
    SimCustomer c;
    c.index = index;
    const auto *first = kFirstNames[random.bounded(int(std::size(kFirstNames)))];
    const auto *last = kLastNames[random.bounded(int(std::size(kLastNames)))];
    c.name = QStringLiteral("%1 %2").arg(QString::fromUtf8(first), QString::fromUtf8(last));
    const QString handle =
        QStringLiteral("%1.%2.%3")
            .arg(QString::fromUtf8(first).toLower(), QString::fromUtf8(last)
                                                         .toLower()
                                                         .remove(QLatin1Char(' '))
                                                         .replace(u'ü', QStringLiteral("ue")))
            .arg(index);
    c.email = handle + QStringLiteral("@example.com");
    c.ecid = QStringLiteral("sim-ecid-%1-%2").arg(m_seed, 8, 16, QLatin1Char('0')).arg(index);
    c.phone = QStringLiteral("+3164%1").arg(index, 7, 10, QLatin1Char('0'));
    if (random.bounded(2) == 0)
        c.crmId = QStringLiteral("CRM-SIM-%1").arg(index, 6, 10, QLatin1Char('0'));
    if (random.bounded(4) == 0)
        c.loyaltyId = QStringLiteral("LOY-%1").arg(index, 7, 10, QLatin1Char('0'));
    const int tier = random.bounded(100);
    c.tier = tier < 5    ? QStringLiteral("platinum")
             : tier < 20 ? QStringLiteral("gold")
             : tier < 50 ? QStringLiteral("silver")
                         : QStringLiteral("bronze");
    c.emailConsent = random.bounded(100) < 75;
    c.smsConsent = random.bounded(100) < 55;
    return c;
}

QJsonObject JourneyScript::signInEvent(const SimCustomer &customer)
{
    return QJsonObject{
        {QStringLiteral("eventType"), QStringLiteral("web.webpagedetails.pageViews")},
        {QStringLiteral("identityMap"), identities({{"ECID", customer.ecid},
                                                    {"Email", customer.email},
                                                    {"Phone", customer.phone},
                                                    {"CRMID", customer.crmId},
                                                    {"loyaltyId", customer.loyaltyId}})},
        {QStringLiteral("web"), webPage(QStringLiteral("Sign in"))},
        {QStringLiteral("consents"),
         QJsonObject{{QStringLiteral("marketing"),
                      QJsonObject{{QStringLiteral("email"), consent(customer.emailConsent)},
                                  {QStringLiteral("sms"), consent(customer.smsConsent)},
                                  {QStringLiteral("call"), consent(true)}}}}},
        {QStringLiteral("_omnidesk"),
         QJsonObject{{QStringLiteral("customer"), QJsonObject{{QStringLiteral("name"), customer.name},
                                                              {QStringLiteral("tier"), customer.tier}}}}},
    };
}

QJsonObject JourneyScript::accessoryAddedDuringCall(const QString &phone, int callNumber)
{
    const Product &item = kCatalog[kFirstAccessory + callNumber % kAccessories];
    return QJsonObject{{QStringLiteral("eventType"), QStringLiteral("commerce.productListAdds")},
                       {QStringLiteral("identityMap"), identities({{"Phone", phone}})},
                       {QStringLiteral("commerce"), counted("productListAdds")},
                       {QStringLiteral("productListItems"), QJsonArray{productLine(item, 1)}}};
}

double JourneyScript::uniform(double from, double to)
{
    return from + m_random.generateDouble() * (to - from);
}

bool JourneyScript::chance(double probability)
{
    return m_random.generateDouble() < probability;
}

int JourneyScript::between(int from, int to)
{
    return from + int(m_random.bounded(quint32(to - from + 1)));
}

Journey JourneyScript::journey(int index, bool firstVisit)
{
    Journey j;
    j.customer = customer(index);
    double at = 0;
    if (firstVisit)
        j.steps.append({at, QStringLiteral("web"), signInEvent(j.customer)});

    // How the customer arrives: a push notification, the app, or the web shop.
    const bool inApp = chance(0.3);
    if (inApp && chance(0.3)) {
        j.steps.append(
            {at, QStringLiteral("push"),
             QJsonObject{{QStringLiteral("eventType"), QStringLiteral("pushTracking.applicationOpened")},
                         {QStringLiteral("identityMap"), identities({{"ECID", j.customer.ecid}})},
                         {QStringLiteral("_omnidesk"), note(QStringLiteral("New deals this week"))}}});
        at += uniform(0.1, 1);
    }
    browse(j, at, inApp);

    // Most visits put something in the cart; a few take something out again.
    QList<int> cart;
    if (chance(0.7)) {
        const int adds = between(1, 3);
        for (int i = 0; i < adds; ++i)
            addToCart(j, at, cart);
        if (cart.size() > 1 && chance(0.15)) {
            const int removed = cart.takeLast();
            at += uniform(0.5, 3);
            j.steps.append(
                {at, QStringLiteral("web"),
                 QJsonObject{
                     {QStringLiteral("eventType"), QStringLiteral("commerce.productListRemovals")},
                     {QStringLiteral("identityMap"), identities({{"ECID", j.customer.ecid}})},
                     {QStringLiteral("commerce"), counted("productListRemovals")},
                     {QStringLiteral("productListItems"), QJsonArray{productLine(kCatalog[removed], 1)}}}});
        }
    }

    if (!cart.isEmpty()) {
        if (chance(0.3)) {
            purchase(j, at, cart);
        } else {
            // Abandoned: the shop reminds the customer over the channels they
            // agreed to; some come back and buy, some ask the bot, some go to
            // a store, and (in the simulator) some call.
            j.abandonedCart = true;
            if (j.customer.emailConsent)
                remindByEmail(j, at, cart);
            if (!j.purchased && j.customer.smsConsent && chance(0.5))
                remindBySms(j, at);
            if (!j.purchased && chance(0.2))
                storeVisit(j, at, cart);
            if (!j.purchased && chance(0.1)) {
                at += uniform(30, 600);
                purchase(j, at, cart);
            }
        }
    }
    const double cartChangedAt = at;
    if (chance(0.15))
        botConversation(j, at);
    j.endMinutes = j.steps.constLast().atMinutes;
    if (j.abandonedCart && !j.purchased)
        j.endMinutes = std::max(j.endMinutes, cartChangedAt + uniform(40, 180));
    return j;
}

Journey JourneyScript::anonymousJourney()
{
    Journey j;
    j.anonymous = true;
    j.customer.index = -1;
    j.customer.ecid =
        QStringLiteral("sim-visitor-%1-%2").arg(m_seed, 8, 16, QLatin1Char('0')).arg(++m_anonymousVisitors);
    double at = 0;
    browse(j, at, false);
    if (chance(0.3)) {
        QList<int> cart;
        addToCart(j, at, cart);
        j.abandonedCart = true;
    }
    j.endMinutes = at + (j.abandonedCart ? uniform(40, 180) : 0);
    return j;
}

void JourneyScript::browse(Journey &j, double &at, bool inApp)
{
    const QJsonObject device = identities({{"ECID", j.customer.ecid}});
    if (inApp) {
        j.steps.append({at, QStringLiteral("app"),
                        QJsonObject{{QStringLiteral("eventType"), QStringLiteral("application.launch")},
                                    {QStringLiteral("identityMap"), device},
                                    {QStringLiteral("application"), counted("launches")}}});
    }
    const int pages = between(1, 4);
    for (int i = 0; i < pages; ++i) {
        at += uniform(0.2, 2);
        const char *page = kPages[m_random.bounded(int(std::size(kPages)))];
        j.steps.append(
            {at, inApp ? QStringLiteral("app") : QStringLiteral("web"),
             QJsonObject{{QStringLiteral("eventType"), QStringLiteral("web.webpagedetails.pageViews")},
                         {QStringLiteral("identityMap"), device},
                         {QStringLiteral("web"), webPage(QString::fromUtf8(page))}}});
    }
    const int views = between(0, 3);
    for (int i = 0; i < views; ++i) {
        at += uniform(0.3, 3);
        j.steps.append({at, inApp ? QStringLiteral("app") : QStringLiteral("web"),
                        QJsonObject{{QStringLiteral("eventType"), QStringLiteral("commerce.productViews")},
                                    {QStringLiteral("identityMap"), device},
                                    {QStringLiteral("commerce"), counted("productViews")},
                                    {QStringLiteral("productListItems"),
                                     QJsonArray{productLine(kCatalog[m_random.bounded(kCatalogSize)], 1)}}}});
    }
}

void JourneyScript::addToCart(Journey &j, double &at, QList<int> &cart)
{
    int item = int(m_random.bounded(kCatalogSize));
    while (cart.contains(item))
        item = (item + 1) % kCatalogSize;
    cart.append(item);
    at += uniform(0.5, 5);
    j.steps.append(
        {at, QStringLiteral("web"),
         QJsonObject{{QStringLiteral("eventType"), QStringLiteral("commerce.productListAdds")},
                     {QStringLiteral("identityMap"), identities({{"ECID", j.customer.ecid}})},
                     {QStringLiteral("commerce"), counted("productListAdds")},
                     {QStringLiteral("productListItems"), QJsonArray{productLine(kCatalog[item], 1)}}}});
}

void JourneyScript::purchase(Journey &j, double &at, const QList<int> &cart)
{
    const QJsonObject buyer = identities({{"ECID", j.customer.ecid}, {"Email", j.customer.email}});
    at += uniform(1, 6);
    j.steps.append({at, QStringLiteral("web"),
                    QJsonObject{{QStringLiteral("eventType"), QStringLiteral("commerce.checkouts")},
                                {QStringLiteral("identityMap"), buyer},
                                {QStringLiteral("commerce"), counted("checkouts")},
                                {QStringLiteral("productListItems"), productLines(cart)}}});
    at += uniform(1, 5);
    const QString orderId = QStringLiteral("SIM-%1-%2").arg(m_seed, 8, 16, QLatin1Char('0')).arg(++m_orders);
    j.steps.append(
        {at, QStringLiteral("web"),
         QJsonObject{{QStringLiteral("eventType"), QStringLiteral("commerce.purchases")},
                     {QStringLiteral("identityMap"), buyer},
                     {QStringLiteral("commerce"),
                      QJsonObject{{QStringLiteral("purchases"), QJsonObject{{QStringLiteral("value"), 1}}},
                                  {QStringLiteral("order"),
                                   QJsonObject{{QStringLiteral("purchaseID"), orderId},
                                               {QStringLiteral("priceTotal"), cartValue(cart)},
                                               {QStringLiteral("currencyCode"), QStringLiteral("EUR")}}}}},
                     {QStringLiteral("productListItems"), productLines(cart)}}});
    j.purchased = true;
}

void JourneyScript::remindByEmail(Journey &j, double &at, const QList<int> &cart)
{
    const QJsonObject mailbox = identities({{"Email", j.customer.email}});
    const QString subject =
        QStringLiteral("Your %1 is waiting in your cart").arg(QString::fromUtf8(kCatalog[cart.first()].name));
    auto mail = [&](const char *type, const char *measure) {
        j.steps.append({at, QStringLiteral("email"),
                        QJsonObject{{QStringLiteral("eventType"), QString::fromLatin1(type)},
                                    {QStringLiteral("identityMap"), mailbox},
                                    {QStringLiteral("directMarketing"), counted(measure)},
                                    {QStringLiteral("_omnidesk"), note(subject)}}});
    };
    at += uniform(60, 1440); // the next hour or the next day
    mail("directMarketing.emailSent", "sends");
    at += uniform(0.1, 2);
    if (chance(0.04)) {
        mail("directMarketing.emailBounced", "bounces");
        return;
    }
    mail("directMarketing.emailDelivered", "emailDelivered");
    if (!chance(0.55))
        return; // never opened
    at += uniform(20, 600);
    mail("directMarketing.emailOpened", "opens");
    if (!chance(0.4))
        return; // opened, no purchase: the "reminder opened" next step
    at += uniform(0.2, 3);
    mail("directMarketing.emailClicked", "clicks");
    if (chance(0.5))
        purchase(j, at, cart);
}

void JourneyScript::remindBySms(Journey &j, double &at)
{
    const QJsonObject line = identities({{"Phone", j.customer.phone}});
    at += uniform(120, 2880);
    j.steps.append({at, QStringLiteral("sms"),
                    QJsonObject{{QStringLiteral("eventType"), QStringLiteral("omnidesk.smsSent")},
                                {QStringLiteral("identityMap"), line},
                                {QStringLiteral("_omnidesk"),
                                 note(QStringLiteral("Your cart is still saved for you"))}}});
    if (chance(0.25)) {
        at += uniform(2, 240);
        static constexpr const char *kReplies[] = {"Can I pay in instalments?", "Is it in stock in Utrecht?",
                                                   "Call me please", "STOP"};
        j.steps.append(
            {at, QStringLiteral("sms"),
             QJsonObject{{QStringLiteral("eventType"), QStringLiteral("omnidesk.smsReplied")},
                         {QStringLiteral("identityMap"), line},
                         {QStringLiteral("_omnidesk"),
                          note(QString::fromUtf8(kReplies[m_random.bounded(int(std::size(kReplies)))]))}}});
    }
}

void JourneyScript::botConversation(Journey &j, double &at)
{
    const BotTopic &topic = kBotTopics[m_random.bounded(int(std::size(kBotTopics)))];
    at += uniform(10, 1440);
    const bool handedOver = chance(0.45);
    j.steps.append(
        {at, QStringLiteral("chat"),
         QJsonObject{
             {QStringLiteral("eventType"), QStringLiteral("omnidesk.botConversation")},
             {QStringLiteral("identityMap"), identities({{"Email", j.customer.email}})},
             {QStringLiteral("_omnidesk"),
              QJsonObject{{QStringLiteral("conversation"),
                           QJsonObject{{QStringLiteral("summary"), QString::fromUtf8(topic.summary)},
                                       {QStringLiteral("transcript"), QString::fromUtf8(topic.transcript)},
                                       {QStringLiteral("handedOver"), handedOver}}}}}}});
}

void JourneyScript::storeVisit(Journey &j, double &at, const QList<int> &cart)
{
    at += uniform(600, 4320);
    const QString store = QString::fromUtf8(kStores[m_random.bounded(int(std::size(kStores)))]);
    j.steps.append(
        {at, QStringLiteral("store"),
         QJsonObject{
             {QStringLiteral("eventType"), QStringLiteral("omnidesk.storeVisit")},
             {QStringLiteral("identityMap"), j.customer.loyaltyId.isEmpty()
                                                 ? identities({{"Phone", j.customer.phone}})
                                                 : identities({{"loyaltyId", j.customer.loyaltyId}})},
             {QStringLiteral("productListItems"), productLines(cart)},
             {QStringLiteral("_omnidesk"),
              QJsonObject{{QStringLiteral("store"), QJsonObject{{QStringLiteral("name"), store}}},
                          {QStringLiteral("note"), QStringLiteral("Looked at %1 (%2), will decide later")
                                                       .arg(QString::fromUtf8(kCatalog[cart.first()].name),
                                                            priceText(kCatalog[cart.first()].price))}}}}});
}

} // namespace omnidesk::sim
