#pragma once

#include "core/Error.h"
#include "core/Progress.h"
#include "monitoring/MonitoringPlan.h"
#include "monitoring/MonitoringStatus.h"
#include "monitoring/ProductionIngest.h"
#include "ui/BackgroundJob.h"
#include "ui/Page.h"


#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace vv::ui {

class IngestDialog;
class MessageBar;
class MonitoringPlanDialog;
class MonitoringWindowModel;
class OpenDeviationDialog;

/// What the background evaluation ended with: the plan in force and the status, nothing when the project has no
/// plan, or the error (a cancel included).
struct MonitoringOutcome {
    bool ok = false;
    Error error;
    std::optional<monitoring::MonitoringPlan> plan;
    monitoring::MonitoringStatus status;
};

/// Monitoring after go-live ("Drift og overvåking"): the windows with every measure against its limits, a chart of
/// one measure, and the open alarms, each of which can be taken on as a deviation.
class MonitoringPage : public Page {
    Q_OBJECT
public:
    explicit MonitoringPage(ProjectSession *session, QWidget *parent = nullptr);
    ~MonitoringPage() override;
    QString pageTitle() const override;

    /// Recomputes the status off the GUI thread; a computation under way is cancelled and started again.
    void refresh();
    bool isComputing() const { return m_statusJob.isRunning(); }

    MonitoringWindowModel *windowModel() const { return m_model; }
    QTableView *windowView() const { return m_view; }
    QComboBox *metricBox() const { return m_metric; }
    QChartView *chartView() const { return m_chart; }
    QListWidget *alarmList() const { return m_alarms; }
    QPushButton *openDeviationButton() const { return m_openDeviation; }
    /// Shown instead of the status while the project has no plan.
    QLabel *emptyState() const { return m_empty; }
    MessageBar *messages() const { return m_messages; }
    /// Asks for the new deviation's title, severity and owner about the selected alarm (non-blocking); the
    /// deviation is opened when the dialog is accepted. nullptr when no alarm is selected.
    OpenDeviationDialog *openDeviation();
    /// Opens the plan editor (non-blocking); a saved plan refreshes the page.
    MonitoringPlanDialog *editPlan();
    /// Asks for a production-data CSV or database query and its columns (non-blocking); accepting starts the ingest.
    IngestDialog *chooseIngest();
    /// Ingests a CSV or a query's rows in the background with progress and cancel, as `veiviser-cli monitor ingest`
    /// does; false while an ingest runs. A cancelled ingest changes nothing (one transaction).
    bool startIngest(const monitoring::ProductionSource &source, const monitoring::IngestOptions &options);
    bool isIngesting() const { return m_ingestJob.isRunning(); }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *editPlanButton() const { return m_editPlan; }
    QPushButton *ingestButton() const { return m_ingest; }

Q_SIGNALS:
    /// A computation ended and the page shows its result (or its error).
    void statusShown();
    /// An ingest ended: stored, failed or cancelled (the message bar says which).
    void ingestFinished(bool stored);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showOutcome(const MonitoringOutcome &outcome);
    void showStatus();
    void showChart();
    /// Says how to store a plan, with the command for the open project.
    void showEmptyState();
    void fillMetricBox();
    void fillAlarms();
    void updateButtons();
    void stopComputing();
    void storeDeviation(const QString &windowStart, const QString &metric, const OpenDeviationDialog &dialog);
    void ingestDone(const Result<IngestCount> &count);
    void showBusy(bool busy);

    MessageBar *m_messages;
    QLabel *m_heading;
    QLabel *m_intro;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTableView *m_view;
    MonitoringWindowModel *m_model;
    QLabel *m_metricLabel;
    QComboBox *m_metric;
    QChartView *m_chart;
    QLabel *m_alarmsLabel;
    QListWidget *m_alarms;
    QPushButton *m_openDeviation;
    QPushButton *m_editPlan;
    QPushButton *m_ingest;
    BackgroundJob m_ingestJob;
    std::optional<monitoring::MonitoringPlan> m_plan;
    BackgroundJob m_statusJob;
    bool m_again = false; ///< the project changed while computing: compute once more when done
};

} // namespace vv::ui
