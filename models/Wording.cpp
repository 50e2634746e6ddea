#include "Wording.h"

#include "Catalogues.h"

#include <QCoreApplication>
#include <QTranslator>

namespace omnidesk {

Wording::Wording() = default;

Wording::Wording(std::shared_ptr<const QTranslator> catalogue, QString language)
    : m_catalogue(std::move(catalogue)), m_language(std::move(language)), m_application(false)
{
    if (m_language.isEmpty())
        m_language = QStringLiteral("en");
}

Wording Wording::forLanguage(const QString &code)
{
    const QString language = Catalogues::match(code);
    if (language.isEmpty() || language == QLatin1StringView("en"))
        return english();
    return Wording(Catalogues::load(language), language);
}

const Wording &Wording::english()
{
    static const Wording instance(Catalogues::load(QStringLiteral("en")), QStringLiteral("en"));
    return instance;
}

QString Wording::text(const char *context, const char *source, int n) const
{
    if (m_application)
        return QCoreApplication::translate(context, source, nullptr, n);
    QString result;
    if (m_catalogue)
        result = m_catalogue->translate(context, source, nullptr, n);
    if (result.isEmpty())
        result = QString::fromUtf8(source);
    // QCoreApplication::translate replaces %n itself; a bare QTranslator does not.
    if (n >= 0)
        result.replace(QLatin1StringView("%n"), QString::number(n));
    return result;
}

QString Wording::ago(const QDateTime &then, const QDateTime &now) const
{
    const qint64 seconds = then.secsTo(now);
    if (seconds < 60)
        return text("Wording", QT_TRANSLATE_NOOP("Wording", "just now"));
    if (seconds < 3600)
        return text("Wording", QT_TRANSLATE_N_NOOP("Wording", "%n minute(s) ago"), int(seconds / 60));
    if (seconds < 86400)
        return text("Wording", QT_TRANSLATE_N_NOOP("Wording", "%n hour(s) ago"), int(seconds / 3600));
    return text("Wording", QT_TRANSLATE_N_NOOP("Wording", "%n day(s) ago"), int(seconds / 86400));
}

} // namespace omnidesk
