// The openai-compatible engine against the loopback server: answers graded, 429 with Retry-After retried, 5xx,
// truncated JSON, HTML pages and timeouts failing only their case (as endpoint failures), the API key sent but
// never stored, Wilson intervals per level and grader, and a cancelled run resumed without repeating requests.

#include "LoopbackChatServer.h"
#include "TestSupport.h"

#include "store/ProjectStore.h"
#include "store/TestRunTable.h"
#include "validation/EngineCatalog.h"
#include "validation/EngineRun.h"
#include "validation/Rubric.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;
using namespace vv::validation;

class TestOpenAiEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void gradesAndSurvivesBadResponses();
    void cancelledRunResumesWithoutRepeating();
    void missingKeyVariableIsRefused();
    void guardrailsSuiteCatchesALeakingModel();
    void judgeGroundedAndCites();
    void judgeAtItsOwnEndpoint();
    void retrievalRecallAndMrr();

private:
    Status run(const QMap<QString, QString> &settings, qint64 resume = 0, const CancellationToken *cancel = nullptr,
               int cancelAt = 0);
    QMap<QString, QString> settings() const;

    QHash<QString, std::pair<CaseStatus, Json>> casesOf(qint64 runId);

    test::LoopbackChatServer m_server;
    test::LoopbackChatServer m_judgeServer;
    EngineCatalog m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_runId = 0;
    QString m_suitePath;
};

static const QString suitePath = QStringLiteral(VV_FIXTURES_DIR "/suites/loopback.yaml");

void TestOpenAiEngine::initTestCase()
{
    // The judge graders' rubrics: the source tree's (the build copies them only with the whole program).
    qputenv("VEIVISER_DATA_DIR", VV_SOURCE_DIR);
    QVERIFY(m_server.start());
    QVERIFY(m_judgeServer.start());
    m_catalog = EngineCatalog::discover({QStringLiteral(VV_PLUGINS_DIR)});
    const EnginePlugin *p = m_catalog.find(QStringLiteral("openai-compatible"));
    QVERIFY(p);
    QVERIFY2(p->usable, qPrintable(p->reason));
}

void TestOpenAiEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto s = ProjectStore::create(m_dir->filePath(QStringLiteral("p.veiviser")),
                                  {QStringLiteral("Chatbot"), QStringLiteral("1"), ProjectRole::Deployer});
    QVERIFY(s.ok());
    m_store = std::move(*s);
    m_suitePath = suitePath;
}

QMap<QString, QString> TestOpenAiEngine::settings() const
{
    return {{QStringLiteral("base_url"), m_server.baseUrl()},
            {QStringLiteral("model"), QStringLiteral("loopback-model")},
            {QStringLiteral("concurrency"), QStringLiteral("4")},
            {QStringLiteral("timeout_s"), QStringLiteral("2")},
            {QStringLiteral("max_retries"), QStringLiteral("1")}};
}

Status TestOpenAiEngine::run(const QMap<QString, QString> &settings, qint64 resume, const CancellationToken *cancel,
                             int cancelAt)
{
    auto engine = m_catalog.load(QStringLiteral("openai-compatible"));
    if (!engine)
        return engine.error();
    EngineRun execution(*m_store, *m_catalog.find(QStringLiteral("openai-compatible")), **engine);
    execution.setCancellation(cancel);
    if (cancel)
        execution.setProgress([cancel, cancelAt](qint64 done, qint64, const QString &) {
            if (done >= cancelAt)
                cancel->cancel();
        });
    EngineRunRequest request;
    request.settings = settings;
    request.suitePath = m_suitePath;
    request.resumeRunId = resume;
    const Status s = execution.execute(request);
    m_runId = execution.runId();
    return s;
}

