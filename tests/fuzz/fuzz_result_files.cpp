// libFuzzer target: the result files users import from lm-evaluation-harness, inspect_ai (JSON and .eval ZIP) and
// EuroEval (.jsonl) must be read, planned and imported, or refused with an error, never crash, hang or read out of
// bounds. The first byte picks the file name's extension (which decides .jsonl); the rest is the file.

#include "ResultFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>

using namespace vv;
using namespace vv::validation;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const char *const extensions[] = {".json", ".jsonl", ".eval", ".json"};
    const QString path = QDir::tempPath() + QStringLiteral("/vv-fuzz-results-%1%2")
                                                .arg(QCoreApplication::applicationPid())
                                                .arg(QLatin1String(extensions[data[0] & 3]));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data + 1), qint64(size - 1));
    }
    auto file = ResultFile::read(path);
    if (file) {
        (void)file->plan(path, QStringLiteral("basic"));
        EngineRequest request;
        request.finishedCaseIds.insert(QStringLiteral("1#1"));
        EngineSession session;
        session.log = [](const QString &) {};
        session.recordCase = [](const CaseResult &c) -> Status {
            (void)c.detail.dump();
            return {};
        };
        if (auto outcome = file->import(path, request, session))
            (void)outcome->result.dump();
    }
    QFile::remove(path);
    return 0;
}
