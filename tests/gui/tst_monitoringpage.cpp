// The monitoring page, offscreen: a project with a plan and drifting production data shows its alarm in the window
// table and the chart; "Open a deviation…" opens a deviation that acknowledges the alarm; a project without a plan
// says how to make one. Production data ingested from the page in the background shows its alarm, and a cancelled
// ingest changes nothing; the plan editor checks as you type and stores a new plan version.

#include "DriftStream.h"
#include "core/Translation.h"
#include "monitoring/MonitoringPlan.h"
#include "monitoring/MonitoringStatus.h"
#include "monitoring/ProductionIngest.h"
#include "store/DeviationTable.h"
#include "store/MonitoringTable.h"
#include "store/ProjectStore.h"
#include "ui/MainWindow.h"
#include "ui/IngestDialog.h"
#include "ui/MessageBar.h"
#include "ui/MonitoringPlanDialog.h"
#include "ui/MonitoringModels.h"
#include "ui/MonitoringPage.h"
#include "ui/OpenDeviationDialog.h"
#include "ui/ProjectSession.h"
#include "validation/Statistics.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QScrollBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vv;
using namespace vv::ui;

namespace {

using vv::test::driftStream;

const char *plan = R"(window: week
time_zone: Europe/Oslo
baseline: {from: 2026-01-05, to: 2026-03-29}
min_labelled: 200
metrics:
  - {metric: auroc, lower: 0.65}
  - {metric: oe_ratio, lower: 0.8, upper: 1.25}
  - {metric: psi, feature: age, upper: 0.2}
)";

bool createProject(const QString &path)
{
    return ProjectStore::create(path, {QStringLiteral("Sepsis"), QStringLiteral("1"), ProjectRole::Deployer}).ok();
}

/// A project with the plan and no data yet.
bool createPlannedProject(const QString &path)
{
    if (!createProject(path))
        return false;
    auto store = ProjectStore::open(path);
    auto read = monitoring::MonitoringPlanReader::read(plan, QStringLiteral("plan.yaml"));
    return store && read && MonitoringTable(**store).addPlan(read->toJson(), QString::fromUtf8(plan));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// A project with the plan and 16 weeks of data, the last four drifting.
bool createDriftingProject(const QString &path, const QString &csv)
{
    if (!createProject(path))
        return false;
    auto store = ProjectStore::open(path);
    auto read = monitoring::MonitoringPlanReader::read(plan, QStringLiteral("plan.yaml"));
    if (!store || !read || !MonitoringTable(**store).addPlan(read->toJson(), QString::fromUtf8(plan)))
        return false;
    QFile f(csv);
    const QByteArray bytes = driftStream(16, 800, 12, 1.0);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    monitoring::IngestOptions o;
    o.timeColumn = QStringLiteral("time");
    o.labelColumn = QStringLiteral("outcome");
    o.scoreColumn = QStringLiteral("risk");
    o.idColumn = QStringLiteral("id");
    o.featureColumns = {QStringLiteral("age")};
    return monitoring::ProductionIngest::fromCsv(**store, csv, o).ok();
}

/// The first cell of a measure column in the alarm state, or an invalid index.
QModelIndex firstAlarmCell(const MonitoringWindowModel &model)
{
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = MonitoringWindowModel::FirstMetricColumn; c < model.columnCount(); ++c)
            if (model.index(r, c).data(MonitoringWindowModel::StateRole) == int(monitoring::MetricState::Alarm))
                return model.index(r, c);
    return {};
}

} // namespace

class TestMonitoringPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void alarmBecomesADeviation();
    void changeWhileComputingComputesAgain();
    void chartShowsValueIntervalAndLimits();
    void projectWithoutPlanSaysWhatToDo();
    void pagesAreInTheNavigatorAfterValidation();
    void ingestFromThePageShowsTheAlarm();
    void cancelledIngestChangesNothing();
    void ingestDialogClosedWithTheFileFieldInFocus();
    void planEditorChecksAsYouTypeAndStores();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMonitoringPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VeiviserTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_monitoringpage"));
    Translation::install(QStringLiteral("en"));
}

void TestMonitoringPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestMonitoringPage::alarmBecomesADeviation()
{
    const QString path = m_dir->filePath(QStringLiteral("drift.veiviser"));
    QVERIFY(createDriftingProject(path, m_dir->filePath(QStringLiteral("drift.csv"))));
    ProjectSession session;
    MonitoringPage page(&session);
    page.resize(1200, 800);
    page.show();
    QAbstractItemModelTester tester(page.windowModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy shown(&page, &MonitoringPage::statusShown);
    QVERIFY(session.open(path).ok());
    QVERIFY(page.isComputing()); // off the GUI thread
    QVERIFY(shown.wait(120000));
    QVERIFY2(page.messages()->isHidden(), qPrintable(page.messages()->text()));

    // The table: one row per week, the plan's measures as columns, an alarm cell that says so in words.
    MonitoringWindowModel *model = page.windowModel();
    QCOMPARE(model->rowCount(), 16);
    QCOMPARE(model->headerData(MonitoringWindowModel::FirstMetricColumn + 1, Qt::Horizontal).toString(),
             QStringLiteral("O/E ratio"));
    const QModelIndex alarm = firstAlarmCell(*model);
    QVERIFY(alarm.isValid());
    QVERIFY2(alarm.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Alarm: beyond the limit")),
             qPrintable(alarm.data(Qt::ToolTipRole).toString()));
    QVERIFY(alarm.data(Qt::DisplayRole).toString().contains(QLatin1Char('[')));
    QVERIFY(!alarm.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!model->index(alarm.row(), MonitoringWindowModel::WindowColumn).data().toString().contains(QStringLiteral("baseline")));

    // The open alarms, the first selected; the dialog proposes a title naming the measure and the week.
    const int openBefore = page.alarmList()->count();
    QVERIFY(openBefore > 0);
    // Beside the chart the list is narrow: its sentences wrap instead of running off to the side.
    QVERIFY(page.alarmList()->wordWrap());
    QCOMPARE(page.alarmList()->horizontalScrollBar()->maximum(), 0);
    QVERIFY(page.alarmList()->visualItemRect(page.alarmList()->item(0)).right() <=
            page.alarmList()->viewport()->width());
    QVERIFY(page.openDeviationButton()->isEnabled());
    page.openDeviationButton()->click();
    auto *dialog = page.findChild<OpenDeviationDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QString title = dialog->titleEdit()->text();
    QVERIFY2(title.contains(QStringLiteral(" beyond its limit in 2026-W")), qPrintable(title));
    dialog->severityBox()->setCurrentIndex(dialog->severityBox()->findData(QStringLiteral("high")));
    dialog->ownerEdit()->setText(QStringLiteral("Kari Nordmann"));
    dialog->accept();
    QVERIFY(shown.wait(120000)); // the status is computed again

    // The deviation exists, linked to the alarm, and the alarm is acknowledged: no longer among the open ones.
    auto deviations = DeviationTable(*session.store()).all();
    QVERIFY(deviations);
    QCOMPARE(deviations->size(), std::size_t(1));
    const Deviation &d = deviations->front();
    QCOMPARE(d.title, title);
    QCOMPARE(d.severity, QStringLiteral("high"));
    QCOMPARE(d.owner, QStringLiteral("Kari Nordmann"));
    QCOMPARE(d.links.size(), std::size_t(1));
    QCOMPARE(d.links[0].kind, QStringLiteral("alarm"));
    auto acknowledged = MonitoringTable(*session.store()).acknowledgements();
    QVERIFY(acknowledged);
    QCOMPARE(acknowledged->size(), std::size_t(1));
    QCOMPARE(d.links[0].ref, acknowledged->front().windowStart + QLatin1Char(':') + acknowledged->front().metric);
    QCOMPARE(page.alarmList()->count(), openBefore - 1);
    QVERIFY(page.messages()->text().contains(QStringLiteral("Deviation %1 is opened").arg(d.id)));
}

void TestMonitoringPage::chartShowsValueIntervalAndLimits()
{
    const QString path = m_dir->filePath(QStringLiteral("drift.veiviser"));
    QVERIFY(createDriftingProject(path, m_dir->filePath(QStringLiteral("drift.csv"))));
    ProjectSession session;
    MonitoringPage page(&session);
    QSignalSpy shown(&page, &MonitoringPage::statusShown);
    QVERIFY(session.open(path).ok());
    QVERIFY(shown.wait(120000));
    QComboBox *metric = page.metricBox();
    QCOMPARE(metric->count(), 3);
    metric->setCurrentIndex(metric->findData(QStringLiteral("oe_ratio")));
    QChart *chart = page.chartView()->chart();
    QVERIFY(chart->title().contains(QStringLiteral("O/E ratio")));
    int bands = 0, dashed = 0, values = 0;
    for (QAbstractSeries *s : chart->series()) {
        if (qobject_cast<QAreaSeries *>(s))
            ++bands;
        else if (auto *l = qobject_cast<QLineSeries *>(s); l && l->pen().style() == Qt::DashLine)
            ++dashed;
        else if (l && l->name() == QStringLiteral("O/E ratio"))
            values = int(l->count());
    }
    QCOMPARE(bands, 1);
    QCOMPARE(dashed, 2); // the lower and the upper limit
    QCOMPARE(values, 16);
    // PSI has no interval: a value line and its one limit.
    metric->setCurrentIndex(metric->findData(QStringLiteral("psi:age")));
    bands = dashed = 0;
    for (QAbstractSeries *s : page.chartView()->chart()->series()) {
        bands += qobject_cast<QAreaSeries *>(s) != nullptr;
        if (auto *l = qobject_cast<QLineSeries *>(s); l && l->pen().style() == Qt::DashLine)
            ++dashed;
    }
    QCOMPARE(bands, 0);
    QCOMPARE(dashed, 1);
}

void TestMonitoringPage::projectWithoutPlanSaysWhatToDo()
{
    const QString path = m_dir->filePath(QStringLiteral("plain.veiviser"));
    QVERIFY(createProject(path));
    ProjectSession session;
    MonitoringPage page(&session);
    page.show();
    QSignalSpy shown(&page, &MonitoringPage::statusShown);
    QVERIFY(session.open(path).ok());
    QVERIFY(shown.wait(60000));
    QVERIFY(page.emptyState()->isVisible());
    QVERIFY(!page.windowView()->isVisible());
    QVERIFY2(page.emptyState()->text().contains(QStringLiteral("veiviser-cli monitor plan %1 --from PLAN.yaml").arg(path)),
             qPrintable(page.emptyState()->text()));
    QVERIFY(page.emptyState()->text().contains(QStringLiteral("docs/monitoring.md")));
    QVERIFY(!page.openDeviationButton()->isEnabled());
}

void TestMonitoringPage::pagesAreInTheNavigatorAfterValidation()
{
    MainWindow w;
    QStringList names;
    for (Page *p : w.pages())
        names << QString::fromLatin1(p->metaObject()->className());
    const qsizetype validation = names.indexOf(QStringLiteral("vv::ui::ValidationPage"));
    QVERIFY(validation >= 0);
    QCOMPARE(names.value(validation + 1), QStringLiteral("vv::ui::MonitoringPage"));
    QCOMPARE(names.value(validation + 2), QStringLiteral("vv::ui::DeviationsPage"));
}

// The GUI's ingest: chosen in the dialog, run in the background, then the page computes the status again and the
// alarm can be taken on as a deviation.
void TestMonitoringPage::ingestFromThePageShowsTheAlarm()
{
    const QString path = m_dir->filePath(QStringLiteral("ingest.veiviser"));
    const QString csv = m_dir->filePath(QStringLiteral("drift.csv"));
    QVERIFY(createPlannedProject(path));
    QVERIFY(writeFile(csv, driftStream(16, 800, 12, 1.0)));
    ProjectSession session;
    MonitoringPage page(&session);
    page.resize(1200, 800);
    page.show();
    QSignalSpy shown(&page, &MonitoringPage::statusShown);
    QSignalSpy ingested(&page, &MonitoringPage::ingestFinished);
    QVERIFY(session.open(path).ok());
    QVERIFY(shown.wait(60000));
    QCOMPARE(page.windowModel()->rowCount(), 0);
    QVERIFY(page.ingestButton()->isEnabled());

    page.ingestButton()->click();
    auto *dialog = page.findChild<IngestDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    dialog->setCsvFile(csv);
    // The columns are guessed from their names; the id and the feature are chosen.
    QCOMPARE(dialog->options().timeColumn, QStringLiteral("time"));
    QCOMPARE(dialog->options().labelColumn, QStringLiteral("outcome"));
    QCOMPARE(dialog->options().scoreColumn, QStringLiteral("risk"));
    QVERIFY(dialog->setColumns(QStringLiteral("time"), QStringLiteral("outcome"), QStringLiteral("risk"),
                               QStringLiteral("id"), {QStringLiteral("age")}));
    shown.clear();
    dialog->ingestButton()->click();
    QVERIFY(page.isIngesting());
    QVERIFY(ingested.wait(120000));
    QCOMPARE(ingested.front().front().toBool(), true);
    QVERIFY2(page.messages()->text().contains(QStringLiteral("12800 new")), qPrintable(page.messages()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !page.isComputing(), 120000);
    QCOMPARE(page.windowModel()->rowCount(), 16);
    QVERIFY(page.alarmList()->count() > 0);

    QVERIFY(page.openDeviationButton()->isEnabled());
    page.openDeviationButton()->click();
    auto *open = page.findChild<OpenDeviationDialog *>();
    QVERIFY(open);
    open->accept();
    auto deviations = DeviationTable(*session.store()).all();
    QVERIFY(deviations);
    QCOMPARE(deviations->size(), std::size_t(1));
    QCOMPARE(deviations->front().links.front().kind, QStringLiteral("alarm"));
}

// The project changes while its status is computed: the computation is cancelled and run again, and only the new
// status is shown (no "cancelled" message, one statusShown).
void TestMonitoringPage::changeWhileComputingComputesAgain()
{
    const QString path = m_dir->filePath(QStringLiteral("again.veiviser"));
    QVERIFY(createDriftingProject(path, m_dir->filePath(QStringLiteral("again.csv"))));
    ProjectSession session;
    MonitoringPage page(&session);
    page.show();
    QSignalSpy shown(&page, &MonitoringPage::statusShown);
    QVERIFY(session.open(path).ok());
    QVERIFY(page.isComputing());
    session.notifyChanged(QStringLiteral("monitoring"));
    QVERIFY(shown.wait(120000));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isComputing(), 120000);
    QTest::qWait(100);
    QCOMPARE(shown.count(), 1);
    QVERIFY2(page.messages()->isHidden(), qPrintable(page.messages()->text()));
    QCOMPARE(page.windowModel()->rowCount(), 16);
}

// Cancel while the rows are being read: the ingest is one transaction, so neither rows nor an audit entry remain.
void TestMonitoringPage::cancelledIngestChangesNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("cancel.veiviser"));
    const QString csv = m_dir->filePath(QStringLiteral("big.csv"));
    QVERIFY(createPlannedProject(path));
    QVERIFY(writeFile(csv, driftStream(40, 5000, 100, 0)));
    ProjectSession session;
    MonitoringPage page(&session);
    page.show();
    QSignalSpy shown(&page, &MonitoringPage::statusShown);
    QSignalSpy ingested(&page, &MonitoringPage::ingestFinished);
    QVERIFY(session.open(path).ok());
    QVERIFY(shown.wait(60000));
    auto before = session.store()->info();
    QVERIFY(before);
    monitoring::IngestOptions o;
    o.timeColumn = QStringLiteral("time");
    o.labelColumn = QStringLiteral("outcome");
    o.scoreColumn = QStringLiteral("risk");
    o.idColumn = QStringLiteral("id");
    auto *bar = page.findChild<QProgressBar *>();
    QVERIFY(bar);
    QSignalSpy progressed(bar, &QProgressBar::valueChanged);
    QVERIFY(page.startIngest(monitoring::ProductionSource{csv, {}, {}}, o));
    QVERIFY(page.cancelButton()->isVisible());
    QVERIFY(progressed.wait(60000)); // rows are being read inside the ingest's transaction
    page.cancelButton()->click();
    QVERIFY(ingested.wait(120000));
    QCOMPARE(ingested.front().front().toBool(), false);
    QVERIFY2(page.messages()->text().contains(QStringLiteral("cancelled")), qPrintable(page.messages()->text()));
    QCOMPARE(*MonitoringTable(*session.store()).rowCount(), qint64(0));
    auto after = session.store()->info();
    QVERIFY(after);
    QCOMPARE(after->counts.value(QStringLiteral("audit_entries")), before->counts.value(QStringLiteral("audit_entries")));
}

