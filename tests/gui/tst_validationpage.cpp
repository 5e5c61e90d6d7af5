// The validation page and dialog, offscreen: choose a CSV and columns, run with progress, see the charts, export
// them, find the run in the project's list; cancel; the item models under QAbstractItemModelTester.

#include "TestSupport.h"

#include "core/Json.h"
#include "core/Translation.h"
#include "store/EvidenceTable.h"
#include "store/ProjectStore.h"
#include "store/TestRunTable.h"
#include "ui/BackgroundJob.h"
#include "ui/ColourScheme.h"
#include "ui/MainWindow.h"
#include "ui/Navigator.h"
#include "ui/MetricsCharts.h"
#include "ui/ProjectSession.h"
#include "ui/RunComparisonDialog.h"
#include "ui/ValidationDialog.h"
#include "ui/ValidationModels.h"
#include "ui/ValidationPage.h"
#include "ui/ValidationResultView.h"
#include "validation/ClinicalMetrics.h"
#include "validation/EngineRun.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QAreaSeries>
#include <QBarSeries>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QListWidget>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QStandardItemModel>
#include <QTreeView>
#include <QLabel>
#include <QTableView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QXYSeries>

using namespace vv;
using namespace vv::ui;

class TestValidationPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void validateFromTheDialog();
    void chartsExportAsPngAndSvg();
    void chartsAreDarkOnADarkPalette();
    void pageListsRunsAndOpensThem();
    void cancelStopsTheRun();
    void closingWhileRunningFilesNothing();
    void smallThreadPoolsFinish_data();
    void smallThreadPoolsFinish();
    void inputProblemsAreShown();
    void modelsPassTheTester();
    void pageIsInTheNavigator();
    void twoSuiteRunsCompare();

private:
    /// A two-column file (outcome, risk) of rows rows, large enough for the computation's parallel parts.
    QString writeLargeCsv(int rows);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

static QString fixture(const QString &name)
{
    return QStringLiteral(VV_FIXTURES_DIR "/validation/") + name;
}

void TestValidationPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VeiviserTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_validationpage"));
    Translation::install(QStringLiteral("en"));
    // The dialog runs the shipped clinical-metrics engine, as `metrics --project` does.
    qputenv("VEIVISER_PLUGIN_PATH", VV_PLUGINS_DIR);
}

void TestValidationPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = m_dir->filePath(QStringLiteral("p.veiviser"));
    QVERIFY(ProjectStore::create(m_project, {QStringLiteral("Sepsis"), QStringLiteral("1"), ProjectRole::Deployer}).ok());
}

