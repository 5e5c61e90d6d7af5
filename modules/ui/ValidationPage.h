#pragma once

#include "ui/Page.h"

class QLabel;
class QPushButton;
class QTableView;

namespace vv::ui {

class TestRunListModel;
class ValidationDialog;

/// The project's test runs, and where a model is validated on local data (the clinical metrics engine).
class ValidationPage : public Page {
    Q_OBJECT
public:
    explicit ValidationPage(ProjectSession *session, QWidget *parent = nullptr);
    QString pageTitle() const override;

    void refresh();
    TestRunListModel *runsModel() const { return m_model; }
    QTableView *runsView() const { return m_view; }

    /// Opens the validation dialog (non-blocking) and returns it; it stores its result in the project.
    ValidationDialog *newValidation();
    /// Opens a stored run's result (table and charts) in a window; returns it, or nullptr when the run has none.
    QDialog *openRun(qint64 runId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void openSelected();

    QLabel *m_heading;
    QLabel *m_intro;
    QTableView *m_view;
    TestRunListModel *m_model;
    QPushButton *m_new;
    QPushButton *m_open;
    QLabel *m_problem;
};

} // namespace vv::ui
