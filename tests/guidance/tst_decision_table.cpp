// THE decision table: realistic systems (tests/fixtures/guidance/systems.yaml), each with its answers, the
// outcomes the law gives it and the legal reason, run against the shipped packs in the source tree.

#include "TestSupport.h"

#include "guidance/Assessment.h"

#include <yaml-cpp/yaml.h>

#include <QRegularExpression>
#include <QTest>

using namespace vv;
using namespace vv::guidance;

class TestDecisionTable : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shippedPacksHaveTheAgreedUrns();
    void shippedChoicesHaveLabels();
    void shippedLinksReachTheArticle();
    void systems_data();
    void systems();
    void tableCoversTheBranches();

private:
    GuidanceLibrary m_lib;
    YAML::Node m_table;
};

static Json toJsonValue(const YAML::Node &n)
{
    if (n.IsNull())
        return nullptr;
    if (n.IsSequence()) {
        Json arr = Json::array();
        for (const YAML::Node &i : n)
            arr.push_back(toJsonValue(i));
        return arr;
    }
    if (n.IsMap()) {
        Json obj = Json::object();
        for (auto it = n.begin(); it != n.end(); ++it)
            obj[it->first.Scalar()] = toJsonValue(it->second);
        return obj;
    }
    const std::string s = n.Scalar();
    if (n.Tag() == "?") { // plain scalars may be booleans or numbers; quoted ones are strings
        if (s == "true" || s == "false")
            return s == "true";
        bool ok = false;
        const double d = QString::fromStdString(s).toDouble(&ok);
        if (ok)
            return d;
    }
    return s;
}

/// A row's answers as a JSON object; `<<: *anchor` merges a shared block first (yaml-cpp does not do merge keys).
static Json answersOf(const YAML::Node &system)
{
    Json out = Json::object();
    const YAML::Node answers = system["answers"];
    if (const YAML::Node base = answers["<<"])
        for (auto it = base.begin(); it != base.end(); ++it)
            out[it->first.Scalar()] = toJsonValue(it->second);
    for (auto it = answers.begin(); it != answers.end(); ++it)
        if (it->first.Scalar() != "<<")
            out[it->first.Scalar()] = toJsonValue(it->second);
    return out;
}

void TestDecisionTable::initTestCase()
{
    auto lib = GuidanceLibrary::loadChecked(QStringLiteral(VV_SOURCE_DIR "/guidance"));
    QVERIFY2(lib.ok(), qPrintable(lib ? QString() : lib.error().toString()));
    m_lib = *lib;
    m_table = YAML::LoadFile(VV_FIXTURES_DIR "/guidance/systems.yaml");
    QVERIFY(m_table["systems"].IsSequence());
}

void TestDecisionTable::shippedPacksHaveTheAgreedUrns()
{
    // Other parts of Veiviser (evidence links, documents) refer to these; they are never renamed.
    const char *const urns[] = {
        "urn:veiviser:ai-act:art-9",          "urn:veiviser:ai-act:art-10",     "urn:veiviser:ai-act:art-15",
        "urn:veiviser:ai-act:art-27",         "urn:veiviser:mdr:clinical-evaluation",
        "urn:veiviser:mdr:annex-i-17-2",      "urn:veiviser:gdpr:art-35",       "urn:veiviser:hdir:local-validation",
        "urn:veiviser:hdir:llm-basic",        "urn:veiviser:hdir:llm-domain",   "urn:veiviser:hdir:llm-use-case",
        "urn:veiviser:hdir:llm-context"};
    for (const char *urn : urns)
        QVERIFY2(m_lib.requirement(QString::fromLatin1(urn)), urn);
    for (const char *pack : {"common", "eu-ai-act", "eu-mdr", "gdpr-health-no", "hdir-llm-quality"})
        QVERIFY2(m_lib.pack(QString::fromLatin1(pack)), pack);
}

void TestDecisionTable::shippedChoicesHaveLabels()
{
    // Users read outcomes in the GUI and in documents; a choice without a label shows its raw id ("annex_i").
    QStringList unlabelled;
    const auto check = [&unlabelled](const QString &id, const std::vector<Choice> &choices) {
        for (const Choice &c : choices)
            if (c.label.nb.trimmed().isEmpty() || c.label.en.trimmed().isEmpty())
                unlabelled << id + QLatin1Char('=') + c.value;
    };
    int choices = 0;
    for (const Pack &pack : m_lib.packs()) {
        for (const Question &q : pack.questions) {
            check(q.id, q.choices);
            choices += int(q.choices.size());
        }
        for (const Decision &d : pack.decisions) {
            check(d.output, d.choices);
            choices += int(d.choices.size());
        }
    }
    QVERIFY(choices > 50);
    QVERIFY2(unlabelled.isEmpty(), qPrintable(unlabelled.join(QStringLiteral(", "))));
}

