// The monitoring page's ingest from a query on the hospital's PostgreSQL database (issue 18), against the real server
// the team-mode tests start: the dialog reads the query's columns in the background without its rows, a failing query
// says why, and the ingest stores the query's rows as `monitor ingest --query` does.

#include "TestPostgres.h"
#include "TestSupport.h"

#include "core/Translation.h"
#include "monitoring/MonitoringPlan.h"
#include "store/MonitoringTable.h"
#include "store/ProjectStore.h"
#include "ui/IngestDialog.h"
#include "ui/MessageBar.h"
#include "ui/MonitoringPage.h"
#include "ui/ProjectSession.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;
using namespace vv::ui;

namespace {

const char *plan = R"(window: week
time_zone: Europe/Oslo
baseline: {from: 2026-01-05, to: 2026-03-29}
metrics:
  - {metric: auroc, lower: 0.6}
)";

} // namespace

class TestIngestQuery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void queryColumnsThenRows();
    void failingQuerySaysWhy();

private:
    QString project(const QString &name);
    test::TestPostgres m_pg;
    QTemporaryDir m_dir;
    QString m_url;
};

void TestIngestQuery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("VEIVISER_DATA_DIR", VV_BIN_DIR "/../share/veiviser");
    Translation::install(QStringLiteral("en"));
    if (!m_pg.available())
        QSKIP(qPrintable(m_pg.skipReason()));
    QString problem;
    m_url = m_pg.freshDatabase(QStringLiteral("gui_warehouse"), &problem);
    QVERIFY2(!m_url.isEmpty(), qPrintable(problem));
    m_pg.psql(QStringLiteral("gui_warehouse"),
              QStringLiteral("CREATE TABLE predictions (encounter text, scored_at timestamptz, risk double precision, "
                             "sepsis integer, age numeric); "
                             "INSERT INTO predictions VALUES "
                             "('a', '2026-04-06 08:15:00+02', 0.12, 0, 71), "
                             "('b', '2026-04-06 23:30:00+00', 0.64, 1, NULL), "
                             "('c', '2026-04-08 12:00:00+02', 0.05, NULL, 33); "
                             "GRANT SELECT ON predictions TO PUBLIC;"),
              &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QString TestIngestQuery::project(const QString &name)
{
    const QString path = m_dir.filePath(name);
    auto p = ProjectStore::create(path, {QStringLiteral("Sepsis"), QStringLiteral("1"), ProjectRole::Deployer});
    if (!p)
        return {};
    auto parsed = monitoring::MonitoringPlanReader::read(plan, QStringLiteral("plan.yaml"));
    if (!parsed || !MonitoringTable(**p).addPlan(parsed->toJson(), QString::fromUtf8(plan)))
        return {};
    return path;
}

void TestIngestQuery::queryColumnsThenRows()
{
    const QString path = project(QStringLiteral("query.veiviser"));
    QVERIFY(!path.isEmpty());
    ProjectSession session;
    MonitoringPage page(&session);
    page.show();
    QSignalSpy shown(&page, &MonitoringPage::statusShown);
    QSignalSpy ingested(&page, &MonitoringPage::ingestFinished);
    QVERIFY(session.open(path).ok());
    QVERIFY(shown.wait(60000));
    page.ingestButton()->click();
    auto *dialog = page.findChild<IngestDialog *>();
    QVERIFY(dialog);
    // A trailing semicolon and a comment at the end, as a query copied from psql may have.
    dialog->setQuery(m_url, QStringLiteral("SELECT encounter, scored_at, risk, sepsis, age FROM predictions; -- all"));
    QVERIFY(!dialog->ingestButton()->isEnabled()); // no columns yet
    QSignalSpy read(dialog, &IngestDialog::columnsRead);
    dialog->readColumns();
    QVERIFY(read.wait(60000));
    QCOMPARE(read.front().front().toBool(), true);
    QVERIFY(dialog->setColumns(QStringLiteral("scored_at"), QStringLiteral("sepsis"), QStringLiteral("risk"),
                               QStringLiteral("encounter"), {QStringLiteral("age")}));
    QVERIFY(!dialog->setColumns(QStringLiteral("scored_at"), QStringLiteral("nope"), QStringLiteral("risk"), {}, {}));
    QVERIFY(dialog->setColumns(QStringLiteral("scored_at"), QStringLiteral("sepsis"), QStringLiteral("risk"),
                               QStringLiteral("encounter"), {QStringLiteral("age")}));
    QVERIFY(dialog->source().isQuery());
    QVERIFY(dialog->ingestButton()->isEnabled());
    dialog->ingestButton()->click();
    QVERIFY(ingested.wait(120000));
    QVERIFY2(ingested.front().front().toBool(), qPrintable(page.messages()->text()));
    QCOMPARE(*MonitoringTable(*session.store()).rowCount(), qint64(3));
    // The same query again adds nothing.
    QVERIFY(page.startIngest(monitoring::ProductionSource{{}, m_url, QStringLiteral("SELECT * FROM predictions")},
                             [] {
                                 monitoring::IngestOptions o;
                                 o.timeColumn = QStringLiteral("scored_at");
                                 o.labelColumn = QStringLiteral("sepsis");
                                 o.scoreColumn = QStringLiteral("risk");
                                 o.idColumn = QStringLiteral("encounter");
                                 return o;
                             }()));
    QVERIFY(ingested.wait(120000));
    QCOMPARE(*MonitoringTable(*session.store()).rowCount(), qint64(3));
}

void TestIngestQuery::failingQuerySaysWhy()
{
    IngestDialog dialog;
    dialog.setQuery(m_url, QStringLiteral("SELECT no_such_column FROM predictions"));
    QSignalSpy read(&dialog, &IngestDialog::columnsRead);
    dialog.readColumns();
    QVERIFY(read.wait(60000));
    QCOMPARE(read.front().front().toBool(), false);
    QString shown;
    for (const QLabel *l : dialog.findChildren<QLabel *>())
        shown += l->text() + QLatin1Char('\n');
    QVERIFY2(shown.contains(QStringLiteral("the query failed")) && shown.contains(QStringLiteral("no_such_column")),
             qPrintable(shown));
    QVERIFY(!dialog.ingestButton()->isEnabled());
}

QTEST_MAIN(TestIngestQuery)
#include "tst_ingestquery.moc"
