// The evaluation-engine plugin host: manifests (every broken one refused with its reason), discovery of good and
// broken plugins without loading them, and runs through the test-double engine: cases stored as they finish,
// provenance without secrets, cancel and resume without repeated cases, and the run filed as evidence.

#include "TestSupport.h"

#include "core/Translation.h"
#include "evidence/EvidenceLibrary.h"
#include "evidence/TestRunEvidence.h"
#include "store/EvidenceTable.h"
#include "store/ProjectStore.h"
#include "store/Sql.h"
#include "store/TestRunTable.h"
#include "validation/EngineCatalog.h"
#include "validation/EngineRun.h"
#include "validation/SuiteRunSummary.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;
using namespace vv::validation;

class TestEngines : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void goodManifest();
    void shippedEnginesSpeakBokmal();
    void brokenManifests_data();
    void brokenManifests();
    void compatibility_data();
    void compatibility();
    void settings_data();
    void settings();
    void discoveryListsBrokenPluginsWithReasons();
    void runStoresCasesAndProvenanceWithoutSecrets();
    void cancelThenResumeDoesNotRepeatCases();
    void resumeRefusesOtherSettingsAndCompletedRuns();
    void refusedPlanStoresNothing();
    void finishedRunBecomesLinkedEvidence();
    void whichRunsCanResume_data();
    void whichRunsCanResume();
    void notGradedCasesCountInNoPassRate();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
};

static QString manifestFixture(const QString &name)
{
    return QStringLiteral(VV_FIXTURES_DIR "/plugins/manifests/") + name;
}

static QStringList testPluginDirs()
{
    return {QStringLiteral(VV_TEST_PLUGINS_DIR "/good"), QStringLiteral(VV_TEST_PLUGINS_DIR "/broken")};
}

static EngineManifest goodManifestValue()
{
    auto doc = readJsonFile(QStringLiteral(VV_SOURCE_DIR "/tests/plugins/manifests/test_double.json"));
    auto m = EngineManifest::fromJson(doc ? *doc : Json(), QStringLiteral("test_double.json"));
    return m ? *m : EngineManifest();
}

void TestEngines::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto s = ProjectStore::create(m_dir->filePath(QStringLiteral("p.veiviser")),
                                  {QStringLiteral("Chatbot"), QStringLiteral("1"), ProjectRole::Deployer});
    QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().toString()));
    m_store = std::move(*s);
}

void TestEngines::goodManifest()
{
    const EngineManifest m = goodManifestValue();
    QCOMPARE(m.id, QStringLiteral("test-double"));
    QCOMPARE(m.version, QStringLiteral("1.2.3"));
    QCOMPARE(m.kind, QStringLiteral("llm"));
    QCOMPARE(m.config.size(), std::size_t(7));
    QVERIFY(m.field(QStringLiteral("token"))->secret);
    QCOMPARE(m.field(QStringLiteral("cases"))->label.nb, QStringLiteral("Antall tilfeller"));
    QCOMPARE(m.outputs, (QStringList{QStringLiteral("test_run"), QStringLiteral("cases"), QStringLiteral("pass_rate")}));
    // The JSON form reads back as the same manifest.
    auto again = EngineManifest::fromJson(m.toJson(), QStringLiteral("again"));
    QVERIFY(again.ok());
    VV_COMPARE_JSON(again->toJson(), m.toJson());
}

// The engine list and the run dialog show names and descriptions in the user's language: every shipped engine has
// them in Bokmål and English (a product's own name, such as promptfoo, stays as it is).
void TestEngines::shippedEnginesSpeakBokmal()
{
    const QStringList manifests = QDir(QStringLiteral(VV_SOURCE_DIR "/plugins")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(manifests.size() >= 4);
    for (const QString &plugin : manifests) {
        const QString file = QStringLiteral(VV_SOURCE_DIR "/plugins/%1/plugin.json").arg(plugin);
        auto doc = readJsonFile(file);
        QVERIFY2(doc.ok(), qPrintable(file));
        auto m = EngineManifest::fromJson(*doc, file);
        QVERIFY2(m.ok(), qPrintable(m ? QString() : m.error().toString()));
        QVERIFY2(!m->description.nb.isEmpty(), qPrintable(file));
        QVERIFY2(!m->name.nb.isEmpty() || m->name.en == m->id, qPrintable(file));
        Translation::install(QStringLiteral("nb"));
        const QString nb = m->name.current() + m->description.current();
        Translation::install(QStringLiteral("en"));
        const QString en = m->name.current() + m->description.current(); // the other tests read English messages
        QCOMPARE(en, m->name.en + m->description.en);
        QVERIFY2(nb != en, qPrintable(file));
        // Read back from its JSON form (engines list --json) with both languages.
        auto again = EngineManifest::fromJson(m->toJson(), file);
        QVERIFY(again.ok());
        QCOMPARE(again->name.nb, m->name.nb);
        QCOMPARE(again->description.nb, m->description.nb);
    }
}

void TestEngines::brokenManifests_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    auto expected = readJsonFile(manifestFixture(QStringLiteral("expected.json")));
    QVERIFY(expected.ok());
    QVERIFY(expected->size() >= 20);
    for (const auto &[name, fragment] : expected->items())
        QTest::newRow(name.c_str()) << manifestFixture(fromStd(name) + QStringLiteral(".json"))
                                    << fromStd(fragment.get<std::string>());
}

