#include "ui/EngineRunDialog.h"
#include "ui/FileDialogs.h"

#include "core/Environment.h"
#include "core/Sha256.h"
#include "evidence/TestRunEvidence.h"
#include "store/ProjectStore.h"
#include "store/TestRunTable.h"
#include "ui/ChildSignals.h"
#include "ui/EngineConfigForm.h"
#include "ui/TestRunFiling.h"
#include "ui/ValidationModels.h"
#include "validation/EngineRun.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <mutex>
#include <utility>

namespace vv::ui {

using validation::EngineCatalog;
using validation::EnginePlugin;

struct EngineRunDialog::PendingLog {
    std::mutex mutex;
    QStringList lines;

    void add(const QStringList &more)
    {
        const std::lock_guard lock(mutex);
        lines += more;
    }
    QStringList take()
    {
        const std::lock_guard lock(mutex);
        return std::exchange(lines, {});
    }
};

EngineRunDialog::EngineRunDialog(ProjectStore *store, QWidget *parent)
    : QDialog(parent), m_store(store), m_catalog(EngineCatalog::discover()), m_engines(new EngineListModel(this)),
      m_engineView(new QListView(this)), m_description(new QLabel(this)), m_form(new EngineConfigForm(this)),
      m_suiteLabel(new QLabel(this)), m_suite(new QComboBox(this)), m_otherSuite(new QPushButton(this)),
      m_resumeNote(new QLabel(this)), m_log(new QPlainTextEdit(this)), m_summary(new QLabel(this)),
      m_metricsView(new QTableView(this)), m_metrics(new MetricsTableModel(this)), m_problem(new QLabel(this)),
      m_status(new QLabel(this)), m_progress(new QProgressBar(this)), m_run(new QPushButton(this)),
      m_cancel(new QPushButton(this)), m_close(new QPushButton(this)), m_pendingLog(std::make_shared<PendingLog>())
{
    m_engines->setPlugins(m_catalog.plugins());
    m_engineView->setModel(m_engines);
    m_engineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_engineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Engine names can be long ("Result files from lm-evaluation-harness, inspect_ai and EuroEval"): wrap them in a list wide
    // enough for most, rather than cut them off.
    m_engineView->setWordWrap(true);
    m_engineView->setResizeMode(QListView::Adjust);
    m_engineView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_engineView->setMinimumWidth(std::min(m_engineView->sizeHintForColumn(0) + 2 * m_engineView->frameWidth() + 4, 320));
    m_description->setWordWrap(true);
    m_resumeNote->setWordWrap(true);
    m_resumeNote->setVisible(false);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(100000);
    m_log->setMinimumHeight(120);
    m_metricsView->setModel(m_metrics);
    m_metricsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metricsView->verticalHeader()->hide();
    m_metricsView->horizontalHeader()->setStretchLastSection(true);
    m_metricsView->setVisible(false);
    m_suiteLabel->setBuddy(m_suite);
    m_run->setDefault(true);
    m_progress->hide(); // until a run starts

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *suiteRow = new QHBoxLayout;
    suiteRow->addWidget(m_suiteLabel);
    suiteRow->addWidget(m_suite, 1);
    suiteRow->addWidget(m_otherSuite);
    auto *settings = new QWidget(this);
    auto *settingsLayout = new QVBoxLayout(settings);
    settingsLayout->setContentsMargins(0, 0, 0, 0);
    settingsLayout->addWidget(m_description);
    settingsLayout->addWidget(m_resumeNote);
    settingsLayout->addWidget(scroll, 1);
    settingsLayout->addLayout(suiteRow);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_engineView);
    top->addWidget(settings);
    top->setStretchFactor(1, 2);
    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_log, 1);
    resultsLayout->addWidget(m_summary);
    resultsLayout->addWidget(m_metricsView, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(results);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(m_engineView->selectionModel(), &QItemSelectionModel::currentChanged, this, &EngineRunDialog::engineChosen);
    connect(m_otherSuite, &QPushButton::clicked, this, &EngineRunDialog::chooseOtherSuite);
    connect(m_run, &QPushButton::clicked, this, &EngineRunDialog::startRun);
    connect(m_cancel, &QPushButton::clicked, this, &EngineRunDialog::cancelRun);
    connect(m_close, &QPushButton::clicked, this, &EngineRunDialog::reject);
    connect(&m_job, &BackgroundJob::progress, this, [this](qint64 done, qint64 total) { showProgress(done, total); });
    retranslate();
    fillSuites();
    // The first engine that can run is chosen, so the form is never empty when there is one.
    for (int row = 0; row < m_engines->rowCount(); ++row) {
        if (EngineListModel::canRun(*m_engines->pluginAt(row))) {
            m_engineView->setCurrentIndex(m_engines->index(row));
            break;
        }
    }
    updateState();
    resize(1000, 760);
}

