#include "ui/MonitoringPage.h"

#include "store/DeviationTable.h"
#include "store/MonitoringTable.h"
#include "store/ProjectStore.h"
#include "ui/IngestDialog.h"
#include "ui/MessageBar.h"
#include "ui/MonitoringChart.h"
#include "ui/MonitoringModels.h"
#include "ui/MonitoringPlanDialog.h"
#include "ui/OpenDeviationDialog.h"
#include "ui/ProjectSession.h"
#include "ui/StatusStyle.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace vv::ui {

namespace {

enum AlarmRole { WindowStartRole = Qt::UserRole + 1, MetricRole, WindowLabelRole, KeyRole };

/// Reads the plan in force and evaluates every window, on the worker's own connection to the project (a connection
/// belongs to the thread that opened it).
MonitoringOutcome evaluate(const ProjectStore *gui, const CancellationToken &cancel, const ProgressSink &progress)
{
    MonitoringOutcome out;
    auto store = gui->reopen();
    if (!store) {
        out.error = store.error();
        return out;
    }
    auto plans = MonitoringTable(**store).plans();
    if (!plans) {
        out.error = plans.error();
        return out;
    }
    out.ok = true;
    if (plans->empty())
        return out;
    auto plan = monitoring::MonitoringPlan::fromJson(plans->back().plan);
    auto status = plan ? monitoring::MonitoringEvaluation::evaluate(**store, &cancel, progress)
                       : Result<monitoring::MonitoringStatus>(plan.error());
    if (!status) {
        out.ok = false;
        out.error = status.error();
        return out;
    }
    out.plan = std::move(*plan);
    out.status = std::move(*status);
    return out;
}

} // namespace

MonitoringPage::MonitoringPage(ProjectSession *session, QWidget *parent)
    : Page(session, parent), m_messages(new MessageBar(this)), m_heading(new QLabel(this)), m_intro(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_empty(new QLabel(this)), m_summary(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(this)), m_view(new QTableView(this)),
      m_model(new MonitoringWindowModel(this)), m_metricLabel(new QLabel(this)), m_metric(new QComboBox(this)),
      m_chart(new QChartView(this)), m_alarmsLabel(new QLabel(this)), m_alarms(new QListWidget(this)),
      m_openDeviation(new QPushButton(this)), m_editPlan(new QPushButton(this)), m_ingest(new QPushButton(this))
{
    setObjectName(QStringLiteral("monitoring"));
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_heading->setFont(f);
    m_intro->setWordWrap(true);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_cancel->hide();

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_metricLabel->setBuddy(m_metric);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    showFocusFrame(m_chart);
    m_alarmsLabel->setBuddy(m_alarms);
    // The list is narrow beside the chart: an alarm's sentence wraps rather than running off to the side.
    m_alarms->setWordWrap(true);
    m_alarms->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_alarms->setResizeMode(QListView::Adjust);

    auto *chartBox = new QWidget(this);
    auto *chooser = new QHBoxLayout;
    chooser->addWidget(m_metricLabel);
    chooser->addWidget(m_metric, 1);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(chooser);
    chartLayout->addWidget(m_chart, 1);
    auto *alarmBox = new QWidget(this);
    auto *alarmLayout = new QVBoxLayout(alarmBox);
    alarmLayout->setContentsMargins(0, 0, 0, 0);
    alarmLayout->addWidget(m_alarmsLabel);
    alarmLayout->addWidget(m_alarms, 1);
    auto *alarmButtons = new QHBoxLayout;
    alarmButtons->addWidget(m_openDeviation);
    alarmButtons->addStretch();
    alarmLayout->addLayout(alarmButtons);
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(chartBox);
    lower->addWidget(alarmBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    lower->setSizes({650, 350}); // the chart needs the width for its time axis and legend
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(lower);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(split, 1);
    m_stack->addWidget(content);
    m_stack->addWidget(m_empty);

    auto *busy = new QHBoxLayout;
    busy->addWidget(m_progress, 1);
    busy->addWidget(m_cancel);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_editPlan);
    headingRow->addWidget(m_ingest);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_messages);
    layout->addLayout(headingRow);
    layout->addWidget(m_intro);
    layout->addLayout(busy);
    layout->addWidget(m_stack, 1);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_statusJob.cancel();
        m_ingestJob.cancel();
    });
    connect(m_editPlan, &QPushButton::clicked, this, [this] { editPlan(); });
    connect(m_ingest, &QPushButton::clicked, this, [this] { chooseIngest(); });
    connect(&m_ingestJob, &BackgroundJob::progress, this, [this](qint64 done, qint64 total, const QString &what) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
        }
        m_summary->setText(what);
    });
    connect(m_metric, &QComboBox::currentIndexChanged, this, &MonitoringPage::showChart);
    // Choosing a measure's cell charts that measure.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const int column = current.column() - MonitoringWindowModel::FirstMetricColumn;
        if (column >= 0 && column < m_model->metrics().size())
            m_metric->setCurrentIndex(m_metric->findData(m_model->metrics()[column]));
    });
    connect(m_alarms, &QListWidget::currentRowChanged, this, &MonitoringPage::updateButtons);
    connect(m_alarms, &QListWidget::itemActivated, this, [this] { openDeviation(); });
    connect(m_openDeviation, &QPushButton::clicked, this, [this] { openDeviation(); });
    connect(&m_statusJob, &BackgroundJob::progress, this, [this](qint64 done, qint64 total, const QString &) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
        }
    });
    connect(session, &ProjectSession::opened, this, &MonitoringPage::refresh);
    connect(session, &ProjectSession::aboutToClose, this, [this] {
        stopComputing();
        m_ingestJob.cancel();
        m_ingestJob.wait();
    });
    connect(session, &ProjectSession::closed, this, [this] {
        m_plan.reset();
        m_model->clear();
        fillMetricBox();
        fillAlarms();
        m_messages->hide();
    });
    connect(session, &ProjectSession::changed, this, [this](const QString &area) {
        if (area == QStringLiteral("monitoring") || area == QStringLiteral("deviations") ||
            area == QStringLiteral("project"))
            refresh();
    });
    retranslate();
    updateButtons();
}

