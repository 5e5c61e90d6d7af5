#include "ui/MetricsCharts.h"
#include "ui/StatusStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace vv::ui {

namespace {

double number(const Json &obj, const char *key, double fallback = std::nan(""))
{
    if (!obj.is_object() || !obj.contains(key) || !obj[key].is_number())
        return fallback;
    return obj[key].get<double>();
}

QString fmt(double v, int decimals = 2)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', decimals) : MetricsCharts::tr("n/a");
}

QValueAxis *axis(QChart *chart, Qt::Alignment where, const QString &title, double min, double max)
{
    auto *a = new QValueAxis(chart);
    a->setTitleText(title);
    a->setRange(min, max);
    a->setTickCount(6);
    a->setLabelFormat(QStringLiteral("%.2f"));
    chart->addAxis(a, where);
    return a;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

QLineSeries *line(const QString &name, const QColor &color, qreal width = 2.0, Qt::PenStyle style = Qt::SolidLine)
{
    auto *s = new QLineSeries;
    s->setName(name);
    QPen pen(color);
    pen.setWidthF(width);
    pen.setStyle(style);
    s->setPen(pen);
    return s;
}

// Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
const QColor blue(0, 114, 178), orange(230, 159, 0), grey(120, 120, 120), vermillion(213, 94, 0);

// The dashed diagonal of no discrimination (ROC) or perfect calibration.
QLineSeries *diagonal(const QString &name)
{
    auto *d = line(name, grey, 1.0, Qt::DashLine);
    d->append(0, 0);
    d->append(1, 1);
    return d;
}

void rocChart(QChart *chart, const Json &r)
{
    const Json auroc = r.value("auroc", Json::object());
    chart->setTitle(MetricsCharts::tr("ROC curve: AUROC %1 (%2 to %3)")
                        .arg(fmt(number(auroc, "estimate"), 3), fmt(number(auroc, "ci_lower"), 3),
                             fmt(number(auroc, "ci_upper"), 3)));
    auto *x = axis(chart, Qt::AlignBottom, MetricsCharts::tr("1 − specificity (false positive rate)"), 0, 1);
    auto *y = axis(chart, Qt::AlignLeft, MetricsCharts::tr("Sensitivity (true positive rate)"), 0, 1);
    attach(chart, diagonal(MetricsCharts::tr("No discrimination")), x, y);
    auto *curve = line(MetricsCharts::tr("Model"), blue, 2.5);
    for (const Json &p : r.value("roc_curve", Json::array()))
        curve->append(number(p, "fpr", 0), number(p, "tpr", 0));
    attach(chart, curve, x, y);
}

void calibrationChart(QChart *chart, const Json &r)
{
    const Json cal = r.value("calibration", Json::object());
    if (cal.value("curve", Json::array()).empty()) {
        chart->setTitle(MetricsCharts::tr("Calibration: %1")
                            .arg(QString::fromStdString(cal.value("reason", std::string()))));
        return;
    }
    chart->setTitle(MetricsCharts::tr("Calibration: intercept %1, slope %2, ECE %3")
                        .arg(fmt(number(cal, "intercept")), fmt(number(cal, "slope")), fmt(number(cal, "ece"), 3)));
    auto *x = axis(chart, Qt::AlignBottom, MetricsCharts::tr("Predicted risk"), 0, 1);
    auto *y = axis(chart, Qt::AlignLeft, MetricsCharts::tr("Observed proportion"), 0, 1);
    attach(chart, diagonal(MetricsCharts::tr("Ideal")), x, y);
    // The logistic recalibration curve: observed = sigmoid(a + b logit(predicted)).
    const double a = number(cal, "slope_model_intercept"), b = number(cal, "slope");
    if (std::isfinite(a) && std::isfinite(b)) {
        auto *fit = line(MetricsCharts::tr("Logistic recalibration"), orange, 2.0);
        for (int i = 1; i < 200; ++i) {
            const double p = i / 200.0;
            fit->append(p, 1.0 / (1.0 + std::exp(-(a + b * std::log(p / (1.0 - p))))));
        }
        attach(chart, fit, x, y);
    }
    auto *points = new QScatterSeries;
    points->setName(MetricsCharts::tr("Risk groups (tenths), with 95 % intervals"));
    points->setColor(blue);
    points->setMarkerSize(9);
    for (const Json &g : cal["curve"]) {
        const double px = number(g, "mean_predicted"), py = number(g, "observed");
        if (!std::isfinite(px) || !std::isfinite(py))
            continue;
        points->append(px, py);
        auto *bar = line(QString(), blue, 1.2);
        bar->append(px, number(g, "observed_ci_lower", py));
        bar->append(px, number(g, "observed_ci_upper", py));
        attach(chart, bar, x, y);
    }
    attach(chart, points, x, y);
    // Interval bars carry no legend entry of their own.
    for (QLegendMarker *m : chart->legend()->markers()) {
        if (m->label().isEmpty())
            m->setVisible(false);
    }
}

void decisionChart(QChart *chart, const Json &r)
{
    const Json nb = r.value("net_benefit", Json::array());
    if (nb.empty()) {
        chart->setTitle(MetricsCharts::tr("Decision curve: %1")
                            .arg(QString::fromStdString(r.value("net_benefit_reason", std::string()))));
        return;
    }
    chart->setTitle(MetricsCharts::tr("Decision curve (net benefit)"));
    const double prevalence = number(r, "prevalence", 0.5);
    double top = prevalence;
    for (const Json &p : nb)
        top = std::max(top, number(p, "model", 0));
    top = std::max(0.01, top * 1.1);
    auto *x = axis(chart, Qt::AlignBottom, MetricsCharts::tr("Threshold probability"), 0, 1);
    auto *y = axis(chart, Qt::AlignLeft, MetricsCharts::tr("Net benefit"), -top * 0.25, top);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.2f"));
    auto *none = line(MetricsCharts::tr("Treat none"), grey, 1.5);
    auto *all = line(MetricsCharts::tr("Treat all"), vermillion, 1.5, Qt::DashLine);
    auto *model = line(MetricsCharts::tr("Model"), blue, 2.5);
    for (const Json &p : nb) {
        const double t = number(p, "threshold", 0);
        none->append(t, 0);
        // Treat-all falls steeply below zero; it is drawn down to the axis and no further.
        const double ta = number(p, "treat_all", 0);
        if (ta >= -top * 0.25)
            all->append(t, ta);
        model->append(t, std::max(number(p, "model", 0), -top * 0.25));
    }
    for (QLineSeries *s : {none, all, model})
        attach(chart, s, x, y);
}

void riskChart(QChart *chart, const Json &r)
{
    chart->setTitle(MetricsCharts::tr("Distribution of predicted risk by outcome"));
    const Json rd = r.value("risk_distribution", Json::object());
    const Json bins = rd.value("bins", Json::array());
    const double pos = std::max(1.0, number(r, "positives", 0)), neg = std::max(1.0, number(r, "negatives", 0));
    auto *withOutcome = new QBarSet(MetricsCharts::tr("With the outcome (%)"));
    auto *without = new QBarSet(MetricsCharts::tr("Without the outcome (%)"));
    withOutcome->setColor(vermillion);
    without->setColor(blue);
    QStringList categories;
    double top = 1;
    for (const Json &b : bins) {
        const double p = 100.0 * number(b, "positives", 0) / pos, n = 100.0 * number(b, "negatives", 0) / neg;
        withOutcome->append(p);
        without->append(n);
        top = std::max({top, p, n});
        categories << fmt(number(b, "lower", 0), 2);
    }
    auto *series = new QBarSeries;
    series->append(without);
    series->append(withOutcome);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    x->setTitleText(MetricsCharts::tr("Predicted risk (lower bound of each bin)"));
    x->setLabelsAngle(-60);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = axis(chart, Qt::AlignLeft, MetricsCharts::tr("Share of the outcome group (%)"), 0, top * 1.1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    series->attachAxis(y);
}

} // namespace

QString MetricsCharts::title(MetricsChart chart)
{
    switch (chart) {
    case MetricsChart::Roc: return tr("ROC curve");
    case MetricsChart::Calibration: return tr("Calibration");
    case MetricsChart::DecisionCurve: return tr("Decision curve");
    case MetricsChart::RiskDistribution: return tr("Risk distribution");
    }
    return {};
}

QString MetricsCharts::fileStem(MetricsChart chart)
{
    switch (chart) {
    case MetricsChart::Roc: return QStringLiteral("roc-curve");
    case MetricsChart::Calibration: return QStringLiteral("calibration");
    case MetricsChart::DecisionCurve: return QStringLiteral("decision-curve");
    case MetricsChart::RiskDistribution: return QStringLiteral("risk-distribution");
    }
    return QStringLiteral("chart");
}

QChart *MetricsCharts::build(MetricsChart chart, const Json &result, const QPalette &palette, const QFont &font)
{
    auto *c = new QChart;
    // Before the series: the theme colours what they leave to it (axes, grid, legend) and keeps their own colours.
    styleChart(c, palette, font);
    switch (chart) {
    case MetricsChart::Roc: rocChart(c, result); break;
    case MetricsChart::Calibration: calibrationChart(c, result); break;
    case MetricsChart::DecisionCurve: decisionChart(c, result); break;
    case MetricsChart::RiskDistribution: riskChart(c, result); break;
    }
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setAnimationOptions(QChart::NoAnimation);
    return c;
}

Status MetricsCharts::exportTo(MetricsChart chart, const Json &result, const QString &path, QSize size)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QStringLiteral("png") && suffix != QStringLiteral("svg"))
        return Error::input(tr("charts are exported as .png or .svg, not '%1'").arg(suffix));
    // A view of its own, at a fixed size, so the file does not depend on the window.
    // Light, whatever the screen's palette: the files go into reports and documents on white paper.
    QChartView view(build(chart, result, QPalette(Qt::white), QFont()));
    view.setRenderHint(QPainter::Antialiasing);
    view.setFrameShape(QFrame::NoFrame);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.resize(size);
    // Laid out but never on screen: the chart places its axes and plot area only in a shown view.
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.show();
    for (int i = 0; i < 3; ++i)
        QCoreApplication::sendPostedEvents();
    if (suffix == QStringLiteral("png")) {
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view.render(&painter);
        painter.end();
        if (!image.save(path, "PNG"))
            return Error::runtime(tr("cannot write %1").arg(path), tr("Check that the folder is writable."));
        return {};
    }
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title(chart));
    svg.setDescription(tr("Made by Veiviser from a clinical validation run."));
    QPainter painter;
    if (!painter.begin(&svg))
        return Error::runtime(tr("cannot write %1").arg(path), tr("Check that the folder is writable."));
    view.render(&painter);
    painter.end();
    if (!QFileInfo::exists(path))
        return Error::runtime(tr("cannot write %1").arg(path), tr("Check that the folder is writable."));
    return {};
}

} // namespace vv::ui
