#pragma once

// How much clinicians agree when they rate the same answers against a rubric: Cohen's kappa for two raters and
// Krippendorff's alpha for any number, with their intervals (docs/human-evaluation.md explains how to read them).

#include "core/Error.h"
#include "core/Json.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace vv::validation {

/// One rater's score for one rated unit (a case) on one criterion; scores are the rubric scale's integer levels.
struct Rating {
    QString unit;
    QString rater;
    int score = 0;
};

/// How scores compare: nominal (same or not), ordinal (ordered levels), interval (differences count).
enum class AgreementScale { Nominal, Ordinal, Interval };

/// How agreement is measured; the scale's levels bound the scores and give kappa its weights.
struct AgreementOptions {
    double level = 0.95;         ///< of both intervals
    int bootstrapSamples = 2000; ///< resamples of units for alpha's interval
    quint64 seed = 1;            ///< the same seed gives the same interval
    AgreementScale scale = AgreementScale::Ordinal;
    int scaleMin = 0;
    int scaleMax = 0; ///< the rubric's levels; 0,0 = taken from the data

    static constexpr int minBootstrapSamples = 100;
    static constexpr int maxBootstrapSamples = 100000;
};

/// Cohen's kappa with the Fleiss, Cohen and Everitt (1969) large-sample standard error and a normal interval.
struct KappaResult {
    double value;
    double se;
    double ciLower;
    double ciUpper;
    bool weighted;                 ///< linear weights (ordinal and interval scales)
    double observedAgreement = 0;  ///< weighted share of agreement observed
    double expectedAgreement = 0;  ///< weighted share expected by chance from the two raters' marginals
    int units = 0;                 ///< units both raters rated
};

/// Krippendorff's alpha at the scale's metric with a percentile interval from resampled units.
struct AlphaResult {
    double value;
    double ciLower;
    double ciUpper;
    int bootstrapSamples; ///< resamples that gave an alpha (those with no expected disagreement are left out)
    quint64 seed;
    double observedDisagreement = 0;
    double expectedDisagreement = 0;
    int pairableValues = 0; ///< n: the values in units with two or more ratings
};

/// The agreement among raters on one criterion.
struct Agreement {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::Agreement)
public:
    int units = 0;               ///< units rated by at least two raters (the pairable ones)
    int raters = 0;
    double percentAgreement = 0; ///< share of pairable units on which every rater gave the same score
    std::optional<KappaResult> kappa; ///< only with exactly two raters: Cohen's kappa, linear-weighted for ordinal scales
    std::optional<AlphaResult> alpha; ///< Krippendorff's alpha at the scale's metric, with a bootstrap interval
    QString kappaReason; ///< why there is no kappa (more than two raters, or all scores in one category)
    QString alphaReason; ///< why there is no alpha (every pairable score is the same)

    /// {"units", "raters", "percent_agreement", "kappa": {...} or null, "kappa_reason", "alpha": {...} or null,
    /// "alpha_reason"}, each statistic naming its interval method (docs/human-evaluation.md).
    Json toJson() const;
};

/// The agreement among the ratings: errors for a rater who scores a unit twice differently, a score outside the
/// scale, fewer than two raters, or no unit with two ratings.
Result<Agreement> measureAgreement(const std::vector<Rating> &ratings, const AgreementOptions &options);

/// The scale's name as the CLI and the documents write it: nominal, ordinal, interval.
QString agreementScaleName(AgreementScale scale);

} // namespace vv::validation
