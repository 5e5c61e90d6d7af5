// Monitoring after go-live: the plan reader, windows, drift statistics against numpy/scipy, ingest and the status.

#include "DriftStream.h"
#include "TestSupport.h"
#include "core/Clock.h"
#include "core/Json.h"
#include "monitoring/DriftStatistics.h"
#include "monitoring/MonitoringPlan.h"
#include "monitoring/MonitoringStatus.h"
#include "monitoring/ProductionIngest.h"
#include "monitoring/Windows.h"
#include "store/MonitoringTable.h"
#include "store/ProjectStore.h"
#include "validation/Statistics.h"

#include <QLocale>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vv;
using namespace vv::monitoring;

namespace {

using vv::test::driftStream;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString fixtures = QStringLiteral(VV_FIXTURES_DIR "/monitoring");

Json reference()
{
    QFile f(fixtures + QStringLiteral("/reference.json"));
    if (!f.open(QIODevice::ReadOnly))
        return Json();
    return Json::parse(f.readAll().toStdString());
}

std::vector<double> doubles(const Json &j)
{
    return j.get<std::vector<double>>();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const char *standardPlan = R"(window: week
time_zone: Europe/Oslo
baseline: {from: 2026-01-05, to: 2026-03-29}
min_labelled: 200
metrics:
  - {metric: auroc, lower: 0.65}
  - {metric: calibration_intercept, lower: -0.3, upper: 0.3}
  - {metric: oe_ratio, lower: 0.8, upper: 1.25}
  - {metric: psi, feature: age, upper: 0.2}
control_charts:
  - {metric: oe_ratio, method: cusum, k: 0.5, h: 4}
)";

} // namespace

class TestMonitoring : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void psiMatchesNumpy();
    void observedExpectedMatchesByar();
    void brierMatchesNumpy();
    void controlChartsMatchReference();

    void goodPlanReads();
    void brokenPlans_data();
    void brokenPlans();
    void unknownFeatureIsRefused();
    void planRoundTrips();

    void windowsFollowTheWallClock_data();
    void windowsFollowTheWallClock();
    void timesParse_data();
    void timesParse();

    void judgeUsesTheWholeInterval_data();
    void judgeUsesTheWholeInterval();

    void ingestIsIdempotentAndFillsLateLabels();
    void malformedCsvIsRefusedWithItsPlace_data();
    void malformedCsvIsRefusedWithItsPlace();
    void driftRaisesTheAlarmInItsFirstWindow();
    void changedPlanKeepsPastWindows();
    void cliStatusExitsOneWhileAnAlarmIsOpen();

private:
    std::unique_ptr<ProjectStore> newProject(const QString &name, const Clock *clock = nullptr);
    Json m_ref;
    QTemporaryDir m_dir;
};

