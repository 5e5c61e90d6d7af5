// Test runs in the project: start, cases written as they finish, resume without repeating, finish, audit.

#include "OldProject.h"
#include "TestSupport.h"

#include "store/Migrations.h"
#include "store/ProjectStore.h"
#include "store/ReviewTable.h"
#include "store/Sql.h"
#include "store/TestRunTable.h"
#include "store/Transaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;

class TestTestRuns : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void startCasesFinish();
    void resumeSkipsFinishedCases();
    void learnedWhileRunningIsAdded();
    void recordStoresACompletedRunAtOnce();
    void invalidWritesAreRefused_data();
    void invalidWritesAreRefused();
    void documentForEvidence();
    void runsSurviveReopenAndAuditVerifies();
    void healthDataStaysOutOfTheAudit();
    void notGradedCountsApart();
    void olderProjectGainsNotGraded_data();
    void olderProjectGainsNotGraded();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
    QString m_path;
};

static NewTestRun llmRun()
{
    NewTestRun r;
    r.engineId = QStringLiteral("openai-compatible");
    r.engineVersion = QStringLiteral("1.2.0");
    r.kind = QStringLiteral("llm");
    r.title = QStringLiteral("basic-nb.yaml");
    r.provenance = {{"endpoint", "http://127.0.0.1:8080/v1"}, {"model_id", "norllm-7b"}, {"suite_sha256", "ab12"}};
    r.supports = {QStringLiteral("urn:veiviser:hdir:llm-basic")};
    r.casesTotal = 3;
    return r;
}

static CaseResult caseResult(const QString &id, CaseStatus status, std::optional<double> score = std::nullopt)
{
    CaseResult c;
    c.caseId = id;
    c.status = status;
    c.score = score;
    c.detail = {{"output", "Ring 113"}, {"latency_ms", 412}};
    return c;
}

void TestTestRuns::init()
{
    m_clock.set(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("runs.veiviser"));
    StoreOptions o;
    o.clock = &m_clock;
    o.actor = QStringLiteral("tester");
    auto s = ProjectStore::create(m_path, {QStringLiteral("Triage"), QStringLiteral("1"), ProjectRole::Deployer}, o);
    QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().toString()));
    m_store = std::move(*s);
}

void TestTestRuns::learnedWhileRunningIsAdded()
{
    TestRunTable runs(*m_store);
    NewTestRun unknown = llmRun();
    unknown.casesTotal = 0; // a user's own promptfoo configuration: the cases are known only at the end
    auto id = runs.start(unknown);
    QVERIFY(id.ok());
    QVERIFY(runs.addLearned(*id, 8, {{"provider", "openai:chat:gpt-4o"}, {"temperature", 0.7},
                                     {"model_id", "something else"}}).ok());
    auto run = runs.get(*id);
    QVERIFY(run.ok());
    QCOMPARE(run->casesTotal, 8);
    VV_COMPARE_JSON(run->provenance["provider"], "openai:chat:gpt-4o");
    VV_COMPARE_JSON(run->provenance["temperature"], 0.7);
    VV_COMPARE_JSON(run->provenance["model_id"], "norllm-7b"); // what the run started with is never overwritten
    // No count: the total stays.
    QVERIFY(runs.addLearned(*id, std::nullopt, {{"endpoint_seen", "x"}}).ok());
    QCOMPARE(runs.get(*id)->casesTotal, 8);
    QVERIFY(!runs.addLearned(*id, -1, Json::object()).ok());
    // Only a running run learns.
    QVERIFY(runs.finish(*id, TestRunStatus::Completed, {}, Json::object()).ok());
    QVERIFY(!runs.addLearned(*id, 9, Json::object()).ok());
}

