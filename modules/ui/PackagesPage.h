#pragma once

#include "core/Progress.h"
#include "ui/Page.h"

#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace vv::ui {

/// Documentation packages: build a signed package from the project, verify one, see the reviews sent back; in a
/// review project, record findings per requirement.
class PackagesPage : public Page {
    Q_OBJECT
public:
    explicit PackagesPage(ProjectSession *session, QWidget *parent = nullptr);
    ~PackagesPage() override;
    QString pageTitle() const override;

    /// The outcome of a build or verify run off the GUI thread: the text to show, and whether it went well.
    struct JobOutcome {
        bool ok = false;
        QString text;
    };

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void buildPackage();
    void verifyPackage();
    void saveFinding();
    void startJob(const QString &what, std::function<JobOutcome(const CancellationToken &)> job);

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
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    QTreeWidget *m_history;
    QWidget *m_findingForm;
    QLabel *m_findingHeading;
    QComboBox *m_requirement;
    QComboBox *m_verdict;
    QPlainTextEdit *m_comment;
    QPushButton *m_saveFinding;
    QFutureWatcher<JobOutcome> m_watcher;
    CancellationToken m_cancelToken;
};

} // namespace vv::ui
