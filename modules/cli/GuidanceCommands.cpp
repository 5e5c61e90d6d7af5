// guidance list | guidance check | answer | answers list | answers confirm | assess | requirements | requirement set
// | status

#include "cli/Args.h"
#include "cli/CommandRegistry.h"
#include "cli/Commands.h"
#include "core/Environment.h"
#include "core/Translation.h"
#include "guidance/Assessment.h"
#include "guidance/GuidanceLibrary.h"
#include "risk/RiskModel.h"
#include "monitoring/IncidentRules.h"
#include "store/AnswerTable.h"
#include "store/DeviationTable.h"
#include "store/RequirementStateTable.h"
#include "tracking/ProjectProgress.h"
#include "validation/Rubric.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTimeZone>

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
    Diagnostics diagnostics = GuidanceLibrary::check(path, &counts);
    // The incident-reporting rules beside the packs read the packs' facts, so they are checked once those load.
    const QString rulesFile = QDir(path).filePath(QStringLiteral("incident-reports.yaml"));
    if (diagnostics.isEmpty() && QFileInfo(path).isDir() && QFileInfo::exists(rulesFile)) {
        auto library = GuidanceLibrary::loadChecked(path);
        std::vector<Error> problems;
        if (library) {
            auto rules = monitoring::IncidentRulesReader::readFile(rulesFile, *library, &problems);
            if (!rules && problems.empty())
                problems.push_back(rules.error());
        }
        for (const Error &e : problems)
            diagnostics.add(e);
    }
    // The risk model beside the packs (default matrix, hazard categories) is checked with them.
    const QString riskModelFile = QDir(path).filePath(QStringLiteral("risk-model.yaml"));
    if (QFileInfo(path).isDir() && QFileInfo::exists(riskModelFile)) {
        std::vector<Error> problems;
        auto model = risk::RiskModelReader::readFile(riskModelFile, &problems);
        if (!model && problems.empty())
            problems.push_back(model.error());
        for (const Error &e : problems)
            diagnostics.add(e);
    }
    // The rating rubrics beside the packs (guidance/rubrics/*.yaml) are checked with them.
    const QString rubricsFolder = QDir(path).filePath(QStringLiteral("rubrics"));
    if (QFileInfo(path).isDir() && QFileInfo(rubricsFolder).isDir()) {
        std::vector<Error> problems;
        (void)validation::Rubric::loadFolder(rubricsFolder, &problems);
        for (const Error &e : problems)
            diagnostics.add(e);
    }
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
    } else if (diagnostics.isEmpty()) {
        ctx.line(tr("%1: no problems (%2 pack(s), %3 questions, %4 decisions, %5 requirements, %6 crosswalk links)")
                     .arg(path)
                     .arg(counts.packs)
                     .arg(counts.questions)
                     .arg(counts.decisions)
                     .arg(counts.requirements)
                     .arg(counts.crosswalkLinks));
    }
    return ctx.reportProblems(diagnostics.errors(), tr("%1: %n problem(s)", nullptr, int(diagnostics.size())).arg(path));
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
            for (const Question &q : p.questions) {
                ctx.line(QStringLiteral("    %1 = %2").arg(q.id, choicesText(q)));
                ctx.line(QStringLiteral("        ") + q.text.in(lang()));
                if (q.when)
                    ctx.line(tr("        asked when: %1").arg(library->readable(q.when->condition)));
            }
    }
    return 0;
}


// ---- commands on a project ----

/// What the project commands work on: the project, the installed packs, and the project's role.
struct GuidedProject {
    std::unique_ptr<ProjectStore> store;
    GuidanceLibrary library;
    Role role = Role::Both;
};

static Result<GuidedProject> openGuided(const QString &file, bool readOnly)
{
    auto library = GuidanceLibrary::loadShipped();
    if (!library)
        return library.error();
    auto store = ProjectStore::open(file, readOnly ? StoreOptions::readOnly() : StoreOptions());
    if (!store)
        return store.error();
    auto info = (*store)->info();
    if (!info)
        return info.error();
    GuidedProject p;
    p.store = std::move(*store);
    p.library = std::move(*library);
    p.role = roleFromName(roleToString(info->role)).value_or(Role::Both);
    return p;
}

