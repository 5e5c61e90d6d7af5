#pragma once

#include "monitoring/MonitoringPlan.h"

#include <QDate>
#include <QTimeZone>

namespace vv::monitoring {

/// One monitoring window: local calendar dates and the UTC instants that bound it.
struct Window {
    QDate first, last; ///< inclusive, in the plan's time zone
    qint64 startMs = 0; ///< local midnight at the start of first, as UTC milliseconds
    qint64 endMs = 0; ///< local midnight after last: rows with startMs <= time < endMs belong here
    QString label() const; ///< 2026-W15, 2026-04, or the date
};

/// Cuts time into day, ISO-week or month windows in a time zone, so that a week is Monday to Sunday on the wall
/// clock even across daylight-saving changes (a 167- or 169-hour week).
class WindowCalendar {
public:
    WindowCalendar(WindowKind kind, const QTimeZone &zone) : m_kind(kind), m_zone(zone) { }
    /// The window that holds local date d.
    Window containing(const QDate &d) const;
    /// The window that holds the instant timeMs.
    Window containingInstant(qint64 timeMs) const;
    /// The window after w.
    Window after(const Window &w) const;
    /// Local midnight at the start of d, as UTC milliseconds.
    qint64 midnight(const QDate &d) const;
    WindowKind kind() const { return m_kind; }

private:
    WindowKind m_kind;
    QTimeZone m_zone;
};

} // namespace vv::monitoring
