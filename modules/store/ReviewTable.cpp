#include "store/ReviewTable.h"

#include "core/Sha256.h"
#include "store/Sql.h"
#include "store/Transaction.h"

namespace vv {

namespace {

constexpr std::pair<Verdict, const char *> verdictNames[] = {
    {Verdict::Accepted, "accepted"},
    {Verdict::Deficiency, "deficiency"},
    {Verdict::Question, "question"},
};

} // namespace

QString verdictName(Verdict verdict)
{
    for (const auto &[v, name] : verdictNames)
        if (v == verdict)
            return QString::fromLatin1(name);
    return QStringLiteral("question");
}

std::optional<Verdict> verdictFromName(const QString &name)
{
    for (const auto &[v, n] : verdictNames)
        if (name == QLatin1String(n))
            return v;
    return std::nullopt;
}

const std::vector<Verdict> &allVerdicts()
{
    static const std::vector<Verdict> all = {Verdict::Accepted, Verdict::Deficiency, Verdict::Question};
    return all;
}

Status ReviewTable::insertPackage(Transaction &tx, const ReviewedPackage &p)
{
    auto q = sql::exec(tx.database(),
                       QStringLiteral("INSERT INTO review_packages (id, manifest_sha256, manifest, signer_fingerprint, "
                                      "key_pinned, file_name, opened_at, opened_by, reviewer_name, reviewer_org, "
                                      "summary) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {p.manifestSha256, p.manifest, sql::notNull(p.signerFingerprint), p.keyPinned ? 1 : 0,
                        sql::notNull(p.fileName), isoUtc(tx.store().clock().nowUtc()), tx.store().actor(),
                        sql::notNull(p.reviewerName), sql::notNull(p.reviewerOrganisation), sql::notNull(p.summary)});
    if (!q)
        return q.error();
    return {};
}

Status ReviewTable::addPackageFile(Transaction &tx, const ReviewPackageFile &f)
{
    auto q = sql::exec(tx.database(),
                       QStringLiteral("INSERT INTO review_package_files (path, blob_sha256, size, kind) VALUES (?, ?, ?, ?)"),
                       {f.path, f.sha256, f.size, f.kind});
    if (!q)
        return q.error();
    return {};
}

Status ReviewTable::seal(Transaction &tx)
{
    const QString message = QStringLiteral("this is a review project: the package content cannot be changed");
    QStringList statements;
    auto refuse = [&](const QString &table, const QString &event) {
        const QString name = QStringLiteral("review_seal_%1_%2").arg(table, event.section(QLatin1Char(' '), 0, 0).toLower());
        statements << QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 BEGIN SELECT RAISE(ABORT, '%4'); END")
                          .arg(name, event, table, message);
    };
    const QStringList tables = tx.database().tables();
    QStringList sealed = {QStringLiteral("answers"), QStringLiteral("requirement_states"), QStringLiteral("evidence"),
                          QStringLiteral("evidence_links"), QStringLiteral("document_details"),
                          QStringLiteral("review_package_files"), QStringLiteral("package_builds")};
    // Test runs are the vendor's too, where the schema has them.
    for (const QString &t : {QStringLiteral("test_runs"), QStringLiteral("test_run_metrics"),
                             QStringLiteral("test_run_requirements"), QStringLiteral("test_run_cases")})
        if (tables.contains(t))
            sealed << t;
    for (const QString &t : sealed)
        for (const QString &event : {QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")})
            refuse(t, event);
    refuse(QStringLiteral("project"), QStringLiteral("UPDATE"));
    refuse(QStringLiteral("project"), QStringLiteral("DELETE"));
    refuse(QStringLiteral("review_packages"), QStringLiteral("DELETE"));
    refuse(QStringLiteral("review_packages"),
           QStringLiteral("UPDATE OF manifest_sha256, manifest, signer_fingerprint, key_pinned, file_name, opened_at, "
                          "opened_by"));
    for (const QString &s : statements)
        VV_TRY(sql::exec(tx.database(), s));
    return tx.audit(QStringLiteral("review.seal"), Json{{"triggers", statements.size()}});
}

Status ReviewTable::requireReviewProject() const
{
    auto p = package();
    if (!p)
        return p.error();
    if (!*p)
        return Error::input(tr("%1 is not a review project").arg(m_store.location()),
                            tr("Make one from a package with 'veiviser-cli review open PKG.zip --out REVIEW.veiviser'."));
    return {};
}

Result<std::optional<ReviewedPackage>> ReviewTable::package() const
{
    auto q = sql::exec(m_store.database(),
                       QStringLiteral("SELECT manifest_sha256, manifest, signer_fingerprint, key_pinned, file_name, "
                                      "opened_at, opened_by, reviewer_name, reviewer_org, summary FROM review_packages"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ReviewedPackage>();
    ReviewedPackage p;
    p.manifestSha256 = q->value(0).toString();
    p.manifest = q->value(1).toString();
    p.signerFingerprint = q->value(2).toString();
    p.keyPinned = q->value(3).toInt() != 0;
    p.fileName = q->value(4).toString();
    p.openedAt = QDateTime::fromString(q->value(5).toString(), Qt::ISODateWithMs);
    p.openedBy = q->value(6).toString();
    p.reviewerName = q->value(7).toString();
    p.reviewerOrganisation = q->value(8).toString();
    p.summary = q->value(9).toString();
    return std::optional<ReviewedPackage>(std::move(p));
}

Result<std::vector<ReviewPackageFile>> ReviewTable::packageFiles() const
{
    auto q = sql::exec(m_store.database(),
                       QStringLiteral("SELECT path, blob_sha256, size, kind FROM review_package_files ORDER BY path"));
    if (!q)
        return q.error();
    std::vector<ReviewPackageFile> out;
    while (q->next())
        out.push_back({q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(), q->value(3).toString()});
    return out;
}

Result<std::vector<ReviewFinding>> ReviewTable::findings() const
{
    auto q = sql::exec(m_store.database(),
                       QStringLiteral("SELECT urn, verdict, comment, updated_at, updated_by FROM review_findings ORDER BY urn"));
    if (!q)
        return q.error();
    std::vector<ReviewFinding> out;
    while (q->next())
        out.push_back({q->value(0).toString(), verdictFromName(q->value(1).toString()).value_or(Verdict::Question),
                       q->value(2).toString(), QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs),
                       q->value(4).toString()});
    return out;
}

Status ReviewTable::saveFinding(const ReviewFinding &f)
{
    VV_TRY(requireReviewProject());
    if (f.urn.trimmed().isEmpty())
        return Error::input(tr("a finding needs the requirement's URN"));
    if (f.verdict != Verdict::Accepted && f.comment.trimmed().isEmpty())
        return Error::input(tr("a %1 on %2 needs a comment").arg(verdictName(f.verdict), f.urn),
                            tr("Say what is missing or what the vendor should answer."));
    auto tx = m_store.begin(ChangeScope::Review);
    if (!tx)
        return tx.error();
    VV_TRY(sql::exec(tx->database(),
                     QStringLiteral("INSERT INTO review_findings (urn, verdict, comment, updated_at, updated_by) "
                                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (urn) DO UPDATE SET verdict = excluded.verdict, "
                                    "comment = excluded.comment, updated_at = excluded.updated_at, "
                                    "updated_by = excluded.updated_by"),
                     {f.urn, verdictName(f.verdict), sql::notNull(f.comment.trimmed()), isoUtc(m_store.clock().nowUtc()),
                      m_store.actor()}));
    // A comment may quote the package; the audit keeps its hash.
    VV_TRY(tx->audit(QStringLiteral("review.finding"),
                     Json{{"urn", toStd(f.urn)}, {"verdict", toStd(verdictName(f.verdict))},
                          {"comment_sha256", toStd(Sha256::hex(f.comment.trimmed().toUtf8()))}}));
    return tx->commit();
}

Result<bool> ReviewTable::removeFinding(const QString &urn)
{
    VV_TRY(requireReviewProject());
    auto tx = m_store.begin(ChangeScope::Review);
    if (!tx)
        return tx.error();
    auto q = sql::exec(tx->database(), QStringLiteral("DELETE FROM review_findings WHERE urn = ?"), {urn});
    if (!q)
        return q.error();
    if (q->numRowsAffected() <= 0)
        return false;
    VV_TRY(tx->audit(QStringLiteral("review.finding_remove"), Json{{"urn", toStd(urn)}}));
    VV_TRY(tx->commit());
    return true;
}

Status ReviewTable::setReviewer(const QString &name, const QString &organisation, const QString &summary)
{
    VV_TRY(requireReviewProject());
    auto tx = m_store.begin(ChangeScope::Review);
    if (!tx)
        return tx.error();
    VV_TRY(sql::exec(tx->database(),
                     QStringLiteral("UPDATE review_packages SET reviewer_name = ?, reviewer_org = ?, summary = ?"),
                     {sql::notNull(name.trimmed()), sql::notNull(organisation.trimmed()), sql::notNull(summary.trimmed())}));
    VV_TRY(tx->audit(QStringLiteral("review.reviewer"),
                     Json{{"name", toStd(name.trimmed())}, {"organisation", toStd(organisation.trimmed())},
                          {"summary_sha256", toStd(Sha256::hex(summary.trimmed().toUtf8()))}}));
    return tx->commit();
}

} // namespace vv
