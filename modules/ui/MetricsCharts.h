#pragma once

#include "core/Error.h"
#include "core/Json.h"

#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QSize>

class QChart;

namespace vv::ui {

/// The four charts Van Calster et al. (2025) ask for, drawn from a metrics result document.
enum class MetricsChart { Roc, Calibration, DecisionCurve, RiskDistribution };

/// Builds and exports the validation charts (QtCharts) from `metrics` results, so stored runs draw the same.
class MetricsCharts {
    Q_DECLARE_TR_FUNCTIONS(vv::ui::MetricsCharts)
public:
    static QList<MetricsChart> all()
    {
        return {MetricsChart::Roc, MetricsChart::Calibration, MetricsChart::DecisionCurve, MetricsChart::RiskDistribution};
    }
    /// The chart's translated name ("ROC curve").
    static QString title(MetricsChart chart);
    /// A file name stem for exports ("roc-curve").
    static QString fileStem(MetricsChart chart);
    /// A new chart (the caller owns it) in the palette's colours and the font; a chart without its data says why in
    /// its title.
    static QChart *build(MetricsChart chart, const Json &result, const QPalette &palette, const QFont &font);
    /// Writes the chart as PNG or SVG, chosen by the file name's suffix, at the given size in pixels.
    static Status exportTo(MetricsChart chart, const Json &result, const QString &path, QSize size = {900, 640});
};

} // namespace vv::ui
