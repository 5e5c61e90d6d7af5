#include "store/ProjectStore.h"

#include "core/Environment.h"
#include "core/Version.h"
#include "secrets/Keychain.h"
#include "store/PostgresConnection.h"
#include "store/Migrations.h"
#include "store/ProjectFilePin.h"
#include "store/Sql.h"
#include "store/AuditChain.h"
#include "store/Transaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>
#include <QtEndian>

#include <sys/statvfs.h>
#include <unistd.h>

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

QString memberRoleToString(MemberRole role)
{
    switch (role) {
    case MemberRole::Editor: return QStringLiteral("editor");
    case MemberRole::Reviewer: return QStringLiteral("reviewer");
    case MemberRole::ReadOnly: return QStringLiteral("read_only");
    }
    return QStringLiteral("read_only");
}

std::optional<MemberRole> memberRoleFromString(const QString &text)
{
    for (MemberRole r : {MemberRole::Editor, MemberRole::Reviewer, MemberRole::ReadOnly})
        if (memberRoleToString(r) == text)
            return r;
    return std::nullopt;
}

// TeamGrants.cpp
Status grantMemberDatabaseRole(const QSqlDatabase &db, const QString &actor, MemberRole role);
Status checkMayUpgradeTeam(const QSqlDatabase &db, const QString &location);
Result<bool> renewTeamGrants(ProjectStore &store);

namespace {

// Every writer of a team project takes this transaction-scoped advisory lock first, the counterpart of SQLite's
// BEGIN IMMEDIATE: writers queue instead of deadlocking, the audit chain gets one entry after the other, and a
// row-version check cannot be overtaken before its write.
constexpr qint64 teamWriteLock = 0x56564953;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("veiviser-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool isTeamUrl(const QString &location)
{
    return location.startsWith(QStringLiteral("postgresql://")) || location.startsWith(QStringLiteral("postgres://"));
}

/// The parts of a postgresql:// URL that QPSQL takes.
struct TeamAddress {
    QString user;
    QString host;
    int port = 5432;
    QString database;
    QString options; ///< libpq connection options, ';'-separated
};

// Only options that say how to reach the server are taken from the URL. A password never is: it would end up
// in project lists, shell histories and logs. It comes from the keychain, PGPASSFILE (~/.pgpass) or PGPASSWORD.
Result<TeamAddress> parseTeamUrl(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    auto bad = [&](const QString &why) {
        return Error::input(ProjectStore::tr("%1 is not a usable PostgreSQL address: %2").arg(location, why),
                            ProjectStore::tr("Write postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full."));
    };
    if (!url.isValid())
        return bad(url.errorString());
    if (!url.password().isEmpty())
        return Error::input(ProjectStore::tr("the address %1 contains a password").arg(url.toString(QUrl::RemovePassword)),
                            ProjectStore::tr("Remove it and put it in the keychain ('veiviser-cli secret set "
                                             "--database ADDRESS'), your PGPASSFILE (~/.pgpass) or the PGPASSWORD "
                                             "environment variable; Veiviser never stores passwords in a project."));
    TeamAddress a;
    a.user = url.userName();
    a.host = url.host();
    a.port = url.port(5432);
    a.database = url.path().mid(1);
    if (a.host.isEmpty())
        return bad(ProjectStore::tr("it names no host"));
    if (a.database.isEmpty() || a.database.contains(QLatin1Char('/')))
        return bad(ProjectStore::tr("it names no database"));
    static const QStringList allowed = {QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
                                        QStringLiteral("sslcert"), QStringLiteral("sslkey"),
                                        QStringLiteral("connect_timeout"), QStringLiteral("application_name")};
    QStringList options;
    bool timeout = false;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!allowed.contains(key))
            return bad(ProjectStore::tr("the option '%1' is not supported (allowed: %2)").arg(key, allowed.join(QStringLiteral(", "))));
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char('\'')))
            return bad(ProjectStore::tr("the value of '%1' contains a space, quote or semicolon").arg(key));
        options << key + QLatin1Char('=') + value;
        timeout = timeout || key == QStringLiteral("connect_timeout");
    }
    if (!timeout)
        options << QStringLiteral("connect_timeout=15");
    a.options = options.join(QLatin1Char(';'));
    return a;
}