void TestOpenAiEngine::gradesAndSurvivesBadResponses()
{
    qputenv("VV_TEST_API_KEY", "sk-loopback-secret-99");
    auto s = settings();
    s.insert(QStringLiteral("api_key_env"), QStringLiteral("VV_TEST_API_KEY"));
    const int before = m_server.chatRequests();
    // Every answer comes this late: the latency stored with a case must include the wait (seen failing with the
    // latency stored as 0).
    const int delayMs = 300;
    m_server.setDelayMs(delayMs);
    const Status status = run(s);
    m_server.setDelayMs(0);
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    auto stored = TestRunTable(*m_store).get(m_runId);
    QVERIFY(stored.ok());
    QCOMPARE(stored->status, TestRunStatus::Completed);
    QCOMPARE(stored->casesTotal, 7);
    QCOMPARE(stored->cases.passed, 2);  // passes, rate-limited-once
    QCOMPARE(stored->cases.failed, 1);  // fails-grader
    QCOMPARE(stored->cases.errored, 4); // 500, truncated, HTML, timeout
    // 7 first tries, one retry each for 429, 500 and the timeout.
    QCOMPARE(m_server.chatRequests() - before, 10);
    VV_COMPARE_JSON(stored->provenance["model_id"], "loopback-model");
    VV_COMPARE_JSON(stored->provenance["endpoint"], toStd(m_server.baseUrl()));
    VV_COMPARE_JSON(stored->result["failures_from"], "both");
    VV_COMPARE_JSON(stored->result["by_level"]["domain"]["passed"], 1);
    VV_COMPARE_JSON(stored->result["by_grader"]["escalation_expected"]["total"], 2);
    QCOMPARE(stored->supports, (QStringList{QStringLiteral("urn:veiviser:hdir:llm-basic"),
                                            QStringLiteral("urn:veiviser:hdir:llm-domain")}));
    bool sawLevel = false;
    for (const RunMetric &m : stored->metrics) {
        if (m.name == QStringLiteral("pass_rate")) {
            QCOMPARE(*m.value, 2.0 / 3.0);
            QVERIFY(*m.ciLower < *m.value && *m.ciUpper > *m.value);
        }
        sawLevel = sawLevel || m.name == QStringLiteral("pass_rate.level.basic");
    }
    QVERIFY(sawLevel);
    auto cases = TestRunTable(*m_store).allCases(m_runId);
    QVERIFY(cases.ok());
    QHash<QString, Json> detail;
    for (const auto &c : *cases)
        detail.insert(c.caseId, c.detail);
    VV_COMPARE_JSON(detail[QStringLiteral("rate-limited-once")]["attempts"], 2);
    for (const char *id : {"passes", "fails-grader", "rate-limited-once"}) {
        const qint64 latency = detail[QLatin1String(id)]["latency_ms"].get<qint64>();
        QVERIFY2(latency >= delayMs, qPrintable(QStringLiteral("%1: %2 ms").arg(QLatin1String(id)).arg(latency)));
    }
    for (const char *id : {"server-error-always", "truncated-json", "html-page", "too-slow"})
        VV_COMPARE_JSON(detail[QLatin1String(id)]["failure_source"], "endpoint");
    QVERIFY(QString::fromStdString(detail[QStringLiteral("html-page")]["error"].get<std::string>()).contains(QStringLiteral("HTML")));
    QVERIFY(QString::fromStdString(detail[QStringLiteral("truncated-json")]["error"].get<std::string>()).contains(QStringLiteral("not valid JSON")));
    VV_COMPARE_JSON(detail[QStringLiteral("fails-grader")]["failure_source"], "test");
    // The key went to the server and nowhere into the project.
    QVERIFY(m_server.authorizations().contains(QStringLiteral("Bearer sk-loopback-secret-99")));
    const QString path = m_store->location();
    m_store.reset();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains("sk-loopback-secret-99"));
}

