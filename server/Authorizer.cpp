#include "Authorizer.h"

#include "Store.h"

namespace omnidesk::server {

namespace {

struct Rule
{
    Endpoint endpoint;
    const char *role;
    Access access;
};

// The whole access policy. A role that is not listed for an endpoint is denied.
// Health is open to anybody, credentials or not, and is not listed.
constexpr Rule kRules[] = {
    {Endpoint::PostEvents, "integration", Access::Allowed},
    {Endpoint::PostEvents, "admin", Access::Allowed},

    {Endpoint::PostCalls, "integration", Access::Allowed},
    {Endpoint::PostCalls, "admin", Access::Allowed},

    {Endpoint::GetProfile, "integration", Access::Allowed},
    {Endpoint::GetProfile, "supervisor", Access::Allowed},
    {Endpoint::GetProfile, "admin", Access::Allowed},
    {Endpoint::GetProfile, "agent", Access::ViaLookup},
    {Endpoint::GetProfile, "store", Access::ViaLookup},

    {Endpoint::LookupProfiles, "agent", Access::Allowed},
    {Endpoint::LookupProfiles, "store", Access::Allowed},
    {Endpoint::LookupProfiles, "supervisor", Access::Allowed},
    {Endpoint::LookupProfiles, "admin", Access::Allowed},

    {Endpoint::LogOutcome, "agent", Access::Allowed},
    {Endpoint::LogOutcome, "store", Access::Allowed},

    {Endpoint::Interactions, "supervisor", Access::Allowed},
    {Endpoint::Interactions, "admin", Access::Allowed},

    {Endpoint::Reports, "supervisor", Access::Allowed},
    {Endpoint::Reports, "admin", Access::Allowed},

    {Endpoint::Floor, "supervisor", Access::Allowed},
    {Endpoint::Floor, "admin", Access::Allowed},

    {Endpoint::Audit, "supervisor", Access::Allowed},
    {Endpoint::Audit, "admin", Access::Allowed},

    {Endpoint::Metrics, "integration", Access::Allowed},
    {Endpoint::Metrics, "admin", Access::Allowed},
};

} // namespace

Authorizer::Authorizer(const Store *store, Clock clock) : m_store(store), m_clock(std::move(clock)) {}

QStringList Authorizer::personRoles()
{
    return {QStringLiteral("agent"), QStringLiteral("store"), QStringLiteral("supervisor"),
            QStringLiteral("admin")};
}

QString Authorizer::integrationRole()
{
    return QStringLiteral("integration");
}

bool Authorizer::revealsContactData(const QString &role)
{
    return role == QLatin1StringView("supervisor") || role == QLatin1StringView("admin");
}

Access Authorizer::access(Endpoint endpoint, const QString &role)
{
    if (endpoint == Endpoint::Health)
        return Access::Allowed;
    for (const Rule &rule : kRules) {
        if (rule.endpoint == endpoint && role == QLatin1StringView(rule.role))
            return rule.access;
    }
    return Access::Denied;
}

std::optional<Principal> Authorizer::resolve(const QByteArray &authorization) const
{
    if (!authorization.startsWith("Bearer "))
        return std::nullopt;
    const QString secret = QString::fromUtf8(authorization.mid(7).trimmed());
    if (secret.isEmpty())
        return std::nullopt;
    if (const std::optional<QString> key = m_store->apiKeyName(secret))
        return Principal{Principal::Kind::Integration, *key, integrationRole()};
    if (const auto user = m_store->userForToken(secret, m_clock()))
        return Principal{Principal::Kind::User, user->id, user->role};
    return std::nullopt;
}

Authorizer::Decision Authorizer::authorize(Endpoint endpoint, const QByteArray &authorization) const
{
    Decision decision;
    if (endpoint == Endpoint::Health) {
        decision.access = Access::Allowed;
        return decision;
    }
    decision.principal = resolve(authorization);
    if (!decision.principal) {
        decision.status = 401;
        return decision;
    }
    decision.access = access(endpoint, decision.principal->role);
    if (decision.access == Access::Denied)
        decision.status = 403;
    return decision;
}

} // namespace omnidesk::server
