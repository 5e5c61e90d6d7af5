// The workbench, offscreen, with the real widgets: the walkthrough for two systems, the classification page's
// outcome and trace, an answer changed and its consequences, a requirement's status with and without a
// justification, undo and redo, the dashboard and the navigator's filter, and a language switch. Every item model
// passes QAbstractItemModelTester.

#include "ModalAnswers.h"
#include "EvidenceFixture.h"
#include "TestSupport.h"

#include "core/Translation.h"
#include "store/AnswerTable.h"
#include "store/ProjectStore.h"
#include "store/RequirementStateTable.h"
#include "tracking/ProjectProgress.h"
#include "ui/ClassificationPage.h"
#include "ui/DashboardPage.h"
#include "ui/EvidencePage.h"
#include "ui/Links.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/Navigator.h"
#include "ui/NavigatorModel.h"
#include "ui/OutcomeModel.h"
#include "ui/ProjectSession.h"
#include "ui/RequirementModels.h"
#include "ui/RequirementPage.h"
#include "ui/TraceHtml.h"
#include "ui/WalkthroughPage.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QHeaderView>
#include <QTableView>
#include <QTreeView>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace vv;
using namespace vv::ui;

namespace {

const QString alwaysUrn = QStringLiteral("urn:veiviser:reg:always");
const QString providerAUrn = QStringLiteral("urn:veiviser:reg:provider-a");

std::optional<guidance::Value> outcome(const ClassificationPage *page, const char *fact)
{
    return page->assessment().value(QString::fromLatin1(fact));
}

} // namespace

class TestWorkbench : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void walkthroughClassifiesTwoSystems_data();
    void walkthroughClassifiesTwoSystems();
    void changedAnswerUpdatesTheClassification();
    void answerSavedBySomeoneElseIsNotOverwritten();
    void requirementStatusNeedsJustification();
    void requirementSavedBySomeoneElseIsNotOverwritten();
    void requirementPageShowsTheConditionInWords();
    void undoAndRedoSaveAuditedChanges();
    void undoAndRedoThreeDeepOnSavedStates();
    void failedUndoLeavesTheStackWhereItWas();
    void dashboardAndNavigatorShowProgress();
    void dashboardDueTitlesHaveRoom();
    void openingLandsOnTheDashboard();
    void traceFoldsTheRulesThatDidNotApply();
    void emptyEvidenceBoxFitsItsContent();
    void dashboardContinuesTheWalkthrough();
    void languageSwitchesWithoutRestart();
    void modelsPassTester();

private:
    static void answer(WalkthroughPage *page, const QString &fact, const QString &value);
    static RequirementState storedState(MainWindow &w, const QString &urn, bool *found);
    /// Makes the fixture's "always" requirement apply (a high-level tool) and in progress, three days overdue,
    /// with owner; its stored state in *state.
    static void makeAlwaysOverdue(ProjectSession *session, const QString &owner, RequirementState *state);
};

void TestWorkbench::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VeiviserTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workbench"));
    qputenv("VEIVISER_DATA_DIR", VV_FIXTURES_DIR "/guidance/data");
    Translation::install(QStringLiteral("en"));
}

void TestWorkbench::cleanup()
{
    Translation::install(QStringLiteral("en"));
}

/// Answers the walkthrough's current question, as a keyboard user would, and checks it was the one expected.
void TestWorkbench::answer(WalkthroughPage *page, const QString &fact, const QString &value)
{
    QCOMPARE(page->currentQuestion(), fact);
    if (QLineEdit *line = page->lineEdit()) {
        line->setFocus();
        line->clear();
        QTest::keyClicks(line, value);
        QTest::keyClick(line, Qt::Key_Return); // saves and moves on
        return;
    }
    const QStringList values = value.split(QLatin1Char(','));
    for (const QString &v : values) {
        QAbstractButton *b = page->choiceButton(v);
        QVERIFY2(b, qPrintable(v));
        b->setFocus();
        QTest::keyClick(b, Qt::Key_Space);
    }
    QVERIFY(page->nextButton()->isEnabled());
    QTest::mouseClick(page->nextButton(), Qt::LeftButton);
}

RequirementState TestWorkbench::storedState(MainWindow &w, const QString &urn, bool *found)
{
    auto states = RequirementStateTable(*w.store()).all();
    *found = false;
    if (!states)
        return {};
    for (const RequirementState &s : *states)
        if (s.urn == urn) {
            *found = true;
            return s;
        }
    return {};
}

void TestWorkbench::walkthroughClassifiesTwoSystems_data()
{
    QTest::addColumn<QStringList>("steps"); // fact=value, in the order the walkthrough asks them
    QTest::addColumn<QString>("grade");
    QTest::addColumn<QString>("traceReason");
    QTest::addColumn<bool>("providerAApplies");

    QTest::newRow("high-risk tool") << QStringList{QStringLiteral("sys.is_tool=true"), QStringLiteral("org.role=provider"),
                                                    QStringLiteral("sys.level=high")}
                                    << QStringLiteral("A") << QStringLiteral("High risk gives grade A.") << true;
    QTest::newRow("not a tool") << QStringList{QStringLiteral("sys.is_tool=false"), QStringLiteral("org.role=deployer")}
                                << QString()
                                << QStringLiteral("Not covered, so no grade.") << false;
}

