#include "ui/DetailsPage.h"

#include "store/DocumentDetailTable.h"
#include "store/ProjectStore.h"
#include "ui/ProjectSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace vv::ui {

using packaging::DetailSpec;
using packaging::DocumentTemplate;
using packaging::TemplateLibrary;

namespace {

/// Bokmål first: the languages' order in the form and in DocumentDetailTable::languages().
QString languageOf(int index)
{
    return DocumentDetailTable::languages().at(index);
}

int indexOfLanguage(const QString &lang)
{
    return int(DocumentDetailTable::languages().indexOf(lang));
}

} // namespace

DetailsPage::DetailsPage(ProjectSession *session, QWidget *parent)
    : Page(session, parent), m_heading(new QLabel(this)), m_intro(new QLabel(this)), m_documentLabel(new QLabel(this)),
      m_document(new QComboBox(this)), m_onlyOpen(new QCheckBox(this)),
      m_languageHeads{new QLabel(this), new QLabel(this)}, m_scroll(new QScrollArea(this)), m_form(new QWidget),
      m_save(new QPushButton(this)), m_revert(new QPushButton(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("details"));
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_heading->setFont(f);
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_documentLabel->setBuddy(m_document);
    m_document->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QLabel *head : m_languageHeads) {
        QFont bold = head->font();
        bold.setBold(true);
        head->setFont(bold);
    }
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(m_form);
    m_scroll->setFrameShape(QFrame::NoFrame);
    new QVBoxLayout(m_form);
    addSaveShortcut(m_save, [this] { (void)save(); });
    m_save->setEnabled(false);
    m_revert->setEnabled(false);

    auto *chooser = new QHBoxLayout;
    chooser->addWidget(m_documentLabel);
    chooser->addWidget(m_document, 1);
    chooser->addSpacing(16);
    chooser->addWidget(m_onlyOpen);
    auto *heads = new QHBoxLayout;
    heads->addWidget(m_languageHeads[0], 1);
    heads->addWidget(m_languageHeads[1], 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addLayout(chooser);
    layout->addLayout(heads);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);

    connect(m_document, &QComboBox::currentIndexChanged, this, &DetailsPage::filter);
    connect(m_onlyOpen, &QCheckBox::toggled, this, &DetailsPage::filter);
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_revert, &QPushButton::clicked, this, &DetailsPage::revert);
    connect(session, &ProjectSession::opened, this, &DetailsPage::projectOpened);
    connect(session, &ProjectSession::closed, this, &DetailsPage::projectClosed);
    connect(session, &ProjectSession::changed, this, [this](const QString &area) {
        // Someone else's change (a review import, the CLI through a reopen) shows unless the user is editing.
        if (area == QStringLiteral("details") && !hasUnsavedChanges())
            (void)load();
    });
    retranslate();
    projectClosed();
}

QString DetailsPage::pageTitle() const
{
    return tr("Document details");
}

void DetailsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

