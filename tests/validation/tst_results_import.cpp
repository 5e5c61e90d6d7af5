// The results-import engine on hand-written files in the documented formats of lm-evaluation-harness (with its
// per-sample files), inspect_ai (JSON and .eval ZIP, log versions 1 and 2) and EuroEval (lines of before and after
// 17.0, one Every Eval Ever record alone): metrics with their intervals, cases, provenance; bare NaN and Infinity as
// no value; and every broken or unknown file refused with its location and what to do, storing nothing. The
// expected intervals come from tests/fixtures/results-import/expected_intervals.py, not from the code under test.

#include "TestSupport.h"

#include "ResultFiles.h"

#include "store/ProjectStore.h"
#include "store/TestRunTable.h"
#include "validation/EngineCatalog.h"
#include "validation/EngineRun.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
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
    void intervals_data();
    void intervals();
    void legacyAndCurrentEuroEvalLinesMix();
    void nanIsNoValue();
    void inspectVersion1IsConverted();
    void lmEvalSamplesAreCases_data();
    void lmEvalSamplesAreCases();
    void lmEvalNameAndSampleLenAreNoMetrics();
    void brokenSamples_data();
    void brokenSamples();
    void nonFiniteTokens_data();
    void nonFiniteTokens();
    void realFiles_data();
    void realFiles();
    void inspectPartialCreditIsHalf();
    void inspectSamplesKeepAnswerAndConversation_data();
    void inspectSamplesKeepAnswerAndConversation();

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
    // The shipped packs say which requirements a level's runs are filed on: the source tree's.
    qputenv("VEIVISER_DATA_DIR", VV_SOURCE_DIR);
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
    // inspect's accuracies have Veiviser's Wilson interval (intervals_data), not the stderr's.
    QTest::newRow("inspect json") << "inspect_nrk_quiz.json" << "inspect_ai" << "openai/gpt-4o-mini" << 1
                                  << "choice/accuracy" << 2.0 / 3.0 << none << QList<int>{3, 2, 1, 0};
    QTest::newRow("inspect eval zip") << "inspect_discharge.eval" << "inspect_ai"
                                      << "vllm/norallm/normistral-7b-warm" << 1 << "model_graded_qa/accuracy" << 0.5
                                      << none << QList<int>{2, 1, 0, 1};
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
    if (std::isnan(stderr) && format == QStringLiteral("lm-evaluation-harness")) {
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
    QVERIFY(bad.error().what().contains(QStringLiteral("basic, domain, use_case, context, guardrails")));
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
    if (file == QStringLiteral("unknown_format.json")) // the hint names every format read, the lone record too
        QVERIFY2(status.error().hint().contains(QStringLiteral("Every Eval Ever record")), qPrintable(text));
    // A file that can never import is refused by the plan: no failed run is left asking to be resumed.
    auto runs = TestRunTable(*m_store).list();
    QVERIFY(runs.ok());
    QVERIFY2(runs->empty(), qPrintable(file));
}

static const Json *metricDetail(const TestRun &run, const QString &name)
{
    for (const Json &d : run.result["metrics"])
        if (d.value("name", std::string()) == toStd(name))
            return &d;
    return nullptr;
}