MonitoringPage::~MonitoringPage()
{
    stopComputing();
    m_ingestJob.cancel();
    m_ingestJob.wait();
}

QString MonitoringPage::pageTitle() const
{
    return tr("Monitoring");
}

void MonitoringPage::stopComputing()
{
    m_again = false;
    m_statusJob.cancel();
    m_statusJob.wait();
}

void MonitoringPage::refresh()
{
    const ProjectStore *store = session()->store();
    if (!store)
        return;
    if (m_statusJob.isRunning()) {
        m_again = true;
        m_statusJob.cancel();
        return;
    }
    m_progress->setRange(0, 0);
    showBusy(true);
    m_summary->setText(tr("Computing the monitoring status…"));
    // The page outlives the work (its destructor and the session's aboutToClose wait for it).
    m_statusJob.start<MonitoringOutcome>(
        [store](const CancellationToken &cancel, const ProgressSink &progress) { return evaluate(store, cancel, progress); },
        [this](MonitoringOutcome outcome) {
            // The project changed while it was computed: compute again rather than show the old status.
            if (m_again) {
                m_again = false;
                refresh();
                return;
            }
            showOutcome(outcome);
        });
}

void MonitoringPage::showOutcome(const MonitoringOutcome &outcome)
{
    showBusy(false);
    if (!outcome.ok) {
        if (outcome.error.kind() == Error::Kind::Cancelled)
            m_messages->show(MessageBar::Kind::Information, tr("The computation was cancelled; the table shows the "
                                                               "status computed before."));
        else
            m_messages->show(MessageBar::Kind::Error, tr("The monitoring status could not be computed: %1")
                                                          .arg(session()->inUsersWords(outcome.error).toString()));
        showStatus();
        Q_EMIT statusShown();
        return;
    }
    m_plan = outcome.plan;
    QStringList metrics;
    if (m_plan)
        for (const monitoring::MetricRule &rule : m_plan->metrics)
            metrics << rule.name();
    m_model->setStatus(outcome.status, metrics);
    showStatus();
    Q_EMIT statusShown();
}

