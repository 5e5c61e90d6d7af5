// The risk-management file: the risk model's reader with a fixture for every broken input, the matrix, hazards and
// controls through the store (audit, conflicts), the traceability matrix's gaps, change control plans with their
// verdicts, and the commands that carry them end to end.

#include "TestSupport.h"
#include "guidance/GuidanceLibrary.h"
#include "risk/ChangePlan.h"
#include "risk/RiskFile.h"
#include "risk/RiskModel.h"
#include "risk/TraceMatrix.h"
#include "store/DeviationTable.h"
#include "store/ProjectStore.h"
#include "store/RiskTable.h"
#include "store/TestRunTable.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;
using namespace vv::risk;
using vv::test::runCli;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString shippedModel = QStringLiteral(VV_SOURCE_DIR "/guidance/risk-model.yaml");

QByteArray shippedModelText()
{
    QFile f(shippedModel);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A 2×2 matrix in YAML with one line changed by the test; the line numbers below refer to this text.
QByteArray smallMatrix(const QByteArray &from = {}, const QByteArray &to = {})
{
    QByteArray text = "severity:\n"                                                          // 1
                      "  - {level: 1, name: {nb: Lav, en: Low}, description: {nb: a, en: a}}\n"  // 2
                      "  - {level: 2, name: {nb: Høy, en: High}, description: {nb: b, en: b}}\n" // 3
                      "probability:\n"                                                          // 4
                      "  - {level: 1, name: {nb: Sjelden, en: Rare}, description: {nb: c, en: c}}\n" // 5
                      "  - {level: 2, name: {nb: Ofte, en: Often}, description: {nb: d, en: d}}\n"   // 6
                      "regions:\n"                                                              // 7
                      "  - {id: ok, name: {nb: OK, en: OK}, acceptable: true}\n"                 // 8
                      "  - {id: no, name: {nb: Nei, en: No}, acceptable: false}\n"               // 9
                      "cells:\n"                                                                // 10
                      "  - [ok, ok]\n"                                                          // 11
                      "  - [ok, no]\n";                                                         // 12
    if (!from.isEmpty())
        text.replace(from, to);
    return text;
}

TestRun clinicalRun(std::optional<double> auroc, std::optional<double> lower, double n = 500)
{
    TestRun run;
    run.id = 7;
    run.status = TestRunStatus::Completed;
    run.metrics = {{QStringLiteral("n"), n, {}, {}},
                   {QStringLiteral("auroc"), auroc, lower, auroc ? std::optional<double>(*auroc + 0.03) : std::nullopt},
                   {QStringLiteral("calibration_slope"), 0.95, 0.85, 1.05}};
    run.result = Json{{"subgroups",
                       {{"women", {{"auroc", {{"estimate", 0.78}, {"ci_lower", 0.70}, {"ci_upper", 0.85}}}}},
                        {"men", {{"auroc", {{"estimate", 0.68}, {"ci_lower", 0.60}, {"ci_upper", 0.76}}}}}}}};
    return run;
}

PlannedModification modification(std::vector<AcceptanceCriterion> criteria, qint64 minCases = 0)
{
    PlannedModification m;
    m.id = QStringLiteral("retrain");
    m.criteria = std::move(criteria);
    m.minCases = minCases;
    return m;
}

AcceptanceCriterion criterion(const char *metric, std::optional<double> lower, std::optional<double> intervalLower = {},
                              bool eachSubgroup = false)
{
    AcceptanceCriterion c;
    c.metric = QString::fromLatin1(metric);
    c.lower = lower;
    c.intervalLower = intervalLower;
    c.eachSubgroup = eachSubgroup;
    return c;
}

Hazard hazard(qint64 id, const char *ref, std::optional<int> residual = 1)
{
    Hazard h;
    h.id = id;
    h.ref = QString::fromLatin1(ref);
    h.hazard = QStringLiteral("h");
    h.harm = QStringLiteral("harm");
    h.severity = 4;
    h.probability = 3;
    if (residual) {
        h.residualSeverity = 4;
        h.residualProbability = *residual;
    }
    return h;
}

RiskControl control(qint64 id, qint64 hazardId, std::vector<Verification> verifications)
{
    RiskControl c;
    c.id = id;
    c.hazardId = hazardId;
    c.description = QStringLiteral("control");
    c.verifications = std::move(verifications);
    return c;
}

QString gapIds(const TraceMatrix &m)
{
    QStringList out;
    for (const TraceRow &r : m.rows)
        for (TraceGap g : r.gaps)
            out << traceGapId(g);
    return out.join(QLatin1Char(','));
}

} // namespace

class TestRisk : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shippedModelReads();
    void brokenModel_data();
    void brokenModel();
    void brokenMatrix_data();
    void brokenMatrix();
    void regionsOfTheDefaultMatrix_data();
    void regionsOfTheDefaultMatrix();
    void storedMatrixIsCheckedAgain();
    void traceGaps_data();
    void traceGaps();
    void brokenChangePlan_data();
    void brokenChangePlan();
    void changePlanRoundTrip();
    void checkVerdicts_data();
    void checkVerdicts();
    void pairedCriterion_data();
    void pairedCriterion();
    void storeKeepsAuditAndRefusesStaleSaves();
    void riskFileChecksAgainstModelAndProject();
    void cliClosesTheGapsAndChecksARetrainedModel();

