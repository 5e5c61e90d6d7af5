#pragma once

#include "core/Progress.h"
#include "core/LocalizedText.h"
#include "packaging/PackageBuilder.h"
#include "packaging/PackageDiff.h"
#include "ui/BackgroundJob.h"
#include "ui/Page.h"


class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTreeWidget;

namespace vv {
struct ReviewedPackage;
}

namespace vv::ui {

class PackageDiffModel;
class RegistrationPanel;
struct RegistrationRequest;

/// Documentation packages: build a signed package from the project, verify one, see the reviews sent back; in a
/// review project, record findings per requirement; compare two versions of a package.
class PackagesPage : public Page {
    Q_OBJECT
public:
    explicit PackagesPage(ProjectSession *session, QWidget *parent = nullptr);
    ~PackagesPage() override;
    QString pageTitle() const override;

    /// The outcome of a build, verify or compare run off the GUI thread: the text to show, whether it went well,
    /// and for a comparison the changes.
    struct JobOutcome {
        bool ok = false;
        QString text;
        std::optional<std::vector<packaging::PackageChange>> changes;
        std::vector<packaging::PackageWarning> warnings; ///< of a build: what the documents lack
    };

    /// Compares two versions of a package off the GUI thread (packaging::PackageDiff) and shows what changed in
    /// the diff table; the "Compare two packages" button asks for the files and calls this.
    void comparePackages(const QString &older, const QString &newer);
    /// The changes of the last comparison.
    const PackageDiffModel *diffModel() const { return m_diffModel; }
    /// True while a build, verification, comparison or registration runs.
    bool isBusy() const { return m_job.isRunning(); }
    /// Writes a registration off the GUI thread, as a build runs (the outcome in statusText()); false when no
    /// project is open or other work runs.
    bool writeRegistration(const RegistrationRequest &request);

    /// Imports a review file sent back by a regulator onto this project's requirements (review import); an
    /// unsigned one only after the user agrees. The outcome is in statusText().
    Status importReview(const QString &file);
    /// Uses a signing key for the next builds (the key field).
    void setSigningKeyFile(const QString &path);
    QString statusText() const;
    /// Lists what a build's documents lack under the outcome, by document, with links (hidden when nothing).
    void showMissing(const std::vector<packaging::PackageWarning> &warnings);
    /// What the last build's documents lack, each a link to where it is filled in (empty when nothing).
    QTextBrowser *missingView() const { return m_missing; }
    QPushButton *importReviewButton() const { return m_importReview; }
    QPushButton *exportReviewButton() const { return m_exportReview; }
    QPushButton *createKeyButton() const { return m_createKey; }
    QPushButton *buildButton() const { return m_build; }
    QPushButton *cancelButton() const { return m_cancel; }
    /// The registrations (EU database, EUDAMED, public register) written from the project.
    RegistrationPanel *registrationPanel() const { return m_registration; }
    /// The heading and introduction above the page, as shown.
    QString introText() const;
    /// The top rows of the history below: packages built and reviews received, or a review's findings.
    QStringList historyGroups() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void showMark(bool ok);
    /// The heading and introduction: building packages, or reviewing the one the project was made from.
    void showIntro(const ReviewedPackage *reviewed);
    static QString signedByText(const QString &fingerprint);
    void buildPackage();
    void verifyPackage();
    void saveFinding();
    void startJob(const QString &what, std::function<JobOutcome(const CancellationToken &)> job);
    /// Shows how a job ended and enables the buttons again.
    void showOutcome(const JobOutcome &outcome);

    QLabel *m_heading;
    QLabel *m_intro;
    QLabel *m_documentsLabel;
    QListWidget *m_documents;
    QCheckBox *m_html;
    QCheckBox *m_pdf;
    QCheckBox *m_docx;
    QLabel *m_keyLabel;
    QLineEdit *m_key;
    QPushButton *m_browseKey;
    QPushButton *m_build;
    QPushButton *m_verify;
    QPushButton *m_compare;
    QPushButton *m_createKey;
    QPushButton *m_importReview;
    QPushButton *m_exportReview;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    QLabel *m_statusMark = nullptr;
    QTextBrowser *m_missing = nullptr;
    RegistrationPanel *m_registration = nullptr;
    std::map<QString, LocalizedText> m_documentTitles; ///< by document id, for the list of what is missing
    QTreeWidget *m_history;
    QLabel *m_diffHeading;
    QTableView *m_diffView;
    PackageDiffModel *m_diffModel;
    QWidget *m_findingForm;
    QLabel *m_findingHeading;
    QComboBox *m_requirement;
    QComboBox *m_verdict;
    QPlainTextEdit *m_comment;
    QPushButton *m_saveFinding;
    BackgroundJob m_job;
};

} // namespace vv::ui
