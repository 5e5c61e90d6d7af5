#pragma once

#include "monitoring/MonitoringPlan.h"
#include "monitoring/MonitoringStatus.h"

#include <QCoreApplication>

class QChart;
class QFont;
class QPalette;

namespace vv::ui {

/// The chart of one monitoring measure over the windows: its value, its interval as a band, and the plan's limits.
class MonitoringChart {
    Q_DECLARE_TR_FUNCTIONS(vv::ui::MonitoringChart)
public:
    /// A new chart (the caller owns it) of metric over status's windows; rule gives the limits in force now, level
    /// the intervals' confidence level. Windows without a value are gaps in the band. The chart takes the colours of
    /// palette (light or dark) and font, as the dashboard's do.
    static QChart *build(const monitoring::MonitoringStatus &status, const QString &metric,
                         const monitoring::MetricRule *rule, double level, const QPalette &palette, const QFont &font);
};

} // namespace vv::ui