// The first 16 bytes of every SQLite database file, its terminating NUL included.
QByteArrayView sqliteMagic()
{
    return QByteArrayView("SQLite format 3\0", 16);
}

// Why this process cannot change the project file, in words, or empty when it can. SQLite writes the file and
// creates its -wal and -shm files beside it, so the folder counts too unless they exist already.
QString whyNotWritable(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct statvfs disk {};
    if (::statvfs(native.constData(), &disk) == 0 && (disk.f_flag & ST_RDONLY))
        return ProjectStore::tr("it is on a read-only disk or mount");
    if (::access(native.constData(), W_OK) != 0)
        return ProjectStore::tr("you may not write to the file");
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    if (::access(folder.constData(), W_OK) != 0 &&
        !(QFileInfo::exists(path + QStringLiteral("-wal")) && QFileInfo::exists(path + QStringLiteral("-shm"))))
        return ProjectStore::tr("you may not write to its folder, where SQLite keeps the -wal and -shm files");
    return {};
}

// Reads the SQLite header through the file's pin (never a second descriptor: closing one would drop this process's
// locks on a project it has open), so that a file that is not a Veiviser project is never opened by SQLite (which
// could otherwise create journal files next to it or, for an empty file, turn it into a database).
Status checkHeader(const QString &path, const ProjectFilePin &pin)
{
    const QByteArray header = pin.header(100);
    const ProjectStore::HeaderKind kind = ProjectStore::headerKind(header);
    if (header.isEmpty())
        return Error::input(ProjectStore::tr("%1 is empty, so it is not a Veiviser project").arg(path),
                            ProjectStore::tr("If it was a project, it was truncated; restore it from a backup."));
    if (header.size() < 100 && sqliteMagic().startsWith(header.left(16)))
        return Error::input(ProjectStore::tr("%1 is cut off after %2 bytes").arg(path).arg(header.size()),
                            ProjectStore::tr("The file was truncated; restore it from a backup."));
    if (kind == ProjectStore::HeaderKind::NotSqlite)
        return Error::input(ProjectStore::tr("%1 is not a Veiviser project").arg(path),
                            ProjectStore::tr("Open a .veiviser file created by Veiviser."));
    if (kind == ProjectStore::HeaderKind::OtherSqlite)
        return Error::input(ProjectStore::tr("%1 is an SQLite database, but not a Veiviser project").arg(path),
                            ProjectStore::tr("Open a .veiviser file created by Veiviser."));
    // The header records how many pages the file has (valid when its "version valid for" matches the change
    // counter); a shorter file was cut off, by a full disk or an interrupted copy. Not while a write-ahead log has
    // content: a checkpoint in another connection writes page 1 (with the new count) before the pages that extend
    // the file, so a healthy project in use can be shorter for a moment than its header says.
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return {};
    const quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16) == 1
                                 ? 65536u : qFromBigEndian<quint16>(header.constData() + 16);
    const quint32 pages = qFromBigEndian<quint32>(header.constData() + 28);
    const bool countValid = qFromBigEndian<quint32>(header.constData() + 92) == qFromBigEndian<quint32>(header.constData() + 24);
    const qint64 expected = qint64(pages) * pageSize;
    if (countValid && pages > 0 && pin.size() >= 0 && pin.size() < expected)
        return Error::check(ProjectStore::tr("%1 is cut off: it has %2 bytes of the %3 its header records")
                                .arg(path).arg(pin.size()).arg(expected),
                            ProjectStore::tr("The file was truncated (a full disk or an interrupted copy); restore it "
                                             "from a backup."));
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
    ProjectFilePin::closeWith(m_pin, [this] {
        if (m_db.isValid())
            m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    });
}

