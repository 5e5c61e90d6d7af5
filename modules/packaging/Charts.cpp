#include "packaging/Charts.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace vv::packaging::charts {

namespace {

constexpr double width = 360, height = 300;
constexpr double left = 52, right = 12, top = 30, bottom = 46;
constexpr double plotW = width - left - right, plotH = height - top - bottom;

const char *const colours[] = {"#1f5f99", "#b5452b", "#5a7d2b", "#6b6b6b"};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString num(double v)
{
    return QString::number(v, 'f', 1);
}

std::optional<double> number(const Json &obj, const char *key)
{
    if (!obj.is_object() || !obj.contains(key) || !obj[key].is_number())
        return std::nullopt;
    const double v = obj[key].get<double>();
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

/// A step of 1, 2 or 5 times a power of ten that divides span into at most maxTicks parts: axes a reader can
/// read (0.0005, not 0.000861).
double niceStep(double span, int maxTicks)
{
    const double raw = span / maxTicks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= raw)
            return m * power;
    return 10.0 * power;
}

/// A tick value as text: rounded to its step first, so that float noise never shows.
QString tickText(double v, double step)
{
    const double rounded = std::round(v / step) * step;
    return QString::number(std::abs(rounded) < step / 2 ? 0.0 : rounded, 'g', 6);
}

/// A plot area mapping data coordinates to the SVG's.
struct Frame {
    double x0 = 0, x1 = 1, y0 = 0, y1 = 1;
    double xStep = 0.2, yStep = 0.2; ///< between ticks; x0..x1 and y0..y1 are multiples of them
    double px(double x) const { return left + (x - x0) / (x1 - x0) * plotW; }
    double py(double y) const { return top + plotH - (std::clamp(y, y0, y1) - y0) / (y1 - y0) * plotH; }
};

QString open(const ChartLabels &l)
{
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %1 %2\" role=\"img\" "
                          "aria-label=\"%3\"><title>%3</title>"
                          "<text x=\"%4\" y=\"18\" class=\"chart-title\" text-anchor=\"middle\">%3</text>")
        .arg(num(width), num(height), esc(l.title), num(width / 2));
}

QString axes(const Frame &f, const ChartLabels &l)
{
    QString s;
    const int xTicks = int(std::lround((f.x1 - f.x0) / f.xStep));
    const int yTicks = int(std::lround((f.y1 - f.y0) / f.yStep));
    for (int i = 0; i <= xTicks; ++i) {
        const double x = f.x0 + f.xStep * i;
        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" class=\"grid\"/>")
                 .arg(num(f.px(x)), num(top), num(top + plotH));
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" class=\"tick\">%3</text>")
                 .arg(num(f.px(x)), num(top + plotH + 14), tickText(x, f.xStep));
    }
    for (int i = 0; i <= yTicks; ++i) {
        const double y = f.y0 + f.yStep * i;
        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" class=\"grid\"/>")
                 .arg(num(left), num(f.py(y)), num(left + plotW));
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" class=\"tick\">%3</text>")
                 .arg(num(left - 4), num(f.py(y) + 3), tickText(y, f.yStep));
    }
    s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" class=\"frame\" fill=\"none\"/>")
             .arg(num(left), num(top), num(plotW), num(plotH));
    s += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" class=\"axis\">%3</text>")
             .arg(num(left + plotW / 2), num(height - 8), esc(l.x));
    s += QStringLiteral("<text x=\"12\" y=\"%1\" text-anchor=\"middle\" class=\"axis\" transform=\"rotate(-90 12 %1)\">%2</text>")
             .arg(num(top + plotH / 2), esc(l.y));
    return s;
}

QString polyline(const std::vector<std::pair<double, double>> &points, const Frame &f, int series, bool dashed)
{
    if (points.empty())
        return {};
    QStringList coords;
    for (const auto &[x, y] : points)
        coords << num(f.px(x)) + QLatin1Char(',') + num(f.py(y));
    return QStringLiteral("<polyline points=\"%1\" fill=\"none\" stroke=\"%2\" stroke-width=\"1.8\"%3/>")
        .arg(coords.join(QLatin1Char(' ')), QString::fromLatin1(colours[series % 4]),
             dashed ? QStringLiteral(" stroke-dasharray=\"4 3\"") : QString());
}

QString legend(const ChartLabels &l)
{
    QString s;
    for (int i = 0; i < l.series.size(); ++i) {
        const double y = top + 10 + i * 14;
        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"%4\" stroke-width=\"2\"/>"
                            "<text x=\"%5\" y=\"%6\" class=\"legend\">%7</text>")
                 .arg(num(left + plotW - 110), num(y), num(left + plotW - 94), QString::fromLatin1(colours[i % 4]),
                      num(left + plotW - 90), num(y + 3), esc(l.series[i]));
    }
    return s;
}

const QString close = QStringLiteral("</svg>");

} // namespace

QString roc(const Json &rocCurve, const ChartLabels &labels)
{
    std::vector<std::pair<double, double>> points;
    if (rocCurve.is_array())
        for (const Json &p : rocCurve)
            if (auto x = number(p, "fpr"), y = number(p, "tpr"); x && y)
                points.emplace_back(*x, *y);
    if (points.size() < 2)
        return {};
    std::sort(points.begin(), points.end());
    Frame f;
    return open(labels) + axes(f, labels) + polyline({{0, 0}, {1, 1}}, f, 3, true) + polyline(points, f, 0, false) +
           legend(labels) + close;
}

