// Database roles for team projects on PostgreSQL, so that the server enforces what the store enforces: editors
// change the project, reviewers move evidence through review, read-only members look, and nobody but the
// database owner can alter or delete an audit entry.

#include "store/ProjectStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QRegularExpression>
#include <QUrl>

#include <functional>

namespace vv {

namespace {

QString quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

Result<QString> roleBase(const QSqlDatabase &db)
{
    auto name = sql::scalar(db, QStringLiteral("SELECT current_database()"));
    if (!name)
        return name.error();
    const QString base = name->toString();
    static const QRegularExpression plain(QStringLiteral("^[a-z][a-z0-9_]{0,40}$"));
    if (!plain.match(base).hasMatch())
        return Error::input(ProjectStore::tr("the database name '%1' cannot prefix role names").arg(base),
                            ProjectStore::tr("Use a database named with lower-case letters, digits and _."));
    return base;
}

QString roleName(const QString &base, MemberRole role)
{
    return base + QLatin1Char('_') + memberRoleToString(role);
}

Result<bool> roleExists(const QSqlDatabase &db, const QString &name)
{
    auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {name});
    if (!n)
        return n.error();
    return n->toLongLong() > 0;
}

// What each role may do, as statements that can run again and again: GRANT ... ON ALL TABLES covers every table
// that exists when they run, so after a migration they run once more (renewTeamGrants) to cover the new ones.
QStringList grantStatements(const QString &base)
{
    const QString editor = quoted(roleName(base, MemberRole::Editor));
    const QString reviewer = quoted(roleName(base, MemberRole::Reviewer));
    const QString reader = quoted(roleName(base, MemberRole::ReadOnly));
    const QString all = editor + QStringLiteral(", ") + reviewer + QStringLiteral(", ") + reader;
    const QString database = quoted(base);
    return {
        QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(database),
        QStringLiteral("REVOKE ALL ON SCHEMA public FROM PUBLIC"),
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(database, all),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(all),
        // Start from nothing, so that a grant a role should not have (given by hand, or by an older Veiviser) goes.
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1").arg(all),
        QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %1").arg(all),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(all),
        // Editors change everything but the past: audit entries can be added, never changed or removed.
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(editor),
        QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit FROM %1").arg(editor),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(editor),
        // Reviewers move evidence through review, which appends to the audit chain and moves its head.
        QStringLiteral("GRANT INSERT ON audit TO %1").arg(reviewer),
        QStringLiteral("GRANT INSERT, UPDATE ON meta TO %1").arg(reviewer),
        QStringLiteral("GRANT UPDATE (review_state, reviewer, modified, modified_by, row_version) ON evidence TO %1")
            .arg(reviewer),
    };
}

// Whether this login may give the grants: it owns (or is a member of the owner of) the database and every table,
// or is a superuser, for whom pg_has_role is always true.
Result<bool> mayGrant(const QSqlDatabase &db)
{
    auto n = sql::scalar(db, QStringLiteral(
        "SELECT (SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
        "        AND NOT pg_has_role(current_user, tableowner, 'MEMBER')) + "
        "       (SELECT count(*) FROM pg_database WHERE datname = current_database() "
        "        AND NOT pg_has_role(current_user, datdba, 'MEMBER'))"));
    if (!n)
        return n.error();
    return n->toLongLong() == 0;
}

// Whether some table or sequence lacks what the grants give: a table the read-only role cannot read, or a
// sequence editors cannot use. Both are what a migration after `project init --team` leaves behind.
Result<bool> grantsAreStale(const QSqlDatabase &db, const QString &base)
{
    // By oid, not by name: the planner may evaluate the privilege check before the schema filter.
    auto n = sql::scalar(db, QStringLiteral(
        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND ((c.relkind IN ('r', 'p') AND NOT has_table_privilege(?, c.oid, 'SELECT')) "
        "    OR (c.relkind = 'S' AND NOT has_sequence_privilege(?, c.oid, 'USAGE')))"),
        {roleName(base, MemberRole::ReadOnly), roleName(base, MemberRole::Editor)});
    if (!n)
        return n.error();
    return n->toLongLong() > 0;
}

} // namespace

Result<QStringList> ProjectStore::setUpTeamGrants()
{
    if (!m_team)
        return Error::input(ProjectStore::tr("database roles exist only for team projects on PostgreSQL"),
                            ProjectStore::tr("A project file is protected by the file's permissions."));
    VV_TRY(require(MemberRole::Editor, ProjectStore::tr("set up the team's database roles")));
    auto base = roleBase(m_db);
    if (!base)
        return base.error();
    auto tx = begin();
    if (!tx)
        return tx.error();
    QStringList names;
    for (MemberRole r : {MemberRole::Editor, MemberRole::Reviewer, MemberRole::ReadOnly}) {
        const QString name = roleName(*base, r);
        names << name;
        auto exists = roleExists(m_db, name);
        if (!exists)
            return exists.error();
        if (!*exists)
            VV_TRY(sql::exec(m_db, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoted(name))));
    }
    for (const QString &s : grantStatements(*base))
        VV_TRY(sql::exec(m_db, s));
    VV_TRY(tx->audit(QStringLiteral("team.grants"), Json{{"roles", Json::array({toStd(names[0]), toStd(names[1]),
                                                                                  toStd(names[2])})}}));
    VV_TRY(tx->commit());
    return names;
}

