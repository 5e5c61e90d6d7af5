#pragma once

#include "packaging/PackageReader.h"
#include "store/ImportedReviewTable.h"
#include "store/OutputFile.h"

namespace vv::packaging {

/// How a review project is made from a package.
struct ReviewOpenOptions {
    PublicKey pinnedKey;          ///< the key the package must be signed with; null: report the embedded one
    QString reviewerName;
    QString reviewerOrganisation;
    PackageLimits limits;
    const Clock *clock = nullptr; ///< the system clock when null
};

/// What `review open` made.
struct ReviewOpened {
    QString path;
    PackageVerification verification;
    int answers = 0;
    int requirementStates = 0;
    int evidence = 0;
    int files = 0;
};

/// The regulator's side: a review project made from a verified package, findings per requirement, and the signed
/// review file sent back; and the vendor's side: importing that file onto the requirements of the project that
/// built the package (docs/packages.md, "Review").
class Review {
    Q_DECLARE_TR_FUNCTIONS(vv::packaging::Review)
public:
    /// Verifies the package (it must verify completely), extracts it into a fresh private folder, and builds a
    /// review project at outPath from its assessment export, evidence, documents and exports. The package's content
    /// is sealed read-only in the project; only findings can be recorded.
    static Result<ReviewOpened> open(const QString &packagePath, const QString &outPath, const ReviewOpenOptions &options,
                                     const CancellationToken *cancel = nullptr, const ProgressSink &progress = {});

    /// The vendor's assessment export kept in a review project (exports/assessment.json).
    static Result<Json> packageAssessment(ProjectStore &review);
    /// Reads one file of the package from a review project.
    static Result<QByteArray> packageFile(ProjectStore &review, const QString &path, qint64 maxBytes = 256 << 20);

    /// The review document of a review project: package, reviewer, summary and findings; signed when key is given.
    static Result<Json> exportDocument(ProjectStore &review, const SigningKey &key);
    /// The same, written to outPath as the review file sent back (written whole or not at all).
    static Status writeReviewFile(ProjectStore &review, const SigningKey &key, const QString &outPath,
                                  ExistingFile existing = ExistingFile::Refuse);

    /// Checks a review file (format, signature, pinned key) and returns it with its canonical body's SHA-256.
    struct CheckedReview {
        Json document;
        QString sha256;
        bool isSigned = false;
        QString fingerprint;
        std::optional<AuditHead> auditHead; ///< the review project's chain head at export, when recorded
    };
    static Result<CheckedReview> readReviewFile(const QString &path, const PublicKey &pinnedKey, bool allowUnsigned);

    /// Imports a review into the vendor's project: it must concern a package this project built. Returns the stored
    /// review; nullopt when this review was imported before.
    static Result<std::optional<ImportedReview>> import(ProjectStore &vendor, const QString &reviewPath,
                                                        const PublicKey &pinnedKey, bool allowUnsigned);

    /// Largest review file accepted.
    static constexpr qint64 maxReviewBytes = 16 << 20;
};

} // namespace vv::packaging
