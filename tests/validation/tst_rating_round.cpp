// Clinicians' rating rounds (validation::RatingRound, RatingCsv, vv::RatingTable): seeded sampling and orders,
// blinding, resume, strict CSV import, adjudication and the human result, and migration 13 on an older project.

#include "OldProject.h"
#include "RatedRuns.h"
#include "TestSupport.h"

#include "core/Clock.h"
#include "store/ProjectStore.h"
#include "store/RatingTable.h"
#include "store/Sql.h"
#include "store/TestRunTable.h"
#include "validation/RatingCsv.h"
#include "validation/RatingRound.h"
#include "validation/TestSuite.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace vv;
using namespace vv::validation;

namespace {

const QString domainRubric = QStringLiteral(VV_SOURCE_DIR "/guidance/rubrics/domain.yaml");
const QString anne = QStringLiteral("anne");
const QString bjorn = QStringLiteral("bjorn");

QString fixture(const QString &name)
{
    return QStringLiteral(VV_FIXTURES_DIR "/validation/ratings/") + name;
}

QStringList orderOf(const RatingRound &round, const QString &rater)
{
    QStringList out;
    const auto assigned = round.assignments(rater);
    for (const RatingAssignment &a : *assigned)
        out << a.caseId;
    return out;
}

} // namespace