namespace {

Result<bool> hasTeamRoles(const QSqlDatabase &db)
{
    auto base = roleBase(db);
    if (!base)
        return false; // no team roles can exist for this name
    return roleExists(db, roleName(*base, MemberRole::Editor));
}

} // namespace

// Called by openTeam before it migrates: where the team's database roles exist, only a login that can renew their
// grants afterwards (the owner, or a superuser) may migrate; anyone else is told what to ask the administrator for.
Status checkMayUpgradeTeam(const QSqlDatabase &db, const QString &location)
{
    auto roles = hasTeamRoles(db);
    if (!roles)
        return roles.error();
    if (!*roles)
        return {};
    auto allowed = mayGrant(db);
    if (!allowed)
        return allowed.error();
    if (*allowed)
        return {};
    auto owner = sql::scalar(db, QStringLiteral("SELECT pg_get_userbyid(datdba) FROM pg_database "
                                                "WHERE datname = current_database()"));
    const QString who = owner ? owner->toString() : QStringLiteral("?");
    QString ownerLocation = location;
    if (QUrl url(location); url.isValid()) {
        url.setUserName(who);
        ownerLocation = url.toString();
    }
    return Error::input(ProjectStore::tr("%1 uses an older project format, and upgrading it adds tables that the "
                                         "team's database roles need grants on, which only the database owner %2 "
                                         "may give")
                            .arg(location, who),
                        ProjectStore::tr("Ask the database administrator to run 'veiviser-cli project upgrade %1' "
                                         "once, as %2 or a superuser. Nothing was changed.")
                            .arg(ownerLocation, who),
                        {location});
}

// Called by openTeam after opening for writing: GRANT ... ON ALL TABLES covers only the tables that existed when it
// ran, so where a migration has since added tables or sequences (or someone changed the grants by hand) and this
// login may grant, the whole set runs again in one audited transaction. True when it did.
Result<bool> renewTeamGrants(ProjectStore &store)
{
    if (!store.isTeamProject() || store.isReadOnly() || store.memberRole() != MemberRole::Editor)
        return false;
    const QSqlDatabase &db = store.database();
    auto base = roleBase(db);
    if (!base)
        return false; // no team roles can exist for this database's name
    // Nothing to do without the team's roles or with grants that cover everything; nothing this login may do
    // without the owner's rights (checkMayUpgradeTeam stops its migrations; the owner's next opening renews).
    const std::function<Result<bool>()> conditions[] = {
        [&] { return roleExists(db, roleName(*base, MemberRole::Editor)); },
        [&] { return grantsAreStale(db, *base); },
        [&] { return mayGrant(db); },
    };
    for (const auto &condition : conditions) {
        auto holds = condition();
        if (!holds)
            return holds.error();
        if (!*holds)
            return false;
    }
    auto tx = store.begin();
    if (!tx)
        return tx.error();
    for (const QString &s : grantStatements(*base))
        VV_TRY(sql::exec(db, s));
    Json roleNames = Json::array();
    for (MemberRole r : {MemberRole::Editor, MemberRole::Reviewer, MemberRole::ReadOnly})
        roleNames.push_back(toStd(roleName(*base, r)));
    VV_TRY(tx->audit(QStringLiteral("team.grants"), Json{{"roles", roleNames}, {"renewed", true}}));
    VV_TRY(tx->commit());
    return true;
}

// Called by setMemberRole inside its transaction: where the team's database roles exist and the member is a
// database login, the login gets the matching role and loses the others.
Status grantMemberDatabaseRole(const QSqlDatabase &db, const QString &actor, MemberRole role)
{
    auto base = roleBase(db);
    if (!base)
        return {}; // no team roles can exist for this name
    auto rolesExist = roleExists(db, roleName(*base, MemberRole::Editor));
    if (!rolesExist)
        return rolesExist.error();
    auto login = roleExists(db, actor);
    if (!login)
        return login.error();
    if (!*rolesExist || !*login)
        return {};
    for (MemberRole r : {MemberRole::Editor, MemberRole::Reviewer, MemberRole::ReadOnly}) {
        const QString statement = r == role ? QStringLiteral("GRANT %1 TO %2") : QStringLiteral("REVOKE %1 FROM %2");
        VV_TRY(sql::exec(db, statement.arg(quoted(roleName(*base, r)), quoted(actor))));
    }
    return {};
}

} // namespace vv