void TestWorkbench::walkthroughClassifiesTwoSystems()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, grade);
    QFETCH(QString, traceReason);
    QFETCH(bool, providerAApplies);

    QTemporaryDir dir;
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.createProject(dir.filePath(QStringLiteral("w.veiviser")),
                            {QStringLiteral("Tool"), QStringLiteral("1"), ProjectRole::Provider}));
    auto *walk = w.findChild<WalkthroughPage *>();
    auto *classification = w.findChild<ClassificationPage *>();
    QVERIFY(walk && classification);
    w.showPage(walk);
    QCOMPARE(walk->currentQuestion(), QStringLiteral("sys.is_tool"));
    QCOMPARE(walk->questionText(), QStringLiteral("Is it a tool?"));
    // Nothing is answered yet; the project's role, which stands in for its question, is not counted as an answer.
    QVERIFY2(walk->progressText().contains(QStringLiteral(" · 0 of ")), qPrintable(walk->progressText()));
    QVERIFY(walk->helpText().contains(QStringLiteral("A tool does something.")));
    QVERIFY(!walk->backButton()->isEnabled());

    for (const QString &step : steps) {
        const qsizetype eq = step.indexOf(QLatin1Char('='));
        VV_HELPER(answer(walk, step.left(eq), step.mid(eq + 1)));
    }
    // The rest is skipped for now: the questions stay unanswered and the walkthrough ends with a summary.
    for (int i = 0; i < 20 && !walk->isFinished(); ++i)
        QTest::mouseClick(walk->skipButton()->isEnabled() ? walk->skipButton() : walk->nextButton(), Qt::LeftButton);
    QVERIFY(walk->isFinished());
    QVERIFY(!walk->progressText().isEmpty());

    auto answers = AnswerTable(*w.store()).all();
    QVERIFY(answers.ok());
    QCOMPARE(int(answers->size()), int(steps.size()));
    QVERIFY(w.store()->verifyAudit()->intact);

    w.showPage(classification);
    const auto g = outcome(classification, "reg.grade");
    if (grade.isEmpty()) {
        QVERIFY(g);
        QCOMPARE(g->kind(), guidance::Value::Kind::Null); // "not applicable"
    } else {
        QCOMPARE(g, std::optional<guidance::Value>(guidance::Value::string(grade)));
    }
    classification->showTrace(QStringLiteral("reg.grade"));
    QVERIFY2(classification->traceHtml().contains(traceReason), qPrintable(classification->traceHtml()));
    if (!grade.isEmpty()) // the grade's rule cites its article
        QVERIFY(classification->traceHtml().contains(QStringLiteral("https://example.org/reg#art-")));

    const tracking::ProjectProgress *progress = w.session()->progress();
    QVERIFY(progress);
    const auto *providerA = progress->requirement(providerAUrn);
    QVERIFY(providerA);
    QCOMPARE(providerA->applies(), providerAApplies);
}

void TestWorkbench::changedAnswerUpdatesTheClassification()
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    QVERIFY(w.createProject(dir.filePath(QStringLiteral("c.veiviser")),
                            {QStringLiteral("Tool"), QStringLiteral("1"), ProjectRole::Provider}));
    auto *walk = w.findChild<WalkthroughPage *>();
    auto *classification = w.findChild<ClassificationPage *>();
    // Nothing answered: the grade is unknown and the page says what is missing.
    QVERIFY(!outcome(classification, "reg.grade"));
    QVERIFY(classification->missingText().contains(QStringLiteral("Is it a tool?")));

    w.showPage(walk);
    VV_HELPER(answer(walk, QStringLiteral("sys.is_tool"), QStringLiteral("true")));
    VV_HELPER(answer(walk, QStringLiteral("org.role"), QStringLiteral("provider")));
    VV_HELPER(answer(walk, QStringLiteral("sys.level"), QStringLiteral("high")));
    QTRY_COMPARE(outcome(classification, "reg.grade"),
                 std::optional<guidance::Value>(guidance::Value::string(QStringLiteral("A"))));

    // Changed from elsewhere (a link from the classification page brings the question back): the outcome follows.
    QVERIFY(w.openLink(LinkTarget::question(QStringLiteral("sys.level")).url()));
    QCOMPARE(walk->currentQuestion(), QStringLiteral("sys.level"));
    QAbstractButton *low = walk->choiceButton(QStringLiteral("low"));
    QVERIFY(low);
    low->setFocus();
    QTest::keyClick(low, Qt::Key_Space);
    QTRY_VERIFY(outcome(classification, "reg.grade") !=
                std::optional<guidance::Value>(guidance::Value::string(QStringLiteral("A"))));
    QCOMPARE(AnswerTable(*w.store()).all()->size(), std::size_t(3));

    // Clearing the answer makes the grade unknown again.
    walk->clearButton()->setFocus();
    QTest::keyClick(walk->clearButton(), Qt::Key_Space);
    QTRY_VERIFY(!outcome(classification, "reg.grade"));
    QVERIFY(classification->missingText().contains(QStringLiteral("How large is the risk?")));
    QCOMPARE(AnswerTable(*w.store()).all()->size(), std::size_t(2));
    QVERIFY(w.store()->verifyAudit()->intact);
}

