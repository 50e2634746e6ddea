#pragma once

#include "Clock.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace omnidesk::server {

class Store;

// Who is asking: a person signed in with a session token, or an integration
// with an API key.
struct Principal
{
    enum class Kind { User, Integration };
    Kind kind = Kind::User;
    QString id;   // user id, or the integration key's name
    QString role; // agent, store, supervisor, admin, or integration

    bool isPerson() const { return kind == Kind::User; }
};

// The HTTP endpoints and WebSocket requests that are authorised separately.
// GetProfile and LookupProfiles also cover the profile.open and lookup messages.
// Interactions covers GET /v1/interactions… and the interactions.query /
// interaction.get messages; Reports covers GET /v1/reports/…; Floor covers
// the floor.watch message (the live floor); Audit covers GET /v1/audit.
enum class Endpoint {
    PostEvents,
    PostCalls,
    GetProfile,
    LookupProfiles,
    Metrics,
    Health,
    LogOutcome,
    Interactions,
    Reports,
    Floor,
    Audit
};

// What a role may do with an endpoint. ViaLookup: only for a profile the
// person found with an audited lookup shortly before, or the profile of the
// agent's active call.
enum class Access { Denied, Allowed, ViaLookup };

// Resolves `Authorization: Bearer …` to a Principal (an integration key first,
// then a session token) and decides from one table which role may call which
// endpoint (docs/protocol.md, "Authentication and roles").
class Authorizer
{
public:
    struct Decision
    {
        int status = 200; // 200 go on, 401 unauthorized, 403 forbidden
        std::optional<Principal> principal;
        Access access = Access::Denied;
    };

    // How long a lookup lets an agent or store user open the profiles it found.
    static constexpr qint64 kLookupGrantSecs = 30 * 60;

    Authorizer(const Store *store, Clock clock);

    std::optional<Principal> resolve(const QByteArray &authorization) const;
    Decision authorize(Endpoint endpoint, const QByteArray &authorization) const;

    static Access access(Endpoint endpoint, const QString &role);
    // The roles of people (the user command accepts these).
    static QStringList personRoles();
    static QString integrationRole();
    // Roles that see phone numbers and emails unmasked.
    static bool revealsContactData(const QString &role);

private:
    const Store *m_store;
    Clock m_clock;
};

} // namespace omnidesk::server