void TestResultsImport::intervals_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("lower"); // NaN: no interval
    QTest::addColumn<double>("upper");
    QTest::addColumn<QString>("source"); // ci_source: veiviser (Wilson), tool, or empty

    const double none = std::nan("");
    const QString lm = QStringLiteral("lmeval_samples/results_2025-03-01T12-00-00.000000.json");
    // The numbers are expected_intervals.py's output.
    QTest::newRow("lm-eval acc 0.8 of 10: Wilson, not 0.539-1.061")
        << lm << "nrk_quiz_qa_nob/acc" << 0.8 << 0.49016247153664183 << 0.9433178485456247 << "veiviser";
    QTest::newRow("lm-eval acc_norm 0.7 of 10") << lm << "nrk_quiz_qa_nob/acc_norm" << 0.7 << 0.39677814746114537
                                                << 0.892208732593699 << "veiviser";
    QTest::newRow("lm-eval exact_match with a filter, 2 of 4") << lm << "norquad/exact_match,strict-match" << 0.5
                                                               << 0.15003898915214955 << 0.8499610108478505
                                                               << "veiviser";
    QTest::newRow("lm-eval f1: the tool's stderr, clipped at 1") << lm << "norquad/f1,strict-match" << 0.625
                                                                 << 0.15586942110741975 << 1.0 << "tool";
    QTest::newRow("lm-eval acc 1 with stderr 0 and no n: zero width dropped")
        << lm << "noridiom/acc" << 1.0 << none << none << "tool";
    QTest::newRow("inspect accuracy 2 of 3") << "inspect_nrk_quiz.json" << "choice/accuracy" << 2.0 / 3.0
                                             << 0.20765960080204782 << 0.9385080552796038 << "veiviser";
    QTest::newRow("inspect .eval accuracy 1 of 2") << "inspect_discharge.eval" << "model_graded_qa/accuracy" << 0.5
                                                   << 0.09453120573423074 << 0.9054687942657692 << "veiviser";
    QTest::newRow("inspect version 1 accuracy 3 of 4") << "inspect_v1.json" << "match/accuracy" << 0.75
                                                       << 0.300641842582402 << 0.9544127391902995 << "veiviser";
    QTest::newRow("inspect NaN stderr: no interval") << "inspect_nan.json" << "model_graded_fact/mean" << 0.625
                                                     << none << none << "";
    QTest::newRow("legacy EuroEval mcc 28.3 +- 3.1") << "euroeval_mixed_legacy.jsonl" << "norec/test_mcc" << 28.3
                                                     << 25.2 << 31.400000000000002 << "tool";
    QTest::newRow("legacy EuroEval macro_f1 55.2 +- 2.4") << "euroeval_mixed_legacy.jsonl" << "norec/test_macro_f1"
                                                          << 55.2 << 52.800000000000004 << 57.6 << "tool";
    QTest::newRow("legacy EuroEval NaN half-width: no interval")
        << "euroeval_mixed_legacy.jsonl" << "nrk-quiz-qa/test_mcc" << 41.0 << none << none << "";
    QTest::newRow("EuroEval 17 negative mcc keeps its interval") << "euroeval_mixed_legacy.jsonl"
                                                                 << "scala-nb/test_mcc" << -2.5 << -6.0 << 1.0 << "tool";
    QTest::newRow("EuroEval 17 macro_f1 clipped at 100") << "euroeval_mixed_legacy.jsonl" << "scala-nb/test_macro_f1"
                                                         << 98.0 << 95.5 << 100.0 << "tool";
    QTest::newRow("Every Eval Ever record alone") << "eee_record.json" << "scala-nb/test_macro_f1" << 98.0 << 95.5
                                                  << 100.0 << "tool";
}

void TestResultsImport::intervals()
{
    QFETCH(QString, file);
    QFETCH(QString, metric);
    QFETCH(double, value);
    QFETCH(double, lower);
    QFETCH(double, upper);
    QFETCH(QString, source);

    const Status status = run({{QStringLiteral("path"), fixtures + file}});
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    auto stored = TestRunTable(*m_store).get(m_runId);
    QVERIFY(stored.ok());
    const RunMetric *m = findMetric(stored->metrics, metric);
    QVERIFY2(m, qPrintable(metric));
    QCOMPARE(*m->value, value);
    const Json *detail = metricDetail(*stored, metric);
    QVERIFY(detail);
    QCOMPARE(QString::fromStdString(detail->value("ci_source", std::string())), source);
    if (std::isnan(lower)) {
        QVERIFY(!m->ciLower && !m->ciUpper);
        if (value == 1.0) // the zero-width interval is dropped, and the detail says so
            VV_COMPARE_JSON((*detail)["ci_dropped"], "zero width");
        return;
    }
    QVERIFY(m->ciLower && m->ciUpper);
    QVERIFY2(std::abs(*m->ciLower - lower) < 1e-12, qPrintable(QString::number(*m->ciLower, 'g', 17)));
    QVERIFY2(std::abs(*m->ciUpper - upper) < 1e-12, qPrintable(QString::number(*m->ciUpper, 'g', 17)));
    // No imported interval leaves the metric's range, and the method is named.
    QVERIFY(detail->contains("ci_method"));
    if (source == QStringLiteral("veiviser"))
        QVERIFY(QString::fromStdString((*detail)["ci_method"].get<std::string>()).startsWith(QStringLiteral("Wilson")));
}

