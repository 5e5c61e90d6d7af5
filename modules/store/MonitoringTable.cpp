#include "store/MonitoringTable.h"

#include "core/Clock.h"
#include "core/Sha256.h"
#include "store/ProjectStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QSqlDriver>
#include <QtEndian>

#include <sqlite3.h>

#include <cmath>
#include <cstring>
#include <numeric>
#include <optional>
#include <unordered_map>

namespace vv {

namespace {

// Feature values as little-endian doubles, so a project file means the same on every machine.
QByteArray packFeatures(const std::vector<double> &values)
{
    QByteArray out(static_cast<qsizetype>(values.size() * sizeof(double)), Qt::Uninitialized);
    for (std::size_t i = 0; i < values.size(); ++i)
        qToLittleEndian(values[i], out.data() + i * sizeof(double));
    return out;
}

void unpackFeatures(const char *bytes, qsizetype size, int count, std::vector<double> &out)
{
    out.assign(static_cast<std::size_t>(count), std::nan(""));
    const auto stored = std::min<qsizetype>(size / static_cast<qsizetype>(sizeof(double)), count);
    for (qsizetype i = 0; i < stored; ++i)
        out[static_cast<std::size_t>(i)] = qFromLittleEndian<double>(bytes + i * sizeof(double));
}

void unpackFeatures(const QByteArray &bytes, int count, std::vector<double> &out)
{
    unpackFeatures(bytes.constData(), bytes.size(), count, out);
}

// The SQLite connection under QtSql, or nullptr on PostgreSQL. Reading ten million rows through QVariants costs
// about a microsecond a row; through SQLite's own API a fifth of that.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

// The key comes last so that the reader without it (the windows need none, and making a string of it for each of
// millions of rows is a large part of the reading) uses the same column numbers.
const char *const rowsInRange = "SELECT time_ms, score, label, grp, features, row_key FROM monitoring_rows "
                                "WHERE time_ms >= ? AND time_ms < ? ORDER BY time_ms, id";
const char *const rowsInRangeWithoutKey = "SELECT time_ms, score, label, grp, features FROM monitoring_rows "
                                          "WHERE time_ms >= ? AND time_ms < ? ORDER BY time_ms, id";

// The ingest stores a batch of rows in key order, so one window's rows lie scattered over the pages of a few
// batches (some 20 MiB at ten million rows a year). Through SQLite's default cache of 2 MiB nearly every row's page
// was read from the file again; a cache that holds those pages reads each one once. The cache is left raised: the
// next window shares a batch with this one, and it is bounded.
void raiseReadCache(sqlite3 *handle)
{
    constexpr qint64 readCacheKiB = 64 * 1024;
    sqlite3_stmt *statement = nullptr;
    qint64 current = 0;
    if (sqlite3_prepare_v2(handle, "PRAGMA cache_size", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        current = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    // Negative sizes are KiB, positive ones pages; a positive size is someone's deliberate choice and is kept.
    if (current < 0 && -current < readCacheKiB) // only speed is at stake if this fails
        (void)sqlite3_exec(handle, QByteArray("PRAGMA cache_size = " + QByteArray::number(-readCacheKiB)).constData(), nullptr,
                           nullptr, nullptr);
}

Status forEachSqliteRow(sqlite3 *handle, qint64 fromMs, qint64 toMs, int width, RowKey key,
                        const std::function<Status(const ProductionRow &)> &visit)
{
    raiseReadCache(handle);
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, key == RowKey::Read ? rowsInRange : rowsInRangeWithoutKey, -1, &statement,
                           nullptr) != SQLITE_OK)
        return Error::runtime(
            MonitoringTable::tr("cannot read the production rows: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> guard(statement, sqlite3_finalize);
    sqlite3_bind_int64(statement, 1, fromMs);
    sqlite3_bind_int64(statement, 2, toMs);
    ProductionRow row;
    QByteArray groupBytes; // a group repeats from row to row: its string is made only when it changes
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        row.timeMs = sqlite3_column_int64(statement, 0);
        row.score = sqlite3_column_double(statement, 1);
        row.label = sqlite3_column_type(statement, 2) == SQLITE_NULL
            ? std::nullopt
            : std::optional<bool>(sqlite3_column_int(statement, 2) == 1);
        if (sqlite3_column_type(statement, 3) == SQLITE_NULL) {
            row.group.clear();
            groupBytes.clear();
        } else {
            const QByteArrayView group(reinterpret_cast<const char *>(sqlite3_column_text(statement, 3)),
                                       sqlite3_column_bytes(statement, 3));
            if (group != groupBytes || row.group.isEmpty()) {
                groupBytes = group.toByteArray();
                row.group = QString::fromUtf8(groupBytes);
            }
        }
        unpackFeatures(static_cast<const char *>(sqlite3_column_blob(statement, 4)), sqlite3_column_bytes(statement, 4),
                       width, row.features);
        if (key == RowKey::Read)
            row.key = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 5)),
                                        sqlite3_column_bytes(statement, 5));
        VV_TRY(visit(row));
    }
    if (rc != SQLITE_DONE)
        return Error::runtime(
            MonitoringTable::tr("cannot read the production rows: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    return {};
}

Result<QSqlQuery> prepared(const QSqlDatabase &db, const QString &text)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(text))
        return sql::error(q.lastError(), text.simplified().left(60));
    return q;
}

