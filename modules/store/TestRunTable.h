#pragma once

#include "core/Error.h"
#include "core/Json.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QStringList>

#include <optional>
#include <vector>

namespace vv {

class ProjectStore;
class Transaction;

/// Where a test run stands: running until it ends as completed, failed or cancelled.
enum class TestRunStatus { Running, Completed, Failed, Cancelled };
QString testRunStatusToString(TestRunStatus status);
std::optional<TestRunStatus> testRunStatusFromString(const QString &text);

/// The outcome of one case of a run. A case is not graded when the tool gave it values but no pass/fail verdict
/// (an lm-eval sample with only a BLEU score): it is neither passed nor failed and counts in no pass rate.
enum class CaseStatus { Passed, Failed, Errored, NotGraded };
QString caseStatusToString(CaseStatus status);
std::optional<CaseStatus> caseStatusFromString(const QString &text);

/// One summary figure of a run (AUROC, a pass rate), with its confidence interval where there is one.
struct RunMetric {
    QString name;
    std::optional<double> value;
    std::optional<double> ciLower;
    std::optional<double> ciUpper;
};

/// What a new run is: which engine, what kind of test, where its inputs came from, and what it supports.
struct NewTestRun {
    QString engineId;      ///< "clinical-metrics", "openai-compatible", ...
    QString engineVersion;
    QString kind;          ///< the engine's kind: "classifier", "llm", "import"
    QString title;         ///< shown in lists: the input file, the suite
    Json provenance = Json::object(); ///< input hashes, column names, options, model id, endpoint, host, ...
    QStringList supports;  ///< requirement URNs the run is evidence for
    qint64 casesTotal = 0; ///< 0 when the run has no cases (a metrics run)
    QDateTime started;     ///< the clock's now when invalid
};

/// The stored result of one case; written as soon as the case completes.
struct CaseResult {
    QString caseId;
    CaseStatus status = CaseStatus::Passed;
    std::optional<double> score;
    Json detail = Json::object(); ///< the engine's own record: output, grader verdicts, latency, error
    QDateTime finished;           ///< set by the table from the clock
};

/// How many of a run's cases ended in each way.
struct CaseCounts {
    qint64 passed = 0;
    qint64 failed = 0;
    qint64 errored = 0;
    qint64 notGraded = 0;
    qint64 done() const { return passed + failed + errored + notGraded; }
};

/// A test run as stored in the project.
struct TestRun {
    qint64 id = 0;
    QString uuid; ///< unique across projects; names the run in packages
    QString engineId;
    QString engineVersion;
    QString kind;
    QString title;
    TestRunStatus status = TestRunStatus::Running;
    Json provenance = Json::object();
    Json result;   ///< the engine's whole result document (null while running, and in list())
    QString error; ///< why a run failed
    qint64 casesTotal = 0;
    CaseCounts cases;
    QDateTime started;
    QDateTime finished; ///< invalid while running
    std::vector<RunMetric> metrics;
    QStringList supports;
};

/// The project's test runs: started, filled case by case, finished, resumed, listed. Every write is one audited
/// transaction; case details and results stay out of the audit payloads (they may hold health data).
class TestRunTable {
    Q_DECLARE_TR_FUNCTIONS(vv::TestRunTable)
public:
    explicit TestRunTable(ProjectStore &store) : m_store(store) {}

    /// Starts a run with status running; returns its id.
    Result<qint64> start(const NewTestRun &run);
    /// Stores one finished case of a running run. A case that is already stored is an error: resume skips them.
    Status recordCase(qint64 runId, const CaseResult &result);
    /// Stores several finished cases in one transaction (for engines that finish cases in bursts).
    Status recordCases(qint64 runId, const std::vector<CaseResult> &results);
    /// The ids of the cases already stored for a run, so a resumed run does not repeat them.
    Result<QSet<QString>> finishedCaseIds(qint64 runId) const;
    /// Sets a failed, cancelled or interrupted (still "running") run running again.
    Status resume(qint64 runId);
    /// Records what an engine learned while running a run: its number of cases, where that could not be known before
    /// (a user's own promptfoo configuration), and entries added to its provenance (existing ones are kept).
    Status addLearned(qint64 runId, std::optional<qint64> casesTotal, const Json &provenance);
    /// Ends a running run: its status, summary metrics, the engine's result document and, on failure, the reason.
    Status finish(qint64 runId, TestRunStatus status, const std::vector<RunMetric> &metrics, const Json &result,
                  const QString &error = {});
    /// Stores a whole completed run (started, measured and finished) in one transaction; returns its id.
    Result<qint64> record(const NewTestRun &run, const std::vector<RunMetric> &metrics, const Json &result);
    /// The same in the caller's transaction, which the caller commits: a run and what refers to it (a rating round's
    /// result) are then stored together or not at all.
    static Result<qint64> record(Transaction &tx, const NewTestRun &run, const std::vector<RunMetric> &metrics,
                                 const Json &result);
    /// Adds requirement URNs the run supports.
    Status link(qint64 runId, const QStringList &urns);

    /// Every run, newest first, without the result document.
    Result<std::vector<TestRun>> list() const;
    /// One run with its result document.
    Result<TestRun> get(qint64 runId) const;
    /// A run's cases in the order they were stored, from offset, at most limit of them.
    Result<std::vector<CaseResult>> cases(qint64 runId, qint64 offset = 0, int limit = 1000) const;
    /// All of a run's cases in the order they were stored (for summaries over a resumed run); an error when the
    /// project has no such run.
    Result<std::vector<CaseResult>> allCases(qint64 runId) const;

    /// Largest detail or result document accepted, in bytes of JSON text.
    static constexpr qsizetype maxDocumentBytes = 16 << 20;

private:
    Result<TestRun> load(qint64 runId, bool withResult) const;
    /// Inserts the run and its requirement links in the caller's transaction: running, or completed with result.
    Result<qint64> insertRun(const NewTestRun &run, const std::optional<QString> &result, QString &uuid);
    Status insertCase(qint64 runId, const CaseResult &result);

    ProjectStore &m_store;
};

/// A run as one JSON document (identity, engine, status, times, provenance, metrics, cases, supported requirements
/// and the engine's result): what the evidence library stores and packages include.
Json testRunDocument(const TestRun &run);

} // namespace vv