void TestEngines::brokenManifests()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    auto doc = readJsonFile(file);
    QVERIFY2(doc.ok(), qPrintable(file));
    auto m = EngineManifest::fromJson(*doc, file);
    QVERIFY(!m.ok());
    QVERIFY2(m.error().what().contains(expected), qPrintable(m.error().what()));
    QCOMPARE(m.error().where().file, file);
    QCOMPARE(m.error().kind(), Error::Kind::Input);
}

void TestEngines::compatibility_data()
{
    QTest::addColumn<QString>("compat");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("ok");
    QTest::newRow("same") << "0.1.0" << "0.1.0" << true;
    QTest::newRow("older patch") << "0.1.0" << "0.1.4" << true;
    QTest::newRow("newer patch") << "0.1.5" << "0.1.4" << false;
    QTest::newRow("other minor before 1.0") << "0.1.0" << "0.2.0" << false;
    QTest::newRow("older minor after 1.0") << "1.1.0" << "1.4.0" << true;
    QTest::newRow("newer minor after 1.0") << "1.5.0" << "1.4.0" << false;
    QTest::newRow("other major") << "1.0.0" << "2.0.0" << false;
    QTest::newRow("future") << "99.0.0" << "0.1.0" << false;
}

void TestEngines::compatibility()
{
    QFETCH(QString, compat);
    QFETCH(QString, host);
    QFETCH(bool, ok);
    QCOMPARE(EngineManifest::checkCompatible(compat, host).ok(), ok);
}

void TestEngines::settings_data()
{
    QTest::addColumn<QStringList>("set");
    QTest::addColumn<QString>("expected"); // the resolved config as JSON, or an error fragment
    const QString defaults = QStringLiteral(
        R"({"abort_after":0,"cancel_after":0,"cases":%1,"fail_every":0,"fail_plan":%2})");
    QTest::newRow("defaults") << QStringList() << defaults.arg(5).arg(QStringLiteral("false"));
    QTest::newRow("integer and boolean") << QStringList{QStringLiteral("cases=12"), QStringLiteral("fail_plan=yes")}
                                         << defaults.arg(12).arg(QStringLiteral("true"));
    QTest::newRow("unknown key") << QStringList{QStringLiteral("casez=1")} << QStringLiteral("has no setting 'casez'");
    QTest::newRow("not an integer") << QStringList{QStringLiteral("cases=many")} << QStringLiteral("of type integer");
    QTest::newRow("not a boolean") << QStringList{QStringLiteral("fail_plan=perhaps")} << QStringLiteral("of type boolean");
}

void TestEngines::settings()
{
    QFETCH(QStringList, set);
    QFETCH(QString, expected);
    QMap<QString, QString> settings;
    for (const QString &s : set)
        settings.insert(s.section(QLatin1Char('='), 0, 0), s.section(QLatin1Char('='), 1));
    auto config = goodManifestValue().resolveConfig(settings);
    if (expected.startsWith(QLatin1Char('{'))) {
        QVERIFY2(config.ok(), qPrintable(config ? QString() : config.error().toString()));
        VV_COMPARE_JSON(*config, Json::parse(expected.toStdString()));
    } else {
        QVERIFY(!config.ok());
        QVERIFY2(config.error().what().contains(expected), qPrintable(config.error().what()));
    }
}