Status run(QSqlQuery &q, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!q.exec())
        return sql::error(q.lastError(), q.lastQuery().simplified().left(60));
    return {};
}

bool sameFeatures(const std::vector<double> &a, const std::vector<double> &b)
{
    const std::size_t n = std::max(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i) {
        const double x = i < a.size() ? a[i] : std::nan("");
        const double y = i < b.size() ? b[i] : std::nan("");
        if (!(x == y || (std::isnan(x) && std::isnan(y))))
            return false;
    }
    return true;
}

// Rows arrive sorted by key a batch at a time; this many keeps the batch to some tens of MiB.
constexpr std::size_t ingestBatchRows = 1 << 17;

// Stores one production row: new rows are the common case, so the insert comes first and the stored row is read only
// when the key exists (to fill in its label, or to find that it conflicts).
class RowWriter {
    Q_DECLARE_TR_FUNCTIONS(vv::MonitoringTable)
public:
    RowWriter(int width, std::vector<int> slot)
        : m_slot(std::move(slot)), m_width(width), m_values(static_cast<std::size_t>(width))
    {
    }

    Status prepare(const QSqlDatabase &db)
    {
        for (auto [query, text] :
             {std::pair{&m_insert, "INSERT INTO monitoring_rows (row_key, time_ms, score, label, grp, features) "
                                   "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (row_key) DO NOTHING"},
              std::pair{&m_select, "SELECT id, time_ms, score, label, grp, features FROM monitoring_rows "
                                   "WHERE row_key = ?"},
              std::pair{&m_fill, "UPDATE monitoring_rows SET label = ? WHERE id = ?"}}) {
            auto q = prepared(db, QString::fromLatin1(text));
            if (!q)
                return q.error();
            query->emplace(std::move(*q));
        }
        return {};
    }

