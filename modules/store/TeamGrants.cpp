// Database roles for team projects on PostgreSQL, so that the server enforces what the store enforces: editors
// change the project, reviewers move evidence through review, read-only members look, and nobody but the
// database owner can alter or delete an audit entry.

#include "store/ProjectStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QRegularExpression>

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
    const QString editor = quoted(roleName(*base, MemberRole::Editor));
    const QString reviewer = quoted(roleName(*base, MemberRole::Reviewer));
    const QString reader = quoted(roleName(*base, MemberRole::ReadOnly));
    const QString all = editor + QStringLiteral(", ") + reviewer + QStringLiteral(", ") + reader;
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
    const QString database = quoted(*base);
    const QStringList statements = {
        QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(database),
        QStringLiteral("REVOKE ALL ON SCHEMA public FROM PUBLIC"),
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(database, all),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(all),
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
    for (const QString &s : statements)
        VV_TRY(sql::exec(m_db, s));
    VV_TRY(tx->audit(QStringLiteral("team.grants"), Json{{"roles", Json::array({toStd(names[0]), toStd(names[1]),
                                                                                  toStd(names[2])})}}));
    VV_TRY(tx->commit());
    return names;
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