void TestValidationPage::validateFromTheDialog()
{
    auto store = ProjectStore::open(m_project);
    QVERIFY(store.ok());
    ValidationDialog dialog(store->get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setCsvFile(fixture(QStringLiteral("breast_cancer_predictions.csv")));
    // The preview shows the first rows, and the columns are guessed from their names.
    QCOMPARE(dialog.previewModel()->columnCount(), 5);
    QCOMPARE(dialog.previewModel()->rowCount(), 20);
    QCOMPARE(dialog.previewModel()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("risk"));
    QVERIFY(dialog.setColumns(QStringLiteral("malignant"), QStringLiteral("risk"), QStringLiteral("size")));
    QVERIFY(!dialog.setColumns(QStringLiteral("nope"), QStringLiteral("risk")));
    dialog.thresholdsEdit()->setText(QStringLiteral("0,1; 0.5"));
    QSignalSpy finished(&dialog, &ValidationDialog::runFinished);
    QSignalSpy stored(&dialog, &ValidationDialog::runStored);
    QSignalSpy filed(&dialog, &ValidationDialog::evidenceFiled);
    dialog.startRun();
    QVERIFY(dialog.isRunning());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY2(dialog.problemText().isEmpty(), qPrintable(dialog.problemText()));
    QCOMPARE(stored.size(), 1);
    const Json &r = dialog.result();
    QCOMPARE(r["thresholds"].size(), std::size_t(2));
    QCOMPARE(r["thresholds"][0]["threshold"].get<double>(), 0.1);
    QCOMPARE(r["run_id"].get<qint64>(), dialog.storedRunId());

    // The charts are drawn from the result.
    ValidationResultView *view = dialog.resultView();
    QVERIFY(view->isVisible());
    auto *roc = view->chartView(MetricsChart::Roc)->chart();
    QVERIFY(roc->title().contains(QStringLiteral("AUROC 0.990")));
    int rocPoints = 0;
    for (QAbstractSeries *s : roc->series()) {
        if (auto *xy = qobject_cast<QXYSeries *>(s))
            rocPoints = std::max(rocPoints, static_cast<int>(xy->count()));
    }
    QCOMPARE(rocPoints, static_cast<int>(r["roc_curve"].size()));
    QVERIFY(view->chartView(MetricsChart::Calibration)->chart()->title().contains(QStringLiteral("slope")));
    QVERIFY(view->chartView(MetricsChart::DecisionCurve)->chart()->series().size() == 3);
    QVERIFY(qobject_cast<QBarSeries *>(view->chartView(MetricsChart::RiskDistribution)->chart()->series().value(0)));
    QCOMPARE(view->tabs()->count(), 5);
    QVERIFY(view->tableModel()->rowCount() >= 13);
    // Subgroups switch the table and charts.
    QCOMPARE(view->subgroups(), (QStringList{QStringLiteral("large"), QStringLiteral("small")}));
    view->showSubgroup(2);
    QCOMPARE(view->shown()["n"].get<int>(), r["subgroups"]["small"]["n"].get<int>());

    // The run is in the project, with its result.
    auto run = TestRunTable(**store).get(dialog.storedRunId());
    QVERIFY(run.ok());
    QCOMPARE(run->status, TestRunStatus::Completed);
    QCOMPARE(run->supports.size(), 3);
    VV_COMPARE_JSON(run->result["auroc"], r["auroc"]);

    // ...and filed as evidence linked to the requirements it documents (issue 27, item 4), as an engine run is.
    QCOMPARE(filed.size(), 1);
    const qint64 evidenceId = filed.first().first().toLongLong();
    auto item = EvidenceTable::find(**store, evidenceId);
    QVERIFY(item.ok() && item->has_value());
    QCOMPARE((*item)->kind, EvidenceKind::TestResult);
    auto links = EvidenceTable::linksOf(**store, evidenceId);
    QVERIFY(links.ok());
    for (const QString &urn : run->supports)
        QVERIFY2(links->contains(urn), qPrintable(urn));
    QVERIFY2(dialog.statusText().contains(QStringLiteral("filed as evidence %1").arg(evidenceId)), qPrintable(dialog.statusText()));

    // The same validation by `metrics --project` is stored and filed the same way: the same engine and settings,
    // title, figures, evidence title, description and links (issue 21: the dialog used to store its own kind of run,
    // without the engine's provenance).
    const QString cliProject = m_dir->filePath(QStringLiteral("cli.veiviser"));
    QVERIFY(ProjectStore::create(cliProject, {QStringLiteral("Sepsis"), QStringLiteral("1"), ProjectRole::Deployer}).ok());
    const auto cli = test::runCli({QStringLiteral("--json"), QStringLiteral("metrics"), QStringLiteral("--predictions"),
                                   fixture(QStringLiteral("breast_cancer_predictions.csv")), QStringLiteral("--label"),
                                   QStringLiteral("malignant"), QStringLiteral("--score"), QStringLiteral("risk"),
                                   QStringLiteral("--group"), QStringLiteral("size"), QStringLiteral("--threshold"),
                                   QStringLiteral("0.1"), QStringLiteral("--threshold"), QStringLiteral("0.5"),
                                   QStringLiteral("--project"), cliProject});
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    auto other = ProjectStore::open(cliProject);
    QVERIFY(other.ok());
    const Json cliResult = Json::parse(cli.out.toStdString());
    auto cliRun = TestRunTable(**other).get(cliResult["run_id"].get<qint64>());
    QVERIFY(cliRun.ok());
    QCOMPARE(run->engineId, cliRun->engineId);
    QCOMPARE(run->engineVersion, cliRun->engineVersion);
    QCOMPARE(run->title, cliRun->title);
    QCOMPARE(run->supports, cliRun->supports);
    VV_COMPARE_JSON(run->provenance["engine"], cliRun->provenance["engine"]);
    VV_COMPARE_JSON(run->provenance["config_sha256"], cliRun->provenance["config_sha256"]);
    VV_COMPARE_JSON(run->provenance["input"], cliRun->provenance["input"]);
    QCOMPARE(run->metrics.size(), cliRun->metrics.size());
    for (std::size_t i = 0; i < run->metrics.size(); ++i) {
        QCOMPARE(run->metrics[i].name, cliRun->metrics[i].name);
        QCOMPARE(run->metrics[i].value.value_or(-1e300), cliRun->metrics[i].value.value_or(-1e300));
    }
    auto cliItem = EvidenceTable::find(**other, cliResult["evidence_id"].get<qint64>());
    QVERIFY(cliItem.ok() && cliItem->has_value());
    QCOMPARE((*item)->title, (*cliItem)->title);
    QCOMPARE((*item)->kind, (*cliItem)->kind);
    QCOMPARE((*item)->description, (*cliItem)->description);
    auto cliLinks = EvidenceTable::linksOf(**other, (*cliItem)->id);
    QVERIFY(cliLinks.ok());
    QCOMPARE(*links, *cliLinks);
}

namespace {

// The metrics of the breast-cancer fixture: a model whose every chart has something to draw.
Result<Json> breastCancerResult()
{
    validation::CsvOptions o;
    o.labelColumn = QStringLiteral("malignant");
    o.scoreColumn = QStringLiteral("risk");
    return validation::ClinicalMetrics::run(fixture(QStringLiteral("breast_cancer_predictions.csv")), o, {});
}

} // namespace

void TestValidationPage::chartsExportAsPngAndSvg()
{
    auto result = breastCancerResult();
    QVERIFY(result.ok());
    ValidationResultView view;
    view.setResult(*result);
    for (MetricsChart chart : MetricsCharts::all()) {
        const QString png = m_dir->filePath(MetricsCharts::fileStem(chart) + QStringLiteral(".png"));
        const QString svg = m_dir->filePath(MetricsCharts::fileStem(chart) + QStringLiteral(".svg"));
        QVERIFY(view.exportChart(chart, png).ok());
        QVERIFY(view.exportChart(chart, svg).ok());
        QImage image(png);
        QCOMPARE(image.size(), QSize(900, 640));
        // Not a blank page, nor only axes and text: the model's series is drawn in its blue.
        int blue = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                blue += c.blue() > c.red() + 80 && c.blue() > c.green() + 30;
            }
        }
        QVERIFY2(blue > 300, qPrintable(QStringLiteral("%1: %2 blue pixels").arg(MetricsCharts::fileStem(chart)).arg(blue)));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("<path") || text.contains("<polyline"));
    }
    QVERIFY(!view.exportChart(MetricsChart::Roc, m_dir->filePath(QStringLiteral("roc.gif"))).ok());
    QVERIFY(!view.exportChart(MetricsChart::Roc, QStringLiteral("/nonexistent/dir/roc.png")).ok());
}

