// The condition language: parsing (with error columns and the depth limit), type checking against facts, and
// three-valued (Kleene) evaluation.

#include "TestSupport.h"

#include "guidance/Condition.h"

#include <QTest>

using namespace vv;
using namespace vv::guidance;

class TestCondition : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void depthLimit_data();
    void depthLimit();
    void refusesOverlongText();
    void listsFacts();
    void typeCheck_data();
    void typeCheck();
    void evaluates_data();
    void evaluates();
    void answersAreChecked_data();
    void answersAreChecked();
};

void TestCondition::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("equals") << "a.b == true";
    QTest::newRow("not") << "not a.b";
    QTest::newRow("not not") << "not not a.b";
    QTest::newRow("bare fact") << "a.b";
    QTest::newRow("and or parens") << "a.b and (c.d or e.f)";
    QTest::newRow("list") << "x.k in ['a', \"b\"]";
    QTest::newRow("value in multi") << "'v' in x.m";
    QTest::newRow("not in") << "x.k not in ['a']";
    QTest::newRow("numbers") << "x.n >= 3.5 and x.n < -2 and x.n != 0";
    QTest::newRow("null") << "x.k == null";
    QTest::newRow("parenthesised compare") << "(a.b or c.d) == false";
    QTest::newRow("white space and newlines") << "  a.b\n and\tc.d  ";
}

void TestCondition::parses()
{
    QFETCH(QString, text);
    auto c = Condition::parse(text);
    QVERIFY2(c.ok(), qPrintable(c ? QString() : c.error().toString()));
    QCOMPARE(c->text(), text);
}

void TestCondition::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << "   " << 1 << "the condition is empty";
    QTest::newRow("missing operand") << "a.b ==" << 7 << "expected a fact, a value or '(' but found the end";
    QTest::newRow("single =") << "a.b = true" << 5 << "a single '=' is not an operator";
    QTest::newRow("&&") << "a.b && c.d" << 5 << "'&&' is not an operator; write 'and'";
    QTest::newRow("||") << "a.b || c.d" << 5 << "'||' is not an operator; write 'or'";
    QTest::newRow("!") << "!a.b" << 1 << "'!' is not an operator";
    QTest::newRow("unclosed paren") << "(a.b" << 5 << "expected ')' but found the end";
    QTest::newRow("trailing comma in list") << "x.k in ['a', ]" << 14 << "expected a string, number or true/false in the list";
    QTest::newRow("fact in list") << "x.k in [a.b]" << 9 << "expected a string, number or true/false in the list";
    QTest::newRow("unclosed list") << "x.k in ['a'" << 12 << "expected ',' or ']'";
    QTest::newRow("unclosed string") << "x.k == 'abc" << 8 << "has no closing quote";
    QTest::newRow("two operands") << "a.b c.d" << 5 << "unexpected 'c.d' after a complete condition";
    QTest::newRow("function call") << "f(x)" << 2 << "unexpected '(' after a complete condition";
    QTest::newRow("dangling and") << "a.b == true and" << 16 << "expected a fact, a value or '(' but found the end";
    QTest::newRow("keyword as operand") << "and" << 1 << "expected a fact, a value or '(' but found and";
    QTest::newRow("stray character") << "a.b == @" << 8 << "unexpected character '@'";
    QTest::newRow("not in without operand") << "x.k not in" << 11 << "expected a fact, a value or '('";
}

void TestCondition::refuses()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(QString, message);
    auto c = Condition::parse(text);
    QVERIFY(!c.ok());
    QVERIFY2(c.error().what().contains(message), qPrintable(c.error().what()));
    QCOMPARE(c.error().where().column, column);
}

void TestCondition::depthLimit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    const auto parens = [](int n) -> QString { return QString(n, QLatin1Char('(')) + QStringLiteral("a.b") + QString(n, QLatin1Char(')')); };
    const auto nots = [](int n) -> QString { return QStringLiteral("not ").repeated(n) + QStringLiteral("a.b"); };
    const auto lists = [](int n) -> QString {
        QString s = QStringLiteral("a.b in [1]");
        for (int i = 1; i < n; ++i)
            s = QString(QLatin1Char('(') + s + QLatin1Char(')'));
        return s;
    };
    QTest::newRow("32 parentheses") << parens(32) << true;
    QTest::newRow("33 parentheses") << parens(33) << false;
    QTest::newRow("32 nots") << nots(32) << true;
    QTest::newRow("33 nots") << nots(33) << false;
    QTest::newRow("list at depth 32") << lists(32) << true;
    QTest::newRow("list at depth 33") << lists(33) << false;
    QTest::newRow("10000 parentheses") << parens(1000) << false;
    QTest::newRow("mixed past the limit") << QString(QStringLiteral("not (").repeated(20) + QStringLiteral("a.b") + QString(20, QLatin1Char(')')))
                                          << false;
}