bool ProjectStore::isOpenElsewhere() const
{
    return m_pin && m_pin->openElsewhere();
}

QString ProjectStore::sqliteReaderUri() const
{
    if (m_team || !m_db.isOpen())
        return {};
    const QFileInfo file(m_location);
    if (!file.isFile())
        return {};
    return QStringLiteral("file:") + QString::fromLatin1(QUrl::toPercentEncoding(file.absoluteFilePath(), "/")) +
        (m_immutable ? QStringLiteral("?mode=ro&immutable=1") : QStringLiteral("?mode=ro"));
}

// Replaces the store's connection (if any) by a new, unopened one through driver.
static Status newConnection(QSqlDatabase &db, const QString &name, const QString &driver, const QString &package)
{
    closeConnection(db, name);
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error::runtime(ProjectStore::tr("Qt's database driver %1 is not installed").arg(driver),
                              ProjectStore::tr("Install the Debian package %1.").arg(package));
    db = QSqlDatabase::addDatabase(driver, name);
    return {};
}

Status ProjectStore::connect(bool readOnly, bool immutable)
{
    VV_TRY(newConnection(m_db, m_connectionName, QStringLiteral("QSQLITE"), QStringLiteral("libqt6sql6-sqlite")));
    m_db.setDatabaseName(m_location);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_immutable = immutable;
    if (immutable) {
        const QString path = QFileInfo(m_location).absoluteFilePath();
        m_db.setDatabaseName(QStringLiteral("file:") + QString::fromLatin1(QUrl::toPercentEncoding(path, "/")) +
                             QStringLiteral("?immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    }
    m_db.setConnectOptions(options);
    if (!m_db.open())
        return sql::error(m_db.lastError(), ProjectStore::tr("opening %1").arg(m_location));
    return {};
}

// libpq connects as the OS user when the address names none, so the entry does too.
static QString keychainEntryOf(const TeamAddress &a)
{
    return secrets::Keychain::databaseEntry(a.user.isEmpty() ? currentOsUser() : a.user, a.host, a.port, a.database);
}

Result<QString> ProjectStore::keychainEntry(const QString &teamLocation)
{
    if (!isTeamLocation(teamLocation))
        return Error::input(ProjectStore::tr("%1 is not a team database address").arg(teamLocation),
                            ProjectStore::tr("Write postgresql://USER@HOST:PORT/DATABASE."));
    auto address = parseTeamUrl(teamLocation);
    if (!address)
        return address.error();
    return keychainEntryOf(*address);
}

Status openPostgres(QSqlDatabase &db, const QString &connectionName, const QString &location)
{
    auto address = parseTeamUrl(location);
    if (!address)
        return address.error();
    VV_TRY(newConnection(db, connectionName, QStringLiteral("QPSQL"), QStringLiteral("libqt6sql6-psql")));
    db.setHostName(address->host);
    db.setPort(address->port);
    db.setDatabaseName(address->database);
    db.setUserName(address->user);
    db.setConnectOptions(address->options);
    // PGPASSWORD, when set, is the user's choice for this shell and wins. Otherwise a password filed in the keychain
    // for exactly this user, server and database; without one, libpq reads PGPASSFILE. An unreachable keychain is
    // not an error here: PGPASSFILE is the usual way on servers without a desktop session.
    if (qEnvironmentVariableIsEmpty("PGPASSWORD")) {
        auto secret = secrets::Keychain::read(keychainEntryOf(*address));
        if (secret && *secret)
            db.setPassword(QString::fromUtf8(**secret));
    }
    if (!db.open())
        return Error::runtime(ProjectStore::tr("cannot connect to %1: %2").arg(location, db.lastError().text().trimmed()),
                              ProjectStore::tr("Check the address, that the server runs, and your password in the "
                                               "keychain ('veiviser-cli secret set --database ADDRESS'), PGPASSFILE "
                                               "or PGPASSWORD."));
    // Quiet notices, UTC and text as UTF-8, so what is read does not depend on the server's settings.
    VV_TRY(sql::exec(db, QStringLiteral("SET client_min_messages = error")));
    VV_TRY(sql::exec(db, QStringLiteral("SET TIME ZONE 'UTC'")));
    VV_TRY(sql::exec(db, QStringLiteral("SET client_encoding = 'UTF8'")));
    return {};
}

void closeConnection(QSqlDatabase &db, const QString &connectionName)
{
    if (db.isValid()) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
    }
}

Status ProjectStore::connectTeam(bool readOnly)
{
    VV_TRY(openPostgres(m_db, m_connectionName, m_location));
    m_team = true;
    if (readOnly)
        VV_TRY(sql::exec(m_db, QStringLiteral("SET default_transaction_read_only = on")));
    if (m_options.actor.isEmpty() || m_options.actor == currentOsUser()) {
        // On a team project the database login is who acts: that is whom the server's grants know.
        auto user = sql::scalar(m_db, QStringLiteral("SELECT current_user"));
        if (!user)
            return user.error();
        m_options.actor = user->toString();
    }
    return {};
}

Status ProjectStore::loadMemberRole()
{
    m_memberRole = MemberRole::Editor;
    auto all = members();
    if (!all)
        return all.error();
    if (!all->isEmpty())
        m_memberRole = all->value(m_options.actor, MemberRole::ReadOnly);
    return {};
}

Status ProjectStore::loadAccess()
{
    VV_TRY(loadMemberRole());
    // A review project is one with a reviewed package (migration 7, ReviewTable); its content is sealed.
    auto q = sql::exec(m_db, QStringLiteral("SELECT file_name FROM review_packages"));
    if (!q)
        return q.error();
    m_review = q->next();
    m_reviewedPackage = m_review ? q->value(0).toString() : QString();
    return {};
}

Status ProjectStore::mayChange(ChangeScope scope) const
{
    const SourceLocation where{m_location};
    if (isReadOnly() && !m_notWritable.isEmpty())
        return Error::input(ProjectStore::tr("this project can only be read here: %1").arg(m_notWritable),
                            ProjectStore::tr("Reading commands work. To change it, copy it to a folder you may write "
                                             "to, or ask for write access."),
                            where);
    if (isReadOnly())
        return Error::input(ProjectStore::tr("this project is open read-only"),
                            ProjectStore::tr("Open it with write access to change it."), where);
    if (m_memberRole == MemberRole::ReadOnly)
        VV_TRY(require(MemberRole::Reviewer, ProjectStore::tr("change it")));
    if (m_review && scope != ChangeScope::Review)
        return Error::input(ProjectStore::tr("this is a review project, made from the package %1 for review; its "
                                             "answers, requirements, evidence, documents and test runs are the "
                                             "package's and cannot be changed")
                                .arg(m_reviewedPackage),
                            ProjectStore::tr("Record findings with 'veiviser-cli review finding' or on the Packages "
                                             "page. To change the content, change the vendor's project and build a "
                                             "new package."),
                            where);
    return {};
}

Result<QMap<QString, MemberRole>> ProjectStore::members() const
{
    QMap<QString, MemberRole> out;
    auto q = sql::exec(m_db, QStringLiteral("SELECT actor, role FROM members"));
    if (!q)
        return q.error();
    while (q->next())
        out.insert(q->value(0).toString(), memberRoleFromString(q->value(1).toString()).value_or(MemberRole::ReadOnly));
    return out;
}

Status ProjectStore::require(MemberRole needed, const QString &what) const
{
    const bool allowed = needed == MemberRole::ReadOnly || m_memberRole == MemberRole::Editor ||
                         (needed == MemberRole::Reviewer && m_memberRole == MemberRole::Reviewer);
    if (allowed)
        return {};
    const QString role = m_memberRole == MemberRole::Reviewer ? ProjectStore::tr("a reviewer")
                                                              : ProjectStore::tr("a read-only member");
    return Error::input(ProjectStore::tr("%1 is %2 of this project and may not %3").arg(m_options.actor, role, what),
                        ProjectStore::tr("Ask an editor of the project to do it, or to change your role."));
}

Status ProjectStore::setMemberRole(const QString &actor, MemberRole role)
{
    if (actor.trimmed().isEmpty())
        return Error::input(ProjectStore::tr("a member needs a name"));
    VV_TRY(require(MemberRole::Editor, ProjectStore::tr("change members")));
    auto tx = begin();
    if (!tx)
        return tx.error();
    auto count = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM members"));
    if (!count)
        return count.error();
    if (count->toLongLong() == 0 && role != MemberRole::Editor)
        return Error::input(ProjectStore::tr("the first member of a project must be an editor"),
                            ProjectStore::tr("Add an editor first, so that someone can still change the project."));
    VV_TRY(sql::exec(m_db,
                     QStringLiteral("INSERT INTO members (actor, role, added, added_by) VALUES (?, ?, ?, ?) "
                                    "ON CONFLICT (actor) DO UPDATE SET role = excluded.role"),
                     {actor, memberRoleToString(role), isoUtc(clock().nowUtc()), m_options.actor}));
    auto editors = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM members WHERE role = 'editor'"));
    if (!editors)
        return editors.error();
    if (editors->toLongLong() == 0)
        return Error::input(ProjectStore::tr("%1 is the last editor of the project").arg(actor),
                            ProjectStore::tr("Make someone else an editor first."));
    if (m_team)
        VV_TRY(grantMemberDatabaseRole(m_db, actor, role));
    VV_TRY(tx->audit(QStringLiteral("member.role"), Json{{"member", toStd(actor)}, {"role", toStd(memberRoleToString(role))}}));
    VV_TRY(tx->commit());
    return loadMemberRole();
}

Status ProjectStore::configureConnection()
{
    if (m_team)
        return {};
    // WAL lets readers go on while one writer writes; synchronous=FULL makes each commit survive power loss.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"})
        VV_TRY(sql::exec(m_db, QString::fromLatin1(pragma)));
    if (isReadOnly())
        VV_TRY(sql::exec(m_db, QStringLiteral("PRAGMA query_only = ON")));
    else
        VV_TRY(sql::exec(m_db, QStringLiteral("PRAGMA journal_mode = WAL")));
    return {};
}

Status ProjectStore::setDurability(Durability durability)
{
    const bool full = durability == Durability::PowerCut;
    // SQLite in WAL mode: NORMAL syncs at checkpoints and never corrupts; a later FULL commit syncs the whole WAL.
    // PostgreSQL: without synchronous_commit the server acknowledges before its WAL flush, consistently.
    if (m_team) {
        VV_TRY(sql::exec(m_db, full ? QStringLiteral("SET synchronous_commit TO on")
                                    : QStringLiteral("SET synchronous_commit TO off")));
    } else if (!isReadOnly()) {
        VV_TRY(sql::exec(m_db, full ? QStringLiteral("PRAGMA synchronous = FULL")
                                    : QStringLiteral("PRAGMA synchronous = NORMAL")));
    }
    return {};
}

int ProjectStore::latestSchemaVersion()
{
    return migrations::latest();
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::create(const QString &location, const NewProject &project,
                                                           Options options)
{
    if (project.name.trimmed().isEmpty())
        return Error::input(ProjectStore::tr("a project needs a name"), ProjectStore::tr("Give one with --name."));
    return createWith(location, options, [&](ProjectStore &store, Transaction &tx) -> Status {
        VV_TRY(sql::exec(store.m_db,
                         QStringLiteral("INSERT INTO project (id, name, system_version, role, created) "
                                        "VALUES (1, ?, ?, ?, ?)"),
                         {project.name, project.systemVersion, roleToString(project.role),
                          isoUtc(store.clock().nowUtc())}));
        return tx.audit(QStringLiteral("project.create"), Json{{"name", toStd(project.name)},
                                                               {"system_version", toStd(project.systemVersion)},
                                                               {"role", toStd(roleToString(project.role))},
                                                               {"program_version", VV_VERSION}});
    });
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::createWith(const QString &location, Options options,
                                                               const Filler &fill)
{
    if (isTeamUrl(location))
        return createTeam(location, options, fill);
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
        if (auto s = fill(*store, *tx); !s)
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

// A project of an older format opened for reading: its version, and the migrations that changed the tables since,
// which the readers of this version would misread (docs/portfolio.md). Reading never upgrades.
static Error olderFormat(const QString &location, int version)
{
    QStringList since;
    for (const migrations::Migration &m : migrations::all())
        if (m.version > version)
            since << QStringLiteral("%1 %2").arg(m.version).arg(m.name);
    return Error::input(ProjectStore::tr("%1 uses an older project format (version %2; this Veiviser reads version %3, "
                                         "and the tables changed since in migrations %4)")
                            .arg(location)
                            .arg(version)
                            .arg(ProjectStore::latestSchemaVersion())
                            .arg(since.join(QStringLiteral(", "))),
                        ProjectStore::tr("Open it once without read-only access to upgrade it."));
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString &location, Options options)
{
    if (isTeamUrl(location))
        return openTeam(location, options);
    auto pin = ProjectFilePin::acquire(location);
    if (!pin)
        return pin.error();
    VV_TRY(checkHeader(location, **pin));

    // A project that can only be read here opens for reading (a read-only mount, folder or file), and says why
    // when something would change it.
    const QString notWritable = whyNotWritable(location);
    if (!notWritable.isEmpty() && options.access == Access::ReadWrite)
        options.access = Access::ReadOnly;
    // Without a -wal file nobody has the project open for writing, and the file alone holds it. Then the first look
    // reads it as immutable: SQLite creates no -wal and -shm files for it, which a refused file (a newer version)
    // or a read-only open would otherwise leave behind, owned by this user, and which in a read-only folder it could
    // not create at all (and would refuse to open the file).
    const bool fileAlone = !QFileInfo::exists(location + QStringLiteral("-wal"));

    std::unique_ptr<ProjectStore> store(new ProjectStore(location, options));
    store->m_pin = std::move(*pin);
    store->m_notWritable = notWritable;
    // A file with a project's header that SQLite cannot read is damaged: a check's finding (exit 1), not bad input.
    auto damaged = [&](const Error &e) {
        return Error::check(ProjectStore::tr("%1 cannot be read as a Veiviser project (%2)").arg(location, e.what()),
                            ProjectStore::tr("The file may be damaged; restore it from a backup."));
    };

    // Look before touching: a read-only connection checks the schema, so a newer or damaged file is never changed.
    VV_TRY(store->connect(true, fileAlone));
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
        if (*version < latestSchemaVersion() && !notWritable.isEmpty())
            return Error::input(ProjectStore::tr("%1 uses an older project format, and it cannot be upgraded here: %2")
                                    .arg(location, notWritable),
                                ProjectStore::tr("Copy it to a folder you may write to and open the copy."));
        if (*version < latestSchemaVersion())
            return options.olderFormat == StoreOptions::OlderFormat::ReadUpgradedCopy
                       ? openUpgradedCopy(std::move(store), *version)
                       : Result<std::unique_ptr<ProjectStore>>(olderFormat(location, *version));
        // A read-write connection (refusing writes with query_only) lets SQLite remove its -wal and -shm files on
        // close; a file we may not write stays on the read-only connection.
        if (notWritable.isEmpty())
            VV_TRY(store->connect(false));
        else if (!fileAlone)
            VV_TRY(store->connect(true)); // the -wal holds part of the project: read it too
        VV_TRY(store->configureConnection());
        VV_TRY(store->loadAccess());
        store->m_pin->hold();
        return store;
    }

    VV_TRY(store->connect(false));
    VV_TRY(store->configureConnection());
    if (*version < latestSchemaVersion())
        VV_TRY(migrations::migrate(store->m_db, sql::Dialect::SQLite, latestSchemaVersion()));
    VV_TRY(store->loadAccess());
    store->m_pin->hold();
    return store;
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::openUpgradedCopy(std::unique_ptr<ProjectStore> older, int version)
{
    const QString location = older->m_location;
    if (QFileInfo(location).size() > maxUpgradedCopyBytes)
        return olderFormat(location, version);
    auto folder = std::make_shared<QTemporaryDir>();
    if (!folder->isValid())
        return Error::runtime(ProjectStore::tr("cannot make a temporary folder to read %1: %2")
                                  .arg(location, folder->errorString()),
                              ProjectStore::tr("Check the space in the temporary folder (TMPDIR)."));
    const QString copy = folder->filePath(QStringLiteral("upgraded.veiviser"));
    // VACUUM INTO writes one consistent copy (the -wal's pages included) through the read-only connection.
    if (auto s = sql::exec(older->m_db, QStringLiteral("VACUUM INTO ?"), {copy}); !s)
        return Error::runtime(ProjectStore::tr("cannot copy %1 to read its older format: %2").arg(location, s.error().what()),
                              ProjectStore::tr("Check the space in the temporary folder (TMPDIR)."));
    Options options = older->m_options;
    older.reset(); // the file's connection and pin go before the copy is opened
    options.olderFormat = StoreOptions::OlderFormat::Refuse;
    options.access = Access::ReadWrite;
    if (auto upgrading = open(copy, options); !upgrading)
        return Error(upgrading.error()).prefixed(ProjectStore::tr("while upgrading a copy of %1").arg(location));
    options.access = Access::ReadOnly;
    auto store = open(copy, options);
    if (!store)
        return store.error();
    (*store)->m_copyFolder = std::move(folder);
    (*store)->m_upgradedFrom = version;
    return store;
}

ProjectStore::HeaderKind ProjectStore::headerKind(QByteArrayView header)
{
    if (header.size() < 100 || !header.startsWith(sqliteMagic()))
        return HeaderKind::NotSqlite;
    return qFromBigEndian<qint32>(header.data() + 68) == applicationId ? HeaderKind::Project : HeaderKind::OtherSqlite;
}

QString ProjectStore::companionOf(const QString &path)
{
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (path.endsWith(QLatin1String(suffix)))
            return path.chopped(qsizetype(qstrlen(suffix)));
    return path;
}

bool ProjectStore::isTeamLocation(const QString &location)
{
    return isTeamUrl(location);
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::createTeam(const QString &location, Options options,
                                                               const Filler &fill)
{
    std::unique_ptr<ProjectStore> store(new ProjectStore(location, options));
    VV_TRY(store->connectTeam(false));
    auto version = migrations::currentVersion(store->m_db);
    if (!version)
        return version.error();
    bool unfinished = false;
    if (*version != 0) {
        // A creation that was interrupted after the schema but before the project row may be finished now.
        auto rows = sql::scalar(store->m_db, QStringLiteral("SELECT (SELECT count(*) FROM project) + "
                                                            "(SELECT count(*) FROM audit)"));
        unfinished = *version <= latestSchemaVersion() && rows && rows->toLongLong() == 0;
        if (!unfinished)
            return Error::input(ProjectStore::tr("%1 already holds a Veiviser project").arg(location),
                                ProjectStore::tr("Open it, or ask the database administrator for an empty database."));
    }
    if (!unfinished && !store->m_db.tables().isEmpty())
        return Error::input(ProjectStore::tr("the database %1 is not empty").arg(location),
                            ProjectStore::tr("A team project needs a database of its own; ask the database "
                                             "administrator for an empty one."));
    VV_TRY(migrations::migrate(store->m_db, sql::Dialect::PostgreSQL, latestSchemaVersion()));
    auto tx = store->begin();
    if (!tx)
        return tx.error();
    // Another Veiviser may have created the project while this one migrated; one project row only.
    auto rows = sql::scalar(store->m_db, QStringLiteral("SELECT count(*) FROM project"));
    if (!rows)
        return rows.error();
    if (rows->toLongLong() != 0)
        return Error::input(ProjectStore::tr("%1 already holds a Veiviser project").arg(location),
                            ProjectStore::tr("Open it instead."));
    VV_TRY(fill(*store, *tx));
    VV_TRY(tx->commit());
    VV_TRY(store->loadAccess());
    return store;
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::openTeam(const QString &location, Options options)
{
    std::unique_ptr<ProjectStore> store(new ProjectStore(location, options));
    VV_TRY(store->connectTeam(store->isReadOnly()));
    auto version = migrations::currentVersion(store->m_db);
    if (!version)
        return version.error();
    if (*version == 0)
        return Error::input(ProjectStore::tr("the database %1 holds no Veiviser project").arg(location),
                            ProjectStore::tr("Create one with 'veiviser-cli project init %1'.").arg(location));
    if (*version > latestSchemaVersion()) {
        auto writer = sql::scalar(store->m_db, QStringLiteral("SELECT value FROM meta WHERE key = 'written_by'"));
        const QString by = writer ? writer->toString() : ProjectStore::tr("a newer version");
        return Error::input(ProjectStore::tr("this project was written by Veiviser %1; update Veiviser to open it").arg(by),
                            ProjectStore::tr("This is Veiviser %1. Nothing was changed.").arg(QStringLiteral(VV_VERSION)));
    }
    if (*version < latestSchemaVersion()) {
        if (store->isReadOnly())
            return olderFormat(location, *version);
        VV_TRY(checkMayUpgradeTeam(store->m_db, location));
        VV_TRY(migrations::migrate(store->m_db, sql::Dialect::PostgreSQL, latestSchemaVersion()));
    }
    auto rows = sql::scalar(store->m_db, QStringLiteral("SELECT count(*) FROM project"));
    if (!rows)
        return rows.error();
    if (rows->toLongLong() != 1)
        return Error::input(ProjectStore::tr("%1 has no project record").arg(location),
                            ProjectStore::tr("Its creation was interrupted; ask the administrator to empty the "
                                             "database and create the project again."));
    VV_TRY(store->loadAccess());
    if (auto renewed = renewTeamGrants(*store); !renewed)
        return renewed.error();
    return store;
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::reopen() const
{
    return open(m_location, m_options);
}

Result<Transaction> ProjectStore::begin(ChangeScope scope)
{
    VV_TRY(mayChange(scope));
    if (m_team) {
        VV_TRY(sql::exec(m_db, QStringLiteral("BEGIN")));
        if (auto r = sql::exec(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {teamWriteLock}); !r) {
            (void)sql::exec(m_db, QStringLiteral("ROLLBACK"));
            return r.error();
        }
        return Transaction(this);
    }
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

Result<AuditVerification> ProjectStore::verifyAudit(const ProgressSink &progress,
                                                    const std::optional<AuditHead> &anchor) const
{
    return audit::verify(m_db, progress, anchor);
}

Result<AuditHead> ProjectStore::auditHead() const
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"));
    if (!q)
        return q.error();
    AuditHead head;
    if (q->next())
        head = {q->value(0).toLongLong(), q->value(1).toString()};
    return head;
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