void DetailsPage::retranslate()
{
    m_heading->setText(tr("Document details"));
    m_intro->setText(tr("The texts the documents need that no question asks: the intended purpose, the manufacturer, "
                        "the signatory and more. Write each in Bokmål and in English; a document in a language "
                        "without its text shows the other language's text, marked as not translated."));
    m_documentLabel->setText(tr("&Document:"));
    m_document->setAccessibleName(tr("Document whose details are shown"));
    m_onlyOpen->setText(tr("Only &missing or untranslated"));
    m_languageHeads[0]->setText(tr("Bokmål"));
    m_languageHeads[1]->setText(tr("English"));
    m_save->setText(tr("S&ave"));
    m_save->setToolTip(tr("Save every changed text (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revert->setText(tr("Re&vert"));
    m_revert->setToolTip(tr("Forget the changes and show the saved texts"));
    if (!m_templates)
        return;
    for (auto &[id, box] : m_groups)
        for (const packaging::DetailGroup &g : m_templates->detailGroups())
            if (g.id == id)
                box->setTitle(g.title.current());
    for (Field &f : m_fields) {
        const DetailSpec *spec = m_templates->detail(f.key);
        f.label->setText(spec->label.current());
        f.help->setText(spec->help.current());
        f.help->setVisible(!spec->help.isEmpty());
        for (int i = 0; i < 2; ++i)
            f.editors[i]->setAccessibleName(QStringLiteral("%1 (%2)").arg(spec->label.current(), m_languageHeads[i]->text()));
    }
    fillDocuments();
    updateMarks();
}

void DetailsPage::projectOpened()
{
    build();
    if (auto s = load(); !s)
        m_status->setText(s.error().toString());
    fillDocuments();
    filter();
    setEnabled(true);
}

void DetailsPage::projectClosed()
{
    m_loading = true;
    for (Field &f : m_fields)
        for (int i = 0; i < 2; ++i) {
            f.saved[i].clear();
            setText(f, i, QString());
        }
    m_loading = false;
    m_status->clear();
    updateMarks();
    setEnabled(false);
}

// The form is made once, from the catalogue; a project's texts are loaded into it.
void DetailsPage::build()
{
    if (m_templates)
        return;
    const guidance::GuidanceLibrary *library = session()->library();
    if (!library) {
        m_status->setText(session()->libraryError());
        return;
    }
    auto templates = TemplateLibrary::loadShipped(*library);
    if (!templates) {
        m_status->setText(templates.error().toString());
        return;
    }
    m_templates = std::move(*templates);
    auto *formLayout = static_cast<QVBoxLayout *>(m_form->layout());
    for (const packaging::DetailGroup &g : m_templates->detailGroups()) {
        auto *box = new QGroupBox(m_form);
        new QVBoxLayout(box);
        formLayout->addWidget(box);
        m_groups.emplace_back(g.id, box);
    }
    formLayout->addStretch();
    for (const DetailSpec &spec : m_templates->details())
        for (auto &[id, box] : m_groups)
            if (id == spec.group)
                addField(spec, box);
    retranslate();
}

void DetailsPage::addField(const DetailSpec &spec, QWidget *groupBox)
{
    Field f;
    f.key = spec.key;
    f.group = spec.group;
    f.multiline = spec.multiline;
    f.row = new QWidget(groupBox);
    f.label = new QLabel(f.row);
    QFont bold = f.label->font();
    bold.setBold(true);
    f.label->setFont(bold);
    f.label->setTextFormat(Qt::PlainText);
    f.help = new QLabel(f.row);
    f.help->setWordWrap(true);
    f.help->setTextFormat(Qt::PlainText);
    auto *editors = new QHBoxLayout;
    for (int i = 0; i < 2; ++i) {
        auto *column = new QVBoxLayout;
        if (spec.multiline) {
            auto *edit = new QPlainTextEdit(f.row);
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
            connect(edit, &QPlainTextEdit::textChanged, this, &DetailsPage::updateMarks);
            f.editors[i] = edit;
        } else {
            auto *edit = new QLineEdit(f.row);
            connect(edit, &QLineEdit::textChanged, this, &DetailsPage::updateMarks);
            f.editors[i] = edit;
        }
        f.editors[i]->setObjectName(QStringLiteral("%1.%2").arg(spec.key, languageOf(i)));
        f.marks[i] = new QLabel(f.row);
        f.marks[i]->setTextFormat(Qt::PlainText);
        column->addWidget(f.editors[i]);
        column->addWidget(f.marks[i]);
        column->addStretch(); // the two fields stay level when only one has a mark under it
        editors->addLayout(column, 1);
    }
    auto *rowLayout = new QVBoxLayout(f.row);
    rowLayout->setContentsMargins(0, 4, 0, 4);
    rowLayout->addWidget(f.label);
    rowLayout->addWidget(f.help);
    rowLayout->addLayout(editors);
    groupBox->layout()->addWidget(f.row);
    m_fields.push_back(f);
}

Status DetailsPage::load()
{
    ProjectStore *store = session()->store();
    if (!store || !m_templates)
        return {};
    auto all = DocumentDetailTable(*store).all();
    if (!all)
        return all.error();
    std::map<QString, LocalizedText> byKey;
    for (const DocumentDetail &d : *all)
        byKey[d.key] = d.text;
    m_loading = true;
    for (Field &f : m_fields) {
        const auto it = byKey.find(f.key);
        const LocalizedText t = it == byKey.end() ? LocalizedText{} : it->second;
        f.saved[0] = t.nb;
        f.saved[1] = t.en;
        for (int i = 0; i < 2; ++i)
            setText(f, i, f.saved[i]);
    }
    m_loading = false;
    // A sealed review project shows the vendor's texts, but cannot change them.
    const Status may = store->mayChange();
    for (Field &f : m_fields)
        for (QWidget *e : f.editors) {
            if (auto *line = qobject_cast<QLineEdit *>(e))
                line->setReadOnly(!may.ok());
            else if (auto *plain = qobject_cast<QPlainTextEdit *>(e))
                plain->setReadOnly(!may.ok());
        }
    if (!may.ok())
        m_status->setText(may.error().toString());
    updateMarks();
    return {};
}

void DetailsPage::fillDocuments()
{
    if (!m_templates)
        return;
    const QString current = m_document->currentData().toString();
    const QSignalBlocker blocker(m_document);
    m_document->clear();
    m_document->addItem(tr("Every detail"), QString());
    for (const DocumentTemplate &doc : m_templates->documents()) {
        int missing = 0;
        for (const QString &key : doc.detailKeys())
            if (const Field *f = field(key); f && f->saved[0].trimmed().isEmpty() && f->saved[1].trimmed().isEmpty())
                ++missing;
        m_document->addItem(missing ? tr("%1 (%n not filled in)", nullptr, missing).arg(doc.title.current())
                                    : doc.title.current(),
                            doc.id);
    }
    m_document->setCurrentIndex(std::max(0, m_document->findData(current)));
}

// Shows the fields of the chosen document, in the catalogue's groups; with "only missing or untranslated", those
// whose text is missing in a language.
void DetailsPage::filter()
{
    if (!m_templates)
        return;
    const QString id = m_document->currentData().toString();
    const DocumentTemplate *doc = id.isEmpty() ? nullptr : m_templates->document(id);
    const QStringList keys = doc ? doc->detailKeys() : QStringList();
    std::map<QString, bool> groupShown;
    for (Field &f : m_fields) {
        const bool open = text(f, 0).trimmed().isEmpty() || text(f, 1).trimmed().isEmpty();
        const bool shown = (!doc || keys.contains(f.key)) && (!m_onlyOpen->isChecked() || open);
        f.row->setVisible(shown);
        groupShown[f.group] = groupShown[f.group] || shown;
    }
    for (auto &[group, box] : m_groups)
        box->setVisible(groupShown[group]);
}

void DetailsPage::updateMarks()
{
    if (m_loading)
        return;
    bool dirty = false;
    for (Field &f : m_fields) {
        const QString texts[2] = {text(f, 0).trimmed(), text(f, 1).trimmed()};
        for (int i = 0; i < 2; ++i) {
            const bool changed = text(f, i) != f.saved[i];
            dirty = dirty || changed;
            QString mark;
            if (texts[i].isEmpty())
                mark = texts[1 - i].isEmpty() ? tr("Missing") : tr("Not translated");
            if (changed)
                mark = mark.isEmpty() ? tr("Changed, not saved") : tr("%1 · changed, not saved").arg(mark);
            f.marks[i]->setText(mark);
            f.marks[i]->setVisible(!mark.isEmpty());
        }
    }
    const bool editable = session()->store() && session()->store()->mayChange().ok();
    m_save->setEnabled(dirty && editable);
    m_revert->setEnabled(dirty);
}

QString DetailsPage::text(const Field &f, int lang) const
{
    if (auto *line = qobject_cast<QLineEdit *>(f.editors[lang]))
        return line->text();
    return static_cast<QPlainTextEdit *>(f.editors[lang])->toPlainText();
}

void DetailsPage::setText(Field &f, int lang, const QString &value)
{
    if (auto *line = qobject_cast<QLineEdit *>(f.editors[lang]))
        line->setText(value);
    else
        static_cast<QPlainTextEdit *>(f.editors[lang])->setPlainText(value);
}

const DetailsPage::Field *DetailsPage::field(const QString &key) const
{
    for (const Field &f : m_fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

bool DetailsPage::hasUnsavedChanges() const
{
    for (const Field &f : m_fields)
        for (int i = 0; i < 2; ++i)
            if (text(f, i) != f.saved[i])
                return true;
    return false;
}

Status DetailsPage::save()
{
    ProjectStore *store = session()->store();
    if (!store)
        return {};
    std::vector<DetailText> changes;
    for (const Field &f : m_fields)
        for (int i = 0; i < 2; ++i)
            if (text(f, i) != f.saved[i])
                changes.push_back({f.key, languageOf(i), text(f, i)});
    if (changes.empty())
        return {};
    auto changed = DocumentDetailTable(*store).set(changes);
    if (!changed) {
        m_status->setText(tr("Not saved: %1").arg(changed.error().toString()));
        return changed.error();
    }
    for (Field &f : m_fields)
        for (int i = 0; i < 2; ++i)
            f.saved[i] = text(f, i);
    m_status->setText(tr("Saved %n text(s).", nullptr, *changed));
    updateMarks();
    fillDocuments();
    session()->notifyChanged(QStringLiteral("details"));
    return {};
}

void DetailsPage::revert()
{
    m_loading = true;
    for (Field &f : m_fields)
        for (int i = 0; i < 2; ++i)
            setText(f, i, f.saved[i]);
    m_loading = false;
    m_status->clear();
    updateMarks();
}

bool DetailsPage::leave()
{
    return !hasUnsavedChanges() ||
           askToSaveBeforeLeaving(tr("Unsaved document details"),
                                  tr("Some document details are changed but not saved. Save them before leaving the page?"),
                                  [this] { return save().ok(); }, [this] { revert(); });
}

bool DetailsPage::showField(const QString &document, const QString &key, const QString &lang)
{
    const int docIndex = m_document->findData(document);
    const Field *f = field(key);
    if (docIndex < 0 || !f)
        return false;
    if (!document.isEmpty() && !m_templates->document(document)->detailKeys().contains(key))
        return false;
    m_document->setCurrentIndex(docIndex);
    if (!f->row->isVisibleTo(this)) // complete, and "only missing or untranslated" hides it
        m_onlyOpen->setChecked(false);
    int i = indexOfLanguage(lang);
    if (i < 0)
        i = text(*f, 0).trimmed().isEmpty() || !text(*f, 1).trimmed().isEmpty() ? 0 : 1;
    QWidget *editor = f->editors[i];
    editor->setFocus(Qt::OtherFocusReason);
    // The filter just showed and hid rows: lay the groups and the form out now, so that the scroll finds the row.
    for (auto &[group, box] : m_groups)
        box->layout()->activate();
    m_form->layout()->activate();
    m_scroll->ensureWidgetVisible(f->row);
    // The layout of a newly shown group settles on the next pass of the event loop; scroll there again then.
    QTimer::singleShot(0, this, [this, editor] { m_scroll->ensureWidgetVisible(editor); });
    return true;
}

QWidget *DetailsPage::editor(const QString &key, const QString &lang) const
{
    const Field *f = field(key);
    const int i = indexOfLanguage(lang);
    return f && i >= 0 ? f->editors[i] : nullptr;
}

QString DetailsPage::statusText() const
{
    return m_status->text();
}

} // namespace vv::ui
