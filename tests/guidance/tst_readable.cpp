// Conditions in the user's words (Condition::readable through GuidanceLibrary): facts by their question texts or
// outcome titles, values by their labels, and/or/not in English and Bokmål, on the fixture root
// (tests/fixtures/guidance/data/guidance). Also the requirement reasons built from them.

#include "TestSupport.h"

#include "core/Translation.h"
#include "guidance/Assessment.h"

#include <QTest>

using namespace vv;
using namespace vv::guidance;

class TestReadable : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void readable_data();
    void readable();
    void unparsableTextIsShownAsItIs();
    void documentWordsOverrideTheInterface();
    void requirementReasons_data();
    void requirementReasons();
    void jsonReasonKeepsTheExpression();

private:
    GuidanceLibrary m_lib;
};

static QString s(const char *text)
{
    return QString::fromUtf8(text);
}

void TestReadable::initTestCase()
{
    auto lib = GuidanceLibrary::loadChecked(QStringLiteral(VV_FIXTURES_DIR "/guidance/data/guidance"));
    QVERIFY2(lib.ok(), qPrintable(lib ? QString() : lib.error().toString()));
    m_lib = *lib;
    QLocale::setDefault(QLocale::c());
}

void TestReadable::cleanupTestCase()
{
    Translation::install(QStringLiteral("en"));
}

void TestReadable::readable_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("bokmal");
    QTest::newRow("bool fact alone") << s("sys.is_tool") << s("Is it a tool? = Yes") << s("Er det et verktøy? = Ja");
    QTest::newRow("bool == false") << s("sys.is_tool == false") << s("Is it a tool? = No") << s("Er det et verktøy? = Nei");
    QTest::newRow("choice label") << s("sys.level == 'high'") << s("How large is the risk? = High")
                                  << s("Hvor stor er risikoen? = Høy");
    QTest::newRow("value first") << s("'mid' != sys.level") << s("How large is the risk? ≠ Medium")
                                 << s("Hvor stor er risikoen? ≠ Middels");
    QTest::newRow("and") << s("sys.level == 'high' and sys.is_tool") << s("How large is the risk? = High and Is it a tool? = Yes")
                         << s("Hvor stor er risikoen? = Høy og Er det et verktøy? = Ja");
    QTest::newRow("not of or") << s("not (sys.is_tool or sys.level != 'low')")
                               << s("not (Is it a tool? = Yes or How large is the risk? ≠ Low)")
                               << s("ikke (Er det et verktøy? = Ja eller Hvor stor er risikoen? ≠ Lav)");
    QTest::newRow("or inside and") << s("(sys.is_tool or reg.covered) and not sys.is_tool")
                                   << s("(Is it a tool? = Yes or Covered = Yes) and not (Is it a tool? = Yes)")
                                   << s("(Er det et verktøy? = Ja eller Omfattet = Ja) og ikke (Er det et verktøy? = Ja)");
    QTest::newRow("number, flipped") << s("18 < sys.users") << s("How many users? > 18") << s("Hvor mange brukere? > 18");
    QTest::newRow("number >=") << s("sys.users >= 5") << s("How many users? ≥ 5") << s("Hvor mange brukere? ≥ 5");
    QTest::newRow("in a multi fact") << s("'x' in sys.areas") << s("Which areas? includes X") << s("Hvilke områder? omfatter X");
    QTest::newRow("not in a multi fact") << s("'y' not in sys.areas") << s("Which areas? does not include Y")
                                         << s("Hvilke områder? omfatter ikke Y");
    QTest::newRow("in a list") << s("sys.level in ['low', 'mid']") << s("How large is the risk? = Low or Medium")
                               << s("Hvor stor er risikoen? = Lav eller Middels");
    QTest::newRow("not in a list") << s("sys.level not in ['low']") << s("not (How large is the risk? = Low)")
                                   << s("ikke (Hvor stor er risikoen? = Lav)");
    QTest::newRow("derived title and label") << s("reg.grade == 'A'") << s("Grade = Class A") << s("Klasse = Klasse A");
    QTest::newRow("derived value without label") << s("reg.grade == 'B'") << s("Grade = B") << s("Klasse = B");
    QTest::newRow("not applicable") << s("reg.grade == null") << s("Grade = Not applicable") << s("Klasse = Ikke aktuelt");
    QTest::newRow("derived bool") << s("reg.covered") << s("Covered = Yes") << s("Omfattet = Ja");
    QTest::newRow("unknown fact keeps its id") << s("foo.bar == true") << s("foo.bar = Yes") << s("foo.bar = Ja");
    QTest::newRow("literal alone") << s("true") << s("Yes") << s("Ja");
}

