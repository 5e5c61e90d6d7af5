#include "ui/ProjectOverviewPage.h"

#include "monitoring/IncidentRules.h"
#include "store/DeviationTable.h"
#include "store/PackageBuildTable.h"
#include "store/ProjectStore.h"
#include "ui/Labels.h"
#include "ui/ProjectSession.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace vv::ui {

ProjectOverviewPage::ProjectOverviewPage(ProjectSession *session, QWidget *parent)
    : Page(session, parent), m_heading(new QLabel(this)), m_nextHeading(new QLabel(this)), m_nextText(new QLabel(this)),
      m_nextAction(new QPushButton(this)), m_form(new QFormLayout), m_name(new QLabel(this)),
      m_systemVersion(new QLabel(this)), m_role(new QLabel(this)), m_schema(new QLabel(this)),
      m_created(new QLabel(this)), m_modified(new QLabel(this)), m_audit(new QLabel(this)), m_files(new QLabel(this)),
      m_location(new QLabel(this)), m_member(new QLabel(this)), m_chainState(new QLabel(this)), m_verify(new QPushButton(this))
{
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_heading->setFont(f);
    for (QLabel *l : {m_name, m_systemVersion, m_role, m_schema, m_created, m_modified, m_audit, m_files, m_location,
                      m_member})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // One line: a path wrapped at its slashes lost its second line in the form (the file name).
    m_location->setWordWrap(false);
    m_chainState->setWordWrap(true);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (QLabel *l : {m_name, m_systemVersion, m_role, m_schema, m_created, m_modified, m_audit, m_files, m_location,
                      m_member}) {
        auto *label = new QLabel(this);
        label->setBuddy(l);
        m_form->addRow(label, l);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_heading);
    layout->addSpacing(12);
    // The next step comes first: it is what a newcomer looks for.
    auto *next = new QFrame(this);
    next->setFrameShape(QFrame::StyledPanel);
    auto *nextLayout = new QHBoxLayout(next);
    QFont bold = m_nextHeading->font();
    bold.setBold(true);
    m_nextHeading->setFont(bold);
    m_nextText->setWordWrap(true);
    nextLayout->addWidget(m_nextHeading);
    nextLayout->addWidget(m_nextText, 1);
    nextLayout->addWidget(m_nextAction);
    layout->addWidget(next);
    layout->addSpacing(12);
    layout->addLayout(m_form);
    layout->addSpacing(12);
    auto *row = new QHBoxLayout;
    row->addWidget(m_verify);
    row->addWidget(m_chainState, 1);
    layout->addLayout(row);
    layout->addStretch();
    setTabOrder(m_nextAction, m_verify); // the suggestion before the check of the audit chain
    connect(m_verify, &QPushButton::clicked, this, &ProjectOverviewPage::verifyAudit);
    connect(m_nextAction, &QPushButton::clicked, this, [this] { Q_EMIT linkActivated(m_nextTarget.url()); });
    connect(session, &ProjectSession::opened, this, [this] {
        m_chainState->clear();
        refresh();
    });
    // Every saved change adds an audit entry, so the counts change with anything.
    connect(session, &ProjectSession::changed, this, &ProjectOverviewPage::refresh);
    retranslate();
}

QString ProjectOverviewPage::pageTitle() const
{
    return tr("Overview");
}

QString ProjectOverviewPage::nameText() const
{
    return m_name->text();
}

QString ProjectOverviewPage::auditText() const
{
    return m_audit->text();
}

QString ProjectOverviewPage::locationText() const
{
    return m_location->text();
}

QString ProjectOverviewPage::memberText() const
{
    return m_member->text();
}

void ProjectOverviewPage::refresh()
{
    ProjectStore *store = session()->store();
    if (!store)
        return;
    auto info = store->info();
    if (!info) {
        m_chainState->setText(info.error().toString());
        return;
    }
    const QLocale locale;
    m_name->setText(info->name);
    m_systemVersion->setText(info->systemVersion);
    m_role->setText(roleLabel(info->role));
    m_schema->setText(tr("%1 (last written by Veiviser %2)").arg(info->schemaVersion).arg(info->writtenBy));
    m_created->setText(dateTimeText(info->created));
    m_modified->setText(dateTimeText(info->modified));
    m_audit->setText(locale.toString(info->counts.value(QStringLiteral("audit_entries"))));
    m_files->setText(locale.toString(info->counts.value(QStringLiteral("blobs"))));
    const QString where = store->isTeamProject() ? info->location
                                                 : QDir::toNativeSeparators(QFileInfo(info->location).absoluteFilePath());
    m_location->setText(where);
    m_location->setToolTip(where);
    QString memberRole;
    switch (store->memberRole()) {
    case MemberRole::Editor: memberRole = tr("editor: may change the project"); break;
    case MemberRole::Reviewer: memberRole = tr("reviewer: may review evidence"); break;
    case MemberRole::ReadOnly: memberRole = tr("read-only"); break;
    }
    if (store->isReviewProject())
        memberRole = tr("reviewer of a package: may record findings, not change the package's content");
    m_member->setText(tr("%1, %2").arg(store->actor(), memberRole));
    const NextStep step = nextStep(projectState());
    m_nextText->setText(step.text);
    m_nextAction->setText(step.action);
    m_nextAction->setVisible(!step.action.isEmpty());
    m_nextTarget = step.target;
}

QString ProjectOverviewPage::nextStepText() const
{
    return m_nextText->text();
}

void ProjectOverviewPage::setOpenAlarms(int count)
{
    if (count == m_alarmsOpen)
        return;
    m_alarmsOpen = count;
    refresh();
}