void TestTestRuns::startCasesFinish()
{
    TestRunTable runs(*m_store);
    auto id = runs.start(llmRun());
    QVERIFY(id.ok());
    auto running = runs.get(*id);
    QVERIFY(running.ok());
    QCOMPARE(running->status, TestRunStatus::Running);
    QCOMPARE(running->started, m_clock.nowUtc());
    QVERIFY(!running->finished.isValid());
    QVERIFY(running->result.is_null());
    QCOMPARE(running->uuid.size(), 36);

    QVERIFY(runs.recordCase(*id, caseResult(QStringLiteral("nb-001"), CaseStatus::Passed, 1.0)).ok());
    QVERIFY(runs.recordCases(*id, {caseResult(QStringLiteral("nb-002"), CaseStatus::Failed, 0.0),
                                   caseResult(QStringLiteral("nb-003"), CaseStatus::Errored)})
                .ok());
    m_clock.advance(60000);
    QVERIFY(runs.finish(*id, TestRunStatus::Completed,
                        {{QStringLiteral("pass_rate"), 1.0 / 3.0, 0.06, 0.79}, {QStringLiteral("cases"), 3.0, {}, {}}},
                        Json{{"summary", "done"}})
                .ok());
    auto done = runs.get(*id);
    QVERIFY(done.ok());
    QCOMPARE(done->status, TestRunStatus::Completed);
    QCOMPARE(done->finished, m_clock.nowUtc());
    QCOMPARE(done->cases.passed, 1);
    QCOMPARE(done->cases.failed, 1);
    QCOMPARE(done->cases.errored, 1);
    QCOMPARE(done->metrics.size(), std::size_t(2));
    QCOMPARE(done->metrics[0].name, QStringLiteral("pass_rate"));
    QCOMPARE(*done->metrics[0].ciUpper, 0.79);
    QVERIFY(!done->metrics[1].ciLower.has_value());
    QCOMPARE(done->supports, QStringList{QStringLiteral("urn:veiviser:hdir:llm-basic")});
    VV_COMPARE_JSON(done->provenance["model_id"], "norllm-7b");
    VV_COMPARE_JSON(done->result["summary"], "done");
    auto cases = runs.cases(*id);
    QVERIFY(cases.ok());
    QCOMPARE(cases->size(), std::size_t(3));
    QCOMPARE((*cases)[0].caseId, QStringLiteral("nb-001"));
    QCOMPARE(*(*cases)[0].score, 1.0);
    QVERIFY(!(*cases)[2].score.has_value());
    VV_COMPARE_JSON((*cases)[1].detail["output"], "Ring 113");
    // A finished run takes no more cases and cannot finish twice.
    QVERIFY(!runs.recordCase(*id, caseResult(QStringLiteral("nb-004"), CaseStatus::Passed)).ok());
    QVERIFY(!runs.finish(*id, TestRunStatus::Failed, {}, Json()).ok());
    auto list = runs.list();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), std::size_t(1));
    QVERIFY(list->front().result.is_null()); // the list is light
    QCOMPARE(m_store->info()->counts.value(QStringLiteral("test_runs")), 1);
}

void TestTestRuns::resumeSkipsFinishedCases()
{
    TestRunTable runs(*m_store);
    auto id = runs.start(llmRun());
    QVERIFY(id.ok());
    QVERIFY(runs.recordCase(*id, caseResult(QStringLiteral("a"), CaseStatus::Passed)).ok());
    // The process is killed here: the run stays "running" with one case stored. A new process resumes it.
    m_store.reset();
    auto reopened = ProjectStore::open(m_path);
    QVERIFY(reopened.ok());
    m_store = std::move(*reopened);
    TestRunTable again(*m_store);
    QVERIFY(again.resume(*id).ok());
    auto done = again.finishedCaseIds(*id);
    QVERIFY(done.ok());
    QCOMPARE(*done, QSet<QString>{QStringLiteral("a")});
    // Storing a finished case again is refused, so a resumed run cannot count it twice.
    QVERIFY(!again.recordCase(*id, caseResult(QStringLiteral("a"), CaseStatus::Failed)).ok());
    QVERIFY(again.recordCase(*id, caseResult(QStringLiteral("b"), CaseStatus::Passed)).ok());
    QVERIFY(again.finish(*id, TestRunStatus::Cancelled, {}, Json()).ok());
    // A cancelled run can be resumed; a completed one cannot.
    QVERIFY(again.resume(*id).ok());
    QVERIFY(again.finish(*id, TestRunStatus::Completed, {}, Json::object()).ok());
    QVERIFY(!again.resume(*id).ok());
    QCOMPARE(again.get(*id)->cases.done(), 2);
}