void TestValidationPage::chartsAreDarkOnADarkPalette()
{
    auto result = breastCancerResult();
    QVERIFY(result.ok());
    ValidationResultView view;
    view.resize(900, 700);
    view.setResult(*result);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // The share of the chart in dark colours (its background and plot area; its text is light on a dark palette).
    const auto darkShare = [&view](MetricsChart chart) {
        view.tabs()->setCurrentIndex(int(MetricsCharts::all().indexOf(chart)) + 1);
        QCoreApplication::processEvents();
        const QImage image = view.chartView(chart)->grab().toImage();
        qint64 dark = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                dark += QColor(image.pixel(x, y)).lightness() < 80 ? 1 : 0;
        return double(dark) / double(std::max(1, image.width() * image.height()));
    };
    // The palette changes while the charts are shown, as when the user switches the colour scheme.
    view.setPalette(darkPalette());
    for (MetricsChart chart : MetricsCharts::all()) {
        const double share = darkShare(chart);
        QVERIFY2(share > 0.8, qPrintable(QStringLiteral("%1: only %2 % is dark on the dark palette")
                                              .arg(MetricsCharts::fileStem(chart)).arg(share * 100)));
    }
    view.setPalette(QPalette(Qt::white));
    QVERIFY2(darkShare(MetricsChart::Roc) < 0.2, "the ROC chart stays dark on a light palette");
    // Exports stay light for documents whatever the screen shows.
    view.setPalette(darkPalette());
    const QString png = m_dir->filePath(QStringLiteral("roc.png"));
    QVERIFY(view.exportChart(MetricsChart::Roc, png).ok());
    const QImage exported(png);
    QCOMPARE(QColor(exported.pixel(5, 5)).lightness(), 255);
}