static Result<Assessment> assessProject(GuidedProject &p)
{
    return tracking::assessProject(*p.store, p.library);
}

static int answer(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("from")).repeatable(QStringLiteral("expect-version"));
    if (auto s = a.parse(ctx.args(), 1, -1, ctx.usage()); !s)
        return ctx.fail(s.error());
    const QString file = a.positional()[0];
    const QStringList pairs = a.positional().mid(1);
    // --expect-version KEY=N: the row version the answer was read at (0: it had no answer), so that a change
    // based on a stale read is refused as a conflict (exit 4) instead of overwriting someone else's.
    std::map<QString, qint64> expected;
    for (const QString &e : a.values(QStringLiteral("expect-version"))) {
        const qsizetype eq = e.indexOf(QLatin1Char('='));
        bool ok = false;
        const qint64 version = eq > 0 ? e.mid(eq + 1).toLongLong(&ok) : -1;
        if (!ok || version < 0)
            return ctx.fail(usageError(tr("--expect-version takes KEY=VERSION, a whole number from "
                                          "'answers list --json' (0 when there was no answer)"),
                                       ctx.usage()));
        expected[e.left(eq)] = version;
    }
    if (pairs.isEmpty() && !a.has(QStringLiteral("from")))
        return ctx.fail(usageError(tr("give answers as KEY=VALUE or with --from ANSWERS.json"), ctx.usage()));
    auto project = openGuided(file, false);
    if (!project)
        return ctx.fail(project.error());
    const GuidanceLibrary &lib = project->library;

    // Every answer is checked before anything is stored: a bad one stores none of them.
    std::vector<Error> errors;
    std::map<QString, Json> values; // fact -> value (null: remove)
    if (a.has(QStringLiteral("from"))) {
        const QString from = a.value(QStringLiteral("from"));
        auto doc = readJsonFile(from, 1 << 20);
        if (!doc)
            return ctx.fail(doc.error());
        if (!doc->is_object())
            return ctx.fail(Error::input(tr("%1 must hold one JSON object of fact ids and answers").arg(from),
                                         tr("For example {\"system.is_ai\": true, \"org.role\": \"deployer\"}.")));
        for (auto it = doc->begin(); it != doc->end(); ++it) {
            const QString fact = fromStd(it.key());
            auto v = lib.parseAnswer(fact, it.value());
            if (!v)
                errors.push_back(v.error().prefixed(from));
            else
                values[fact] = *v ? (*v)->toJson() : Json(nullptr);
        }
    }
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            errors.push_back(usageError(tr("'%1' is not KEY=VALUE").arg(pair), ctx.usage()));
            continue;
        }
        const QString fact = pair.left(eq);
        auto v = lib.parseAnswerText(fact, pair.mid(eq + 1));
        if (!v)
            errors.push_back(v.error());
        else
            values[fact] = *v ? (*v)->toJson() : Json(nullptr);
    }
    if (!errors.empty())
        return ctx.failAll(errors);

    std::vector<AnswerChange> changes;
    for (const auto &[fact, value] : values) {
        const Pack *pack = lib.packOfFact(fact);
        AnswerChange change{fact, value, pack->id, pack->version};
        if (auto it = expected.find(fact); it != expected.end())
            change.expectedVersion = it->second;
        changes.push_back(std::move(change));
    }
    for (const auto &[fact, version] : expected)
        if (!values.count(fact))
            return ctx.fail(usageError(tr("--expect-version names %1, which is not answered here").arg(fact), ctx.usage()));
    // A null value removes an answer; the summary says so, counting only answers that were there to remove.
    AnswerTable answers(*project->store);
    int removed = 0;
    for (const AnswerChange &c : changes) {
        if (!c.value.is_null())
            continue;
        auto before = answers.find(c.factId);
        if (!before)
            return ctx.fail(before.error());
        removed += before->has_value() ? 1 : 0;
    }
    auto changed = answers.apply(changes);
    if (!changed)
        return ctx.fail(changed.error());
    removed = std::min(removed, *changed);
    const int stored = *changed - removed;
    if (ctx.json()) {
        Json list = Json::array();
        for (const AnswerChange &c : changes)
            list.push_back({{"fact", toStd(c.factId)}, {"value", c.value}, {"pack", toStd(c.packId)},
                            {"version", toStd(c.packVersion)}});
        ctx.printJson({{"changed", *changed}, {"stored", stored}, {"removed", removed}, {"answers", list}});
    } else {
        QStringList parts;
        if (stored > 0 || removed == 0)
            parts << tr("Stored %n answer(s)", nullptr, stored);
        if (removed > 0)
            parts << tr("Removed %n answer(s)", nullptr, removed);
        ctx.line(parts.join(QStringLiteral("; ")) +
                 (*changed < int(changes.size()) ? tr(" (%1 unchanged)").arg(int(changes.size()) - *changed) : QString()));
    }
    return 0;
}

