#pragma once

#include "store/Sql.h"

#include <vector>

namespace vv::migrations {

/// One numbered, forward-only schema step, read from :/store/migrations/NNNN_name.sql.
struct Migration {
    int version = 0;
    QString name;
    QString sql;
};

const std::vector<Migration> &all();
int latest();

/// The schema version recorded in the project (0 for an empty database).
Result<int> currentVersion(const QSqlDatabase &db);
/// Applies every migration after the current one up to upTo, each in its own transaction.
Status migrate(const QSqlDatabase &db, sql::Dialect dialect, int upTo);

} // namespace vv::migrations
