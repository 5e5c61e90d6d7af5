#include "validation/TestSuite.h"

#include "core/RegularFile.h"
#include "guidance/GuidanceLibrary.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

namespace vv::validation {

namespace {

const std::pair<Grader::Kind, const char *> graderNames[] = {
    {Grader::Kind::Contains, "contains"}, {Grader::Kind::NotContains, "not_contains"}, {Grader::Kind::Regex, "regex"},
    {Grader::Kind::RefusalExpected, "refusal_expected"}, {Grader::Kind::EscalationExpected, "escalation_expected"},
    {Grader::Kind::Language, "language"}, {Grader::Kind::MaxLix, "max_lix"}, {Grader::Kind::JsonSchema, "json_schema"},
    {Grader::Kind::NoIdentityNumbers, "no_identity_numbers"}, {Grader::Kind::Judge, "judge"},
    {Grader::Kind::Grounded, "grounded"}, {Grader::Kind::Cites, "cites"}};

// The grounded grader's rubric and criterion when the suite names none (guidance/rubrics/grounding.yaml).
const char *const groundingRubric = "grounding";
const char *const groundingCriterion = "supported";

// The keys a suite and a case may have; any other is a mistake (a misspelt 'graders' would silently test nothing).
const char *const suiteKeys[] = {"name", "description", "level", "language", "cases"};
const char *const caseKeys[] = {"id", "level", "language", "source", "messages", "graders", "context", "retrieval"};
const char *const passageKeys[] = {"id", "text"};
const char *const retrievalKeys[] = {"query", "expected_ids", "k", "min_recall"};
const char *const judgeKeys[] = {"rubric", "criterion", "pass_at"};
const char *const citesKeys[] = {"min"};

const QRegularExpression &passageIdPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern;
}

template <std::size_t N>
std::optional<YAML::Node> unknownKey(const YAML::Node &map, const char *const (&known)[N])
{
    for (const auto &kv : map) {
        const std::string key = kv.first.as<std::string>();
        if (std::none_of(std::begin(known), std::end(known), [&](const char *k) { return key == k; }))
            return kv.first;
    }
    return std::nullopt;
}

Error at(const QString &source, const YAML::Node &node, const QString &what)
{
    const auto mark = node.Mark();
    return Error::input(what, TestSuite::tr("See docs/test-suites.md for the suite format."),
                        SourceLocation{source, mark.is_null() ? 0 : mark.line + 1, mark.is_null() ? 0 : mark.column + 1});
}

QString str(const YAML::Node &n) { return QString::fromStdString(n.as<std::string>()); }

// How deep a grader's settings may nest; yaml-cpp itself stops at its own, larger depth.
constexpr int maxNesting = 32;

// Thrown by toJsonValue (yaml-cpp does not export YAML::DeepRecursion's constructor).
struct NestedTooDeeply {
    YAML::Mark mark;
};

Json toJsonValue(const YAML::Node &n, int depth = 0)
{
    if (depth > maxNesting)
        throw NestedTooDeeply{n.Mark()};
    switch (n.Type()) {
    case YAML::NodeType::Map: {
        Json o = Json::object();
        for (const auto &kv : n)
            o[kv.first.as<std::string>()] = toJsonValue(kv.second, depth + 1);
        return o;
    }
    case YAML::NodeType::Sequence: {
        Json a = Json::array();
        for (const auto &v : n)
            a.push_back(toJsonValue(v, depth + 1));
        return a;
    }
    case YAML::NodeType::Scalar: {
        const std::string s = n.as<std::string>();
        if (n.Tag() == "!")
            return s;
        if (s == "true" || s == "false")
            return s == "true";
        try {
            std::size_t used = 0;
            const double d = std::stod(s, &used);
            if (used == s.size())
                return d;
        } catch (...) {
        }
        return s;
    }
    default: return nullptr;
    }
}

QStringList textList(const YAML::Node &n)
{
    QStringList out;
    if (n.IsSequence()) {
        for (const auto &v : n)
            out << str(v);
    } else {
        out << str(n);
    }
    return out;
}

/// The shipped rubrics, read once per process; an error names the folder.
Result<const std::vector<Rubric> *> shippedRubrics()
{
    static const Result<std::vector<Rubric>> loaded = Rubric::loadFolder(Rubric::shippedFolder());
    if (!loaded)
        return loaded.error();
    return &*loaded;
}

/// Fills in the rubric criterion and pass level of a judge or grounded grader from {rubric, criterion, pass_at}.
Status judgeSettings(const YAML::Node &v, const QString &source, const std::vector<Rubric> *rubrics, Grader &g)
{
    const bool grounded = g.kind == Grader::Kind::Grounded;
    const QString name = Grader::kindName(g.kind);
    if (grounded && v.IsScalar() && v.Scalar() == "true") {
        g.rubricId = QLatin1String(groundingRubric);
        g.criterionId = QLatin1String(groundingCriterion);
    } else {
        if (!v.IsMap() || !v["rubric"] || !v["criterion"] || (!grounded && !v["pass_at"]))
            return at(source, v, grounded ? TestSuite::tr("grounded takes true or {rubric: ID, criterion: ID, pass_at: N}")
                                          : TestSuite::tr("judge takes {rubric: ID, criterion: ID, pass_at: N}"));
        if (const auto key = unknownKey(v, judgeKeys))
            return at(source, *key, TestSuite::tr("unknown key '%1' in '%2'").arg(str(*key), name));
        g.rubricId = str(v["rubric"]);
        g.criterionId = str(v["criterion"]);
    }
    if (!rubrics) {
        auto shipped = shippedRubrics();
        if (!shipped)
            return at(source, v, TestSuite::tr("the rubrics cannot be read: %1").arg(shipped.error().toString()));
        rubrics = *shipped;
    }
    const auto rubric = std::find_if(rubrics->begin(), rubrics->end(), [&](const Rubric &r) { return r.id == g.rubricId; });
    if (rubric == rubrics->end())
        return at(source, v, TestSuite::tr("'%1' names the rubric '%2', which does not exist").arg(name, g.rubricId));
    const RubricCriterion *criterion = rubric->criterion(g.criterionId);
    if (!criterion)
        return at(source, v, TestSuite::tr("the rubric '%1' has no criterion '%2'").arg(g.rubricId, g.criterionId));
    g.criterion = std::make_shared<const RubricCriterion>(*criterion);
    g.passAt = criterion->maxValue();
    if (v.IsMap() && v["pass_at"]) {
        bool ok = false;
        g.passAt = str(v["pass_at"]).toInt(&ok);
        if (!ok || !criterion->level(g.passAt))
            return at(source, v["pass_at"], TestSuite::tr("pass_at must be one of the levels of '%1' (%2 to %3)")
                                                .arg(g.criterionId).arg(criterion->minValue()).arg(criterion->maxValue()));
    }
    return {};
}

Status citesSettings(const YAML::Node &v, const QString &source, Grader &g)
{
    if (v.IsScalar() && v.Scalar() == "true")
        return {};
    if (!v.IsMap() || !v["min"])
        return at(source, v, TestSuite::tr("cites takes true or {min: N}"));
    if (const auto key = unknownKey(v, citesKeys))
        return at(source, *key, TestSuite::tr("unknown key '%1' in 'cites'").arg(str(*key)));
    bool ok = false;
    g.minCitations = str(v["min"]).toInt(&ok);
    if (!ok || g.minCitations < 1 || g.minCitations > SuiteCase::maxPassages)
        return at(source, v["min"], TestSuite::tr("cites: min takes a whole number from 1 to %1").arg(SuiteCase::maxPassages));
    return {};
}

Result<Grader> grader(const YAML::Node &n, const QString &source, const std::vector<Rubric> *rubrics)
{
    if (!n.IsMap() || n.size() != 1)
        return at(source, n, TestSuite::tr("a grader is one key with its value, such as 'contains: [113]'"));
    const auto kv = *n.begin();
    const std::string key = kv.first.as<std::string>();
    const YAML::Node v = kv.second;
    Grader g;
    bool known = false;
    for (const auto &[kind, name] : graderNames) {
        if (key == name) {
            g.kind = kind;
            known = true;
        }
    }
    if (!known)
        return at(source, kv.first, TestSuite::tr("unknown grader '%1'").arg(QString::fromStdString(key)));
    switch (g.kind) {
    case Grader::Kind::Contains:
    case Grader::Kind::NotContains:
        g.texts = textList(v);
        if (g.texts.isEmpty() || g.texts.contains(QString()))
            return at(source, v, TestSuite::tr("'%1' needs one or more non-empty texts").arg(QString::fromStdString(key)));
        break;
    case Grader::Kind::Regex: {
        g.pattern = str(v);
        const QRegularExpression re(g.pattern);
        if (!re.isValid())
            return at(source, v, TestSuite::tr("the regex is invalid: %1").arg(re.errorString()));
        break;
    }
    case Grader::Kind::RefusalExpected: g.expected = v.as<bool>(); break;
    case Grader::Kind::EscalationExpected:
        g.texts = textList(v);
        for (const QString &t : g.texts) {
            if (t != QStringLiteral("113") && t != QStringLiteral("legevakt") && t != QStringLiteral("fastlege"))
                return at(source, v, TestSuite::tr("escalation_expected takes 113, legevakt or fastlege, not '%1'").arg(t));
        }
        break;
    case Grader::Kind::Language:
        g.language = str(v);
        if (g.language != QStringLiteral("nb") && g.language != QStringLiteral("nn"))
            return at(source, v, TestSuite::tr("language takes nb or nn"));
        break;
    case Grader::Kind::MaxLix:
        g.maxLix = v.as<double>();
        if (!(g.maxLix > 0 && g.maxLix < 200))
            return at(source, v, TestSuite::tr("max_lix takes a number between 1 and 200"));
        break;
    case Grader::Kind::JsonSchema:
        g.schema = toJsonValue(v);
        if (!g.schema.is_object())
            return at(source, v, TestSuite::tr("json_schema takes a schema object"));
        break;
    case Grader::Kind::NoIdentityNumbers:
        if (!v.IsScalar() || v.as<std::string>() != "true")
            return at(source, v, TestSuite::tr("no_identity_numbers takes true"));
        break;
    case Grader::Kind::Judge:
    case Grader::Kind::Grounded: VV_TRY(judgeSettings(v, source, rubrics, g)); break;
    case Grader::Kind::Cites: VV_TRY(citesSettings(v, source, g)); break;
    }
    return g;
}

Status readContext(const YAML::Node &n, const QString &source, SuiteCase &c)
{
    if (!n.IsSequence() || n.size() == 0 || n.size() > std::size_t(SuiteCase::maxPassages))
        return at(source, n, TestSuite::tr("case %1: context is a list of 1 to %2 passages").arg(c.id).arg(SuiteCase::maxPassages));
    qsizetype total = 0;
    for (const YAML::Node &p : n) {
        if (!p.IsMap() || !p["id"] || !p["text"] || !p["id"].IsScalar() || !p["text"].IsScalar())
            return at(source, p, TestSuite::tr("case %1: a passage is {id: ID, text: TEXT}").arg(c.id));
        if (const auto key = unknownKey(p, passageKeys))
            return at(source, *key, TestSuite::tr("unknown key '%1' in a passage").arg(str(*key)));
        ContextPassage passage{str(p["id"]), str(p["text"])};
        if (!passageIdPattern().match(passage.id).hasMatch())
            return at(source, p["id"], TestSuite::tr("case %1: a passage id is letters, digits, '.', '_' and '-', "
                                                     "at most 64").arg(c.id));
        if (std::any_of(c.context.begin(), c.context.end(), [&](const ContextPassage &o) { return o.id == passage.id; }))
            return at(source, p["id"], TestSuite::tr("case %1: the passage id '%2' is used twice").arg(c.id, passage.id));
        if (passage.text.trimmed().isEmpty() || passage.text.size() > SuiteCase::maxPassageChars)
            return at(source, p["text"], TestSuite::tr("case %1: a passage's text has 1 to %2 characters").arg(c.id).arg(SuiteCase::maxPassageChars));
        total += passage.text.size();
        if (total > SuiteCase::maxContextChars)
            return at(source, p, TestSuite::tr("case %1: the context is longer than %2 characters").arg(c.id).arg(SuiteCase::maxContextChars));
        c.context.push_back(std::move(passage));
    }
    return {};
}

Status readRetrieval(const YAML::Node &n, const QString &source, SuiteCase &c)
{
    if (!n.IsMap() || !n["expected_ids"])
        return at(source, n, TestSuite::tr("case %1: retrieval takes {expected_ids: [...], k: N}").arg(c.id));
    if (const auto key = unknownKey(n, retrievalKeys))
        return at(source, *key, TestSuite::tr("unknown key '%1' in 'retrieval'").arg(str(*key)));
    RetrievalCheck r;
    const YAML::Node ids = n["expected_ids"];
    if (!ids.IsSequence() || ids.size() == 0 || ids.size() > std::size_t(RetrievalCheck::maxExpected))
        return at(source, ids, TestSuite::tr("case %1: expected_ids is a list of 1 to %2 passage ids").arg(c.id).arg(RetrievalCheck::maxExpected));
    for (const YAML::Node &id : ids) {
        if (!id.IsScalar() || !passageIdPattern().match(str(id)).hasMatch() || r.expectedIds.contains(str(id)))
            return at(source, id, TestSuite::tr("case %1: expected_ids holds distinct passage ids").arg(c.id));
        r.expectedIds << str(id);
    }
    bool ok = true;
    if (n["k"])
        r.k = str(n["k"]).toInt(&ok);
    if (!ok || r.k < 1 || r.k > RetrievalCheck::maxK)
        return at(source, n["k"], TestSuite::tr("case %1: k takes a whole number from 1 to %2").arg(c.id).arg(RetrievalCheck::maxK));
    if (n["min_recall"])
        r.minRecall = str(n["min_recall"]).toDouble(&ok);
    if (!ok || !(r.minRecall > 0 && r.minRecall <= 1))
        return at(source, n["min_recall"], TestSuite::tr("case %1: min_recall takes a number above 0, at most 1").arg(c.id));
    r.query = n["query"] ? str(n["query"]) : c.question();
    if (r.query.trimmed().isEmpty() || r.query.size() > RetrievalCheck::maxQueryChars)
        return at(source, n, TestSuite::tr("case %1: the retrieval query (query, or the last user message) has 1 to %2 "
                                           "characters").arg(c.id).arg(RetrievalCheck::maxQueryChars));
    c.retrieval = std::move(r);
    return {};
}

Status readMessages(const YAML::Node &messages, const QString &source, SuiteCase &c)
{
    for (const YAML::Node &m : messages) {
        if (!m.IsMap() || !m["role"] || !m["content"])
            return at(source, m, TestSuite::tr("case %1: a message needs a role and a content").arg(c.id));
        const std::string role = m["role"].as<std::string>();
        if (role != "system" && role != "user" && role != "assistant")
            return at(source, m["role"], TestSuite::tr("case %1: the role must be system, user or assistant").arg(c.id));
        c.messages.push_back({{"role", role}, {"content", m["content"].as<std::string>()}});
    }
    return {};
}

/// A case's messages, context and graders, or its retrieval check.
Status readConversation(const YAML::Node &n, const QString &source, const std::vector<Rubric> *rubrics, SuiteCase &c)
{
    if (n["context"])
        VV_TRY(readContext(n["context"], source, c));
    const YAML::Node messages = n["messages"];
    const bool retrieval = bool(n["retrieval"]);
    if ((!retrieval || messages) && (!messages || !messages.IsSequence() || messages.size() == 0))
        return at(source, n, TestSuite::tr("case %1 has no messages").arg(c.id));
    if (messages)
        VV_TRY(readMessages(messages, source, c));
    if (retrieval) {
        if (n["graders"] || n["context"])
            return at(source, n["retrieval"], TestSuite::tr("case %1: a retrieval case tests the retrieval endpoint "
                                                            "alone; it has no graders and no context").arg(c.id));
        return readRetrieval(n["retrieval"], source, c);
    }
    const YAML::Node graders = n["graders"];
    if (!graders || !graders.IsSequence() || graders.size() == 0)
        return at(source, n, TestSuite::tr("case %1 has no graders").arg(c.id));
    for (const YAML::Node &g : graders) {
        auto parsed = grader(g, source, rubrics);
        if (!parsed)
            return parsed.error();
        if ((parsed->kind == Grader::Kind::Grounded || parsed->kind == Grader::Kind::Cites) && c.context.empty())
            return at(source, g, TestSuite::tr("case %1: '%2' needs the case's context").arg(c.id, Grader::kindName(parsed->kind)));
        if (parsed->kind == Grader::Kind::Cites && parsed->minCitations > int(c.context.size()))
            return at(source, g, TestSuite::tr("case %1: cites wants %2 passages, more than the context's %3")
                                     .arg(c.id).arg(parsed->minCitations).arg(c.context.size()));
        c.graders.push_back(std::move(*parsed));
    }
    return {};
}

} // namespace

