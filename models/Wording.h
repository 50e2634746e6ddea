#pragma once

#include <QDateTime>
#include <QString>

#include <memory>

class QTranslator;

namespace omnidesk {

// Words written for a person to read in one language: timeline summaries,
// next-step reasons, "3 days ago". The desktop and the service format through
// the same code. The desktop's Wording reads the translations installed in the
// application (QCoreApplication::translate); the service, which installs none,
// holds one catalogue per language a client asked for (the desktop's shipped
// .qm files) and formats each client's texts with that client's catalogue.
//
// Strings go through text() with a context and a source literal, so lupdate
// finds them when they are marked with QT_TRANSLATE_NOOP / QT_TRANSLATE_N_NOOP.
class Wording
{
public:
    // The application's installed translations (English when none is installed).
    Wording();
    // One catalogue for `language` ("pt_BR"); a null catalogue means English.
    Wording(std::shared_ptr<const QTranslator> catalogue, QString language);

    // The shipped catalogue that matches a client's language code ("pt-BR",
    // "de"), or English when none does or the code is empty.
    static Wording forLanguage(const QString &code);
    // English from the shipped English catalogue (its plural forms), made once.
    static const Wording &english();

    // The language code, "en" for the source language.
    QString language() const { return m_language; }

    // The translation of source in context, the source itself when the
    // catalogue lacks it. With n >= 0, picks the plural form for n and
    // replaces "%n" with n.
    QString text(const char *context, const char *source, int n = -1) const;

    // How long before `now` `then` was: "just now", "5 minutes ago", "1 hour
    // ago", "3 days ago" (whole units, rounded down).
    QString ago(const QDateTime &then, const QDateTime &now) const;

private:
    std::shared_ptr<const QTranslator> m_catalogue;
    QString m_language = QStringLiteral("en");
    bool m_application = true; // use QCoreApplication::translate
};

} // namespace omnidesk
