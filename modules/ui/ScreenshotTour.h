#pragma once

#include "core/Error.h"

#include <QStringList>

namespace vv::ui {

class MainWindow;

/// Saves a PNG of each main page of an open project, in each language, for review (`veiviser --screenshots DIR`,
/// run by scripts/screenshots under xvfb-run). Files are named NN-LANG-PAGE.png.
class ScreenshotTour {
public:
    explicit ScreenshotTour(MainWindow &window) : m_window(window) {}
    /// Shows every page (and the first open requirement and pack) in each language and grabs the window; returns
    /// the files written.
    Result<QStringList> run(const QString &directory, const QStringList &languages);

private:
    MainWindow &m_window;
};

} // namespace vv::ui
