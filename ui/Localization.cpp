#include "Localization.h"

#include "Catalogues.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace omnidesk::ui {

namespace {
const QString kSourceLanguage = QStringLiteral("en");
} // namespace

Localization::Localization() = default;

Localization::~Localization()
{
    uninstall();
}

QStringList Localization::availableLanguages()
{
    return Catalogues::availableLanguages();
}

QString Localization::displayName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (code.contains(QLatin1Char('_')))
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    return name.isEmpty() ? code : name;
}

QString Localization::match(const QString &code)
{
    return Catalogues::match(code);
}

QString Localization::systemLanguage()
{
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &language : uiLanguages) {
        const QString found = match(language);
        if (!found.isEmpty())
            return found;
    }
    return kSourceLanguage;
}

QString Localization::languageFromArguments(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(option + QLatin1Char('=')))
            return argument.mid(option.size() + 1);
    }
    return QString();
}

bool Localization::install(QCoreApplication &app, const QString &code)
{
    uninstall();
    const bool fromSystem = code.isEmpty() || code.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0;
    const QString language = fromSystem ? systemLanguage() : match(code);
    if (language.isEmpty())
        return false;

    m_language = language;
    const QLocale locale(language);
    if (!fromSystem) // numbers and dates follow the chosen language too
        QLocale::setDefault(locale);
    // English is the source language; its file only adds the plural forms ("%n item(s)").
    auto appTranslator = std::make_unique<QTranslator>();
    if (appTranslator->load(Catalogues::filePrefix() + language, Catalogues::folder())) {
        app.installTranslator(appTranslator.get());
        m_appTranslator = std::move(appTranslator);
    } else if (language != kSourceLanguage) {
        m_language = kSourceLanguage;
        return false;
    }
    if (language == kSourceLanguage)
        return true;

    // Qt's own strings (standard buttons, context menus), when the system has them.
    auto qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qtTranslator.get());
        m_qtTranslator = std::move(qtTranslator);
    }
    return true;
}

void Localization::uninstall()
{
    for (std::unique_ptr<QTranslator> *translator : {&m_appTranslator, &m_qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    }
    m_language = kSourceLanguage;
}

} // namespace omnidesk::ui
