#include "ui/MonitoringChart.h"

#include "ui/MonitoringModels.h"
#include "ui/StatusStyle.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace vv::ui {

namespace {

// Okabe-Ito colours, as in the validation charts: distinguishable with the common colour-vision deficiencies.
const QColor blue(0, 114, 178), vermillion(213, 94, 0);

QLineSeries *line(const QString &name, const QColor &color, qreal width, Qt::PenStyle style)
{
    auto *s = new QLineSeries;
    s->setName(name);
    QPen pen(color);
    pen.setWidthF(width);
    pen.setStyle(style);
    s->setPen(pen);
    return s;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

const monitoring::MetricValue *find(const monitoring::WindowStatus &w, const QString &name)
{
    for (const monitoring::MetricValue &v : w.metrics)
        if (v.name == name)
            return &v;
    return nullptr;
}

// The middle of a window on the time axis, so that a point sits inside its week.
qreal middle(const monitoring::Window &w)
{
    return qreal(w.startMs + (w.endMs - w.startMs) / 2);
}

/// The interval band as one area per run of windows that have an interval, so that a gap stays a gap.
std::vector<QAreaSeries *> bands(const std::vector<monitoring::WindowStatus> &windows, const QString &metric)
{
    std::vector<QAreaSeries *> out;
    QLineSeries *upper = nullptr, *lower = nullptr;
    for (const monitoring::WindowStatus &w : windows) {
        const monitoring::MetricValue *v = find(w, metric);
        if (!v || !v->value.lower || !v->value.upper) {
            upper = lower = nullptr;
            continue;
        }
        if (!upper) {
            upper = new QLineSeries;
            lower = new QLineSeries;
            out.push_back(new QAreaSeries(upper, lower));
        }
        upper->append(middle(w.window), *v->value.upper);
        lower->append(middle(w.window), *v->value.lower);
    }
    return out;
}

} // namespace

QChart *MonitoringChart::build(const monitoring::MonitoringStatus &status, const QString &metric,
                               const monitoring::MetricRule *rule, double level, const QPalette &palette,
                               const QFont &font)
{
    auto *chart = new QChart;
    // Before the series: the theme colours what they leave to it (axes, grid, legend) and keeps their own colours.
    styleChart(chart, palette, font);
    chart->setTitle(tr("%1 per window").arg(metricTitle(metric)));
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (status.windows.empty())
        return chart;
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    const auto extend = [&](std::optional<double> v) {
        if (v && std::isfinite(*v)) {
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
        }
    };
    auto *value = line(metricTitle(metric), blue, 2.0, Qt::SolidLine);
    value->setPointsVisible(true);
    auto *alarms = new QScatterSeries;
    alarms->setName(tr("Alarm"));
    alarms->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    alarms->setColor(vermillion);
    alarms->setMarkerSize(10);
    for (const monitoring::WindowStatus &w : status.windows) {
        const monitoring::MetricValue *v = find(w, metric);
        if (!v || !v->value.estimate || v->state == monitoring::MetricState::NotEnoughData)
            continue;
        value->append(middle(w.window), *v->value.estimate);
        if (v->state == monitoring::MetricState::Alarm)
            alarms->append(middle(w.window), *v->value.estimate);
        extend(v->value.estimate);
        extend(v->value.lower);
        extend(v->value.upper);
    }
    if (rule) {
        extend(rule->lower);
        extend(rule->upper);
    }
    if (!std::isfinite(lo)) {
        chart->setTitle(tr("%1: no window has enough data yet").arg(metricTitle(metric)));
        delete value;
        delete alarms;
        return chart;
    }
    const double pad = std::max((hi - lo) * 0.08, 0.01);
    auto *x = new QDateTimeAxis(chart);
    //: The date format of the monitoring chart's time axis (QDateTime::toString; month names are English).
    x->setFormat(tr("d MMM"));
    x->setTitleText(tr("Window"));
    x->setRange(QDateTime::fromMSecsSinceEpoch(status.windows.front().window.startMs),
                QDateTime::fromMSecsSinceEpoch(status.windows.back().window.endMs));
    x->setTickCount(std::clamp(int(status.windows.size()) + 1, 2, 6));
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis(chart);
    y->setRange(lo - pad, hi + pad);
    y->applyNiceNumbers();
    y->setTitleText(metricTitle(metric));
    chart->addAxis(y, Qt::AlignLeft);

    const QString bandName = tr("%1 % interval").arg(QLocale().toString(level * 100, 'g', 3));
    for (QAreaSeries *band : bands(status.windows, metric)) {
        QColor fill = blue;
        fill.setAlpha(60);
        band->setBrush(fill);
        band->setPen(Qt::NoPen);
        band->setName(bandName);
        attach(chart, band, x, y);
        // The area owns neither line (its QObject parent was the upper one until the chart took it): the area does.
        band->upperSeries()->setParent(band);
        band->lowerSeries()->setParent(band);
    }
    const qreal from = qreal(status.windows.front().window.startMs), to = qreal(status.windows.back().window.endMs);
    const auto limit = [&](const QString &name, std::optional<double> at) {
        if (!at)
            return;
        auto *l = line(name, vermillion, 1.5, Qt::DashLine);
        l->append(from, *at);
        l->append(to, *at);
        attach(chart, l, x, y);
    };
    if (rule) {
        limit(tr("Lower limit %1").arg(QLocale().toString(rule->lower.value_or(0), 'g', 4)), rule->lower);
        limit(tr("Upper limit %1").arg(QLocale().toString(rule->upper.value_or(0), 'g', 4)), rule->upper);
    }
    attach(chart, value, x, y);
    attach(chart, alarms, x, y);
    // One legend entry for the band, however many runs of windows it has.
    bool bandShown = false;
    for (QLegendMarker *m : chart->legend()->markers()) {
        if (m->label() == bandName) {
            m->setVisible(!bandShown);
            bandShown = true;
        }
        if (m->series() == alarms && alarms->count() == 0)
            m->setVisible(false);
    }
    return chart;
}

} // namespace vv::ui
