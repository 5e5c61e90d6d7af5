#include "packaging/PackageReader.h"

#include "core/RegularFile.h"
#include "core/Sha256.h"
#include "packaging/Zip.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace vv::packaging {

QByteArray PackageVerification::memoryFile(const QString &p) const
{
    for (const auto &[name, bytes] : kept)
        if (name == p)
            return bytes;
    return {};
}

Status PackagePath::open(QFile &file) const
{
    return openRegularFile(file, m_localPath);
}

Result<PackagePath> PackageVerification::file(const QString &name, const QString &kind) const
{
    if (extractedTo.isEmpty() || !ok())
        return Error::runtime(PackageReader::tr("%1: the package was not verified and extracted").arg(path));
    const QString hint = PackageReader::tr("The package was not made by Veiviser or has been tampered with; do not use it.");
    for (const ManifestFile &f : manifest.files) {
        if (f.path != name)
            continue;
        if (f.kind != kind)
            return Error::check(PackageReader::tr("%1: '%2' is named as a file of kind %3, but the manifest lists it as %4")
                                    .arg(path, name, kind, f.kind.isEmpty() ? QStringLiteral("-") : f.kind),
                                hint);
        return PackagePath(QDir(extractedTo).filePath(f.path));
    }
    return Error::check(PackageReader::tr("%1: '%2' is named inside the package but is not one of its files").arg(path, name),
                        hint);
}

namespace {

struct ArchiveReadFree {
    void operator()(archive *a) const { archive_read_free(a); }
};
struct ArchiveWriteFree {
    void operator()(archive *a) const { archive_write_free(a); }
};

QString archiveError(archive *a)
{
    const char *s = archive_error_string(a);
    return s ? QString::fromUtf8(s) : QStringLiteral("unknown libarchive error");
}

QString typeName(mode_t type)
{
    switch (type) {
    case AE_IFLNK: return QStringLiteral("symbolic link");
    case AE_IFCHR: return QStringLiteral("character device");
    case AE_IFBLK: return QStringLiteral("block device");
    case AE_IFIFO: return QStringLiteral("named pipe");
    case AE_IFSOCK: return QStringLiteral("socket");
    case AE_IFDIR: return QStringLiteral("folder");
    default: return QStringLiteral("special file");
    }
}

} // namespace

