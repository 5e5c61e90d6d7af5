#include "monitoring/MonitoringPlan.h"

#include "core/RegularFile.h"
#include "guidance/YamlFields.h"
#include "store/MonitoringTable.h"
#include "store/ProjectStore.h"

#include <QTimeZone>

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <set>

namespace vv::monitoring {

namespace {

const QStringList outcomeMetrics = {
    QStringLiteral("auroc"),
    QStringLiteral("calibration_intercept"),
    QStringLiteral("calibration_slope"),
    QStringLiteral("oe_ratio"),
    QStringLiteral("brier"),
    QStringLiteral("sensitivity"),
    QStringLiteral("specificity"),
    QStringLiteral("ppv"),
    QStringLiteral("npv"),
    QStringLiteral("prevalence"),
};
const QStringList unlabelledMetrics = {QStringLiteral("alert_rate"), QStringLiteral("mean_score"),
                                       QStringLiteral("psi"), QStringLiteral("missing_rate")};
const QStringList thresholdMetrics = {QStringLiteral("alert_rate"), QStringLiteral("sensitivity"),
                                      QStringLiteral("specificity"), QStringLiteral("ppv"), QStringLiteral("npv")};
const QStringList featureMetrics = {QStringLiteral("psi"), QStringLiteral("missing_rate")};

/// Reads one plan file, collecting every problem at its place.
class PlanParser : public YamlFields {
public:
    using YamlFields::YamlFields;

    void readWindow(const YAML::Node &n, MonitoringPlan &plan)
    {
        auto t = text(n, QStringLiteral("window"));
        if (!t)
            return;
        if (*t == QStringLiteral("day"))
            plan.window = WindowKind::Day;
        else if (*t == QStringLiteral("week"))
            plan.window = WindowKind::Week;
        else if (*t == QStringLiteral("month"))
            plan.window = WindowKind::Month;
        else
            error(n, MonitoringPlanReader::tr("'window' must be day, week or month, not '%1'").arg(*t));
    }

    void readTimeZone(const YAML::Node &n, MonitoringPlan &plan)
    {
        auto t = text(n, QStringLiteral("time_zone"));
        if (!t)
            return;
        if (!QTimeZone::isTimeZoneIdAvailable(t->toUtf8()))
            error(n, MonitoringPlanReader::tr("unknown time zone '%1'").arg(*t),
                  MonitoringPlanReader::tr("Give an IANA name such as Europe/Oslo."));
        else
            plan.timeZone = *t;
    }