void TestResultsImport::legacyAndCurrentEuroEvalLinesMix()
{
    const Status status = run({{QStringLiteral("path"), fixtures + QStringLiteral("euroeval_mixed_legacy.jsonl")}});
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    auto stored = TestRunTable(*m_store).get(m_runId);
    QVERIFY(stored.ok());
    // norec and nrk-quiz-qa (before 17.0) and scala-nb (17.1): two metrics each; num_failed_instances is no metric.
    QCOMPARE(int(stored->metrics.size()), 6);
    QVERIFY(findMetric(stored->metrics, QStringLiteral("nrk-quiz-qa/test_accuracy")));
    QVERIFY(!findMetric(stored->metrics, QStringLiteral("norec/num_failed_instances")));
    VV_COMPARE_JSON(stored->provenance["format_version"], "0.2.1, legacy");
    VV_COMPARE_JSON(stored->provenance["model_id"], "norallm/normistral-7b-warm");
    VV_COMPARE_JSON((*metricDetail(*stored, QStringLiteral("norec/test_mcc")))["line"], 1);
    VV_COMPARE_JSON((*metricDetail(*stored, QStringLiteral("scala-nb/test_mcc")))["line"], 2);
    VV_COMPARE_JSON((*metricDetail(*stored, QStringLiteral("nrk-quiz-qa/test_mcc")))["line"], 3);
}

void TestResultsImport::nanIsNoValue()
{
    const Status status = run({{QStringLiteral("path"), fixtures + QStringLiteral("inspect_nan.json")}});
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    auto stored = TestRunTable(*m_store).get(m_runId);
    QVERIFY(stored.ok());
    QCOMPARE(int(stored->metrics.size()), 3);
    // NaN and Infinity are listed as not computed, never as zero.
    for (const char *name : {"f1/mean", "f1/max"}) {
        const RunMetric *m = findMetric(stored->metrics, QString::fromLatin1(name));
        QVERIFY2(m, name);
        QVERIFY2(!m->value && !m->ciLower && !m->ciUpper, name);
        VV_COMPARE_JSON((*metricDetail(*stored, QString::fromLatin1(name)))["not_computed"], true);
    }
    QCOMPARE(stored->casesTotal, 4);
    QCOMPARE(stored->cases.passed, 2);
    QCOMPARE(stored->cases.failed, 2);
    // The tokens inside strings stay text.
    auto cases = TestRunTable(*m_store).allCases(m_runId);
    QVERIFY(cases.ok());
    QCOMPARE(cases->size(), std::size_t(4));
    VV_COMPARE_JSON((*cases)[0].detail["target"], "NaN");
    VV_COMPARE_JSON((*cases)[1].detail["target"], "-Infinity");
}

