// The results-import engine on hand-written files in the documented formats of lm-evaluation-harness, inspect_ai
// (JSON and .eval ZIP) and EuroEval: metrics with their intervals, cases, provenance; and every broken or unknown
// file refused with its location and what to do, storing nothing.

#include "TestSupport.h"

#include "store/ProjectStore.h"
#include "store/TestRunTable.h"
#include "validation/EngineCatalog.h"
#include "validation/EngineRun.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vv;
using namespace vv::validation;

class TestResultsImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void imports_data();
    void imports();
    void euroEvalKeepsItsIntervalsAndProvenance();
    void levelChoosesTheRequirement();
    void broken_data();
    void broken();

private:
    Status run(const QMap<QString, QString> &settings);

    EngineCatalog m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_runId = 0;
};

static const QString fixtures = QStringLiteral(VV_FIXTURES_DIR "/results-import/");
static constexpr double z95 = 1.959963984540054;

void TestResultsImport::initTestCase()
{
    m_catalog = EngineCatalog::discover({QStringLiteral(VV_PLUGINS_DIR)});
    const EnginePlugin *p = m_catalog.find(QStringLiteral("results-import"));
    QVERIFY(p);
    QVERIFY2(p->usable, qPrintable(p->reason));
}

void TestResultsImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto s = ProjectStore::create(m_dir->filePath(QStringLiteral("p.veiviser")),
                                  {QStringLiteral("Chatbot"), QStringLiteral("1"), ProjectRole::Deployer});
    QVERIFY(s.ok());
    m_store = std::move(*s);
    m_runId = 0;
}

Status TestResultsImport::run(const QMap<QString, QString> &settings)
{
    auto engine = m_catalog.load(QStringLiteral("results-import"));
    if (!engine)
        return engine.error();
    EngineRun execution(*m_store, *m_catalog.find(QStringLiteral("results-import")), **engine);
    EngineRunRequest request;
    request.settings = settings;
    const Status s = execution.execute(request);
    m_runId = execution.runId();
    return s;
}

static const RunMetric *findMetric(const std::vector<RunMetric> &metrics, const QString &name)
{
    for (const RunMetric &m : metrics)
        if (m.name == name)
            return &m;
    return nullptr;
}

void TestResultsImport::imports_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("metricCount");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("stderr"); // NaN: the file gives none, so there is no interval
    QTest::addColumn<QList<int>>("cases"); // total, passed, failed, errored

    const double none = std::nan("");
    QTest::newRow("lm-eval") << "results_2025-01-15T10-20-30.123456.json" << "lm-evaluation-harness"
                             << "norallm/normistral-7b-warm" << 4 << "nrk_quiz_qa_nob/acc" << 0.6123 << 0.0123
                             << QList<int>{0, 0, 0, 0};
    QTest::newRow("lm-eval filter kept, N/A stderr") << "results_2025-01-15T10-20-30.123456.json"
                                                     << "lm-evaluation-harness" << "norallm/normistral-7b-warm" << 4
                                                     << "norquad/exact_match,strict-match" << 0.4102 << none
                                                     << QList<int>{0, 0, 0, 0};
    QTest::newRow("inspect json") << "inspect_nrk_quiz.json" << "inspect_ai" << "openai/gpt-4o-mini" << 1
                                  << "choice/accuracy" << 2.0 / 3.0 << 1.0 / 3.0 << QList<int>{3, 2, 1, 0};
    QTest::newRow("inspect eval zip") << "inspect_discharge.eval" << "inspect_ai"
                                      << "vllm/norallm/normistral-7b-warm" << 1 << "model_graded_qa/accuracy" << 0.5
                                      << 0.5 << QList<int>{2, 1, 0, 1};
    QTest::newRow("euroeval") << "euroeval_benchmark_results.jsonl" << "euroeval" << "norallm/normistral-7b-warm" << 3
                              << "nrk-quiz-qa/mcc" << 38.5 << none << QList<int>{0, 0, 0, 0};
}