    void readBaseline(const YAML::Node &n, MonitoringPlan &plan)
    {
        if (!keys(n, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("test_run")},
                  MonitoringPlanReader::tr("'baseline'")))
            return;
        if (n["test_run"]) {
            if (n["from"] || n["to"])
                error(n, MonitoringPlanReader::tr("'baseline' is either a period (from, to) or a test run, not both"));
            if (auto run = count(n["test_run"], QStringLiteral("test_run"), 1))
                plan.baseline.testRun = *run;
            return;
        }
        if (!n["from"] || !n["to"]) {
            error(n, MonitoringPlanReader::tr("'baseline' needs 'from' and 'to' dates, or 'test_run'"));
            return;
        }
        auto from = date(n["from"], QStringLiteral("from"));
        auto to = date(n["to"], QStringLiteral("to"));
        if (from && to && *to < *from)
            error(n["to"],
                  MonitoringPlanReader::tr("the baseline ends (%1) before it starts (%2)")
                      .arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate)));
        if (from)
            plan.baseline.from = *from;
        if (to)
            plan.baseline.to = *to;
    }

    void readMetric(const YAML::Node &n, MonitoringPlan &plan, std::set<QString> &names)
    {
        if (!keys(n,
                  {QStringLiteral("metric"), QStringLiteral("feature"), QStringLiteral("threshold"),
                   QStringLiteral("lower"), QStringLiteral("upper")},
                  MonitoringPlanReader::tr("a metric")))
            return;
        if (!n["metric"]) {
            error(
                n, MonitoringPlanReader::tr("a metric needs 'metric'"),
                MonitoringPlanReader::tr("The metrics are %1.").arg(quotedNames(MonitoringPlanReader::knownMetrics())));
            return;
        }
        MetricRule rule;
        auto metric = text(n["metric"], QStringLiteral("metric"));
        if (!metric)
            return;
        rule.metric = *metric;
        if (!MonitoringPlanReader::knownMetrics().contains(rule.metric)) {
            error(
                n["metric"], MonitoringPlanReader::tr("unknown metric '%1'").arg(rule.metric),
                MonitoringPlanReader::tr("The metrics are %1.").arg(quotedNames(MonitoringPlanReader::knownMetrics())));
            return;
        }
        const bool needsFeature = featureMetrics.contains(rule.metric);
        if (n["feature"]) {
            if (auto f = text(n["feature"], QStringLiteral("feature")))
                rule.feature = *f;
            if (!needsFeature)
                error(n["feature"], MonitoringPlanReader::tr("'%1' is not measured per feature").arg(rule.metric));
        } else if (needsFeature) {
            error(n, MonitoringPlanReader::tr("'%1' needs 'feature': the column it is measured on").arg(rule.metric));
        }
        const bool needsThreshold = thresholdMetrics.contains(rule.metric);
        if (n["threshold"]) {
            rule.threshold = number(n["threshold"], QStringLiteral("threshold"));
            if (!needsThreshold)
                error(n["threshold"], MonitoringPlanReader::tr("'%1' takes no threshold").arg(rule.metric));
            else if (rule.threshold && (*rule.threshold < 0 || *rule.threshold > 1))
                error(n["threshold"], MonitoringPlanReader::tr("the threshold is a predicted risk between 0 and 1"));
        } else if (needsThreshold) {
            error(n,
                  MonitoringPlanReader::tr(
                      "'%1' needs 'threshold': the predicted risk at or above which a patient is flagged")
                      .arg(rule.metric));
        }
        if (n["lower"])
            rule.lower = number(n["lower"], QStringLiteral("lower"));
        if (n["upper"])
            rule.upper = number(n["upper"], QStringLiteral("upper"));
        if (rule.lower && rule.upper && *rule.lower >= *rule.upper)
            error(n["upper"],
                  MonitoringPlanReader::tr("the limits are reversed or equal: lower %1, upper %2")
                      .arg(*rule.lower)
                      .arg(*rule.upper),
                  MonitoringPlanReader::tr("The lower limit must be below the upper one."));
        if (!names.insert(rule.name()).second)
            error(n, MonitoringPlanReader::tr("'%1' is in the plan twice").arg(rule.name()),
                  MonitoringPlanReader::tr("Give each metric (and feature) once, with both its limits."));
        plan.metrics.push_back(rule);
    }

    void readChart(const YAML::Node &n, MonitoringPlan &plan)
    {
        if (!keys(n,
                  {QStringLiteral("metric"), QStringLiteral("feature"), QStringLiteral("method"), QStringLiteral("k"),
                   QStringLiteral("h"), QStringLiteral("lambda"), QStringLiteral("l"), QStringLiteral("target")},
                  MonitoringPlanReader::tr("a control chart")))
            return;
        ControlChart chart;
        if (!n["metric"] || !n["method"]) {
            error(n, MonitoringPlanReader::tr("a control chart needs 'metric' and 'method'"));
            return;
        }
        auto metric = text(n["metric"], QStringLiteral("metric"));
        auto method = text(n["method"], QStringLiteral("method"));
        if (!metric || !method)
            return;
        chart.metric = *metric;
        if (n["feature"]) {
            if (auto f = text(n["feature"], QStringLiteral("feature")))
                chart.metric += QLatin1Char(':') + *f;
        }
        if (!plan.rule(chart.metric))
            error(n["metric"],
                  MonitoringPlanReader::tr("the chart's metric '%1' is not among the plan's metrics").arg(chart.metric),
                  MonitoringPlanReader::tr("List it under 'metrics' first (limits are optional)."));
        chart.method = *method;
        if (chart.method != QStringLiteral("cusum") && chart.method != QStringLiteral("ewma")) {
            error(n["method"], MonitoringPlanReader::tr("'method' must be cusum or ewma, not '%1'").arg(chart.method));
            return;
        }
        auto positive = [&](const char *key, double &into) {
            if (!n[key])
                return;
            if (auto v = number(n[key], QString::fromLatin1(key))) {
                if (*v <= 0)
                    error(n[key], MonitoringPlanReader::tr("'%1' must be above 0").arg(QString::fromLatin1(key)));
                else
                    into = *v;
            }
        };
        positive("k", chart.k);
        positive("h", chart.h);
        positive("lambda", chart.lambda);
        positive("l", chart.width);
        if (chart.lambda > 1)
            error(n["lambda"], MonitoringPlanReader::tr("'lambda' must be at most 1"));
        if (chart.method == QStringLiteral("cusum") && (n["lambda"] || n["l"]))
            error(n, MonitoringPlanReader::tr("'lambda' and 'l' belong to an EWMA chart, not a CUSUM"));
        if (chart.method == QStringLiteral("ewma") && (n["k"] || n["h"]))
            error(n, MonitoringPlanReader::tr("'k' and 'h' belong to a CUSUM chart, not an EWMA"));
        if (n["target"])
            chart.target = number(n["target"], QStringLiteral("target"));
        plan.charts.push_back(chart);
    }

    void readPlan(const YAML::Node &root, MonitoringPlan &plan)
    {
        if (!keys(root,
                  {QStringLiteral("window"), QStringLiteral("time_zone"), QStringLiteral("baseline"),
                   QStringLiteral("min_labelled"), QStringLiteral("min_rows"), QStringLiteral("confidence"),
                   QStringLiteral("metrics"), QStringLiteral("control_charts")},
                  MonitoringPlanReader::tr("the plan")))
            return;
        if (root["window"])
            readWindow(root["window"], plan);
        if (root["time_zone"])
            readTimeZone(root["time_zone"], plan);
        if (root["baseline"])
            readBaseline(root["baseline"], plan);
        else
            error(root,
                  MonitoringPlanReader::tr(
                      "the plan needs a 'baseline': the period or test run the model was accepted on"));
        if (root["min_labelled"])
            if (auto v = count(root["min_labelled"], QStringLiteral("min_labelled"), 1))
                plan.minLabelled = *v;
        if (root["min_rows"])
            if (auto v = count(root["min_rows"], QStringLiteral("min_rows"), 1))
                plan.minRows = *v;
        if (root["confidence"]) {
            if (auto v = number(root["confidence"], QStringLiteral("confidence"))) {
                if (*v < 0.5 || *v >= 1)
                    error(root["confidence"],
                          MonitoringPlanReader::tr("'confidence' must be at least 0.5 and below 1, such as 0.95"));
                else
                    plan.level = *v;
            }
        }
        const YAML::Node metrics = root["metrics"];
        if (!metrics || !metrics.IsSequence() || metrics.size() == 0) {
            error(metrics ? metrics : root,
                  MonitoringPlanReader::tr("the plan needs 'metrics': a list of the measures it watches"));
            return;
        }
        if (metrics.size() > 200) {
            error(metrics, MonitoringPlanReader::tr("the plan lists more than 200 metrics"));
            return;
        }
        std::set<QString> names;
        for (const auto &m : metrics)
            readMetric(m, plan, names);
        if (root["control_charts"]) {
            const YAML::Node charts = root["control_charts"];
            if (!charts.IsSequence() || charts.size() > 50)
                error(charts, MonitoringPlanReader::tr("'control_charts' must be a list of at most 50 charts"));
            else
                for (const auto &c : charts)
                    readChart(c, plan);
        }
        if (plan.baseline.testRun) {
            for (const MetricRule &r : plan.metrics)
                if (featureMetrics.contains(r.metric))
                    error(root["baseline"],
                          MonitoringPlanReader::tr("'%1' compares with the baseline's production data, which a test "
                                                   "run does not have")
                              .arg(r.name()),
                          MonitoringPlanReader::tr("Give the baseline as a period: {from: DATE, to: DATE}."));
        }
    }
};