private:
    RiskModel m_model;
    guidance::GuidanceLibrary m_library;
    QTemporaryDir m_dir;
};

void TestRisk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto model = RiskModelReader::readFile(shippedModel);
    QVERIFY2(model, model ? "" : qPrintable(model.error().toString()));
    m_model = *model;
    auto library = guidance::GuidanceLibrary::loadChecked(QStringLiteral(VV_SOURCE_DIR "/guidance"));
    QVERIFY2(library, library ? "" : qPrintable(library.error().toString()));
    m_library = *library;
}

void TestRisk::shippedModelReads()
{
    QCOMPARE(m_model.matrix.severity.size(), std::size_t(5));
    QCOMPARE(m_model.matrix.probability.size(), std::size_t(5));
    // The AI-specific categories the issue names, each with a source.
    for (const char *id : {"data_shift", "automation_bias", "subgroup_performance", "hallucination", "misuse",
                           "cybersecurity"}) {
        const HazardCategory *c = m_model.category(QString::fromLatin1(id));
        QVERIFY2(c, id);
        QVERIFY(!c->sources.empty());
        QVERIFY(!c->name.nb.isEmpty() && !c->name.en.isEmpty());
    }
}

void TestRisk::brokenModel_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown top key") << QByteArray("categories:\n") << QByteArray("kategorier:\n")
                                     << s("unknown key 'kategorier'");
    QTest::newRow("category twice") << QByteArray("  - id: misuse\n") << QByteArray("  - id: hallucination\n")
                                    << s("the category 'hallucination' is defined twice");
    QTest::newRow("bad category id") << QByteArray("  - id: cybersecurity\n") << QByteArray("  - id: Cyber-Security\n")
                                     << s("not a valid category id");
    QTest::newRow("source not https")
        << QByteArray("url: https://www.iso.org/standard/77304.html")
        << QByteArray("url: http://www.iso.org/standard/77304.html") << s("must start with https://");
    QTest::newRow("category name in one language")
        << QByteArray("name: {nb: Automasjonsskjevhet, en: Automation bias}")
        << QByteArray("name: {nb: Automasjonsskjevhet}") << s("'name' needs both 'nb' and 'en'");
    QTest::newRow("not YAML") << QByteArray("matrix:\n") << QByteArray("matrix: [\n") << s("does not parse");
}

void TestRisk::brokenModel()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, message);
    QByteArray text = shippedModelText();
    QVERIFY2(text.contains(from), from.constData());
    text.replace(text.indexOf(from), from.size(), to);
    std::vector<Error> problems;
    auto model = RiskModelReader::read(text, QStringLiteral("risk-model.yaml"), &problems);
    QVERIFY(!model);
    QString all;
    for (const Error &e : problems)
        all += e.toString() + QLatin1Char('\n');
    QVERIFY2(all.contains(message), qPrintable(all));
    QVERIFY2(all.startsWith(QStringLiteral("risk-model.yaml:")), qPrintable(all));
}

void TestRisk::brokenMatrix_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("good") << QByteArray() << QByteArray() << 0 << QString();
    QTest::newRow("levels out of order") << QByteArray("{level: 2, name: {nb: Høy") << QByteArray("{level: 3, name: {nb: Høy")
                                         << 3 << s("numbered 1, 2, 3");
    QTest::newRow("row missing") << QByteArray("  - [ok, no]\n") << QByteArray() << 11
                                 << s("one row per severity level (2), not 1");
    QTest::newRow("column missing") << QByteArray("  - [ok, no]\n") << QByteArray("  - [ok]\n") << 12
                                    << s("one region per probability level (2)");
    QTest::newRow("unknown region") << QByteArray("[ok, no]") << QByteArray("[ok, maybe]") << 12
                                    << s("'maybe' in 'cells' is not one of the regions");
    QTest::newRow("nothing acceptable") << QByteArray("acceptable: true") << QByteArray("acceptable: false") << 8
                                        << s("no region of the matrix is acceptable");
    QTest::newRow("acceptable not boolean") << QByteArray("acceptable: true") << QByteArray("acceptable: yes") << 8
                                            << s("must be true or false");
    QTest::newRow("region twice") << QByteArray("{id: no,") << QByteArray("{id: ok,") << 9
                                  << s("the region 'ok' is defined twice");
    QTest::newRow("scale empty") << QByteArray("probability:\n  - {level: 1, name: {nb: Sjelden, en: Rare}, description: {nb: c, en: c}}\n  - {level: 2, name: {nb: Ofte, en: Often}, description: {nb: d, en: d}}\n")
                                 << QByteArray("probability: []\n") << 4 << s("needs 'probability' as a non-empty list");
    QByteArray tenLevels = "severity:\n";
    for (int i = 1; i <= 10; ++i)
        tenLevels += "  - {level: " + QByteArray::number(i) + ", name: {nb: x, en: x}, description: {nb: x, en: x}}\n";
    QTest::newRow("too many levels")
        << QByteArray("severity:\n  - {level: 1, name: {nb: Lav, en: Low}, description: {nb: a, en: a}}\n  - {level: 2, "
                      "name: {nb: Høy, en: High}, description: {nb: b, en: b}}\n")
        << tenLevels << 2 << s("more than 9 levels");
}

