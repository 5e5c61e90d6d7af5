#pragma once

#include "store/ProjectStore.h"

#include <optional>
#include <vector>

namespace vv {

/// A reviewer's verdict on one requirement of a package.
enum class Verdict { Accepted, Deficiency, Question };
QString verdictName(Verdict verdict);
std::optional<Verdict> verdictFromName(const QString &name);
const std::vector<Verdict> &allVerdicts();

/// A reviewer's finding on one requirement: the verdict and the comment that explains it.
struct ReviewFinding {
    QString urn;
    Verdict verdict = Verdict::Question;
    QString comment;
    QDateTime updatedAt; ///< set by the store
    QString updatedBy;   ///< set by the store
};

/// The package a review project was made from: what was verified, by which key, and the reviewer's own fields.
struct ReviewedPackage {
    QString manifestSha256;
    QString manifest;          ///< the canonical manifest text as it was verified
    QString signerFingerprint;
    bool keyPinned = false;    ///< the signature was checked against a key the reviewer supplied
    QString fileName;
    QDateTime openedAt;        ///< set by the store
    QString openedBy;          ///< set by the store
    QString reviewerName;
    QString reviewerOrganisation;
    QString summary;
};

/// A document, export or evidence file of the package, kept in the review project's blob store.
struct ReviewPackageFile {
    QString path;   ///< its path inside the package
    QString sha256;
    qint64 size = 0;
    QString kind;   ///< document, export or evidence
};

/// The reviewer's side of a review project (review_packages, review_package_files, review_findings). A project is a
/// review project when it has a reviewed package; its vendor content is sealed against change.
class ReviewTable {
    Q_DECLARE_TR_FUNCTIONS(vv::ReviewTable)
public:
    explicit ReviewTable(ProjectStore &store) : m_store(store) {}

    /// Records the package a new review project is made from (in the transaction that fills the project).
    static Status insertPackage(Transaction &tx, const ReviewedPackage &package);
    static Status addPackageFile(Transaction &tx, const ReviewPackageFile &file);
    /// Makes the package's content read-only: triggers refuse every change to answers, requirement states,
    /// evidence, document details, the project row and the package records, so only findings can be written.
    static Status seal(Transaction &tx);

    /// The reviewed package, or nullopt when this is not a review project.
    Result<std::optional<ReviewedPackage>> package() const;
    Result<std::vector<ReviewPackageFile>> packageFiles() const;
    Result<std::vector<ReviewFinding>> findings() const;

    /// Saves a finding (one audited transaction); a question or a deficiency needs a comment.
    Status saveFinding(const ReviewFinding &finding);
    /// Removes the finding on a requirement; false when there was none.
    Result<bool> removeFinding(const QString &urn);
    /// Sets who reviews and the review's overall summary.
    Status setReviewer(const QString &name, const QString &organisation, const QString &summary);

private:
    Status requireReviewProject() const;
    ProjectStore &m_store;
};

} // namespace vv
