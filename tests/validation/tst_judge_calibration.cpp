// Judge calibration against clinicians: kappa and alpha between the judge and the final human scores match the
// references (tests/fixtures/validation/judge-calibration: scikit-learn and the numpy Krippendorff formulas), cases
// scored by one side only are counted and left out, and the verdict follows the lower bound of alpha's interval.

#include "TestSupport.h"

#include "core/Json.h"
#include "validation/JudgeCalibration.h"

#include <QFile>
#include <QTest>

using namespace vv;
using namespace vv::validation;

class TestJudgeCalibration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matchesReferences_data();
    void matchesReferences();
    void noSharedCaseIsAnError();
    void scoreOutsideTheScaleIsAnError();
    void jsonShape();

private:
    Json m_reference;
};

static std::map<QString, int> scores(const Json &o)
{
    std::map<QString, int> out;
    for (const auto &[k, v] : o.items())
        out[QString::fromStdString(k)] = v.get<int>();
    return out;
}

static AgreementOptions options()
{
    AgreementOptions o;
    o.scaleMin = 1;
    o.scaleMax = 5;
    return o;
}

void TestJudgeCalibration::initTestCase()
{
    QFile f(QStringLiteral(VV_FIXTURES_DIR "/validation/judge-calibration/calibration_reference.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto doc = parseJson(f.readAll(), f.fileName());
    QVERIFY(doc.ok());
    m_reference = *doc;
}

void TestJudgeCalibration::matchesReferences_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("close") << QStringLiteral("close") << QStringLiteral("can_stand_in");
    QTest::newRow("few") << QStringLiteral("few") << QStringLiteral("uncertain");
    QTest::newRow("random") << QStringLiteral("random") << QStringLiteral("cannot_stand_in");
}

void TestJudgeCalibration::matchesReferences()
{
    QFETCH(QString, name);
    QFETCH(QString, verdict);
    const Json *d = nullptr;
    for (const Json &candidate : m_reference.at("datasets"))
        if (candidate.at("name") == toStd(name))
            d = &candidate;
    QVERIFY(d);
    auto c = calibrateJudge(scores(d->at("judge")), scores(d->at("human")), options());
    QVERIFY2(c.ok(), qPrintable(c ? QString() : c.error().toString()));
    QCOMPARE(c->casesCompared, d->at("cases_compared").get<int>());
    QCOMPARE(c->judgeOnly, 1);
    QCOMPARE(c->humanOnly, 1);
    QVERIFY(c->agreement.kappa && c->agreement.alpha);
    QVERIFY(c->agreement.kappa->weighted);
    QVERIFY(std::abs(c->agreement.kappa->value - d->at("kappa").get<double>()) < 1e-9);
    QVERIFY(std::abs(c->agreement.alpha->value - d->at("alpha").get<double>()) < 1e-9);
    QCOMPARE(JudgeCalibration::verdictKey(c->verdict), verdict);
    // The verdict rests on the lower bound, not the value: 'few' has alpha above the threshold.
    const AlphaResult &a = *c->agreement.alpha;
    QCOMPARE(c->verdict == JudgeCalibration::Verdict::CanStandIn, a.ciLower >= JudgeCalibration::threshold);
    QVERIFY(!c->verdictText().isEmpty());
}

void TestJudgeCalibration::noSharedCaseIsAnError()
{
    auto c = calibrateJudge({{QStringLiteral("a"), 3}}, {{QStringLiteral("b"), 3}}, options());
    QVERIFY(!c.ok());
    QVERIFY(c.error().what().contains(QStringLiteral("no case")));
}

void TestJudgeCalibration::scoreOutsideTheScaleIsAnError()
{
    auto c = calibrateJudge({{QStringLiteral("a"), 9}, {QStringLiteral("b"), 2}},
                            {{QStringLiteral("a"), 3}, {QStringLiteral("b"), 2}}, options());
    QVERIFY(!c.ok());
}

void TestJudgeCalibration::jsonShape()
{
    const Json &d = m_reference.at("datasets").at(0);
    auto c = calibrateJudge(scores(d.at("judge")), scores(d.at("human")), options());
    QVERIFY(c.ok());
    const Json j = c->toJson();
    for (const char *key : {"cases_compared", "judge_only", "human_only", "threshold", "verdict", "verdict_text",
                            "agreement"})
        QVERIFY2(j.contains(key), key);
    VV_COMPARE_JSON(j["verdict"], "can_stand_in");
    QVERIFY(j["agreement"]["kappa"].is_object());
    QVERIFY(j["agreement"]["alpha"].is_object());
}

QTEST_GUILESS_MAIN(TestJudgeCalibration)
#include "tst_judge_calibration.moc"