void TestRisk::brokenMatrix()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(int, line);
    QFETCH(QString, message);
    const QByteArray text = smallMatrix(from, to);
    QVERIFY(from.isEmpty() || text != smallMatrix());
    std::vector<Error> problems;
    auto matrix = RiskModelReader::readMatrix(text, QStringLiteral("matrix.yaml"), &problems);
    if (line == 0) {
        QVERIFY2(matrix, matrix ? "" : qPrintable(matrix.error().toString()));
        QCOMPARE(matrix->region(2, 2)->id, QStringLiteral("no"));
        QCOMPARE(matrix->region(1, 2)->id, QStringLiteral("ok"));
        QVERIFY(!matrix->region(3, 1));
        return;
    }
    QVERIFY(!matrix);
    const auto it = std::find_if(problems.begin(), problems.end(),
                                 [&](const Error &e) { return e.what().contains(message); });
    QString all;
    for (const Error &e : problems)
        all += e.toString() + QLatin1Char('\n');
    QVERIFY2(it != problems.end(), qPrintable(all));
    QCOMPARE(it->where().line, line);
}

void TestRisk::regionsOfTheDefaultMatrix_data()
{
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("probability");
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("acceptable");
    // Written from the risk model's own table (guidance/risk-model.yaml, rows by severity, columns by probability).
    QTest::newRow("negligible, improbable") << 1 << 1 << s("acceptable") << true;
    QTest::newRow("negligible, frequent") << 1 << 5 << s("reduce") << false;
    QTest::newRow("serious, occasional") << 3 << 3 << s("reduce") << false;
    QTest::newRow("serious, frequent") << 3 << 5 << s("unacceptable") << false;
    QTest::newRow("critical, improbable") << 4 << 1 << s("acceptable") << true;
    QTest::newRow("catastrophic, improbable") << 5 << 1 << s("reduce") << false;
    QTest::newRow("catastrophic, occasional") << 5 << 3 << s("unacceptable") << false;
    QTest::newRow("off the scale") << 6 << 1 << QString() << false;
    QTest::newRow("zero") << 0 << 3 << QString() << false;
}

void TestRisk::regionsOfTheDefaultMatrix()
{
    QFETCH(int, severity);
    QFETCH(int, probability);
    QFETCH(QString, region);
    QFETCH(bool, acceptable);
    const RiskRegion *r = m_model.matrix.region(severity, probability);
    if (region.isEmpty()) {
        QVERIFY(!r);
        QVERIFY(!m_model.matrix.hasLevel(severity, probability));
        return;
    }
    QVERIFY(r);
    QCOMPARE(r->id, region);
    QCOMPARE(r->acceptable, acceptable);
}

void TestRisk::storedMatrixIsCheckedAgain()
{
    auto again = RiskModelReader::matrixFromJson(m_model.matrix.toJson());
    QVERIFY2(again, again ? "" : qPrintable(again.error().toString()));
    QVERIFY(again->toJson() == m_model.matrix.toJson());
    Json tampered = m_model.matrix.toJson();
    tampered["cells"][0][0] = "nowhere";
    QVERIFY(!RiskModelReader::matrixFromJson(tampered));
}

void TestRisk::traceGaps_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("gaps");
    QTest::newRow("verified by a completed run") << 0 << QString();
    QTest::newRow("hazard without control") << 1 << s("hazard_without_control");
    QTest::newRow("control without verification") << 2 << s("control_without_verification");
    QTest::newRow("run that failed") << 3 << s("verification_failed");
    QTest::newRow("run for an older version") << 4 << s("verification_outdated");
    QTest::newRow("run that does not exist") << 5 << s("verification_missing");
    QTest::newRow("stale evidence item") << 6 << s("evidence_stale");
    QTest::newRow("run filed as expired evidence") << 7 << s("evidence_stale");
    QTest::newRow("monitoring metric with an alarm") << 8 << s("verification_failed");
    QTest::newRow("monitoring metric not in the plan") << 9 << s("verification_missing");
    QTest::newRow("residual risk not estimated") << 10 << s("residual_not_estimated");
    QTest::newRow("requirement without trace") << 11 << s("requirement_without_trace");
    QTest::newRow("requirement traced by evidence alone") << 12 << QString();
    QTest::newRow("requirement traced by a control") << 13 << QString();
}

