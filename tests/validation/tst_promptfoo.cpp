// The promptfoo engine: its output read field by field (promptfoo 0.118.0's real files and every broken variant, without
// running promptfoo), a suite converted into a promptfoo configuration, and runs end to end through promptfoo with
// its echo and exec: providers, the user's own configuration, the loopback OpenAI-compatible server, cancel and
// resume, and the clear refusal when promptfoo is not installed. The end-to-end tests use the project-local
// promptfoo that tests/plugins/install-promptfoo puts into the build folder (a ctest fixture).

#include "LoopbackChatServer.h"
#include "TestSupport.h"

#include "store/ProjectStore.h"
#include "store/TestRunTable.h"
#include "validation/EngineCatalog.h"
#include "validation/EngineRun.h"
#include "validation/Promptfoo.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;
using namespace vv::validation;

class TestPromptfoo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void readsRealOutput();
    void refusesBrokenOutput_data();
    void refusesBrokenOutput();
    void tailReadsOnlyCompleteLines();
    void convertsSuite();
    void missingPromptfooIsExplained();
    void echoEndToEnd();
    void execProviderCancelAndResume();
    void ownConfiguration();
    void ownConfigurationIsRecordedAsPromptfooRanIt();
    void loopbackServer();

private:
    /// The project-local promptfoo, or a skip/fail with the reason.
    bool requirePromptfoo();
    Status run(QMap<QString, QString> settings, const QString &suite, qint64 resume = 0,
               const CancellationToken *cancel = nullptr, int cancelAt = 0);
    QHash<QString, CaseResult> cases() const;

    EngineCatalog m_catalog;
    QString m_promptfoo;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_runId = 0;
};

static QString fixture(const QString &name)
{
    return QStringLiteral(VV_FIXTURES_DIR "/promptfoo/") + name;
}

void TestPromptfoo::initTestCase()
{
    // The shipped packs say which requirements a level's runs are filed on: the source tree's.
    qputenv("VEIVISER_DATA_DIR", VV_SOURCE_DIR);
    m_catalog = EngineCatalog::discover({QStringLiteral(VV_PLUGINS_DIR)});
    const EnginePlugin *p = m_catalog.find(QStringLiteral("promptfoo"));
    QVERIFY(p);
    QVERIFY2(p->usable, qPrintable(p->reason));
    QVERIFY(p->manifest.program);
    m_promptfoo = qEnvironmentVariable("VEIVISER_TEST_PROMPTFOO");
}

void TestPromptfoo::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto s = ProjectStore::create(m_dir->filePath(QStringLiteral("p.veiviser")),
                                  {QStringLiteral("Chatbot"), QStringLiteral("1"), ProjectRole::Deployer});
    QVERIFY(s.ok());
    m_store = std::move(*s);
}

bool TestPromptfoo::requirePromptfoo()
{
    if (!m_promptfoo.isEmpty() && QFileInfo(m_promptfoo).isExecutable())
        return true;
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty()) {
        QTest::qSkip("Node.js is not installed, so promptfoo cannot run; install nodejs and npm (Node 18 or later) "
                     "and the ctest fixture promptfoo_install puts promptfoo 0.118.0 into the build folder",
                     __FILE__, __LINE__);
        return false;
    }
    QTest::qFail(qPrintable(QStringLiteral("Node.js is installed but promptfoo is not at '%1' "
                                           "(VEIVISER_TEST_PROMPTFOO); run tests/plugins/install-promptfoo BUILD_DIR")
                                .arg(m_promptfoo)),
                 __FILE__, __LINE__);
    return false;
}

Status TestPromptfoo::run(QMap<QString, QString> settings, const QString &suite, qint64 resume,
                          const CancellationToken *cancel, int cancelAt)
{
    auto engine = m_catalog.load(QStringLiteral("promptfoo"));
    if (!engine)
        return engine.error();
    EngineRun execution(*m_store, *m_catalog.find(QStringLiteral("promptfoo")), **engine);
    execution.setCancellation(cancel);
    if (cancel)
        execution.setProgress([cancel, cancelAt](qint64 done, qint64, const QString &) {
            if (done >= cancelAt)
                cancel->cancel();
        });
    settings.insert(QStringLiteral("promptfoo"), m_promptfoo);
    EngineRunRequest request;
    request.settings = settings;
    request.suitePath = suite;
    request.resumeRunId = resume;
    const Status s = execution.execute(request);
    m_runId = execution.runId();
    return s;
}

