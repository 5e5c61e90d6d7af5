#pragma once

#include "tracking/ProjectProgress.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace vv::ui {

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

/// True when the palette is dark (light text on a dark window).
bool isDark(const QPalette &palette);

} // namespace vv::ui