std::optional<double> optionalNumber(const Json &j, const char *key)
{
    if (!j.contains(key) || !j[key].is_number())
        return std::nullopt;
    return j[key].get<double>();
}

} // namespace

QString windowKindName(WindowKind kind)
{
    switch (kind) {
    case WindowKind::Day:
        return QStringLiteral("day");
    case WindowKind::Week:
        return QStringLiteral("week");
    case WindowKind::Month:
        break;
    }
    return QStringLiteral("month");
}

QString MetricRule::name() const
{
    return feature.isEmpty() ? metric : metric + QLatin1Char(':') + feature;
}

QStringList MonitoringPlanReader::knownMetrics()
{
    return outcomeMetrics + unlabelledMetrics;
}

const MetricRule *MonitoringPlan::rule(const QString &name) const
{
    for (const MetricRule &r : metrics)
        if (r.name() == name)
            return &r;
    return nullptr;
}

QStringList MonitoringPlan::features() const
{
    QStringList out;
    for (const MetricRule &r : metrics)
        if (!r.feature.isEmpty() && !out.contains(r.feature))
            out << r.feature;
    return out;
}

Json MonitoringPlan::toJson() const
{
    Json j{{"window", toStd(windowKindName(window))},
           {"time_zone", toStd(timeZone)},
           {"min_labelled", minLabelled},
           {"min_rows", minRows},
           {"confidence", level}};
    if (baseline.testRun)
        j["baseline"] = Json{{"test_run", *baseline.testRun}};
    else
        j["baseline"] = Json{{"from", toStd(baseline.from.toString(Qt::ISODate))},
                             {"to", toStd(baseline.to.toString(Qt::ISODate))}};
    Json metricList = Json::array();
    for (const MetricRule &r : metrics) {
        Json m{{"metric", toStd(r.metric)}};
        if (!r.feature.isEmpty())
            m["feature"] = toStd(r.feature);
        if (r.threshold)
            m["threshold"] = *r.threshold;
        if (r.lower)
            m["lower"] = *r.lower;
        if (r.upper)
            m["upper"] = *r.upper;
        metricList.push_back(m);
    }
    j["metrics"] = metricList;
    Json chartList = Json::array();
    for (const ControlChart &c : charts) {
        Json m{{"metric", toStd(c.metric)}, {"method", toStd(c.method)}};
        if (c.method == QStringLiteral("cusum")) {
            m["k"] = c.k;
            m["h"] = c.h;
        } else {
            m["lambda"] = c.lambda;
            m["l"] = c.width;
        }
        if (c.target)
            m["target"] = *c.target;
        chartList.push_back(m);
    }
    j["control_charts"] = chartList;
    return j;
}