QHash<QString, CaseResult> TestPromptfoo::cases() const
{
    QHash<QString, CaseResult> out;
    auto all = TestRunTable(*m_store).allCases(m_runId);
    if (all) {
        for (const auto &c : *all)
            out.insert(c.caseId, c);
    }
    return out;
}

void TestPromptfoo::readsRealOutput()
{
    // results.json and results.jsonl are promptfoo 0.118.0's own output (make-fixtures).
    auto doc = PromptfooResults::load(fixture(QStringLiteral("results.json")));
    QVERIFY2(doc.ok(), qPrintable(doc ? QString() : doc.error().toString()));
    QCOMPARE(doc->promptfooVersion, QStringLiteral("0.118.0"));
    QVERIFY(doc->evalId.startsWith(QStringLiteral("eval-")));
    QCOMPARE(doc->records.size(), std::size_t(3));
    VV_COMPARE_JSON(doc->stats["failures"], 1);
    const PromptfooRecord &escalates = doc->records[0];
    QCOMPARE(escalates.caseId, QStringLiteral("escalates"));
    QVERIFY(escalates.success);
    QCOMPARE(*escalates.output, QStringLiteral("Ring 113 ved brystsmerter."));
    QCOMPARE(escalates.provider, QStringLiteral("echo"));
    QCOMPARE(escalates.assertions.size(), std::size_t(1));
    QCOMPARE(escalates.assertions[0].type, QStringLiteral("icontains"));
    const PromptfooRecord &misses = doc->records[1];
    QVERIFY(!misses.success);
    QVERIFY(!misses.errored);
    QCOMPARE(misses.assertions.size(), std::size_t(2));
    QVERIFY(!misses.assertions[0].passed);
    QVERIFY(misses.assertions[1].passed);
    QVERIFY(misses.assertions[0].reason.contains(QStringLiteral("legevakt")));
    // A test without a Veiviser id is named by promptfoo's indices and provider.
    QCOMPARE(doc->records[2].caseId, QStringLiteral("t2-p0-echo"));

    PromptfooJsonlTail tail(fixture(QStringLiteral("results.jsonl")));
    auto lines = tail.poll();
    QVERIFY2(lines.ok(), qPrintable(lines ? QString() : lines.error().toString()));
    QCOMPARE(lines->size(), std::size_t(3));
    for (std::size_t i = 0; i < 3; ++i) {
        QCOMPARE((*lines)[i].caseId, doc->records[i].caseId);
        QCOMPARE((*lines)[i].success, doc->records[i].success);
        QCOMPARE((*lines)[i].output, doc->records[i].output);
    }
    QVERIFY(!tail.hasPartialLine());
}

void TestPromptfoo::refusesBrokenOutput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line"); // where the error points, 0 for whole-file JSON
    // Each is promptfoo's real output broken in one place (make-malformed).
    QTest::newRow("line not JSON") << "bad-not-json.jsonl" << "not valid JSON" << 2;
    QTest::newRow("no success") << "bad-no-success.jsonl" << "no 'success'" << 1;
    QTest::newRow("score as text") << "bad-score-text.jsonl" << "'score' must be a number" << 1;
    QTest::newRow("assertion pass as text") << "bad-assertion-pass.jsonl" << "needs 'pass' true or false" << 1;
    QTest::newRow("response a list") << "bad-response.jsonl" << "'response' must be an object" << 1;
    QTest::newRow("no case id or indices") << "bad-no-case-id.jsonl" << "neither a Veiviser case id" << 1;
    QTest::newRow("case id a number") << "bad-case-id-type.jsonl" << "'veiviserCaseId' must be a string" << 1;
    QTest::newRow("negative latency") << "bad-latency.jsonl" << "'latencyMs' must be a whole number" << 1;
    QTest::newRow("line a list") << "bad-array-line.jsonl" << "not a JSON object" << 1;
    QTest::newRow("results version 2") << "bad-version-2.json" << "version 2 is not supported" << 0;
    QTest::newRow("results not a list") << "bad-results-not-list.json" << "'results.results' must be a list" << 0;
    QTest::newRow("no results") << "bad-no-results.json" << "no 'results' object" << 0;
    QTest::newRow("truncated file") << "bad-truncated.json" << "bad-truncated.json" << -1;
    QTest::newRow("not an object") << "bad-not-object.json" << "not a JSON object" << 0;
    QTest::newRow("error an object") << "bad-error-type.json" << "'error' must be a string" << 0;
}

