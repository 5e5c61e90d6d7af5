#pragma once

#include "core/Json.h"
#include "ui/BackgroundJob.h"
#include "validation/ClinicalMetrics.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace vv {
class ProjectStore;
}

namespace vv::ui {

class CsvPreviewModel;
class ValidationResultView;
struct FiledTestRun;

/// Validates a prediction model on a CSV file: pick the file (with a preview of its first rows), choose the columns
/// and options, run off the GUI thread with progress and cancel, and see the table and charts. With a project the
/// result is stored as a test run.
class ValidationDialog : public QDialog {
    Q_OBJECT
public:
    /// store may be null: the result is then shown but not stored.
    explicit ValidationDialog(ProjectStore *store, QWidget *parent = nullptr);
    ~ValidationDialog() override;

    /// Loads the file's preview and proposes label and score columns.
    void setCsvFile(const QString &path);
    /// Chooses columns by name; an empty group or compare means none. False if a name is not in the file.
    bool setColumns(const QString &label, const QString &score, const QString &group = {}, const QString &compare = {});

    /// Starts the run (off the GUI thread); the problem label says why when the inputs are incomplete.
    void startRun();
    void cancelRun();
    bool isRunning() const { return m_job.isRunning(); }

    const Json &result() const { return m_result; }
    qint64 storedRunId() const { return m_runId; }
    QString problemText() const;
    /// What the dialog says about the last run: where it was stored and filed.
    QString statusText() const;

    CsvPreviewModel *previewModel() const { return m_previewModel; }
    ValidationResultView *resultView() const { return m_resultView; }
    QLineEdit *thresholdsEdit() const { return m_thresholds; }
    QLineEdit *positiveEdit() const { return m_positive; }
    QSpinBox *bootstrapSpin() const { return m_bootstrap; }
    QComboBox *decimalCombo() const { return m_decimal; }
    QCheckBox *dropInvalidCheck() const { return m_dropInvalid; }

    /// Closes; a run still going is cancelled and waited for.
    void reject() override;

Q_SIGNALS:
    /// The run ended: ok, or failed or cancelled (problemText() says which).
    void runFinished(bool ok);
    /// The result was stored in the project as this test run.
    void runStored(qint64 runId);
    /// The stored run was filed as this evidence item, linked to the requirements it supports.
    void evidenceFiled(qint64 evidenceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void loadPreview();
    void updateState();
    void showProgress(qint64 done, qint64 total, const QString &label);
    void finishRun(Result<Json> result, const FiledTestRun &filed);
    /// "Stored as test run N and filed as evidence M for: requirement titles".
    QString filedText(qint64 runId, qint64 evidenceId) const;
    void retranslate();

    ProjectStore *m_store;
    QStackedWidget *m_stack;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QTableView *m_preview;
    CsvPreviewModel *m_previewModel;
    QComboBox *m_label, *m_score, *m_group, *m_compare, *m_delimiter, *m_decimal;
    QLineEdit *m_positive, *m_thresholds;
    QSpinBox *m_bootstrap, *m_seed;
    QCheckBox *m_dropInvalid;
    QLabel *m_problem, *m_status;
    QProgressBar *m_progress;
    QPushButton *m_run, *m_cancel, *m_close, *m_again;
    ValidationResultView *m_resultView;

    Json m_result;
    qint64 m_runId = 0;
    /// Last, so that it goes first: the running work posts to this dialog.
    BackgroundJob m_job{nullptr, BackgroundJob::Threads::Own};
};

} // namespace vv::ui
