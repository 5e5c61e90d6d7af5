#include "validation/Agreement.h"

#include "validation/Statistics.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace vv::validation {

namespace {

/// Each unit's scores by rater, in a stable order (units and raters sorted by name).
using UnitScores = std::map<QString, std::map<QString, int>>;

Result<UnitScores> collect(const std::vector<Rating> &ratings, const AgreementOptions &options)
{
    const bool bounded = options.scaleMin != 0 || options.scaleMax != 0;
    UnitScores units;
    for (const Rating &r : ratings) {
        if (bounded && (r.score < options.scaleMin || r.score > options.scaleMax))
            return Error::input(Agreement::tr("rater %1 gave unit %2 the score %3, outside the scale %4 to %5")
                                    .arg(r.rater, r.unit)
                                    .arg(r.score)
                                    .arg(options.scaleMin)
                                    .arg(options.scaleMax),
                                Agreement::tr("Scores must be levels of the rubric's scale."));
        auto [it, added] = units[r.unit].emplace(r.rater, r.score);
        if (!added && it->second != r.score)
            return Error::input(Agreement::tr("rater %1 rated unit %2 twice, with %3 and %4")
                                    .arg(r.rater, r.unit)
                                    .arg(it->second)
                                    .arg(r.score),
                                Agreement::tr("Keep one score per rater and unit."));
    }
    return units;
}

Result<void> checkOptions(const AgreementOptions &o)
{
    if (!(o.level > 0 && o.level < 1))
        return Error::input(Agreement::tr("the interval's level must be between 0 and 1, not %1").arg(o.level));
    if (o.bootstrapSamples < AgreementOptions::minBootstrapSamples ||
        o.bootstrapSamples > AgreementOptions::maxBootstrapSamples)
        return Error::input(Agreement::tr("the bootstrap needs between %1 and %2 samples, not %3")
                                .arg(AgreementOptions::minBootstrapSamples)
                                .arg(AgreementOptions::maxBootstrapSamples)
                                .arg(o.bootstrapSamples));
    if ((o.scaleMin != 0 || o.scaleMax != 0) && o.scaleMin >= o.scaleMax)
        return Error::input(Agreement::tr("the scale's lowest level (%1) must be below its highest (%2)")
                                .arg(o.scaleMin)
                                .arg(o.scaleMax));
    return Result<void>::success();
}

/// The distinct scores, ascending, and the index of a score among them.
struct Categories {
    std::vector<int> values;
    std::size_t index(int v) const
    {
        return std::size_t(std::lower_bound(values.begin(), values.end(), v) - values.begin());
    }
    std::size_t size() const { return values.size(); }
};

/// A square matrix over the categories, row-major.
struct Square {
    std::size_t k = 0;
    std::vector<double> cells;
    explicit Square(std::size_t size) : k(size), cells(size * size, 0.0) { }
    double &at(std::size_t r, std::size_t c) { return cells[r * k + c]; }
    double at(std::size_t r, std::size_t c) const { return cells[r * k + c]; }
};

// ---- Cohen's kappa ---------------------------------------------------------------------------------------------

/// Cohen's kappa on the proportions p (rows: first rater, columns: second) with agreement weights w (1 on the
/// diagonal). The standard error is the large-sample (non-null) variance of Fleiss, Cohen and Everitt (1969),
/// "Large sample standard errors of kappa and weighted kappa", Psychological Bulletin 72(5), the variance R's
/// psych::cohen.kappa is built on; with w the identity it is the unweighted kappa's variance and equals psych's.
/// (psych 2.2.9 averages each column's weights with the wrong marginals, so its weighted variance differs from
/// the formula and from the delta method; tests/fixtures/validation/agreement/make_agreement_reference.py checks
/// this one against both.)
std::optional<KappaResult> kappaFrom(const Square &p, const Square &w, int n, double level, bool weighted)
{
    const std::size_t k = p.k;
    std::vector<double> rows(k, 0.0), cols(k, 0.0);
    for (std::size_t i = 0; i < k; ++i)
        for (std::size_t j = 0; j < k; ++j) {
            rows[i] += p.at(i, j);
            cols[j] += p.at(i, j);
        }
    double po = 0, pe = 0;
    for (std::size_t i = 0; i < k; ++i)
        for (std::size_t j = 0; j < k; ++j) {
            po += w.at(i, j) * p.at(i, j);
            pe += w.at(i, j) * rows[i] * cols[j];
        }
    if (1.0 - pe <= 1e-12)
        return std::nullopt;
    const double kappa = (po - pe) / (1.0 - pe);
    // The weighted means of each row's and each column's weights under the other rater's marginals.
    std::vector<double> rowMean(k, 0.0), colMean(k, 0.0);
    for (std::size_t i = 0; i < k; ++i)
        for (std::size_t j = 0; j < k; ++j) {
            rowMean[i] += cols[j] * w.at(i, j);
            colMean[j] += rows[i] * w.at(i, j);
        }
    double sum = 0;
    for (std::size_t i = 0; i < k; ++i)
        for (std::size_t j = 0; j < k; ++j) {
            const double d = w.at(i, j) - (rowMean[i] + colMean[j]) * (1.0 - kappa);
            sum += p.at(i, j) * d * d;
        }
    const double tail = kappa - pe * (1.0 - kappa);
    const double variance = std::max(0.0, (sum - tail * tail) / (double(n) * (1.0 - pe) * (1.0 - pe)));
    const double se = std::sqrt(variance);
    const double z = zForLevel(level);
    return KappaResult{kappa, se, std::max(-1.0, kappa - z * se), std::min(1.0, kappa + z * se), weighted, po, pe, n};
}

/// Cohen's kappa between the two raters on the units both rated: unweighted on a nominal scale, with linear weights
/// (1 - |a - b| / range) otherwise, the range being the scale's or the data's. Kappa does not change with the
/// weights' scale, so only the scores that occur need a row.
std::optional<KappaResult> cohenKappa(const UnitScores &units, const QString &first, const QString &second,
                                      const AgreementOptions &options)
{
    std::vector<std::pair<int, int>> pairs;
    for (const auto &[unit, scores] : units) {
        const auto a = scores.find(first), b = scores.find(second);
        if (a != scores.end() && b != scores.end())
            pairs.emplace_back(a->second, b->second);
    }
    if (pairs.empty())
        return std::nullopt;
    Categories cats;
    for (const auto &[a, b] : pairs) {
        cats.values.push_back(a);
        cats.values.push_back(b);
    }
    std::sort(cats.values.begin(), cats.values.end());
    cats.values.erase(std::unique(cats.values.begin(), cats.values.end()), cats.values.end());
    const bool weighted = options.scale != AgreementScale::Nominal;
    const bool bounded = options.scaleMin != 0 || options.scaleMax != 0;
    // In doubles: scores from an imported file may span the whole int range.
    const double range = bounded ? double(options.scaleMax) - double(options.scaleMin)
                                 : std::max(1.0, double(cats.values.back()) - double(cats.values.front()));
    Square p(cats.size()), w(cats.size());
    for (const auto &[a, b] : pairs)
        p.at(cats.index(a), cats.index(b)) += 1.0 / double(pairs.size());
    for (std::size_t i = 0; i < cats.size(); ++i)
        for (std::size_t j = 0; j < cats.size(); ++j)
            w.at(i, j) = weighted ? 1.0 - std::abs(double(cats.values[i]) - double(cats.values[j])) / range
                                  : (i == j ? 1.0 : 0.0);
    return kappaFrom(p, w, int(pairs.size()), options.level, weighted);
}

// ---- Krippendorff's alpha --------------------------------------------------------------------------------------

/// One unit's share of the coincidence matrix: m_u(c) * (m_u(k) - [c == k]) / (m_u - 1) at (c, k).
struct Coincidences {
    std::vector<std::pair<std::size_t, double>> cells; ///< (row * k + column, count)
};

struct AlphaParts {
    double value;
    double observed;
    double expected;
    double n;
};

/// The squared distance between categories c and k at the scale's metric (Krippendorff 2011, section E). The
/// ordinal one counts the pairable values from c to k, less half of the two ends, so it rests on the marginals.
Square distances(const Categories &cats, const std::vector<double> &marginals, AgreementScale scale)
{
    Square d(cats.size());
    for (std::size_t c = 0; c < cats.size(); ++c)
        for (std::size_t k = 0; k < cats.size(); ++k) {
            if (scale == AgreementScale::Nominal) {
                d.at(c, k) = c == k ? 0.0 : 1.0;
            } else if (scale == AgreementScale::Interval) {
                const double diff = double(cats.values[c]) - double(cats.values[k]);
                d.at(c, k) = diff * diff;
            } else {
                double between = 0;
                for (std::size_t g = std::min(c, k); g <= std::max(c, k); ++g)
                    between += marginals[g];
                const double v = between - (marginals[c] + marginals[k]) / 2.0;
                d.at(c, k) = v * v;
            }
        }
    return d;
}

/// alpha = 1 - D_o / D_e from a coincidence matrix; nothing when the expected disagreement is 0.
std::optional<AlphaParts> alphaFrom(const Square &o, const Categories &cats, AgreementScale scale)
{
    std::vector<double> marginals(o.k, 0.0);
    for (std::size_t c = 0; c < o.k; ++c)
        for (std::size_t k = 0; k < o.k; ++k)
            marginals[c] += o.at(c, k);
    double n = 0;
    for (double m : marginals)
        n += m;
    const Square d = distances(cats, marginals, scale);
    double observed = 0, expected = 0;
    for (std::size_t c = 0; c < o.k; ++c)
        for (std::size_t k = 0; k < o.k; ++k) {
            observed += o.at(c, k) * d.at(c, k);
            expected += marginals[c] * marginals[k] * d.at(c, k);
        }
    if (n <= 1 || expected <= 0)
        return std::nullopt;
    observed /= n;
    expected /= n * (n - 1);
    return AlphaParts{1.0 - observed / expected, observed, expected, n};
}

void addTo(Square &o, const Coincidences &unit)
{
    for (const auto &[cell, count] : unit.cells)
        o.cells[cell] += count;
}

/// Percentile interval from resampling units with replacement: each unit keeps all its ratings, so the interval
/// reflects the variation between cases, which is what a new set of cases would bring. (Krippendorff's own
/// bootstrap resamples pairable values from the coincidence matrix instead; resampling units keeps the ratings of a
/// case together, as the AUROC bootstrap keeps each patient whole.) Resamples without expected disagreement give
/// no alpha and are left out.
void bootstrapAlpha(AlphaResult &result, const std::vector<Coincidences> &units, const Categories &cats,
                    const AgreementOptions &options)
{
    RandomStream random(options.seed);
    std::vector<double> values;
    values.reserve(std::size_t(options.bootstrapSamples));
    for (int b = 0; b < options.bootstrapSamples; ++b) {
        Square o(cats.size());
        for (std::size_t i = 0; i < units.size(); ++i)
            addTo(o, units[std::size_t(random.below(units.size()))]);
        if (auto a = alphaFrom(o, cats, options.scale))
            values.push_back(a->value);
    }
    result.bootstrapSamples = int(values.size());
    if (values.empty()) {
        result.ciLower = result.ciUpper = result.value;
        return;
    }
    std::sort(values.begin(), values.end());
    const double tail = (1.0 - options.level) / 2.0;
    result.ciLower = sortedQuantile(values, tail);
    result.ciUpper = sortedQuantile(values, 1.0 - tail);
}

std::optional<AlphaResult> krippendorffAlpha(const UnitScores &units, const AgreementOptions &options)
{
    Categories cats;
    for (const auto &[unit, scores] : units)
        if (scores.size() >= 2)
            for (const auto &[rater, score] : scores)
                cats.values.push_back(score);
    std::sort(cats.values.begin(), cats.values.end());
    cats.values.erase(std::unique(cats.values.begin(), cats.values.end()), cats.values.end());
    std::vector<Coincidences> pairable;
    for (const auto &[unit, scores] : units) {
        if (scores.size() < 2)
            continue;
        std::vector<double> counts(cats.size(), 0.0);
        for (const auto &[rater, score] : scores)
            counts[cats.index(score)] += 1.0;
        const double m = double(scores.size());
        Coincidences c;
        for (std::size_t a = 0; a < cats.size(); ++a)
            for (std::size_t b = 0; b < cats.size(); ++b) {
                const double pairs = counts[a] * (counts[b] - (a == b ? 1.0 : 0.0));
                if (pairs > 0)
                    c.cells.emplace_back(a * cats.size() + b, pairs / (m - 1.0));
            }
        pairable.push_back(std::move(c));
    }
    Square o(cats.size());
    for (const Coincidences &c : pairable)
        addTo(o, c);
    const auto parts = alphaFrom(o, cats, options.scale);
    if (!parts)
        return std::nullopt;
    AlphaResult result{parts->value, parts->value, parts->value, 0, options.seed};
    result.observedDisagreement = parts->observed;
    result.expectedDisagreement = parts->expected;
    result.pairableValues = int(std::lround(parts->n));
    bootstrapAlpha(result, pairable, cats, options);
    return result;
}

} // namespace