void TestResultsImport::inspectVersion1IsConverted()
{
    const Status status = run({{QStringLiteral("path"), fixtures + QStringLiteral("inspect_v1.json")}});
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    auto stored = TestRunTable(*m_store).get(m_runId);
    QVERIFY(stored.ok());
    VV_COMPARE_JSON(stored->provenance["format_version"], "1");
    QCOMPARE(int(stored->metrics.size()), 2);
    QCOMPARE(*findMetric(stored->metrics, QStringLiteral("match/bootstrap_std"))->value, 0.2);
    // The samples' single score became a score of the scorer: C, C, I, C.
    QCOMPARE(stored->casesTotal, 4);
    QCOMPARE(stored->cases.passed, 3);
    QCOMPARE(stored->cases.failed, 1);
    QCOMPARE(stored->cases.errored, 0);
}

void TestResultsImport::lmEvalSamplesAreCases_data()
{
    QTest::addColumn<QString>("samples");
    QTest::addColumn<QList<int>>("cases"); // total, passed, failed, not graded
    // The folder: this run's three files, not the other run's; nrk_quiz passes where acc and acc_norm are both 1;
    // noridiom's samples with a BLEU score only or no metric are not graded.
    QTest::newRow("folder") << "lmeval_samples" << QList<int>{17, 10, 5, 2};
    QTest::newRow("one file") << "lmeval_samples/samples_norquad_2025-03-01T12-00-00.000000.jsonl"
                              << QList<int>{4, 2, 2, 0};
}

void TestResultsImport::lmEvalSamplesAreCases()
{
    QFETCH(QString, samples);
    QFETCH(QList<int>, cases);
    const Status status =
        run({{QStringLiteral("path"), fixtures + QStringLiteral("lmeval_samples/results_2025-03-01T12-00-00.000000.json")},
             {QStringLiteral("samples"), fixtures + samples}});
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    auto stored = TestRunTable(*m_store).get(m_runId);
    QVERIFY(stored.ok());
    QCOMPARE(stored->status, TestRunStatus::Completed);
    QCOMPARE(stored->casesTotal, cases[0]);
    QCOMPARE(stored->cases.passed, cases[1]);
    QCOMPARE(stored->cases.failed, cases[2]);
    QCOMPARE(stored->cases.errored, 0);
    QCOMPARE(stored->cases.notGraded, cases[3]);
    VV_COMPARE_JSON(stored->result["samples_imported"], cases[0]);
    QVERIFY(stored->provenance["samples"].is_array());
    auto all = TestRunTable(*m_store).allCases(m_runId);
    QVERIFY(all.ok());
    const CaseResult *second = nullptr;
    for (const CaseResult &c : *all)
        if (c.caseId == QStringLiteral("norquad/1/strict-match"))
            second = &c;
    QVERIFY(second);
    QCOMPARE(second->status, CaseStatus::Failed);
    QCOMPARE(*second->score, 0.25); // exact_match 0 and f1 0.5
    VV_COMPARE_JSON(second->detail["doc_id"], 1);
    VV_COMPARE_JSON(second->detail["target"], "Svar 1");
    VV_COMPARE_JSON(second->detail["filtered_resps"][0], "Noe annet");
    VV_COMPARE_JSON(second->detail["metrics"]["f1"], 0.5);
    for (const CaseResult &c : *all) {
        // A score but no pass/fail verdict, or no metric at all: stored as not graded, its score kept.
        if (c.caseId == QStringLiteral("noridiom/1")) {
            QCOMPARE(c.status, CaseStatus::NotGraded);
            QCOMPARE(*c.score, 12.5);
        } else if (c.caseId == QStringLiteral("noridiom/2")) {
            QCOMPARE(c.status, CaseStatus::NotGraded);
            QVERIFY(!c.score);
        } else if (c.caseId == QStringLiteral("noridiom/0")) {
            QCOMPARE(c.status, CaseStatus::Passed);
        }
    }
}