void TestEngines::discoveryListsBrokenPluginsWithReasons()
{
    const EngineCatalog catalog = EngineCatalog::discover(testPluginDirs() + QStringList{QStringLiteral("/nonexistent")});
    QHash<QString, QString> reasons;
    for (const auto &p : catalog.plugins())
        reasons.insert(QFileInfo(p.path).completeBaseName(), p.usable ? QStringLiteral("usable") : p.reason);
    QCOMPARE(reasons.size(), 6);
    QCOMPARE(reasons.value(QStringLiteral("test_double")), QStringLiteral("usable"));
    QVERIFY2(reasons.value(QStringLiteral("wrong_iid")).contains(QStringLiteral("no.veiviser.EvaluationEngine/0")),
             qPrintable(reasons.value(QStringLiteral("wrong_iid"))));
    QVERIFY(reasons.value(QStringLiteral("future_version")).contains(QStringLiteral("needs Veiviser 99.0.0")));
    QVERIFY(reasons.value(QStringLiteral("bad_manifest")).contains(QStringLiteral("has no 'kind'")));
    QVERIFY(reasons.value(QStringLiteral("duplicate_id")).contains(QStringLiteral("already taken")));
    QVERIFY(reasons.value(QStringLiteral("not_a_plugin")).contains(QStringLiteral("not a Qt plugin")));

    QVERIFY(catalog.find(QStringLiteral("test-double"))->usable);
    auto unusable = catalog.load(QStringLiteral("future-version"));
    QVERIFY(!unusable.ok());
    QVERIFY(unusable.error().what().contains(QStringLiteral("cannot be used")));
    auto missing = catalog.load(QStringLiteral("no-such-engine"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().hint().contains(QStringLiteral("test-double")));
    auto engine = catalog.load(QStringLiteral("test-double"));
    QVERIFY2(engine.ok(), qPrintable(engine ? QString() : engine.error().toString()));
}

struct Ran {
    Status status;
    qint64 runId = 0;
    QStringList log;
};

static Ran runDouble(ProjectStore &store, const QMap<QString, QString> &settings, qint64 resume = 0,
                     const CancellationToken *cancel = nullptr)
{
    static const EngineCatalog catalog = EngineCatalog::discover(testPluginDirs());
    auto engine = catalog.load(QStringLiteral("test-double"));
    if (!engine)
        return {engine.error(), 0, {}};
    EngineRun execution(store, *catalog.find(QStringLiteral("test-double")), **engine);
    Ran ran;
    execution.setLog([&ran](const QString &line) { ran.log << line; });
    execution.setCancellation(cancel);
    EngineRunRequest request;
    request.settings = settings;
    request.resumeRunId = resume;
    ran.status = execution.execute(request);
    ran.runId = execution.runId();
    return ran;
}

void TestEngines::runStoresCasesAndProvenanceWithoutSecrets()
{
    const QString secret = QStringLiteral("sk-very-secret-4711");
    auto ran = runDouble(*m_store, {{QStringLiteral("cases"), QStringLiteral("4")},
                                    {QStringLiteral("fail_every"), QStringLiteral("2")},
                                    {QStringLiteral("token"), secret}});
    QVERIFY2(ran.status.ok(), qPrintable(ran.status ? QString() : ran.status.error().toString()));
    auto run = TestRunTable(*m_store).get(ran.runId);
    QVERIFY(run.ok());
    QCOMPARE(run->status, TestRunStatus::Completed);
    QCOMPARE(run->engineId, QStringLiteral("test-double"));
    QCOMPARE(run->engineVersion, QStringLiteral("1.2.3"));
    // Cases were committed without a disk sync each; the connection is back to a full sync (2) for what follows.
    {
        auto q = sql::exec(m_store->database(), QStringLiteral("PRAGMA synchronous"));
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toInt(), 2);
    }
    QCOMPARE(run->casesTotal, 4);
    QCOMPARE(run->cases.passed, 2);
    QCOMPARE(run->cases.failed, 2);
    QCOMPARE(run->metrics.size(), std::size_t(1));
    QCOMPARE(*run->metrics[0].value, 0.5);
    QVERIFY(*run->metrics[0].ciLower < 0.5 && *run->metrics[0].ciUpper > 0.5);
    VV_COMPARE_JSON(run->provenance["model_id"], "double-1");
    VV_COMPARE_JSON(run->provenance["engine"]["version"], "1.2.3");
    VV_COMPARE_JSON(run->provenance["config"]["cases"], 4);
    QVERIFY(!run->provenance["config"].contains("token"));
    QVERIFY(run->provenance["host"].is_string());
    QCOMPARE(QString::fromStdString(run->provenance["config_sha256"].get<std::string>()),
             EngineRun::configHash(goodManifestValue(), run->provenance["config"]));
    // The secret is nowhere in the project: not in provenance, results, cases or the audit trail.
    QVERIFY(!QString::fromStdString(run->provenance.dump()).contains(secret));
    QVERIFY(!QString::fromStdString(run->result.dump()).contains(secret));
    QVERIFY(!ran.log.join(QLatin1Char('\n')).contains(secret));
    const QString path = m_store->location();
    m_store.reset();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains(secret.toUtf8()));
}

