#pragma once

#include "validation/Statistics.h"

#include <QCoreApplication>
#include <QString>

#include <span>
#include <vector>

namespace vv::validation {

/// Logistic recalibration, logit P(y) = a + b logit(p): the slope b (ideal 1), and the calibration intercept
/// (calibration-in-the-large) a with b fixed at 1 as an offset (ideal 0), each fitted by Newton-Raphson (IRLS).
struct CalibrationFit {
    Interval intercept; ///< Wald interval from the observed information, as R's confint.default
    Interval slope;
    std::optional<double> slopeModelIntercept; ///< a of the slope model, for drawing the recalibration curve
    bool interceptConverged = false;
    bool slopeConverged = false;
    int interceptIterations = 0;
    int slopeIterations = 0;
    std::int64_t clamped = 0; ///< predictions of exactly 0 or 1, moved inside (0, 1) for the logit
    QString reason;           ///< translated; why a fit is missing
};

/// One bin of the expected calibration error (equal-width bins of predicted risk).
struct CalibrationBin {
    double lower = 0, upper = 0;
    std::int64_t n = 0;
    std::int64_t events = 0;
    std::optional<double> meanPredicted;
    Interval observed; ///< event rate with its Wilson interval
};

/// Calibration measures on predicted probabilities, sorted ascending per outcome class.
class Calibration {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::Calibration)
public:
    /// Predictions of exactly 0 or 1 are moved this far inside for the logit (the logit of 0 is not finite).
    static constexpr double clampEpsilon = 1e-10;

    static CalibrationFit fit(std::span<const double> positives, std::span<const double> negatives, double level);
    /// Mean squared difference between prediction and outcome.
    static double brier(std::span<const double> positives, std::span<const double> negatives);
    /// Equal-width bins over [0, 1]; the last bin includes 1.
    static std::vector<CalibrationBin> bins(std::span<const double> positives, std::span<const double> negatives,
                                            int count, double level);
    /// The expected calibration error: sum over bins of n_bin / N * |observed - mean predicted|.
    static double expectedCalibrationError(const std::vector<CalibrationBin> &bins);
    /// Groups of (nearly) equal size by predicted risk (deciles by default): the calibration plot's points.
    static std::vector<CalibrationBin> riskGroups(std::span<const double> positives, std::span<const double> negatives,
                                                  int groups, double level);
};

} // namespace vv::validation