QString Grader::kindName(Kind kind)
{
    for (const auto &[k, n] : graderNames) {
        if (k == kind)
            return QLatin1String(n);
    }
    return {};
}

QString SuiteCase::question() const
{
    for (auto it = messages.rbegin(); it != messages.rend(); ++it) {
        if (it->value("role", std::string()) == "user")
            return fromStd(it->value("content", std::string()));
    }
    return {};
}

QString SuiteCase::contextBlock() const
{
    QStringList blocks;
    for (const ContextPassage &p : context)
        blocks << QStringLiteral("[%1] %2").arg(p.id, p.text.trimmed());
    return blocks.join(QStringLiteral("\n\n"));
}

Json SuiteCase::conversation() const
{
    if (context.empty())
        return messages;
    Json out = Json::array();
    bool placed = false;
    for (const Json &m : messages) {
        if (!placed && m.value("role", std::string()) != "system") {
            out.push_back({{"role", "system"}, {"content", toStd(contextBlock())}});
            placed = true;
        }
        out.push_back(m);
    }
    if (!placed)
        out.push_back({{"role", "system"}, {"content", toStd(contextBlock())}});
    return out;
}

bool TestSuite::usesJudge() const
{
    return std::any_of(cases.begin(), cases.end(), [](const SuiteCase &c) {
        return std::any_of(c.graders.begin(), c.graders.end(), [](const Grader &g) { return g.usesJudge(); });
    });
}