Result<MonitoringPlan> MonitoringPlan::fromJson(const Json &j)
{
    if (!j.is_object() || !j.contains("metrics"))
        return Error::check(MonitoringPlanReader::tr("a stored monitoring plan is damaged"),
                            MonitoringPlanReader::tr("Store the plan again with 'monitor plan'."));
    MonitoringPlan p;
    const QString window = QString::fromStdString(j.value("window", std::string("week")));
    p.window = window == QStringLiteral("day") ? WindowKind::Day
        : window == QStringLiteral("month")    ? WindowKind::Month
                                               : WindowKind::Week;
    p.timeZone = QString::fromStdString(j.value("time_zone", std::string("Europe/Oslo")));
    p.minLabelled = j.value("min_labelled", qint64(100));
    p.minRows = j.value("min_rows", qint64(100));
    p.level = j.value("confidence", 0.95);
    const Json &b = j["baseline"];
    if (b.contains("test_run"))
        p.baseline.testRun = b["test_run"].get<qint64>();
    else {
        p.baseline.from = QDate::fromString(QString::fromStdString(b.value("from", std::string())), Qt::ISODate);
        p.baseline.to = QDate::fromString(QString::fromStdString(b.value("to", std::string())), Qt::ISODate);
    }
    for (const Json &m : j["metrics"]) {
        MetricRule r;
        r.metric = QString::fromStdString(m.value("metric", std::string()));
        r.feature = QString::fromStdString(m.value("feature", std::string()));
        r.threshold = optionalNumber(m, "threshold");
        r.lower = optionalNumber(m, "lower");
        r.upper = optionalNumber(m, "upper");
        p.metrics.push_back(r);
    }
    if (j.contains("control_charts")) {
        for (const Json &m : j["control_charts"]) {
            ControlChart c;
            c.metric = QString::fromStdString(m.value("metric", std::string()));
            c.method = QString::fromStdString(m.value("method", std::string()));
            c.k = m.value("k", 0.5);
            c.h = m.value("h", 4.0);
            c.lambda = m.value("lambda", 0.2);
            c.width = m.value("l", 3.0);
            c.target = optionalNumber(m, "target");
            p.charts.push_back(c);
        }
    }
    return p;
}

