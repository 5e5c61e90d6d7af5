#include "monitoring/MonitoringStatus.h"

#include "store/MonitoringTable.h"
#include "store/ProjectStore.h"
#include "store/TestRunTable.h"
#include "validation/Calibration.h"
#include "validation/Discrimination.h"
#include "validation/Sorting.h"

#include <QThread>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <deque>
#include <map>
#include <memory>
#include <set>

namespace vv::monitoring {

using validation::Interval;

namespace {

struct BaselineNeeds;

/// The rows of one window (or of the baseline period), split the way the metrics need them.
struct WindowRows {
    std::vector<double> positives, negatives; // labelled scores by outcome
    std::vector<double> scores; // every score
    std::vector<std::vector<double>> features; // per stored feature: the values present
    std::vector<qint64> missing; // per stored feature: rows without a value
    std::map<QString, std::pair<std::vector<double>, std::vector<double>>> groups; // group -> (positives, negatives)

    /// Empties the rows but keeps the room they took: the next window is about as large, and memory taken afresh for
    /// every window costs a page fault per page and a copy per doubling.
    void reset(std::size_t featureCount)
    {
        positives.clear();
        negatives.clear();
        scores.clear();
        features.resize(featureCount);
        for (auto &values : features)
            values.clear();
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
    /// Appends what `need` names of another window's rows (the baseline period is the union of its windows).
    /// Takes room for a window about as large as other (a tenth more), so that reading it copies nothing as it grows.
    void reserveLike(const WindowRows &other)
    {
        const auto room = [](std::size_t n) { return n + n / 10; };
        positives.reserve(room(other.positives.size()));
        negatives.reserve(room(other.negatives.size()));
        scores.reserve(room(other.scores.size()));
        for (std::size_t i = 0; i < features.size() && i < other.features.size(); ++i)
            features[i].reserve(room(other.features[i].size()));
    }
    void append(const WindowRows &other, const BaselineNeeds &need);
    template <class Parts>
    void reserve(const Parts &parts, const BaselineNeeds &need);
};

/// What the evaluation takes from the baseline period: the PSI bins of the features whose stability the plan measures,
/// and a metric's value only where a control chart takes its target from the baseline. Copying the rest of a
/// quarter's rows into one union, and measuring it, would cost as much as measuring its windows again.
struct BaselineNeeds {
    std::vector<bool> features; ///< per stored feature: its values are needed
    bool outcomes = false; ///< scores and labels are needed
    MonitoringPlan chartRules; ///< the plan cut to the rules whose baseline value a control chart needs

