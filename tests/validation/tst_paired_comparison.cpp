// The paired comparison of two runs (runs compare): the exact McNemar p and Newcombe's paired interval against R
// (tests/fixtures/validation/paired/make_paired_reference.R, which uses binom.test and prop.test), then how cases
// are paired: errored and one-sided cases left out, the last result of a repeated case counting.

#include "core/Json.h"
#include "validation/PairedComparison.h"

#include <QFile>
#include <QTest>

using namespace vv;
using namespace vv::validation;

class TestPairedComparison : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesR_data();
    void matchesR();
    void casesArePairedById();
    void nothingShared();
    void scoreBootstrap();
};

namespace {

std::vector<CaseResult> run(std::initializer_list<std::pair<const char *, CaseStatus>> cases)
{
    std::vector<CaseResult> out;
    for (const auto &[id, status] : cases)
        out.push_back({QString::fromLatin1(id), status, std::nullopt, Json::object(), {}});
    return out;
}

// Two runs that make the given 2×2 table.
std::pair<std::vector<CaseResult>, std::vector<CaseResult>> table(int both, int aOnly, int bOnly, int neither)
{
    std::vector<CaseResult> a, b;
    int id = 0;
    auto add = [&](int count, CaseStatus inA, CaseStatus inB) {
        for (int i = 0; i < count; ++i, ++id) {
            const QString name = QStringLiteral("case-%1").arg(id);
            a.push_back({name, inA, std::nullopt, Json::object(), {}});
            b.push_back({name, inB, std::nullopt, Json::object(), {}});
        }
    };
    add(both, CaseStatus::Passed, CaseStatus::Passed);
    add(aOnly, CaseStatus::Passed, CaseStatus::Failed);
    add(bOnly, CaseStatus::Failed, CaseStatus::Passed);
    add(neither, CaseStatus::Failed, CaseStatus::Failed);
    return {a, b};
}

bool near(double x, double y)
{
    return std::abs(x - y) <= 1e-12 * std::max(1.0, std::abs(y));
}

} // namespace

void TestPairedComparison::matchesR_data()
{
    QTest::addColumn<int>("both");
    QTest::addColumn<int>("aOnly");
    QTest::addColumn<int>("bOnly");
    QTest::addColumn<int>("neither");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("difference");
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");
    auto ref = readJsonFile(QStringLiteral(VV_FIXTURES_DIR "/validation/paired/paired_reference.json"));
    QVERIFY(ref && ref->is_array() && ref->size() >= 5);
    for (const Json &r : *ref)
        QTest::newRow(r["name"].get<std::string>().c_str())
            << r["a"].get<int>() << r["b"].get<int>() << r["c"].get<int>() << r["d"].get<int>()
            << r["mcnemar_p"].get<double>() << r["difference"].get<double>() << r["ci_lower"].get<double>()
            << r["ci_upper"].get<double>();
}

void TestPairedComparison::matchesR()
{
    QFETCH(int, both);
    QFETCH(int, aOnly);
    QFETCH(int, bOnly);
    QFETCH(int, neither);
    QFETCH(double, p);
    QFETCH(double, difference);
    QFETCH(double, lower);
    QFETCH(double, upper);
    const auto [a, b] = table(both, aOnly, bOnly, neither);
    const PairedComparison c = PairedComparison::compare(a, b);
    QCOMPARE(c.counts.paired(), std::int64_t(both + aOnly + bOnly + neither));
    QCOMPARE(c.counts.aOnly, std::int64_t(aOnly));
    QCOMPARE(c.counts.bOnly, std::int64_t(bOnly));
    QVERIFY2(near(c.mcnemarP, p), qPrintable(QString::number(c.mcnemarP, 'g', 17)));
    QVERIFY(c.difference.estimate && c.difference.lower && c.difference.upper);
    QVERIFY2(near(*c.difference.estimate, difference), qPrintable(QString::number(*c.difference.estimate, 'g', 17)));
    QVERIFY2(near(*c.difference.lower, lower), qPrintable(QString::number(*c.difference.lower, 'g', 17)));
    QVERIFY2(near(*c.difference.upper, upper), qPrintable(QString::number(*c.difference.upper, 'g', 17)));
    QCOMPARE(c.regressions.size(), aOnly);
    QCOMPARE(c.improvements.size(), bOnly);
}

