// libFuzzer target: the result files users import from lm-evaluation-harness (results and per-sample files),
// inspect_ai (JSON and .eval ZIP, versions 1 and 2) and EuroEval (.jsonl of before and after 17.0, one record as
// .json), with bare NaN and Infinity, must be read, planned and imported, or refused with an error, never crash, hang
// or read out of bounds. The first byte picks the file name's extension (which decides .jsonl), or with bit 2 set an
// lm-eval per-sample file of the task "t"; the rest is the file.

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
    const bool samples = (data[0] & 4) != 0;
    const QString dir = QDir::tempPath() + QStringLiteral("/vv-fuzz-results-%1").arg(QCoreApplication::applicationPid());
    QDir().mkpath(dir);
    const QString path = samples ? QString(dir + QStringLiteral("/samples_t_2025-01-01T00-00-00.000000.jsonl"))
                                 : QString(dir + QStringLiteral("/results") + QLatin1String(extensions[data[0] & 3]));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data + 1), qint64(size - 1));
    }
    Result<ResultFile> file = ResultFile::read(path);
    if (samples) {
        ResultFile lmEval;
        lmEval.doc = {{"results", {{"t", {{"acc,none", 0.5}}}}}, {"configs", {{"t", Json::object()}}}};
        lmEval.formatName = QStringLiteral("lm-evaluation-harness");
        file = lmEval.addSamples(dir + QStringLiteral("/results_2025-01-01T00-00-00.000000.json"), path)
            ? Result<ResultFile>(std::move(lmEval)) : Result<ResultFile>(Error::input(QStringLiteral("refused")));
    }
    if (file) {
        (void)file->plan(path, QStringLiteral("basic"));
        EngineRequest request;
        request.finishedCaseIds.insert(QStringLiteral("1#1"));
        request.finishedCaseIds.insert(QStringLiteral("t/1"));
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
    QDir().rmdir(dir);
    return 0;
}
