#include "core/Environment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace vv {

QString currentOsUser()
{
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QString env = qEnvironmentVariable("USER");
    return env.isEmpty() ? QStringLiteral("unknown") : env;
}

QString hostName()
{
    return QSysInfo::machineHostName();
}

QString dataDirectory()
{
    if (const QString env = qEnvironmentVariable("VEIVISER_DATA_DIR"); !env.isEmpty())
        return QDir::cleanPath(env);
    // Without a QCoreApplication (a library used from a plain main), the kernel still knows the executable.
    const QString exeDir = QCoreApplication::instance()
                               ? QCoreApplication::applicationDirPath()
                               : QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/self/exe"))).absolutePath();
    return QDir::cleanPath(exeDir + QStringLiteral("/../share/veiviser"));
}

} // namespace vv
