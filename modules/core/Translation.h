#pragma once

#include <QString>
#include <QStringList>

namespace vv {

/// Loads Veiviser's and Qt's own translations; Bokmål ("nb") is the default, English ("en") on request.
class Translation {
public:
    static QStringList supportedLanguages() { return {QStringLiteral("nb"), QStringLiteral("en")}; }
    static QString defaultLanguage() { return QStringLiteral("nb"); }
    static bool isSupported(const QString &lang) { return supportedLanguages().contains(lang); }

    /// Replaces the installed translators; takes effect at once (widgets retranslate on LanguageChange).
    static bool install(const QString &lang);
    static QString current();
};

} // namespace vv
