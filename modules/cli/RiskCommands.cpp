// risk matrix | hazard add|list|show|set|remove | control add|set|remove | trace | pccp plan|check|checks

#include "cli/Args.h"
#include "cli/CommandRegistry.h"
#include "cli/Commands.h"
#include "cli/RowCommands.h"
#include "core/RegularFile.h"
#include "guidance/GuidanceLibrary.h"
#include "risk/RiskFile.h"
#include "store/ProjectStore.h"
#include "tracking/ChangeControl.h"
#include "tracking/GuidanceRequirementCatalog.h"
#include "tracking/ProjectTrace.h"

namespace vv::cli {

using namespace vv::risk;

static QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("vv::cli", text, disambiguation, n);
}

static Json optionalLevel(const std::optional<int> &level)
{
    return level ? Json(*level) : Json(nullptr);
}

static Json strings(const QStringList &list)
{
    Json out = Json::array();
    for (const QString &s : list)
        out.push_back(toStd(s));
    return out;
}

static QString regionName(const RiskMatrix &matrix, int severity, int probability)
{
    const RiskRegion *r = matrix.region(severity, probability);
    return r ? r->name.current() : QStringLiteral("?");
}

static Json hazardJson(const Hazard &h, const RiskMatrix &matrix, const std::vector<RiskControl> &controls)
{
    const RiskRegion *initial = matrix.region(h.severity, h.probability);
    const RiskRegion *residual =
        h.residualSeverity ? matrix.region(*h.residualSeverity, *h.residualProbability) : nullptr;
    Json controlIds = Json::array();
    for (const RiskControl &c : controls)
        if (c.hazardId == h.id)
            controlIds.push_back(c.id);
    return Json{{"id", h.id},
                {"ref", toStd(h.ref)},
                {"category", toStd(h.category)},
                {"hazard", toStd(h.hazard)},
                {"situation", toStd(h.situation)},
                {"sequence", toStd(h.sequence)},
                {"harm", toStd(h.harm)},
                {"severity", h.severity},
                {"probability", h.probability},
                {"region", initial ? Json(toStd(initial->id)) : Json(nullptr)},
                {"residual_severity", optionalLevel(h.residualSeverity)},
                {"residual_probability", optionalLevel(h.residualProbability)},
                {"residual_region", residual ? Json(toStd(residual->id)) : Json(nullptr)},
                {"residual_acceptable", residual ? Json(residual->acceptable) : Json(nullptr)},
                {"requirements", strings(h.requirements)},
                {"controls", controlIds},
                {"row_version", h.rowVersion.value_or(0)}};
}

static Json controlJson(const RiskControl &c)
{
    Json verifications = Json::array();
    for (const Verification &v : c.verifications)
        verifications.push_back(Json{{"kind", toStd(v.kind)}, {"ref", toStd(v.ref)}});
    return Json{{"id", c.id},
                {"hazard", c.hazardId},
                {"type", toStd(c.type)},
                {"description", toStd(c.description)},
                {"requirements", strings(c.requirements)},
                {"verifications", verifications},
                {"new_hazards", strings(c.newHazards)},
                {"row_version", c.rowVersion.value_or(0)}};
}

/// The project opened with its packs and risk file, for every risk command.
struct OpenedRiskFile {
    std::unique_ptr<ProjectStore> project;
    /// On the heap: the file keeps a pointer to it, which must survive this struct being moved out of the Result.
    std::unique_ptr<guidance::GuidanceLibrary> library;
    std::optional<RiskFile> file;
};

static Result<OpenedRiskFile> openRiskFile(const QString &path, bool change)
{
    OpenedRiskFile out;
    auto project = openProjectRows(path, change);
    if (!project)
        return project.error();
    out.project = std::move(*project);
    auto library = guidance::GuidanceLibrary::loadShipped();
    if (!library)
        return library.error();
    out.library = std::make_unique<guidance::GuidanceLibrary>(std::move(*library));
    auto file = RiskFile::open(*out.project, *out.library);
    if (!file)
        return file.error();
    out.file.emplace(std::move(*file));
    return out;
}