void TestOpenAiEngine::cancelledRunResumesWithoutRepeating()
{
    auto s = settings();
    s.insert(QStringLiteral("concurrency"), QStringLiteral("1"));
    CancellationToken cancel;
    const Status first = run(s, 0, &cancel, 2);
    QVERIFY(!first.ok());
    QCOMPARE(first.error().kind(), Error::Kind::Cancelled);
    const qint64 runId = m_runId;
    TestRunTable runs(*m_store);
    const qint64 done = runs.get(runId)->cases.done();
    QVERIFY(done >= 2 && done < 7);
    const int before = m_server.chatRequests();
    const Status second = run(s, runId);
    QVERIFY2(second.ok(), qPrintable(second ? QString() : second.error().toString()));
    QCOMPARE(runs.get(runId)->status, TestRunStatus::Completed);
    QCOMPARE(runs.get(runId)->cases.done(), 7);
    // Only the cases left were asked again (plus their retries).
    QVERIFY(m_server.chatRequests() - before < 10);
    VV_COMPARE_JSON(runs.get(runId)->result["overall"]["total"], 3);
}

void TestOpenAiEngine::missingKeyVariableIsRefused()
{
    auto s = settings();
    s.insert(QStringLiteral("api_key_env"), QStringLiteral("VV_TEST_NO_SUCH_VARIABLE"));
    const Status status = run(s);
    QVERIFY(!status.ok());
    QVERIFY(status.error().what().contains(QStringLiteral("VV_TEST_NO_SUCH_VARIABLE")));
    QCOMPARE(m_runId, 0);
}

void TestOpenAiEngine::guardrailsSuiteCatchesALeakingModel()
{
    // The bundled suite end to end: a model that repeats everything it was given leaks the system prompt's marker
    // and the patient's fødselsnummer; one that declines and refers onward passes those cases.
    m_suitePath = QStringLiteral(VV_SOURCE_DIR "/guidance/suites/guardrails.yaml");
    const QString leak = QStringLiteral("guard-nb-sysprompt-verbatim"), idLeak = QStringLiteral("guard-nb-leak-fnr-journalist");
    auto outcome = [this](const QString &id) -> std::pair<CaseStatus, Json> {
        auto cases = TestRunTable(*m_store).allCases(m_runId);
        if (cases) {
            for (const auto &c : *cases) {
                if (c.caseId == id)
                    return {c.status, c.detail};
            }
        }
        return {CaseStatus::Errored, Json()};
    };
    auto failedGraders = [](const Json &detail) {
        QStringList out;
        for (const Json &v : detail.value("verdicts", Json::array())) {
            if (!v.value("passed", true))
                out << QString::fromStdString(v.value("grader", std::string()));
        }
        return out;
    };

    m_server.setEchoConversation(true);
    Status status = run(settings());
    m_server.setEchoConversation(false);
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    auto stored = TestRunTable(*m_store).get(m_runId);
    QVERIFY(stored.ok());
    QVERIFY(stored->casesTotal >= 60);
    QCOMPARE(stored->cases.errored, 0);
    QStringList supports = stored->supports;
    supports.sort();
    QCOMPARE(supports, (QStringList{QStringLiteral("urn:veiviser:ai-act:art-15"),
                                    QStringLiteral("urn:veiviser:hdir:llm-guardrails")}));
    auto [leakStatus, leakDetail] = outcome(leak);
    QCOMPARE(leakStatus, CaseStatus::Failed);
    QCOMPARE(failedGraders(leakDetail), QStringList{QStringLiteral("not_contains")});
    VV_COMPARE_JSON(leakDetail["level"], "guardrails");
    QVERIFY(QString::fromStdString(leakDetail.value("source", std::string())).startsWith(QStringLiteral("guardrail scenario")));
    auto [idStatus, idDetail] = outcome(idLeak);
    QCOMPARE(idStatus, CaseStatus::Failed);
    QVERIFY2(failedGraders(idDetail).contains(QStringLiteral("no_identity_numbers")), qPrintable(failedGraders(idDetail).join(u',')));
    bool sawLevel = false;
    for (const RunMetric &m : stored->metrics)
        sawLevel = sawLevel || m.name == QStringLiteral("pass_rate.level.guardrails");
    QVERIFY(sawLevel);

    m_server.setDefaultAnswer(QStringLiteral("Beklager, det kan jeg ikke hjelpe med. Jeg er en KI-tjeneste og ikke lege. "
                                             "Kontakt fastlegen din, legevakt på 116 117, eller ring 113 ved fare."));
    status = run(settings());
    m_server.setDefaultAnswer(QString());
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    QCOMPARE(outcome(leak).first, CaseStatus::Passed);
    QCOMPARE(outcome(idLeak).first, CaseStatus::Passed);
}

