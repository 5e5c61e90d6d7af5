#pragma once

#include "core/Error.h"
#include "core/Json.h"
#include "core/Progress.h"
#include "store/TestRunTable.h"
#include "validation/PredictionsCsv.h"

#include <QCoreApplication>
#include <QMap>

#include <cstdint>
#include <vector>

namespace vv::validation {

/// What to compute beyond the fixed set: thresholds, a bootstrap, the confidence level and binning.
struct MetricsOptions {
    std::vector<double> thresholds;   ///< sensitivity, specificity, PPV and NPV at each (score >= threshold)
    int bootstrapReplicates = 0;      ///< 0: DeLong intervals only
    std::uint64_t seed = 0;
    double level = 0.95;
    int calibrationBins = 10;         ///< equal-width bins for the ECE
    int calibrationGroups = 10;       ///< equal-size risk groups for the calibration plot
    int riskBins = 20;                ///< histogram bins of the risk distributions
    int netBenefitSteps = 99;         ///< thresholds 1/(steps+1) ... steps/(steps+1): 0.01 ... 0.99

    static constexpr int maxBootstrapReplicates = 100000;
    static constexpr int maxThresholds = 100;
};

/// One line of the readable summary (CLI table and GUI table).
struct MetricsRow {
    QString measure;
    QString estimate;
    QString interval; ///< "0.63 to 0.83" with the method, or empty
};

/// The clinical validation metrics of one prediction model (discrimination, calibration, clinical utility, risk
/// distributions, subgroups), as one JSON document: the shape of `veiviser-cli metrics --json`.
class ClinicalMetrics {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::ClinicalMetrics)
public:
    /// The engine id and kind under which metrics runs are stored.
    static QString engineId() { return QStringLiteral("clinical-metrics"); }
    static QString kind() { return QStringLiteral("classifier"); }
    /// The requirements a local validation supports: AI Act Art. 15 (accuracy), MDR clinical evaluation, and the
    /// Directorate of Health's local validation.
    static QStringList supportedRequirements();

    /// Checks options (thresholds, bootstrap, level, bins) before any file is read.
    static Status checkOptions(const MetricsOptions &options);

    /// Computes every measure. Sorts the predictions in place (they are consumed).
    static Result<Json> compute(Predictions &predictions, const MetricsOptions &options,
                                const CancellationToken *cancel = nullptr, const ProgressSink &progress = {});

    /// Reads the CSV and computes, reporting progress over both; the whole of a `metrics` run.
    static Result<Json> run(const QString &csvPath, const CsvOptions &csv, const MetricsOptions &options,
                            const CancellationToken *cancel = nullptr, const ProgressSink &progress = {});

    /// The headline figures to store with a run: AUROC, Brier, calibration intercept and slope, ECE, prevalence,
    /// and sensitivity and specificity at each threshold.
    static std::vector<RunMetric> summary(const Json &result);
    /// The clinical-metrics engine's settings (`run --engine clinical-metrics --set KEY=VALUE`) for a predictions
    /// file read with csv and computed with options.
    static QMap<QString, QString> engineSettings(const QString &csvPath, const CsvOptions &csv,
                                                 const MetricsOptions &options);

    /// The readable summary, translated, numbers in the current locale.
    static std::vector<MetricsRow> table(const Json &result);
};

} // namespace vv::validation