void TestMonitoring::initTestCase()
{
    m_ref = reference();
    QVERIFY2(m_ref.is_object(), "tests/fixtures/monitoring/reference.json is missing; run reference.py there");
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<ProjectStore> TestMonitoring::newProject(const QString &name, const Clock *clock)
{
    StoreOptions options;
    options.clock = clock;
    options.actor = QStringLiteral("tester");
    auto s = ProjectStore::create(
        m_dir.filePath(name), {QStringLiteral("Sepsis alert"), QStringLiteral("2.1"), ProjectRole::Deployer}, options);
    if (!s)
        qWarning() << s.error().toString();
    return s ? std::move(*s) : nullptr;
}

void TestMonitoring::psiMatchesNumpy()
{
    for (const Json &c : m_ref["psi"]) {
        auto baseline = doubles(c["baseline"]);
        std::sort(baseline.begin(), baseline.end());
        const auto edges = psiEdges(baseline);
        QCOMPARE(edges.size(), c["edges"].size());
        for (std::size_t i = 0; i < edges.size(); ++i)
            QCOMPARE(edges[i], c["edges"][i].get<double>());
        const auto b = psiCounts(doubles(c["baseline"]), edges);
        const auto w = psiCounts(doubles(c["window"]), edges);
        QCOMPARE(b, c["baseline_counts"].get<std::vector<std::int64_t>>());
        QCOMPARE(w, c["window_counts"].get<std::vector<std::int64_t>>());
        const auto psi = populationStabilityIndex(b, w);
        QVERIFY(psi);
        QVERIFY2(std::abs(*psi - c["psi"].get<double>()) < 1e-12, c["name"].get<std::string>().c_str());
    }
}

void TestMonitoring::observedExpectedMatchesByar()
{
    for (const Json &c : m_ref["oe"]) {
        const auto v = observedExpectedRatio(c["observed"].get<std::int64_t>(), c["expected"].get<double>(), 0.95);
        QVERIFY(v.estimate && v.lower && v.upper);
        QVERIFY(std::abs(*v.estimate - c["ratio"].get<double>()) < 1e-12);
        QVERIFY(std::abs(*v.lower - c["lower"].get<double>()) < 1e-9);
        QVERIFY(std::abs(*v.upper - c["upper"].get<double>()) < 1e-9);
        // Byar's approximation is within a few per cent of the exact Poisson interval from 1 event up.
        QVERIFY(std::abs(*v.upper - c["exact_upper"].get<double>()) < 0.01 * c["exact_upper"].get<double>());
    }
    QVERIFY(!observedExpectedRatio(3, 0.0, 0.95).estimate);
}

void TestMonitoring::brierMatchesNumpy()
{
    for (const Json &c : m_ref["brier"]) {
        const auto p = doubles(c["p"]);
        const auto y = doubles(c["y"]);
        std::vector<double> pos, neg;
        for (std::size_t i = 0; i < p.size(); ++i)
            (y[i] > 0.5 ? pos : neg).push_back(p[i]);
        const auto v = brierInterval(pos, neg, 0.95);
        QVERIFY(v.estimate && v.lower && v.upper);
        QVERIFY(std::abs(*v.estimate - c["brier"].get<double>()) < 1e-12);
        QVERIFY(std::abs(*v.lower - c["lower"].get<double>()) < 1e-9);
        QVERIFY(std::abs(*v.upper - c["upper"].get<double>()) < 1e-9);
    }
}

void TestMonitoring::controlChartsMatchReference()
{
    for (const Json &c : m_ref["cusum"]) {
        const auto points = cusum(doubles(c["z"]), c["k"].get<double>(), c["h"].get<double>());
        QCOMPARE(points.size(), c["points"].size());
        for (std::size_t i = 0; i < points.size(); ++i) {
            QVERIFY(std::abs(points[i].upper - c["points"][i]["upper"].get<double>()) < 1e-12);
            QVERIFY(std::abs(points[i].lower - c["points"][i]["lower"].get<double>()) < 1e-12);
            QCOMPARE(points[i].signal, c["points"][i]["signal"].get<bool>());
        }
    }
    bool anySignal = false;
    for (const Json &c : m_ref["ewma"]) {
        const auto points = ewma(doubles(c["z"]), c["lambda"].get<double>(), c["l"].get<double>());
        QCOMPARE(points.size(), c["points"].size());
        for (std::size_t i = 0; i < points.size(); ++i) {
            QVERIFY(std::abs(points[i].upper - c["points"][i]["ewma"].get<double>()) < 1e-12);
            QVERIFY(std::abs(points[i].limit - c["points"][i]["limit"].get<double>()) < 1e-12);
            QCOMPARE(points[i].signal, c["points"][i]["signal"].get<bool>());
            anySignal = anySignal || points[i].signal;
        }
    }
    QVERIFY2(anySignal, "the reference series shifts by 1.5 standard errors; the EWMA must signal");
}

void TestMonitoring::goodPlanReads()
{
    std::vector<Error> problems;
    auto plan = MonitoringPlanReader::readFile(fixtures + QStringLiteral("/plans/good.yaml"), &problems);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
    QVERIFY(problems.empty());
    QCOMPARE(plan->window, WindowKind::Week);
    QCOMPARE(plan->minLabelled, 200);
    QCOMPARE(plan->baseline.from, QDate(2026, 1, 5));
    QCOMPARE(plan->metrics.size(), std::size_t(9));
    QCOMPARE(plan->metrics[7].name(), QStringLiteral("psi:age"));
    QCOMPARE(*plan->metrics[5].threshold, 0.3);
    QCOMPARE(plan->charts.size(), std::size_t(2));
    QCOMPARE(plan->charts[1].lambda, 0.2);
    QCOMPARE(plan->features(), QStringList({QStringLiteral("age"), QStringLiteral("lactate")}));
}

void TestMonitoring::brokenPlans_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown metric") << s("unknown-metric.yaml") << 4 << 14 << s("unknown metric 'accuracy'");
    QTest::newRow("limits reversed") << s("limits-reversed.yaml") << 3 << 44
                                     << s("the limits are reversed or equal: lower 1.25, upper 0.8");
    QTest::newRow("unknown key") << s("unknown-key.yaml") << 3 << 1 << s("unknown key 'min_labeled' in the plan");
    QTest::newRow("missing threshold") << s("missing-threshold.yaml") << 3 << 5 << s("'sensitivity' needs 'threshold'");
    QTest::newRow("psi without feature") << s("missing-feature.yaml") << 3 << 5 << s("'psi' needs 'feature'");
    QTest::newRow("window") << s("bad-window.yaml") << 1 << 9
                            << s("'window' must be day, week or month, not 'fortnight'");
    QTest::newRow("time zone") << s("bad-time-zone.yaml") << 1 << 12 << s("unknown time zone 'Europe/Bergen'");
    QTest::newRow("date") << s("bad-date.yaml") << 1 << 18
                          << s("'from' must be a date written YYYY-MM-DD, not '2026-02-30'");
    QTest::newRow("baseline reversed") << s("baseline-reversed.yaml") << 1 << 34
                                       << s("the baseline ends (2026-01-05) before it starts (2026-03-29)");
    QTest::newRow("no baseline") << s("no-baseline.yaml") << 1 << 1 << s("the plan needs a 'baseline'");
    QTest::newRow("no metrics") << s("no-metrics.yaml") << 1 << 1 << s("the plan needs 'metrics'");
    QTest::newRow("metric twice") << s("duplicate-metric.yaml") << 4 << 5 << s("'auroc' is in the plan twice");
    QTest::newRow("chart metric") << s("chart-unknown-metric.yaml") << 5 << 14
                                  << s("the chart's metric 'oe_ratio' is not among the plan's metrics");
    QTest::newRow("chart method") << s("chart-bad-method.yaml") << 5 << 32
                                  << s("'method' must be cusum or ewma, not 'shewhart'");
    QTest::newRow("psi on a test run") << s("psi-with-test-run.yaml") << 1 << 11
                                       << s("'psi:age' compares with the baseline's production data");
    QTest::newRow("not a number") << s("not-a-number.yaml") << 3 << 28 << s("'lower' must be a number, not 'high'");
    QTest::newRow("threshold range") << s("threshold-out-of-range.yaml") << 3 << 37
                                     << s("the threshold is a predicted risk between 0 and 1");
    QTest::newRow("broken YAML") << s("broken-yaml.yaml") << 2 << 8 << s("the YAML does not parse");
    QTest::newRow("empty") << s("empty.yaml") << 1 << 1 << s("the plan is empty");
    QTest::newRow("scalar") << s("scalar.yaml") << 1 << 1 << s("the plan must be a mapping of keys to values");
}

