#include "ui/DashboardPage.h"

#include "monitoring/IncidentRules.h"
#include "store/ProjectStore.h"
#include "tracking/Walkthrough.h"
#include "ui/DeviationModels.h"
#include "core/Translation.h"
#include "ui/Labels.h"
#include "ui/Links.h"
#include "ui/ProjectSession.h"
#include "ui/RequirementModels.h"
#include "ui/StatusStyle.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QBarSet>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QFontMetrics>
#include <QFrame>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QValueAxis>
#include <QVBoxLayout>

namespace vv::ui {

using tracking::TrackedStatus;

// The statuses the charts show, in the order of the bars and the donut (done first).
static const TrackedStatus chartStatuses[] = {TrackedStatus::Met, TrackedStatus::NotApplicable,
                                              TrackedStatus::InProgress, TrackedStatus::NotStarted,
                                              TrackedStatus::Undetermined};

DashboardPage::DashboardPage(ProjectSession *session, QWidget *parent)
    : Page(session, parent), m_heading(new QLabel(this)), m_subheading(new QLabel(this)),
      m_continueBox(new QFrame(this)), m_continueHeading(new QLabel(m_continueBox)),
      m_continueText(new QLabel(m_continueBox)), m_continueButton(new QPushButton(m_continueBox)),
      m_summary(new QLabel(this)),
      m_packView(new QChartView(this)), m_overallView(new QChartView(this)), m_due(new RequirementTableModel(this)),
      m_review(new RequirementTableModel(this)), m_stale(new EvidenceListModel(this)), m_dueLabel(new QLabel(this)),
      m_reviewLabel(new QLabel(this)), m_staleLabel(new QLabel(this)), m_dueEmpty(new QLabel(this)),
      m_reviewEmpty(new QLabel(this)), m_staleEmpty(new QLabel(this)), m_dueView(new QTableView(this)),
      m_reviewView(new QTableView(this)), m_staleView(new QTableView(this)), m_dueStack(new QStackedWidget(this)),
      m_reviewStack(new QStackedWidget(this)), m_staleStack(new QStackedWidget(this)), m_reportsLabel(new QLabel(this)),
      m_reports(new QListWidget(this)), m_reportsBox(new QWidget(this))
{
    setObjectName(QStringLiteral("dashboard"));
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_heading->setFont(f);
    m_subheading->setWordWrap(true);
    m_summary->setWordWrap(true);

    m_continueBox->setFrameShape(QFrame::StyledPanel);
    QFont bold = m_continueHeading->font();
    bold.setBold(true);
    m_continueHeading->setFont(bold);
    m_continueText->setWordWrap(true);
    m_continueText->setTextFormat(Qt::PlainText);
    auto *card = new QHBoxLayout(m_continueBox);
    auto *cardText = new QVBoxLayout;
    cardText->addWidget(m_continueHeading);
    cardText->addWidget(m_continueText);
    card->addLayout(cardText, 1);
    card->addWidget(m_continueButton, 0, Qt::AlignVCenter);
    m_continueBox->hide();
    connect(m_continueButton, &QPushButton::clicked, this,
            [this] { Q_EMIT linkActivated(LinkTarget::question(m_continueQuestion).url()); });

    auto *tiles = new QHBoxLayout;
    for (int i = 0; i < 6; ++i) {
        auto *tile = new QLabel(this);
        tile->setFrameShape(QFrame::StyledPanel);
        tile->setAlignment(Qt::AlignCenter);
        tile->setMargin(8);
        tile->setWordWrap(true);
        tile->setTextFormat(Qt::RichText);
        tile->setMinimumHeight(64);
        tiles->addWidget(tile, 1);
        m_tiles << tile;
    }

    for (QChartView *v : {m_packView, m_overallView}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumHeight(240);
        v->setFocusPolicy(Qt::TabFocus);
        v->setFrameShape(QFrame::NoFrame);
        showFocusFrame(v);
    }
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_overallView, 2);
    charts->addWidget(m_packView, 3);

