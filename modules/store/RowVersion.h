#pragma once

#include "store/ProjectStore.h"

#include <optional>
#include <vector>

namespace vv {

class Transaction;

/// Optimistic concurrency for one table's editable rows. Each row carries `row_version` (migration 9 adds it;
/// a new table declares `row_version BIGINT NOT NULL DEFAULT 1`). A save names the version it was based on;
/// check() refuses it with a conflict naming who changed the row and when, and an UPDATE adds bump() to its SET
/// list. Transactions hold the project's write lock (BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL),
/// so a check and the write that follows it cannot be overtaken. A table adopts this with one line, such as
/// `static const VersionedRows rows{"answers", "fact_id", "actor", "answered_at"};`.
class VersionedRows {
    Q_DECLARE_TR_FUNCTIONS(vv::VersionedRows)
public:
    VersionedRows(const char *table, const char *key, const char *changedBy, const char *changedAt)
        : m_table(table), m_key(key), m_changedBy(changedBy), m_changedAt(changedAt) {}

    /// Passes when expected is nullopt (the caller overwrites on purpose), when expected is 0 and no row has this
    /// key, or when the row's version equals expected. Otherwise an Error of kind Conflict, saying what (the
    /// user's name for the row, such as "the answer to ai.purpose") was changed by whom and when.
    Status check(Transaction &tx, const QVariant &key, std::optional<qint64> expected, const QString &what) const;
    /// The SET clause that moves a row to its next version ("row_version = answers.row_version + 1").
    QString bump() const;
    /// The row's current version, 0 when there is no such row.
    Result<qint64> current(const QSqlDatabase &db, const QVariant &key) const;

private:
    const char *m_table;
    const char *m_key;
    const char *m_changedBy;
    const char *m_changedAt;
};

/// The row with this id among a table's rows read whole (deviations, hazards: tens of rows, not thousands), or
/// notFound.
template <typename Row>
Result<Row> rowById(Result<std::vector<Row>> rows, qint64 id, const Error &notFound)
{
    if (!rows)
        return rows.error();
    for (const Row &r : *rows)
        if (r.id == id)
            return r;
    return notFound;
}

} // namespace vv
