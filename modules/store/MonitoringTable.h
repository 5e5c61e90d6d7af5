#pragma once

#include "core/Error.h"
#include "core/Json.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace vv {

class ProjectStore;
class Transaction;

/// One stored version of a project's monitoring plan.
struct MonitoringPlanVersion {
    int version = 0;
    Json plan; ///< the checked plan (monitoring/MonitoringPlan reads it)
    QString source; ///< the YAML as the user gave it
    QDateTime validFrom; ///< when it was stored; windows that ended earlier keep the version before it
    QString actor;
};

/// One production prediction with its outcome once known.
struct ProductionRow {
    QString key; ///< the row's id, or a digest of its content when the file has no id column
    qint64 timeMs = 0; ///< UTC milliseconds since the epoch
    double score = 0;
    std::optional<bool> label; ///< unknown until the outcome arrives
    QString group;
    std::vector<double> features; ///< in the order of MonitoringTable::features(); NaN where missing
    qint64 line = 0; ///< where the row came from (its line in the file, its row in the query), for errors; 0: unknown
};

/// Whether a reader of production rows needs their keys (the windows do not; making strings of them costs time).
enum class RowKey { Read, Skip };

/// Reads production rows through a read-only connection of its own, so that windows can be read on several threads
/// at once; one thread at a time uses one reader.
class ProductionRowReader {
public:
    ~ProductionRowReader();
    ProductionRowReader(const ProductionRowReader &) = delete;
    ProductionRowReader &operator=(const ProductionRowReader &) = delete;
    /// As MonitoringTable::forEachRow with RowKey::Skip.
    Status forEachRow(qint64 fromMs, qint64 toMs, const std::function<Status(const ProductionRow &)> &visit) const;

private:
    friend class MonitoringTable;
    ProductionRowReader(sqlite3 *handle, int width) : m_handle(handle), m_width(width) { }
    sqlite3 *m_handle;
    int m_width;
};

/// What an ingest did to the stored rows.
struct IngestCount {
    qint64 read = 0;
    qint64 added = 0;
    qint64 labelsFilled = 0;
    qint64 unchanged = 0;
};

/// An alarm someone has handled, so it no longer counts as open.
struct AlarmAcknowledgement {
    QString windowStart; ///< yyyy-MM-dd
    QString metric;
    QString note;
    QDateTime time;
    QString actor;
};

/// The project's monitoring data: plan versions, production rows with late outcomes, ingests, acknowledged alarms.
/// Every write is one audited transaction; row values stay out of the audit (they are health data), the file's
/// SHA-256 and the counts go in.
class MonitoringTable {
    Q_DECLARE_TR_FUNCTIONS(vv::MonitoringTable)
public:
    explicit MonitoringTable(ProjectStore &store) : m_store(store) { }

    /// Stores a new plan version; returns its number. An unchanged plan stores nothing and returns the current one.
    Result<int> addPlan(const Json &plan, const QString &source);
    /// Every plan version, oldest first.
    Result<std::vector<MonitoringPlanVersion>> plans() const;

    /// The feature names rows have been stored with, in their storage order.
    Result<QStringList> features() const;
    /// Where an ingest's rows come from: next() fills a row and says whether there was one; sha256() is asked once
    /// every row was read. featureNames names the values in each row's features.
    struct RowSource {
        QString file;
        QString where; ///< how errors name the source (a file's path, "query"); a row's line is added to it
        QStringList featureNames;
        std::function<Result<bool>(ProductionRow &)> next;
        std::function<QString()> sha256;
    };
    /// Stores a source's rows in one transaction, so a failure halfway stores none. A new key is added; a stored
    /// row without a label takes the new row's label; anything else equal is unchanged. A stored row with another
    /// time, score, group, features or label is a conflict: nothing is stored and the error names the key, and
    /// the row's line where the source gives one.
    Result<IngestCount> ingest(const RowSource &source);
    /// Calls visit for each row with fromMs <= time < toMs, in time order; features follow features(). With
    /// RowKey::Skip the row's key is left empty. Stops at the first error visit returns.
    Status forEachRow(qint64 fromMs, qint64 toMs, const std::function<Status(const ProductionRow &)> &visit,
                      RowKey key = RowKey::Read) const;
    /// Up to count readers on connections of their own, for reading windows on other threads; none for a team
    /// project or where another connection cannot be had (the caller then reads through forEachRow).
    std::vector<std::unique_ptr<ProductionRowReader>> parallelReaders(int count) const;
    /// The earliest and latest row time, or nothing when there are no rows.
    Result<std::optional<std::pair<qint64, qint64>>> timeRange() const;
    /// How many rows are stored.
    Result<qint64> rowCount() const;

    Status acknowledge(const QString &windowStart, const QString &metric, const QString &note);
    /// The same inside a transaction the caller commits (a deviation opened from the alarm).
    static Status acknowledge(Transaction &tx, const QString &windowStart, const QString &metric, const QString &note);
    Result<std::vector<AlarmAcknowledgement>> acknowledgements() const;

    /// Most rows one ingest takes (a year of a large hospital's predictions is a few million).
    static constexpr qint64 maxRowsPerIngest = 50'000'000;
    static constexpr int maxFeatures = 256;

private:
    ProjectStore &m_store;
};

} // namespace vv
