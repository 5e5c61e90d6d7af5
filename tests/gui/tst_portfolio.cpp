// The portfolio window, offscreen (docs/portfolio.md): its model (QAbstractItemModelTester), the filter and the risk
// choice, sorting, the chart, and a project opened from it in the main window with one key press. The projects are
// generated with planned values (PortfolioFixture); the CLI's rows are checked in tst_portfolio_cli.

#include "PortfolioFixture.h"
#include "TestSupport.h"

#include "core/Translation.h"
#include "guidance/GuidanceLibrary.h"
#include "store/ProjectStore.h"
#include "ui/MainWindow.h"
#include "ui/PortfolioModel.h"
#include "ui/PortfolioWindow.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPieSeries>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;
using namespace vv::ui;
using Column = tracking::PortfolioRow::Column;

class TestPortfolio : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelPassesTester();
    void filterAndOpenAProject();
    void riskChoiceShowsOneClass();
    void sortsByTheLastChange();
    void unreadableRowOpensNothing();
    void chartCountsEverySystem();

private:
    PortfolioWindow *loaded(MainWindow &w);

    QTemporaryDir m_dir;
    std::vector<test::PlannedProject> m_plan;
};

void TestPortfolio::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VeiviserTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_portfolio"));
    Translation::install(QStringLiteral("en"));
    qputenv("VEIVISER_DATA_DIR", VV_BIN_DIR "/../share/veiviser");
    QVERIFY(m_dir.isValid());
    auto library = guidance::GuidanceLibrary::loadShipped();
    QVERIFY2(library.ok(), qPrintable(library ? QString() : library.error().toString()));
    m_plan = test::plannedPortfolio(7, m_dir.path());
    for (const test::PlannedProject &p : m_plan) {
        const QString problem = test::buildProject(p, *library);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QFile foreign(m_dir.filePath(QStringLiteral("notes.veiviser")));
    QVERIFY(foreign.open(QIODevice::WriteOnly));
    foreign.write("name,score\n");
}

PortfolioWindow *TestPortfolio::loaded(MainWindow &w)
{
    PortfolioWindow *pw = w.openPortfolio(m_dir.path());
    // QTRY_VERIFY returns nothing; the callers' QVERIFY(pw) fails for a window still loading.
    if (!QTest::qWaitFor([pw] { return !pw->isLoading(); }, 60000))
        return nullptr;
    return pw;
}

void TestPortfolio::modelPassesTester()
{
    PortfolioModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PortfolioFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto library = guidance::GuidanceLibrary::loadShipped();
    QVERIFY(library.ok());
    auto shared = std::make_shared<const guidance::GuidanceLibrary>(std::move(*library));
    auto portfolio = tracking::Portfolio::read(m_dir.path(), *shared);
    QVERIFY(portfolio.ok());
    model.setPortfolio(*portfolio, shared);
    QCOMPARE(model.rowCount(), int(m_plan.size()) + 1);
    filter.setText(QStringLiteral("KI-system 2 "));
    QCOMPARE(filter.rowCount(), 1);
    filter.setRisk(QStringLiteral("high"));
    filter.setText({});
    model.setPortfolio({}, nullptr);
    QCOMPARE(filter.rowCount(), 0);
}

void TestPortfolio::filterAndOpenAProject()
{
    MainWindow w;
    w.show();
    PortfolioWindow *pw = loaded(w);
    QVERIFY(pw);
    QCOMPARE(pw->model()->rowCount(), int(m_plan.size()) + 1);
    const test::PlannedProject &target = m_plan[3];
    QTest::keyClicks(pw->filterField(), QStringLiteral("KI-system 4 "));
    QCOMPARE(pw->filter()->rowCount(), 1);
    QVERIFY(pw->summaryText().contains(QStringLiteral("1 shown")));
    QTableView *view = pw->view();
    view->setFocus();
    view->setCurrentIndex(pw->filter()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(w.store());
    QCOMPARE(w.store()->location(), target.file);
    QVERIFY(w.windowTitle().contains(target.name));
}

void TestPortfolio::riskChoiceShowsOneClass()
{
    MainWindow w;
    PortfolioWindow *pw = loaded(w);
    QVERIFY(pw);
    // Projects with answers are high-risk (Annex I); those without are not yet known; the foreign file neither.
    int high = 0;
    for (const test::PlannedProject &p : m_plan)
        high += p.answers == test::PlannedProject::Answers::None ? 0 : 1;
    QComboBox *risk = pw->riskChoice();
    const int at = risk->findData(QStringLiteral("high"));
    QVERIFY(at > 0);
    risk->setCurrentIndex(at);
    QCOMPARE(pw->filter()->rowCount(), high);
    risk->setCurrentIndex(risk->findData(QStringLiteral("?")));
    QCOMPARE(pw->filter()->rowCount(), int(m_plan.size()) + 1 - high);
    risk->setCurrentIndex(0);
    QCOMPARE(pw->filter()->rowCount(), int(m_plan.size()) + 1);
}

void TestPortfolio::sortsByTheLastChange()
{
    MainWindow w;
    PortfolioWindow *pw = loaded(w);
    QVERIFY(pw);
    const auto latest = std::max_element(m_plan.begin(), m_plan.end(), [](const auto &a, const auto &b) {
        return a.changed < b.changed;
    });
    pw->view()->sortByColumn(int(Column::Modified), Qt::DescendingOrder);
    QCOMPARE(pw->filter()->index(0, 0).data(PortfolioModel::FileRole).toString(), latest->file);
}

void TestPortfolio::unreadableRowOpensNothing()
{
    MainWindow w;
    PortfolioWindow *pw = loaded(w);
    QVERIFY(pw);
    QTest::keyClicks(pw->filterField(), QStringLiteral("Cannot be read"));
    QCOMPARE(pw->filter()->rowCount(), 1);
    QVERIFY(pw->filter()->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("not a Veiviser project")));
    pw->view()->setCurrentIndex(pw->filter()->index(0, 0));
    QTest::keyClick(pw->view(), Qt::Key_Return);
    QVERIFY(!w.store());
}

void TestPortfolio::chartCountsEverySystem()
{
    MainWindow w;
    PortfolioWindow *pw = loaded(w);
    QVERIFY(pw);
    QChart *chart = pw->chartView()->chart();
    QVERIFY(chart);
    QCOMPARE(chart->series().size(), 1);
    auto *pie = qobject_cast<QPieSeries *>(chart->series().first());
    QVERIFY(pie);
    QCOMPARE(int(pie->sum()), int(m_plan.size()) + 1);
}

QTEST_MAIN(TestPortfolio)
#include "tst_portfolio.moc"
