#pragma once

#include "ui/Links.h"
#include "ui/Page.h"

class QFormLayout;
class QLabel;
class QPushButton;

namespace vv::ui {

/// What the overview counts to suggest the next step.
struct ProjectState {
    bool assessed = false;   ///< false while the guidance or the project's progress cannot be read
    int reportsOverdue = 0;  ///< incident reports past their deadline and not sent
    int reportsPending = 0;  ///< incident reports not sent (the overdue ones included)
    int alarmsOpen = 0;      ///< monitoring alarms not yet taken on as a deviation
    int deviationsOpen = 0;
    int questionsNeeded = 0; ///< walkthrough questions still needed to decide what applies
    QString firstQuestion;
    int lackingEvidence = 0; ///< requirements that apply with no evidence
    QString firstLacking;
    int requirementsOpen = 0; ///< requirements that apply and are neither met nor set aside
    int packagesBuilt = 0;
};

/// One suggestion: what to do and why, the button's text, and where the button leads.
struct NextStep {
    QString text;
    QString action;
    LinkTarget target;
};

/// The overview of an open project: name, system version, role, schema, audit entries and the chain's state.
class ProjectOverviewPage : public Page {
    Q_OBJECT
public:
    explicit ProjectOverviewPage(ProjectSession *session, QWidget *parent = nullptr);
    QString pageTitle() const override;
    void refresh();

    QString nameText() const;
    QString auditText() const;
    /// Where the project is: the project file's absolute path, or the team database's address.
    QString locationText() const;
    /// Who the user is in the project and what they may do.
    QString memberText() const;
    QString nextStepText() const;
    QPushButton *nextStepButton() const { return m_nextAction; }

    /// The most pressing step for a project in this state: legal deadlines and alarms first, then the walkthrough,
    /// evidence, the requirements' work and a package.
    static NextStep nextStep(const ProjectState &state);
    /// The open project's state; alarms as last set with setOpenAlarms().
    ProjectState projectState();
    /// The monitoring page computes the alarms in the background and tells the overview.
    void setOpenAlarms(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void verifyAudit();

    QLabel *m_heading;
    // The next step is made first, so that it comes first in the focus chain (F6 and Tab reach it first).
    QLabel *m_nextHeading, *m_nextText;
    QPushButton *m_nextAction;
    QFormLayout *m_form;
    QLabel *m_name, *m_systemVersion, *m_role, *m_schema, *m_created, *m_modified, *m_audit, *m_files, *m_location;
    QLabel *m_member; ///< who this user is in the project and what they may do
    QLabel *m_chainState;
    QPushButton *m_verify;
    LinkTarget m_nextTarget;
    int m_alarmsOpen = 0;
};

} // namespace vv::ui