// The dialog deleted while its file field has the focus and an edited path (the page going with its project): ~QWidget
// takes the focus after ~IngestDialog, and editingFinished must not reach IngestDialog::loadHeader any more. Only the
// asan preset sees the difference (UBSan: "downcast of address ... which does not point to an object of type
// 'IngestDialog'").
void TestMonitoringPage::ingestDialogClosedWithTheFileFieldInFocus()
{
    auto *dialog = new IngestDialog;
    dialog->show();
    dialog->activateWindow();
    auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("csvFile"));
    QVERIFY(file && file->isVisible());
    file->setFocus();
    QTRY_VERIFY(file->hasFocus());
    QTest::keyClicks(file, m_dir->filePath(QStringLiteral("drift.csv")));
    delete dialog;
}

// Two mistakes give two problems, each at its line; the corrected plan is stored as version 1 with its text.
void TestMonitoringPage::planEditorChecksAsYouTypeAndStores()
{
    const QString path = m_dir->filePath(QStringLiteral("plan.veiviser"));
    QVERIFY(createProject(path));
    ProjectSession session;
    MonitoringPage page(&session);
    page.show();
    QSignalSpy shown(&page, &MonitoringPage::statusShown);
    QVERIFY(session.open(path).ok());
    QVERIFY(shown.wait(60000));
    QVERIFY(page.emptyState()->isVisible());
    MonitoringPlanDialog *dialog = page.editPlan();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(!dialog->editor()->toPlainText().isEmpty()); // an example to start from
    const QString broken = QStringLiteral("window: week\n"
                                          "time_zone: Europe/Oslo\n"
                                          "baseline: {from: 2026-01-05, to: 2026-03-29}\n"
                                          "metrics:\n"
                                          "  - {metric: auroc, lower: 0.7}\n"
                                          "  - {metric: aurocc, lower: 0.7}\n"
                                          "  - {metric: oe_ratio, lower: 1.25, upper: 0.8}\n");
    dialog->editor()->setPlainText(broken);
    // Checked after a pause in typing.
    QTRY_COMPARE(dialog->problemList()->count(), 2);
    QVERIFY2(dialog->problemList()->item(0)->text().startsWith(QStringLiteral("6:")),
             qPrintable(dialog->problemList()->item(0)->text()));
    QVERIFY2(dialog->problemList()->item(1)->text().startsWith(QStringLiteral("7:")),
             qPrintable(dialog->problemList()->item(1)->text()));
    QVERIFY(!dialog->saveButton()->isEnabled());

    QString fixed = broken;
    fixed.replace(QStringLiteral("aurocc"), QStringLiteral("calibration_slope"))
        .replace(QStringLiteral("lower: 1.25, upper: 0.8"), QStringLiteral("lower: 0.8, upper: 1.25"));
    dialog->editor()->setPlainText(fixed);
    dialog->checkNow();
    QCOMPARE(dialog->problemList()->count(), 0);
    QVERIFY(dialog->saveButton()->isEnabled());
    shown.clear();
    dialog->saveButton()->click();
    auto plans = MonitoringTable(*session.store()).plans();
    QVERIFY(plans);
    QCOMPARE(plans->size(), std::size_t(1));
    QCOMPARE(plans->front().source, fixed);
    QVERIFY(shown.wait(60000)); // the page shows the plan in force
    QVERIFY(!page.emptyState()->isVisible());
    QVERIFY(page.messages()->text().contains(QStringLiteral("version 1")));
}

QTEST_MAIN(TestMonitoringPage)
#include "tst_monitoringpage.moc"
