#include "store/ImportedReviewTable.h"

#include "store/Sql.h"
#include "store/Transaction.h"

namespace vv {

Result<qint64> ImportedReviewTable::insert(Transaction &tx, const ImportedReview &r)
{
    auto q = sql::exec(tx.database(),
                       QStringLiteral("INSERT INTO imported_reviews (review_sha256, package_build_id, reviewer_name, "
                                      "reviewer_org, reviewer_fingerprint, reviewed_at, imported_at, imported_by, "
                                      "summary, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {r.reviewSha256, r.packageBuildId, sql::notNull(r.reviewerName), sql::notNull(r.reviewerOrganisation),
                        sql::notNull(r.reviewerFingerprint), isoUtc(r.reviewedAt), isoUtc(tx.store().clock().nowUtc()),
                        tx.store().actor(), sql::notNull(r.summary), r.document});
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    for (const ReviewFinding &f : r.findings)
        VV_TRY(sql::exec(tx.database(),
                         QStringLiteral("INSERT INTO imported_findings (review_id, urn, verdict, comment) "
                                        "VALUES (?, ?, ?, ?)"),
                         {id, f.urn, verdictName(f.verdict), sql::notNull(f.comment)}));
    return id;
}

Result<std::vector<ImportedReview>> ImportedReviewTable::list(const ProjectStore &store)
{
    auto q = sql::exec(store.database(),
                       QStringLiteral("SELECT id, review_sha256, package_build_id, reviewer_name, reviewer_org, "
                                      "reviewer_fingerprint, reviewed_at, imported_at, imported_by, summary, document "
                                      "FROM imported_reviews ORDER BY id DESC"));
    if (!q)
        return q.error();
    std::vector<ImportedReview> out;
    while (q->next()) {
        ImportedReview r;
        r.id = q->value(0).toLongLong();
        r.reviewSha256 = q->value(1).toString();
        r.packageBuildId = q->value(2).toLongLong();
        r.reviewerName = q->value(3).toString();
        r.reviewerOrganisation = q->value(4).toString();
        r.reviewerFingerprint = q->value(5).toString();
        r.reviewedAt = QDateTime::fromString(q->value(6).toString(), Qt::ISODateWithMs);
        r.importedAt = QDateTime::fromString(q->value(7).toString(), Qt::ISODateWithMs);
        r.importedBy = q->value(8).toString();
        r.summary = q->value(9).toString();
        r.document = q->value(10).toString();
        out.push_back(std::move(r));
    }
    for (ImportedReview &r : out) {
        auto f = sql::exec(store.database(),
                           QStringLiteral("SELECT urn, verdict, comment FROM imported_findings WHERE review_id = ? "
                                          "ORDER BY urn"),
                           {r.id});
        if (!f)
            return f.error();
        while (f->next())
            r.findings.push_back({f->value(0).toString(),
                                  verdictFromName(f->value(1).toString()).value_or(Verdict::Question),
                                  f->value(2).toString(), r.reviewedAt, r.reviewerName});
    }
    return out;
}

Result<bool> ImportedReviewTable::contains(const ProjectStore &store, const QString &reviewSha256)
{
    auto q = sql::exec(store.database(), QStringLiteral("SELECT 1 FROM imported_reviews WHERE review_sha256 = ?"),
                       {reviewSha256});
    if (!q)
        return q.error();
    return q->next();
}

} // namespace vv
