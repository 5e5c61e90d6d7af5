#include "store/ExternalQuery.h"

#include "store/PostgresConnection.h"
#include "store/Sql.h"

#include <QSqlField>
#include <QSqlRecord>
#include <QUuid>

namespace vv {

Result<std::unique_ptr<ExternalQuery>> ExternalQuery::run(const QString &location, const QString &sql)
{
    if (!location.startsWith(QStringLiteral("postgresql://")) && !location.startsWith(QStringLiteral("postgres://")))
        return Error::input(tr("the connection must be a PostgreSQL address, not '%1'").arg(location),
                            tr("Write postgresql://USER@HOST:PORT/DATABASE; the password comes from the keychain "
                               "('veiviser-cli secret set --database ADDRESS'), PGPASSFILE or PGPASSWORD."));
    if (sql.trimmed().isEmpty() || sql.size() > maxQueryBytes)
        return Error::input(tr("the query must be given, and be shorter than %1 characters").arg(maxQueryBytes));
    std::unique_ptr<ExternalQuery> q(new ExternalQuery);
    q->m_name = QStringLiteral("veiviser-external-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    VV_TRY(openPostgres(q->m_db, q->m_name, location));
    VV_TRY(sql::exec(q->m_db, QStringLiteral("SET default_transaction_read_only = on")));
    q->m_query = std::make_unique<QSqlQuery>(q->m_db);
    q->m_query->setForwardOnly(true);
    if (!q->m_query->exec(sql))
        return Error::input(tr("the query failed: %1").arg(q->m_query->lastError().text().trimmed()),
                            tr("Check the query in psql first; it must return the columns given with --time, "
                               "--label and --score."));
    const QSqlRecord record = q->m_query->record();
    constexpr int timestamptzOid = 1184; // PostgreSQL's type of timestamp with time zone
    for (int i = 0; i < record.count(); ++i) {
        q->m_columns << record.fieldName(i);
        q->m_instants << (record.field(i).typeID() == timestamptzOid);
    }
    return q;
}

ExternalQuery::~ExternalQuery()
{
    m_query.reset(); // before its connection goes
    closeConnection(m_db, m_name);
}

Result<bool> ExternalQuery::next(QVariantList &values)
{
    if (!m_query->next()) {
        if (m_query->lastError().isValid())
            return Error::runtime(tr("reading the query's rows failed: %1").arg(m_query->lastError().text().trimmed()));
        return false;
    }
    values.clear();
    for (int i = 0; i < m_columns.size(); ++i)
        values << m_query->value(i);
    return true;
}

} // namespace vv
