#pragma once

// Finished language-model runs for the rating-round tests: each case's answer and conversation in its detail, the
// model's and engine's names only in the run's provenance, where a blinded rater must never see them.

#include "core/Error.h"
#include "core/Json.h"

#include <functional>

#include <QStringList>

namespace vv {
class ProjectStore;
}

namespace vv::test {

/// The model and engine names the runs carry; a blinded view containing them has leaked.
inline const char *const ratedRunModel = "secret-model-7b";
inline const char *const ratedRunEngine = "openai-compatible";

/// Records a completed run of the given cases (answer "ANSWER_PREFIX CASE", question "Question CASE"), plus one
/// errored case ("errored-case") that has no answer to rate. Returns the run's id.
/// verdictsFor, when given, makes each case's stored grader verdicts (a JSON array), as a run with graders has them.
Result<qint64> recordAnsweredRun(ProjectStore &store, const QStringList &caseIds, const QString &answerPrefix,
                                 const std::function<Json(const QString &caseId)> &verdictsFor = {});

/// case ids c001, c002, ... cN.
QStringList caseIds(int n);

} // namespace vv::test
