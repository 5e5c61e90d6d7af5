#include "ui/EvidencePage.h"
#include "ui/FileDialogs.h"

#include "store/ProjectStore.h"
#include "ui/EvidenceModel.h"
#include "ui/EvidenceViewer.h"
#include "ui/FocusOutWatcher.h"
#include "ui/Labels.h"
#include "ui/MessageBar.h"
#include "ui/ProjectEdits.h"
#include "ui/ProjectSession.h"
#include "ui/RequirementTitle.h"
#include "ui/RequirementPicker.h"
#include "ui_EvidencePage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QStyle>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace vv::ui {

using evidence::EvidenceLibrary;

EvidencePage::EvidencePage(ProjectSession *session, QWidget *parent)
    : Page(session, parent), m_model(new EvidenceModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_job(new EvidenceImportJob(this)), m_messages(new MessageBar(this)), m_heading(new QLabel(this)),
      m_dropHint(new QLabel(this)), m_importFiles(new QPushButton(this)), m_importFolder(new QPushButton(this)),
      m_export(new QPushButton(this)), m_remove(new QPushButton(this)), m_filter(new QLineEdit(this)),
      m_progressRow(new QWidget(this)), m_progress(new QProgressBar(this)), m_progressLabel(new QLabel(this)),
      m_cancel(new QPushButton(this)), m_table(new QTableView(this)), m_tabs(new QTabWidget(this)),
      m_form(std::make_unique<Ui::EvidencePage>()), m_detailsTab(new QWidget(this)), m_linksTab(new QWidget(this)),
      m_links(new QListWidget(this)), m_urn(new QLineEdit(this)), m_picker(new RequirementPicker(m_urn)),
      m_link(new QPushButton(this)), m_unlink(new QPushButton(this)), m_crosswalk(new QLabel(this)),
      m_viewer(new EvidenceViewer(this))
{
    setAcceptDrops(true);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_heading->setFont(f);
    m_dropHint->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    // The title takes the room the other columns leave; they are as wide as their content. A cut title keeps its
    // beginning ("DPIA …sling" was hard to recognise).
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EvidenceModel::Title, QHeaderView::Stretch);
    // Requirement titles can be long, and several: as wide as they are, up to a limit (fitRequirementsColumn()).
    header->setSectionResizeMode(EvidenceModel::Requirements, QHeaderView::Interactive);
    m_model->setRequirementTitle([this](const QString &urn) { return requirementTitle(this->session(), urn); });
    m_filter->setClearButtonEnabled(true);

    // Import progress, shown while an import runs.
    m_progress->setRange(0, 1000);
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel, 1);
    progressLayout->addWidget(m_progress, 2);
    progressLayout->addWidget(m_cancel);
    m_progressRow->hide();

    // Details: the layout, labels, accessible names and tab order are in EvidencePage.ui.
    m_form->setupUi(m_detailsTab);
    for (EvidenceKind k : allEvidenceKinds())
        m_form->kind->addItem(QString(), static_cast<int>(k));
    for (ReviewState s : allReviewStates())
        m_form->state->addItem(QString(), static_cast<int>(s));
    for (QDateEdit *d : {m_form->effective, m_form->expiry})
        d->setDisplayFormat(dateEditFormat());
    m_form->piiWarning->hide();
    m_form->confirmPii->hide();
    m_form->staleWarning->hide();
    m_crosswalk->setWordWrap(true);
    m_crosswalk->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    // Requirements.
    auto *links = new QVBoxLayout(m_linksTab);
    links->addWidget(m_links, 1);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_urn, 1);
    linkRow->addWidget(m_link);
    linkRow->addWidget(m_unlink);
    links->addLayout(linkRow);
    links->addWidget(m_crosswalk);

    m_tabs->addTab(m_detailsTab, QString());
    m_tabs->addTab(m_linksTab, QString());
    m_tabs->addTab(m_viewer, QString());

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_importFiles, m_importFolder, m_export, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_filter, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 400}); // the list has six columns, the details one
    connect(splitter, &QSplitter::splitterMoved, this, &EvidencePage::fitRequirementsColumn);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(m_heading);
    layout->addWidget(m_dropHint);
    layout->addWidget(m_messages);
    layout->addLayout(buttons);
    layout->addWidget(m_progressRow);
    layout->addWidget(splitter, 1);

    connect(m_importFiles, &QPushButton::clicked, this, &EvidencePage::importFiles);
    connect(m_importFolder, &QPushButton::clicked, this, &EvidencePage::importFolder);
    connect(m_export, &QPushButton::clicked, this, &EvidencePage::exportDialog);
    connect(m_remove, &QPushButton::clicked, this, &EvidencePage::removeDialog);
    connect(m_cancel, &QPushButton::clicked, this, &EvidencePage::cancelImport);
    connect(m_form->confirmPii, &QPushButton::clicked, this, &EvidencePage::confirmPiiDialog);
    connect(m_link, &QPushButton::clicked, this, &EvidencePage::linkFromEdit);
    connect(m_urn, &QLineEdit::returnPressed, this, &EvidencePage::linkFromEdit);
    // Choosing a title from the list links it at once.
    connect(m_picker, &RequirementPicker::picked, this, [this](const QString &urn) {
        if (auto s = linkCurrent(urn); !s) {
            showError(s.error());
            return;
        }
        m_messages->hide();
        QMetaObject::invokeMethod(m_urn, &QLineEdit::clear, Qt::QueuedConnection); // after the completer fills it
    });
    connect(m_unlink, &QPushButton::clicked, this, &EvidencePage::unlinkSelected);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EvidencePage::showCurrent);
    for (QLineEdit *e : {m_form->title, m_form->author, m_form->reviewer, m_form->systemVersion})
        connect(e, &QLineEdit::editingFinished, this, &EvidencePage::saveDetails);
    for (QComboBox *c : {m_form->kind, m_form->state})
        connect(c, &QComboBox::activated, this, &EvidencePage::saveDetails);
    for (QDateEdit *d : {m_form->effective, m_form->expiry})
        connect(d, &QDateEdit::editingFinished, this, &EvidencePage::saveDetails);
    connect(m_form->hasEffective, &QCheckBox::toggled, this, [this](bool on) {
        m_form->effective->setEnabled(on);
        saveDetails();
    });
    connect(m_form->hasExpiry, &QCheckBox::toggled, this, [this](bool on) {
        m_form->expiry->setEnabled(on);
        saveDetails();
    });
    connect(new FocusOutWatcher(m_form->description), &FocusOutWatcher::focusLost, this, &EvidencePage::saveDetails);

    connect(m_job, &EvidenceImportJob::progress, this, [this](qint64 done, qint64 total, const QString &file) {
        m_progress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
        m_progressLabel->setText(tr("Importing %1 (%2 of %3)")
                                     .arg(file, QLocale().formattedDataSize(done), QLocale().formattedDataSize(total)));
    });
    connect(m_job, &EvidenceImportJob::finished, this, &EvidencePage::importDone);
    connect(session, &ProjectSession::opened, this, [this] {
        m_messages->hide();
        m_picker->setLibrary(this->session()->library());
        reload();
    });
    connect(session, &ProjectSession::aboutToClose, this, [this] {
        m_job->cancel();
        m_job->wait();
        m_model->clear();
        m_viewer->clear();
        fillDetails(nullptr);
    });
    connect(session, &ProjectSession::changed, this, [this](const QString &area) {
        if (area == QStringLiteral("evidence") || area == QStringLiteral("project"))
            reload();
    });
    retranslate();
    fillDetails(nullptr);
}

