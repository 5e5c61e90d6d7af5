// `veiviser-cli engines list` and `run` as a user runs them: the engines found (broken ones with reasons), a run
// killed half-way and resumed without repeating cases, the clinical-metrics plugin, and the --json shapes.

#include "LoopbackChatServer.h"
#include "TestSupport.h"

#include "core/Json.h"
#include "store/ProjectStore.h"
#include "store/TestRunTable.h"

#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vv;
using test::runCli;

class TestEngineCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void enginesList();
    void killedRunIsResumed();
    void clinicalMetricsPlugin();
    void metricsAndClinicalEngineFileAlike();
    void resultsImportPlugin();
    void runsThatTestedNothing();
    void someCasesErrored();
    void judgeVerdictsAreLabelled();
    void runsCompareAndPairedChangeCheck();
    void noKeyInAddresses_data();
    void noKeyInAddresses();
    void secretsStayOutOfPackages();
    void errors_data();
    void errors();

private:
    QString project();
    std::unique_ptr<QTemporaryDir> m_dir;
};

static Json parse(const QByteArray &out)
{
    auto r = parseJson(out, QStringLiteral("stdout"));
    return r ? *r : Json();
}

void TestEngineCli::initTestCase()
{
    // The CLI finds the shipped plugins next to itself and the test doubles through the variable.
    qputenv("VEIVISER_PLUGIN_PATH", VV_TEST_PLUGINS_DIR "/good:" VV_TEST_PLUGINS_DIR "/broken");
}

void TestEngineCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

QString TestEngineCli::project()
{
    const QString path = m_dir->filePath(QStringLiteral("p.veiviser"));
    if (!QFile::exists(path))
        runCli({QStringLiteral("project"), QStringLiteral("init"), path});
    return path;
}