void TestDecisionTable::shippedLinksReachTheArticle()
{
    // A citation links to the article or section it cites, not to the front page of a long act: EUR-Lex ELI links
    // take a fragment (#art_6, #anx_III), Lovdata links a section (/§21). A whole-act citation names no article.
    static const QRegularExpression namesArticle(QStringLiteral(R"((\bArts?\.|\bAnnex\b|§))"));
    QStringList bare;
    for (const Pack &pack : m_lib.packs())
        for (const Source &src : pack.sources) {
            if (!namesArticle.match(src.citation.en).hasMatch())
                continue;
            const bool eurLex = src.url.contains(QLatin1String("eur-lex.europa.eu/eli/"));
            const bool lovdata = src.url.contains(QLatin1String("lovdata.no/"));
            if ((eurLex && !src.url.contains(QLatin1Char('#'))) || (lovdata && !src.url.contains(QChar(0x00A7))))
                bare << pack.id + QLatin1Char('/') + src.id + QLatin1Char(' ') + src.url;
        }
    QVERIFY2(bare.isEmpty(), qPrintable(bare.join(QStringLiteral("\n"))));
}

void TestDecisionTable::systems_data()
{
    QTest::addColumn<int>("row");
    const YAML::Node systems = m_table["systems"];
    QVERIFY2(systems.size() >= 25, "at least 25 realistic systems");
    QStringList ids;
    for (std::size_t i = 0; i < systems.size(); ++i) {
        const QString id = QString::fromStdString(systems[i]["id"].Scalar());
        QVERIFY2(!ids.contains(id), qPrintable(id));
        ids << id;
        QTest::newRow(qPrintable(id)) << int(i);
    }
}

void TestDecisionTable::systems()
{
    QFETCH(int, row);
    const YAML::Node system = m_table["systems"][std::size_t(row)];
    const Role role = roleFromName(QString::fromStdString(system["role"].Scalar())).value_or(Role::Both);
    std::map<QString, GivenAnswer> given;
    const Json answers = answersOf(system);
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const QString fact = fromStd(it.key());
        auto v = m_lib.parseAnswer(fact, it.value());
        QVERIFY2(v.ok(), qPrintable(v ? QString() : v.error().toString()));
        QVERIFY(v->has_value());
        const Pack *pack = m_lib.packOfFact(fact);
        given[fact] = {**v, pack->version};
    }
    const Assessment a = m_lib.assess(given, role);
    QStringList failures;
    const YAML::Node expect = system["expect"];
    for (auto it = expect.begin(); it != expect.end(); ++it) {
        const QString key = QString::fromStdString(it->first.Scalar());
        // A copy: it->second lives in a temporary the iterator hands out, gone at the end of the statement, so a
        // range-for over it would walk freed stack (ASan: stack-use-after-scope).
        const YAML::Node value = it->second;
        if (key == QStringLiteral("applicable") || key == QStringLiteral("not_applicable")) {
            const Applicability want = key == QStringLiteral("applicable") ? Applicability::Applies
                                                                           : Applicability::DoesNotApply;
            for (const YAML::Node &u : value) {
                const QString urn = QString::fromStdString(u.Scalar());
                const RequirementApplicability *r = a.requirement(urn);
                if (!r)
                    failures << QStringLiteral("%1: no such requirement").arg(urn);
                else if (r->state != want)
                    failures << QStringLiteral("%1 is %2, expected %3 (%4)")
                                    .arg(urn, applicabilityName(r->state), applicabilityName(want), r->reason());
            }
            continue;
        }
        if (key == QStringLiteral("cites")) {
            // The rule that decided each listed fact cites these sources (the point or paragraph that applies).
            for (auto c = value.begin(); c != value.end(); ++c) {
                const QString fact = QString::fromStdString(c->first.Scalar());
                const YAML::Node sources = c->second; // a copy, like value above
                const DecisionTrace *t = a.trace(fact);
                if (!t || t->steps.empty()) {
                    failures << QStringLiteral("%1: no trace to check its sources").arg(fact);
                    continue;
                }
                QStringList cited;
                for (const Source &src : t->steps.back().sources)
                    cited << src.id;
                for (const YAML::Node &want : sources)
                    if (!cited.contains(QString::fromStdString(want.Scalar())))
                        failures << QStringLiteral("%1: rule %2 cites [%3], not %4")
                                        .arg(fact, t->steps.back().ruleId, cited.join(QLatin1Char(',')),
                                             QString::fromStdString(want.Scalar()));
            }
            continue;
        }
        if (key == QStringLiteral("applies_from")) {
            // From when each listed requirement binds this system: {eu, no, confirmed}, or "unknown".
            for (auto c = value.begin(); c != value.end(); ++c) {
                const QString urn = QString::fromStdString(c->first.Scalar());
                const Json want = toJsonValue(c->second);
                const RequirementApplicability *r = a.requirement(urn);
                if (!r) {
                    failures << QStringLiteral("%1: no such requirement").arg(urn);
                    continue;
                }
                Json got = Json("unknown");
                if (r->appliesFrom) {
                    const Json full = r->appliesFrom->toJson();
                    got = {{"eu", full["eu"]}, {"no", full["no"]}, {"confirmed", full["confirmed"]}};
                }
                if (got != want)
                    failures << QStringLiteral("%1 applies from %2, expected %3")
                                    .arg(urn, fromStd(got.dump()), fromStd(want.dump()));
            }
            continue;
        }
        if (key == QStringLiteral("missing")) {
            const QStringList want = [&] {
                QStringList l;
                for (const YAML::Node &m : value)
                    l << QString::fromStdString(m.Scalar());
                return l;
            }();
            for (const QString &m : want)
                if (!a.missing.contains(m))
                    failures << QStringLiteral("missing should list %1 (it is %2)").arg(m, a.missing.join(QLatin1Char(',')));
            if (want.isEmpty() && !a.missing.isEmpty())
                failures << QStringLiteral("nothing should be missing, but: %1").arg(a.missing.join(QLatin1Char(',')));
            continue;
        }
        const Json want = toJsonValue(value);
        const DecisionTrace *t = a.trace(key);
        if (!t) {
            failures << QStringLiteral("%1: no decision derives it").arg(key);
            continue;
        }
        const Json got = t->value ? t->value->toJson() : Json("unknown");
        if (got != want) {
            QString why;
            for (const TraceStep &s : t->steps)
                why += QStringLiteral("\n      %1 [%2] %3").arg(s.ruleId, truthName(s.result), s.condition);
            if (!t->missing.isEmpty())
                why += QStringLiteral("\n      missing: ") + t->missing.join(QLatin1Char(','));
            failures << QStringLiteral("%1 = %2, expected %3%4").arg(key, fromStd(got.dump()), fromStd(want.dump()), why);
            continue;
        }
        // A decided outcome cites its legal source.
        if (t->value && !t->value->isNull() && t->steps.back().sources.empty())
            failures << QStringLiteral("%1: rule %2 gives no source").arg(key, t->steps.back().ruleId);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("\n  ") + failures.join(QStringLiteral("\n  "))));
}

