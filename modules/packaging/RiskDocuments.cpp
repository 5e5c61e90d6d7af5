#include "packaging/RiskDocuments.h"

#include "guidance/GuidanceLibrary.h"
#include "packaging/DocumentModel.h"
#include "risk/RiskFile.h"
#include "tracking/ProjectTrace.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace vv::packaging {

using namespace vv::risk;

// ---- reading ----

Result<RiskData> RiskData::read(ProjectStore &store, const guidance::GuidanceLibrary &library, bool withTrace,
                                const monitoring::MonitoringStatus *measured)
{
    RiskData d;
    auto file = RiskFile::open(store, library);
    if (!file)
        return file.error();
    d.matrix = file->matrix();
    d.ownMatrix = file->ownMatrix();
    d.categories = file->model().categories;
    auto inputs = tracking::traceInputs(store, library, nullptr, measured,
                                        withTrace ? tracking::MonitoringStates::Evaluate : tracking::MonitoringStates::Skip);
    if (!inputs)
        return inputs.error();
    d.inputs = std::move(*inputs);
    if (withTrace)
        d.trace = buildTraceMatrix(d.inputs, d.matrix);
    RiskTable table(store);
    auto stored = table.changePlan();
    if (!stored)
        return stored.error();
    if (*stored) {
        auto plan = ChangePlanReader::fromJson((*stored)->plan);
        if (!plan)
            return plan.error();
        d.plan = std::move(*plan);
        d.planVersion = (*stored)->version;
    }
    auto checks = table.checks();
    if (!checks)
        return checks.error();
    d.checks = std::move(*checks);
    return d;
}

RiskData RiskData::specimen(const QDateTime &now)
{
    RiskData d;
    if (auto model = RiskModelReader::loadShipped()) {
        d.matrix = model->matrix;
        d.categories = model->categories;
    }
    const QString text = QStringLiteral("Specimen");
    Hazard controlled;
    controlled.id = 1;
    controlled.ref = QStringLiteral("H-01");
    controlled.category = d.categories.empty() ? QStringLiteral("other") : d.categories.front().id;
    controlled.hazard = controlled.situation = controlled.sequence = controlled.harm = text;
    controlled.severity = controlled.probability = 1;
    controlled.residualSeverity = controlled.residualProbability = 1;
    controlled.requirements = {QStringLiteral("urn:veiviser:ai-act:art-9")};
    Hazard open = controlled;
    open.id = 2;
    open.ref = QStringLiteral("H-02");
    open.category = QStringLiteral("other");
    open.residualSeverity.reset();
    open.residualProbability.reset();
    d.inputs.hazards = {controlled, open};
    RiskControl control;
    control.id = 1;
    control.hazardId = 1;
    control.description = text;
    control.requirements = controlled.requirements;
    control.verifications = {{QStringLiteral("test_run"), QStringLiteral("1")}, {QStringLiteral("evidence"), QStringLiteral("1")}};
    control.newHazards = {QStringLiteral("H-02")};
    d.inputs.controls = {control};
    d.inputs.requirements = {{QStringLiteral("urn:veiviser:ai-act:art-9"), QStringLiteral("met"), 1},
                             {QStringLiteral("urn:veiviser:ai-act:art-15"), QStringLiteral("not_started"), 0}};
    d.inputs.runs[1] = {text, true, false, 1};
    d.inputs.evidence[1] = {text, false, false};
    d.trace = buildTraceMatrix(d.inputs, d.matrix);

    PlannedModification m;
    m.id = QStringLiteral("retraining");
    m.title = m.description = m.data = m.method = m.validation = m.impact = text;
    m.changes = QStringLiteral("retraining");
    m.minCases = 100;
    AcceptanceCriterion auroc;
    auroc.metric = QStringLiteral("auroc");
    auroc.lower = 0.7;
    auroc.intervalLower = 0.65;
    AcceptanceCriterion subgroups = auroc;
    subgroups.eachSubgroup = true;
    subgroups.intervalLower.reset();
    subgroups.upper = 1.0;
    m.criteria = {auroc, subgroups};
    ChangePlan plan;
    plan.title = text;
    plan.requirements = {QStringLiteral("urn:veiviser:ai-act:art-43")};
    plan.modifications = {m};
    d.plan = plan;
    d.planVersion = 1;
    ChangeCheckResult result;
    result.modification = m.id;
    result.runId = 1;
    result.verdict = CheckOutcome::Met;
    result.criteria = {{auroc, QString(), 0.8, 0.75, 0.85, CheckOutcome::Met, text},
                       {subgroups, QStringLiteral("A"), std::nullopt, std::nullopt, std::nullopt,
                        CheckOutcome::NotEnoughData, text}};
    ChangeCheck check;
    check.id = 1;
    check.planVersion = 1;
    check.modification = m.id;
    check.testRunId = 1;
    check.verdict = QStringLiteral("met");
    check.result = result.toJson();
    check.evidenceId = 1;
    check.checkedAt = now;
    check.checkedBy = QStringLiteral("specimen");
    d.checks = {check};
    return d;
}

