#pragma once

// A project file exactly as an older Veiviser left it, for the tests of migrations and of reading older formats.

#include <QSqlDatabase>
#include <QString>

namespace vv {
class Clock;
}

namespace vv::test {

/// Builds a project at an older schema version on its own connection: the schema up to `version`, one project
/// (name, system version 0.9, role both) and its audit entry. A test adds what it needs through database() before
/// the file is closed, by close() or when this goes.
class OldProject {
public:
    OldProject(const QString &file, int version, const Clock &clock, const QString &name = QStringLiteral("Old"));
    ~OldProject();
    OldProject(const OldProject &) = delete;
    OldProject &operator=(const OldProject &) = delete;

    /// Empty when the project was built; else what went wrong.
    QString problem() const { return m_problem; }
    const QSqlDatabase &database() const { return m_db; }
    /// Closes the file (every query on database() must have gone).
    void close();

private:
    QString m_connection;
    QSqlDatabase m_db;
    QString m_problem;
};

} // namespace vv::test
