// The risk page (issue 23), offscreen in the main window: a hazard added in the form shows in the table and on the
// heat map; a control added to it and a test run linked as its verification close the traceability matrix's gaps
// one by one; undo takes a change back; a stored change plan checks a run and files the check as evidence. Every
// model passes QAbstractItemModelTester.

#include "TestSupport.h"

#include "core/Translation.h"
#include "risk/TraceMatrix.h"
#include "store/DeviationTable.h"
#include "store/ProjectStore.h"
#include "store/RiskTable.h"
#include "store/TestRunTable.h"
#include "ui/DeviationsPage.h"
#include "ui/Links.h"
#include "ui/ColourScheme.h"
#include "ui/MainWindow.h"
#include "ui/ProjectSession.h"
#include "ui/RiskHeatMap.h"
#include "ui/RiskModels.h"
#include "ui/RiskPage.h"
#include "ui/ValidationPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace vv;
using namespace vv::ui;

class TestRiskPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void hazardControlAndRunCloseTheGaps();
    void planChecksARun();
    void hazardLinksToItsDeviationsAndVerifications();
    void heatMapIsDarkOnADarkPalette();
    void fitsASmallLaptopScreen();

private:
    RiskPage *openPage();
    /// The gap ids of the matrix once its computation has finished.
    QStringList gapsWhenComputed(RiskPage *page);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_project;
};

void TestRiskPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VeiviserTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_riskpage"));
    qputenv("VEIVISER_DATA_DIR", VV_BIN_DIR "/../share/veiviser");
    Translation::install(QStringLiteral("en"));
}

void TestRiskPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(QStringLiteral("p.veiviser"));
    {
        auto store = ProjectStore::create(m_project, {QStringLiteral("Sepsis"), QStringLiteral("1"), ProjectRole::Provider});
        QVERIFY(store);
        // A completed validation run with an AUROC and its interval, as clinical-metrics stores one.
        NewTestRun run;
        run.engineId = QStringLiteral("clinical-metrics");
        run.engineVersion = QStringLiteral("1.0");
        run.kind = QStringLiteral("classifier");
        run.title = QStringLiteral("Validation on 2026 data");
        auto id = TestRunTable(**store).record(
            run, {{QStringLiteral("n"), 800.0, {}, {}}, {QStringLiteral("auroc"), 0.81, 0.77, 0.85}}, Json::object());
        QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_project));
}

void TestRiskPage::cleanup()
{
    m_window.reset();
}

// The table, the two heat maps and the hazard form once made the window 891 pixels tall, past a 1366×768 screen.
void TestRiskPage::fitsASmallLaptopScreen()
{
    RiskPage *page = openPage();
    QVERIFY(page);
    QTest::qWait(50);
    // 768 less a title bar and a panel.
    QVERIFY2(m_window->minimumSizeHint().height() <= 700,
             qPrintable(QStringLiteral("the window needs %1 pixels").arg(m_window->minimumSizeHint().height())));
    QVERIFY(m_window->minimumSizeHint().width() <= 1366);
}

RiskPage *TestRiskPage::openPage()
{
    RiskPage *page = m_window->riskPage();
    m_window->showPage(page);
    return m_window->currentPage() == page ? page : nullptr;
}

QStringList TestRiskPage::gapsWhenComputed(RiskPage *page)
{
    if (!QTest::qWaitFor([page] { return !page->isComputingTrace(); }, 20000))
        return {QStringLiteral("timeout")};
    QStringList out;
    for (const risk::TraceRow &r : page->traceModel()->matrix().rows)
        for (risk::TraceGap g : r.gaps)
            out << risk::traceGapId(g);
    return out;
}

