#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <limits>

namespace omnidesk::protocol {

// The first validation failure found while reading a JSON document: which
// field (a path such as "payload.cart.lines[2].quantity") and why.
struct JsonError
{
    QString field;
    QString reason;

    bool isSet() const { return !reason.isEmpty(); }
    QString toString() const { return field.isEmpty() ? reason : field + QStringLiteral(": ") + reason; }
};

// Reads fields of a JSON object with type and range checks. Every accessor
// returns a harmless default on failure and records only the first error, so
// a decoder can read a whole structure and check ok() once at the end.
class JsonReader
{
public:
    enum class Presence { Required, Optional };

    JsonReader(const QJsonObject &object, QString path, JsonError *error);

    bool ok() const { return !m_error->isSet(); }
    bool has(QLatin1StringView key) const;
    const QJsonObject &object() const { return m_object; }
    QString pathOf(QLatin1StringView key) const;
    void fail(const QString &field, const QString &reason) const;

    QString string(QLatin1StringView key, Presence presence = Presence::Required, int maxChars = 4096) const;
    qint64 integer(QLatin1StringView key, Presence presence = Presence::Required, qint64 min = 0,
                   qint64 max = std::numeric_limits<qint32>::max()) const;
    bool boolean(QLatin1StringView key, Presence presence = Presence::Required) const;
    QDateTime dateTime(QLatin1StringView key, Presence presence = Presence::Required) const;
    // An object field as a nested reader; absent optional objects read as empty.
    JsonReader child(QLatin1StringView key, Presence presence = Presence::Required) const;
    QJsonArray array(QLatin1StringView key, Presence presence = Presence::Required,
                     int maxItems = 10'000) const;
    // A reader over element `index` of an array read from field `key`; fails if it is no object.
    JsonReader element(QLatin1StringView key, const QJsonArray &array, qsizetype index) const;
    // True when the field is present and JSON null.
    bool isNull(QLatin1StringView key) const;

private:
    QJsonValue value(QLatin1StringView key, Presence presence, bool *present) const;

    QJsonObject m_object;
    QString m_path;
    JsonError *m_error;
};

// Time stamps on the wire: ISO 8601, UTC, milliseconds.
QString toWireTime(const QDateTime &time);
QDateTime fromWireTime(const QString &text);

} // namespace omnidesk::protocol