void TestRisk::traceGaps()
{
    QFETCH(int, scenario);
    QFETCH(QString, gaps);
    TraceInputs in;
    in.hazards = {hazard(1, "H-01", scenario == 10 ? std::nullopt : std::optional<int>(1))};
    in.runs[3] = {QStringLiteral("validation"), true, false, 20};
    in.evidence[20] = {QStringLiteral("run 3"), false, false};
    in.evidence[21] = {QStringLiteral("report"), false, false};
    in.monitoring[QStringLiteral("auroc")] = QStringLiteral("ok");
    const Verification byRun{QStringLiteral("test_run"), QStringLiteral("3")};
    in.controls = {control(1, 1, {byRun})};
    switch (scenario) {
    case 1: in.controls.clear(); break;
    case 2: in.controls = {control(1, 1, {})}; break;
    case 3: in.runs[3].completed = false; break;
    case 4: in.runs[3].outdated = true; in.evidence[20] = {QStringLiteral("run 3"), true, true}; break;
    case 5: in.controls = {control(1, 1, {{QStringLiteral("test_run"), QStringLiteral("99")}})}; break;
    case 6:
        in.controls = {control(1, 1, {{QStringLiteral("evidence"), QStringLiteral("21")}})};
        in.evidence[21].stale = true;
        break;
    case 7: in.evidence[20].stale = true; break;
    case 8:
        in.monitoring[QStringLiteral("auroc")] = QStringLiteral("alarm");
        in.controls = {control(1, 1, {{QStringLiteral("monitoring"), QStringLiteral("auroc")}})};
        break;
    case 9: in.controls = {control(1, 1, {{QStringLiteral("monitoring"), QStringLiteral("psi:age")}})}; break;
    case 11: in.requirements = {{QStringLiteral("urn:veiviser:ai-act:art-9"), QStringLiteral("not_started"), 0}}; break;
    case 12: in.requirements = {{QStringLiteral("urn:veiviser:ai-act:art-9"), QStringLiteral("met"), 2}}; break;
    case 13:
        in.requirements = {{QStringLiteral("urn:veiviser:ai-act:art-9"), QStringLiteral("not_started"), 0}};
        in.controls[0].requirements = {QStringLiteral("urn:veiviser:ai-act:art-9")};
        break;
    default: break;
    }
    const TraceMatrix m = buildTraceMatrix(in, m_model.matrix);
    QCOMPARE(gapIds(m), gaps);
    QCOMPARE(m.gaps(), gaps.isEmpty() ? 0 : int(gaps.split(QLatin1Char(',')).size()));
    const Json doc = m.toJson(true);
    QCOMPARE(doc["gaps"].get<int>(), m.gaps());
    QCOMPARE(int(doc["rows"].size()), gaps.isEmpty() ? 0 : 1);
}

void TestRisk::brokenChangePlan_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("message");
    const QByteArray head = "title: Plan\nmodifications:\n  - id: retrain\n    title: Retraining\n    changes: retraining\n"
                            "    protocol: {data: d, method: m, validation: v}\n    impact: none\n";
    QTest::newRow("good") << head + "    criteria:\n      - {metric: auroc, lower: 0.75, interval_lower: 0.72}\n"
                          << QString();
    QTest::newRow("no criteria") << head + "    criteria: []\n" << s("'criteria' must be a list of 1 to 50");
    QTest::newRow("criterion without limit") << head + "    criteria:\n      - {metric: auroc}\n" << s("has no limit");
    QTest::newRow("limits reversed") << head + "    criteria:\n      - {metric: brier, lower: 0.3, upper: 0.1}\n"
                                     << s("has its limits reversed");
    QTest::newRow("limit not a number") << head + "    criteria:\n      - {metric: auroc, lower: high}\n"
                                        << s("'lower' must be a number");
    QTest::newRow("unknown change kind")
        << QByteArray(head).replace("changes: retraining", "changes: everything") +
               "    criteria:\n      - {metric: auroc, lower: 0.7}\n"
        << s("'changes' is one of");
    QTest::newRow("no impact assessment")
        << QByteArray(head).replace("    impact: none\n", "") + "    criteria:\n      - {metric: auroc, lower: 0.7}\n"
        << s("needs 'impact'");
    QTest::newRow("protocol without validation")
        << QByteArray(head).replace("validation: v", "valid: v") + "    criteria:\n      - {metric: auroc, lower: 0.7}\n"
        << s("unknown key 'valid'");
    QTest::newRow("planned twice")
        << head + "    criteria:\n      - {metric: auroc, lower: 0.7}\n" + head.mid(head.indexOf("  - id")) +
               "    criteria:\n      - {metric: auroc, lower: 0.7}\n"
        << s("planned twice");
    QTest::newRow("paired without max_drop") << head + "    criteria:\n      - {metric: pass_rate, paired_with: 3}\n"
                                             << s("needs both 'paired_with' and 'max_drop'");
    QTest::newRow("paired on another metric")
        << head + "    criteria:\n      - {metric: auroc, paired_with: 3, max_drop: 0.02}\n" << s("must be 'pass_rate'");
    QTest::newRow("paired with a limit too")
        << head + "    criteria:\n      - {metric: pass_rate, paired_with: 3, max_drop: 0.02, lower: 0.8}\n"
        << s("takes no other limit");
    QTest::newRow("max_drop in points") << head + "    criteria:\n      - {metric: pass_rate, paired_with: 3, max_drop: 2}\n"
                                        << s("'max_drop' is a proportion");
    QTest::newRow("paired_with not a run id")
        << head + "    criteria:\n      - {metric: pass_rate, paired_with: 2.5, max_drop: 0.02}\n" << s("must be a whole number of at least 1");
    QTest::newRow("bad id") << QByteArray(head).replace("id: retrain", "id: Retrain Now") +
                                   "    criteria:\n      - {metric: auroc, lower: 0.7}\n"
                            << s("not a valid modification id");
}

