#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace omnidesk::ui {

// The desktop's language: the translations shipped inside the binary
// (resources/translations, embedded under :/i18n) plus Qt's own strings
// (qtbase_<lang>.qm from QLibraryInfo's translations folder, when installed).
//
// Install before any window is created: widgets take their texts when they
// are built, so a language chosen later applies at the next start.
class Localization
{
    Q_DECLARE_TR_FUNCTIONS(omnidesk::ui::Localization)
public:
    Localization();
    ~Localization(); // removes its translators from the application
    Localization(const Localization &) = delete;
    Localization &operator=(const Localization &) = delete;

    // Language codes: "en" (the source language) and every shipped
    // translation, e.g. {"en", "de", "es", "nl", "pt_BR"}.
    static QStringList availableLanguages();
    // The language's own name, e.g. "Deutsch", "português (Brasil)".
    static QString displayName(const QString &code);
    // The shipped language that matches code ("pt-BR", "pt_br", "pt" → "pt_BR",
    // "de_AT" → "de"); empty when none does.
    static QString match(const QString &code);
    // The best shipped language for the system's UI languages, else "en".
    static QString systemLanguage();
    // The value of --lang in a command line (--lang X or --lang=X), else empty;
    // read before the parser runs, so --help is already translated.
    static QString languageFromArguments(const QStringList &arguments);

    // Installs the translators for code ("" or "system": the system language);
    // a language chosen explicitly also becomes the default QLocale. Returns false, leaving English, when
    // code names no shipped language.
    bool install(QCoreApplication &app, const QString &code);
    // The language installed last ("en" before any install).
    QString language() const { return m_language; }

private:
    void uninstall();

    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_language = QStringLiteral("en");
};

} // namespace omnidesk::ui
