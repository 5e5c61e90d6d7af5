#include "ui/PortfolioWindow.h"

#include "guidance/GuidanceLibrary.h"
#include "ui/BackgroundJob.h"
#include "ui/PortfolioModel.h"
#include "ui/StatusStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QPieSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <array>
#include <map>

namespace vv::ui {

using tracking::PortfolioRow;

namespace {

// What the background read hands back: the portfolio and the packs it was assessed with, or why neither exists.
struct PortfolioRead {
    std::optional<tracking::Portfolio> portfolio;
    std::shared_ptr<const guidance::GuidanceLibrary> library;
    QString problem;
};

PortfolioRead readPortfolio(const QString &location, const CancellationToken &cancel, const ProgressSink &progress)
{
    PortfolioRead out;
    auto library = guidance::GuidanceLibrary::loadShipped();
    if (!library) {
        out.problem = library.error().toString();
        return out;
    }
    out.library = std::make_shared<const guidance::GuidanceLibrary>(std::move(*library));
    auto portfolio = tracking::Portfolio::read(location, *out.library, &cancel, progress);
    if (!portfolio)
        out.problem = portfolio.error().toString();
    else
        out.portfolio = std::move(*portfolio);
    return out;
}

constexpr int maxColumnWidth = 300;

} // namespace

PortfolioWindow::PortfolioWindow(QWidget *parent)
    : QWidget(parent, Qt::Window), m_model(new PortfolioModel(this)), m_filter(new PortfolioFilter(this)),
      m_heading(new QLabel(this)), m_summary(new QLabel(this)), m_filterLabel(new QLabel(this)),
      m_filterField(new QLineEdit(this)), m_riskLabel(new QLabel(this)), m_risk(new QComboBox(this)),
      m_open(new QPushButton(this)), m_view(new QTableView(this)), m_chart(new QChartView(this)),
      m_stateChart(new QChartView(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(this)), m_job(new BackgroundJob(this))
{
    setObjectName(QStringLiteral("portfolioWindow"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_summary->setWordWrap(true);
    m_filterLabel->setBuddy(m_filterField);
    m_riskLabel->setBuddy(m_risk);
    m_filterField->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (QChartView *view : {m_chart, m_stateChart}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
        view->setFocusPolicy(Qt::TabFocus);
        view->setFrameShape(QFrame::NoFrame);
        showFocusFrame(view);
    }
    m_progress->hide();
    m_cancel->hide();

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_filterLabel);
    controls->addWidget(m_filterField, 2);
    controls->addWidget(m_riskLabel);
    controls->addWidget(m_risk, 1);
    controls->addWidget(m_open);
    auto *loading = new QHBoxLayout;
    loading->addWidget(m_progress, 1);
    loading->addWidget(m_cancel);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    auto *charts = new QWidget(split);
    auto *chartRow = new QHBoxLayout(charts);
    chartRow->setContentsMargins(0, 0, 0, 0);
    chartRow->addWidget(m_chart, 1);
    chartRow->addWidget(m_stateChart, 1);
    split->addWidget(charts);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addLayout(controls);
    layout->addLayout(loading);
    layout->addWidget(split, 1);

    connect(m_filterField, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateSummary();
    });
    connect(m_risk, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setRisk(m_risk->currentData().toString());
        updateSummary();
    });
    connect(m_view, &QAbstractItemView::activated, this, &PortfolioWindow::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &PortfolioWindow::openCurrent);
    connect(m_cancel, &QPushButton::clicked, m_job, &BackgroundJob::cancel);
    connect(m_job, &BackgroundJob::progress, this, [this](qint64 done, qint64 total, const QString &) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
    });
    retranslate();
    resize(1200, 720);
}

PortfolioWindow::~PortfolioWindow() = default;

