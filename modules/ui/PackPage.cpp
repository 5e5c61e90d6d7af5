#include "ui/PackPage.h"

#include "ui/Labels.h"
#include "ui/Links.h"
#include "ui/ProjectSession.h"
#include "ui/RequirementModels.h"
#include "ui/TraceHtml.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QTableView>
#include "ui/SelfContainedText.h"
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace vv::ui {

using namespace vv::guidance;

PackPage::PackPage(ProjectSession *session, QWidget *parent)
    : Page(session, parent), m_where(new QLabel(this)), m_title(new QLabel(this)), m_progressLabel(new QLabel(this)),
      m_listLabel(new QLabel(this)), m_progress(new QProgressBar(this)), m_about(new SelfContainedText(this)),
      m_model(new RequirementTableModel(this)), m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("pack"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    for (QLabel *l : {m_where, m_title, m_progressLabel})
        l->setWordWrap(true);
    QFont bold = m_listLabel->font();
    bold.setBold(true);
    m_listLabel->setFont(bold);
    m_listLabel->setBuddy(m_view);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(12);
    routeLinks(m_about, this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setIconSize(QSize(32, 16));
    m_view->horizontalHeader()->setSectionResizeMode(RequirementTableModel::Title, QHeaderView::Stretch);
    for (int c = RequirementTableModel::Status; c < RequirementTableModel::ColumnCount; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 8, 0, 0);
    listLayout->addWidget(m_listLabel);
    listLayout->addWidget(m_view, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_about);
    split->addWidget(list);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressLabel, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(m_where);
    layout->addWidget(m_title);
    layout->addLayout(progressRow);
    layout->addWidget(split, 1);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT linkActivated(LinkTarget::requirement(m_model->urnAt(index.row())).url());
    });
    connect(session, &ProjectSession::changed, this, [this] {
        if (!m_packId.isEmpty())
            refresh();
    });
    connect(session, &ProjectSession::opened, this, [this] { m_packId.clear(); });
    retranslate();
}

QString PackPage::pageTitle() const
{
    return tr("Guidance pack");
}

void PackPage::showPack(const QString &packId, const QString &sectionId)
{
    m_packId = packId;
    m_sectionId = sectionId;
    refresh();
}

void PackPage::refresh()
{
    const GuidanceLibrary *library = session()->library();
    const tracking::ProjectProgress *progress = session()->store() ? session()->progress() : nullptr;
    const Pack *pack = library ? library->pack(m_packId) : nullptr;
    if (!pack || !progress)
        return;
    const Section *section = m_sectionId.isEmpty() ? nullptr : pack->section(m_sectionId);
    m_where->setText(section ? pack->title.current() : tr("Guidance pack %1, version %2").arg(pack->id, pack->version));
    m_title->setText(section ? section->title.current() : pack->title.current());

    std::vector<tracking::RequirementProgress> rows;
    tracking::StatusCounts counts;
    for (const tracking::RequirementProgress &r : progress->requirements) {
        if (r.packId != m_packId || (section && r.sectionId != m_sectionId))
            continue;
        rows.push_back(r);
        counts.add(r.status);
    }
    // The ones that apply come first: they are the team's work; the rest are there for reference.
    std::stable_partition(rows.begin(), rows.end(),
                          [](const tracking::RequirementProgress &r) { return r.status != tracking::TrackedStatus::DoesNotApply; });
    m_model->setRequirements(rows, library);
    m_progress->setRange(0, std::max(1, counts.applicable()));
    m_progress->setValue(counts.done());
    QString progressText = tr("%1 of %2 requirements that apply are done; %3 do not apply")
                               .arg(counts.done())
                               .arg(counts.applicable())
                               .arg(counts.count(tracking::TrackedStatus::DoesNotApply));
    if (const int unknown = counts.count(tracking::TrackedStatus::Undetermined); unknown > 0)
        progressText += QStringLiteral("; ") + tr("%n not yet known", nullptr, unknown);
    m_progressLabel->setText(progressText);
    m_progress->setAccessibleDescription(progressText);

    QString html = QStringLiteral("<p>%1</p>").arg(pack->summary.current().toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2<br/><b>%3</b> %4</p>")
                .arg(tr("Applies in the EU from:").toHtmlEscaped(),
                     dateText(pack->effectiveEu).toHtmlEscaped(),
                     tr("Applies in Norway from:").toHtmlEscaped(),
                     (pack->effectiveNo ? dateText(*pack->effectiveNo)
                                        : tr("not yet decided"))
                         .toHtmlEscaped());
    if (!pack->effectiveNote.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(pack->effectiveNote.current().toHtmlEscaped());
    QStringList agencies;
    for (const Ref &a : pack->agencies)
        agencies << TraceHtml::agency(*library, a.id);
    if (!agencies.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Agencies:").toHtmlEscaped(), agencies.join(QStringLiteral(", ")));
    m_about->setHtml(html);
}

QString PackPage::titleText() const
{
    return m_title->text();
}

QString PackPage::progressText() const
{
    return m_progressLabel->text();
}

void PackPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
        if (!m_packId.isEmpty())
            refresh();
        Q_EMIT titleChanged();
    }
    Page::changeEvent(event);
}

void PackPage::retranslate()
{
    m_listLabel->setText(tr("&Requirements"));
    m_view->setAccessibleName(tr("Requirements"));
    m_about->setAccessibleName(tr("About the guidance pack"));
    m_progress->setAccessibleName(tr("Progress"));
}

} // namespace vv::ui