// ---- the template data ----

namespace {

class Context {
public:
    Context(const RiskData &r, const RiskWords &w, const QString &lang) : r(r), w(w), lang(lang) {}
    const RiskData &r;
    const RiskWords &w;
    const QString &lang;

    QString number(const std::optional<double> &v) const
    {
        return v && std::isfinite(*v) ? documentLocale(lang).toString(*v, 'f', 3) : QString();
    }
    /// "4 × 3" with the levels' names: "serious (4) × occasional (3)".
    QString levelsText(int severity, int probability) const
    {
        const ScaleLevel *s = r.matrix.severityLevel(severity);
        const ScaleLevel *p = r.matrix.probabilityLevel(probability);
        return w(QStringLiteral("risk_levels_format"))
            .arg(s ? s->name.in(lang) : QString::number(severity), QString::number(severity),
                 p ? p->name.in(lang) : QString::number(probability), QString::number(probability));
    }
    /// The region's heat class, 0 (least serious) to 4, from its place in the matrix's regions.
    int heat(const QString &regionId) const
    {
        const auto n = r.matrix.regions.size();
        for (std::size_t i = 0; i < n; ++i)
            if (r.matrix.regions[i].id == regionId)
                return n < 2 ? 0 : int(std::lround(double(i) * 4.0 / double(n - 1)));
        return 0;
    }
    QString regionName(const QString &regionId) const
    {
        for (const RiskRegion &region : r.matrix.regions)
            if (region.id == regionId)
                return region.name.in(lang);
        return regionId;
    }
    Json cell(int severity, int probability) const
    {
        const RiskRegion *region = r.matrix.region(severity, probability);
        const QString id = region ? region->id : QString();
        return {{"text", toStd(levelsText(severity, probability))},
                {"region", toStd(id)},
                {"region_name", toStd(regionName(id))},
                {"heat", heat(id)}};
    }
    QString categoryName(const QString &id) const
    {
        for (const HazardCategory &c : r.categories)
            if (c.id == id)
                return c.name.in(lang);
        return w(QStringLiteral("risk_category_other"));
    }
    QString hazardRef(qint64 id) const
    {
        for (const Hazard &h : r.inputs.hazards)
            if (h.id == id)
                return h.ref;
        return QString::number(id);
    }
    QString verificationTitle(const Verification &v) const
    {
        if (v.kind == QStringLiteral("test_run"))
            if (auto it = r.inputs.runs.find(v.ref.toLongLong()); it != r.inputs.runs.end())
                return it->second.title;
        if (v.kind == QStringLiteral("evidence"))
            if (auto it = r.inputs.evidence.find(v.ref.toLongLong()); it != r.inputs.evidence.end())
                return it->second.title;
        return {};
    }
};

Json scaleJson(const Context &c, const std::vector<ScaleLevel> &scale)
{
    Json out = Json::array();
    for (const ScaleLevel &l : scale)
        out.push_back({{"level", l.level}, {"name", toStd(l.name.in(c.lang))}, {"description", toStd(l.description.in(c.lang))}});
    return out;
}

/// The matrix as a table: the most severe row first, probability rising to the right. counts: a count per cell
/// (severity, probability) to show instead of the levels, for the matrices before and after controls.
Json matrixRows(const Context &c, const std::map<std::pair<int, int>, int> *counts)
{
    Json rows = Json::array();
    for (auto s = c.r.matrix.severity.rbegin(); s != c.r.matrix.severity.rend(); ++s) {
        Json cells = Json::array();
        for (const ScaleLevel &p : c.r.matrix.probability) {
            Json cell = c.cell(s->level, p.level);
            if (counts) {
                const auto it = counts->find({s->level, p.level});
                const int n = it == counts->end() ? 0 : it->second;
                cell["count"] = n;
                cell["has_count"] = n > 0;
            }
            cells.push_back(std::move(cell));
        }
        rows.push_back({{"level", s->level}, {"name", toStd(s->name.in(c.lang))}, {"cells", cells}});
    }
    return rows;
}

Json planBasics(const Context &c)
{
    Json regions = Json::array();
    for (const RiskRegion &region : c.r.matrix.regions)
        regions.push_back({{"id", toStd(region.id)}, {"name", toStd(region.name.in(c.lang))},
                           {"acceptable_text", toStd(c.w(region.acceptable ? QStringLiteral("value_yes") : QStringLiteral("value_no")))},
                           {"heat", c.heat(region.id)}});
    Json categories = Json::array();
    for (const HazardCategory &cat : c.r.categories) {
        Json sources = Json::array();
        for (const auto &[citation, url] : cat.sources)
            sources.push_back({{"citation", toStd(citation.in(c.lang))}, {"url", toStd(url)}});
        categories.push_back({{"id", toStd(cat.id)}, {"name", toStd(cat.name.in(c.lang))},
                              {"description", toStd(cat.description.in(c.lang))}, {"sources", sources}});
    }
    return {{"matrix_source", toStd(c.w(c.r.ownMatrix ? QStringLiteral("risk_matrix_own") : QStringLiteral("risk_matrix_default")))},
            {"severity", scaleJson(c, c.r.matrix.severity)},
            {"probability", scaleJson(c, c.r.matrix.probability)},
            {"regions", regions},
            {"rows", matrixRows(c, nullptr)},
            {"categories", categories}};
}

Json controlJson(const Context &c, const RiskControl &control)
{
    Json verifications = Json::array();
    for (const Verification &v : control.verifications)
        verifications.push_back({{"kind_text", toStd(c.w(QStringLiteral("risk_verification_") + v.kind))},
                                 {"ref", toStd(v.ref)},
                                 {"title", toStd(c.verificationTitle(v))}});
    return {{"id", control.id},
            {"type_text", toStd(c.w(QStringLiteral("risk_control_") + control.type))},
            {"description", toStd(control.description)},
            {"requirements_text", toStd(control.requirements.join(QStringLiteral(", ")))},
            {"new_hazards_text", toStd(control.newHazards.isEmpty() ? c.w(QStringLiteral("value_none"))
                                                                   : control.newHazards.join(QStringLiteral(", ")))},
            {"verifications", verifications},
            {"has_verifications", !verifications.empty()}};
}

Json hazardJson(const Context &c, const Hazard &h)
{
    Json controls = Json::array();
    for (const RiskControl &control : c.r.inputs.controls)
        if (control.hazardId == h.id)
            controls.push_back(controlJson(c, control));
    const bool residual = h.residualSeverity && h.residualProbability;
    return {{"ref", toStd(h.ref)},
            {"category_name", toStd(c.categoryName(h.category))},
            {"hazard", toStd(h.hazard)},
            {"situation", toStd(h.situation)},
            {"sequence", toStd(h.sequence)},
            {"harm", toStd(h.harm)},
            {"requirements_text", toStd(h.requirements.join(QStringLiteral(", ")))},
            {"initial", c.cell(h.severity, h.probability)},
            {"has_residual", residual},
            {"residual", residual ? c.cell(*h.residualSeverity, *h.residualProbability) : Json::object()},
            {"controls", controls},
            {"has_controls", !controls.empty()}};
}

Json traceJson(const Context &c)
{
    Json rows = Json::array();
    for (const TraceRow &row : c.r.trace.rows) {
        QStringList gaps;
        for (TraceGap g : row.gaps)
            gaps << c.w(QStringLiteral("risk_gap_") + traceGapId(g));
        QString verification;
        if (row.verification)
            verification = QStringLiteral("%1 %2 %3").arg(c.w(QStringLiteral("risk_verification_") + row.verification->kind),
                                                          row.verification->ref, row.verificationTitle).trimmed();
        rows.push_back({{"requirements_text", toStd(row.requirements.join(QStringLiteral(", ")))},
                        {"hazard", toStd(row.hazardRef)},
                        {"region_name", toStd(row.region.isEmpty() ? QString() : c.regionName(row.region))},
                        {"heat", c.heat(row.region)},
                        {"has_region", !row.region.isEmpty()},
                        {"control", toStd(row.controlId ? c.w(QStringLiteral("risk_control_") + row.controlType) : QString())},
                        {"verification", toStd(verification)},
                        {"evidence", toStd(row.evidenceId ? QString::number(*row.evidenceId) : QString())},
                        {"ok", row.ok()},
                        {"gaps_text", toStd(gaps.join(QStringLiteral("; ")))}});
    }
    Json counts = Json::array();
    for (int g = 0; g < traceGapCount; ++g)
        if (const int n = c.r.trace.gapCounts[std::size_t(g)])
            counts.push_back({{"text", toStd(c.w(QStringLiteral("risk_gap_") + traceGapId(TraceGap(g))))}, {"count", n}});
    return {{"rows", rows}, {"has_rows", !rows.empty()}, {"gaps", c.r.trace.gaps()}, {"gap_counts", counts},
            {"has_gaps", c.r.trace.gaps() > 0}};
}

/// The limits of a criterion in words: "≥ 0.750; interval ≥ 0.720".
QString limitsText(const Context &c, const AcceptanceCriterion &a)
{
    QStringList parts;
    if (a.lower)
        parts << QStringLiteral("≥ %1").arg(c.number(a.lower));
    if (a.upper)
        parts << QStringLiteral("≤ %1").arg(c.number(a.upper));
    if (a.intervalLower)
        parts << c.w(QStringLiteral("risk_interval_lower")).arg(c.number(a.intervalLower));
    if (a.intervalUpper)
        parts << c.w(QStringLiteral("risk_interval_upper")).arg(c.number(a.intervalUpper));
    return parts.join(QStringLiteral("; "));
}

Json planJson(const Context &c)
{
    if (!c.r.plan)
        return {{"has_plan", false}};
    const ChangePlan &plan = *c.r.plan;
    Json mods = Json::array();
    for (const PlannedModification &m : plan.modifications) {
        Json criteria = Json::array();
        for (const AcceptanceCriterion &a : m.criteria)
            criteria.push_back({{"metric", toStd(a.metric)},
                                {"limits", toStd(limitsText(c, a))},
                                {"scope", toStd(c.w(a.eachSubgroup ? QStringLiteral("risk_each_subgroup") : QStringLiteral("risk_whole_population")))}});
        mods.push_back({{"id", toStd(m.id)}, {"title", toStd(m.title)},
                        {"changes_text", toStd(c.w(QStringLiteral("risk_changes_") + m.changes))},
                        {"description", toStd(m.description)}, {"data", toStd(m.data)}, {"method", toStd(m.method)},
                        {"validation", toStd(m.validation)}, {"impact", toStd(m.impact)},
                        {"min_cases", toStd(m.minCases ? QString::number(m.minCases) : c.w(QStringLiteral("value_none")))},
                        {"criteria", criteria}});
    }
    return {{"has_plan", true}, {"title", toStd(plan.title)}, {"version", c.r.planVersion},
            {"requirements_text", toStd(plan.requirements.join(QStringLiteral(", ")))}, {"modifications", mods}};
}

Json checkJson(const Context &c, const ChangeCheck &check)
{
    Json criteria = Json::array();
    for (const Json &cr : check.result.value("criteria", Json::array())) {
        const Json crit = cr.value("criterion", Json::object());
        auto optional = [&](const char *key) {
            return cr.contains(key) && cr[key].is_number() ? std::optional<double>(cr[key].get<double>()) : std::nullopt;
        };
        const auto lower = optional("ci_lower"), upper = optional("ci_upper");
        criteria.push_back({{"metric", crit.value("metric", std::string())},
                            {"subgroup", cr.value("subgroup", Json()).is_string() ? cr["subgroup"].get<std::string>() : std::string()},
                            {"value", toStd(c.number(optional("value")))},
                            {"interval", toStd(lower && upper ? c.w(QStringLiteral("interval_format")).arg(c.number(lower), c.number(upper))
                                                              : QString())},
                            {"outcome_text", toStd(c.w(QStringLiteral("risk_outcome_") + QString::fromStdString(cr.value("outcome", std::string()))))},
                            {"reason", cr.value("reason", std::string())}});
    }
    return {{"id", check.id}, {"plan_version", check.planVersion}, {"modification", toStd(check.modification)},
            {"run", check.testRunId},
            {"verdict", toStd(check.verdict)},
            {"verdict_text", toStd(c.w(QStringLiteral("risk_outcome_") + check.verdict))},
            {"met", check.verdict == QStringLiteral("met")},
            {"checked_at", toStd(check.checkedAt.toTimeZone(QTimeZone::utc()).toString(Qt::ISODate))},
            {"checked_by", toStd(check.checkedBy)},
            {"evidence", toStd(check.evidenceId ? QString::number(*check.evidenceId) : c.w(QStringLiteral("value_none")))},
            {"criteria", criteria}};
}

} // namespace