// "3,2" -> (3, 2)
static Result<std::pair<int, int>> levelsFrom(const QString &text, const QString &option, const QString &usage)
{
    const QStringList parts = text.split(QLatin1Char(','));
    bool ok1 = false, ok2 = false;
    const int s = parts.value(0).toInt(&ok1);
    const int p = parts.value(1).toInt(&ok2);
    if (parts.size() != 2 || !ok1 || !ok2)
        return usageError(tr("--%1 takes SEVERITY,PROBABILITY as two numbers, such as 4,2").arg(option), usage);
    return std::pair{s, p};
}

static const std::pair<const char *, QString Hazard::*> hazardTexts[] = {
    {"ref", &Hazard::ref},         {"category", &Hazard::category}, {"hazard", &Hazard::hazard},
    {"situation", &Hazard::situation}, {"sequence", &Hazard::sequence}, {"harm", &Hazard::harm},
};

static Args hazardArgs()
{
    Args a;
    for (const auto &[option, field] : hazardTexts)
        a.option(QString::fromLatin1(option));
    a.option(QStringLiteral("initial")).option(QStringLiteral("residual")).option(QStringLiteral("expect-version"));
    a.repeatable(QStringLiteral("requirement"));
    return a;
}

static Status applyHazardArgs(const Args &a, Hazard &h, const QString &usage)
{
    for (const auto &[option, field] : hazardTexts)
        if (a.has(QString::fromLatin1(option)))
            h.*field = a.value(QString::fromLatin1(option));
    if (a.has(QStringLiteral("initial"))) {
        auto levels = levelsFrom(a.value(QStringLiteral("initial")), QStringLiteral("initial"), usage);
        if (!levels)
            return levels.error();
        std::tie(h.severity, h.probability) = *levels;
    }
    if (a.has(QStringLiteral("residual"))) {
        if (a.value(QStringLiteral("residual")) == QStringLiteral("none")) {
            h.residualSeverity.reset();
            h.residualProbability.reset();
        } else {
            auto levels = levelsFrom(a.value(QStringLiteral("residual")), QStringLiteral("residual"), usage);
            if (!levels)
                return levels.error();
            h.residualSeverity = levels->first;
            h.residualProbability = levels->second;
        }
    }
    for (const QString &urn : a.values(QStringLiteral("requirement")))
        if (!h.requirements.contains(urn))
            h.requirements << urn;
    return {};
}

