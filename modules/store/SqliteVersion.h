#pragma once

#include <QString>

namespace vv {

/// The version of the SQLite library the store reads project files with, for the About box; callers need not link
/// SQLite.
QString sqliteVersion();

} // namespace vv
