#pragma once

#include "ui/Page.h"
#include "validation/EngineCatalog.h"

#include <vector>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace vv::ui {

class EngineRunDialog;
class RunComparisonDialog;
class RatingDialog;
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
    /// Opens the dialog that runs an evaluation engine (non-blocking) and returns it; with a run id, set up to
    /// resume that run (nullptr when it cannot be resumed, with the reason on the page).
    EngineRunDialog *runEngine(qint64 resumeRunId = 0);
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *engineButton() const { return m_engine; }
    QPushButton *newValidationButton() const { return m_new; }
    /// Selects a run in the list; false when the project has no run with that id.
    bool selectRun(qint64 runId);
    /// Selects two runs together, as Ctrl+click does, to compare them; false when the project lacks either.
    bool selectRuns(qint64 first, qint64 second);
    /// Opens a stored run's result (table and charts) in a window; returns it, or nullptr when the run has none.
    QDialog *openRun(qint64 runId);
    /// Compares two runs case by case (the older as A, the newer as B) in a window, and returns it.
    RunComparisonDialog *compareRuns(qint64 runA, qint64 runB);
    QPushButton *compareButton() const { return m_compare; }
    /// Opens the rating of the project's newest rating round, as the rater who works in this seat.
    RatingDialog *rateAnswers();
    QPushButton *rateButton() const { return m_rate; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fitTitleColumn();
    void openSelected();
    void compareSelected();
    void updateButtons();
    /// The runs whose rows are selected, in the list's order.
    std::vector<const TestRun *> selectedRuns() const;
    const validation::EngineCatalog &catalog();

    QLabel *m_heading;
    QLabel *m_intro;
    QTableView *m_view;
    TestRunListModel *m_model;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_engine;
    QPushButton *m_resume;
    QPushButton *m_compare;
    QPushButton *m_rate;
    bool m_hasRound = false; ///< the project has a rating round (read when the runs are)
    std::optional<validation::EngineCatalog> m_catalog; ///< discovered when first needed
    QLabel *m_problem;
};

} // namespace vv::ui
