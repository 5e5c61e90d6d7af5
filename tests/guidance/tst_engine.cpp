// The decision engine on a small fixture root (tests/fixtures/guidance/data/guidance): evaluation order, traces,
// unknown outcomes with what is missing, questions not asked, applicability with reasons, roles, needs-review
// flags after a pack update, invalid stored answers, the crosswalk and the assess document.

#include "TestSupport.h"

#include "guidance/Assessment.h"

#include <QTest>

using namespace vv;
using namespace vv::guidance;

class TestEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void evaluationOrderPutsInputsFirst();
    void nothingAnsweredListsWhatIsMissing();
    void decidedOutcomeHasTrace();
    void questionNotAskedIsNotApplicable();
    void unknownStopsAtFirstUnknownRule();
    void noRuleMatchingIsNotApplicable();
    void rolesDecideWhomRequirementsBind();
    void requirementReasons();
    void oldPackVersionFlagsAnswersAndWhatRestsOnThem();
    void invalidStoredAnswersAreFlaggedNotUsed();
    void crosswalk();
    void derivedFactsCannotBeAnswered();
    void assessDocumentShape();

private:
    GuidanceLibrary m_lib;
    std::map<QString, GivenAnswer> answers(const Json &values, const QString &version = QStringLiteral("1.0.0")) const;
};

void TestEngine::initTestCase()
{
    auto lib = GuidanceLibrary::loadChecked(QStringLiteral(VV_FIXTURES_DIR "/guidance/data/guidance"));
    QVERIFY2(lib.ok(), qPrintable(lib ? QString() : lib.error().toString()));
    m_lib = *lib;
}

std::map<QString, GivenAnswer> TestEngine::answers(const Json &values, const QString &version) const
{
    std::map<QString, GivenAnswer> out;
    for (auto it = values.begin(); it != values.end(); ++it) {
        auto v = m_lib.parseAnswer(fromStd(it.key()), it.value());
        if (!v || !*v)
            qFatal("bad test answer %s", it.key().c_str());
        out[fromStd(it.key())] = {**v, version};
    }
    return out;
}

static QString s(const char *text)
{
    return QString::fromUtf8(text);
}

void TestEngine::evaluationOrderPutsInputsFirst()
{
    const QStringList order = m_lib.evaluationOrder();
    QCOMPARE(order.size(), 9);
    QVERIFY(order.indexOf(s("sys.is_tool")) < order.indexOf(s("sys.level")));
    QVERIFY(order.indexOf(s("sys.is_tool")) < order.indexOf(s("reg.covered")));
    QVERIFY(order.indexOf(s("reg.covered")) < order.indexOf(s("reg.grade")));
    QVERIFY(order.indexOf(s("sys.level")) < order.indexOf(s("reg.grade")));
    QVERIFY(order.indexOf(s("sys.users")) < order.indexOf(s("reg.large")));
    QCOMPARE(m_lib.questionOrder(), (QStringList{s("sys.is_tool"), s("org.role"), s("sys.level"), s("sys.users"),
                                                 s("sys.areas"), s("sys.note")}));
}

void TestEngine::nothingAnsweredListsWhatIsMissing()
{
    const Assessment a = m_lib.assess({}, Role::Deployer);
    QVERIFY(!a.value(s("reg.covered")));
    QVERIFY(!a.value(s("reg.grade")));
    QCOMPARE(a.trace(s("reg.grade"))->missing, QStringList{s("sys.is_tool")});
    QCOMPARE(a.trace(s("reg.large"))->missing, QStringList{s("sys.users")});
    QCOMPARE(a.missing, (QStringList{s("sys.is_tool"), s("sys.users"), s("sys.areas")}));
    // sys.level waits for sys.is_tool: it is not asked (nor listed as missing) until that is answered.
    QCOMPARE(a.facts.at(s("sys.level")).origin, FactOrigin::WaitingForCondition);
    QVERIFY(a.facts.at(s("sys.level")).missing.contains(s("sys.is_tool")));
    QVERIFY(!a.facts.at(s("sys.level")).missing.contains(s("sys.level")));
    QCOMPARE(a.requirement(s("urn:veiviser:reg:always"))->state, Applicability::Applies);
    QCOMPARE(a.requirement(s("urn:veiviser:reg:provider-a"))->state, Applicability::DoesNotApply);
    QCOMPARE(a.requirement(s("urn:veiviser:reg:deployer-covered"))->state, Applicability::Undetermined);
    QCOMPARE(a.requirement(s("urn:veiviser:reg:deployer-covered"))->missing, QStringList{s("sys.is_tool")});
    QCOMPARE(a.requirement(s("urn:veiviser:reg:area-x"))->missing, QStringList{s("sys.areas")});
}