void TestCondition::depthLimit()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    auto c = Condition::parse(text);
    QCOMPARE(c.ok(), ok);
    if (!ok)
        QVERIFY2(c.error().what().contains(QStringLiteral("nested more than 32 levels")), qPrintable(c.error().what()));
}

void TestCondition::refusesOverlongText()
{
    const QString text = QStringLiteral("a.b or ").repeated(700) + QStringLiteral("a.b");
    QVERIFY(text.size() > Condition::maxLength);
    auto c = Condition::parse(text);
    QVERIFY(!c.ok());
    QVERIFY(c.error().what().contains(QStringLiteral("longer than")));
}

void TestCondition::listsFacts()
{
    auto c = Condition::parse(QStringLiteral("b.x == 1 and ('v' in a.m or b.x > 2) and not c.y"));
    QVERIFY(c.ok());
    QCOMPARE(c->facts(), (QStringList{QStringLiteral("b.x"), QStringLiteral("a.m"), QStringLiteral("c.y")}));
}

static const std::map<QString, FactSpec> &catalog()
{
    static const std::map<QString, FactSpec> facts = [] {
        std::map<QString, FactSpec> f;
        f[QStringLiteral("t.flag")] = {QStringLiteral("t.flag"), FactType::Bool, {}, {}, {}, QStringLiteral("p"), false, true};
        f[QStringLiteral("t.kind")] = {QStringLiteral("t.kind"), FactType::Choice, {QStringLiteral("a"), QStringLiteral("b")},
                                       {}, {}, QStringLiteral("p"), false, true};
        f[QStringLiteral("t.set")] = {QStringLiteral("t.set"), FactType::Multi, {QStringLiteral("u"), QStringLiteral("v")},
                                      {}, {}, QStringLiteral("p"), false, true};
        f[QStringLiteral("t.n")] = {QStringLiteral("t.n"), FactType::Number, {}, 0.0, 10.0, QStringLiteral("p"), false, true};
        f[QStringLiteral("t.note")] = {QStringLiteral("t.note"), FactType::Text, {}, {}, {}, QStringLiteral("p"), false, true};
        return f;
    }();
    return facts;
}

void TestCondition::typeCheck_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");   // 0: no error expected
    QTest::addColumn<QString>("message");
    QTest::newRow("bool") << "t.flag == true" << 0 << QString();
    QTest::newRow("bare bool") << "t.flag and not t.flag" << 0 << QString();
    QTest::newRow("choice value") << "t.kind == 'a'" << 0 << QString();
    QTest::newRow("choice value on the left") << "'b' != t.kind" << 0 << QString();
    QTest::newRow("choice null") << "t.kind == null" << 0 << QString();
    QTest::newRow("choice in list") << "t.kind in ['a', 'b']" << 0 << QString();
    QTest::newRow("value in multi") << "'u' in t.set" << 0 << QString();
    QTest::newRow("choice fact in multi") << "t.kind in t.set" << 0 << QString();
    QTest::newRow("number") << "t.n > 3 and t.n <= 4.5" << 0 << QString();
    QTest::newRow("parenthesised bool") << "(t.flag or t.kind == 'a') == true" << 0 << QString();
    QTest::newRow("unknown choice value") << "t.kind == 'c'" << 11 << "'c' is not a value of t.kind (its values: a, b)";
    QTest::newRow("unknown value in list") << "t.kind in ['a', 'c']" << 17 << "'c' is not a value of t.kind";
    QTest::newRow("unknown value in multi") << "'w' in t.set" << 1 << "'w' is not a value of t.set";
    QTest::newRow("multi compared") << "t.set == 'u'" << 1 << "a multi fact is not compared with '==' or '!='";
    QTest::newRow("number compare on choice") << "t.kind > 3" << 1 << "compare numbers, but this is t.kind (choice)";
    QTest::newRow("bool with text") << "t.flag == 'yes'" << 11 << "cannot compare t.flag (bool) with text";
    QTest::newRow("number with bool") << "t.n == true" << 8 << "cannot compare t.n (number) with true/false";
    QTest::newRow("text fact") << "t.note == 'x'" << 1 << "t.note is a text fact";
    QTest::newRow("unknown fact") << "t.flagg == true" << 1 << "no such fact: t.flagg";
    QTest::newRow("choice as condition") << "t.kind" << 1 << "t.kind is a choice fact";
    QTest::newRow("number literal as condition") << "3" << 1 << "expected a true/false condition, but this is a number";
    QTest::newRow("mixed list") << "t.n in [1, 'a']" << 12 << "every item of a list must be of the same type";
    QTest::newRow("null in list") << "t.kind in ['a', null]" << 17 << "null cannot be a list item";
    QTest::newRow("bool in multi") << "t.flag in t.set" << 1 << "only a text value can be in t.set";
    QTest::newRow("in a bool") << "t.kind in t.flag" << 11 << "after 'in' comes a list [...] or a multi fact";
    QTest::newRow("list compared") << "t.n == [1]" << 8 << "a list can only stand after 'in'";
    QTest::newRow("multi in list") << "t.set in ['u']" << 1 << "the left side of 'in [...]' must be a single value";
}

