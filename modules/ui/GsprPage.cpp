#include "ui/GsprPage.h"

#include "store/EvidenceTable.h"
#include "store/ProjectStore.h"
#include "ui/GsprModel.h"
#include "ui/ProjectSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace vv::ui {

using packaging::GsprChecklist;

namespace {

/// Whether a point applies and which evidence item proves it are chosen from a list, never typed: a typed "ja"
/// or a mistyped number would only be refused on saving.
class GsprChoiceDelegate : public QStyledItemDelegate {
public:
    GsprChoiceDelegate(GsprModel *model, QObject *parent) : QStyledItemDelegate(parent), m_model(model) {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != GsprModel::Applies && index.column() != GsprModel::Evidence)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *box = new QComboBox(parent);
        if (index.column() == GsprModel::Applies) {
            box->addItem(GsprModel::tr("Not decided"), QString());
            box->addItem(GsprModel::tr("Yes"), QStringLiteral("yes"));
            box->addItem(GsprModel::tr("No"), QStringLiteral("no"));
        } else {
            box->addItem(GsprModel::tr("None"), QString());
            for (const auto &[id, title] : m_model->evidenceTitles())
                box->addItem(QStringLiteral("#%1 %2").arg(id).arg(title), QString::number(id));
        }
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor)) {
            const int i = box->findData(index.data(Qt::EditRole).toString());
            box->setCurrentIndex(i < 0 ? 0 : i);
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, box->currentData(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    GsprModel *m_model;
};

} // namespace

GsprPage::GsprPage(ProjectSession *session, QWidget *parent)
    : Page(session, parent), m_model(new GsprModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_heading(new QLabel(this)), m_intro(new QLabel(this)), m_onlyLacking(new QCheckBox(this)),
      m_counts(new QLabel(this)), m_table(new QTableView(this)), m_save(new QPushButton(this)),
      m_revert(new QPushButton(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("gspr"));
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_heading->setFont(f);
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(GsprModel::LackingRole);
    m_proxy->setFilterKeyColumn(GsprModel::Status);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new GsprChoiceDelegate(m_model, m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(GsprModel::Point, 60);
    m_table->setColumnWidth(GsprModel::Requirement, 320);
    m_table->setColumnWidth(GsprModel::Applies, 100);
    m_table->setColumnWidth(GsprModel::Status, 170);
    for (int c : {GsprModel::ReasonNb, GsprModel::ReasonEn, GsprModel::MethodNb, GsprModel::MethodEn})
        m_table->setColumnWidth(c, 200);
    m_table->setColumnWidth(GsprModel::Standards, 160);
    m_table->setColumnWidth(GsprModel::Evidence, 180);
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    addSaveShortcut(m_save, [this] { (void)save(); });

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_onlyLacking);
    filterRow->addStretch();
    filterRow->addWidget(m_counts);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_onlyLacking, &QCheckBox::toggled, this,
            [this](bool only) { m_proxy->setFilterFixedString(only ? QStringLiteral("true") : QString()); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &GsprPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GsprPage::updateState);
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_revert, &QPushButton::clicked, this, &GsprPage::revert);
    connect(session, &ProjectSession::opened, this, &GsprPage::projectOpened);
    connect(session, &ProjectSession::closed, this, &GsprPage::projectClosed);
    connect(session, &ProjectSession::changed, this, [this](const QString &area) {
        if ((area == QStringLiteral("details") || area == QStringLiteral("evidence")) && !hasUnsavedChanges())
            (void)load();
    });
    retranslate();
    projectClosed();
}

QString GsprPage::pageTitle() const
{
    return tr("GSPR checklist");
}

void GsprPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

