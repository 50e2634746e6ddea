#include "ProfileLookup.h"

#include "PhoneNormalizer.h"
#include "ProtocolCodec.h"

#include <QUrlQuery>

#include <algorithm>

namespace omnidesk::server {

namespace {
enum Rank { RankId = 0, RankPhone = 1, RankEmail = 2, RankName = 3 };
} // namespace

ProfileLookup::ProfileLookup(const Store *store, const PhoneNormalizer *phones)
    : m_store(store), m_phones(phones)
{}

QString ProfileLookup::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Phone:
        return QStringLiteral("phone");
    case Kind::Email:
        return QStringLiteral("email");
    case Kind::Text:
        break;
    }
    return QStringLiteral("q");
}

QString ProfileLookup::maskEmail(const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return QStringLiteral("\u2026");
    return email.left(1) + QStringLiteral("\u2026") + email.mid(at);
}

std::optional<ProfileLookup::Query> ProfileLookup::parse(const QUrlQuery &query, QString *error) const
{
    const Kind kinds[] = {Kind::Phone, Kind::Email, Kind::Text};
    std::optional<Query> found;
    int given = 0;
    for (const Kind kind : kinds) {
        const QString name = kindName(kind);
        if (!query.hasQueryItem(name))
            continue;
        ++given;
        found = Query{kind, query.queryItemValue(name, QUrl::FullyDecoded).trimmed()};
    }
    if (given != 1) {
        *error = QStringLiteral("give exactly one of phone, email or q");
        return std::nullopt;
    }
    return validate(*found, error);
}

std::optional<ProfileLookup::Query> ProfileLookup::parse(const protocol::Lookup &lookup, QString *error) const
{
    // The codec already checked that exactly one field is set.
    if (!lookup.phone.isEmpty())
        return validate(Query{Kind::Phone, lookup.phone}, error);
    if (!lookup.email.isEmpty())
        return validate(Query{Kind::Email, lookup.email}, error);
    return validate(Query{Kind::Text, lookup.q}, error);
}

std::optional<ProfileLookup::Query> ProfileLookup::validate(Query q, QString *error) const
{
    if (q.value.isEmpty()) {
        *error = kindName(q.kind) + QStringLiteral(": empty");
        return std::nullopt;
    }
    switch (q.kind) {
    case Kind::Phone:
        q.value = m_phones->toE164(q.value);
        if (q.value.isEmpty()) {
            *error = QStringLiteral("phone: not a phone number");
            return std::nullopt;
        }
        break;
    case Kind::Email:
        q.value = q.value.toLower();
        break;
    case Kind::Text:
        if (q.value.size() < kMinTextLength) {
            *error = QStringLiteral("q: at least %1 characters").arg(kMinTextLength);
            return std::nullopt;
        }
        break;
    }
    return q;
}

std::optional<ProfileLookup::Candidate> ProfileLookup::candidate(const QString &profileId, int rank,
                                                                 const QString &reason) const
{
    if (profileId.isEmpty())
        return std::nullopt;
    const std::optional<ProfileRecord> record = m_store->profile(profileId);
    if (!record)
        return std::nullopt;
    Candidate c;
    c.record = *record;
    c.rank = rank;
    c.reason = reason;
    for (const Identity &identity : m_store->identities(profileId)) {
        if (c.phone.isEmpty() && identity.ns == QLatin1StringView("Phone"))
            c.phone = identity.value;
        if (c.email.isEmpty() && identity.ns == QLatin1StringView("Email"))
            c.email = identity.value;
    }
    return c;
}

QList<ProfileLookup::Candidate> ProfileLookup::find(const Query &query) const
{
    QList<Candidate> list;
    const auto add = [&list](std::optional<Candidate> c) {
        if (!c)
            return;
        for (const Candidate &existing : std::as_const(list)) {
            if (existing.record.id == c->record.id)
                return; // already there with a better reason
        }
        list.append(std::move(*c));
    };
    switch (query.kind) {
    case Kind::Phone:
        // A phone may be shared (a household line): every profile with it.
        for (const QString &id : m_store->profileIdsForIdentity(QStringLiteral("Phone"), query.value))
            add(candidate(id, RankPhone, QStringLiteral("phone matches")));
        break;
    case Kind::Email:
        add(candidate(m_store->profileIdForIdentity(QStringLiteral("Email"), query.value), RankEmail,
                      QStringLiteral("email matches")));
        break;
    case Kind::Text: {
        add(candidate(query.value, RankId, QStringLiteral("id matches")));
        const QString reason = QStringLiteral("name contains \"%1\"").arg(query.value);
        for (const ProfileRecord &record : m_store->profilesByName(query.value, kMaxCandidates))
            add(candidate(record.id, RankName, reason));
        break;
    }
    }
    std::stable_sort(list.begin(), list.end(), [](const Candidate &a, const Candidate &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return a.record.updatedAt > b.record.updatedAt;
    });
    if (list.size() > kMaxCandidates)
        list.resize(kMaxCandidates);
    return list;
}

protocol::ProfileCandidate ProfileLookup::toCandidate(const Candidate &candidate, bool reveal)
{
    const ProfileRecord &r = candidate.record;
    protocol::ProfileCandidate c;
    c.profileId = r.id;
    c.name = r.name;
    c.tier = r.tier;
    c.reason = candidate.reason;
    c.cartItems = r.cart.itemCount();
    c.cartTotal = r.cart.total();
    c.currency = r.cart.currency;
    c.updatedAt = r.updatedAt;
    if (!candidate.phone.isEmpty())
        c.phone = reveal ? candidate.phone : maskPhone(candidate.phone);
    if (!candidate.email.isEmpty())
        c.email = reveal ? candidate.email : maskEmail(candidate.email);
    return c;
}

QJsonObject ProfileLookup::toJson(const Candidate &candidate, bool reveal)
{
    return protocol::ProtocolCodec::candidateToJson(toCandidate(candidate, reveal));
}

} // namespace omnidesk::server
