#pragma once

#include <QPalette>
#include <QString>

class QAbstractItemView;

namespace vv::ui {

/// A dark palette with the roles Qt's widgets, rich text and charts read, for `veiviser --palette dark` and
/// for tests and screenshots that check the pages stay readable on dark colours.
QPalette darkPalette();

/// Switches the application to "dark" or "light" (the Fusion style with that palette); "system" or an empty name
/// keeps the platform's. Returns false for any other name.
bool applyColourScheme(const QString &name);

/// Makes the unticked check boxes of a list (documents to include, columns to use) visible on a dark palette:
/// Fusion outlines a box a shade darker than the window colour, which on a dark palette is the list's own base
/// colour. Gives the view a window colour whose outline reads on its base (3:1); on a light palette it inherits
/// again. Call it again when the owner's palette changes.
void showCheckBoxesOnBase(QAbstractItemView *view);

/// The WCAG contrast ratio of two colours (1 to 21); 4.5 is the minimum for body text.
double contrastRatio(const QColor &a, const QColor &b);

} // namespace vv::ui
