#pragma once

#include "store/ReviewTable.h"

#include <optional>
#include <vector>

namespace vv {

/// A signed review a regulator sent back, imported into the vendor's project, with its findings.
struct ImportedReview {
    qint64 id = 0;
    QString reviewSha256;          ///< SHA-256 of the review file's canonical body; the same review is imported once
    qint64 packageBuildId = 0;     ///< the project's package build it reviews
    QString reviewerName;
    QString reviewerOrganisation;
    QString reviewerFingerprint;   ///< the key that signed it
    QDateTime reviewedAt;
    QDateTime importedAt;          ///< set by the store
    QString importedBy;            ///< set by the store
    QString summary;
    QString document;              ///< the review file's canonical text
    std::vector<ReviewFinding> findings;
};

/// Reviews imported on the vendor's side (imported_reviews, imported_findings).
class ImportedReviewTable {
public:
    /// Stores a review and its findings in the caller's transaction (the caller audits it); returns its id.
    static Result<qint64> insert(Transaction &tx, const ImportedReview &review);
    /// Every imported review with its findings, newest first.
    static Result<std::vector<ImportedReview>> list(const ProjectStore &store);
    static Result<bool> contains(const ProjectStore &store, const QString &reviewSha256);
};

} // namespace vv
