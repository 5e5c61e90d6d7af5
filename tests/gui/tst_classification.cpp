// The classification page, offscreen: its navigator entry, the outcome model (QAbstractItemModelTester) and the
// message when the guidance is missing. Answering and the trace are in tst_workbench.

#include "TestSupport.h"

#include "core/Translation.h"
#include "store/AnswerTable.h"
#include "store/ProjectStore.h"
#include "ui/ClassificationPage.h"
#include "ui/MainWindow.h"
#include "ui/Navigator.h"
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
    void modelPassesTester();
    void missingPacksAreReported();
    void cardsReadAsWordsOnTheShippedPacks_data();
    void cardsReadAsWordsOnTheShippedPacks();
    void inHouseExemptionListsConditionsNotMet();

};

void TestClassification::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VeiviserTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_classification"));
    Translation::install(QStringLiteral("en"));
    qputenv("VEIVISER_DATA_DIR", VV_FIXTURES_DIR "/guidance/data");
}

void TestClassification::pageIsInTheNavigator()
{
    MainWindow w;
    auto *page = w.findChild<ClassificationPage *>();
    QVERIFY(page);
    QCOMPARE(page->pageTitle(), QStringLiteral("Classification"));
    QStringList titles;
    for (int i = 0; i < w.navigator()->count(); ++i)
        titles << w.navigator()->item(i)->text();
    QVERIFY(titles.contains(QStringLiteral("Classification")));
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

void TestClassification::cardsReadAsWordsOnTheShippedPacks_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("mdrClass");
    QTest::addColumn<QString>("mdrDetail");
    QTest::addColumn<QString>("risk");
    QTest::addColumn<QString>("route");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Class IIb")
                        << QStringLiteral("Is the software a medical device? Yes") << QStringLiteral("High-risk")
                        << QStringLiteral("Annex I (medical device under the MDR)");
    QTest::newRow("nb") << QStringLiteral("nb") << QStringLiteral("Klasse IIb")
                        << QStringLiteral("Er programvaren medisinsk utstyr? Ja") << QStringLiteral("Høyrisiko")
                        << QStringLiteral("Vedlegg I (medisinsk utstyr etter MDR)");
}

void TestClassification::cardsReadAsWordsOnTheShippedPacks()
{
    // A Class IIb device that is high-risk through Annex I: the cards show labels, never raw ids like "annex_i",
    // and a question title is followed by its answer without a stray colon.
    QFETCH(QString, lang);
    QFETCH(QString, mdrClass);
    QFETCH(QString, mdrDetail);
    QFETCH(QString, risk);
    QFETCH(QString, route);
    Translation::install(lang);
    auto lib = guidance::GuidanceLibrary::loadChecked(QStringLiteral(VV_SOURCE_DIR "/guidance"));
    QVERIFY2(lib.ok(), qPrintable(lib ? QString() : lib.error().toString()));
    const Json given = Json::parse(R"({"system.is_software": true, "system.is_ai": true, "mdr.device_link": "none",
        "purpose.beyond_storage": true, "purpose.individual_patients": true, "purpose.medical": true,
        "mdr.decision_impact": "informs_decisions", "mdr.worst_outcome": "serious_deterioration_or_surgery",
        "mdr.in_house": false, "ai_act.research_exclusion": "none", "ai_act.prohibited_practice": false,
        "ai_act.annex_iii": ["none"],
        "ai_act.interacts_with_persons": true, "data.personal": false})");
    std::map<QString, guidance::GivenAnswer> answers;
    for (auto it = given.begin(); it != given.end(); ++it) {
        auto v = lib->parseAnswer(QString::fromStdString(it.key()), it.value());
        QVERIFY2(v.ok() && v->has_value(), it.key().c_str());
        answers[QString::fromStdString(it.key())] = {**v, QStringLiteral("1.0.0")};
    }
    const guidance::Assessment assessment = lib->assess(answers, guidance::Role::Provider);

    OutcomeCard mdr(QStringLiteral("mdr.class"), {QStringLiteral("mdr.is_medical_device")});
    mdr.update(*lib, assessment);
    QCOMPARE(mdr.valueText(), mdrClass);
    QCOMPARE(mdr.detailText(), mdrDetail);

    OutcomeCard aiAct(QStringLiteral("ai_act.risk"), {QStringLiteral("ai_act.high_risk_route")});
    aiAct.update(*lib, assessment);
    QCOMPARE(aiAct.valueText(), risk);
    QVERIFY2(aiAct.detailText().endsWith(QStringLiteral(": ") + route), qPrintable(aiAct.detailText()));
    Translation::install(QStringLiteral("en"));
}

// A hospital's own model (issue 27, item 9): the in-house exemption has its own card, and it names each Art. 5(5)
// condition that is not met, in the pack's words, not only the first one the decision stops at.
void TestClassification::inHouseExemptionListsConditionsNotMet()
{
    Translation::install(QStringLiteral("en"));
    auto lib = guidance::GuidanceLibrary::loadChecked(QStringLiteral(VV_SOURCE_DIR "/guidance"));
    QVERIFY2(lib.ok(), qPrintable(lib ? QString() : lib.error().toString()));
    auto assess = [&](const char *conditions) {
        Json given = Json::parse(R"({"system.is_software": true, "system.is_ai": true, "mdr.device_link": "none",
            "purpose.beyond_storage": true, "purpose.individual_patients": true, "purpose.medical": true,
            "mdr.decision_impact": "informs_decisions", "mdr.worst_outcome": "serious_deterioration_or_surgery",
            "mdr.in_house": true, "mdr.health_institution": true})");
        if (conditions)
            given["mdr.in_house_conditions"] = Json::parse(conditions);
        std::map<QString, guidance::GivenAnswer> answers;
        for (auto it = given.begin(); it != given.end(); ++it) {
            auto v = lib->parseAnswer(QString::fromStdString(it.key()), it.value());
            if (v.ok() && v->has_value())
                answers[QString::fromStdString(it.key())] = {**v, QStringLiteral("1.0.0")};
        }
        return lib->assess(answers, guidance::Role::Deployer);
    };
    OutcomeCard card(QStringLiteral("mdr.in_house_exemption"), {}, QStringLiteral("mdr.in_house_conditions"));

    card.update(*lib, assess(nullptr));
    QVERIFY(!card.isHidden());
    QVERIFY2(card.conditionsText().contains(QStringLiteral("not answered yet")), qPrintable(card.conditionsText()));

    card.update(*lib, assess(R"(["not_transferred", "documentation", "manufactured_per_documentation"])"));
    const QString text = card.conditionsText();
    QVERIFY2(text.startsWith(QStringLiteral("Conditions not met:")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("(b) Manufacture and use take place under an appropriate quality management")));
    QVERIFY(text.contains(QStringLiteral("(e) There is a publicly available declaration")));
    QVERIFY(text.contains(QStringLiteral("(h) Experience from clinical use")));
    QVERIFY(!text.contains(QStringLiteral("(a) The device is not transferred")));
    QVERIFY(!text.contains(QStringLiteral("(f) ")));
    QVERIFY(!text.contains(QStringLiteral("none")));

    // The page shows the card, after the MDR class.
    ProjectSession session;
    ClassificationPage page(&session);
    QVERIFY(page.card(QStringLiteral("mdr.in_house_exemption")));
}

QTEST_MAIN(TestClassification)
#include "tst_classification.moc"
