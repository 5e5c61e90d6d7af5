// The classification page, offscreen: from an empty project to a classification by answering in the form, with
// the trace and its sources shown; the outcome model passes QAbstractItemModelTester.

#include "TestSupport.h"

#include "core/Translation.h"
#include "store/AnswerTable.h"
#include "store/ProjectStore.h"
#include "ui/ClassificationPage.h"
#include "ui/MainWindow.h"
#include "ui/OutcomeModel.h"
#include "ui/ProjectSession.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QListWidgetItem>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;
using namespace vv::ui;

class TestClassification : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pageIsInTheNavigator();
    void fromEmptyProjectToClassification();
    void modelPassesTester();
    void missingPacksAreReported();

private:
    static void choose(QWidget *w, const QVariant &data);
};

void TestClassification::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VeiviserTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_classification"));
    Translation::install(QStringLiteral("en"));
    qputenv("VEIVISER_DATA_DIR", VV_FIXTURES_DIR "/guidance/data");
}

void TestClassification::choose(QWidget *w, const QVariant &data)
{
    auto *combo = qobject_cast<QComboBox *>(w);
    QVERIFY(combo);
    const int index = data.isValid() ? combo->findData(data) : 0; // entry 0: "not answered"
    QVERIFY(index >= 0);
    // As a keyboard user would: focus, then pick the entry (activated is what a user's choice emits).
    combo->setFocus();
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

void TestClassification::pageIsInTheNavigator()
{
    MainWindow w;
    auto *page = w.findChild<ClassificationPage *>();
    QVERIFY(page);
    QCOMPARE(page->pageTitle(), QStringLiteral("Classification"));
    QVERIFY(!w.navigator()->findItems(QStringLiteral("Classification"), Qt::MatchExactly).isEmpty());
}

void TestClassification::fromEmptyProjectToClassification()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("c.veiviser"));
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.createProject(file, {QStringLiteral("Tool"), QStringLiteral("1"), ProjectRole::Provider}));
    auto *page = w.findChild<ClassificationPage *>();
    w.showPage(page);

    // An empty project: nothing decided, the first question asked, what is missing said.
    QVERIFY(!page->assessment().value(QStringLiteral("reg.grade")));
    QVERIFY(page->missingText().contains(QStringLiteral("Is it a tool?")));
    QWidget *isTool = page->questionWidget(QStringLiteral("sys.is_tool"));
    QVERIFY(isTool);
    QCOMPARE(isTool->accessibleName(), QStringLiteral("Is it a tool?"));
    QCOMPARE(isTool->toolTip(), QStringLiteral("A tool does something."));
    QVERIFY(!page->questionWidget(QStringLiteral("sys.level"))); // asked only for tools

    choose(isTool, true);
    QTRY_VERIFY(page->questionWidget(QStringLiteral("sys.level")));
    choose(page->questionWidget(QStringLiteral("sys.level")), QStringLiteral("high"));
    QTRY_COMPARE(page->assessment().value(QStringLiteral("reg.grade")),
                 std::optional<guidance::Value>(guidance::Value::string(QStringLiteral("A"))));

    auto *users = qobject_cast<QLineEdit *>(page->questionWidget(QStringLiteral("sys.users")));
    QVERIFY(users);
    users->setFocus();
    QTest::keyClicks(users, QStringLiteral("5000"));
    QTest::keyClick(users, Qt::Key_Return);
    QTRY_COMPARE(page->assessment().value(QStringLiteral("reg.large")),
                 std::optional<guidance::Value>(guidance::Value::boolean(true)));

    auto *areas = qobject_cast<QListWidget *>(page->questionWidget(QStringLiteral("sys.areas")));
    QVERIFY(areas);
    areas->item(0)->setCheckState(Qt::Checked);
    QTRY_VERIFY(page->missingText().contains(QStringLiteral("Nothing is missing")));

    // The answers are in the project, with the pack version, and audited.
    auto answers = AnswerTable(*w.store()).all();
    QVERIFY(answers.ok());
    QCOMPARE(answers->size(), std::size_t(4));
    QCOMPARE(answers->front().factId, QStringLiteral("sys.areas"));
    QCOMPARE(answers->front().packVersion, QStringLiteral("1.0.0"));
    QVERIFY(w.store()->verifyAudit()->intact);

    // The outcome table and the trace of the grade, with the rule's reason, the facts used and a source link.
    OutcomeModel *model = page->outcomes();
    const int row = model->rowOf(QStringLiteral("reg.grade"));
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, OutcomeModel::ResultColumn).data().toString(), QStringLiteral("Class A"));
    QCOMPARE(model->index(row, OutcomeModel::RegimeColumn).data().toString(), QStringLiteral("The regulation"));
    page->showTrace(QStringLiteral("reg.grade"));
    const QString html = page->traceHtml();
    QVERIFY2(html.contains(QStringLiteral("High risk gives grade A.")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("href=\"https://example.org/reg#art-2\"")));
    QVERIFY(html.contains(QStringLiteral("How large is the risk?: High")));
    QVERIFY(html.contains(QStringLiteral("Not covered, so no grade.")));

    // Removing an answer makes the outcome unknown again, and the page says what is missing.
    choose(page->questionWidget(QStringLiteral("sys.level")), QVariant());
    QTRY_VERIFY(!page->assessment().value(QStringLiteral("reg.grade")));
    QVERIFY(page->missingText().contains(QStringLiteral("How large is the risk?")));
    QCOMPARE(AnswerTable(*w.store()).all()->size(), std::size_t(3));
}

