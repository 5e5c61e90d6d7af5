#pragma once

#include "packaging/PackageReader.h"

namespace vv::packaging {

/// One difference between two versions of a package.
struct PackageChange {
    enum class Kind { Added, Removed, Changed };
    QString area;   ///< project, packs, answers, requirements, evidence, documents, details, test_runs
    QString key;    ///< what changed: a fact id, URN, evidence id, path, detail key
    Kind kind = Kind::Changed;
    QString before; ///< a short text of the old value (empty when added)
    QString after;  ///< a short text of the new value (empty when removed)
};
QString changeKindName(PackageChange::Kind kind);

/// What changed between two packages, and whether each verified.
struct PackageDiffResult {
    PackageVerification a;
    PackageVerification b;
    std::vector<PackageChange> changes;
};

/// Compares two packages of a project (an older and a newer one): answers, requirement statuses, evidence,
/// documents, details, test runs. Both are read as untrusted packages; a package that does not verify is still
/// compared, and its problems are reported with the result.
class PackageDiff {
    Q_DECLARE_TR_FUNCTIONS(vv::packaging::PackageDiff)
public:
    static Result<PackageDiffResult> compare(const QString &older, const QString &newer, const PackageLimits &limits = {});
    /// The areas in the order they are shown.
    static QStringList areas();
};

} // namespace vv::packaging
