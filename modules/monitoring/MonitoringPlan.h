#pragma once

#include "core/Error.h"
#include "core/Json.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>
#include <vector>

namespace vv {
class ProjectStore;
}

namespace vv::monitoring {

/// How production data is cut into windows: calendar days, ISO weeks (Monday start) or calendar months.
enum class WindowKind { Day, Week, Month };

/// One measure the plan watches, with the limits its confidence interval is held to.
struct MetricRule {
    QString metric; ///< auroc, calibration_slope, psi, ...
    QString feature; ///< for psi and missing_rate: the feature column
    std::optional<double> threshold; ///< for alert_rate, sensitivity, specificity, ppv, npv
    std::optional<double> lower;
    std::optional<double> upper;
    /// The name in status output: the metric, or "metric:feature" for a metric keyed by a feature.
    QString name() const;
};

/// A control chart over one plan metric's window values.
struct ControlChart {
    QString metric; ///< a MetricRule name
    QString method; ///< cusum or ewma
    double k = 0.5, h = 4; ///< CUSUM reference value and decision limit, in standard errors
    double lambda = 0.2, width = 3; ///< EWMA smoothing and limit width (L)
    std::optional<double> target; ///< the in-control value; the baseline's value when not given
};

/// What production looked like when the model was accepted: a period of production data, or a stored test run.
struct Baseline {
    QDate from, to; ///< inclusive, in the plan's time zone
    std::optional<qint64> testRun;
};

/// A project's monitoring plan as checked from its YAML (see docs/monitoring.md).
struct MonitoringPlan {
    WindowKind window = WindowKind::Week;
    QString timeZone = QStringLiteral("Europe/Oslo");
    Baseline baseline;
    qint64 minLabelled = 100; ///< fewer labelled rows: outcome metrics are not_enough_data
    qint64 minRows = 100; ///< fewer rows: alert rate, PSI and missing rates are not_enough_data
    double level = 0.95; ///< confidence level of the intervals
    std::vector<MetricRule> metrics;
    std::vector<ControlChart> charts;

    Json toJson() const;
    /// Reads a plan stored by toJson(); the stored plan was checked when it was read from YAML.
    static Result<MonitoringPlan> fromJson(const Json &json);
    /// Features the plan's metrics read.
    QStringList features() const;
    const MetricRule *rule(const QString &name) const;
};

/// Reads a plan from YAML, checking every key and value; each problem is reported as FILE:LINE:COL.
class MonitoringPlanReader {
    Q_DECLARE_TR_FUNCTIONS(vv::monitoring::MonitoringPlanReader)
public:
    /// The plan, or the first problem; problems (if given) gets every problem found. fileName names the source.
    static Result<MonitoringPlan> read(const QByteArray &yaml, const QString &fileName,
                                       std::vector<Error> *problems = nullptr);
    static Result<MonitoringPlan> readFile(const QString &path, std::vector<Error> *problems = nullptr);
    /// Checks that the plan's features are among those the project's rows carry (when there are rows).
    static Status checkFeatures(const MonitoringPlan &plan, const QStringList &known, const QString &fileName);
    /// The metrics a plan may name.
    static QStringList knownMetrics();
    static constexpr qint64 maxFileBytes = 1 << 20;
};

QString windowKindName(WindowKind kind);

/// A project's monitoring plan versions: checking a new version against the project and storing it. The CLI's
/// `monitor plan --from` and the GUI's plan editor both go through here.
class MonitoringPlanVersions {
    Q_DECLARE_TR_FUNCTIONS(vv::monitoring::MonitoringPlanVersions)
public:
    /// Checks a plan's YAML for the project: every problem of the YAML (in problems, if given), then that its
    /// features are among the stored rows' and that it does not cut stored data into other windows.
    static Result<MonitoringPlan> check(ProjectStore &store, const QByteArray &yaml, const QString &fileName,
                                        std::vector<Error> *problems = nullptr);
    /// Stores the YAML as the project's next plan version (audited; past windows keep theirs), after check().
    /// Returns the new version.
    static Result<int> store(ProjectStore &store, const QByteArray &yaml, const QString &fileName,
                             std::vector<Error> *problems = nullptr, MonitoringPlan *stored = nullptr);
};

} // namespace vv::monitoring
