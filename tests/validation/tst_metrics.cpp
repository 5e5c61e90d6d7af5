// The metrics engine against reference tools (pROC on aSAH; scikit-learn, R's glm and pROC on breast cancer),
// its edge cases, the sort it rests on, and bootstrap reproducibility.

#include "TestSupport.h"

#include "core/Json.h"
#include "validation/Calibration.h"
#include "validation/ClinicalMetrics.h"
#include "validation/Discrimination.h"
#include "validation/Sorting.h"
#include "validation/Statistics.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

using namespace vv;
using namespace vv::validation;

class TestMetrics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void normalQuantileMatchesR_data();
    void normalQuantileMatchesR();
    void sortMatchesStdSort_data();
    void sortMatchesStdSort();
    void asahMatchesProc();
    void asahAtOtherLevelAndTiedScores();
    void bootstrapIsReproducible();
    void breastCancerMatchesSklearnAndR();
    void jsonShape();
    void edgeCases_data();
    void edgeCases();
    void separatedOutcomes();
    void largeFitsStartFromASubsample();
    void tenMillionIdenticalScores();
    void droppedRowsAreCounted();
    void optionsAreChecked_data();
    void optionsAreChecked();
    void summaryAndTable();

private:
    Json run(const QString &csv, const CsvOptions &o, const MetricsOptions &m = {});
    std::unique_ptr<QTemporaryDir> m_dir;
};

static QString fixture(const QString &name)
{
    return QStringLiteral(VV_FIXTURES_DIR "/validation/") + name;
}

static Json reference(const QString &name)
{
    auto j = readJsonFile(fixture(name));
    return j ? *j : Json();
}

static CsvOptions columns(const QString &label, const QString &score)
{
    CsvOptions o;
    o.labelColumn = label;
    o.scoreColumn = score;
    return o;
}