void TestWorkbench::answerSavedBySomeoneElseIsNotOverwritten()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("k.veiviser"));
    MainWindow w;
    w.show();
    QVERIFY(w.createProject(file, {QStringLiteral("Tool"), QStringLiteral("1"), ProjectRole::Provider}));
    auto *walk = w.findChild<WalkthroughPage *>();
    w.showPage(walk);
    QCOMPARE(walk->currentQuestion(), QStringLiteral("sys.is_tool"));
    const QString fact = QStringLiteral("sys.is_tool");
    const guidance::Pack *pack = w.session()->library()->packOfFact(fact);
    QVERIFY(pack);

    // A colleague answers while this page still shows the question unanswered.
    auto colleague = ProjectStore::open(file);
    QVERIFY(colleague.ok());
    QCOMPARE(*AnswerTable(**colleague).apply({{fact, Json(true), pack->id, pack->version}}), 1);
    auto storedValue = [&]() -> Json {
        auto a = AnswerTable(*w.store()).find(fact);
        return a && *a ? (*a)->value : Json(nullptr);
    };

    // Declining keeps the colleague's answer; the message names the conflict.
    auto shown = test::answerNextMessageBox(QMessageBox::No);
    QAbstractButton *no = walk->choiceButton(QStringLiteral("false"));
    QVERIFY(no);
    no->setFocus();
    QTest::keyClick(no, Qt::Key_Space);
    QTRY_VERIFY(!shown->isEmpty());
    VV_COMPARE_JSON(storedValue(), Json(true));

    // The colleague changes it again; this time the user puts their answer on top.
    auto latest = AnswerTable(**colleague).find(fact);
    QVERIFY(latest.ok() && latest->has_value());
    AnswerChange removal{fact, Json(nullptr), pack->id, pack->version};
    QCOMPARE(*AnswerTable(**colleague).apply({removal}), 1);
    shown = test::answerNextMessageBox(QMessageBox::Yes);
    no = walk->choiceButton(QStringLiteral("false"));
    no->setFocus();
    QTest::keyClick(no, Qt::Key_Space);
    QTRY_VERIFY(!shown->isEmpty());
    VV_COMPARE_JSON(storedValue(), Json(false));
    QVERIFY(w.store()->verifyAudit()->intact);
}

void TestWorkbench::requirementStatusNeedsJustification()
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.createProject(dir.filePath(QStringLiteral("r.veiviser")),
                            {QStringLiteral("Tool"), QStringLiteral("1"), ProjectRole::Provider}));
    w.showRequirement(alwaysUrn);
    auto *page = w.findChild<RequirementPage *>();
    QVERIFY(page);
    QCOMPARE(page->urn(), alwaysUrn);
    QVERIFY(page->titleText().contains(QStringLiteral("Always")));
    QVERIFY(page->crosswalkText().contains(QStringLiteral("Provider grade A")));

    QComboBox *status = page->statusBox();
    const auto choose = [status](tracking::TrackedStatus s) {
        const int i = status->findData(int(s));
        QVERIFY(i >= 0);
        status->setFocus();
        status->setCurrentIndex(i);
        Q_EMIT status->activated(i);
    };
    // Met: saved at once.
    choose(tracking::TrackedStatus::Met);
    bool found = false;
    QCOMPARE(storedState(w, alwaysUrn, &found).status, RequirementStatus::Met);
    QVERIFY(found);

    // Not applicable without a justification: nothing is saved, the page asks for one.
    choose(tracking::TrackedStatus::NotApplicable);
    QVERIFY(page->justificationEdit()->isVisible());
    QVERIFY(page->messageText().contains(QStringLiteral("justification")));
    QCOMPARE(storedState(w, alwaysUrn, &found).status, RequirementStatus::Met);

    // With one, it is saved when the field is left.
    page->justificationEdit()->setFocus();
    QTest::keyClicks(page->justificationEdit(), QStringLiteral("Covered by the supplier's contract."));
    page->ownerEdit()->setFocus();
    QTRY_COMPARE(storedState(w, alwaysUrn, &found).status, RequirementStatus::NotApplicable);
    QCOMPARE(storedState(w, alwaysUrn, &found).justification, QStringLiteral("Covered by the supplier's contract."));

    // Owner: saved on editing finished.
    QTest::keyClicks(page->ownerEdit(), QStringLiteral("Kari"));
    QTest::keyClick(page->ownerEdit(), Qt::Key_Return);
    QTRY_COMPARE(storedState(w, alwaysUrn, &found).owner, QStringLiteral("Kari"));
    QVERIFY(w.store()->verifyAudit()->intact);
}

