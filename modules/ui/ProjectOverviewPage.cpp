#include "ui/ProjectOverviewPage.h"

#include "store/ProjectStore.h"
#include "ui/Labels.h"
#include "ui/ProjectSession.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace vv::ui {

ProjectOverviewPage::ProjectOverviewPage(ProjectSession *session, QWidget *parent)
    : Page(session, parent), m_heading(new QLabel(this)), m_form(new QFormLayout), m_name(new QLabel(this)),
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
    layout->addLayout(m_form);
    layout->addSpacing(12);
    auto *row = new QHBoxLayout;
    row->addWidget(m_verify);
    row->addWidget(m_chainState, 1);
    layout->addLayout(row);
    layout->addStretch();
    connect(m_verify, &QPushButton::clicked, this, &ProjectOverviewPage::verifyAudit);
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
    m_created->setText(locale.toString(info->created.toLocalTime(), QLocale::LongFormat));
    m_modified->setText(locale.toString(info->modified.toLocalTime(), QLocale::LongFormat));
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
    m_verify->setToolTip(tr("Check that no recorded change was altered, removed or reordered."));
}

} // namespace vv::ui
