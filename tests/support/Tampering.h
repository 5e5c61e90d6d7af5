#pragma once

// Changes a project file the way someone with sqlite3 and knowledge of the audit scheme would, for the tests that
// prove such changes are detected (tst_audit, tst_packages).

#include <QString>
#include <QStringList>

namespace vv::test {

/// Runs the statements on the file through a connection of its own; false (with a warning) if one fails.
bool tamper(const QString &file, const QStringList &sql);
/// The statements that recompute every audit hash from entry `from` on, and the recorded head: a consistent
/// rewrite of history, which nothing inside the file can tell from the real one.
QStringList rechainFrom(const QString &file, qint64 from);

} // namespace vv::test