EvidencePage::~EvidencePage()
{
    m_job->cancel();
    m_job->wait();
}

QLineEdit *EvidencePage::titleEdit() const
{
    return m_form->title;
}

QComboBox *EvidencePage::kindBox() const
{
    return m_form->kind;
}

QComboBox *EvidencePage::stateBox() const
{
    return m_form->state;
}

QIcon EvidencePage::pageIcon() const
{
    return style()->standardIcon(QStyle::SP_DirIcon);
}

QString EvidencePage::pageTitle() const
{
    return tr("Evidence");
}

void EvidencePage::retranslate()
{
    for (QDateEdit *d : {m_form->effective, m_form->expiry})
        d->setDisplayFormat(dateEditFormat()); // the language decides how dates are written
    m_heading->setText(tr("Evidence library"));
    m_dropHint->setText(tr("Drop files or folders here to add them, or use the buttons. Each file is stored once in "
                           "the project, checked for identity numbers, and can be linked to the requirements it "
                           "supports."));
    m_importFiles->setText(tr("Add fi&les…"));
    m_importFolder->setText(tr("Add f&older…"));
    m_export->setText(tr("E&xport…"));
    m_remove->setText(tr("&Remove…"));
    m_cancel->setText(tr("&Cancel import"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setAccessibleName(tr("Filter the evidence list"));
    m_table->setAccessibleName(tr("Evidence list"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_tabs->setTabText(0, tr("&Details"));
    m_tabs->setTabText(1, tr("Re&quirements"));
    m_tabs->setTabText(2, tr("&Preview"));
    m_form->retranslateUi(m_detailsTab);
    for (int i = 0; i < m_form->kind->count(); ++i)
        m_form->kind->setItemText(i, evidenceKindLabel(static_cast<EvidenceKind>(m_form->kind->itemData(i).toInt())));
    for (int i = 0; i < m_form->state->count(); ++i)
        m_form->state->setItemText(i, reviewStateLabel(static_cast<ReviewState>(m_form->state->itemData(i).toInt())));
    m_links->setAccessibleName(tr("Linked requirements"));
    m_urn->setAccessibleName(tr("Requirement to link, by title or URN"));
    m_urn->setPlaceholderText(tr("Search by title, such as \"oversight\", or give a URN"));
    m_picker->setLibrary(session()->store() ? session()->library() : nullptr); // titles in the new language
    m_link->setText(tr("&Link"));
    m_unlink->setText(tr("Remove li&nk"));
    for (QPushButton *b : {m_importFiles, m_importFolder, m_export, m_remove, m_cancel, m_form->confirmPii, m_link, m_unlink})
        b->setAccessibleName(b->text().remove(QLatin1Char('&')).remove(QChar(0x2026)));
}

void EvidencePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
        Q_EMIT titleChanged();
    }
    Page::changeEvent(event);
}

void EvidencePage::showError(const Error &error)
{
    m_messages->show(MessageBar::Kind::Error, error.toString());
}

void EvidencePage::showInfo(const QString &text)
{
    m_messages->show(MessageBar::Kind::Information, text);
}

QString EvidencePage::messageText() const
{
    return m_messages->text();
}

QString EvidencePage::piiWarning() const
{
    return m_form->piiWarning->isHidden() ? QString() : m_form->piiWarning->text();
}

QString EvidencePage::stalenessWarning() const
{
    return m_form->staleWarning->isHidden() ? QString() : m_form->staleWarning->text();
}

bool EvidencePage::isImporting() const
{
    return m_job->isRunning();
}

qint64 EvidencePage::currentId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(EvidenceModel::IdRole).toLongLong() : 0;
}

void EvidencePage::selectItem(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void EvidencePage::reload()
{
    ProjectStore *store = session()->store();
    if (!store) {
        m_model->clear();
        return;
    }
    const qint64 keep = currentId();
    EvidenceLibrary library(*store);
    if (auto s = m_model->reload(library); !s)
        showError(s.error());
    m_shownId = 0;
    if (keep)
        selectItem(keep);
    // An item is always shown when there is one: an empty form of disabled fields told nothing.
    if (!currentId() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    // An empty column of "needs attention" took room from the titles: it shows only when something needs attention.
    bool attention = false;
    for (int r = 0; r < m_model->rowCount() && !attention; ++r)
        attention = !m_model->index(r, EvidenceModel::Attention).data().toString().isEmpty();
    m_table->setColumnHidden(EvidenceModel::Attention, !attention);
    fitRequirementsColumn();
    showCurrent(); // the item may have changed
}

void EvidencePage::fitRequirementsColumn()
{
    m_table->resizeColumnToContents(EvidenceModel::Requirements);
    // The title and the requirements share what the short columns leave; the requirements get at most half of it.
    int others = 0;
    for (int c : {EvidenceModel::Kind, EvidenceModel::State, EvidenceModel::Size, EvidenceModel::Attention})
        others += m_table->columnWidth(c);
    const int most = std::max(80, (m_table->viewport()->width() - others) / 2);
    if (m_table->columnWidth(EvidenceModel::Requirements) > most)
        m_table->setColumnWidth(EvidenceModel::Requirements, most);
}

void EvidencePage::resizeEvent(QResizeEvent *event)
{
    Page::resizeEvent(event);
    fitRequirementsColumn();
}

void EvidencePage::showCurrent()
{
    const int row = m_proxy->mapToSource(m_table->currentIndex()).row();
    const evidence::EvidenceStatus *status = m_model->statusAt(row);
    fillDetails(status);
    ProjectStore *store = session()->store();
    if (!status || !store) {
        m_viewer->clear();
        m_shownId = 0;
        return;
    }
    // Reading and colouring content again only when another item is shown.
    if (status->item.id != m_shownId) {
        m_shownId = status->item.id;
        m_viewer->showFromStore(*store, status->item);
    }
}

void EvidencePage::fillDetails(const evidence::EvidenceStatus *status)
{
    m_filling = true;
    const bool has = status != nullptr;
    m_shownVersion = has ? status->item.rowVersion : std::nullopt;
    // A review project's evidence is the vendor's: it can be read and exported, not changed.
    const bool sealed = session()->store() && session()->store()->isReviewProject();
    setEditable(has && !m_job->isRunning() && !sealed);
    m_export->setEnabled(has);
    m_remove->setEnabled(has && !m_job->isRunning() && !sealed);
    m_importFiles->setEnabled(!m_job->isRunning() && !sealed);
    m_importFolder->setEnabled(!m_job->isRunning() && !sealed);
    m_links->clear();
    if (!has) {
        for (QLineEdit *e : {m_form->title, m_form->author, m_form->reviewer, m_form->systemVersion, m_urn})
            e->clear();
        m_form->description->clear();
        m_form->source->clear();
        m_crosswalk->clear();
        m_form->piiWarning->hide();
        m_form->confirmPii->hide();
        m_form->staleWarning->hide();
        m_form->hasEffective->setChecked(false);
        m_form->hasExpiry->setChecked(false);
        m_filling = false;
        return;
    }
    const EvidenceItem &e = status->item;
    m_form->title->setText(e.title);
    m_form->kind->setCurrentIndex(m_form->kind->findData(static_cast<int>(e.kind)));
    m_form->state->setCurrentIndex(m_form->state->findData(static_cast<int>(e.reviewState)));
    m_form->description->setPlainText(e.description);
    m_form->author->setText(e.author);
    m_form->reviewer->setText(e.reviewer);
    m_form->systemVersion->setText(e.systemVersion);
    m_form->hasEffective->setChecked(e.effectiveDate.isValid());
    m_form->effective->setDate(e.effectiveDate.isValid() ? e.effectiveDate : QDate::currentDate());
    m_form->effective->setEnabled(e.effectiveDate.isValid() && m_form->title->isEnabled());
    m_form->hasExpiry->setChecked(e.expiryDate.isValid());
    m_form->expiry->setDate(e.expiryDate.isValid() ? e.expiryDate : QDate::currentDate().addYears(1));
    m_form->expiry->setEnabled(e.expiryDate.isValid() && m_form->title->isEnabled());
    const QLocale locale;
    m_form->source->setText(tr("%1, %2, imported %3 (SHA-256 %4)")
                          .arg(e.source, locale.formattedDataSize(e.size),
                               dateTimeText(e.created), e.sha256.left(16))
                      + (e.piiScanned ? QString()
                                      : QString(QStringLiteral("; ") + tr("not checked for identity numbers (not text)"))));

    if (status->piiFlagged) {
        QStringList lines;
        for (const Json &l : e.piiReport.value("lines", Json::array()))
            lines << QString::number(l.get<qint64>());
        QString text = tr("Holds %n Norwegian identity number(s)", nullptr, static_cast<int>(e.piiFindings));
        if (!lines.isEmpty())
            text += QLatin1Char(' ') + tr("on line(s) %1").arg(lines.join(QStringLiteral(", ")));
        if (e.piiReport.value("in_name", 0) > 0)
            text += QLatin1Char(' ') + tr("(also in the file name)");
        text += QStringLiteral(". ");
        if (status->clearedForPackage)
            text += tr("%1 confirmed on %2 that it may go into packages: %3")
                        .arg(e.piiClearedBy, dateTimeText(e.piiClearedAt),
                             e.piiClearReason);
        else
            text += tr("It cannot go into a package until someone confirms why it may be shared.");
        m_form->piiWarning->setText(text);
        m_form->piiWarning->show();
        m_form->confirmPii->setVisible(!status->clearedForPackage);
    } else {
        m_form->piiWarning->clear();
        m_form->piiWarning->hide();
        m_form->confirmPii->hide();
    }
    QStringList stale;
    if (status->staleness.expired)
        stale << tr("Its expiry date %1 has passed.").arg(dateText(e.expiryDate));
    if (status->staleness.olderSystemVersion)
        stale << tr("It concerns version %1 of the AI system, older than the project's current version.")
                     .arg(e.systemVersion);
    m_form->staleWarning->setText(stale.join(QLatin1Char(' ')));
    m_form->staleWarning->setVisible(!stale.isEmpty());

    ProjectStore *store = session()->store();
    if (store) {
        EvidenceLibrary library(*store);
        for (const QString &urn : status->links) {
            auto *item = new QListWidgetItem(requirementTitle(session(), urn), m_links);
            item->setToolTip(urn);
            item->setData(Qt::UserRole, urn);
        }
        QStringList reuse;
        if (auto urns = library.crosswalkReuse(e.id))
            for (const QString &urn : *urns)
                reuse << requirementTitle(session(), urn);
        m_crosswalk->setText(reuse.isEmpty() ? QString()
                                             : tr("Through the crosswalk this evidence also counts towards: %1")
                                                   .arg(reuse.join(QStringLiteral("; "))));
    }
    m_filling = false;
}

void EvidencePage::setEditable(bool editable)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_form->title, m_form->kind, m_form->state, m_form->description, m_form->author, m_form->reviewer,
                                                       m_form->systemVersion, m_form->hasEffective, m_form->hasExpiry, m_urn, m_link,
                                                       m_unlink, m_form->confirmPii})
        w->setEnabled(editable);
    m_form->effective->setEnabled(editable && m_form->hasEffective->isChecked());
    m_form->expiry->setEnabled(editable && m_form->hasExpiry->isChecked());
}