void TestValidationPage::pageListsRunsAndOpensThem()
{
    ProjectSession session;
    QVERIFY(session.open(m_project).ok());
    ValidationPage page(&session);
    QCOMPARE(page.runsModel()->rowCount(), 0);
    // A run stored by the metrics engine appears once the session says runs changed.
    validation::CsvOptions o;
    o.labelColumn = QStringLiteral("poor");
    o.scoreColumn = QStringLiteral("s100b");
    auto result = validation::ClinicalMetrics::run(fixture(QStringLiteral("asah.csv")), o, {});
    QVERIFY(result.ok());
    validation::EngineRunRequest request;
    request.settings = validation::ClinicalMetrics::engineSettings(fixture(QStringLiteral("asah.csv")), o, {});
    qint64 runId = 0;
    QVERIFY(validation::EngineRun::runInstalled(*session.store(), validation::ClinicalMetrics::engineId(), request, {},
                                                runId)
                .ok());
    const std::optional<qint64> id = runId;
    session.notifyChanged(QStringLiteral("runs"));
    QCOMPARE(page.runsModel()->rowCount(), 1);
    const QModelIndex headline = page.runsModel()->index(0, TestRunListModel::Headline);
    QVERIFY2(headline.data().toString().contains(QStringLiteral("AUROC 0.731 (0.630 to 0.833)")),
             qPrintable(headline.data().toString()));
    QCOMPARE(page.runsModel()->index(0, TestRunListModel::Status).data().toString(), QStringLiteral("Completed"));
    QCOMPARE(page.runsModel()->index(0, 0).data(TestRunListModel::RunIdRole).toLongLong(), *id);
    QDialog *opened = page.openRun(*id);
    QVERIFY(opened);
    auto *view = opened->findChild<ValidationResultView *>();
    QVERIFY(view);
    VV_COMPARE_JSON(view->result()["auroc"], (*result)["auroc"]);
    // s100b is no probability: the calibration chart says why it is empty.
    QVERIFY(view->chartView(MetricsChart::Calibration)->chart()->title().contains(QStringLiteral("probabilities")));
    opened->close();
    QVERIFY(!page.openRun(*id + 10));
    // The dialog opened from the page stores its run and the list follows.
    ValidationDialog *dialog = page.newValidation();
    QVERIFY(dialog->isVisible());
    dialog->setCsvFile(fixture(QStringLiteral("asah.csv")));
    QVERIFY(dialog->setColumns(QStringLiteral("poor"), QStringLiteral("ndka")));
    QSignalSpy finished(dialog, &ValidationDialog::runFinished);
    dialog->startRun();
    QVERIFY(finished.wait(60000));
    QCOMPARE(page.runsModel()->rowCount(), 2);
    dialog->close();
    session.close();
    QCOMPARE(page.runsModel()->rowCount(), 0);
}

