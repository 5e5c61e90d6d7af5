#include "store/SqliteVersion.h"

#include <sqlite3.h>

namespace vv {

QString sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace vv