void TestRisk::brokenChangePlan()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, message);
    std::vector<Error> problems;
    auto plan = ChangePlanReader::read(yaml, QStringLiteral("pccp.yaml"), &problems);
    if (message.isEmpty()) {
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
        QCOMPARE(plan->modifications.size(), std::size_t(1));
        QCOMPARE(*plan->modifications[0].criteria[0].intervalLower, 0.72);
        return;
    }
    QVERIFY(!plan);
    QString all;
    for (const Error &e : problems)
        all += e.toString() + QLatin1Char('\n');
    QVERIFY2(all.contains(message), qPrintable(all));
    QVERIFY2(all.startsWith(QStringLiteral("pccp.yaml:")), qPrintable(all));
}

void TestRisk::changePlanRoundTrip()
{
    const QByteArray yaml = "title: Plan\nrequirements: [urn:veiviser:ai-act:art-43]\nmodifications:\n"
                            "  - id: threshold\n    title: New threshold\n    changes: threshold\n"
                            "    protocol: {data: d, method: m, validation: v}\n    impact: i\n    min_cases: 300\n"
                            "    criteria:\n      - {metric: sensitivity@0.3, lower: 0.8, each_subgroup: true}\n"
                            "      - {metric: pass_rate, paired_with: 7, max_drop: 0.02}\n";
    auto plan = ChangePlanReader::read(yaml, QStringLiteral("pccp.yaml"));
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
    auto again = ChangePlanReader::fromJson(plan->toJson());
    QVERIFY2(again, again ? "" : qPrintable(again.error().toString()));
    QVERIFY(again->toJson() == plan->toJson());
    QCOMPARE(again->modifications[0].minCases, qint64(300));
    QVERIFY(again->modifications[0].criteria[0].eachSubgroup);
    QCOMPARE(again->modifications[0].criteria[1].pairedWith, std::optional<qint64>(7));
    QCOMPARE(again->modifications[0].criteria[1].maxDrop, std::optional<double>(0.02));
}

void TestRisk::checkVerdicts_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("outcomes");
    QTest::newRow("estimate and interval within") << 0 << s("met") << s("met");
    QTest::newRow("estimate below the limit") << 1 << s("not_met") << s("not_met");
    QTest::newRow("estimate met, interval not") << 2 << s("not_met") << s("not_met");
    QTest::newRow("no interval for an interval limit") << 3 << s("not_enough_data") << s("not_enough_data");
    QTest::newRow("metric missing") << 4 << s("not_enough_data") << s("not_enough_data");
    QTest::newRow("fewer cases than the plan asks") << 5 << s("not_enough_data") << s("not_enough_data");
    QTest::newRow("run not completed") << 6 << s("not_enough_data") << s("not_enough_data");
    QTest::newRow("one subgroup below") << 7 << s("not_met") << s("not_met,met"); // men, women
    QTest::newRow("not met outweighs not enough data") << 8 << s("not_met") << s("not_met,not_enough_data");
    QTest::newRow("two criteria met") << 9 << s("met") << s("met,met");
}

// "Not worse than the approved version by more than 2 points in a paired comparison": the new run (B) against the
// approved one (A) on their shared cases; the estimate and the lower bound of Newcombe's interval must both stay
// above -0.02 (the bounds are those of tst_paired_comparison's method, checked against R there).
void TestRisk::pairedCriterion_data()
{
    QTest::addColumn<int>("both");
    QTest::addColumn<int>("aOnly");
    QTest::addColumn<int>("bOnly");
    QTest::addColumn<int>("neither");
    QTest::addColumn<QString>("outcome");
    QTest::newRow("better, interval above the floor") << 900 << 5 << 15 << 80 << s("met"); // +0.010, lower +0.001
    QTest::newRow("estimate within, interval not") << 80 << 6 << 5 << 9 << s("not_met");   // -0.010, lower -0.079
    QTest::newRow("fell by ten points") << 80 << 10 << 0 << 10 << s("not_met");
    QTest::newRow("no shared case") << 0 << 0 << 0 << 0 << s("not_enough_data");
}