void TestValidationPage::cancelStopsTheRun()
{
    // A file large enough that reading takes several blocks; cancelling at once stops it before any result.
    const QString big = m_dir->filePath(QStringLiteral("big.csv"));
    QByteArray block;
    for (int i = 0; i < 100000; ++i)
        block += QByteArray(i % 5 ? "0," : "1,") + QByteArray::number((i % 997) / 997.0, 'g', 17) + '\n';
    QVERIFY(test::writeRepeated(big, "outcome,risk\n", block, 40));
    auto store = ProjectStore::open(m_project);
    QVERIFY(store.ok());
    ValidationDialog dialog(store->get());
    dialog.setCsvFile(big);
    QVERIFY(dialog.setColumns(QStringLiteral("outcome"), QStringLiteral("risk")));
    dialog.bootstrapSpin()->setValue(20000); // long enough that cancelling always lands before the end
    QSignalSpy finished(&dialog, &ValidationDialog::runFinished);
    dialog.startRun();
    dialog.cancelRun();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(dialog.problemText().contains(QStringLiteral("cancelled")));
    QVERIFY(!dialog.isRunning());
    // Cancelled before the engine started, nothing is stored; after, the run stays cancelled, as an engine run does.
    const auto runs = TestRunTable(**store).list();
    QVERIFY(runs.ok());
    for (const TestRun &r : *runs)
        QCOMPARE(r.status, TestRunStatus::Cancelled);
    QCOMPARE(*EvidenceTable::count(**store), qint64(0));
    // Closing while a run is going cancels and waits, without a crash.
    dialog.startRun();
    dialog.reject();
    QVERIFY(!dialog.isRunning());
}

QString TestValidationPage::writeLargeCsv(int rows)
{
    const QString path = m_dir->filePath(QStringLiteral("large.csv"));
    QByteArray block;
    for (int i = 0; i < 10000; ++i)
        block += QByteArray(i % 5 ? "0," : "1,") + QByteArray::number(((i * 7919) % 997) / 997.0, 'g', 17) + '\n';
    return test::writeRepeated(path, "outcome,risk\n", block, rows / 10000) ? path : QString();
}

// Closing the dialog while a run goes cancels it: no completed test run and no evidence are left in the project (a run
// the engine had started stays cancelled, as every engine run does), and the run's end is signalled before the dialog
// goes. (Seen failing with the cancel left out of reject(): the run was stored.)
void TestValidationPage::closingWhileRunningFilesNothing()
{
    // About a second of work when not cancelled, so that an uncancelled run would finish and be stored.
    const QString csv = writeLargeCsv(300000);
    QVERIFY(!csv.isEmpty());
    auto store = ProjectStore::open(m_project);
    QVERIFY(store.ok());
    ValidationDialog dialog(store->get());
    dialog.show();
    dialog.setCsvFile(csv);
    QVERIFY(dialog.setColumns(QStringLiteral("outcome"), QStringLiteral("risk")));
    QSignalSpy finished(&dialog, &ValidationDialog::runFinished);
    QSignalSpy stored(&dialog, &ValidationDialog::runStored);
    QSignalSpy filed(&dialog, &ValidationDialog::evidenceFiled);
    dialog.startRun();
    QVERIFY(dialog.isRunning());
    dialog.reject();
    QVERIFY(!dialog.isRunning());
    QVERIFY(!dialog.isVisible());
    QCOMPARE(finished.size(), 1); // delivered before reject() returned
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(dialog.problemText().contains(QStringLiteral("cancelled")), qPrintable(dialog.problemText()));
    // Nothing comes later either.
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    QVERIFY(stored.size() <= 1);
    QCOMPARE(filed.size(), 0);
    const auto runs = TestRunTable(**store).list();
    QVERIFY(runs.ok());
    for (const TestRun &r : *runs)
        QCOMPARE(r.status, TestRunStatus::Cancelled);
    QCOMPARE(*EvidenceTable::count(**store), qint64(0));
}

