#include "store/Sql.h"

namespace vv::sql {

Error error(const QSqlError &e, const QString &context)
{
    QString detail = e.databaseText();
    if (detail.isEmpty())
        detail = e.text();
    return Error::runtime(QCoreApplication::translate("vv::ProjectStore", "%1: database error: %2").arg(context, detail),
                          QCoreApplication::translate("vv::ProjectStore",
                                                      "Nothing was changed. If this repeats, run 'audit verify' "
                                                      "and check the disk."));
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // QPSQL prepares with PREPARE ... AS, which PostgreSQL allows only for queries and DML; statements without
    // values (BEGIN, SET, CREATE, GRANT, ...) therefore run directly.
    if (binds.isEmpty()) {
        if (!q.exec(sql))
            return error(q.lastError(), sql.simplified().left(60));
        return q;
    }
    if (!q.prepare(sql))
        return error(q.lastError(), sql.simplified().left(60));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return error(q.lastError(), sql.simplified().left(60));
    return q;
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    auto q = exec(db, sql, binds);
    if (!q)
        return q.error();
    if (!q->next())
        return Error::runtime(QCoreApplication::translate("vv::ProjectStore", "%1: no result")
                                  .arg(sql.simplified().left(60)));
    return q->value(0);
}

Dialect dialectOf(const QSqlDatabase &db)
{
    return db.driverName() == QStringLiteral("QPSQL") ? Dialect::PostgreSQL : Dialect::SQLite;
}

Result<qint64> insertReturningId(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    auto id = scalar(db, sql + QStringLiteral(" RETURNING id"), binds);
    if (!id)
        return id.error();
    return id->toLongLong();
}

} // namespace vv::sql
