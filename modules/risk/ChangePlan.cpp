#include "risk/ChangePlan.h"

#include "validation/PairedComparison.h"

#include "guidance/YamlFields.h"
#include "store/TestRunTable.h"
#include "validation/ClinicalMetrics.h"

#include <QRegularExpression>

#include <set>

namespace vv::risk {

namespace {

constexpr std::size_t maxModifications = 100;
constexpr std::size_t maxCriteria = 50;

Json optionalJson(const std::optional<double> &v)
{
    return v ? Json(*v) : Json(nullptr);
}

/// Reads the plan's YAML; collects every problem with its place.
class PlanParser : public YamlFields {
public:
    using YamlFields::YamlFields;

    void readPlan(const YAML::Node &root, ChangePlan &plan)
    {
        if (!keys(root, {QStringLiteral("title"), QStringLiteral("requirements"), QStringLiteral("modifications")},
                  ChangePlanReader::tr("the change control plan")))
            return;
        if (!root["title"] || !root["modifications"]) {
            error(root, ChangePlanReader::tr("the change control plan needs 'title' and 'modifications'"));
            return;
        }
        plan.title = text(root["title"], QStringLiteral("title")).value_or(QString());
        if (root["requirements"])
            plan.requirements = list(root["requirements"], QStringLiteral("requirements")).value_or(QStringList());
        const YAML::Node mods = root["modifications"];
        if (!mods.IsSequence() || mods.size() == 0 || mods.size() > maxModifications) {
            error(mods, ChangePlanReader::tr("'modifications' must be a list of 1 to %1 planned modifications")
                            .arg(maxModifications));
            return;
        }
        std::set<QString> ids;
        for (const auto &m : mods) {
            PlannedModification mod;
            if (readModification(m, mod) && !ids.insert(mod.id).second)
                error(m["id"], ChangePlanReader::tr("the modification '%1' is planned twice").arg(mod.id));
            plan.modifications.push_back(mod);
        }
    }

private:
    bool readModification(const YAML::Node &m, PlannedModification &mod)
    {
        if (!keys(m,
                  {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("changes"),
                   QStringLiteral("description"), QStringLiteral("protocol"), QStringLiteral("criteria"),
                   QStringLiteral("impact"), QStringLiteral("min_cases")},
                  ChangePlanReader::tr("a planned modification")))
            return false;
        for (const char *required : {"id", "title", "changes", "protocol", "criteria", "impact"})
            if (!m[required]) {
                error(m, ChangePlanReader::tr("a planned modification needs '%1'").arg(QString::fromLatin1(required)),
                      ChangePlanReader::tr("FDA's PCCP guidance asks for the modification, its protocol and its "
                                           "impact assessment."));
                return false;
            }
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,60}$"));
        mod.id = text(m["id"], QStringLiteral("id")).value_or(QString());
        if (!idPattern.match(mod.id).hasMatch())
            error(m["id"], ChangePlanReader::tr("'%1' is not a valid modification id (lowercase letters, digits, '-', "
                                                "'_')")
                               .arg(mod.id));
        mod.title = text(m["title"], QStringLiteral("title")).value_or(QString());
        mod.changes = text(m["changes"], QStringLiteral("changes")).value_or(QString());
        if (!ChangePlanReader::changeKinds().contains(mod.changes))
            error(m["changes"], ChangePlanReader::tr("'changes' is one of %1, not '%2'")
                                    .arg(quotedNames(ChangePlanReader::changeKinds()), mod.changes));
        if (m["description"])
            mod.description = text(m["description"], QStringLiteral("description")).value_or(QString());
        mod.impact = text(m["impact"], QStringLiteral("impact")).value_or(QString());
        if (m["min_cases"])
            mod.minCases = count(m["min_cases"], QStringLiteral("min_cases"), 1).value_or(0);
        readProtocol(m["protocol"], mod);
        const YAML::Node criteria = m["criteria"];
        if (!criteria.IsSequence() || criteria.size() == 0 || criteria.size() > maxCriteria) {
            error(criteria, ChangePlanReader::tr("'criteria' must be a list of 1 to %1 acceptance criteria")
                                .arg(maxCriteria));
            return true;
        }
        for (const auto &c : criteria)
            if (auto criterion = readCriterion(c))
                mod.criteria.push_back(*criterion);
        return true;
    }

