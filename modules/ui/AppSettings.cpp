#include "ui/AppSettings.h"

#include "core/Translation.h"

#include <QFileInfo>
#include <QSettings>

namespace vv::ui {

QString AppSettings::language()
{
    const QString lang = QSettings().value(QStringLiteral("ui/language"), Translation::defaultLanguage()).toString();
    return Translation::isSupported(lang) ? lang : Translation::defaultLanguage();
}

void AppSettings::setLanguage(const QString &lang)
{
    QSettings().setValue(QStringLiteral("ui/language"), lang);
}

QStringList AppSettings::recentProjects()
{
    return QSettings().value(QStringLiteral("ui/recentProjects")).toStringList();
}

void AppSettings::addRecentProject(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list = recentProjects();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > maxRecent)
        list.removeLast();
    QSettings().setValue(QStringLiteral("ui/recentProjects"), list);
}

void AppSettings::removeRecentProject(const QString &path)
{
    QStringList list = recentProjects();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(QStringLiteral("ui/recentProjects"), list);
}

} // namespace vv::ui
