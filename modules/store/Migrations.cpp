#include "store/Migrations.h"

#include "core/Version.h"
#include "store/ProjectStore.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace vv::migrations {

const std::vector<Migration> &all()
{
    static const std::vector<Migration> list = [] {
        std::vector<Migration> out;
        static const QRegularExpression nameRe(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
        QDirIterator it(QStringLiteral(":/store/migrations"));
        while (it.hasNext()) {
            const QString path = it.next();
            const auto m = nameRe.match(it.fileName());
            if (!m.hasMatch())
                qFatal("misnamed migration %s", qPrintable(path));
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                qFatal("cannot read migration %s", qPrintable(path));
            out.push_back({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
        }
        std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.version < b.version; });
        for (std::size_t i = 0; i < out.size(); ++i) {
            if (out[i].version != static_cast<int>(i) + 1)
                qFatal("migrations must be numbered 1, 2, 3, ... without gaps");
        }
        return out;
    }();
    return list;
}

int latest()
{
    return static_cast<int>(all().size());
}

Result<int> currentVersion(const QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("meta")))
        return 0;
    auto v = sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    if (!v)
        return v.error();
    bool ok = false;
    const int n = v->toString().toInt(&ok);
    if (!ok || n < 1)
        return Error::input(QCoreApplication::translate("vv::ProjectStore", "the project's schema version '%1' is not valid")
                                .arg(v->toString()),
                            QCoreApplication::translate("vv::ProjectStore", "The file is damaged; restore it from a backup."));
    return n;
}

// A migration's statements for one dialect. A line "-- @sqlite" or "-- @postgresql" starts statements for that
// dialect only, "-- @both" ends them: what the two cannot say alike (changing a CHECK constraint) is said twice.
static QStringList statements(QString sql, sql::Dialect dialect)
{
    const bool pg = dialect == sql::Dialect::PostgreSQL;
    sql.replace(QStringLiteral("{{id}}"),
                pg ? QStringLiteral("BIGSERIAL PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
    sql.replace(QStringLiteral("{{blob}}"), pg ? QStringLiteral("BYTEA") : QStringLiteral("BLOB"));
    QStringList out;
    QString current;
    bool forThisDialect = true;
    for (const QString &line : sql.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t == QStringLiteral("-- @sqlite") || t == QStringLiteral("-- @postgresql") || t == QStringLiteral("-- @both")) {
            forThisDialect = t == QStringLiteral("-- @both") || (t == QStringLiteral("-- @postgresql")) == pg;
            continue;
        }
        if (t.isEmpty() || t.startsWith(QStringLiteral("--")) || !forThisDialect)
            continue;
        current += line + QLatin1Char('\n');
        if (t.endsWith(QLatin1Char(';'))) {
            out << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

namespace {

/// A trigger as SQLite keeps it.
struct Trigger {
    QString name;
    QString table;
    QString sql;
};

Result<std::vector<Trigger>> sqliteTriggers(const QSqlDatabase &db)
{
    auto q = sql::exec(db, QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' "
                                          "ORDER BY name"));
    if (!q)
        return q.error();
    std::vector<Trigger> out;
    while (q->next())
        out.push_back({q->value(0).toString(), q->value(1).toString(), q->value(2).toString()});
    return out;
}

// SQLite drops a table's triggers with it, so a migration that makes a table anew (to change a CHECK constraint)
// would silently unseal a review project. The triggers it took along are made again on the new table of that name.
// A migration that means to drop a trigger must not leave a table of the trigger's table's name.
Status restoreLostTriggers(const QSqlDatabase &db, const std::vector<Trigger> &before)
{
    auto after = sqliteTriggers(db);
    if (!after)
        return after.error();
    const QStringList tables = db.tables();
    for (const Trigger &t : before) {
        const bool kept = std::any_of(after->begin(), after->end(), [&](const Trigger &a) { return a.name == t.name; });
        if (!kept && tables.contains(t.table))
            VV_TRY(sql::exec(db, t.sql));
    }
    return {};
}

} // namespace

Status migrate(const QSqlDatabase &db, sql::Dialect dialect, int upTo)
{
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    for (const Migration &m : all()) {
        if (m.version <= *current || m.version > upTo)
            continue;
        // Each migration is one transaction: a crash leaves the previous version, never half of this one.
        VV_TRY(sql::exec(db, QStringLiteral("BEGIN")));
        auto fail = [&](Error e) {
            (void)sql::exec(db, QStringLiteral("ROLLBACK"));
            return e.prefixed(QCoreApplication::translate("vv::ProjectStore", "migration %1 (%2)")
                                  .arg(m.version).arg(m.name));
        };
        if (dialect == sql::Dialect::PostgreSQL) {
            // Several team members may open an older project at once: one migrates, the others wait and skip.
            if (auto r = sql::exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {qint64(0x56564953)}); !r)
                return fail(r.error());
            auto now = currentVersion(db);
            if (!now)
                return fail(now.error());
            if (*now >= m.version) {
                VV_TRY(sql::exec(db, QStringLiteral("ROLLBACK")));
                continue;
            }
        }
        std::vector<Trigger> triggers;
        if (dialect == sql::Dialect::SQLite) {
            auto t = sqliteTriggers(db);
            if (!t)
                return fail(t.error());
            triggers = std::move(*t);
        }
        for (const QString &stmt : statements(m.sql, dialect)) {
            if (auto r = sql::exec(db, stmt); !r)
                return fail(r.error());
        }
        if (dialect == sql::Dialect::SQLite)
            if (auto r = restoreLostTriggers(db, triggers); !r)
                return fail(r.error());
        if (m.version == 1 && dialect == sql::Dialect::SQLite) {
            if (auto r = sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(ProjectStore::applicationId)); !r)
                return fail(r.error());
        }
        const QString upsert = QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        if (auto r = sql::exec(db, upsert, {QStringLiteral("schema_version"), QString::number(m.version)}); !r)
            return fail(r.error());
        if (auto r = sql::exec(db, upsert, {QStringLiteral("written_by"), QStringLiteral(VV_VERSION)}); !r)
            return fail(r.error());
        if (auto r = sql::exec(db, QStringLiteral("COMMIT")); !r)
            return fail(r.error());
    }
    return {};
}

} // namespace vv::migrations
