#include "store/ProjectStore.h"

#include "core/Environment.h"
#include "core/Version.h"
#include "store/Migrations.h"
#include "store/Sql.h"
#include "store/AuditChain.h"
#include "store/Transaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace vv {

QString roleToString(ProjectRole role)
{
    switch (role) {
    case ProjectRole::Provider: return QStringLiteral("provider");
    case ProjectRole::Deployer: return QStringLiteral("deployer");
    case ProjectRole::Both: return QStringLiteral("both");
    }
    return QStringLiteral("deployer");
}

std::optional<ProjectRole> roleFromString(const QString &text)
{
    if (text == QStringLiteral("provider"))
        return ProjectRole::Provider;
    if (text == QStringLiteral("deployer"))
        return ProjectRole::Deployer;
    if (text == QStringLiteral("both"))
        return ProjectRole::Both;
    return std::nullopt;
}

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("veiviser-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool isTeamUrl(const QString &location)
{
    return location.startsWith(QStringLiteral("postgresql://")) || location.startsWith(QStringLiteral("postgres://"));
}

// Reads the SQLite header directly, so that a file that is not a Veiviser project is never opened by SQLite
// (which could otherwise create journal files next to it or, for an empty file, turn it into a database).
Status checkHeader(const QString &path)
{
    QFileInfo fi(path);
    if (!fi.exists())
        return Error::input(ProjectStore::tr("no project at %1").arg(path),
                            ProjectStore::tr("Check the path, or create a project with 'project init'."));
    if (!fi.isFile())
        return Error::input(ProjectStore::tr("%1 is not a file").arg(path), ProjectStore::tr("Give the path of a .veiviser file."));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::input(ProjectStore::tr("cannot read %1: %2").arg(path, f.errorString()),
                            ProjectStore::tr("Check the file's permissions."));
    const QByteArray header = f.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return Error::input(ProjectStore::tr("%1 is not a Veiviser project").arg(path),
                            ProjectStore::tr("Open a .veiviser file created by Veiviser."));
    const auto appId = qFromBigEndian<qint32>(header.constData() + 68);
    if (appId != ProjectStore::applicationId)
        return Error::input(ProjectStore::tr("%1 is an SQLite database, but not a Veiviser project").arg(path),
                            ProjectStore::tr("Open a .veiviser file created by Veiviser."));
    return {};
}

} // namespace

ProjectStore::ProjectStore(QString location, Options options)
    : m_location(std::move(location)), m_options(std::move(options)), m_connectionName(nextConnectionName())
{
    if (!m_options.clock)
        m_options.clock = &Clock::system();
    if (m_options.actor.isEmpty())
        m_options.actor = currentOsUser();
}

ProjectStore::~ProjectStore()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status ProjectStore::connect(bool readOnly)
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error::runtime(ProjectStore::tr("Qt's SQLite driver (QSQLITE) is not installed"),
                              ProjectStore::tr("Install the Debian package libqt6sql6-sqlite."));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_location);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open())
        return sql::error(m_db.lastError(), ProjectStore::tr("opening %1").arg(m_location));
    return {};
}

Status ProjectStore::configureConnection()
{
    // WAL lets readers go on while one writer writes; synchronous=FULL makes each commit survive power loss.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"})
        VV_TRY(sql::exec(m_db, QString::fromLatin1(pragma)));
    if (isReadOnly())
        VV_TRY(sql::exec(m_db, QStringLiteral("PRAGMA query_only = ON")));
    else
        VV_TRY(sql::exec(m_db, QStringLiteral("PRAGMA journal_mode = WAL")));
    return {};
}

