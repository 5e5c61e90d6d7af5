#include "validation/Sorting.h"

#include "validation/LargeArray.h"
#include "validation/Parallel.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <memory>
#include <numeric>

namespace vv::validation {

namespace {

constexpr int digitBits = 13;
constexpr int buckets = 1 << digitBits;
constexpr int passes = (64 + digitBits - 1) / digitBits;
constexpr std::size_t smallSort = 1 << 12;

// Order-preserving map from a double's bits to an unsigned integer: flip all bits of negatives, the sign bit of
// the rest. Callers normalise -0.0 to +0.0 and keep NaN out.
inline std::uint64_t sortKey(double d)
{
    const auto u = std::bit_cast<std::uint64_t>(d);
    return u ^ ((u >> 63) ? ~std::uint64_t(0) : (std::uint64_t(1) << 63));
}

inline unsigned digitOf(double d, int pass)
{
    return static_cast<unsigned>((sortKey(d) >> (pass * digitBits)) & (buckets - 1));
}

using Histogram = std::array<std::uint64_t, buckets>;

template <bool WithPayload>
void radixSort(std::vector<double> &values, std::vector<std::uint32_t> *payload)
{
    const std::size_t n = values.size();
    if (n < smallSort) {
        if constexpr (WithPayload) {
            std::vector<std::uint32_t> order(n);
            std::iota(order.begin(), order.end(), 0u);
            std::stable_sort(order.begin(), order.end(),
                             [&](std::uint32_t a, std::uint32_t b) { return sortKey(values[a]) < sortKey(values[b]); });
            std::vector<double> v(n);
            std::vector<std::uint32_t> p(n);
            for (std::size_t i = 0; i < n; ++i) {
                v[i] = values[order[i]];
                p[i] = (*payload)[order[i]];
            }
            values.swap(v);
            payload->swap(p);
        } else {
            std::sort(values.begin(), values.end(), [](double a, double b) { return sortKey(a) < sortKey(b); });
        }
        return;
    }

    const int workers = workersFor(n);
    // One counting pass finds every digit's distribution; passes where one bucket holds everything are skipped.
    std::vector<std::array<Histogram, passes>> counts(static_cast<std::size_t>(workers));
    parallelFor(workers, [&](int w) {
        auto &c = counts[static_cast<std::size_t>(w)];
        for (auto &h : c)
            h.fill(0);
        const auto [from, to] = sliceOf(n, workers, w);
        for (std::size_t i = from; i < to; ++i) {
            const std::uint64_t k = sortKey(values[i]);
            for (int p = 0; p < passes; ++p)
                ++c[static_cast<std::size_t>(p)][(k >> (p * digitBits)) & (buckets - 1)];
        }
    });
    std::vector<int> active;
    for (int p = 0; p < passes; ++p) {
        bool trivial = false;
        for (int b = 0; b < buckets && !trivial; ++b) {
            std::uint64_t total = 0;
            for (const auto &c : counts)
                total += c[static_cast<std::size_t>(p)][static_cast<std::size_t>(b)];
            trivial = total == n;
        }
        if (!trivial)
            active.push_back(p);
    }
    if (active.empty())
        return;

    // Uninitialised scratch: zeroing it would cost a pass over memory for nothing.
    LargeArray<double> scratch(n);
    LargeArray<std::uint32_t> scratchPayload(WithPayload ? n : 0);
    double *src = values.data();
    double *dst = scratch.data();
    std::uint32_t *srcP = WithPayload ? payload->data() : nullptr;
    std::uint32_t *dstP = WithPayload ? scratchPayload.data() : nullptr;
    std::vector<Histogram> local(static_cast<std::size_t>(workers));
    bool firstPass = true;
    for (int pass : active) {
        // Each worker's slice keeps its order within a bucket, and slices follow each other: the sort is stable.
        // Before the first scatter, and with one slice at any time, the counting pass's histograms are the
        // slices' own; otherwise elements have moved between slices and are counted again.
        if (firstPass || workers == 1) {
            for (int w = 0; w < workers; ++w)
                local[static_cast<std::size_t>(w)] = counts[static_cast<std::size_t>(w)][static_cast<std::size_t>(pass)];
        } else {
            parallelFor(workers, [&](int w) {
                Histogram &h = local[static_cast<std::size_t>(w)];
                h.fill(0);
                const auto [from, to] = sliceOf(n, workers, w);
                for (std::size_t i = from; i < to; ++i)
                    ++h[digitOf(src[i], pass)];
            });
        }
        firstPass = false;
        std::uint64_t offset = 0;
        for (int b = 0; b < buckets; ++b) {
            for (auto &h : local) {
                const std::uint64_t c = h[static_cast<std::size_t>(b)];
                h[static_cast<std::size_t>(b)] = offset;
                offset += c;
            }
        }
        parallelFor(workers, [&](int w) {
            Histogram &h = local[static_cast<std::size_t>(w)];
            const auto [from, to] = sliceOf(n, workers, w);
            for (std::size_t i = from; i < to; ++i) {
                const std::uint64_t at = h[digitOf(src[i], pass)]++;
                dst[at] = src[i];
                if constexpr (WithPayload)
                    dstP[at] = srcP[i];
            }
        });
        std::swap(src, dst);
        if constexpr (WithPayload)
            std::swap(srcP, dstP);
    }
    if (src != values.data()) {
        parallelFor(workers, [&](int w) {
            const auto [from, to] = sliceOf(n, workers, w);
            std::memcpy(values.data() + from, src + from, (to - from) * sizeof(double));
            if constexpr (WithPayload)
                std::memcpy(payload->data() + from, srcP + from, (to - from) * sizeof(std::uint32_t));
        });
    }
}

} // namespace

void sortScores(std::vector<double> &values)
{
    radixSort<false>(values, nullptr);
}

void sortScoresWithPayload(std::vector<double> &values, std::vector<std::uint32_t> &payload)
{
    radixSort<true>(values, &payload);
}

} // namespace vv::validation
