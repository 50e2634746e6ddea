#pragma once

#include "Messages.h"
#include "Protocol.h"
#include "Store.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class QUrlQuery;

namespace omnidesk::server {

class PhoneNormalizer;

// GET /v1/profiles?phone=|email=|q=: finds every profile a person may mean,
// each with the reason it matched, best reason first and then the most
// recently active, so the desktop can offer a picker.
class ProfileLookup
{
public:
    static constexpr int kMaxCandidates = protocol::kMaxCandidates;
    static constexpr int kMinTextLength = 2;

    enum class Kind { Phone, Email, Text };
    struct Query
    {
        Kind kind = Kind::Text;
        QString value; // E.164 for Phone, lower case for Email, trimmed for Text
    };
    struct Candidate
    {
        ProfileRecord record;
        QString phone;
        QString email;
        int rank = 0; // 0 is best
        QString reason;
    };

    ProfileLookup(const Store *store, const PhoneNormalizer *phones);

    // Reads exactly one of phone, email, q; on failure sets *error (no
    // personal data in it) and returns nullopt.
    std::optional<Query> parse(const QUrlQuery &query, QString *error) const;
    // The same for the lookup message of the WebSocket protocol.
    std::optional<Query> parse(const protocol::Lookup &lookup, QString *error) const;
    QList<Candidate> find(const Query &query) const;

    // The candidate for the wire; phone and email masked unless `reveal`.
    static protocol::ProfileCandidate toCandidate(const Candidate &candidate, bool reveal);
    static QJsonObject toJson(const Candidate &candidate, bool reveal);
    static QString kindName(Kind kind);
    // "marta.jansen@example.com" -> "m…@example.com".
    static QString maskEmail(const QString &email);

private:
    std::optional<Candidate> candidate(const QString &profileId, int rank, const QString &reason) const;
    std::optional<Query> validate(Query query, QString *error) const;

    const Store *m_store;
    const PhoneNormalizer *m_phones;
};

} // namespace omnidesk::server