    for (QTableView *v : {m_dueView, m_reviewView, m_staleView}) {
        v->setSelectionBehavior(QAbstractItemView::SelectRows);
        v->setSelectionMode(QAbstractItemView::SingleSelection);
        v->setEditTriggers(QAbstractItemView::NoEditTriggers);
        v->verticalHeader()->hide();
        v->setWordWrap(false);
        v->setIconSize(statusIconSize());
        v->setMinimumHeight(120);
    }
    m_dueView->setModel(m_due);
    m_reviewView->setModel(m_review);
    m_staleView->setModel(m_stale);
    for (QTableView *v : {m_dueView, m_reviewView}) {
        v->horizontalHeader()->setSectionResizeMode(RequirementTableModel::Title, QHeaderView::Stretch);
        for (int c = RequirementTableModel::Status; c < RequirementTableModel::ColumnCount; ++c)
            v->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    m_dueView->hideColumn(RequirementTableModel::Evidence);
    m_reviewView->hideColumn(RequirementTableModel::Due);
    m_reviewView->hideColumn(RequirementTableModel::AppliesFrom);
    m_reviewView->hideColumn(RequirementTableModel::Evidence);
    m_staleView->horizontalHeader()->setSectionResizeMode(EvidenceListModel::Title, QHeaderView::Stretch);
    m_staleView->horizontalHeader()->setSectionResizeMode(EvidenceListModel::Attention, QHeaderView::ResizeToContents);
    m_staleView->hideColumn(EvidenceListModel::Counts);

    // Incident reports have legal deadlines: they come first, above the requirements due.
    m_reportsLabel->setFont(bold);
    m_reportsLabel->setBuddy(m_reports);
    auto *reportsLayout = new QVBoxLayout(m_reportsBox);
    reportsLayout->setContentsMargins(0, 8, 0, 0);
    reportsLayout->addWidget(m_reportsLabel);
    reportsLayout->addWidget(m_reports);
    m_reportsBox->hide();
    connect(m_reports, &QListWidget::itemActivated, this,
            [this] { Q_EMIT linkActivated(LinkTarget::page(QStringLiteral("deviations")).url()); });

    // The requirements due have five columns and long titles: they get the page's width (beside the other lists,
    // the title had a fifth of a narrow list at 1366×768). The two shorter lists share the row below.
    auto *lists = new QGridLayout;
    lists->addWidget(listBox(m_dueLabel, m_dueView, m_dueEmpty, m_dueStack), 0, 0, 1, 2);
    lists->addWidget(listBox(m_reviewLabel, m_reviewView, m_reviewEmpty, m_reviewStack), 1, 0);
    lists->addWidget(listBox(m_staleLabel, m_staleView, m_staleEmpty, m_staleStack), 1, 1);
    lists->setColumnStretch(0, 1);
    lists->setColumnStretch(1, 1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addWidget(m_continueBox);
    layout->addLayout(tiles);
    layout->addWidget(m_summary);
    layout->addWidget(m_reportsBox);
    layout->addLayout(charts, 3);
    layout->addLayout(lists, 2);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    for (QTableView *v : {m_dueView, m_reviewView})
        connect(v, &QTableView::activated, this, [this, v](const QModelIndex &index) {
            auto *model = static_cast<RequirementTableModel *>(v->model());
            Q_EMIT linkActivated(LinkTarget::requirement(model->urnAt(index.row())).url());
        });
    connect(m_staleView, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT linkActivated(LinkTarget::evidence(m_stale->idAt(index.row())).url());
    });
    connect(session, &ProjectSession::opened, this, &DashboardPage::refresh);
    connect(session, &ProjectSession::changed, this, &DashboardPage::refresh);
    connect(session, &ProjectSession::aboutToClose, this, [this] {
        m_due->clear();
        m_review->clear();
        m_stale->clear();
        m_reports->clear();
        m_reportsBox->hide();
        m_continueBox->hide();
    });
    retranslate();
}

QWidget *DashboardPage::listBox(QLabel *heading, QTableView *view, QLabel *empty, QStackedWidget *stack)
{
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setBuddy(view);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    empty->setMargin(6);
    stack->addWidget(view);
    stack->addWidget(empty);
    auto *box = new QWidget(this);
    auto *l = new QVBoxLayout(box);
    l->setContentsMargins(0, 8, 0, 0);
    l->addWidget(heading);
    l->addWidget(stack, 1);
    return box;
}

QString DashboardPage::pageTitle() const
{
    return tr("Dashboard");
}

QIcon DashboardPage::pageIcon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

QChart *DashboardPage::packChart() const
{
    return m_packView->chart();
}

QChart *DashboardPage::overallChart() const
{
    return m_overallView->chart();
}

QString DashboardPage::summaryText() const
{
    QStringList parts;
    for (QLabel *t : m_tiles)
        parts << QTextDocumentFragment::fromHtml(t->text()).toPlainText().simplified();
    return parts.join(QStringLiteral(" | ")) + QStringLiteral(" | ") + m_summary->text();
}

static QString tileHtml(const QString &number, const QString &label)
{
    return QStringLiteral("<span style=\"font-size:x-large; font-weight:600\">%1</span><br/>%2")
        .arg(number.toHtmlEscaped(), label.toHtmlEscaped());
}

void DashboardPage::refresh()
{
    const tracking::ProjectProgress *p = session()->store() ? session()->progress() : nullptr;
    const guidance::GuidanceLibrary *library = session()->library();
    if (!p || !library) {
        m_summary->setText(session()->progressError());
        return;
    }
    auto info = session()->store()->info();
    m_subheading->setText(tr("%1, system version %2 · status on %3")
                              .arg(info ? info->name : QString(), info ? info->systemVersion : QString(),
                                   dateText(p->today)));
    const tracking::StatusCounts &c = p->overall;
    const int percent = c.applicable() > 0 ? int(100.0 * c.done() / c.applicable() + 0.5) : 0;
    std::vector<tracking::RequirementProgress> due, review;
    int overdue = 0, soon = 0, lacking = 0;
    for (const tracking::RequirementProgress *r : p->dueOrOverdue()) {
        due.push_back(*r);
        (r->deadline == tracking::Deadline::Overdue ? overdue : soon)++;
    }
    for (const tracking::RequirementProgress *r : p->needingReview())
        review.push_back(*r);
    for (const tracking::RequirementProgress &r : p->requirements)
        lacking += r.lacksEvidence() ? 1 : 0;

    m_tiles[0]->setText(tileHtml(QStringLiteral("%1 %").arg(percent),
                                 tr("done: %1 of %2 requirements that apply").arg(c.done()).arg(c.applicable())));
    m_tiles[1]->setText(tileHtml(QString::number(overdue), tr("overdue")));
    m_tiles[2]->setText(tileHtml(QString::number(soon), tr("due within %1 days").arg(tracking::ProjectProgress::soonDays)));
    m_tiles[3]->setText(tileHtml(QString::number(review.size()), tr("need review after a pack update")));
    m_tiles[4]->setText(tileHtml(QString::number(lacking), tr("without evidence")));
    m_tiles[5]->setText(tileHtml(QString::number(p->staleEvidence.size()), tr("stale evidence items")));
    m_tiles[1]->setAccessibleName(tr("%n requirement(s) overdue", nullptr, overdue));

    QString summary = tr("%1 requirements apply to this project, %2 do not apply.")
                          .arg(c.applicable())
                          .arg(c.count(TrackedStatus::DoesNotApply));
    if (const int unknown = c.count(TrackedStatus::Undetermined); unknown > 0)
        summary += QLatin1Char(' ') + tr("For %n more it is not yet known: answer the questions still needed in the "
                                         "walkthrough.", nullptr, unknown);
    m_summary->setText(summary);

    m_due->setRequirements(due, library);
    m_review->setRequirements(review, library);
    m_stale->setItems(p->staleEvidence, library);
    m_dueStack->setCurrentIndex(due.empty() ? 1 : 0);
    m_reviewStack->setCurrentIndex(review.empty() ? 1 : 0);
    m_staleStack->setCurrentIndex(p->staleEvidence.empty() ? 1 : 0);
    fillReports();
    fillContinueCard();
    buildCharts();
}

QString DashboardPage::continueText() const
{
    return m_continueText->text();
}

void DashboardPage::fillContinueCard()
{
    const tracking::ProjectProgress *progress = session()->progress();
    const guidance::GuidanceLibrary *library = session()->library();
    const tracking::WalkthroughProgress w = tracking::walkthroughProgress(progress->assessment, *library);
    m_continueQuestion = w.nextQuestion;
    const guidance::Question *q = w.finished() ? nullptr : library->question(w.nextQuestion);
    m_continueBox->setVisible(q);
    if (!q)
        return;
    QString text = tr("Next question: “%1”").arg(q->text.current()) + QLatin1Char('\n') +
                   tracking::questionPlace(*library, w.nextQuestion) + QStringLiteral(" · ") +
                   tr("%1 of %2 questions answered").arg(w.answered).arg(w.asked.size());
    if (const int needed = int(progress->assessment.missing.size()); needed > 0)
        text += QStringLiteral(" · ") + tr("%n still needed to decide which requirements apply", nullptr, needed);
    m_continueText->setText(text);
}

void DashboardPage::fillReports()
{
    m_reports->clear();
    const tracking::ProjectProgress *p = session()->progress();
    auto due = monitoring::reportsDue(*session()->store(), *session()->library(),
                                      [p](const QString &fact) { return p->assessment.value(fact); });
    if (!due) {
        m_reportsLabel->setText(tr("Incident reports due could not be worked out: %1")
                                    .arg(session()->inUsersWords(due.error()).toString()));
        m_reportsBox->setVisible(true);
        return;
    }
    int overdue = 0;
    for (const monitoring::PendingReport &r : due->reports) {
        const monitoring::IncidentReportStatus &s = r.status;
        overdue += s.overdue() ? 1 : 0;
        QString text = tr("%1 (deviation %2): %3").arg(s.due.rule->title.in(Translation::current())).arg(r.deviation)
                           .arg(countdown(s));
        if (s.due.due.isValid())
            text += QStringLiteral(" · ") + tr("due %1").arg(dateText(s.due.due));
        auto *item = new QListWidgetItem(text, m_reports);
        item->setToolTip(text);
        if (s.overdue())
            item->setForeground(overdueColor());
    }
    m_reportsLabel->setText(overdue > 0 ? tr("&Incident reports not sent (%n overdue):", nullptr, overdue)
                                        : tr("&Incident reports not sent:"));
    m_reportsBox->setVisible(!due->reports.empty());
    // As tall as its rows, up to five: the charts below need the room.
    const int rows = std::min(m_reports->count(), 5);
    if (rows > 0)
        m_reports->setFixedHeight(rows * m_reports->sizeHintForRow(0) + 2 * m_reports->frameWidth() + 4);
}

QString DashboardPage::wrappedAxisLabel(const QString &title, const QFont &font, int width)
{
    const QFontMetrics metrics(font);
    QStringList lines;
    QString line;
    for (const QString &word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            lines << line.toHtmlEscaped();
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty())
        lines << line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

void DashboardPage::buildCharts()
{
    const tracking::ProjectProgress *p = session()->store() ? session()->progress() : nullptr;
    const guidance::GuidanceLibrary *library = session()->library();
    if (!p || !library)
        return;
    const QPalette pal = palette();
    const auto style = [&](QChart *chart) { styleChart(chart, pal, font()); };

    // Overall: a donut of the requirements that apply (and those not yet known), by status.
    auto *overall = new QChart;
    style(overall);
    overall->setTitle(tr("All requirements"));
    auto *pie = new QPieSeries(overall);
    pie->setHoleSize(0.5);
    pie->setPieSize(0.85);
    for (TrackedStatus s : chartStatuses) {
        const int n = p->overall.count(s);
        if (n == 0)
            continue;
        // The legend has little room beside the donut: "not applicable" without its "(justified)".
        const QString label = s == TrackedStatus::NotApplicable ? tr("Not applicable") : statusLabel(s);
        QPieSlice *slice = pie->append(QStringLiteral("%1 (%2)").arg(label).arg(n), n);
        slice->setColor(statusColor(s));
        slice->setBorderColor(pal.color(QPalette::Base));
    }
    overall->addSeries(pie);
    overall->legend()->setAlignment(Qt::AlignRight);
    overall->legend()->setShowToolTips(true);
    QChart *oldOverall = m_overallView->chart();
    m_overallView->setChart(overall);
    delete oldOverall;
    keepLegendWhole(m_overallView);

    // Per pack: stacked bars by status.
    auto *packs = new QChart;
    style(packs);
    packs->setTitle(tr("Requirements per guidance pack"));
    auto *series = new QHorizontalStackedBarSeries(packs);
    QStringList categories;
    constexpr int axisLabelWidth = 170;
    int most = 1;
    for (const tracking::PackProgress &pp : p->packs) {
        const guidance::Pack *pack = library->pack(pp.packId);
        // The axis has room for about a fifth of the chart: long titles wrap instead of being cut off.
        categories << wrappedAxisLabel(pack ? pack->title.current() : pp.packId, font(), axisLabelWidth);
        most = std::max(most, pp.counts.applicable() + pp.counts.count(TrackedStatus::Undetermined));
    }
    for (TrackedStatus s : chartStatuses) {
        auto *set = new QBarSet(statusLabel(s), series);
        set->setColor(statusColor(s));
        set->setBorderColor(statusColor(s));
        for (const tracking::PackProgress &pp : p->packs)
            *set << pp.counts.count(s);
        series->append(set);
    }
    series->setBarWidth(0.6);
    packs->addSeries(series);
    auto *axisY = new QBarCategoryAxis(packs);
    // Reversed, so that the packs read top to bottom in the navigator's order.
    axisY->append(categories);
    axisY->setReverse(true);
    axisY->setLabelsColor(pal.color(QPalette::Text));
    axisY->setGridLineVisible(false);
    packs->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    series->attachAxis(countAxis(packs, most, pal));
    // The donut beside it names the same colours with their counts; a second legend here had no room for its
    // five statuses at the window's default width and was cut off.
    packs->legend()->hide();
    QChart *oldPacks = m_packView->chart();
    m_packView->setChart(packs);
    delete oldPacks;
    m_packView->setMinimumHeight(std::max(240, 90 + 52 * int(p->packs.size()))); // room for three lines a pack
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_due->retranslate();
        m_review->retranslate();
        m_stale->retranslate();
        refresh();
        Q_EMIT titleChanged();
    } else if (event->type() == QEvent::PaletteChange) {
        buildCharts();
    }
    Page::changeEvent(event);
}

void DashboardPage::retranslate()
{
    m_heading->setText(tr("Dashboard"));
    m_continueHeading->setText(tr("Continue where you left off"));
    m_continueButton->setText(tr("&Continue the walkthrough"));
    m_dueLabel->setText(tr("D&ue or overdue"));
    m_reviewLabel->setText(tr("Needs re&view after a pack update"));
    m_staleLabel->setText(tr("S&tale evidence"));
    m_dueEmpty->setText(tr("Nothing is due within %1 days.").arg(tracking::ProjectProgress::soonDays));
    m_reviewEmpty->setText(tr("Nothing needs review: every answer and status was given under the installed guidance."));
    m_staleEmpty->setText(tr("No evidence has expired or concerns an older system version."));
    m_dueView->setAccessibleName(tr("Requirements due or overdue"));
    m_reviewView->setAccessibleName(tr("Requirements that need review"));
    m_staleView->setAccessibleName(tr("Stale evidence"));
    m_reports->setAccessibleName(tr("Incident reports not sent"));
    m_overallView->setAccessibleName(tr("Chart: all requirements by status"));
    m_packView->setAccessibleName(tr("Chart: requirements per guidance pack by status"));
}

} // namespace vv::ui