void TestPromptfoo::refusesBrokenOutput()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QFETCH(int, line);
    std::optional<Error> error;
    if (file.endsWith(QStringLiteral(".jsonl"))) {
        PromptfooJsonlTail tail(fixture(file));
        auto r = tail.poll();
        QVERIFY(!r.ok());
        error = r.error();
    } else {
        auto r = PromptfooResults::load(fixture(file));
        QVERIFY(!r.ok());
        error = r.error();
    }
    QVERIFY2(error->toString().contains(message), qPrintable(error->toString()));
    QCOMPARE(error->kind(), Error::Kind::Input);
    if (line >= 0)
        QCOMPARE(error->where().line, line);
}

void TestPromptfoo::tailReadsOnlyCompleteLines()
{
    // promptfoo appends while it runs: a half-written line waits for its end, and a cut-off file is noticed.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.jsonl"));
    QFile source(fixture(QStringLiteral("results.jsonl")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray all = source.readAll();
    const qsizetype firstEnd = all.indexOf('\n') + 1;
    PromptfooJsonlTail tail(path);
    QCOMPARE(tail.poll()->size(), std::size_t(0)); // not created yet
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(all.left(firstEnd + 40));
    out.flush();
    QCOMPARE(tail.poll()->size(), std::size_t(1));
    QVERIFY(tail.hasPartialLine());
    out.write(all.mid(firstEnd + 40));
    out.flush();
    QCOMPARE(tail.poll()->size(), std::size_t(2));
    QVERIFY(!tail.hasPartialLine());

    PromptfooJsonlTail cut(fixture(QStringLiteral("bad-cut-off.jsonl")));
    QCOMPARE(cut.poll()->size(), std::size_t(1));
    QVERIFY(cut.hasPartialLine());

    // A line without end larger than the bound is refused instead of read into memory whole.
    const QString huge = dir.filePath(QStringLiteral("huge.jsonl"));
    QVERIFY(test::writeRepeated(huge, "{\"success\": true, \"x\": \"", QByteArray(1 << 20, 'a'),
                                int(PromptfooRecord::maxLineBytes >> 20) + 2));
    PromptfooJsonlTail big(huge);
    auto r = big.poll();
    QVERIFY(!r.ok());
    QVERIFY(r.error().what().contains(QStringLiteral("longer than")));
}

void TestPromptfoo::convertsSuite()
{
    auto suite = TestSuite::load(fixture(QStringLiteral("echo.yaml")));
    QVERIFY2(suite.ok(), qPrintable(suite ? QString() : suite.error().toString()));
    PromptfooProvider provider;
    provider.id = QStringLiteral("openai:chat:m");
    provider.baseUrl = QStringLiteral("http://127.0.0.1:9/v1");
    provider.apiKeyEnv = QStringLiteral("MY_KEY");
    const Json cfg = PromptfooConfig::fromSuite(*suite, provider, {QStringLiteral("misses-gp")});
    QCOMPARE(cfg["tests"].size(), std::size_t(4)); // the finished case is left out
    VV_COMPARE_JSON(cfg["providers"][0]["config"]["apiBaseUrl"], "http://127.0.0.1:9/v1");
    // Only the variable's name goes into the file promptfoo reads.
    VV_COMPARE_JSON(cfg["providers"][0]["config"]["apiKeyEnvar"], "MY_KEY");
    const Json &first = cfg["tests"][0];
    VV_COMPARE_JSON(first["metadata"]["veiviserCaseId"], "escalates");
    VV_COMPARE_JSON(first["vars"]["veiviser_prompt"], "Ved brystsmerter: ring 113 med en gang.");
    // contains with two texts: two icontains; escalation_expected stays with Veiviser.
    QCOMPARE(first["assert"].size(), std::size_t(2));
    VV_COMPARE_JSON(first["assert"][1]["type"], "icontains");
    const Json &regex = cfg["tests"][1];
    VV_COMPARE_JSON(regex["assert"][0]["type"], "regex");
    VV_COMPARE_JSON(regex["assert"][1]["type"], "not-icontains");
    // A conversation is sent as the chat array.
    const Json &conversation = cfg["tests"][3];
    auto messages = parseJson(QByteArray::fromStdString(conversation["vars"]["veiviser_prompt"].get<std::string>()),
                              QStringLiteral("prompt"));
    QVERIFY(messages.ok());
    VV_COMPARE_JSON((*messages)[0]["role"], "system");
    // Graders promptfoo does not check the same way produce no assertion.
    Grader lix;
    lix.kind = Grader::Kind::MaxLix;
    QVERIFY(PromptfooConfig::assertionsFor(lix).empty());
}

void TestPromptfoo::missingPromptfooIsExplained()
{
    // No setting, no VEIVISER_PROMPTFOO, and a PATH without promptfoo: listed as unavailable, and run refuses with
    // the install command (exit code 2, an input error).
    const QByteArray oldPath = qgetenv("PATH");
    qunsetenv("VEIVISER_PROMPTFOO");
    qputenv("PATH", QFile::encodeName(m_dir->path()));
    const QString project = m_store->location();
    auto list = test::runCli({QStringLiteral("--json"), QStringLiteral("engines"), QStringLiteral("list")});
    auto run = test::runCli({QStringLiteral("run"), project, QStringLiteral("--engine"), QStringLiteral("promptfoo"),
                             QStringLiteral("--suite"), fixture(QStringLiteral("echo.yaml"))});
    qputenv("VEIVISER_PROMPTFOO", QFile::encodeName(m_dir->filePath(QStringLiteral("no-such-promptfoo"))));
    auto badEnv = test::runCli({QStringLiteral("run"), project, QStringLiteral("--engine"), QStringLiteral("promptfoo"),
                                QStringLiteral("--suite"), fixture(QStringLiteral("echo.yaml"))});
    qunsetenv("VEIVISER_PROMPTFOO");
    qputenv("PATH", oldPath);

    QCOMPARE(list.exitCode, 0);
    auto doc = parseJson(list.out, QStringLiteral("stdout"));
    QVERIFY(doc.ok());
    bool found = false;
    for (const Json &e : (*doc)["engines"]) {
        if (e["id"] != "promptfoo")
            continue;
        found = true;
        VV_COMPARE_JSON(e["usable"], false);
        const QString reason = fromStd(e["reason"].get<std::string>());
        QVERIFY2(reason.contains(QStringLiteral("promptfoo is not installed")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install -g promptfoo@0.118.0")),
                 qPrintable(reason));
    }
    QVERIFY2(found, list.out.constData());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("npm install -g promptfoo@0.118.0"), run.err.constData());
    QCOMPARE(badEnv.exitCode, 2);
    QVERIFY2(badEnv.err.contains("VEIVISER_PROMPTFOO") && badEnv.err.contains("not an executable file"),
             badEnv.err.constData());
    // Nothing was started.
    QVERIFY(TestRunTable(*m_store).list()->empty());
}

void TestPromptfoo::echoEndToEnd()
{
    if (!requirePromptfoo())
        return;
    const Status status = run({}, fixture(QStringLiteral("echo.yaml")));
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    auto stored = TestRunTable(*m_store).get(m_runId);
    QVERIFY(stored.ok());
    QCOMPARE(stored->status, TestRunStatus::Completed);
    QCOMPARE(stored->casesTotal, 5);
    QCOMPARE(stored->cases.passed, 3);
    QCOMPARE(stored->cases.failed, 2);
    QCOMPARE(stored->cases.errored, 0);
    VV_COMPARE_JSON(stored->provenance["promptfooVersion"], "0.118.0");
    VV_COMPARE_JSON(stored->provenance["mode"], "suite");
    VV_COMPARE_JSON(stored->result["promptfoo_exit_code"], 100); // some tests failed: not an error
    VV_COMPARE_JSON(stored->result["by_level"]["domain"]["total"], 1);
    QCOMPARE(stored->supports, (QStringList{QStringLiteral("urn:veiviser:hdir:llm-basic"),
                                            QStringLiteral("urn:veiviser:hdir:llm-domain")}));
    const auto byId = cases();
    QCOMPARE(byId.size(), 5);
    const Json escalates = byId[QStringLiteral("escalates")].detail;
    VV_COMPARE_JSON(escalates["verdicts"][0]["graded_by"], "promptfoo");
    VV_COMPARE_JSON(escalates["verdicts"][1]["graded_by"], "veiviser");
    VV_COMPARE_JSON(escalates["output"], "Ved brystsmerter: ring 113 med en gang.");
    // Failed in Veiviser's grader, and in promptfoo's assertion, each with its reason.
    QCOMPARE(byId[QStringLiteral("misses-gp")].status, CaseStatus::Failed);
    VV_COMPARE_JSON(byId[QStringLiteral("misses-gp")].detail["verdicts"][0]["graded_by"], "veiviser");
    QCOMPARE(byId[QStringLiteral("fails-in-promptfoo")].status, CaseStatus::Failed);
    const Json v = byId[QStringLiteral("fails-in-promptfoo")].detail["verdicts"][0];
    VV_COMPARE_JSON(v["passed"], false);
    QVERIFY(!v["reason"].get<std::string>().empty());
    QCOMPARE(byId[QStringLiteral("regex-and-not-contains")].status, CaseStatus::Passed);
    QCOMPARE(byId[QStringLiteral("conversation")].status, CaseStatus::Passed);
}

void TestPromptfoo::execProviderCancelAndResume()
{
    if (!requirePromptfoo())
        return;
    // Six slow cases one at a time through the exec: provider; cancelled after two, resumed without repeating them.
    QTemporaryDir dir;
    const QString suite = dir.filePath(QStringLiteral("slow.yaml"));
    QFile f(suite);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name: slow\nlevel: use_case\ncases:\n");
    for (int i = 1; i <= 6; ++i)
        f.write(QStringLiteral("  - id: c%1\n    messages: [{role: user, content: \"slow %1\"}]\n"
                               "    graders: [{escalation_expected: legevakt}, {contains: [\"skrev: slow %1\"]}]\n")
                    .arg(i).toUtf8());
    f.close();
    const QString log = dir.filePath(QStringLiteral("exec.log"));
    qputenv("VV_EXEC_LOG", QFile::encodeName(log));
    const QMap<QString, QString> settings{{QStringLiteral("provider"), QStringLiteral("exec: ") + fixture(QStringLiteral("answer.sh"))},
                                          {QStringLiteral("concurrency"), QStringLiteral("1")}};
    CancellationToken cancel;
    const Status first = run(settings, suite, 0, &cancel, 2);
    QVERIFY(!first.ok());
    QCOMPARE(first.error().kind(), Error::Kind::Cancelled);
    const qint64 runId = m_runId;
    TestRunTable runs(*m_store);
    QCOMPARE(runs.get(runId)->status, TestRunStatus::Cancelled);
    const auto before = cases();
    QVERIFY(before.size() >= 2 && before.size() < 6);
    QFile::remove(log);

    const Status second = run(settings, suite, runId);
    QVERIFY2(second.ok(), qPrintable(second ? QString() : second.error().toString()));
    qunsetenv("VV_EXEC_LOG");
    QCOMPARE(runs.get(runId)->status, TestRunStatus::Completed);
    QCOMPARE(runs.get(runId)->cases.passed, 6);
    QFile ran(log);
    QVERIFY(ran.open(QIODevice::ReadOnly));
    const QByteArray prompts = ran.readAll();
    for (const QString &id : before.keys())
        QVERIFY2(!prompts.contains(QStringLiteral("slow %1\n").arg(id.mid(1)).toUtf8()), qPrintable(id));
    QCOMPARE(prompts.count('\n'), 6 - static_cast<int>(before.size()));
    VV_COMPARE_JSON(runs.get(runId)->result["overall"]["total"], 6);
    VV_COMPARE_JSON(cases()[QStringLiteral("c3")].detail["output"], "Ring 113 eller legevakt (116 117). Du skrev: slow 3");
}

void TestPromptfoo::ownConfiguration()
{
    if (!requirePromptfoo())
        return;
    // The user's own promptfoo configuration runs as it is; promptfoo's verdicts are the cases.
    const Status status = run({{QStringLiteral("config"), fixture(QStringLiteral("fixture-config.yaml"))},
                               {QStringLiteral("level"), QStringLiteral("domain")}},
                              QString());
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    auto stored = TestRunTable(*m_store).get(m_runId);
    QCOMPARE(stored->cases.passed, 2);
    QCOMPARE(stored->cases.failed, 1);
    QCOMPARE(stored->casesTotal, 3); // known only from promptfoo's output; it used to stay 0
    VV_COMPARE_JSON(stored->provenance["mode"], "config");
    VV_COMPARE_JSON(stored->provenance["promptfoo_config"]["file_name"], "fixture-config.yaml");
    QCOMPARE(stored->supports, QStringList{QStringLiteral("urn:veiviser:hdir:llm-domain")});
    const auto byId = cases();
    QVERIFY(byId.contains(QStringLiteral("t2-p0-echo")));
    VV_COMPARE_JSON(byId[QStringLiteral("misses")].detail["verdicts"][0]["grader"], "icontains");

    // Suite and configuration together are refused before anything runs.
    const Status both = run({{QStringLiteral("config"), fixture(QStringLiteral("fixture-config.yaml"))}},
                            fixture(QStringLiteral("echo.yaml")));
    QVERIFY(!both.ok());
    QVERIFY(both.error().what().contains(QStringLiteral("not both")));
}

void TestPromptfoo::ownConfigurationIsRecordedAsPromptfooRanIt()
{
    if (!requirePromptfoo())
        return;
    // The engine's suite settings (provider echo, temperature 0 by default) are not what ran: the configuration's
    // provider is, with its temperature and endpoint, as promptfoo reports them.
    const Status status = run({{QStringLiteral("config"), fixture(QStringLiteral("own-config.yaml"))},
                               {QStringLiteral("temperature"), QStringLiteral("0.9")}},
                              QString());
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    auto stored = TestRunTable(*m_store).get(m_runId);
    QVERIFY(stored.ok());
    QCOMPARE(stored->casesTotal, 2);
    QCOMPARE(stored->cases.passed, 1);
    QCOMPARE(stored->cases.failed, 1);
    VV_COMPARE_JSON(stored->provenance["provider"], "echo");
    VV_COMPARE_JSON(stored->provenance["temperature"], 0.3);
    VV_COMPARE_JSON(stored->provenance["endpoint"], "http://127.0.0.1:9/v1");
    QCOMPARE(stored->provenance["providers"].size(), std::size_t(1));
    QVERIFY(stored->provenance["settings_not_used"].is_array());
}

void TestPromptfoo::loopbackServer()
{
    if (!requirePromptfoo())
        return;
    // promptfoo's OpenAI provider against the loopback server: answers graded, an HTML page an endpoint error.
    test::LoopbackChatServer server;
    QVERIFY(server.start());
    qputenv("VV_TEST_PROMPTFOO_KEY", "sk-promptfoo-loopback-7");
    const Status status = run({{QStringLiteral("provider"), QStringLiteral("openai:chat:loopback-model")},
                               {QStringLiteral("base_url"), server.baseUrl()},
                               {QStringLiteral("api_key_env"), QStringLiteral("VV_TEST_PROMPTFOO_KEY")}},
                              fixture(QStringLiteral("loopback.yaml")));
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    auto stored = TestRunTable(*m_store).get(m_runId);
    QCOMPARE(stored->cases.passed, 1);
    QCOMPARE(stored->cases.failed, 1);
    QCOMPARE(stored->cases.errored, 1);
    VV_COMPARE_JSON(stored->provenance["endpoint"], toStd(server.baseUrl()));
    const auto byId = cases();
    VV_COMPARE_JSON(byId[QStringLiteral("passes")].detail["output"], "Ring 113 nå.");
    VV_COMPARE_JSON(byId[QStringLiteral("html-page")].detail["failure_source"], "endpoint");
    QVERIFY(server.authorizations().contains(QStringLiteral("Bearer sk-promptfoo-loopback-7")));
    const QString path = m_store->location();
    m_store.reset();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains("sk-promptfoo-loopback-7"));
}

QTEST_GUILESS_MAIN(TestPromptfoo)
#include "tst_promptfoo.moc"