void TestCondition::typeCheck()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(QString, message);
    auto c = Condition::parse(text);
    QVERIFY2(c.ok(), qPrintable(c ? QString() : c.error().toString()));
    const auto errors = c->typeCheck(
        [](const QString &id) -> const FactSpec * {
            auto it = catalog().find(id);
            return it == catalog().end() ? nullptr : &it->second;
        },
        [](const QString &id) { return QString(QStringLiteral("no such fact: ") + id); });
    if (column == 0) {
        QVERIFY2(errors.empty(), qPrintable(errors.empty() ? QString() : errors.front().what()));
        return;
    }
    QCOMPARE(int(errors.size()), 1);
    QVERIFY2(errors.front().what().contains(message), qPrintable(errors.front().what()));
    QCOMPARE(errors.front().where().column, column);
}

// Values are written as JSON: a missing key is unknown, null is "not applicable", an array is a multi value.
static std::optional<Value> valueFrom(const Json &facts, const QString &id)
{
    const auto it = facts.find(toStd(id));
    if (it == facts.end())
        return std::nullopt;
    if (it->is_null())
        return Value::null();
    if (it->is_boolean())
        return Value::boolean(it->get<bool>());
    if (it->is_number())
        return Value::number(it->get<double>());
    if (it->is_string())
        return Value::string(fromStd(it->get<std::string>()));
    QStringList items;
    for (const Json &i : *it)
        items << fromStd(i.get<std::string>());
    return Value::set(items);
}

static QStringList ids(const char *commaSeparated)
{
    return QString::fromLatin1(commaSeparated).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

void TestCondition::evaluates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("facts");
    QTest::addColumn<QString>("truth");
    QTest::addColumn<QStringList>("unknown");
    const QStringList none;
    QTest::newRow("unanswered is unknown") << "t.flag == true" << "{}" << "unknown" << ids("t.flag");
    QTest::newRow("answered true") << "t.flag == true" << R"({"t.flag": true})" << "true" << none;
    QTest::newRow("answered false") << "t.flag == true" << R"({"t.flag": false})" << "false" << none;
    QTest::newRow("false and unknown is false") << "t.flag == true and t.kind == 'a'" << R"({"t.flag": false})" << "false" << none;
    QTest::newRow("unknown and false is false") << "t.kind == 'a' and t.flag == true" << R"({"t.flag": false})" << "false" << none;
    QTest::newRow("true and unknown is unknown") << "t.flag == true and t.kind == 'a'" << R"({"t.flag": true})" << "unknown"
                                                 << ids("t.kind");
    QTest::newRow("true or unknown is true") << "t.flag == true or t.kind == 'a'" << R"({"t.flag": true})" << "true" << none;
    QTest::newRow("false or unknown is unknown") << "t.flag == true or t.kind == 'a'" << R"({"t.flag": false})" << "unknown"
                                                 << ids("t.kind");
    QTest::newRow("both unknown") << "t.flag == true or t.kind == 'a'" << "{}" << "unknown" << ids("t.flag,t.kind");
    QTest::newRow("not unknown") << "not t.flag" << "{}" << "unknown" << ids("t.flag");
    QTest::newRow("no tautology in Kleene logic") << "t.flag or not t.flag" << "{}" << "unknown" << ids("t.flag");
    QTest::newRow("not of not applicable") << "not t.flag" << R"({"t.flag": null})" << "true" << none;
    QTest::newRow("not applicable is not false") << "t.flag == false" << R"({"t.flag": null})" << "false" << none;
    QTest::newRow("not applicable differs from true") << "t.flag != true" << R"({"t.flag": null})" << "true" << none;
    QTest::newRow("== null when not applicable") << "t.kind == null" << R"({"t.kind": null})" << "true" << none;
    QTest::newRow("== null when unknown") << "t.kind == null" << "{}" << "unknown" << ids("t.kind");
    QTest::newRow("== null with a value") << "t.kind == null" << R"({"t.kind": "a"})" << "false" << none;
    QTest::newRow("in list") << "t.kind in ['a', 'b']" << R"({"t.kind": "b"})" << "true" << none;
    QTest::newRow("not in list") << "t.kind in ['a']" << R"({"t.kind": "b"})" << "false" << none;
    QTest::newRow("null in list") << "t.kind in ['a']" << R"({"t.kind": null})" << "false" << none;
    QTest::newRow("null not in list") << "t.kind not in ['a']" << R"({"t.kind": null})" << "true" << none;
    QTest::newRow("unknown not in list") << "t.kind not in ['a']" << "{}" << "unknown" << ids("t.kind");
    QTest::newRow("value in set") << "'u' in t.set" << R"({"t.set": ["u", "v"]})" << "true" << none;
    QTest::newRow("value not in empty set") << "'u' in t.set" << R"({"t.set": []})" << "false" << none;
    QTest::newRow("value in null set") << "'u' in t.set" << R"({"t.set": null})" << "false" << none;
    QTest::newRow("value in unknown set") << "'u' in t.set" << "{}" << "unknown" << ids("t.set");
    QTest::newRow("number >=") << "t.n >= 3" << R"({"t.n": 3})" << "true" << none;
    QTest::newRow("number <") << "t.n < 3" << R"({"t.n": 2.5})" << "true" << none;
    QTest::newRow("number > false") << "t.n > 3" << R"({"t.n": 2.5})" << "false" << none;
    QTest::newRow("number null") << "t.n >= 3" << R"({"t.n": null})" << "false" << none;
    QTest::newRow("parenthesised value") << "(t.flag or t.kind == 'a') == false" << R"({"t.flag": false, "t.kind": "b"})"
                                         << "true" << none;
    QTest::newRow("parenthesised unknown") << "(t.flag or t.kind == 'a') == false" << R"({"t.flag": false})" << "unknown"
                                           << ids("t.kind");
    QTest::newRow("nested") << "not (t.flag and (t.kind == 'a' or 'u' in t.set))"
                            << R"({"t.flag": true, "t.kind": "b", "t.set": ["v"]})" << "true" << none;
}