void TestReadable::readable()
{
    QFETCH(QString, condition);
    QFETCH(QString, english);
    QFETCH(QString, bokmal);
    auto parsed = Condition::parse(condition);
    QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().toString()));
    QVERIFY(Translation::install(QStringLiteral("en")));
    QCOMPARE(m_lib.readable(*parsed), english);
    QCOMPARE(m_lib.readableCondition(condition), english);
    QVERIFY(Translation::install(QStringLiteral("nb")));
    QCOMPARE(m_lib.readable(*parsed), bokmal);
}

void TestReadable::unparsableTextIsShownAsItIs()
{
    QCOMPARE(m_lib.readableCondition(s("sys.is_tool = true")), s("sys.is_tool = true"));
    QCOMPARE(m_lib.readableCondition(s("(sys.is_tool")), s("(sys.is_tool"));
}

void TestReadable::documentWordsOverrideTheInterface()
{
    // A document in English while the interface speaks Bokmål: the caller's words win, the others stay the
    // interface's.
    QVERIFY(Translation::install(QStringLiteral("nb")));
    Condition::Vocabulary words;
    words.factTitle = [](const QString &fact) { return QStringLiteral("<%1>").arg(fact); };
    words.valueText = [](const QString &, const Value &v) { return v.display(); };
    words.andWord = s("AND");
    words.notFormat = s("NOT %1");
    words.excludesFormat = s("%1 lacks %2");
    QCOMPARE(GuidanceLibrary::readableCondition(s("not sys.is_tool and sys.level == 'high'"), words),
             s("NOT (<sys.is_tool> = true) AND <sys.level> = 'high'"));
    QCOMPARE(GuidanceLibrary::readableCondition(s("sys.is_tool or 'y' not in sys.areas"), words),
             s("<sys.is_tool> = true eller <sys.areas> lacks 'y'"));
    QCOMPARE(GuidanceLibrary::readableCondition(s("(sys.is_tool"), words), s("(sys.is_tool"));
}

void TestReadable::requirementReasons_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("urn");
    QTest::addColumn<QString>("expected");
    QTest::newRow("does not apply, en") << s("en") << s("mid") << s("urn:veiviser:reg:provider-a")
                                        << s("Does not apply because this does not hold: Grade = Class A. The answers: "
                                             "Grade: B.");
    QTest::newRow("applies, en") << s("en") << s("high") << s("urn:veiviser:reg:provider-a")
                                 << s("Applies because this holds: Grade = Class A.");
    QTest::newRow("not yet known, en") << s("en") << s("high") << s("urn:veiviser:reg:area-x")
                                       << s("Not yet known: answer Which areas?.");
    QTest::newRow("does not apply, nb") << s("nb") << s("mid") << s("urn:veiviser:reg:provider-a")
                                        << s("Gjelder ikke fordi dette ikke er oppfylt: Klasse = Klasse A. Svarene: "
                                             "Klasse: B.");
    QTest::newRow("applies, nb") << s("nb") << s("high") << s("urn:veiviser:reg:provider-a")
                                 << s("Gjelder fordi dette er oppfylt: Klasse = Klasse A.");
}

void TestReadable::requirementReasons()
{
    QFETCH(QString, lang);
    QFETCH(QString, level);
    QFETCH(QString, urn);
    QFETCH(QString, expected);
    QVERIFY(Translation::install(lang));
    std::map<QString, GivenAnswer> given;
    given[s("sys.is_tool")] = {Value::boolean(true), s("1.0.0")};
    given[s("sys.level")] = {Value::string(level), s("1.0.0")};
    const Assessment a = m_lib.assess(given, Role::Provider);
    const RequirementApplicability *r = a.requirement(urn);
    QVERIFY(r);
    QCOMPARE(r->reason(&m_lib), expected);
    QVERIFY(!r->reason(&m_lib).contains(s("==")));
}

void TestReadable::jsonReasonKeepsTheExpression()
{
    QVERIFY(Translation::install(QStringLiteral("en")));
    std::map<QString, GivenAnswer> given;
    given[s("sys.is_tool")] = {Value::boolean(true), s("1.0.0")};
    given[s("sys.level")] = {Value::string(s("mid")), s("1.0.0")};
    const Assessment a = m_lib.assess(given, Role::Provider);
    const Json j = a.requirement(s("urn:veiviser:reg:provider-a"))->toJson();
    QCOMPARE(fromStd(j["condition"].get<std::string>()), s("reg.grade == 'A'"));
    QVERIFY(fromStd(j["reason"].get<std::string>()).contains(s("reg.grade == 'A'")));
}

QTEST_GUILESS_MAIN(TestReadable)
#include "tst_readable.moc"
