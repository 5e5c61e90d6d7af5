#pragma once

#include "core/Error.h"
#include "ui/BackgroundJob.h"
#include "validation/EngineCatalog.h"

#include <QDialog>
#include <QElapsedTimer>

#include <memory>

class QComboBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace vv {
class ProjectStore;
struct TestRun;
}

namespace vv::ui {

class EngineConfigForm;
class EngineListModel;
class MetricsTableModel;
struct FiledTestRun;

/// Runs an evaluation engine as a test run in the project, as `veiviser-cli run` does: choose an engine (unusable
/// ones are shown with the reason), fill in its settings and, for language-model engines, a test suite; run off the
/// GUI thread with progress, an ETA, a log of the cases and cancel; see the summary and the evidence it was filed
/// as. A cancelled or interrupted run can be resumed without repeating its finished cases.
class EngineRunDialog : public QDialog {
    Q_OBJECT
public:
    /// store is the project the run goes into; the engines are those of EngineCatalog::discover().
    explicit EngineRunDialog(ProjectStore *store, QWidget *parent = nullptr);
    ~EngineRunDialog() override;

    /// The suites that ship with Veiviser (guidance/suites/*.yaml in the data directory), sorted.
    static QStringList installedSuites();
    /// Whether a stored run can be resumed here: it did not complete, it has cases, and its engine (found in
    /// catalog, usable) yields cases.
    static bool canResume(const TestRun &run, const validation::EngineCatalog &catalog);

    /// Chooses an engine by id; false when there is none or it cannot run.
    bool selectEngine(const QString &engineId);
    QString selectedEngineId() const;
    /// Chooses a suite file: an installed one, or any other file, which is added to the list.
    void setSuitePath(const QString &path);
    QString suitePath() const;
    /// Sets the dialog up to resume a stored run: its engine, its settings (secrets are typed again) and its suite
    /// where it can be found. False, with the reason in problemText(), when the run cannot be resumed.
    bool prepareResume(qint64 runId);
    qint64 resumeRunId() const { return m_resumeRunId; }

    /// Starts the run off the GUI thread; problemText() says why when it cannot start.
    void startRun();
    void cancelRun();
    bool isRunning() const { return m_job.isRunning(); }

    qint64 storedRunId() const { return m_runId; }
    qint64 evidenceId() const { return m_evidenceId; }
    QString problemText() const;
    QString logText() const;
    QString summaryText() const;

    EngineListModel *engineModel() const { return m_engines; }
    QListView *engineView() const { return m_engineView; }
    EngineConfigForm *configForm() const { return m_form; }
    QComboBox *suiteCombo() const { return m_suite; }
    QProgressBar *progressBar() const { return m_progress; }
    MetricsTableModel *metricsModel() const { return m_metrics; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }

    /// Closes; a run still going is cancelled (it stays resumable) and waited for.
    void reject() override;

Q_SIGNALS:
    /// The run ended: ok, or failed or cancelled (problemText() says which).
    void runFinished(bool ok);
    /// A test run was stored or changed in the project (also a cancelled one, which can be resumed).
    void runStored(qint64 runId);
    /// The finished run was filed in the evidence library as this item.
    void evidenceFiled(qint64 evidenceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The log lines the worker wrote and the dialog has not shown yet.
    struct PendingLog;
    void engineChosen();
    void chooseOtherSuite();
    void fillSuites();
    void updateState();
    void showPendingLog();
    void showProgress(qint64 done, qint64 total);
    void finishRun(const FiledTestRun &filed);
    void showSummary(const TestRun &run);
    void retranslate();
    const validation::EnginePlugin *selectedPlugin() const;

    ProjectStore *m_store;
    validation::EngineCatalog m_catalog;
    EngineListModel *m_engines;
    QListView *m_engineView;
    QLabel *m_description;
    EngineConfigForm *m_form;
    QLabel *m_suiteLabel;
    QComboBox *m_suite;
    QPushButton *m_otherSuite;
    QLabel *m_resumeNote;
    QPlainTextEdit *m_log;
    QLabel *m_summary;
    QTableView *m_metricsView;
    MetricsTableModel *m_metrics;
    QLabel *m_problem, *m_status;
    QProgressBar *m_progress;
    QPushButton *m_run, *m_cancel, *m_close;

    std::shared_ptr<PendingLog> m_pendingLog;
    QElapsedTimer m_elapsed;
    qint64 m_doneAtStart = -1; ///< cases already done when this run's first report came (a resumed run's)
    bool m_countsCases = true; ///< whether the engine's progress counts cases
    qint64 m_resumeRunId = 0;
    qint64 m_runId = 0;
    qint64 m_evidenceId = 0;
    /// Last, so that it goes first: the running work uses the catalog's engine and posts to this dialog.
    BackgroundJob m_job{nullptr, BackgroundJob::Threads::Own};
};

} // namespace vv::ui
