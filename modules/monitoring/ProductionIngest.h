#pragma once

#include "core/Error.h"
#include "core/Progress.h"
#include "store/MonitoringTable.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

namespace vv {
class ProjectStore;
}

namespace vv::monitoring {

/// Which columns of a production export hold what, and its dialect.
struct IngestOptions {
    QString timeColumn;
    QString labelColumn;
    QString scoreColumn;
    QString idColumn; ///< optional: with it, a later file fills in the labels of rows stored before
    QString groupColumn; ///< optional: subgroup AUROC per value
    QStringList featureColumns;
    char delimiter = 0; ///< 0 detects it
    char decimal = '.';
    QString positiveLabel; ///< the positive class of named labels; empty for 0/1 and true/false
};

/// Where production rows come from: a CSV file, or a query on the hospital's PostgreSQL database.
struct ProductionSource {
    QString csvPath;
    QString connection; ///< postgresql://USER@HOST:PORT/DATABASE, for a query
    QString query;
    bool isQuery() const { return !connection.isEmpty() || !query.isEmpty(); }
};

/// Reads production predictions from CSV into the project: one transaction per file, idempotent, late labels
/// filled in by id. Times without an offset are wall-clock times in the plan's time zone.
class ProductionIngest {
    Q_DECLARE_TR_FUNCTIONS(vv::monitoring::ProductionIngest)
public:
    static Result<IngestCount> fromCsv(ProjectStore &store, const QString &path, const IngestOptions &options,
                                       const CancellationToken *cancel = nullptr, const ProgressSink &progress = {});
    /// The same from a query on the hospital's PostgreSQL database (read-only; the password from the keychain as in
    /// team mode). Timestamps with a time zone are exact; those without are wall-clock times in the plan's zone.
    /// Errors name the query's rows and columns by number ("query:12:3").
    static Result<IngestCount> fromQuery(ProjectStore &store, const QString &connection, const QString &sql,
                                         const IngestOptions &options, const CancellationToken *cancel = nullptr,
                                         const ProgressSink &progress = {});
    /// Either of the above, as source says.
    static Result<IngestCount> from(ProjectStore &store, const ProductionSource &source, const IngestOptions &options,
                                    const CancellationToken *cancel = nullptr, const ProgressSink &progress = {});
    /// The names of the columns a query returns, without reading any of its rows (for choosing them before the
    /// ingest). The query runs read-only, wrapped so that it returns no row.
    static Result<QStringList> queryColumns(const QString &connection, const QString &sql);
    /// Parses a time cell: an ISO 8601 date or date-time, with "T" or a space, with or without seconds, fraction
    /// and offset. Without an offset the time is read in zone; a date alone is its midnight.
    static std::optional<qint64> parseTime(const QString &text, const QTimeZone &zone);
};

} // namespace vv::monitoring
