#pragma once

#include <cstddef>
#include <functional>
#include <utility>

namespace vv::validation {

/// Runs body(i) for every i in [0, count) on the free threads of Qt's global pool and on the calling thread; returns
/// when all are done, and never waits for a busy pool. Callers split work into a fixed number of slices that does
/// not depend on the number of threads, so that sums come out bit for bit the same on every machine.
void parallelFor(int count, const std::function<void(int)> &body);

/// The half-open range [first, second) of slice i when [0, n) is cut into count nearly equal slices.
inline std::pair<std::size_t, std::size_t> sliceOf(std::size_t n, int count, int i)
{
    const auto c = static_cast<std::size_t>(count);
    const auto k = static_cast<std::size_t>(i);
    return {n * k / c, n * (k + 1) / c};
}

/// The number of threads worth starting for work on n items (1 for small inputs).
int workersFor(std::size_t n);

} // namespace vv::validation
