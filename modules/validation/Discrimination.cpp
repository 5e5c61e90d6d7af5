#include "validation/Discrimination.h"

#include "validation/Parallel.h"
#include "validation/Sorting.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>

namespace vv::validation {

namespace {

// Sun and Xu's midrank differences in one merge walk: for every run of equal values in ascending a, calls
// f(first, count, twiceBelow) with twiceBelow = 2 * #(b < v) + #(b == v) over ascending b. For a positive,
// T_Z - T_X (midrank among all minus midrank among positives) is exactly twiceBelow / 2, so its placement
// V10 = twiceBelow / (2 n0); for a negative the same walk against the positives gives V01 = 1 - twiceBelow / (2 n1).
template <class F>
void forEachRun(std::span<const double> a, std::span<const double> b, F &&f)
{
    std::size_t j = 0;
    const std::size_t nb = b.size();
    for (std::size_t i = 0; i < a.size();) {
        const double v = a[i];
        std::size_t i2 = i + 1;
        while (i2 < a.size() && a[i2] == v)
            ++i2;
        while (j < nb && b[j] < v)
            ++j;
        std::size_t j2 = j;
        while (j2 < nb && b[j2] == v)
            ++j2;
        f(i, i2 - i, 2 * static_cast<std::uint64_t>(j) + (j2 - j));
        i = i2;
    }
}

__extension__ using Wide = unsigned __int128; // -Wpedantic: a GCC and Clang extension

// The sum and the sum of squared deviations of one class's placements, from one merge walk, in integers: a
// placement is twiceBelow / (2 n_other) with twiceBelow a whole number, so n * sum(t^2) - sum(t)^2 is exact in
// 128 bits and the variance has no rounding until the final division.
struct ClassPlacements {
    std::uint64_t sum = 0; // of twiceBelow over the class's cases
    double squaredDeviations = 0; // sum of (twiceBelow - mean)^2, in twiceBelow units
};

ClassPlacements classPlacements(std::span<const double> a, std::span<const double> b)
{
    std::uint64_t sum = 0;
    Wide squares = 0;
    forEachRun(a, b, [&](std::size_t, std::size_t count, std::uint64_t twiceBelow) {
        sum += count * twiceBelow;
        squares += static_cast<Wide>(count) * twiceBelow * twiceBelow;
    });
    const auto n = static_cast<Wide>(a.size());
    const Wide scaled = n * squares - static_cast<Wide>(sum) * sum; // n * sum of squared deviations
    return {sum, static_cast<double>(scaled) / static_cast<double>(a.size())};
}

struct Placements {
    double auc = 0;
    double s10 = 0; // sum of squared deviations of the positives' placements
    double s01 = 0;
};

Placements placements(std::span<const double> pos, std::span<const double> neg)
{
    const auto n1 = static_cast<double>(pos.size());
    const auto n0 = static_cast<double>(neg.size());
    // The two classes' walks are independent: one per core.
    ClassPlacements p, q;
    parallelFor(pos.size() + neg.size() < (1u << 16) ? 1 : 2, [&](int i) {
        if (i == 0)
            p = classPlacements(pos, neg);
        else
            q = classPlacements(neg, pos);
    });
    if (pos.size() + neg.size() < (1u << 16))
        q = classPlacements(neg, pos);
    Placements out;
    out.auc = static_cast<double>(p.sum) / (2.0 * n1 * n0);
    // V10 = t / (2 n0); V01 = 1 - t / (2 n1): deviations scale by 1 / (2 n), signs do not matter once squared.
    out.s10 = p.squaredDeviations / (4.0 * n0 * n0);
    out.s01 = q.squaredDeviations / (4.0 * n1 * n1);
    return out;
}

// The placements of every case in row order, for the paired test: sorts a copy with row numbers as payload.
void rowPlacements(std::span<const double> pos, std::span<const double> neg, std::vector<double> &v10,
                   std::vector<double> &v01)
{
    auto sorted = [](std::span<const double> values, std::vector<double> &out, std::vector<std::uint32_t> &rows) {
        out.assign(values.begin(), values.end());
        rows.resize(values.size());
        std::iota(rows.begin(), rows.end(), 0u);
        sortScoresWithPayload(out, rows);
    };
    std::vector<double> sp, sn;
    std::vector<std::uint32_t> rp, rn;
    sorted(pos, sp, rp);
    sorted(neg, sn, rn);
    const auto n1 = static_cast<double>(pos.size());
    const auto n0 = static_cast<double>(neg.size());
    v10.assign(pos.size(), 0.0);
    v01.assign(neg.size(), 0.0);
    forEachRun(sp, sn, [&](std::size_t first, std::size_t count, std::uint64_t twiceBelow) {
        const double v = static_cast<double>(twiceBelow) / (2.0 * n0);
        for (std::size_t k = first; k < first + count; ++k)
            v10[rp[k]] = v;
    });
    forEachRun(sn, sp, [&](std::size_t first, std::size_t count, std::uint64_t twiceBelow) {
        const double v = 1.0 - static_cast<double>(twiceBelow) / (2.0 * n1);
        for (std::size_t k = first; k < first + count; ++k)
            v01[rn[k]] = v;
    });
}

// The interval and test of a difference with standard error se; a zero se leaves z and p unknown unless the
// difference is zero too (pROC's convention for two identical curves: z = 0).
AurocDifference differenceTest(double difference, double se, double level)
{
    AurocDifference d;
    d.difference = difference;
    d.standardError = se;
    const double half = zForLevel(level) * se;
    d.lower = difference - half;
    d.upper = difference + half;
    if (se > 0) {
        d.z = difference / se;
        d.pValue = twoSidedNormalP(*d.z);
    } else if (difference == 0) {
        d.z = 0.0;
        d.pValue = 1.0;
    }
    return d;
}

} // namespace

AurocEstimate Discrimination::auroc(std::span<const double> positives, std::span<const double> negatives, double level)
{
    AurocEstimate e;
    e.positives = static_cast<std::int64_t>(positives.size());
    e.negatives = static_cast<std::int64_t>(negatives.size());
    if (positives.empty() || negatives.empty()) {
        e.reason = tr("The AUROC needs patients with and without the outcome.");
        return e;
    }
    const Placements p = placements(positives, negatives);
    e.auc = p.auc;
    e.ci.estimate = p.auc;
    if (positives.size() < 2 || negatives.size() < 2) {
        e.reason = tr("The DeLong interval needs at least two patients with and two without the outcome.");
        return e;
    }
    const auto n1 = static_cast<double>(positives.size());
    const auto n0 = static_cast<double>(negatives.size());
    const double variance = p.s10 / (n1 - 1.0) / n1 + p.s01 / (n0 - 1.0) / n0;
    e.variance = variance;
    const double half = zForLevel(level) * std::sqrt(variance);
    e.ci.lower = std::clamp(p.auc - half, 0.0, 1.0);
    e.ci.upper = std::clamp(p.auc + half, 0.0, 1.0);
    return e;
}

PairedAurocComparison Discrimination::compare(std::span<const double> firstPositives,
                                              std::span<const double> firstNegatives,
                                              std::span<const double> secondPositives,
                                              std::span<const double> secondNegatives, double level)
{
    PairedAurocComparison c;
    auto estimate = [level](std::span<const double> pos, std::span<const double> neg) {
        std::vector<double> sp(pos.begin(), pos.end()), sn(neg.begin(), neg.end());
        sortScores(sp);
        sortScores(sn);
        return auroc(sp, sn, level);
    };
    c.first = estimate(firstPositives, firstNegatives);
    c.second = estimate(secondPositives, secondNegatives);
    if (!c.first.auc || !c.second.auc) {
        c.reason = c.first.reason.isEmpty() ? c.second.reason : c.first.reason;
        return c;
    }
    if (!c.first.variance || !c.second.variance) {
        c.test.difference = *c.first.auc - *c.second.auc;
        c.reason = c.first.reason.isEmpty() ? c.second.reason : c.first.reason;
        return c;
    }
    std::vector<double> a10, a01, b10, b01;
    rowPlacements(firstPositives, firstNegatives, a10, a01);
    rowPlacements(secondPositives, secondNegatives, b10, b01);
    const double ta = *c.first.auc, tb = *c.second.auc;
    double cov10 = 0, cov01 = 0;
    for (std::size_t i = 0; i < a10.size(); ++i)
        cov10 += (a10[i] - ta) * (b10[i] - tb);
    for (std::size_t j = 0; j < a01.size(); ++j)
        cov01 += (a01[j] - ta) * (b01[j] - tb);
    const auto m = static_cast<double>(a10.size());
    const auto n = static_cast<double>(a01.size());
    const double covariance = cov10 / (m - 1.0) / m + cov01 / (n - 1.0) / n;
    const double variance = *c.first.variance + *c.second.variance - 2.0 * covariance;
    if (*c.first.variance > 0 && *c.second.variance > 0)
        c.correlation = covariance / std::sqrt(*c.first.variance * *c.second.variance);
    c.test = differenceTest(*c.first.auc - *c.second.auc, std::sqrt(std::max(variance, 0.0)), level);
    if (!c.test.z)
        c.reason = tr("The two scores rank every pair the same way except for a constant shift; the test has no "
                      "variance.");
    return c;
}

AurocDifference Discrimination::compareIndependent(const AurocEstimate &a, const AurocEstimate &b, double level)
{
    if (!a.auc || !b.auc)
        return {};
    if (!a.variance || !b.variance) {
        AurocDifference d;
        d.difference = *a.auc - *b.auc;
        return d;
    }
    return differenceTest(*a.auc - *b.auc, std::sqrt(*a.variance + *b.variance), level);
}

std::optional<Interval> Discrimination::bootstrapAuroc(std::span<const double> positives,
                                                       std::span<const double> negatives, int replicates,
                                                       std::uint64_t seed, double level,
                                                       const CancellationToken *cancel, const ProgressSink &progress)
{
    if (positives.empty() || negatives.empty() || replicates < 2)
        return Interval{};
    const std::size_t n1 = positives.size(), n0 = negatives.size();
    std::vector<double> aucs(static_cast<std::size_t>(replicates));
    const int workers = std::min(std::max(1, workersFor((n1 + n0) * 64)), replicates);
    std::atomic<int> done{0};
    std::atomic<bool> stopped{false};
    ProgressThrottle throttle(progress);
    parallelFor(workers, [&](int w) {
        std::vector<std::uint32_t> wp(n1), wn(n0);
        for (int b = w; b < replicates; b += workers) {
            if (stopped.load(std::memory_order_relaxed))
                return;
            if (cancel && cancel->isCancelled()) {
                stopped = true;
                return;
            }
            RandomStream rng(RandomStream::derive(seed, static_cast<std::uint64_t>(b)));
            std::fill(wp.begin(), wp.end(), 0u);
            std::fill(wn.begin(), wn.end(), 0u);
            for (std::size_t k = 0; k < n1; ++k)
                ++wp[rng.below(n1)];
            for (std::size_t k = 0; k < n0; ++k)
                ++wn[rng.below(n0)];
            // The weighted Mann-Whitney count: each positive run times the negatives below it (ties count half).
            std::uint64_t twiceU = 0, below = 0;
            std::size_t j = 0;
            for (std::size_t i = 0; i < n1;) {
                const double v = positives[i];
                std::uint64_t weight = 0;
                for (; i < n1 && positives[i] == v; ++i)
                    weight += wp[i];
                for (; j < n0 && negatives[j] < v; ++j)
                    below += wn[j];
                std::uint64_t tied = 0;
                for (std::size_t j2 = j; j2 < n0 && negatives[j2] == v; ++j2)
                    tied += wn[j2];
                twiceU += weight * (2 * below + tied);
            }
            aucs[static_cast<std::size_t>(b)] =
                static_cast<double>(twiceU) / (2.0 * static_cast<double>(n1) * static_cast<double>(n0));
            const int finished = ++done;
            if (w == 0)
                throttle.report(finished, replicates, tr("Bootstrap"));
        }
    });
    if (stopped || (cancel && cancel->isCancelled()))
        return std::nullopt;
    std::sort(aucs.begin(), aucs.end());
    const double alpha = (1.0 - level) / 2.0;
    return Interval{sortedQuantile(aucs, 0.5), sortedQuantile(aucs, alpha), sortedQuantile(aucs, 1.0 - alpha)};
}

std::vector<RocPoint> Discrimination::rocCurve(std::span<const double> positives, std::span<const double> negatives,
                                               int maxPoints)
{
    std::vector<RocPoint> all;
    if (positives.empty() || negatives.empty())
        return all;
    const auto n1 = static_cast<double>(positives.size());
    const auto n0 = static_cast<double>(negatives.size());
    const double step = 1.0 / std::max(maxPoints, 10);
    std::size_t i = positives.size(), j = negatives.size();
    std::size_t tp = 0, fp = 0;
    all.push_back({std::numeric_limits<double>::infinity(), 0.0, 0.0});
    RocPoint kept = all.back();
    while (i > 0 || j > 0) {
        const double v = std::max(i > 0 ? positives[i - 1] : -std::numeric_limits<double>::infinity(),
                                  j > 0 ? negatives[j - 1] : -std::numeric_limits<double>::infinity());
        while (i > 0 && positives[i - 1] == v) {
            --i;
            ++tp;
        }
        while (j > 0 && negatives[j - 1] == v) {
            --j;
            ++fp;
        }
        const RocPoint p{v, static_cast<double>(fp) / n0, static_cast<double>(tp) / n1};
        // Thin the curve: keep a point when it moved visibly since the last one kept, and always the last.
        if (p.fpr - kept.fpr >= step || p.tpr - kept.tpr >= step || (i == 0 && j == 0)) {
            all.push_back(p);
            kept = p;
        }
    }
    return all;
}

} // namespace vv::validation