QString calibration(const Json &curve, const ChartLabels &labels)
{
    if (!curve.is_array())
        return {};
    Frame f;
    QString marks;
    std::vector<std::pair<double, double>> points;
    for (const Json &b : curve) {
        const auto x = number(b, "mean_predicted"), y = number(b, "observed");
        if (!x || !y)
            continue;
        points.emplace_back(*x, *y);
        if (auto lo = number(b, "observed_ci_lower"), hi = number(b, "observed_ci_upper"); lo && hi)
            marks += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"%4\"/>")
                         .arg(num(f.px(*x)), num(f.py(*lo)), num(f.py(*hi)), QString::fromLatin1(colours[0]));
        marks += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"3\" fill=\"%3\"/>")
                     .arg(num(f.px(*x)), num(f.py(*y)), QString::fromLatin1(colours[0]));
    }
    if (points.empty())
        return {};
    return open(labels) + axes(f, labels) + polyline({{0, 0}, {1, 1}}, f, 3, true) + polyline(points, f, 0, false) +
           marks + legend(labels) + close;
}

QString decisionCurve(const Json &netBenefit, const ChartLabels &labels)
{
    if (!netBenefit.is_array())
        return {};
    std::vector<std::pair<double, double>> model, all, none;
    double maxY = 0.01;
    for (const Json &p : netBenefit) {
        const auto t = number(p, "threshold"), m = number(p, "model"), a = number(p, "treat_all");
        if (!t || !m || !a)
            continue;
        model.emplace_back(*t, *m);
        all.emplace_back(*t, *a);
        none.emplace_back(*t, 0.0);
        maxY = std::max({maxY, *m, *a});
    }
    if (model.size() < 2)
        return {};
    // Net benefit is small where outcomes are rare; the y axis runs between round values around it.
    Frame f;
    f.yStep = niceStep(maxY * 1.3, 6);
    f.y0 = -std::ceil(maxY * 0.25 / f.yStep) * f.yStep;
    f.y1 = std::ceil(maxY * 1.05 / f.yStep) * f.yStep;
    return open(labels) + axes(f, labels) + polyline(model, f, 0, false) + polyline(all, f, 1, false) +
           polyline(none, f, 3, true) + legend(labels) + close;
}

QString timeSeries(const std::vector<SeriesPoint> &points, const std::vector<double> &limits, const ChartLabels &labels)
{
    std::vector<std::pair<double, double>> line;
    double lo = std::numeric_limits<double>::infinity(), hi = -lo, xMax = 1;
    auto widen = [&](std::optional<double> v) {
        if (v && std::isfinite(*v)) {
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
        }
    };
    for (const SeriesPoint &p : points) {
        xMax = std::max(xMax, p.x);
        if (!p.y || !std::isfinite(*p.y))
            continue;
        line.emplace_back(p.x, *p.y);
        widen(p.y);
        widen(p.lower);
        widen(p.upper);
    }
    if (line.size() < 2)
        return {};
    for (const double l : limits)
        widen(l);
    if (hi - lo < 1e-9) { // a flat series still gets an axis a reader can read
        lo -= 0.5;
        hi += 0.5;
    }
    Frame f;
    f.xStep = niceStep(xMax, 8);
    f.x0 = 0;
    f.x1 = std::ceil(xMax / f.xStep) * f.xStep;
    const double pad = (hi - lo) * 0.08;
    f.yStep = niceStep(hi - lo + 2 * pad, 6);
    f.y0 = std::floor((lo - pad) / f.yStep) * f.yStep;
    f.y1 = std::ceil((hi + pad) / f.yStep) * f.yStep;

    // The interval as a band: the upper ends left to right, then the lower ends back, over each run of windows that
    // have one.
    QString band;
    std::vector<const SeriesPoint *> run;
    auto flush = [&] {
        if (run.size() >= 2) {
            QStringList coords;
            for (const SeriesPoint *p : run)
                coords << num(f.px(p->x)) + QLatin1Char(',') + num(f.py(*p->upper));
            for (auto it = run.rbegin(); it != run.rend(); ++it)
                coords << num(f.px((*it)->x)) + QLatin1Char(',') + num(f.py(*(*it)->lower));
            band += QStringLiteral("<polygon points=\"%1\" fill=\"%2\" fill-opacity=\"0.18\" stroke=\"none\"/>")
                        .arg(coords.join(QLatin1Char(' ')), QString::fromLatin1(colours[0]));
        }
        run.clear();
    };
    for (const SeriesPoint &p : points) {
        if (p.y && p.lower && p.upper && std::isfinite(*p.lower) && std::isfinite(*p.upper))
            run.push_back(&p);
        else
            flush();
    }
    flush();
    QString limitLines;
    for (const double l : limits)
        limitLines += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"%4\" stroke-width=\"1.2\" "
                                     "stroke-dasharray=\"5 3\"/>")
                          .arg(num(left), num(f.py(l)), num(left + plotW), QString::fromLatin1(colours[1]));
    QString marks;
    for (const SeriesPoint &p : points)
        if (p.y && std::isfinite(*p.y))
            marks += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"%4\"/>")
                         .arg(num(f.px(p.x)), num(f.py(*p.y)), p.flagged ? QStringLiteral("3.2") : QStringLiteral("1.8"),
                              QString::fromLatin1(p.flagged ? colours[1] : colours[0]));
    return open(labels) + axes(f, labels) + band + limitLines + polyline(line, f, 0, false) + marks + legend(labels) +
           close;
}

} // namespace vv::packaging::charts
