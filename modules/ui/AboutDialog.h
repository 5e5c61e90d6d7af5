#pragma once

#include <QDialog>

namespace vv::ui {

/// Program and library versions, and what Veiviser is for.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    /// "name version" lines for every library Veiviser is built with.
    static QStringList libraryVersions();
};

} // namespace vv::ui
