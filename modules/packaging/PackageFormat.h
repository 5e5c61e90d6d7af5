#pragma once

#include "core/Error.h"
#include "core/Json.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>
#include <vector>

namespace vv::packaging {

/// The names of the package's envelope: the manifest, its signature and the signer's key. Every other entry is
/// listed in the manifest with its size and SHA-256.
struct PackageNames {
    static QString manifest() { return QStringLiteral("manifest.json"); }
    static QString signature() { return QStringLiteral("manifest.sig"); }
    static QString signerKey() { return QStringLiteral("signer.pub"); }
    static QString assessmentExport() { return QStringLiteral("exports/assessment.json"); }
    static QString cycloneDxExport() { return QStringLiteral("exports/cyclonedx.json"); }
    /// Only in packages that contain the declaration of conformity document (AI Act Art. 47(1)).
    static QString declarationExport() { return QStringLiteral("exports/declaration-of-conformity.json"); }
    static bool isEnvelope(const QString &path)
    {
        return path == manifest() || path == signature() || path == signerKey();
    }
};

/// Bounds on what reading an untrusted package may cost (docs/packages.md, "Limits").
struct PackageLimits {
    qint64 maxEntries = 100000;
    qint64 maxEntryBytes = 64ll << 30;
    qint64 maxTotalBytes = 256ll << 30;
    qint64 maxManifestBytes = 16 << 20;
    qint64 maxEnvelopeBytes = 64 << 10;  ///< manifest.sig and signer.pub
    double maxCompressionRatio = 100.0;   ///< uncompressed / compressed, checked once an entry passes ratioFloorBytes
    qint64 ratioFloorBytes = 1 << 20;
    int maxPathBytes = 1024;
    int maxPathDepth = 16;
};

/// One file listed in a manifest.
struct ManifestFile {
    QString path;
    qint64 size = 0;
    QString sha256;
    QString kind; ///< document, export or evidence
};

/// The signer named in a manifest.
struct ManifestSigner {
    QByteArray publicKey; ///< 32 raw bytes
    QString fingerprint;
};

/// A package manifest as read back: its canonical bytes, the files it lists and its signer.
struct Manifest {
    Json json;
    QByteArray canonical;
    QString sha256;          ///< of the canonical bytes: how a review names the package it reviews
    std::vector<ManifestFile> files;
    std::optional<ManifestSigner> signer;
    QDateTime created;
    std::optional<AuditHead> auditHead; ///< the project's audit chain head when the package was built

    /// Reads a manifest from untrusted bytes: shape, fields, paths and hashes are checked.
    static Result<Manifest> parse(QByteArrayView bytes, const PackageLimits &limits);
};

/// The version of the package format this program writes and reads.
constexpr int packageFormatVersion = 1;

/// Checks an entry name read from a package against the rules for untrusted paths (absolute, '..', '\\', control
/// characters, length, depth); the error names the rule.
Status checkUntrustedPath(const QString &path, const PackageLimits &limits);

} // namespace vv::packaging
