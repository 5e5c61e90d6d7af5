#pragma once

#include "risk/ChangePlan.h"
#include "risk/RiskFile.h"
#include "ui/BackgroundJob.h"
#include "ui/Page.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace vv::ui {

class ChangeCheckModel;
class ControlListModel;
class HazardListModel;
class MessageBar;
class RiskHeatMap;
class TraceFilterModel;
class TraceModel;

/// Risk management ("Risikostyring"): the hazards with the matrix before and after controls, each hazard's controls
/// and what verifies them; the traceability matrix with its gaps; and the predetermined change control plan with
/// "check a run against this modification".
class RiskPage : public Page {
    Q_OBJECT
public:
    explicit RiskPage(ProjectSession *session, QWidget *parent = nullptr);
    ~RiskPage() override;
    QString pageTitle() const override;

    /// Reads the risk file, the plan and its checks again, and computes the traceability matrix in the background.
    void refresh();
    /// Selects a hazard by id and shows it in the form; false when there is none.
    bool select(qint64 hazardId);
    /// Empties the form for a new hazard.
    void newHazard();
    /// Saves the form: adds the hazard when none is selected, otherwise changes it. True when it was saved.
    bool saveHazard();
    /// Adds a control of the type and text in the control fields to the selected hazard.
    bool addControl();
    /// Adds the verification chosen in the combo box to the selected control.
    bool addVerification();
    /// Stores the plan editor's YAML as the next plan version; problems go to the message bar.
    bool storePlan();
    /// Checks the chosen run against the chosen modification (files evidence or opens a deviation).
    bool checkRun();

    QTabWidget *tabs() const { return m_tabs; }
    HazardListModel *hazardModel() const { return m_hazards; }
    ControlListModel *controlModel() const { return m_controls; }
    TraceModel *traceModel() const { return m_trace; }
    TraceFilterModel *traceFilter() const { return m_traceFilter; }
    ChangeCheckModel *checkModel() const { return m_checks; }
    QTableView *hazardView() const { return m_hazardView; }
    QTableView *controlView() const { return m_controlView; }
    QTableView *traceView() const { return m_traceView; }
    RiskHeatMap *beforeMap() const { return m_before; }
    RiskHeatMap *afterMap() const { return m_after; }
    MessageBar *messages() const { return m_messages; }
    QLineEdit *refEdit() const { return m_ref; }
    QLineEdit *hazardEdit() const { return m_hazardText; }
    QLineEdit *harmEdit() const { return m_harm; }
    QComboBox *categoryBox() const { return m_category; }
    QSpinBox *severityBox() const { return m_severity; }
    QSpinBox *probabilityBox() const { return m_probability; }
    QCheckBox *residualBox() const { return m_residual; }
    QSpinBox *residualSeverityBox() const { return m_residualSeverity; }
    QSpinBox *residualProbabilityBox() const { return m_residualProbability; }
    QLineEdit *controlText() const { return m_controlText; }
    QComboBox *controlType() const { return m_controlType; }
    QComboBox *verificationBox() const { return m_verification; }
    QCheckBox *onlyGapsBox() const { return m_onlyGaps; }
    QLabel *traceSummary() const { return m_traceSummary; }
    /// The links to the deviations about the shown hazard, and to what verifies the chosen control.
    QLabel *feedbackLabel() const { return m_feedback; }
    QLabel *verifiedByLabel() const { return m_verifiedBy; }
    QPlainTextEdit *planEdit() const { return m_plan; }
    QComboBox *modificationBox() const { return m_modification; }
    QComboBox *runBox() const { return m_run; }
    /// True while the traceability matrix is being computed.
    bool isComputingTrace() const { return m_traceJob.isRunning(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildHazardTab();
    QWidget *buildTraceTab();
    QWidget *buildPlanTab();
    void retranslate();
    void fillCategories();
    void fillVerifications();
    void fillPlan();
    void showSelected();
    void showControls();
    void showFeedback();
    void showVerifications();
    void updateMaps(const std::vector<Hazard> &hazards);
    void refreshTrace();
    void updateTraceSummary();
    void updateButtons();
    void showError(const Error &error);
    std::optional<Hazard> formHazard() const;
    std::optional<risk::RiskFile> openFile();
    bool editable() const;

    MessageBar *m_messages;
    QLabel *m_heading;
    QLabel *m_intro;
    QTabWidget *m_tabs;
    // hazards
    HazardListModel *m_hazards;
    QTableView *m_hazardView;
    RiskHeatMap *m_before;
    RiskHeatMap *m_after;
    QLabel *m_formTitle;
    QLineEdit *m_ref;
    QComboBox *m_category;
    QLineEdit *m_hazardText;
    QLineEdit *m_situation;
    QLineEdit *m_sequence;
    QLineEdit *m_harm;
    QSpinBox *m_severity;
    QSpinBox *m_probability;
    QCheckBox *m_residual;
    QSpinBox *m_residualSeverity;
    QSpinBox *m_residualProbability;
    QPushButton *m_new;
    QPushButton *m_save;
    ControlListModel *m_controls;
    QTableView *m_controlView;
    QComboBox *m_controlType;
    QLineEdit *m_controlText;
    QPushButton *m_addControl;
    QComboBox *m_verification;
    QPushButton *m_addVerification;
    QLabel *m_verifiedBy;
    QLabel *m_feedback;
    QList<QLabel *> m_formLabels;
    // traceability
    TraceModel *m_trace;
    TraceFilterModel *m_traceFilter;
    QTableView *m_traceView;
    QLineEdit *m_traceSearch;
    QCheckBox *m_onlyGaps;
    QLabel *m_traceSummary;
    BackgroundJob m_traceJob;
    bool m_traceAgain = false;
    QString m_traceError;
    // change control
    QLabel *m_planIntro;
    QPlainTextEdit *m_plan;
    QPushButton *m_storePlan;
    QComboBox *m_modification;
    QComboBox *m_run;
    QPushButton *m_check;
    ChangeCheckModel *m_checks;
    QTableView *m_checkView;
    QLabel *m_modificationLabel;
    QLabel *m_runLabel;

    std::optional<risk::RiskModel> m_model;
    risk::RiskMatrix m_matrix;
    std::optional<Hazard> m_shown; ///< the selected hazard as read, with its row version
    bool m_filling = false;
};

} // namespace vv::ui
