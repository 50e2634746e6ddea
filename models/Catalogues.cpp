#include "Catalogues.h"

#include <QDir>
#include <QHash>
#include <QMutex>
#include <QTranslator>

#include <algorithm>

namespace omnidesk {

namespace {
const QString kSourceLanguage = QStringLiteral("en");

// "pt-br" → "pt_BR", "DE" → "de".
QString normalized(QString code)
{
    code.replace(QLatin1Char('-'), QLatin1Char('_'));
    const qsizetype underscore = code.indexOf(QLatin1Char('_'));
    if (underscore < 0)
        return code.toLower();
    return code.left(underscore).toLower() + QLatin1Char('_') + code.mid(underscore + 1).toUpper();
}
} // namespace

QString Catalogues::folder()
{
    return QStringLiteral(":/i18n");
}

QString Catalogues::filePrefix()
{
    return QStringLiteral("omnidesk_");
}

QStringList Catalogues::availableLanguages()
{
    // Compiled in: the list cannot change while the program runs.
    static const QStringList languages = [] {
        QStringList codes;
        const QString prefix = filePrefix();
        const QStringList files = QDir(folder()).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files);
        for (const QString &file : files) {
            const QString code = file.mid(prefix.size(), file.size() - prefix.size() - 3);
            if (code != kSourceLanguage)
                codes.append(code);
        }
        codes.sort();
        codes.prepend(kSourceLanguage);
        return codes;
    }();
    return languages;
}

QString Catalogues::match(const QString &code)
{
    const QString wanted = normalized(code);
    if (wanted.isEmpty())
        return QString();
    const QStringList available = availableLanguages();
    if (available.contains(wanted))
        return wanted;
    // "pt" → "pt_BR", "de_AT" → "de": the first one of the same language.
    const QString language = wanted.section(QLatin1Char('_'), 0, 0);
    for (const QString &candidate : available) {
        if (candidate.section(QLatin1Char('_'), 0, 0) == language)
            return candidate;
    }
    return QString();
}

QString Catalogues::matchAcceptLanguage(const QByteArray &header)
{
    struct Range
    {
        QString code;
        double quality = 1;
    };
    QList<Range> ranges;
    for (const QByteArray &part : header.split(',')) {
        const QList<QByteArray> fields = part.split(';');
        Range range{QString::fromLatin1(fields.first().trimmed()), 1};
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const QByteArray field = fields.at(i).trimmed();
            if (field.startsWith("q=")) {
                bool ok = false;
                range.quality = field.mid(2).toDouble(&ok);
                if (!ok)
                    range.quality = 0;
            }
        }
        if (!range.code.isEmpty() && range.code != QLatin1StringView("*") && range.quality > 0)
            ranges.append(range);
    }
    std::stable_sort(ranges.begin(), ranges.end(),
                     [](const Range &a, const Range &b) { return a.quality > b.quality; });
    for (const Range &range : std::as_const(ranges)) {
        const QString found = match(range.code);
        if (!found.isEmpty())
            return found;
    }
    return QString();
}

std::shared_ptr<const QTranslator> Catalogues::load(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const QTranslator>> loaded;
    const QMutexLocker locker(&mutex);
    const auto found = loaded.constFind(language);
    if (found != loaded.constEnd())
        return *found;
    auto translator = std::make_shared<QTranslator>();
    std::shared_ptr<const QTranslator> result;
    if (!language.isEmpty() && translator->load(filePrefix() + language, folder()))
        result = std::move(translator);
    loaded.insert(language, result);
    return result;
}

} // namespace omnidesk
