// guidance list | guidance check | answer | answers list | answers confirm | assess | requirements

#include "cli/Args.h"
#include "cli/CommandRegistry.h"
#include "cli/Commands.h"
#include "core/Environment.h"
#include "core/Translation.h"
#include "guidance/Assessment.h"
#include "guidance/GuidanceLibrary.h"

namespace vv::cli {

using namespace vv::guidance;

static QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("vv::cli", text, disambiguation, n);
}

static QString lang()
{
    return Translation::current();
}

static Json errorJson(const Error &e)
{
    return {{"file", toStd(e.where().file)},
            {"line", e.where().line},
            {"column", e.where().column},
            {"message", toStd(e.what())},
            {"hint", toStd(e.hint())},
            {"text", toStd(e.toString())}};
}

static int guidanceCheck(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    const QString path = a.positional()[0];
    PackCounts counts;
    const Diagnostics diagnostics = GuidanceLibrary::check(path, &counts);
    if (ctx.json()) {
        Json errors = Json::array();
        for (const Error &e : diagnostics.errors())
            errors.push_back(errorJson(e));
        ctx.printJson({{"path", toStd(path)},
                       {"ok", diagnostics.isEmpty()},
                       {"errors", errors},
                       {"counts",
                        {{"packs", counts.packs},
                         {"questions", counts.questions},
                         {"decisions", counts.decisions},
                         {"requirements", counts.requirements},
                         {"crosswalk_links", counts.crosswalkLinks}}}});
    } else {
        for (const Error &e : diagnostics.errors())
            ctx.err() << e.toString() << Qt::endl;
        if (diagnostics.isEmpty())
            ctx.line(tr("%1: no problems (%2 pack(s), %3 questions, %4 decisions, %5 requirements, %6 crosswalk links)")
                         .arg(path)
                         .arg(counts.packs)
                         .arg(counts.questions)
                         .arg(counts.decisions)
                         .arg(counts.requirements)
                         .arg(counts.crosswalkLinks));
        else
            ctx.line(tr("%1: %n problem(s)", nullptr, int(diagnostics.size())).arg(path));
    }
    return diagnostics.isEmpty() ? 0 : 2;
}

static QString choicesText(const Question &q)
{
    if (q.type == FactType::Bool)
        return QStringLiteral("true | false");
    QStringList values;
    for (const Choice &c : q.choices)
        values << c.value;
    if (q.type == FactType::Multi)
        return QStringLiteral("[") + values.join(QStringLiteral(", ")) + QStringLiteral("]");
    if (q.type == FactType::Choice)
        return values.join(QStringLiteral(" | "));
    return factTypeName(q.type);
}

static Json questionJson(const Question &q, const QString &packId)
{
    Json choices = Json::array();
    for (const Choice &c : q.choices)
        choices.push_back({{"value", toStd(c.value)}, {"label", c.label.toJson()}});
    Json j = {{"id", toStd(q.id)},       {"pack", toStd(packId)},   {"type", toStd(factTypeName(q.type))},
              {"text", q.text.toJson()}, {"choices", choices},      {"section", toStd(q.section.id)}};
    j["help"] = q.help.isEmpty() ? Json(nullptr) : q.help.toJson();
    j["when"] = q.when ? Json(toStd(q.when->condition.text())) : Json(nullptr);
    return j;
}

static int guidanceList(CommandContext &ctx)
{
    Args a;
    a.flag(QStringLiteral("questions"));
    if (auto s = a.parse(ctx.args(), 0, 0, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto library = GuidanceLibrary::loadShipped();
    if (!library)
        return ctx.fail(library.error());
    const bool questions = a.has(QStringLiteral("questions"));
    if (ctx.json()) {
        Json packs = Json::array();
        for (const Pack &p : library->packs()) {
            Json qs = Json::array();
            if (questions)
                for (const Question &q : p.questions)
                    qs.push_back(questionJson(q, p.id));
            Json item = {{"id", toStd(p.id)},
                         {"version", toStd(p.version)},
                         {"title", p.title.toJson()},
                         {"summary", p.summary.toJson()},
                         {"agencies", vv::toJson(refIds(p.agencies))},
                         {"depends_on", vv::toJson(refIds(p.dependsOn))},
                         {"effective",
                          {{"eu", toStd(p.effectiveEu.toString(Qt::ISODate))},
                           {"no", p.effectiveNo ? Json(toStd(p.effectiveNo->toString(Qt::ISODate))) : Json(nullptr)}}},
                         {"counts",
                          {{"questions", p.questions.size()},
                           {"decisions", p.decisions.size()},
                           {"requirements", p.requirements.size()}}}};
            if (questions)
                item["questions"] = qs;
            packs.push_back(item);
        }
        ctx.printJson({{"data_dir", toStd(dataDirectory())}, {"packs", packs},
                       {"crosswalk_links", library->crosswalk().size()}});
        return 0;
    }
    for (const Pack &p : library->packs()) {
        ctx.line(QStringLiteral("%1 %2  %3").arg(p.id, p.version, p.title.in(lang())));
        ctx.line(tr("    %1 questions, %2 decisions, %3 requirements; in force in the EU %4, in Norway %5")
                     .arg(p.questions.size())
                     .arg(p.decisions.size())
                     .arg(p.requirements.size())
                     .arg(p.effectiveEu.toString(Qt::ISODate),
                          p.effectiveNo ? p.effectiveNo->toString(Qt::ISODate) : tr("not yet")));
        if (questions)
            for (const Question &q : p.questions)
                ctx.line(QStringLiteral("    %1 = %2\n        %3").arg(q.id, choicesText(q), q.text.in(lang())));
    }
    return 0;
}

void registerGuidanceCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("guidance"), QStringLiteral("list")}, QStringLiteral("[--questions]"),
        QT_TRANSLATE_NOOP("vv::cli", "List the installed guidance packs (with --questions: every question and its allowed answers)."),
        guidanceList);
    registry.add({QStringLiteral("guidance"), QStringLiteral("check")}, QStringLiteral("PATH"),
        QT_TRANSLATE_NOOP("vv::cli", "Check a guidance pack folder or the whole guidance folder; exit 2 listing every problem as FILE:LINE:COL."),
        guidanceCheck);
}

} // namespace vv::cli