void TestRisk::pairedCriterion()
{
    QFETCH(int, both);
    QFETCH(int, aOnly);
    QFETCH(int, bOnly);
    QFETCH(int, neither);
    QFETCH(QString, outcome);
    std::vector<CaseResult> approved, current;
    int id = 0;
    auto add = [&](int count, CaseStatus a, CaseStatus b) {
        for (int i = 0; i < count; ++i, ++id) {
            approved.push_back({QStringLiteral("c%1").arg(id), a, std::nullopt, Json::object(), {}});
            current.push_back({QStringLiteral("c%1").arg(id), b, std::nullopt, Json::object(), {}});
        }
    };
    add(both, CaseStatus::Passed, CaseStatus::Passed);
    add(aOnly, CaseStatus::Passed, CaseStatus::Failed);
    add(bOnly, CaseStatus::Failed, CaseStatus::Passed);
    add(neither, CaseStatus::Failed, CaseStatus::Failed);
    if (approved.empty()) {
        approved.push_back({QStringLiteral("old"), CaseStatus::Passed, std::nullopt, Json::object(), {}});
        current.push_back({QStringLiteral("new"), CaseStatus::Passed, std::nullopt, Json::object(), {}});
    }
    AcceptanceCriterion paired;
    paired.metric = QStringLiteral("pass_rate");
    paired.pairedWith = 3;
    paired.maxDrop = 0.02;
    TestRun run = clinicalRun(0.8, 0.75);
    run.id = 4;
    const auto cases = [&](qint64 runId) -> Result<std::vector<CaseResult>> {
        if (runId == 3)
            return approved;
        if (runId == 4)
            return current;
        return Error::input(QStringLiteral("no run %1").arg(runId));
    };
    const ChangeCheckResult r = ChangeCheckEvaluation::evaluate(modification({paired}), run, cases);
    QCOMPARE(r.criteria.size(), std::size_t(1));
    QCOMPARE(checkOutcomeId(r.criteria[0].outcome), outcome);
    QCOMPARE(checkOutcomeId(r.verdict), outcome);
    if (outcome != s("not_enough_data")) {
        QVERIFY(r.criteria[0].value && r.criteria[0].ciLower);
        QCOMPARE(*r.criteria[0].value, double(bOnly - aOnly) / double(both + aOnly + bOnly + neither));
    }
    // Without the runs' cases the criterion cannot be judged.
    const ChangeCheckResult blind = ChangeCheckEvaluation::evaluate(modification({paired}), run);
    QCOMPARE(checkOutcomeId(blind.verdict), s("not_enough_data"));
}

void TestRisk::checkVerdicts()
{
    QFETCH(int, scenario);
    QFETCH(QString, verdict);
    QFETCH(QString, outcomes);
    TestRun run = clinicalRun(0.80, 0.74);
    PlannedModification mod = modification({criterion("auroc", 0.75, 0.72)});
    switch (scenario) {
    case 1: run = clinicalRun(0.73, 0.70); break;
    case 2: run = clinicalRun(0.77, 0.71); break;
    case 3: run = clinicalRun(0.80, std::nullopt); break;
    case 4: mod = modification({criterion("ppv@0.3", 0.5)}); break;
    case 5: mod = modification({criterion("auroc", 0.75)}, 1000); break;
    case 6: run.status = TestRunStatus::Failed; break;
    case 7: mod = modification({criterion("auroc", 0.70, {}, true)}); break;
    case 8: mod = modification({criterion("auroc", 0.85), criterion("ppv@0.3", 0.5)}); break;
    case 9: mod = modification({criterion("auroc", 0.75, 0.72), criterion("calibration_slope", 0.8)}); break;
    default: break;
    }
    const ChangeCheckResult r = ChangeCheckEvaluation::evaluate(mod, run);
    QStringList got;
    for (const CriterionResult &c : r.criteria)
        got << checkOutcomeId(c.outcome);
    QCOMPARE(got.join(QLatin1Char(',')), outcomes);
    QCOMPARE(checkOutcomeId(r.verdict), verdict);
    const Json doc = r.toJson();
    QCOMPARE(QString::fromStdString(doc["verdict"].get<std::string>()), verdict);
    if (scenario == 2) // the numbers the verdict rests on are in the record
        QCOMPARE(doc["criteria"][0]["ci_lower"].get<double>(), 0.71);
    if (scenario == 7)
        QCOMPARE(QString::fromStdString(doc["criteria"][0]["subgroup"].get<std::string>()), QStringLiteral("men"));
}

void TestRisk::storeKeepsAuditAndRefusesStaleSaves()
{
    auto store = ProjectStore::create(m_dir.filePath(QStringLiteral("store.veiviser")),
                                      {QStringLiteral("Sepsis"), QStringLiteral("1.0"), ProjectRole::Provider});
    QVERIFY2(store, store ? "" : qPrintable(store.error().toString()));
    RiskTable table(**store);
    Hazard h = hazard(0, "H-01");
    auto id = table.addHazard(h);
    QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
    QVERIFY(!table.addHazard(h)); // the same reference twice
    auto stored = table.hazard(*id);
    QVERIFY(stored);
    QCOMPARE(stored->rowVersion.value_or(0), qint64(1));
    QCOMPARE(*stored->residualProbability, 1);
    Hazard first = *stored, second = *stored;
    first.harm = QStringLiteral("Delayed treatment");
    QVERIFY(table.saveHazard(first));
    second.harm = QStringLiteral("Something else");
    auto conflict = table.saveHazard(second);
    QVERIFY(!conflict);
    QCOMPARE(conflict.error().kind(), Error::Kind::Conflict);
    RiskControl c = control(0, *id, {{QStringLiteral("monitoring"), QStringLiteral("auroc")}});
    c.type = QStringLiteral("information_for_safety");
    auto controlId = table.addControl(c);
    QVERIFY2(controlId, controlId ? "" : qPrintable(controlId.error().toString()));
    c.type = QStringLiteral("warning");
    QVERIFY(!table.addControl(c));
    QVERIFY(!table.removeHazard(*id, std::nullopt)); // it still has a control
    QVERIFY(table.removeControl(*controlId, std::nullopt));
    // A deviation that points at it keeps it, until the deviation points elsewhere.
    Deviation d;
    d.title = QStringLiteral("Drift");
    d.links = {{QStringLiteral("hazard"), stored->ref}};
    auto deviationId = DeviationTable(**store).open(d);
    QVERIFY2(deviationId, deviationId ? "" : qPrintable(deviationId.error().toString()));
    const Status pointedAt = table.removeHazard(*id, std::nullopt);
    QVERIFY(!pointedAt);
    QVERIFY2(pointedAt.error().what().contains(QStringLiteral("point at hazard")), qPrintable(pointedAt.error().what()));
    auto opened = DeviationTable(**store).get(*deviationId);
    QVERIFY(opened);
    opened->links.clear();
    QVERIFY(DeviationTable(**store).save(*opened));
    QVERIFY(table.removeHazard(*id, std::nullopt));
    auto verified = (*store)->verifyAudit();
    QVERIFY2(verified, verified ? "" : qPrintable(verified.error().toString()));
    QVERIFY2(verified->intact && !verified->stateDiffers, qPrintable(verified->problem));
}