Result<PackageVerification> PackageReader::read(const QString &path, const PackageReadOptions &options)
{
    const PackageLimits &limits = options.limits;
    if (!QFileInfo::exists(path))
        return Error::input(tr("%1 does not exist").arg(path), tr("Check the path."));
    // The ZIP is read through this one descriptor, so the file checked is the file read.
    QFile raw;
    VV_TRY(openRegularFile(raw, path));
    const qint64 fileSize = raw.size();

    auto rejected = [&](const QString &why) {
        return Error::check(tr("package rejected: %1").arg(why),
                            tr("The package was not made by Veiviser or has been tampered with; do not use it."),
                            {path});
    };

    // Extraction goes only into a folder this call creates, so nothing already there can be overwritten or
    // redirected; libarchive's secure flags check every path again on the way out.
    QString target;
    std::unique_ptr<archive, ArchiveWriteFree> disk;
    if (!options.extractTo.isEmpty()) {
        if (QFileInfo::exists(options.extractTo))
            return Error::input(tr("%1 exists already").arg(options.extractTo),
                                tr("Packages are extracted only into a new folder."));
        if (::mkdir(QFile::encodeName(options.extractTo).constData(), 0700) != 0)
            return Error::input(tr("cannot create %1: %2").arg(options.extractTo, QString::fromLocal8Bit(std::strerror(errno))));
        target = QFileInfo(options.extractTo).canonicalFilePath();
        disk.reset(archive_write_disk_new());
        archive_write_disk_set_options(disk.get(), ARCHIVE_EXTRACT_SECURE_SYMLINKS | ARCHIVE_EXTRACT_SECURE_NODOTDOT |
                                                       ARCHIVE_EXTRACT_NO_OVERWRITE);
    }
    bool success = false;
    auto cleanup = qScopeGuard([&] {
        if (!target.isEmpty() && !success)
            QDir(target).removeRecursively();
    });

    std::unique_ptr<archive, ArchiveReadFree> a(archive_read_new());
    archive_read_support_format_zip_seekable(a.get());
    if (archive_read_open_fd(a.get(), raw.handle(), 1 << 20) != ARCHIVE_OK)
        return rejected(tr("it is not a ZIP file (%1)").arg(archiveError(a.get())));

    PackageVerification v;
    v.path = path;
    QSet<QString> names;
    qint64 declaredTotal = 0;
    qint64 producedTotal = 0;
    ProgressThrottle progress(options.progress);
    std::vector<char> buffer;
    archive_entry *entry = nullptr;
    for (;;) {
        const int r = archive_read_next_header(a.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r != ARCHIVE_OK && r != ARCHIVE_WARN)
            return rejected(tr("the ZIP structure is damaged after %n entries (%1)", nullptr, int(v.entries.size()))
                                .arg(archiveError(a.get())));
        if (options.cancel && options.cancel->isCancelled())
            return Error::cancelled();
        if (qint64(v.entries.size()) >= limits.maxEntries)
            return rejected(tr("it has more than %1 entries").arg(limits.maxEntries));
        const char *utf8 = archive_entry_pathname_utf8(entry);
        if (!utf8)
            return rejected(tr("an entry's name is not valid UTF-8"));
        const QString name = QString::fromUtf8(utf8);
        if (auto s = checkUntrustedPath(name, limits); !s)
            return s.error().at({path});
        const mode_t type = archive_entry_filetype(entry);
        if (archive_entry_hardlink(entry) || archive_entry_symlink(entry) || type != AE_IFREG)
            return rejected(tr("the entry '%1' is a %2, not a regular file").arg(name, typeName(type)));
        if (archive_entry_is_encrypted(entry))
            return rejected(tr("the entry '%1' is encrypted").arg(name));
        const QString folded = name.toCaseFolded();
        if (names.contains(folded))
            return rejected(tr("the name '%1' occurs twice (names may not differ only in case)").arg(name));
        names.insert(folded);
        const qint64 declared = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : -1;
        const bool envelope = PackageNames::isEnvelope(name);
        const qint64 entryLimit = name == PackageNames::manifest() ? limits.maxManifestBytes
                                  : envelope                       ? limits.maxEnvelopeBytes
                                                                   : limits.maxEntryBytes;
        if (declared > entryLimit)
            return rejected(tr("the entry '%1' is larger than the limit of %2 bytes").arg(name).arg(entryLimit));
        if (declared > 0)
            declaredTotal += declared;
        if (declaredTotal > limits.maxTotalBytes)
            return rejected(tr("its content is larger than the limit of %1 bytes").arg(limits.maxTotalBytes));

        const bool keep = envelope || options.keepInMemory.contains(name);
        if (keep && !envelope && declared > limits.maxManifestBytes)
            return rejected(tr("the entry '%1' is too large to read").arg(name));
        if (disk && !envelope) {
            archive_entry *out = archive_entry_new();
            archive_entry_set_pathname_utf8(out, QFile::encodeName(target + QLatin1Char('/') + name).constData());
            archive_entry_set_filetype(out, AE_IFREG);
            archive_entry_set_perm(out, 0600);
            archive_entry_set_size(out, declared < 0 ? 0 : declared);
            const int w = archive_write_header(disk.get(), out);
            archive_entry_free(out);
            if (w != ARCHIVE_OK)
                return rejected(tr("the entry '%1' cannot be extracted safely (%2)").arg(name, archiveError(disk.get())));
        }

        Sha256 sha;
        quint32 crc = ZipLayout::crc32(0, nullptr, 0);
        QByteArray memory;
        qint64 produced = 0;
        const qint64 rawBefore = archive_filter_bytes(a.get(), -1);
        const void *block = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        for (;;) {
            const int d = archive_read_data_block(a.get(), &block, &size, &offset);
            if (d == ARCHIVE_EOF)
                break;
            if (d != ARCHIVE_OK && d != ARCHIVE_WARN)
                return rejected(tr("the entry '%1' cannot be read (%2)").arg(name, archiveError(a.get())));
            if (options.cancel && options.cancel->isCancelled())
                return Error::cancelled();
            if (offset != produced)
                return rejected(tr("the entry '%1' has holes").arg(name));
            produced += qint64(size);
            producedTotal += qint64(size);
            if (produced > entryLimit || (declared >= 0 && produced > declared))
                return rejected(tr("the entry '%1' is larger than it says or than the limit").arg(name));
            if (producedTotal > limits.maxTotalBytes)
                return rejected(tr("its content is larger than the limit of %1 bytes").arg(limits.maxTotalBytes));
            const qint64 rawRead = archive_filter_bytes(a.get(), -1) - rawBefore;
            if (produced > limits.ratioFloorBytes && double(produced) > limits.maxCompressionRatio * double(std::max<qint64>(rawRead, 1)))
                return rejected(tr("the entry '%1' expands more than %2 times (a compression bomb)")
                                    .arg(name)
                                    .arg(limits.maxCompressionRatio));
            const char *bytes = static_cast<const char *>(block);
            sha.update(bytes, qsizetype(size));
            crc = ZipLayout::crc32(crc, bytes, qsizetype(size));
            if (keep) {
                if (memory.size() + qint64(size) > limits.maxManifestBytes)
                    return rejected(tr("the entry '%1' is too large to read").arg(name));
                memory.append(bytes, qsizetype(size));
            }
            if (disk && !envelope && archive_write_data_block(disk.get(), block, size, offset) != ARCHIVE_OK)
                return Error::runtime(tr("cannot write '%1' into %2: %3").arg(name, target, archiveError(disk.get())));
            progress.report(producedTotal, declaredTotal, name);
        }
        if (declared >= 0 && produced != declared)
            return rejected(tr("the entry '%1' is shorter than it says").arg(name));
        if (disk && !envelope && archive_write_finish_entry(disk.get()) != ARCHIVE_OK)
            return Error::runtime(tr("cannot write '%1' into %2: %3").arg(name, target, archiveError(disk.get())));
        v.entries.push_back({name, produced, sha.finishHex(), crc});
        if (keep)
            v.kept.emplace_back(name, memory);
    }
    progress.report(producedTotal, declaredTotal, QString(), true);

    // The manifest: present, well formed, and in its canonical form (so that no byte of it is unsigned).
    const QByteArray manifestBytes = v.memoryFile(PackageNames::manifest());
    bool haveManifest = false;
    for (const PackageEntry &e : v.entries)
        haveManifest = haveManifest || e.path == PackageNames::manifest();
    if (!haveManifest)
        return rejected(tr("it has no manifest.json; it is not a Veiviser package"));
    auto manifest = Manifest::parse(manifestBytes, limits);
    if (!manifest)
        return manifest.error().at({path});
    v.manifest = std::move(*manifest);
    if (manifestBytes != v.manifest.canonical)
        v.problems << tr("manifest.json is not in its canonical form (it was edited)");

    // Every listed file, and nothing else.
    std::map<QString, const PackageEntry *> byPath;
    for (const PackageEntry &e : v.entries)
        byPath[e.path] = &e;
    QSet<QString> listed;
    for (const ManifestFile &f : v.manifest.files) {
        listed.insert(f.path);
        auto it = byPath.find(f.path);
        if (it == byPath.end()) {
            v.problems << tr("%1 is missing").arg(f.path);
            continue;
        }
        if (it->second->size != f.size)
            v.problems << tr("%1 has %2 bytes; the manifest says %3").arg(f.path).arg(it->second->size).arg(f.size);
        else if (it->second->sha256 != f.sha256)
            v.problems << tr("%1 does not match its SHA-256 in the manifest (it was changed)").arg(f.path);
    }
    for (const PackageEntry &e : v.entries)
        if (!PackageNames::isEnvelope(e.path) && !listed.contains(e.path))
            v.problems << tr("%1 is not listed in the manifest (an extra file)").arg(e.path);

    // The signature.
    const bool hasSig = byPath.count(PackageNames::signature()) > 0;
    const bool hasKeyFile = byPath.count(PackageNames::signerKey()) > 0;
    if (!v.manifest.signer) {
        if (hasSig || hasKeyFile)
            v.problems << tr("manifest.sig or signer.pub is present, but the manifest names no signer");
        else if (!options.allowUnsigned)
            v.problems << tr("the package is not signed, so who made it cannot be checked");
        if (!options.pinnedKey.isNull())
            v.problems << tr("the package is not signed, so it cannot be checked against the key given");
    } else {
        v.signerFingerprint = v.manifest.signer->fingerprint;
        auto key = PublicKey::fromRaw(v.manifest.signer->publicKey, PackageNames::manifest());
        if (!key) {
            v.problems << key.error().what();
        } else {
            if (!hasSig) {
                v.problems << tr("manifest.sig is missing");
            } else {
                const QByteArray sigFile = v.memoryFile(PackageNames::signature());
                const auto decoded = QByteArray::fromBase64Encoding(sigFile.trimmed(),
                                                                    QByteArray::AbortOnBase64DecodingErrors);
                const QByteArray signature = decoded ? decoded.decoded : QByteArray();
                if (signature.size() != 64 || sigFile != signature.toBase64() + '\n')
                    v.problems << tr("manifest.sig is not a signature in the expected form");
                else if (!key->verify(v.manifest.canonical, signature))
                    v.problems << tr("manifest.sig does not verify: the manifest was changed or signed by another key");
                else
                    v.signatureChecked = true;
            }
            if (!hasKeyFile)
                v.problems << tr("signer.pub is missing");
            else if (v.memoryFile(PackageNames::signerKey()) != key->pem())
                v.problems << tr("signer.pub is not the key the manifest names");
            if (!options.pinnedKey.isNull()) {
                if (options.pinnedKey == *key)
                    v.keyPinned = v.signatureChecked;
                else
                    v.problems << tr("the package is signed by %1, not by the key given (%2)")
                                      .arg(key->fingerprint(), options.pinnedKey.fingerprint());
            }
        }
    }

    // The canonical layout: every header byte as the writer makes it, no gaps, nothing after the end.
    {
        ZipLayout layout(v.manifest.created);
        std::vector<ZipEntryLayout> expected;
        qint64 offset = 0;
        QString layoutProblem;
        for (const PackageEntry &e : v.entries) {
            ZipEntryLayout l{e.path.toUtf8(), e.size, e.crc32, offset};
            const QByteArray header = layout.localHeader(l);
            if (layoutProblem.isEmpty()) {
                if (!raw.seek(offset) || raw.read(header.size()) != header)
                    layoutProblem = tr("the ZIP header of %1 (at byte %2) differs from the canonical form").arg(e.path).arg(offset);
            }
            expected.push_back(l);
            offset += header.size() + e.size;
        }
        const QByteArray cd = layout.centralDirectory(expected, offset);
        if (layoutProblem.isEmpty()) {
            if (!raw.seek(offset) || raw.read(cd.size()) != cd)
                layoutProblem = tr("the ZIP directory (at byte %1) differs from the canonical form").arg(offset);
            else if (fileSize != offset + cd.size())
                layoutProblem = tr("the file has %1 bytes; the canonical package has %2").arg(fileSize).arg(offset + cd.size());
        }
        if (!layoutProblem.isEmpty())
            v.problems << layoutProblem;
    }

    if (!target.isEmpty()) {
        if (!v.ok())
            return Error::check(tr("package rejected: %1").arg(v.problems.join(QStringLiteral("; "))), {}, {path});
        v.extractedTo = target;
    }
    success = true;
    return v;
}

} // namespace vv::packaging
