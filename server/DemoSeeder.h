#pragma once

#include "Clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace omnidesk::server {

class PhoneNormalizer;
class ProfileEngine;
class Store;

// Seeds the demo (omnidesk-profiled --demo): users, the integration key and
// customer journeys from the resource demo/seed.json. The journeys are XDM
// events fed through the normal ingest path, timed relative to now. Seeding
// again changes nothing (fixed event ids are duplicates, users exist).
class DemoSeeder
{
public:
    struct Result
    {
        bool ok = false;
        int events = 0;
        int duplicates = 0;
        QString error;
    };

    DemoSeeder(Store *store, ProfileEngine *engine, const PhoneNormalizer *phones, Clock clock,
               int passwordIterations);
    Result seed();
    // seed(), then the seed's "historyEvents" (past weeks of carts, emails and
    // purchases) and the logged outcomes of its "outcomes" list (past calls
    // and store visits for the supervisor's log), each stored once.
    Result seedWithHistory();

    static QJsonObject seedData();

private:
    // Ingests `events` (minutesAgo instead of a timestamp); false and
    // result->error on the first that cannot be parsed or stored.
    bool ingestEvents(const QJsonArray &events, const QString &listName, Result *result);

    Store *m_store;
    ProfileEngine *m_engine;
    const PhoneNormalizer *m_phones;
    Clock m_clock;
    int m_iterations;
};

} // namespace omnidesk::server
