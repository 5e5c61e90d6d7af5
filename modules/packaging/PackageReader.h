#pragma once

#include "core/Progress.h"
#include "packaging/PackageFormat.h"
#include "packaging/Signing.h"

#include <QFile>
#include <QStringList>

#include <vector>

namespace vv::packaging {

/// An entry of a package as it was read: its name, size and checksums.
struct PackageEntry {
    QString path;
    qint64 size = 0;
    QString sha256;
    quint32 crc32 = 0;
};

/// A file of a verified, extracted package, reached by a name that the package's own contents give (an evidence
/// path in the assessment export, a document named by the manifest). It can only be made by
/// PackageVerification::file(), which accepts nothing but a manifest entry of the expected kind: a signature proves
/// who sent a package, not that the names inside it are benign, so an absolute path, '..', a device, a FIFO or a
/// file of another kind never reaches the disk through it.
class PackagePath {
public:
    /// The extracted copy, inside the folder the reader created.
    const QString &localPath() const { return m_localPath; }
    /// Opens the extracted copy without blocking, and only if it is still a regular file.
    Status open(QFile &file) const;

private:
    friend struct PackageVerification;
    explicit PackagePath(QString localPath) : m_localPath(std::move(localPath)) {}
    QString m_localPath;
};

/// What verifying a package found. It is intact only when problems is empty: every listed file matches its size and
/// hash, nothing is missing or extra, the ZIP has the canonical layout and the signature verifies.
struct PackageVerification {
    QString path;
    Manifest manifest;
    std::vector<PackageEntry> entries;  ///< every entry in archive order, envelope included
    QStringList problems;               ///< translated, one sentence each, naming the file or part that failed
    bool signatureChecked = false;      ///< manifest.sig verified with the manifest's signer key
    bool keyPinned = false;             ///< ...and that key is the one the caller gave
    QString signerFingerprint;          ///< from the manifest; empty when unsigned
    QString extractedTo;                ///< the folder the files were written to, when extraction was asked for

    bool ok() const { return problems.isEmpty(); }
    /// The bytes of an envelope entry or a small file kept in memory while reading (manifest, exports).
    QByteArray memoryFile(const QString &path) const;
    std::vector<std::pair<QString, QByteArray>> kept;
    /// The extracted file the manifest lists under name with the given kind (document, export or evidence). Names
    /// that are not manifest entries, or entries of another kind, are refused as tampering; so is any use before the
    /// package verified and was extracted.
    Result<PackagePath> file(const QString &name, const QString &kind) const;
};

/// What to do while reading a package.
struct PackageReadOptions {
    PackageLimits limits;
    /// Check the signature against this key; when null, the manifest's own key is used and its fingerprint reported.
    PublicKey pinnedKey;
    /// Accept a package without a signature (integrity only); otherwise "not signed" is a problem.
    bool allowUnsigned = false;
    /// Extract every file into this folder, which must not exist yet; it is created (mode 0700) and removed again
    /// when the package is rejected.
    QString extractTo;
    /// Keep these entries in memory (each at most maxEnvelopeBytes... or the manifest limit) for the caller.
    QStringList keepInMemory;
    const CancellationToken *cancel = nullptr;
    ProgressSink progress;
};

/// Reads untrusted packages (libarchive, ZIP only): rejects absolute paths, '..', links, devices, duplicate names,
/// encrypted entries, compression bombs and oversize content before any of it is used, and verifies the rest.
class PackageReader {
    Q_DECLARE_TR_FUNCTIONS(vv::packaging::PackageReader)
public:
    /// Reads and verifies a package. An error means the package could not be read at all (input), was rejected as
    /// hostile or damaged (check), or the read was cancelled; a package that reads but does not verify is returned
    /// with its problems.
    static Result<PackageVerification> read(const QString &path, const PackageReadOptions &options = {});
};

} // namespace vv::packaging