void TestWorkbench::requirementSavedBySomeoneElseIsNotOverwritten()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("rc.veiviser"));
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.createProject(file, {QStringLiteral("Tool"), QStringLiteral("1"), ProjectRole::Provider}));
    w.showRequirement(alwaysUrn);
    auto *page = w.findChild<RequirementPage *>();
    QVERIFY(page);
    StoreOptions asKari;
    asKari.actor = QStringLiteral("kari");
    auto colleague = ProjectStore::open(file, asKari);
    QVERIFY(colleague.ok());
    RequirementStateTable theirs(**colleague);
    const auto kariSaves = [&](const QString &owner) {
        auto existing = theirs.find(alwaysUrn);
        QVERIFY(existing.ok());
        RequirementState s = existing->value_or(RequirementState{});
        if (!*existing) {
            s.urn = alwaysUrn;
            s.packId = QStringLiteral("reg");
            s.packVersion = QStringLiteral("2.0.0");
            s.rowVersion = 0;
        }
        s.owner = owner;
        auto saved = theirs.save(s);
        QVERIFY2(saved.ok(), saved ? "" : qPrintable(saved.error().toString()));
    };
    const auto typeOwner = [page](const QString &owner) {
        page->ownerEdit()->setFocus();
        page->ownerEdit()->selectAll();
        QTest::keyClicks(page->ownerEdit(), owner);
        QTest::keyClick(page->ownerEdit(), Qt::Key_Return);
    };
    bool found = false;

    // Declined: Kari's owner stays, and the page shows it.
    kariSaves(QStringLiteral("Kari"));
    auto shown = test::answerNextMessageBox(QMessageBox::No);
    typeOwner(QStringLiteral("Ola"));
    QTRY_VERIFY(!shown->isEmpty());
    // Whose change won, in plain words: the requirement's title, not its URN.
    QVERIFY2(shown->contains(QStringLiteral("kari created")), qPrintable(*shown));
    QVERIFY2(!shown->contains(QStringLiteral("urn:veiviser")), qPrintable(*shown));
    QCOMPARE(storedState(w, alwaysUrn, &found).owner, QStringLiteral("Kari"));
    QTRY_COMPARE(page->ownerEdit()->text(), QStringLiteral("Kari"));

    // Accepted: this user's owner goes on top of Kari's newest version.
    kariSaves(QStringLiteral("Kari again"));
    const qint64 theirVersion = *(*theirs.find(alwaysUrn))->rowVersion;
    shown = test::answerNextMessageBox(QMessageBox::Yes);
    typeOwner(QStringLiteral("Ola"));
    QTRY_VERIFY(!shown->isEmpty());
    QVERIFY2(shown->contains(QStringLiteral("kari changed")), qPrintable(*shown));
    QTRY_COMPARE(storedState(w, alwaysUrn, &found).owner, QStringLiteral("Ola"));
    QCOMPARE(*storedState(w, alwaysUrn, &found).rowVersion, theirVersion + 1);

    // The page now holds the newest version: the next save asks nothing.
    shown = test::answerNextMessageBox(QMessageBox::No);
    typeOwner(QStringLiteral("Ola Nordmann"));
    QTRY_COMPARE(storedState(w, alwaysUrn, &found).owner, QStringLiteral("Ola Nordmann"));
    QVERIFY2(shown->isEmpty(), qPrintable(*shown));
    QVERIFY(w.store()->verifyAudit()->intact);
}

void TestWorkbench::requirementPageShowsTheConditionInWords()
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    QVERIFY(w.createProject(dir.filePath(QStringLiteral("c.veiviser")),
                            {QStringLiteral("Tool"), QStringLiteral("1"), ProjectRole::Provider}));
    QVERIFY(w.session()->setAnswer(QStringLiteral("sys.is_tool"), true).ok());
    QVERIFY(w.session()->setAnswer(QStringLiteral("sys.level"), "mid").ok());
    w.showRequirement(providerAUrn);
    auto *page = w.findChild<RequirementPage *>();
    QVERIFY(page);
    const QString raw = QStringLiteral("reg.grade == 'A'");
    QTRY_VERIFY2(page->applicabilityText().contains(QStringLiteral("Grade = Class A")), qPrintable(page->applicabilityText()));
    QVERIFY2(!page->applicabilityText().contains(QStringLiteral("==")), qPrintable(page->applicabilityText()));
    QVERIFY(!page->applicabilityText().contains(QStringLiteral("reg.grade")));
    QVERIFY(page->applicabilityLabel()->toolTip().contains(raw)); // for experts

    w.setLanguage(QStringLiteral("nb"));
    QTRY_VERIFY2(page->applicabilityText().contains(QStringLiteral("Klasse = Klasse A")), qPrintable(page->applicabilityText()));
    QVERIFY(!page->applicabilityText().contains(QStringLiteral("==")));
    QVERIFY(!page->applicabilityText().contains(QStringLiteral("reg.grade")));
    QVERIFY(page->applicabilityLabel()->toolTip().contains(raw));
}

void TestWorkbench::undoAndRedoSaveAuditedChanges()
{
    QTemporaryDir dir;
    MainWindow w;
    QVERIFY(w.createProject(dir.filePath(QStringLiteral("u.veiviser")),
                            {QStringLiteral("Tool"), QStringLiteral("1"), ProjectRole::Provider}));
    ProjectSession *session = w.session();
    QVERIFY(session->setAnswer(QStringLiteral("sys.is_tool"), true).ok());
    RequirementState state;
    state.urn = alwaysUrn;
    state.status = RequirementStatus::InProgress;
    state.owner = QStringLiteral("Ola");
    QVERIFY(session->saveRequirementState(state).ok());
    QCOMPARE(session->undoStack()->count(), 2);
    const auto auditBefore = w.store()->verifyAudit()->entries;

    session->undoStack()->undo(); // the state
    bool found = false;
    const RequirementState undone = storedState(w, alwaysUrn, &found);
    QVERIFY(!found || undone.status == RequirementStatus::NotStarted);
    session->undoStack()->undo(); // the answer
    QCOMPARE(AnswerTable(*w.store()).all()->size(), std::size_t(0));
    session->undoStack()->redo();
    session->undoStack()->redo();
    QCOMPARE(AnswerTable(*w.store()).all()->size(), std::size_t(1));
    QCOMPARE(storedState(w, alwaysUrn, &found).owner, QStringLiteral("Ola"));
    // Each undo and redo is a change of its own, in the audit chain.
    const auto verify = w.store()->verifyAudit();
    QVERIFY(verify->intact);
    QVERIFY(verify->entries >= auditBefore + 4);
}