void TestMonitoring::brokenPlans()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    std::vector<Error> problems;
    const QString path = fixtures + QStringLiteral("/plans/") + file;
    auto plan = MonitoringPlanReader::readFile(path, &problems);
    QVERIFY(!plan);
    QVERIFY(!problems.empty());
    const auto it =
        std::find_if(problems.begin(), problems.end(), [&](const Error &e) { return e.what().contains(message); });
    QString all;
    for (const Error &e : problems)
        all += e.toString() + QLatin1Char('\n');
    QVERIFY2(it != problems.end(), qPrintable(all));
    QCOMPARE(it->where().file, path);
    QCOMPARE(it->where().line, line);
    QCOMPARE(it->where().column, column);
    QCOMPARE(it->kind(), Error::Kind::Input);
}

void TestMonitoring::unknownFeatureIsRefused()
{
    auto plan = MonitoringPlanReader::readFile(fixtures + QStringLiteral("/plans/good.yaml"));
    QVERIFY(plan);
    QVERIFY(MonitoringPlanReader::checkFeatures(*plan, {}, QStringLiteral("p.yaml")));
    QVERIFY(MonitoringPlanReader::checkFeatures(*plan, {QStringLiteral("age"), QStringLiteral("lactate")},
                                                QStringLiteral("p.yaml")));
    auto s = MonitoringPlanReader::checkFeatures(*plan, {QStringLiteral("age"), QStringLiteral("crp")},
                                                 QStringLiteral("p.yaml"));
    QVERIFY(!s);
    QVERIFY2(s.error().what().contains(QStringLiteral("unknown feature 'lactate'")), qPrintable(s.error().what()));
    QVERIFY(s.error().what().contains(QStringLiteral("'crp'")));
}

void TestMonitoring::planRoundTrips()
{
    auto plan = MonitoringPlanReader::readFile(fixtures + QStringLiteral("/plans/good.yaml"));
    QVERIFY(plan);
    auto back = MonitoringPlan::fromJson(plan->toJson());
    QVERIFY(back);
    QCOMPARE(canonicalJson(back->toJson()), canonicalJson(plan->toJson()));
    QVERIFY(!MonitoringPlan::fromJson(Json::array()));
}

void TestMonitoring::windowsFollowTheWallClock_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("hours");
    const int week = static_cast<int>(WindowKind::Week);
    // Oslo goes to summer time on 2026-03-29 and back on 2026-10-25.
    QTest::newRow("ordinary week") << week << QDate(2026, 4, 8) << QDate(2026, 4, 6) << QDate(2026, 4, 12)
                                   << s("2026-W15") << 168;
    QTest::newRow("spring forward") << week << QDate(2026, 3, 29) << QDate(2026, 3, 23) << QDate(2026, 3, 29)
                                    << s("2026-W13") << 167;
    QTest::newRow("fall back") << week << QDate(2026, 10, 19) << QDate(2026, 10, 19) << QDate(2026, 10, 25)
                               << s("2026-W43") << 169;
    // 2026 has an ISO week 53, which ends in 2027; 2027-01-04 is week 1 of 2027.
    QTest::newRow("week 53") << week << QDate(2027, 1, 1) << QDate(2026, 12, 28) << QDate(2027, 1, 3) << s("2026-W53")
                             << 168;
    QTest::newRow("week 1 of 2027") << week << QDate(2027, 1, 4) << QDate(2027, 1, 4) << QDate(2027, 1, 10)
                                    << s("2027-W01") << 168;
    // 2025-12-29 belongs to week 1 of 2026.
    QTest::newRow("week 1 starting in December")
        << week << QDate(2025, 12, 31) << QDate(2025, 12, 29) << QDate(2026, 1, 4) << s("2026-W01") << 168;
    QTest::newRow("month with the change") << static_cast<int>(WindowKind::Month) << QDate(2026, 3, 15)
                                           << QDate(2026, 3, 1) << QDate(2026, 3, 31) << s("2026-03") << 743;
    QTest::newRow("day of the change") << static_cast<int>(WindowKind::Day) << QDate(2026, 10, 25)
                                       << QDate(2026, 10, 25) << QDate(2026, 10, 25) << s("2026-10-25") << 25;
}

