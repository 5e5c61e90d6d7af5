#pragma once

#include "core/Error.h"

#include <QCoreApplication>

namespace vv {
class ProjectStore;
struct TestRun;
}

namespace vv::evidence {

/// Files a finished test run in the evidence library: the run's whole document (testRunDocument) as a test
/// result, linked to the requirements the run supports. Returns the evidence id; the same run filed twice gives
/// the existing item.
class TestRunEvidence {
    Q_DECLARE_TR_FUNCTIONS(vv::evidence::TestRunEvidence)
public:
    static Result<qint64> file(ProjectStore &project, qint64 runId);
    /// How many of a run's cases errored and what that means for its figures; empty when none did. The evidence
    /// item's description says it, and the engine-run dialog warns with it.
    static QString erroredCasesText(const TestRun &run);
    /// How many of a run's cases were not graded (a score but no pass/fail verdict), and that no pass rate counts
    /// them; empty when none were. The evidence item's description, the CLI and the engine-run dialog say it.
    static QString notGradedCasesText(const TestRun &run);
    /// That the run's model-judge verdicts are not checked against clinicians (docs/human-evaluation.md); empty
    /// for a run without a judge. The evidence item's description says it.
    static QString judgeText(const TestRun &run);
    /// The file name a run's document is imported under, by which its evidence item is found again.
    static QString documentName(const QString &runUuid);
};

} // namespace vv::evidence