void EvidencePage::saveDetails()
{
    if (m_filling)
        return;
    ProjectStore *store = session()->store();
    const qint64 id = currentId();
    if (!store || !id)
        return;
    EvidenceLibrary library(*store);
    auto current = library.item(id);
    if (!current) {
        showError(current.error());
        return;
    }
    EvidenceItem before = *current;
    EvidenceItem e = *current;
    e.title = m_form->title->text();
    e.kind = static_cast<EvidenceKind>(m_form->kind->currentData().toInt());
    e.reviewState = static_cast<ReviewState>(m_form->state->currentData().toInt());
    e.description = m_form->description->toPlainText();
    e.author = m_form->author->text().trimmed();
    e.reviewer = m_form->reviewer->text().trimmed();
    e.systemVersion = m_form->systemVersion->text().trimmed();
    e.effectiveDate = m_form->hasEffective->isChecked() ? m_form->effective->date() : QDate();
    e.expiryDate = m_form->hasExpiry->isChecked() ? m_form->expiry->date() : QDate();
    e.rowVersion = m_shownVersion;
    auto changed = library.update(e);
    if (!changed && changed.error().kind() == Error::Kind::Conflict) {
        // Someone else saved first: say whose change won, and offer to put this one on top of it.
        const bool reapply =
            askToReapply(this, session()->inUsersWords(changed.error()), tr("Your change was not saved. Apply your change on top of theirs?"));
        auto latest = library.item(id);
        if (reapply && latest) {
            before = *latest;
            e.rowVersion = latest->rowVersion;
            changed = library.update(e);
        } else {
            reload(); // theirs, as stored
            return;
        }
    }
    if (!changed) {
        showError(changed.error());
        reload(); // back to what is stored
        return;
    }
    auto saved = library.item(id);
    if (saved)
        m_shownVersion = saved->rowVersion;
    if (*changed) {
        m_messages->hide();
        // On the session's undo stack, as links and requirement states are: Edit > Undo puts the old values back.
        if (saved)
            session()->undoStack()->push(new EvidenceMetadataEdit(session(), before, *saved));
        session()->notifyChanged(QStringLiteral("evidence"));
    }
}

