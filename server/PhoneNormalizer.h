#pragma once

#include <QString>

namespace omnidesk::server {

// Turns phone numbers as integrations send them ("06 1234 5678",
// "+31 (0)6-12345678", "0031612345678") into E.164 ("+31612345678") using
// libphonenumber, with a default region for numbers without a country code.
class PhoneNormalizer
{
public:
    explicit PhoneNormalizer(QString defaultRegion = QStringLiteral("NL"));

    QString defaultRegion() const { return m_defaultRegion; }
    // E.164, or an empty string when the text is no possible phone number.
    QString toE164(const QString &text) const;

private:
    QString m_defaultRegion;
};

} // namespace omnidesk::server