void TestResultsImport::imports()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, model);
    QFETCH(int, metricCount);
    QFETCH(QString, metric);
    QFETCH(double, value);
    QFETCH(double, stderr);
    QFETCH(QList<int>, cases);

    const Status status = run({{QStringLiteral("path"), fixtures + file}});
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    auto stored = TestRunTable(*m_store).get(m_runId);
    QVERIFY(stored.ok());
    QCOMPARE(stored->status, TestRunStatus::Completed);
    QCOMPARE(stored->kind, QStringLiteral("import"));
    QCOMPARE(int(stored->metrics.size()), metricCount);
    const RunMetric *m = findMetric(stored->metrics, metric);
    QVERIFY2(m, qPrintable(metric));
    QCOMPARE(*m->value, value);
    if (std::isnan(stderr) && format != QStringLiteral("euroeval")) {
        QVERIFY(!m->ciLower && !m->ciUpper);
    } else if (!std::isnan(stderr)) {
        QVERIFY(m->ciLower && m->ciUpper);
        QVERIFY(std::abs(*m->ciLower - (value - z95 * stderr)) < 1e-12);
        QVERIFY(std::abs(*m->ciUpper - (value + z95 * stderr)) < 1e-12);
    }
    QCOMPARE(stored->casesTotal, cases[0]);
    QCOMPARE(stored->cases.passed, cases[1]);
    QCOMPARE(stored->cases.failed, cases[2]);
    QCOMPARE(stored->cases.errored, cases[3]);
    VV_COMPARE_JSON(stored->provenance["format"], toStd(format));
    VV_COMPARE_JSON(stored->provenance["model_id"], toStd(model));
    VV_COMPARE_JSON(stored->provenance["input"]["file_name"], toStd(file));
    QCOMPARE(stored->provenance["input"]["sha256"].get<std::string>().size(), std::size_t(64));
    VV_COMPARE_JSON(stored->result["format"], toStd(format));
    QCOMPARE(stored->result["metrics"].size(), std::size_t(metricCount));
    QCOMPARE(stored->supports, QStringList{QStringLiteral("urn:veiviser:hdir:llm-basic")});
    if (format == QStringLiteral("inspect_ai"))
        VV_COMPARE_JSON(stored->result["inspect_status"], "success");
}

void TestResultsImport::euroEvalKeepsItsIntervalsAndProvenance()
{
    const Status status = run({{QStringLiteral("path"), fixtures + QStringLiteral("euroeval_benchmark_results.jsonl")}});
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    auto stored = TestRunTable(*m_store).get(m_runId);
    QVERIFY(stored.ok());
    const RunMetric *f1 = findMetric(stored->metrics, QStringLiteral("norquad/f1"));
    QVERIFY(f1);
    QCOMPARE(*f1->value, 71.42);
    QCOMPARE(*f1->ciLower, 69.9);
    QCOMPARE(*f1->ciUpper, 72.94);
    VV_COMPARE_JSON(stored->provenance["format_version"], "0.1.0");
    VV_COMPARE_JSON(stored->provenance["eval_library"]["version"], "15.6.1");
    QCOMPARE(stored->provenance["evaluation_ids"].size(), std::size_t(2));
    VV_COMPARE_JSON(stored->result["metrics"][0]["ci_method"], "bootstrap");
    VV_COMPARE_JSON(stored->result["metrics"][0]["num_samples"], 1024);
    VV_COMPARE_JSON(stored->result["metrics"][2]["line"], 3); // the blank line 2 is skipped
}

void TestResultsImport::levelChoosesTheRequirement()
{
    const Status status = run({{QStringLiteral("path"), fixtures + QStringLiteral("inspect_nrk_quiz.json")},
                               {QStringLiteral("level"), QStringLiteral("domain")}});
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    auto stored = TestRunTable(*m_store).get(m_runId);
    QVERIFY(stored.ok());
    QCOMPARE(stored->supports, QStringList{QStringLiteral("urn:veiviser:hdir:llm-domain")});
    const Status bad = run({{QStringLiteral("path"), fixtures + QStringLiteral("inspect_nrk_quiz.json")},
                            {QStringLiteral("level"), QStringLiteral("expert")}});
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().what().contains(QStringLiteral("basic, domain, use_case or context")));
}

