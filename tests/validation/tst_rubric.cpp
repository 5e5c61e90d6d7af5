// The rubric reader: the shipped rubrics load, a small rubric reads field by field, the judge prompt is filled in
// once per placeholder, and each broken file is refused with its message at its line and column.

#include "TestSupport.h"

#include "validation/Rubric.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace vv;
using namespace vv::validation;

class TestRubric : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shippedRubricsLoad();
    void readsEveryField();
    void judgePromptIsFilledOnce();
    void broken_data();
    void broken();
    void sizeIsBounded();
    void folderRefusesTwoRubricsWithOneId();
};

static QString fixture(const QString &name)
{
    return QStringLiteral(VV_FIXTURES_DIR "/rubrics/") + name;
}

void TestRubric::shippedRubricsLoad()
{
    std::vector<Error> problems;
    auto rubrics = Rubric::loadFolder(QStringLiteral(VV_SOURCE_DIR "/guidance/rubrics"), &problems);
    for (const Error &e : problems)
        qWarning("%s", qPrintable(e.toString()));
    QVERIFY(rubrics);
    QStringList levels;
    for (const Rubric &r : *rubrics) {
        // The grounding rubric serves the suites' grounded grader; the others are one rating rubric per level.
        if (r.id != QStringLiteral("grounding")) {
            levels << r.level;
            QVERIFY(r.criterion(QStringLiteral("harm")));
            QCOMPARE(r.criterion(QStringLiteral("harm"))->type, RubricCriterion::Type::Harm);
        }
        for (const RubricCriterion &c : r.criteria) {
            QVERIFY(!c.judgePrompt.isEmpty());
            for (const RubricLevel &l : c.levels)
                QVERIFY(!l.anchor.nb.isEmpty() && !l.anchor.en.isEmpty());
        }
        QVERIFY(std::any_of(r.sources.begin(), r.sources.end(),
                            [](const RubricSource &s) { return s.url.contains(QStringLiteral("helsedirektoratet.no")); }));
    }
    levels.sort();
    QCOMPARE(levels, (QStringList{QStringLiteral("basic"), QStringLiteral("context"), QStringLiteral("domain"),
                                  QStringLiteral("use_case")}));
}

void TestRubric::readsEveryField()
{
    auto r = Rubric::load(fixture(QStringLiteral("minimal.yaml")));
    QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
    QCOMPARE(r->id, QStringLiteral("minimal"));
    QCOMPARE(r->level, QStringLiteral("domain"));
    QCOMPARE(r->title.en, QStringLiteral("Minimal"));
    QCOMPARE(r->criteria.size(), std::size_t(2));
    const RubricCriterion &correct = r->criteria[0];
    QCOMPARE(correct.id, QStringLiteral("correct"));
    QCOMPARE(correct.question.nb, QStringLiteral("Er svaret riktig?"));
    QCOMPARE(correct.type, RubricCriterion::Type::Scale);
    QCOMPARE(correct.minValue(), 1);
    QCOMPARE(correct.maxValue(), 2);
    QCOMPARE(correct.level(2)->anchor.en, QStringLiteral("Right."));
    QVERIFY(!correct.level(3));
    QVERIFY(correct.judgePrompt.startsWith(QStringLiteral("Spørsmål: {{question}}")));
    const RubricCriterion &harm = r->criteria[1];
    QCOMPARE(harm.type, RubricCriterion::Type::Harm);
    QCOMPARE(harm.levels[0].harm, QStringLiteral("serious"));
    QCOMPARE(harm.levels[2].harm, QStringLiteral("none"));
    QVERIFY(harm.judgePrompt.startsWith(QStringLiteral("Skade?")));
    QCOMPARE(r->sources.size(), std::size_t(1));
    QCOMPARE(r->sources[0].url, QStringLiteral("https://doi.org/10.1038/s41586-023-06291-2"));
    QVERIFY(Rubric::judgeOutputSchema().at("required") == Json({"score", "reason"}));
}

void TestRubric::judgePromptIsFilledOnce()
{
    auto r = Rubric::load(fixture(QStringLiteral("minimal.yaml")));
    QVERIFY(r);
    const QString prompt = r->criteria[0].judgePromptFor(QStringLiteral("Hva er {{answer}}?"), QStringLiteral("Svaret."));
    QCOMPARE(prompt, QStringLiteral("Spørsmål: Hva er {{answer}}? Svar: Svaret. Kriterium: Riktig: Er svaret riktig? "
                                    "Skala: 1 – Nei: Feil.\n2 – Ja: Riktig."));
}