// Each save is based on the state as read (with its row version), as the requirement page does. Undo and redo
// write on top of the session's own last write, so they never conflict with the session itself.
void TestWorkbench::undoAndRedoThreeDeepOnSavedStates()
{
    QTemporaryDir dir;
    MainWindow w;
    QVERIFY(w.createProject(dir.filePath(QStringLiteral("u3.veiviser")),
                            {QStringLiteral("Tool"), QStringLiteral("1"), ProjectRole::Provider}));
    ProjectSession *session = w.session();
    QSignalSpy failures(session, &ProjectSession::editFailed);
    const QStringList owners = {QStringLiteral("Ola"), QStringLiteral("Kari"), QStringLiteral("Per")};
    const RequirementStatus statuses[] = {RequirementStatus::InProgress, RequirementStatus::Met,
                                          RequirementStatus::InProgress};
    for (int i = 0; i < 3; ++i) {
        bool found = false;
        RequirementState state = storedState(w, alwaysUrn, &found);
        if (!found) {
            state.urn = alwaysUrn;
            state.rowVersion = 0;
        }
        state.status = statuses[i];
        state.owner = owners[i];
        QVERIFY2(session->saveRequirementState(state).ok(), qPrintable(QString::number(i)));
    }
    QCOMPARE(session->undoStack()->count(), 3);
    bool found = false;
    for (int i = 2; i >= 0; --i) {
        session->undoStack()->undo();
        QCoreApplication::processEvents();
        const RequirementState undone = storedState(w, alwaysUrn, &found);
        if (i > 0) {
            QCOMPARE(undone.owner, owners[i - 1]);
            QCOMPARE(undone.status, statuses[i - 1]);
        } else {
            QVERIFY(!found || undone.status == RequirementStatus::NotStarted);
        }
        QCOMPARE(session->undoStack()->index(), i);
    }
    for (int i = 0; i < 3; ++i) {
        session->undoStack()->redo();
        QCoreApplication::processEvents();
        QCOMPARE(storedState(w, alwaysUrn, &found).owner, owners[i]);
        QCOMPARE(session->undoStack()->index(), i + 1);
    }
    QVERIFY2(failures.isEmpty(), failures.isEmpty() ? "" : qPrintable(failures.first().first().toString()));
}

// Someone else changed the requirement after the session's edit: undo reports the conflict, and the Edit menu's
// stack stays where it was, so the user is not told the undo happened.
void TestWorkbench::failedUndoLeavesTheStackWhereItWas()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("f.veiviser"));
    MainWindow w;
    QVERIFY(w.createProject(file, {QStringLiteral("Tool"), QStringLiteral("1"), ProjectRole::Provider}));
    ProjectSession *session = w.session();
    RequirementState state;
    state.urn = alwaysUrn;
    state.rowVersion = 0;
    state.status = RequirementStatus::InProgress;
    state.owner = QStringLiteral("Ola");
    QVERIFY(session->saveRequirementState(state).ok());
    {
        StoreOptions colleague;
        colleague.actor = QStringLiteral("kari");
        auto other = ProjectStore::open(file, colleague);
        QVERIFY(other);
        bool found = false;
        RequirementState theirs = storedState(w, alwaysUrn, &found);
        theirs.owner = QStringLiteral("Kari");
        QVERIFY(RequirementStateTable(**other).save(theirs));
    }
    QSignalSpy failures(session, &ProjectSession::editFailed);
    QCOMPARE(session->undoStack()->index(), 1);
    session->undoStack()->undo();
    QCOMPARE(failures.count(), 1);
    QTRY_COMPARE(session->undoStack()->index(), 1);
    bool found = false;
    QCOMPARE(storedState(w, alwaysUrn, &found).owner, QStringLiteral("Kari"));
    QCOMPARE(failures.count(), 1); // the step back saved nothing, so it failed nothing

    // The bar speaks plainly: a sentence, the requirement's title instead of its URN, and a real Reload button.
    // The main window's bar: pages have their own (the risk page's says when the risk model is missing, as it is
    // in this test's guidance folder).
    MessageBar *bar = w.messageBar();
    QVERIFY(bar && !bar->text().isEmpty());
    QVERIFY2(!bar->text().contains(QStringLiteral("urn:veiviser")), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(QStringLiteral("Kari changed")), qPrintable(bar->text())); // a sentence
    QVERIFY2(bar->text().at(0).isUpper(), qPrintable(bar->text()));
    QVERIFY(!bar->actionButton()->isHidden());
    QVERIFY(bar->actionButton()->text().contains(QStringLiteral("Reload")));
    QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
    QVERIFY(bar->text().isEmpty());
}

// On a requirement without evidence the evidence box is as tall as its sentence and the link row (it took half the
// page), with the link row right under the sentence; once something is linked, the list takes the room.
void TestWorkbench::emptyEvidenceBoxFitsItsContent()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("e.veiviser"));
    {
        auto store = ProjectStore::create(project, {QStringLiteral("Tool"), QStringLiteral("1"), ProjectRole::Provider});
        QVERIFY(store);
        auto imported = test::importTextEvidence(**store, dir.filePath(QStringLiteral("report.txt")), "Validation report\n");
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().toString()));
    }
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProject(project));
    w.showRequirement(alwaysUrn);
    RequirementPage *page = w.requirementPage();
    QCoreApplication::processEvents();
    auto *box = qobject_cast<QGroupBox *>(page->linkButton()->parentWidget());
    QVERIFY(box);
    QLabel *none = nullptr;
    for (QLabel *l : box->findChildren<QLabel *>())
        if (l->isVisible() && l->text().startsWith(QStringLiteral("No evidence is linked")))
            none = l;
    QVERIFY(none);
    // The sentence wraps: the box's natural height is the one for its width.
    const int natural = box->hasHeightForWidth() ? box->heightForWidth(box->width()) : box->sizeHint().height();
    QVERIFY2(box->height() <= natural + 2, qPrintable(QStringLiteral("%1 for %2").arg(box->height()).arg(natural)));
    const int gap = page->evidenceChoice()->geometry().top() - none->geometry().bottom();
    QVERIFY2(gap >= 0 && gap <= 16, qPrintable(QString::number(gap)));
    QVERIFY(page->evidenceChoice()->isEnabled() && page->linkButton()->isEnabled());
    QVERIFY(!page->openButton()->isVisible() && !page->unlinkButton()->isVisible());

    const int emptyHeight = box->height();
    QTest::mouseClick(page->linkButton(), Qt::LeftButton);
    QCoreApplication::processEvents();
    QCOMPARE(page->evidenceModel()->rowCount(), 1);
    QVERIFY(page->evidenceView()->isVisible() && !none->isVisible());
    QVERIFY(page->openButton()->isVisible() && page->unlinkButton()->isVisible());
    QVERIFY2(box->height() > emptyHeight + 60, qPrintable(QString::number(box->height())));
}

