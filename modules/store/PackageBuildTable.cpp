#include "store/PackageBuildTable.h"

#include "store/Sql.h"
#include "store/Transaction.h"

namespace vv {

namespace {

const QString selectBuilds = QStringLiteral(
    "SELECT id, manifest_sha256, created, file_name, signer_fingerprint, documents, manifest FROM package_builds ");

PackageBuild buildFrom(const QSqlQuery &q)
{
    PackageBuild b;
    b.id = q.value(0).toLongLong();
    b.manifestSha256 = q.value(1).toString();
    b.created = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    b.fileName = q.value(3).toString();
    b.signerFingerprint = q.value(4).toString();
    if (auto docs = parseJson(q.value(5).toString().toUtf8(), QStringLiteral("package_builds.documents")))
        for (const Json &d : *docs)
            if (d.is_string())
                b.documents << fromStd(d.get<std::string>());
    b.manifest = q.value(6).toString();
    return b;
}

} // namespace

Result<qint64> PackageBuildTable::insert(Transaction &tx, const PackageBuild &b)
{
    auto q = sql::exec(tx.database(),
                       QStringLiteral("INSERT INTO package_builds (manifest_sha256, created, file_name, "
                                      "signer_fingerprint, documents, manifest) VALUES (?, ?, ?, ?, ?, ?)"),
                       {b.manifestSha256, isoUtc(b.created), b.fileName,
                        sql::notNull(b.signerFingerprint),
                        QString::fromUtf8(canonicalJsonBytes(toJson(b.documents))), b.manifest});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<std::vector<PackageBuild>> PackageBuildTable::list(const ProjectStore &store)
{
    auto q = sql::exec(store.database(), selectBuilds + QStringLiteral("ORDER BY id DESC"));
    if (!q)
        return q.error();
    std::vector<PackageBuild> out;
    while (q->next())
        out.push_back(buildFrom(*q));
    return out;
}

Result<std::optional<PackageBuild>> PackageBuildTable::newest(const ProjectStore &store)
{
    auto q = sql::exec(store.database(), selectBuilds + QStringLiteral("ORDER BY id DESC LIMIT 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<PackageBuild>();
    return std::optional<PackageBuild>(buildFrom(*q));
}

Result<std::optional<PackageBuild>> PackageBuildTable::findByManifest(const ProjectStore &store, const QString &sha256)
{
    auto q = sql::exec(store.database(), selectBuilds + QStringLiteral("WHERE manifest_sha256 = ? ORDER BY id"),
                       {sha256});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<PackageBuild>();
    return std::optional<PackageBuild>(buildFrom(*q));
}

} // namespace vv