void TestEngineCli::enginesList()
{
    auto r = runCli({QStringLiteral("--json"), QStringLiteral("engines"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    const Json doc = parse(r.out);
    QHash<QString, Json> byFile;
    for (const Json &e : doc["engines"])
        byFile.insert(QFileInfo(fromStd(e["path"].get<std::string>())).completeBaseName(), e);
    QVERIFY2(byFile.contains(QStringLiteral("clinical_metrics")), r.out.constData());
    const Json cm = byFile.value(QStringLiteral("clinical_metrics"));
    VV_COMPARE_JSON(cm["id"], "clinical-metrics");
    VV_COMPARE_JSON(cm["usable"], true);
    VV_COMPARE_JSON(cm["reason"], nullptr);
    VV_COMPARE_JSON(cm["kind"], "classifier");
    QVERIFY(cm["config"].size() >= 5);
    VV_COMPARE_JSON(byFile.value(QStringLiteral("test_double"))["version"], "1.2.3");
    const Json ri = byFile.value(QStringLiteral("results_import"));
    VV_COMPARE_JSON(ri["id"], "results-import");
    VV_COMPARE_JSON(ri["usable"], true);
    VV_COMPARE_JSON(ri["kind"], "import");
    for (const char *broken : {"wrong_iid", "future_version", "bad_manifest", "duplicate_id", "not_a_plugin"}) {
        const Json e = byFile.value(QLatin1String(broken));
        QVERIFY2(e.is_object(), broken);
        VV_COMPARE_JSON(e["usable"], false);
        QVERIFY(!e["reason"].get<std::string>().empty());
    }
    // The readable list says why.
    auto text = runCli({QStringLiteral("engines"), QStringLiteral("list")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("clinical-metrics"));
    QVERIFY(text.out.contains("unusable: incompatible: the plugin needs Veiviser 99.0.0"));
}

void TestEngineCli::killedRunIsResumed()
{
    const QString file = project();
    const QStringList run{QStringLiteral("run"), file, QStringLiteral("--engine"), QStringLiteral("test-double"),
                          QStringLiteral("--set"), QStringLiteral("cases=5"), QStringLiteral("--set"),
                          QStringLiteral("fail_every=5")};
    // The engine kills its process after three cases, as a power cut or kill -9 would.
    auto killed = runCli(run + QStringList{QStringLiteral("--set"), QStringLiteral("abort_after=3")});
    QCOMPARE(killed.exitCode, 9);
    const auto match = QRegularExpression(QStringLiteral("Started test run (\\d+)")).match(QString::fromUtf8(killed.err));
    QVERIFY2(match.hasMatch(), killed.err.constData());
    const QString runId = match.captured(1);
    {
        auto store = ProjectStore::open(file, StoreOptions::readOnly());
        QVERIFY(store.ok());
        auto stored = TestRunTable(**store).get(runId.toLongLong());
        QCOMPARE(stored->status, TestRunStatus::Running);
        QCOMPARE(stored->cases.done(), 3);
    }
    // abort_after is part of the settings, so the resumed run must give it too; it does not trigger again
    // because only two cases are left.
    auto resumed = runCli(QStringList{QStringLiteral("--json")} + run +
                          QStringList{QStringLiteral("--set"), QStringLiteral("abort_after=3"),
                                      QStringLiteral("--resume"), runId});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    const Json doc = parse(resumed.out);
    VV_COMPARE_JSON(doc["run_id"], runId.toLongLong());
    VV_COMPARE_JSON(doc["engine"], "test-double");
    VV_COMPARE_JSON(doc["status"], "completed");
    VV_COMPARE_JSON(doc["cases"], Json::parse(R"({"total": 5, "passed": 4, "failed": 1, "errored": 0, "not_graded": 0})"));
    VV_COMPARE_JSON(doc["metrics"][0]["name"], "pass_rate");
    VV_COMPARE_JSON(doc["metrics"][0]["value"], 0.8);
    QVERIFY(doc["metrics"][0]["ci_lower"].get<double>() < 0.8);
    QVERIFY(doc["evidence_id"].is_number_integer());
    auto shown = runCli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("show"), file,
                         QString::number(doc["evidence_id"].get<qint64>())});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains("urn:veiviser:hdir:llm-basic"), shown.out.constData());
    auto store = ProjectStore::open(file, StoreOptions::readOnly());
    QVERIFY(store.ok());
    auto finished = TestRunTable(**store).get(runId.toLongLong());
    VV_COMPARE_JSON(finished->result["ran_in_this_process"], 2);
    QVERIFY((*store)->verifyAudit()->intact);
}

void TestEngineCli::clinicalMetricsPlugin()
{
    const QString file = project();
    auto r = runCli({QStringLiteral("--json"), QStringLiteral("run"), file, QStringLiteral("--engine"),
                     QStringLiteral("clinical-metrics"), QStringLiteral("--set"),
                     QStringLiteral("predictions=" VV_FIXTURES_DIR "/validation/asah.csv"), QStringLiteral("--set"),
                     QStringLiteral("label=poor"), QStringLiteral("--set"), QStringLiteral("score=s100b")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json doc = parse(r.out);
    VV_COMPARE_JSON(doc["engine"], "clinical-metrics");
    VV_COMPARE_JSON(doc["status"], "completed");
    // The same AUROC as the metrics command gives for the same file.
    auto direct = runCli({QStringLiteral("--json"), QStringLiteral("metrics"), QStringLiteral("--predictions"),
                          QStringLiteral(VV_FIXTURES_DIR "/validation/asah.csv"), QStringLiteral("--label"),
                          QStringLiteral("poor"), QStringLiteral("--score"), QStringLiteral("s100b")});
    QCOMPARE(direct.exitCode, 0);
    bool found = false;
    for (const Json &m : doc["metrics"]) {
        if (m["name"] == "auroc") {
            found = true;
            VV_COMPARE_JSON(m["value"], parse(direct.out)["auroc"]["estimate"]);
            QVERIFY(m["ci_lower"].is_number());
        }
    }
    QVERIFY(found);
    QVERIFY(doc["evidence_id"].is_number_integer());
}

// `metrics --project` and `run --engine clinical-metrics` on the same file store the same run and file the same
// evidence: the same document name, fields and links (issue 21, item 10).
void TestEngineCli::metricsAndClinicalEngineFileAlike()
{
    const QString file = project();
    const QString csv = QStringLiteral(VV_FIXTURES_DIR "/validation/asah.csv");
    auto direct = runCli({QStringLiteral("--json"), QStringLiteral("metrics"), QStringLiteral("--predictions"), csv,
                          QStringLiteral("--label"), QStringLiteral("poor"), QStringLiteral("--score"),
                          QStringLiteral("s100b"), QStringLiteral("--threshold"), QStringLiteral("0.2"),
                          QStringLiteral("--project"), file});
    QVERIFY2(direct.exitCode == 0, direct.err.constData());
    auto engine = runCli({QStringLiteral("--json"), QStringLiteral("run"), file, QStringLiteral("--engine"),
                          QStringLiteral("clinical-metrics"), QStringLiteral("--set"), QStringLiteral("predictions=") + csv,
                          QStringLiteral("--set"), QStringLiteral("label=poor"), QStringLiteral("--set"),
                          QStringLiteral("score=s100b"), QStringLiteral("--set"), QStringLiteral("thresholds=0.2")});
    QVERIFY2(engine.exitCode == 0, engine.err.constData());
    const qint64 ids[2] = {parse(direct.out)["evidence_id"].get<qint64>(), parse(engine.out)["evidence_id"].get<qint64>()};
    const qint64 runIds[2] = {parse(direct.out)["run_id"].get<qint64>(), parse(engine.out)["run_id"].get<qint64>()};
    Json evidence[2];
    for (int i = 0; i < 2; ++i) {
        auto shown = runCli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("show"), file,
                             QString::number(ids[i])});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        evidence[i] = parse(shown.out);
    }
    auto store = ProjectStore::open(file, StoreOptions::readOnly());
    QVERIFY(store.ok());
    TestRun runs[2];
    for (int i = 0; i < 2; ++i) {
        auto run = TestRunTable(**store).get(runIds[i]);
        QVERIFY(run.ok());
        runs[i] = *run;
        // The document is named after its run, so that the run finds its evidence again.
        VV_COMPARE_JSON(evidence[i]["file_name"], "test-run-" + toStd(run->uuid) + ".json");
        VV_COMPARE_JSON(evidence[i]["title"], toStd(QStringLiteral("Test run %1: Clinical validation of asah.csv")
                                                        .arg(runIds[i])));
    }
    // Every other field of the two evidence rows is the same; only what names the run or the moment differs.
    for (const char *key : {"id", "file_name", "title", "sha256", "size", "created", "modified", "source"}) {
        evidence[0].erase(key);
        evidence[1].erase(key);
    }
    VV_COMPARE_JSON(evidence[0], evidence[1]);
    QCOMPARE(runs[0].supports, runs[1].supports);
    QCOMPARE(runs[0].engineId, runs[1].engineId);
    QCOMPARE(runs[0].engineVersion, runs[1].engineVersion);
    QCOMPARE(runs[0].kind, runs[1].kind);
    // The same provenance: the input's hash and columns, the options, the engine, program and host.
    for (const char *key : {"input", "options", "engine", "config", "config_sha256", "program", "host"})
        VV_COMPARE_JSON(runs[0].provenance[key], runs[1].provenance[key]);
    QVERIFY(runs[0].provenance["input"]["sha256"].is_string());
    VV_COMPARE_JSON(runs[0].result, runs[1].result);
    QCOMPARE(runs[0].metrics.size(), runs[1].metrics.size());
}

void TestEngineCli::resultsImportPlugin()
{
    const QString file = project();
    auto r = runCli({QStringLiteral("--json"), QStringLiteral("run"), file, QStringLiteral("--engine"),
                     QStringLiteral("results-import"), QStringLiteral("--set"),
                     QStringLiteral("path=" VV_FIXTURES_DIR "/results-import/results_2025-01-15T10-20-30.123456.json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json doc = parse(r.out);
    VV_COMPARE_JSON(doc["engine"], "results-import");
    VV_COMPARE_JSON(doc["status"], "completed");
    QHash<QString, Json> metrics;
    for (const Json &m : doc["metrics"])
        metrics.insert(fromStd(m["name"].get<std::string>()), m);
    QCOMPARE(metrics.size(), 4);
    const Json acc = metrics.value(QStringLiteral("nrk_quiz_qa_nob/acc"));
    VV_COMPARE_JSON(acc["value"], 0.6123);
    QVERIFY(std::abs(acc["ci_lower"].get<double>() - (0.6123 - 1.959963984540054 * 0.0123)) < 1e-12);
    QVERIFY(metrics.value(QStringLiteral("norbelebele/acc"))["ci_upper"].is_number());
    QVERIFY(doc["evidence_id"].is_number_integer());
    // An unknown version is refused by name, as FILE: what. What to do.
    auto refused = runCli({QStringLiteral("run"), file, QStringLiteral("--engine"), QStringLiteral("results-import"),
                           QStringLiteral("--set"),
                           QStringLiteral("path=" VV_FIXTURES_DIR "/results-import/broken/inspect_version3.json")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("inspect_version3.json: inspect_ai log format version 3 is not supported"),
             refused.err.constData());
}

// A run that tested nothing is no evidence: against a closed port every case errors, and an engine may return no
// result at all. Either run fails with exit 3, files nothing, and does not offer a resume that would skip the very
// cases that errored.
void TestEngineCli::runsThatTestedNothing()
{
    const QString file = project();
    quint16 closedPort = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        closedPort = server.serverPort();
    }
    auto r = runCli({QStringLiteral("run"), file, QStringLiteral("--engine"), QStringLiteral("openai-compatible"),
                     QStringLiteral("--set"), QStringLiteral("base_url=http://127.0.0.1:%1/v1").arg(closedPort),
                     QStringLiteral("--set"), QStringLiteral("model=m"), QStringLiteral("--set"),
                     QStringLiteral("max_retries=0"), QStringLiteral("--suite"),
                     QStringLiteral(VV_FIXTURES_DIR "/suites/loopback.yaml")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("all 7 cases errored, so nothing was tested"), r.err.constData());
    QVERIFY2(!r.err.contains("--resume"), r.err.constData());

    r = runCli({QStringLiteral("run"), file, QStringLiteral("--engine"), QStringLiteral("test-double"),
                QStringLiteral("--set"), QStringLiteral("cases=0")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("the engine returned no results"), r.err.constData());

    auto store = ProjectStore::open(file, StoreOptions::readOnly());
    QVERIFY(store.ok());
    auto runs = TestRunTable(**store).list();
    QVERIFY(runs);
    QCOMPARE(runs->size(), std::size_t(2));
    for (const TestRun &run : *runs) {
        QCOMPARE(run.status, TestRunStatus::Failed);
        QVERIFY(run.error.contains(QStringLiteral("nothing was tested")));
    }
    auto listed = runCli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("list"), file});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(parse(listed.out).empty(), listed.out.constData());
}

// A run where some cases errored is evidence, filed with its error rate; the document of the run states it.
void TestEngineCli::someCasesErrored()
{
    test::LoopbackChatServer server;
    QVERIFY(server.start());
    const QString suite = m_dir->filePath(QStringLiteral("suite.yaml"));
    QFile f(suite);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name: partial\nlevel: basic\ncases:\n"
            "  - id: a\n    messages: [{role: user, content: \"[[answer:Ring 113.]]\"}]\n    graders: [{contains: [\"113\"]}]\n"
            "  - id: b\n    messages: [{role: user, content: \"[[answer:Ring 113.]]\"}]\n    graders: [{contains: [\"113\"]}]\n"
            "  - id: c\n    messages: [{role: user, content: \"[[answer:Vent.]]\"}]\n    graders: [{contains: [\"113\"]}]\n"
            "  - id: d\n    messages: [{role: user, content: \"[[status:500]]\"}]\n    graders: [{contains: [\"113\"]}]\n");
    f.close();
    const QString file = project();
    auto r = runCli({QStringLiteral("--json"), QStringLiteral("run"), file, QStringLiteral("--engine"),
                     QStringLiteral("openai-compatible"), QStringLiteral("--set"), QStringLiteral("base_url=") + server.baseUrl(),
                     QStringLiteral("--set"), QStringLiteral("model=m"), QStringLiteral("--set"),
                     QStringLiteral("max_retries=0"), QStringLiteral("--suite"), suite});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json doc = parse(r.out);
    VV_COMPARE_JSON(doc["status"], "completed");
    VV_COMPARE_JSON(doc["cases"], Json::parse(R"({"total": 4, "passed": 2, "failed": 1, "errored": 1, "not_graded": 0})"));
    auto shown = runCli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("show"), file,
                         QString::number(doc["evidence_id"].get<qint64>())});
    QCOMPARE(shown.exitCode, 0);
    const QString description = fromStd(parse(shown.out).value("description", std::string()));
    QVERIFY2(description.contains(QStringLiteral("1 of 4 cases errored (25.0 %)")), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("only the 3 cases that were tested")), qPrintable(description));
    auto exported = runCli({QStringLiteral("evidence"), QStringLiteral("export"), file,
                            QString::number(doc["evidence_id"].get<qint64>()), m_dir->filePath(QStringLiteral("run.json"))});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QFile run(m_dir->filePath(QStringLiteral("run.json")));
    QVERIFY(run.open(QIODevice::ReadOnly));
    VV_COMPARE_JSON(parse(run.readAll())["cases"]["error_rate"], 0.25);
}