void TestValidationPage::smallThreadPoolsFinish_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("1 thread") << 1;
    QTest::newRow("2 threads") << 2;
}

// The run's parallel parts use Qt's global pool; with one or two threads in it the run still finishes, and gives
// the same figures as with the machine's own count (a run that waited for pool threads it holds would hang).
void TestValidationPage::smallThreadPoolsFinish()
{
    QFETCH(int, threads);
    const QString csv = writeLargeCsv(200000); // above the size where the computation splits its work
    QVERIFY(!csv.isEmpty());
    auto runOnce = [&](Json &out) {
        ValidationDialog dialog(nullptr);
        dialog.setCsvFile(csv);
        if (!dialog.setColumns(QStringLiteral("outcome"), QStringLiteral("risk")))
            return false;
        dialog.bootstrapSpin()->setValue(50);
        QSignalSpy finished(&dialog, &ValidationDialog::runFinished);
        dialog.startRun();
        if (!finished.wait(60000) || !finished.first().first().toBool())
            return false;
        out = dialog.result();
        return true;
    };
    Json usual;
    QVERIFY(runOnce(usual));
    QThreadPool *pool = QThreadPool::globalInstance();
    const int before = pool->maxThreadCount();
    pool->setMaxThreadCount(threads);
    // A shared-pool job that holds a thread meanwhile, as another page's work would.
    BackgroundJob other;
    QSemaphore release;
    QVERIFY(other.start<int>([&release](const CancellationToken &, const ProgressSink &) {
        release.acquire();
        return 0;
    }, [](int) {}));
    Json small;
    const bool ok = runOnce(small);
    release.release();
    other.wait();
    pool->setMaxThreadCount(before);
    QVERIFY2(ok, "the run did not finish");
    QCOMPARE(small["auroc"].dump(), usual["auroc"].dump());
}

void TestValidationPage::inputProblemsAreShown()
{
    ValidationDialog dialog(nullptr);
    // The decimal mark follows the file's own numbers (the Norwegian export writes 0,13).
    dialog.setCsvFile(fixture(QStringLiteral("asah_nb.csv")));
    QCOMPARE(dialog.decimalCombo()->currentData().toInt(), int(','));
    dialog.setCsvFile(fixture(QStringLiteral("asah.csv")));
    QCOMPARE(dialog.decimalCombo()->currentData().toInt(), int('.'));
    dialog.setCsvFile(fixture(QStringLiteral("broken/utf16.csv")));
    QVERIFY(dialog.problemText().contains(QStringLiteral("UTF-16")));
    dialog.setCsvFile(fixture(QStringLiteral("broken/nan_score.csv")));
    QVERIFY(dialog.problemText().isEmpty());
    QVERIFY(dialog.setColumns(QStringLiteral("label"), QStringLiteral("score")));
    dialog.thresholdsEdit()->setText(QStringLiteral("high"));
    dialog.startRun();
    QVERIFY(!dialog.isRunning());
    QVERIFY(dialog.problemText().contains(QStringLiteral("'high' is not a threshold")));
    dialog.thresholdsEdit()->setText(QStringLiteral("0.5"));
    QSignalSpy finished(&dialog, &ValidationDialog::runFinished);
    dialog.startRun();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(dialog.problemText().contains(QStringLiteral("nan_score.csv:4:")), qPrintable(dialog.problemText()));
    // With invalid rows left out, the same file validates, without a project to store into.
    dialog.dropInvalidCheck()->setChecked(true);
    dialog.startRun();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().first().toBool(), true);
    QCOMPARE(dialog.result()["dropped_rows"].get<int>(), 1);
    QCOMPARE(dialog.storedRunId(), 0);
}

