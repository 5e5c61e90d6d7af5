// Inter-rater agreement against reference tools (tests/fixtures/validation/agreement: scikit-learn's
// cohen_kappa_score, R's psych::cohen.kappa and an independent numpy Krippendorff's alpha checked against
// Krippendorff's 2011 worked example), the bootstrap's reproducibility, and the errors.

#include "TestSupport.h"

#include "core/Json.h"
#include "validation/Agreement.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace vv;
using namespace vv::validation;

Q_DECLARE_METATYPE(vv::validation::AgreementScale)

class TestAgreement : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matchesReferences_data();
    void matchesReferences();
    void reproducesKrippendorffsExample_data();
    void reproducesKrippendorffsExample();
    void bootstrapIsReproducible();
    void kappaNeedsExactlyTwoRaters();
    void repeatedEqualScoreCountsOnce();
    void extremeScoresStayFinite();
    void jsonShape();
    void errors_data();
    void errors();

private:
    Json m_reference;
};

static const char *const scaleKeys[] = {"nominal", "ordinal", "interval"};

static std::vector<Rating> ratingsOf(const Json &dataset)
{
    std::vector<Rating> out;
    for (const Json &r : dataset.at("ratings"))
        out.push_back({QString::fromStdString(r.at(0).get<std::string>()),
                       QString::fromStdString(r.at(1).get<std::string>()), r.at(2).get<int>()});
    return out;
}

static const Json &dataset(const Json &reference, const std::string &name)
{
    for (const Json &d : reference.at("datasets"))
        if (d.at("name") == name)
            return d;
    qFatal("no data set %s in the fixture", name.c_str());
}

void TestAgreement::initTestCase()
{
    auto j = readJsonFile(QStringLiteral(VV_FIXTURES_DIR "/validation/agreement/agreement_reference.json"));
    QVERIFY2(j, j ? "" : qPrintable(j.error().toString()));
    m_reference = *j;
}

void TestAgreement::matchesReferences_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<AgreementScale>("scale");
    QTest::addColumn<QString>("key");
    const auto reference = readJsonFile(QStringLiteral(VV_FIXTURES_DIR "/validation/agreement/agreement_reference.json"));
    QVERIFY(reference);
    for (const Json &d : reference->at("datasets"))
        for (int s = 0; s < 3; ++s) {
            const std::string name = d.at("name").get<std::string>();
            QTest::addRow("%s/%s", name.c_str(), scaleKeys[s])
                << QString::fromStdString(name) << AgreementScale(s) << QString::fromLatin1(scaleKeys[s]);
        }
}

void TestAgreement::matchesReferences()
{
    QFETCH(QString, name);
    QFETCH(AgreementScale, scale);
    QFETCH(QString, key);
    const Json &d = dataset(m_reference, name.toStdString());
    const Json &want = d.at("expected").at(key.toStdString());
    AgreementOptions o;
    o.scale = scale;
    o.scaleMin = d.at("scale_min").get<int>();
    o.scaleMax = d.at("scale_max").get<int>();
    o.bootstrapSamples = 500;
    auto got = measureAgreement(ratingsOf(d), o);
    QVERIFY2(got, got ? "" : qPrintable(got.error().toString()));
    QCOMPARE(got->units, want.at("units").get<int>());
    QCOMPARE(got->raters, want.at("raters").get<int>());
    QVERIFY(std::abs(got->percentAgreement - want.at("percent_agreement").get<double>()) < 1e-12);

    const Json &kappa = want.at("kappa");
    QCOMPARE(got->kappa.has_value(), !kappa.is_null());
    QCOMPARE(got->kappaReason.isEmpty(), got->kappa.has_value());
    if (got->kappa) {
        QCOMPARE(got->kappa->weighted, kappa.at("weighted").get<bool>());
        QVERIFY2(std::abs(got->kappa->value - kappa.at("value").get<double>()) < 1e-9,
                 qPrintable(QString::number(got->kappa->value, 'g', 17)));
        QVERIFY2(std::abs(got->kappa->se - kappa.at("se").get<double>()) < 1e-6,
                 qPrintable(QString::number(got->kappa->se, 'g', 17)));
        QVERIFY(std::abs(got->kappa->ciLower - kappa.at("ci_lower").get<double>()) < 1e-6);
        QVERIFY(std::abs(got->kappa->ciUpper - kappa.at("ci_upper").get<double>()) < 1e-6);
    }

    const Json &alpha = want.at("alpha");
    QCOMPARE(got->alpha.has_value(), !alpha.is_null());
    QCOMPARE(got->alphaReason.isEmpty(), got->alpha.has_value());
    if (got->alpha) {
        QVERIFY2(std::abs(got->alpha->value - alpha.get<double>()) < 1e-9,
                 qPrintable(QString::number(got->alpha->value, 'g', 17)));
        QVERIFY(got->alpha->ciLower <= got->alpha->value && got->alpha->value <= got->alpha->ciUpper);
        QVERIFY(got->alpha->bootstrapSamples > 0);
    }
}