void TestResultsImport::broken_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("where"); // how the message starts: FILE or FILE:LINE
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const QString &where, const char *message) {
        QTest::newRow(name) << QString::fromLatin1(name) << where << QString::fromUtf8(message);
    };
    row("missing.json", QStringLiteral("missing.json:"), "cannot read the results file");
    row("not_json.json", QStringLiteral("not_json.json:1:"), "invalid JSON");
    // 100000 levels of lists in eval.task: copying it into the provenance used to overflow the stack.
    row("inspect_deeply_nested.json", QStringLiteral("inspect_deeply_nested.json:1:543:"), "nested more than 512 levels deep");
    row("unknown_format.json", QStringLiteral("unknown_format.json:"), "none of the known result formats");
    row("lmeval_v03.json", QStringLiteral("lmeval_v03.json:"), "version 0.3 or older");
    row("lmeval_future.json", QStringLiteral("lmeval_future.json:"), "lm-evaluation-harness version 0.5.0 is not supported");
    row("lmeval_task_not_object.json", QStringLiteral("lmeval_task_not_object.json:"), "results.norquad is not an object");
    row("lmeval_no_numbers.json", QStringLiteral("lmeval_no_numbers.json:"), "holds no numeric results");
    row("inspect_version3.json", QStringLiteral("inspect_version3.json:"), "inspect_ai log format version 3 is not supported");
    row("inspect_version_string.json", QStringLiteral("inspect_version_string.json:"), "inspect_ai log format version \"2\" is not supported");
    row("inspect_scores_not_list.json", QStringLiteral("inspect_scores_not_list.json:"), "are not lists");
    row("inspect_version3.eval", QStringLiteral("inspect_version3.eval:"), "inspect_ai log format version 3 is not supported");
    row("inspect_no_header.eval", QStringLiteral("inspect_no_header.eval:"), "has no header.json");
    row("inspect_truncated.eval", QStringLiteral("inspect_truncated.eval:"), "ZIP");
    row("inspect_huge_member.eval", QStringLiteral("inspect_huge_member.eval:"), "header.json in the log is larger than 32 MiB");
    row("euroeval_bad_line.jsonl", QStringLiteral("euroeval_bad_line.jsonl:2:"), "invalid JSON");
    row("euroeval_schema_future.jsonl", QStringLiteral("euroeval_schema_future.jsonl:1:"), "EuroEval schema version '2.0' is not supported");
    row("euroeval_no_schema.jsonl", QStringLiteral("euroeval_no_schema.jsonl:1:"), "EuroEval schema version '' is not supported");
    row("euroeval_not_record.jsonl", QStringLiteral("euroeval_not_record.jsonl:2:"), "not a EuroEval result record");
    row("euroeval_empty.jsonl", QStringLiteral("euroeval_empty.jsonl:"), "holds no EuroEval results");
    row("euroeval_no_scores.jsonl", QStringLiteral("euroeval_no_scores.jsonl:"), "holds no numeric results");
}

void TestResultsImport::broken()
{
    QFETCH(QString, file);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const QString path = fixtures + QStringLiteral("broken/") + file;
    const Status status = run({{QStringLiteral("path"), path}});
    QVERIFY(!status.ok());
    const QString text = status.error().toString();
    QVERIFY2(text.startsWith(fixtures + QStringLiteral("broken/") + where), qPrintable(text));
    QVERIFY2(text.contains(message), qPrintable(text));
    // Every refusal says what to do, after the sentence that says what is wrong.
    QVERIFY2(!status.error().hint().isEmpty(), qPrintable(text));
    // A refused plan stores nothing; a file refused while importing leaves a failed run.
    auto runs = TestRunTable(*m_store).list();
    QVERIFY(runs.ok());
    for (const auto &r : *runs)
        QVERIFY(r.status != TestRunStatus::Completed);
}

QTEST_GUILESS_MAIN(TestResultsImport)
#include "tst_results_import.moc"