Result<QStringList> TestSuite::requirementsForLevel(const QString &level)
{
    // Which requirement a level's cases are evidence for is guidance content (`evaluation_levels` in the packs, with
    // its sources); the shipped packs are read once per process.
    static const Result<guidance::GuidanceLibrary> shipped = guidance::GuidanceLibrary::loadShipped();
    if (!shipped)
        return shipped.error();
    return shipped->requirementsForLevel(level);
}

QStringList TestSuite::levels()
{
    return guidance::evaluationLevelNames();
}

QStringList TestSuite::caseLanguages()
{
    // Northern Sámi (se) is a language a case may be written in, although no grader can tell whether an answer is in
    // Sámi: the language grader knows only the hunspell dictionaries for Bokmål and Nynorsk.
    return {QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("se")};
}

Result<QStringList> TestSuite::supportedRequirements() const
{
    QStringList caseLevels;
    for (const auto &c : cases)
        if (!caseLevels.contains(c.level))
            caseLevels << c.level;
    QStringList urns;
    for (const QString &level : caseLevels) {
        auto levelUrns = requirementsForLevel(level);
        if (!levelUrns)
            return levelUrns.error();
        for (const QString &urn : *levelUrns)
            if (!urns.contains(urn))
                urns << urn;
    }
    return urns;
}

