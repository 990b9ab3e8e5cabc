#pragma once

#include <QString>

#include <memory>

class QCoreApplication;
class QTranslator;

namespace bp {

/// The languages the interface is translated into, besides English (the source language).
inline constexpr const char *kTranslatedLanguages[] = {"it"};

/// The language to use: `requested` ("en", "it") when it is one we have, else the system's first
/// UI language that we have, else English. An empty `requested` means "follow the system".
QString resolveLanguage(const QString &requested);

/// Loads our translation (embedded at build time) and Qt's own (qtbase, from the Qt installation,
/// for the standard dialogs' buttons) for `language` into `application`, replacing any loaded
/// before, and makes the default QLocale the C locale, so that numbers (spin boxes included) look
/// the same in every language, as the core prints them. Returns the language in effect.
QString installTranslators(QCoreApplication &application, const QString &language);

/// Our translation for `language` ("en": the plural forms only, "it"), not installed: for text that
/// a student reads in their own language while the window speaks the lecturer's. nullptr when
/// there is none.
std::unique_ptr<QTranslator> loadTranslation(const QString &language);

} // namespace bp