static QString valueText(const std::optional<Value> &v)
{
    if (!v)
        return tr("unknown");
    if (v->isNull())
        return tr("not applicable");
    return v->display();
}

static int answersList(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto project = openGuided(a.positional()[0], true);
    if (!project)
        return ctx.fail(project.error());
    auto stored = AnswerTable(*project->store).all();
    if (!stored)
        return ctx.fail(stored.error());
    const Assessment assessment = assessStored(project->library, *stored, project->role);
    Json list = Json::array();
    for (const StoredAnswer &s : *stored) {
        const Pack *pack = project->library.packOfFact(s.factId);
        bool invalid = false;
        for (const ReviewItem &r : assessment.needsReview)
            invalid = invalid || (r.fact == s.factId && r.invalid);
        const bool review = invalid || !pack || pack->version != s.packVersion;
        const auto outcome = assessment.facts.find(s.factId);
        const bool used = outcome != assessment.facts.end() && outcome->second.origin == FactOrigin::Answered;
        if (ctx.json()) {
            list.push_back({{"fact", toStd(s.factId)},
                            {"value", s.value},
                            {"pack", toStd(s.packId)},
                            {"version", toStd(s.packVersion)},
                            {"current_version", pack ? Json(toStd(pack->version)) : Json(nullptr)},
                            {"needs_review", review},
                            {"invalid", invalid},
                            {"in_use", used},
                            {"answered_at", toStd(isoUtc(s.answeredAt))},
                            {"actor", toStd(s.actor)},
                            {"row_version", s.rowVersion}});
            continue;
        }
        QString flags;
        if (invalid)
            flags = tr("  [no longer valid: answer again]");
        else if (review)
            flags = tr("  [needs review: given under %1 %2, now %3]").arg(s.packId, s.packVersion,
                                                                           pack ? pack->version : tr("(gone)"));
        else if (!used)
            flags = tr("  [not asked for the current answers]");
        ctx.line(QStringLiteral("%1 = %2%3").arg(s.factId, fromStd(canonicalJson(s.value)), flags));
    }
    if (ctx.json())
        ctx.printJson({{"answers", list}});
    else if (stored->empty())
        ctx.line(tr("No answers yet. Answer with 'veiviser-cli answer FILE KEY=VALUE'."));
    return 0;
}

static int answersConfirm(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 1, -1, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto project = openGuided(a.positional()[0], false);
    if (!project)
        return ctx.fail(project.error());
    auto stored = AnswerTable(*project->store).all();
    if (!stored)
        return ctx.fail(stored.error());
    const Assessment assessment = assessStored(project->library, *stored, project->role);
    QStringList facts = a.positional().mid(1);
    if (facts.isEmpty())
        for (const ReviewItem &r : assessment.needsReview)
            facts << r.fact;
    std::vector<std::pair<QString, QString>> confirm;
    std::vector<Error> errors;
    for (const QString &fact : facts) {
        const auto it = std::find_if(assessment.needsReview.begin(), assessment.needsReview.end(),
                                     [&](const ReviewItem &r) { return r.fact == fact; });
        if (it != assessment.needsReview.end() && it->invalid) {
            errors.push_back(Error::input(tr("the answer to %1 is no longer valid and cannot be confirmed").arg(fact),
                                          tr("Answer it again with 'veiviser-cli answer'.")));
            continue;
        }
        const Pack *pack = project->library.packOfFact(fact);
        if (!pack) {
            errors.push_back(Error::input(tr("'%1' is not a question in the guidance packs").arg(fact)));
            continue;
        }
        confirm.emplace_back(fact, pack->version);
    }
    if (!errors.empty())
        return ctx.failAll(errors);
    auto n = AnswerTable(*project->store).confirm(confirm);
    if (!n)
        return ctx.fail(n.error());
    if (ctx.json())
        ctx.printJson({{"confirmed", *n}});
    else
        ctx.line(tr("Confirmed %n answer(s) under the current pack versions", nullptr, *n));
    return 0;
}