QHash<QString, std::pair<CaseStatus, Json>> TestOpenAiEngine::casesOf(qint64 runId)
{
    QHash<QString, std::pair<CaseStatus, Json>> out;
    auto cases = TestRunTable(*m_store).allCases(runId);
    if (cases) {
        for (const auto &c : *cases)
            out.insert(c.caseId, {c.status, c.detail});
    }
    return out;
}

static QString reasonOf(const Json &detail, std::size_t grader = 0)
{
    return QString::fromStdString(detail["verdicts"][grader].value("reason", std::string()));
}

void TestOpenAiEngine::judgeGroundedAndCites()
{
    m_suitePath = QStringLiteral(VV_FIXTURES_DIR "/suites/judge.yaml");
    const int judgedBefore = m_server.judgeRequests();
    const qsizetype bodiesBefore = m_server.judgeRequestBodies().size();
    m_server.setEchoConversation(true);
    const Status status = run(settings());
    m_server.setEchoConversation(false);
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    // Six judge graders and two grounded ones; the cites graders ask no judge.
    QCOMPARE(m_server.judgeRequests() - judgedBefore, 8);
    auto cases = casesOf(m_runId);
    QCOMPARE(cases.size(), 10);
    const Json &good = cases[QStringLiteral("judge-good")].second;
    QCOMPARE(cases[QStringLiteral("judge-good")].first, CaseStatus::Passed);
    VV_COMPARE_JSON(good["verdicts"][0]["score"], 4);
    VV_COMPARE_JSON(good["verdicts"][0]["rubric"], "basic");
    VV_COMPARE_JSON(good["verdicts"][0]["criterion"], "norwegian");
    VV_COMPARE_JSON(good["verdicts"][0]["pass_at"], 4);
    VV_COMPARE_JSON(good["verdicts"][0]["judge_reason"], "God norsk.");
    VV_COMPARE_JSON(good["verdicts"][0]["judge_checked"], false);
    VV_COMPARE_JSON(good["verdicts"][0]["judge_label"], "not checked against clinicians");
    VV_COMPARE_JSON(good["verdicts"][0]["judge_is_tested_model"], true);
    QVERIFY(!good["verdicts"][1].contains("judge_checked")); // a rule-based grader's verdict
    QCOMPARE(cases[QStringLiteral("judge-low")].first, CaseStatus::Failed);
    QCOMPARE(reasonOf(cases[QStringLiteral("judge-low")].second), QStringLiteral("judge score 3 (passes at 4)"));
    const std::pair<const char *, const char *> unusable[] = {
        {"judge-malformed", "judge reply unusable: not JSON"},
        {"judge-out-of-scale", "judge reply unusable: the score 9 is not a level of 'norwegian' (1 to 5)"},
        {"judge-oversized", "judge reply unusable: longer than 8000 characters"},
        {"judge-wrong-type", "judge reply unusable: score: expected integer"}};
    for (const auto &[id, reason] : unusable) {
        QCOMPARE(cases[QLatin1String(id)].first, CaseStatus::Failed);
        QCOMPARE(reasonOf(cases[QLatin1String(id)].second), QLatin1String(reason));
        VV_COMPARE_JSON(cases[QLatin1String(id)].second["verdicts"][0]["score"], nullptr);
    }
    QCOMPARE(cases[QStringLiteral("grounded-supported")].first, CaseStatus::Passed);
    QCOMPARE(cases[QStringLiteral("grounded-unsupported")].first, CaseStatus::Failed);
    QCOMPARE(reasonOf(cases[QStringLiteral("grounded-unsupported")].second), QStringLiteral("judge score 2 (passes at 3)"));
    QCOMPARE(cases[QStringLiteral("cites-context")].first, CaseStatus::Passed);
    QCOMPARE(cases[QStringLiteral("cites-unknown-id")].first, CaseStatus::Failed);
    QCOMPARE(reasonOf(cases[QStringLiteral("cites-unknown-id")].second), QStringLiteral("refers to [P9], which is not in the context"));
    // The context reached the model as a system message, and the grounding judge with its ids.
    QVERIFY(QString::fromStdString(cases[QStringLiteral("cites-context")].second["output"].get<std::string>())
                .contains(QStringLiteral("[P1] Ring 113 ved brystsmerter.\n\n[P2] Legevakt: 116 117.")));
    bool sawGroundingPrompt = false;
    const auto bodies = m_server.judgeRequestBodies().mid(bodiesBefore);
    for (const QByteArray &body : bodies) {
        auto doc = parseJson(body, QStringLiteral("judge request"));
        QVERIFY(doc.ok());
        VV_COMPARE_JSON((*doc)["model"], "loopback-model");
        VV_COMPARE_JSON((*doc)["temperature"], 0);
        VV_COMPARE_JSON((*doc)["response_format"]["type"], "json_schema");
        QVERIFY((*doc)["response_format"]["json_schema"]["schema"] == Rubric::judgeOutputSchema());
        const QString prompt = QString::fromStdString((*doc)["messages"][0]["content"].get<std::string>());
        QVERIFY(prompt.startsWith(QStringLiteral("Du er")));
        sawGroundingPrompt = sawGroundingPrompt ||
                             (prompt.contains(QStringLiteral("[P1] Voksne kan ta 1 g paracetamol")) &&
                              prompt.contains(QStringLiteral("Støtte i kildetekstene")));
    }
    QVERIFY(sawGroundingPrompt);
    auto stored = TestRunTable(*m_store).get(m_runId);
    QVERIFY(stored.ok());
    VV_COMPARE_JSON(stored->provenance["judge_endpoint"], toStd(m_server.baseUrl()));
    VV_COMPARE_JSON(stored->provenance["judge_model"], "loopback-model");
    VV_COMPARE_JSON(stored->provenance["judge_is_tested_model"], true);
    VV_COMPARE_JSON(stored->provenance["judge_checked_against_clinicians"], false);
    VV_COMPARE_JSON(stored->result["judge"]["verdicts"], 8);
    VV_COMPARE_JSON(stored->result["judge"]["checked_against_clinicians"], false);
    const QString summary = QString::fromStdString(stored->result["summary"].get<std::string>());
    QVERIFY2(summary.contains(QStringLiteral("not checked against clinicians")) &&
                 summary.contains(QStringLiteral("The judge is the model under test.")),
             qPrintable(summary));
}

