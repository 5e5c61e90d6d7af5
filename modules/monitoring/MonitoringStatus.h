#pragma once

#include "core/Error.h"
#include "core/Json.h"
#include "core/Progress.h"
#include "monitoring/DriftStatistics.h"
#include "monitoring/MonitoringPlan.h"
#include "monitoring/Windows.h"

#include <QCoreApplication>

#include <map>
#include <vector>

namespace vv {
class ProjectStore;
}

namespace vv::monitoring {

/// Where a measured value stands against the plan's limits.
enum class MetricState { Ok, Warning, Alarm, NotEnoughData };
QString metricStateName(MetricState state);

/// One plan metric in one window, with its interval and state.
struct MetricValue {
    QString name;
    validation::Interval value;
    MetricState state = MetricState::NotEnoughData;
    std::optional<double> limit; ///< the limit it is beyond or straddles
    QString reason; ///< translated; why there is no value
};

/// A metric beyond a limit, or a chart that signals, in one window.
struct Alarm {
    QString windowStart;
    QString metric;
    QString rule; ///< limit, cusum or ewma
    double value = 0;
    double limit = 0;
    MetricState state = MetricState::Alarm; ///< Alarm, or Warning for an interval that straddles the limit
    bool acknowledged = false;
};

/// Everything measured in one window.
struct WindowStatus {
    Window window;
    int planVersion = 0;
    bool baseline = false; ///< inside the baseline period
    qint64 n = 0;
    qint64 labelled = 0;
    qint64 events = 0;
    validation::Interval prevalence;
    std::vector<MetricValue> metrics;
    std::map<QString, std::vector<MetricValue>> subgroups; ///< group value -> its AUROC (and n)
    std::map<QString, qint64> subgroupLabelled;
    std::vector<Alarm> alarms;
};

/// One control chart over the windows after the baseline.
struct ChartSeries {
    ControlChart chart;
    std::optional<double> target;
    std::vector<std::pair<QString, ChartPoint>> points; ///< window start -> point
    QString reason; ///< why the chart has no points
};

/// The monitoring status of a project: its windows, charts and open alarms.
struct MonitoringStatus {
    int planVersion = 0;
    std::vector<WindowStatus> windows;
    std::vector<ChartSeries> charts;
    int alarmsOpen = 0;
    /// The fixed shape of `veiviser-cli --json monitor status` (docs/monitoring.md).
    Json toJson() const;
};

/// How much of the history an evaluation measures.
struct EvaluationRange {
    /// Measure the windows up to the one that contains this day, and none after it. A window's states, a chart's
    /// included, depend on the windows before it and never on later ones, so they come out as in a whole evaluation.
    /// Invalid: every window.
    QDate through;
};

/// Computes the status from the stored plan versions and production rows, one window at a time, so memory stays
/// that of the largest window.
class MonitoringEvaluation {
    Q_DECLARE_TR_FUNCTIONS(vv::monitoring::MonitoringEvaluation)
public:
    static Result<MonitoringStatus> evaluate(ProjectStore &store, const CancellationToken *cancel = nullptr,
                                             const ProgressSink &progress = {}, const EvaluationRange &range = {});
    /// The state of a value against a rule's limits: an alarm only when the whole interval is beyond a limit, a
    /// warning when the interval straddles it.
    static MetricValue judge(const MetricRule &rule, const validation::Interval &value);
};

} // namespace vv::monitoring
