#pragma once

#include "monitoring/MonitoringStatus.h"
#include "tracking/ProjectProgress.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

class QChart;
class QChartView;
class QFont;
class QValueAxis;

namespace vv::ui {

/// Frames a chart in the highlight colour while it has the keyboard focus: a chart draws no focus of its own, so
/// Tab and F6 would otherwise seem to lose the focus on it.
void showFocusFrame(QChartView *view);
/// A chart in the palette's colours (light or dark theme, the base colour behind it) with the widget's font, bold
/// for the title: how the dashboard and the portfolio draw their charts.
void styleChart(QChart *chart, const QPalette &palette, const QFont &font);
/// Keeps the labels of a chart's legend beside the plot whole: QtCharts gives such a legend at most 40 % of the
/// chart's width and cuts its labels to that ("Not applicable ..."), so the view is kept wide enough for them.
/// Call it after the view has its chart.
void keepLegendWhole(QChartView *view);
/// A count axis from 0 to `most` (up to the next tick) along the chart's bottom, with whole-number ticks spaced for
/// the range, in the palette's colours: the axis of the dashboard's and the portfolio's bar charts.
QValueAxis *countAxis(QChart *chart, int most, const QPalette &palette);

/// The status colours, names and icons every page shares, so that the navigator, the requirement page and the
/// dashboard's charts say the same thing the same way. Colours are mid-tones that read on light and dark palettes.
QColor statusColor(tracking::TrackedStatus status);
/// The colour for overdue items and for "needs review" warnings.
QColor warningColor();
QColor overdueColor();
/// The status in the user's words ("Met", "Not started", "Does not apply", ...).
QString statusLabel(tracking::TrackedStatus status);

/// What a requirement's icon shows besides its status.
struct StatusMarks {
    bool lacksEvidence = false;
    bool staleEvidence = false;
    bool needsReview = false;
};
/// A requirement's icon: a status disc, and small marks for missing or stale evidence and for review.
QIcon requirementIcon(tracking::TrackedStatus status, StatusMarks marks, const QPalette &palette);
/// A pack's or section's icon: a disc filled by the share of applicable requirements that are done.
QIcon progressIcon(int done, int applicable, bool needsReview, const QPalette &palette);
/// The icon size of requirementIcon() and progressIcon() (wider than tall, to hold the marks).
QSize statusIconSize();

/// A monitoring measure's state in the user's words ("Alarm", "Not enough data").
QString metricStateLabel(monitoring::MetricState state);
/// The colour of a monitoring state; always shown together with metricStateIcon()'s shape or the label.
QColor metricStateColor(monitoring::MetricState state);
/// A monitoring state's icon: its colour and a shape of its own (a tick, an exclamation mark, a cross, a hollow
/// circle), so that the state reads without telling colours apart.
QIcon metricStateIcon(monitoring::MetricState state);

/// True when the palette is dark (light text on a dark window).
bool isDark(const QPalette &palette);

} // namespace vv::ui
