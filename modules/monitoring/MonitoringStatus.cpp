#include "monitoring/MonitoringStatus.h"

#include "store/MonitoringTable.h"
#include "store/ProjectStore.h"
#include "store/TestRunTable.h"
#include "validation/Calibration.h"
#include "validation/Discrimination.h"
#include "validation/Sorting.h"

#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <set>

namespace vv::monitoring {

using validation::Interval;

namespace {

/// The rows of one window (or of the baseline period), split the way the metrics need them.
struct WindowRows {
    std::vector<double> positives, negatives; // labelled scores by outcome
    std::vector<double> scores; // every score
    std::vector<std::vector<double>> features; // per stored feature: the values present
    std::vector<qint64> missing; // per stored feature: rows without a value
    std::map<QString, std::pair<std::vector<double>, std::vector<double>>> groups; // group -> (positives, negatives)

    void reset(std::size_t featureCount)
    {
        positives.clear();
        negatives.clear();
        scores.clear();
        features.assign(featureCount, {});
        missing.assign(featureCount, 0);
        groups.clear();
    }
    void add(const ProductionRow &row)
    {
        scores.push_back(row.score);
        if (row.label) {
            (*row.label ? positives : negatives).push_back(row.score);
            if (!row.group.isEmpty()) {
                auto &g = groups[row.group];
                (*row.label ? g.first : g.second).push_back(row.score);
            }
        }
        for (std::size_t i = 0; i < features.size(); ++i) {
            const double v = i < row.features.size() ? row.features[i] : std::nan("");
            if (std::isnan(v))
                ++missing[i];
            else
                features[i].push_back(v);
        }
    }
    void sort()
    {
        validation::sortScores(positives);
        validation::sortScores(negatives);
        for (auto &[name, g] : groups) {
            validation::sortScores(g.first);
            validation::sortScores(g.second);
        }
    }
    qint64 labelled() const { return static_cast<qint64>(positives.size() + negatives.size()); }
    /// Appends another window's rows (the baseline period is the union of its windows).
    void append(const WindowRows &other)
    {
        auto join = [](std::vector<double> &to, const std::vector<double> &from) {
            to.insert(to.end(), from.begin(), from.end());
        };
        join(positives, other.positives);
        join(negatives, other.negatives);
        join(scores, other.scores);
        for (std::size_t i = 0; i < features.size() && i < other.features.size(); ++i) {
            join(features[i], other.features[i]);
            missing[i] += other.missing[i];
        }
        for (const auto &[name, g] : other.groups) {
            join(groups[name].first, g.first);
            join(groups[name].second, g.second);
        }
    }
};

/// Windows read while the baseline was collected, by start, so that the windows inside the baseline period are read
/// from the project once, not twice.
using ReadWindows = std::map<qint64, std::shared_ptr<WindowRows>>;

/// What the windows are compared with: the baseline's PSI bins per feature and its value of each metric.
struct BaselineData {
    std::map<QString, std::vector<double>> edges; // feature -> PSI bin edges
    std::map<QString, std::vector<std::int64_t>> counts; // feature -> baseline counts per bin
    std::map<QString, std::optional<double>> values; // metric name -> baseline value
};

Interval proportion(std::int64_t k, std::int64_t n, double level)
{
    return validation::wilsonInterval(k, n, level);
}

std::int64_t atOrAbove(const std::vector<double> &sorted, double t)
{
    return static_cast<std::int64_t>(sorted.end() - std::lower_bound(sorted.begin(), sorted.end(), t));
}

bool isOutcomeMetric(const QString &metric)
{
    return metric != QStringLiteral("alert_rate") && metric != QStringLiteral("mean_score") &&
        metric != QStringLiteral("psi") && metric != QStringLiteral("missing_rate");
}

Interval meanScore(const std::vector<double> &scores, double level)
{
    Interval out;
    if (scores.size() < 2)
        return out;
    double mean = 0, m2 = 0, k = 0;
    for (double s : scores) {
        k += 1;
        const double d = s - mean;
        mean += d / k;
        m2 += d * (s - mean);
    }
    const double se = std::sqrt(m2 / (k - 1) / k);
    const double z = validation::zForLevel(level);
    out.estimate = mean;
    out.lower = mean - z * se;
    out.upper = mean + z * se;
    return out;
}

/// The value of one rule's metric on a window's rows; nothing (with reason) when it cannot be measured.
Interval measure(const MetricRule &rule, const WindowRows &rows, const BaselineData &baseline,
                 const QStringList &featureNames, double level, QString &reason)
{
    const QString &m = rule.metric;
    const auto pos = static_cast<std::int64_t>(rows.positives.size());
    const auto neg = static_cast<std::int64_t>(rows.negatives.size());
    if (m == QStringLiteral("auroc")) {
        const auto a = validation::Discrimination::auroc(rows.positives, rows.negatives, level);
        reason = a.reason;
        return a.ci;
    }
    if (m == QStringLiteral("calibration_intercept") || m == QStringLiteral("calibration_slope")) {
        const auto fit = validation::Calibration::fit(rows.positives, rows.negatives, level);
        reason = fit.reason;
        return m == QStringLiteral("calibration_slope") ? fit.slope : fit.intercept;
    }
    if (m == QStringLiteral("oe_ratio")) {
        double expected = 0;
        for (double p : rows.positives)
            expected += p;
        for (double p : rows.negatives)
            expected += p;
        return observedExpectedRatio(pos, expected, level);
    }
    if (m == QStringLiteral("brier"))
        return brierInterval(rows.positives, rows.negatives, level);
    if (m == QStringLiteral("prevalence"))
        return proportion(pos, pos + neg, level);
    const double t = rule.threshold.value_or(0.5);
    if (m == QStringLiteral("sensitivity"))
        return proportion(atOrAbove(rows.positives, t), pos, level);
    if (m == QStringLiteral("specificity"))
        return proportion(neg - atOrAbove(rows.negatives, t), neg, level);
    if (m == QStringLiteral("ppv")) {
        const auto tp = atOrAbove(rows.positives, t);
        return proportion(tp, tp + atOrAbove(rows.negatives, t), level);
    }
    if (m == QStringLiteral("npv")) {
        const auto tn = neg - atOrAbove(rows.negatives, t);
        return proportion(tn, tn + pos - atOrAbove(rows.positives, t), level);
    }
    if (m == QStringLiteral("alert_rate")) {
        const auto flagged = std::count_if(rows.scores.begin(), rows.scores.end(), [t](double s) { return s >= t; });
        return proportion(flagged, static_cast<std::int64_t>(rows.scores.size()), level);
    }
    if (m == QStringLiteral("mean_score"))
        return meanScore(rows.scores, level);
    const auto f = featureNames.indexOf(rule.feature);
    if (f < 0) {
        reason = MonitoringEvaluation::tr("no row has the feature '%1'").arg(rule.feature);
        return {};
    }
    const auto &values = rows.features[static_cast<std::size_t>(f)];
    const qint64 missing = rows.missing[static_cast<std::size_t>(f)];
    if (m == QStringLiteral("missing_rate"))
        return proportion(missing, missing + static_cast<qint64>(values.size()), level);
    // psi
    const auto edges = baseline.edges.find(rule.feature);
    if (edges == baseline.edges.end()) {
        reason = MonitoringEvaluation::tr("the baseline period has no values of '%1'").arg(rule.feature);
        return {};
    }
    Interval out;
    out.estimate = populationStabilityIndex(baseline.counts.at(rule.feature), psiCounts(values, edges->second));
    if (!out.estimate)
        reason = MonitoringEvaluation::tr("the window has no values of '%1'").arg(rule.feature);
    return out;
}

std::vector<MetricValue> measureAll(const MonitoringPlan &plan, const WindowRows &rows, const BaselineData &baseline,
                                    const QStringList &featureNames)
{
    std::vector<MetricValue> out;
    for (const MetricRule &rule : plan.metrics) {
        const bool outcome = isOutcomeMetric(rule.metric);
        const qint64 have = outcome ? rows.labelled() : static_cast<qint64>(rows.scores.size());
        const qint64 need = outcome ? plan.minLabelled : plan.minRows;
        if (have < need) {
            MetricValue v;
            v.name = rule.name();
            v.state = MetricState::NotEnoughData;
            v.reason = outcome ? MonitoringEvaluation::tr("%1 labelled rows; the plan needs %2").arg(have).arg(need)
                               : MonitoringEvaluation::tr("%1 rows; the plan needs %2").arg(have).arg(need);
            out.push_back(v);
            continue;
        }
        QString reason;
        const Interval value = measure(rule, rows, baseline, featureNames, plan.level, reason);
        MetricValue v = MonitoringEvaluation::judge(rule, value);
        if (v.state == MetricState::NotEnoughData)
            v.reason = reason;
        out.push_back(v);
    }
    return out;
}

Result<std::vector<std::pair<MonitoringPlanVersion, MonitoringPlan>>> loadPlans(const MonitoringTable &table)
{
    auto stored = table.plans();
    if (!stored)
        return stored.error();
    if (stored->empty())
        return Error::input(MonitoringEvaluation::tr("the project has no monitoring plan"),
                            MonitoringEvaluation::tr("Store one with 'veiviser-cli monitor plan FILE --from PLAN.yaml' "
                                                     "(docs/monitoring.md)."));
    std::vector<std::pair<MonitoringPlanVersion, MonitoringPlan>> out;
    for (const MonitoringPlanVersion &v : *stored) {
        auto plan = MonitoringPlan::fromJson(v.plan);
        if (!plan)
            return plan.error();
        out.emplace_back(v, *plan);
    }
    return out;
}

Status readRows(const MonitoringTable &table, qint64 fromMs, qint64 toMs, WindowRows &rows)
{
    return table.forEachRow(
        fromMs, toMs,
        [&](const ProductionRow &row) -> Status {
            rows.add(row);
            return {};
        },
        RowKey::Skip);
}

/// Reads the baseline period window by window; the windows wholly inside it are kept in `read` for the evaluation.
Status readBaselinePeriod(const MonitoringTable &table, const MonitoringPlan &plan, const WindowCalendar &calendar,
                          std::size_t featureCount, WindowRows &all, ReadWindows &read)
{
    const qint64 fromMs = calendar.midnight(plan.baseline.from);
    const qint64 toMs = calendar.midnight(plan.baseline.to.addDays(1));
    all.reset(featureCount);
    for (Window w = calendar.containingInstant(fromMs); w.startMs < toMs; w = calendar.after(w)) {
        auto rows = std::make_shared<WindowRows>();
        rows->reset(featureCount);
        const bool whole = w.startMs >= fromMs && w.endMs <= toMs;
        VV_TRY(readRows(table, std::max(w.startMs, fromMs), std::min(w.endMs, toMs), *rows));
        all.append(*rows);
        if (whole)
            read.emplace(w.startMs, std::move(rows));
    }
    return {};
}

Status loadBaseline(ProjectStore &store, const MonitoringTable &table, const MonitoringPlan &plan,
                    const WindowCalendar &calendar, const QStringList &featureNames, BaselineData &out,
                    ReadWindows &read)
{
    if (plan.baseline.testRun) {
        auto run = TestRunTable(store).get(*plan.baseline.testRun);
        if (!run)
            return run.error().prefixed(
                MonitoringEvaluation::tr("the plan's baseline test run %1").arg(*plan.baseline.testRun));
        for (const MetricRule &rule : plan.metrics) {
            QString name = rule.metric;
            if (rule.threshold)
                name += QLatin1Char('@') + QString::number(*rule.threshold, 'g', 10);
            for (const RunMetric &m : run->metrics)
                if (m.name == name)
                    out.values[rule.name()] = m.value;
        }
        return {};
    }
    WindowRows rows;
    VV_TRY(readBaselinePeriod(table, plan, calendar, static_cast<std::size_t>(featureNames.size()), rows, read));
    rows.sort();
    for (qsizetype f = 0; f < featureNames.size(); ++f) {
        auto &values = rows.features[static_cast<std::size_t>(f)];
        if (values.empty())
            continue;
        validation::sortScores(values);
        const auto edges = psiEdges(values);
        out.counts[featureNames[f]] = psiCounts(values, edges);
        out.edges[featureNames[f]] = edges;
    }
    for (const MetricValue &v : measureAll(plan, rows, out, featureNames))
        out.values[v.name] = v.value.estimate;
    return {};
}

int versionFor(const std::vector<std::pair<MonitoringPlanVersion, MonitoringPlan>> &plans, qint64 endMs)
{
    std::size_t chosen = 0;
    for (std::size_t i = 0; i < plans.size(); ++i)
        if (plans[i].first.validFrom.toMSecsSinceEpoch() < endMs)
            chosen = i;
    return static_cast<int>(chosen);
}

void addLimitAlarms(WindowStatus &w)
{
    for (const MetricValue &v : w.metrics) {
        if ((v.state != MetricState::Alarm && v.state != MetricState::Warning) || !v.limit || !v.value.estimate)
            continue;
        w.alarms.push_back({w.window.first.toString(Qt::ISODate), v.name, QStringLiteral("limit"), *v.value.estimate,
                            *v.limit, v.state, false});
    }
}

/// Everything measured in one window, under the plan version in force when it ended.
WindowStatus measureWindow(const Window &w, WindowRows &rows, int version, const MonitoringPlan &plan,
                           const BaselineData &baseline, const QStringList &featureNames)
{
    rows.sort();
    WindowStatus ws;
    ws.window = w;
    ws.planVersion = version;
    ws.baseline = !plan.baseline.testRun && w.first >= plan.baseline.from && w.last <= plan.baseline.to;
    ws.n = static_cast<qint64>(rows.scores.size());
    ws.labelled = rows.labelled();
    ws.events = static_cast<qint64>(rows.positives.size());
    ws.prevalence = proportion(ws.events, ws.labelled, plan.level);
    ws.metrics = measureAll(plan, rows, baseline, featureNames);
    // Subgroup AUROC where the data has groups: drift at one site hides in the total.
    if (const MetricRule *auroc = plan.rule(QStringLiteral("auroc"))) {
        MonitoringPlan one = plan;
        one.metrics = {*auroc};
        for (const auto &[group, scores] : rows.groups) {
            WindowRows g;
            g.reset(static_cast<std::size_t>(featureNames.size()));
            g.positives = scores.first;
            g.negatives = scores.second;
            ws.subgroups[group] = measureAll(one, g, baseline, featureNames);
            ws.subgroupLabelled[group] = g.labelled();
        }
    }
    addLimitAlarms(ws);
    return ws;
}

void runCharts(const MonitoringPlan &plan, const BaselineData &baseline, MonitoringStatus &status)
{
    const double z = validation::zForLevel(plan.level);
    for (const ControlChart &chart : plan.charts) {
        ChartSeries series;
        series.chart = chart;
        series.target = chart.target;
        if (!series.target) {
            const auto b = baseline.values.find(chart.metric);
            if (b != baseline.values.end())
                series.target = b->second;
        }
        if (!series.target) {
            series.reason = MonitoringEvaluation::tr("the baseline has no value of '%1'; give the chart a 'target'")
                                .arg(chart.metric);
            status.charts.push_back(series);
            continue;
        }
        std::vector<double> standardised;
        std::vector<WindowStatus *> windows;
        for (WindowStatus &w : status.windows) {
            if (w.baseline)
                continue;
            for (const MetricValue &v : w.metrics) {
                if (v.name != chart.metric || !v.value.estimate || !v.value.lower || !v.value.upper)
                    continue;
                const double se = (*v.value.upper - *v.value.lower) / (2 * z);
                if (!(se > 0))
                    continue;
                standardised.push_back((*v.value.estimate - *series.target) / se);
                windows.push_back(&w);
            }
        }
        const auto points = chart.method == QStringLiteral("cusum") ? cusum(standardised, chart.k, chart.h)
                                                                    : ewma(standardised, chart.lambda, chart.width);
        for (std::size_t i = 0; i < points.size(); ++i) {
            WindowStatus &w = *windows[i];
            series.points.emplace_back(w.window.first.toString(Qt::ISODate), points[i]);
            if (points[i].signal) {
                const double value = chart.method == QStringLiteral("cusum")
                    ? std::max(points[i].upper, points[i].lower)
                    : points[i].upper;
                w.alarms.push_back({w.window.first.toString(Qt::ISODate), chart.metric, chart.method, value,
                                    points[i].limit, MetricState::Alarm, false});
            }
        }
        status.charts.push_back(series);
    }
}

Json intervalJson(const Interval &i)
{
    auto num = [](const std::optional<double> &v) { return v && std::isfinite(*v) ? Json(*v) : Json(nullptr); };
    return Json{{"value", num(i.estimate)}, {"ci_lower", num(i.lower)}, {"ci_upper", num(i.upper)}};
}

} // namespace

QString metricStateName(MetricState state)
{
    switch (state) {
    case MetricState::Ok:
        return QStringLiteral("ok");
    case MetricState::Warning:
        return QStringLiteral("warning");
    case MetricState::Alarm:
        return QStringLiteral("alarm");
    case MetricState::NotEnoughData:
        break;
    }
    return QStringLiteral("not_enough_data");
}

MetricValue MonitoringEvaluation::judge(const MetricRule &rule, const Interval &value)
{
    MetricValue v;
    v.name = rule.name();
    v.value = value;
    if (!value.estimate) {
        v.state = MetricState::NotEnoughData;
        return v;
    }
    v.state = MetricState::Ok;
    // Without an interval (PSI) the point estimate is all there is.
    const double lo = value.lower.value_or(*value.estimate);
    const double hi = value.upper.value_or(*value.estimate);
    auto worsen = [&](MetricState s, double limit) {
        if (static_cast<int>(s) > static_cast<int>(v.state)) {
            v.state = s;
            v.limit = limit;
        }
    };
    if (rule.lower) {
        if (hi < *rule.lower)
            worsen(MetricState::Alarm, *rule.lower);
        else if (lo < *rule.lower)
            worsen(MetricState::Warning, *rule.lower);
    }
    if (rule.upper) {
        if (lo > *rule.upper)
            worsen(MetricState::Alarm, *rule.upper);
        else if (hi > *rule.upper)
            worsen(MetricState::Warning, *rule.upper);
    }
    return v;
}

Result<MonitoringStatus> MonitoringEvaluation::evaluate(ProjectStore &store, const CancellationToken *cancel,
                                                        const ProgressSink &progress, const EvaluationRange &range)
{
    MonitoringTable table(store);
    auto plans = loadPlans(table);
    if (!plans)
        return plans.error();
    const MonitoringPlan &current = plans->back().second;
    MonitoringStatus status;
    status.planVersion = plans->back().first.version;
    const WindowCalendar calendar(current.window, QTimeZone(current.timeZone.toUtf8()));
    auto featureNames = table.features();
    if (!featureNames)
        return featureNames.error();
    for (const auto &[version, plan] : *plans)
        VV_TRY(MonitoringPlanReader::checkFeatures(plan, *featureNames, tr("plan version %1").arg(version.version)));
    BaselineData baseline;
    ReadWindows alreadyRead;
    VV_TRY(loadBaseline(store, table, current, calendar, *featureNames, baseline, alreadyRead));
    auto stored = table.timeRange();
    if (!stored)
        return stored.error();
    if (*stored) {
        ProgressThrottle throttle(progress);
        const Window firstWindow = calendar.containingInstant((*stored)->first);
        Window lastWindow = calendar.containingInstant((*stored)->second);
        if (range.through.isValid())
            if (const Window through = calendar.containing(range.through); through.startMs < lastWindow.startMs)
                lastWindow = through;
        const qint64 total = std::max<qint64>(1, lastWindow.endMs - firstWindow.startMs);
        // Reading a window (SQLite, one thread) overlaps with measuring the one before it (sorting, DeLong and the
        // logistic fits, on another): two windows in memory at a time, whatever the length of the history.
        std::optional<QFuture<WindowStatus>> measuring;
        for (Window w = firstWindow; w.startMs <= lastWindow.startMs; w = calendar.after(w)) {
            if (cancel && cancel->isCancelled()) {
                if (measuring)
                    measuring->waitForFinished();
                return Error::cancelled();
            }
            throttle.report(w.startMs - firstWindow.startMs, total, tr("Window %1").arg(w.label()));
            std::shared_ptr<WindowRows> rows;
            if (const auto kept = alreadyRead.find(w.startMs); kept != alreadyRead.end()) {
                rows = std::move(kept->second);
                alreadyRead.erase(kept);
            } else {
                rows = std::make_shared<WindowRows>();
                rows->reset(static_cast<std::size_t>(featureNames->size()));
                if (const Status read = readRows(table, w.startMs, w.endMs, *rows); !read) {
                    if (measuring)
                        measuring->waitForFinished();
                    return read.error();
                }
            }
            if (rows->scores.empty())
                continue; // a window without data (a pause in the feed) is left out, not reported as zero
            const auto &[version, plan] = (*plans)[static_cast<std::size_t>(versionFor(*plans, w.endMs))];
            if (measuring)
                status.windows.push_back(measuring->result());
            measuring = QtConcurrent::run([w, rows, &version = version, &plan = plan, &baseline, &featureNames] {
                return measureWindow(w, *rows, version.version, plan, baseline, *featureNames);
            });
        }
        if (measuring)
            status.windows.push_back(measuring->result());
        throttle.report(total, total, {}, true);
    }
    runCharts(current, baseline, status);
    auto acks = table.acknowledgements();
    if (!acks)
        return acks.error();
    std::set<std::pair<QString, QString>> handled;
    for (const AlarmAcknowledgement &a : *acks)
        handled.insert({a.windowStart, a.metric});
    for (WindowStatus &w : status.windows)
        for (Alarm &a : w.alarms) {
            a.acknowledged = handled.count({a.windowStart, a.metric}) > 0;
            if (a.state == MetricState::Alarm && !a.acknowledged)
                ++status.alarmsOpen;
        }
    return status;
}

Json MonitoringStatus::toJson() const
{
    Json windowList = Json::array();
    for (const WindowStatus &w : windows) {
        Json metrics = Json::object();
        for (const MetricValue &v : w.metrics) {
            Json m = intervalJson(v.value);
            m["state"] = toStd(metricStateName(v.state));
            if (!v.reason.isEmpty())
                m["reason"] = toStd(v.reason);
            metrics[toStd(v.name)] = m;
        }
        Json alarms = Json::array();
        for (const Alarm &a : w.alarms)
            alarms.push_back(Json{{"metric", toStd(a.metric)},
                                  {"rule", toStd(a.rule)},
                                  {"value", a.value},
                                  {"limit", a.limit},
                                  {"state", toStd(metricStateName(a.state))},
                                  {"acknowledged", a.acknowledged}});
        Json entry{{"start", toStd(w.window.first.toString(Qt::ISODate))},
                   {"end", toStd(w.window.last.toString(Qt::ISODate))},
                   {"label", toStd(w.window.label())},
                   {"plan_version", w.planVersion},
                   {"baseline", w.baseline},
                   {"n", w.n},
                   {"n_labelled", w.labelled},
                   {"events", w.events},
                   {"prevalence", intervalJson(w.prevalence)},
                   {"metrics", metrics},
                   {"alarms", alarms}};
        if (!w.subgroups.empty()) {
            Json groups = Json::object();
            for (const auto &[group, values] : w.subgroups) {
                Json g{{"n_labelled", w.subgroupLabelled.at(group)}};
                for (const MetricValue &v : values) {
                    Json m = intervalJson(v.value);
                    m["state"] = toStd(metricStateName(v.state));
                    g[toStd(v.name)] = m;
                }
                groups[toStd(group)] = g;
            }
            entry["subgroups"] = groups;
        }
        windowList.push_back(entry);
    }
    Json chartList = Json::array();
    for (const ChartSeries &c : charts) {
        Json points = Json::array();
        for (const auto &[start, p] : c.points) {
            Json point{{"start", toStd(start)}, {"z", p.z}, {"limit", p.limit}, {"signal", p.signal}};
            if (c.chart.method == QStringLiteral("cusum")) {
                point["upper"] = p.upper;
                point["lower"] = p.lower;
            } else {
                point["ewma"] = p.upper;
            }
            points.push_back(point);
        }
        Json chart{{"metric", toStd(c.chart.metric)},
                   {"method", toStd(c.chart.method)},
                   {"target", c.target ? Json(*c.target) : Json(nullptr)},
                   {"points", points}};
        if (!c.reason.isEmpty())
            chart["reason"] = toStd(c.reason);
        chartList.push_back(chart);
    }
    return Json{{"plan_version", planVersion},
                {"windows", windowList},
                {"control_charts", chartList},
                {"alarms_open", alarmsOpen}};
}

} // namespace vv::monitoring