void TestRisk::riskFileChecksAgainstModelAndProject()
{
    auto store = ProjectStore::create(m_dir.filePath(QStringLiteral("file.veiviser")),
                                      {QStringLiteral("Sepsis"), QStringLiteral("1.0"), ProjectRole::Provider});
    QVERIFY(store);
    qputenv("VEIVISER_DATA_DIR", QByteArray(VV_SOURCE_DIR));
    auto file = RiskFile::open(**store, m_library);
    QVERIFY2(file, file ? "" : qPrintable(file.error().toString()));
    Hazard h = hazard(0, "H-01");
    h.category = QStringLiteral("weather");
    QVERIFY(!file->addHazard(h));
    h.category = QStringLiteral("automation_bias");
    h.requirements = {QStringLiteral("urn:veiviser:ai-act:art-999")};
    QVERIFY(!file->addHazard(h));
    h.requirements = {QStringLiteral("urn:veiviser:ai-act:art-14")};
    h.severity = 6;
    QVERIFY(!file->addHazard(h));
    h.severity = 4;
    auto id = file->addHazard(h);
    QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
    RiskControl c = control(0, *id, {{QStringLiteral("test_run"), QStringLiteral("5")}});
    QVERIFY(!file->addControl(c)); // no such run
    c.verifications = {{QStringLiteral("evidence"), QStringLiteral("5")}};
    QVERIFY(!file->addControl(c)); // no such item
    c.verifications.clear();
    c.newHazards = {QStringLiteral("H-99")};
    QVERIFY(!file->addControl(c));
    // A 2×2 matrix would leave H-01 (severity 4) off the scale.
    auto small = RiskModelReader::readMatrix(smallMatrix(), QStringLiteral("m.yaml"));
    QVERIFY(small);
    QVERIFY(!file->storeMatrix(*small));
    QVERIFY(file->storeMatrix(m_model.matrix));
    auto reopened = RiskFile::open(**store, m_library);
    QVERIFY(reopened);
    QVERIFY(reopened->ownMatrix());
    qunsetenv("VEIVISER_DATA_DIR");
}