void TestMonitoring::windowsFollowTheWallClock()
{
    QFETCH(int, kind);
    QFETCH(QDate, day);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, label);
    QFETCH(int, hours);
    const WindowCalendar calendar(static_cast<WindowKind>(kind), QTimeZone("Europe/Oslo"));
    const Window w = calendar.containing(day);
    QCOMPARE(w.first, first);
    QCOMPARE(w.last, last);
    QCOMPARE(w.label(), label);
    QCOMPARE((w.endMs - w.startMs) / 3600000, qint64(hours));
    // The instant one millisecond before the window ends is still in it, and the end starts the next one.
    QCOMPARE(calendar.containingInstant(w.endMs - 1).first, first);
    QCOMPARE(calendar.containingInstant(w.endMs).first, calendar.after(w).first);
    QCOMPARE(calendar.after(w).startMs, w.endMs);
}

void TestMonitoring::timesParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc"); // empty: refused
    QTest::newRow("winter, no offset") << s("2026-01-05T08:00:00") << s("2026-01-05T07:00:00.000Z");
    QTest::newRow("summer, no offset") << s("2026-06-01 08:00") << s("2026-06-01T06:00:00.000Z");
    QTest::newRow("offset") << s("2026-06-01T08:00:00+01:00") << s("2026-06-01T07:00:00.000Z");
    QTest::newRow("Z") << s("2026-06-01T08:00:00.250Z") << s("2026-06-01T08:00:00.250Z");
    QTest::newRow("date") << s("2026-03-29") << s("2026-03-28T23:00:00.000Z");
    QTest::newRow("negative offset, no colon") << s("2026-06-01T08:00-0330") << s("2026-06-01T11:30:00.000Z");
    QTest::newRow("microseconds") << s("2026-06-01T08:00:00.123456Z") << s("2026-06-01T08:00:00.123Z");
    QTest::newRow("in the DST gap") << s("2026-03-29T02:30") << s("2026-03-29T01:30:00.000Z");
    QTest::newRow("trailing text") << s("2026-06-01T08:00:00 CET") << s("");
    QTest::newRow("offset out of range") << s("2026-06-01T08:00+25:00") << s("");
    QTest::newRow("fraction without digits") << s("2026-06-01T08:00:00.Z") << s("");
    QTest::newRow("not a month") << s("2026-13-01") << s("");
    QTest::newRow("not a time") << s("2026-01-05T25:00") << s("");
    QTest::newRow("day first") << s("05.01.2026 08:00") << s("");
    QTest::newRow("text") << s("yesterday") << s("");
}

void TestMonitoring::timesParse()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    const auto t = ProductionIngest::parseTime(text, QTimeZone("Europe/Oslo"));
    if (utc.isEmpty()) {
        QVERIFY2(!t, qPrintable(text));
        return;
    }
    QVERIFY2(t, qPrintable(text));
    QCOMPARE(isoUtc(QDateTime::fromMSecsSinceEpoch(*t, QTimeZone::utc())), utc);
}

void TestMonitoring::judgeUsesTheWholeInterval_data()
{
    QTest::addColumn<double>("estimate");
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");
    QTest::addColumn<QString>("state");
    // Limits 0.8 to 1.25 (an O/E ratio).
    QTest::newRow("inside") << 1.0 << 0.9 << 1.1 << s("ok");
    QTest::newRow("straddles the upper limit") << 1.3 << 1.1 << 1.5 << s("warning");
    QTest::newRow("point inside, interval straddles") << 1.2 << 1.1 << 1.4 << s("warning");
    QTest::newRow("whole interval above") << 1.5 << 1.3 << 1.7 << s("alarm");
    QTest::newRow("touches the limit") << 1.4 << 1.25 << 1.6 << s("warning");
    QTest::newRow("whole interval below") << 0.6 << 0.5 << 0.75 << s("alarm");
    QTest::newRow("straddles the lower limit") << 0.78 << 0.7 << 0.85 << s("warning");
}

void TestMonitoring::judgeUsesTheWholeInterval()
{
    QFETCH(double, estimate);
    QFETCH(double, lower);
    QFETCH(double, upper);
    QFETCH(QString, state);
    MetricRule rule;
    rule.metric = QStringLiteral("oe_ratio");
    rule.lower = 0.8;
    rule.upper = 1.25;
    const auto v = MonitoringEvaluation::judge(rule, {estimate, lower, upper});
    QCOMPARE(metricStateName(v.state), state);
}

