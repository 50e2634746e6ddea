#include "PhoneNormalizer.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace omnidesk::server {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneNormalizer::PhoneNormalizer(QString defaultRegion) : m_defaultRegion(std::move(defaultRegion).toUpper())
{}

QString PhoneNormalizer::toE164(const QString &text) const
{
    {
        const QMutexLocker lock(&m_mutex);
        if (const auto it = m_known.constFind(text); it != m_known.constEnd())
            return it.value();
    }
    if (text.size() > 80)
        return parse(text);           // no possible number (parse says so quickly): not worth keeping
    const QString e164 = parse(text); // libphonenumber's PhoneNumberUtil is thread-safe
    const QMutexLocker lock(&m_mutex);
    if (m_known.size() >= kCacheSize)
        m_known.clear();
    m_known.insert(text, e164);
    return e164;
}

QString PhoneNormalizer::parse(const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 64)
        return {};
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string input = trimmed.toStdString();
    const std::string region = m_defaultRegion.toStdString();
    if (util->Parse(input, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    if (!util->IsPossibleNumber(number))
        return {};
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    return QString::fromStdString(formatted);
}

} // namespace omnidesk::server
