#pragma once

#include "ui/Page.h"

class QFormLayout;
class QLabel;
class QPushButton;

namespace vv::ui {

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void verifyAudit();

    QLabel *m_heading;
    QFormLayout *m_form;
    QLabel *m_name, *m_systemVersion, *m_role, *m_schema, *m_created, *m_modified, *m_audit, *m_files, *m_location;
    QLabel *m_member; ///< who this user is in the project and what they may do
    QLabel *m_chainState;
    QPushButton *m_verify;
};

} // namespace vv::ui