void TestClassification::modelPassesTester()
{
    auto lib = guidance::GuidanceLibrary::loadChecked(QStringLiteral(VV_FIXTURES_DIR "/guidance/data/guidance"));
    QVERIFY(lib.ok());
    OutcomeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAssessment(lib->assess({}, guidance::Role::Provider), *lib);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.index(0, OutcomeModel::ResultColumn).data().toString(), QStringLiteral("Not yet known"));
    std::map<QString, guidance::GivenAnswer> answers;
    answers[QStringLiteral("sys.is_tool")] = {guidance::Value::boolean(false), QStringLiteral("1.0.0")};
    model.setAssessment(lib->assess(answers, guidance::Role::Provider), *lib);
    QCOMPARE(model.index(model.rowOf(QStringLiteral("reg.covered")), OutcomeModel::ResultColumn).data().toString(),
             QStringLiteral("No"));
    QCOMPARE(model.index(model.rowOf(QStringLiteral("reg.grade")), OutcomeModel::ResultColumn).data().toString(),
             QStringLiteral("Not applicable"));
    QCOMPARE(model.data(model.index(0, 0), OutcomeModel::FactRole).toString(), model.factAt(0));
    QCOMPARE(model.headerData(OutcomeModel::OutcomeColumn, Qt::Horizontal).toString(), QStringLiteral("Outcome"));
}

void TestClassification::missingPacksAreReported()
{
    qputenv("VEIVISER_DATA_DIR", VV_FIXTURES_DIR "/guidance/broken"); // holds no guidance folder
    QTemporaryDir dir;
    MainWindow w;
    QVERIFY(w.createProject(dir.filePath(QStringLiteral("b.veiviser")), {QStringLiteral("B"), QStringLiteral("1"), ProjectRole::Both}));
    auto *page = w.findChild<ClassificationPage *>();
    bool shown = false;
    for (QLabel *l : page->findChildren<QLabel *>())
        shown = shown || l->text().contains(QStringLiteral("the guidance packs are not installed"));
    QVERIFY(shown);
    qputenv("VEIVISER_DATA_DIR", VV_FIXTURES_DIR "/guidance/data");
}

QTEST_MAIN(TestClassification)
#include "tst_classification.moc"
