#pragma once

#include "core/Error.h"
#include "core/Json.h"
#include "validation/EvaluationEngine.h"

#include <QString>

namespace vv::validation {

/// A result file of another evaluation tool (lm-evaluation-harness, inspect_ai JSON or .eval, EuroEval .jsonl), read
/// and checked. The results-import plugin is a thin shell around it; the parsing lives here, in a static library,
/// so that tests and the fuzz target (tests/fuzz/fuzz_result_files.cpp) reach it without loading the plugin.
struct ResultFile {
    enum class Format { LmEval, Inspect, EuroEval };

    Format format = Format::LmEval;
    Json doc;  ///< lm-eval and inspect: the document (inspect .eval: header.json with the samples); EuroEval: the records
    QString formatName;
    QString formatVersion;

    /// Reads an untrusted file: sizes bounded, format and version recognised or refused by name.
    static Result<ResultFile> read(const QString &path);
    /// The plan for importing the file read from path: title, provenance, case count, and the requirement of level
    /// (which the caller has checked).
    Result<EnginePlan> plan(const QString &path, const QString &level) const;
    /// The file's metrics (with their intervals) and cases; cases go to session.recordCase.
    Result<EngineOutcome> import(const QString &path, const EngineRequest &request, const EngineSession &session) const;
};

} // namespace vv::validation
