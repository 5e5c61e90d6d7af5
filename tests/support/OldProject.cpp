#include "OldProject.h"

#include "core/Json.h"
#include "store/AuditChain.h"
#include "store/Migrations.h"
#include "store/Sql.h"

#include <QSqlQuery>

namespace vv::test {

OldProject::OldProject(const QString &file, int version, const Clock &clock, const QString &name)
    : m_connection(QStringLiteral("old-project-%1").arg(file))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(file);
    if (!m_db.open()) {
        m_problem = QStringLiteral("cannot open %1").arg(file);
        return;
    }
    if (auto migrated = migrations::migrate(m_db, sql::Dialect::SQLite, version); !migrated) {
        m_problem = QStringLiteral("cannot build schema %1: %2").arg(version).arg(migrated.error().toString());
        return;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO project VALUES (1, ?, '0.9', 'both', '2025-01-01T00:00:00.000Z')"));
    q.addBindValue(name);
    if (!q.exec()) {
        m_problem = QStringLiteral("cannot insert the project");
        return;
    }
    if (!audit::append(m_db, clock, QStringLiteral("old"), QStringLiteral("project.create"),
                       Json{{"name", toStd(name)}, {"system_version", "0.9"}, {"role", "both"}}))
        m_problem = QStringLiteral("cannot append to the audit chain");
}

OldProject::~OldProject()
{
    close();
}

void OldProject::close()
{
    if (m_connection.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

} // namespace vv::test