static void printTraceLines(CommandContext &ctx, const DecisionTrace &t)
{
    QString line = QStringLiteral("  %1 = %2").arg(t.fact, valueText(t.value));
    if (!t.needsReview.isEmpty())
        line += tr("  [needs review: %1]").arg(t.needsReview.join(QStringLiteral(", ")));
    ctx.line(line);
    if (!t.value) {
        ctx.line(tr("      missing: %1").arg(t.missing.join(QStringLiteral(", "))));
        return;
    }
    for (const TraceStep &s : t.steps) {
        if (s.result != Truth::True)
            continue;
        ctx.line(QStringLiteral("      ") + s.reason.in(lang()));
        for (const Source &src : s.sources)
            ctx.line(QStringLiteral("      — %1 <%2>").arg(src.citation.in(lang()), src.url));
    }
}

static int assess(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto project = openGuided(a.positional()[0], true);
    if (!project)
        return ctx.fail(project.error());
    auto assessment = assessProject(*project);
    if (!assessment)
        return ctx.fail(assessment.error());
    if (ctx.json()) {
        ctx.printJson(assessment->toJson());
        return 0;
    }
    for (const Pack &p : project->library.packs()) {
        bool any = false;
        for (const DecisionTrace &t : assessment->traces) {
            if (t.packId != p.id)
                continue;
            if (!any)
                ctx.line(QStringLiteral("%1 (%2 %3)").arg(p.title.in(lang()), p.id, p.version));
            any = true;
            printTraceLines(ctx, t);
        }
    }
    ctx.line(tr("Requirements for the role %1: %2 apply, %3 do not, %4 not yet known.")
                 .arg(roleName(assessment->role))
                 .arg(assessment->count(Applicability::Applies))
                 .arg(assessment->count(Applicability::DoesNotApply))
                 .arg(assessment->count(Applicability::Undetermined)));
    if (!assessment->missing.isEmpty())
        ctx.line(tr("Still needed: %1").arg(assessment->missing.join(QStringLiteral(", "))));
    for (const ReviewItem &r : assessment->needsReview)
        ctx.line(r.invalid ? tr("Answer again: %1 (no longer valid under %2 %3)").arg(r.fact, r.packId, r.currentVersion)
                           : tr("Review: %1 was answered under %2 %3, now %4").arg(r.fact, r.packId, r.answeredUnder,
                                                                                  r.currentVersion));
    return 0;
}

static const QStringList &statusFilters()
{
    static const QStringList list = {QStringLiteral("all"),          QStringLiteral("applicable"),
                                     QStringLiteral("not_started"),  QStringLiteral("in_progress"),
                                     QStringLiteral("met"),          QStringLiteral("not_applicable"),
                                     QStringLiteral("does_not_apply"), QStringLiteral("undetermined")};
    return list;
}