void TestEngine::decidedOutcomeHasTrace()
{
    const Assessment a = m_lib.assess(answers({{"sys.is_tool", true}, {"sys.level", "high"}}), Role::Provider);
    QCOMPARE(a.value(s("reg.covered")), std::optional<Value>(Value::boolean(true)));
    QCOMPARE(a.value(s("reg.grade")), std::optional<Value>(Value::string(s("A"))));
    const DecisionTrace *t = a.trace(s("reg.grade"));
    QVERIFY(t);
    QCOMPARE(t->decisionId, s("grade"));
    QCOMPARE(t->packId, s("reg"));
    QVERIFY(t->missing.isEmpty());
    QCOMPARE(int(t->steps.size()), 2);
    QCOMPARE(t->steps[0].ruleId, s("not-covered"));
    QCOMPARE(t->steps[0].result, Truth::False);
    QCOMPARE(t->steps[0].factsUsed.size(), std::size_t(1));
    QCOMPARE(t->steps[0].factsUsed[0].fact, s("reg.covered"));
    QCOMPARE(t->steps[0].factsUsed[0].value, std::optional<Value>(Value::boolean(true)));
    QCOMPARE(t->steps[1].ruleId, s("high"));
    QCOMPARE(t->steps[1].result, Truth::True);
    QCOMPARE(t->steps[1].condition, s("sys.level == 'high'"));
    QCOMPARE(t->steps[1].reason.en, s("High risk gives grade A."));
    QCOMPARE(t->steps[1].reason.nb, s("Høy risiko gir klasse A."));
    QCOMPARE(t->steps[1].sources.size(), std::size_t(1));
    QCOMPARE(t->steps[1].sources[0].url, s("https://example.org/reg#art-2"));
    QCOMPARE(t->steps[1].sources[0].note.en, s("To be checked"));
    QVERIFY(a.missing.contains(s("sys.users")));
}

void TestEngine::questionNotAskedIsNotApplicable()
{
    // sys.level is asked only for tools; for a non-tool it is "not applicable", so the grade is decided (null).
    const Assessment a = m_lib.assess(answers({{"sys.is_tool", false}}), Role::Provider);
    QCOMPARE(a.facts.at(s("sys.level")).origin, FactOrigin::NotAsked);
    QCOMPARE(a.value(s("sys.level")), std::optional<Value>(Value::null()));
    QCOMPARE(a.value(s("reg.covered")), std::optional<Value>(Value::boolean(false)));
    QCOMPARE(a.value(s("reg.grade")), std::optional<Value>(Value::null()));
    QCOMPARE(a.trace(s("reg.grade"))->steps.back().ruleId, s("not-covered"));
    QVERIFY(!a.missing.contains(s("sys.level")));
    // An answer to a question that is not asked is kept, but not used.
    const Assessment b = m_lib.assess(answers({{"sys.is_tool", false}, {"sys.level", "high"}}), Role::Provider);
    QCOMPARE(b.value(s("sys.level")), std::optional<Value>(Value::null()));
    QCOMPARE(b.value(s("reg.grade")), std::optional<Value>(Value::null()));
}

void TestEngine::unknownStopsAtFirstUnknownRule()
{
    const Assessment a = m_lib.assess(answers({{"sys.is_tool", true}}), Role::Provider);
    const DecisionTrace *t = a.trace(s("reg.grade"));
    QVERIFY(!t->value);
    QCOMPARE(int(t->steps.size()), 2);
    QCOMPARE(t->steps[1].result, Truth::Unknown);
    QCOMPARE(t->missing, QStringList{s("sys.level")});
    QVERIFY(!t->steps[1].factsUsed[0].value);
    const Json j = t->toJson();
    VV_COMPARE_JSON(j["status"], "unknown");
    VV_COMPARE_JSON(j["steps"][1]["result"], "unknown");
    VV_COMPARE_JSON(j["steps"][1]["facts"][0], (Json{{"fact", "sys.level"}, {"unknown", true}}));
}

