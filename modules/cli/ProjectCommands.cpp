// project init | project info | project upgrade | project copy | project member | project members | audit verify | audit log

#include "cli/Args.h"
#include "cli/CommandRegistry.h"
#include "cli/Commands.h"
#include "core/Version.h"
#include "packaging/PackageReader.h"
#include "packaging/Review.h"
#include "packaging/Signing.h"
#include "store/OutputFile.h"
#include "store/ProjectStore.h"

#include <QFileInfo>
#include <QLocale>

namespace vv::cli {

static QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("vv::cli", text, disambiguation, n);
}

static QString localTime(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

static int projectInit(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("name")).option(QStringLiteral("system-version")).option(QStringLiteral("role"));
    a.flag(QStringLiteral("team"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    const QString file = a.positional()[0];
    const bool team = a.has(QStringLiteral("team"));
    if (team && !ProjectStore::isTeamLocation(file))
        return ctx.fail(usageError(tr("--team needs a PostgreSQL address (postgresql://USER@HOST:PORT/DATABASE)"),
                                   ctx.usage()));
    NewProject p;
    p.name = a.value(QStringLiteral("name"), QFileInfo(file).completeBaseName());
    p.systemVersion = a.value(QStringLiteral("system-version"), QStringLiteral("1.0"));
    const QString roleText = a.value(QStringLiteral("role"), QStringLiteral("deployer"));
    const auto role = roleFromString(roleText);
    if (!role)
        return ctx.fail(usageError(tr("unknown role '%1'; allowed: provider, deployer, both").arg(roleText), ctx.usage()));
    p.role = *role;
    // A new project file is never made over something: not a file, and not a project's -wal/-shm.
    if (!ProjectStore::isTeamLocation(file)) {
        if (auto s = checkOutputPath(file, ExistingFile::Never); !s)
            return ctx.fail(s.error());
    }
    auto store = ProjectStore::create(file, p);
    if (!store)
        return ctx.fail(store.error());
    QStringList grants;
    if (team) {
        // The creator becomes the first editor, so the project is never without one.
        if (auto s = (*store)->setMemberRole((*store)->actor(), MemberRole::Editor); !s)
            return ctx.fail(s.error());
        auto roles = (*store)->setUpTeamGrants();
        if (!roles)
            return ctx.fail(roles.error());
        grants = *roles;
    }
    if (ctx.json()) {
        Json doc = {{"created", toStd(file)}, {"name", toStd(p.name)},
                    {"system_version", toStd(p.systemVersion)}, {"role", toStd(roleToString(p.role))},
                    {"schema_version", ProjectStore::latestSchemaVersion()}};
        if (team) {
            Json roles = Json::array();
            for (const QString &g : grants)
                roles.push_back(toStd(g));
            doc["database_roles"] = roles;
            doc["editor"] = toStd((*store)->actor());
        }
        ctx.printJson(doc);
    } else {
        ctx.line(tr("Created project '%1' in %2").arg(p.name, file));
        if (team)
            ctx.line(tr("Database roles %1; %2 is the first editor. Add members with 'project member'.")
                         .arg(grants.join(QStringLiteral(", ")), (*store)->actor()));
    }
    return 0;
}

static int projectInfo(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto store = ProjectStore::open(a.positional()[0], StoreOptions::readOnly());
    if (!store)
        return ctx.fail(store.error());
    auto info = (*store)->info();
    if (!info)
        return ctx.fail(info.error());
    if (ctx.json()) {
        Json counts = Json::object();
        for (auto it = info->counts.cbegin(); it != info->counts.cend(); ++it)
            counts[toStd(it.key())] = it.value();
        ctx.printJson(Json{{"name", toStd(info->name)},
                           {"system_version", toStd(info->systemVersion)},
                           {"role", toStd(roleToString(info->role))},
                           {"schema_version", info->schemaVersion},
                           {"written_by", toStd(info->writtenBy)},
                           {"created", toStd(isoUtc(info->created))},
                           {"modified", toStd(isoUtc(info->modified))},
                           {"open_elsewhere", (*store)->isOpenElsewhere()},
                           {"counts", counts}});
        return 0;
    }
    const QList<std::pair<QString, QString>> rows = {
        {tr("Name"), info->name},
        {tr("System version"), info->systemVersion},
        {tr("Role"), roleToString(info->role)},
        {tr("Schema version"), tr("%1 (written by Veiviser %2)").arg(info->schemaVersion).arg(info->writtenBy)},
        {tr("Created"), localTime(info->created)},
        {tr("Modified"), localTime(info->modified)},
        {tr("Audit entries"), QString::number(info->counts.value(QStringLiteral("audit_entries")))},
        {tr("Stored files"), QString::number(info->counts.value(QStringLiteral("blobs")))},
    };
    qsizetype width = 0;
    for (const auto &r : rows)
        width = std::max(width, r.first.size());
    for (const auto &r : rows)
        ctx.line(QString(r.first + QLatin1Char(':')).leftJustified(width + 2) + r.second);
    if ((*store)->isOpenElsewhere())
        ctx.line(tr("The project is open in another Veiviser program now; what you see is its last saved state."));
    return 0;
}

// Opening a project for writing upgrades it; this command does only that, so that an administrator can upgrade a
// team project (and renew its database grants) as the database owner before the team opens it.
static int projectUpgrade(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto store = ProjectStore::open(a.positional()[0]);
    if (!store)
        return ctx.fail(store.error());
    auto info = (*store)->info();
    if (!info)
        return ctx.fail(info.error());
    if (ctx.json())
        ctx.printJson(Json{{"upgraded", toStd(a.positional()[0])}, {"schema_version", info->schemaVersion}});
    else
        ctx.line(tr("%1 has project format %2, the newest this Veiviser knows").arg(a.positional()[0]).arg(info->schemaVersion));
    return 0;
}

static int projectCopy(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 2, 2, ctx.usage()); !s)
        return ctx.fail(s.error());
    if (!ProjectStore::isTeamLocation(a.positional()[1])) {
        if (auto s = checkOutputPath(a.positional()[1], ExistingFile::Never); !s)
            return ctx.fail(s.error());
    }
    auto source = ProjectStore::open(a.positional()[0], StoreOptions::readOnly());
    if (!source)
        return ctx.fail(source.error());
    auto copy = ProjectStore::copy(**source, a.positional()[1]);
    if (!copy)
        return ctx.fail(copy.error());
    auto info = (*copy)->info();
    if (!info)
        return ctx.fail(info.error());
    const qint64 entries = info->counts.value(QStringLiteral("audit_entries"));
    if (ctx.json())
        ctx.printJson(Json{{"copied", toStd(a.positional()[1])}, {"audit_entries", entries},
                           {"blobs", info->counts.value(QStringLiteral("blobs"))}, {"verified", true}});
    else
        ctx.line(tr("Copied to %1 and verified: %2 audit entries, %3 stored files")
                     .arg(a.positional()[1])
                     .arg(entries)
                     .arg(info->counts.value(QStringLiteral("blobs"))));
    return 0;
}

