#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace omnidesk::server {

// Turns phone numbers as integrations send them ("06 1234 5678",
// "+31 (0)6-12345678", "0031612345678") into E.164 ("+31612345678") using
// libphonenumber, with a default region for numbers without a country code.
// Answers are remembered (a bounded table, emptied when full): the same
// numbers come back with every event of a caller, and libphonenumber's
// regular expressions are the costly part of parsing an event.
// Safe to use from several threads (the ingest path parses events on a
// worker thread, XdmBatchParser.h): the table is behind a mutex.
class PhoneNormalizer
{
public:
    // Texts remembered at most; then the table starts afresh.
    static constexpr int kCacheSize = 4096;

    explicit PhoneNormalizer(QString defaultRegion = QStringLiteral("NL"));

    QString defaultRegion() const { return m_defaultRegion; }
    // E.164, or an empty string when the text is no possible phone number.
    QString toE164(const QString &text) const;

private:
    QString parse(const QString &text) const;

    QString m_defaultRegion;
    mutable QMutex m_mutex;                  // guards m_known
    mutable QHash<QString, QString> m_known; // text as given -> toE164's answer
};

} // namespace omnidesk::server
