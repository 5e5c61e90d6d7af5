// ProjectStore::copy: a project from a file to PostgreSQL or back, row for row, with its blobs and audit chain.

#include "core/Sha256.h"
#include "store/Migrations.h"
#include "store/ProjectStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QIODevice>
#include <QSqlRecord>

namespace vv {

namespace {

// Tables in an order that satisfies their foreign keys; tables added by later migrations and not named here are
// copied after these, in name order. meta is written by the migrations (schema version) and the audit chain (head).
const QStringList orderedTables = {
    QStringLiteral("project"),        QStringLiteral("audit"),          QStringLiteral("blobs"),
    QStringLiteral("blob_chunks"),    QStringLiteral("answers"),        QStringLiteral("requirement_states"),
    QStringLiteral("evidence"),       QStringLiteral("evidence_links"), QStringLiteral("test_runs"),
    QStringLiteral("test_run_metrics"), QStringLiteral("test_run_requirements"), QStringLiteral("test_run_cases"),
    QStringLiteral("members"),        QStringLiteral("rating_rounds"),  QStringLiteral("rating_items"),
    QStringLiteral("rating_assignments"), QStringLiteral("ratings"),    QStringLiteral("rating_finals"),
};

QStringList tablesToCopy(const QSqlDatabase &db)
{
    QStringList all = db.tables();
    all.removeAll(QStringLiteral("meta"));
    all.removeIf([](const QString &t) { return t.startsWith(QStringLiteral("sqlite_")) || t.contains(QLatin1Char('.')); });
    QStringList out;
    for (const QString &t : orderedTables)
        if (all.removeAll(t) > 0)
            out << t;
    all.sort();
    return out + all;
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    const QSqlRecord record = db.record(table);
    QStringList out;
    for (int i = 0; i < record.count(); ++i)
        out << record.fieldName(i);
    return out;
}

Result<qint64> count(const QSqlDatabase &db, const QString &table)
{
    auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!n)
        return n.error();
    return n->toLongLong();
}

// Copies one table. Chunks are copied one row at a time: QPSQL would otherwise fetch a whole result into memory.
Status copyTable(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table, ProgressThrottle &throttle,
                 qint64 &done, qint64 total)
{
    const QStringList columns = columnsOf(from, table);
    if (columns.isEmpty())
        return Error::runtime(ProjectStore::tr("the table %1 has no columns").arg(table));
    const QStringList target = columnsOf(to, table);
    for (const QString &c : columns)
        if (!target.contains(c))
            return Error::runtime(ProjectStore::tr("the copy has no column %1.%2").arg(table, c),
                                  ProjectStore::tr("Copy between projects of the same Veiviser version."));
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery insert(to);
    if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))))
        return sql::error(insert.lastError(), table);
    auto write = [&](const QSqlQuery &row) -> Status {
        for (int i = 0; i < columns.size(); ++i)
            insert.addBindValue(row.value(i));
        if (!insert.exec())
            return sql::error(insert.lastError(), table);
        throttle.report(++done, total);
        return {};
    };
    const QString select = QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table);
    if (table == QStringLiteral("blob_chunks")) {
        auto keys = sql::exec(from, QStringLiteral("SELECT blob_id, idx FROM blob_chunks ORDER BY blob_id, idx"));
        if (!keys)
            return keys.error();
        std::vector<std::pair<qint64, qint64>> list;
        while (keys->next())
            list.emplace_back(keys->value(0).toLongLong(), keys->value(1).toLongLong());
        for (const auto &[blob, idx] : list) {
            auto row = sql::exec(from, select + QStringLiteral(" WHERE blob_id = ? AND idx = ?"), {blob, idx});
            if (!row)
                return row.error();
            if (row->next())
                VV_TRY(write(*row));
        }
        return {};
    }
    auto rows = sql::exec(from, select);
    if (!rows)
        return rows.error();
    while (rows->next())
        VV_TRY(write(*rows));
    return {};
}

// Hashes a blob as it is read back, keeping nothing.
class HashingDevice : public QIODevice {
public:
    HashingDevice() { open(QIODevice::WriteOnly); }
    QString finishHex() { return m_hash.finishHex(); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override
    {
        m_hash.update(data, len);
        return len;
    }

private:
    Sha256 m_hash;
};

} // namespace