void TestAgreement::reproducesKrippendorffsExample_data()
{
    QTest::addColumn<AgreementScale>("scale");
    QTest::addColumn<QString>("key");
    for (int s = 0; s < 3; ++s)
        QTest::newRow(scaleKeys[s]) << AgreementScale(s) << QString::fromLatin1(scaleKeys[s]);
}

// The paper's three decimals, independently of the script's numpy.
void TestAgreement::reproducesKrippendorffsExample()
{
    QFETCH(AgreementScale, scale);
    QFETCH(QString, key);
    AgreementOptions o;
    o.scale = scale;
    auto got = measureAgreement(ratingsOf(dataset(m_reference, "krippendorff_2011")), o);
    QVERIFY(got && got->alpha);
    QCOMPARE(std::round(got->alpha->value * 1000) / 1000, m_reference.at("paper_alpha").at(key.toStdString()).get<double>());
    QCOMPARE(got->alpha->pairableValues, 40);
}

void TestAgreement::bootstrapIsReproducible()
{
    const auto ratings = ratingsOf(dataset(m_reference, "three_raters_missing"));
    AgreementOptions o;
    o.seed = 42;
    auto one = measureAgreement(ratings, o);
    auto two = measureAgreement(ratings, o);
    QVERIFY(one && two && one->alpha && two->alpha);
    QCOMPARE(one->alpha->ciLower, two->alpha->ciLower);
    QCOMPARE(one->alpha->ciUpper, two->alpha->ciUpper);
    QCOMPARE(one->alpha->seed, quint64(42));
    QCOMPARE(one->alpha->bootstrapSamples, o.bootstrapSamples);
    QVERIFY(one->alpha->ciLower < one->alpha->value && one->alpha->value < one->alpha->ciUpper);
    o.seed = 43;
    auto other = measureAgreement(ratings, o);
    QVERIFY(other && other->alpha);
    QCOMPARE(other->alpha->value, one->alpha->value);
    QVERIFY(other->alpha->ciLower != one->alpha->ciLower || other->alpha->ciUpper != one->alpha->ciUpper);
    // A wider level gives a wider interval from the same resamples.
    o.seed = 42;
    o.level = 0.99;
    auto wide = measureAgreement(ratings, o);
    QVERIFY(wide && wide->alpha);
    QVERIFY(wide->alpha->ciLower <= one->alpha->ciLower && wide->alpha->ciUpper >= one->alpha->ciUpper);
}

void TestAgreement::kappaNeedsExactlyTwoRaters()
{
    auto got = measureAgreement(ratingsOf(dataset(m_reference, "three_raters_missing")), {});
    QVERIFY(got);
    QVERIFY(!got->kappa);
    QVERIFY(got->kappaReason.contains(QStringLiteral("3")));
    QVERIFY(got->alpha);
}

void TestAgreement::repeatedEqualScoreCountsOnce()
{
    std::vector<Rating> r = {{QStringLiteral("u1"), QStringLiteral("a"), 1}, {QStringLiteral("u1"), QStringLiteral("b"), 2},
                             {QStringLiteral("u2"), QStringLiteral("a"), 2}, {QStringLiteral("u2"), QStringLiteral("b"), 2},
                             {QStringLiteral("u3"), QStringLiteral("a"), 3}, {QStringLiteral("u3"), QStringLiteral("b"), 3}};
    auto once = measureAgreement(r, {});
    r.push_back({QStringLiteral("u1"), QStringLiteral("a"), 1});
    auto twice = measureAgreement(r, {});
    QVERIFY(once && twice && once->kappa && twice->kappa);
    QCOMPARE(twice->kappa->value, once->kappa->value);
    QCOMPARE(twice->units, 3);
}