void GsprPage::retranslate()
{
    m_heading->setText(tr("GSPR checklist (MDR Annex II 4)"));
    m_intro->setText(tr("For every general safety and performance requirement of MDR Annex I: whether it applies to "
                        "the device and, if not, why; how conformity is shown; the harmonised standards or common "
                        "specifications applied; and the evidence item that is the controlled document proving it. "
                        "The MDR technical file prints the table. Double-click a cell to edit it."));
    m_onlyLacking->setText(tr("Only points that &lack something"));
    m_save->setText(tr("S&ave"));
    m_save->setToolTip(tr("Save every changed cell (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revert->setText(tr("Re&vert"));
    m_revert->setToolTip(tr("Forget the changes and show the saved checklist"));
    m_table->setAccessibleName(tr("GSPR checklist"));
    m_model->retranslate();
    if (m_templates) // otherwise the note says why the checklist could not be loaded
        showProjectNote();
    updateState();
}

void GsprPage::projectOpened()
{
    if (!m_templates) {
        const guidance::GuidanceLibrary *library = session()->library();
        if (!library) {
            m_status->setText(session()->libraryError());
            return;
        }
        auto templates = packaging::TemplateLibrary::loadShipped(*library);
        if (!templates) {
            m_status->setText(templates.error().toString());
            return;
        }
        m_templates = std::move(*templates);
        m_model->setCatalog(m_templates->gspr());
    }
    if (auto s = load(); !s)
        m_status->setText(s.error().toString());
    setEnabled(true);
}

void GsprPage::projectClosed()
{
    m_model->setSaved({});
    m_model->setEvidenceTitles({});
    m_status->clear();
    setEnabled(false);
}

Status GsprPage::load()
{
    ProjectStore *store = session()->store();
    if (!store || !m_templates)
        return {};
    auto all = DocumentDetailTable(*store).all();
    if (!all)
        return all.error();
    std::map<QString, LocalizedText> byKey;
    for (const DocumentDetail &d : *all)
        if (GsprChecklist::parseKey(d.key))
            byKey[d.key] = d.text;
    auto items = EvidenceTable::list(*store);
    if (!items)
        return items.error();
    std::map<qint64, QString> titles;
    for (const EvidenceItem &e : *items)
        titles[e.id] = e.title;
    m_model->setEvidenceTitles(titles);
    m_model->setSaved(byKey);
    // A sealed review project shows the vendor's checklist, but cannot change it.
    const Status may = store->mayChange();
    m_model->setReadOnly(!may.ok());
    showProjectNote();
    updateState();
    return {};
}

void GsprPage::showProjectNote()
{
    ProjectStore *store = session()->store();
    if (!store)
        return;
    // The checklist is the manufacturer's (MDR Annex II): a hospital that only uses the device keeps none.
    const auto info = store->info();
    const Status may = store->mayChange();
    m_status->setText(info && info->role == ProjectRole::Deployer
                          ? tr("The GSPR checklist is the manufacturer's duty (MDR Art. 10(4) and Annex II); a project "
                               "that only deploys the device does not need it.")
                          : may.ok() ? QString() : may.error().toString());
}

void GsprPage::updateState()
{
    int lacking = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        lacking += m_model->index(r, 0).data(GsprModel::LackingRole).toBool() ? 1 : 0;
    m_counts->setText(tr("%1 of %n point(s) complete", nullptr, m_model->rowCount()).arg(m_model->rowCount() - lacking));
    const bool dirty = m_model->hasChanges();
    const bool editable = session()->store() && session()->store()->mayChange().ok();
    m_save->setEnabled(dirty && editable);
    m_revert->setEnabled(dirty);
}

bool GsprPage::hasUnsavedChanges() const
{
    return m_model->hasChanges();
}

Status GsprPage::save()
{
    ProjectStore *store = session()->store();
    if (!store || !m_templates)
        return {};
    std::vector<DetailText> changes = m_model->changes();
    if (changes.empty())
        return {};
    auto saved = [&]() -> Result<int> {
        VV_TRY(m_templates->checkDetailTexts(changes, *store));
        return DocumentDetailTable(*store).set(changes);
    }();
    if (!saved) {
        m_status->setText(tr("Not saved: %1").arg(saved.error().toString()));
        return saved.error();
    }
    m_model->markSaved();
    m_status->setText(tr("Saved %n change(s).", nullptr, *saved));
    updateState();
    session()->notifyChanged(QStringLiteral("details"));
    return {};
}

void GsprPage::revert()
{
    m_model->revert();
    m_status->clear();
    updateState();
}

bool GsprPage::leave()
{
    return !hasUnsavedChanges() ||
           askToSaveBeforeLeaving(tr("Unsaved GSPR checklist"),
                                  tr("The GSPR checklist has changes that are not saved. Save them before leaving the "
                                     "page?"),
                                  [this] { return save().ok(); }, [this] { revert(); });
}

bool GsprPage::showPoint(const QString &point, const QString &field)
{
    const int row = m_model->rowOf(point);
    if (row < 0)
        return false;
    int column = GsprModel::Applies;
    static const std::map<QString, int> columns = {
        {QStringLiteral("applies"), GsprModel::Applies},   {QStringLiteral("reason"), GsprModel::ReasonNb},
        {QStringLiteral("method"), GsprModel::MethodNb},    {QStringLiteral("standards"), GsprModel::Standards},
        {QStringLiteral("evidence"), GsprModel::Evidence}};
    if (const auto it = columns.find(field); it != columns.end())
        column = it->second;
    QModelIndex at = m_proxy->mapFromSource(m_model->index(row, column));
    if (!at.isValid()) { // hidden by "only points that lack something"
        m_onlyLacking->setChecked(false);
        at = m_proxy->mapFromSource(m_model->index(row, column));
    }
    m_table->setCurrentIndex(at);
    m_table->scrollTo(at);
    m_table->setFocus(Qt::OtherFocusReason);
    return true;
}

QString GsprPage::statusText() const
{
    return m_status->text();
}

} // namespace vv::ui
