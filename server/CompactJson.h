#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringView>

namespace omnidesk::server {

// Writes JSON as compact UTF-8 text straight into a byte array, for the
// documents the store writes on every ingested event (the event body, the
// cart). QJsonDocument::toJson goes through QCborValue and a second copy;
// this writes in one pass. Any JSON reader reads the result back as the same
// values (doubles in their shortest exact form, non-finite ones as null).
class CompactJson
{
public:
    static QByteArray fromObject(const QJsonObject &object);

    static void appendValue(QByteArray &out, const QJsonValue &value);
    static void appendString(QByteArray &out, QStringView text);
    static void appendNumber(QByteArray &out, double value);
    static void appendInteger(QByteArray &out, qint64 value);
};

} // namespace omnidesk::server