void TestOpenAiEngine::judgeAtItsOwnEndpoint()
{
    m_suitePath = QStringLiteral(VV_FIXTURES_DIR "/suites/judge.yaml");
    qputenv("VV_TEST_API_KEY", "sk-tested-model-only");
    auto s = settings();
    s.insert(QStringLiteral("api_key_env"), QStringLiteral("VV_TEST_API_KEY"));
    s.insert(QStringLiteral("judge_base_url"), m_judgeServer.baseUrl());
    // Without a model for the judge at another server the run is refused.
    QVERIFY(!run(s).ok());
    s.insert(QStringLiteral("judge_model"), QStringLiteral("judge-model"));
    const int testedJudged = m_server.judgeRequests();
    const Status status = run(s);
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    QCOMPARE(m_server.judgeRequests(), testedJudged);
    QCOMPARE(m_judgeServer.judgeRequests(), 8);
    // The tested endpoint's key never goes to the judge's server.
    QVERIFY(m_judgeServer.authorizations().isEmpty());
    for (const QByteArray &body : m_judgeServer.judgeRequestBodies())
        QVERIFY(body.contains("\"model\":\"judge-model\""));
    auto stored = TestRunTable(*m_store).get(m_runId);
    QVERIFY(stored.ok());
    VV_COMPARE_JSON(stored->provenance["judge_endpoint"], toStd(m_judgeServer.baseUrl()));
    VV_COMPARE_JSON(stored->provenance["judge_model"], "judge-model");
    VV_COMPARE_JSON(stored->provenance["judge_is_tested_model"], false);
    QCOMPARE(casesOf(m_runId)[QStringLiteral("judge-good")].first, CaseStatus::Passed);
    VV_COMPARE_JSON(casesOf(m_runId)[QStringLiteral("judge-good")].second["verdicts"][0]["judge_is_tested_model"], false);
}

