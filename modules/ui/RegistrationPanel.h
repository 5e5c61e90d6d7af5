#pragma once

#include "core/Error.h"
#include "store/OutputFile.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace vv::ui {

class ProjectSession;

/// The registrations the law asks for, on the packages page (docs/registration.md): pick the format (EU database,
/// EUDAMED UDI, public register) and write its JSON and/or its readable document, with the missing fields named.
class RegistrationPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit RegistrationPanel(ProjectSession *session, QWidget *parent = nullptr);

    /// Fills the chosen format from the open project and writes the JSON to jsonPath and the readable document to
    /// documentPath (html, pdf or docx by its suffix); an empty path is not written. An existing file is replaced
    /// only with ExistingFile::Replace (the user confirmed it). The outcome is in statusText().
    Status write(const QString &format, const QString &jsonPath, const QString &documentPath, ExistingFile existing);

    QComboBox *formatBox() const { return m_format; }
    QCheckBox *jsonBox() const { return m_json; }
    QCheckBox *documentBox() const { return m_document; }
    QComboBox *documentFormatBox() const { return m_documentFormat; }
    QPushButton *writeButton() const { return m_write; }
    QString statusText() const;

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