Status EvidencePage::onCurrentItem(const std::function<Result<bool>(EvidenceLibrary &, qint64)> &action)
{
    ProjectStore *store = session()->store();
    const qint64 id = currentId();
    if (!store || !id)
        return Error::input(tr("select an evidence item first"));
    EvidenceLibrary library(*store);
    auto changed = action(library, id);
    if (!changed)
        return changed.error();
    if (*changed)
        session()->notifyChanged(QStringLiteral("evidence"));
    return {};
}

Status EvidencePage::linkCurrent(const QString &urn)
{
    const qint64 id = currentId();
    if (!session()->store() || !id)
        return Error::input(tr("select an evidence item first"));
    // Through the session, so that the link can be undone.
    return session()->setEvidenceLink(id, urn.trimmed(), true);
}

Status EvidencePage::unlinkCurrent(const QString &urn)
{
    const qint64 id = currentId();
    if (!session()->store() || !id)
        return Error::input(tr("select an evidence item first"));
    return session()->setEvidenceLink(id, urn, false);
}

void EvidencePage::openItem(qint64 id)
{
    selectItem(id);
    if (currentId() == id)
        m_tabs->setCurrentWidget(m_viewer);
}

void EvidencePage::linkFromEdit()
{
    auto urn = m_picker->urnFor(m_urn->text());
    if (!urn) {
        showError(urn.error());
        return;
    }
    if (auto s = linkCurrent(*urn); !s) {
        showError(s.error());
        return;
    }
    m_messages->hide();
    m_urn->clear();
}