void PortfolioWindow::load(const QString &location)
{
    m_location = location;
    m_problem.clear();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    retranslate();
    // Another folder chosen while one is read: the older read is forgotten, the newer one starts when it has ended.
    if (m_job->isRunning())
        m_job->drop();
    m_job->start<PortfolioRead>(
        [location](const CancellationToken &cancel, const ProgressSink &progress) {
            return readPortfolio(location, cancel, progress);
        },
        [this](PortfolioRead read) {
            m_progress->hide();
            m_cancel->hide();
            if (read.portfolio)
                m_model->setPortfolio(std::move(*read.portfolio), read.library);
            else
                showProblem(read.problem);
            rebuildRiskChoice();
            rebuildChart();
            rebuildStateChart();
            updateSummary();
            m_view->resizeColumnsToContents();
            // A long name or an error must not push the other columns out of sight; the tooltip has it whole.
            for (int c = 0; c < m_model->columnCount(); ++c)
                m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), maxColumnWidth));
            Q_EMIT loaded();
        });
}

bool PortfolioWindow::isLoading() const
{
    return m_job->isRunning();
}

void PortfolioWindow::showProblem(const QString &text)
{
    m_problem = text;
    m_model->setPortfolio({}, nullptr);
}

void PortfolioWindow::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QString file = current.data(PortfolioModel::FileRole).toString();
    const int row = m_filter->mapToSource(current).row();
    // A row that could not be read opens nothing: its error is in the table already.
    if (row < 0 || !m_model->portfolio().rows[std::size_t(row)].readable())
        return;
    Q_EMIT projectOpenRequested(file);
}

// The risk values present, in the order the pack lists them, then those not yet known.
void PortfolioWindow::rebuildRiskChoice()
{
    const QString chosen = m_risk->currentData().toString();
    const QSignalBlocker block(m_risk);
    m_risk->clear();
    m_risk->addItem(tr("All risk classes"), QString());
    const guidance::GuidanceLibrary *library = m_model->library();
    std::map<QString, int> present;
    bool unknown = false;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString risk = m_model->index(r, 0).data(PortfolioModel::RiskRole).toString();
        if (risk.isEmpty())
            unknown = true;
        else
            ++present[risk];
    }
    if (library)
        if (const guidance::Decision *d = library->decision(QStringLiteral("ai_act.risk")))
            for (const guidance::Choice &c : d->choices)
                if (present.count(c.value))
                    m_risk->addItem(c.label.isEmpty() ? c.value : c.label.current(), c.value);
    if (unknown)
        m_risk->addItem(tr("Not yet known"), QStringLiteral("?"));
    m_risk->setCurrentIndex(std::max(0, m_risk->findData(chosen)));
    m_filter->setRisk(m_risk->currentData().toString());
}

void PortfolioWindow::rebuildChart()
{
    const QPalette pal = palette();
    auto *chart = new QChart;
    styleChart(chart, pal, font());
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setTitle(tr("AI systems by AI Act risk class"));
    auto *pie = new QPieSeries(chart);
    pie->setHoleSize(0.45);
    // Every row counts once: by its risk class as the table shows it, or as one that cannot be read.
    std::map<QString, int> counts;
    QStringList order;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const PortfolioRow &row = m_model->portfolio().rows[std::size_t(r)];
        const QString label = row.readable()
                                  ? m_model->index(r, int(PortfolioRow::Column::AiActRisk)).data().toString()
                                  : tr("Cannot be read");
        if (counts[label]++ == 0)
            order << label;
    }
    // Colours of their own, mid-tones that read on a light and on a dark palette (the dark theme's greens left the
    // darkest slice all but invisible); a file that cannot be read in the overdue colour.
    static const QColor tones[] = {{0, 114, 178}, {230, 159, 0}, {0, 158, 115}, {86, 180, 233}, {204, 121, 167},
                                   {240, 228, 66}};
    std::size_t next = 0;
    for (const QString &label : order) {
        QPieSlice *slice = pie->append(QStringLiteral("%1 (%2)").arg(label).arg(counts[label]), counts[label]);
        slice->setColor(label == tr("Cannot be read") ? overdueColor() : tones[next++ % std::size(tones)]);
        slice->setBorderColor(pal.color(QPalette::Base));
    }
    chart->addSeries(pie);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    keepLegendWhole(m_chart);
}