void MonitoringPage::showStatus()
{
    m_stack->setCurrentIndex(m_plan ? 0 : 1);
    showEmptyState(); // it names the open project's file
    const monitoring::MonitoringStatus &status = m_model->status();
    if (!m_plan)
        m_summary->clear();
    else if (status.windows.empty())
        m_summary->setText(tr("Plan version %1 is in force, but no production data is stored yet. Feed it with "
                              "Ingest production data, or with veiviser-cli monitor ingest (docs/monitoring.md).")
                               .arg(status.planVersion));
    else
        m_summary->setText(tr("Plan version %1, %2 windows, %n open alarm(s).", nullptr, status.alarmsOpen)
                               .arg(status.planVersion)
                               .arg(status.windows.size()));
    m_view->resizeColumnsToContents();
    fillAlarms();
    fillMetricBox();
    showChart();
}

void MonitoringPage::showEmptyState()
{
    const QString file = session()->store() ? session()->store()->location() : tr("PROJECT.veiviser");
    m_empty->setText(tr("<p><b>This project has no monitoring plan yet.</b></p>"
                        "<p>Write the plan (the measures and their limits, the window and the baseline) with "
                        "<b>Edit the plan</b>, which checks it as you type, or as a YAML file, as docs/monitoring.md "
                        "describes, stored in the project with</p>"
                        "<pre>veiviser-cli monitor plan %1 --from PLAN.yaml</pre>"
                        "<p>Then feed the production data with <b>Ingest production data</b> or "
                        "<code>veiviser-cli monitor ingest</code>. This page shows the status as soon as a plan is "
                        "stored.</p>")
                         .arg(file.toHtmlEscaped()));
}

void MonitoringPage::fillMetricBox()
{
    const QString current = m_metric->currentData().toString();
    const QSignalBlocker block(m_metric);
    m_metric->clear();
    for (const QString &name : m_model->metrics())
        m_metric->addItem(metricTitle(name), name);
    // Until the user chooses, the chart shows the measure of the first open alarm: what needs looking at.
    const QString preferred = !current.isEmpty() ? current
                              : m_alarms->currentItem() ? m_alarms->currentItem()->data(MetricRole).toString()
                                                        : QString();
    m_metric->setCurrentIndex(std::max(0, m_metric->findData(preferred)));
}

void MonitoringPage::fillAlarms()
{
    const QString current = m_alarms->currentItem() ? m_alarms->currentItem()->data(KeyRole).toString() : QString();
    const QSignalBlocker block(m_alarms);
    m_alarms->clear();
    for (const monitoring::WindowStatus &w : m_model->status().windows) {
        for (const monitoring::Alarm &a : w.alarms) {
            if (a.state != monitoring::MetricState::Alarm || a.acknowledged)
                continue;
            const QString value = QLocale().toString(a.value, 'g', 4), limit = QLocale().toString(a.limit, 'g', 4);
            const QString text = a.rule == QStringLiteral("limit")
                                     ? tr("%1: %2 is %3, beyond its limit %4").arg(w.window.label(), metricTitle(a.metric), value, limit)
                                     : tr("%1: the %2 chart of %3 signals (%4, limit %5)")
                                           .arg(w.window.label(), a.rule.toUpper(), metricTitle(a.metric), value, limit);
            auto *item = new QListWidgetItem(metricStateIcon(a.state), text, m_alarms);
            item->setToolTip(text); // the list is narrow beside the chart
            item->setData(WindowStartRole, a.windowStart);
            item->setData(MetricRole, a.metric);
            item->setData(WindowLabelRole, w.window.label());
            // A window's limit alarm and chart signal of one measure are two items: the rule tells them apart.
            item->setData(KeyRole, QString(a.windowStart + QLatin1Char(':') + a.metric + QLatin1Char(':') + a.rule));
            if (item->data(KeyRole).toString() == current)
                m_alarms->setCurrentItem(item);
        }
    }
    if (!m_alarms->currentItem() && m_alarms->count() > 0)
        m_alarms->setCurrentRow(0);
    m_alarmsLabel->setText(m_alarms->count() > 0 ? tr("Open &alarms:") : tr("No open &alarms."));
    updateButtons();
}

