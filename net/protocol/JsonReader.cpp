#include "JsonReader.h"

#include <QDate>

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

namespace {

// Wire times are UTC with milliseconds, "2026-11-23T09:30:00.000Z". The
// service's store writes and reads several per ingested event, so that exact
// spelling is formatted and parsed by plain arithmetic; anything else
// (another spelling or offset, a year outside 1-9999) goes through QDateTime.
constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kEpochJulianDay = 2'440'588; // 1970-01-01

QString generalWireTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime generalFromWireTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

QString toWireTime(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    const qint64 ms = time.toMSecsSinceEpoch();
    const qint64 dayMs = ((ms % kDayMs) + kDayMs) % kDayMs;
    const QDate date = QDate::fromJulianDay((ms - dayMs) / kDayMs + kEpochJulianDay);
    if (date.year() < 1 || date.year() > 9999)
        return generalWireTime(time);
    char text[24];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, date.year(), 4);
    text[4] = '-';
    put(5, date.month(), 2);
    text[7] = '-';
    put(8, date.day(), 2);
    text[10] = 'T';
    put(11, int(dayMs / 3'600'000), 2);
    text[13] = ':';
    put(14, int(dayMs / 60'000 % 60), 2);
    text[16] = ':';
    put(17, int(dayMs / 1000 % 60), 2);
    text[19] = '.';
    put(20, int(dayMs % 1000), 3);
    text[23] = 'Z';
    return QString::fromLatin1(text, 24);
}

QDateTime fromWireTime(const QString &text)
{
    // yyyy-MM-ddTHH:mm:ss.zzzZ, nothing else.
    static constexpr char kPattern[] = "dddd-dd-ddTdd:dd:dd.dddZ";
    if (text.size() != 24)
        return generalFromWireTime(text);
    int digits[17];
    int n = 0;
    for (int i = 0; i < 24; ++i) {
        const char16_t c = text.at(i).unicode();
        if (kPattern[i] == 'd') {
            if (c < u'0' || c > u'9')
                return generalFromWireTime(text);
            digits[n++] = c - u'0';
        } else if (c != char16_t(kPattern[i])) {
            return generalFromWireTime(text);
        }
    }
    const auto number = [&digits](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i)
            value = value * 10 + digits[i];
        return value;
    };
    const QDate date(number(0, 4), number(4, 2), number(6, 2));
    const int hour = number(8, 2);
    const int minute = number(10, 2);
    const int second = number(12, 2);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return generalFromWireTime(text);
    const qint64 ms = (date.toJulianDay() - kEpochJulianDay) * kDayMs +
                      ((hour * 60 + minute) * 60 + second) * qint64(1000) + number(14, 3);
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace omnidesk::protocol
