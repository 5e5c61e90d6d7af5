#pragma once

#include "core/Json.h"
#include "store/TestRunTable.h"
#include "validation/Statistics.h"

#include <QCoreApplication>
#include <QStringList>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace vv::validation {

/// The 2×2 table of the cases two runs share: passed in both, in A only, in B only, in neither.
struct PairedCounts {
    std::int64_t both = 0;
    std::int64_t aOnly = 0; ///< passed in A, failed in B: a regression when B is the newer run
    std::int64_t bOnly = 0; ///< failed in A, passed in B: an improvement
    std::int64_t neither = 0;
    std::int64_t paired() const { return both + aOnly + bOnly + neither; }
};

/// The exact McNemar test, two-sided: the binomial test of bOnly successes in aOnly + bOnly discordant pairs at
/// one half (R: binom.test(bOnly, aOnly + bOnly, 0.5)); 1 without discordant pairs.
double exactMcNemarP(std::int64_t aOnly, std::int64_t bOnly);

/// B minus A in pass rate with Newcombe's hybrid score interval for paired proportions (Newcombe 1998, Stat Med
/// 17:2635, method 10: the Wilson intervals of both rates, combined with the phi correlation of the pairs).
Interval pairedDifference(const PairedCounts &counts, double level);

/// B minus A in the mean of numeric case scores over paired cases, with a percentile interval from a paired bootstrap:
/// the pairs are drawn with replacement (samples times, seeded xoshiro256**, so the same data and seed give the same
/// interval) and the type-7 quantiles of the resampled mean differences are the bounds.
struct ScoreDifference {
    double value = 0;
    double lower = 0;
    double upper = 0;
    std::int64_t cases = 0;
    int samples = 0;
    std::uint64_t seed = 0;
};
ScoreDifference pairedScoreBootstrap(const std::vector<std::pair<double, double>> &scores, double level, int samples,
                                     std::uint64_t seed);

/// Two runs compared on the cases both have: which passed where, the exact McNemar test and the paired difference
/// in pass rate. A case that errored or was not graded in either run says nothing about the answers and is left out
/// (counted in `excluded`).
struct PairedComparison {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::PairedComparison)
public:
    PairedCounts counts;
    std::int64_t onlyInA = 0, onlyInB = 0; ///< cases one run has and the other has not
    std::int64_t excluded = 0;
    double mcnemarP = 1.0;
    Interval difference;
    /// Where the runs give numeric scores that are not all 0 or 1 (lm-evaluation-harness samples, a judge's scale):
    /// B minus A in mean score over the paired cases that both scored, with a paired bootstrap interval.
    std::optional<ScoreDifference> scoreDifference;
    static constexpr int bootstrapSamples = 2000;
    static constexpr std::uint64_t bootstrapSeed = 1;
    QStringList regressions;  ///< case ids passed in A and failed in B
    QStringList improvements; ///< case ids failed in A and passed in B
    /// For each regression why it failed in B, for each improvement why it failed in A: the failing graders and
    /// their reasons, where the run recorded them (empty otherwise). Not part of the JSON.
    std::map<QString, QString> failedBecause;
    double level = 0.95;

    static PairedComparison compare(const std::vector<CaseResult> &a, const std::vector<CaseResult> &b,
                                    double level = 0.95);
    /// Two stored runs compared; an error when either is missing, has no cases, or they share no graded case.
    static Result<PairedComparison> ofRuns(const TestRunTable &runs, qint64 runA, qint64 runB, double level = 0.95);
    /// The score difference in words for the CLI and the GUI, B minus A; empty without one.
    QString scoreDifferenceText() const;
    /// The shape `runs compare --json` prints (docs/test-suites.md, "Comparing two runs").
    Json toJson() const;
};

} // namespace vv::validation