void TestEngines::cancelThenResumeDoesNotRepeatCases()
{
    const QMap<QString, QString> settings{{QStringLiteral("cases"), QStringLiteral("6")},
                                          {QStringLiteral("cancel_after"), QStringLiteral("2")}};
    auto first = runDouble(*m_store, settings);
    QVERIFY(!first.status.ok());
    QCOMPARE(first.status.error().kind(), Error::Kind::Cancelled);
    QVERIFY(first.runId > 0);
    TestRunTable runs(*m_store);
    QCOMPARE(runs.get(first.runId)->status, TestRunStatus::Cancelled);
    QCOMPARE(runs.get(first.runId)->cases.done(), 2);
    QVERIFY(first.log.last().contains(QStringLiteral("--resume %1").arg(first.runId)));

    // cancel_after counts the cases of one go, so each resume runs two more.
    auto second = runDouble(*m_store, settings, first.runId);
    QCOMPARE(second.runId, first.runId);
    QCOMPARE(runs.get(first.runId)->cases.done(), 4);
    auto third = runDouble(*m_store, settings, first.runId);
    QVERIFY2(third.status.ok(), qPrintable(third.status ? QString() : third.status.error().toString()));
    auto run = runs.get(first.runId);
    QCOMPARE(run->status, TestRunStatus::Completed);
    QCOMPARE(run->cases.done(), 6);
    VV_COMPARE_JSON(run->result["total"], 6);
    VV_COMPARE_JSON(run->result["ran_in_this_process"], 2);
    auto cases = runs.allCases(first.runId);
    QVERIFY(cases.ok());
    QStringList ids;
    for (const auto &c : *cases)
        ids << c.caseId;
    QCOMPARE(ids, (QStringList{QStringLiteral("case-001"), QStringLiteral("case-002"), QStringLiteral("case-003"),
                               QStringLiteral("case-004"), QStringLiteral("case-005"), QStringLiteral("case-006")}));
}

void TestEngines::resumeRefusesOtherSettingsAndCompletedRuns()
{
    auto first = runDouble(*m_store, {{QStringLiteral("cases"), QStringLiteral("3")},
                                      {QStringLiteral("cancel_after"), QStringLiteral("1")}});
    QVERIFY(!first.status.ok());
    auto other = runDouble(*m_store, {{QStringLiteral("cases"), QStringLiteral("4")},
                                      {QStringLiteral("cancel_after"), QStringLiteral("1")}}, first.runId);
    QVERIFY(!other.status.ok());
    QVERIFY(other.status.error().what().contains(QStringLiteral("other settings")));
    auto done = runDouble(*m_store, {{QStringLiteral("cases"), QStringLiteral("2")}});
    QVERIFY(done.status.ok());
    auto again = runDouble(*m_store, {{QStringLiteral("cases"), QStringLiteral("2")}}, done.runId);
    QVERIFY(!again.status.ok());
    QVERIFY(again.status.error().what().contains(QStringLiteral("already completed")));
    auto missing = runDouble(*m_store, {}, 999);
    QVERIFY(!missing.status.ok());
}

void TestEngines::refusedPlanStoresNothing()
{
    auto ran = runDouble(*m_store, {{QStringLiteral("fail_plan"), QStringLiteral("true")}});
    QVERIFY(!ran.status.ok());
    QCOMPARE(ran.runId, 0);
    QVERIFY(TestRunTable(*m_store).list()->empty());
}

void TestEngines::finishedRunBecomesLinkedEvidence()
{
    auto ran = runDouble(*m_store, {{QStringLiteral("cases"), QStringLiteral("3")}});
    QVERIFY(ran.status.ok());
    auto id = evidence::TestRunEvidence::file(*m_store, ran.runId);
    QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().toString()));
    evidence::EvidenceLibrary library(*m_store);
    auto item = library.item(*id);
    QVERIFY(item.ok());
    QCOMPARE(item->kind, EvidenceKind::TestResult);
    QCOMPARE(*library.requirementsFor(*id), QStringList{QStringLiteral("urn:veiviser:hdir:llm-basic")});
    QVERIFY(m_store->verifyAudit()->intact);
    // A run that is not completed is not evidence.
    auto cancelled = runDouble(*m_store, {{QStringLiteral("cancel_after"), QStringLiteral("1")}});
    QVERIFY(!evidence::TestRunEvidence::file(*m_store, cancelled.runId).ok());
}

