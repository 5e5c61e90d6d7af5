// libFuzzer target: the predictions CSV reader (files users export from Excel, pandas or R) must never crash, hang
// or read out of bounds, whatever the bytes. The first byte picks the dialect and the columns asked for; the rest is
// the file.

#include "validation/PredictionsCsv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>

using namespace vv::validation;

static QString scratchFile()
{
    static const QString path =
        QDir::tempPath() + QStringLiteral("/vv-fuzz-predictions-%1.csv").arg(QCoreApplication::applicationPid());
    return path;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t mode = data[0];
    {
        QFile f(scratchFile());
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data + 1), qint64(size - 1));
    }
    CsvOptions o;
    // Column names from the seeds (English and Norwegian exports) and the generic ones.
    static const char *const labels[] = {"label", "poor", "outcome", "utfall"};
    static const char *const scores[] = {"score", "s100b", "ndka", "NDKA"};
    o.labelColumn = QString::fromLatin1(labels[mode & 3]);
    o.scoreColumn = QString::fromLatin1(scores[(mode >> 2) & 3]);
    if (mode & 0x10)
        o.groupColumn = QStringLiteral("group");
    if (mode & 0x20)
        o.compareColumn = QStringLiteral("compare");
    o.decimal = (mode & 0x40) ? ',' : '.';
    o.dropInvalid = (mode & 0x80) != 0;
    o.computeSha256 = false;
    o.blockBytes = 64 + (mode & 0x0f) * 7; // small blocks, so lines and quotes straddle block ends
    if ((mode & 0x30) == 0x30)
        o.positiveLabel = QStringLiteral("Poor");
    (void)PredictionsCsv::read(scratchFile(), o);
    (void)PredictionsCsv::preview(scratchFile(), 5);
    return 0;
}