static int projectMember(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 3, 3, ctx.usage()); !s)
        return ctx.fail(s.error());
    const auto role = memberRoleFromString(a.positional()[2]);
    if (!role)
        return ctx.fail(usageError(tr("unknown member role '%1'; allowed: editor, reviewer, read_only")
                                       .arg(a.positional()[2]),
                                   ctx.usage()));
    auto store = ProjectStore::open(a.positional()[0]);
    if (!store)
        return ctx.fail(store.error());
    if (auto s = (*store)->setMemberRole(a.positional()[1], *role); !s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(Json{{"member", toStd(a.positional()[1])}, {"role", toStd(memberRoleToString(*role))}});
    else
        ctx.line(tr("%1 is now %2").arg(a.positional()[1], memberRoleToString(*role)));
    return 0;
}

static int projectMembers(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto store = ProjectStore::open(a.positional()[0], StoreOptions::readOnly());
    if (!store)
        return ctx.fail(store.error());
    auto members = (*store)->members();
    if (!members)
        return ctx.fail(members.error());
    if (ctx.json()) {
        Json list = Json::array();
        for (auto it = members->cbegin(); it != members->cend(); ++it)
            list.push_back({{"member", toStd(it.key())}, {"role", toStd(memberRoleToString(it.value()))}});
        ctx.printJson(Json{{"members", list}, {"you", toStd((*store)->actor())},
                           {"your_role", toStd(memberRoleToString((*store)->memberRole()))}});
        return 0;
    }
    if (members->isEmpty())
        ctx.line(tr("No members: everyone who can open the project may change it."));
    for (auto it = members->cbegin(); it != members->cend(); ++it)
        ctx.line(QStringLiteral("%1  %2").arg(it.key(), memberRoleToString(it.value())));
    return 0;
}

