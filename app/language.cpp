#include "app/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <memory>

namespace bp {
namespace {

// lupdate 6.4's C++ parser does not understand `namespace bp::ui {` and files our widgets'
// strings under their bare class name ("MainWindow"), while tr() at run time asks for the
// qualified one ("bp::ui::MainWindow"). Looking up the bare name keeps both the sources and the
// .ts natural, instead of rewriting every namespace or post-processing the .ts after each lupdate.
class BareContextTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        QString found = QTranslator::translate(context, sourceText, disambiguation, n);
        if (found.isEmpty() && context) {
            const char *bare = std::strrchr(context, ':');
            if (bare && bare != context)
                found = QTranslator::translate(bare + 1, sourceText, disambiguation, n);
        }
        return found;
    }
};

bool isTranslated(const QString &language)
{
    return std::any_of(std::begin(kTranslatedLanguages), std::end(kTranslatedLanguages),
                       [&](const char *known) { return language == QLatin1String(known); });
}

} // namespace

QString resolveLanguage(const QString &requested)
{
    if (requested == QLatin1String("en") || isTranslated(requested))
        return requested;
    // uiLanguages() lists the user's preferences in order ("it-IT", "it", "en-US", ...).
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString language = name.section(u'-', 0, 0).toLower();
        if (language == QLatin1String("en") || isTranslated(language))
            return language;
    }
    return QStringLiteral("en");
}

std::unique_ptr<QTranslator> loadTranslation(const QString &language)
{
    auto translator = std::make_unique<BareContextTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/backprop-studio_%1.qm").arg(language)))
        return nullptr;
    return translator;
}

QString installTranslators(QCoreApplication &application, const QString &language)
{
    // Translators are children of the application, found again by object name when the
    // language changes (tests switch languages within one process).
    for (const char *name : {"bp-translator", "qt-translator"}) {
        if (auto *old = application.findChild<QTranslator *>(QLatin1String(name))) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    // English too has a file of ours: the plural forms the source text cannot give ("1 answer").
    const QString wanted =
        language == QLatin1String("en") || isTranslated(language) ? language : QStringLiteral("en");
    QString effective = QStringLiteral("en");
    if (std::unique_ptr<QTranslator> ours = loadTranslation(wanted)) {
        ours->setParent(&application);
        ours->setObjectName(QStringLiteral("bp-translator"));
        QCoreApplication::installTranslator(ours.release());
        effective = wanted;
        auto *qt = new QTranslator(&application);
        qt->setObjectName(QStringLiteral("qt-translator"));
        if (wanted != QLatin1String("en") && qt->load(QStringLiteral("qtbase_%1").arg(wanted),
                                                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    // Words in the chosen language, numbers as the core writes them (a point, no group separator):
    // spin boxes and any QLocale formatting follow the default locale, and "0,50" beside a graph
    // that prints 0.50 would make the class wonder whether they are two numbers.
    QLocale::setDefault(QLocale::c());
    return effective;
}

} // namespace bp
