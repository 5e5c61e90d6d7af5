#pragma once

#include <QStringList>

namespace vv::ui {

/// The user's settings that outlive a session (QSettings): language and recently opened projects.
class AppSettings {
public:
    static QString language();
    static void setLanguage(const QString &lang);

    static QStringList recentProjects();
    /// Moves path to the front of the list (at most maxRecent entries).
    static void addRecentProject(const QString &path);
    static void removeRecentProject(const QString &path);
    static constexpr int maxRecent = 8;
};

} // namespace vv::ui