// A run with a model judge is filed with the label "not checked against clinicians", and its provenance names the judge.
void TestEngineCli::judgeVerdictsAreLabelled()
{
    test::LoopbackChatServer server;
    QVERIFY(server.start());
    // The judge grader's rubric: the source tree's (the build copies them only with the whole program).
    qputenv("VEIVISER_DATA_DIR", VV_SOURCE_DIR);
    const QString file = project();
    auto r = runCli({QStringLiteral("--json"), QStringLiteral("run"), file, QStringLiteral("--engine"),
                     QStringLiteral("openai-compatible"), QStringLiteral("--set"), QStringLiteral("base_url=") + server.baseUrl(),
                     QStringLiteral("--set"), QStringLiteral("model=m"), QStringLiteral("--suite"),
                     QStringLiteral(VV_FIXTURES_DIR "/suites/judge.yaml")});
    qunsetenv("VEIVISER_DATA_DIR");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json doc = parse(r.out);
    auto shown = runCli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("show"), file,
                         QString::number(doc["evidence_id"].get<qint64>())});
    QCOMPARE(shown.exitCode, 0);
    const QString description = fromStd(parse(shown.out).value("description", std::string()));
    QVERIFY2(description.contains(QStringLiteral("8 verdicts came from a model judge and are not checked against clinicians.")),
             qPrintable(description));
}