void TestOpenAiEngine::retrievalRecallAndMrr()
{
    // Expected numbers: tests/fixtures/suites/retrieval.yaml's comment and make_retrieval_reference.py.
    m_suitePath = QStringLiteral(VV_FIXTURES_DIR "/suites/retrieval.yaml");
    auto s = settings();
    const Status refused = run(s);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().what().contains(QStringLiteral("retrieval_url")));
    s.insert(QStringLiteral("retrieval_url"), m_server.baseUrl() + QStringLiteral("/retrieve"));
    const int chats = m_server.chatRequests(), retrievals = m_server.retrievalRequests();
    const Status status = run(s);
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    QCOMPARE(m_server.chatRequests(), chats); // retrieval cases ask no model
    QCOMPARE(m_server.retrievalRequests() - retrievals, 5);
    auto cases = casesOf(m_runId);
    const struct {
        const char *id;
        CaseStatus status;
        double recall, rr;
    } expected[] = {{"ranked-first", CaseStatus::Passed, 1.0, 1.0},
                    {"half-at-two", CaseStatus::Passed, 0.5, 0.5},
                    {"cut-at-k", CaseStatus::Failed, 0.0, 0.0},
                    {"k-of-one", CaseStatus::Failed, 0.5, 1.0}};
    for (const auto &e : expected) {
        const auto &[status, detail] = cases[QLatin1String(e.id)];
        QCOMPARE(status, e.status);
        QCOMPARE(detail["retrieval"]["recall_at_k"].get<double>(), e.recall);
        QCOMPARE(detail["retrieval"]["reciprocal_rank"].get<double>(), e.rr);
    }
    VV_COMPARE_JSON(cases[QStringLiteral("cut-at-k")].second["retrieval"]["returned"].size(), 5);
    QCOMPARE(cases[QStringLiteral("malformed")].first, CaseStatus::Errored);
    auto stored = TestRunTable(*m_store).get(m_runId);
    QVERIFY(stored.ok());
    VV_COMPARE_JSON(stored->result["retrieval"]["cases"], 4);
    QCOMPARE(stored->result["retrieval"]["recall_at_k"].get<double>(), 0.5);
    QCOMPARE(stored->result["retrieval"]["mrr"].get<double>(), 0.625);
    VV_COMPARE_JSON(stored->provenance["retrieval_endpoint"], toStd(m_server.baseUrl() + QStringLiteral("/retrieve")));
    bool sawMrr = false;
    for (const RunMetric &m : stored->metrics)
        sawMrr = sawMrr || (m.name == QStringLiteral("retrieval.mrr") && *m.value == 0.625);
    QVERIFY(sawMrr);
}

QTEST_GUILESS_MAIN(TestOpenAiEngine)
#include "tst_openai_engine.moc"
