#pragma once

#include "core/Error.h"
#include "core/Progress.h"
#include "packaging/Review.h"
#include "ui/BackgroundJob.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace vv {
class ProjectStore;
}

namespace vv::ui {

/// "Open a package for review…": the regulator's start, as `review open` does it. Verifies a package (against the
/// sender's public key when one is given) and makes a sealed review project from it, off the GUI thread with
/// progress and cancel; the main window then opens the project.
class ReviewOpenDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReviewOpenDialog(QWidget *parent = nullptr);
    ~ReviewOpenDialog() override;

    /// Checks the form and starts making the review project; problemText() says why when it cannot start.
    void start();
    void cancel();
    bool isRunning() const { return m_job.isRunning(); }

    /// What was made, once the dialog is accepted.
    const std::optional<packaging::ReviewOpened> &opened() const { return m_opened; }
    /// A sentence on what was verified and by whose key, for the main window to show with the project.
    QString verificationText() const;
    QString problemText() const;

    QLineEdit *packageEdit() const { return m_package; }
    QLineEdit *projectEdit() const { return m_project; }
    QLineEdit *reviewerEdit() const { return m_reviewer; }
    QLineEdit *organisationEdit() const { return m_organisation; }
    QLineEdit *publicKeyEdit() const { return m_publicKey; }
    QPushButton *startButton() const { return m_start; }

    void reject() override;

Q_SIGNALS:
    /// The review project is made (the dialog is accepted), or making it failed or was cancelled.
    void reviewFinished(bool ok);

private:
    void updateState();
    void done(const Result<packaging::ReviewOpened> &result);

    QLineEdit *m_package, *m_project, *m_reviewer, *m_organisation, *m_publicKey;
    QLabel *m_problem;
    QProgressBar *m_progress;
    QPushButton *m_start;
    BackgroundJob m_job;
    std::optional<packaging::ReviewOpened> m_opened;
};

/// "Export the review…": who reviewed, the summary, and the signed review file to send back to the vendor, as
/// `review export` writes it.
class ReviewExportDialog : public QDialog {
    Q_OBJECT
public:
    /// store is the open review project.
    explicit ReviewExportDialog(ProjectStore *store, QWidget *parent = nullptr);

    /// Saves the reviewer's fields and writes the review file from the form; on success the dialog is accepted.
    void exportFromForm();
    /// What was written, once accepted.
    QString resultText() const { return m_result; }
    QString problemText() const;

    QLineEdit *reviewerEdit() const { return m_reviewer; }
    QLineEdit *organisationEdit() const { return m_organisation; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *outEdit() const { return m_out; }
    QPushButton *exportButton() const { return m_export; }

private:
    void updateState();

    ProjectStore *m_store;
    QLineEdit *m_reviewer, *m_organisation;
    QPlainTextEdit *m_summary;
    QLineEdit *m_key, *m_out;
    QLabel *m_problem;
    QPushButton *m_export;
    QString m_result;
};

} // namespace vv::ui