void EvidencePage::unlinkSelected()
{
    QListWidgetItem *item = m_links->currentItem();
    if (!item)
        return;
    if (auto s = unlinkCurrent(item->data(Qt::UserRole).toString()); !s)
        showError(s.error());
}

Status EvidencePage::confirmPiiForCurrent(const QString &reason)
{
    return onCurrentItem([&](EvidenceLibrary &library, qint64 id) -> Result<bool> {
        VV_TRY(library.confirmPii(id, reason));
        return true;
    });
}

void EvidencePage::confirmPiiDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Confirm sharing of identity numbers"));
    auto *text = new QLabel(tr("This item holds Norwegian identity numbers. Packages are sent outside the project, so "
                               "say why it may be shared anyway (for example: the numbers are synthetic test "
                               "identities, or the recipient has a legal basis). Your name, the time and the reason "
                               "are recorded in the audit log."),
                            &dialog);
    text->setWordWrap(true);
    auto *reason = new QPlainTextEdit(&dialog);
    reason->setAccessibleName(tr("Reason"));
    reason->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Confirm"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(reason, &QPlainTextEdit::textChanged, &dialog, [reason, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason->toPlainText().trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(reason);
    layout->addWidget(buttons);
    dialog.resize(520, 300);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto s = confirmPiiForCurrent(reason->toPlainText()); !s)
        showError(s.error());
}

