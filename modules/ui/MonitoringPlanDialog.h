#pragma once

#include "core/Error.h"

#include <QDialog>

#include <vector>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace vv {
class ProjectStore;
}

namespace vv::ui {

/// Edits the project's monitoring plan as YAML, checked as it is typed (every problem with its line and column), and
/// stores it as the next plan version the way `veiviser-cli monitor plan FILE --from PLAN.yaml` does.
class MonitoringPlanDialog : public QDialog {
    Q_OBJECT
public:
    /// Starts from the plan in force, or from a small example when the project has none.
    explicit MonitoringPlanDialog(ProjectStore &store, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    QListWidget *problemList() const { return m_problems; }
    QPushButton *saveButton() const;
    /// Checks the text now instead of after the typing pause.
    void checkNow();
    /// The version stored by the last save, 0 before.
    int storedVersion() const { return m_stored; }
    /// "LINE:COL: what. hint", as the problem list shows a problem.
    static QString problemText(const Error &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showProblems(const std::vector<Error> &problems);
    void save();
    void goToProblem();

    ProjectStore &m_store;
    QLabel *m_intro;
    QPlainTextEdit *m_editor;
    QLabel *m_problemsLabel;
    QListWidget *m_problems;
    QDialogButtonBox *m_buttons;
    QTimer *m_check;
    int m_stored = 0;
};

} // namespace vv::ui
