#include "validation/Calibration.h"

#include "validation/LargeArray.h"
#include "validation/Parallel.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <memory>

namespace vv::validation {

namespace {

// Sums are split into this many slices whatever the number of threads, and added in slice order, so every
// machine gets the same bits.
constexpr int reductionSlices = 64;

template <std::size_t K, class F>
std::array<double, K> reduce(std::size_t n, F &&partial)
{
    std::vector<std::array<double, K>> parts(reductionSlices);
    const int slices = n < (1u << 16) ? 1 : reductionSlices;
    parallelFor(slices, [&](int s) {
        const auto [from, to] = sliceOf(n, slices, s);
        std::array<double, K> acc{};
        partial(from, to, acc);
        parts[static_cast<std::size_t>(s)] = acc;
    });
    std::array<double, K> total{};
    for (int s = 0; s < slices; ++s) {
        for (std::size_t k = 0; k < K; ++k)
            total[k] += parts[static_cast<std::size_t>(s)][k];
    }
    return total;
}

inline double logitOf(double p)
{
    return std::log(p / (1.0 - p));
}

// Gradient and Hessian of both recalibration models at their current parameters, over one class.
// Slots: 0 g_a (slope model), 1 g_b, 2 H_aa, 3 H_ab, 4 H_bb, 5 g (intercept model), 6 H.
// The intercept model needs no exponential per row: sigmoid(a1 + logit p) = 1 / (1 + e^-a1 (1 - p) / p).
std::array<double, 7> newtonTerms(std::span<const double> p, std::span<const double> x, double y, double a, double b,
                                  double a1, bool slope, bool intercept)
{
    const double c = std::exp(-a1);
    return reduce<7>(x.size(), [&](std::size_t from, std::size_t to, std::array<double, 7> &acc) {
        if (slope) {
            for (std::size_t i = from; i < to; ++i) {
                const double xi = x[i];
                const double mu = 1.0 / (1.0 + std::exp(-(a + b * xi)));
                const double w = mu * (1.0 - mu);
                const double r = y - mu;
                acc[0] += r;
                acc[1] += r * xi;
                acc[2] += w;
                acc[3] += w * xi;
                acc[4] += w * xi * xi;
            }
        }
        if (intercept) {
            for (std::size_t i = from; i < to; ++i) {
                const double pi = std::clamp(p[i], Calibration::clampEpsilon, 1.0 - Calibration::clampEpsilon);
                const double mu1 = 1.0 / (1.0 + c * ((1.0 - pi) / pi));
                acc[5] += y - mu1;
                acc[6] += mu1 * (1.0 - mu1);
            }
        }
    });
}

// Newton-Raphson for both recalibration models in the same passes over the data, from a start. A full Newton
// step can overshoot the maximum when the start is far from it; the log-likelihood is concave, so along the step
// its derivative falls, and an overshoot shows as a derivative that turned clearly negative. The step is then cut
// back to the secant estimate of where that derivative is zero, which converges without computing the likelihood.
// Convergence: a step below 1e-7 (relative) that is also below 1% of the step before (so the iteration is in its
// quadratic phase) leaves an error near 1e-14; a step below 1e-10 is converged in any case.
struct Newton {
    static constexpr int maxIterations = 100;
    double a = 0.0, b = 1.0, a1 = 0.0;
    double hAA = 0, det = 0, h1 = 0; // information at the last evaluation, for the Wald intervals
    bool slopeConverged = false, interceptConverged = false, constant = false;
    int slopeIterations = 0, interceptIterations = 0;
};

Newton newton(std::span<const double> pPos, std::span<const double> xPos, std::span<const double> pNeg,
              std::span<const double> xNeg, const Newton &start, bool separated)
{
    struct Line {
        double base[2] = {0, 0}; // parameters where the last step started
        double step[2] = {0, 0}; // the Newton step from there
        double previous = std::numeric_limits<double>::infinity(); // size of the step before
        double slope0 = 0;        // derivative of the log-likelihood along the step, at the start
        double t = 0;             // how far along the step the parameters under evaluation are
        int cuts = 0;
        bool done = false;
        bool converged = false;
        int iterations = 0;
        double at(int i) const { return base[i] + t * step[i]; }
        // Whether the step just taken ends the iteration, judged per parameter.
        bool small(int dims) const
        {
            double size = 0;
            bool tiny = true;
            for (int i = 0; i < dims; ++i) {
                const double rel = std::fabs(step[i]) / (1.0 + std::fabs(base[i]));
                size = std::max(size, rel);
                tiny = tiny && rel <= 1e-10;
            }
            return tiny || (size <= 1e-7 && size <= 0.01 * previous);
        }
        double size(int dims) const
        {
            double m = 0;
            for (int i = 0; i < dims; ++i)
                m = std::max(m, std::fabs(step[i]) / (1.0 + std::fabs(base[i])));
            return m;
        }
    };
    // Accepts the evaluated point (or cuts the step back); returns true when a new Newton step is to be taken.
    auto advance = [](Line &l, const double *gradient, int dims) {
        double along = 0;
        for (int i = 0; i < dims; ++i)
            along += gradient[i] * l.step[i];
        if (l.t > 0 && along < -0.5 * l.slope0 && l.cuts < 30) {
            l.t = l.t * l.slope0 / (l.slope0 - along);
            ++l.cuts;
            return false;
        }
        for (int i = 0; i < dims; ++i)
            l.base[i] = l.at(i);
        if (l.t > 0)
            l.previous = l.size(dims);
        l.cuts = 0;
        return true;
    };
    Newton out;
    Line s, c; // slope model (a, b), intercept model (a1)
    s.base[0] = start.a;
    s.base[1] = start.b;
    c.base[0] = start.a1;
    for (int pass = 1; pass <= Newton::maxIterations && !(s.done && c.done); ++pass) {
        std::array<double, 7> t{};
        const auto p = newtonTerms(pPos, xPos, 1.0, s.at(0), s.at(1), c.at(0), !s.done, !c.done);
        const auto q = newtonTerms(pNeg, xNeg, 0.0, s.at(0), s.at(1), c.at(0), !s.done, !c.done);
        for (std::size_t k = 0; k < t.size(); ++k)
            t[k] = p[k] + q[k];
        if (!c.done) {
            c.iterations = pass;
            const double g = t[5];
            if (advance(c, &g, 1)) {
                c.step[0] = g / t[6];
                c.slope0 = g * c.step[0];
                c.t = 1.0;
                if (!std::isfinite(c.step[0])) {
                    c.done = true;
                } else if (c.small(1)) {
                    c.done = c.converged = true;
                    out.a1 = c.at(0);
                    out.h1 = t[6];
                }
            }
        }
        if (!s.done) {
            s.iterations = pass;
            const double det = t[2] * t[4] - t[3] * t[3];
            if (separated || !(det > 1e-12 * t[2] * t[4]) || !std::isfinite(det)) {
                s.done = true;
                out.constant = !separated;
            } else if (const double g[2] = {t[0], t[1]}; advance(s, g, 2)) {
                s.step[0] = (t[4] * t[0] - t[3] * t[1]) / det;
                s.step[1] = (t[2] * t[1] - t[3] * t[0]) / det;
                s.slope0 = g[0] * s.step[0] + g[1] * s.step[1];
                s.t = 1.0;
                if (!std::isfinite(s.step[0]) || !std::isfinite(s.step[1])) {
                    s.done = true;
                } else if (s.small(2)) {
                    s.done = s.converged = true;
                    out.a = s.at(0);
                    out.b = s.at(1);
                    out.hAA = t[2];
                    out.det = det;
                }
            }
        }
    }
    out.slopeConverged = s.converged;
    out.interceptConverged = c.converged;
    out.slopeIterations = s.iterations;
    out.interceptIterations = c.iterations;
    return out;
}

} // namespace

CalibrationFit Calibration::fit(std::span<const double> positives, std::span<const double> negatives, double level)
{
    CalibrationFit fit;
    if (positives.empty() || negatives.empty()) {
        fit.reason = tr("Calibration intercept and slope need patients with and without the outcome.");
        return fit;
    }
    // Uninitialised: every element is written below, and zeroing 80 MB first would cost as much again.
    LargeArray<double> xPosData(positives.size()), xNegData(negatives.size());
    const std::span<double> xPos = xPosData.span(), xNeg = xNegData.span();
    auto logits = [&fit](std::span<const double> p, std::span<double> x) {
        const auto counts = reduce<1>(p.size(), [&](std::size_t from, std::size_t to, std::array<double, 1> &acc) {
            for (std::size_t i = from; i < to; ++i) {
                double v = p[i];
                if (v <= 0.0 || v >= 1.0) {
                    v = std::clamp(v, clampEpsilon, 1.0 - clampEpsilon);
                    acc[0] += 1;
                }
                x[i] = logitOf(v);
            }
        });
        fit.clamped += static_cast<std::int64_t>(counts[0]);
    };
    logits(positives, xPos);
    logits(negatives, xNeg);

    const double z = zForLevel(level);
    const auto [minPos, maxPos] = std::minmax_element(xPos.begin(), xPos.end());
    const auto [minNeg, maxNeg] = std::minmax_element(xNeg.begin(), xNeg.end());
    // Complete or quasi-complete separation makes the slope's maximum-likelihood estimate infinite; equal
    // predictions everywhere leave it undefined.
    const bool allEqual = *minPos == *maxPos && *minNeg == *maxNeg && *minPos == *minNeg;
    const bool separated = !allEqual && (*maxNeg <= *minPos || *maxPos <= *minNeg);
    Newton start;
    // On large data a fit to a strided subsample (every k-th patient of each class) starts the full fit close to
    // its answer, so that the full data are passed over two or three times rather than five.
    const std::size_t n = positives.size() + negatives.size();
    if (n > 400000 && !separated && !allEqual) {
        const std::size_t k = n / 100000;
        std::vector<double> sp, sx, np, nx;
        auto stride = [k](std::span<const double> from, std::vector<double> &to) {
            for (std::size_t i = 0; i < from.size(); i += k)
                to.push_back(from[i]);
        };
        stride(positives, sp);
        stride(xPos, sx);
        stride(negatives, np);
        stride(xNeg, nx);
        const Newton warm = newton(sp, sx, np, nx, start, false);
        if (warm.slopeConverged) {
            start.a = warm.a;
            start.b = warm.b;
        }
        if (warm.interceptConverged)
            start.a1 = warm.a1;
    }
    const Newton full = newton(positives, xPos, negatives, xNeg, start, separated);
    if (full.interceptConverged) {
        const double se = 1.0 / std::sqrt(full.h1);
        fit.intercept = {full.a1, full.a1 - z * se, full.a1 + z * se};
    }
    if (full.slopeConverged) {
        const double se = std::sqrt(full.hAA / full.det);
        fit.slope = {full.b, full.b - z * se, full.b + z * se};
        fit.slopeModelIntercept = full.a;
    }
    const bool constant = full.constant;
    constexpr int maxIterations = Newton::maxIterations;
    fit.interceptConverged = full.interceptConverged;
    fit.slopeConverged = full.slopeConverged;
    fit.interceptIterations = full.interceptIterations;
    fit.slopeIterations = full.slopeIterations;
    if (separated)
        fit.reason = tr("The score separates the outcomes completely, so the calibration slope is infinite.");
    else if (constant)
        fit.reason = tr("All predictions are equal (or nearly so), so the calibration slope is not defined.");
    else if (!fit.slopeConverged || !fit.interceptConverged)
        fit.reason = tr("The recalibration fit did not converge in %1 iterations.").arg(maxIterations);
    return fit;
}

double Calibration::brier(std::span<const double> positives, std::span<const double> negatives)
{
    const std::size_t n = positives.size() + negatives.size();
    if (n == 0)
        return std::numeric_limits<double>::quiet_NaN();
    const auto p = reduce<1>(positives.size(), [&](std::size_t from, std::size_t to, std::array<double, 1> &acc) {
        for (std::size_t i = from; i < to; ++i)
            acc[0] += (1.0 - positives[i]) * (1.0 - positives[i]);
    });
    const auto q = reduce<1>(negatives.size(), [&](std::size_t from, std::size_t to, std::array<double, 1> &acc) {
        for (std::size_t i = from; i < to; ++i)
            acc[0] += negatives[i] * negatives[i];
    });
    return (p[0] + q[0]) / static_cast<double>(n);
}

std::vector<CalibrationBin> Calibration::bins(std::span<const double> positives, std::span<const double> negatives,
                                              int count, double level)
{
    std::vector<CalibrationBin> out;
    std::size_t pi = 0, ni = 0;
    for (int k = 0; k < count; ++k) {
        CalibrationBin bin;
        bin.lower = static_cast<double>(k) / count;
        bin.upper = static_cast<double>(k + 1) / count;
        const bool last = k == count - 1;
        double sum = 0;
        const std::size_t p0 = pi, n0 = ni;
        for (; pi < positives.size() && (last || positives[pi] < bin.upper); ++pi)
            sum += positives[pi];
        for (; ni < negatives.size() && (last || negatives[ni] < bin.upper); ++ni)
            sum += negatives[ni];
        bin.events = static_cast<std::int64_t>(pi - p0);
        bin.n = bin.events + static_cast<std::int64_t>(ni - n0);
        if (bin.n > 0)
            bin.meanPredicted = sum / static_cast<double>(bin.n);
        bin.observed = wilsonInterval(bin.events, bin.n, level);
        out.push_back(bin);
    }
    return out;
}

double Calibration::expectedCalibrationError(const std::vector<CalibrationBin> &bins)
{
    std::int64_t n = 0;
    double sum = 0;
    for (const CalibrationBin &b : bins) {
        n += b.n;
        if (b.n > 0)
            sum += static_cast<double>(b.n) * std::fabs(*b.observed.estimate - *b.meanPredicted);
    }
    return n > 0 ? sum / static_cast<double>(n) : std::numeric_limits<double>::quiet_NaN();
}

std::vector<CalibrationBin> Calibration::riskGroups(std::span<const double> positives,
                                                    std::span<const double> negatives, int groups, double level)
{
    const std::size_t n = positives.size() + negatives.size();
    std::vector<CalibrationBin> out;
    if (n == 0)
        return out;
    const int g = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(std::max(groups, 1)), n));
    std::size_t pi = 0, ni = 0;
    for (int k = 0; k < g; ++k) {
        const auto [from, to] = sliceOf(n, g, k);
        CalibrationBin bin;
        double sum = 0;
        bin.lower = std::numeric_limits<double>::infinity();
        for (std::size_t r = from; r < to; ++r) {
            // Merge the two ascending arrays; positives first on ties (any fixed rule gives the same groups' sums).
            const bool takePositive = ni >= negatives.size() || (pi < positives.size() && positives[pi] <= negatives[ni]);
            const double v = takePositive ? positives[pi++] : negatives[ni++];
            bin.events += takePositive ? 1 : 0;
            bin.lower = std::min(bin.lower, v);
            bin.upper = v;
            sum += v;
        }
        bin.n = static_cast<std::int64_t>(to - from);
        bin.meanPredicted = sum / static_cast<double>(bin.n);
        bin.observed = wilsonInterval(bin.events, bin.n, level);
        out.push_back(bin);
    }
    return out;
}

} // namespace vv::validation
