#include "JsonReader.h"

#include <cmath>

namespace omnidesk::protocol {

JsonReader::JsonReader(const QJsonObject &object, QString path, JsonError *error)
    : m_object(object), m_path(std::move(path)), m_error(error)
{}

bool JsonReader::has(QLatin1StringView key) const
{
    return m_object.contains(key);
}

bool JsonReader::isNull(QLatin1StringView key) const
{
    return m_object.contains(key) && m_object.value(key).isNull();
}

QString JsonReader::pathOf(QLatin1StringView key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + QLatin1Char('.') + key;
}

void JsonReader::fail(const QString &field, const QString &reason) const
{
    if (!m_error->isSet())
        *m_error = JsonError{field, reason};
}

QJsonValue JsonReader::value(QLatin1StringView key, Presence presence, bool *present) const
{
    const auto it = m_object.constFind(key);
    *present = it != m_object.constEnd() && !it->isNull();
    if (!*present && presence == Presence::Required)
        fail(pathOf(key), QStringLiteral("missing"));
    return *present ? *it : QJsonValue();
}

QString JsonReader::string(QLatin1StringView key, Presence presence, int maxChars) const
{
    bool present = false;
    const QJsonValue v = value(key, presence, &present);
    if (!present)
        return {};
    if (!v.isString()) {
        fail(pathOf(key), QStringLiteral("expected a string"));
        return {};
    }
    QString s = v.toString();
    if (s.size() > maxChars) {
        fail(pathOf(key), QStringLiteral("longer than %1 characters").arg(maxChars));
        return {};
    }
    return s;
}

qint64 JsonReader::integer(QLatin1StringView key, Presence presence, qint64 min, qint64 max) const
{
    bool present = false;
    const QJsonValue v = value(key, presence, &present);
    if (!present)
        return 0;
    const double d = v.toDouble(std::nan(""));
    // 2^53: beyond it a double no longer holds every integer exactly.
    constexpr double kExact = 9007199254740992.0;
    if (!v.isDouble() || !std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > kExact) {
        fail(pathOf(key), QStringLiteral("expected an integer"));
        return 0;
    }
    const auto n = static_cast<qint64>(d);
    if (n < min || n > max) {
        fail(pathOf(key), QStringLiteral("out of range [%1, %2]").arg(min).arg(max));
        return 0;
    }
    return n;
}

bool JsonReader::boolean(QLatin1StringView key, Presence presence) const
{
    bool present = false;
    const QJsonValue v = value(key, presence, &present);
    if (!present)
        return false;
    if (!v.isBool()) {
        fail(pathOf(key), QStringLiteral("expected true or false"));
        return false;
    }
    return v.toBool();
}

QDateTime JsonReader::dateTime(QLatin1StringView key, Presence presence) const
{
    const QString text = string(key, presence, 64);
    if (text.isEmpty()) {
        if (has(key) && !isNull(key) && ok())
            fail(pathOf(key), QStringLiteral("expected an ISO 8601 time"));
        return {};
    }
    const QDateTime time = fromWireTime(text);
    if (!time.isValid())
        fail(pathOf(key), QStringLiteral("expected an ISO 8601 time"));
    return time;
}

JsonReader JsonReader::child(QLatin1StringView key, Presence presence) const
{
    bool present = false;
    const QJsonValue v = value(key, presence, &present);
    if (present && !v.isObject())
        fail(pathOf(key), QStringLiteral("expected an object"));
    return JsonReader(v.toObject(), pathOf(key), m_error);
}

QJsonArray JsonReader::array(QLatin1StringView key, Presence presence, int maxItems) const
{
    bool present = false;
    const QJsonValue v = value(key, presence, &present);
    if (!present)
        return {};
    if (!v.isArray()) {
        fail(pathOf(key), QStringLiteral("expected an array"));
        return {};
    }
    QJsonArray a = v.toArray();
    if (a.size() > maxItems) {
        fail(pathOf(key), QStringLiteral("more than %1 items").arg(maxItems));
        return {};
    }
    return a;
}

JsonReader JsonReader::element(QLatin1StringView key, const QJsonArray &array, qsizetype index) const
{
    const QString path = pathOf(key) + QStringLiteral("[%1]").arg(index);
    const QJsonValue v = array.at(index);
    if (!v.isObject())
        fail(path, QStringLiteral("expected an object"));
    return JsonReader(v.toObject(), path, m_error);
}

QString toWireTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromWireTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace omnidesk::protocol
