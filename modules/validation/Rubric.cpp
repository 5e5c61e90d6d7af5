#include "validation/Rubric.h"

#include "core/Environment.h"
#include "core/RegularFile.h"
#include "guidance/YamlFields.h"
#include "validation/TestSuite.h"

#include <QDir>
#include <QRegularExpression>

#include <set>

namespace vv::validation {

namespace {

const QStringList placeholders = {QStringLiteral("question"), QStringLiteral("answer"), QStringLiteral("criterion"),
                                  QStringLiteral("anchors")};
const QStringList harmLevels = {QStringLiteral("serious"), QStringLiteral("minor"), QStringLiteral("none")};

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([^{}]*?)\\s*\\}\\}"));
    return pattern;
}

bool validId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,60}$"));
    return pattern.match(id).hasMatch();
}

QString formatHint()
{
    return Rubric::tr("See docs/human-evaluation.md for the rubric format.");
}

/// Reads a rubric's YAML; collects every problem with its place.
class RubricParser : public YamlFields {
public:
    using YamlFields::YamlFields;

    void readRubric(const YAML::Node &root, Rubric &r)
    {
        if (!keys(root, {QStringLiteral("id"), QStringLiteral("level"), QStringLiteral("title"),
                         QStringLiteral("description"), QStringLiteral("judge"), QStringLiteral("criteria"),
                         QStringLiteral("sources")},
                  Rubric::tr("the rubric")))
            return;
        for (const char *key : {"id", "level", "title", "judge", "criteria", "sources"})
            if (!root[key]) {
                error(root, Rubric::tr("the rubric has no '%1'").arg(QLatin1String(key)), formatHint());
                return;
            }
        r.id = text(root["id"], QStringLiteral("id")).value_or(QString());
        if (!validId(r.id))
            error(root["id"], Rubric::tr("'%1' is not a valid rubric id (lowercase letters, digits, '_')").arg(r.id));
        r.level = text(root["level"], QStringLiteral("level")).value_or(QString());
        if (!TestSuite::levels().contains(r.level))
            error(root["level"], Rubric::tr("the level must be one of %1, not '%2'")
                                     .arg(TestSuite::levels().join(QStringLiteral(", ")), r.level));
        r.title = localized(root["title"], QStringLiteral("title")).value_or(LocalizedText{});
        if (root["description"])
            r.description = localized(root["description"], QStringLiteral("description")).value_or(LocalizedText{});
        const QString prompt = readJudge(root["judge"]);
        readCriteria(root["criteria"], prompt, r.criteria);
        readSources(root["sources"], r.sources);
    }

private:
    /// The judge's prompt, checked; its output must be the one format the judge grader reads.
    QString readJudge(const YAML::Node &n)
    {
        if (!keys(n, {QStringLiteral("prompt"), QStringLiteral("output")}, Rubric::tr("'judge'")))
            return {};
        if (!n["prompt"] || !n["output"]) {
            error(n, Rubric::tr("'judge' needs 'prompt' and 'output'"));
            return {};
        }
        const QString prompt = text(n["prompt"], QStringLiteral("prompt")).value_or(QString());
        if (prompt.size() > Rubric::maxPromptChars)
            error(n["prompt"], Rubric::tr("the judge prompt is longer than %1 characters").arg(Rubric::maxPromptChars));
        QStringList found;
        for (auto it = placeholderPattern().globalMatch(prompt); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (!placeholders.contains(name))
                error(n["prompt"], Rubric::tr("unknown placeholder '{{%1}}' in the judge prompt").arg(name),
                      Rubric::tr("The placeholders are %1.").arg(quotedNames(placeholders)));
            found << name;
        }
        for (const QString &p : placeholders)
            if (!found.contains(p))
                error(n["prompt"], Rubric::tr("the judge prompt has no '{{%1}}' placeholder").arg(p),
                      Rubric::tr("The judge must be shown the question, the answer, the criterion and its anchors."));
        const YAML::Node out = n["output"];
        if (!out.IsMap() || out.size() != 2 || !out["score"] || !out["reason"] || !out["score"].IsScalar() ||
            !out["reason"].IsScalar() || out["score"].Scalar() != "integer" || out["reason"].Scalar() != "string")
            error(out, Rubric::tr("the judge's output must be {score: integer, reason: string}"),
                  Rubric::tr("The judge grader reads exactly this JSON object."));
        return prompt;
    }