void TestTestRuns::recordStoresACompletedRunAtOnce()
{
    TestRunTable runs(*m_store);
    NewTestRun r;
    r.engineId = QStringLiteral("clinical-metrics");
    r.engineVersion = QStringLiteral("0.1.0");
    r.kind = QStringLiteral("classifier");
    r.title = QStringLiteral("predictions.csv");
    r.supports = {QStringLiteral("urn:veiviser:ai-act:art-15"), QStringLiteral("urn:veiviser:mdr:clinical-evaluation")};
    r.started = m_clock.nowUtc().addSecs(-5);
    auto id = runs.record(r, {{QStringLiteral("auroc"), 0.81, 0.78, 0.84}}, Json{{"auroc", {{"estimate", 0.81}}}});
    QVERIFY(id.ok());
    auto run = runs.get(*id);
    QCOMPARE(run->status, TestRunStatus::Completed);
    QCOMPARE(run->started, m_clock.nowUtc().addSecs(-5));
    QCOMPARE(run->finished, m_clock.nowUtc());
    QCOMPARE(run->supports.size(), 2);
    QCOMPARE(*run->metrics[0].value, 0.81);
    // A second run gets a new id and uuid.
    auto id2 = runs.record(r, {}, Json::object());
    QVERIFY(id2.ok());
    QVERIFY(*id2 != *id);
    QVERIFY(runs.get(*id2)->uuid != run->uuid);
    QCOMPARE(runs.list()->front().id, *id2); // newest first
}

void TestTestRuns::invalidWritesAreRefused_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("no engine") << 0;
    QTest::newRow("bad URN") << 1;
    QTest::newRow("duplicate metric") << 2;
    QTest::newRow("empty case id") << 3;
    QTest::newRow("unknown run") << 4;
    QTest::newRow("finish as running") << 5;
    QTest::newRow("oversized detail") << 6;
}

void TestTestRuns::invalidWritesAreRefused()
{
    QFETCH(int, which);
    TestRunTable runs(*m_store);
    auto id = runs.start(llmRun());
    QVERIFY(id.ok());
    const qint64 entries = m_store->info()->counts.value(QStringLiteral("audit_entries"));
    Status s;
    switch (which) {
    case 0: {
        NewTestRun r = llmRun();
        r.engineId.clear();
        s = runs.start(r).ok() ? Status() : Status(Error::input(QStringLiteral("refused")));
        break;
    }
    case 1: s = runs.link(*id, {QStringLiteral("ai-act art 15")}); break;
    case 2:
        s = runs.finish(*id, TestRunStatus::Completed, {{QStringLiteral("x"), 1.0, {}, {}}, {QStringLiteral("x"), 2.0, {}, {}}},
                        Json::object());
        break;
    case 3: s = runs.recordCase(*id, caseResult(QStringLiteral("  "), CaseStatus::Passed)); break;
    case 4: s = runs.recordCase(*id + 100, caseResult(QStringLiteral("a"), CaseStatus::Passed)); break;
    case 5: s = runs.finish(*id, TestRunStatus::Running, {}, Json()); break;
    case 6: {
        CaseResult c = caseResult(QStringLiteral("big"), CaseStatus::Passed);
        c.detail = {{"output", std::string(TestRunTable::maxDocumentBytes + 10, 'x')}};
        s = runs.recordCase(*id, c);
        break;
    }
    }
    QVERIFY(!s.ok());
    // Nothing was written: no audit entry, the run still running with no cases.
    QCOMPARE(m_store->info()->counts.value(QStringLiteral("audit_entries")), entries);
    QCOMPARE(runs.get(*id)->status, TestRunStatus::Running);
    QCOMPARE(runs.get(*id)->cases.done(), 0);
}

void TestTestRuns::documentForEvidence()
{
    TestRunTable runs(*m_store);
    auto id = runs.start(llmRun());
    QVERIFY(runs.recordCase(*id, caseResult(QStringLiteral("a"), CaseStatus::Passed)).ok());
    auto fin = runs.finish(*id, TestRunStatus::Completed, {{QStringLiteral("pass_rate"), 1.0, 0.2, 1.0}}, Json{{"k", 1}});
    QVERIFY2(fin.ok(), qPrintable(fin ? QString() : fin.error().toString()));
    const Json doc = testRunDocument(*runs.get(*id));
    VV_COMPARE_JSON(doc["run_id"], *id);
    VV_COMPARE_JSON(doc["engine"], Json({{"id", "openai-compatible"}, {"version", "1.2.0"}}));
    VV_COMPARE_JSON(doc["status"], "completed");
    VV_COMPARE_JSON(doc["cases"], Json({{"total", 3}, {"passed", 1}, {"failed", 0}, {"errored", 0}, {"not_graded", 0}, {"error_rate", 0.0}}));
    VV_COMPARE_JSON(doc["metrics"][0], Json({{"name", "pass_rate"}, {"value", 1.0}, {"ci_lower", 0.2}, {"ci_upper", 1.0}}));
    VV_COMPARE_JSON(doc["supports"], Json::array({"urn:veiviser:hdir:llm-basic"}));
    VV_COMPARE_JSON(doc["started"], "2026-03-01T09:00:00.000Z");
    VV_COMPARE_JSON(doc["result"], Json({{"k", 1}}));
    VV_COMPARE_JSON(doc["provenance"]["endpoint"], "http://127.0.0.1:8080/v1");
}