    Status store(const ProductionRow &row, IngestCount &count)
    {
        std::fill(m_values.begin(), m_values.end(), std::nan(""));
        for (std::size_t i = 0; i < row.features.size() && i < m_slot.size(); ++i)
            m_values[static_cast<std::size_t>(m_slot[i])] = row.features[i];
        VV_TRY(run(*m_insert, {row.key, row.timeMs, row.score, row.label ? QVariant(*row.label ? 1 : 0) : m_noLabel,
                               row.group.isEmpty() ? m_noGroup : QVariant(row.group), packFeatures(m_values)}));
        if (m_insert->numRowsAffected() == 1) {
            ++count.added;
            return {};
        }
        return storeAgain(row, count);
    }

private:
    // A key that is stored already: the same row again, or its outcome arriving late.
    Status storeAgain(const ProductionRow &row, IngestCount &count)
    {
        QSqlQuery &select = *m_select;
        VV_TRY(run(select, {row.key}));
        if (!select.next())
            return Error::runtime(tr("the row '%1' is neither new nor stored").arg(row.key));
        const qint64 id = select.value(0).toLongLong();
        const qint64 time = select.value(1).toLongLong();
        const double score = select.value(2).toDouble();
        const bool hadLabel = !select.value(3).isNull();
        const bool label = select.value(3).toInt() == 1;
        const QString group = select.value(4).toString();
        unpackFeatures(select.value(5).toByteArray(), m_width, m_stored);
        select.finish();
        QString differs;
        if (time != row.timeMs)
            differs = tr("time");
        else if (score != row.score)
            differs = tr("score");
        else if (group != row.group)
            differs = tr("group");
        else if (!sameFeatures(m_stored, m_values))
            differs = tr("feature values");
        else if (hadLabel && row.label && label != *row.label)
            differs = tr("label");
        if (!differs.isEmpty())
            return Error::conflict(tr("the row '%1' was stored before with another %2").arg(row.key, differs),
                                   tr("A row's values do not change once stored; only a missing label is filled in. "
                                      "Give each prediction its own id."));
        if (!hadLabel && row.label) {
            VV_TRY(run(*m_fill, {*row.label ? 1 : 0, id}));
            ++count.labelsFilled;
        } else {
            ++count.unchanged;
        }
        return {};
    }

    std::vector<int> m_slot; ///< where each of the file's features goes in the stored order
    int m_width;
    std::vector<double> m_values, m_stored;
    std::optional<QSqlQuery> m_insert, m_select, m_fill;
    const QVariant m_noLabel{QMetaType(QMetaType::Int)};
    const QVariant m_noGroup{QMetaType(QMetaType::QString)};
};

} // namespace

