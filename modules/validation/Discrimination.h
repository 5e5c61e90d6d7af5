#pragma once

#include "core/Progress.h"
#include "validation/Statistics.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace vv::validation {

/// AUROC (the Mann-Whitney statistic over midranks) with its DeLong variance and confidence interval.
struct AurocEstimate {
    std::int64_t positives = 0;
    std::int64_t negatives = 0;
    std::optional<double> auc;
    std::optional<double> variance; ///< DeLong; unknown with fewer than two cases in a class
    Interval ci;                    ///< estimate = auc; bounds clipped to [0, 1] as pROC does
    QString reason;                 ///< translated; why the AUROC or its interval is unknown
};

/// One point of an ROC curve: the rates when scores >= threshold count as positive.
struct RocPoint {
    double threshold;
    double fpr;
    double tpr;
};

/// A difference of two AUROCs with its normal-theory interval, z statistic and two-sided p-value.
struct AurocDifference {
    std::optional<double> difference; ///< first - second
    std::optional<double> standardError;
    std::optional<double> lower, upper;
    std::optional<double> z;
    std::optional<double> pValue;
};

/// The paired DeLong test of two scores on the same patients (as pROC's roc.test(paired = TRUE)).
struct PairedAurocComparison {
    AurocEstimate first;
    AurocEstimate second;
    AurocDifference test;
    std::optional<double> correlation; ///< of the two AUROC estimates
    QString reason;
};

/// Discrimination measures on scores sorted per outcome class (the O(N log N) algorithm of Sun and Xu, 2014).
class Discrimination {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::Discrimination)
public:
    /// AUROC with DeLong variance and CI from ascending positives and negatives.
    static AurocEstimate auroc(std::span<const double> positives, std::span<const double> negatives, double level);

    /// Paired DeLong comparison; the four arrays are in row order (firstPositives[i] and secondPositives[i] are the
    /// same patient), not sorted.
    static PairedAurocComparison compare(std::span<const double> firstPositives, std::span<const double> firstNegatives,
                                         std::span<const double> secondPositives,
                                         std::span<const double> secondNegatives, double level);

    /// Unpaired DeLong comparison of two independent AUROC estimates (a subgroup against the rest): the variances
    /// add.
    static AurocDifference compareIndependent(const AurocEstimate &a, const AurocEstimate &b, double level);

    /// Stratified bootstrap percentile CI of the AUROC: each replicate resamples positives and negatives separately
    /// with replacement. Replicate b draws from its own stream derived from (seed, b), so the result is the same
    /// for any number of threads. Returns nothing when cancelled.
    static std::optional<Interval> bootstrapAuroc(std::span<const double> positives, std::span<const double> negatives,
                                                  int replicates, std::uint64_t seed, double level,
                                                  const CancellationToken *cancel = nullptr,
                                                  const ProgressSink &progress = {});

    /// The ROC curve from the highest threshold down, thinned to about maxPoints points (all corners kept while
    /// that allows).
    static std::vector<RocPoint> rocCurve(std::span<const double> positives, std::span<const double> negatives,
                                          int maxPoints = 1000);
};

} // namespace vv::validation