Status EvidencePage::removeCurrent(bool purgeContent)
{
    return onCurrentItem([&](EvidenceLibrary &library, qint64 id) -> Result<bool> {
        VV_TRY(library.remove(id, purgeContent));
        return true;
    });
}

void EvidencePage::removeDialog()
{
    const auto *status = m_model->statusAt(m_proxy->mapToSource(m_table->currentIndex()).row());
    if (!status)
        return;
    QMessageBox box(QMessageBox::Question, tr("Remove evidence"),
                    tr("Remove '%1' from the evidence library? Its links to requirements are removed too; the removal "
                       "is recorded in the audit log.")
                        .arg(status->item.title),
                    QMessageBox::Cancel, this);
    QPushButton *removeButton = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    auto *purge = new QCheckBox(tr("Also erase the stored content (for example when it holds personal data)"), &box);
    purge->setChecked(status->piiFlagged);
    box.setCheckBox(purge);
    box.exec();
    if (box.clickedButton() != removeButton)
        return;
    if (auto s = removeCurrent(purge->isChecked()); !s)
        showError(s.error());
}

Status EvidencePage::exportCurrent(const QString &path)
{
    return onCurrentItem([&](EvidenceLibrary &library, qint64 id) -> Result<bool> {
        auto written = library.exportToFile(id, path, true);
        if (!written)
            return written.error();
        showInfo(tr("Wrote %1").arg(*written));
        return false; // the project did not change
    });
}