    void readProtocol(const YAML::Node &p, PlannedModification &mod)
    {
        if (!keys(p, {QStringLiteral("data"), QStringLiteral("method"), QStringLiteral("validation")},
                  ChangePlanReader::tr("a modification protocol")))
            return;
        if (!p["data"] || !p["method"] || !p["validation"]) {
            error(p, ChangePlanReader::tr("a modification protocol needs 'data', 'method' and 'validation'"));
            return;
        }
        mod.data = text(p["data"], QStringLiteral("data")).value_or(QString());
        mod.method = text(p["method"], QStringLiteral("method")).value_or(QString());
        mod.validation = text(p["validation"], QStringLiteral("validation")).value_or(QString());
    }

    // paired_with: the approved run's id; max_drop: the largest fall in pass rate allowed, as a proportion.
    bool readPaired(const YAML::Node &c, AcceptanceCriterion &a)
    {
        const std::size_t before = problemCount();
        if (!c["paired_with"] || !c["max_drop"])
            error(c, ChangePlanReader::tr("a paired criterion needs both 'paired_with' and 'max_drop'"),
                  ChangePlanReader::tr("For example: {metric: pass_rate, paired_with: 3, max_drop: 0.02}."));
        if (a.metric != QStringLiteral("pass_rate"))
            error(c, ChangePlanReader::tr("a paired criterion compares pass rates; its metric must be 'pass_rate'"));
        if (a.lower || a.upper || a.intervalLower || a.intervalUpper || a.eachSubgroup)
            error(c, ChangePlanReader::tr("a paired criterion takes no other limit"),
                  ChangePlanReader::tr("Write the limits on the run's own numbers as a criterion of their own."));
        if (c["paired_with"])
            a.pairedWith = count(c["paired_with"], QStringLiteral("paired_with"), 1);
        if (c["max_drop"]) {
            a.maxDrop = number(c["max_drop"], QStringLiteral("max_drop"));
            if (a.maxDrop && (*a.maxDrop < 0 || *a.maxDrop > 1))
                error(c["max_drop"], ChangePlanReader::tr("'max_drop' is a proportion from 0 to 1 (0.02 for 2 "
                                                          "percentage points)"));
        }
        return problemCount() == before;
    }

