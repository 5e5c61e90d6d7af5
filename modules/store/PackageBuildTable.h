#pragma once

#include "store/ProjectStore.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace vv {

/// A documentation package the project built: which manifest (by hash), when, by whose key, with which documents.
/// A review sent back is matched to its package through the manifest hash.
struct PackageBuild {
    qint64 id = 0;
    QString manifestSha256;
    QDateTime created;
    QString fileName;          ///< the package's file name, without its folder
    QString signerFingerprint; ///< empty for an unsigned package
    QStringList documents;     ///< document ids
    QString manifest;          ///< the canonical manifest text
};

/// The packages a project built (package_builds).
class PackageBuildTable {
public:
    /// Records a build in the caller's transaction (the caller audits it) and returns its id.
    static Result<qint64> insert(Transaction &tx, const PackageBuild &build);
    /// Every build, newest first.
    static Result<std::vector<PackageBuild>> list(const ProjectStore &store);
    /// The newest build, if the project made any (one row, for overviews that need no more).
    static Result<std::optional<PackageBuild>> newest(const ProjectStore &store);
    /// The build with this manifest hash, if the project made it.
    static Result<std::optional<PackageBuild>> findByManifest(const ProjectStore &store, const QString &sha256);
};

} // namespace vv