Result<std::unique_ptr<ProjectStore>> ProjectStore::copy(const ProjectStore &source, const QString &destination,
                                                         Options options, const ProgressSink &progress)
{
    auto version = migrations::currentVersion(source.database());
    if (!version)
        return version.error();
    if (*version != latestSchemaVersion())
        return Error::input(ProjectStore::tr("%1 uses an older project format").arg(source.location()),
                            ProjectStore::tr("Open it once with write access to upgrade it, then copy it."));
    auto sourceAudit = source.verifyAudit();
    if (!sourceAudit)
        return sourceAudit.error();
    if (!sourceAudit->intact)
        return Error::check(ProjectStore::tr("the audit chain of %1 is broken at entry %2: %3")
                                .arg(source.location())
                                .arg(sourceAudit->firstBadSeq)
                                .arg(sourceAudit->problem),
                            ProjectStore::tr("A copy would hide the damage; restore the project from a backup."));

    const QStringList tables = tablesToCopy(source.database());
    QMap<QString, qint64> counts;
    qint64 total = 0;
    for (const QString &t : tables) {
        auto n = count(source.database(), t);
        if (!n)
            return n.error();
        counts.insert(t, *n);
        total += *n;
    }
    ProgressThrottle throttle(progress);
    qint64 done = 0;
    auto copied = createWith(destination, options, [&](ProjectStore &store, Transaction &tx) -> Status {
        for (const QString &t : tables)
            VV_TRY(copyTable(source.database(), store.database(), t, throttle, done, total));
        auto head = sql::scalar(source.database(), QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'"));
        if (!head)
            return head.error();
        VV_TRY(sql::exec(store.database(),
                         QStringLiteral("INSERT INTO meta (key, value) VALUES ('audit_head', ?) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                         {head->toString()}));
        if (store.isTeamProject()) {
            // Copied ids bypass the sequences; move them past the copied rows.
            for (const QString &t : tables) {
                if (!columnsOf(store.database(), t).contains(QStringLiteral("id")))
                    continue;
                VV_TRY(sql::exec(store.database(),
                                 QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                "(SELECT COALESCE(max(id), 0) + 1 FROM %1), false) "
                                                "WHERE pg_get_serial_sequence('%1', 'id') IS NOT NULL").arg(t)));
            }
        }
        return tx.audit(QStringLiteral("project.copy"),
                        Json{{"from", toStd(source.isTeamProject() ? QStringLiteral("postgresql")
                                                                    : QStringLiteral("file"))},
                             {"to", toStd(store.isTeamProject() ? QStringLiteral("postgresql") : QStringLiteral("file"))},
                             {"entries", sourceAudit->entries},
                             {"rows", total}});
    });
    if (!copied)
        return copied.error();

    // Verify what arrived: the same rows, every blob whole, and the chain intact one entry longer.
    ProjectStore &copy = **copied;
    auto mismatch = [&](const QString &why) {
        return Error::check(ProjectStore::tr("the copy at %1 does not match its source: %2").arg(destination, why),
                            ProjectStore::tr("Delete the copy and try again; the source was not changed."));
    };
    for (const QString &t : tables) {
        auto n = count(copy.database(), t);
        if (!n)
            return n.error();
        const qint64 expected = counts.value(t) + (t == QStringLiteral("audit") ? 1 : 0);
        if (*n != expected)
            return mismatch(ProjectStore::tr("%1 holds %2 rows instead of %3").arg(t).arg(*n).arg(expected));
    }
    auto blobs = sql::exec(copy.database(), QStringLiteral("SELECT sha256 FROM blobs WHERE sha256 IS NOT NULL"));
    if (!blobs)
        return blobs.error();
    QStringList hashes;
    while (blobs->next())
        hashes << blobs->value(0).toString();
    for (const QString &sha : hashes) {
        HashingDevice sink;
        VV_TRY(copy.readBlob(sha, sink));
    }
    auto audit = copy.verifyAudit();
    if (!audit)
        return audit.error();
    if (!audit->intact)
        return mismatch(audit->problem);
    auto first = copy.auditEntries(sourceAudit->entries, 1);
    auto original = source.auditEntries(sourceAudit->entries, 1);
    if (!first || !original || first->empty() || original->empty() || first->front().hash != original->front().hash)
        return mismatch(ProjectStore::tr("the audit chain does not continue the source's"));
    return copied;
}

} // namespace vv