// One bar per state, named with its count in the legend (as the chart by risk class names its slices): an axis of
// seven names had no room beside the bars at the window's width and was cut to "...".
void PortfolioWindow::rebuildStateChart()
{
    const QPalette pal = palette();
    auto *chart = new QChart;
    styleChart(chart, pal, font());
    chart->setTitle(tr("AI systems by state"));
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setReverseMarkers(true); // the first bar is drawn at the bottom: the legend reads the same way
    std::array<int, PortfolioRow::stateCount> counts{};
    for (const PortfolioRow &row : m_model->portfolio().rows)
        for (PortfolioRow::State state : row.states())
            ++counts[std::size_t(state)];
    auto *series = new QHorizontalBarSeries(chart);
    int most = 1;
    for (int i = 0; i < PortfolioRow::stateCount; ++i) {
        const int n = counts[std::size_t(i)];
        auto *set = new QBarSet(QStringLiteral("%1 (%2)").arg(PortfolioRow::stateText(PortfolioRow::State(i))).arg(n),
                                series);
        *set << n;
        // The same colours as elsewhere: a file that cannot be read as in the chart by risk class, all in order as
        // a met requirement; the other states keep the theme's.
        if (PortfolioRow::State(i) == PortfolioRow::State::Unreadable)
            set->setColor(overdueColor());
        else if (PortfolioRow::State(i) == PortfolioRow::State::InOrder)
            set->setColor(statusColor(tracking::TrackedStatus::Met));
        series->append(set);
        most = std::max(most, n);
    }
    series->setBarWidth(0.9);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis(chart);
    axisY->append(QString());
    axisY->setVisible(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    series->attachAxis(countAxis(chart, most, pal));
    QChart *old = m_stateChart->chart();
    m_stateChart->setChart(chart);
    delete old;
    keepLegendWhole(m_stateChart);
}

void PortfolioWindow::updateSummary()
{
    m_summary->setText(summaryText());
}

QString PortfolioWindow::summaryText() const
{
    if (!m_problem.isEmpty())
        return tr("The portfolio cannot be read: %1").arg(m_problem);
    if (m_job->isRunning())
        return tr("Reading the projects…");
    const tracking::Portfolio &p = m_model->portfolio();
    int high = 0, overdue = 0, alarms = 0;
    for (const PortfolioRow &r : p.rows) {
        high += r.aiActRisk && *r.aiActRisk == guidance::Value::string(QStringLiteral("high")) ? 1 : 0;
        overdue += r.requirementsOverdue > 0 || r.reportsOverdue > 0 ? 1 : 0;
        alarms += r.alarmsOpen.value_or(0) > 0 ? 1 : 0;
    }
    QString text = tr("%n AI system(s), %1 shown; %2 high-risk, %3 with something overdue, %4 with open alarms.",
                      nullptr, int(p.rows.size()))
                       .arg(m_filter->rowCount())
                       .arg(high)
                       .arg(overdue)
                       .arg(alarms);
    if (const int bad = p.unreadable(); bad > 0)
        text += QLatin1Char(' ') + tr("%n file(s) cannot be read; the table says why.", nullptr, bad);
    return text;
}

void PortfolioWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The errors were written in the language of the moment they were read: read the folder again.
        if (!m_location.isEmpty() && !m_job->isRunning())
            load(m_location);
    }
    QWidget::changeEvent(event);
}

void PortfolioWindow::retranslate()
{
    setWindowTitle(tr("Portfolio – %1 – Veiviser").arg(m_location));
    m_heading->setText(tr("Portfolio of AI systems"));
    m_filterLabel->setText(tr("&Filter:"));
    m_filterField->setPlaceholderText(tr("Name, class, role, file…"));
    m_filterField->setAccessibleName(tr("Filter the AI systems"));
    m_riskLabel->setText(tr("&Risk class:"));
    m_risk->setAccessibleName(tr("AI Act risk class"));
    m_open->setText(tr("&Open the project"));
    m_cancel->setText(tr("Cancel"));
    m_view->setAccessibleName(tr("AI systems"));
    m_chart->setAccessibleName(tr("Chart of the AI systems by risk class"));
    m_stateChart->setAccessibleName(tr("Chart of the AI systems by state"));
    updateSummary();
}

} // namespace vv::ui