void TestResultsImport::lmEvalNameAndSampleLenAreNoMetrics()
{
    const Status status =
        run({{QStringLiteral("path"), fixtures + QStringLiteral("lmeval_samples/results_2025-03-01T12-00-00.000000.json")}});
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    auto stored = TestRunTable(*m_store).get(m_runId);
    QVERIFY(stored.ok());
    // Read by structure: a development version of 0.5.
    VV_COMPARE_JSON(stored->provenance["format_version"], "0.5.0.dev0");
    QStringList names;
    for (const RunMetric &m : stored->metrics)
        names << m.name;
    QCOMPARE(names, (QStringList{QStringLiteral("noridiom/acc"), QStringLiteral("noridiom/bleu"),
                                 QStringLiteral("norquad/exact_match,strict-match"), QStringLiteral("norquad/f1,strict-match"),
                                 QStringLiteral("nrk_quiz_qa_nob/acc"), QStringLiteral("nrk_quiz_qa_nob/acc_norm")}));
    QVERIFY(!findMetric(stored->metrics, QStringLiteral("noridiom/bleu"))->value); // NaN: not computed
    QCOMPARE(stored->casesTotal, 0);
}

void TestResultsImport::brokenSamples_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("samples");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    const QString lm = QStringLiteral("lmeval_samples/results_2025-03-01T12-00-00.000000.json");
    QTest::newRow("no doc_id") << lm << "broken/samples_norquad_2025-03-01T12-00-00.000000.jsonl"
                               << "broken/samples_norquad_2025-03-01T12-00-00.000000.jsonl:2:" << "has no doc_id";
    QTest::newRow("unknown task") << lm << "broken/samples_unknowntask_2025-03-01T12-00-00.000000.jsonl"
                                  << "broken/samples_unknowntask_2025-03-01T12-00-00.000000.jsonl:"
                                  << "task unknowntask, which the results file does not have";
    QTest::newRow("not a samples name") << lm << "broken/not_json.json" << "broken/not_json.json:"
                                        << "not samples_<task>_<time>.jsonl";
    QTest::newRow("no samples of this run") << lm << "." << ".:" << "no samples_<task>_2025-03-01";
    QTest::newRow("samples with inspect") << "inspect_v1.json" << "lmeval_samples" << "lmeval_samples:"
                                          << "only be imported with an lm-evaluation-harness results file";
}

void TestResultsImport::brokenSamples()
{
    QFETCH(QString, path);
    QFETCH(QString, samples);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const Status status = run({{QStringLiteral("path"), fixtures + path}, {QStringLiteral("samples"), fixtures + samples}});
    QVERIFY(!status.ok());
    const QString text = status.error().toString();
    QVERIFY2(text.startsWith(fixtures + where), qPrintable(text));
    QVERIFY2(text.contains(message), qPrintable(text));
    QVERIFY2(!status.error().hint().isEmpty(), qPrintable(text));
    auto runs = TestRunTable(*m_store).list();
    QVERIFY(runs.ok());
    QVERIFY(runs->empty());
}

void TestResultsImport::nonFiniteTokens_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected");
    const auto row = [](const char *name, const char *in, const char *out) {
        QTest::newRow(name) << QByteArray(in) << QByteArray(out);
    };
    row("NaN value", R"({"a": NaN})", R"({"a": null})");
    row("Infinity and -Infinity", R"([Infinity,-Infinity, 1])", R"([null,null, 1])");
    row("inside a string", R"({"a": "NaN Infinity -Infinity"})", R"({"a": "NaN Infinity -Infinity"})");
    row("as a key", R"({"NaN": NaN})", R"({"NaN": null})");
    row("after an escaped quote", R"({"a": "say \"NaN\"", "b": NaN})", R"({"a": "say \"NaN\"", "b": null})");
    row("after an escaped backslash", R"({"a": "\\", "b": Infinity})", R"({"a": "\\", "b": null})");
    row("negative numbers stay", R"([-1, -1.5e3, NaN])", R"([-1, -1.5e3, null])");
    row("unterminated string", R"({"a": "NaN)", R"({"a": "NaN)");
    row("empty", "", "");
}

