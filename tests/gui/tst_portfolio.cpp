// The portfolio window, offscreen (docs/portfolio.md): its model (QAbstractItemModelTester), the filter and the risk
// choice, sorting, the chart, and a project opened from it in the main window with one key press. The projects are
// generated with planned values (PortfolioFixture); the CLI's rows are checked in tst_portfolio_cli.

#include "PortfolioFixture.h"
#include "TestSupport.h"

#include "core/Json.h"
#include "core/Translation.h"
#include "guidance/GuidanceLibrary.h"
#include "store/ProjectStore.h"
#include "ui/DashboardPage.h"
#include "ui/MainWindow.h"
#include "ui/PortfolioModel.h"
#include "ui/PortfolioWindow.h"

#include <QAbstractItemModelTester>
#include <array>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
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
    void stateChartCountsEachState();
    void legendsAreWholeAt1366x768();

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

void TestPortfolio::stateChartCountsEachState()
{
    // A portfolio of its own: one system with an open deviation and a DPIA past its review date, one with nothing
    // answered, and a file that is not a project. The bars are checked against the CLI's rows, counted here.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString a = dir.filePath(QStringLiteral("a.veiviser"));
    const QString b = dir.filePath(QStringLiteral("b.veiviser"));
    const QList<QStringList> steps = {
        {QStringLiteral("project"), QStringLiteral("init"), a},
        {QStringLiteral("answer"), a, QStringLiteral("--from"), QStringLiteral(VV_SOURCE_DIR "/demo/answers.json")},
        {QStringLiteral("deviation"), QStringLiteral("add"), a, QStringLiteral("--title"), QStringLiteral("Varsel uteble")},
        {QStringLiteral("details"), QStringLiteral("set"), a, QStringLiteral("dpia.approval_date"), QStringLiteral("2023-05-01")},
        {QStringLiteral("details"), QStringLiteral("set"), a, QStringLiteral("dpia.next_review"), QStringLiteral("2024-05-01")},
        {QStringLiteral("project"), QStringLiteral("init"), b},
    };
    for (const QStringList &args : steps) {
        auto r = test::runCli(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    QFile foreign(dir.filePath(QStringLiteral("notes.veiviser")));
    QVERIFY(foreign.open(QIODevice::WriteOnly));
    foreign.write("name,score\n");
    foreign.close();

    auto cli = test::runCli({QStringLiteral("--json"), QStringLiteral("portfolio"), dir.path()});
    auto doc = parseJson(cli.out, QStringLiteral("stdout"));
    QVERIFY2(doc, cli.err.constData());
    // In the order of the bars: cannot be read, requirements overdue, open alarms, incident reports due, open
    // deviations, DPIA expired, all in order.
    std::array<int, 7> expected{};
    for (const Json &row : (*doc)["projects"]) {
        if (!row["error"].is_null()) {
            ++expected[0];
            continue;
        }
        const bool states[] = {row["requirements"]["overdue"].get<int>() > 0,
                               row["alarms_open"].is_number() && row["alarms_open"].get<int>() > 0,
                               row["incidents_due"]["reports"].get<int>() > 0, row["deviations_open"].get<int>() > 0,
                               row["dpia"]["state"] == "expired"};
        bool any = false;
        for (std::size_t i = 0; i < std::size(states); ++i) {
            expected[i + 1] += states[i] ? 1 : 0;
            any = any || states[i];
        }
        expected[6] += any ? 0 : 1;
    }
    QCOMPARE(expected[0], 1);
    QCOMPARE(expected[4], 1);
    QCOMPARE(expected[5], 1);
    QVERIFY(expected[6] >= 1); // the project with nothing answered

    MainWindow w;
    PortfolioWindow *pw = w.openPortfolio(dir.path());
    QVERIFY(QTest::qWaitFor([pw] { return !pw->isLoading(); }, 60000));
    QChart *chart = pw->stateChartView()->chart();
    QVERIFY(chart);
    QCOMPARE(chart->series().size(), 1);
    auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().first());
    QVERIFY(bars);
    // One bar set per state, in the order above, each named with its state and count in the legend.
    QCOMPARE(bars->count(), int(expected.size()));
    for (int i = 0; i < bars->count(); ++i) {
        const QBarSet *set = bars->barSets()[i];
        QCOMPARE(set->count(), 1);
        QCOMPARE(int(set->at(0)), expected[std::size_t(i)]);
        QVERIFY2(set->label().endsWith(QStringLiteral(" (%1)").arg(expected[std::size_t(i)])), qPrintable(set->label()));
    }
    QVERIFY(bars->barSets()[4]->label().startsWith(QStringLiteral("Open deviations")));
    QVERIFY(bars->barSets()[5]->label().startsWith(QStringLiteral("DPIA expired")));
}

// On a small laptop screen, in both languages, the dashboard's donut and the portfolio's charts show their legends
// whole: QtCharts cuts a label it has no room for ("Not applicable ...").
void TestPortfolio::legendsAreWholeAt1366x768()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("demo.veiviser"));
    // The demo's answers: the donut has every status, "not applicable" among them.
    for (const QStringList &args : QList<QStringList>{
             {QStringLiteral("project"), QStringLiteral("init"), file},
             {QStringLiteral("answer"), file, QStringLiteral("--from"), QStringLiteral(VV_SOURCE_DIR "/demo/answers.json")}}) {
        auto r = test::runCli(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    MainWindow w;
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProject(file));
    w.showPage(w.dashboardPage());
    PortfolioWindow *pw = loaded(w);
    QVERIFY(pw);
    pw->resize(1366, 768);
    pw->show();
    QVERIFY(QTest::qWaitForWindowExposed(pw));
    const auto cut = [](QChart *chart) {
        QStringList cut;
        if (!chart)
            return QStringList{QStringLiteral("no chart")};
        const QLegend *legend = chart->legend();
        if (legend->geometry().width() + 0.5 < legend->effectiveSizeHint(Qt::PreferredSize).width())
            for (const QLegendMarker *m : legend->markers())
                cut << m->label();
        return cut;
    };
    for (const QString &lang : {QStringLiteral("nb"), QStringLiteral("en")}) {
        w.setLanguage(lang);
        QVERIFY(QTest::qWaitFor([pw] { return !pw->isLoading(); }, 60000)); // it reads the folder again
        QTest::qWait(100); // the new charts lay out their legends
        for (QChart *chart : {w.dashboardPage()->overallChart(), pw->chartView()->chart(), pw->stateChartView()->chart()}) {
            const QStringList labels = cut(chart);
            QVERIFY2(labels.isEmpty(), qPrintable(lang + QStringLiteral(": ") + labels.join(QStringLiteral(", "))));
        }
    }
    // Made room without growing past the screen.
    QVERIFY2(w.width() <= 1366 && pw->width() <= 1366, qPrintable(QStringLiteral("%1, %2").arg(w.width()).arg(pw->width())));
    w.setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestPortfolio)
#include "tst_portfolio.moc"