    BaselineNeeds(const MonitoringPlan &plan, const QStringList &featureNames)
        : features(static_cast<std::size_t>(featureNames.size()), false)
        , chartRules(plan)
    {
        chartRules.metrics.clear();
        auto needFeature = [&](const QString &name) {
            if (const auto f = featureNames.indexOf(name); f >= 0)
                features[static_cast<std::size_t>(f)] = true;
        };
        for (const MetricRule &rule : plan.metrics) {
            if (rule.metric == QStringLiteral("psi"))
                needFeature(rule.feature);
            const bool charted = std::any_of(plan.charts.begin(), plan.charts.end(), [&](const ControlChart &c) {
                return !c.target && c.metric == rule.name();
            });
            if (!charted)
                continue;
            chartRules.metrics.push_back(rule);
            if (rule.feature.isEmpty())
                outcomes = true;
            else
                needFeature(rule.feature);
        }
    }
};

template <class Parts>
void WindowRows::reserve(const Parts &parts, const BaselineNeeds &need)
{
    std::size_t pos = 0, neg = 0, all = 0;
    std::vector<std::size_t> values(features.size(), 0);
    for (const auto &part : parts) {
        const auto &rows = part.rows;
        pos += rows->positives.size();
        neg += rows->negatives.size();
        all += rows->scores.size();
        for (std::size_t i = 0; i < values.size() && i < rows->features.size(); ++i)
            values[i] += rows->features[i].size();
    }
    if (need.outcomes) {
        positives.reserve(pos);
        negatives.reserve(neg);
        scores.reserve(all);
    }
    for (std::size_t i = 0; i < values.size(); ++i)
        if (need.features[i])
            features[i].reserve(values[i]);
}

void WindowRows::append(const WindowRows &other, const BaselineNeeds &need)
{
    auto join = [](std::vector<double> &to, const std::vector<double> &from) {
        to.insert(to.end(), from.begin(), from.end());
    };
    if (need.outcomes) {
        join(positives, other.positives);
        join(negatives, other.negatives);
        join(scores, other.scores);
        for (const auto &[name, g] : other.groups) {
            join(groups[name].first, g.first);
            join(groups[name].second, g.second);
        }
    }
    for (std::size_t i = 0; i < features.size() && i < other.features.size(); ++i) {
        if (need.features[i])
            join(features[i], other.features[i]);
        missing[i] += other.missing[i];
    }
}

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

/// The value of one rule's metric on a window's rows; nothing (with reason) when it cannot be measured. `fit` keeps
/// the window's recalibration fit: the intercept and the slope come from the same fit, which is the costliest
/// measure of a window, so a plan with both rules fits once.
Interval measure(const MetricRule &rule, const WindowRows &rows, const BaselineData &baseline,
                 const QStringList &featureNames, double level, std::optional<validation::CalibrationFit> &fit,
                 QString &reason)
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
        if (!fit)
            fit = validation::Calibration::fit(rows.positives, rows.negatives, level);
        reason = fit->reason;
        return m == QStringLiteral("calibration_slope") ? fit->slope : fit->intercept;
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
    std::optional<validation::CalibrationFit> fit;
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
        const Interval value = measure(rule, rows, baseline, featureNames, plan.level, fit, reason);
        MetricValue v = MonitoringEvaluation::judge(rule, value);
        if (v.state == MetricState::NotEnoughData)
            v.reason = reason;
        out.push_back(v);
    }
    return out;
}

using PlanVersions = std::vector<std::pair<MonitoringPlanVersion, MonitoringPlan>>;

Result<PlanVersions> loadPlans(const MonitoringTable &table)
{
    auto stored = table.plans();
    if (!stored)
        return stored.error();
    if (stored->empty())
        return Error::input(MonitoringEvaluation::tr("the project has no monitoring plan"),
                            MonitoringEvaluation::tr("Store one with 'veiviser-cli monitor plan FILE --from PLAN.yaml' "
                                                     "(docs/monitoring.md)."));
    PlanVersions out;
    for (const MonitoringPlanVersion &v : *stored) {
        auto plan = MonitoringPlan::fromJson(v.plan);
        if (!plan)
            return plan.error();
        out.emplace_back(v, *plan);
    }
    return out;
}

/// Where windows' rows are read: readers with connections of their own, one per window being read on the pool's
/// threads at the same time, or (a team project) the project's one connection, read from the evaluating thread only.
struct WindowReading {
    const MonitoringTable &table;
    std::vector<std::unique_ptr<ProductionRowReader>> readers;
    std::size_t featureCount = 0;