// The same suite run on two model versions (the loopback endpoint answers what each case asks it to): `runs compare`
// pairs the cases, names the regression, leaves the errored case out; a change control plan's paired criterion is
// judged on the same pairing through `pccp check`.
void TestEngineCli::runsCompareAndPairedChangeCheck()
{
    test::LoopbackChatServer server;
    QVERIFY(server.start());
    const QString file = project();
    auto runSuite = [&](const QByteArray &answers) -> qint64 {
        const QString suite = m_dir->filePath(QStringLiteral("suite.yaml"));
        QFile f(suite);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write("name: upgrade\nlevel: basic\ncases:\n");
        for (const QByteArray &item : answers.split(',')) {
            const QList<QByteArray> parts = item.split('=');
            f.write("  - id: " + parts[0] + "\n    messages: [{role: user, content: \"" + parts[1] +
                    "\"}]\n    graders: [{contains: [\"113\"]}]\n");
        }
        f.close();
        auto r = runCli({QStringLiteral("--json"), QStringLiteral("run"), file, QStringLiteral("--engine"),
                         QStringLiteral("openai-compatible"), QStringLiteral("--set"), QStringLiteral("base_url=") + server.baseUrl(),
                         QStringLiteral("--set"), QStringLiteral("model=m"), QStringLiteral("--set"),
                         QStringLiteral("max_retries=0"), QStringLiteral("--suite"), suite});
        return r.exitCode == 0 ? parse(r.out)["run_id"].get<qint64>() : 0;
    };
    const qint64 approved = runSuite("a=[[answer:Ring 113.]],b=[[answer:Ring 113.]],c=[[answer:Vent.]],d=[[answer:Ring 113.]]");
    const qint64 upgraded = runSuite("a=[[answer:Ring 113.]],b=[[answer:Vent.]],c=[[answer:Ring 113.]],d=[[status:500]]");
    QVERIFY(approved > 0 && upgraded > 0);
    auto r = runCli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("compare"), file,
                     QString::number(approved), QString::number(upgraded)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json doc = parse(r.out);
    VV_COMPARE_JSON(doc["cases_paired"], 3);
    VV_COMPARE_JSON(doc["a_only"], 1);
    VV_COMPARE_JSON(doc["b_only"], 1);
    VV_COMPARE_JSON(doc["excluded"], 1); // d errored in the upgraded run
    VV_COMPARE_JSON(doc["regressions"], Json::parse(R"(["b"])"));
    VV_COMPARE_JSON(doc["improvements"], Json::parse(R"(["c"])"));
    VV_COMPARE_JSON(doc["mcnemar_p"], 1.0);
    VV_COMPARE_JSON(doc["difference"]["value"], 0.0);
    auto text = runCli({QStringLiteral("runs"), QStringLiteral("compare"), file, QString::number(approved),
                        QString::number(upgraded)});
    QVERIFY2(text.out.contains("Regressions: b"), text.out.constData());
    auto missing = runCli({QStringLiteral("runs"), QStringLiteral("compare"), file, QString::number(approved),
                           QStringLiteral("99")});
    QCOMPARE(missing.exitCode, 2);

    // Not worse than the approved run by more than 2 points: three paired cases leave the interval far too wide.
    const QString plan = m_dir->filePath(QStringLiteral("pccp.yaml"));
    QFile p(plan);
    QVERIFY(p.open(QIODevice::WriteOnly));
    p.write("title: Plan\nmodifications:\n  - id: upgrade\n    title: New model version\n    changes: model_version\n"
            "    protocol: {data: d, method: m, validation: the upgrade suite}\n    impact: none\n    criteria:\n"
            "      - {metric: pass_rate, paired_with: " + QByteArray::number(approved) + ", max_drop: 0.02}\n");
    p.close();
    r = runCli({QStringLiteral("pccp"), QStringLiteral("plan"), file, QStringLiteral("--from"), plan});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli({QStringLiteral("--json"), QStringLiteral("pccp"), QStringLiteral("check"), file, QStringLiteral("--modification"),
                QStringLiteral("upgrade"), QStringLiteral("--run"), QString::number(upgraded)});
    QCOMPARE(r.exitCode, 1);
    const Json check = parse(r.out);
    VV_COMPARE_JSON(check["verdict"], "not_met");
    const Json criterion = check["criteria"][0];
    VV_COMPARE_JSON(criterion["value"], 0.0);
    QVERIFY2(criterion["ci_lower"].get<double>() < -0.02, criterion.dump().c_str());
}

