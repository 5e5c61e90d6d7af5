// libFuzzer target: the pack loader, the linking checks and the engine must report problems, never crash, whatever
// the files. The input is split at form feeds (\f) into pack.yaml, two further pack files and a crosswalk.

#include "guidance/Assessment.h"

#include <cstddef>
#include <cstdint>

using namespace vv::guidance;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> parts = input.split('\f');
    std::vector<std::pair<QString, QByteArray>> files;
    QByteArray crosswalk;
    for (qsizetype i = 0; i < parts.size() && i < 4; ++i) {
        if (i == 3)
            crosswalk = parts[i];
        else
            files.emplace_back(i == 0 ? QStringLiteral("pack.yaml") : QStringLiteral("part%1.yaml").arg(i), parts[i]);
    }
    Diagnostics diagnostics;
    std::vector<Pack> packs;
    packs.push_back(PackLoader::loadFiles(QStringLiteral("p"), files, diagnostics));
    auto links = PackLoader::loadCrosswalkText(QStringLiteral("crosswalk.yaml"), crosswalk, diagnostics);
    const GuidanceLibrary library = GuidanceLibrary::fromPacks(std::move(packs), std::move(links), diagnostics);
    diagnostics.sort();
    for (const vv::Error &e : diagnostics.errors())
        (void)e.toString();
    (void)library.assess({}, Role::Both).toJson();
    return 0;
}