void TestResultsImport::nonFiniteTokens()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);
    QCOMPARE(nonFiniteAsNull(json), expected);
}


// Files the tools wrote, copied from their public repositories (real/SOURCE.md). Expected numbers read by hand from
// the files; intervals from expected_intervals.py.
void TestResultsImport::realFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("samples"); // empty: none given
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("metricCount");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("lower"); // NaN: no interval
    QTest::addColumn<double>("upper");
    // total, passed, failed, errored, not graded (samples with a score but no pass/fail verdict)
    QTest::addColumn<QList<int>>("cases");

    const double none = std::nan("");
    QTest::newRow("lm-eval 0.4 mmlu, no lm_eval_version")
        << "real/lmeval-mmlu/results_2025-01-21T00-40-03.356274.json" << QString() << "lm-evaluation-harness"
        << "/home/cs29824/matthew/lm-evaluation-harness/examples/dog_steer.csv" << 1 << "mmlu_abstract_algebra/acc"
        << 0.34 << 0.25461520797348164 << 0.43722271145275377 << QList<int>{0, 0, 0, 0, 0};
    QTest::newRow("lm-eval 0.4.10.dev0, stderr N/A, corpus-level f1 samples")
        << "real/lmeval-masakhaner/results_2026-01-16T15-23-47.285735.json"
        << "real/lmeval-masakhaner/samples_masakhaner_luo_prompt_1_2026-01-16T15-23-47.285735.jsonl"
        << "lm-evaluation-harness" << "google/gemma-2b" << 1 << "masakhaner_luo_prompt_1/f1,flexible-extract"
        << 0.0656270305392884 << none << none << QList<int>{5, 0, 0, 0, 5};
    QTest::newRow("inspect model-graded, 1 of 1")
        << "real/inspect/2024-11-05T13-31-45-05-00_input-task_8zXjbRzCWrL9GXiXo2vus9.json" << QString() << "inspect_ai"
        << "openai/gpt-4o-mini" << 1 << "model_graded_fact/accuracy" << 1.0 << 0.2065493143772375 << 1.0
        << QList<int>{1, 1, 0, 0, 0};
    QTest::newRow("inspect match, 0 of 1") << "real/inspect/log_formats.json" << QString() << "inspect_ai"
                                           << "ollama/llama3.1" << 1 << "match/accuracy" << 0.0 << 0.0
                                           << 0.7934506856227626 << QList<int>{1, 0, 1, 0, 0};
    // The one sample kept has neither scores nor an error: no case (it used to be an errored one, which failed the
    // whole import with "all cases errored"); the accuracy of the 4 completed samples stands.
    QTest::newRow("inspect sample without scores or error") << "real/inspect/log_tool_call_error.json" << QString()
                                                            << "inspect_ai" << "..." << 1
                                                            << "includes/accuracy" << 1.0 << 0.5101091635454028 << 1.0
                                                            << QList<int>{0, 0, 0, 0, 0};
    QTest::newRow("ScandEval 2023 lines") << "real/scandeval/scandeval_benchmark_results.jsonl" << QString()
                                          << "euroeval" << "NbAiLab/nb-bert-base" << 6 << "norec/test_mcc"
                                          << 60.83712396597555 << 59.35632209100085 << 62.31792584095025
                                          << QList<int>{0, 0, 0, 0, 0};
    // The same model on the same dataset twice in one file (a model benchmarked again): the later line counts.
    QTest::newRow("ScandEval 2023, a model evaluated again") << "real/scandeval/scandeval_speed_rerun.jsonl" << QString()
                                                             << "euroeval" << "NbAiLab/nb-bert-large" << 1
                                                             << "speed/test_speed" << 0.473 << 0.46712 << 0.47888
                                                             << QList<int>{0, 0, 0, 0, 0};
    QTest::newRow("ScandEval 2023 macro_f1") << "real/scandeval/scandeval_benchmark_results.jsonl" << QString()
                                             << "euroeval" << "NbAiLab/nb-bert-base" << 6 << "swerec/test_macro_f1"
                                             << 67.4866333584467 << 64.58244995895673 << 70.39081675793666
                                             << QList<int>{0, 0, 0, 0, 0};
}

