#pragma once

#include "validation/EvaluationEngine.h"

#include <QCoreApplication>

#include <vector>

namespace vv::validation {

/// The outcome of a test-suite run over all its cases (a resumed run's inherited ones too): pass rates overall, per
/// level and per grader with Wilson intervals, and whether failures came from the endpoint or from the tests.
class SuiteRunSummary {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::SuiteRunSummary)
public:
    /// Cases carry detail.level and detail.verdicts [{grader, passed}]; errored cases got no answer and count apart.
    /// Judge verdicts (judge_checked false) add a "judge" section and the label to the summary; retrieval cases
    /// (detail.retrieval) add mean recall@k and MRR.
    static EngineOutcome of(const QString &suiteName, const std::vector<CaseResult> &finished,
                            const std::vector<CaseResult> &ranNow);
    /// The label of every model-judge result that has not been checked against clinicians' ratings.
    static QString notCheckedLabel();
};

} // namespace vv::validation
