#include "CraftedPackage.h"

#include "core/Sha256.h"
#include "packaging/PackageReader.h"
#include "packaging/Signing.h"
#include "packaging/Zip.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace vv::test {

using namespace vv::packaging;

QString craftPackage(const QString &from, const QString &to, const QString &keyPath,
                     const std::function<void(PackageContents &)> &edit)
{
    QTemporaryDir work;
    if (!work.isValid())
        return QStringLiteral("no temporary folder");
    PackageReadOptions read;
    read.extractTo = work.filePath(QStringLiteral("x"));
    auto v = PackageReader::read(from, read);
    if (!v)
        return v.error().toString();
    PackageContents contents;
    contents.manifest = v->manifest.json;
    for (const ManifestFile &f : v->manifest.files) {
        QFile in(QDir(v->extractedTo).filePath(f.path));
        if (!in.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read ") + f.path;
        contents.files[f.path] = in.readAll();
    }
    edit(contents);
    for (Json &f : contents.manifest["files"]) {
        const QString path = QString::fromStdString(f.value("path", std::string()));
        auto it = contents.files.find(path);
        if (it == contents.files.end())
            continue;
        f["size"] = it->second.size();
        f["sha256"] = Sha256::hex(it->second).toStdString();
    }
    auto key = SigningKey::readFile(keyPath);
    if (!key)
        return key.error().toString();
    const PublicKey pub = key->publicKey();
    contents.manifest["signer"] = {{"algorithm", "Ed25519"},
                                   {"public_key", pub.raw().toBase64().toStdString()},
                                   {"fingerprint", pub.fingerprint().toStdString()}};
    const QByteArray manifest = canonicalJsonBytes(contents.manifest);
    auto signature = key->sign(manifest);
    if (!signature)
        return signature.error().toString();

    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QStringLiteral("cannot write ") + to;
    ZipWriter zip(out, v->manifest.created);
    Status s = zip.addFile(PackageNames::manifest(), manifest);
    if (s)
        s = zip.addFile(PackageNames::signature(), QByteArray(signature->toBase64() + '\n'));
    if (s)
        s = zip.addFile(PackageNames::signerKey(), pub.pem());
    for (const Json &f : contents.manifest["files"]) {
        const QString path = QString::fromStdString(f.value("path", std::string()));
        if (s)
            s = zip.addFile(path, contents.files[path]);
    }
    if (s)
        s = zip.finish();
    return s ? QString() : s.error().toString();
}

} // namespace vv::test