    void readCriteria(const YAML::Node &n, const QString &prompt, std::vector<RubricCriterion> &out)
    {
        if (!n.IsSequence() || n.size() == 0 || n.size() > std::size_t(Rubric::maxCriteria)) {
            error(n, Rubric::tr("'criteria' must be a list of 1 to %1 criteria").arg(Rubric::maxCriteria));
            return;
        }
        std::set<QString> seen;
        for (const auto &c : n) {
            if (!keys(c, {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("question"),
                          QStringLiteral("type"), QStringLiteral("scale"), QStringLiteral("judge")},
                      Rubric::tr("a criterion")))
                continue;
            if (!c["id"] || !c["title"] || !c["question"] || !c["scale"]) {
                error(c, Rubric::tr("a criterion needs 'id', 'title', 'question' and 'scale'"), formatHint());
                continue;
            }
            RubricCriterion criterion;
            criterion.id = text(c["id"], QStringLiteral("id")).value_or(QString());
            if (!validId(criterion.id))
                error(c["id"], Rubric::tr("'%1' is not a valid criterion id (lowercase letters, digits, '_')")
                                   .arg(criterion.id));
            else if (!seen.insert(criterion.id).second)
                error(c["id"], Rubric::tr("the criterion '%1' is defined twice").arg(criterion.id));
            criterion.title = localized(c["title"], QStringLiteral("title")).value_or(LocalizedText{});
            criterion.question = localized(c["question"], QStringLiteral("question")).value_or(LocalizedText{});
            if (c["type"]) {
                const QString type = text(c["type"], QStringLiteral("type")).value_or(QString());
                if (type == QStringLiteral("harm"))
                    criterion.type = RubricCriterion::Type::Harm;
                else if (type != QStringLiteral("scale"))
                    error(c["type"], Rubric::tr("the criterion type must be 'scale' or 'harm', not '%1'").arg(type));
            }
            readScale(c["scale"], criterion);
            criterion.judgePrompt = c["judge"] ? readJudge(c["judge"]) : prompt;
            out.push_back(std::move(criterion));
        }
    }

    void readScale(const YAML::Node &n, RubricCriterion &c)
    {
        if (!n.IsSequence() || n.size() < 2) {
            error(n, Rubric::tr("the scale of '%1' needs two or more levels").arg(c.id));
            return;
        }
        if (n.size() > std::size_t(Rubric::maxLevels)) {
            error(n, Rubric::tr("the scale of '%1' has more than %2 levels").arg(c.id).arg(Rubric::maxLevels));
            return;
        }
        const bool harm = c.type == RubricCriterion::Type::Harm;
        QStringList allowed = {QStringLiteral("value"), QStringLiteral("label"), QStringLiteral("anchor")};
        if (harm)
            allowed << QStringLiteral("harm");
        for (const auto &l : n) {
            if (!keys(l, allowed, Rubric::tr("a level of '%1'").arg(c.id)))
                continue;
            if (!l["value"] || !l["label"] || !l["anchor"] || (harm && !l["harm"])) {
                error(l, harm ? Rubric::tr("a level of a harm criterion needs 'value', 'label', 'anchor' and 'harm'")
                              : Rubric::tr("a level needs 'value', 'label' and 'anchor'"));
                continue;
            }
            RubricLevel level;
            level.value = int(count(l["value"], QStringLiteral("value"), 0).value_or(0));
            if (!c.levels.empty() && level.value <= c.levels.back().value)
                error(l["value"], Rubric::tr("the levels of '%1' must have strictly increasing values (%2 follows %3)")
                                      .arg(c.id)
                                      .arg(level.value)
                                      .arg(c.levels.back().value));
            level.label = localized(l["label"], QStringLiteral("label")).value_or(LocalizedText{});
            level.anchor = localized(l["anchor"], QStringLiteral("anchor")).value_or(LocalizedText{});
            if (harm) {
                level.harm = text(l["harm"], QStringLiteral("harm")).value_or(QString());
                const qsizetype at = qsizetype(c.levels.size());
                if (at >= harmLevels.size() || level.harm != harmLevels[at])
                    error(l["harm"], Rubric::tr("a harm criterion's levels are serious, minor and none, in that order"));
            }
            c.levels.push_back(std::move(level));
        }
        if (harm && c.levels.size() != std::size_t(harmLevels.size()))
            error(n, Rubric::tr("a harm criterion's levels are serious, minor and none, in that order"));
    }

