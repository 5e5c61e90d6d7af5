#pragma once

#include "core/Error.h"
#include "core/Json.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace vv {
struct TestRun;
struct CaseResult;
}

namespace vv::risk {

/// One acceptance criterion of a planned modification: limits on a run's metric, on its estimate and on its
/// confidence interval, for the whole population or for each subgroup.
struct AcceptanceCriterion {
    QString metric;   ///< a run metric's name: auroc, calibration_slope, pass_rate, sensitivity@0.3, ...
    std::optional<double> lower, upper;                   ///< the estimate must lie within these
    std::optional<double> intervalLower, intervalUpper;   ///< the interval's lower bound ≥, upper bound ≤
    bool eachSubgroup = false; ///< held by every subgroup of the run, not the whole population
    /// A paired comparison with the approved run (metric pass_rate): the run's pass rate on the cases both share
    /// may fall below the approved run's by at most maxDrop, on the estimate and on its interval's lower bound.
    std::optional<qint64> pairedWith;
    std::optional<double> maxDrop;
    Json toJson() const;
};

/// A change planned in advance: what may change, how it is made and validated, what it must meet, and its impact.
struct PlannedModification {
    QString id;
    QString title;
    QString changes; ///< retraining, threshold, model_version or other
    QString description;
    QString data, method, validation; ///< the modification protocol
    QString impact;
    qint64 minCases = 0; ///< fewer patients or cases in the run: not enough data
    std::vector<AcceptanceCriterion> criteria;
};

/// A predetermined change control plan (AI Act Art. 43(4) and recital 128; FDA's PCCP guidance of December 2024).
struct ChangePlan {
    QString title;
    QStringList requirements; ///< URNs that a met check is filed as evidence for
    std::vector<PlannedModification> modifications;
    const PlannedModification *modification(const QString &id) const;
    Json toJson() const;
};

/// Reads a change plan from YAML (the user's file, or a stored plan's JSON), checking every key and value.
class ChangePlanReader {
    Q_DECLARE_TR_FUNCTIONS(vv::risk::ChangePlanReader)
public:
    static Result<ChangePlan> read(const QByteArray &yaml, const QString &fileName,
                                   std::vector<Error> *problems = nullptr);
    static Result<ChangePlan> fromJson(const Json &json);
    static QStringList changeKinds();
    static constexpr qint64 maxFileBytes = 1 << 20;
};

/// The outcome of one criterion, or of a whole check.
enum class CheckOutcome { Met, NotMet, NotEnoughData };
QString checkOutcomeId(CheckOutcome outcome);

/// How one criterion came out on a run, with the numbers it was judged on.
struct CriterionResult {
    AcceptanceCriterion criterion;
    QString subgroup; ///< empty for the whole population
    std::optional<double> value, ciLower, ciUpper;
    CheckOutcome outcome = CheckOutcome::NotEnoughData;
    QString reason;
};

/// A run checked against a planned modification: each criterion, and the verdict over all of them.
struct ChangeCheckResult {
    QString modification;
    qint64 runId = 0;
    std::vector<CriterionResult> criteria;
    CheckOutcome verdict = CheckOutcome::NotEnoughData;
    Json toJson() const;
};

/// Judges a run against a modification's criteria: not met when any criterion fails, otherwise not enough data
/// when any lacks its numbers, otherwise met. The run must carry its result document (TestRunTable::get).
class ChangeCheckEvaluation {
    Q_DECLARE_TR_FUNCTIONS(vv::risk::ChangeCheckEvaluation)
public:
    /// A run's cases by its id, for paired criteria; an error when the run or its cases cannot be read.
    using CaseSource = std::function<Result<std::vector<CaseResult>>(qint64 runId)>;
    /// Without a case source, a paired criterion has not enough data.
    static ChangeCheckResult evaluate(const PlannedModification &modification, const TestRun &run,
                                      const CaseSource &cases = {});
};

} // namespace vv::risk
