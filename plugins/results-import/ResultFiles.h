#pragma once

#include "core/Error.h"
#include "core/Json.h"
#include "validation/EvaluationEngine.h"

#include <QByteArrayView>
#include <QString>

#include <vector>

namespace vv::validation {

/// One lm-evaluation-harness per-sample file (samples_<task>_<timestamp>.jsonl) and the task it holds.
struct SamplesFile {
    QString path;
    QString task;
};

/// A result file of another evaluation tool (lm-evaluation-harness, inspect_ai JSON or .eval, EuroEval .jsonl or one
/// Every Eval Ever record as .json), read and checked. The results-import plugin is a thin shell around it; the parsing
/// lives here, in a static library, so that tests and the fuzz target (tests/fuzz/fuzz_result_files.cpp) reach it
/// without loading the plugin.
struct ResultFile {
    enum class Format { LmEval, Inspect, EuroEval };

    Format format = Format::LmEval;
    Json doc;  ///< lm-eval and inspect: the document (inspect .eval: header.json with the samples); EuroEval: the records
    QString formatName;
    QString formatVersion;
    std::vector<SamplesFile> samples; ///< lm-eval per-sample files imported as cases (--set samples=)

    /// Reads an untrusted file: sizes bounded, format and version recognised or refused by name.
    static Result<ResultFile> read(const QString &path);
    /// Adds the lm-evaluation-harness per-sample files at samplesPath (one file, or a folder of them) to the
    /// lm-eval results file read from path.
    Status addSamples(const QString &path, const QString &samplesPath);
    /// The plan for importing the file read from path: title, provenance, case count, and the requirement of level
    /// (which the caller has checked). Every check an import would fail is made here, so that a file that can never
    /// import is refused before a run is stored.
    Result<EnginePlan> plan(const QString &path, const QString &level) const;
    /// The file's metrics (with their intervals) and cases; cases go to session.recordCase.
    Result<EngineOutcome> import(const QString &path, const EngineRequest &request, const EngineSession &session) const;
};

/// JSON text with the bare NaN, Infinity and -Infinity that Python's json module writes (outside strings) turned into
/// null, so that they read as "no value", never as a number. Only the result-file readers use it: the project's own
/// JSON stays strict. One pass; the result is at most a third longer than json.
QByteArray nonFiniteAsNull(QByteArrayView json);

} // namespace vv::validation