void TestResultsImport::realFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, samples);
    QFETCH(QString, format);
    QFETCH(QString, model);
    QFETCH(int, metricCount);
    QFETCH(QString, metric);
    QFETCH(double, value);
    QFETCH(double, lower);
    QFETCH(double, upper);
    QFETCH(QList<int>, cases);

    QMap<QString, QString> settings{{QStringLiteral("path"), fixtures + file}};
    if (!samples.isEmpty())
        settings.insert(QStringLiteral("samples"), fixtures + samples);
    const Status status = run(settings);
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    auto stored = TestRunTable(*m_store).get(m_runId);
    QVERIFY(stored.ok());
    QCOMPARE(stored->status, TestRunStatus::Completed);
    VV_COMPARE_JSON(stored->provenance["format"], toStd(format));
    VV_COMPARE_JSON(stored->provenance["model_id"], toStd(model));
    QCOMPARE(int(stored->metrics.size()), metricCount);
    const RunMetric *m = findMetric(stored->metrics, metric);
    QVERIFY2(m, qPrintable(metric));
    QCOMPARE(*m->value, value);
    if (std::isnan(lower)) {
        QVERIFY(!m->ciLower && !m->ciUpper);
    } else {
        QVERIFY(m->ciLower && m->ciUpper);
        QVERIFY2(std::abs(*m->ciLower - lower) < 1e-12, qPrintable(QString::number(*m->ciLower, 'g', 17)));
        QVERIFY2(std::abs(*m->ciUpper - upper) < 1e-12, qPrintable(QString::number(*m->ciUpper, 'g', 17)));
    }
    QCOMPARE(stored->casesTotal, cases[0]);
    QCOMPARE(stored->cases.passed, cases[1]);
    QCOMPARE(stored->cases.failed, cases[2]);
    QCOMPARE(stored->cases.errored, cases[3]);
    auto all = TestRunTable(*m_store).allCases(m_runId);
    QVERIFY(all.ok());
    QCOMPARE(int(all->size()), cases[0]);
    QCOMPARE(stored->cases.notGraded, cases[4]);
    const auto ungraded = std::count_if(all->begin(), all->end(),
                                        [](const CaseResult &c) { return c.status == CaseStatus::NotGraded; });
    QCOMPARE(int(ungraded), cases[4]);
    if (file.endsWith(QStringLiteral("speed_rerun.jsonl"))) {
        VV_COMPARE_JSON((*metricDetail(*stored, metric))["line"], 2);
        VV_COMPARE_JSON((*metricDetail(*stored, metric))["replaces_line"], 1);
    }
    if (format == QStringLiteral("inspect_ai"))
        VV_COMPARE_JSON(stored->result["samples_not_scored"], file.endsWith(QStringLiteral("tool_call_error.json")) ? 1 : 0);
}

// inspect_ai's "P" (partially correct) counts 0.5, as in inspect_ai's value_to_float: the case fails (not every score
// is correct) with the score 0.5, not 0.
void TestResultsImport::inspectPartialCreditIsHalf()
{
    const Status status = run({{QStringLiteral("path"), fixtures + QStringLiteral("inspect_partial.json")}});
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    QCOMPARE(TestRunTable(*m_store).get(m_runId)->cases.passed, 1);
    auto all = TestRunTable(*m_store).allCases(m_runId);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), std::size_t(3));
    const double scores[3] = {1.0, 0.5, 0.0}; // C, P, I
    for (std::size_t i = 0; i < 3; ++i) {
        QCOMPARE(*(*all)[i].score, scores[i]);
        QCOMPARE((*all)[i].status, i == 0 ? CaseStatus::Passed : CaseStatus::Failed);
    }
}

