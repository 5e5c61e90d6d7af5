#include "ui/StatusStyle.h"

#include <QChart>
#include <QChartView>

#include <QCoreApplication>
#include <QHash>
#include <QLegend>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QValueAxis>

#include <cmath>

namespace vv::ui {

using tracking::TrackedStatus;

QColor statusColor(TrackedStatus status)
{
    switch (status) {
    case TrackedStatus::Met: return QColor(0x2e, 0x9d, 0x4f);
    case TrackedStatus::InProgress: return QColor(0xe0, 0x9a, 0x00);
    case TrackedStatus::NotStarted: return QColor(0x8c, 0x93, 0x9d);
    case TrackedStatus::NotApplicable: return QColor(0x5b, 0x8d, 0xc9);
    case TrackedStatus::Undetermined: return QColor(0xa0, 0x72, 0xc4);
    case TrackedStatus::DoesNotApply: return QColor(0x9e, 0x9e, 0x9e);
    }
    return {};
}

QColor warningColor()
{
    return QColor(0xe8, 0x6f, 0x0c);
}

QColor overdueColor()
{
    return QColor(0xd6, 0x45, 0x45);
}

QString statusLabel(TrackedStatus status)
{
    switch (status) {
    case TrackedStatus::DoesNotApply: return QCoreApplication::translate("vv::ui", "Does not apply");
    case TrackedStatus::Undetermined: return QCoreApplication::translate("vv::ui", "Not yet known");
    case TrackedStatus::NotStarted: return QCoreApplication::translate("vv::ui", "Not started");
    case TrackedStatus::InProgress: return QCoreApplication::translate("vv::ui", "In progress");
    case TrackedStatus::Met: return QCoreApplication::translate("vv::ui", "Met");
    case TrackedStatus::NotApplicable: return QCoreApplication::translate("vv::ui", "Not applicable (justified)");
    }
    return {};
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QSize statusIconSize()
{
    return {32, 16};
}

namespace {

constexpr qreal scale = 2; // drawn at twice the size, for high-density screens

QPixmap canvas()
{
    QPixmap pm(statusIconSize() * int(scale));
    pm.setDevicePixelRatio(scale);
    pm.fill(Qt::transparent);
    return pm;
}

void drawReviewMark(QPainter &p)
{
    // An orange triangle with an exclamation mark, in the first mark slot.
    QPainterPath tri;
    tri.moveTo(20.5, 2.5);
    tri.lineTo(24.5, 10.5);
    tri.lineTo(16.5, 10.5);
    tri.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(warningColor());
    p.drawPath(tri);
    p.setPen(QPen(Qt::white, 1.2));
    p.drawLine(QPointF(20.5, 5), QPointF(20.5, 7.6));
    p.drawPoint(QPointF(20.5, 9.2));
}

void drawLackingEvidenceMark(QPainter &p)
{
    // A hollow page with a folded corner: "no document yet".
    QPainterPath page;
    page.moveTo(26, 5.5);
    page.lineTo(29, 5.5);
    page.lineTo(31, 7.5);
    page.lineTo(31, 14);
    page.lineTo(26, 14);
    page.closeSubpath();
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(overdueColor(), 1.2));
    p.drawPath(page);
}

void drawStaleMark(QPainter &p)
{
    // A small clock: the evidence has expired or concerns an older system version.
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(warningColor(), 1.2));
    p.drawEllipse(QPointF(28.5, 10), 3, 3);
    p.drawLine(QPointF(28.5, 10), QPointF(28.5, 8));
    p.drawLine(QPointF(28.5, 10), QPointF(30, 10));
}

} // namespace

