#pragma once

// Internal to vv_store: the only code outside the store module that sees SQL is none.

#include "core/Error.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vv::sql {

enum class Dialect { SQLite, PostgreSQL };

/// Prepares, binds (positional ?) and executes one statement; a failure becomes an Error naming the context.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
/// QtSql binds a null QString as SQL NULL; text columns are NOT NULL and hold '' for "none".
inline QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
/// Runs a statement that returns one value; an empty result is an error.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});

Error error(const QSqlError &e, const QString &context);

/// The engine behind a connection (QSQLITE or QPSQL).
Dialect dialectOf(const QSqlDatabase &db);
/// Runs an INSERT and returns the new row's id, through RETURNING (SQLite 3.35+ and PostgreSQL alike; QPSQL's
/// lastInsertId() knows only OIDs).
Result<qint64> insertReturningId(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});

} // namespace vv::sql
