// `veiviser-cli ratings ...` as a user runs it: a round made from a stored run, scores imported from a sheet, the
// agreement against the reference numbers (tests/fixtures/validation/agreement, scikit-learn and Krippendorff's
// formulas), strict imports, exports that never replace a file unasked, adjudication and the evidence it files.

#include "RatedRuns.h"
#include "TestSupport.h"

#include "core/Clock.h"
#include "core/Json.h"
#include "store/ProjectStore.h"
#include "validation/Agreement.h"
#include "validation/RatingRound.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace vv;
using namespace vv::validation;
using test::runCli;

namespace {

Json readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return Json::parse(f.readAll().toStdString());
}

const Json &dataset(const Json &reference, const std::string &name)
{
    for (const Json &d : reference.at("datasets"))
        if (d.at("name") == name)
            return d;
    qFatal("no data set %s in the fixture", name.c_str());
}

Json parsed(const test::ProcessResult &r)
{
    return Json::parse(r.out.toStdString(), nullptr, false);
}

QString text(const QByteArray &b)
{
    return QString::fromUtf8(b);
}

} // namespace

class TestRatingsCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_file;
    Json m_reference;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC)};

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// A new round over the whole run; returns its id.
    qint64 createRound(const QStringList &extra = {})
    {
        auto r = runCli(QStringList{QStringLiteral("--json"), QStringLiteral("ratings"), QStringLiteral("create"), m_file,
                                    QStringLiteral("--run"), QStringLiteral("1"), QStringLiteral("--raters"),
                                    QStringLiteral("anne,bjorn"), QStringLiteral("--rubric"), QStringLiteral("domain"),
                                    QStringLiteral("--seed"), QStringLiteral("7")} + extra);
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        const Json j = parsed(r);
        return j.is_object() ? j.value("id", qint64(0)) : 0;
    }

    /// The data set's correctness scores as a rating sheet.
    QString sheetOf(const Json &ratings, const QString &name)
    {
        QByteArray csv = "case_id,rater,criterion,score,comment\n";
        for (const Json &r : ratings)
            csv += QByteArray::fromStdString(r.at(0).get<std::string>() + "," + r.at(1).get<std::string>() +
                                             ",correct," + std::to_string(r.at(2).get<int>()) + ",\n");
        const QString file = path(name);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size())
            qFatal("cannot write %s", qPrintable(file));
        return file;
    }

    int storedRatings(qint64 round)
    {
        auto store = ProjectStore::open(m_file, StoreOptions::readOnly());
        if (!store)
            qFatal("%s", qPrintable(store.error().toString()));
        return static_cast<int>(RatingRound::open(**store, round)->allRatings()->size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_reference = readJson(QStringLiteral(VV_FIXTURES_DIR "/validation/agreement/agreement_reference.json"));
        QStringList units;
        for (const Json &r : dataset(m_reference, "two_raters_ordinal").at("ratings"))
            if (!units.contains(QString::fromStdString(r.at(0).get<std::string>())))
                units << QString::fromStdString(r.at(0).get<std::string>());
        m_file = path(QStringLiteral("rated.veiviser"));
        StoreOptions o;
        o.clock = &m_clock;
        auto store = ProjectStore::create(m_file, {QStringLiteral("Rated"), QStringLiteral("1"), ProjectRole::Provider}, o);
        QVERIFY2(store, store ? "" : qPrintable(store.error().toString()));
        auto run = test::recordAnsweredRun(**store, units, QStringLiteral("Answer to"));
        QVERIFY(run);
        QCOMPARE(*run, qint64(1));
    }

    void agreementMatchesTheReference()
    {
        const qint64 round = createRound();
        QVERIFY(round > 0);
        const Json &data = dataset(m_reference, "two_raters_ordinal");
        auto imported = runCli({QStringLiteral("--json"), QStringLiteral("ratings"), QStringLiteral("import"), m_file,
                                QStringLiteral("--round"), QString::number(round), sheetOf(data.at("ratings"), QStringLiteral("two.csv"))});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(parsed(imported).value("imported", 0), int(data.at("ratings").size()));

        auto r = runCli({QStringLiteral("--json"), QStringLiteral("ratings"), QStringLiteral("agreement"), m_file,
                         QStringLiteral("--round"), QString::number(round)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Json correct = parsed(r).at("criteria").at("correct");
        const Json &expected = data.at("expected").at("ordinal");
        QCOMPARE(correct.at("scale").get<std::string>(), std::string("ordinal"));
        QCOMPARE(correct.at("units").get<int>(), expected.at("units").get<int>());
        QCOMPARE(correct.at("percent_agreement").get<double>(), expected.at("percent_agreement").get<double>());
        QVERIFY(qAbs(correct.at("kappa").at("value").get<double>() - expected.at("kappa").at("value").get<double>()) < 1e-9);
        QVERIFY(qAbs(correct.at("kappa").at("ci_lower").get<double>() - expected.at("kappa").at("ci_lower").get<double>()) < 1e-9);
        QVERIFY(qAbs(correct.at("alpha").at("value").get<double>() - expected.at("alpha").get<double>()) < 1e-9);

        // The same as measureAgreement on the same scores, with the round's seed, interval and all.
        std::vector<Rating> ratings;
        for (const Json &x : data.at("ratings"))
            ratings.push_back({QString::fromStdString(x.at(0).get<std::string>()),
                               QString::fromStdString(x.at(1).get<std::string>()), x.at(2).get<int>()});
        AgreementOptions options;
        options.scale = AgreementScale::Ordinal;
        options.scaleMin = 1;
        options.scaleMax = 5;
        options.seed = 7;
        Json direct = measureAgreement(ratings, options)->toJson();
        direct["scale"] = "ordinal";
        VV_COMPARE_JSON(correct, direct);
    }

    void judgeAgreementPairsTheJudgeWithTheFinalScores()
    {
        // A run whose judge graders scored "correct" of the domain rubric exactly as the clinicians' final scores,
        // and another rubric's "correct" the other way round: only the round's rubric may count.
        const QString file = path(QStringLiteral("judged.veiviser"));
        const QStringList ids = test::caseIds(20);
        auto human = [&ids](const QString &caseId) { return 1 + int(ids.indexOf(caseId)) % 5; };
        {
            auto store = ProjectStore::create(file, {QStringLiteral("Judged"), QStringLiteral("1"), ProjectRole::Provider});
            QVERIFY(store);
            auto run = test::recordAnsweredRun(**store, ids, QStringLiteral("Answer to"), [&](const QString &c) {
                return Json::array({Json{{"grader", "judge"}, {"rubric", "domain"}, {"criterion", "correct"},
                                         {"score", human(c)}, {"passed", human(c) >= 4}},
                                    Json{{"grader", "judge"}, {"rubric", "basic"}, {"criterion", "correct"},
                                         {"score", 6 - human(c)}, {"passed", false}},
                                    Json{{"grader", "judge"}, {"rubric", "domain"}, {"criterion", "complete"},
                                         {"score", "4"}, {"passed", true}}});
            });
            QVERIFY(run);
        }
        auto created = runCli({QStringLiteral("--json"), QStringLiteral("ratings"), QStringLiteral("create"), file,
                               QStringLiteral("--run"), QStringLiteral("1"), QStringLiteral("--raters"),
                               QStringLiteral("anne,bjorn"), QStringLiteral("--rubric"), QStringLiteral("domain")});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QString round = QString::number(parsed(created).value("id", qint64(0)));
        // Both clinicians give every answer the same score on "correct": those scores are final without adjudication.
        Json sheet = Json::array();
        for (const QString &c : ids)
            for (const char *rater : {"anne", "bjorn"})
                sheet.push_back(Json::array({toStd(c), rater, human(c)}));
        auto imported = runCli({QStringLiteral("ratings"), QStringLiteral("import"), file, QStringLiteral("--round"),
                                round, sheetOf(sheet, QStringLiteral("judged.csv"))});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());

        auto r = runCli({QStringLiteral("--json"), QStringLiteral("ratings"), QStringLiteral("judge-agreement"), file,
                         QStringLiteral("--round"), round, QStringLiteral("--judge-run"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Json criteria = parsed(r).at("criteria");
        // "complete" had only a score written as text, which is no score: no criterion entry for it.
        QCOMPARE(criteria.size(), std::size_t(1));
        const Json correct = criteria.at("correct");
        QCOMPARE(correct.at("cases_compared").get<int>(), 20);
        QCOMPARE(correct.at("verdict").get<std::string>(), std::string("can_stand_in"));
        QCOMPARE(correct.at("agreement").at("alpha").at("value").get<double>(), 1.0);

        // A run the round did not rate is refused: its answers are not the ones the clinicians scored.
        auto other = runCli({QStringLiteral("ratings"), QStringLiteral("judge-agreement"), file, QStringLiteral("--round"),
                             round, QStringLiteral("--judge-run"), QStringLiteral("2")});
        QCOMPARE(other.exitCode, 2);
        QVERIFY2(text(other.err).contains(QStringLiteral("round")), other.err.constData());
    }

    void brokenSheetsImportNothing()
    {
        const qint64 round = createRound();
        QVERIFY(round > 0);
        const QDir broken(QStringLiteral(VV_FIXTURES_DIR "/validation/ratings/broken"));
        const QStringList files = broken.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 10);
        // The fixtures name cases c001..; this run's cases are the data set's, so c001 is unknown here too. Each is
        // refused with its file and line, and nothing of the good row before the fault is kept.
        for (const QString &name : files) {
            auto r = runCli({QStringLiteral("ratings"), QStringLiteral("import"), m_file, QStringLiteral("--round"),
                             QString::number(round), broken.filePath(name)});
            QVERIFY2(r.exitCode == 2, qPrintable(name + QLatin1Char(' ') + text(r.err)));
            QVERIFY2(text(r.err).contains(name), qPrintable(text(r.err)));
        }
        // A good row followed by a duplicate, for this run's cases: the line is named, the good row is not stored.
        QFile f(path(QStringLiteral("dup.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("case_id,rater,criterion,score,comment\ncase-000,anne,correct,4,\ncase-001,anne,harm,2,\n"
                "case-000,anne,correct,3,\n");
        f.close();
        auto r = runCli({QStringLiteral("ratings"), QStringLiteral("import"), m_file, QStringLiteral("--round"),
                         QString::number(round), f.fileName()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(text(r.err).contains(QStringLiteral("dup.csv:4:")) && text(r.err).contains(QStringLiteral("also on line 2")),
                 qPrintable(text(r.err)));
        QCOMPARE(storedRatings(round), 0);
    }

    void exportNeverReplacesUnasked()
    {
        const qint64 round = createRound({QStringLiteral("--sample"), QStringLiteral("3")});
        QVERIFY(round > 0);
        const QString out = path(QStringLiteral("sheet.csv"));
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        const QStringList args{QStringLiteral("ratings"), QStringLiteral("export"), m_file, QStringLiteral("--round"),
                               QString::number(round), QStringLiteral("--out"), out, QStringLiteral("--rater"),
                               QStringLiteral("anne")};
        auto refused = runCli(args);
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(test::fileSha256(out), QString::fromLatin1(
            QCryptographicHash::hash("keep me", QCryptographicHash::Sha256).toHex()));
        auto forced = runCli(args + QStringList{QStringLiteral("--force")});
        QVERIFY2(forced.exitCode == 0, forced.err.constData());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray sheet = f.readAll();
        QVERIFY(sheet.contains("case_id,rater,criterion,score,comment,side,question,answer\r\n"));
        QCOMPARE(sheet.count("\r\n"), 1 + 3 * 4);
        QVERIFY(!sheet.contains("bjorn"));
        QVERIFY(!sheet.contains(test::ratedRunModel));
    }

    void adjudicationFilesTheHumanResult()
    {
        const qint64 round = createRound({QStringLiteral("--sample"), QStringLiteral("2")});
        QVERIFY(round > 0);
        QStringList cases;
        {
            auto store = ProjectStore::open(m_file, StoreOptions::readOnly());
            QVERIFY(store);
            const auto opened = RatingRound::open(**store, round);
            QVERIFY(opened);
            const auto assigned = opened->assignments(QStringLiteral("anne"));
            for (const RatingAssignment &a : *assigned)
                cases << a.caseId;
        }
        QByteArray csv = "case_id,rater,criterion,score,comment\n";
        for (const QString &c : cases)
            for (const char *rater : {"anne", "bjorn"})
                for (const char *criterion : {"correct", "complete", "harm", "norwegian"}) {
                    const bool disagree = c == cases[0] && QByteArray(rater) == "bjorn" &&
                                          QByteArray(criterion) == "correct";
                    const int score = disagree ? 2 : QByteArray(criterion) == "harm" ? 3 : 5;
                    csv += c.toUtf8() + ',' + rater + ',' + criterion + ',' + QByteArray::number(score) + ",\n";
                }
        QFile f(path(QStringLiteral("adjudicate.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        const QString id = QString::number(round);
        QCOMPARE(runCli({QStringLiteral("ratings"), QStringLiteral("import"), m_file, QStringLiteral("--round"), id,
                         f.fileName()}).exitCode, 0);
        auto early = runCli({QStringLiteral("ratings"), QStringLiteral("finalize"), m_file, QStringLiteral("--round"), id});
        QCOMPARE(early.exitCode, 2);
        QVERIFY2(text(early.err).contains(QStringLiteral("still lacks 1")), early.err.constData());

        auto listed = runCli({QStringLiteral("--json"), QStringLiteral("ratings"), QStringLiteral("adjudicate"), m_file,
                              QStringLiteral("--round"), id, QStringLiteral("--distance"), QStringLiteral("1")});
        QCOMPARE(listed.exitCode, 0);
        const Json list = parsed(listed);
        QCOMPARE(list.at("disagreements").size(), std::size_t(1));
        QCOMPARE(list.at("undecided").get<int>(), 1);
        QCOMPARE(list.at("disagreements").at(0).at("scores"), (Json{{"anne", 5}, {"bjorn", 2}}));

        auto noBy = runCli({QStringLiteral("ratings"), QStringLiteral("adjudicate"), m_file, QStringLiteral("--round"), id,
                            QStringLiteral("--set"), cases[0] + QStringLiteral(":correct=4")});
        QCOMPARE(noBy.exitCode, 2);
        auto set = runCli({QStringLiteral("--json"), QStringLiteral("ratings"), QStringLiteral("adjudicate"), m_file,
                           QStringLiteral("--round"), id, QStringLiteral("--set"), cases[0] + QStringLiteral(":correct=4"),
                           QStringLiteral("--by"), QStringLiteral("carl")});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QCOMPARE(parsed(set).at("undecided").get<int>(), 0);

        auto done = runCli({QStringLiteral("--json"), QStringLiteral("ratings"), QStringLiteral("finalize"), m_file,
                            QStringLiteral("--round"), id});
        QVERIFY2(done.exitCode == 0, done.err.constData());
        const Json result = parsed(done);
        QVERIFY(result.at("evidence_id").get<qint64>() > 0);
        auto shown = runCli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("list"), m_file});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QVERIFY2(text(shown.out).contains(QStringLiteral("urn:veiviser:")), shown.out.constData());
        auto again = runCli({QStringLiteral("ratings"), QStringLiteral("finalize"), m_file, QStringLiteral("--round"), id});
        QCOMPARE(again.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestRatingsCli)
#include "tst_ratings_cli.moc"