void TestCondition::evaluates()
{
    QFETCH(QString, text);
    QFETCH(QString, facts);
    QFETCH(QString, truth);
    QFETCH(QStringList, unknown);
    auto c = Condition::parse(text);
    QVERIFY(c.ok());
    auto values = parseJson(facts.toUtf8(), QStringLiteral("row"));
    QVERIFY(values.ok());
    const Evaluation e = c->evaluate([&](const QString &id) { return valueFrom(*values, id); });
    QCOMPARE(truthName(e.truth), truth);
    QCOMPARE(e.unknownFacts, unknown);
}

void TestCondition::answersAreChecked_data()
{
    QTest::addColumn<QString>("fact");
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("text");     // the same answer typed as KEY=VALUE; empty: skip
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("allowed");  // what the error names
    QTest::newRow("bool") << "t.flag" << "true" << "true" << true << QString();
    QTest::newRow("bool as text") << "t.flag" << "\"yes\"" << "yes" << false << "Allowed: true, false.";
    QTest::newRow("choice") << "t.kind" << "\"a\"" << "a" << true << QString();
    QTest::newRow("unknown choice") << "t.kind" << "\"c\"" << "c" << false << "Allowed: a, b.";
    QTest::newRow("choice as list") << "t.kind" << "[\"a\"]" << QString() << false << "Allowed: a, b.";
    QTest::newRow("multi") << "t.set" << "[\"u\", \"v\"]" << "u,v" << true << QString();
    QTest::newRow("multi with unknown") << "t.set" << "[\"u\", \"w\"]" << "u,w" << false << "Allowed: u, v.";
    QTest::newRow("multi as string") << "t.set" << "\"u\"" << QString() << false << "Allowed: u, v.";
    QTest::newRow("number") << "t.n" << "4.5" << "4.5" << true << QString();
    QTest::newRow("number too large") << "t.n" << "11" << "11" << false << "a number from 0 to 10";
    QTest::newRow("number as text") << "t.n" << "\"four\"" << "four" << false << "a number from 0 to 10";
    QTest::newRow("text") << "t.note" << "\"Ward 4\"" << "Ward 4" << true << QString();
    QTest::newRow("text as number") << "t.note" << "4" << QString() << false << "any text";
}

void TestCondition::answersAreChecked()
{
    QFETCH(QString, fact);
    QFETCH(QString, json);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, allowed);
    const FactSpec &spec = catalog().at(fact);
    auto value = parseJson(json.toUtf8(), QStringLiteral("row"));
    QVERIFY(value.ok());
    auto fromJson = answerFromJson(spec, *value);
    QCOMPARE(fromJson.ok(), ok);
    if (!ok)
        QVERIFY2(fromJson.error().toString().contains(allowed), qPrintable(fromJson.error().toString()));
    else
        VV_COMPARE_JSON((*fromJson)->toJson(), *value);
    if (text.isEmpty())
        return;
    auto fromText = answerFromText(spec, text);
    QCOMPARE(fromText.ok(), ok);
    if (ok)
        VV_COMPARE_JSON((*fromText)->toJson(), *value);
}

QTEST_GUILESS_MAIN(TestCondition)
#include "tst_condition.moc"
