// Importing a large file into the evidence library against `sha256sum` of the same file, in one run.
//
//   evidence_import [--size-mib N] [--rounds R] [--dir DIR]
//
// Writes an N MiB file of pseudo-random bytes (default 1024), reads it once so both sides start from the page
// cache, then runs sha256sum and a full import (hash, chunked store, commit, checkpoint) R times each, interleaved,
// and prints the median times, their ratio (target: at most 1.5) and the import's peak memory over idle.

#include "evidence/EvidenceLibrary.h"
#include "store/ProjectStore.h"

#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <unistd.h>
#include <cstdio>
#include <vector>

using namespace vv;
using namespace vv::bench;

namespace {

// Flushes every dirty page, so that neither side pays for writing back what came before it.
void settle()
{
    ::sync();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    BenchOptions options(app.arguments(), {QStringLiteral("--size-mib"), QStringLiteral("--rounds"), QStringLiteral("--dir")},
                         "evidence_import [--size-mib N] [--rounds R] [--dir DIR]");
    const qint64 sizeMiB = options.positive(QStringLiteral("--size-mib"), 1024);
    const int rounds = int(options.positive(QStringLiteral("--rounds"), 3));
    const QString base = options.text(QStringLiteral("--dir"), QDir::tempPath());
    if (!options.check())
        return 2;
    QTemporaryDir dir(base + QStringLiteral("/evidence_import-XXXXXX"));
    if (!dir.isValid())
        return 3;
    const QString file = dir.filePath(QStringLiteral("validation-data.bin"));
    printMachine();
    std::printf("writing %lld MiB of pseudo-random data to %s\n", sizeMiB, qPrintable(file));
    if (!writeRandomFile(file, sizeMiB << 20))
        return 3;
    {
        QProcess warm; // both sides read from the page cache
        warm.start(QStringLiteral("cat"), {file});
        warm.setStandardOutputFile(QProcess::nullDevice());
        warm.waitForFinished(-1);
    }

    std::vector<double> shaTimes, importTimes;
    qint64 peakGrowthKiB = 0;
    const qint64 idleKiB = statusKiB("VmRSS");
    QString shaDigest, importDigest;
    for (int round = 0; round < rounds; ++round) {
        settle();
        QElapsedTimer t;
        QProcess sha;
        t.start();
        sha.start(QStringLiteral("sha256sum"), {file});
        if (!sha.waitForFinished(-1) || sha.exitCode() != 0) {
            std::fprintf(stderr, "sha256sum failed\n");
            return 3;
        }
        shaTimes.push_back(t.nsecsElapsed() / 1e9);
        shaDigest = QString::fromLatin1(sha.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0);

        const QString project = dir.filePath(QStringLiteral("round-%1.veiviser").arg(round));
        auto store = ProjectStore::create(project, {QStringLiteral("Benchmark"), QStringLiteral("1.0"),
                                                    ProjectRole::Provider});
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
            return 3;
        }
        evidence::EvidenceLibrary library(**store);
        settle();
        resetPeak();
        const qint64 before = statusKiB("VmHWM");
        t.restart();
        auto imported = library.import({{file}, {}, {}, {}, {}});
        importTimes.push_back(t.nsecsElapsed() / 1e9);
        if (!imported) {
            std::fprintf(stderr, "%s\n", qPrintable(imported.error().toString()));
            return 3;
        }
        peakGrowthKiB = std::max(peakGrowthKiB, statusKiB("VmHWM") - before);
        importDigest = imported->front().sha256;
        std::printf("round %d: sha256sum %.2f s, import %.2f s, ratio %.2f\n", round + 1, shaTimes.back(),
                    importTimes.back(), importTimes.back() / shaTimes.back());
        std::fflush(stdout);
        store->reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(project + QLatin1String(suffix));
    }
    if (shaDigest != importDigest) {
        std::fprintf(stderr, "digests differ: sha256sum %s, import %s\n", qPrintable(shaDigest), qPrintable(importDigest));
        return 1;
    }
    // Each round's two runs sit side by side, so the ratio per round is less disturbed by other load on the machine.
    std::vector<double> ratios;
    for (std::size_t i = 0; i < importTimes.size(); ++i)
        ratios.push_back(importTimes[i] / shaTimes[i]);
    const double ratio = median(ratios);
    std::printf("\nfile: %lld MiB; median of %d rounds\n", sizeMiB, rounds);
    std::printf("sha256sum:        %.2f s (%.0f MiB/s)\n", median(shaTimes), sizeMiB / median(shaTimes));
    std::printf("evidence import:  %.2f s (%.0f MiB/s)\n", median(importTimes), sizeMiB / median(importTimes));
    std::printf("ratio import / sha256sum (median of the rounds' ratios): %.2f (target <= 1.5: %s)\n", ratio,
                ratio <= 1.5 ? "met" : "NOT met");
    std::printf("idle RSS %lld MiB; import peak RSS over idle: %lld MiB (budget for 2 GB: 100 MiB)\n",
                idleKiB / 1024, peakGrowthKiB / 1024);
    return 0;
}