    std::optional<AcceptanceCriterion> readCriterion(const YAML::Node &c)
    {
        if (!keys(c,
                  {QStringLiteral("metric"), QStringLiteral("lower"), QStringLiteral("upper"),
                   QStringLiteral("interval_lower"), QStringLiteral("interval_upper"), QStringLiteral("each_subgroup"),
                   QStringLiteral("paired_with"), QStringLiteral("max_drop")},
                  ChangePlanReader::tr("an acceptance criterion")))
            return std::nullopt;
        if (!c["metric"]) {
            error(c, ChangePlanReader::tr("an acceptance criterion needs 'metric'"));
            return std::nullopt;
        }
        AcceptanceCriterion a;
        a.metric = text(c["metric"], QStringLiteral("metric")).value_or(QString());
        auto limit = [&](const char *key) {
            return c[key] ? number(c[key], QString::fromLatin1(key)) : std::nullopt;
        };
        a.lower = limit("lower");
        a.upper = limit("upper");
        a.intervalLower = limit("interval_lower");
        a.intervalUpper = limit("interval_upper");
        if (c["each_subgroup"])
            a.eachSubgroup = boolean(c["each_subgroup"], QStringLiteral("each_subgroup")).value_or(false);
        if (c["paired_with"] || c["max_drop"])
            return readPaired(c, a) ? std::optional(a) : std::nullopt;
        if (!a.lower && !a.upper && !a.intervalLower && !a.intervalUpper)
            error(c, ChangePlanReader::tr("the criterion on '%1' has no limit").arg(a.metric),
                  ChangePlanReader::tr("Give lower, upper, interval_lower or interval_upper."));
        if ((a.lower && a.upper && *a.lower > *a.upper) ||
            (a.intervalLower && a.intervalUpper && *a.intervalLower > *a.intervalUpper))
            error(c, ChangePlanReader::tr("the criterion on '%1' has its limits reversed").arg(a.metric));
        return a;
    }
};

const RunMetric *findMetric(const std::vector<RunMetric> &metrics, const QString &name)
{
    for (const RunMetric &m : metrics)
        if (m.name == name)
            return &m;
    return nullptr;
}

/// How many patients or cases a run rests on: the clinical metrics' n, or the cases done.
std::optional<qint64> runSize(const TestRun &run)
{
    if (const RunMetric *n = findMetric(run.metrics, QStringLiteral("n")); n && n->value)
        return qint64(*n->value);
    if (run.cases.done() > 0)
        return run.cases.done();
    return std::nullopt;
}

CriterionResult judge(const AcceptanceCriterion &c, const QString &subgroup, const RunMetric *m)
{
    CriterionResult r{c, subgroup, {}, {}, {}, CheckOutcome::NotEnoughData, {}};
    if (!m || !m->value) {
        r.reason = ChangeCheckEvaluation::tr("the run has no value of %1").arg(c.metric);
        return r;
    }
    r.value = m->value;
    r.ciLower = m->ciLower;
    r.ciUpper = m->ciUpper;
    QStringList failed;
    if (c.lower && *m->value < *c.lower)
        failed << ChangeCheckEvaluation::tr("the estimate %1 is below %2").arg(*m->value).arg(*c.lower);
    if (c.upper && *m->value > *c.upper)
        failed << ChangeCheckEvaluation::tr("the estimate %1 is above %2").arg(*m->value).arg(*c.upper);
    if (c.intervalLower && m->ciLower && *m->ciLower < *c.intervalLower)
        failed << ChangeCheckEvaluation::tr("the interval's lower bound %1 is below %2").arg(*m->ciLower).arg(*c.intervalLower);
    if (c.intervalUpper && m->ciUpper && *m->ciUpper > *c.intervalUpper)
        failed << ChangeCheckEvaluation::tr("the interval's upper bound %1 is above %2").arg(*m->ciUpper).arg(*c.intervalUpper);
    if (!failed.isEmpty()) {
        r.outcome = CheckOutcome::NotMet;
        r.reason = failed.join(QStringLiteral("; "));
        return r;
    }
    if ((c.intervalLower && !m->ciLower) || (c.intervalUpper && !m->ciUpper)) {
        r.reason = ChangeCheckEvaluation::tr("the run has no interval for %1").arg(c.metric);
        return r;
    }
    r.outcome = CheckOutcome::Met;
    return r;
}

// The run (B) against the approved run (A) on the cases both have: the difference B minus A in pass rate, with
// Newcombe's paired interval, must not fall below -maxDrop, on the estimate or on the interval's lower bound.
CriterionResult judgePaired(const AcceptanceCriterion &c, const TestRun &run,
                            const ChangeCheckEvaluation::CaseSource &cases)
{
    CriterionResult r{c, {}, {}, {}, {}, CheckOutcome::NotEnoughData, {}};
    if (!cases) {
        r.reason = ChangeCheckEvaluation::tr("the runs' cases were not available to compare");
        return r;
    }
    auto approved = cases(*c.pairedWith);
    if (!approved) {
        r.reason = ChangeCheckEvaluation::tr("the approved run %1 cannot be read: %2").arg(*c.pairedWith).arg(approved.error().what());
        return r;
    }
    auto current = cases(run.id);
    if (!current) {
        r.reason = current.error().what();
        return r;
    }
    const auto compared = validation::PairedComparison::compare(*approved, *current);
    if (compared.counts.paired() == 0) {
        r.reason = ChangeCheckEvaluation::tr("test runs %1 and %2 share no graded case").arg(*c.pairedWith).arg(run.id);
        return r;
    }
    r.value = compared.difference.estimate;
    r.ciLower = compared.difference.lower;
    r.ciUpper = compared.difference.upper;
    const double floor = -*c.maxDrop;
    QStringList failed;
    if (*r.value < floor)
        failed << ChangeCheckEvaluation::tr("the pass rate fell by %1 on %2 paired cases, more than %3")
                      .arg(-*r.value)
                      .arg(compared.counts.paired())
                      .arg(*c.maxDrop);
    if (*r.ciLower < floor)
        failed << ChangeCheckEvaluation::tr("the paired interval's lower bound %1 is below %2").arg(*r.ciLower).arg(floor);
    if (!failed.isEmpty()) {
        r.outcome = CheckOutcome::NotMet;
        r.reason = failed.join(QStringLiteral("; "));
        return r;
    }
    r.outcome = CheckOutcome::Met;
    r.reason = ChangeCheckEvaluation::tr("%1 paired cases against run %2; %3 regressions, %4 improvements")
                   .arg(compared.counts.paired())
                   .arg(*c.pairedWith)
                   .arg(compared.counts.aOnly)
                   .arg(compared.counts.bOnly);
    return r;
}

void judgeSubgroups(const AcceptanceCriterion &c, const TestRun &run, ChangeCheckResult &out)
{
    const Json groups = run.result.is_object() ? run.result.value("subgroups", Json::object()) : Json::object();
    if (!groups.is_object() || groups.empty()) {
        CriterionResult r{c, {}, {}, {}, {}, CheckOutcome::NotEnoughData,
                          ChangeCheckEvaluation::tr("the run has no subgroups")};
        out.criteria.push_back(r);
        return;
    }
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        const std::vector<RunMetric> metrics = validation::ClinicalMetrics::summary(it.value());
        out.criteria.push_back(judge(c, QString::fromStdString(it.key()), findMetric(metrics, c.metric)));
    }
}

} // namespace

