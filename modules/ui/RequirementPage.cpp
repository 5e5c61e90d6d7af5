#include "ui/RequirementPage.h"

#include "evidence/EvidenceLibrary.h"
#include "store/ProjectStore.h"
#include "store/ImportedReviewTable.h"
#include "store/RequirementStateTable.h"
#include "ui/FocusOutWatcher.h"
#include "ui/Labels.h"
#include "ui/Links.h"
#include "ui/MessageBar.h"
#include "ui/ProjectSession.h"
#include "ui/RequirementModels.h"
#include "ui/ReviewPanel.h"
#include "ui/StatusStyle.h"
#include "ui/TraceHtml.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include "ui/SelfContainedText.h"
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace vv::ui {

using namespace vv::guidance;
using tracking::TrackedStatus;

RequirementPage::RequirementPage(ProjectSession *session, QWidget *parent)
    : Page(session, parent), m_messages(new MessageBar(this)), m_where(new QLabel(this)), m_title(new QLabel(this)),
      m_urnLabel(new QLabel(this)), m_review(new QLabel(this)), m_applicability(new QLabel(this)),
      m_changedBy(new QLabel(this)), m_crosswalk(new QLabel(this)), m_confirm(new QPushButton(this)),
      m_body(new SelfContainedText(this)), m_stateBox(new QGroupBox(this)), m_evidenceBox(new QGroupBox(this)),
      m_status(new QComboBox(this)), m_justificationLabel(new QLabel(this)), m_justification(new QPlainTextEdit(this)),
      m_owner(new QLineEdit(this)), m_hasDue(new QCheckBox(this)), m_due(new QDateEdit(this)),
      m_notes(new QPlainTextEdit(this)), m_evidence(new EvidenceListModel(this)), m_evidenceView(new QTableView(this)),
      m_choice(new QComboBox(this)), m_link(new QPushButton(this)), m_unlink(new QPushButton(this)),
      m_open(new QPushButton(this)), m_reviewNote(new QLabel(this)), m_receivedBox(new QGroupBox(this)),
      m_received(new QLabel(m_receivedBox)), m_reviewPanel(new ReviewPanel(session, m_messages, this))
{
    setObjectName(QStringLiteral("requirement"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    for (QLabel *l : {m_where, m_title, m_urnLabel, m_review, m_applicability, m_changedBy, m_crosswalk, m_reviewNote})
        l->setWordWrap(true);
    m_reviewNote->setObjectName(QStringLiteral("reviewNote"));
    m_reviewNote->setFrameShape(QFrame::StyledPanel);
    m_reviewNote->setMargin(6);
    m_reviewNote->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reviewNote->hide();
    m_urnLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_review->setFrameShape(QFrame::StyledPanel);
    m_review->setMargin(6);
    m_applicability->setFrameShape(QFrame::StyledPanel);
    m_applicability->setMargin(6);
    routeLinks(m_applicability, this);
    routeLinks(m_crosswalk, this);
    routeLinks(m_body, this);

    for (TrackedStatus s : {TrackedStatus::NotStarted, TrackedStatus::InProgress, TrackedStatus::Met,
                            TrackedStatus::NotApplicable})
        m_status->addItem(QString(), int(s));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(dateEditFormat());
    m_due->setEnabled(false);
    for (QPlainTextEdit *e : {m_justification, m_notes}) {
        e->setTabChangesFocus(true);
        e->setMaximumHeight(90);
    }
    for (QPlainTextEdit *e : {m_justification, m_notes})
        connect(new FocusOutWatcher(e), &FocusOutWatcher::focusLost, this, &RequirementPage::saveState);

    auto *dueRow = new QWidget(this);
    auto *dueLayout = new QHBoxLayout(dueRow);
    dueLayout->setContentsMargins(0, 0, 0, 0);
    dueLayout->addWidget(m_hasDue);
    dueLayout->addWidget(m_due, 1);
    auto *form = new QFormLayout(m_stateBox);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const QList<QWidget *> fields = {m_status, m_justification, m_owner, dueRow, m_notes};
    for (QWidget *field : fields) {
        auto *label = field == m_justification ? m_justificationLabel : new QLabel(this);
        label->setBuddy(field == dueRow ? static_cast<QWidget *>(m_hasDue) : field);
        m_formLabels << label;
        form->addRow(label, field);
    }
    form->addRow(m_changedBy);

    m_evidenceView->setModel(m_evidence);
    m_evidenceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_evidenceView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_evidenceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_evidenceView->verticalHeader()->hide();
    m_evidenceView->setWordWrap(false);
    m_evidenceView->horizontalHeader()->setSectionResizeMode(EvidenceListModel::Title, QHeaderView::Stretch);
    m_evidenceView->horizontalHeader()->setSectionResizeMode(EvidenceListModel::Kind, QHeaderView::ResizeToContents);
    m_evidenceView->horizontalHeader()->setSectionResizeMode(EvidenceListModel::Counts, QHeaderView::ResizeToContents);
    m_evidenceView->horizontalHeader()->setSectionResizeMode(EvidenceListModel::Attention, QHeaderView::ResizeToContents);
    m_evidenceView->setMinimumHeight(110);
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(18);
    auto *evidenceButtons = new QHBoxLayout;
    evidenceButtons->addWidget(m_open);
    evidenceButtons->addWidget(m_unlink);
    evidenceButtons->addStretch();
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_choice, 1);
    linkRow->addWidget(m_link);
    m_noEvidence = new QLabel(this);
    m_noEvidence->setWordWrap(true);
    m_noEvidence->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // What links a document comes right under the box's title (or the sentence saying nothing is linked), where the
    // eye is; at the foot of a box stretched to half the page it went unseen.
    auto *evidenceLayout = new QVBoxLayout(m_evidenceBox);
    evidenceLayout->addWidget(m_noEvidence);
    evidenceLayout->addLayout(linkRow);
    evidenceLayout->addWidget(m_evidenceView, 1);
    evidenceLayout->addLayout(evidenceButtons);
    evidenceLayout->addWidget(m_crosswalk);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    // Without evidence the box is as tall as its sentence and the link row; with a list it takes the room left.
    const auto showList = [this, rightLayout, evidenceLayout] {
        const bool empty = m_evidence->rowCount() == 0;
        m_evidenceView->setVisible(!empty);
        m_noEvidence->setVisible(empty);
        m_open->setVisible(!empty);
        m_unlink->setVisible(!empty && !isReview());
        // A hidden list with a stretch still makes the box grow.
        evidenceLayout->setStretchFactor(m_evidenceView, empty ? 0 : 1);
        rightLayout->setStretchFactor(m_evidenceBox, empty ? 0 : 1);
    };
    connect(m_evidence, &QAbstractItemModel::modelReset, this, showList);
    connect(m_evidence, &QAbstractItemModel::rowsInserted, this, showList);
    connect(m_evidence, &QAbstractItemModel::rowsRemoved, this, showList);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    m_received->setWordWrap(true);
    m_received->setTextFormat(Qt::RichText);
    m_received->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    (new QVBoxLayout(m_receivedBox))->addWidget(m_received);
    m_receivedBox->hide();
    rightLayout->addWidget(m_receivedBox);
    rightLayout->addWidget(m_stateBox);
    rightLayout->addWidget(m_evidenceBox, 1);
    rightLayout->addWidget(m_reviewPanel);
    rightLayout->addStretch();
    showList();
    auto *rightScroll = new QScrollArea(this);
    rightScroll->setWidget(right);
    rightScroll->setWidgetResizable(true);
    rightScroll->setFrameShape(QFrame::NoFrame);
    rightScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_body);
    split->addWidget(rightScroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *reviewRow = new QHBoxLayout;
    reviewRow->addWidget(m_review, 1);
    reviewRow->addWidget(m_confirm, 0, Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(m_where);
    layout->addWidget(m_title);
    layout->addWidget(m_urnLabel);
    layout->addWidget(m_reviewNote);
    layout->addWidget(m_messages);
    layout->addLayout(reviewRow);
    layout->addWidget(m_applicability);
    layout->addWidget(split, 1);

    connect(m_status, &QComboBox::activated, this, &RequirementPage::statusChosen);
    connect(m_owner, &QLineEdit::editingFinished, this, &RequirementPage::saveState);
    connect(m_hasDue, &QCheckBox::toggled, this, [this](bool on) {
        m_due->setEnabled(on && m_hasDue->isEnabled());
        saveState();
    });
    connect(m_due, &QDateEdit::editingFinished, this, &RequirementPage::saveState);
    connect(m_link, &QPushButton::clicked, this, &RequirementPage::linkChosen);
    connect(m_unlink, &QPushButton::clicked, this, &RequirementPage::unlinkSelected);
    connect(m_open, &QPushButton::clicked, this, &RequirementPage::openSelected);
    connect(m_evidenceView, &QTableView::activated, this, &RequirementPage::openSelected);
    connect(m_evidenceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequirementPage::updateButtons);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (auto s = this->session()->confirmRequirement(m_urn); !s)
            m_messages->show(MessageBar::Kind::Error, s.error().toString());
    });
    connect(session, &ProjectSession::changed, this, [this] {
        if (!m_urn.isEmpty())
            refresh();
    });
    connect(session, &ProjectSession::opened, this, [this] { m_urn.clear(); });
    retranslate();
}

// From when the requirement binds this system, with its sources; while the answers that choose the date are
// missing, says so rather than guessing the earliest date.
static QString appliesFromHtml(const guidance::RequirementApplicability &a)
{
    const QString label = RequirementPage::tr("Applies from:").toHtmlEscaped();
    if (!a.appliesFrom)
        return QStringLiteral("<b>%1</b> %2").arg(label, RequirementPage::tr(
            "not yet known; it depends on answers not yet given.").toHtmlEscaped());
    QString html = QStringLiteral("<b>%1</b> %2").arg(label, a.appliesFrom->text(&dateText).toHtmlEscaped());
    if (a.appliesFrom->fromPack)
        html += QLatin1Char(' ') + RequirementPage::tr("(the pack's date)").toHtmlEscaped();
    else if (!a.appliesFrom->sources.empty())
        html += QStringLiteral(" — ") + TraceHtml::sources(a.appliesFrom->sources);
    return html;
}

QString RequirementPage::pageTitle() const
{
    return tr("Requirement");
}

void RequirementPage::showRequirement(const QString &urn)
{
    if (urn != m_urn)
        m_messages->hide();
    m_urn = urn;
    refresh();
}

void RequirementPage::refresh()
{
    const GuidanceLibrary *library = session()->library();
    const tracking::ProjectProgress *progress = session()->store() ? session()->progress() : nullptr;
    const Requirement *req = library ? library->requirement(m_urn) : nullptr;
    const tracking::RequirementProgress *rp = progress ? progress->requirement(m_urn) : nullptr;
    m_reviewPanel->showRequirement(m_urn);
    m_reviewNote->setText(m_reviewPanel->packageNote());
    m_reviewNote->setVisible(isReview());
    m_stateBox->setTitle(isReview() ? tr("The vendor's work (read-only)") : tr("Your team's work"));
    if (!req || !rp) {
        m_title->setText(m_urn);
        m_body->clear();
        m_receivedBox->hide();
        return;
    }
    const Pack *pack = library->packOfRequirement(m_urn);
    const Section *section = pack && !req->section.id.isEmpty() ? pack->section(req->section.id) : nullptr;
    m_where->setText(section ? QStringLiteral("%1 › %2").arg(pack->title.current(), section->title.current())
                             : pack->title.current());
    m_title->setText(req->title.current());
    m_urnLabel->setText(QStringLiteral("%1 · %2").arg(m_urn, statusLabel(rp->status)));

    // The text, then who it binds, who supervises it, its sources and what evidence satisfies it.
    QTextDocument *doc = m_body->document();
    doc->setMarkdown(req->text.current());
    QString html = QStringLiteral("<h4>%1</h4><p>%2</p>")
                       .arg(tr("Whom it binds").toHtmlEscaped(),
                            (req->role == Role::Provider   ? tr("The provider (manufacturer)")
                             : req->role == Role::Deployer ? tr("The deployer (the organisation that uses the system)")
                                                           : tr("Both the provider and the deployer"))
                                .toHtmlEscaped());
    html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                .arg(tr("Responsible agency").toHtmlEscaped(), TraceHtml::agency(*library, req->agency.id));
    html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                .arg(tr("Legal sources").toHtmlEscaped(), TraceHtml::sources(*library, pack->id, req->sources));
    html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Evidence that satisfies it").toHtmlEscaped());
    for (const LocalizedText &e : req->evidenceExpected)
        html += QStringLiteral("<li>%1</li>").arg(e.current().toHtmlEscaped());
    html += QStringLiteral("</ul>");
    QTextCursor cursor(doc);
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock();
    cursor.insertHtml(html);

    // Whether it applies, and why.
    QString applies;
    switch (rp->applicability.state) {
    case Applicability::Applies: applies = rp->applicability.reason(library).toHtmlEscaped(); break;
    case Applicability::DoesNotApply:
        applies = tr("This requirement does not apply: %1").arg(rp->applicability.reason(library)).toHtmlEscaped();
        break;
    case Applicability::Undetermined:
        applies = tr("Not yet known whether this requirement applies.").toHtmlEscaped() + QLatin1Char(' ') +
                  tr("Still needed:").toHtmlEscaped() + QLatin1Char(' ') +
                  TraceHtml::questionLinks(*library, rp->applicability.missing);
        break;
    }
    if (rp->applicability.state != Applicability::DoesNotApply)
        applies += QStringLiteral("<br>") + appliesFromHtml(rp->applicability);
    m_applicability->setText(applies);
    // Experts can still read the expression itself, which is what the pack says.
    const QString expression = req->appliesWhen ? tr("Condition in the pack: %1").arg(req->appliesWhen->condition.text())
                                                : QString();
    m_applicability->setToolTip(expression);
    m_applicability->setAccessibleDescription(expression);

    // After a pack update: what to review.
    QStringList review;
    if (!rp->applicability.needsReview.isEmpty())
        review << tr("It rests on answers given under an older version of the guidance: %1.")
                      .arg(TraceHtml::questionLinks(*library, rp->applicability.needsReview));
    if (rp->stateNeedsReview)
        review << tr("Its status was set under version %1 of “%2”; version %3 is installed now.")
                      .arg(rp->state->packVersion, pack->title.current(), pack->version)
                      .toHtmlEscaped();
    if (!review.isEmpty())
        review.prepend(tr("Needs review after a pack update.").toHtmlEscaped());
    m_review->setText(review.join(QLatin1Char(' ')));
    m_review->setVisible(!review.isEmpty());
    m_confirm->setVisible(!review.isEmpty() && !isReview());
    routeLinks(m_review, this);

    fillForm();

    // Evidence: linked directly, and through the crosswalk.
    if (ProjectStore *store = session()->store()) {
        evidence::EvidenceLibrary lib(*store);
        auto linked = lib.evidenceFor(m_urn);
        auto all = lib.items();
        if (linked && all) {
            m_evidence->setItems(*linked, library);
            const QString chosen = m_choice->currentData().toString();
            m_choice->clear();
            for (const EvidenceItem &e : *all) {
                const bool direct = std::any_of(linked->begin(), linked->end(), [&](const evidence::EvidenceStatus &s) {
                    return s.item.id == e.id && s.viaCrosswalk.isEmpty();
                });
                if (!direct)
                    m_choice->addItem(e.title, e.id);
            }
            m_choice->setCurrentIndex(std::max(0, m_choice->findData(chosen)));
        } else {
            m_messages->show(MessageBar::Kind::Error, (!linked ? linked.error() : all.error()).toString());
        }
    }
    QStringList also;
    for (const CrosswalkLink *link : library->crosswalkFor(m_urn))
        for (const Ref &other : link->requirements)
            if (other.id != m_urn) {
                const Requirement *o = library->requirement(other.id);
                const QString text = linkHtml(LinkTarget::requirement(other.id), o ? o->title.current() : other.id);
                if (!also.contains(text))
                    also << text;
            }
    m_crosswalk->setText(also.isEmpty() ? QString()
                                        : tr("Through the crosswalk, evidence for this requirement also counts for: %1")
                                              .arg(also.join(QStringLiteral(", "))));
    m_crosswalk->setVisible(!also.isEmpty());
    fillReceivedFindings();
    updateButtons();
}

void RequirementPage::fillReceivedFindings()
{
    // A regulator's findings on this requirement, newest review first, so the team sees what to answer.
    QStringList lines;
    if (ProjectStore *store = session()->store(); store && !isReview()) {
        auto reviews = ImportedReviewTable::list(*store);
        if (!reviews) {
            m_messages->show(MessageBar::Kind::Error, reviews.error().toString());
        } else {
            for (const ImportedReview &r : *reviews)
                for (const ReviewFinding &f : r.findings) {
                    if (f.urn != m_urn)
                        continue;
                    const QString who = r.reviewerOrganisation.isEmpty()
                                            ? r.reviewerName
                                            : tr("%1, %2").arg(r.reviewerName, r.reviewerOrganisation);
                    QString line = tr("<b>%1</b> from %2 (review of %3)")
                                       .arg(verdictLabel(f.verdict).toHtmlEscaped(), who.toHtmlEscaped(),
                                            dateText(r.reviewedAt.toLocalTime().date()));
                    if (!f.comment.isEmpty())
                        line += QStringLiteral(": ") + f.comment.toHtmlEscaped();
                    lines << line;
                }
        }
    }
    m_received->setText(lines.join(QStringLiteral("<br>")));
    m_receivedBox->setVisible(!lines.isEmpty());
}

void RequirementPage::fillForm()
{
    const tracking::ProjectProgress *progress = session()->progress();
    const tracking::RequirementProgress *rp = progress ? progress->requirement(m_urn) : nullptr;
    if (!rp)
        return;
    m_filling = true;
    const bool applies = rp->applies();
    const RequirementState state = rp->state.value_or(RequirementState{});
    RequirementApplicability asIfApplies;
    asIfApplies.state = Applicability::Applies;
    // Where it does not apply, the form (disabled) still shows what the team recorded.
    const TrackedStatus shown = applies ? rp->status : tracking::trackedStatus(asIfApplies, rp->state);
    // A pending "not applicable" without a justification stays chosen until the justification is written.
    const bool pendingNotApplicable = m_status->currentData().toInt() == int(TrackedStatus::NotApplicable) &&
                                      state.status != RequirementStatus::NotApplicable && m_justification->hasFocus();
    if (!pendingNotApplicable)
        m_status->setCurrentIndex(std::max(0, m_status->findData(int(shown))));
    if (!m_justification->hasFocus())
        m_justification->setPlainText(state.justification);
    if (!m_owner->hasFocus())
        m_owner->setText(state.owner);
    m_hasDue->setChecked(state.dueDate.has_value());
    const QDate today = progress->today;
    if (!m_due->hasFocus())
        m_due->setDate(state.dueDate.value_or(today.addDays(30)));
    if (!m_notes->hasFocus())
        m_notes->setPlainText(state.notes);
    // A review project's content is sealed: the texts stay readable and selectable, nothing can be changed.
    const bool sealed = isReview();
    for (QWidget *w : std::initializer_list<QWidget *>{m_status, m_hasDue})
        w->setEnabled(applies && !sealed);
    for (QWidget *w : std::initializer_list<QWidget *>{m_justification, m_owner, m_notes})
        w->setEnabled(applies || sealed);
    m_justification->setReadOnly(sealed);
    m_notes->setReadOnly(sealed);
    m_owner->setReadOnly(sealed);
    m_owner->setPlaceholderText(sealed ? QString() : tr("Who is responsible"));
    m_due->setEnabled(applies && !sealed && m_hasDue->isChecked());
    const bool showJustification = m_status->currentData().toInt() == int(TrackedStatus::NotApplicable) ||
                                   (sealed && !state.justification.isEmpty());
    m_justification->setVisible(showJustification);
    m_justificationLabel->setVisible(showJustification);
    m_changedBy->setText(rp->state ? tr("Last changed by %1 on %2")
                                         .arg(rp->state->updatedBy,
                                              dateTimeText(rp->state->updatedAt))
                                   : sealed ? tr("The vendor recorded nothing on this requirement.")
                                            : tr("Nothing recorded yet."));
    m_filling = false;
}

void RequirementPage::statusChosen()
{
    const bool notApplicable = m_status->currentData().toInt() == int(TrackedStatus::NotApplicable);
    m_justification->setVisible(notApplicable);
    m_justificationLabel->setVisible(notApplicable);
    if (notApplicable && m_justification->toPlainText().trimmed().isEmpty()) {
        // As the store does: "not applicable" is only recorded with a reason.
        m_messages->show(MessageBar::Kind::Information,
                         tr("A requirement that applies can only be set aside as not applicable with a justification. "
                            "Write why, then leave the field to save."));
        m_justification->setFocus();
        return;
    }
    saveState();
}

void RequirementPage::saveState()
{
    if (m_filling || m_urn.isEmpty() || !session()->store() || isReview())
        return;
    const tracking::ProjectProgress *progress = session()->progress();
    const tracking::RequirementProgress *rp = progress ? progress->requirement(m_urn) : nullptr;
    if (!rp || !rp->applies())
        return;
    RequirementState state = rp->state.value_or(RequirementState{});
    state.urn = m_urn;
    if (!rp->state)
        state.rowVersion = 0; // nothing was stored when the page was filled; a row saved since is someone else's
    const auto status = static_cast<TrackedStatus>(m_status->currentData().toInt());
    switch (status) {
    case TrackedStatus::InProgress: state.status = RequirementStatus::InProgress; break;
    case TrackedStatus::Met: state.status = RequirementStatus::Met; break;
    case TrackedStatus::NotApplicable: state.status = RequirementStatus::NotApplicable; break;
    default: state.status = RequirementStatus::NotStarted; break;
    }
    state.justification = m_justification->toPlainText().trimmed();
    if (state.status == RequirementStatus::NotApplicable && state.justification.isEmpty())
        return; // statusChosen() said what is missing; nothing is saved until the justification is written
    state.owner = m_owner->text().trimmed();
    state.dueDate = m_hasDue->isChecked() ? std::optional<QDate>(m_due->date()) : std::nullopt;
    state.notes = m_notes->toPlainText();
    Status s = session()->saveRequirementState(state);
    if (!s && s.error().kind() == Error::Kind::Conflict) {
        // Someone else saved this requirement since the page was filled: say whose change won, and offer to put
        // this one on top of it.
        if (!askToReapply(this, session()->inUsersWords(s.error()), tr("Your change was not saved. Apply your change on top of theirs?"))) {
            session()->notifyChanged(QStringLiteral("requirements")); // show theirs
            return;
        }
        auto latest = RequirementStateTable(*session()->store()).find(m_urn);
        if (!latest) {
            s = latest.error();
        } else {
            state.rowVersion = *latest ? (*latest)->rowVersion : std::optional<qint64>(0);
            s = session()->saveRequirementState(state);
        }
    }
    if (!s) {
        m_messages->show(MessageBar::Kind::Error, s.error().toString());
        fillForm(); // back to what is stored
        return;
    }
    m_messages->hide();
}

void RequirementPage::linkChosen()
{
    const qint64 id = m_choice->currentData().toLongLong();
    if (!id)
        return;
    if (auto s = session()->setEvidenceLink(id, m_urn, true); !s)
        m_messages->show(MessageBar::Kind::Error, s.error().toString());
}

void RequirementPage::unlinkSelected()
{
    const auto *item = m_evidence->itemAt(m_evidenceView->currentIndex().row());
    if (!item)
        return;
    if (!item->viaCrosswalk.isEmpty()) {
        m_messages->show(MessageBar::Kind::Information,
                         tr("This item counts through the crosswalk; remove its link on “%1” instead.")
                             .arg(session()->library()->requirement(item->viaCrosswalk)
                                      ? session()->library()->requirement(item->viaCrosswalk)->title.current()
                                      : item->viaCrosswalk));
        return;
    }
    if (auto s = session()->setEvidenceLink(item->item.id, m_urn, false); !s)
        m_messages->show(MessageBar::Kind::Error, s.error().toString());
}

void RequirementPage::openSelected()
{
    const qint64 id = m_evidence->idAt(m_evidenceView->currentIndex().row());
    if (id)
        Q_EMIT linkActivated(LinkTarget::evidence(id).url());
}

bool RequirementPage::isReview() const
{
    return session()->store() && session()->store()->isReviewProject();
}

void RequirementPage::updateButtons()
{
    const auto *item = m_evidence->itemAt(m_evidenceView->currentIndex().row());
    // In a review project links cannot change; the evidence can still be opened.
    for (QWidget *w : std::initializer_list<QWidget *>{m_link, m_choice})
        w->setVisible(!isReview());
    m_unlink->setVisible(!isReview() && m_evidence->rowCount() > 0);
    m_noEvidence->setText(isReview() ? tr("The vendor linked no evidence to this requirement.")
                                     : tr("No evidence is linked to this requirement yet. Choose an item from the "
                                          "library below and link it, or add files on the evidence page first."));
    m_open->setEnabled(item != nullptr);
    m_unlink->setEnabled(item != nullptr && item->viaCrosswalk.isEmpty());
    m_link->setEnabled(m_choice->count() > 0);
    m_choice->setEnabled(m_choice->count() > 0);
    m_choice->setPlaceholderText(tr("No other evidence in the library"));
}

QString RequirementPage::titleText() const
{
    return m_title->text();
}

QString RequirementPage::bodyText() const
{
    return m_body->toPlainText();
}

QString RequirementPage::reviewText() const
{
    return m_review->isHidden() ? QString() : m_review->text();
}

QString RequirementPage::applicabilityText() const
{
    return m_applicability->text();
}

QString RequirementPage::crosswalkText() const
{
    return m_crosswalk->isHidden() ? QString() : m_crosswalk->text();
}

QString RequirementPage::messageText() const
{
    return m_messages->text();
}

QString RequirementPage::receivedFindingsText() const
{
    return m_receivedBox->isHidden() ? QString() : m_received->text();
}

QString RequirementPage::reviewNoteText() const
{
    return m_reviewNote->isHidden() ? QString() : m_reviewNote->text();
}

void RequirementPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_evidence->retranslate();
        if (!m_urn.isEmpty())
            refresh();
        Q_EMIT titleChanged();
    }
    Page::changeEvent(event);
}