QString agreementScaleName(AgreementScale scale)
{
    switch (scale) {
    case AgreementScale::Nominal: return QStringLiteral("nominal");
    case AgreementScale::Ordinal: return QStringLiteral("ordinal");
    case AgreementScale::Interval: return QStringLiteral("interval");
    }
    return {};
}

Json Agreement::toJson() const
{
    Json out{{"units", units}, {"raters", raters}, {"percent_agreement", percentAgreement}, {"kappa", nullptr},
             {"alpha", nullptr}};
    if (kappa)
        out["kappa"] = Json{{"value", kappa->value},
                            {"se", kappa->se},
                            {"ci_lower", kappa->ciLower},
                            {"ci_upper", kappa->ciUpper},
                            {"weighted", kappa->weighted ? "linear" : "none"},
                            {"observed_agreement", kappa->observedAgreement},
                            {"expected_agreement", kappa->expectedAgreement},
                            {"units", kappa->units},
                            {"interval", "normal, Fleiss-Cohen-Everitt 1969 standard error"}};
    else
        out["kappa_reason"] = toStd(kappaReason);
    if (alpha)
        out["alpha"] = Json{{"value", alpha->value},
                            {"ci_lower", alpha->ciLower},
                            {"ci_upper", alpha->ciUpper},
                            {"bootstrap_samples", alpha->bootstrapSamples},
                            {"seed", alpha->seed},
                            {"observed_disagreement", alpha->observedDisagreement},
                            {"expected_disagreement", alpha->expectedDisagreement},
                            {"pairable_values", alpha->pairableValues},
                            {"interval", "percentile bootstrap over units"}};
    else
        out["alpha_reason"] = toStd(alphaReason);
    return out;
}

