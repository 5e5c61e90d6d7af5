#include "validation/PairedComparison.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace vv::validation {

double exactMcNemarP(std::int64_t aOnly, std::int64_t bOnly)
{
    const std::int64_t n = aOnly + bOnly;
    if (n <= 0)
        return 1.0;
    // The binomial distribution at one half is symmetric, so the two-sided p is twice the smaller tail; the terms
    // are summed in logs, since n may be in the thousands.
    const std::int64_t k = std::min(aOnly, bOnly);
    const double logHalfN = static_cast<double>(n) * std::log(0.5);
    const double logNFact = std::lgamma(static_cast<double>(n) + 1.0);
    double tail = 0.0;
    for (std::int64_t i = 0; i <= k; ++i)
        tail += std::exp(logNFact - std::lgamma(static_cast<double>(i) + 1.0) -
                         std::lgamma(static_cast<double>(n - i) + 1.0) + logHalfN);
    return std::min(1.0, 2.0 * tail);
}

Interval pairedDifference(const PairedCounts &c, double level)
{
    const std::int64_t n = c.paired();
    if (n <= 0)
        return {};
    const Interval a = wilsonInterval(c.both + c.aOnly, n, level);
    const Interval b = wilsonInterval(c.both + c.bOnly, n, level);
    const double pA = *a.estimate, pB = *b.estimate;
    const double theta = pB - pA;
    // phi, the correlation of the paired outcomes; 0 where a margin is empty (Newcombe's convention).
    const double margins = static_cast<double>(c.both + c.aOnly) * static_cast<double>(c.bOnly + c.neither) *
                           static_cast<double>(c.both + c.bOnly) * static_cast<double>(c.aOnly + c.neither);
    const double phi = margins > 0.0 ? (static_cast<double>(c.both) * static_cast<double>(c.neither) -
                                        static_cast<double>(c.aOnly) * static_cast<double>(c.bOnly)) /
                                           std::sqrt(margins)
                                     : 0.0;
    const double dl = pB - *b.lower, du = *a.upper - pA;
    const double el = *b.upper - pB, eu = pA - *a.lower;
    const double lower = theta - std::sqrt(std::max(0.0, dl * dl - 2.0 * phi * dl * du + du * du));
    const double upper = theta + std::sqrt(std::max(0.0, el * el - 2.0 * phi * el * eu + eu * eu));
    return {theta, std::max(-1.0, lower), std::min(1.0, upper)};
}

namespace {

enum class Outcome { Passed, Failed, Left };

Outcome outcomeOf(const CaseResult &r)
{
    switch (r.status) {
    case CaseStatus::Passed: return Outcome::Passed;
    case CaseStatus::Failed: return Outcome::Failed;
    default: return Outcome::Left;
    }
}

// Why a case failed, in the words its graders gave (a suite run's verdicts), for people reading a comparison.
QString failureReason(const CaseResult &c)
{
    QStringList reasons;
    const Json verdicts = c.detail.value("verdicts", Json::array());
    if (verdicts.is_array())
        for (const Json &v : verdicts)
            if (v.is_object() && !v.value("passed", true)) {
                const QString grader = fromStd(v.value("grader", std::string()));
                const QString reason = fromStd(v.value("reason", std::string()));
                reasons << (reason.isEmpty() ? grader : grader + QStringLiteral(": ") + reason);
            }
    return reasons.join(QStringLiteral("; "));
}

} // namespace

ScoreDifference pairedScoreBootstrap(const std::vector<std::pair<double, double>> &scores, double level, int samples,
                                     std::uint64_t seed)
{
    ScoreDifference d;
    d.cases = static_cast<std::int64_t>(scores.size());
    d.samples = samples;
    d.seed = seed;
    if (scores.empty() || samples < 1)
        return d;
    std::vector<double> differences;
    differences.reserve(scores.size());
    double sum = 0;
    for (const auto &[a, b] : scores) {
        differences.push_back(b - a);
        sum += b - a;
    }
    const auto n = static_cast<std::uint64_t>(differences.size());
    d.value = sum / static_cast<double>(n);
    RandomStream random(seed);
    std::vector<double> means(static_cast<std::size_t>(samples));
    for (double &mean : means) {
        double resampled = 0;
        for (std::uint64_t i = 0; i < n; ++i)
            resampled += differences[random.below(n)];
        mean = resampled / static_cast<double>(n);
    }
    std::sort(means.begin(), means.end());
    d.lower = sortedQuantile(means, (1 - level) / 2);
    d.upper = sortedQuantile(means, 1 - (1 - level) / 2);
    return d;
}