void MonitoringPage::showChart()
{
    const QString metric = m_metric->currentData().toString();
    QChart *old = m_chart->chart();
    const monitoring::MetricRule *rule = m_plan ? m_plan->rule(metric) : nullptr;
    m_chart->setChart(
        MonitoringChart::build(m_model->status(), metric, rule, m_plan ? m_plan->level : 0.95, palette(), font()));
    delete old; // setChart releases the previous chart to the caller
    m_chart->setAccessibleName(m_chart->chart()->title());
}

void MonitoringPage::updateButtons()
{
    const ProjectStore *store = session()->store();
    const bool mayChange = store && store->mayChange().ok();
    m_openDeviation->setEnabled(mayChange && m_alarms->currentItem());
    m_editPlan->setEnabled(mayChange);
    m_ingest->setEnabled(mayChange && m_plan && !m_ingestJob.isRunning());
}

void MonitoringPage::showBusy(bool busy)
{
    // An ingest and a computation share the bar: it stays while either runs.
    const bool shown = busy || m_ingestJob.isRunning() || m_statusJob.isRunning();
    m_progress->setVisible(shown);
    m_cancel->setVisible(shown);
}

MonitoringPlanDialog *MonitoringPage::editPlan()
{
    ProjectStore *store = session()->store();
    if (!store || !m_editPlan->isEnabled())
        return nullptr;
    auto *dialog = new MonitoringPlanDialog(*store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_messages->show(MessageBar::Kind::Information,
                         tr("Monitoring plan version %1 is stored. Windows judged before keep the version they were "
                            "judged by.").arg(dialog->storedVersion()));
        session()->notifyChanged(QStringLiteral("monitoring"));
    });
    dialog->open();
    return dialog;
}

IngestDialog *MonitoringPage::chooseIngest()
{
    if (!m_ingest->isEnabled())
        return nullptr;
    auto *dialog = new IngestDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startIngest(dialog->source(), dialog->options()); });
    dialog->open();
    return dialog;
}

bool MonitoringPage::startIngest(const monitoring::ProductionSource &source, const monitoring::IngestOptions &options)
{
    const ProjectStore *gui = session()->store();
    if (!gui || m_ingestJob.isRunning())
        return false;
    // The worker opens its own connection: a connection belongs to the thread that opened it.
    const bool started = m_ingestJob.start<Result<IngestCount>>(
        [gui, source, options](const CancellationToken &cancel, const ProgressSink &progress) -> Result<IngestCount> {
            auto store = gui->reopen();
            if (!store)
                return store.error();
            return monitoring::ProductionIngest::from(**store, source, options, &cancel, progress);
        },
        [this](Result<IngestCount> count) { ingestDone(count); });
    if (!started)
        return false;
    m_messages->hide();
    m_progress->setRange(0, 0);
    showBusy(true);
    m_summary->setText(source.isQuery() ? tr("Ingesting the rows of the query on %1…").arg(source.connection)
                                        : tr("Ingesting %1…").arg(source.csvPath));
    updateButtons();
    return true;
}