    void readSources(const YAML::Node &n, std::vector<RubricSource> &out)
    {
        if (!n.IsSequence() || n.size() == 0) {
            error(n, Rubric::tr("'sources' must be a non-empty list"),
                  Rubric::tr("Cite the Directorate's report and the rating schemes the rubric builds on."));
            return;
        }
        for (const auto &s : n)
            if (auto source = citedSource(s))
                out.push_back({source->first, source->second});
    }
};

} // namespace

const RubricLevel *RubricCriterion::level(int value) const
{
    for (const RubricLevel &l : levels)
        if (l.value == value)
            return &l;
    return nullptr;
}

QString RubricCriterion::judgePromptFor(const QString &questionText, const QString &answer) const
{
    QStringList anchors;
    for (const RubricLevel &l : levels)
        anchors << QStringLiteral("%1 – %2: %3").arg(l.value).arg(l.label.nb, l.anchor.nb);
    const QString criterionText = title.nb + QStringLiteral(": ") + question.nb;
    QString out;
    qsizetype from = 0;
    for (auto it = placeholderPattern().globalMatch(judgePrompt); it.hasNext();) {
        const auto m = it.next();
        out += judgePrompt.mid(from, m.capturedStart() - from);
        const QString name = m.captured(1);
        out += name == QStringLiteral("question")    ? questionText
             : name == QStringLiteral("answer")      ? answer
             : name == QStringLiteral("criterion")   ? criterionText
             : name == QStringLiteral("anchors")     ? anchors.join(QLatin1Char('\n'))
                                                     : m.captured(0);
        from = m.capturedEnd();
    }
    return out + judgePrompt.mid(from);
}

const RubricCriterion *Rubric::criterion(const QString &criterionId) const
{
    for (const RubricCriterion &c : criteria)
        if (c.id == criterionId)
            return &c;
    return nullptr;
}

Result<Rubric> Rubric::parse(const QByteArray &yaml, const QString &sourceName, std::vector<Error> *problems)
{
    std::vector<Error> found;
    RubricParser parser(sourceName, found);
    Rubric rubric;
    if (yaml.size() > maxBytes)
        found.push_back(Error::input(tr("%1 is larger than %2 bytes").arg(sourceName).arg(maxBytes)));
    else if (auto root = parser.parse(yaml))
        parser.readRubric(*root, rubric);
    return checkedResult(std::move(rubric), found, problems);
}

Result<Rubric> Rubric::load(const QString &path, std::vector<Error> *problems)
{
    auto bytes = readRegularFile(path, maxBytes);
    if (!bytes)
        return checkedResult(Rubric{}, {bytes.error()}, problems);
    return parse(*bytes, path, problems);
}

Result<std::vector<Rubric>> Rubric::loadFolder(const QString &folder, std::vector<Error> *problems)
{
    std::vector<Error> found;
    std::vector<Rubric> rubrics;
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    if (!dir.exists() || files.isEmpty())
        found.push_back(Error::input(tr("%1 holds no rubrics (*.yaml)").arg(folder)));
    for (const QString &name : files) {
        std::vector<Error> inFile;
        auto rubric = load(dir.filePath(name), &inFile);
        found.insert(found.end(), inFile.begin(), inFile.end());
        if (!rubric)
            continue;
        for (const Rubric &before : rubrics)
            if (before.id == rubric->id)
                found.push_back(Error::input(tr("the rubric id '%1' is used twice").arg(rubric->id), {},
                                             SourceLocation{dir.filePath(name), 1, 1}));
        rubrics.push_back(std::move(*rubric));
    }
    return checkedResult(std::move(rubrics), found, problems);
}

QString Rubric::shippedFolder()
{
    return dataDirectory() + QStringLiteral("/guidance/rubrics");
}

Json Rubric::judgeOutputSchema()
{
    return Json{{"type", "object"},
                {"properties", {{"score", {{"type", "integer"}}}, {"reason", {{"type", "string"}}}}},
                {"required", {"score", "reason"}},
                {"additionalProperties", false}};
}

} // namespace vv::validation
