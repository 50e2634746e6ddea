#include "JourneySimulator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <cmath>

namespace omnidesk::sim {

namespace {

// Abandoners kept as likely callers.
constexpr size_t kMaxAbandoners = 200;

constexpr int kTickMs = 5;

quint32 chooseSeed(quint32 asked)
{
    if (asked != 0)
        return asked;
    quint32 seed = 0;
    while (seed == 0)
        seed = QRandomGenerator::system()->generate();
    return seed;
}

QString timeText(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

int JourneySimulator::Counts::events() const
{
    int total = 0;
    for (const auto &[channel, count] : eventsByChannel)
        total += count;
    return total;
}

JourneySimulator::JourneySimulator(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_seed(chooseSeed(m_options.seed)), m_script(m_seed),
      m_choices(m_seed ^ 0x9e3779b9u), m_runTag(QString::number(QRandomGenerator::system()->generate64(), 36))
{
    m_callTimer.setSingleShot(true);
    connect(&m_callTimer, &QTimer::timeout, this, &JourneySimulator::placeCall);
    m_tickTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_tickTimer, &QTimer::timeout, this, &JourneySimulator::tick);
    connect(&m_progressTimer, &QTimer::timeout, this,
            [this] { Q_EMIT logLine(QStringLiteral("progress: ") + summary()); });
}

void JourneySimulator::start()
{
    m_clock.start();
    if (m_options.callEveryMs > 0)
        m_callTimer.start(m_options.firstCallAfterMs);
    if (m_options.journeysPerMinute > 0)
        m_tickTimer.start(kTickMs);
    if (m_options.progressEveryMs > 0)
        m_progressTimer.start(m_options.progressEveryMs);
    if (m_options.callEveryMs <= 0 && m_options.journeysPerMinute <= 0)
        QTimer::singleShot(0, this, &JourneySimulator::finished);
}

QString JourneySimulator::summary() const
{
    QStringList channels;
    for (const auto &[channel, count] : m_counts.eventsByChannel)
        channels << QStringLiteral("%1 %2").arg(channel).arg(count);
    const double seconds = std::max<qint64>(1, m_clock.elapsed()) / 1000.0;
    return QStringLiteral("journeys %1 (abandoned %2, purchased %3), events %4 (%5), %6 events/s, calls %7, "
                          "requests %8, failed %9, seed %10")
        .arg(m_counts.journeys)
        .arg(m_counts.abandoned)
        .arg(m_counts.purchased)
        .arg(m_counts.events())
        .arg(channels.isEmpty() ? QStringLiteral("none") : channels.join(QStringLiteral(", ")))
        .arg(m_counts.events() / seconds, 0, 'f', 1)
        .arg(m_counts.calls)
        .arg(m_counts.requests)
        .arg(m_counts.failed)
        .arg(m_seed);
}

void JourneySimulator::tick()
{
    const qint64 now = m_clock.elapsed();
    // Journeys start at the asked rate, counted from the start, so a late
    // tick catches up instead of lowering the rate.
    const qint64 due = qint64(std::floor(double(now) * m_options.journeysPerMinute / 60'000.0)) + 1;
    while (m_counts.journeys < due && !journeysDone())
        startJourney();
    while (!m_pending.empty() && m_pending.begin()->first <= now) {
        PendingEvent pending = std::move(m_pending.begin()->second);
        m_pending.erase(m_pending.begin());
        pending.event.insert(QStringLiteral("_id"),
                             QStringLiteral("sim-%1-%2").arg(m_runTag).arg(++m_eventSerial));
        // Never in the future, should the sending fall behind the plan.
        pending.event.insert(QStringLiteral("timestamp"),
                             timeText(std::min(pending.timestampMs, QDateTime::currentMSecsSinceEpoch())));
        ++m_counts.eventsByChannel[pending.channel];
        if (pending.lastOfJourney)
            m_travelling.remove(pending.customer);
        post(QStringLiteral("/v1/events"), pending.event, pending.channel + QStringLiteral(" event"));
    }
    if (journeysDone() && m_pending.empty()) {
        m_tickTimer.stop();
        finishIfDone();
    }
}

void JourneySimulator::startJourney()
{
    Journey journey;
    int index = -1;
    // About one visit in ten is by someone the shop does not know; a customer
    // still on a journey does not start another (one try, then a visitor).
    if (m_choices.bounded(10) != 0) {
        index = int(m_choices.bounded(std::max(1, m_options.customers)));
        if (m_travelling.contains(index))
            index = -1;
    }
    if (index < 0) {
        journey = m_script.anonymousJourney();
    } else {
        const bool first = !m_signedIn.contains(index);
        journey = m_script.journey(index, first);
        m_signedIn.insert(index);
        if (first)
            m_knownPhones.append(journey.customer.phone);
        // A new journey: whatever the customer left before is their own business now.
        std::erase(m_abandoners, journey.customer.phone);
    }
    ++m_counts.journeys;
    if (journey.abandonedCart)
        ++m_counts.abandoned;
    if (journey.purchased)
        ++m_counts.purchased;
    if (journey.abandonedCart && !journey.purchased && !journey.anonymous) {
        m_abandoners.push_back(journey.customer.phone);
        if (m_abandoners.size() > kMaxAbandoners)
            m_abandoners.pop_front();
    }
    if (journey.steps.isEmpty())
        return;

    // Plan the wall-clock sends, then stamp each event with its journey time
    // counted back from the journey's end, placed at the last send. A returning customer's journey is
    // squeezed into the time since their last event, so journeys never overlap.
    const qint64 now = m_clock.elapsed();
    QList<qint64> sendAt;
    qint64 at = now;
    for (qsizetype i = 0; i < journey.steps.size(); ++i) {
        if (i > 0)
            at += qint64(m_options.stepMs * (0.5 + m_choices.generateDouble()));
        sendAt.append(at);
    }
    const qint64 lastSendEpochMs = QDateTime::currentMSecsSinceEpoch() + (at - now);
    const double spanMs = (journey.endMinutes - journey.steps.constFirst().atMinutes) * 60'000.0;
    double scale = 1.0;
    if (const auto last = m_lastEventAt.constFind(index);
        index >= 0 && last != m_lastEventAt.cend() && spanMs > 0)
        scale = std::clamp(double(lastSendEpochMs - *last - 1000) / spanMs, 0.0, 1.0);
    for (qsizetype i = 0; i < journey.steps.size(); ++i) {
        const JourneyStep &step = journey.steps.at(i);
        const qint64 timestamp =
            lastSendEpochMs - qint64((journey.endMinutes - step.atMinutes) * 60'000.0 * scale);
        m_pending.emplace(sendAt.at(i), PendingEvent{timestamp, step.channel, step.event, index,
                                                     i == journey.steps.size() - 1});
    }
    if (index >= 0) {
        m_travelling.insert(index);
        m_lastEventAt.insert(index, lastSendEpochMs);
    }
}

QString JourneySimulator::nextCaller()
{
    const QStringList &given = m_options.callers;
    const bool journeys = m_options.journeysPerMinute > 0;
    // With journeys the given numbers call first, once each; without, in turn for ever.
    if (!given.isEmpty() && (!journeys || m_counts.calls <= given.size()))
        return given.at((m_counts.calls - 1) % given.size());
    // The seed case: someone who left a cart calls; else any customer seen so far.
    if (!m_abandoners.empty()) {
        const QString phone = m_abandoners.back();
        m_abandoners.pop_back();
        return phone;
    }
    if (!m_knownPhones.isEmpty())
        return m_knownPhones.at(m_choices.bounded(int(m_knownPhones.size())));
    if (!given.isEmpty())
        return given.at((m_counts.calls - 1) % given.size());
    // The demo customers seeded by `omnidesk-profiled --demo` (README, "Demo data").
    static const QStringList demo{QStringLiteral("+31612345678"), QStringLiteral("+31687654321"),
                                  QStringLiteral("+4915112345678"), QStringLiteral("+31201234567")};
    return demo.at((m_counts.calls - 1) % demo.size());
}

void JourneySimulator::placeCall()
{
    ++m_counts.calls;
    const QString ani = nextCaller();
    const QString callId =
        QStringLiteral("sim-%1-%2").arg(QDateTime::currentSecsSinceEpoch()).arg(m_counts.calls);
    post(QStringLiteral("/v1/calls"),
         QJsonObject{{QStringLiteral("callId"), callId},
                     {QStringLiteral("event"), QStringLiteral("connected")},
                     {QStringLiteral("ani"), ani},
                     {QStringLiteral("agent"), m_options.agent}},
         QStringLiteral("call %1 connected").arg(callId));

    const int callNumber = m_counts.calls;
    QTimer::singleShot(m_options.cartChangeAfterMs, this,
                       [this, ani, callNumber] { changeCart(ani, callNumber); });
    QTimer::singleShot(m_options.callLengthMs, this, [this, callId] { endCall(callId); });

    if (!callsDone())
        m_callTimer.start(m_options.callEveryMs);
}

void JourneySimulator::changeCart(const QString &ani, int callNumber)
{
    // The caller adds an accessory on the web shop while talking to the agent.
    QJsonObject event = JourneyScript::accessoryAddedDuringCall(ani, callNumber);
    event.insert(QStringLiteral("_id"), QStringLiteral("sim-%1-call-%2").arg(m_runTag).arg(callNumber));
    event.insert(QStringLiteral("timestamp"), timeText(QDateTime::currentMSecsSinceEpoch()));
    ++m_counts.eventsByChannel[QStringLiteral("web")];
    post(QStringLiteral("/v1/events"), event, QStringLiteral("cart change for call %1").arg(callNumber));
}

void JourneySimulator::endCall(const QString &callId)
{
    post(QStringLiteral("/v1/calls"),
         QJsonObject{{QStringLiteral("callId"), callId},
                     {QStringLiteral("event"), QStringLiteral("ended")},
                     {QStringLiteral("agent"), m_options.agent}},
         QStringLiteral("call %1 ended").arg(callId));
    finishIfDone();
}

bool JourneySimulator::journeysDone() const
{
    return m_options.journeysPerMinute <= 0 ||
           (m_options.maxJourneys > 0 && m_counts.journeys >= m_options.maxJourneys);
}

bool JourneySimulator::callsDone() const
{
    return m_options.callEveryMs <= 0 || (m_options.maxCalls > 0 && m_counts.calls >= m_options.maxCalls);
}

void JourneySimulator::finishIfDone()
{
    // Without limits the simulator runs until it is stopped.
    const bool limited = (m_options.callEveryMs <= 0 || m_options.maxCalls > 0) &&
                         (m_options.journeysPerMinute <= 0 || m_options.maxJourneys > 0);
    if (!limited || !journeysDone() || !callsDone() || !m_pending.empty() || m_callTimer.isActive())
        return;
    QTimer::singleShot(0, this, [this] {
        if (m_pendingReplies == 0 && m_pending.empty()) {
            m_progressTimer.stop();
            Q_EMIT finished();
        }
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
    ++m_counts.requests;
    QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, what] {
        reply->deleteLater();
        --m_pendingReplies;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        const bool ok = status >= 200 && status < 300;
        if (!ok)
            ++m_counts.failed;
        if (status == 0)
            Q_EMIT logLine(QStringLiteral("%1: %2").arg(what, reply->errorString()));
        else if (!ok || m_options.verbose)
            Q_EMIT logLine(
                QStringLiteral("%1: HTTP %2 %3").arg(what).arg(status).arg(QString::fromUtf8(answer)));
        if (m_pendingReplies == 0)
            finishIfDone();
    });
}

} // namespace omnidesk::sim
