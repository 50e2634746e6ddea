#include "DemoSeeder.h"

#include "InteractionLog.h"

#include "JsonReader.h"
#include "ProfileEngine.h"
#include "ProtocolCodec.h"
#include "ServerLog.h"
#include "Store.h"
#include "XdmEventParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace omnidesk::server {

DemoSeeder::DemoSeeder(Store *store, ProfileEngine *engine, const PhoneNormalizer *phones, Clock clock,
                       int passwordIterations)
    : m_store(store), m_engine(engine), m_phones(phones), m_clock(std::move(clock)),
      m_iterations(passwordIterations)
{}

QJsonObject DemoSeeder::seedData()
{
    QFile file(QStringLiteral(":/omnidesk/server/demo/seed.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

DemoSeeder::Result DemoSeeder::seed()
{
    Result result;
    const QJsonObject data = seedData();
    if (data.isEmpty()) {
        result.error = QStringLiteral("demo seed data missing");
        return result;
    }
    for (const QJsonValue &v : data.value(QLatin1StringView("users")).toArray()) {
        const QJsonObject u = v.toObject();
        const protocol::UserInfo user{u.value(QLatin1StringView("id")).toString(),
                                      u.value(QLatin1StringView("name")).toString(),
                                      u.value(QLatin1StringView("role")).toString()};
        if (!m_store->addUser(user, u.value(QLatin1StringView("password")).toString(), m_iterations)) {
            result.error = m_store->errorString();
            return result;
        }
    }
    for (const QJsonValue &v : data.value(QLatin1StringView("integrationKeys")).toArray()) {
        const QJsonObject k = v.toObject();
        if (!m_store->addApiKey(k.value(QLatin1StringView("name")).toString(),
                                k.value(QLatin1StringView("key")).toString())) {
            result.error = m_store->errorString();
            return result;
        }
    }
    if (!ingestEvents(data.value(QLatin1StringView("events")).toArray(), QStringLiteral("events"), &result))
        return result;
    qCInfo(lcServer) << "demo data seeded:" << result.events << "events," << result.duplicates
                     << "already there";
    result.ok = true;
    return result;
}

bool DemoSeeder::ingestEvents(const QJsonArray &events, const QString &listName, Result *result)
{
    const XdmEventParser parser(m_phones);
    const QDateTime now = m_clock();
    for (qsizetype i = 0; i < events.size(); ++i) {
        QJsonObject raw = events.at(i).toObject();
        const int minutesAgo = raw.take(QLatin1StringView("minutesAgo")).toInt();
        raw.insert(QStringLiteral("timestamp"), protocol::toWireTime(now.addSecs(-60LL * minutesAgo)));
        protocol::JsonError error;
        const QString where = QStringLiteral("%1[%2]").arg(listName).arg(i);
        const auto event = parser.parse(raw, where, &error);
        if (!event) {
            result->error = error.toString();
            return false;
        }
        const ProfileEngine::Result applied = m_engine->ingest(*event);
        if (!applied.ok) {
            result->error = QStringLiteral("%1: could not be stored").arg(where);
            return false;
        }
        ++result->events;
        if (applied.duplicate)
            ++result->duplicates;
    }
    return true;
}

DemoSeeder::Result DemoSeeder::seedWithHistory()
{
    Result result = seed();
    if (!result.ok)
        return result;
    // Past weeks: abandoned carts, reminder emails and purchases, so the
    // cart-recovery report has something to show next to the logged calls.
    result.ok = ingestEvents(seedData().value(QLatin1StringView("historyEvents")).toArray(),
                             QStringLiteral("historyEvents"), &result);
    if (!result.ok)
        return result;
    const QDateTime now = m_clock();
    const QJsonArray outcomes = seedData().value(QLatin1StringView("outcomes")).toArray();
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        QJsonObject raw = outcomes.at(i).toObject();
        const QDateTime at = now.addSecs(-60LL * raw.take(QLatin1StringView("minutesAgo")).toInt());
        const QString agent = raw.take(QLatin1StringView("agent")).toString();
        const QString email = raw.take(QLatin1StringView("customerEmail")).toString();
        // Handle and wrap-up time of the seeded call (the service measures them for live calls).
        InteractionLog::CallTimes times;
        for (const auto &[name, value] : {std::pair{"handleSeconds", &times.handleSeconds},
                                          std::pair{"wrapUpSeconds", &times.wrapUpSeconds}}) {
            if (const qint64 seconds = raw.take(QLatin1StringView(name)).toInteger(-1); seconds >= 0)
                *value = seconds;
        }
        raw.insert(QStringLiteral("loggedAt"), protocol::toWireTime(at));
        raw.insert(QStringLiteral("profileId"), m_engine->findByEmail(email));
        QString error;
        std::optional<protocol::OutcomeLog> outcome = protocol::ProtocolCodec::outcomeFromJson(raw, &error);
        if (!outcome) {
            result.ok = false;
            result.error = QStringLiteral("outcomes[%1]: %2").arg(i).arg(error);
            return result;
        }
        // What the agent saw: the profile as it is now, with its lately strip.
        if (std::optional<Profile> seen = m_engine->loadProfile(outcome->profileId, 200)) {
            seen->timeline = latelySummary(seen->timeline, at);
            outcome->context = seen;
        }
        const std::optional<OutcomeRecord> record = m_store->storeOutcome(*outcome, agent, at);
        if (!record) {
            result.ok = false;
            result.error = QStringLiteral("outcomes[%1]: %2").arg(i).arg(m_store->errorString());
            return result;
        }
        if (!record->duplicate) {
            m_engine->recordOutcome(*outcome, record->id);
            InteractionLog(m_store).recordCallTimes(record->id, times);
        }
    }
    qCInfo(lcServer) << "demo history seeded:" << outcomes.size() << "outcomes";
    return result;
}

} // namespace omnidesk::server
