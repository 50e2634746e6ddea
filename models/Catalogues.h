#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace omnidesk {

// The shipped translation catalogues (resources/translations), compiled into
// omnidesk_models under :/i18n so that the desktop and the service carry the
// same ones.
class Catalogues
{
public:
    // Language codes: "en" (the source language) first, then every shipped
    // translation, e.g. {"en", "de", "es", "nl", "pt_BR"}.
    static QStringList availableLanguages();
    // The shipped language that matches code ("pt-BR", "pt_br", "pt" →
    // "pt_BR", "de_AT" → "de"); empty when none does.
    static QString match(const QString &code);
    // The shipped language a reader prefers most from an HTTP Accept-Language
    // value ("pt-BR,pt;q=0.9,en;q=0.8"), by quality then order; empty when
    // none matches.
    static QString matchAcceptLanguage(const QByteArray &header);
    // The catalogue of a shipped language (exact code, as availableLanguages()
    // gives it), loaded once and shared; null when there is none. Thread-safe.
    static std::shared_ptr<const QTranslator> load(const QString &language);
    // The resource folder and file prefix: :/i18n/omnidesk_<code>.qm.
    static QString folder();
    static QString filePrefix();
};

} // namespace omnidesk
