#pragma once

#include "core/Error.h"
#include "store/OutputFile.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace vv {
class ProjectStore;
namespace guidance {
class GuidanceLibrary;
}
} // namespace vv

namespace vv::ui {

class ProjectSession;

/// A registration to write: the format and the files, an empty path not written; an existing file is replaced only
/// with ExistingFile::Replace (the user confirmed it).
struct RegistrationRequest {
    QString format;
    QString jsonPath;
    QString documentPath;
    QString language; ///< "nb" or "en"
    ExistingFile existing = ExistingFile::Refuse;
};

/// The registrations the law asks for, on the packages page (docs/registration.md): pick the format (EU database,
/// EUDAMED UDI, public register) and write its JSON and/or its readable document, with the missing fields named.
class RegistrationPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit RegistrationPanel(ProjectSession *session, QWidget *parent = nullptr);

    /// Fills the requested format from the project and writes the JSON and the readable document (html, pdf or
    /// docx by its suffix). Returns what was written and which fields are missing, in the user's words. Runs on the
    /// packages page's worker thread, with a connection of its own.
    static Result<QString> write(ProjectStore &store, const guidance::GuidanceLibrary &library,
                                 const RegistrationRequest &request);

    QComboBox *formatBox() const { return m_format; }
    QCheckBox *jsonBox() const { return m_json; }
    QCheckBox *documentBox() const { return m_document; }
    QComboBox *documentFormatBox() const { return m_documentFormat; }
    QPushButton *writeButton() const { return m_write; }
    QString statusText() const;

Q_SIGNALS:
    /// The user chose the files; the packages page writes them off the GUI thread and shows the outcome.
    void writeRequested(const vv::ui::RegistrationRequest &request);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void showStatus(const QString &text);
    /// Asks for the files, then writes them.
    void writeChosen();

    ProjectSession *m_session;
    QComboBox *m_format;
    QCheckBox *m_json;
    QCheckBox *m_document;
    QComboBox *m_documentFormat;
    QPushButton *m_write;
    QLabel *m_status;
};

} // namespace vv::ui
