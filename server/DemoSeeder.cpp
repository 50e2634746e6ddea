#include "DemoSeeder.h"

#include "JsonReader.h"
#include "ProfileEngine.h"
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
    const XdmEventParser parser(m_phones);
    const QDateTime now = m_clock();
    const QJsonArray events = data.value(QLatin1StringView("events")).toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        QJsonObject raw = events.at(i).toObject();
        const int minutesAgo = raw.take(QLatin1StringView("minutesAgo")).toInt();
        raw.insert(QStringLiteral("timestamp"), protocol::toWireTime(now.addSecs(-60LL * minutesAgo)));
        protocol::JsonError error;
        const auto event = parser.parse(raw, QStringLiteral("events[%1]").arg(i), &error);
        if (!event) {
            result.error = error.toString();
            return result;
        }
        const ProfileEngine::Result applied = m_engine->ingest(*event);
        if (!applied.ok) {
            result.error = QStringLiteral("events[%1]: could not be stored").arg(i);
            return result;
        }
        ++result.events;
        if (applied.duplicate)
            ++result.duplicates;
    }
    qCInfo(lcServer) << "demo data seeded:" << result.events << "events," << result.duplicates
                     << "already there";
    result.ok = true;
    return result;
}

} // namespace omnidesk::server