void TestPairedComparison::casesArePairedById()
{
    const auto a = run({{"q1", CaseStatus::Passed},
                        {"q2", CaseStatus::Passed},
                        {"q3", CaseStatus::Errored},
                        {"q4", CaseStatus::Failed},
                        {"q5", CaseStatus::Failed},
                        {"only-a", CaseStatus::Passed},
                        {"q4", CaseStatus::Passed}}); // resumed: the last result counts
    const auto b = run({{"q2", CaseStatus::Failed},
                        {"q1", CaseStatus::Passed},
                        {"q3", CaseStatus::Passed},
                        {"q4", CaseStatus::Passed},
                        {"q5", CaseStatus::Passed},
                        {"only-b", CaseStatus::Failed}});
    const PairedComparison c = PairedComparison::compare(a, b);
    QCOMPARE(c.counts.paired(), std::int64_t(4));
    QCOMPARE(c.counts.both, std::int64_t(2)); // q1 and q4
    QCOMPARE(c.regressions, QStringList{QStringLiteral("q2")});
    QCOMPARE(c.improvements, QStringList{QStringLiteral("q5")});
    QCOMPARE(c.excluded, std::int64_t(1)); // q3 errored in A
    QCOMPARE(c.onlyInA, std::int64_t(1));
    QCOMPARE(c.onlyInB, std::int64_t(1));
    const Json j = c.toJson();
    QCOMPARE(j["cases_paired"].get<int>(), 4);
    QCOMPARE(j["a_passed"].get<int>(), 3);
    QCOMPARE(j["b_passed"].get<int>(), 3);
    QCOMPARE(j["a_only"].get<int>(), 1);
    QCOMPARE(j["b_only"].get<int>(), 1);
    QCOMPARE(j["mcnemar_p"].get<double>(), 1.0);
    QCOMPARE(j["difference"]["method"].get<std::string>(), std::string("newcombe-hybrid-score"));
    QCOMPARE(j["regressions"].dump(), std::string(R"(["q2"])"));
}

void TestPairedComparison::nothingShared()
{
    const PairedComparison c = PairedComparison::compare(run({{"x", CaseStatus::Passed}}), run({{"y", CaseStatus::Passed}}));
    QCOMPARE(c.counts.paired(), std::int64_t(0));
    QVERIFY(!c.difference.estimate);
    QVERIFY(c.toJson()["difference"].is_null());
    QCOMPARE(c.mcnemarP, 1.0);
}

void TestPairedComparison::scoreBootstrap()
{
    QFile f(QStringLiteral(VV_FIXTURES_DIR "/validation/paired/score_bootstrap_reference.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Json ref = Json::parse(f.readAll().toStdString());
    std::vector<CaseResult> a, b;
    for (std::size_t i = 0; i < ref["a"].size(); ++i) {
        const QString id = QStringLiteral("c%1").arg(i);
        const double sa = ref["a"][i].get<double>(), sb = ref["b"][i].get<double>();
        // The status follows the score at 0.5; the scores, not the statuses, are what the bootstrap compares.
        a.push_back({id, sa >= 0.5 ? CaseStatus::Passed : CaseStatus::Failed, sa, Json::object(), {}});
        b.push_back({id, sb >= 0.5 ? CaseStatus::Passed : CaseStatus::Failed, sb, Json::object(), {}});
    }
    const PairedComparison c = PairedComparison::compare(a, b);
    QVERIFY(c.scoreDifference);
    QCOMPARE(c.scoreDifference->cases, std::int64_t(40));
    QVERIFY(near(c.scoreDifference->value, ref["mean_difference"].get<double>()));
    // 2000 seeded resamples against numpy's 400,000: within a fifth of the bootstrap standard error.
    const double se = ref["bootstrap_se"].get<double>();
    QVERIFY2(std::abs(c.scoreDifference->lower - ref["ci_lower"].get<double>()) < 0.2 * se,
             qPrintable(QString::number(c.scoreDifference->lower)));
    QVERIFY2(std::abs(c.scoreDifference->upper - ref["ci_upper"].get<double>()) < 0.2 * se,
             qPrintable(QString::number(c.scoreDifference->upper)));
    // The same data and seed give the same interval; the JSON names the method.
    const Json j = PairedComparison::compare(a, b).toJson();
    QCOMPARE(j["score_difference"]["ci_lower"].get<double>(), c.scoreDifference->lower);
    QCOMPARE(j["score_difference"]["method"].get<std::string>(), std::string("paired-bootstrap-percentile"));
    QVERIFY2(c.scoreDifferenceText().contains(QStringLiteral("over 40 cases")), qPrintable(c.scoreDifferenceText()));

    // A constant difference has no spread to resample.
    const ScoreDifference constant = pairedScoreBootstrap({{0.2, 0.5}, {0.4, 0.7}, {0.1, 0.4}}, 0.95, 500, 3);
    QVERIFY(near(constant.lower, 0.3) && near(constant.upper, 0.3) && near(constant.value, 0.3));

    // Scores that are only pass (1) and fail (0) say nothing beyond McNemar's table: no bootstrap.
    auto [x, y] = table(5, 2, 3, 1);
    for (CaseResult &r : x)
        r.score = r.status == CaseStatus::Passed ? 1.0 : 0.0;
    for (CaseResult &r : y)
        r.score = r.status == CaseStatus::Passed ? 1.0 : 0.0;
    QVERIFY(!PairedComparison::compare(x, y).scoreDifference);
    QVERIFY(PairedComparison::compare(x, y).toJson()["score_difference"].is_null());
    QVERIFY(PairedComparison::compare(x, y).scoreDifferenceText().isEmpty());
}

QTEST_GUILESS_MAIN(TestPairedComparison)
#include "tst_paired_comparison.moc"