// The classification's trace shows the rule that decided; the rules that were not the case are folded under
// "Other rules checked (N)" and unfold (and fold again) from that link. The fixture's grade has four rules: with
// a low risk the first three are not the case and "otherwise" decides.
void TestWorkbench::traceFoldsTheRulesThatDidNotApply()
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    QVERIFY(w.createProject(dir.filePath(QStringLiteral("t.veiviser")),
                            {QStringLiteral("Tool"), QStringLiteral("1"), ProjectRole::Provider}));
    QVERIFY(w.session()->setAnswer(QStringLiteral("sys.is_tool"), true).ok());
    QVERIFY(w.session()->setAnswer(QStringLiteral("sys.level"), "low").ok());
    ClassificationPage *page = w.classificationPage();
    w.showPage(page);
    page->showTrace(QStringLiteral("reg.grade"));
    const QStringList notTheCase = {QStringLiteral("Not covered, so no grade."),
                                    QStringLiteral("High risk gives grade A."),
                                    QStringLiteral("Medium risk gives grade B.")};
    const auto plain = [page] { return page->traceView()->toPlainText(); };
    QString text = plain();
    QVERIFY2(text.contains(QStringLiteral("Otherwise grade C.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Rule low")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Other rules checked (3)")), qPrintable(text));
    QVERIFY(text.indexOf(QStringLiteral("Rule low")) < text.indexOf(QStringLiteral("Other rules checked")));
    for (const QString &reason : notTheCase)
        QVERIFY2(!text.contains(reason), qPrintable(reason));
    QVERIFY(!text.contains(QStringLiteral("not the case")));

    Q_EMIT page->traceView()->anchorClicked(TraceHtml::otherRulesLink());
    QVERIFY(page->otherRulesShown());
    text = plain();
    for (const QString &reason : notTheCase)
        QVERIFY2(text.contains(reason), qPrintable(reason));
    QVERIFY(text.indexOf(QStringLiteral("Other rules checked")) < text.indexOf(notTheCase.front()));
    QCOMPARE(w.currentPage(), static_cast<Page *>(page)); // the link stays on the page
    Q_EMIT page->traceView()->anchorClicked(TraceHtml::otherRulesLink());
    QVERIFY(!plain().contains(notTheCase.front()));

    // Another outcome opens folded.
    Q_EMIT page->traceView()->anchorClicked(TraceHtml::otherRulesLink());
    page->showTrace(QStringLiteral("reg.covered"));
    QVERIFY(!page->otherRulesShown());
    text = plain();
    QVERIFY2(text.contains(QStringLiteral("A tool is covered.")) && !text.contains(QStringLiteral("Not a tool.")),
             qPrintable(text));
}

// Opening a project shows where it stands: the dashboard, selected in the navigator, not the overview's facts.
void TestWorkbench::openingLandsOnTheDashboard()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("land.veiviser"));
    QVERIFY(ProjectStore::create(file, {QStringLiteral("Land"), QStringLiteral("1"), ProjectRole::Provider}).ok());
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProject(file));
    QCOMPARE(w.currentPage(), static_cast<Page *>(w.dashboardPage()));
    QVERIFY(w.dashboardPage()->isVisible());
    QCOMPARE(w.navigator()->view()->currentIndex().data().toString(), w.dashboardPage()->pageTitle());
    // Also after another page was shown and the project closed and opened again.
    w.showPage(w.evidencePage());
    w.closeProject();
    QVERIFY(w.openProject(file));
    QCOMPARE(w.currentPage(), static_cast<Page *>(w.dashboardPage()));
}

