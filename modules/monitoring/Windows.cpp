#include "monitoring/Windows.h"

#include <QDateTime>

namespace vv::monitoring {

QString Window::label() const
{
    if (first == last)
        return first.toString(Qt::ISODate);
    if (first.day() == 1 && last == first.addMonths(1).addDays(-1))
        return first.toString(QStringLiteral("yyyy-MM"));
    int year = 0;
    const int week = first.weekNumber(&year);
    if (first.dayOfWeek() == 1 && first.daysTo(last) == 6)
        return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    return first.toString(Qt::ISODate) + QStringLiteral("..") + last.toString(Qt::ISODate);
}

qint64 WindowCalendar::midnight(const QDate &d) const
{
    // Where midnight does not exist (a zone that springs forward at 00:00), Qt moves to the first valid time.
    return QDateTime(d, QTime(0, 0), m_zone).toMSecsSinceEpoch();
}

Window WindowCalendar::containing(const QDate &d) const
{
    Window w;
    switch (m_kind) {
    case WindowKind::Day:
        w.first = d;
        w.last = d;
        break;
    case WindowKind::Week:
        w.first = d.addDays(1 - d.dayOfWeek());
        w.last = w.first.addDays(6);
        break;
    case WindowKind::Month:
        w.first = QDate(d.year(), d.month(), 1);
        w.last = w.first.addMonths(1).addDays(-1);
        break;
    }
    w.startMs = midnight(w.first);
    w.endMs = midnight(w.last.addDays(1));
    return w;
}

Window WindowCalendar::containingInstant(qint64 timeMs) const
{
    return containing(QDateTime::fromMSecsSinceEpoch(timeMs, m_zone).date());
}

Window WindowCalendar::after(const Window &w) const
{
    return containing(w.last.addDays(1));
}

} // namespace vv::monitoring