void TestMonitoring::ingestIsIdempotentAndFillsLateLabels()
{
    auto store = newProject(QStringLiteral("ingest.veiviser"));
    QVERIFY(store);
    MonitoringTable table(*store);
    auto plan = MonitoringPlanReader::read(standardPlan, QStringLiteral("plan.yaml"));
    QVERIFY(plan);
    QVERIFY(table.addPlan(plan->toJson(), QString::fromUtf8(standardPlan)));
    const QString first = m_dir.filePath(QStringLiteral("first.csv"));
    const QString later = m_dir.filePath(QStringLiteral("later.csv"));
    QVERIFY(writeFile(first,
                      "id;time;risk;outcome;age\n"
                      "a;2026-04-06T08:00:00;0,12;0;71\n"
                      "b;2026-04-06T09:30:00;0,40;;NA\n"
                      "c;2026-04-07T10:00:00;0,05;;33\n"));
    QVERIFY(writeFile(later,
                      "id;time;risk;outcome;age\n"
                      "b;2026-04-06T09:30:00;0,40;1;NA\n"
                      "c;2026-04-07T10:00:00;0,05;;33\n"
                      "d;2026-04-08T11:00:00;0,20;0;50\n"));
    IngestOptions o;
    o.timeColumn = QStringLiteral("time");
    o.labelColumn = QStringLiteral("outcome");
    o.scoreColumn = QStringLiteral("risk");
    o.idColumn = QStringLiteral("id");
    o.featureColumns = {QStringLiteral("age")};
    o.decimal = ',';
    auto c1 = ProductionIngest::fromCsv(*store, first, o);
    QVERIFY2(c1, c1 ? "" : qPrintable(c1.error().toString()));
    QCOMPARE(c1->added, 3);
    auto again = ProductionIngest::fromCsv(*store, first, o);
    QVERIFY(again);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->unchanged, 3);
    auto c2 = ProductionIngest::fromCsv(*store, later, o);
    QVERIFY(c2);
    QCOMPARE(c2->added, 1);
    QCOMPARE(c2->labelsFilled, 1);
    QCOMPARE(c2->unchanged, 1);
    QCOMPARE(*table.rowCount(), 4);
    std::map<QString, ProductionRow> rows;
    QVERIFY(table.forEachRow(0, std::numeric_limits<qint64>::max(), [&](const ProductionRow &r) -> Status {
        rows[r.key] = r;
        return {};
    }));
    QCOMPARE(rows[QStringLiteral("id:b")].label, std::optional<bool>(true));
    QVERIFY(!rows[QStringLiteral("id:c")].label);
    QVERIFY(std::isnan(rows[QStringLiteral("id:b")].features[0]));
    QCOMPARE(rows[QStringLiteral("id:a")].features[0], 71.0);
    QCOMPARE(rows[QStringLiteral("id:a")].score, 0.12);

    // A changed score under a known id is refused, and nothing of that file is stored.
    const QString changed = m_dir.filePath(QStringLiteral("changed.csv"));
    QVERIFY(writeFile(changed,
                      "id;time;risk;outcome;age\ne;2026-04-09T08:00:00;0,3;0;40\na;2026-04-06T08:00:00;0,13;0;71\n"
                      "f;2026-04-09T09:00:00;0,3;0;40\n"));
    auto refused = ProductionIngest::fromCsv(*store, changed, o);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind(), Error::Kind::Conflict);
    // The line of the row that conflicts, not of the last row read (rows are stored a batch at a time).
    QVERIFY2(refused.error().toString().contains(QStringLiteral("changed.csv:3:")),
             qPrintable(refused.error().toString()));
    QCOMPARE(*table.rowCount(), 4);

    // A prediction and its outcome in the same file, in that order: one row, its label filled in.
    const QString both = m_dir.filePath(QStringLiteral("both.csv"));
    QVERIFY(writeFile(both,
                      "id;time;risk;outcome;age\ng;2026-04-09T10:00:00;0,3;;40\nh;2026-04-09T10:30:00;0,2;0;41\n"
                      "g;2026-04-09T10:00:00;0,3;1;40\n"));
    auto together = ProductionIngest::fromCsv(*store, both, o);
    QVERIFY2(together, together ? "" : qPrintable(together.error().toString()));
    QCOMPARE(together->added, 2);
    QCOMPARE(together->labelsFilled, 1);
    QCOMPARE(*table.rowCount(), 6);

    // Without ids, the same file read twice adds nothing, and two identical rows in it stay two rows.
    o.idColumn.clear();
    const QString noIds = m_dir.filePath(QStringLiteral("noids.csv"));
    QVERIFY(
        writeFile(noIds, "id;time;risk;outcome;age\nx;2026-04-10T08:00:00;0,3;0;40\nx;2026-04-10T08:00:00;0,3;0;40\n"));
    auto n1 = ProductionIngest::fromCsv(*store, noIds, o);
    QVERIFY(n1);
    QCOMPARE(n1->added, 2);
    auto n2 = ProductionIngest::fromCsv(*store, noIds, o);
    QVERIFY(n2);
    QCOMPARE(n2->added, 0);
    QCOMPARE(*table.rowCount(), 8);
    auto verification = store->verifyAudit();
    QVERIFY(verification);
    QVERIFY2(verification->intact, qPrintable(verification->problem));
}

void TestMonitoring::malformedCsvIsRefusedWithItsPlace_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    const QByteArray header = "id,time,risk,outcome\n";
    QTest::newRow("bad time") << header + "1,2026-02-30T08:00,0.2,1\n"
                              << s("bad.csv:2:3") << s("is not a date or time");
    QTest::newRow("score not a number") << header + "1,2026-02-03T08:00,high,1\n"
                                        << s("bad.csv:2:20") << s("is not a number");
    QTest::newRow("score missing") << header + "1,2026-02-03T08:00,,1\n"
                                   << s("bad.csv:2:20") << s("the score is missing");
    QTest::newRow("score not a risk") << header + "1,2026-02-03T08:00,2.5,1\n"
                                      << s("bad.csv:2:20") << s("is not a predicted risk");
    QTest::newRow("label") << header + "1,2026-02-03T08:00,0.2,yes\n"
                           << s("bad.csv:2:24") << s("the label 'yes' is not 0 or 1");
    QTest::newRow("empty id") << header + ",2026-02-03T08:00,0.2,1\n" << s("bad.csv:2:1") << s("the id is empty");
    QTest::newRow("short row") << header + "1,2026-02-03T08:00,0.2\n"
                               << s("bad.csv:2:1") << s("the row has 3 fields, the header has 4");
    QTest::newRow("open quote") << header + "1,\"2026-02-03T08:00,0.2,1\n" << s("bad.csv:2:") << s("quote");
    QTest::newRow("no such column") << QByteArray("id,when,risk,outcome\n1,2026-02-03,0.2,1\n") << s("bad.csv:1:1")
                                    << s("there is no column 'time'");
    QTest::newRow("empty file") << QByteArray() << s("bad.csv:1:1") << s("the file is empty");
}