// Scores from an imported file may span the whole int range; the weights must not overflow.
void TestAgreement::extremeScoresStayFinite()
{
    const int lo = std::numeric_limits<int>::min(), hi = std::numeric_limits<int>::max();
    const std::vector<Rating> r = {{QStringLiteral("u1"), QStringLiteral("a"), lo}, {QStringLiteral("u1"), QStringLiteral("b"), lo},
                                   {QStringLiteral("u2"), QStringLiteral("a"), hi}, {QStringLiteral("u2"), QStringLiteral("b"), hi},
                                   {QStringLiteral("u3"), QStringLiteral("a"), 0}, {QStringLiteral("u3"), QStringLiteral("b"), hi}};
    for (AgreementScale scale : {AgreementScale::Nominal, AgreementScale::Ordinal, AgreementScale::Interval}) {
        AgreementOptions o;
        o.scale = scale;
        auto got = measureAgreement(r, o);
        QVERIFY(got && got->kappa && got->alpha);
        QVERIFY(got->kappa->value >= -1 && got->kappa->value <= 1);
        QVERIFY(std::isfinite(got->kappa->se) && std::isfinite(got->alpha->value));
    }
}

void TestAgreement::jsonShape()
{
    const Json &d = dataset(m_reference, "two_raters_ordinal");
    const Json &want = d.at("expected").at("ordinal");
    AgreementOptions o;
    o.scaleMin = 1;
    o.scaleMax = 5;
    auto got = measureAgreement(ratingsOf(d), o);
    QVERIFY(got);
    const Json j = got->toJson();
    QVERIFY(j.at("units") == want.at("units"));
    QVERIFY(std::abs(j.at("kappa").at("value").get<double>() - want.at("kappa").at("value").get<double>()) < 1e-9);
    QVERIFY(j.at("kappa").at("weighted") == "linear");
    QVERIFY(!j.contains("kappa_reason") && !j.contains("alpha_reason"));
    QVERIFY(j.at("alpha").at("ci_lower").get<double>() <= j.at("alpha").at("value").get<double>());
    QVERIFY(j.at("alpha").at("seed") == 1);
    auto three = measureAgreement(ratingsOf(dataset(m_reference, "three_raters_missing")), o);
    QVERIFY(three);
    QVERIFY(three->toJson().at("kappa").is_null());
    QVERIFY(!three->toJson().at("kappa_reason").get<std::string>().empty());
}

void TestAgreement::errors_data()
{
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<int>("scaleMin");
    QTest::addColumn<int>("scaleMax");
    QTest::addColumn<int>("samples");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *u, const char *r, int s) {
        return QStringList{QLatin1String(u), QLatin1String(r), QString::number(s)};
    };
    const QList<QStringList> good = {row("u1", "a", 1), row("u1", "b", 2), row("u2", "a", 3), row("u2", "b", 3)};
    QTest::newRow("rated twice") << (good + QList<QStringList>{row("u1", "a", 2)}) << 0 << 0 << 2000
                                 << QStringLiteral("rater a rated unit u1 twice, with 1 and 2");
    QTest::newRow("outside the scale") << (good + QList<QStringList>{row("u3", "b", 6)}) << 1 << 5 << 2000
                                       << QStringLiteral("rater b gave unit u3 the score 6, outside the scale 1 to 5");
    QTest::newRow("below the scale") << good << 2 << 5 << 2000
                                     << QStringLiteral("rater a gave unit u1 the score 1, outside the scale 2 to 5");
    QTest::newRow("one rater") << QList<QStringList>{row("u1", "a", 1), row("u2", "a", 2)} << 0 << 0 << 2000
                               << QStringLiteral("agreement needs ratings from at least two raters, not 1");
    QTest::newRow("no ratings") << QList<QStringList>{} << 0 << 0 << 2000
                                << QStringLiteral("agreement needs ratings from at least two raters, not 0");
    QTest::newRow("nothing pairable") << QList<QStringList>{row("u1", "a", 1), row("u2", "b", 2)} << 0 << 0 << 2000
                                      << QStringLiteral("no unit was rated by two or more raters");
    QTest::newRow("scale upside down") << good << 5 << 1 << 2000
                                       << QStringLiteral("the scale's lowest level (5) must be below its highest (1)");
    QTest::newRow("too few resamples") << good << 0 << 0 << 10
                                       << QStringLiteral("the bootstrap needs between 100 and 100000 samples, not 10");
}

void TestAgreement::errors()
{
    QFETCH(QList<QStringList>, rows);
    QFETCH(int, scaleMin);
    QFETCH(int, scaleMax);
    QFETCH(int, samples);
    QFETCH(QString, message);
    std::vector<Rating> ratings;
    for (const QStringList &r : rows)
        ratings.push_back({r[0], r[1], r[2].toInt()});
    AgreementOptions o;
    o.scaleMin = scaleMin;
    o.scaleMax = scaleMax;
    o.bootstrapSamples = samples;
    auto got = measureAgreement(ratings, o);
    QVERIFY(!got);
    QCOMPARE(got.error().what(), message);
}

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
