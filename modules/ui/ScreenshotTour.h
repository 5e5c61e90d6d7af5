#pragma once

#include "core/Error.h"

#include <QStringList>

#include <functional>

class QWidget;

namespace vv::ui {

class MainWindow;
class ValidationPage;

/// Saves a PNG of each main page of an open project, in each language, for review (`veiviser --screenshots DIR`,
/// run by scripts/screenshots under xvfb-run). Files are named NN-LANG-PAGE.png.
class ScreenshotTour {
public:
    explicit ScreenshotTour(MainWindow &window) : m_window(window) {}
    /// Shows every page (and the first open requirement and pack) in each language and grabs the window; returns
    /// the files written.
    Result<QStringList> run(const QString &directory, const QStringList &languages);

private:
    /// Saves one picture: of what (the main window when null), as name.
    using Grab = std::function<Status(const QString &name, QWidget *what)>;
    /// A language-model project's evaluation: its two newest runs with cases chosen on the validation page, their
    /// comparison, and the newest rating round at a case. Nothing for a project without such runs or round.
    Status grabRunsAndRatings(ValidationPage *validation, const Grab &grab);

    MainWindow &m_window;
};

} // namespace vv::ui