Result<MonitoringPlan> MonitoringPlanReader::read(const QByteArray &yaml, const QString &fileName,
                                                  std::vector<Error> *problems)
{
    std::vector<Error> found;
    MonitoringPlan plan;
    PlanParser parser(fileName, found);
    if (auto root = parser.parse(yaml)) {
        if (!root->IsDefined() || root->IsNull())
            found.push_back(Error::input(tr("the plan is empty"),
                                         tr("See docs/monitoring.md for a plan to start from."), {fileName, 1, 1}));
        else {
            try {
                parser.readPlan(*root, plan);
            } catch (const YAML::Exception &e) {
                found.push_back(Error::input(tr("the plan cannot be read: %1").arg(QString::fromStdString(e.msg)), {},
                                             {fileName, std::max(e.mark.line, 0) + 1, std::max(e.mark.column, 0) + 1}));
            }
        }
    }
    if (problems)
        *problems = found;
    if (!found.empty())
        return found.front();
    return plan;
}

Result<MonitoringPlan> MonitoringPlanReader::readFile(const QString &path, std::vector<Error> *problems)
{
    auto bytes = readRegularFile(path, maxFileBytes);
    if (!bytes)
        return bytes.error();
    return read(*bytes, path, problems);
}

Status MonitoringPlanReader::checkFeatures(const MonitoringPlan &plan, const QStringList &known,
                                           const QString &fileName)
{
    if (known.isEmpty())
        return {};
    for (const QString &f : plan.features())
        if (!known.contains(f))
            return Error::input(tr("unknown feature '%1': the ingested rows have %2").arg(f, quotedNames(known)),
                                tr("Name a feature given with --feature when the data was ingested."),
                                {fileName, 0, 0});
    return {};
}

namespace {

// A plan may not re-cut the windows that data already fills: past windows would change under their alarms.
Status checkCutUnchanged(const MonitoringTable &table, const MonitoringPlan &plan, const QString &fileName)
{
    auto count = table.rowCount();
    if (!count)
        return count.error();
    auto stored = table.plans();
    if (!stored)
        return stored.error();
    if (*count == 0 || stored->empty())
        return {};
    auto previous = MonitoringPlan::fromJson(stored->back().plan);
    if (!previous)
        return previous.error();
    if (previous->window != plan.window || previous->timeZone != plan.timeZone)
        return Error::input(
            MonitoringPlanVersions::tr("the window (%1 → %2) or time zone (%3 → %4) cannot change once production "
                                       "data is stored: past windows would be cut differently")
                .arg(windowKindName(previous->window), windowKindName(plan.window), previous->timeZone, plan.timeZone),
            MonitoringPlanVersions::tr("Keep 'window' and 'time_zone' as they are; change limits and metrics freely."),
            {fileName, 0, 0});
    return {};
}

} // namespace

Result<MonitoringPlan> MonitoringPlanVersions::check(ProjectStore &store, const QByteArray &yaml,
                                                     const QString &fileName, std::vector<Error> *problems)
{
    auto plan = MonitoringPlanReader::read(yaml, fileName, problems);
    if (!plan)
        return plan.error();
    const MonitoringTable table(store);
    auto features = table.features();
    if (!features)
        return features.error();
    Status s = MonitoringPlanReader::checkFeatures(*plan, *features, fileName);
    if (s)
        s = checkCutUnchanged(table, *plan, fileName);
    if (!s) {
        if (problems)
            problems->push_back(s.error());
        return s.error();
    }
    return plan;
}

Result<int> MonitoringPlanVersions::store(ProjectStore &store, const QByteArray &yaml, const QString &fileName,
                                          std::vector<Error> *problems, MonitoringPlan *stored)
{
    auto plan = check(store, yaml, fileName, problems);
    if (!plan)
        return plan.error();
    auto version = MonitoringTable(store).addPlan(plan->toJson(), QString::fromUtf8(yaml));
    if (version && stored)
        *stored = std::move(*plan);
    return version;
}

} // namespace vv::monitoring
