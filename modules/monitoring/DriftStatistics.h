#pragma once

#include "validation/Statistics.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace vv::monitoring {

/// Bin edges for the population stability index: the baseline's distinct deciles (type-7 quantiles at 0.1 … 0.9).
std::vector<double> psiEdges(std::span<const double> sortedBaseline);
/// Counts per PSI bin; a value equal to an edge falls in the bin below it (numpy.searchsorted, side "left").
std::vector<std::int64_t> psiCounts(std::span<const double> values, const std::vector<double> &edges);
/// PSI = sum over bins of (a - e) ln(a / e), with each share floored at 1e-4 so that an empty bin stays finite.
std::optional<double> populationStabilityIndex(const std::vector<std::int64_t> &baseline,
                                               const std::vector<std::int64_t> &window);

/// Observed over expected events (events / sum of predicted risks) with Byar's approximation to the exact Poisson
/// interval for the observed count.
validation::Interval observedExpectedRatio(std::int64_t observed, double expected, double level);
/// The Brier score with a normal-theory interval from the squared errors' standard deviation, clipped to [0, 1].
validation::Interval brierInterval(std::span<const double> positives, std::span<const double> negatives, double level);

/// One point of a control chart: the window's statistic, the chart's value after it, its limit and whether it
/// signals.
struct ChartPoint {
    double z = 0; ///< (value - target) / standard error
    double upper = 0; ///< CUSUM: the upper sum; EWMA: the smoothed statistic
    double lower = 0; ///< CUSUM: the lower sum; EWMA: unused
    double limit = 0;
    bool signal = false;
};

/// The two-sided tabular CUSUM on standardised values: S+ = max(0, S+ + z - k), S- = max(0, S- - z - k); it
/// signals while either sum is above h. It is not reset after a signal: a shift that persists keeps signalling.
std::vector<ChartPoint> cusum(std::span<const double> z, double k, double h);
/// The EWMA on standardised values from 0: E = lambda z + (1 - lambda) E, with the exact time-varying limit
/// L sqrt(lambda / (2 - lambda) (1 - (1 - lambda)^(2t))).
std::vector<ChartPoint> ewma(std::span<const double> z, double lambda, double width);

} // namespace vv::monitoring
