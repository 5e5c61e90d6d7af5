// A clinician rates a round in the GUI (issue 19): blind, from the keyboard, every score stored at once, resumed
// where the rater left off, two runs side by side; the Validation page opens it.

#include "RatedRuns.h"

#include "core/Translation.h"
#include "store/ProjectStore.h"
#include "store/RatingTable.h"
#include "ui/MainWindow.h"
#include "ui/ProjectSession.h"
#include "ui/RatingDialog.h"
#include "ui/ScreenshotTour.h"
#include "ui/ValidationPage.h"
#include "validation/RatingRound.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace vv;
using namespace vv::ui;
using namespace vv::validation;

class TestRatingDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void ratesFromTheKeyboardAndResumes();
    void showsNothingThatNamesTheModel();
    void twoRunsAreScoredOnTheirOwnSides();
    void theValidationPageOpensIt();
    void theScreenshotTourShootsTheComparisonAndTheRating();

private:
    qint64 makeRound(ProjectStore &store, bool twoRuns);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestRatingDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translation::install(qEnvironmentVariable("VEIVISER_LANG", QStringLiteral("en")));
}

void TestRatingDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = m_dir->filePath(QStringLiteral("p.veiviser"));
    QVERIFY(ProjectStore::create(m_project, {QStringLiteral("Rated"), QStringLiteral("1"), ProjectRole::Provider}).ok());
}

qint64 TestRatingDialog::makeRound(ProjectStore &store, bool twoRuns)
{
    auto a = test::recordAnsweredRun(store, test::caseIds(4), QStringLiteral("Answer A to"));
    if (!a)
        return 0;
    RatingRoundRequest r;
    r.runId = *a;
    if (twoRuns) {
        auto b = test::recordAnsweredRun(store, test::caseIds(4), QStringLiteral("Answer B to"));
        if (!b)
            return 0;
        r.runBId = *b;
    }
    // The seat's own user is one of the raters, as in team mode where each clinician works as themselves.
    r.raters = {QStringLiteral("anne"), store.actor()};
    r.rubric = QStringLiteral(VV_SOURCE_DIR "/guidance/rubrics/basic.yaml");
    r.seed = 7;
    auto id = RatingRound::create(store, r);
    if (!id)
        qWarning("%s", qPrintable(id.error().toString()));
    return id ? *id : 0;
}

static int criteriaOf(ProjectStore &store, qint64 round)
{
    return static_cast<int>(RatingRound::open(store, round)->rubric().criteria.size());
}

void TestRatingDialog::ratesFromTheKeyboardAndResumes()
{
    ProjectSession session;
    QVERIFY(session.open(m_project).ok());
    const qint64 round = makeRound(*session.store(), false);
    QVERIFY(round > 0);
    const int criteria = criteriaOf(*session.store(), round);
    QVERIFY(criteria >= 2);
    {
        RatingDialog dialog(&session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        // The seat's own name (the store's actor) is chosen among the round's raters.
        QCOMPARE(dialog.raterBox()->currentText(), session.store()->actor());
        QCOMPARE(dialog.position(), 1);
        QVERIFY2(dialog.problemText().isEmpty(), qPrintable(dialog.problemText()));
        // Keys only: a digit per criterion (the lowest level every scale has), then a comment, then Enter.
        const int lowest = RatingRound::open(*session.store(), round)->rubric().criteria.front().minValue();
        for (int i = 0; i < criteria; ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY2(qobject_cast<QRadioButton *>(focus), "a criterion's level has the focus");
            QTest::keyClick(focus, Qt::Key(Qt::Key_0 + lowest));
        }
        QCOMPARE(QApplication::focusWidget(), dialog.nextButton());
        dialog.commentEdit()->setText(QStringLiteral("Kort, men riktig."));
        QTest::keyClick(dialog.nextButton(), Qt::Key_Return);
        QCOMPARE(dialog.position(), 2);
    }
    // Every score was stored as it was given, and the comment with them when the rater moved on.
    auto stored = RatingTable(*session.store()).ratings(round);
    QVERIFY(stored);
    QCOMPARE(int(stored->size()), criteria);
    for (const StoredRating &r : *stored) {
        QCOMPARE(r.rater, session.store()->actor());
        QCOMPARE(r.comment, QStringLiteral("Kort, men riktig."));
    }
    // Opened again, the dialog resumes at the case the rater has not rated, and shows the earlier scores.
    RatingDialog again(&session);
    again.show();
    QCOMPARE(again.position(), 2);
    QVERIFY(again.showPosition(1));
    QCOMPARE(again.commentEdit()->text(), QStringLiteral("Kort, men riktig."));
    int checked = 0;
    for (QRadioButton *b : again.findChildren<QRadioButton *>())
        checked += b->isChecked();
    QCOMPARE(checked, criteria);
    // A digit that is not a level of the scale scores nothing.
    QVERIFY(again.showPosition(2));
    QVERIFY(!again.scoreCurrent(99));
    QCOMPARE(int(RatingTable(*session.store()).ratings(round)->size()), criteria);
    // Another rater starts at their own first case.
    QVERIFY(again.openRound(round, QStringLiteral("anne")));
    QCOMPARE(again.position(), 1);
}

void TestRatingDialog::showsNothingThatNamesTheModel()
{
    ProjectSession session;
    QVERIFY(session.open(m_project).ok());
    const qint64 round = makeRound(*session.store(), true);
    QVERIFY(round > 0);
    RatingDialog dialog(&session);
    dialog.show();
    for (int position = 1; position <= 4; ++position) {
        QVERIFY(dialog.showPosition(position));
        // VEIVISER_SHOTS=DIR keeps a picture of the window, to look at it as a rater does.
        if (const QString shots = qEnvironmentVariable("VEIVISER_SHOTS"); !shots.isEmpty() && position == 1) {
            dialog.resize(1366, 768);
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/rating-%1.png").arg(Translation::current())));
        }
        const QString shown = dialog.shownText();
        QVERIFY(shown.contains(QStringLiteral("Answer A to")) && shown.contains(QStringLiteral("Answer B to")));
        QVERIFY2(!shown.contains(QLatin1String(test::ratedRunModel)), qPrintable(shown));
        QVERIFY2(!shown.contains(QLatin1String(test::ratedRunEngine)), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("anne")), "another rater's name is not shown");
        // The conversation's roles are named in the rater's language, not as the run stored them.
        if (Translation::current() == QStringLiteral("en"))
            QVERIFY2(shown.contains(QStringLiteral("User: Question c00")), qPrintable(shown));
    }
}

