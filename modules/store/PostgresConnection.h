#pragma once

// Internal to vv_store: connections to PostgreSQL by a postgresql:// address, for team projects and for reading
// production data from a hospital's database.

#include "core/Error.h"

#include <QSqlDatabase>

namespace vv {

/// Opens db as the QPSQL connection connectionName to location (postgresql://USER@HOST:PORT/DATABASE?options):
/// only connection options from the URL, never a password; the password from PGPASSWORD, the keychain or PGPASSFILE;
/// notices quiet, time zone UTC, text UTF-8.
Status openPostgres(QSqlDatabase &db, const QString &connectionName, const QString &location);
/// Closes and removes a connection, if there is one.
void closeConnection(QSqlDatabase &db, const QString &connectionName);

} // namespace vv
