#include "packaging/PackageFormat.h"

#include "core/Sha256.h"

#include <QSet>

namespace vv::packaging {

static QString tr(const char *text)
{
    return QCoreApplication::translate("vv::packaging", text);
}

Status checkUntrustedPath(const QString &path, const PackageLimits &limits)
{
    auto reject = [&](const QString &why) {
        return Error::check(tr("package rejected: the entry '%1' %2").arg(path, why),
                            tr("The package was not made by Veiviser or has been tampered with; do not use it."));
    };
    if (path.isEmpty())
        return reject(tr("has no name"));
    if (path.toUtf8().size() > limits.maxPathBytes)
        return reject(tr("has a name longer than %1 bytes").arg(limits.maxPathBytes));
    if (path.startsWith(QLatin1Char('/')) || (path.size() > 1 && path[1] == QLatin1Char(':')))
        return reject(tr("has an absolute path"));
    if (path.contains(QLatin1Char('\\')))
        return reject(tr("uses '\\' in its path"));
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.size() > limits.maxPathDepth)
        return reject(tr("is nested deeper than %1 folders").arg(limits.maxPathDepth));
    for (const QString &part : parts) {
        if (part == QStringLiteral(".."))
            return reject(tr("has '..' in its path"));
        if (part.isEmpty() || part == QStringLiteral("."))
            return reject(tr("has an empty or '.' part in its path"));
    }
    for (const QChar c : path)
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return reject(tr("has a control character in its name"));
    return {};
}

Result<Manifest> Manifest::parse(QByteArrayView bytes, const PackageLimits &limits)
{
    const QString source = PackageNames::manifest();
    if (bytes.size() > limits.maxManifestBytes)
        return Error::check(tr("package rejected: manifest.json is larger than %1 bytes").arg(limits.maxManifestBytes));
    auto parsed = parseJson(bytes, source);
    if (!parsed)
        return Error::check(parsed.error().what(), tr("The manifest is damaged; the package cannot be trusted."),
                            parsed.error().where());
    const Json &j = *parsed;
    auto bad = [&](const QString &what) {
        return Error::check(tr("manifest.json: %1").arg(what), tr("The manifest is damaged; the package cannot be trusted."));
    };
    if (!j.is_object() || j.value("format", Json()) != "veiviser-package")
        return bad(tr("this is not a Veiviser package manifest"));
    if (!j.contains("format_version") || !j["format_version"].is_number_integer())
        return bad(tr("format_version is missing"));
    if (j["format_version"].get<int>() > packageFormatVersion)
        return Error::input(tr("the package was made by a newer Veiviser (format %1; this one reads %2)")
                                .arg(j["format_version"].get<int>())
                                .arg(packageFormatVersion),
                            tr("Update Veiviser to read it."));
    Manifest m;
    m.json = j;
    m.canonical = canonicalJsonBytes(j);
    m.sha256 = Sha256::hex(m.canonical);
    m.created = QDateTime::fromString(jsonString(j, "created"), Qt::ISODateWithMs);
    if (!m.created.isValid())
        return bad(tr("created is not a time"));
    if (!j.contains("files") || !j["files"].is_array())
        return bad(tr("files is missing"));
    if (qint64(j["files"].size()) > limits.maxEntries)
        return Error::check(tr("package rejected: the manifest lists more than %1 files").arg(limits.maxEntries));
    QSet<QString> seen;
    for (const Json &f : j["files"]) {
        if (!f.is_object() || !f.contains("path") || !f["path"].is_string() || !f.contains("size") ||
            !f["size"].is_number_integer() || !f.contains("sha256") || !f["sha256"].is_string())
            return bad(tr("a file entry lacks path, size or sha256"));
        ManifestFile file;
        file.path = fromStd(f["path"].get<std::string>());
        file.size = f["size"].get<qint64>();
        file.sha256 = fromStd(f["sha256"].get<std::string>());
        file.kind = jsonString(f, "kind");
        VV_TRY(checkUntrustedPath(file.path, limits));
        if (file.size < 0 || file.size > limits.maxEntryBytes)
            return bad(tr("the size of %1 is out of range").arg(file.path));
        if (!isSha256Hex(file.sha256))
            return bad(tr("the sha256 of %1 is not 64 lowercase hex digits").arg(file.path));
        if (PackageNames::isEnvelope(file.path))
            return bad(tr("%1 may not be listed as a file").arg(file.path));
        if (seen.contains(file.path.toCaseFolded()))
            return bad(tr("%1 is listed twice").arg(file.path));
        seen.insert(file.path.toCaseFolded());
        m.files.push_back(file);
    }
    if (j.contains("signer") && !j["signer"].is_null()) {
        const Json &s = j["signer"];
        if (!s.is_object() || jsonString(s, "algorithm") != QStringLiteral("Ed25519"))
            return bad(tr("the signer's algorithm is not Ed25519"));
        ManifestSigner signer;
        signer.publicKey = QByteArray::fromBase64(jsonString(s, "public_key").toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
        signer.fingerprint = jsonString(s, "fingerprint");
        if (signer.publicKey.size() != 32)
            return bad(tr("the signer's public key is not 32 bytes of base64"));
        if (signer.fingerprint != QStringLiteral("sha256:") + Sha256::hex(signer.publicKey))
            return bad(tr("the signer's fingerprint does not match the signer's key"));
        m.signer = signer;
    }
    if (j.contains("audit_head")) {
        const Json &h = j["audit_head"];
        if (!h.is_object() || !h.contains("seq") || !h["seq"].is_number_integer() || h["seq"].get<qint64>() < 1 ||
            !isSha256Hex(jsonString(h, "hash")))
            return bad(tr("the audit head is not an entry number and a SHA-256"));
        m.auditHead = AuditHead{h["seq"].get<qint64>(), jsonString(h, "hash")};
    }
    return m;
}

} // namespace vv::packaging