void TestEngine::noRuleMatchingIsNotApplicable()
{
    const Assessment a = m_lib.assess(answers({{"sys.users", 10}}), Role::Provider);
    QCOMPARE(a.value(s("reg.large")), std::optional<Value>(Value::null()));
    QCOMPARE(a.trace(s("reg.large"))->steps.front().result, Truth::False);
    const Assessment b = m_lib.assess(answers({{"sys.users", 5000}}), Role::Provider);
    QCOMPARE(b.value(s("reg.large")), std::optional<Value>(Value::boolean(true)));
}

void TestEngine::rolesDecideWhomRequirementsBind()
{
    const auto given = answers({{"sys.is_tool", true}, {"sys.level", "high"}, {"sys.areas", Json::array({"y"})}});
    const Assessment provider = m_lib.assess(given, Role::Provider);
    QCOMPARE(provider.facts.at(s("org.role")).origin, FactOrigin::ProjectRole);
    QCOMPARE(provider.value(s("org.role")), std::optional<Value>(Value::string(s("provider"))));
    QCOMPARE(provider.requirement(s("urn:veiviser:reg:provider-a"))->state, Applicability::Applies);
    QCOMPARE(provider.requirement(s("urn:veiviser:reg:deployer-covered"))->state, Applicability::DoesNotApply);
    QVERIFY(provider.requirement(s("urn:veiviser:reg:deployer-covered"))->roleExcludes);
    QCOMPARE(provider.requirement(s("urn:veiviser:reg:area-x"))->state, Applicability::DoesNotApply);
    QCOMPARE(provider.count(Applicability::Applies), 2);

    const Assessment both = m_lib.assess(given, Role::Both);
    QCOMPARE(both.count(Applicability::Applies), 3);

    // An answer to org.role overrides the project's role.
    auto withRole = given;
    withRole[s("org.role")] = {Value::string(s("deployer")), s("1.0.0")};
    const Assessment deployer = m_lib.assess(withRole, Role::Provider);
    QCOMPARE(deployer.role, Role::Deployer);
    QCOMPARE(deployer.facts.at(s("org.role")).origin, FactOrigin::Answered);
    QCOMPARE(deployer.requirement(s("urn:veiviser:reg:provider-a"))->state, Applicability::DoesNotApply);
    QCOMPARE(deployer.requirement(s("urn:veiviser:reg:deployer-covered"))->state, Applicability::Applies);
}

void TestEngine::requirementReasons()
{
    const Assessment a = m_lib.assess(answers({{"sys.is_tool", true}, {"sys.level", "mid"}}), Role::Provider);
    const RequirementApplicability *notA = a.requirement(s("urn:veiviser:reg:provider-a"));
    QCOMPARE(notA->state, Applicability::DoesNotApply);
    QCOMPARE(notA->reason(), s("Does not apply because reg.grade == 'A' is false (reg.grade = 'B')."));
    const RequirementApplicability *role = a.requirement(s("urn:veiviser:reg:deployer-covered"));
    QCOMPARE(role->reason(), s("Does not apply: it binds the deployer, and this project's role is provider."));
    QCOMPARE(a.requirement(s("urn:veiviser:reg:always"))->reason(), s("Applies to every provider and deployer."));
    QCOMPARE(a.requirement(s("urn:veiviser:reg:area-x"))->reason(), s("Not yet known: answer sys.areas."));
    const Assessment b = m_lib.assess(answers({{"sys.is_tool", true}, {"sys.level", "high"}}), Role::Provider);
    QCOMPARE(b.requirement(s("urn:veiviser:reg:provider-a"))->reason(),
             s("Applies because reg.grade == 'A' holds (reg.grade = 'A')."));
}

