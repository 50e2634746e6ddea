#include "Dispositions.h"

#include <QHash>

namespace omnidesk {

namespace {

constexpr char kContext[] = "Dispositions";

QString lookup(const QHash<QString, const char *> &names, const QString &code, const Wording &wording)
{
    const char *source = names.value(code);
    return source ? wording.text(kContext, source) : code;
}

} // namespace

QString Dispositions::label(const QString &code, const Wording &wording)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("sale"), QT_TRANSLATE_NOOP("Dispositions", "Sale")},
        {QStringLiteral("callback"), QT_TRANSLATE_NOOP("Dispositions", "Call back")},
        {QStringLiteral("not_interested"), QT_TRANSLATE_NOOP("Dispositions", "Not interested")},
        {QStringLiteral("info_only"), QT_TRANSLATE_NOOP("Dispositions", "Information only")},
        {QStringLiteral("complaint"), QT_TRANSLATE_NOOP("Dispositions", "Complaint")},
        {QStringLiteral("purchase_intent"), QT_TRANSLATE_NOOP("Dispositions", "Purchase intent")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("Dispositions", "Other")},
    };
    return lookup(names, code, wording);
}

QString Dispositions::followUpChannelLabel(const QString &channel, const Wording &wording)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("call"), QT_TRANSLATE_NOOP("Dispositions", "Phone call")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("Dispositions", "Email")},
        {QStringLiteral("sms"), QT_TRANSLATE_NOOP("Dispositions", "SMS")},
        {QStringLiteral("store"), QT_TRANSLATE_NOOP("Dispositions", "In store")},
    };
    return lookup(names, channel, wording);
}

} // namespace omnidesk