void TestDecisionTable::tableCoversTheBranches()
{
    // Every branch the issue names has at least one row.
    QSet<QString> seen;
    for (const YAML::Node &system : m_table["systems"]) {
        const YAML::Node expect = system["expect"];
        const Json answers = answersOf(system);
        auto has = [&](const char *key, const char *value) {
            return expect[key] && toJsonValue(expect[key]) == toJsonValue(YAML::Load(value));
        };
        auto answered = [&](const char *key) { return answers.value(key, Json()); };
        for (const char *c : {"I", "IIa", "IIb", "III"})
            if (has("mdr.class", c))
                seen << QString(QStringLiteral("class ") + QLatin1String(c));
        if (answered("mdr.decision_impact").is_string())
            seen << QString(QStringLiteral("impact ") + fromStd(answered("mdr.decision_impact").get<std::string>()));
        if (has("mdr.in_house_exemption", "true"))
            seen << QStringLiteral("in-house");
        for (const Json &p : answered("ai_act.annex_iii").is_array() ? answered("ai_act.annex_iii") : Json::array())
            seen << fromStd(p.get<std::string>());
        if (answered("ai_act.art6_3_exception") == Json(true) && has("ai_act.risk", "high"))
            seen << QStringLiteral("6(3) with profiling");
        if (answered("ai_act.art6_3_exception") == Json(true) && answered("ai_act.profiling") == Json(false))
            seen << QStringLiteral("6(3) without profiling");
        if (has("ai_act.transparency_art50", "true"))
            seen << QStringLiteral("art 50");
        for (const char *b : {"true", "false"}) {
            if (has("ai_act.fria_required", b))
                seen << QString(QStringLiteral("fria ") + QLatin1String(b));
            if (has("gdpr.dpia_required", b))
                seen << QString(QStringLiteral("dpia ") + QLatin1String(b));
        }
        for (const char *r : {"prohibited", "high", "limited", "minimal", "not_ai"})
            if (has("ai_act.risk", r))
                seen << QString(QStringLiteral("risk ") + QLatin1String(r));
    }
    const char *const needed[] = {
        "class I", "class IIa", "class IIb", "class III", "impact informs_decisions", "impact monitors",
        "impact monitors_vital", "impact none", "in-house", "5a_public_services_eligibility", "5c_life_health_insurance",
        "5d_emergency_triage", "6(3) with profiling", "6(3) without profiling", "art 50", "fria true", "fria false",
        "dpia true", "dpia false", "risk prohibited", "risk high", "risk limited", "risk minimal", "risk not_ai"};
    QStringList absent;
    for (const char *n : needed)
        if (!seen.contains(QLatin1String(n)))
            absent << QLatin1String(n);
    QVERIFY2(absent.isEmpty(), qPrintable(QStringLiteral("no row for: ") + absent.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestDecisionTable)
#include "tst_decision_table.moc"