void TestRiskPage::hazardControlAndRunCloseTheGaps()
{
    RiskPage *page = openPage();
    QVERIFY(page);
    QAbstractItemModelTester hazardTester(page->hazardModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester controlTester(page->controlModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester traceTester(page->traceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(page->traceFilter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester checkTester(page->checkModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // A new hazard, typed into the form as a user does.
    page->newHazard();
    QCOMPARE(page->refEdit()->text(), QStringLiteral("H-01"));
    page->categoryBox()->setCurrentIndex(page->categoryBox()->findData(QStringLiteral("subgroup_performance")));
    QTest::keyClicks(page->hazardEdit(), QStringLiteral("Under-estimates risk in surgical wards"));
    QTest::keyClicks(page->harmEdit(), QStringLiteral("Delayed antibiotics"));
    page->severityBox()->setValue(4);
    page->probabilityBox()->setValue(3);
    QVERIFY(page->saveHazard());
    QCOMPARE(page->hazardModel()->rowCount(), 1);
    QCOMPARE(page->beforeMap()->count(4, 3), 1);
    QCOMPARE(page->afterMap()->count(4, 3), 0);
    QCOMPARE(gapsWhenComputed(page), QStringList{QStringLiteral("hazard_without_control")});

    // A control without verification is a gap of its own; the residual risk is not estimated yet.
    QTest::keyClicks(page->controlText(), QStringLiteral("Per-ward recalibration before go-live"));
    QVERIFY(page->addControl());
    QCOMPARE(page->controlModel()->rowCount(), 1);
    QCOMPARE(gapsWhenComputed(page),
             (QStringList{QStringLiteral("control_without_verification"), QStringLiteral("residual_not_estimated")}));

    // Linking the test run verifies it.
    page->controlView()->selectRow(0);
    const int run = page->verificationBox()->findText(QStringLiteral("Test run 1: Validation on 2026 data"));
    QVERIFY(run >= 0);
    page->verificationBox()->setCurrentIndex(run);
    QVERIFY(page->addVerification());
    QCOMPARE(page->controlModel()->index(0, ControlListModel::Verifications).data().toString(),
             QStringLiteral("test run 1"));
    QCOMPARE(gapsWhenComputed(page), QStringList{QStringLiteral("residual_not_estimated")});

    // The residual risk closes the last gap and moves the hazard on the second map.
    page->residualBox()->setChecked(true);
    page->residualSeverityBox()->setValue(4);
    page->residualProbabilityBox()->setValue(1);
    QVERIFY(page->saveHazard());
    QCOMPARE(page->afterMap()->count(4, 1), 1);
    QCOMPARE(gapsWhenComputed(page), QStringList());
    page->onlyGapsBox()->setChecked(true);
    QCOMPARE(page->traceFilter()->rowCount(), 0);

    // Undo takes the residual estimate back, as a new audited change.
    m_window->session()->undoStack()->undo();
    QCOMPARE(gapsWhenComputed(page), QStringList{QStringLiteral("residual_not_estimated")});
    QCOMPARE(page->traceFilter()->rowCount(), 1);
    auto store = ProjectStore::open(m_project, StoreOptions::readOnly());
    QVERIFY(store);
    auto hazards = RiskTable(**store).hazards();
    QVERIFY(hazards && hazards->size() == 1);
    QVERIFY(!hazards->front().residualSeverity);
    auto verified = (*store)->verifyAudit();
    QVERIFY(verified && verified->intact);
}

// ISO 14971 clause 10 and 7.2 on the page: a hazard lists the deviations that point at it, a control what verifies
// it, and each is a link that leads to the deviation or the run.
void TestRiskPage::hazardLinksToItsDeviationsAndVerifications()
{
    RiskPage *page = openPage();
    QVERIFY(page);
    page->newHazard();
    page->categoryBox()->setCurrentIndex(page->categoryBox()->findData(QStringLiteral("data_shift")));
    QTest::keyClicks(page->hazardEdit(), QStringLiteral("Drift after a new lactate assay"));
    QTest::keyClicks(page->harmEdit(), QStringLiteral("Missed sepsis"));
    QVERIFY(page->saveHazard());
    QCOMPARE(page->feedbackLabel()->text(), QStringLiteral("No deviation points at this hazard."));

    QTest::keyClicks(page->controlText(), QStringLiteral("Monthly calibration check"));
    QVERIFY(page->addControl());
    page->controlView()->selectRow(0);
    QCOMPARE(page->verifiedByLabel()->text(), QStringLiteral("Nothing verifies this control yet."));
    page->verificationBox()->setCurrentIndex(page->verificationBox()->findText(QStringLiteral("Test run 1: Validation on 2026 data")));
    QVERIFY(page->addVerification());
    page->controlView()->selectRow(0);
    const QString verified = page->verifiedByLabel()->text();
    const QString runLink = LinkTarget::testRun(1).url().toString();
    QVERIFY2(verified.contains(runLink) && verified.contains(QStringLiteral("Validation on 2026 data")), qPrintable(verified));

    // A deviation about another hazard is not listed; one about this hazard is, with its state.
    ProjectStore *store = m_window->session()->store();
    Deviation other;
    other.title = QStringLiteral("Not this one");
    other.description = QStringLiteral("About the validation run only");
    other.links = {{QStringLiteral("test_run"), QStringLiteral("1")}};
    auto otherId = DeviationTable(*store).open(other);
    QVERIFY2(otherId, otherId ? "" : qPrintable(otherId.error().toString()));
    Deviation drift;
    drift.title = QStringLiteral("Calibration drift");
    drift.description = QStringLiteral("O/E above its limit since week 20");
    drift.links = {{QStringLiteral("alarm"), QStringLiteral("2026-05-25:oe_ratio")}, {QStringLiteral("hazard"), QStringLiteral("H-01")}};
    auto driftId = DeviationTable(*store).open(drift);
    QVERIFY2(driftId, driftId ? "" : qPrintable(driftId.error().toString()));
    m_window->session()->notifyChanged(QStringLiteral("deviations"));
    const QString feedback = page->feedbackLabel()->text();
    const QString deviationLink = LinkTarget::deviation(*driftId).url().toString();
    QVERIFY2(feedback.contains(deviationLink) && feedback.contains(QStringLiteral("Calibration drift")) &&
                 feedback.contains(QStringLiteral("(open)")) && !feedback.contains(QStringLiteral("Not this one")),
             qPrintable(feedback));

    // Following the links leads there.
    Q_EMIT page->linkActivated(QUrl(deviationLink));
    auto *deviations = qobject_cast<DeviationsPage *>(m_window->currentPage());
    QVERIFY(deviations);
    QVERIFY(deviations->shown() && deviations->shown()->id == *driftId);
    QVERIFY(openPage() == page);
    Q_EMIT page->linkActivated(QUrl(runLink));
    auto *validation = qobject_cast<ValidationPage *>(m_window->currentPage());
    QVERIFY(validation);
    QCOMPARE(validation->runsView()->currentIndex().row(), 0);
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w != m_window.get() && w->isVisible())
            w->close();
}

void TestRiskPage::planChecksARun()
{
    RiskPage *page = openPage();
    QVERIFY(page);
    page->tabs()->setCurrentIndex(2);
    page->planEdit()->setPlainText(QStringLiteral("title: Plan\nmodifications:\n  - id: retrain\n    title: Retraining\n"
                                                  "    changes: retraining\n"
                                                  "    protocol: {data: d, method: m, validation: v}\n"
                                                  "    impact: none\n    criteria:\n"
                                                  "      - {metric: auroc, lower: 0.75, interval_lower: 0.72}\n"));
    QVERIFY(page->storePlan());
    QCOMPARE(page->modificationBox()->count(), 1);
    QCOMPARE(page->runBox()->count(), 1);
    QVERIFY(page->checkRun());
    QCOMPARE(page->checkModel()->rowCount(), 1);
    QCOMPARE(page->checkModel()->index(0, ChangeCheckModel::Verdict).data().toString(), QStringLiteral("Met"));
    QVERIFY(page->checkModel()->index(0, ChangeCheckModel::Evidence).data().toString().startsWith(QLatin1Char('#')));
    // A plan the reader refuses is not stored, and says where.
    page->planEdit()->setPlainText(QStringLiteral("title: Plan\nmodifications: []\n"));
    QVERIFY(!page->storePlan());
}

QTEST_MAIN(TestRiskPage)
// On the dark palette the heat map's cells are deep tones, not the light tints that glared on the dark page; the
// counts and axes stay readable on them.
void TestRiskPage::heatMapIsDarkOnADarkPalette()
{
    RiskPage *page = openPage();
    QVERIFY(page);
    auto *heat = page->findChild<RiskHeatMap *>();
    QVERIFY(heat);
    const auto lightShare = [heat](const QPalette &palette) {
        heat->setPalette(palette);
        const QImage image = heat->grab().toImage();
        qint64 light = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                light += QColor(image.pixel(x, y)).lightness() > 180 ? 1 : 0;
        return double(light) / double(image.width() * image.height());
    };
    const double onDark = lightShare(darkPalette());
    QVERIFY2(onDark < 0.05, qPrintable(QStringLiteral("%1 % of the heat map is light on the dark palette").arg(onDark * 100)));
    for (RiskTone tone : {RiskTone::Good, RiskTone::Middle, RiskTone::Bad}) {
        for (const QPalette &palette : {darkPalette(), QPalette(Qt::white)}) {
            const double ratio = contrastRatio(toneTextColour(palette), toneColour(tone, palette));
            QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
        }
    }
}

#include "tst_riskpage.moc"