Result<int> MonitoringTable::addPlan(const Json &plan, const QString &source)
{
    auto existing = plans();
    if (!existing)
        return existing.error();
    const QString text = QString::fromStdString(canonicalJson(plan));
    if (!existing->empty() && QString::fromStdString(canonicalJson(existing->back().plan)) == text)
        return existing->back().version;
    const int version = existing->empty() ? 1 : existing->back().version + 1;
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    VV_TRY(sql::exec(tx->database(),
                     QStringLiteral("INSERT INTO monitoring_plans (version, plan, source, valid_from, actor) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     {version, text, sql::notNull(source), isoUtc(m_store.clock().nowUtc()), m_store.actor()}));
    VV_TRY(tx->audit(QStringLiteral("monitoring.plan"),
                     Json{{"version", version}, {"plan_sha256", toStd(Sha256::hex(text.toUtf8()))}}));
    VV_TRY(tx->commit());
    return version;
}

Result<std::vector<MonitoringPlanVersion>> MonitoringTable::plans() const
{
    auto q = sql::exec(m_store.database(),
                       QStringLiteral("SELECT version, plan, source, valid_from, actor "
                                      "FROM monitoring_plans ORDER BY version"));
    if (!q)
        return q.error();
    std::vector<MonitoringPlanVersion> out;
    while (q->next()) {
        auto plan = parseJson(q->value(1).toString().toUtf8(), tr("monitoring plan %1").arg(q->value(0).toInt()));
        if (!plan)
            return plan.error();
        out.push_back({q->value(0).toInt(), *plan, q->value(2).toString(),
                       QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs), q->value(4).toString()});
    }
    return out;
}

Result<QStringList> MonitoringTable::features() const
{
    auto q = sql::exec(m_store.database(), QStringLiteral("SELECT name FROM monitoring_features ORDER BY ordinal"));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<IngestCount> MonitoringTable::ingest(const RowSource &source)
{
    const QStringList &featureNames = source.featureNames;
    auto known = features();
    if (!known)
        return known.error();
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    const QSqlDatabase &db = tx->database();
    // Where each of the file's features goes in the stored order; new names are appended.
    std::vector<int> slot;
    for (const QString &name : featureNames) {
        qsizetype at = known->indexOf(name);
        if (at < 0) {
            if (known->size() >= maxFeatures)
                return Error::input(tr("a project monitors at most %1 features").arg(maxFeatures));
            VV_TRY(sql::exec(db, QStringLiteral("INSERT INTO monitoring_features (ordinal, name) VALUES (?, ?)"),
                             {static_cast<int>(known->size()), name}));
            at = known->size();
            *known << name;
        }
        slot.push_back(static_cast<int>(at));
    }
    RowWriter writer(static_cast<int>(known->size()), std::move(slot));
    VV_TRY(writer.prepare(db));
    IngestCount count;
    // Rows are stored a batch at a time in key order. They arrive in the file's order (by time), which is not the
    // key index's, and stored as they come they write all over a B-tree that outgrows the cache (ten million rows
    // took 14 minutes); sorted, each batch walks the index once. The sort is stable, so a key repeated within a
    // batch keeps its order: a later row still fills in the label of an earlier one.
    std::vector<ProductionRow> batch(ingestBatchRows);
    std::vector<std::size_t> order;
    for (bool more = true; more;) {
        std::size_t used = 0;
        while (used < batch.size()) {
            auto next = source.next(batch[used]);
            if (!next)
                return next.error();
            if (!*next) {
                more = false;
                break;
            }
            if (++count.read > maxRowsPerIngest)
                return Error::input(tr("one ingest takes at most %1 rows").arg(maxRowsPerIngest),
                                    tr("Split the file."));
            ++used;
        }
        order.resize(used);
        std::iota(order.begin(), order.end(), std::size_t(0));
        std::stable_sort(order.begin(), order.end(),
                         [&batch](std::size_t a, std::size_t b) { return batch[a].key < batch[b].key; });
        for (const std::size_t i : order)
            if (auto stored = writer.store(batch[i], count); !stored) {
                // A conflict names the row's key; the line it came from is where the user finds it.
                Error e = stored.error();
                if (e.where().isEmpty() && batch[i].line > 0)
                    e.at({source.where, static_cast<int>(std::min<qint64>(batch[i].line, 2147483647)), 1});
                return e;
            }
    }
    const QString file = source.file;
    const QString sha256 = source.sha256 ? source.sha256() : QString();
    const QString now = isoUtc(m_store.clock().nowUtc());
    VV_TRY(sql::exec(db,
                     QStringLiteral("INSERT INTO monitoring_ingests (file, sha256, rows_read, rows_added, "
                                    "labels_filled, time, actor) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {file, sha256, count.read, count.added, count.labelsFilled, now, m_store.actor()}));
    VV_TRY(tx->audit(QStringLiteral("monitoring.ingest"),
                     Json{{"file", toStd(file)},
                          {"sha256", toStd(sha256)},
                          {"rows_read", count.read},
                          {"rows_added", count.added},
                          {"labels_filled", count.labelsFilled},
                          {"features", toJson(featureNames)}}));
    VV_TRY(tx->commit());
    return count;
}

Status MonitoringTable::forEachRow(qint64 fromMs, qint64 toMs,
                                   const std::function<Status(const ProductionRow &)> &visit, RowKey key) const
{
    auto known = features();
    if (!known)
        return known.error();
    const int width = static_cast<int>(known->size());
    if (sqlite3 *handle = sqliteHandle(m_store.database()))
        return forEachSqliteRow(handle, fromMs, toMs, width, key, visit);
    auto q = sql::exec(m_store.database(), QString::fromLatin1(rowsInRange), {fromMs, toMs});
    if (!q)
        return q.error();
    ProductionRow row;
    while (q->next()) {
        row.timeMs = q->value(0).toLongLong();
        row.score = q->value(1).toDouble();
        row.label = q->value(2).isNull() ? std::nullopt : std::optional<bool>(q->value(2).toInt() == 1);
        row.group = q->value(3).toString();
        unpackFeatures(q->value(4).toByteArray(), width, row.features);
        if (key == RowKey::Read)
            row.key = q->value(5).toString();
        VV_TRY(visit(row));
    }
    return {};
}

ProductionRowReader::~ProductionRowReader()
{
    sqlite3_close_v2(m_handle);
}

Status ProductionRowReader::forEachRow(qint64 fromMs, qint64 toMs,
                                       const std::function<Status(const ProductionRow &)> &visit) const
{
    return forEachSqliteRow(m_handle, fromMs, toMs, m_width, RowKey::Skip, visit);
}

std::vector<std::unique_ptr<ProductionRowReader>> MonitoringTable::parallelReaders(int count) const
{
    std::vector<std::unique_ptr<ProductionRowReader>> out;
    const QString uri = m_store.sqliteReaderUri();
    auto known = features();
    if (uri.isEmpty() || !known || !sqliteHandle(m_store.database()))
        return out;
    for (int i = 0; i < count; ++i) {
        sqlite3 *handle = nullptr;
        const int rc = sqlite3_open_v2(uri.toUtf8().constData(), &handle,
                                       SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
        // A connection that opens but cannot read (a WAL file's shared memory it may not map) is no reader either;
        // only speed is lost, the caller reads through its own connection.
        if (rc != SQLITE_OK || sqlite3_busy_timeout(handle, 10000) != SQLITE_OK
            || sqlite3_exec(handle, "SELECT 1 FROM monitoring_rows LIMIT 1", nullptr, nullptr, nullptr) != SQLITE_OK) {
            sqlite3_close_v2(handle);
            break;
        }
        out.emplace_back(new ProductionRowReader(handle, static_cast<int>(known->size())));
    }
    return out;
}

Result<std::optional<std::pair<qint64, qint64>>> MonitoringTable::timeRange() const
{
    // Two subqueries, not min() and max() in one: SQLite answers a lone min() or max() from the index's ends, but
    // both together from a scan of every row (a tenth of a year's status at ten million rows).
    auto q = sql::exec(m_store.database(), QStringLiteral("SELECT (SELECT min(time_ms) FROM monitoring_rows), "
                                                          "(SELECT max(time_ms) FROM monitoring_rows)"));
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return std::optional<std::pair<qint64, qint64>>();
    return std::optional<std::pair<qint64, qint64>>({q->value(0).toLongLong(), q->value(1).toLongLong()});
}

Result<qint64> MonitoringTable::rowCount() const
{
    auto n = sql::scalar(m_store.database(), QStringLiteral("SELECT count(*) FROM monitoring_rows"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

Status MonitoringTable::acknowledge(Transaction &tx, const QString &windowStart, const QString &metric,
                                    const QString &note)
{
    if (note.trimmed().isEmpty())
        return Error::input(tr("acknowledging an alarm needs a note saying how it was handled"),
                            tr("Give --note TEXT, for example the deviation it was handled in."));
    VV_TRY(sql::exec(tx.database(),
                     QStringLiteral("INSERT INTO monitoring_acknowledgements (window_start, metric, note, time, actor) "
                                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (window_start, metric) DO UPDATE SET "
                                    "note = excluded.note, time = excluded.time, actor = excluded.actor"),
                     {windowStart, metric, note, isoUtc(tx.store().clock().nowUtc()), tx.store().actor()}));
    return tx.audit(QStringLiteral("monitoring.acknowledge"),
                    Json{{"window_start", toStd(windowStart)},
                         {"metric", toStd(metric)},
                         {"note_sha256", toStd(Sha256::hex(note.toUtf8()))}});
}

Status MonitoringTable::acknowledge(const QString &windowStart, const QString &metric, const QString &note)
{
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    VV_TRY(acknowledge(*tx, windowStart, metric, note));
    return tx->commit();
}

Result<std::vector<AlarmAcknowledgement>> MonitoringTable::acknowledgements() const
{
    auto q = sql::exec(m_store.database(),
                       QStringLiteral("SELECT window_start, metric, note, time, actor FROM "
                                      "monitoring_acknowledgements ORDER BY window_start, metric"));
    if (!q)
        return q.error();
    std::vector<AlarmAcknowledgement> out;
    while (q->next())
        out.push_back({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                       QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs), q->value(4).toString()});
    return out;
}

} // namespace vv
