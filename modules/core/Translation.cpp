#include "core/Translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace vv {

namespace {
std::unique_ptr<QTranslator> g_app;
std::unique_ptr<QTranslator> g_qt;
QString g_current = Translation::defaultLanguage();
} // namespace

bool Translation::install(const QString &lang)
{
    if (!isSupported(lang))
        return false;
    // The .qm files are compiled into vv_translations as resources under :/i18n.
    if (g_app)
        QCoreApplication::removeTranslator(g_app.get());
    if (g_qt)
        QCoreApplication::removeTranslator(g_qt.get());
    g_app = std::make_unique<QTranslator>();
    g_qt = std::make_unique<QTranslator>();
    bool ok = true;
    // English is the source language, but its .qm carries the English plural forms of %n messages.
    ok = g_app->load(QStringLiteral(":/i18n/veiviser_") + lang + QStringLiteral(".qm"));
    if (ok)
        QCoreApplication::installTranslator(g_app.get());
    if (lang != QStringLiteral("en")) {
        // Qt's own dialogs and buttons; Debian ships these in qt6-translations-l10n.
        if (g_qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(g_qt.get());
    }
    QLocale::setDefault(QLocale(lang == QStringLiteral("nb") ? QLocale::NorwegianBokmal : QLocale::English,
                                lang == QStringLiteral("nb") ? QLocale::Norway : QLocale::UnitedKingdom));
    g_current = lang;
    return ok;
}

QString Translation::current()
{
    return g_current;
}

} // namespace vv