void TestMonitoring::malformedCsvIsRefusedWithItsPlace()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, where);
    QFETCH(QString, message);
    auto store = newProject(QStringLiteral("malformed-%1.veiviser")
                                .arg(QString::fromUtf8(QTest::currentDataTag()))
                                .replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(store);
    auto plan = MonitoringPlanReader::read(standardPlan, QStringLiteral("plan.yaml"));
    QVERIFY(MonitoringTable(*store).addPlan(plan->toJson(), {}));
    const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(path, csv));
    IngestOptions o;
    o.timeColumn = QStringLiteral("time");
    o.labelColumn = QStringLiteral("outcome");
    o.scoreColumn = QStringLiteral("risk");
    o.idColumn = QStringLiteral("id");
    auto r = ProductionIngest::fromCsv(*store, path, o);
    QVERIFY(!r);
    const QString text = r.error().toString();
    QVERIFY2(text.contains(QStringLiteral("/") + where), qPrintable(text));
    QVERIFY2(text.contains(message), qPrintable(text));
    QCOMPARE(*MonitoringTable(*store).rowCount(), 0);
}

void TestMonitoring::driftRaisesTheAlarmInItsFirstWindow()
{
    auto store = newProject(QStringLiteral("drift.veiviser"));
    QVERIFY(store);
    auto plan = MonitoringPlanReader::read(standardPlan, QStringLiteral("plan.yaml"));
    QVERIFY(MonitoringTable(*store).addPlan(plan->toJson(), QString::fromUtf8(standardPlan)));
    const QString path = m_dir.filePath(QStringLiteral("drift.csv"));
    // 30 weeks of 1500 predictions; from week index 20 (ISO week 22, 2026-05-25) outcomes are 0.8 log-odds above
    // the predicted risk. The last two weeks have no outcomes yet.
    QVERIFY(writeFile(path, driftStream(30, 1500, 20, 0.8, 2)));
    IngestOptions o;
    o.timeColumn = QStringLiteral("time");
    o.labelColumn = QStringLiteral("outcome");
    o.scoreColumn = QStringLiteral("risk");
    o.idColumn = QStringLiteral("id");
    o.featureColumns = {QStringLiteral("age")};
    QVERIFY(ProductionIngest::fromCsv(*store, path, o));
    auto status = MonitoringEvaluation::evaluate(*store);
    QVERIFY2(status, status ? "" : qPrintable(status.error().toString()));
    QCOMPARE(status->windows.size(), std::size_t(30));
    const QDate driftStart(2026, 5, 25);
    int firstAlarm = -1;
    for (std::size_t i = 0; i < status->windows.size(); ++i) {
        const WindowStatus &w = status->windows[i];
        bool limitAlarm = false;
        for (const Alarm &a : w.alarms)
            limitAlarm = limitAlarm || (a.rule == QStringLiteral("limit") && a.state == MetricState::Alarm);
        if (w.window.first < driftStart)
            QVERIFY2(!limitAlarm, qPrintable(QStringLiteral("false alarm in %1").arg(w.window.label())));
        else if (limitAlarm && firstAlarm < 0)
            firstAlarm = static_cast<int>(i);
    }
    QCOMPARE(status->windows[static_cast<std::size_t>(firstAlarm)].window.first, driftStart);
    // The first drifted window: O/E above its limit with the whole interval.
    const WindowStatus &w = status->windows[static_cast<std::size_t>(firstAlarm)];
    const auto oe = std::find_if(w.metrics.begin(), w.metrics.end(),
                                 [](const MetricValue &v) { return v.name == QStringLiteral("oe_ratio"); });
    QVERIFY(oe != w.metrics.end());
    QCOMPARE(oe->state, MetricState::Alarm);
    QVERIFY(*oe->value.lower > 1.25);
    // Unlabelled weeks: outcome metrics have not enough data, the label-free ones are measured.
    const WindowStatus &last = status->windows.back();
    QCOMPARE(last.labelled, 0);
    for (const MetricValue &v : last.metrics)
        QCOMPARE(v.state, v.name == QStringLiteral("psi:age") ? MetricState::Ok : MetricState::NotEnoughData);
    // The CUSUM of O/E signals after the drift and not before.
    QCOMPARE(status->charts.size(), std::size_t(1));
    for (const auto &[start, point] : status->charts[0].points)
        QCOMPARE(point.signal, QDate::fromString(start, Qt::ISODate) >= driftStart);
    QVERIFY(status->alarmsOpen > 0);
    const Json json = status->toJson();
    QCOMPARE(json["windows"][0]["start"].get<std::string>(), std::string("2026-01-05"));
    QCOMPARE(json["windows"][0]["end"].get<std::string>(), std::string("2026-01-11"));
    QVERIFY(json["windows"][0]["metrics"]["psi:age"].contains("state"));
    QCOMPARE(json["alarms_open"].get<int>(), status->alarmsOpen);

    // Measured only up to the first alarm's window (as `monitor acknowledge` does): the same windows with the same
    // states and chart points, and none after it.
    auto through = MonitoringEvaluation::evaluate(*store, nullptr, {}, EvaluationRange{w.window.first.addDays(2)});
    QVERIFY(through);
    QCOMPARE(through->windows.size(), static_cast<std::size_t>(firstAlarm) + 1);
    QCOMPARE(through->windows.back().window.first, driftStart);
    for (std::size_t i = 0; i < through->windows.size(); ++i) {
        QCOMPARE(through->windows[i].metrics.size(), status->windows[i].metrics.size());
        for (std::size_t m = 0; m < through->windows[i].metrics.size(); ++m)
            QCOMPARE(through->windows[i].metrics[m].state, status->windows[i].metrics[m].state);
        QCOMPARE(through->windows[i].alarms.size(), status->windows[i].alarms.size());
    }
    QCOMPARE(through->charts.size(), std::size_t(1));
    for (const auto &[start, point] : through->charts[0].points) {
        QVERIFY(QDate::fromString(start, Qt::ISODate) <= driftStart);
        QCOMPARE(point.signal, QDate::fromString(start, Qt::ISODate) >= driftStart);
    }

    // Acknowledging every alarm leaves none open.
    MonitoringTable table(*store);
    for (const WindowStatus &ws : status->windows)
        for (const Alarm &a : ws.alarms)
            QVERIFY(table.acknowledge(a.windowStart, a.metric, QStringLiteral("Deviation 1: recalibrated")));
    auto after = MonitoringEvaluation::evaluate(*store);
    QVERIFY(after);
    QCOMPARE(after->alarmsOpen, 0);
    QVERIFY(!table.acknowledge(QStringLiteral("2026-05-25"), QStringLiteral("oe_ratio"), QStringLiteral(" ")));
}

