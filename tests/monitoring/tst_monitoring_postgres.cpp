// Production data read from a hospital's PostgreSQL database (`monitor ingest --query --connection`), against the
// real server the team-mode tests start.

#include "DriftStream.h"
#include "TestPostgres.h"
#include "TestSupport.h"
#include "monitoring/MonitoringPlan.h"
#include "monitoring/MonitoringStatus.h"
#include "monitoring/ProductionIngest.h"
#include "store/MonitoringTable.h"
#include "store/ProjectStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace vv;
using namespace vv::monitoring;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const char *plan = R"(window: week
time_zone: Europe/Oslo
baseline: {from: 2026-01-05, to: 2026-03-29}
metrics:
  - {metric: auroc, lower: 0.6}
)";

const char *statusPlan = R"(window: week
time_zone: Europe/Oslo
baseline: {from: 2026-01-05, to: 2026-03-29}
min_labelled: 100
metrics:
  - {metric: auroc, lower: 0.65}
  - {metric: calibration_intercept, lower: -0.3, upper: 0.3}
  - {metric: calibration_slope, lower: 0.8, upper: 1.25}
  - {metric: oe_ratio, lower: 0.8, upper: 1.25}
  - {metric: psi, feature: age, upper: 0.2}
  - {metric: missing_rate, feature: age, upper: 0.1}
control_charts:
  - {metric: oe_ratio, method: cusum, k: 0.5, h: 4}
  - {metric: calibration_intercept, method: ewma}
)";

} // namespace

class TestMonitoringPostgres : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void queryRowsAreIngested();
    void theQueryCannotWrite();
    void problemsNameRowAndColumn();
    void aTeamProjectGivesTheSameStatus();

private:
    std::unique_ptr<ProjectStore> project(const QString &name);
    IngestOptions options() const;
    test::TestPostgres m_pg;
    QTemporaryDir m_dir;
    QString m_url;
};

