#include "JourneySimulator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUuid>

namespace omnidesk::sim {

namespace {

struct Accessory
{
    const char *sku;
    const char *name;
    double price;
};

constexpr Accessory kAccessories[] = {
    {"ACC-CASE-X15", "Phone X15 leather case", 19.00},
    {"ACC-CHG-45W", "45 W fast charger", 29.00},
    {"ACC-BUDS-2", "Wireless earbuds 2", 89.00},
    {"ACC-GLASS-X15", "Screen protector X15", 12.50},
};

} // namespace

JourneySimulator::JourneySimulator(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_random(QRandomGenerator::securelySeeded())
{
    if (m_options.callers.isEmpty()) {
        // The demo customers seeded by `omnidesk-profiled --demo` (README, "Demo data").
        m_options.callers = {QStringLiteral("+31612345678"), QStringLiteral("+31687654321"),
                             QStringLiteral("+4915112345678"), QStringLiteral("+31201234567")};
    }
    m_callTimer.setSingleShot(true);
    connect(&m_callTimer, &QTimer::timeout, this, &JourneySimulator::placeCall);
}

void JourneySimulator::start()
{
    m_callTimer.start(m_options.firstCallAfterMs);
}

void JourneySimulator::placeCall()
{
    ++m_calls;
    const QString ani = m_options.callers.at((m_calls - 1) % m_options.callers.size());
    const QString callId = QStringLiteral("sim-%1-%2").arg(QDateTime::currentSecsSinceEpoch()).arg(m_calls);
    post(QStringLiteral("/v1/calls"),
         QJsonObject{{QStringLiteral("callId"), callId},
                     {QStringLiteral("event"), QStringLiteral("connected")},
                     {QStringLiteral("ani"), ani},
                     {QStringLiteral("agent"), m_options.agent}},
         QStringLiteral("call %1 connected").arg(callId));

    const int callNumber = m_calls;
    QTimer::singleShot(m_options.cartChangeAfterMs, this,
                       [this, ani, callNumber] { changeCart(ani, callNumber); });
    QTimer::singleShot(m_options.callLengthMs, this, [this, callId] { endCall(callId); });

    if (m_options.maxCalls == 0 || m_calls < m_options.maxCalls)
        m_callTimer.start(m_options.callEveryMs);
}

void JourneySimulator::changeCart(const QString &ani, int callNumber)
{
    // The caller adds an accessory on the web shop while talking to the agent.
    const Accessory &item = kAccessories[static_cast<size_t>(callNumber) % std::size(kAccessories)];
    const QJsonObject event{
        {QStringLiteral("_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("eventType"), QStringLiteral("commerce.productListAdds")},
        {QStringLiteral("identityMap"),
         QJsonObject{{QStringLiteral("Phone"), QJsonArray{QJsonObject{{QStringLiteral("id"), ani}}}}}},
        {QStringLiteral("commerce"),
         QJsonObject{{QStringLiteral("productListAdds"), QJsonObject{{QStringLiteral("value"), 1}}}}},
        {QStringLiteral("productListItems"),
         QJsonArray{QJsonObject{{QStringLiteral("SKU"), QString::fromLatin1(item.sku)},
                                {QStringLiteral("name"), QString::fromLatin1(item.name)},
                                {QStringLiteral("quantity"), 1},
                                {QStringLiteral("priceTotal"), item.price},
                                {QStringLiteral("currencyCode"), QStringLiteral("EUR")}}}},
    };
    post(QStringLiteral("/v1/events"), event, QStringLiteral("cart change for call %1").arg(callNumber));
}

void JourneySimulator::endCall(const QString &callId)
{
    post(QStringLiteral("/v1/calls"),
         QJsonObject{{QStringLiteral("callId"), callId},
                     {QStringLiteral("event"), QStringLiteral("ended")},
                     {QStringLiteral("agent"), m_options.agent}},
         QStringLiteral("call %1 ended").arg(callId));
    if (m_options.maxCalls > 0 && m_calls >= m_options.maxCalls && !m_callTimer.isActive())
        QTimer::singleShot(0, this, [this] {
            if (m_pendingReplies == 0)
                emit finished();
        });
}

void JourneySimulator::post(const QString &path, const QJsonObject &body, const QString &what)
{
    QUrl url = m_options.server;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_options.apiKey.toUtf8());
    ++m_pendingReplies;
    QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, what] {
        reply->deleteLater();
        --m_pendingReplies;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        if (reply->error() != QNetworkReply::NoError && status == 0)
            emit logLine(QStringLiteral("%1: %2").arg(what, reply->errorString()));
        else
            emit logLine(
                QStringLiteral("%1: HTTP %2 %3").arg(what).arg(status).arg(QString::fromUtf8(answer)));
        if (m_options.maxCalls > 0 && m_calls >= m_options.maxCalls && m_pendingReplies == 0 &&
            !m_callTimer.isActive())
            emit finished();
    });
}

} // namespace omnidesk::sim