EngineRunDialog::~EngineRunDialog()
{
    // The work is cancelled and waited for by m_job, which goes first.
    disconnectChildren(this);
}

QStringList EngineRunDialog::installedSuites()
{
    const QDir dir(QDir(dataDirectory()).filePath(QStringLiteral("guidance/suites")));
    QStringList out;
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

bool EngineRunDialog::canResume(const TestRun &run, const EngineCatalog &catalog)
{
    const EnginePlugin *plugin = catalog.find(run.engineId);
    return plugin && EngineListModel::canRun(*plugin) && validation::EngineRun::canResume(run, plugin->manifest);
}

const EnginePlugin *EngineRunDialog::selectedPlugin() const
{
    return m_engines->pluginAt(m_engineView->currentIndex().row());
}

bool EngineRunDialog::selectEngine(const QString &engineId)
{
    const int row = m_engines->rowOf(engineId);
    if (row < 0 || !EngineListModel::canRun(*m_engines->pluginAt(row)))
        return false;
    m_engineView->setCurrentIndex(m_engines->index(row));
    return true;
}

QString EngineRunDialog::selectedEngineId() const
{
    const EnginePlugin *p = selectedPlugin();
    return p ? p->manifest.id : QString();
}

void EngineRunDialog::engineChosen()
{
    const EnginePlugin *p = selectedPlugin();
    if (!p || !EngineListModel::canRun(*p)) {
        m_form->setManifest({});
        m_description->setText(p ? m_engines->data(m_engineView->currentIndex(), EngineListModel::ReasonRole).toString()
                                 : QString());
        updateState();
        return;
    }
    m_form->setManifest(p->manifest);
    m_description->setText(QStringLiteral("%1 %2 (%3)\n%4")
                               .arg(p->manifest.name.current(), p->manifest.version, p->manifest.id, p->manifest.description.current()));
    // A resume belongs to one engine; choosing another starts a new run.
    if (m_resumeRunId > 0 && !isRunning()) {
        m_resumeRunId = 0;
        m_resumeNote->setVisible(false);
    }
    updateState();
}

void EngineRunDialog::fillSuites()
{
    const QString current = suitePath();
    const QSignalBlocker block(m_suite);
    m_suite->clear();
    m_suite->addItem(tr("(no suite)"), QString());
    for (const QString &path : installedSuites())
        m_suite->addItem(QFileInfo(path).fileName(), path);
    if (!current.isEmpty())
        setSuitePath(current);
}

void EngineRunDialog::setSuitePath(const QString &path)
{
    if (path.isEmpty()) {
        m_suite->setCurrentIndex(0);
        return;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    int index = m_suite->findData(absolute);
    if (index < 0) {
        m_suite->addItem(tr("%1 (other file)").arg(QFileInfo(absolute).fileName()), absolute);
        index = m_suite->count() - 1;
        m_suite->setItemData(index, absolute, Qt::ToolTipRole);
    }
    m_suite->setCurrentIndex(index);
}

QString EngineRunDialog::suitePath() const
{
    return m_suite->currentData().toString();
}

void EngineRunDialog::chooseOtherSuite()
{
    const QString start = suitePath().isEmpty() ? QDir::homePath() : QFileInfo(suitePath()).absolutePath();
    const QString path = FileDialogs::openFile(this, tr("Choose a test suite"), start,
                                                      tr("Test suites (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        setSuitePath(path);
}

bool EngineRunDialog::prepareResume(qint64 runId)
{
    if (!m_store || isRunning())
        return false;
    auto run = TestRunTable(*m_store).get(runId);
    if (!run) {
        m_problem->setText(run.error().toString());
        return false;
    }
    if (!canResume(*run, m_catalog)) {
        m_problem->setText(tr("Test run %1 cannot be resumed: it is completed, has no cases left to run, is an import "
                              "(start a new one), or its engine %2 is missing or does not resume runs.").arg(runId).arg(run->engineId));
        return false;
    }
    if (!selectEngine(run->engineId))
        return false;
    // From the defaults and the stored settings only: nothing typed before (a secret above all) is carried over.
    m_form->setManifest(selectedPlugin()->manifest);
    m_form->setValues(run->provenance.value("config", Json::object()));
    // The suite is stored by name and hash; an installed suite with both is the one, otherwise the user finds it.
    const Json suite = run->provenance.value("suite", Json::object());
    const QString suiteName = jsonString(suite, "file_name");
    const QString suiteSha = jsonString(suite, "sha256");
    bool suiteFound = suiteName.isEmpty();
    setSuitePath({});
    for (int i = 1; i < m_suite->count() && !suiteFound; ++i) {
        const QString path = m_suite->itemData(i).toString();
        if (QFileInfo(path).fileName() != suiteName)
            continue;
        auto sha = Sha256::hexOfFile(path);
        if (sha && *sha == suiteSha) {
            m_suite->setCurrentIndex(i);
            suiteFound = true;
        }
    }
    m_resumeRunId = runId;
    QString note = tr("Resuming test run %1 (%2 of %3 cases done): the finished cases are not run again. The "
                      "settings must be the ones the run started with; secret values must be typed again.")
                       .arg(runId).arg(run->cases.done()).arg(run->casesTotal);
    if (!suiteFound)
        note += QLatin1Char(' ') + tr("The run used the suite %1; choose that file with Other file….").arg(suiteName);
    m_resumeNote->setText(note);
    m_resumeNote->setVisible(true);
    m_problem->clear();
    updateState();
    return true;
}

QString EngineRunDialog::problemText() const
{
    return m_problem->text();
}

QString EngineRunDialog::logText() const
{
    return m_log->toPlainText();
}

QString EngineRunDialog::summaryText() const
{
    return m_summary->text();
}

void EngineRunDialog::updateState()
{
    const bool running = isRunning();
    const EnginePlugin *p = selectedPlugin();
    const bool runnable = p && EngineListModel::canRun(*p);
    m_run->setEnabled(!running && runnable && m_store);
    m_run->setText(m_resumeRunId > 0 ? tr("&Resume run") : tr("&Run"));
    m_cancel->setVisible(running);
    m_engineView->setEnabled(!running);
    m_form->setEnabled(!running);
    const bool takesSuite = runnable && p->manifest.kind == QStringLiteral("llm");
    for (QWidget *w : std::initializer_list<QWidget *>{m_suiteLabel, m_suite, m_otherSuite}) {
        w->setVisible(takesSuite);
        w->setEnabled(!running);
    }
}

// One line of the log for a finished case: its outcome, and why it did not pass.
static QString caseLine(const CaseResult &c)
{
    QString status;
    switch (c.status) {
    case CaseStatus::Passed: status = EngineRunDialog::tr("passed"); break;
    case CaseStatus::Failed: status = EngineRunDialog::tr("failed"); break;
    case CaseStatus::Errored: status = EngineRunDialog::tr("error"); break;
    case CaseStatus::NotGraded: status = EngineRunDialog::tr("not graded"); break;
    }
    QString line = QStringLiteral("%1  %2").arg(status.leftJustified(8), c.caseId);
    QString why = jsonString(c.detail, "error");
    if (why.isEmpty() && c.status == CaseStatus::Failed) {
        for (const Json &v : c.detail.value("verdicts", Json::array())) {
            if (v.is_object() && !v.value("passed", true)) {
                why = QStringLiteral("%1: %2").arg(jsonString(v, "grader"), jsonString(v, "reason"));
                break;
            }
        }
    }
    if (!why.isEmpty())
        line += QStringLiteral(" (%1)").arg(why.left(300));
    return line;
}

// Runs the engine on the worker's connection: the engine's log lines and those of the finished cases go to log,
// the counts to progress. Called on the worker thread.
static Status executeRun(ProjectStore &worker, const EnginePlugin &plugin, validation::EvaluationEngine &evaluator,
                         const validation::EngineRunRequest &request, const CancellationToken &cancel,
                         const ProgressSink &progress, const std::function<void(const QStringList &)> &log,
                         qint64 &runId)
{
    TestRunTable table(worker);
    validation::EngineRun execution(worker, plugin, evaluator);
    execution.setCancellation(&cancel);
    execution.setLog([&log](const QString &line) { log({line}); });
    // A resumed run's stored cases are not logged again; the log shows what this run does.
    qint64 logged = 0;
    if (request.resumeRunId > 0) {
        if (auto finished = table.finishedCaseIds(request.resumeRunId))
            logged = finished->size();
    }
    qint64 lastDone = 0, lastTotal = 0;
    const QThread *workerThread = QThread::currentThread();
    auto report = [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        // Only this thread may use the worker's connection; engines may report from their own threads.
        if (QThread::currentThread() == workerThread && execution.runId() > 0) {
            if (auto cases = table.cases(execution.runId(), logged, 1000)) {
                QStringList lines;
                for (const CaseResult &c : *cases)
                    lines << caseLine(c);
                logged += static_cast<qint64>(cases->size());
                log(lines);
            }
        }
        progress(done, total, {});
    };
    std::mutex throttleMutex;
    ProgressThrottle throttle([&](qint64 done, qint64 total, const QString &) { report(done, total); });
    execution.setProgress([&](qint64 done, qint64 total, const QString &label) {
        const std::lock_guard lock(throttleMutex);
        throttle.report(done, total, label, done == total);
    });
    const Status status = execution.execute(request);
    report(lastDone, lastTotal); // the cases since the last throttled report
    runId = execution.runId();
    return status;
}

void EngineRunDialog::startRun()
{
    if (isRunning())
        return;
    if (!m_store) {
        m_problem->setText(tr("Open a project first: the run is stored in it."));
        return;
    }
    const EnginePlugin *plugin = selectedPlugin();
    if (!plugin || !EngineListModel::canRun(*plugin)) {
        m_problem->setText(tr("Choose an engine that can run."));
        return;
    }
    // The plugin's code is loaded here, on the GUI thread, once; the worker only calls it.
    auto engine = m_catalog.load(plugin->manifest.id);
    if (!engine) {
        m_problem->setText(engine.error().toString());
        return;
    }
    validation::EngineRunRequest request;
    request.settings = m_form->settings();
    request.suitePath = plugin->manifest.kind == QStringLiteral("llm") ? suitePath() : QString();
    request.resumeRunId = m_resumeRunId;

    m_problem->clear();
    m_summary->clear();
    m_metrics->setRows({});
    m_metricsView->setVisible(false);
    m_log->clear();
    m_status->setText(tr("Starting…"));
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_progress->show();
    m_pendingLog->take();
    m_elapsed.start();
    m_doneAtStart = -1;
    m_countsCases = plugin->manifest.outputs.contains(QStringLiteral("cases"));
    m_runId = 0;
    m_evidenceId = 0;

    ProjectStore *store = m_store;
    validation::EvaluationEngine *evaluator = *engine;
    // The worker keeps its own copy of the plugin entry: EngineRun holds a reference to it.
    m_job.start<FiledTestRun>(
        [plugin = *plugin, evaluator, request, store, log = m_pendingLog](const CancellationToken &cancel,
                                                                          const ProgressSink &progress) {
            const auto addLines = [&log](const QStringList &lines) { log->add(lines); };
            return storeAndFileTestRun(*store, cancel, [&](ProjectStore &worker, qint64 &runId) {
                return executeRun(worker, plugin, *evaluator, request, cancel, progress, addLines, runId);
            });
        },
        [this](FiledTestRun filed) { finishRun(filed); });
    updateState();
}

void EngineRunDialog::cancelRun()
{
    if (!isRunning())
        return;
    m_job.cancel();
    m_status->setText(tr("Cancelling… the finished cases stay stored."));
}

void EngineRunDialog::showPendingLog()
{
    for (const QString &line : m_pendingLog->take())
        m_log->appendPlainText(line);
}

void EngineRunDialog::showProgress(qint64 done, qint64 total)
{
    showPendingLog();
    if (!isRunning() || total <= 0)
        return;
    if (m_doneAtStart < 0)
        m_doneAtStart = std::max<qint64>(0, done - 1);
    m_progress->setRange(0, static_cast<int>(std::min<qint64>(total, std::numeric_limits<int>::max())));
    m_progress->setValue(static_cast<int>(std::min<qint64>(done, m_progress->maximum())));
    if (m_job.isCancelled())
        return;
    // Engines without cases (a metrics computation) count in their own units.
    QString text = m_countsCases ? tr("%1 of %2 cases").arg(done).arg(total)
                                 : QStringLiteral("%1 / %2").arg(done).arg(total);
    // The estimate comes from this run's pace only: a resumed run's earlier cases took their own time.
    const qint64 ranHere = done - m_doneAtStart;
    if (ranHere > 0 && done < total) {
        const qint64 leftMs = m_elapsed.elapsed() * (total - done) / ranHere;
        const qint64 s = (leftMs + 999) / 1000;
        text += QLatin1String(" · ") + (s < 60 ? tr("about %n s left", nullptr, static_cast<int>(s))
                                                : tr("about %1 min %2 s left").arg(s / 60).arg(s % 60));
    }
    m_status->setText(text);
}

void EngineRunDialog::finishRun(const FiledTestRun &filed)
{
    showPendingLog();
    const qint64 runId = filed.runId, evidenceId = filed.evidenceId;
    const Error &error = filed.error, &evidenceError = filed.evidenceError;
    m_runId = runId;
    m_evidenceId = evidenceId;
    m_status->clear();
    const bool ok = error.what().isEmpty();
    if (!ok) {
        const bool cancelled = error.kind() == Error::Kind::Cancelled || m_job.isCancelled();
        bool resumable = false;
        if (runId > 0)
            if (auto stored = TestRunTable(*m_store).get(runId))
                resumable = canResume(*stored, m_catalog);
        if (resumable)
            m_problem->setText(cancelled ? tr("Test run %1 was cancelled. The finished cases are stored; resume it "
                                              "from the list of test runs.").arg(runId)
                                         : tr("Test run %1 stopped: %2 The finished cases are stored; resume it "
                                              "from the list of test runs.").arg(runId).arg(error.toString()));
        else if (runId > 0)
            m_problem->setText(tr("Test run %1 stopped and cannot be resumed: %2").arg(runId).arg(error.toString()));
        else
            m_problem->setText(cancelled ? tr("The run was cancelled before it started; nothing was stored.")
                                         : error.toString());
    } else if (!evidenceError.what().isEmpty()) {
        m_problem->setText(tr("Test run %1 is stored, but filing it as evidence failed: %2")
                               .arg(runId).arg(evidenceError.toString()));
    }
    // The run as stored now; a resumed run goes on as a new one only if it is resumed again.
    if (runId > 0) {
        m_resumeRunId = 0;
        m_resumeNote->setVisible(false);
        if (auto stored = TestRunTable(*m_store).get(runId)) {
            if (stored->casesTotal > 0) {
                m_progress->setRange(0, static_cast<int>(std::min<qint64>(stored->casesTotal, std::numeric_limits<int>::max())));
                m_progress->setValue(static_cast<int>(std::min<qint64>(stored->cases.done(), m_progress->maximum())));
            }
            showSummary(*stored);
            if (ok && stored->cases.errored > 0)
                m_problem->setText(tr("Warning: %1").arg(evidence::TestRunEvidence::erroredCasesText(*stored)));
        }
    }
    if (m_progress->maximum() == 0) // no case counts came: a run without cases, or one that never started
        m_progress->setRange(0, 1);
    if (ok)
        m_progress->setValue(m_progress->maximum());
    updateState();
    if (runId > 0)
        Q_EMIT runStored(runId);
    if (evidenceId > 0)
        Q_EMIT evidenceFiled(evidenceId);
    Q_EMIT runFinished(ok);
}

void EngineRunDialog::showSummary(const TestRun &run)
{
    const QLocale locale;
    QStringList parts;
    parts << tr("Test run %1 (%2 %3): %4.").arg(run.id).arg(run.engineId, run.engineVersion,
                                                             TestRunListModel::statusLabel(run.status));
    if (run.casesTotal > 0) {
        parts << tr("%1 passed, %2 failed and %3 errored of %4 cases.")
                     .arg(run.cases.passed).arg(run.cases.failed).arg(run.cases.errored).arg(run.casesTotal);
        if (const QString note = evidence::TestRunEvidence::notGradedCasesText(run); !note.isEmpty())
            parts << note;
        const QString from = run.result.is_object() ? jsonString(run.result, "failures_from") : QString();
        if (from == QStringLiteral("endpoint"))
            parts << tr("The failures came from the endpoint (no usable answer), not from the tests.");
        else if (from == QStringLiteral("tests"))
            parts << tr("The failures came from the tests: the endpoint answered, and the answers did not pass.");
        else if (from == QStringLiteral("both"))
            parts << tr("The failures came both from the endpoint (no usable answer) and from the tests.");
    }
    if (m_evidenceId > 0)
        parts << tr("Filed as evidence %1, linked to %2.").arg(m_evidenceId).arg(run.supports.join(QStringLiteral(", ")));
    m_summary->setText(parts.join(QLatin1Char(' ')));

    std::vector<validation::MetricsRow> rows;
    for (const RunMetric &m : run.metrics) {
        if (!m.value)
            continue;
        validation::MetricsRow row;
        row.measure = m.name;
        row.estimate = locale.toString(*m.value, 'f', 3);
        if (m.ciLower && m.ciUpper)
            row.interval = tr("%1 to %2").arg(locale.toString(*m.ciLower, 'f', 3), locale.toString(*m.ciUpper, 'f', 3));
        rows.push_back(std::move(row));
    }
    m_metricsView->setVisible(!rows.empty());
    m_metrics->setRows(std::move(rows));
    m_metricsView->resizeColumnsToContents();
}

void EngineRunDialog::reject()
{
    if (isRunning()) {
        cancelRun();
        m_job.finish(); // the run's end is shown and signalled before closing
    }
    QDialog::reject();
}

void EngineRunDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void EngineRunDialog::retranslate()
{
    setWindowTitle(tr("Run an evaluation engine"));
    m_engineView->setAccessibleName(tr("Evaluation engines"));
    m_suiteLabel->setText(tr("Test &suite:"));
    m_suite->setAccessibleName(tr("Test suite"));
    if (m_suite->count() > 0)
        m_suite->setItemText(0, tr("(no suite)"));
    m_otherSuite->setText(tr("&Other file…"));
    m_otherSuite->setAccessibleName(tr("Choose another test suite file"));
    m_log->setAccessibleName(tr("Run log"));
    m_log->setPlaceholderText(tr("Each case is listed here as it finishes."));
    m_summary->setAccessibleName(tr("Summary of the run"));
    m_metricsView->setAccessibleName(tr("Metrics of the run"));
    m_progress->setAccessibleName(tr("Progress"));
    m_cancel->setText(tr("&Cancel run"));
    m_close->setText(tr("Close"));
    updateState();
}

} // namespace vv::ui