void RequirementPage::retranslate()
{
    m_due->setDisplayFormat(dateEditFormat()); // the language decides how dates are written
    m_evidenceBox->setTitle(tr("Evidence"));
    m_receivedBox->setTitle(tr("Findings from reviews"));
    const QString labels[] = {tr("S&tatus:"), tr("&Justification:"), tr("O&wner:"), tr("D&ue:"), tr("N&otes:")};
    for (int i = 0; i < m_formLabels.size(); ++i)
        m_formLabels[i]->setText(labels[i]);
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, statusLabel(static_cast<TrackedStatus>(m_status->itemData(i).toInt())));
    m_status->setAccessibleName(tr("Status"));
    m_justification->setAccessibleName(tr("Justification for not applicable"));
    m_justification->setPlaceholderText(tr("Why this requirement does not apply to your use (required)"));
    m_owner->setAccessibleName(tr("Owner"));
    m_hasDue->setAccessibleName(tr("Has a due date"));
    m_due->setAccessibleName(tr("Due date"));
    m_notes->setAccessibleName(tr("Notes"));
    m_body->setAccessibleName(tr("Requirement text, sources and expected evidence"));
    m_evidenceView->setAccessibleName(tr("Linked evidence"));
    m_choice->setAccessibleName(tr("Evidence to link"));
    m_link->setText(tr("&Link"));
    m_link->setAccessibleName(tr("Link the chosen evidence"));
    m_unlink->setText(tr("&Remove link"));
    m_open->setText(tr("O&pen in the evidence viewer"));
    m_confirm->setText(tr("&Confirm"));
    m_confirm->setAccessibleName(tr("Confirm that the requirement still holds"));
    for (QPushButton *b : {m_unlink, m_open})
        b->setAccessibleName(b->text().remove(QLatin1Char('&')));
}

} // namespace vv::ui
