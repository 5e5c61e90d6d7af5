#include "monitoring/DriftStatistics.h"

#include <algorithm>
#include <cmath>

namespace vv::monitoring {

using validation::Interval;

std::vector<double> psiEdges(std::span<const double> sortedBaseline)
{
    std::vector<double> edges;
    if (sortedBaseline.empty())
        return edges;
    for (int i = 1; i <= 9; ++i) {
        const double q = validation::sortedQuantile(sortedBaseline, i / 10.0);
        if (edges.empty() || q > edges.back())
            edges.push_back(q);
    }
    return edges;
}

std::vector<std::int64_t> psiCounts(std::span<const double> values, const std::vector<double> &edges)
{
    std::vector<std::int64_t> counts(edges.size() + 1, 0);
    for (double v : values) {
        const auto bin = std::lower_bound(edges.begin(), edges.end(), v) - edges.begin();
        ++counts[static_cast<std::size_t>(bin)];
    }
    return counts;
}

std::optional<double> populationStabilityIndex(const std::vector<std::int64_t> &baseline,
                                               const std::vector<std::int64_t> &window)
{
    if (baseline.size() != window.size() || baseline.empty())
        return std::nullopt;
    double nb = 0, nw = 0;
    for (std::size_t i = 0; i < baseline.size(); ++i) {
        nb += static_cast<double>(baseline[i]);
        nw += static_cast<double>(window[i]);
    }
    if (nb == 0 || nw == 0)
        return std::nullopt;
    constexpr double floor = 1e-4;
    double psi = 0;
    for (std::size_t i = 0; i < baseline.size(); ++i) {
        const double e = std::max(static_cast<double>(baseline[i]) / nb, floor);
        const double a = std::max(static_cast<double>(window[i]) / nw, floor);
        psi += (a - e) * std::log(a / e);
    }
    return psi;
}

Interval observedExpectedRatio(std::int64_t observed, double expected, double level)
{
    Interval out;
    if (!(expected > 0) || observed < 0)
        return out;
    const double z = validation::zForLevel(level);
    const double o = static_cast<double>(observed);
    out.estimate = o / expected;
    out.lower = observed == 0 ? 0.0 : o * std::pow(1 - 1 / (9 * o) - z / (3 * std::sqrt(o)), 3) / expected;
    const double o1 = o + 1;
    out.upper = o1 * std::pow(1 - 1 / (9 * o1) + z / (3 * std::sqrt(o1)), 3) / expected;
    return out;
}

Interval brierInterval(std::span<const double> positives, std::span<const double> negatives, double level)
{
    Interval out;
    const double n = static_cast<double>(positives.size() + negatives.size());
    if (n < 2)
        return out;
    // Welford's update keeps the variance exact when the errors are nearly equal.
    double mean = 0, m2 = 0, k = 0;
    auto add = [&](double e) {
        k += 1;
        const double d = e - mean;
        mean += d / k;
        m2 += d * (e - mean);
    };
    for (double p : positives)
        add((1 - p) * (1 - p));
    for (double p : negatives)
        add(p * p);
    const double se = std::sqrt(m2 / (n - 1)) / std::sqrt(n);
    const double z = validation::zForLevel(level);
    out.estimate = mean;
    out.lower = std::max(0.0, mean - z * se);
    out.upper = std::min(1.0, mean + z * se);
    return out;
}

std::vector<ChartPoint> cusum(std::span<const double> z, double k, double h)
{
    std::vector<ChartPoint> out;
    double up = 0, down = 0;
    for (double x : z) {
        up = std::max(0.0, up + x - k);
        down = std::max(0.0, down - x - k);
        out.push_back({x, up, down, h, up > h || down > h});
    }
    return out;
}

std::vector<ChartPoint> ewma(std::span<const double> z, double lambda, double width)
{
    std::vector<ChartPoint> out;
    double e = 0;
    int t = 0;
    for (double x : z) {
        ++t;
        e = lambda * x + (1 - lambda) * e;
        const double limit = width * std::sqrt(lambda / (2 - lambda) * (1 - std::pow(1 - lambda, 2.0 * t)));
        out.push_back({x, e, 0, limit, std::abs(e) > limit});
    }
    return out;
}

} // namespace vv::monitoring
