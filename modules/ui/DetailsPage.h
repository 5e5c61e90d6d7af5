#pragma once

#include "packaging/TemplateLibrary.h"
#include "ui/Page.h"

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace vv::ui {

/// The document details (templates/details.json): the texts a document needs that no question asks, as a form. A
/// document chooser shows the details of one document, grouped as the catalogue groups them, each with its label,
/// help text and a Bokmål and an English field side by side, marked where a text is missing or not translated.
/// Changes are saved together (audited, DocumentDetailTable); leaving with unsaved changes asks first.
class DetailsPage : public Page {
    Q_OBJECT
public:
    explicit DetailsPage(ProjectSession *session, QWidget *parent = nullptr);
    QString pageTitle() const override;
    bool leave() override;

    /// Shows a document's details (an empty id: every detail) and puts the cursor in a detail's field, in lang
    /// ("nb" or "en"; empty: the first language without a text). False when the document or detail is unknown.
    bool showField(const QString &document, const QString &key, const QString &lang = {});
    bool hasUnsavedChanges() const;
    /// Saves every changed text in one audited transaction; the message bar of the page says what happened.
    Status save();
    /// Forgets the changes and shows the saved texts again.
    void revert();

    /// The field of a detail in a language, for tests: a QLineEdit or QPlainTextEdit, or nullptr.
    QWidget *editor(const QString &key, const QString &lang) const;
    QComboBox *documentChooser() const { return m_document; }
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    /// One detail of the catalogue: its widgets and the texts last saved.
    struct Field {
        QString key;
        QString group;
        bool multiline = true;
        QWidget *row = nullptr;
        QLabel *label = nullptr;
        QLabel *help = nullptr;
        QWidget *editors[2] = {nullptr, nullptr};
        QLabel *marks[2] = {nullptr, nullptr};
        QString saved[2];
    };

    void retranslate();
    void projectOpened();
    void projectClosed();
    void build();
    void addField(const packaging::DetailSpec &spec, QWidget *groupBox);
    Status load();
    void fillDocuments();
    void filter();
    void updateMarks();
    QString text(const Field &f, int lang) const;
    void setText(Field &f, int lang, const QString &value);
    const Field *field(const QString &key) const;

    std::optional<packaging::TemplateLibrary> m_templates;
    std::vector<Field> m_fields;
    std::vector<std::pair<QString, QGroupBox *>> m_groups;
    bool m_loading = false;

    QLabel *m_heading;
    QLabel *m_intro;
    QLabel *m_documentLabel;
    QComboBox *m_document;
    QCheckBox *m_onlyOpen;
    QLabel *m_languageHeads[2];
    QScrollArea *m_scroll;
    QWidget *m_form;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_status;
};

} // namespace vv::ui
