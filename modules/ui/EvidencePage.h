#pragma once

#include "ui/EvidenceImportJob.h"
#include "ui/Page.h"

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMimeData;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace vv::ui {

class RequirementPicker;
namespace Ui {
class EvidencePage;
}

class EvidenceModel;
class EvidenceViewer;
class MessageBar;

/// The evidence library: import by drag and drop or dialogs (in the background, with progress and cancel), the
/// list with PII and staleness flags, metadata editing, links to requirements and a viewer for the content.
class EvidencePage : public Page {
    Q_OBJECT
public:
    explicit EvidencePage(ProjectSession *session, QWidget *parent = nullptr);
    ~EvidencePage() override;
    QString pageTitle() const override;
    QIcon pageIcon() const override;

    /// Starts importing files and folders in the background; false when an import is running or no project is open.
    bool importPaths(const QStringList &paths);
    void cancelImport();
    bool isImporting() const;

    void selectItem(qint64 id);
    /// Selects an item and shows its content in the viewer.
    void openItem(qint64 id);
    /// The selected item's id, or 0.
    qint64 currentId() const;
    Status linkCurrent(const QString &urn);
    Status unlinkCurrent(const QString &urn);
    Status confirmPiiForCurrent(const QString &reason);
    Status removeCurrent(bool purgeContent);
    Status exportCurrent(const QString &path);

    EvidenceModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    EvidenceViewer *viewer() const { return m_viewer; }
    QLineEdit *titleEdit() const;
    QComboBox *kindBox() const;
    QComboBox *stateBox() const;
    QLineEdit *urnEdit() const { return m_urn; }
    RequirementPicker *requirementPicker() const { return m_picker; }
    QListWidget *linkList() const { return m_links; }
    /// The PII warning shown for the selected item, or empty.
    QString piiWarning() const;
    /// The staleness warning shown for the selected item, or empty.
    QString stalenessWarning() const;
    QString messageText() const;

Q_SIGNALS:
    void importFinished(bool ok);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Runs action on the selected item; when it reports a change, the other pages hear of it.
    Status onCurrentItem(const std::function<Result<bool>(evidence::EvidenceLibrary &, qint64)> &action);
    void retranslate();
    void reload();
    /// The requirements column as wide as its titles, up to half the room the short columns leave: the item's own
    /// title comes first.
    void fitRequirementsColumn();
    void showCurrent();
    void fillDetails(const evidence::EvidenceStatus *status);
    void saveDetails();
    void importFiles();
    void importFolder();
    void exportDialog();
    void removeDialog();
    void confirmPiiDialog();
    void linkFromEdit();
    void unlinkSelected();
    void importDone(const ImportOutcome &outcome);
    void setEditable(bool editable);
    void showError(const Error &error);
    void showInfo(const QString &text);
    static QStringList localPaths(const QMimeData *mime);

    EvidenceModel *m_model;
    QSortFilterProxyModel *m_proxy;
    EvidenceImportJob *m_job;
    MessageBar *m_messages;
    QLabel *m_heading, *m_dropHint;
    QPushButton *m_importFiles, *m_importFolder, *m_export, *m_remove;
    QLineEdit *m_filter;
    QWidget *m_progressRow;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QPushButton *m_cancel;
    QTableView *m_table;
    QTabWidget *m_tabs;
    /// The details tab: the warnings and the metadata form, laid out in EvidencePage.ui.
    std::unique_ptr<Ui::EvidencePage> m_form;
    QWidget *m_detailsTab, *m_linksTab;
    QListWidget *m_links;
    QLineEdit *m_urn;
    RequirementPicker *m_picker;
    QPushButton *m_link, *m_unlink;
    QLabel *m_crosswalk;
    EvidenceViewer *m_viewer;
    bool m_filling = false;
    /// The version of the item the form shows, so that saving over someone else's newer change is a conflict.
    std::optional<qint64> m_shownVersion;
    qint64 m_shownId = 0;
};

} // namespace vv::ui