// While the walkthrough has questions not answered, the dashboard names the next one (the fixture's first question
// in walkthrough order, with its pack and section) and how many are answered; its button opens the walkthrough there.
// When every question asked is answered, the card goes.
void TestWorkbench::dashboardContinuesTheWalkthrough()
{
    QTemporaryDir dir;
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.createProject(dir.filePath(QStringLiteral("c.veiviser")),
                            {QStringLiteral("Tool"), QStringLiteral("1"), ProjectRole::Provider}));
    DashboardPage *dashboard = w.dashboardPage();
    w.showPage(dashboard);
    QVERIFY(dashboard->continueCard()->isVisible());
    // Asked without answers: sys.is_tool, org.role (the role stands in, not an answer), sys.users, sys.areas, sys.note;
    // sys.level waits for sys.is_tool.
    QString text = dashboard->continueText();
    QVERIFY2(text.contains(QStringLiteral("Is it a tool?")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Common › About the system")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("0 of 5 questions answered")), qPrintable(text));
    QTest::mouseClick(dashboard->continueButton(), Qt::LeftButton);
    QCOMPARE(w.currentPage(), static_cast<Page *>(w.walkthroughPage()));
    answer(w.walkthroughPage(), QStringLiteral("sys.is_tool"), QStringLiteral("true"));
    if (QTest::currentTestFailed())
        return;

    // sys.level is asked now; the next question not answered is the role.
    w.showPage(dashboard);
    text = dashboard->continueText();
    QVERIFY2(text.contains(QStringLiteral("Which role?")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1 of 6 questions answered")), qPrintable(text));
    QTest::mouseClick(dashboard->continueButton(), Qt::LeftButton);
    QCOMPARE(w.walkthroughPage()->currentQuestion(), QStringLiteral("org.role"));

    ProjectSession *session = w.session();
    QVERIFY(session->setAnswer(QStringLiteral("org.role"), "provider").ok());
    QVERIFY(session->setAnswer(QStringLiteral("sys.level"), "low").ok());
    QVERIFY(session->setAnswer(QStringLiteral("sys.users"), 10).ok());
    QVERIFY(session->setAnswer(QStringLiteral("sys.areas"), Json::array({"x"})).ok());
    w.showPage(dashboard);
    QVERIFY(dashboard->continueCard()->isVisible()); // the note is still open
    QVERIFY2(dashboard->continueText().contains(QStringLiteral("5 of 6")), qPrintable(dashboard->continueText()));
    QVERIFY(session->setAnswer(QStringLiteral("sys.note"), "n").ok());
    QVERIFY(!dashboard->continueCard()->isVisible());

    // In Bokmål the card speaks Bokmål.
    QVERIFY(session->setAnswer(QStringLiteral("sys.note"), nullptr).ok());
    w.setLanguage(QStringLiteral("nb"));
    QTRY_VERIFY2(dashboard->continueText().contains(QStringLiteral("Merknad")), qPrintable(dashboard->continueText()));
    QVERIFY2(!dashboard->continueButton()->text().contains(QStringLiteral("walkthrough")),
             qPrintable(dashboard->continueButton()->text()));
}

void TestWorkbench::makeAlwaysOverdue(ProjectSession *session, const QString &owner, RequirementState *state)
{
    QVERIFY(session->setAnswer(QStringLiteral("sys.is_tool"), true).ok());
    QVERIFY(session->setAnswer(QStringLiteral("sys.level"), "high").ok());
    state->urn = alwaysUrn;
    state->status = RequirementStatus::InProgress;
    state->owner = owner;
    state->dueDate = QDate::currentDate().addDays(-3);
    QVERIFY(session->saveRequirementState(*state).ok());
}

void TestWorkbench::dashboardAndNavigatorShowProgress()
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    QVERIFY(w.createProject(dir.filePath(QStringLiteral("d.veiviser")),
                            {QStringLiteral("Tool"), QStringLiteral("1"), ProjectRole::Provider}));
    ProjectSession *session = w.session();
    RequirementState overdue;
    VV_HELPER(makeAlwaysOverdue(session, QString(), &overdue));

    auto *dashboard = w.findChild<DashboardPage *>();
    QVERIFY(dashboard);
    w.showPage(dashboard);
    QTRY_COMPARE(dashboard->dueModel()->rowCount(), 1);
    QCOMPARE(dashboard->dueModel()->urnAt(0), alwaysUrn);
    QVERIFY(dashboard->packChart());
    QVERIFY(!dashboard->summaryText().isEmpty());

    // The navigator: the requirement is under its pack, and the "open" filter keeps it while "lacking evidence"
    // keeps it too (nothing is linked); setting it met removes it from "open".
    Navigator *nav = w.navigator();
    QVERIFY(nav->model()->requirementIndex(alwaysUrn).isValid());
    QVERIFY(nav->model()->requirementIndex(alwaysUrn).data(NavigatorModel::OverdueRole).toBool());
    nav->setFilterMode(NavigatorFilter::Mode::Open);
    const auto visible = [nav](const QString &urn) {
        return nav->filter()->mapFromSource(nav->model()->requirementIndex(urn)).isValid();
    };
    QVERIFY(visible(alwaysUrn));
    overdue.status = RequirementStatus::Met;
    QVERIFY(session->saveRequirementState(overdue).ok());
    QTRY_VERIFY(!visible(alwaysUrn));
    QCOMPARE(dashboard->dueModel()->rowCount(), 0);
    nav->setFilterMode(NavigatorFilter::Mode::LackingEvidence);
    QVERIFY(visible(alwaysUrn));
    nav->setFilterMode(NavigatorFilter::Mode::All);
    QVERIFY(visible(QStringLiteral("urn:veiviser:reg:deployer-covered")));
    nav->setFilterMode(NavigatorFilter::Mode::Applicable);
    QVERIFY(!visible(QStringLiteral("urn:veiviser:reg:deployer-covered"))); // a deployer's; the project provides

    // Choosing a requirement in the navigator shows its page.
    nav->setFilterMode(NavigatorFilter::Mode::All);
    nav->select(nav->model()->requirementIndex(providerAUrn));
    QCOMPARE(w.findChild<RequirementPage *>()->urn(), providerAUrn);
}

// On a small screen (1366×768) the list of requirements due gives its room to the titles: the other columns are as
// wide as their content, and the title, which stretches, keeps at least two fifths of the list (it had a fifth, and
// showed "AI literacy of ...").
void TestWorkbench::dashboardDueTitlesHaveRoom()
{
    QTemporaryDir dir;
    MainWindow w;
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.createProject(dir.filePath(QStringLiteral("due.veiviser")),
                            {QStringLiteral("Tool"), QStringLiteral("1"), ProjectRole::Provider}));
    RequirementState overdue;
    VV_HELPER(makeAlwaysOverdue(w.session(), QStringLiteral("Fagutviklingssykepleier"), &overdue));
    DashboardPage *dashboard = w.dashboardPage();
    w.showPage(dashboard);
    QTRY_COMPARE(dashboard->dueModel()->rowCount(), 1);
    QTableView *view = dashboard->dueView();
    QTRY_VERIFY(view->isVisible());
    QCoreApplication::processEvents();
    QHeaderView *header = view->horizontalHeader();
    QCOMPARE(header->sectionResizeMode(RequirementTableModel::Title), QHeaderView::Stretch);
    for (int c = 0; c < header->count(); ++c)
        if (c != RequirementTableModel::Title && !header->isSectionHidden(c)) {
            QCOMPARE(header->sectionResizeMode(c), QHeaderView::ResizeToContents);
            QVERIFY2(header->sectionSize(c) <= header->sectionSize(RequirementTableModel::Title),
                     qPrintable(QStringLiteral("column %1 is %2 wide, the title %3").arg(c).arg(header->sectionSize(c))
                                    .arg(header->sectionSize(RequirementTableModel::Title))));
        }
    QVERIFY2(header->sectionSize(RequirementTableModel::Title) * 5 >= view->viewport()->width() * 2,
             qPrintable(QStringLiteral("the title is %1 of %2").arg(header->sectionSize(RequirementTableModel::Title))
                            .arg(view->viewport()->width())));
}

void TestWorkbench::languageSwitchesWithoutRestart()
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    QVERIFY(w.createProject(dir.filePath(QStringLiteral("l.veiviser")),
                            {QStringLiteral("Verktøy"), QStringLiteral("2.1"), ProjectRole::Provider}));
    auto *walk = w.findChild<WalkthroughPage *>();
    auto *classification = w.findChild<ClassificationPage *>();
    w.showPage(walk);
    QCOMPARE(walk->questionText(), QStringLiteral("Is it a tool?"));
    QVERIFY(w.windowTitle().contains(QStringLiteral("system version 2.1")));

    w.setLanguage(QStringLiteral("nb"));
    QTRY_COMPARE(walk->questionText(), QStringLiteral("Er det et verktøy?"));
    QCOMPARE(walk->pageTitle(), QStringLiteral("Gjennomgang"));
    QCOMPARE(classification->pageTitle(), QStringLiteral("Klassifisering"));
    QTRY_VERIFY2(w.windowTitle().contains(QStringLiteral("systemversjon 2.1")), qPrintable(w.windowTitle()));
    QTRY_COMPARE(w.navigator()->model()->pageIndex(2).data().toString(), walk->pageTitle());

    w.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(walk->questionText(), QStringLiteral("Is it a tool?"));
    QCOMPARE(classification->pageTitle(), QStringLiteral("Classification"));
}

