#include "validation/TestSuite.h"

#include "core/RegularFile.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <initializer_list>
#include <optional>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

namespace vv::validation {

namespace {

const std::pair<Grader::Kind, const char *> graderNames[] = {
    {Grader::Kind::Contains, "contains"}, {Grader::Kind::NotContains, "not_contains"}, {Grader::Kind::Regex, "regex"},
    {Grader::Kind::RefusalExpected, "refusal_expected"}, {Grader::Kind::EscalationExpected, "escalation_expected"},
    {Grader::Kind::Language, "language"}, {Grader::Kind::MaxLix, "max_lix"}, {Grader::Kind::JsonSchema, "json_schema"},
    {Grader::Kind::NoIdentityNumbers, "no_identity_numbers"}};

// Which requirements a level's cases are evidence for. The four levels are the Directorate of Health's evaluation
// levels; guardrails is its demand for protective mechanisms, which is also the AI Act's robustness and
// cybersecurity (Art. 15). The URNs are the packs' (guidance/hdir-llm-quality, guidance/eu-ai-act).
// TODO(data): this table belongs in the guidance data, next to the requirements it names.
struct LevelRequirements {
    const char *level;
    std::initializer_list<const char *> urns;
};
const LevelRequirements levelRequirements[] = {
    {"basic", {"urn:veiviser:hdir:llm-basic"}},
    {"domain", {"urn:veiviser:hdir:llm-domain"}},
    {"use_case", {"urn:veiviser:hdir:llm-use-case"}},
    {"context", {"urn:veiviser:hdir:llm-context"}},
    {"guardrails", {"urn:veiviser:hdir:llm-guardrails", "urn:veiviser:ai-act:art-15"}},
};

// The keys a suite and a case may have; any other is a mistake (a misspelt 'graders' would silently test nothing).
const char *const suiteKeys[] = {"name", "description", "level", "language", "cases"};
const char *const caseKeys[] = {"id", "level", "language", "source", "messages", "graders"};

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

Result<Grader> grader(const YAML::Node &n, const QString &source)
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
    }
    return g;
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

QStringList TestSuite::requirementsForLevel(const QString &level)
{
    QStringList urns;
    for (const auto &l : levelRequirements) {
        if (level == QLatin1String(l.level)) {
            for (const char *urn : l.urns)
                urns << QLatin1String(urn);
        }
    }
    return urns;
}

QStringList TestSuite::levels()
{
    QStringList out;
    for (const auto &l : levelRequirements)
        out << QLatin1String(l.level);
    return out;
}

QStringList TestSuite::caseLanguages()
{
    // Northern Sámi (se) is a language a case may be written in, although no grader can tell whether an answer is in
    // Sámi: the language grader knows only the hunspell dictionaries for Bokmål and Nynorsk.
    return {QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("se")};
}

QStringList TestSuite::supportedRequirements() const
{
    QStringList urns;
    for (const auto &c : cases) {
        for (const QString &urn : requirementsForLevel(c.level)) {
            if (!urns.contains(urn))
                urns << urn;
        }
    }
    return urns;
}

Result<TestSuite> TestSuite::load(const QString &path)
{
    QFile f;
    VV_TRY(openRegularFile(f, path));
    if (f.size() > maxBytes)
        return Error::input(tr("the suite %1 is larger than %2 MiB").arg(path).arg(maxBytes >> 20));
    return parse(f.read(maxBytes), path);
}

Result<TestSuite> TestSuite::parse(const QByteArray &yaml, const QString &source)
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
            if (requirementsForLevel(c.level).isEmpty())
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
            const YAML::Node messages = n["messages"];
            if (!messages || !messages.IsSequence() || messages.size() == 0)
                return at(source, n, tr("case %1 has no messages").arg(c.id));
            for (const YAML::Node &m : messages) {
                if (!m.IsMap() || !m["role"] || !m["content"])
                    return at(source, m, tr("case %1: a message needs a role and a content").arg(c.id));
                const std::string role = m["role"].as<std::string>();
                if (role != "system" && role != "user" && role != "assistant")
                    return at(source, m["role"], tr("case %1: the role must be system, user or assistant").arg(c.id));
                c.messages.push_back({{"role", role}, {"content", m["content"].as<std::string>()}});
            }
            const YAML::Node graders = n["graders"];
            if (!graders || !graders.IsSequence() || graders.size() == 0)
                return at(source, n, tr("case %1 has no graders").arg(c.id));
            for (const YAML::Node &g : graders) {
                auto parsed = grader(g, source);
                if (!parsed)
                    return parsed.error();
                c.graders.push_back(std::move(*parsed));
            }
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