void TestEngine::oldPackVersionFlagsAnswersAndWhatRestsOnThem()
{
    auto given = answers({{"sys.level", "high"}, {"sys.users", 3}});
    given[s("sys.is_tool")] = {Value::boolean(true), s("0.9.0")}; // answered under an older common pack
    const Assessment a = m_lib.assess(given, Role::Deployer);
    QCOMPARE(int(a.needsReview.size()), 1);
    QCOMPARE(a.needsReview[0].fact, s("sys.is_tool"));
    QCOMPARE(a.needsReview[0].answeredUnder, s("0.9.0"));
    QCOMPARE(a.needsReview[0].currentVersion, s("1.0.0"));
    QVERIFY(!a.needsReview[0].invalid);
    // The outcomes still count, but say what they rest on.
    QCOMPARE(a.value(s("reg.grade")), std::optional<Value>(Value::string(s("A"))));
    QCOMPARE(a.trace(s("reg.covered"))->needsReview, QStringList{s("sys.is_tool")});
    QCOMPARE(a.trace(s("reg.grade"))->needsReview, QStringList{s("sys.is_tool")});
    QVERIFY(a.trace(s("reg.large"))->needsReview.isEmpty());
    QCOMPARE(a.requirement(s("urn:veiviser:reg:deployer-covered"))->needsReview, QStringList{s("sys.is_tool")});
    QVERIFY(a.requirement(s("urn:veiviser:reg:always"))->needsReview.isEmpty());
}

/// What the store hands the engine (the same members as vv::StoredAnswer).
struct Stored {
    QString factId;
    Json value;
    QString packVersion;
};

void TestEngine::invalidStoredAnswersAreFlaggedNotUsed()
{
    const std::vector<Stored> stored = {{s("sys.is_tool"), true, s("1.0.0")},
                                        {s("sys.level"), "extreme", s("1.0.0")},
                                        {s("gone.fact"), true, s("1.0.0")}};
    const Assessment a = assessStored(m_lib, stored, Role::Provider);
    QVERIFY(!a.value(s("sys.level")));
    QCOMPARE(int(a.needsReview.size()), 2);
    QCOMPARE(a.needsReview[0].fact, s("sys.level"));
    QVERIFY(a.needsReview[0].invalid);
    QCOMPARE(a.needsReview[1].fact, s("gone.fact"));
    QVERIFY(a.needsReview[1].packId.isEmpty());
    QVERIFY(a.missing.contains(s("sys.level")));
}

void TestEngine::crosswalk()
{
    const auto links = m_lib.crosswalkFor(s("urn:veiviser:reg:always"));
    QCOMPARE(int(links.size()), 1);
    QCOMPARE(links[0]->id, s("docs"));
    QCOMPARE(refIds(links[0]->requirements),
             (QStringList{s("urn:veiviser:reg:always"), s("urn:veiviser:reg:provider-a")}));
    QVERIFY(m_lib.crosswalkFor(s("urn:veiviser:reg:area-x")).empty());
}

void TestEngine::derivedFactsCannotBeAnswered()
{
    auto derived = m_lib.parseAnswer(s("reg.grade"), "A");
    QVERIFY(!derived.ok());
    QVERIFY(derived.error().toString().contains(s("derived from other answers")));
    auto unknown = m_lib.parseAnswerText(s("no.such"), s("1"));
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().what().contains(s("'no.such' is not a question")));
    auto wrong = m_lib.parseAnswerText(s("sys.level"), s("extreme"));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().hint(), s("Allowed: low, mid, high."));
}

void TestEngine::assessDocumentShape()
{
    const Assessment a = m_lib.assess(answers({{"sys.is_tool", true}, {"sys.level", "mid"}}), Role::Provider);
    const Json doc = a.toJson();
    for (const char *key : {"mdr", "ai_act", "gdpr", "facts", "missing", "requirements", "needs_review", "role"})
        QVERIFY2(doc.contains(key), key);
    // The stable keys are there even when no pack derives them.
    VV_COMPARE_JSON(doc["mdr"]["class"], nullptr);
    VV_COMPARE_JSON(doc["ai_act"]["risk"], nullptr);
    VV_COMPARE_JSON(doc["ai_act"]["trace"], Json::array());
    VV_COMPARE_JSON(doc["gdpr"]["dpia_required"], nullptr);
    VV_COMPARE_JSON(doc["facts"]["reg.grade"], "B");
    VV_COMPARE_JSON(doc["facts"]["reg.large"], nullptr);
    VV_COMPARE_JSON(doc["missing"], Json::array({"sys.users", "sys.areas"}));
    VV_COMPARE_JSON(doc["requirements"]["applicable"], 1);
    VV_COMPARE_JSON(doc["requirements"]["by_pack"]["reg"],
                    (Json{{"applicable", 1}, {"not_applicable", 2}, {"undetermined", 1},
                          {"urns", Json::array({"urn:veiviser:reg:always"})}}));
    VV_COMPARE_JSON(doc["role"], "provider");
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