QIcon requirementIcon(TrackedStatus status, StatusMarks marks, const QPalette &palette)
{
    static QHash<QString, QIcon> cache;
    const QString key = QStringLiteral("%1-%2%3%4-%5")
                            .arg(int(status))
                            .arg(int(marks.lacksEvidence))
                            .arg(int(marks.staleEvidence))
                            .arg(int(marks.needsReview))
                            .arg(palette.color(QPalette::Text).name());
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;

    QPixmap pm = canvas();
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF c(8, 8);
    const QColor color = statusColor(status);
    switch (status) {
    case TrackedStatus::Met: {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(c, 6.5, 6.5);
        p.setPen(QPen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(QPolygonF({QPointF(5, 8.2), QPointF(7.2, 10.4), QPointF(11.2, 5.8)}));
        break;
    }
    case TrackedStatus::InProgress:
        p.setPen(QPen(color, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c, 5.8, 5.8);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPie(QRectF(2.2, 2.2, 11.6, 11.6), 90 * 16, -180 * 16);
        break;
    case TrackedStatus::NotStarted:
        p.setPen(QPen(palette.color(QPalette::Text), 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c, 5.8, 5.8);
        break;
    case TrackedStatus::NotApplicable:
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(c, 6.5, 6.5);
        p.setPen(QPen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(4.8, 8), QPointF(11.2, 8));
        break;
    case TrackedStatus::Undetermined:
        p.setPen(QPen(color, 1.5, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c, 5.8, 5.8);
        p.setPen(QPen(color, 1.6, Qt::SolidLine, Qt::RoundCap));
        p.drawPoint(c);
        break;
    case TrackedStatus::DoesNotApply: {
        QColor faint = palette.color(QPalette::Disabled, QPalette::Text);
        p.setPen(QPen(faint, 1.5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(4.5, 8), QPointF(11.5, 8));
        break;
    }
    }
    if (marks.needsReview)
        drawReviewMark(p);
    if (marks.lacksEvidence)
        drawLackingEvidenceMark(p);
    else if (marks.staleEvidence)
        drawStaleMark(p);
    p.end();
    QIcon icon(pm);
    cache.insert(key, icon);
    return icon;
}

QIcon progressIcon(int done, int applicable, bool needsReview, const QPalette &palette)
{
    QPixmap pm = canvas();
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF disc(2, 2, 12, 12);
    p.setPen(QPen(palette.color(QPalette::Text), 1.2));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(disc);
    if (applicable > 0 && done > 0) {
        p.setPen(Qt::NoPen);
        p.setBrush(statusColor(TrackedStatus::Met));
        if (done >= applicable)
            p.drawEllipse(disc);
        else
            p.drawPie(disc, 90 * 16, -int(360.0 * 16 * done / applicable));
    }
    if (needsReview)
        drawReviewMark(p);
    p.end();
    return QIcon(pm);
}

QString metricStateLabel(monitoring::MetricState state)
{
    switch (state) {
    case monitoring::MetricState::Ok: return QCoreApplication::translate("vv::ui", "OK");
    case monitoring::MetricState::Warning: return QCoreApplication::translate("vv::ui", "Warning");
    case monitoring::MetricState::Alarm: return QCoreApplication::translate("vv::ui", "Alarm");
    case monitoring::MetricState::NotEnoughData: return QCoreApplication::translate("vv::ui", "Not enough data");
    }
    return {};
}

QColor metricStateColor(monitoring::MetricState state)
{
    switch (state) {
    case monitoring::MetricState::Ok: return statusColor(TrackedStatus::Met);
    case monitoring::MetricState::Warning: return warningColor();
    case monitoring::MetricState::Alarm: return overdueColor();
    case monitoring::MetricState::NotEnoughData: return statusColor(TrackedStatus::NotStarted);
    }
    return {};
}

QIcon metricStateIcon(monitoring::MetricState state)
{
    static QHash<int, QIcon> cache;
    if (auto it = cache.constFind(int(state)); it != cache.constEnd())
        return *it;
    QPixmap pm(QSize(16, 16) * int(scale));
    pm.setDevicePixelRatio(scale);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor color = metricStateColor(state);
    const QPointF c(8, 8);
    switch (state) {
    case monitoring::MetricState::Ok: // a disc with a tick
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(c, 7, 7);
        p.setPen(QPen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QPolygonF({QPointF(4.5, 8.3), QPointF(7, 10.8), QPointF(11.5, 5.5)}));
        break;
    case monitoring::MetricState::Warning: { // a triangle with an exclamation mark
        QPainterPath tri;
        tri.moveTo(8, 1);
        tri.lineTo(15, 14.5);
        tri.lineTo(1, 14.5);
        tri.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPath(tri);
        p.setPen(QPen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(8, 5.5), QPointF(8, 9.5));
        p.drawPoint(QPointF(8, 12.2));
        break;
    }
    case monitoring::MetricState::Alarm: // a square with a cross
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawRoundedRect(QRectF(1, 1, 14, 14), 2, 2);
        p.setPen(QPen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(5, 5), QPointF(11, 11));
        p.drawLine(QPointF(11, 5), QPointF(5, 11));
        break;
    case monitoring::MetricState::NotEnoughData: // a hollow circle: nothing measured
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(color, 1.6, Qt::DashLine));
        p.drawEllipse(c, 6, 6);
        break;
    }
    p.end();
    const QIcon icon(pm);
    cache.insert(int(state), icon);
    return icon;
}

void showFocusFrame(QChartView *view)
{
    // A transparent frame of the same width without the focus, so that the chart does not move when it gets it.
    view->setStyleSheet(QStringLiteral("QChartView { border: 2px solid transparent; }"
                                       "QChartView:focus { border: 2px solid palette(highlight); }"));
}

void styleChart(QChart *chart, const QPalette &palette, const QFont &font)
{
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(palette.brush(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    QFont title = font;
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setFont(font);
    chart->setMargins(QMargins(4, 4, 4, 4));
}

void keepLegendWhole(QChartView *view)
{
    QChart *chart = view->chart();
    if (!chart || !chart->legend()->isVisible())
        return;
    // The share of the chart's width that QtCharts' layout gives a legend on the left or right (golden_ratio in its
    // AbstractChartLayout); the chart's own margins, the view's frame, its focus frame (2 px a side) and some
    // pixels for the layout's rounding come on top (with 8, the demo's one-label donut came out 0.7 px short).
    constexpr qreal legendShare = 0.4;
    const qreal legend = chart->legend()->effectiveSizeHint(Qt::PreferredSize).width();
    const QMargins margins = chart->margins();
    const int around = margins.left() + margins.right() + 2 * view->frameWidth() + 2 * 2 + 16;
    view->setMinimumWidth(int(std::ceil(legend / legendShare)) + around);
}

QValueAxis *countAxis(QChart *chart, int most, const QPalette &palette)
{
    auto *axis = new QValueAxis(chart);
    const int interval = most > 20 ? 5 : most > 8 ? 2 : 1;
    // Up to the next tick, so that the longest bar does not run past the last number (11 on an axis that ends at 10).
    axis->setRange(0, (most + interval - 1) / interval * interval);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickInterval(interval);
    axis->setTickAnchor(0);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setLabelsColor(palette.color(QPalette::Text));
    axis->setGridLineColor(palette.color(QPalette::Mid));
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

} // namespace vv::ui