    /// How many windows are read and measured at a time.
    std::size_t width() const { return std::max<std::size_t>(1, readers.size()); }
    /// The reader of the k-th window (windows k and k + width() are never read at the same time), or none.
    const ProductionRowReader *reader(std::size_t k) const
    {
        return readers.empty() ? nullptr : readers[k % readers.size()].get();
    }
    Status read(const ProductionRowReader *reader, qint64 fromMs, qint64 toMs, WindowRows &rows) const
    {
        rows.reset(featureCount);
        const auto add = [&rows](const ProductionRow &row) -> Status {
            rows.add(row);
            return {};
        };
        return reader ? reader->forEachRow(fromMs, toMs, add) : table.forEachRow(fromMs, toMs, add, RowKey::Skip);
    }
};

/// One window's work on the pool: its rows (read there when it has a reader) and what was measured in them.
struct WindowWork {
    Window window;
    std::shared_ptr<WindowRows> rows;
    std::optional<WindowStatus> status;
    std::optional<Error> error;
};

/// Runs tasks on the thread pool, at most `width` at a time, and gives their results back in the order they were
/// started: the status lists windows in time order, and memory holds `width` windows however long the history.
class InOrderTasks {
public:
    explicit InOrderTasks(std::size_t width) : m_width(width) { }
    ~InOrderTasks()
    {
        for (auto &task : m_running)
            task.waitForFinished();
    }
    InOrderTasks(const InOrderTasks &) = delete;
    InOrderTasks &operator=(const InOrderTasks &) = delete;
    /// Starts task, first waiting for the oldest running one when `width` are running; returns that one's result.
    std::optional<WindowWork> start(std::function<WindowWork()> task)
    {
        std::optional<WindowWork> done;
        if (m_running.size() >= m_width)
            done = takeOldest();
        m_running.push_back(QtConcurrent::run(std::move(task)));
        return done;
    }
    /// Waits for the oldest task; nothing when none runs.
    std::optional<WindowWork> takeOldest()
    {
        if (m_running.empty())
            return std::nullopt;
        WindowWork done = m_running.front().result();
        m_running.pop_front();
        return done;
    }

private:
    std::size_t m_width;
    std::deque<QFuture<WindowWork>> m_running;
};

/// Reads the baseline period window by window, several at a time where there are readers; the windows wholly inside
/// it are kept in `read` for the evaluation.
Status readBaselinePeriod(const WindowReading &source, const MonitoringPlan &plan, const WindowCalendar &calendar,
                          const BaselineNeeds &need, WindowRows &all, ReadWindows &read)
{
    const qint64 fromMs = calendar.midnight(plan.baseline.from);
    const qint64 toMs = calendar.midnight(plan.baseline.to.addDays(1));
    std::vector<WindowWork> parts;
    const auto keep = [&parts](std::optional<WindowWork> done) -> Status {
        if (done && done->error)
            return *done->error;
        if (done)
            parts.push_back(std::move(*done));
        return {};
    };
    {
        InOrderTasks tasks(source.width());
        std::size_t k = 0;
        for (Window w = calendar.containingInstant(fromMs); w.startMs < toMs; w = calendar.after(w), ++k) {
            WindowWork work{w, std::make_shared<WindowRows>(), {}, {}};
            work.rows->reset(source.featureCount);
            if (!parts.empty()) // the baseline's windows are all kept, so none can lend its room to the next
                work.rows->reserveLike(*parts.back().rows);
            const qint64 from = std::max(w.startMs, fromMs), to = std::min(w.endMs, toMs);
            const ProductionRowReader *reader = source.reader(k);
            if (!reader) // the project's own connection is read from this thread only
                VV_TRY(source.read(nullptr, from, to, *work.rows));
            VV_TRY(keep(tasks.start([work, reader, from, to, &source]() mutable {
                if (reader)
                    if (const Status s = source.read(reader, from, to, *work.rows); !s)
                        work.error = s.error();
                return work;
            })));
        }
        while (auto done = tasks.takeOldest())
            VV_TRY(keep(std::move(done)));
    }
    // The union's room is taken once: grown window by window it was copied at each doubling.
    all.reset(source.featureCount);
    all.reserve(parts, need);
    for (WindowWork &part : parts) {
        all.append(*part.rows, need);
        if (part.window.startMs >= fromMs && part.window.endMs <= toMs)
            read.emplace(part.window.startMs, std::move(part.rows));
    }
    return {};
}

Status loadBaseline(ProjectStore &store, const WindowReading &source, const MonitoringPlan &plan,
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
    const BaselineNeeds need(plan, featureNames);
    WindowRows rows;
    VV_TRY(readBaselinePeriod(source, plan, calendar, need, rows, read));
    rows.sort();
    for (qsizetype f = 0; f < featureNames.size(); ++f) {
        auto &values = rows.features[static_cast<std::size_t>(f)];
        if (!need.features[static_cast<std::size_t>(f)] || values.empty())
            continue;
        validation::sortScores(values);
        const auto edges = psiEdges(values);
        out.counts[featureNames[f]] = psiCounts(values, edges);
        out.edges[featureNames[f]] = edges;
    }
    for (const MetricValue &v : measureAll(need.chartRules, rows, out, featureNames))
        out.values[v.name] = v.value.estimate;
    return {};
}

int versionFor(const PlanVersions &plans, qint64 endMs)
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

namespace {

/// Reads and measures every window from the first stored row's to the last's (or range.through), in time order.
Status measureWindows(const WindowReading &source, const WindowCalendar &calendar,
                      const std::pair<qint64, qint64> &stored, const EvaluationRange &range, const PlanVersions &plans,
                      const BaselineData &baseline, const QStringList &featureNames, ReadWindows &alreadyRead,
                      const CancellationToken *cancel, const ProgressSink &progress, std::vector<WindowStatus> &out)
{
    ProgressThrottle throttle(progress);
    const Window firstWindow = calendar.containingInstant(stored.first);
    Window lastWindow = calendar.containingInstant(stored.second);
    if (range.through.isValid())
        if (const Window through = calendar.containing(range.through); through.startMs < lastWindow.startMs)
            lastWindow = through;
    const qint64 total = std::max<qint64>(1, lastWindow.endMs - firstWindow.startMs);
    const auto collect = [&out](std::optional<WindowWork> done) -> Status {
        if (done && done->error)
            return *done->error;
        if (done && done->status)
            out.push_back(std::move(*done->status));
        return {};
    };
    // Each reading slot keeps its rows' room for its next window (fresh memory for every window costs a page fault
    // a page); one more slot than windows at a time, because without readers this thread reads the next window
    // while the one before is measured.
    std::vector<std::shared_ptr<WindowRows>> slots(source.width() + 1);
    for (auto &rows : slots)
        rows = std::make_shared<WindowRows>();
    InOrderTasks tasks(source.width());
    std::size_t k = 0;
    for (Window w = firstWindow; w.startMs <= lastWindow.startMs; w = calendar.after(w), ++k) {
        if (cancel && cancel->isCancelled())
            return Error::cancelled();
        throttle.report(w.startMs - firstWindow.startMs, total, MonitoringEvaluation::tr("Window %1").arg(w.label()));
        WindowWork work{w, nullptr, {}, {}};
        const ProductionRowReader *reader = source.reader(k);
        bool toRead = false;
        if (const auto kept = alreadyRead.find(w.startMs); kept != alreadyRead.end()) {
            work.rows = std::move(kept->second);
            alreadyRead.erase(kept);
        } else {
            work.rows = slots[k % slots.size()];
            toRead = reader != nullptr;
            if (!reader) // the project's own connection is read from this thread only
                VV_TRY(source.read(nullptr, w.startMs, w.endMs, *work.rows));
        }
        const auto &[version, plan] = plans[static_cast<std::size_t>(versionFor(plans, w.endMs))];
        VV_TRY(collect(tasks.start([work, reader, toRead, &source, version = version.version, &plan = plan,
                                    &baseline, &featureNames]() mutable {
            if (toRead)
                if (const Status s = source.read(reader, work.window.startMs, work.window.endMs, *work.rows); !s) {
                    work.error = s.error();
                    return work;
                }
            // A window without data (a pause in the feed) is left out, not reported as zero.
            if (!work.rows->scores.empty())
                work.status = measureWindow(work.window, *work.rows, version, plan, baseline, featureNames);
            work.rows.reset();
            return work;
        })));
    }
    while (auto done = tasks.takeOldest())
        VV_TRY(collect(std::move(done)));
    throttle.report(total, total, {}, true);
    return {};
}

} // namespace

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
    // Windows are read and measured on the pool's threads, each reading through a connection of its own (SQLite
    // reads one statement on one thread: a year of windows was as slow as its reading on one core).
    const WindowReading source{table, table.parallelReaders(std::clamp(QThread::idealThreadCount(), 2, 4)),
                               static_cast<std::size_t>(featureNames->size())};
    BaselineData baseline;
    ReadWindows alreadyRead;
    VV_TRY(loadBaseline(store, source, current, calendar, *featureNames, baseline, alreadyRead));
    auto stored = table.timeRange();
    if (!stored)
        return stored.error();
    if (*stored)
        VV_TRY(measureWindows(source, calendar, **stored, range, *plans, baseline, *featureNames, alreadyRead,
                              cancel, progress, status.windows));
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