void MonitoringPage::ingestDone(const Result<IngestCount> &count)
{
    showBusy(false);
    updateButtons();
    if (!count) {
        if (count.error().kind() == Error::Kind::Cancelled)
            m_messages->show(MessageBar::Kind::Information, tr("The ingest was cancelled; nothing was stored."));
        else
            m_messages->show(MessageBar::Kind::Error, tr("The production data could not be ingested: %1")
                                                          .arg(session()->inUsersWords(count.error()).toString()));
        showStatus();
        Q_EMIT ingestFinished(false);
        return;
    }
    m_messages->show(MessageBar::Kind::Information, tr("Read %1 rows: %2 new, %3 outcomes filled in, %4 unchanged.")
                                                        .arg(count->read)
                                                        .arg(count->added)
                                                        .arg(count->labelsFilled)
                                                        .arg(count->unchanged));
    // The page computes the status again, and with it the alarms.
    session()->notifyChanged(QStringLiteral("monitoring"));
    Q_EMIT ingestFinished(true);
}

OpenDeviationDialog *MonitoringPage::openDeviation()
{
    QListWidgetItem *item = m_alarms->currentItem();
    if (!item || !m_openDeviation->isEnabled())
        return nullptr;
    const QString windowStart = item->data(WindowStartRole).toString();
    const QString metric = item->data(MetricRole).toString();
    auto *dialog = new OpenDeviationDialog(
        tr("%1 beyond its limit in %2").arg(metricTitle(metric), item->data(WindowLabelRole).toString()),
        tr("The deviation is linked to the alarm \"%1\", which counts as handled once the deviation is opened; "
           "the deviation is where it is followed up.").arg(item->text()),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, windowStart, metric] { storeDeviation(windowStart, metric, *dialog); });
    dialog->open();
    return dialog;
}

void MonitoringPage::storeDeviation(const QString &windowStart, const QString &metric, const OpenDeviationDialog &dialog)
{
    ProjectStore *store = session()->store();
    if (!store)
        return;
    Deviation d;
    d.title = dialog.title();
    d.severity = dialog.severity();
    d.owner = dialog.owner();
    d.links.push_back({QStringLiteral("alarm"), windowStart + QLatin1Char(':') + metric});
    auto id = DeviationTable(*store).open(d);
    if (!id) {
        m_messages->show(MessageBar::Kind::Error, tr("The deviation could not be opened: %1")
                                                      .arg(session()->inUsersWords(id.error()).toString()));
        return;
    }
    m_messages->show(MessageBar::Kind::Information,
                     tr("Deviation %1 is opened and the alarm is acknowledged in it. Write its assessment, cause and "
                        "correction on the deviations page.").arg(*id));
    session()->notifyChanged(QStringLiteral("deviations"));
}

void MonitoringPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        Q_EMIT titleChanged();
    }
    Page::changeEvent(event);
}

void MonitoringPage::retranslate()
{
    m_heading->setText(tr("Monitoring after go-live"));
    m_intro->setText(tr("Each window of production data measured with the same methods as the validation, and held "
                        "to the limits of the monitoring plan. An alarm needs the whole confidence interval beyond a "
                        "limit; an interval that straddles a limit is a warning (AI Act Art. 26(5) and 72, MDR "
                        "Art. 83–86)."));
    showEmptyState();
    m_cancel->setText(tr("&Cancel"));
    m_metricLabel->setText(tr("&Measure:"));
    m_openDeviation->setText(tr("Open a &deviation…"));
    m_editPlan->setText(tr("Edit the &plan…"));
    m_editPlan->setToolTip(tr("Write the monitoring plan, checked as you type; saving stores a new version."));
    m_ingest->setText(tr("&Ingest production data…"));
    m_ingest->setToolTip(tr("Read predictions and outcomes from a CSV file or a database query, as veiviser-cli "
                            "monitor ingest does."));
    m_openDeviation->setToolTip(tr("Follow the selected alarm up as a deviation; opening it acknowledges the alarm."));
    m_view->setAccessibleName(tr("Monitoring windows"));
    m_alarms->setAccessibleName(tr("Open alarms"));
    m_model->retranslate();
    if (m_model->rowCount() > 0 || m_plan)
        showStatus();
    else
        fillAlarms();
}

} // namespace vv::ui
