#pragma once

// What the readers of ResultFiles.cpp and LmEvalSamples.cpp share: the translation context, checked field access, the
// FILE:LINE error and the per-sample files. Private to the results-import library.

#include "core/Error.h"
#include "core/Json.h"
#include "ResultFiles.h"
#include "validation/EvaluationEngine.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace vv::validation {

/// Translated texts of the importer (a class so that lupdate sees the context).
class ImportText {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::ResultsImportEngine)
};

namespace results {

/// obj[key] when obj is an object that has it, else a null value.
const Json &field(const Json &obj, const char *key);
/// A finite number; NaN, infinities (read as null) and everything else are no value.
std::optional<double> number(const Json &v);
Error fileError(const QString &path, int line, const QString &what, const QString &hint);

/// The per-sample files at samplesPath (a file, or a folder whose samples_<task>_<timestamp>.jsonl are taken, only
/// those of resultsPath's timestamp when its name has one); each file's task must be one of results' tasks.
Result<std::vector<SamplesFile>> findSamplesFiles(const QString &resultsPath, const QString &samplesPath,
                                                  const Json &results);
/// Reads every line of the file as a case, without keeping them: each goes to use (which may be empty, to check
/// the file only). Returns the number of cases.
Result<qint64> forEachSample(const SamplesFile &file, const std::function<Status(const CaseResult &)> &use,
                             const EngineSession *session);

} // namespace results
} // namespace vv::validation
