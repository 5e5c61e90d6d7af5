#pragma once

#include <QStringList>

namespace vv::ui {

/// The column of a CSV header that a role most likely is, by common names (exact match first, then a name that
/// contains one); otherwise fallback (clamped to the header), or -1 when fallback is negative.
int guessColumn(const QStringList &header, const QStringList &names, int fallback);

} // namespace vv::ui