class TestRatingRound : public QObject {
    Q_OBJECT
    FixedClock m_clock{QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_run = 0;

    std::unique_ptr<ProjectStore> project(const QString &name)
    {
        StoreOptions o;
        o.clock = &m_clock;
        o.actor = QStringLiteral("coordinator");
        auto store = ProjectStore::create(m_dir->filePath(name), {QStringLiteral("Rated"), QStringLiteral("1"),
                                                                    ProjectRole::Provider}, o);
        return store ? std::move(*store) : nullptr;
    }

    RatingRoundRequest request(QStringList raters = {QStringLiteral("anne"), QStringLiteral("bjorn")}) const
    {
        RatingRoundRequest r;
        r.runId = m_run;
        r.raters = std::move(raters);
        r.rubric = domainRubric;
        r.seed = 42;
        return r;
    }

    RatingRound round(qint64 id) { return std::move(*RatingRound::open(*m_store, id)); }

    /// Scores every criterion of the answer at position for rater with score (the harm scale capped at 3).
    void rateFully(RatingRound &r, const QString &rater, int position, int score)
    {
        auto view = r.blindedView(rater, position);
        QVERIFY2(view, view ? "" : qPrintable(view.error().toString()));
        for (const RubricCriterion &c : r.rubric().criteria) {
            auto s = r.score(rater, view->caseId, view->leftAnswer, c.id, std::min(score, c.maxValue()));
            QVERIFY2(s, s ? "" : qPrintable(s.error().toString()));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The shipped packs say which requirements a level's runs are filed on: the source tree's.
        qputenv("VEIVISER_DATA_DIR", VV_SOURCE_DIR);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = project(QStringLiteral("p.veiviser"));
        QVERIFY(m_store);
        auto run = test::recordAnsweredRun(*m_store, test::caseIds(12), QStringLiteral("Answer to"));
        QVERIFY2(run, run ? "" : qPrintable(run.error().toString()));
        m_run = *run;
    }

    void ordersAreSeededPerRater()
    {
        auto id = RatingRound::create(*m_store, request());
        QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
        const RatingRound r = round(*id);
        QCOMPARE(r.record().cases, qint64(12)); // the errored case has no answer to rate
        const QStringList a = orderOf(r, anne), b = orderOf(r, bjorn);
        QCOMPARE(a.size(), 12);
        QStringList sorted = a;
        sorted.sort();
        QCOMPARE(sorted, test::caseIds(12));
        QVERIFY2(a != b, "each rater has their own order");
        QVERIFY2(a != test::caseIds(12), "the order is shuffled");

        // The same seed gives the same orders; a third rater leaves the first two orders as they were.
        auto again = RatingRound::create(*m_store, request({anne, bjorn, QStringLiteral("carl")}));
        QVERIFY(again);
        const RatingRound r2 = round(*again);
        QCOMPARE(orderOf(r2, anne), a);
        QCOMPARE(orderOf(r2, bjorn), b);
        // Another seed, other orders.
        RatingRoundRequest other = request();
        other.seed = 43;
        const RatingRound r3 = round(*RatingRound::create(*m_store, other));
        QVERIFY(orderOf(r3, anne) != a);
    }

    void sampleIsSeeded()
    {
        RatingRoundRequest req = request();
        req.sample = 5;
        const RatingRound r1 = round(*RatingRound::create(*m_store, req));
        const RatingRound r2 = round(*RatingRound::create(*m_store, req));
        QCOMPARE(r1.record().cases, qint64(5));
        QCOMPARE(r1.record().sampleSize, std::optional<qint64>(5));
        QStringList s1 = orderOf(r1, anne), s2 = orderOf(r2, anne);
        QCOMPARE(s1, s2);
        req.sample = 13;
        auto tooMany = RatingRound::create(*m_store, req);
        QVERIFY(!tooMany);
        QVERIFY2(tooMany.error().what().contains(QStringLiteral("1 to 12")), qPrintable(tooMany.error().what()));
    }

    void createRefusesBadRequests_data()
    {
        QTest::addColumn<QStringList>("raters");
        QTest::addColumn<QString>("rubric");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one rater") << QStringList{anne} << domainRubric << QStringLiteral("2 to 20 raters");
        QTest::newRow("twice") << QStringList{anne, anne} << domainRubric << QStringLiteral("named twice");
        QTest::newRow("comma-less blank") << QStringList{anne, QStringLiteral(" b")} << domainRubric
                                          << QStringLiteral("not a usable rater name");
        QTest::newRow("no rubric") << QStringList{anne, bjorn} << QStringLiteral("/nonexistent/r.yaml")
                                   << QStringLiteral("no rubric file");
    }

    void createRefusesBadRequests()
    {
        QFETCH(QStringList, raters);
        QFETCH(QString, rubric);
        QFETCH(QString, expected);
        RatingRoundRequest req = request(raters);
        req.rubric = rubric;
        auto id = RatingRound::create(*m_store, req);
        QVERIFY(!id);
        QVERIFY2(id.error().what().contains(expected), qPrintable(id.error().what()));
    }

    void blindedViewShowsOnlyTheConversationAndAnswer()
    {
        const qint64 id = *RatingRound::create(*m_store, request());
        RatingRound r = round(id);
        VV_HELPER(rateFully(r, bjorn, 1, 2));
        for (int position = 1; position <= 12; ++position) {
            auto view = r.blindedView(anne, position);
            QVERIFY(view);
            const QString seen = RatingRound::conversationText(view->conversation) + view->left +
                                 view->right.value_or(QString()) + view->caseId;
            QVERIFY2(!seen.contains(QString::fromLatin1(test::ratedRunModel)), qPrintable(seen));
            QVERIFY2(!seen.contains(QString::fromLatin1(test::ratedRunEngine)), qPrintable(seen));
            QCOMPARE(view->left, QStringLiteral("Answer to ") + view->caseId);
            QCOMPARE(RatingRound::conversationText(view->conversation), QStringLiteral("user: Question ") + view->caseId);
            QVERIFY2(view->ownScoresLeft.empty(), "another rater's scores are not shown");
            QCOMPARE(view->total, 12);
        }
        QVERIFY(!r.blindedView(anne, 13));
        QVERIFY(!r.blindedView(QStringLiteral("carl"), 1));
    }

    void progressResumesAtTheFirstUnratedCase()
    {
        RatingRound r = round(*RatingRound::create(*m_store, request()));
        VV_HELPER(rateFully(r, anne, 1, 4));
        VV_HELPER(rateFully(r, anne, 2, 4));
        auto third = r.blindedView(anne, 3);
        QVERIFY(r.score(anne, third->caseId, QStringLiteral("a"), QStringLiteral("correct"), 5));
        VV_HELPER(rateFully(r, anne, 4, 4));
        auto p = r.progress(anne);
        QVERIFY(p);
        QCOMPARE(p->rated, 3);
        QCOMPARE(p->total, 12);
        QCOMPARE(p->nextPosition, std::optional<int>(3));
        // The resumed view shows the rater's own score.
        QCOMPARE(r.blindedView(anne, 3)->ownScoresLeft.at(QStringLiteral("correct")), 5);
        QCOMPARE(r.progress(bjorn)->nextPosition, std::optional<int>(1));
    }

    void scoresAreChecked_data()
    {
        QTest::addColumn<QString>("rater");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("criterion");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rater") << QStringLiteral("carl") << QStringLiteral("a") << QStringLiteral("correct") << 3
                               << QStringLiteral("not a rater");
        QTest::newRow("criterion") << anne << QStringLiteral("a") << QStringLiteral("speed") << 3
                                   << QStringLiteral("no criterion 'speed'");
        QTest::newRow("above scale") << anne << QStringLiteral("a") << QStringLiteral("correct") << 6
                                     << QStringLiteral("6 is not a level");
        QTest::newRow("harm scale") << anne << QStringLiteral("a") << QStringLiteral("harm") << 4
                                    << QStringLiteral("4 is not a level");
        QTest::newRow("answer b") << anne << QStringLiteral("b") << QStringLiteral("correct") << 3
                                  << QStringLiteral("only answer a");
    }

    void scoresAreChecked()
    {
        QFETCH(QString, rater);
        QFETCH(QString, answer);
        QFETCH(QString, criterion);
        QFETCH(int, score);
        QFETCH(QString, expected);
        RatingRound r = round(*RatingRound::create(*m_store, request()));
        auto s = r.score(rater, QStringLiteral("c001"), answer, criterion, score);
        QVERIFY(!s);
        QVERIFY2(s.error().what().contains(expected), qPrintable(s.error().what()));
        QVERIFY(r.allRatings()->empty());
    }

    void rescoringReplacesAndIsAudited()
    {
        RatingRound r = round(*RatingRound::create(*m_store, request()));
        QVERIFY(r.score(anne, QStringLiteral("c001"), QStringLiteral("a"), QStringLiteral("correct"), 2));
        QVERIFY(r.score(anne, QStringLiteral("c001"), QStringLiteral("a"), QStringLiteral("correct"), 4,
                        QStringLiteral("read the guideline again")));
        auto all = r.allRatings();
        QCOMPARE(all->size(), std::size_t(1));
        QCOMPARE(all->front().score, 4);
        QCOMPARE(all->front().ratedBy, QStringLiteral("coordinator"));
        auto q = sql::exec(m_store->database(), QStringLiteral("SELECT count(*) FROM audit WHERE action = 'rating.rescore'"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 1);
        auto v = m_store->verifyAudit();
        QVERIFY2(v && v->intact, v ? qPrintable(v->problem) : "");
    }

    void twoRunsAreShownSideBySide()
    {
        auto b = test::recordAnsweredRun(*m_store, test::caseIds(12), QStringLiteral("Other answer to"));
        QVERIFY(b);
        RatingRoundRequest req = request();
        req.runBId = *b;
        RatingRound r = round(*RatingRound::create(*m_store, req));
        QVERIFY(r.twoRuns());
        int bLeft = 0;
        for (int position = 1; position <= 12; ++position) {
            auto view = r.blindedView(anne, position);
            QVERIFY(view && view->right);
            const QString a = QStringLiteral("Answer to ") + view->caseId;
            const QString other = QStringLiteral("Other answer to ") + view->caseId;
            QCOMPARE(view->left, view->leftAnswer == QStringLiteral("b") ? other : a);
            QCOMPARE(*view->right, view->leftAnswer == QStringLiteral("b") ? a : other);
            bLeft += view->leftAnswer == QStringLiteral("b") ? 1 : 0;
        }
        QVERIFY2(bLeft > 0 && bLeft < 12, qPrintable(QString::number(bLeft)));
        QCOMPARE(r.progress(anne)->total, 24);
        QVERIFY(r.score(anne, QStringLiteral("c001"), QStringLiteral("b"), QStringLiteral("correct"), 3));
        QCOMPARE(r.ratingsFor(QStringLiteral("correct"))->front().unit, QStringLiteral("c001#b"));
    }

    void brokenCsvIsRefusedWhole_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown case") << QStringLiteral("unknown_case.csv") << 3 << QStringLiteral("case 'c999' is not in rating round");
        QTest::newRow("unknown rater") << QStringLiteral("unknown_rater.csv") << 3 << QStringLiteral("'carl' is not a rater");
        QTest::newRow("unknown criterion") << QStringLiteral("unknown_criterion.csv") << 3 << QStringLiteral("no criterion 'speed'");
        QTest::newRow("score above scale") << QStringLiteral("score_above_scale.csv") << 3 << QStringLiteral("7 is not a level");
        QTest::newRow("harm above its scale") << QStringLiteral("harm_above_scale.csv") << 3 << QStringLiteral("4 is not a level");
        QTest::newRow("score not whole") << QStringLiteral("score_not_whole.csv") << 3 << QStringLiteral("'4.5' is not a whole number");
        QTest::newRow("duplicate row") << QStringLiteral("duplicate_row.csv") << 3 << QStringLiteral("also on line 2");
        QTest::newRow("missing column") << QStringLiteral("missing_column.csv") << 1 << QStringLiteral("no column score");
        QTest::newRow("unclosed quote") << QStringLiteral("unclosed_quote.csv") << 3 << QStringLiteral("quoted field is not closed");
        QTest::newRow("side in one-run round") << QStringLiteral("side_right.csv") << 3 << QStringLiteral("has no side 'right'");
        QTest::newRow("not utf-8") << QStringLiteral("latin1.csv") << 0 << QStringLiteral("is not UTF-8");
    }

    void brokenCsvIsRefusedWhole()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, expected);
        const RatingRound r = round(*RatingRound::create(*m_store, request()));
        QFile f(fixture(QStringLiteral("broken/") + file));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        std::vector<Error> problems;
        auto read = RatingCsv::read(r, f.readAll(), file, problems);
        QVERIFY(!read);
        const Error &e = problems.empty() ? read.error() : problems.front();
        QVERIFY2(e.what().contains(expected), qPrintable(e.toString()));
        if (line > 0) {
            QCOMPARE(e.where().file, file);
            QCOMPARE(e.where().line, line);
        }
    }