static int hazardAdd(CommandContext &ctx)
{
    Args a = hazardArgs();
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    for (const char *required : {"ref", "hazard", "harm", "initial"})
        if (!a.has(QString::fromLatin1(required)))
            return ctx.fail(usageError(tr("--%1 is required").arg(QString::fromLatin1(required)), ctx.usage()));
    auto opened = openRiskFile(a.positional()[0], true);
    if (!opened)
        return ctx.fail(opened.error());
    Hazard h;
    h.category = QStringLiteral("other");
    if (auto s = applyHazardArgs(a, h, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto id = opened->file->addHazard(h);
    if (!id)
        return ctx.fail(id.error());
    if (ctx.json())
        ctx.printJson(Json{{"id", *id}, {"ref", toStd(h.ref)}});
    else
        ctx.line(tr("Added hazard %1 (%2).").arg(h.ref).arg(*id));
    return 0;
}

static int hazardList(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto opened = openRiskFile(a.positional()[0], false);
    if (!opened)
        return ctx.fail(opened.error());
    auto hazards = opened->file->table().hazards();
    auto controls = opened->file->table().controls();
    if (!hazards)
        return ctx.fail(hazards.error());
    if (!controls)
        return ctx.fail(controls.error());
    const RiskMatrix &matrix = opened->file->matrix();
    if (ctx.json()) {
        Json list = Json::array();
        for (const Hazard &h : *hazards)
            list.push_back(hazardJson(h, matrix, *controls));
        ctx.printJson(Json{{"hazards", list}, {"own_matrix", opened->file->ownMatrix()}});
        return 0;
    }
    if (hazards->empty())
        ctx.line(tr("No hazards."));
    for (const Hazard &h : *hazards)
        ctx.line(tr("%1  %2  %3 → %4  %5")
                     .arg(h.ref, h.category, regionName(matrix, h.severity, h.probability),
                          h.residualSeverity ? regionName(matrix, *h.residualSeverity, *h.residualProbability)
                                             : tr("not estimated"),
                          h.hazard));
    return 0;
}

static int hazardShow(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 2, 2, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto opened = openRiskFile(a.positional()[0], false);
    if (!opened)
        return ctx.fail(opened.error());
    RiskTable table = opened->file->table();
    auto h = table.hazardByRef(a.positional()[1]);
    auto controls = table.controls();
    if (!h)
        return ctx.fail(h.error());
    if (!controls)
        return ctx.fail(controls.error());
    const RiskMatrix &matrix = opened->file->matrix();
    if (ctx.json()) {
        Json doc = hazardJson(*h, matrix, *controls);
        Json list = Json::array();
        for (const RiskControl &c : *controls)
            if (c.hazardId == h->id)
                list.push_back(controlJson(c));
        doc["controls"] = list;
        ctx.printJson(doc);
        return 0;
    }
    ctx.line(tr("Hazard %1 (%2, version %3)").arg(h->ref, h->category).arg(h->rowVersion.value_or(0)));
    const std::pair<QString, QString> rows[] = {
        {tr("Hazard"), h->hazard},
        {tr("Hazardous situation"), h->situation},
        {tr("Sequence of events"), h->sequence},
        {tr("Harm"), h->harm},
        {tr("Initial risk"), tr("severity %1, probability %2: %3")
                                 .arg(h->severity)
                                 .arg(h->probability)
                                 .arg(regionName(matrix, h->severity, h->probability))},
        {tr("Residual risk"), h->residualSeverity ? tr("severity %1, probability %2: %3")
                                                        .arg(*h->residualSeverity)
                                                        .arg(*h->residualProbability)
                                                        .arg(regionName(matrix, *h->residualSeverity,
                                                                        *h->residualProbability))
                                                  : tr("not estimated")},
        {tr("Requirements"), h->requirements.join(QStringLiteral(", "))},
    };
    for (const auto &[label, value] : rows)
        ctx.line(QStringLiteral("%1: %2").arg(label, value.isEmpty() ? QStringLiteral("–") : value));
    for (const RiskControl &c : *controls) {
        if (c.hazardId != h->id)
            continue;
        QStringList verified;
        for (const Verification &v : c.verifications)
            verified << QStringLiteral("%1 %2").arg(v.kind, v.ref);
        ctx.line(tr("Control %1 (%2): %3; verified by %4")
                     .arg(c.id)
                     .arg(c.type, c.description,
                          verified.isEmpty() ? tr("nothing yet") : verified.join(QStringLiteral(", "))));
    }
    return 0;
}

static int hazardSet(CommandContext &ctx)
{
    Args a = hazardArgs();
    if (auto s = a.parse(ctx.args(), 2, 2, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto expected = expectedVersion(a, ctx.usage());
    if (!expected)
        return ctx.fail(expected.error());
    auto opened = openRiskFile(a.positional()[0], true);
    if (!opened)
        return ctx.fail(opened.error());
    auto h = opened->file->table().hazardByRef(a.positional()[1]);
    if (!h)
        return ctx.fail(h.error());
    if (auto s = applyHazardArgs(a, *h, ctx.usage()); !s)
        return ctx.fail(s.error());
    h->rowVersion = *expected;
    if (auto s = opened->file->saveHazard(*h); !s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(Json{{"id", h->id}, {"saved", true}});
    else
        ctx.line(tr("Saved hazard %1.").arg(h->ref));
    return 0;
}

static int hazardRemove(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("expect-version"));
    if (auto s = a.parse(ctx.args(), 2, 2, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto expected = expectedVersion(a, ctx.usage());
    if (!expected)
        return ctx.fail(expected.error());
    auto project = openProjectRows(a.positional()[0], true);
    if (!project)
        return ctx.fail(project.error());
    RiskTable table(**project);
    auto h = table.hazardByRef(a.positional()[1]);
    if (!h)
        return ctx.fail(h.error());
    if (auto s = table.removeHazard(h->id, *expected); !s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(Json{{"id", h->id}, {"removed", true}});
    else
        ctx.line(tr("Removed hazard %1.").arg(h->ref));
    return 0;
}

static Args controlArgs()
{
    Args a;
    a.option(QStringLiteral("hazard")).option(QStringLiteral("type")).option(QStringLiteral("description"));
    a.option(QStringLiteral("expect-version"));
    a.repeatable(QStringLiteral("requirement")).repeatable(QStringLiteral("test-run"));
    a.repeatable(QStringLiteral("evidence")).repeatable(QStringLiteral("monitoring"));
    a.repeatable(QStringLiteral("new-hazard")).repeatable(QStringLiteral("unverify"));
    return a;
}

static Status applyControlArgs(const Args &a, RiskTable &table, RiskControl &c)
{
    if (a.has(QStringLiteral("hazard"))) {
        auto h = table.hazardByRef(a.value(QStringLiteral("hazard")));
        if (!h)
            return h.error();
        c.hazardId = h->id;
    }
    if (a.has(QStringLiteral("type")))
        c.type = a.value(QStringLiteral("type"));
    if (a.has(QStringLiteral("description")))
        c.description = a.value(QStringLiteral("description"));
    for (const QString &urn : a.values(QStringLiteral("requirement")))
        if (!c.requirements.contains(urn))
            c.requirements << urn;
    const std::pair<const char *, const char *> kinds[] = {
        {"test-run", "test_run"}, {"evidence", "evidence"}, {"monitoring", "monitoring"}};
    for (const auto &[option, kind] : kinds)
        for (const QString &ref : a.values(QString::fromLatin1(option))) {
            const Verification v{QString::fromLatin1(kind), ref};
            if (std::find(c.verifications.begin(), c.verifications.end(), v) == c.verifications.end())
                c.verifications.push_back(v);
        }
    // --unverify KIND:REF takes a verification away again.
    for (const QString &pair : a.values(QStringLiteral("unverify"))) {
        const Verification v{pair.section(QLatin1Char(':'), 0, 0), pair.section(QLatin1Char(':'), 1)};
        std::erase(c.verifications, v);
    }
    for (const QString &ref : a.values(QStringLiteral("new-hazard")))
        if (!c.newHazards.contains(ref))
            c.newHazards << ref;
    return {};
}

static int controlAdd(CommandContext &ctx)
{
    Args a = controlArgs();
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    for (const char *required : {"hazard", "description"})
        if (!a.has(QString::fromLatin1(required)))
            return ctx.fail(usageError(tr("--%1 is required").arg(QString::fromLatin1(required)), ctx.usage()));
    auto opened = openRiskFile(a.positional()[0], true);
    if (!opened)
        return ctx.fail(opened.error());
    RiskTable table = opened->file->table();
    RiskControl c;
    if (auto s = applyControlArgs(a, table, c); !s)
        return ctx.fail(s.error());
    auto id = opened->file->addControl(c);
    if (!id)
        return ctx.fail(id.error());
    if (ctx.json())
        ctx.printJson(Json{{"id", *id}});
    else
        ctx.line(tr("Added risk control %1.").arg(*id));
    return 0;
}

static int controlSet(CommandContext &ctx)
{
    Args a = controlArgs();
    if (auto s = a.parse(ctx.args(), 2, 2, ctx.usage()); !s)
        return ctx.fail(s.error());
    const auto id = rowIdFrom(a.positional()[1]);
    if (!id)
        return ctx.fail(usageError(tr("the control's id is a number"), ctx.usage()));
    auto expected = expectedVersion(a, ctx.usage());
    if (!expected)
        return ctx.fail(expected.error());
    auto opened = openRiskFile(a.positional()[0], true);
    if (!opened)
        return ctx.fail(opened.error());
    RiskTable table = opened->file->table();
    auto c = table.control(*id);
    if (!c)
        return ctx.fail(c.error());
    if (auto s = applyControlArgs(a, table, *c); !s)
        return ctx.fail(s.error());
    c->rowVersion = *expected;
    if (auto s = opened->file->saveControl(*c); !s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(Json{{"id", *id}, {"saved", true}});
    else
        ctx.line(tr("Saved risk control %1.").arg(*id));
    return 0;
}

static int controlRemove(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("expect-version"));
    auto change = rowChange(ctx, a, tr("the control's id is a number"));
    if (!change)
        return ctx.fail(change.error());
    if (auto s = RiskTable(*change->project).removeControl(change->id, change->expected); !s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(Json{{"id", change->id}, {"removed", true}});
    else
        ctx.line(tr("Removed risk control %1.").arg(change->id));
    return 0;
}

static int riskMatrix(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("from"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    const bool store = a.has(QStringLiteral("from"));
    auto opened = openRiskFile(a.positional()[0], store);
    if (!opened)
        return ctx.fail(opened.error());
    if (store) {
        const QString path = a.value(QStringLiteral("from"));
        auto text = readRegularFile(path, RiskModelReader::maxFileBytes);
        if (!text)
            return ctx.fail(text.error());
        std::vector<Error> problems;
        auto matrix = RiskModelReader::readMatrix(*text, path, &problems);
        if (!matrix)
            return ctx.failAll(problems);
        auto version = opened->file->storeMatrix(*matrix);
        if (!version)
            return ctx.fail(version.error());
        if (ctx.json())
            ctx.printJson(Json{{"version", *version}, {"matrix", matrix->toJson()}});
        else
            ctx.line(tr("Stored the project's risk matrix, version %1.").arg(*version));
        return 0;
    }
    const RiskMatrix &m = opened->file->matrix();
    if (ctx.json()) {
        ctx.printJson(Json{{"own_matrix", opened->file->ownMatrix()}, {"matrix", m.toJson()}});
        return 0;
    }
    ctx.line(opened->file->ownMatrix() ? tr("The project's own risk matrix:") : tr("The default risk matrix:"));
    for (std::size_t s = m.severity.size(); s >= 1; --s) {
        QStringList cells;
        for (std::size_t p = 1; p <= m.probability.size(); ++p)
            cells << regionName(m, int(s), int(p));
        ctx.line(QStringLiteral("%1 %2: %3").arg(s).arg(m.severity[s - 1].name.current(), cells.join(QStringLiteral(" | "))));
    }
    return 0;
}

static int trace(CommandContext &ctx)
{
    Args a;
    a.flag(QStringLiteral("gaps"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto project = openProjectRows(a.positional()[0], false);
    if (!project)
        return ctx.fail(project.error());
    auto library = guidance::GuidanceLibrary::loadShipped();
    if (!library)
        return ctx.fail(library.error());
    auto matrix = tracking::projectTrace(**project, *library);
    if (!matrix)
        return ctx.fail(matrix.error());
    const bool onlyGaps = a.has(QStringLiteral("gaps"));
    if (ctx.json()) {
        ctx.printJson(matrix->toJson(onlyGaps));
    } else {
        for (const TraceRow &r : matrix->rows) {
            if (onlyGaps && r.ok())
                continue;
            QStringList gaps;
            for (TraceGap g : r.gaps)
                gaps << traceGapText(g);
            const QString verification =
                r.verification ? QStringLiteral("%1 %2").arg(r.verification->kind, r.verification->ref) : QString();
            ctx.line(QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6")
                         .arg(r.requirements.join(QStringLiteral(", ")),
                              r.hazardRef.isEmpty() ? QStringLiteral("–") : r.hazardRef,
                              r.controlId ? QString::number(r.controlId) : QStringLiteral("–"),
                              verification.isEmpty() ? QStringLiteral("–") : verification,
                              r.evidenceId ? QString::number(*r.evidenceId) : QStringLiteral("–"),
                              r.ok() ? tr("ok") : gaps.join(QStringLiteral(", "))));
        }
        ctx.line(tr("%n gap(s).", nullptr, matrix->gaps()));
    }
    return matrix->gaps() > 0 ? 1 : 0;
}

static int pccpPlan(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("from"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    const bool store = a.has(QStringLiteral("from"));
    auto project = openProjectRows(a.positional()[0], store);
    if (!project)
        return ctx.fail(project.error());
    if (!store) {
        auto stored = RiskTable(**project).changePlan();
        if (!stored)
            return ctx.fail(stored.error());
        if (!*stored)
            return ctx.fail(Error::input(tr("the project has no change control plan"),
                                         tr("Store one with --from PLAN.yaml (docs/risk.md).")));
        if (ctx.json()) {
            ctx.printJson(Json{{"version", (*stored)->version},
                               {"stored", toStd(isoUtc((*stored)->createdAt))},
                               {"actor", toStd((*stored)->createdBy)},
                               {"plan", (*stored)->plan}});
            return 0;
        }
        ctx.line(tr("Change control plan version %1, stored %2 by %3:")
                     .arg((*stored)->version)
                     .arg(isoUtc((*stored)->createdAt), (*stored)->createdBy));
        ctx.out() << QString::fromUtf8((*stored)->yaml);
        if (!(*stored)->yaml.endsWith('\n'))
            ctx.out() << Qt::endl;
        return 0;
    }
    auto library = guidance::GuidanceLibrary::loadShipped();
    if (!library)
        return ctx.fail(library.error());
    const QString path = a.value(QStringLiteral("from"));
    auto text = readRegularFile(path, ChangePlanReader::maxFileBytes);
    if (!text)
        return ctx.fail(text.error());
    std::vector<Error> problems;
    auto version = tracking::ChangeControl::storePlan(**project, *library, *text, path, &problems);
    if (!version)
        return problems.empty() ? ctx.fail(version.error()) : ctx.failAll(problems);
    if (ctx.json())
        ctx.printJson(Json{{"version", *version}});
    else
        ctx.line(tr("Stored change control plan version %1.").arg(*version));
    return 0;
}

static int pccpCheck(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("modification")).option(QStringLiteral("run"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    const auto runId = rowIdFrom(a.value(QStringLiteral("run")));
    if (!a.has(QStringLiteral("modification")) || !runId)
        return ctx.fail(usageError(tr("--modification ID and --run RUN_ID are required"), ctx.usage()));
    auto project = openProjectRows(a.positional()[0], true);
    if (!project)
        return ctx.fail(project.error());
    // Evidence links are checked against the installed packs, as `evidence add` checks them.
    (void)tracking::installShippedRequirementCatalog();
    auto record = tracking::ChangeControl::check(**project, a.value(QStringLiteral("modification")), *runId);
    if (!record)
        return ctx.fail(record.error());
    if (ctx.json()) {
        Json doc = record->result.toJson();
        doc["check"] = record->checkId;
        doc["plan_version"] = record->planVersion;
        doc["evidence"] = record->evidenceId ? Json(*record->evidenceId) : Json(nullptr);
        doc["deviation"] = record->deviationId ? Json(*record->deviationId) : Json(nullptr);
        ctx.printJson(doc);
    } else {
        for (const CriterionResult &c : record->result.criteria)
            ctx.line(QStringLiteral("%1%2: %3%4")
                         .arg(c.criterion.metric,
                              c.subgroup.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(c.subgroup),
                              checkOutcomeId(c.outcome),
                              c.reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.reason)));
        ctx.line(tr("Check %1: %2.").arg(record->checkId).arg(checkOutcomeId(record->result.verdict)));
        if (record->evidenceId)
            ctx.line(tr("Filed as evidence item %1.").arg(*record->evidenceId));
        if (record->deviationId)
            ctx.line(tr("Opened deviation %1.").arg(*record->deviationId));
    }
    return record->result.verdict == CheckOutcome::Met ? 0 : 1;
}

static int pccpChecks(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto project = openProjectRows(a.positional()[0], false);
    if (!project)
        return ctx.fail(project.error());
    auto checks = RiskTable(**project).checks();
    if (!checks)
        return ctx.fail(checks.error());
    if (ctx.json()) {
        Json list = Json::array();
        for (const ChangeCheck &c : *checks)
            list.push_back(Json{{"id", c.id},
                                {"plan_version", c.planVersion},
                                {"modification", toStd(c.modification)},
                                {"run", c.testRunId},
                                {"verdict", toStd(c.verdict)},
                                {"evidence", c.evidenceId ? Json(*c.evidenceId) : Json(nullptr)},
                                {"checked_at", toStd(isoUtc(c.checkedAt))},
                                {"checked_by", toStd(c.checkedBy)}});
        ctx.printJson(Json{{"checks", list}});
        return 0;
    }
    if (checks->empty())
        ctx.line(tr("No checks."));
    for (const ChangeCheck &c : *checks)
        ctx.line(QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(c.id)
                     .arg(c.modification)
                     .arg(c.testRunId)
                     .arg(c.verdict, isoUtc(c.checkedAt)));
    return 0;
}

void registerRiskCommands(CommandRegistry &registry)
{
    const QString hazardFields =
        QStringLiteral("[--category CATEGORY] [--situation TEXT] [--sequence TEXT] [--residual S,P|none] "
                       "[--requirement URN]...");
    registry.add({QStringLiteral("risk"), QStringLiteral("matrix")}, QStringLiteral("FILE [--from MATRIX.yaml]"),
                 QT_TRANSLATE_NOOP("vv::cli", "Show the project's risk matrix, or store its own from YAML (hazards "
                                              "must keep their levels)."),
                 riskMatrix);
    registry.add({QStringLiteral("hazard"), QStringLiteral("add")},
                 QStringLiteral("FILE --ref REF --hazard TEXT --harm TEXT --initial S,P ") + hazardFields,
                 QT_TRANSLATE_NOOP("vv::cli", "Add a hazard to the risk-management file, with its initial risk "
                                              "(severity and probability on the matrix)."),
                 hazardAdd);
    registry.add({QStringLiteral("hazard"), QStringLiteral("list")}, QStringLiteral("FILE"),
                 QT_TRANSLATE_NOOP("vv::cli", "List the hazards with their risk before and after controls."),
                 hazardList);
    registry.add({QStringLiteral("hazard"), QStringLiteral("show")}, QStringLiteral("FILE REF"),
                 QT_TRANSLATE_NOOP("vv::cli", "Show a hazard with its controls and their verification."), hazardShow);
    registry.add({QStringLiteral("hazard"), QStringLiteral("set")},
                 QStringLiteral("FILE REF [--ref NEW] [--hazard TEXT] [--harm TEXT] [--initial S,P] ") + hazardFields +
                     QStringLiteral(" [--expect-version N]"),
                 QT_TRANSLATE_NOOP("vv::cli", "Change a hazard; --expect-version refuses a stale change."), hazardSet);
    registry.add({QStringLiteral("hazard"), QStringLiteral("remove")}, QStringLiteral("FILE REF [--expect-version N]"),
                 QT_TRANSLATE_NOOP("vv::cli", "Remove a hazard that has no controls."), hazardRemove);
    const QString controlFields =
        QStringLiteral("[--type inherent_safety|protective_measure|information_for_safety] [--requirement URN]... "
                       "[--test-run ID]... [--evidence ID]... [--monitoring METRIC]... [--new-hazard REF]...");
    registry.add({QStringLiteral("control"), QStringLiteral("add")},
                 QStringLiteral("FILE --hazard REF --description TEXT ") + controlFields,
                 QT_TRANSLATE_NOOP("vv::cli", "Add a risk control to a hazard, with what verifies it: a test run, an "
                                              "evidence item or a monitoring metric."),
                 controlAdd);
    registry.add({QStringLiteral("control"), QStringLiteral("set")},
                 QStringLiteral("FILE ID [--hazard REF] [--description TEXT] ") + controlFields +
                     QStringLiteral(" [--unverify KIND:REF]... [--expect-version N]"),
                 QT_TRANSLATE_NOOP("vv::cli", "Change a risk control, or add and take away its verifications."),
                 controlSet);
    registry.add({QStringLiteral("control"), QStringLiteral("remove")}, QStringLiteral("FILE ID [--expect-version N]"),
                 QT_TRANSLATE_NOOP("vv::cli", "Remove a risk control."), controlRemove);
    registry.add({QStringLiteral("trace")}, QStringLiteral("FILE [--gaps]"),
                 QT_TRANSLATE_NOOP("vv::cli", "The traceability matrix: requirement, hazard, control, verification, "
                                              "evidence and status (exits with 1 when there are gaps)."),
                 trace);
    registry.add({QStringLiteral("pccp"), QStringLiteral("plan")}, QStringLiteral("FILE [--from PLAN.yaml]"),
                 QT_TRANSLATE_NOOP("vv::cli", "Show the predetermined change control plan, or store a new version "
                                              "of it from YAML."),
                 pccpPlan);
    registry.add({QStringLiteral("pccp"), QStringLiteral("check")},
                 QStringLiteral("FILE --modification ID --run RUN_ID"),
                 QT_TRANSLATE_NOOP("vv::cli", "Check a test run against a planned modification's acceptance criteria; "
                                              "a met check is filed as evidence, a failed one opens a deviation "
                                              "(exits with 1 unless met)."),
                 pccpCheck);
    registry.add({QStringLiteral("pccp"), QStringLiteral("checks")}, QStringLiteral("FILE"),
                 QT_TRANSLATE_NOOP("vv::cli", "List the checks made against the change control plan."), pccpChecks);
}

} // namespace vv::cli
