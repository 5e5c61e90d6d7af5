#pragma once

#include "monitoring/IncidentRules.h"
#include "store/DeviationTable.h"
#include "ui/DeviationModels.h"
#include "ui/Page.h"

#include <map>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace vv::ui {

class DeviationListModel;
class MessageBar;
class OpenDeviationDialog;

/// Deviations and incidents ("Avvik og hendelser"): the register with each incident's next report due, and the
/// selected deviation's form, carried from discovery to a checked correction.
class DeviationsPage : public Page {
    Q_OBJECT
public:
    explicit DeviationsPage(ProjectSession *session, QWidget *parent = nullptr);
    QString pageTitle() const override;

    /// Reads the register again; the form keeps the selected deviation and shows its stored version.
    void refresh();
    /// Selects a deviation in the register and shows it in the form; false when there is none with that id.
    bool select(qint64 id);
    /// Saves the form, based on the version it was read at; true when it was saved.
    bool save();
    /// Saves the form and closes the deviation; true when it was closed.
    bool closeDeviation();
    /// Asks for a new deviation's title, severity and owner (non-blocking) and opens it when accepted.
    OpenDeviationDialog *newDeviation();

    DeviationListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    MessageBar *messages() const { return m_messages; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *assessmentEdit() const { return m_assessment; }
    QPlainTextEdit *causeEdit() const { return m_cause; }
    QPlainTextEdit *correctionEdit() const { return m_correction; }
    QPlainTextEdit *closingCheckEdit() const { return m_check; }
    QPushButton *saveButton() const { return m_save; }
    QComboBox *hazardBox() const { return m_hazard; }
    QPushButton *closeButton() const { return m_close; }
    /// The deviation the form shows, as it was read (its row version included).
    const std::optional<Deviation> &shown() const { return m_shown; }
    /// Why incident deadlines cannot be shown (the reporting rules could not be read), or empty.
    QString rulesProblem() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSelected();
    void fillForm(const std::optional<Deviation> &d);
    Deviation formContents() const;
    void fillHazards();
    /// Whether the form differs from the deviation as it was read.
    bool formChanged() const;
    Status write(const Deviation &d);
    std::map<qint64, NextReport> nextReports();
    const monitoring::IncidentRules *rules();
    void updateButtons();
    void showError(const Error &error);
    bool m_filling = false; ///< the form or the register is being filled, not changed by the user

    MessageBar *m_messages;
    QLabel *m_heading;
    QLabel *m_intro;
    QLabel *m_rulesLabel;
    QTableView *m_view;
    DeviationListModel *m_model;
    QPushButton *m_new;
    QLabel *m_formHeading;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_severity;
    QComboBox *m_hazard = nullptr; ///< the hazard of the risk file the deviation touches (ISO 14971 clause 10)
    QLineEdit *m_owner;
    QPlainTextEdit *m_assessment;
    QPlainTextEdit *m_cause;
    QPlainTextEdit *m_correction;
    QPlainTextEdit *m_check;
    QPushButton *m_save;
    QPushButton *m_close;
    std::vector<QLabel *> m_labels; ///< the form's labels, top to bottom
    std::optional<Deviation> m_shown;
    std::optional<monitoring::IncidentRules> m_rules;
    bool m_rulesTried = false;
    QString m_rulesError;
};

} // namespace vv::ui