// The chain head that a signed package (PKG.zip) or a signed review file (REVIEW.json) recorded. Only a verified
// signature makes it an anchor: an unsigned file could have been written by whoever rewrote the history.
static Result<AuditHead> anchorFrom(const QString &path, const QString &pubkey)
{
    packaging::PublicKey pinned;
    if (!pubkey.isEmpty()) {
        auto key = packaging::PublicKey::readFile(pubkey);
        if (!key)
            return key.error();
        pinned = *key;
    }
    std::optional<AuditHead> head;
    if (path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        auto review = packaging::Review::readReviewFile(path, pinned, false);
        if (!review)
            return review.error();
        head = review->auditHead;
    } else {
        packaging::PackageReadOptions options;
        options.pinnedKey = pinned;
        auto package = packaging::PackageReader::read(path, options);
        if (!package)
            return package.error();
        if (!package->ok())
            return Error::check(tr("%1 does not verify: %2").arg(path, package->problems.value(0)),
                                tr("Only a package that verifies can anchor the audit chain."), {path});
        head = package->manifest.auditHead;
    }
    if (!head)
        return Error::input(tr("%1 records no audit chain head").arg(path),
                            tr("Packages and reviews made by older versions record none; build or export a new one."), {path});
    return *head;
}

static int auditVerify(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("against")).option(QStringLiteral("pubkey"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    const QString file = a.positional()[0];
    std::optional<AuditHead> anchor;
    if (a.has(QStringLiteral("against"))) {
        auto head = anchorFrom(a.value(QStringLiteral("against")), a.value(QStringLiteral("pubkey")));
        if (!head)
            return ctx.fail(head.error());
        anchor = *head;
    }
    auto store = ProjectStore::open(file, StoreOptions::readOnly());
    if (!store)
        return ctx.fail(store.error());
    auto v = (*store)->verifyAudit({}, anchor);
    if (!v)
        return ctx.fail(v.error());
    if (ctx.json()) {
        Json doc = {{"intact", v->intact}, {"entries", v->entries}, {"damaged", v->damaged},
                    {"state_differs", v->stateDiffers}};
        if (anchor)
            doc["anchor"] = {{"seq", anchor->seq}, {"hash", toStd(anchor->hash)}, {"met", v->anchorChecked}};
        if (!v->intact) {
            doc["first_bad_entry"] = v->firstBadSeq;
            doc["problem"] = toStd(v->problem);
        }
        ctx.printJson(doc);
    }
    if (!v->intact) {
        QString what = tr("audit chain broken at entry %1: %2").arg(v->firstBadSeq).arg(v->problem);
        if (v->damaged || v->stateDiffers)
            what = v->problem;
        const Error e = Error::check(what, v->damaged ? tr("Restore the project from a backup.")
                                                      : tr("The project was changed outside Veiviser; restore it "
                                                           "from a backup."),
                                     {file});
        ctx.note(tr("error: ") + e.toString());
        return e.exitCode();
    }
    if (!ctx.json()) {
        ctx.line(tr("Audit chain intact: %n entries verified", nullptr, static_cast<int>(v->entries)));
        if (anchor)
            ctx.line(tr("The history up to entry %1 is the one %2 recorded.").arg(anchor->seq)
                         .arg(QFileInfo(a.value(QStringLiteral("against"))).fileName()));
    }
    return 0;
}

static int auditLog(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("from")).option(QStringLiteral("limit"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    bool okFrom = false, okLimit = false;
    const qint64 from = a.value(QStringLiteral("from"), QStringLiteral("1")).toLongLong(&okFrom);
    const int limit = a.value(QStringLiteral("limit"), QStringLiteral("1000")).toInt(&okLimit);
    if (!okFrom || !okLimit || from < 1 || limit < 1)
        return ctx.fail(usageError(tr("--from and --limit take positive whole numbers"), ctx.usage()));
    auto store = ProjectStore::open(a.positional()[0], StoreOptions::readOnly());
    if (!store)
        return ctx.fail(store.error());
    auto entries = (*store)->auditEntries(from, limit);
    if (!entries)
        return ctx.fail(entries.error());
    if (ctx.json()) {
        Json arr = Json::array();
        for (const AuditEntry &e : *entries) {
            auto payload = parseJson(e.payload.toUtf8(), QStringLiteral("audit"));
            arr.push_back({{"seq", e.seq}, {"time", toStd(isoUtc(e.time))}, {"actor", toStd(e.actor)},
                           {"action", toStd(e.action)}, {"payload", payload ? *payload : Json(toStd(e.payload))},
                           {"hash", toStd(e.hash)}});
        }
        ctx.printJson(arr);
        return 0;
    }
    for (const AuditEntry &e : *entries)
        ctx.line(QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(e.seq, 5)
                     .arg(isoUtc(e.time), e.actor, e.action, e.payload.left(120)));
    return 0;
}

void registerProjectCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("project"), QStringLiteral("init")},
        QStringLiteral("FILE|postgresql://USER@HOST:PORT/DB [--name NAME] [--system-version V] "
                       "[--role provider|deployer|both] [--team]"),
        QT_TRANSLATE_NOOP("vv::cli", "Create a new project file, or a team project in an empty PostgreSQL database "
                                     "(--team: with database roles for editors, reviewers and read-only members)."),
        projectInit);
    registry.add({QStringLiteral("project"), QStringLiteral("upgrade")}, QStringLiteral("FILE"),
        QT_TRANSLATE_NOOP("vv::cli", "Upgrade a project to this version's format; on a team project, run as the "
                                     "database owner, it also renews the database roles' grants."),
        projectUpgrade);
    registry.add({QStringLiteral("project"), QStringLiteral("copy")}, QStringLiteral("SRC DST"),
        QT_TRANSLATE_NOOP("vv::cli", "Copy a project between a file and PostgreSQL (either way) with its files and "
                                     "audit chain, and verify the copy."),
        projectCopy);
    registry.add({QStringLiteral("project"), QStringLiteral("member")}, QStringLiteral("FILE NAME editor|reviewer|read_only"),
        QT_TRANSLATE_NOOP("vv::cli", "Add a member or change a member's role (editors only)."), projectMember);
    registry.add({QStringLiteral("project"), QStringLiteral("members")}, QStringLiteral("FILE"),
        QT_TRANSLATE_NOOP("vv::cli", "List the project's members and their roles."), projectMembers);
    registry.add({QStringLiteral("project"), QStringLiteral("info")}, QStringLiteral("FILE"),
        QT_TRANSLATE_NOOP("vv::cli", "Show a project's name, system version, role, schema and counts."), projectInfo);
    registry.add({QStringLiteral("audit"), QStringLiteral("verify")},
        QStringLiteral("FILE [--against PKG.zip|REVIEW.json [--pubkey KEY]]"),
        QT_TRANSLATE_NOOP("vv::cli", "Check the whole file: SQLite's integrity check, the audit chain, the recorded "
                                     "state against the tables and, with --against, the history a signed package or "
                                     "review anchored (exit 1 if anything fails)."),
        auditVerify);
    registry.add({QStringLiteral("audit"), QStringLiteral("log")}, QStringLiteral("FILE [--from SEQ] [--limit N]"),
        QT_TRANSLATE_NOOP("vv::cli", "List audit entries, oldest first."), auditLog);
}

} // namespace vv::cli
