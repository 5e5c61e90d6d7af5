// libFuzzer target: opening and verifying an untrusted package (a ZIP someone sent) must reject or report, never
// crash, hang, read out of bounds or write outside the folder it extracts into. The first byte picks the options
// (signature required or not, extraction, small limits) and whether the rest is the whole ZIP or the manifest.json
// of a ZIP written here in the canonical layout, so that the manifest checks are reached without a valid CRC.

#include "packaging/PackageReader.h"
#include "packaging/Zip.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>

using namespace vv;
using namespace vv::packaging;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t mode = data[0];
    const QByteArrayView rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString base = QDir::tempPath() + QStringLiteral("/vv-fuzz-package-%1").arg(QCoreApplication::applicationPid());
    const QString path = base + QStringLiteral(".zip");
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        if (mode & 0x10) {
            ZipWriter zip(f, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 6), Qt::UTC));
            if (!zip.addFile(QStringLiteral("manifest.json"), rest) ||
                ((mode & 0x20) && !zip.addFile(QStringLiteral("documents/a.md"), QByteArrayView("a\n"))) ||
                !zip.finish())
                return 0;
        } else {
            f.write(rest.data(), rest.size());
        }
    }
    PackageReadOptions options;
    options.allowUnsigned = (mode & 1) != 0;
    if (mode & 2) {
        options.extractTo = base + QStringLiteral("-x");
        QDir(options.extractTo).removeRecursively();
    }
    if (mode & 4)
        options.keepInMemory = {QStringLiteral("documents/a.md"), QStringLiteral("exports/requirements.csv")};
    if (mode & 8) {
        // Small limits, so that every limit is reachable with small inputs.
        options.limits.maxEntries = 4;
        options.limits.maxManifestBytes = 2048;
        options.limits.maxEnvelopeBytes = 256;
        options.limits.maxEntryBytes = 4096;
        options.limits.maxTotalBytes = 8192;
        options.limits.ratioFloorBytes = 512;
        options.limits.maxCompressionRatio = 4;
        options.limits.maxPathBytes = 64;
        options.limits.maxPathDepth = 3;
    }
    if (auto v = PackageReader::read(path, options)) {
        (void)v->manifest.json.dump();
        (void)v->memoryFile(QStringLiteral("manifest.json"));
    }
    if (!options.extractTo.isEmpty())
        QDir(options.extractTo).removeRecursively();
    QFile::remove(path);
    return 0;
}