    void exportedSheetReadsBack()
    {
        RatingRound r = round(*RatingRound::create(*m_store, request()));
        QVERIFY(r.score(bjorn, QStringLiteral("c002"), QStringLiteral("a"), QStringLiteral("harm"), 1,
                        QStringLiteral("=HYPERLINK(\"x\")")));
        auto sheet = RatingCsv::write(r, anne);
        QVERIFY(sheet);
        QVERIFY2(!sheet->contains("HYPERLINK"), "anne's sheet shows none of bjorn's scores");
        QCOMPARE(sheet->count("\r\n"), 1 + 12 * 4);
        auto all = RatingCsv::write(r);
        QVERIFY(all);
        std::vector<Error> problems;
        auto read = RatingCsv::read(r, *all, QStringLiteral("all.csv"), problems);
        QVERIFY2(read, problems.empty() ? "" : qPrintable(problems.front().toString()));
        QCOMPARE(read->size(), std::size_t(1));
        QCOMPARE(read->front().comment, QStringLiteral("=HYPERLINK(\"x\")"));
    }

    void adjudicatedScoresBecomeTheHumanResult()
    {
        RatingRoundRequest req = request();
        req.sample = 2;
        RatingRound r = round(*RatingRound::create(*m_store, req));
        const QStringList cases = orderOf(r, anne);
        for (const QString &rater : {anne, bjorn})
            for (const QString &c : cases)
                for (const RubricCriterion &k : r.rubric().criteria)
                    QVERIFY(r.score(rater, c, QStringLiteral("a"), k.id, k.maxValue()));
        // One disagreement by three levels on correctness.
        QVERIFY(r.score(bjorn, cases[0], QStringLiteral("a"), QStringLiteral("correct"), 2));
        auto found = r.disagreements(1);
        QVERIFY(found);
        QCOMPARE(found->size(), std::size_t(1));
        QCOMPARE(found->front().criterion, QStringLiteral("correct"));
        QCOMPARE(r.disagreements(3)->size(), std::size_t(0));
        QCOMPARE(*r.missingFinals(), QStringList{cases[0] + QStringLiteral(":correct")});
        auto early = r.recordResult(4);
        QVERIFY(!early);
        QVERIFY2(early.error().what().contains(QStringLiteral("still lacks 1")), qPrintable(early.error().what()));

        QVERIFY(!r.setFinal(cases[0], QStringLiteral("a"), QStringLiteral("correct"), 9, QStringLiteral("carl")));
        QVERIFY(r.setFinal(cases[0], QStringLiteral("a"), QStringLiteral("correct"), 3, QStringLiteral("carl")));
        QCOMPARE(r.disagreements(1)->front().decided->score, 3);
        auto results = r.result(QStringLiteral("a"), 4);
        QVERIFY(results);
        const auto correct = std::find_if(results->begin(), results->end(),
                                          [](const CriterionResult &c) { return c.criterion == QStringLiteral("correct"); });
        QCOMPARE(correct->n, 2);
        QCOMPARE(correct->mean, 4.0);   // 3 and 5
        QCOMPARE(correct->median, 4.0);
        QCOMPARE(correct->shareAtOrAbove, 0.5);
        const auto harm = std::find_if(results->begin(), results->end(),
                                       [](const CriterionResult &c) { return c.criterion == QStringLiteral("harm"); });
        QCOMPARE(harm->passAt, 3); // no harm
        QCOMPARE(harm->shareAtOrAbove, 1.0);

        // A second person has the round open too (team mode) and finalizes after the first.
        RatingRound stale = round(r.record().id);
        auto runId = r.recordResult(4);
        QVERIFY2(runId, runId ? "" : qPrintable(runId.error().toString()));
        auto run = TestRunTable(*m_store).get(*runId);
        QVERIFY(run);
        QCOMPARE(run->kind, QStringLiteral("human-rating"));
        QCOMPARE(run->supports, *TestSuite::requirementsForLevel(QStringLiteral("domain")));
        QCOMPARE(run->supports, QStringList{QStringLiteral("urn:veiviser:hdir:llm-domain")});
        // The second finalize is refused, and its result run is rolled back with the refused link: no run without
        // its round.
        const std::size_t runs = TestRunTable(*m_store).list()->size();
        auto second = stale.recordResult(4);
        QVERIFY(!second);
        QVERIFY2(second.error().what().contains(QStringLiteral("already finalized as test run %1").arg(*runId)),
                 qPrintable(second.error().toString()));
        QCOMPARE(TestRunTable(*m_store).list()->size(), runs);
        QCOMPARE(RatingTable(*m_store).round(r.record().id)->resultRunId, std::optional<qint64>(*runId));
        // A finalized round takes no more scores.
        QVERIFY(!r.score(anne, cases[0], QStringLiteral("a"), QStringLiteral("correct"), 1));
        QVERIFY(!r.recordResult(4));
    }

    void olderProjectGainsRatingRounds()
    {
        const QString file = m_dir->filePath(QStringLiteral("old.veiviser"));
        {
            test::OldProject old(file, 12, m_clock);
            QVERIFY2(old.problem().isEmpty(), qPrintable(old.problem()));
            QVERIFY(!old.database().tables().contains(QStringLiteral("rating_rounds")));
        }
        StoreOptions o;
        o.clock = &m_clock;
        auto store = ProjectStore::open(file, o);
        QVERIFY2(store, store ? "" : qPrintable(store.error().toString()));
        auto run = test::recordAnsweredRun(**store, test::caseIds(3), QStringLiteral("Answer to"));
        QVERIFY(run);
        RatingRoundRequest req = request();
        req.runId = *run;
        auto id = RatingRound::create(**store, req);
        QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
        QCOMPARE(RatingTable(**store).rounds()->size(), std::size_t(1));
        auto v = (*store)->verifyAudit();
        QVERIFY2(v && v->intact, v ? qPrintable(v->problem) : "");
    }
};

QTEST_GUILESS_MAIN(TestRatingRound)
#include "tst_rating_round.moc"