// An inspect_ai sample keeps the model's answer and the conversation it was given (without the answer), so that
// clinicians can rate an imported run, and each scorer's verdict with its explanation, so that a comparison can say
// why a case failed. A sample without an answer (an empty output) has none to rate.
void TestResultsImport::inspectSamplesKeepAnswerAndConversation_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("caseId");
    QTest::addColumn<QString>("answer"); // empty: no "output"
    QTest::addColumn<QString>("conversation"); // role: content | role: content ...; empty: no "messages"
    QTest::addColumn<QString>("verdict"); // grader passed|failed reason

    QTest::newRow("content parts, answer in choices") << "inspect_answers.json" << "brev-1#1"
        << "Blodprosenten er litt lav." << "system: Skriv på bokmål. | user: Forklar prøvesvaret."
        << "model_graded_qa failed Nevner ikke normalområdet.";
    QTest::newRow("input string, answer in completion") << "inspect_answers.json" << "brev-2#1"
        << "CRP er et mål på betennelse i kroppen." << "user: Hva betyr CRP?" << "model_graded_qa passed ";
    QTest::newRow("real log, two user messages")
        << "real/inspect/2024-11-05T13-31-45-05-00_input-task_8zXjbRzCWrL9GXiXo2vus9.json" << "1#1"
        << QString::fromUtf8("Yo, in February, St. Paul usually chills at an average low of about 10°F (-12°C). It's "
                             "mad cold, so if you're vibing there, better bundle up, fam! ❄️🧣")
        << "user: Hey there, hipster! Please answer any questions that I answer using the type of lingo that Gen Z "
           "would use. | user: What is average low temperature in St. Paul, Minnesota during the month of February?"
        << "model_graded_fact passed The submission provides";
    QTest::newRow("no output, no answer") << "inspect_partial.json" << "2#1" << QString() << QString()
                                          << "model_graded_qa failed e";
    QTest::newRow("empty choices, no answer") << "inspect_nrk_quiz.json" << "1#1" << QString() << QString()
                                              << "choice passed ";
}

void TestResultsImport::inspectSamplesKeepAnswerAndConversation()
{
    QFETCH(QString, file);
    QFETCH(QString, caseId);
    QFETCH(QString, answer);
    QFETCH(QString, conversation);
    QFETCH(QString, verdict);
    const Status status = run({{QStringLiteral("path"), fixtures + file}});
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    auto all = TestRunTable(*m_store).allCases(m_runId);
    QVERIFY(all.ok());
    const auto found = std::find_if(all->begin(), all->end(), [&](const CaseResult &c) { return c.caseId == caseId; });
    QVERIFY2(found != all->end(), qPrintable(caseId));
    const Json &detail = found->detail;
    if (answer.isEmpty()) {
        QVERIFY(!detail.contains("output"));
        QVERIFY(!detail.contains("messages"));
    } else {
        VV_COMPARE_JSON(detail["output"], toStd(answer));
        QStringList shown;
        for (const Json &m : detail["messages"])
            shown << fromStd(m["role"].get<std::string>()) + QStringLiteral(": ") + fromStd(m["content"].get<std::string>());
        QCOMPARE(shown.join(QStringLiteral(" | ")), conversation);
    }
    QCOMPARE(detail["verdicts"].size(), std::size_t(1));
    const Json &v = detail["verdicts"][0];
    const QString shownVerdict = fromStd(v["grader"].get<std::string>()) + QLatin1Char(' ') +
                                 (v["passed"].get<bool>() ? QStringLiteral("passed ") : QStringLiteral("failed ")) +
                                 fromStd(v["reason"].get<std::string>());
    QVERIFY2(shownVerdict.startsWith(verdict), qPrintable(shownVerdict));
}

QTEST_GUILESS_MAIN(TestResultsImport)
#include "tst_results_import.moc"