#define VV_CLOSE(actual, expected, tolerance)                                                                   \
    do {                                                                                                       \
        const Json vv_a_ = (actual);                                                                           \
        const double vv_e_ = (expected);                                                                       \
        QVERIFY2(vv_a_.is_number(), qPrintable(QStringLiteral("%1 is not a number: %2")                         \
                                                   .arg(QLatin1String(#actual), QString::fromStdString(vv_a_.dump())))); \
        QVERIFY2(std::fabs(vv_a_.get<double>() - vv_e_) <= (tolerance),                                        \
                 qPrintable(QStringLiteral("%1 = %2, expected %3")                                              \
                                .arg(QLatin1String(#actual))                                                   \
                                .arg(vv_a_.get<double>(), 0, 'g', 17)                                          \
                                .arg(vv_e_, 0, 'g', 17)));                                                     \
    } while (false)

void TestMetrics::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestMetrics::cleanup()
{
    QThreadPool::globalInstance()->setMaxThreadCount(QThread::idealThreadCount());
}

Json TestMetrics::run(const QString &csv, const CsvOptions &o, const MetricsOptions &m)
{
    auto r = ClinicalMetrics::run(csv, o, m);
    if (!r) {
        qWarning("%s", qPrintable(r.error().toString()));
        return Json();
    }
    return *r;
}

void TestMetrics::normalQuantileMatchesR_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    QTest::newRow("0.975") << 0.975 << 1.95996398454005361;
    QTest::newRow("0.995") << 0.995 << 2.57582930354889994;
    QTest::newRow("1e-10") << 1e-10 << -6.36134090240405570;
    QTest::newRow("0.3") << 0.3 << -0.52440051270804067;
    QTest::newRow("1 - 1e-15") << 1 - 1e-15 << 7.94144448741597664;
}

void TestMetrics::normalQuantileMatchesR()
{
    QFETCH(double, p);
    QFETCH(double, expected);
    QVERIFY(std::fabs(normalQuantile(p) - expected) < 1e-14 * std::max(1.0, std::fabs(expected)));
    QVERIFY(std::fabs(twoSidedNormalP(normalQuantile(0.975)) - 0.05) < 1e-15);
}

void TestMetrics::sortMatchesStdSort_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("distinct"); // 0: continuous
    QTest::newRow("small") << 100 << 0;
    QTest::newRow("large continuous") << 300000 << 0;
    QTest::newRow("large with ties") << 300000 << 37;
    QTest::newRow("all equal") << 200000 << 1;
}

void TestMetrics::sortMatchesStdSort()
{
    QFETCH(int, n);
    QFETCH(int, distinct);
    std::mt19937_64 rng(11);
    std::normal_distribution<double> normal(0.0, 50.0);
    std::vector<double> v(static_cast<std::size_t>(n));
    for (double &x : v)
        x = distinct ? std::floor(static_cast<double>(rng() % static_cast<unsigned>(distinct)) - 10) * 0.25
                     : normal(rng) * (rng() % 7 == 0 ? 1e-30 : 1.0);
    std::vector<double> expected = v;
    std::stable_sort(expected.begin(), expected.end());
    std::vector<double> a = v;
    sortScores(a);
    QVERIFY(a == expected);
    // With payload: the permutation is stable, so equal values keep their row order.
    std::vector<std::uint32_t> rows(v.size());
    std::iota(rows.begin(), rows.end(), 0u);
    std::vector<double> b = v;
    sortScoresWithPayload(b, rows);
    QVERIFY(b == expected);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        QCOMPARE(v[rows[i]], b[i]);
        if (i > 0 && b[i] == b[i - 1])
            QVERIFY(rows[i] > rows[i - 1]);
    }
}

void TestMetrics::asahMatchesProc()
{
    const Json ref = reference(QStringLiteral("asah_reference.json"));
    QVERIFY(ref.is_object());
    CsvOptions o = columns(QStringLiteral("poor"), QStringLiteral("s100b"));
    o.groupColumn = QStringLiteral("gender");
    o.compareColumn = QStringLiteral("ndka");
    MetricsOptions m;
    m.thresholds = {ref["threshold"]["threshold"].get<double>()};
    const Json r = run(fixture(QStringLiteral("asah.csv")), o, m);
    QVERIFY(r.is_object());
    QCOMPARE(r["n"].get<int>(), ref["n"].get<int>());
    QCOMPARE(r["positives"].get<int>(), ref["positives"].get<int>());
    const double tol = 1e-9;
    VV_CLOSE(r["auroc"]["estimate"], ref["s100b"]["estimate"].get<double>(), tol);
    VV_CLOSE(r["auroc"]["ci_lower"], ref["s100b"]["ci_lower"].get<double>(), tol);
    VV_CLOSE(r["auroc"]["ci_upper"], ref["s100b"]["ci_upper"].get<double>(), tol);
    VV_CLOSE(r["auroc"]["standard_error"], std::sqrt(ref["s100b"]["variance"].get<double>()), tol);
    QCOMPARE(r["auroc"]["method"].get<std::string>(), std::string("delong"));

    // Paired DeLong, s100b against ndka (pROC's roc.test).
    const Json &c = r["comparison"];
    VV_CLOSE(c["compare"]["estimate"], ref["ndka"]["estimate"].get<double>(), tol);
    VV_CLOSE(c["compare"]["ci_lower"], ref["ndka"]["ci_lower"].get<double>(), tol);
    VV_CLOSE(c["compare"]["ci_upper"], ref["ndka"]["ci_upper"].get<double>(), tol);
    VV_CLOSE(c["difference"], ref["paired"]["difference"].get<double>(), tol);
    VV_CLOSE(c["z"], ref["paired"]["z"].get<double>(), tol);
    VV_CLOSE(c["p_value"], ref["paired"]["p_value"].get<double>(), tol);

    // Subgroups by gender, and the unpaired DeLong statistic against the other gender.
    for (const char *g : {"Female", "Male"}) {
        const Json &s = r["subgroups"][g];
        const Json &e = ref["subgroups"][g];
        VV_CLOSE(s["auroc"]["estimate"], e["estimate"].get<double>(), tol);
        VV_CLOSE(s["auroc"]["ci_lower"], e["ci_lower"].get<double>(), tol);
        VV_CLOSE(s["auroc"]["ci_upper"], e["ci_upper"].get<double>(), tol);
        VV_CLOSE(s["versus_rest"]["z"], e["versus_rest_statistic"].get<double>(), tol);
        VV_CLOSE(s["auroc_difference"], e["estimate"].get<double>() - ref["s100b"]["estimate"].get<double>(), tol);
        QVERIFY(!s.contains("subgroups"));
    }

    // Threshold counts and Wilson intervals (R's prop.test without continuity correction).
    const Json &t = r["thresholds"][0];
    const Json &et = ref["threshold"];
    for (const char *k : {"tp", "fp", "tn", "fn"})
        QCOMPARE(t[k].get<int>(), et[k].get<int>());
    for (const char *k : {"sensitivity", "specificity", "ppv", "npv"}) {
        for (const char *f : {"estimate", "ci_lower", "ci_upper"})
            VV_CLOSE(t[k][f], et[k][f].get<double>(), tol);
    }
    // s100b is not a probability (values above 1): calibration says so and AUROC still works.
    QCOMPARE(r["scores_are_probabilities"].get<bool>(), false);
    QVERIFY(r["brier"].is_null());
    QVERIFY(r["calibration"]["slope"].is_null());
    QVERIFY(QString::fromStdString(r["calibration"]["reason"].get<std::string>()).contains(QStringLiteral("probabilities")));
    QVERIFY(r["net_benefit"].empty());
}

void TestMetrics::asahAtOtherLevelAndTiedScores()
{
    const Json ref = reference(QStringLiteral("asah_reference.json"));
    MetricsOptions m;
    m.level = 0.90;
    const Json r90 = run(fixture(QStringLiteral("asah.csv")), columns(QStringLiteral("poor"), QStringLiteral("s100b")), m);
    VV_CLOSE(r90["auroc"]["ci_lower"], ref["s100b_90"]["ci_lower"].get<double>(), 1e-9);
    VV_CLOSE(r90["auroc"]["ci_upper"], ref["s100b_90"]["ci_upper"].get<double>(), 1e-9);
    // WFNS is an ordinal score from 1 to 5: ties everywhere, handled by midranks.
    const Json w = run(fixture(QStringLiteral("asah.csv")), columns(QStringLiteral("poor"), QStringLiteral("wfns")));
    VV_CLOSE(w["auroc"]["estimate"], ref["wfns"]["estimate"].get<double>(), 1e-9);
    VV_CLOSE(w["auroc"]["ci_lower"], ref["wfns"]["ci_lower"].get<double>(), 1e-9);
    VV_CLOSE(w["auroc"]["ci_upper"], ref["wfns"]["ci_upper"].get<double>(), 1e-9);
}

void TestMetrics::bootstrapIsReproducible()
{
    const Json ref = reference(QStringLiteral("asah_reference.json"));
    const CsvOptions o = columns(QStringLiteral("poor"), QStringLiteral("s100b"));
    MetricsOptions m;
    m.bootstrapReplicates = 2000;
    m.seed = 42;
    QThreadPool::globalInstance()->setMaxThreadCount(1);
    const Json one = run(fixture(QStringLiteral("asah.csv")), o, m);
    QThreadPool::globalInstance()->setMaxThreadCount(2);
    const Json two = run(fixture(QStringLiteral("asah.csv")), o, m);
    QCOMPARE(one["auroc"]["method"].get<std::string>(), std::string("bootstrap"));
    VV_COMPARE_JSON(one["auroc"], two["auroc"]);
    // Another seed gives another (close) interval; both agree with pROC's bootstrap within Monte Carlo error.
    m.seed = 43;
    const Json other = run(fixture(QStringLiteral("asah.csv")), o, m);
    QVERIFY(other["auroc"]["ci_lower"] != one["auroc"]["ci_lower"]);
    for (const Json *r : {&one, &other}) {
        VV_CLOSE((*r)["auroc"]["ci_lower"], ref["bootstrap"]["ci_lower"].get<double>(), 0.02);
        VV_CLOSE((*r)["auroc"]["ci_upper"], ref["bootstrap"]["ci_upper"].get<double>(), 0.02);
        VV_CLOSE((*r)["auroc"]["estimate"], ref["s100b"]["estimate"].get<double>(), 1e-12);
        QCOMPARE((*r)["auroc"]["bootstrap"]["replicates"].get<int>(), 2000);
    }
    // The DeLong interval stays alongside.
    VV_CLOSE(one["auroc"]["delong"]["ci_lower"], ref["s100b"]["ci_lower"].get<double>(), 1e-9);
    // Large enough to run on both threads: still the same bits with one thread and with two.
    std::mt19937_64 rng(3);
    std::uniform_real_distribution<double> u(0, 1);
    std::vector<double> pos(40000), neg(60000);
    for (double &x : pos)
        x = std::sqrt(u(rng));
    for (double &x : neg)
        x = u(rng);
    sortScores(pos);
    sortScores(neg);
    QThreadPool::globalInstance()->setMaxThreadCount(1);
    const auto a = Discrimination::bootstrapAuroc(pos, neg, 50, 9, 0.95);
    QThreadPool::globalInstance()->setMaxThreadCount(2);
    const auto b = Discrimination::bootstrapAuroc(pos, neg, 50, 9, 0.95);
    QVERIFY(a && b);
    QCOMPARE(*a->lower, *b->lower);
    QCOMPARE(*a->upper, *b->upper);
    // A cancelled bootstrap returns nothing.
    CancellationToken token;
    token.cancel();
    QVERIFY(!Discrimination::bootstrapAuroc(pos, neg, 50, 9, 0.95, &token));
}

void TestMetrics::breastCancerMatchesSklearnAndR()
{
    const Json sk = reference(QStringLiteral("breast_cancer_sklearn.json"));
    const Json rr = reference(QStringLiteral("breast_cancer_r.json"));
    QVERIFY(sk.is_object() && rr.is_object());
    CsvOptions o = columns(QStringLiteral("malignant"), QStringLiteral("risk"));
    o.compareColumn = QStringLiteral("risk_simple");
    MetricsOptions m;
    for (const Json &t : sk["thresholds"])
        m.thresholds.push_back(t["threshold"].get<double>());
    const Json r = run(fixture(QStringLiteral("breast_cancer_predictions.csv")), o, m);
    QVERIFY(r.is_object());
    QCOMPARE(r["n"].get<int>(), sk["n"].get<int>());
    QCOMPARE(r["scores_are_probabilities"].get<bool>(), true);
    // Discrimination: scikit-learn's roc_auc_score and pROC's DeLong interval.
    VV_CLOSE(r["auroc"]["estimate"], sk["auroc"].get<double>(), 1e-12);
    VV_CLOSE(r["auroc"]["ci_lower"], rr["auroc"]["ci_lower"].get<double>(), 1e-9);
    VV_CLOSE(r["auroc"]["ci_upper"], rr["auroc"]["ci_upper"].get<double>(), 1e-9);
    VV_CLOSE(r["comparison"]["compare"]["estimate"], sk["auroc_simple"].get<double>(), 1e-12);
    VV_CLOSE(r["comparison"]["compare"]["ci_lower"], rr["auroc_simple"]["ci_lower"].get<double>(), 1e-9);
    VV_CLOSE(r["comparison"]["z"], rr["paired"]["z"].get<double>(), 1e-9);
    VV_CLOSE(r["comparison"]["p_value"], rr["paired"]["p_value"].get<double>(), 1e-9);
    // Brier score and the calibration curve's bins (scikit-learn's calibration_curve, uniform bins).
    VV_CLOSE(r["brier"], sk["brier"].get<double>(), 1e-12);
    const Json &cal = r["calibration"];
    std::size_t k = 0;
    for (std::size_t b = 0; b < cal["bins"].size(); ++b) {
        const Json &bin = cal["bins"][b];
        QCOMPARE(bin["n"].get<int>(), sk["calibration_curve"]["counts"][b].get<int>());
        if (bin["n"].get<int>() == 0)
            continue;
        VV_CLOSE(bin["observed"], sk["calibration_curve"]["observed"][k].get<double>(), 1e-12);
        VV_CLOSE(bin["mean_predicted"], sk["calibration_curve"]["mean_predicted"][k].get<double>(), 1e-12);
        ++k;
    }
    VV_CLOSE(cal["ece"], sk["ece"].get<double>(), 1e-12);
    // Logistic recalibration against R's glm.
    QCOMPARE(cal["converged"].get<bool>(), true);
    VV_CLOSE(cal["intercept"], rr["intercept"].get<double>(), 1e-6);
    VV_CLOSE(cal["slope"], rr["slope"].get<double>(), 1e-6);
    VV_CLOSE(cal["intercept_ci_lower"], rr["intercept_ci_lower"].get<double>(), 1e-6);
    VV_CLOSE(cal["intercept_ci_upper"], rr["intercept_ci_upper"].get<double>(), 1e-6);
    VV_CLOSE(cal["slope_ci_lower"], rr["slope_ci_lower"].get<double>(), 1e-6);
    VV_CLOSE(cal["slope_ci_upper"], rr["slope_ci_upper"].get<double>(), 1e-6);
    VV_CLOSE(cal["slope_model_intercept"], rr["slope_model_intercept"].get<double>(), 1e-6);
    // Thresholds (score >= t) and net benefit against numpy.
    for (std::size_t i = 0; i < sk["thresholds"].size(); ++i) {
        for (const char *key : {"tp", "fp", "tn", "fn"})
            QCOMPARE(r["thresholds"][i][key].get<int>(), sk["thresholds"][i][key].get<int>());
    }
    for (const Json &nb : sk["net_benefit"]) {
        const double t = nb["threshold"].get<double>();
        const auto idx = static_cast<std::size_t>(std::lround(t * 100)) - 1;
        const Json &mine = r["net_benefit"][idx];
        VV_CLOSE(mine["threshold"], t, 1e-12);
        VV_CLOSE(mine["model"], nb["model"].get<double>(), 1e-12);
        VV_CLOSE(mine["treat_all"], nb["treat_all"].get<double>(), 1e-12);
        QCOMPARE(mine["treat_none"].get<double>(), 0.0);
    }
    QCOMPARE(r["net_benefit"].size(), std::size_t(99));
}

void TestMetrics::jsonShape()
{
    CsvOptions o = columns(QStringLiteral("malignant"), QStringLiteral("risk"));
    o.groupColumn = QStringLiteral("size");
    MetricsOptions m;
    m.thresholds = {0.5};
    const Json r = run(fixture(QStringLiteral("breast_cancer_predictions.csv")), o, m);
    for (const char *k : {"n", "positives", "prevalence", "dropped_rows", "auroc", "brier", "scaled_brier",
                          "calibration", "thresholds", "net_benefit", "subgroups", "risk_distribution", "roc_curve"})
        QVERIFY2(r.contains(k), k);
    for (const char *k : {"estimate", "ci_lower", "ci_upper", "method", "level"})
        QVERIFY2(r["auroc"].contains(k), k);
    QCOMPARE(r["auroc"]["level"].get<double>(), 0.95);
    for (const char *k : {"intercept", "slope", "ece", "bins", "converged"})
        QVERIFY2(r["calibration"].contains(k), k);
    for (const char *k : {"threshold", "tp", "fp", "tn", "fn", "sensitivity", "specificity", "ppv", "npv"})
        QVERIFY2(r["thresholds"][0].contains(k), k);
    for (const char *k : {"estimate", "ci_lower", "ci_upper"})
        QVERIFY2(r["thresholds"][0]["ppv"].contains(k), k);
    for (const char *k : {"threshold", "model", "treat_all", "treat_none"})
        QVERIFY2(r["net_benefit"][0].contains(k), k);
    QCOMPARE(r["subgroups"].size(), std::size_t(2));
    for (const auto &[name, s] : r["subgroups"].items()) {
        for (const char *k : {"n", "positives", "prevalence", "dropped_rows", "auroc", "brier", "scaled_brier",
                              "calibration", "thresholds", "net_benefit", "auroc_difference", "versus_rest"})
            QVERIFY2(s.contains(k), k);
        QVERIFY(!s.contains("subgroups"));
    }
    const int n = r["subgroups"]["large"]["n"].get<int>() + r["subgroups"]["small"]["n"].get<int>();
    QCOMPARE(n, r["n"].get<int>());
    // Risk distributions: every patient is in one histogram bin of their class.
    std::int64_t pos = 0, neg = 0;
    for (const Json &b : r["risk_distribution"]["bins"]) {
        pos += b["positives"].get<std::int64_t>();
        neg += b["negatives"].get<std::int64_t>();
    }
    QCOMPARE(pos, r["positives"].get<std::int64_t>());
    QCOMPARE(neg, r["negatives"].get<std::int64_t>());
    // The ROC curve runs from (0, 0) to (1, 1).
    const Json &roc = r["roc_curve"];
    QCOMPARE(roc.front()["fpr"].get<double>(), 0.0);
    QCOMPARE(roc.back()["tpr"].get<double>(), 1.0);
    QCOMPARE(roc.back()["fpr"].get<double>(), 1.0);
}

void TestMetrics::edgeCases_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("n");
    QTest::addColumn<bool>("aurocKnown");
    QTest::addColumn<bool>("ciKnown");
    QTest::addColumn<double>("auroc");
    QTest::addColumn<bool>("slopeKnown");
    QTest::addColumn<bool>("interceptKnown");
    QTest::addColumn<QString>("reason");
    QTest::newRow("n = 1") << QByteArray("label,score\n1,0.7\n") << 1 << false << false << 0.0 << false << false
                           << "with and without the outcome";
    QTest::newRow("all one class") << QByteArray("label,score\n0,0.1\n0,0.3\n0,0.2\n") << 3 << false << false << 0.0
                                   << false << false << "with and without the outcome";
    QTest::newRow("one of each") << QByteArray("label,score\n1,0.7\n0,0.2\n") << 2 << true << false << 1.0 << false
                                 << true << "at least two";
    QTest::newRow("ties everywhere") << QByteArray("label,score\n1,0.4\n0,0.4\n1,0.4\n0,0.4\n0,0.4\n") << 5 << true
                                     << true << 0.5 << false << true << "equal";
    QTest::newRow("reversed score") << QByteArray("label,score\n1,0.1\n0,0.9\n1,0.2\n0,0.8\n1,0.85\n") << 5 << true
                                    << true << 1.0 / 6.0 << true << true << "";
}

void TestMetrics::edgeCases()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, n);
    QFETCH(bool, aurocKnown);
    QFETCH(bool, ciKnown);
    QFETCH(double, auroc);
    QFETCH(bool, slopeKnown);
    QFETCH(bool, interceptKnown);
    QFETCH(QString, reason);
    const QString path = m_dir->filePath(QStringLiteral("e.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(csv);
    f.close();
    MetricsOptions m;
    m.thresholds = {0.5};
    const Json r = run(path, columns(QStringLiteral("label"), QStringLiteral("score")), m);
    QVERIFY(r.is_object());
    QCOMPARE(r["n"].get<int>(), n);
    QCOMPARE(r["auroc"]["estimate"].is_number(), aurocKnown);
    if (aurocKnown)
        VV_CLOSE(r["auroc"]["estimate"], auroc, 1e-15);
    QCOMPARE(r["auroc"]["ci_lower"].is_number(), ciKnown);
    QCOMPARE(r["calibration"]["slope"].is_number(), slopeKnown);
    QCOMPARE(r["calibration"]["intercept"].is_number(), interceptKnown);
    if (!reason.isEmpty()) {
        const QString all = QString::fromStdString(r["auroc"].value("reason", std::string()) + " " +
                                                   r["calibration"].value("reason", std::string()));
        QVERIFY2(all.contains(reason), qPrintable(all));
    }
    QVERIFY(r["brier"].is_number()); // the Brier score needs no second class
    // With ties everywhere the DeLong variance is zero: the interval is the point.
    if (QByteArray(QTest::currentDataTag()) == "ties everywhere") {
        QCOMPARE(r["auroc"]["ci_lower"].get<double>(), 0.5);
        QCOMPARE(r["auroc"]["ci_upper"].get<double>(), 0.5);
        // Intercept with the slope fixed at 1: logit(2/5) - logit(0.4) = 0.
        VV_CLOSE(r["calibration"]["intercept"], 0.0, 1e-12);
    }
}

void TestMetrics::separatedOutcomes()
{
    std::vector<double> pos = {0.6, 0.7, 0.9}, neg = {0.1, 0.2, 0.6};
    const CalibrationFit fit = Calibration::fit(pos, neg, 0.95);
    QVERIFY(!fit.slope.estimate);
    QVERIFY(fit.reason.contains(QStringLiteral("separates")));
    QVERIFY(fit.interceptConverged);
    // Predictions of exactly 0 and 1 are counted and moved inside for the logit.
    const CalibrationFit edge = Calibration::fit(std::vector<double>{1.0, 0.6, 0.3}, std::vector<double>{0.0, 0.4, 0.7}, 0.95);
    QCOMPARE(edge.clamped, std::int64_t(2));
    // A start far from the maximum (a full Newton step from slope 1 overshoots): the cut-back steps still reach
    // R's answer, glm(y ~ qlogis(p), binomial) with p moved to 1e-10 and 1 - 1e-10 = 0.193635891936521.
    QVERIFY(edge.slopeConverged);
    QVERIFY(std::fabs(*edge.slope.estimate - 0.19363589193652100) < 1e-9);
    QVERIFY(std::fabs(*edge.intercept.estimate) < 1e-9);
}

void TestMetrics::largeFitsStartFromASubsample()
{
    // The same 100 000 patients, once and five times over: the maximum-likelihood estimates are the same, and the
    // standard errors shrink by sqrt(5). The large copy is fitted from a subsample's start, the small one is not.
    std::mt19937_64 rng(5);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::vector<double> pos, neg;
    for (int i = 0; i < 100000; ++i) {
        const double p = 1.0 / (1.0 + std::exp(-(-1.0 + 3.0 * (u(rng) - 0.5))));
        const double truth = 1.0 / (1.0 + std::exp(-(0.3 + 1.4 * std::log(p / (1.0 - p)))));
        (u(rng) < truth ? pos : neg).push_back(p);
    }
    std::vector<double> pos5, neg5;
    for (int k = 0; k < 5; ++k) {
        pos5.insert(pos5.end(), pos.begin(), pos.end());
        neg5.insert(neg5.end(), neg.begin(), neg.end());
    }
    const CalibrationFit one = Calibration::fit(pos, neg, 0.95);
    const CalibrationFit five = Calibration::fit(pos5, neg5, 0.95);
    QVERIFY(one.slopeConverged && five.slopeConverged && one.interceptConverged && five.interceptConverged);
    QVERIFY(std::fabs(*one.slope.estimate - *five.slope.estimate) < 1e-9);
    QVERIFY(std::fabs(*one.intercept.estimate - *five.intercept.estimate) < 1e-9);
    QVERIFY(std::fabs(*one.slopeModelIntercept - *five.slopeModelIntercept) < 1e-9);
    const double seOne = (*one.slope.upper - *one.slope.lower), seFive = (*five.slope.upper - *five.slope.lower);
    QVERIFY(std::fabs(seOne / seFive - std::sqrt(5.0)) < 1e-6);
    QVERIFY(five.slopeIterations < one.slopeIterations);
    QVERIFY(std::fabs(*one.slope.estimate - 1.4) < 0.05); // and it finds the slope the data were made with
}

void TestMetrics::tenMillionIdenticalScores()
{
    // 10^7 rows, every score 0.3: AUROC 0.5 with a zero-width interval, found without sorting work.
    const QString path = m_dir->filePath(QStringLiteral("same.csv"));
    QByteArray block;
    for (int i = 0; i < 100000; ++i)
        block += i % 4 == 0 ? "1,0.3\n" : "0,0.3\n";
    QVERIFY(test::writeRepeated(path, "outcome,risk\n", block, 100));
    const Json r = run(path, columns(QStringLiteral("outcome"), QStringLiteral("risk")));
    QCOMPARE(r["n"].get<std::int64_t>(), std::int64_t(10000000));
    QCOMPARE(r["positives"].get<std::int64_t>(), std::int64_t(2500000));
    QCOMPARE(r["auroc"]["estimate"].get<double>(), 0.5);
    QCOMPARE(r["auroc"]["ci_lower"].get<double>(), 0.5);
    QCOMPARE(r["auroc"]["ci_upper"].get<double>(), 0.5);
    QVERIFY(r["calibration"]["slope"].is_null());
    VV_CLOSE(r["calibration"]["intercept"], std::log(0.25 / 0.75) - std::log(0.3 / 0.7), 1e-9);
    VV_CLOSE(r["brier"], 0.25 * 0.49 + 0.75 * 0.09, 1e-12);
}

void TestMetrics::droppedRowsAreCounted()
{
    const QString path = m_dir->filePath(QStringLiteral("nan.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("label,score\n1,0.9\n0,NaN\n0,0.2\n1,\n1,0.6\n0,0.4\n");
    f.close();
    CsvOptions o = columns(QStringLiteral("label"), QStringLiteral("score"));
    QVERIFY(!ClinicalMetrics::run(path, o, {}).ok());
    o.dropInvalid = true;
    const Json r = run(path, o);
    QCOMPARE(r["dropped_rows"].get<int>(), 2);
    QCOMPARE(r["n"].get<int>(), 4);
    QCOMPARE(r["dropped_examples"][0]["line"].get<int>(), 3);
    QCOMPARE(r["auroc"]["estimate"].get<double>(), 1.0);
}

void TestMetrics::optionsAreChecked_data()
{
    QTest::addColumn<int>("bootstrap");
    QTest::addColumn<double>("level");
    QTest::addColumn<double>("threshold");
    QTest::newRow("one replicate") << 1 << 0.95 << 0.5;
    QTest::newRow("too many replicates") << 100001 << 0.95 << 0.5;
    QTest::newRow("level 1") << 0 << 1.0 << 0.5;
    QTest::newRow("level 0.2") << 0 << 0.2 << 0.5;
    QTest::newRow("NaN threshold") << 0 << 0.95 << std::nan("");
}

void TestMetrics::optionsAreChecked()
{
    QFETCH(int, bootstrap);
    QFETCH(double, level);
    QFETCH(double, threshold);
    MetricsOptions m;
    m.bootstrapReplicates = bootstrap;
    m.level = level;
    m.thresholds = {threshold};
    const auto s = ClinicalMetrics::checkOptions(m);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind(), Error::Kind::Input);
}

void TestMetrics::summaryAndTable()
{
    MetricsOptions m;
    m.thresholds = {0.5};
    const Json r = run(fixture(QStringLiteral("breast_cancer_predictions.csv")),
                       columns(QStringLiteral("malignant"), QStringLiteral("risk")), m);
    const auto summary = ClinicalMetrics::summary(r);
    auto find = [&](const QString &name) {
        return std::find_if(summary.begin(), summary.end(), [&](const RunMetric &x) { return x.name == name; });
    };
    QVERIFY(find(QStringLiteral("auroc")) != summary.end());
    QCOMPARE(*find(QStringLiteral("auroc"))->value, r["auroc"]["estimate"].get<double>());
    QCOMPARE(*find(QStringLiteral("auroc"))->ciLower, r["auroc"]["ci_lower"].get<double>());
    QCOMPARE(*find(QStringLiteral("calibration_slope"))->value, r["calibration"]["slope"].get<double>());
    QVERIFY(find(QStringLiteral("sensitivity@0.5")) != summary.end());
    QVERIFY(find(QStringLiteral("npv@0.5"))->ciUpper.has_value());
    const auto rows = ClinicalMetrics::table(r);
    QVERIFY(std::any_of(rows.begin(), rows.end(), [](const MetricsRow &row) {
        return row.measure == QStringLiteral("AUROC") && row.interval.contains(QStringLiteral("DeLong"));
    }));
    QVERIFY(rows.size() >= 13);
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