void TestMonitoring::changedPlanKeepsPastWindows()
{
    FixedClock clock(QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc()));
    auto store = newProject(QStringLiteral("versions.veiviser"), &clock);
    QVERIFY(store);
    MonitoringTable table(*store);
    auto v1 = MonitoringPlanReader::read(standardPlan, QStringLiteral("v1.yaml"));
    QCOMPARE(*table.addPlan(v1->toJson(), {}), 1);
    QCOMPARE(*table.addPlan(v1->toJson(), {}), 1); // unchanged: no new version
    const QString path = m_dir.filePath(QStringLiteral("versions.csv"));
    QVERIFY(writeFile(path, driftStream(20, 400, 100, 0)));
    IngestOptions o;
    o.timeColumn = QStringLiteral("time");
    o.labelColumn = QStringLiteral("outcome");
    o.scoreColumn = QStringLiteral("risk");
    o.featureColumns = {QStringLiteral("age")};
    QVERIFY(ProductionIngest::fromCsv(*store, path, o));
    // On 2026-04-01 the AUROC limit is raised to one the model cannot meet.
    clock.set(QDateTime(QDate(2026, 4, 1), QTime(12, 0), QTimeZone::utc()));
    QByteArray tighter = QByteArray(standardPlan).replace("lower: 0.65", "lower: 0.99");
    auto v2 = MonitoringPlanReader::read(tighter, QStringLiteral("v2.yaml"));
    QVERIFY(v2);
    QCOMPARE(*table.addPlan(v2->toJson(), {}), 2);
    auto status = MonitoringEvaluation::evaluate(*store);
    QVERIFY(status);
    QCOMPARE(status->planVersion, 2);
    for (const WindowStatus &w : status->windows) {
        const bool endedBefore =
            w.window.endMs <= QDateTime(QDate(2026, 4, 1), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(w.planVersion, endedBefore ? 1 : 2);
        const auto auroc = std::find_if(w.metrics.begin(), w.metrics.end(),
                                        [](const MetricValue &v) { return v.name == QStringLiteral("auroc"); });
        QVERIFY(auroc != w.metrics.end());
        if (auroc->value.estimate)
            QCOMPARE(auroc->state == MetricState::Alarm, !endedBefore);
    }
}