void TestTestRuns::runsSurviveReopenAndAuditVerifies()
{
    TestRunTable runs(*m_store);
    auto id = runs.start(llmRun());
    QVERIFY(runs.link(*id, {QStringLiteral("urn:veiviser:ai-act:art-15")}).ok());
    QVERIFY(runs.finish(*id, TestRunStatus::Failed, {}, Json(), QStringLiteral("endpoint refused")).ok());
    m_store.reset();
    auto ro = ProjectStore::open(m_path, StoreOptions::readOnly());
    QVERIFY(ro.ok());
    TestRunTable readOnly(**ro);
    auto run = readOnly.get(*id);
    QVERIFY(run.ok());
    QCOMPARE(run->status, TestRunStatus::Failed);
    QCOMPARE(run->error, QStringLiteral("endpoint refused"));
    QCOMPARE(run->supports.size(), 2);
    auto v = (*ro)->verifyAudit();
    QVERIFY(v.ok() && v->intact);
    auto entries = (*ro)->auditEntries();
    QStringList actions;
    for (const AuditEntry &e : *entries)
        actions << e.action;
    QCOMPARE(actions, (QStringList{QStringLiteral("project.create"), QStringLiteral("run.start"),
                                   QStringLiteral("run.link"), QStringLiteral("run.finish")}));
    // Writing through a read-only store is refused.
    QVERIFY(!readOnly.start(llmRun()).ok());
}

void TestTestRuns::healthDataStaysOutOfTheAudit()
{
    TestRunTable runs(*m_store);
    auto id = runs.start(llmRun());
    CaseResult c = caseResult(QStringLiteral("case-1"), CaseStatus::Failed);
    c.detail = {{"output", "Pasient Kari Nordmann, fnr 01017012345"}};
    QVERIFY(runs.recordCase(*id, c).ok());
    QVERIFY(runs.finish(*id, TestRunStatus::Completed, {}, Json{{"note", "fnr 01017012345"}}).ok());
    const auto entries = m_store->auditEntries();
    QVERIFY(entries.ok());
    for (const AuditEntry &e : *entries)
        QVERIFY2(!e.payload.contains(QStringLiteral("01017012345")), qPrintable(e.payload));
}

QTEST_GUILESS_MAIN(TestTestRuns)
// A case without a pass/fail verdict is stored as not graded and counted apart: neither passed nor failed.
void TestTestRuns::notGradedCountsApart()
{
    TestRunTable runs(*m_store);
    auto id = runs.start(llmRun());
    QVERIFY(id.ok());
    QVERIFY(runs.recordCases(*id, {caseResult(QStringLiteral("a"), CaseStatus::Passed, 1.0),
                                   caseResult(QStringLiteral("b"), CaseStatus::NotGraded, 12.5),
                                   caseResult(QStringLiteral("c"), CaseStatus::Failed, 0.0)})
                .ok());
    auto run = runs.get(*id);
    QVERIFY(run.ok());
    QCOMPARE(run->cases.passed, 1);
    QCOMPARE(run->cases.failed, 1);
    QCOMPARE(run->cases.errored, 0);
    QCOMPARE(run->cases.notGraded, 1);
    QCOMPARE(run->cases.done(), 3);
    auto cases = runs.allCases(*id);
    QVERIFY(cases.ok());
    QCOMPARE((*cases)[1].status, CaseStatus::NotGraded);
    QCOMPARE(caseStatusToString((*cases)[1].status), QStringLiteral("not_graded"));
    VV_COMPARE_JSON(testRunDocument(*run)["cases"]["not_graded"], 1);
}

