// libFuzzer target: what is inside a validly signed package, and a review file sent back, must be refused or used,
// never crash, hang or reach outside the package. A signature proves who sent a package, not that its contents
// are benign, so the fuzzer signs what it makes. The first byte picks what the rest is:
//   even: exports/assessment.json of a package with one evidence file and one document, signed and opened with
//         `review open` into a fresh review project;
//   odd:  a review file, read as `review import` reads it (unsigned allowed, so the body's checks are reached).

#include "packaging/PackageFormat.h"
#include "packaging/Review.h"
#include "packaging/Signing.h"
#include "packaging/Zip.h"

#include "core/Json.h"
#include "core/Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>

using namespace vv;
using namespace vv::packaging;

namespace {

const SigningKey &fuzzKey()
{
    static const SigningKey key = *SigningKey::generate();
    return key;
}

bool writeSignedPackage(const QString &path, QByteArrayView assessment)
{
    const QByteArray evidence("evidence\n");
    const QByteArray document("<p>document</p>\n");
    const std::vector<std::tuple<QString, QByteArray, const char *>> files{
        {QStringLiteral("documents/en/a.html"), document, "document"},
        {QStringLiteral("exports/assessment.json"), assessment.toByteArray(), "export"},
        {QStringLiteral("evidence/1-a.txt"), evidence, "evidence"}};
    const QDateTime created(QDate(2026, 1, 2), QTime(3, 4, 6), Qt::UTC);
    Json list = Json::array();
    for (const auto &[name, bytes, kind] : files)
        list.push_back({{"path", name.toStdString()}, {"size", bytes.size()}, {"sha256", Sha256::hex(bytes).toStdString()},
                        {"kind", kind}});
    const PublicKey pub = fuzzKey().publicKey();
    const Json manifest = {{"format", "veiviser-package"},
                           {"format_version", packageFormatVersion},
                           {"created", "2026-01-02T03:04:06.000Z"},
                           {"files", list},
                           {"signer", {{"algorithm", "Ed25519"},
                                       {"public_key", pub.raw().toBase64().toStdString()},
                                       {"fingerprint", pub.fingerprint().toStdString()}}}};
    const QByteArray manifestBytes = canonicalJsonBytes(manifest);
    auto signature = fuzzKey().sign(manifestBytes);
    if (!signature)
        return false;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    ZipWriter zip(f, created);
    bool ok = zip.addFile(PackageNames::manifest(), manifestBytes).ok() &&
              zip.addFile(PackageNames::signature(), QByteArray(signature->toBase64() + '\n')).ok() &&
              zip.addFile(PackageNames::signerKey(), pub.pem()).ok();
    for (const auto &[name, bytes, kind] : files)
        ok = ok && zip.addFile(name, bytes).ok();
    return ok && zip.finish().ok();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t mode = data[0];
    const QByteArrayView rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString base = QDir::tempPath() + QStringLiteral("/vv-fuzz-contents-%1").arg(QCoreApplication::applicationPid());
    if (mode & 1) {
        const QString path = base + QStringLiteral(".json");
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(rest.data(), rest.size());
        f.close();
        (void)Review::readReviewFile(path, PublicKey(), true);
        QFile::remove(path);
        return 0;
    }
    const QString package = base + QStringLiteral(".zip");
    const QString review = base + QStringLiteral(".veiviser");
    QFile::remove(review);
    if (writeSignedPackage(package, rest)) {
        ReviewOpenOptions options;
        options.pinnedKey = fuzzKey().publicKey();
        if (auto opened = Review::open(package, review, options))
            (void)opened->evidence;
    }
    QFile::remove(package);
    QFile::remove(review);
    return 0;
}