void TestValidationPage::modelsPassTheTester()
{
    TestRunListModel runs;
    QAbstractItemModelTester t1(&runs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TestRun run;
    run.id = 4;
    run.title = QStringLiteral("x.csv");
    run.metrics = {{QStringLiteral("auroc"), 0.8, 0.7, 0.9}};
    TestRun suite;
    suite.id = 5;
    suite.casesTotal = 10;
    suite.cases.passed = 7;
    runs.setRuns({run, suite});
    QCOMPARE(runs.rowCount(), 2);
    QVERIFY(runs.index(1, TestRunListModel::Headline).data().toString().contains(QStringLiteral("7 of 10")));
    runs.setRuns({});

    CsvPreviewModel preview;
    QAbstractItemModelTester t2(&preview, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto p = validation::PredictionsCsv::preview(fixture(QStringLiteral("asah.csv")), 5);
    QVERIFY(p.ok());
    p->rows[2].removeLast(); // a short row is shown with an empty cell
    preview.setPreview(*p);
    QCOMPARE(preview.rowCount(), 5);
    QCOMPARE(preview.index(2, 6).data().toString(), QString());
    QCOMPARE(preview.headerData(0, Qt::Vertical).toInt(), 2);
    preview.clear();

    MetricsTableModel table;
    QAbstractItemModelTester t3(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.setRows({{QStringLiteral("AUROC"), QStringLiteral("0.8"), QStringLiteral("0.7 to 0.9")}});
    QCOMPARE(table.index(0, 2).data().toString(), QStringLiteral("0.7 to 0.9"));
    table.setRows({});
}

void TestValidationPage::pageIsInTheNavigator()
{
    MainWindow w;
    QVERIFY(w.openProject(m_project));
    QStringList titles;
    for (int i = 0; i < w.navigator()->count(); ++i)
        titles << w.navigator()->item(i)->text();
    QVERIFY2(titles.contains(QStringLiteral("Validation")), qPrintable(titles.join(QLatin1Char(','))));
}

namespace {

// A finished suite run with these cases: "p" passed, "f" failed (with a grader's reason), "e" errored.
qint64 suiteRun(ProjectStore &store, const QString &title, const QString &outcomes)
{
    TestRunTable table(store);
    NewTestRun n;
    n.engineId = QStringLiteral("openai-compatible");
    n.engineVersion = QStringLiteral("1");
    n.kind = QStringLiteral("llm");
    n.title = title;
    n.casesTotal = outcomes.size();
    auto id = table.start(n);
    if (!id)
        return 0;
    std::vector<CaseResult> cases;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        CaseResult c;
        c.caseId = QStringLiteral("case-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        const QChar o = outcomes[i];
        c.status = o == QLatin1Char('p') ? CaseStatus::Passed : o == QLatin1Char('f') ? CaseStatus::Failed
                                                                                       : CaseStatus::Errored;
        c.detail = Json{{"verdicts", Json::array({{{"grader", "language"}, {"passed", o == QLatin1Char('p')},
                                                   {"reason", o == QLatin1Char('p') ? "" : "not Nynorsk"}}})}};
        cases.push_back(c);
    }
    if (!table.recordCases(*id, cases) || !table.finish(*id, TestRunStatus::Completed, {}, Json::object()))
        return 0;
    return *id;
}

} // namespace

void TestValidationPage::twoSuiteRunsCompare()
{
    ProjectSession session;
    QVERIFY(session.open(m_project).ok());
    // Cases 1-5 pass in both; 6-7 regress; 8-10 improve; 11 fails in both; 12 errors in the newer run.
    const qint64 older = suiteRun(*session.store(), QStringLiteral("basic (model 1)"), QStringLiteral("pppppppffffp"));
    const qint64 newer = suiteRun(*session.store(), QStringLiteral("basic (model 2)"), QStringLiteral("pppppffpppfe"));
    QVERIFY(older > 0 && newer > older);
    NewTestRun metrics;
    metrics.engineId = QStringLiteral("clinical-metrics");
    metrics.engineVersion = QStringLiteral("1");
    metrics.kind = QStringLiteral("classifier");
    metrics.title = QStringLiteral("x.csv");
    QVERIFY(TestRunTable(*session.store()).record(metrics, {}, Json::object()));
    ValidationPage page(&session);
    page.refresh();
    QCOMPARE(page.runsModel()->rowCount(), 3);
    auto select = [&page](std::initializer_list<int> rows) {
        page.runsView()->clearSelection();
        for (const int row : rows)
            page.runsView()->selectionModel()->select(page.runsModel()->index(row, 0),
                                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    };
    // Newest first: the metrics run, then the newer and the older suite run. A metrics run has no cases to compare.
    select({0, 1});
    QVERIFY(!page.compareButton()->isEnabled());
    select({1});
    QVERIFY(!page.compareButton()->isEnabled());
    select({1, 2});
    QVERIFY(page.compareButton()->isEnabled());
    page.compareButton()->click();
    auto *dialog = page.findChild<RunComparisonDialog *>();
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->casesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy shown(dialog, &RunComparisonDialog::comparisonShown);
    QVERIFY(shown.wait(20000));
    QVERIFY(dialog->comparison() && *dialog->comparison());
    // Regressions first (what the newer run lost, with its grader's reason), then improvements.
    QStandardItemModel *cases = dialog->casesModel();
    QCOMPARE(cases->rowCount(), 2);
    QStandardItem *regressions = cases->item(0);
    QVERIFY2(regressions->text().startsWith(QStringLiteral("Regressions")), qPrintable(regressions->text()));
    QCOMPARE(regressions->rowCount(), 2);
    QCOMPARE(regressions->child(0, 0)->text(), QStringLiteral("case-06"));
    QCOMPARE(regressions->child(1, 0)->text(), QStringLiteral("case-07"));
    QCOMPARE(regressions->child(0, 1)->text(), QStringLiteral("language: not Nynorsk"));
    QStandardItem *improvements = cases->item(1);
    QCOMPARE(improvements->rowCount(), 3);
    QCOMPARE(improvements->child(2, 0)->text(), QStringLiteral("case-10"));
    QVERIFY(dialog->casesView()->isExpanded(regressions->index()));
    // The test below says what `runs compare` says of the same runs.
    const auto cli = test::runCli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("compare"),
                                   m_project, QString::number(older), QString::number(newer)});
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    const Json json = Json::parse(cli.out.toStdString());
    QCOMPARE(json["cases_paired"].get<int>(), 11);
    const QLocale locale;
    const QString summary = dialog->summaryLabel()->text();
    for (const QString &part : QStringList{
             QStringLiteral("Run A passed 7 and run B 8 of the 11 cases"),
          QString(QStringLiteral("p = ") + locale.toString(json["mcnemar_p"].get<double>(), 'g', 3)),
          locale.toString(json["difference"]["value"].get<double>() * 100.0, 'f', 1),
          QString(locale.toString(json["difference"]["ci_lower"].get<double>() * 100.0, 'f', 1) + QStringLiteral(" to ") +
                  locale.toString(json["difference"]["ci_upper"].get<double>() * 100.0, 'f', 1)),
          QStringLiteral("errored or were not graded in either run: 1")})
        QVERIFY2(summary.contains(part), qPrintable(part + QStringLiteral(" not in: ") + summary));
    dialog->close();
}

QTEST_MAIN(TestValidationPage)
#include "tst_validationpage.moc"