// A key in an endpoint's address (http://user:key@host) would reach the project, the log and every package; it is
// refused, for every string setting of every engine, without echoing the key.
void TestEngineCli::noKeyInAddresses_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("setting");
    QTest::newRow("user and key") << QStringLiteral("openai-compatible") << QStringLiteral("base_url=http://me:sk-4711@127.0.0.1:9/v1");
    QTest::newRow("key only") << QStringLiteral("openai-compatible") << QStringLiteral("base_url=https://sk-4711@api.example/v1");
    QTest::newRow("spaces around") << QStringLiteral("openai-compatible") << QStringLiteral("base_url= HTTP://me:sk-4711@h/v1 ");
    QTest::newRow("another engine's string") << QStringLiteral("test-double") << QStringLiteral("note=ftp://u:sk-4711@h/x");
}

void TestEngineCli::noKeyInAddresses()
{
    QFETCH(QString, engine);
    QFETCH(QString, setting);
    const QString file = project();
    auto r = runCli({QStringLiteral("run"), file, QStringLiteral("--engine"), engine, QStringLiteral("--set"), setting,
                     QStringLiteral("--set"), QStringLiteral("model=m"), QStringLiteral("--suite"),
                     QStringLiteral(VV_FIXTURES_DIR "/suites/loopback.yaml")});
    if (engine == QStringLiteral("test-double")) // it takes no model or suite
        r = runCli({QStringLiteral("run"), file, QStringLiteral("--engine"), engine, QStringLiteral("--set"), setting});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("is an address with a user name or key in it"), r.err.constData());
    QVERIFY2(r.err.contains("api_key_env"), r.err.constData());
    QVERIFY2(!r.err.contains("sk-4711") && !r.out.contains("sk-4711"), r.err.constData());
    QFile project(file);
    QVERIFY(project.open(QIODevice::ReadOnly));
    QVERIFY(!project.readAll().contains("sk-4711"));
    // An address without userinfo is fine, also with '@' after the host part.
    r = runCli({QStringLiteral("run"), file, QStringLiteral("--engine"), QStringLiteral("test-double"),
                QStringLiteral("--set"), QStringLiteral("note=https://h.example/a@b")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

// A setting marked secret never reaches a package built from the project, nor the run's output.
void TestEngineCli::secretsStayOutOfPackages()
{
    const QString file = project();
    const QByteArray secret = "sk-package-secret-0815";
    auto r = runCli({QStringLiteral("run"), file, QStringLiteral("--engine"), QStringLiteral("test-double"),
                     QStringLiteral("--set"), QStringLiteral("token=") + QString::fromLatin1(secret)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!r.out.contains(secret) && !r.err.contains(secret));
    const QString package = m_dir->filePath(QStringLiteral("p.zip"));
    r = runCli({QStringLiteral("package"), QStringLiteral("build"), file, QStringLiteral("--document"),
                QStringLiteral("validation-report"), QStringLiteral("--out"), package});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile zip(package);
    QVERIFY(zip.open(QIODevice::ReadOnly));
    const QByteArray bytes = zip.readAll();
    QVERIFY(bytes.contains("test-double")); // the run is in the package (stored, so its text is readable)...
    QVERIFY(!bytes.contains(secret));       // ...and its secret is not
}

void TestEngineCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString e = QStringLiteral("--engine");
    QTest::newRow("no engine") << QStringList{} << 2 << "--engine is required";
    QTest::newRow("unknown engine") << QStringList{e, QStringLiteral("gpt")} << 2 << "there is no evaluation engine 'gpt'";
    QTest::newRow("unusable engine") << QStringList{e, QStringLiteral("future-version")} << 2 << "cannot be used";
    QTest::newRow("bad set") << QStringList{e, QStringLiteral("test-double"), QStringLiteral("--set"), QStringLiteral("cases")}
                             << 2 << "--set takes KEY=VALUE";
    QTest::newRow("unknown setting") << QStringList{e, QStringLiteral("test-double"), QStringLiteral("--set"), QStringLiteral("x=1")}
                                     << 2 << "has no setting 'x'";
    QTest::newRow("missing required") << QStringList{e, QStringLiteral("clinical-metrics")} << 2 << "needs the setting 'predictions'";
    QTest::newRow("bad resume") << QStringList{e, QStringLiteral("test-double"), QStringLiteral("--resume"), QStringLiteral("x")}
                                << 2 << "--resume takes a test run id";
    QTest::newRow("refused plan") << QStringList{e, QStringLiteral("test-double"), QStringLiteral("--set"), QStringLiteral("fail_plan=true")}
                                  << 2 << "refuse the plan";
}

void TestEngineCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    auto r = runCli(QStringList{QStringLiteral("run"), project()} + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

QTEST_GUILESS_MAIN(TestEngineCli)
#include "tst_engine_cli.moc"
