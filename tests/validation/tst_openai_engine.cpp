// The openai-compatible engine against the loopback server: answers graded, 429 with Retry-After retried, 5xx,
// truncated JSON, HTML pages and timeouts failing only their case (as endpoint failures), the API key sent but
// never stored, Wilson intervals per level and grader, and a cancelled run resumed without repeating requests.

#include "LoopbackChatServer.h"
#include "TestSupport.h"

#include "store/ProjectStore.h"
#include "store/TestRunTable.h"
#include "validation/EngineCatalog.h"
#include "validation/EngineRun.h"

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

private:
    Status run(const QMap<QString, QString> &settings, qint64 resume = 0, const CancellationToken *cancel = nullptr,
               int cancelAt = 0);
    QMap<QString, QString> settings() const;

    test::LoopbackChatServer m_server;
    EngineCatalog m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_runId = 0;
    QString m_suitePath;
};

static const QString suitePath = QStringLiteral(VV_FIXTURES_DIR "/suites/loopback.yaml");

void TestOpenAiEngine::initTestCase()
{
    QVERIFY(m_server.start());
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

QTEST_GUILESS_MAIN(TestOpenAiEngine)
#include "tst_openai_engine.moc"