// The triggers on the cases table, by name, with their SQL.
static QMap<QString, QString> caseTriggers(const QSqlDatabase &db)
{
    QMap<QString, QString> out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'test_run_cases'")))
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

void TestTestRuns::olderProjectGainsNotGraded_data()
{
    QTest::addColumn<bool>("sealed");
    QTest::newRow("project") << false;
    QTest::newRow("sealed review project") << true;
}

// Migration 12 makes the cases table anew (SQLite cannot change a CHECK constraint): every case and id stays, the
// next id follows the old table's, and a review project's seal triggers are made again, still refusing changes.
void TestTestRuns::olderProjectGainsNotGraded()
{
    QFETCH(bool, sealed);
    // The seal triggers exactly as ReviewTable::seal writes them.
    QStringList sealSql;
    {
        auto tx = m_store->begin(ChangeScope::Review);
        QVERIFY(tx.ok());
        QVERIFY(ReviewTable::seal(*tx).ok());
        QVERIFY(tx->commit().ok());
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")));
        while (q.next())
            sealSql << q.value(0).toString();
        QVERIFY(sealSql.size() > 3);
    }
    const QString file = m_dir->filePath(QStringLiteral("old.veiviser"));
    QMap<QString, QString> before;
    {
        // A project as Veiviser left it at schema 11: a running run with cases 1 to 3, the last one deleted.
        test::OldProject old(file, 11, m_clock);
        QVERIFY2(old.problem().isEmpty(), qPrintable(old.problem()));
        const QSqlDatabase &db = old.database();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO test_runs (id, uuid, engine_id, engine_version, kind, title, status, "
                                      "provenance, cases_total, started) VALUES (1, 'u-1', 'results-import', '1.0.0', "
                                      "'import', 'old', 'running', '{}', 4, '2025-01-01T00:00:00.000Z')")));
        for (const char *c : {"(1, 1, 'a', 'passed', 1, '{}', 'x')", "(2, 1, 'b', 'failed', 0, '{}', 'x')",
                              "(3, 1, 'c', 'errored', NULL, '{}', 'x')"})
            QVERIFY(q.exec(QStringLiteral("INSERT INTO test_run_cases (id, run_id, case_id, status, score, detail, "
                                          "finished) VALUES ") + QLatin1String(c)));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM test_run_cases WHERE id = 3")));
        // Schema 11 refuses the new status: the migration is what lets it in.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO test_run_cases (run_id, case_id, status, detail, finished) "
                                       "VALUES (1, 'z', 'not_graded', '{}', 'x')")));
        if (sealed)
            for (const QString &stmt : sealSql)
                QVERIFY2(q.exec(stmt), qPrintable(q.lastError().text()));
        before = caseTriggers(db);
        QCOMPARE(before.size(), sealed ? 3 : 0);
    }
    StoreOptions o;
    o.clock = &m_clock;
    o.actor = QStringLiteral("tester");
    auto store = ProjectStore::open(file, o);
    QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().toString()));
    QCOMPARE((*store)->info()->schemaVersion, ProjectStore::latestSchemaVersion());
    const QSqlDatabase &db = (*store)->database();
    QCOMPARE(caseTriggers(db), before);
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                            "name = 'test_run_cases_status'"))->toInt(), 1);
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT group_concat(c, ',') FROM (SELECT id || status AS c FROM test_run_cases "
                                            "ORDER BY id)"))->toString(),
             QStringLiteral("1passed,2failed"));
    TestRunTable runs(**store);
    const Status recorded = runs.recordCase(1, caseResult(QStringLiteral("d"), CaseStatus::NotGraded, 12.5));
    if (sealed) {
        // Still sealed: neither a new case nor a changed one gets in.
        QVERIFY(!recorded.ok());
        QVERIFY2(recorded.error().toString().contains(QStringLiteral("review project")),
                 qPrintable(recorded.error().toString()));
        QVERIFY(!sql::exec(db, QStringLiteral("UPDATE test_run_cases SET status = 'not_graded' WHERE id = 1")).ok());
        QVERIFY(!sql::exec(db, QStringLiteral("DELETE FROM test_run_cases WHERE id = 2")).ok());
        QCOMPARE(runs.get(1)->cases.done(), 2);
        return;
    }
    QVERIFY2(recorded.ok(), qPrintable(recorded ? QString() : recorded.error().toString()));
    QCOMPARE(runs.get(1)->cases.notGraded, 1);
    // The deleted case's id is not given out again.
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT id FROM test_run_cases WHERE case_id = 'd'"))->toInt(), 4);
}

#include "tst_testruns.moc"