Json RiskDocumentModel::build(const ProjectSnapshot &s, const RiskWords &w, const QString &lang)
{
    const Context c(s.risk, w, lang);
    Json hazards = Json::array();
    std::map<std::pair<int, int>, int> before, after;
    int notEstimated = 0;
    for (const Hazard &h : s.risk.inputs.hazards) {
        hazards.push_back(hazardJson(c, h));
        ++before[{h.severity, h.probability}];
        if (h.residualSeverity && h.residualProbability)
            ++after[{*h.residualSeverity, *h.residualProbability}];
        else
            ++notEstimated;
    }
    Json checks = Json::array();
    for (const ChangeCheck &check : s.risk.checks)
        checks.push_back(checkJson(c, check));
    return {{"plan_basics", planBasics(c)},
            {"hazards", hazards},
            {"has_hazards", !hazards.empty()},
            {"before", matrixRows(c, &before)},
            {"after", matrixRows(c, &after)},
            {"probability_levels", scaleJson(c, s.risk.matrix.probability)},
            {"not_estimated", notEstimated},
            {"has_not_estimated", notEstimated > 0},
            {"trace", traceJson(c)},
            {"change_plan", planJson(c)},
            {"checks", checks},
            {"has_checks", !checks.empty()}};
}

const QStringList &RiskDocumentModel::requiredNames()
{
    static const QStringList names = {QStringLiteral("hazards"), QStringLiteral("risk_controls"),
                                      QStringLiteral("trace_gaps"), QStringLiteral("change_plan")};
    return names;
}