void TestRatingDialog::twoRunsAreScoredOnTheirOwnSides()
{
    ProjectSession session;
    QVERIFY(session.open(m_project).ok());
    const qint64 round = makeRound(*session.store(), true);
    QVERIFY(round > 0);
    const int criteria = criteriaOf(*session.store(), round);
    RatingDialog dialog(&session);
    dialog.show();
    auto opened = RatingRound::open(*session.store(), round);
    QVERIFY(opened);
    const int lowest = opened->rubric().criteria.front().minValue();
    // Every case: the left side gets the lowest score everywhere, the right side the next one where it exists.
    for (int position = 1; position <= 4; ++position) {
        QVERIFY(dialog.showPosition(position));
        for (int i = 0; i < criteria; ++i)
            QVERIFY(dialog.scoreCurrent(lowest));
        for (int i = 0; i < criteria; ++i)
            QVERIFY(dialog.scoreCurrent(opened->rubric().criteria[std::size_t(i)].levels[1].value));
    }
    // The left answer was a or b as the round drew it per case; the scores landed on the answer that was shown.
    const auto assignments = opened->assignments(session.store()->actor());
    const auto ratings = RatingTable(*session.store()).ratings(round);
    QVERIFY(assignments && ratings);
    QCOMPARE(int(ratings->size()), 4 * 2 * criteria);
    for (const RatingAssignment &a : *assignments)
        for (const StoredRating &r : *ratings) {
            if (r.caseId != a.caseId)
                continue;
            const bool left = r.answer == a.leftAnswer;
            const RubricCriterion *c = opened->rubric().criterion(r.criterion);
            QCOMPARE(r.score, left ? lowest : c->levels[1].value);
        }
    QCOMPARE(opened->progress(session.store()->actor())->rated, 8);
}

void TestRatingDialog::theValidationPageOpensIt()
{
    ProjectSession session;
    QVERIFY(session.open(m_project).ok());
    ValidationPage page(&session);
    page.refresh();
    QVERIFY2(!page.rateButton()->isEnabled(), "no round, nothing to rate");
    QVERIFY(makeRound(*session.store(), false) > 0);
    page.refresh();
    QVERIFY(page.rateButton()->isEnabled());
    RatingDialog *dialog = page.rateAnswers();
    QVERIFY(dialog);
    QCOMPARE(dialog->position(), 1);
    dialog->close();
}

// scripts/screenshots shows newcomers and reviewers a language-model project's evaluation: the tour chooses the two
// newest runs with cases on the validation page, shoots their comparison and the rating window; a project without
// such runs or a round gets none of these pictures (the sepsis demo's list of pictures stays as it was).
void TestRatingDialog::theScreenshotTourShootsTheComparisonAndTheRating()
{
    {
        ProjectSession session;
        QVERIFY(session.open(m_project).ok());
        QVERIFY(makeRound(*session.store(), true) > 0);
    }
    const QString empty = m_dir->filePath(QStringLiteral("empty.veiviser"));
    QVERIFY(ProjectStore::create(empty, {QStringLiteral("Empty"), QStringLiteral("1"), ProjectRole::Provider}).ok());
    const QStringList added{QStringLiteral("validation-runs"), QStringLiteral("run-comparison"), QStringLiteral("rating")};
    for (const QString &project : {m_project, empty}) {
        MainWindow window;
        QVERIFY(window.openProject(project));
        const QString shots = m_dir->filePath(QFileInfo(project).baseName());
        auto written = ScreenshotTour(window).run(shots, {QStringLiteral("en")});
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().toString()));
        QStringList names;
        for (const QString &file : *written)
            names << QFileInfo(file).completeBaseName().section(QLatin1Char('-'), 2);
        for (const QString &name : added)
            QVERIFY2(names.contains(name) == (project == m_project), qPrintable(names.join(QLatin1Char(' '))));
        // In that order, right after the engine dialog (the pictures of other projects keep their numbers).
        if (project == m_project)
            QCOMPARE(names.mid(names.indexOf(QStringLiteral("engine-run")) + 1, 3), added);
    }
}

QTEST_MAIN(TestRatingDialog)
#include "tst_ratingdialog.moc"
