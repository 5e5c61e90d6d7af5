#include "core/Translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace vv {

namespace {

// The texts Qt gives its standard buttons (QDialogButtonBox, QMessageBox), under the contexts Qt looks them up in.
// Debian ships Qt's own translations in Nynorsk but not in Bokmål, so without these every OK, Cancel and Close would
// stay English in a Bokmål window; listed here, lupdate puts them in veiviser_nb.ts, whose translator answers for
// every context. QGnomeTheme is the one desktop theme that words some of them its own way.
[[maybe_unused]] const char *const standardButtonTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),         QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),   QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),       QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),        QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),      QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),     QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),     QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),       QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),      QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),           QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),       QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving"),
};

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