Json AcceptanceCriterion::toJson() const
{
    return Json{{"metric", toStd(metric)},
                {"lower", optionalJson(lower)},
                {"upper", optionalJson(upper)},
                {"interval_lower", optionalJson(intervalLower)},
                {"interval_upper", optionalJson(intervalUpper)},
                {"each_subgroup", eachSubgroup},
                {"paired_with", pairedWith ? Json(*pairedWith) : Json(nullptr)},
                {"max_drop", optionalJson(maxDrop)}};
}

const PlannedModification *ChangePlan::modification(const QString &id) const
{
    for (const PlannedModification &m : modifications)
        if (m.id == id)
            return &m;
    return nullptr;
}

Json ChangePlan::toJson() const
{
    Json mods = Json::array();
    for (const PlannedModification &m : modifications) {
        Json criteria = Json::array();
        for (const AcceptanceCriterion &c : m.criteria) {
            Json j = Json{{"metric", toStd(c.metric)}};
            for (const auto &[key, value] : {std::pair{"lower", c.lower}, std::pair{"upper", c.upper},
                                             std::pair{"interval_lower", c.intervalLower},
                                             std::pair{"interval_upper", c.intervalUpper}})
                if (value)
                    j[key] = *value;
            if (c.eachSubgroup)
                j["each_subgroup"] = true;
            if (c.pairedWith)
                j["paired_with"] = *c.pairedWith;
            if (c.maxDrop)
                j["max_drop"] = *c.maxDrop;
            criteria.push_back(j);
        }
        Json mod = Json{{"id", toStd(m.id)},
                        {"title", toStd(m.title)},
                        {"changes", toStd(m.changes)},
                        {"protocol",
                         {{"data", toStd(m.data)}, {"method", toStd(m.method)}, {"validation", toStd(m.validation)}}},
                        {"criteria", criteria},
                        {"impact", toStd(m.impact)}};
        if (!m.description.isEmpty())
            mod["description"] = toStd(m.description);
        if (m.minCases > 0)
            mod["min_cases"] = m.minCases;
        mods.push_back(mod);
    }
    Json reqs = Json::array();
    for (const QString &u : requirements)
        reqs.push_back(toStd(u));
    return Json{{"title", toStd(title)}, {"requirements", reqs}, {"modifications", mods}};
}