Result<Agreement> measureAgreement(const std::vector<Rating> &ratings, const AgreementOptions &options)
{
    VV_TRY(checkOptions(options));
    auto units = collect(ratings, options);
    if (!units)
        return units.error();
    std::map<QString, int> raters;
    for (const Rating &r : ratings)
        ++raters[r.rater];
    if (raters.size() < 2)
        return Error::input(Agreement::tr("agreement needs ratings from at least two raters, not %1").arg(raters.size()));
    Agreement result;
    result.raters = int(raters.size());
    int same = 0;
    for (const auto &entry : *units) {
        const auto &scores = entry.second; // a name a lambda may capture (clang 14 cannot capture a binding)
        if (scores.size() < 2)
            continue;
        ++result.units;
        const auto first = scores.begin()->second;
        same += std::all_of(scores.begin(), scores.end(), [first](const auto &s) { return s.second == first; })
                    ? 1
                    : 0;
    }
    if (result.units == 0)
        return Error::input(Agreement::tr("no unit was rated by two or more raters"),
                            Agreement::tr("Agreement is measured on the cases that several raters scored."));
    result.percentAgreement = double(same) / double(result.units);
    if (raters.size() != 2)
        result.kappaReason = Agreement::tr("Cohen's kappa compares exactly two raters; there are %1.").arg(raters.size());
    else if (!(result.kappa = cohenKappa(*units, raters.begin()->first, std::next(raters.begin())->first, options)))
        result.kappaReason = Agreement::tr("Cohen's kappa is not defined: the two raters used one and the same "
                                           "score throughout, so chance alone explains their agreement.");
    result.alpha = krippendorffAlpha(*units, options);
    if (!result.alpha)
        result.alphaReason = Agreement::tr("Krippendorff's alpha is not defined: every pairable score is the same, so "
                                           "there is no disagreement to expect.");
    return result;
}

} // namespace vv::validation
