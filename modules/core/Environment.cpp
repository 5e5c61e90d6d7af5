#include "core/Environment.h"

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

} // namespace vv