void TestMonitoringPostgres::initTestCase()
{
    if (!m_pg.available())
        QSKIP(qPrintable(m_pg.skipReason()));
    QString problem;
    m_url = m_pg.freshDatabase(s("warehouse"), &problem);
    QVERIFY2(!m_url.isEmpty(), qPrintable(problem));
    // A data warehouse's table: exact times for two rows, wall-clock times for one, an outcome not yet known.
    m_pg.psql(s("warehouse"),
              s("CREATE TABLE predictions (encounter text, scored_at timestamptz, scored_local timestamp, "
                "risk double precision, sepsis integer, age numeric); "
                "INSERT INTO predictions VALUES "
                "('a', '2026-04-06 08:15:00+02', '2026-04-06 08:15:00', 0.12, 0, 71), "
                "('b', '2026-04-06 23:30:00+00', '2026-04-07 01:30:00', 0.64, 1, NULL), "
                "('c', '2026-04-08 12:00:00+02', '2026-04-08 12:00:00', 0.05, NULL, 33); "
                "GRANT SELECT ON predictions TO PUBLIC;"),
              &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

std::unique_ptr<ProjectStore> TestMonitoringPostgres::project(const QString &name)
{
    auto p = ProjectStore::create(m_dir.filePath(name), {s("Sepsis"), s("1"), ProjectRole::Deployer});
    if (!p)
        return nullptr;
    auto parsed = MonitoringPlanReader::read(plan, s("plan.yaml"));
    if (!parsed || !MonitoringTable(**p).addPlan(parsed->toJson(), QString::fromUtf8(plan)))
        return nullptr;
    return std::move(*p);
}

IngestOptions TestMonitoringPostgres::options() const
{
    IngestOptions o;
    o.timeColumn = s("scored_at");
    o.labelColumn = s("sepsis");
    o.scoreColumn = s("risk");
    o.idColumn = s("encounter");
    o.featureColumns = {s("age")};
    return o;
}

void TestMonitoringPostgres::queryRowsAreIngested()
{
    auto store = project(s("exact.veiviser"));
    QVERIFY(store);
    const QString query = s("SELECT encounter, scored_at, scored_local, risk, sepsis, age FROM predictions");
    auto count = ProductionIngest::fromQuery(*store, m_url, query, options());
    QVERIFY2(count, count ? "" : qPrintable(count.error().toString()));
    QCOMPARE(count->added, 3);
    auto again = ProductionIngest::fromQuery(*store, m_url, query, options());
    QVERIFY(again);
    QCOMPARE(again->unchanged, 3);
    std::map<QString, ProductionRow> rows;
    QVERIFY(MonitoringTable(*store).forEachRow(0, std::numeric_limits<qint64>::max(),
                                               [&](const ProductionRow &r) -> Status {
                                                   rows[r.key] = r;
                                                   return {};
                                               }));
    const auto utc = [](qint64 ms) { return isoUtc(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())); };
    // timestamptz is exact; NULL is an unknown outcome or a missing feature value.
    QCOMPARE(utc(rows[s("id:a")].timeMs), s("2026-04-06T06:15:00.000Z"));
    QCOMPARE(utc(rows[s("id:b")].timeMs), s("2026-04-06T23:30:00.000Z"));
    QVERIFY(!rows[s("id:c")].label);
    QVERIFY(std::isnan(rows[s("id:b")].features[0]));
    QCOMPARE(rows[s("id:a")].features[0], 71.0);

    // A timestamp without a zone is the plan's wall clock (Oslo, summer time in April).
    auto local = project(s("local.veiviser"));
    QVERIFY(local);
    IngestOptions o = options();
    o.timeColumn = s("scored_local");
    QVERIFY(ProductionIngest::fromQuery(*local, m_url, query, o));
    std::map<QString, qint64> times;
    QVERIFY(MonitoringTable(*local).forEachRow(0, std::numeric_limits<qint64>::max(),
                                               [&](const ProductionRow &r) -> Status {
                                                   times[r.key] = r.timeMs;
                                                   return {};
                                               }));
    QCOMPARE(utc(times[s("id:a")]), s("2026-04-06T06:15:00.000Z"));
    QCOMPARE(utc(times[s("id:b")]), s("2026-04-06T23:30:00.000Z"));
}

void TestMonitoringPostgres::theQueryCannotWrite()
{
    auto store = project(s("write.veiviser"));
    QVERIFY(store);
    auto attack = ProductionIngest::fromQuery(
        *store, m_url, s("DELETE FROM predictions RETURNING encounter, scored_at, risk, sepsis, age"), options());
    QVERIFY(!attack);
    QVERIFY2(attack.error().what().contains(s("read-only")), qPrintable(attack.error().what()));
    QString problem;
    const QString left = m_pg.psql(s("warehouse"), s("SELECT count(*) FROM predictions"), &problem);
    QVERIFY2(left.contains(s("3")), qPrintable(left + problem));
    // A password in the address is refused before anything connects.
    QString withPassword = m_url;
    withPassword.replace(s("://veiviser@"), s("://veiviser:secret@"));
    auto leaked = ProductionIngest::fromQuery(*store, withPassword, s("SELECT 1"), options());
    QVERIFY(!leaked);
    QVERIFY2(leaked.error().what().contains(s("password")), qPrintable(leaked.error().what()));
}

void TestMonitoringPostgres::problemsNameRowAndColumn()
{
    auto store = project(s("problems.veiviser"));
    QVERIFY(store);
    auto missing =
        ProductionIngest::fromQuery(*store, m_url, s("SELECT encounter, risk, sepsis FROM predictions"), options());
    QVERIFY(!missing);
    QVERIFY2(missing.error().what().contains(s("no column 'scored_at'")), qPrintable(missing.error().what()));
    auto bad = ProductionIngest::fromQuery(
        *store, m_url,
        s("SELECT encounter, scored_at, CASE WHEN encounter = 'b' THEN 4.5 ELSE risk END AS risk, sepsis, age "
          "FROM predictions ORDER BY encounter"),
        options());
    QVERIFY(!bad);
    QVERIFY2(bad.error().toString().startsWith(s("query:2:3:")), qPrintable(bad.error().toString()));
    QCOMPARE(*MonitoringTable(*store).rowCount(), 0);
}


// A project file's windows are read by connections of their own on the pool's threads, several at a time; a team
// project's through its one connection to the server, one at a time. The same rows must give the same status, window
// for window and bit for bit, charts and alarms included.
void TestMonitoringPostgres::aTeamProjectGivesTheSameStatus()
{
    const QString csv = m_dir.filePath(s("drift.csv"));
    QFile f(csv);
    const QByteArray rows = test::driftStream(30, 700, 20, 0.8, 2);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(rows) == rows.size());
    f.close();
    QString problem;
    const QString url = m_pg.freshDatabase(s("teamstatus"), &problem);
    QVERIFY2(!url.isEmpty(), qPrintable(problem));
    IngestOptions o;
    o.timeColumn = s("time");
    o.labelColumn = s("outcome");
    o.scoreColumn = s("risk");
    o.idColumn = s("id");
    o.featureColumns = {s("age")};
    std::vector<Json> statuses;
    for (const QString &location : {url, m_dir.filePath(s("status.veiviser"))}) {
        auto store = ProjectStore::create(location, {s("Sepsis"), s("1"), ProjectRole::Deployer});
        QVERIFY2(store, store ? "" : qPrintable(store.error().toString()));
        auto parsed = MonitoringPlanReader::read(statusPlan, s("plan.yaml"));
        QVERIFY(parsed);
        QVERIFY(MonitoringTable(**store).addPlan(parsed->toJson(), QString::fromUtf8(statusPlan)));
        auto count = ProductionIngest::fromCsv(**store, csv, o);
        QVERIFY2(count, count ? "" : qPrintable(count.error().toString()));
        auto status = MonitoringEvaluation::evaluate(**store);
        QVERIFY2(status, status ? "" : qPrintable(status.error().toString()));
        QCOMPARE(status->windows.size(), std::size_t(30));
        QVERIFY(status->alarmsOpen > 0); // the drift is seen: the comparison is not of two empty statuses
        statuses.push_back(status->toJson());
    }
    QCOMPARE(QString::fromStdString(statuses[0].dump(1)), QString::fromStdString(statuses[1].dump(1)));
}

QTEST_GUILESS_MAIN(TestMonitoringPostgres)
#include "tst_monitoring_postgres.moc"
