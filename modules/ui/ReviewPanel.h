#pragma once

#include "core/Error.h"
#include "guidance/Pack.h"
#include "store/ReviewTable.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

#include <map>
#include <memory>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace vv {
class WorkFolder;
}

namespace vv::ui {

class EvidenceViewer;
class MessageBar;
class ProjectSession;

/// The reviewer's side of one requirement in a review project (docs/packages.md, "Review"): the finding recorded on
/// it and a form to record or change it, and the package's documents to read. The requirement page shows it in
/// place of the team's editing when the open project is a review project.
class ReviewPanel : public QWidget {
    Q_OBJECT
public:
    ReviewPanel(ProjectSession *session, MessageBar *messages, QWidget *parent = nullptr);
    ~ReviewPanel() override;

    /// Shows the finding on urn; empty urn shows none.
    void showRequirement(const QString &urn);
    /// Reads the finding and the package's documents again (after a change anywhere).
    void refresh();

    /// The package under review, or nullopt when the open project is not a review project.
    const std::optional<ReviewedPackage> &package() const { return m_package; }
    /// One sentence for the top of a page: this is a review of package X, signed by Y, and what can be changed.
    QString packageNote() const;

    /// Records the finding in the form on the shown requirement; a deficiency or question needs a comment.
    Status saveFinding();
    /// Removes the finding on the shown requirement.
    Status removeFinding();

    /// Writes a file of the package into this panel's private folder (removed with the panel) and returns its path.
    Result<QString> extractDocument(const QString &path);
    /// Shows a document of the package in a window of its own: HTML as text, PDF page by page; anything else opens
    /// in the desktop's program for it.
    void openDocument(const QString &path);

    QComboBox *verdictBox() const { return m_verdict; }
    QPlainTextEdit *commentEdit() const { return m_comment; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *removeButton() const { return m_remove; }
    QString findingText() const;
    QListWidget *documentList() const { return m_documents; }
    QPushButton *openDocumentButton() const { return m_open; }
    /// The window of the last document opened, or nullptr.
    QDialog *documentWindow() const { return m_window; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillDocuments();

    ProjectSession *m_session;
    MessageBar *m_messages;
    QString m_urn;
    std::optional<ReviewedPackage> m_package;
    std::optional<ReviewFinding> m_finding;
    QGroupBox *m_findingBox, *m_documentsBox;
    QLabel *m_current, *m_verdictLabel, *m_commentLabel, *m_noDocuments;
    QComboBox *m_verdict;
    QPlainTextEdit *m_comment;
    QPushButton *m_save, *m_remove, *m_open;
    QListWidget *m_documents;
    std::map<QString, guidance::LocalizedText> m_documentTitles;
    std::unique_ptr<WorkFolder> m_folder;
    QPointer<QDialog> m_window;
};

/// A document of a package under review, shown read-only: HTML in a text view, PDF page by page, with a button
/// to open it in the desktop's own program for the full layout.
class PackageDocumentWindow : public QDialog {
    Q_OBJECT
public:
    PackageDocumentWindow(const QString &path, const QByteArray &content, const QString &localFile,
                          QWidget *parent = nullptr);

    /// The HTML view (nullptr for a PDF).
    QTextBrowser *htmlView() const { return m_html; }
    /// The PDF view (nullptr for HTML).
    EvidenceViewer *pdfView() const { return m_pdf; }

private:
    QTextBrowser *m_html = nullptr;
    EvidenceViewer *m_pdf = nullptr;
};

} // namespace vv::ui