PairedComparison PairedComparison::compare(const std::vector<CaseResult> &a, const std::vector<CaseResult> &b,
                                           double level)
{
    PairedComparison out;
    out.level = level;
    // A resumed run may hold a case twice; its last result counts, as in the run's own summary.
    std::map<QString, const CaseResult *> inA;
    for (const CaseResult &r : a)
        inA[r.caseId] = &r;
    std::map<QString, const CaseResult *> inB;
    for (const CaseResult &r : b)
        inB[r.caseId] = &r;
    std::vector<std::pair<double, double>> scores;
    bool graded = false; // a score other than 0 or 1: numbers worth more than pass and fail
    for (const auto &[id, caseA] : inA) {
        const auto other = inB.find(id);
        if (other == inB.end()) {
            ++out.onlyInA;
            continue;
        }
        const Outcome outcomeA = outcomeOf(*caseA), outcomeB = outcomeOf(*other->second);
        if (outcomeA == Outcome::Left || outcomeB == Outcome::Left) {
            ++out.excluded;
            continue;
        }
        if (const auto sa = caseA->score, sb = other->second->score;
            sa && sb && std::isfinite(*sa) && std::isfinite(*sb)) {
            scores.emplace_back(*sa, *sb);
            graded = graded || (*sa != 0 && *sa != 1) || (*sb != 0 && *sb != 1);
        }
        const bool passedA = outcomeA == Outcome::Passed, passedB = outcomeB == Outcome::Passed;
        if (passedA && passedB) {
            ++out.counts.both;
        } else if (passedA) {
            ++out.counts.aOnly;
            out.regressions << id;
            out.failedBecause[id] = failureReason(*other->second);
        } else if (passedB) {
            ++out.counts.bOnly;
            out.improvements << id;
            out.failedBecause[id] = failureReason(*caseA);
        } else {
            ++out.counts.neither;
        }
    }
    for (const auto &entry : inB)
        if (!inA.count(entry.first))
            ++out.onlyInB;
    out.mcnemarP = exactMcNemarP(out.counts.aOnly, out.counts.bOnly);
    out.difference = pairedDifference(out.counts, level);
    if (graded)
        out.scoreDifference = pairedScoreBootstrap(scores, level, bootstrapSamples, bootstrapSeed);
    return out;
}

QString PairedComparison::scoreDifferenceText() const
{
    if (!scoreDifference)
        return {};
    const QLocale locale;
    const ScoreDifference &d = *scoreDifference;
    return tr("Difference in mean case score, B minus A, over %1 cases both scored: %2 (%3 % confidence interval %4 to "
              "%5, paired bootstrap of %6 resamples, seed %7).")
        .arg(d.cases)
        .arg(locale.toString(d.value, 'f', 4), locale.toString(level * 100.0, 'f', 0), locale.toString(d.lower, 'f', 4),
             locale.toString(d.upper, 'f', 4))
        .arg(d.samples)
        .arg(d.seed);
}

Json PairedComparison::toJson() const
{
    auto ids = [](const QStringList &list) {
        Json j = Json::array();
        for (const QString &id : list)
            j.push_back(toStd(id));
        return j;
    };
    Json interval = nullptr; // no shared case: no difference to give
    if (difference.estimate)
        interval = {{"value", *difference.estimate},
                    {"ci_lower", *difference.lower},
                    {"ci_upper", *difference.upper},
                    {"level", level},
                    {"method", "newcombe-hybrid-score"}};
    return {{"cases_paired", counts.paired()},
            {"a_passed", counts.both + counts.aOnly},
            {"b_passed", counts.both + counts.bOnly},
            {"a_only", counts.aOnly},
            {"b_only", counts.bOnly},
            {"excluded", excluded},
            {"only_in_a", onlyInA},
            {"only_in_b", onlyInB},
            {"mcnemar_p", mcnemarP},
            {"difference", interval},
            {"score_difference", scoreDifference ? Json{{"value", scoreDifference->value},
                                                        {"ci_lower", scoreDifference->lower},
                                                        {"ci_upper", scoreDifference->upper},
                                                        {"level", level},
                                                        {"cases", scoreDifference->cases},
                                                        {"method", "paired-bootstrap-percentile"},
                                                        {"samples", scoreDifference->samples},
                                                        {"seed", scoreDifference->seed}}
                                                 : Json(nullptr)},
            {"regressions", ids(regressions)},
            {"improvements", ids(improvements)}};
}

Result<PairedComparison> PairedComparison::ofRuns(const TestRunTable &runs, qint64 runA, qint64 runB, double level)
{
    std::vector<CaseResult> cases[2];
    for (int i = 0; i < 2; ++i) {
        const qint64 id = i == 0 ? runA : runB;
        auto all = runs.allCases(id);
        if (!all)
            return all.error();
        if (all->empty())
            return Error::input(tr("test run %1 has no cases to compare").arg(id),
                                tr("Compare runs of a test suite, or imported runs that carry their cases "
                                   "(inspect logs, lm-eval per-sample files)."));
        cases[i] = std::move(*all);
    }
    PairedComparison c = compare(cases[0], cases[1], level);
    if (c.counts.paired() == 0)
        return Error::input(tr("test runs %1 and %2 share no graded case").arg(runA).arg(runB),
                            tr("Compare two runs of the same suite."));
    return c;
}

} // namespace vv::validation