// A resume runs the cases left; it means nothing for an import (it would read the same file and fail the same way),
// for a run with no cases left (every case errored, say), or for an engine that keeps no cases.
void TestEngines::whichRunsCanResume_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("outputs");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("done");
    QTest::addColumn<bool>("resumable");
    const QStringList cases{QStringLiteral("test_run"), QStringLiteral("cases")};
    QTest::newRow("cancelled llm run") << "llm" << cases << int(TestRunStatus::Cancelled) << 3 << true;
    QTest::newRow("failed llm run") << "llm" << cases << int(TestRunStatus::Failed) << 0 << true;
    QTest::newRow("interrupted llm run") << "llm" << cases << int(TestRunStatus::Running) << 4 << true;
    QTest::newRow("completed") << "llm" << cases << int(TestRunStatus::Completed) << 5 << false;
    QTest::newRow("no case left") << "llm" << cases << int(TestRunStatus::Failed) << 5 << false;
    QTest::newRow("failed import") << "import" << cases << int(TestRunStatus::Failed) << 2 << false;
    QTest::newRow("engine without cases") << "classifier" << QStringList{QStringLiteral("test_run")}
                                          << int(TestRunStatus::Failed) << 0 << false;
}

void TestEngines::whichRunsCanResume()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, outputs);
    QFETCH(int, status);
    QFETCH(int, done);
    QFETCH(bool, resumable);
    validation::EngineManifest manifest;
    manifest.kind = kind;
    manifest.outputs = outputs;
    TestRun run;
    run.status = TestRunStatus(status);
    run.casesTotal = 5;
    run.cases.errored = done;
    QCOMPARE(validation::EngineRun::canResume(run, manifest), resumable);
}

QTEST_GUILESS_MAIN(TestEngines)
// A case the tool did not grade is neither passed nor failed: no pass rate counts it, and the filed evidence says so.
void TestEngines::notGradedCasesCountInNoPassRate()
{
    auto make = [](const char *id, CaseStatus status) {
        CaseResult c;
        c.caseId = QString::fromLatin1(id);
        c.status = status;
        c.detail = {{"level", "basic"}};
        return c;
    };
    const std::vector<CaseResult> cases = {make("a", CaseStatus::Passed), make("b", CaseStatus::Failed),
                                           make("c", CaseStatus::NotGraded), make("d", CaseStatus::NotGraded)};
    const EngineOutcome outcome = SuiteRunSummary::of(QStringLiteral("suite"), cases, {});
    QCOMPARE(outcome.metrics.front().name, QStringLiteral("pass_rate"));
    QCOMPARE(*outcome.metrics.front().value, 0.5); // 1 of the 2 graded cases
    VV_COMPARE_JSON(outcome.result["overall"]["total"], 2);
    VV_COMPARE_JSON(outcome.result["not_graded"], 2);

    TestRunTable runs(*m_store);
    NewTestRun run;
    run.engineId = QStringLiteral("results-import");
    run.engineVersion = QStringLiteral("1.0.0");
    run.kind = QStringLiteral("import");
    run.title = QStringLiteral("results.json");
    run.casesTotal = 4;
    run.supports = {QStringLiteral("urn:veiviser:hdir:llm-basic")};
    auto id = runs.start(run);
    QVERIFY(id.ok());
    QVERIFY(runs.recordCases(*id, cases).ok());
    QVERIFY(runs.finish(*id, TestRunStatus::Completed, outcome.metrics, outcome.result).ok());
    auto evidenceId = evidence::TestRunEvidence::file(*m_store, *id);
    QVERIFY2(evidenceId.ok(), qPrintable(evidenceId ? QString() : evidenceId.error().toString()));
    auto item = EvidenceTable::find(*m_store, *evidenceId);
    QVERIFY(item.ok() && item->has_value());
    QVERIFY2((*item)->description.startsWith(QStringLiteral("2 of 4 case")) &&
                 (*item)->description.contains(QStringLiteral("not graded")) &&
                 (*item)->description.contains(QStringLiteral("No pass rate counts them")),
             qPrintable((*item)->description));
}

#include "tst_engines.moc"