static int requirements(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("status"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    const QString filter = a.value(QStringLiteral("status"), QStringLiteral("all"));
    if (!statusFilters().contains(filter))
        return ctx.fail(usageError(tr("unknown status '%1'; allowed: %2").arg(filter, statusFilters().join(QStringLiteral(", "))),
                                   ctx.usage()));
    auto project = openGuided(a.positional()[0], true);
    if (!project)
        return ctx.fail(project.error());
    auto assessment = assessProject(*project);
    if (!assessment)
        return ctx.fail(assessment.error());
    auto states = RequirementStateTable(*project->store).all();
    if (!states)
        return ctx.fail(states.error());
    std::map<QString, RequirementState> byUrn;
    for (const RequirementState &s : *states)
        byUrn[s.urn] = s;

    Json list = Json::array();
    std::map<QString, int> counts;
    QList<QStringList> rows; // one requirement's lines each
    for (const RequirementApplicability &r : assessment->requirements) {
        const Requirement *req = project->library.requirement(r.urn);
        const Pack *pack = project->library.packOfRequirement(r.urn);
        std::optional<RequirementState> state;
        if (auto it = byUrn.find(r.urn); it != byUrn.end())
            state = it->second;
        const QString status = tracking::trackedStatusName(tracking::trackedStatus(r, state));
        ++counts[status];
        const bool wanted = filter == QStringLiteral("all") || filter == status ||
                            (filter == QStringLiteral("applicable") && r.state == Applicability::Applies);
        if (!wanted)
            continue;
        const bool stateReview = state && pack && state->packVersion != pack->version;
        if (ctx.json()) {
            Json also = Json::array();
            for (const CrosswalkLink *link : project->library.crosswalkFor(r.urn))
                for (const Ref &other : link->requirements)
                    if (other.id != r.urn && !also.contains(toStd(other.id)))
                        also.push_back(toStd(other.id));
            Json evidence = Json::array();
            for (const LocalizedText &e : req->evidenceExpected)
                evidence.push_back(e.toJson());
            Json item = r.toJson();
            item["status"] = toStd(status);
            item["title"] = req->title.toJson();
            item["agency"] = toStd(req->agency.id);
            item["evidence_expected"] = evidence;
            item["also_counts_for"] = also;
            item["state"] = nullptr;
            if (state)
                item["state"] = {{"status", toStd(requirementStatusName(state->status))},
                                 {"justification", toStd(state->justification)},
                                 {"owner", toStd(state->owner)},
                                 {"due_date", state->dueDate ? Json(toStd(state->dueDate->toString(Qt::ISODate)))
                                                             : Json(nullptr)},
                                 {"notes", toStd(state->notes)},
                                 {"version", toStd(state->packVersion)},
                                 {"needs_review", stateReview}};
            item["needs_review"] = !r.needsReview.isEmpty() || stateReview;
            item["review_facts"] = vv::toJson(r.needsReview);
            list.push_back(item);
            continue;
        }
        QStringList row{QStringLiteral("%1  %2  %3").arg(status.leftJustified(14), r.urn, req->title.in(lang()))};
        if (r.state != Applicability::Applies)
            row << QStringLiteral("      ") + r.reason(&project->library);
        if (r.state != Applicability::DoesNotApply)
            row << QStringLiteral("      ") + tr("applies from %1").arg(r.appliesFrom ? r.appliesFrom->text()
                                                                                  : tr("(not yet known)"));
        if (!r.needsReview.isEmpty() || stateReview)
            row << QStringLiteral("      ") + tr("needs review after a pack update");
        rows << row;
    }
    if (ctx.json()) {
        Json c = Json::object();
        for (const QString &s : statusFilters().mid(2))
            c[toStd(s)] = counts[s];
        ctx.printJson({{"role", toStd(roleName(assessment->role))}, {"requirements", list}, {"counts", c}});
        return 0;
    }
    for (const QStringList &row : rows)
        for (const QString &text : row)
            ctx.line(text);
    ctx.line(tr("%1 shown; %2 apply, %3 do not apply, %4 not yet known (role: %5)")
                 .arg(rows.size())
                 .arg(assessment->count(Applicability::Applies))
                 .arg(assessment->count(Applicability::DoesNotApply))
                 .arg(assessment->count(Applicability::Undetermined))
                 .arg(roleName(assessment->role)));
    return 0;
}

static int requirementSet(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("status")).option(QStringLiteral("owner")).option(QStringLiteral("due"))
        .option(QStringLiteral("notes")).option(QStringLiteral("justification"));
    if (auto s = a.parse(ctx.args(), 2, 2, ctx.usage()); !s)
        return ctx.fail(s.error());
    const QString urn = a.positional()[1];
    auto project = openGuided(a.positional()[0], false);
    if (!project)
        return ctx.fail(project.error());
    const Pack *pack = project->library.packOfRequirement(urn);
    if (!pack)
        return ctx.fail(Error::input(tr("'%1' is not a requirement in the guidance packs").arg(urn),
                                     tr("Run 'veiviser-cli requirements FILE' for the URNs.")));
    RequirementStateTable table(*project->store);
    auto existing = table.find(urn);
    if (!existing)
        return ctx.fail(existing.error());
    RequirementState state = existing->value_or(RequirementState{});
    state.urn = urn;
    if (a.has(QStringLiteral("status"))) {
        const auto status = requirementStatusFromName(a.value(QStringLiteral("status")));
        if (!status)
            return ctx.fail(usageError(tr("unknown status '%1'; allowed: not_started, in_progress, met, not_applicable")
                                           .arg(a.value(QStringLiteral("status"))),
                                       ctx.usage()));
        state.status = *status;
    }
    if (a.has(QStringLiteral("due"))) {
        const QString due = a.value(QStringLiteral("due"));
        const QDate d = QDate::fromString(due, Qt::ISODate);
        if (!due.isEmpty() && !d.isValid())
            return ctx.fail(usageError(tr("'%1' is not a date; write YYYY-MM-DD").arg(due), ctx.usage()));
        state.dueDate = due.isEmpty() ? std::nullopt : std::optional<QDate>(d);
    }
    if (a.has(QStringLiteral("owner")))
        state.owner = a.value(QStringLiteral("owner"));
    if (a.has(QStringLiteral("notes")))
        state.notes = a.value(QStringLiteral("notes"));
    if (a.has(QStringLiteral("justification")))
        state.justification = a.value(QStringLiteral("justification"));
    state.packId = pack->id;
    state.packVersion = pack->version;
    if (auto s = table.save(state); !s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson({{"urn", toStd(urn)}, {"status", toStd(requirementStatusName(state.status))}});
    else
        ctx.line(tr("%1 is now %2").arg(urn, requirementStatusName(state.status)));
    return 0;
}

static int status(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto project = openGuided(a.positional()[0], true);
    if (!project)
        return ctx.fail(project.error());
    auto info = project->store->info();
    if (!info)
        return ctx.fail(info.error());
    auto progress = tracking::ProjectProgress::compute(*project->store, project->library);
    if (!progress)
        return ctx.fail(progress.error());
    auto unsent = monitoring::reportsDue(*project->store, project->library,
                                         [&](const QString &id) { return progress->assessment.value(id); });
    if (!unsent)
        return ctx.fail(unsent.error());
    const auto *reports = &unsent->reports;
    if (ctx.json()) {
        Json doc = progress->toJson();
        doc["project"] = {{"name", toStd(info->name)},
                          {"system_version", toStd(info->systemVersion)},
                          {"role", toStd(roleToString(info->role))}};
        Json pending = Json::array();
        for (const auto &r : *reports) {
            Json item = incidentReportJson(r.status);
            item["incident"] = r.incident;
            item["deviation"] = r.deviation;
            pending.push_back(item);
        }
        doc["incident_reports"] = pending;
        ctx.printJson(doc);
        return 0;
    }
    const GuidanceLibrary &lib = project->library;
    const auto title = [&](const QString &urn) {
        const Requirement *r = lib.requirement(urn);
        return r ? r->title.in(lang()) : urn;
    };
    using tracking::TrackedStatus;
    const auto countsLine = [](const tracking::StatusCounts &c) {
        return tr("%1 of %2 done (%3 met, %4 not applicable); %5 in progress, %6 not started")
            .arg(c.done())
            .arg(c.applicable())
            .arg(c.count(TrackedStatus::Met))
            .arg(c.count(TrackedStatus::NotApplicable))
            .arg(c.count(TrackedStatus::InProgress))
            .arg(c.count(TrackedStatus::NotStarted));
    };
    ctx.line(tr("%1, system version %2 (%3), on %4")
                 .arg(info->name, info->systemVersion, roleToString(info->role),
                      progress->today.toString(Qt::ISODate)));
    ctx.line(tr("Requirements that apply: %1").arg(countsLine(progress->overall)));
    if (const int unknown = progress->overall.count(TrackedStatus::Undetermined); unknown > 0)
        ctx.line(tr("Not yet known whether they apply: %1 (answer the questions still needed)").arg(unknown));
    for (const tracking::PackProgress &p : progress->packs) {
        const Pack *pack = lib.pack(p.packId);
        ctx.line(QStringLiteral("  %1  %2").arg((pack ? pack->title.in(lang()) : p.packId).leftJustified(36),
                                               countsLine(p.counts)));
    }
    const auto due = progress->dueOrOverdue();
    ctx.line(due.empty() ? tr("Nothing is due within %1 days.").arg(tracking::ProjectProgress::soonDays)
                         : tr("Due or overdue:"));
    for (const tracking::RequirementProgress *r : due) {
        // Without the team's due date, the row is there because the requirement starts to apply soon.
        const QString when = r->deadline == tracking::Deadline::Overdue ? tr("overdue")
                           : r->dueDate()                               ? tr("due")
                                                                        : tr("applies");
        QString row = QStringLiteral("  %1 %2  %3  %4")
                          .arg(when.leftJustified(8), r->deadlineDate(progress->today)->toString(Qt::ISODate), r->urn,
                               title(r->urn));
        if (r->state && !r->state->owner.isEmpty())
            row += QStringLiteral(" (%1)").arg(r->state->owner);
        ctx.line(row);
    }
    const auto review = progress->needingReview();
    if (!review.empty()) {
        ctx.line(tr("Needs review after a pack update:"));
        for (const tracking::RequirementProgress *r : review)
            ctx.line(QStringLiteral("  %1  %2").arg(r->urn, title(r->urn)));
    }
    int lacking = 0;
    for (const tracking::RequirementProgress &r : progress->requirements)
        lacking += r.lacksEvidence() ? 1 : 0;
    ctx.line(tr("Requirements without evidence: %1").arg(lacking));
    if (progress->staleEvidence.empty())
        ctx.line(tr("No stale evidence."));
    for (const evidence::EvidenceStatus &e : progress->staleEvidence)
        ctx.line(tr("Stale evidence: %1 (%2)")
                     .arg(e.item.title, e.staleness.expired ? tr("expired %1").arg(e.item.expiryDate.toString(Qt::ISODate))
                                                            : tr("concerns system version %1").arg(e.item.systemVersion)));
    if (!progress->assessment.missing.isEmpty())
        ctx.line(tr("Still needed: %1").arg(progress->assessment.missing.join(QStringLiteral(", "))));
    if (!reports->empty()) {
        ctx.line(tr("Incident reports not yet sent:"));
        for (const auto &r : *reports)
            ctx.line(tr("  incident %1: %2").arg(r.incident).arg(incidentReportLine(r.status)));
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
    registry.add({QStringLiteral("answer")}, QStringLiteral("FILE KEY=VALUE... [--expect-version KEY=N]... | FILE --from ANSWERS.json"),
        QT_TRANSLATE_NOOP("vv::cli", "Answer guidance questions (KEY= removes an answer; multi values are comma-separated); all or none are stored."),
        answer);
    registry.add({QStringLiteral("answers"), QStringLiteral("list")}, QStringLiteral("FILE"),
        QT_TRANSLATE_NOOP("vv::cli", "List the stored answers, flagging those that need review after a pack update."),
        answersList);
    registry.add({QStringLiteral("answers"), QStringLiteral("confirm")}, QStringLiteral("FILE [KEY...]"),
        QT_TRANSLATE_NOOP("vv::cli", "Confirm answers under the current pack versions (all that need review when no KEY is given)."),
        answersConfirm);
    registry.add({QStringLiteral("assess")}, QStringLiteral("FILE"),
        QT_TRANSLATE_NOOP("vv::cli", "Classify the system under each regime from the answers, with the reasons and what is missing."),
        assess);
    registry.add({QStringLiteral("requirements")}, QStringLiteral("FILE [--status STATUS]"),
        QT_TRANSLATE_NOOP("vv::cli", "List the requirements with their status: does_not_apply, undetermined, not_started, in_progress, met, not_applicable (or applicable, all)."),
        requirements);
    registry.add({QStringLiteral("requirement"), QStringLiteral("set")},
        QStringLiteral("FILE URN [--status STATUS] [--owner O] [--due YYYY-MM-DD] [--notes N] [--justification J]"),
        QT_TRANSLATE_NOOP("vv::cli", "Record the team's state of a requirement (not_applicable needs --justification)."),
        requirementSet);
    registry.add({QStringLiteral("status")}, QStringLiteral("FILE"),
        QT_TRANSLATE_NOOP("vv::cli", "Show the progress on the requirements per pack, what is due or overdue, what needs review and stale evidence."),
        status);
}

} // namespace vv::cli
