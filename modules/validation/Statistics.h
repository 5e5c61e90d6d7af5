#pragma once

#include <cstdint>
#include <optional>
#include <span>

namespace vv::validation {

/// An estimate with its confidence interval; any part may be unknown (too few cases, one class only).
struct Interval {
    std::optional<double> estimate;
    std::optional<double> lower;
    std::optional<double> upper;
};

/// The standard normal quantile function (Wichura's AS 241, accurate to about 1e-16, as R's qnorm).
double normalQuantile(double p);
/// The two-sided p-value of a standard normal z statistic.
double twoSidedNormalP(double z);
/// z for a two-sided interval at level (0.95 -> 1.959964...).
double zForLevel(double level);

/// A proportion k/n with the Wilson score interval; estimate and bounds are unknown when n is 0.
Interval wilsonInterval(std::int64_t k, std::int64_t n, double level);

/// The type-7 quantile (R's and numpy's default) of ascending sorted values; p in [0, 1].
double sortedQuantile(std::span<const double> sorted, double p);

/// A small, fast, seedable generator (xoshiro256**) with its own bounded integers (Lemire), so that bootstrap
/// results are the same on every platform and standard library.
class RandomStream {
public:
    explicit RandomStream(std::uint64_t seed);
    /// A seed for stream number index derived from a master seed (SplitMix64 mixing).
    static std::uint64_t derive(std::uint64_t seed, std::uint64_t index);
    std::uint64_t next();
    /// Uniform in [0, bound), bound > 0, without modulo bias.
    std::uint64_t below(std::uint64_t bound);

private:
    std::uint64_t m_s[4];
};

} // namespace vv::validation