void TestRubric::broken_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown key") << QStringLiteral("unknown_key.yaml") << 3 << 1 << QStringLiteral("unknown key 'weight' in the rubric");
    QTest::newRow("duplicate criterion") << QStringLiteral("duplicate_criterion.yaml") << 14 << 9
                                         << QStringLiteral("the criterion 'correct' is defined twice");
    QTest::newRow("levels not increasing") << QStringLiteral("levels_not_increasing.yaml") << 13 << 17
                                           << QStringLiteral("the levels of 'correct' must have strictly increasing values (1 follows 1)");
    QTest::newRow("anchor missing a language") << QStringLiteral("anchor_missing_language.yaml") << 13 << 54
                                               << QStringLiteral("'anchor' needs both 'nb' and 'en'");
    QTest::newRow("empty scale") << QStringLiteral("empty_scale.yaml") << 11 << 12 << QStringLiteral("the scale of 'correct' needs two or more levels");
    QTest::newRow("prompt without the answer") << QStringLiteral("prompt_without_answer.yaml") << 5 << 11
                                               << QStringLiteral("the judge prompt has no '{{answer}}' placeholder");
    QTest::newRow("unknown placeholder") << QStringLiteral("unknown_placeholder.yaml") << 5 << 11
                                         << QStringLiteral("unknown placeholder '{{model}}' in the judge prompt");
    QTest::newRow("too many levels") << QStringLiteral("too_many_levels.yaml") << 12 << 7 << QStringLiteral("the scale of 'correct' has more than 10 levels");
    QTest::newRow("harm levels out of order") << QStringLiteral("harm_levels_out_of_order.yaml") << 22 << 26
                                              << QStringLiteral("a harm criterion's levels are serious, minor and none, in that order");
    QTest::newRow("wrong output") << QStringLiteral("wrong_output.yaml") << 6 << 11
                                  << QStringLiteral("the judge's output must be {score: integer, reason: string}");
    QTest::newRow("bad level") << QStringLiteral("bad_level.yaml") << 2 << 8
                               << QStringLiteral("the level must be one of basic, domain, use_case, context, guardrails, not 'expert'");
    QTest::newRow("no sources") << QStringLiteral("no_sources.yaml") << 1 << 1 << QStringLiteral("the rubric has no 'sources'");
    QTest::newRow("http source") << QStringLiteral("http_source.yaml") << 27 << 10 << QStringLiteral("a source's url must start with https://");
    QTest::newRow("syntax") << QStringLiteral("syntax.yaml") << 0 << 0 << QStringLiteral("the YAML does not parse");
}

void TestRubric::broken()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const QString path = fixture(QStringLiteral("broken/") + file);
    std::vector<Error> problems;
    auto r = Rubric::load(path, &problems);
    QVERIFY(!r);
    QVERIFY(!problems.empty());
    QCOMPARE(r.error().where().file, path);
    if (line == 0) {
        QVERIFY2(r.error().what().startsWith(message), qPrintable(r.error().toString()));
        return;
    }
    QCOMPARE(r.error().what(), message);
    QCOMPARE(r.error().where().line, line);
    QCOMPARE(r.error().where().column, column);
}

void TestRubric::sizeIsBounded()
{
    QByteArray big = "# ";
    big += QByteArray(Rubric::maxBytes, 'x');
    auto r = Rubric::parse(big, QStringLiteral("big.yaml"));
    QVERIFY(!r);
    QVERIFY(r.error().what().contains(QStringLiteral("larger than")));
}

void TestRubric::folderRefusesTwoRubricsWithOneId()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(fixture(QStringLiteral("minimal.yaml")), dir.filePath(QStringLiteral("a.yaml"))));
    QVERIFY(QFile::copy(fixture(QStringLiteral("minimal.yaml")), dir.filePath(QStringLiteral("b.yaml"))));
    std::vector<Error> problems;
    auto r = Rubric::loadFolder(dir.path(), &problems);
    QVERIFY(!r);
    QCOMPARE(problems.size(), std::size_t(1));
    QCOMPARE(problems[0].what(), QStringLiteral("the rubric id 'minimal' is used twice"));
    QCOMPARE(problems[0].where().file, dir.filePath(QStringLiteral("b.yaml")));
    QVERIFY(!Rubric::loadFolder(dir.filePath(QStringLiteral("none"))));
}

QTEST_GUILESS_MAIN(TestRubric)
#include "tst_rubric.moc"