QStringList ChangePlanReader::changeKinds()
{
    return {QStringLiteral("retraining"), QStringLiteral("threshold"), QStringLiteral("model_version"),
            QStringLiteral("other")};
}

Result<ChangePlan> ChangePlanReader::read(const QByteArray &yaml, const QString &fileName, std::vector<Error> *problems)
{
    std::vector<Error> found;
    PlanParser parser(fileName, found);
    ChangePlan plan;
    if (yaml.size() > maxFileBytes)
        found.push_back(Error::input(tr("%1 is larger than %2 bytes").arg(fileName).arg(maxFileBytes)));
    else if (auto root = parser.parse(yaml))
        parser.readPlan(*root, plan);
    return checkedResult(std::move(plan), found, problems);
}

Result<ChangePlan> ChangePlanReader::fromJson(const Json &json)
{
    return read(QByteArray::fromStdString(canonicalJson(json)), tr("the project's change control plan"));
}

QString checkOutcomeId(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Met:
        return QStringLiteral("met");
    case CheckOutcome::NotMet:
        return QStringLiteral("not_met");
    case CheckOutcome::NotEnoughData:
        break;
    }
    return QStringLiteral("not_enough_data");
}

ChangeCheckResult ChangeCheckEvaluation::evaluate(const PlannedModification &mod, const TestRun &run,
                                                  const CaseSource &cases)
{
    ChangeCheckResult out;
    out.modification = mod.id;
    out.runId = run.id;
    const std::optional<qint64> size = runSize(run);
    QString lacking;
    if (run.status != TestRunStatus::Completed)
        lacking = tr("test run %1 is not completed").arg(run.id);
    else if (mod.minCases > 0 && size.value_or(0) < mod.minCases)
        lacking = tr("the run rests on %1, the plan asks for at least %2").arg(size.value_or(0)).arg(mod.minCases);
    for (const AcceptanceCriterion &c : mod.criteria) {
        if (!lacking.isEmpty())
            out.criteria.push_back({c, {}, {}, {}, {}, CheckOutcome::NotEnoughData, lacking});
        else if (c.pairedWith)
            out.criteria.push_back(judgePaired(c, run, cases));
        else if (c.eachSubgroup)
            judgeSubgroups(c, run, out);
        else
            out.criteria.push_back(judge(c, {}, findMetric(run.metrics, c.metric)));
    }
    const auto any = [&](CheckOutcome o) {
        return std::any_of(out.criteria.begin(), out.criteria.end(),
                           [o](const CriterionResult &r) { return r.outcome == o; });
    };
    out.verdict = any(CheckOutcome::NotMet)          ? CheckOutcome::NotMet
                  : any(CheckOutcome::NotEnoughData) ? CheckOutcome::NotEnoughData
                                                     : CheckOutcome::Met;
    return out;
}

Json ChangeCheckResult::toJson() const
{
    Json list = Json::array();
    for (const CriterionResult &r : criteria)
        list.push_back(Json{{"criterion", r.criterion.toJson()},
                            {"subgroup", r.subgroup.isEmpty() ? Json(nullptr) : Json(toStd(r.subgroup))},
                            {"value", optionalJson(r.value)},
                            {"ci_lower", optionalJson(r.ciLower)},
                            {"ci_upper", optionalJson(r.ciUpper)},
                            {"outcome", toStd(checkOutcomeId(r.outcome))},
                            {"reason", toStd(r.reason)}});
    return Json{{"modification", toStd(modification)},
                {"run", runId},
                {"verdict", toStd(checkOutcomeId(verdict))},
                {"criteria", list}};
}

} // namespace vv::risk