int ProjectStore::latestSchemaVersion()
{
    return migrations::latest();
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::create(const QString &location, const NewProject &project,
                                                           Options options)
{
    if (isTeamUrl(location))
        return Error::input(ProjectStore::tr("team projects on PostgreSQL are not available in this version of Veiviser"),
                            ProjectStore::tr("Use a project file (NAME.veiviser) for now."));
    if (project.name.trimmed().isEmpty())
        return Error::input(ProjectStore::tr("a project needs a name"), ProjectStore::tr("Give one with --name."));
    const QFileInfo target(location);
    if (target.exists())
        return Error::input(ProjectStore::tr("%1 already exists").arg(location),
                            ProjectStore::tr("Choose another file name, or open the existing project."));
    if (!target.absoluteDir().exists())
        return Error::input(ProjectStore::tr("the folder %1 does not exist").arg(target.absolutePath()),
                            ProjectStore::tr("Create the folder first."));

    // Build the project under a temporary name and rename it into place, so a crash never leaves half a project.
    const QString temp = target.absoluteFilePath() + QStringLiteral(".creating");
    QFile::remove(temp);
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(temp + QLatin1String(suffix));
    {
        std::unique_ptr<ProjectStore> store(new ProjectStore(temp, options));
        auto cleanup = [&](Error e) {
            store.reset();
            QFile::remove(temp);
            return e;
        };
        if (auto s = store->connect(false); !s)
            return cleanup(s.error());
        // Large pages make blob chunks cheap to write (fewer pages per chunk, fewer WAL frames); the size can only
        // be set before the file has content, so it is set here, once.
        if (auto r = sql::exec(store->m_db, QStringLiteral("PRAGMA page_size = %1").arg(pageSize)); !r)
            return cleanup(r.error());
        if (auto s = store->configureConnection(); !s)
            return cleanup(s.error());
        if (auto s = migrations::migrate(store->m_db, sql::Dialect::SQLite, latestSchemaVersion()); !s)
            return cleanup(s.error());
        auto tx = store->begin();
        if (!tx)
            return cleanup(tx.error());
        const QString created = isoUtc(store->clock().nowUtc());
        if (auto r = sql::exec(store->m_db,
                               QStringLiteral("INSERT INTO project (id, name, system_version, role, created) "
                                              "VALUES (1, ?, ?, ?, ?)"),
                               {project.name, project.systemVersion, roleToString(project.role), created});
            !r)
            return cleanup(r.error());
        Json payload = {{"name", toStd(project.name)},
                        {"system_version", toStd(project.systemVersion)},
                        {"role", toStd(roleToString(project.role))},
                        {"program_version", VV_VERSION}};
        if (auto s = tx->audit(QStringLiteral("project.create"), payload); !s)
            return cleanup(s.error());
        if (auto s = tx->commit(); !s)
            return cleanup(s.error());
        // Fold the WAL back into the file before it moves.
        if (auto r = sql::exec(store->m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !r)
            return cleanup(r.error());
    }
    if (!QFile::rename(temp, target.absoluteFilePath())) {
        QFile::remove(temp);
        return Error::runtime(ProjectStore::tr("cannot create %1").arg(location), ProjectStore::tr("Check that the folder is writable."));
    }
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(temp + QLatin1String(suffix));
    return open(location, options);
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString &location, Options options)
{
    if (isTeamUrl(location))
        return Error::input(ProjectStore::tr("team projects on PostgreSQL are not available in this version of Veiviser"),
                            ProjectStore::tr("Use a project file (NAME.veiviser) for now."));
    VV_TRY(checkHeader(location));

    std::unique_ptr<ProjectStore> store(new ProjectStore(location, options));
    auto damaged = [&](const Error &e) {
        return Error::input(ProjectStore::tr("%1 cannot be read as a Veiviser project (%2)").arg(location, e.what()),
                            ProjectStore::tr("The file may be damaged; restore it from a backup."));
    };

    // Look before touching: a read-only connection checks the schema, so a newer or damaged file is never changed.
    VV_TRY(store->connect(true));
    auto version = migrations::currentVersion(store->m_db);
    if (!version)
        return damaged(version.error());
    if (*version == 0)
        return Error::input(ProjectStore::tr("%1 is not a Veiviser project (it has no project data)").arg(location),
                            ProjectStore::tr("Open a .veiviser file created by Veiviser."));
    if (*version > latestSchemaVersion()) {
        auto writer = sql::scalar(store->m_db, QStringLiteral("SELECT value FROM meta WHERE key = 'written_by'"));
        const QString by = writer ? writer->toString() : ProjectStore::tr("a newer version");
        QString shortBy = by;
        if (const auto parts = by.split(QLatin1Char('.')); parts.size() >= 2)
            shortBy = parts[0] + QLatin1Char('.') + parts[1];
        return Error::input(ProjectStore::tr("this project was written by Veiviser %1; update Veiviser to open it").arg(shortBy),
                            ProjectStore::tr("This is Veiviser %1. The file was not changed.").arg(QStringLiteral(VV_VERSION)));
    }
    if (auto tables = sql::scalar(store->m_db, QStringLiteral("SELECT count(*) FROM project")); !tables)
        return damaged(tables.error());

    if (store->isReadOnly()) {
        if (*version < latestSchemaVersion())
            return Error::input(ProjectStore::tr("%1 uses an older project format").arg(location),
                                ProjectStore::tr("Open it once without read-only access to upgrade it."));
        // A read-write connection (refusing writes with query_only) lets SQLite remove its -wal and -shm files on
        // close; a file we may not write stays on the read-only connection.
        if (QFileInfo(location).isWritable())
            VV_TRY(store->connect(false));
        VV_TRY(store->configureConnection());
        return store;
    }

    VV_TRY(store->connect(false));
    VV_TRY(store->configureConnection());
    if (*version < latestSchemaVersion())
        VV_TRY(migrations::migrate(store->m_db, sql::Dialect::SQLite, latestSchemaVersion()));
    return store;
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::reopen() const
{
    return open(m_location, m_options);
}

Result<Transaction> ProjectStore::begin()
{
    if (isReadOnly())
        return Error::input(ProjectStore::tr("this project is open read-only"),
                            ProjectStore::tr("Open it with write access to change it."));
    // IMMEDIATE takes the write lock now, so two writers never both read and then fail to upgrade.
    VV_TRY(sql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE")));
    return Transaction(this);
}

Result<ProjectInfo> ProjectStore::info() const
{
    ProjectInfo info;
    info.location = m_location;
    auto q = sql::exec(m_db, QStringLiteral("SELECT name, system_version, role, created FROM project WHERE id = 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::input(ProjectStore::tr("%1 has no project record").arg(m_location),
                            ProjectStore::tr("The file may be damaged; restore it from a backup."));
    info.name = q->value(0).toString();
    info.systemVersion = q->value(1).toString();
    info.role = roleFromString(q->value(2).toString()).value_or(ProjectRole::Deployer);
    info.created = QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs);

    auto version = migrations::currentVersion(m_db);
    if (!version)
        return version.error();
    info.schemaVersion = *version;
    auto writer = sql::scalar(m_db, QStringLiteral("SELECT value FROM meta WHERE key = 'written_by'"));
    info.writtenBy = writer ? writer->toString() : QString();

    auto last = sql::exec(m_db, QStringLiteral("SELECT time FROM audit ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    info.modified = last->next() ? QDateTime::fromString(last->value(0).toString(), Qt::ISODateWithMs) : info.created;

    const std::pair<const char *, const char *> counted[] = {
        {"audit_entries", "SELECT count(*) FROM audit"},
        {"blobs", "SELECT count(*) FROM blobs WHERE sha256 IS NOT NULL"},
        {"answers", "SELECT count(*) FROM answers"},
        {"requirement_states", "SELECT count(*) FROM requirement_states"},
        {"evidence_items", "SELECT count(*) FROM evidence"},
        {"test_runs", "SELECT count(*) FROM test_runs"},
    };
    for (const auto &[key, query] : counted) {
        auto n = sql::scalar(m_db, QString::fromLatin1(query));
        if (!n)
            return n.error();
        info.counts.insert(QString::fromLatin1(key), n->toLongLong());
    }
    return info;
}

Status ProjectStore::updateProject(const QString &name, const QString &systemVersion, ProjectRole role)
{
    if (name.trimmed().isEmpty())
        return Error::input(ProjectStore::tr("a project needs a name"));
    auto tx = begin();
    if (!tx)
        return tx.error();
    VV_TRY(sql::exec(m_db, QStringLiteral("UPDATE project SET name = ?, system_version = ?, role = ? WHERE id = 1"),
                     {name, systemVersion, roleToString(role)}));
    VV_TRY(tx->audit(QStringLiteral("project.update"), Json{{"name", toStd(name)},
                                                             {"system_version", toStd(systemVersion)},
                                                             {"role", toStd(roleToString(role))}}));
    return tx->commit();
}

Result<AuditVerification> ProjectStore::verifyAudit(const ProgressSink &progress) const
{
    return audit::verify(m_db, progress);
}

Result<std::vector<AuditEntry>> ProjectStore::auditEntries(qint64 fromSeq, int limit) const
{
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT seq, time, actor, action, payload, prev_hash, hash FROM audit "
                                      "WHERE seq >= ? ORDER BY seq LIMIT ?"),
                       {fromSeq, limit});
    if (!q)
        return q.error();
    std::vector<AuditEntry> out;
    while (q->next()) {
        out.push_back({q->value(0).toLongLong(), QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs),
                       q->value(2).toString(), q->value(3).toString(), q->value(4).toString(),
                       q->value(5).toString(), q->value(6).toString()});
    }
    return out;
}

} // namespace vv