std::vector<MissingItem> RiskDocumentModel::missing(const ProjectSnapshot &s, const QString &name, const RiskWords &w)
{
    const RiskData &r = s.risk;
    std::vector<MissingItem> out;
    if (name == QStringLiteral("hazards") && r.inputs.hazards.empty())
        out.push_back({name, w(QStringLiteral("missing_hazards"))});
    if (name == QStringLiteral("risk_controls")) {
        QStringList without;
        for (const Hazard &h : r.inputs.hazards)
            if (std::none_of(r.inputs.controls.begin(), r.inputs.controls.end(),
                             [&](const RiskControl &c) { return c.hazardId == h.id; }))
                without << h.ref;
        if (!without.isEmpty())
            out.push_back({name, w(QStringLiteral("missing_risk_controls")).arg(without.join(QStringLiteral(", ")))});
    }
    if (name == QStringLiteral("trace_gaps"))
        // A hazard without a control is risk_controls' item, named there by its reference.
        for (int g = 0; g < traceGapCount; ++g)
            if (const int n = r.trace.gapCounts[std::size_t(g)]; n && TraceGap(g) != TraceGap::HazardWithoutControl)
                out.push_back({name + QLatin1Char(':') + traceGapId(TraceGap(g)),
                               w(QStringLiteral("missing_trace_gap")).arg(w(QStringLiteral("risk_gap_") + traceGapId(TraceGap(g)))).arg(n)});
    if (name == QStringLiteral("change_plan") && !r.plan)
        out.push_back({name, w(QStringLiteral("missing_change_plan"))});
    return out;
}

