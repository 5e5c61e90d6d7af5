// Building a documentation package with 1 GiB of evidence against `sha256sum` plus `zip -0` of the same files, in
// one run.
//
//   package_build [--size-mib N] [--files F] [--rounds R] [--dir DIR]
//
// Writes F files of pseudo-random bytes (N MiB in all, default 1024 in 4 files) and imports them into a new project
// as evidence (set-up, not measured). Then, in each round, side by side: the reference, `sha256sum` of the files
// followed by `zip -0` of them (what a user would do by hand: hash the files for a manifest and put them in a
// stored archive), and `PackageBuilder::build` of one signed document package with all the evidence (reading each
// blob back from the project with its hash checked, hashing it again for the manifest, writing the stored ZIP,
// signing, and recording the build). It prints each round, the median of the per-round ratios (target: at most
// 1.3) and the build's peak memory over idle.

#include "guidance/GuidanceLibrary.h"
#include "evidence/EvidenceLibrary.h"
#include "packaging/PackageBuilder.h"
#include "packaging/TemplateLibrary.h"
#include "packaging/TestRuns.h"
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
#include <cstdio>
#include <unistd.h>
#include <vector>

using namespace vv;
using namespace vv::bench;
using namespace vv::packaging;

namespace {

bool runTool(const QString &program, const QStringList &args, const QString &workDir)
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(program, args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
        return false;
    }
    return true;
}

int fail(const Error &e)
{
    std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
    return 3;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    BenchOptions options(app.arguments(),
                         {QStringLiteral("--size-mib"), QStringLiteral("--files"), QStringLiteral("--rounds"),
                          QStringLiteral("--dir")},
                         "package_build [--size-mib N] [--files F] [--rounds R] [--dir DIR]");
    const qint64 sizeMiB = options.positive(QStringLiteral("--size-mib"), 1024);
    const int files = int(options.positive(QStringLiteral("--files"), 4));
    const int rounds = int(options.positive(QStringLiteral("--rounds"), 3));
    const QString base = options.text(QStringLiteral("--dir"), QDir::tempPath());
    if (!options.check())
        return 2;
    QTemporaryDir dir(base + QStringLiteral("/package_build-XXXXXX"));
    if (!dir.isValid())
        return 3;
    printMachine();

    // Set-up: the evidence files, and a project holding them.
    const QString evidenceDir = dir.filePath(QStringLiteral("evidence"));
    QDir().mkpath(evidenceDir);
    QStringList names;
    for (int i = 0; i < files; ++i) {
        const QString name = QStringLiteral("validation-data-%1.bin").arg(i + 1);
        names << name;
        if (!writeRandomFile(QDir(evidenceDir).filePath(name), (sizeMiB << 20) / files, 0x9E3779B97F4A7C15ull * (i + 1)))
            return 3;
    }
    std::printf("wrote %d files, %lld MiB in all, to %s\n", files, sizeMiB, qPrintable(evidenceDir));
    auto guidance = guidance::GuidanceLibrary::loadShipped();
    if (!guidance)
        return fail(guidance.error());
    auto templates = TemplateLibrary::loadShipped(*guidance);
    if (!templates)
        return fail(templates.error());
    auto key = SigningKey::generate();
    if (!key)
        return fail(key.error());
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("bench.veiviser")),
                                      {QStringLiteral("Benchmark"), QStringLiteral("1.0"), ProjectRole::Provider});
    if (!store)
        return fail(store.error());
    {
        evidence::EvidenceLibrary library(**store);
        auto imported = library.import({{evidenceDir}, {}, {}, {}, {}});
        if (!imported)
            return fail(imported.error());
    }
    {
        QProcess warm; // both sides start from the page cache as far as it holds the data
        warm.start(QStringLiteral("cat"), QStringList{dir.filePath(QStringLiteral("bench.veiviser"))} + [&] {
            QStringList paths;
            for (const QString &n : names)
                paths << QDir(evidenceDir).filePath(n);
            return paths;
        }());
        warm.setStandardOutputFile(QProcess::nullDevice());
        warm.waitForFinished(-1);
    }

    std::vector<double> refTimes, buildTimes;
    qint64 peakGrowthKiB = 0;
    const qint64 idleKiB = statusKiB("VmRSS");
    for (int round = 0; round < rounds; ++round) {
        const QString refZip = dir.filePath(QStringLiteral("reference.zip"));
        const QString pkg = dir.filePath(QStringLiteral("package.zip"));
        QFile::remove(refZip);
        QFile::remove(pkg);
        ::sync();
        QElapsedTimer t;
        t.start();
        if (!runTool(QStringLiteral("sha256sum"), names, evidenceDir)
            || !runTool(QStringLiteral("zip"), QStringList{QStringLiteral("-0"), QStringLiteral("-q"), refZip} + names,
                        evidenceDir))
            return 3;
        ::sync(); // the reference's archive reaches the disk too, as the package does (QSaveFile commits with fsync)
        refTimes.push_back(t.nsecsElapsed() / 1e9);

        PackageRequest request;
        request.documents = {QStringLiteral("ai-act-annex-iv")};
        request.outPath = pkg;
        request.signingKey = *key;
        ::sync();
        resetPeak();
        const qint64 before = statusKiB("VmHWM");
        t.restart();
        auto built = PackageBuilder::build(**store, *guidance, *templates, *testRunSource(), request);
        ::sync();
        buildTimes.push_back(t.nsecsElapsed() / 1e9);
        if (!built)
            return fail(built.error());
        peakGrowthKiB = std::max(peakGrowthKiB, statusKiB("VmHWM") - before);
        std::printf("round %d: sha256sum + zip -0 %.2f s, package build %.2f s (%lld bytes), ratio %.2f\n", round + 1,
                    refTimes.back(), buildTimes.back(), built->bytes, buildTimes.back() / refTimes.back());
        std::fflush(stdout);
    }
    std::vector<double> ratios;
    for (std::size_t i = 0; i < buildTimes.size(); ++i)
        ratios.push_back(buildTimes[i] / refTimes[i]);
    const double ratio = median(ratios);
    std::printf("\nevidence: %lld MiB in %d files; median of %d rounds\n", sizeMiB, files, rounds);
    std::printf("sha256sum + zip -0: %.2f s (%.0f MiB/s)\n", median(refTimes), sizeMiB / median(refTimes));
    std::printf("package build:      %.2f s (%.0f MiB/s)\n", median(buildTimes), sizeMiB / median(buildTimes));
    std::printf("ratio build / reference (median of the rounds' ratios): %.2f (target <= 1.3: %s)\n", ratio,
                ratio <= 1.3 ? "met" : "NOT met");
    std::printf("idle RSS %lld MiB; build peak RSS over idle: %lld MiB\n", idleKiB / 1024, peakGrowthKiB / 1024);
    return 0;
}