void TestWorkbench::modelsPassTester()
{
    QTemporaryDir dir;
    MainWindow w;
    QVERIFY(w.createProject(dir.filePath(QStringLiteral("m.veiviser")),
                            {QStringLiteral("Tool"), QStringLiteral("1"), ProjectRole::Both}));
    ProjectSession *session = w.session();
    const guidance::GuidanceLibrary *library = session->library();
    QVERIFY(library);

    NavigatorModel navigator;
    QAbstractItemModelTester t1(&navigator, QAbstractItemModelTester::FailureReportingMode::QtTest);
    navigator.addPage(QStringLiteral("Overview"), {});
    navigator.addPage(QStringLiteral("Dashboard"), {});
    navigator.setProjectTitle(QStringLiteral("Tool"));
    navigator.setGuidance(library);
    navigator.setProgress(session->progress());
    QCOMPARE(navigator.rowCount(), 1); // the project; pages and packs are its children
    QVERIFY(navigator.rowCount(navigator.projectIndex()) >= 2); // the dashboard page and the pack "reg"
    QVERIFY(navigator.requirementIndex(alwaysUrn).isValid());
    QCOMPARE(navigator.requirementIndex(alwaysUrn).data(NavigatorModel::IdRole).toString(), alwaysUrn);
    QVERIFY(session->setAnswer(QStringLiteral("sys.is_tool"), true).ok());
    navigator.setProgress(session->progress());
    navigator.refreshTexts();
    NavigatorFilter filter;
    QAbstractItemModelTester t2(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&navigator);
    for (auto mode : {NavigatorFilter::Mode::Applicable, NavigatorFilter::Mode::Open,
                      NavigatorFilter::Mode::LackingEvidence, NavigatorFilter::Mode::NeedsReview,
                      NavigatorFilter::Mode::All})
        filter.setMode(mode);
    navigator.setGuidance(nullptr);
    QCOMPARE(navigator.requirementIndex(alwaysUrn).isValid(), false);

    RequirementTableModel requirements;
    QAbstractItemModelTester t3(&requirements, QAbstractItemModelTester::FailureReportingMode::QtTest);
    requirements.setRequirements(session->progress()->requirements, library);
    QCOMPARE(requirements.rowCount(), int(session->progress()->requirements.size()));
    QVERIFY(!requirements.urnAt(0).isEmpty());
    requirements.retranslate();
    requirements.clear();
    QCOMPARE(requirements.rowCount(), 0);

    EvidenceListModel evidence;
    QAbstractItemModelTester t4(&evidence, QAbstractItemModelTester::FailureReportingMode::QtTest);
    evidence.setItems({}, library);
    QCOMPARE(evidence.rowCount(), 0);
    evidence.retranslate();

    OutcomeModel outcomes;
    QAbstractItemModelTester t5(&outcomes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    outcomes.setAssessment(session->progress()->assessment, *library);
    QVERIFY(outcomes.rowCount() > 0);
}

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