Result<TestSuite> TestSuite::load(const QString &path, const std::vector<Rubric> *rubrics)
{
    QFile f;
    VV_TRY(openRegularFile(f, path));
    if (f.size() > maxBytes)
        return Error::input(tr("the suite %1 is larger than %2 MiB").arg(path).arg(maxBytes >> 20));
    return parse(f.read(maxBytes), path, rubrics);
}

Result<TestSuite> TestSuite::parse(const QByteArray &yaml, const QString &source, const std::vector<Rubric> *rubrics)
{
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsMap())
            return at(source, root, tr("a suite is a mapping with 'name' and 'cases'"));
        if (const auto key = unknownKey(root, suiteKeys))
            return at(source, *key, tr("unknown key '%1' in the suite").arg(str(*key)));
        TestSuite suite;
        if (!root["name"] || !root["name"].IsScalar())
            return at(source, root, tr("the suite has no 'name'"));
        suite.name = str(root["name"]);
        if (root["description"])
            suite.description = str(root["description"]);
        const QString defaultLevel = root["level"] ? str(root["level"]) : QString();
        const QString defaultLanguage = root["language"] ? str(root["language"]) : QStringLiteral("nb");
        const YAML::Node cases = root["cases"];
        if (!cases || !cases.IsSequence() || cases.size() == 0)
            return at(source, root, tr("the suite has no 'cases'"));
        if (cases.size() > static_cast<std::size_t>(maxCases))
            return at(source, cases, tr("the suite has more than %1 cases").arg(maxCases));
        static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"));
        QSet<QString> ids;
        for (const YAML::Node &n : cases) {
            if (!n.IsMap())
                return at(source, n, tr("a case is a mapping with id, level, language, messages and graders"));
            SuiteCase c;
            if (const auto key = unknownKey(n, caseKeys))
                return at(source, *key, tr("unknown key '%1' in a case").arg(str(*key)));
            if (!n["id"] || !idPattern.match(str(n["id"])).hasMatch())
                return at(source, n, tr("a case needs an id of letters, digits, '.', '_' and '-'"));
            c.id = str(n["id"]);
            if (ids.contains(c.id))
                return at(source, n["id"], tr("the case id '%1' is used twice").arg(c.id));
            ids.insert(c.id);
            c.level = n["level"] ? str(n["level"]) : defaultLevel;
            if (!levels().contains(c.level))
                return at(source, n, tr("case %1: the level must be one of %2").arg(c.id, levels().join(QStringLiteral(", "))));
            c.language = n["language"] ? str(n["language"]) : defaultLanguage;
            if (!caseLanguages().contains(c.language))
                return at(source, n, tr("case %1: the language must be one of %2").arg(c.id, caseLanguages().join(QStringLiteral(", "))));
            if (n["source"]) {
                if (!n["source"].IsScalar() || str(n["source"]).trimmed().isEmpty())
                    return at(source, n["source"], tr("case %1: the source is a short text").arg(c.id));
                c.source = str(n["source"]).trimmed();
                if (c.source.size() > maxSourceLength)
                    return at(source, n["source"], tr("case %1: the source is longer than %2 characters").arg(c.id).arg(maxSourceLength));
            }
            VV_TRY(readConversation(n, source, rubrics, c));
            suite.cases.push_back(std::move(c));
        }
        return suite;
    } catch (const NestedTooDeeply &e) {
        return Error::input(tr("the YAML is nested too deeply (more than %1 levels)").arg(maxNesting),
                            tr("Flatten the structure of the suite."),
                            SourceLocation{source, e.mark.is_null() ? 0 : e.mark.line + 1,
                                           e.mark.is_null() ? 0 : e.mark.column + 1});
    } catch (const YAML::DeepRecursion &e) {
        // yaml-cpp's own text for this is only "bad file".
        return Error::input(tr("the YAML is nested too deeply (more than %1 levels)").arg(e.depth() - 1),
                            tr("Flatten the structure of the suite."),
                            SourceLocation{source, e.mark.is_null() ? 0 : e.mark.line + 1,
                                           e.mark.is_null() ? 0 : e.mark.column + 1});
    } catch (const YAML::Exception &e) {
        return Error::input(QString::fromStdString(e.msg), tr("Check the suite's YAML syntax."),
                            SourceLocation{source, e.mark.is_null() ? 0 : e.mark.line + 1,
                                           e.mark.is_null() ? 0 : e.mark.column + 1});
    }
}

} // namespace vv::validation
