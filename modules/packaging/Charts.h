#pragma once

#include "core/Json.h"

#include <QString>

#include <optional>
#include <vector>

namespace vv::packaging {

/// Axis and legend texts of a chart, in the document's language.
struct ChartLabels {
    QString title;
    QString x;
    QString y;
    QStringList series; ///< legend entries, in drawing order
};

/// Charts for documents as self-contained SVG (no fonts or files loaded), drawn from a metrics result's curves.
/// Every text is XML-escaped; a curve with no usable points gives an empty string.
namespace charts {
/// The ROC curve (`roc_curve`: fpr, tpr) with the diagonal of chance.
QString roc(const Json &rocCurve, const ChartLabels &labels);
/// Observed against predicted risk (`calibration.curve`: mean_predicted, observed with interval) and the ideal line.
QString calibration(const Json &curve, const ChartLabels &labels);
/// Net benefit of the model, of treating all and of treating none (`net_benefit`: threshold, model, treat_all).
QString decisionCurve(const Json &netBenefit, const ChartLabels &labels);

/// One point of a series over time windows: the window's number, its value with the interval, and whether it raised
/// an alarm or a signal.
struct SeriesPoint {
    double x = 0;
    std::optional<double> y, lower, upper;
    bool flagged = false;
};
/// A measure over time windows (monitoring): the value as a line, its interval as a band, each limit as a dashed
/// line and flagged windows as red dots. Fewer than two points with a value give an empty string.
QString timeSeries(const std::vector<SeriesPoint> &points, const std::vector<double> &limits, const ChartLabels &labels);
} // namespace charts

} // namespace vv::packaging