ProjectState ProjectOverviewPage::projectState()
{
    ProjectState state;
    state.alarmsOpen = m_alarmsOpen;
    ProjectStore *store = session()->store();
    const tracking::ProjectProgress *progress = store ? session()->progress() : nullptr;
    if (!progress)
        return state;
    state.assessed = true;
    state.questionsNeeded = int(progress->assessment.missing.size());
    state.firstQuestion = progress->assessment.missing.value(0);
    for (const tracking::RequirementProgress &r : progress->requirements) {
        if (!r.lacksEvidence())
            continue;
        if (state.lackingEvidence++ == 0)
            state.firstLacking = r.urn;
    }
    state.requirementsOpen = progress->overall.applicable() - progress->overall.done();
    // What cannot be read counts as nothing to do: the pages that show it say what went wrong.
    if (auto builds = PackageBuildTable::list(*store))
        state.packagesBuilt = int(builds->size());
    if (auto deviations = DeviationTable(*store).all())
        for (const Deviation &d : *deviations)
            state.deviationsOpen += d.closed ? 0 : 1;
    if (const guidance::GuidanceLibrary *library = session()->library()) {
        auto due = monitoring::reportsDue(*store, *library,
                                          [progress](const QString &fact) { return progress->assessment.value(fact); });
        if (due)
            for (const monitoring::PendingReport &r : due->reports) {
                ++state.reportsPending;
                state.reportsOverdue += r.status.overdue() ? 1 : 0;
            }
    }
    return state;
}

NextStep ProjectOverviewPage::nextStep(const ProjectState &s)
{
    const LinkTarget deviations = LinkTarget::page(QStringLiteral("deviations"));
    if (!s.assessed)
        return {tr("The next step cannot be worked out while the guidance packs cannot be read (see the message at "
                   "the top)."),
                QString(), LinkTarget::page(QStringLiteral("dashboard"))};
    if (s.reportsOverdue > 0)
        return {tr("%n incident report(s) are past their legal deadline. Send them and record them as sent.", nullptr,
                   s.reportsOverdue),
                tr("Go to &deviations"), deviations};
    if (s.alarmsOpen > 0)
        return {tr("%n monitoring alarm(s) are open. Take each on as a deviation.", nullptr, s.alarmsOpen),
                tr("Go to &monitoring"), LinkTarget::page(QStringLiteral("monitoring"))};
    if (s.reportsPending > 0)
        return {tr("%n incident report(s) are not yet sent. Send each before its deadline.", nullptr,
                   s.reportsPending),
                tr("Go to &deviations"), deviations};
    if (s.deviationsOpen > 0)
        return {tr("%n deviation(s) are open. Assess them, correct the cause and close them.", nullptr,
                   s.deviationsOpen),
                tr("Go to &deviations"), deviations};
    if (s.questionsNeeded > 0)
        return {tr("%n walkthrough question(s) are still needed to decide which requirements apply.", nullptr,
                   s.questionsNeeded),
                tr("&Answer the questions"), LinkTarget::question(s.firstQuestion)};
    if (s.lackingEvidence > 0)
        return {tr("%n requirement(s) that apply have no evidence yet.", nullptr, s.lackingEvidence),
                tr("A&dd evidence"), LinkTarget::requirement(s.firstLacking)};
    if (s.requirementsOpen > 0)
        return {tr("%n requirement(s) that apply are not yet met. Set each one's status as the work is done.",
                   nullptr, s.requirementsOpen),
                tr("Open the &dashboard"), LinkTarget::page(QStringLiteral("dashboard"))};
    if (s.packagesBuilt == 0)
        return {tr("Every requirement that applies is met and documented. Build a documentation package."),
                tr("Build a &package"), LinkTarget::page(QStringLiteral("packages"))};
    return {tr("Every requirement that applies is met and documented, and a package is built. Build a new one when "
               "the system or its evidence changes."),
            tr("Go to &packages"), LinkTarget::page(QStringLiteral("packages"))};
}

void ProjectOverviewPage::verifyAudit()
{
    ProjectStore *store = session()->store();
    if (!store)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto v = store->verifyAudit();
    QApplication::restoreOverrideCursor();
    if (!v)
        m_chainState->setText(v.error().toString());
    else if (v->intact)
        m_chainState->setText(tr("The audit chain is intact: %n entries verified.", nullptr, static_cast<int>(v->entries)));
    else
        m_chainState->setText(tr("The audit chain is broken at entry %1: %2").arg(v->firstBadSeq).arg(v->problem));
}

void ProjectOverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
        Q_EMIT titleChanged();
    }
    QWidget::changeEvent(event);
}

void ProjectOverviewPage::retranslate()
{
    m_heading->setText(tr("Project overview"));
    const QString labels[] = {tr("Name:"), tr("System version:"), tr("Role:"), tr("Schema version:"),
                              tr("Created:"), tr("Last change:"), tr("Audit entries:"), tr("Stored files:"),
                              tr("Location:"), tr("You:")};
    for (int i = 0; i < m_form->rowCount(); ++i) {
        if (auto *label = qobject_cast<QLabel *>(m_form->itemAt(i, QFormLayout::LabelRole)
                                                     ? m_form->itemAt(i, QFormLayout::LabelRole)->widget()
                                                     : nullptr))
            label->setText(labels[i]);
    }
    m_verify->setText(tr("&Verify audit chain"));
    m_nextHeading->setText(tr("Next step:"));
    m_verify->setToolTip(tr("Check that no recorded change was altered, removed or reordered."));
}

} // namespace vv::ui
