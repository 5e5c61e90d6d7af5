#pragma once

#include "ui/Page.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace vv::ui {

class EvidenceListModel;
class MessageBar;
class ReviewPanel;

/// One requirement: its text, sources, role, agency and the evidence it expects; the team's status (not
/// applicable only with a justification), owner, due date and notes; the evidence linked to it, also through the
/// crosswalk; and, after a pack update, a banner to confirm that it still holds. Each change is saved when made.
/// In a review project the team's fields are read-only and the reviewer's finding and the package's documents show.
class RequirementPage : public Page {
    Q_OBJECT
public:
    explicit RequirementPage(ProjectSession *session, QWidget *parent = nullptr);
    QString pageTitle() const override;

    void showRequirement(const QString &urn);
    QString urn() const { return m_urn; }

    QComboBox *statusBox() const { return m_status; }
    QPlainTextEdit *justificationEdit() const { return m_justification; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QCheckBox *hasDueBox() const { return m_hasDue; }
    QDateEdit *dueEdit() const { return m_due; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QTableView *evidenceView() const { return m_evidenceView; }
    EvidenceListModel *evidenceModel() const { return m_evidence; }
    QComboBox *evidenceChoice() const { return m_choice; }
    QPushButton *linkButton() const { return m_link; }
    QPushButton *unlinkButton() const { return m_unlink; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *confirmButton() const { return m_confirm; }
    QString titleText() const;
    QString bodyText() const;
    QString reviewText() const;
    QString applicabilityText() const;
    QLabel *applicabilityLabel() const { return m_applicability; }
    QString crosswalkText() const;
    QString messageText() const;
    /// The reviewer's finding and the package's documents (shown only in a review project).
    ReviewPanel *reviewPanel() const { return m_reviewPanel; }
    /// The note that this is a review of a package (empty outside a review project).
    QString reviewNoteText() const;
    /// The findings on this requirement from reviews the vendor imported (`review import`); empty when none.
    QString receivedFindingsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void fillForm();
    void fillReceivedFindings();
    void saveState();
    void statusChosen();
    void linkChosen();
    void unlinkSelected();
    void openSelected();
    void updateButtons();
    bool isReview() const;

    QString m_urn;
    bool m_filling = false;
    MessageBar *m_messages;
    QLabel *m_where, *m_title, *m_urnLabel, *m_review, *m_applicability, *m_changedBy, *m_crosswalk;
    QPushButton *m_confirm;
    QTextBrowser *m_body;
    QGroupBox *m_stateBox, *m_evidenceBox;
    QComboBox *m_status;
    QLabel *m_justificationLabel;
    QPlainTextEdit *m_justification;
    QLineEdit *m_owner;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
    QPlainTextEdit *m_notes;
    QList<QLabel *> m_formLabels;
    EvidenceListModel *m_evidence;
    QTableView *m_evidenceView;
    QLabel *m_noEvidence = nullptr; ///< instead of an empty table
    QComboBox *m_choice;
    QPushButton *m_link, *m_unlink, *m_open;
    QLabel *m_reviewNote;
    QGroupBox *m_receivedBox;  ///< findings from imported reviews (the vendor's side)
    QLabel *m_received;
    ReviewPanel *m_reviewPanel;
};

} // namespace vv::ui