void TestMonitoring::cliStatusExitsOneWhileAnAlarmIsOpen()
{
    const QString project = m_dir.filePath(QStringLiteral("cli.veiviser"));
    const QString planFile = m_dir.filePath(QStringLiteral("cli-plan.yaml"));
    const QString data = m_dir.filePath(QStringLiteral("cli.csv"));
    QVERIFY(writeFile(planFile, standardPlan));
    QVERIFY(writeFile(data, driftStream(16, 600, 14, 1.2)));
    QCOMPARE(test::runCli({QStringLiteral("project"), QStringLiteral("init"), project, QStringLiteral("--name"),
                           QStringLiteral("Sepsis")})
                 .exitCode,
             0);
    // Ingest needs a plan first: its time zone says how the file's times are read.
    auto noPlan =
        test::runCli({QStringLiteral("monitor"), QStringLiteral("ingest"), project, QStringLiteral("--predictions"),
                      data, QStringLiteral("--time"), QStringLiteral("time"), QStringLiteral("--label"),
                      QStringLiteral("outcome"), QStringLiteral("--score"), QStringLiteral("risk")});
    QCOMPARE(noPlan.exitCode, 2);
    QVERIFY2(noPlan.err.contains("no monitoring plan"), noPlan.err.constData());
    QCOMPARE(
        test::runCli({QStringLiteral("monitor"), QStringLiteral("plan"), project, QStringLiteral("--from"), planFile})
            .exitCode,
        0);
    auto ingest = test::runCli({QStringLiteral("--json"), QStringLiteral("monitor"), QStringLiteral("ingest"), project,
                                QStringLiteral("--predictions"), data, QStringLiteral("--time"), QStringLiteral("time"),
                                QStringLiteral("--label"), QStringLiteral("outcome"), QStringLiteral("--score"),
                                QStringLiteral("risk"), QStringLiteral("--id"), QStringLiteral("id"),
                                QStringLiteral("--feature"), QStringLiteral("age")});
    QCOMPARE(ingest.exitCode, 0);
    QCOMPARE(Json::parse(ingest.out.toStdString())["rows_added"].get<int>(), 16 * 600);
    auto status =
        test::runCli({QStringLiteral("--json"), QStringLiteral("monitor"), QStringLiteral("status"), project});
    QCOMPARE(status.exitCode, 1);
    const Json doc = Json::parse(status.out.toStdString());
    QCOMPARE(doc["plan_version"].get<int>(), 1);
    QVERIFY(doc["alarms_open"].get<int>() > 0);
    // A plan that re-cuts the windows is refused once data is stored.
    QByteArray monthly = QByteArray(standardPlan).replace("window: week", "window: month");
    QVERIFY(writeFile(planFile, monthly));
    auto recut =
        test::runCli({QStringLiteral("monitor"), QStringLiteral("plan"), project, QStringLiteral("--from"), planFile});
    QCOMPARE(recut.exitCode, 2);
    QVERIFY2(recut.err.contains("cannot change once production data is stored"), recut.err.constData());
    // Each open alarm acknowledged: the job's exit code returns to 0.
    for (const Json &w : doc["windows"])
        for (const Json &a : w["alarms"])
            if (a["state"] == "alarm")
                QCOMPARE(
                    test::runCli({QStringLiteral("monitor"), QStringLiteral("acknowledge"), project,
                                  QStringLiteral("--window"), QString::fromStdString(w["start"].get<std::string>()),
                                  QStringLiteral("--metric"), QString::fromStdString(a["metric"].get<std::string>()),
                                  QStringLiteral("--note"), QStringLiteral("Deviation 7")})
                        .exitCode,
                    0);
    QCOMPARE(test::runCli({QStringLiteral("monitor"), QStringLiteral("status"), project}).exitCode, 0);
    // The numbers of the text report come in the language's format, as `metrics` prints them: the first window's
    // AUROC with a decimal comma in Bokmål and a point in English.
    double auroc = 0;
    for (const auto &[name, m] : doc["windows"][0]["metrics"].items())
        if (name == "auroc" && m["value"].is_number())
            auroc = m["value"].get<double>();
    QVERIFY(auroc > 0);
    const QString nbValue = QStringLiteral("auroc ") + QLocale(QLocale::NorwegianBokmal).toString(auroc, 'f', 3);
    auto statusNb = test::runCli({QStringLiteral("--lang"), QStringLiteral("nb"), QStringLiteral("monitor"),
                                  QStringLiteral("status"), project});
    QVERIFY2(statusNb.out.contains(QByteArray(nbValue.toUtf8() + " (")), statusNb.out.constData());
    QVERIFY2(statusNb.out.contains(" til "), statusNb.out.constData());
    auto statusEn = test::runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("monitor"),
                                  QStringLiteral("status"), project});
    QVERIFY2(statusEn.out.contains(QByteArray("auroc " + QByteArray::number(auroc, 'f', 3) + " (")), statusEn.out.constData());
    // Bokmål is the default language: the plan reader's and the ingest's messages come in it.
    const QString broken = fixtures + QStringLiteral("/plans/unknown-metric.yaml");
    auto norwegian = test::runCli({QStringLiteral("--lang"), QStringLiteral("nb"), QStringLiteral("monitor"),
                                   QStringLiteral("plan"), project, QStringLiteral("--from"), broken});
    QCOMPARE(norwegian.exitCode, 2);
    QVERIFY2(norwegian.err.contains("ukjent mål «accuracy»"), norwegian.err.constData());
    const QString notCsv = m_dir.filePath(QStringLiteral("not.csv"));
    QVERIFY(writeFile(notCsv, "id,time,risk,outcome\n1,2026-02-03T08:00,7,1\n"));
    auto ingestNb = test::runCli({QStringLiteral("--lang"), QStringLiteral("nb"), QStringLiteral("monitor"),
                                  QStringLiteral("ingest"), project, QStringLiteral("--predictions"), notCsv,
                                  QStringLiteral("--time"), QStringLiteral("time"), QStringLiteral("--label"),
                                  QStringLiteral("outcome"), QStringLiteral("--score"), QStringLiteral("risk")});
    QCOMPARE(ingestNb.exitCode, 2);
    QVERIFY2(ingestNb.err.contains("er ikke en predikert risiko"), ingestNb.err.constData());
    auto wrong = test::runCli({QStringLiteral("monitor"), QStringLiteral("acknowledge"), project,
                               QStringLiteral("--window"), QStringLiteral("2026-01-05"), QStringLiteral("--metric"),
                               QStringLiteral("auroc"), QStringLiteral("--note"), QStringLiteral("x")});
    QCOMPARE(wrong.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestMonitoring)
#include "tst_monitoring.moc"