const QStringList &RiskDocumentModel::vocabulary()
{
    static const QStringList words = [] {
        QStringList k = {QStringLiteral("missing_hazards"), QStringLiteral("missing_risk_controls"),
                         QStringLiteral("missing_trace_gap"), QStringLiteral("missing_change_plan"),
                         QStringLiteral("risk_levels_format"), QStringLiteral("risk_category_other"),
                         QStringLiteral("risk_matrix_own"), QStringLiteral("risk_matrix_default"),
                         QStringLiteral("risk_interval_lower"), QStringLiteral("risk_interval_upper"),
                         QStringLiteral("risk_each_subgroup"), QStringLiteral("risk_whole_population")};
        for (const QString &t : RiskTable::controlTypes())
            k << QStringLiteral("risk_control_") + t;
        for (const QString &v : RiskTable::verificationKinds())
            k << QStringLiteral("risk_verification_") + v;
        for (int g = 0; g < traceGapCount; ++g)
            k << QStringLiteral("risk_gap_") + traceGapId(TraceGap(g));
        for (CheckOutcome o : {CheckOutcome::Met, CheckOutcome::NotMet, CheckOutcome::NotEnoughData})
            k << QStringLiteral("risk_outcome_") + checkOutcomeId(o);
        for (const QString &kind : ChangePlanReader::changeKinds())
            k << QStringLiteral("risk_changes_") + kind;
        return k;
    }();
    return words;
}

} // namespace vv::packaging