void TestRisk::cliClosesTheGapsAndChecksARetrainedModel()
{
    const QString project = m_dir.filePath(QStringLiteral("cli.veiviser"));
    QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("init"), project, QStringLiteral("--role"),
                     QStringLiteral("provider")})
                 .exitCode,
             0);
    auto metrics = runCli({QStringLiteral("metrics"), QStringLiteral("--predictions"),
                           QStringLiteral(VV_FIXTURES_DIR "/validation/asah.csv"), QStringLiteral("--label"),
                           QStringLiteral("poor"), QStringLiteral("--score"), QStringLiteral("s100b"),
                           QStringLiteral("--group"), QStringLiteral("gender"), QStringLiteral("--project"), project});
    QVERIFY2(metrics.exitCode == 0, metrics.err.constData());
    auto add = runCli({QStringLiteral("hazard"), QStringLiteral("add"), project, QStringLiteral("--ref"),
                       QStringLiteral("H-01"), QStringLiteral("--hazard"), QStringLiteral("Missed poor outcome"),
                       QStringLiteral("--harm"), QStringLiteral("Delayed treatment"), QStringLiteral("--initial"),
                       QStringLiteral("4,3"), QStringLiteral("--category"), QStringLiteral("subgroup_performance")});
    QVERIFY2(add.exitCode == 0, add.err.constData());
    auto gaps = [&]() {
        auto r = runCli({QStringLiteral("--json"), QStringLiteral("trace"), project, QStringLiteral("--gaps")});
        const Json doc = Json::parse(r.out.toStdString(), nullptr, false);
        QStringList ids;
        if (doc.is_object())
            for (const Json &row : doc["rows"])
                for (const Json &g : row["gaps"])
                    ids << QString::fromStdString(g.get<std::string>());
        return std::pair{r.exitCode, ids.join(QLatin1Char(','))};
    };
    QCOMPARE(gaps(), std::pair(1, s("hazard_without_control")));
    QCOMPARE(runCli({QStringLiteral("control"), QStringLiteral("add"), project, QStringLiteral("--hazard"),
                     QStringLiteral("H-01"), QStringLiteral("--description"), QStringLiteral("Warn in the UI")})
                 .exitCode,
             0);
    QCOMPARE(gaps(), std::pair(1, s("control_without_verification,residual_not_estimated")));
    QCOMPARE(runCli({QStringLiteral("control"), QStringLiteral("set"), project, QStringLiteral("1"),
                     QStringLiteral("--test-run"), QStringLiteral("1")})
                 .exitCode,
             0);
    QCOMPARE(gaps(), std::pair(1, s("residual_not_estimated")));
    // A change based on version 1 after the hazard moved on is a conflict (exit 4), and nothing is saved.
    QCOMPARE(runCli({QStringLiteral("hazard"), QStringLiteral("set"), project, QStringLiteral("H-01"),
                     QStringLiteral("--residual"), QStringLiteral("4,1")})
                 .exitCode,
             0);
    auto stale = runCli({QStringLiteral("hazard"), QStringLiteral("set"), project, QStringLiteral("H-01"),
                         QStringLiteral("--residual"), QStringLiteral("4,2"), QStringLiteral("--expect-version"),
                         QStringLiteral("1")});
    QCOMPARE(stale.exitCode, 4);
    QCOMPARE(gaps(), std::pair(0, QString()));
    // The run's row names the evidence item the run was filed as by `metrics --project`.
    const Json traced = Json::parse(runCli({QStringLiteral("--json"), QStringLiteral("trace"), project}).out.toStdString());
    QVERIFY2(traced["rows"][0]["evidence"].is_number(), traced.dump().c_str());
    // A deviation can point at the hazard it touches (ISO 14971 10); an unknown hazard is refused.
    QCOMPARE(runCli({QStringLiteral("deviation"), QStringLiteral("add"), project, QStringLiteral("--title"),
                     QStringLiteral("Missed case in week 12"), QStringLiteral("--hazard"), QStringLiteral("H-01")})
                 .exitCode,
             0);
    QCOMPARE(runCli({QStringLiteral("deviation"), QStringLiteral("add"), project, QStringLiteral("--title"),
                     QStringLiteral("x"), QStringLiteral("--hazard"), QStringLiteral("H-99")})
                 .exitCode,
             2);

    const QString plan = m_dir.filePath(QStringLiteral("pccp.yaml"));
    QFile f(plan);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("title: Plan\nrequirements: [urn:veiviser:ai-act:art-43]\nmodifications:\n"
            "  - id: retrain\n    title: Retraining\n    changes: retraining\n"
            "    protocol: {data: d, method: m, validation: v}\n    impact: none\n"
            "    criteria:\n      - {metric: auroc, lower: 0.70}\n"
            "  - id: strict\n    title: Strict\n    changes: threshold\n"
            "    protocol: {data: d, method: m, validation: v}\n    impact: none\n"
            "    criteria:\n      - {metric: auroc, lower: 0.70, interval_lower: 0.70}\n");
    f.close();
    QCOMPARE(runCli({QStringLiteral("pccp"), QStringLiteral("plan"), project, QStringLiteral("--from"), plan}).exitCode,
             0);
    // AUROC of s100b for a poor outcome is 0.731 with 0.630–0.833 (tst_metrics_cli, from R's pROC).
    auto met = runCli({QStringLiteral("--json"), QStringLiteral("pccp"), QStringLiteral("check"), project,
                       QStringLiteral("--modification"), QStringLiteral("retrain"), QStringLiteral("--run"),
                       QStringLiteral("1")});
    QVERIFY2(met.exitCode == 0, met.err.constData());
    const Json metDoc = Json::parse(met.out.toStdString());
    QVERIFY(metDoc["verdict"] == Json("met"));
    QVERIFY(metDoc["evidence"].is_number());
    auto notMet = runCli({QStringLiteral("--json"), QStringLiteral("pccp"), QStringLiteral("check"), project,
                          QStringLiteral("--modification"), QStringLiteral("strict"), QStringLiteral("--run"),
                          QStringLiteral("1")});
    QCOMPARE(notMet.exitCode, 1);
    const Json notMetDoc = Json::parse(notMet.out.toStdString());
    QVERIFY(notMetDoc["verdict"] == Json("not_met"));
    QVERIFY(notMetDoc["deviation"].is_number());
    auto unknown = runCli({QStringLiteral("pccp"), QStringLiteral("check"), project, QStringLiteral("--modification"),
                           QStringLiteral("nothing"), QStringLiteral("--run"), QStringLiteral("1")});
    QCOMPARE(unknown.exitCode, 2);
    auto evidence = runCli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("list"), project});
    QVERIFY(evidence.out.contains("urn:veiviser:ai-act:art-43"));
    QCOMPARE(runCli({QStringLiteral("audit"), QStringLiteral("verify"), project}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestRisk)
#include "tst_risk.moc"