void EvidencePage::exportDialog()
{
    const auto *status = m_model->statusAt(m_proxy->mapToSource(m_table->currentIndex()).row());
    if (!status)
        return;
    const QString path = FileDialogs::saveFile(this, tr("Export evidence"), status->item.fileName);
    if (path.isEmpty())
        return;
    if (auto s = exportCurrent(path); !s)
        showError(s.error());
}

bool EvidencePage::importPaths(const QStringList &paths)
{
    ProjectStore *store = session()->store();
    if (!store || paths.isEmpty() || m_job->isRunning())
        return false;
    evidence::ImportRequest request;
    request.paths = paths;
    if (!m_job->start(*store, request))
        return false;
    m_messages->hide();
    m_progress->setValue(0);
    m_progressLabel->setText(tr("Preparing the import…"));
    m_progressRow->show();
    m_importFiles->setEnabled(false);
    m_importFolder->setEnabled(false);
    fillDetails(m_model->statusAt(m_proxy->mapToSource(m_table->currentIndex()).row()));
    return true;
}

void EvidencePage::cancelImport()
{
    m_job->cancel();
    m_progressLabel->setText(tr("Cancelling…"));
}

void EvidencePage::importDone(const ImportOutcome &outcome)
{
    m_progressRow->hide();
    m_importFiles->setEnabled(true);
    m_importFolder->setEnabled(true);
    if (!outcome.ok) {
        if (outcome.error.kind() == Error::Kind::Cancelled)
            showInfo(tr("The import was cancelled; nothing was added."));
        else
            showError(outcome.error);
        fillDetails(m_model->statusAt(m_proxy->mapToSource(m_table->currentIndex()).row()));
        Q_EMIT importFinished(false);
        return;
    }
    int fresh = 0, flagged = 0, empty = 0;
    for (const auto &i : outcome.items) {
        if (!i.alreadyInLibrary) {
            ++fresh;
            flagged += i.piiFindings > 0 ? 1 : 0;
            empty += i.size == 0 ? 1 : 0;
        }
    }
    QString text = tr("Added %n new item(s)", nullptr, fresh);
    if (const int known = static_cast<int>(outcome.items.size()) - fresh; known > 0)
        text += QStringLiteral("; ") + tr("%n file(s) were in the library already", nullptr, known);
    text += QLatin1Char('.');
    if (flagged > 0)
        text += QLatin1Char(' ') + tr("%n of them hold Norwegian identity numbers and need a confirmation before "
                                      "they can go into a package.", nullptr, flagged);
    if (empty > 0)
        text += QLatin1Char(' ') + tr("%n of them are empty (0 bytes).", nullptr, empty);
    showInfo(text);
    session()->notifyChanged(QStringLiteral("evidence"));
    if (!outcome.items.empty())
        selectItem(outcome.items.front().id);
    Q_EMIT importFinished(true);
}

void EvidencePage::importFiles()
{
    const QStringList files = FileDialogs::openFiles(this, tr("Add evidence files"));
    if (!files.isEmpty())
        importPaths(files);
}

void EvidencePage::importFolder()
{
    const QString folder = FileDialogs::folder(this, tr("Add a folder of evidence"));
    if (!folder.isEmpty())
        importPaths({folder});
}

QStringList EvidencePage::localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

void EvidencePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (session()->store() && !m_job->isRunning() && !localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void EvidencePage::dragMoveEvent(QDragMoveEvent *event)
{
    if (session()->store() && !m_job->isRunning() && !localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void EvidencePage::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty() || !importPaths(paths)) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
}

} // namespace vv::ui
