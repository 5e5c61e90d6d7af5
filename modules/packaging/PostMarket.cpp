#include "packaging/PostMarket.h"

#include "packaging/Charts.h"

#include "core/Clock.h"
#include "guidance/GuidanceLibrary.h"
#include "packaging/DocumentModel.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace vv::packaging {

using namespace vv::monitoring;

// ---- reading ----

Result<PostMarketData> PostMarketData::read(ProjectStore &store, const guidance::GuidanceLibrary &library,
                                            bool measureWindows)
{
    PostMarketData d;
    auto plans = MonitoringTable(store).plans();
    if (!plans)
        return plans.error();
    d.planVersions = *plans;
    if (!d.planVersions.empty()) {
        auto plan = MonitoringPlan::fromJson(d.planVersions.back().plan);
        if (!plan)
            return plan.error();
        d.plan = *plan;
        // A plan without data yet, or data the evaluation cannot read, still makes a plan document; the report
        // says why it has no windows instead of failing the whole package.
        if (measureWindows) {
            auto status = MonitoringEvaluation::evaluate(store);
            if (status)
                d.status = std::move(*status);
            else
                d.statusProblem = status.error().what();
        }
    }
    auto deviations = DeviationTable(store).all();
    if (!deviations)
        return deviations.error();
    d.deviations = *deviations;
    auto incidents = DeviationTable(store).incidents();
    if (!incidents)
        return incidents.error();
    d.incidents = *incidents;
    auto rules = IncidentRulesReader::loadShipped(library);
    if (!rules)
        return rules.error();
    d.rules = std::make_shared<const IncidentRules>(std::move(*rules));
    // Deadlines run in Norwegian calendar days, as `incident list` counts them.
    d.today = store.clock().nowUtc().toTimeZone(QTimeZone("Europe/Oslo")).date();
    return d;
}

PostMarketData PostMarketData::specimen(const guidance::GuidanceLibrary &library, const QDate &today)
{
    PostMarketData d;
    d.today = today;
    // Every metric kind a plan can hold (limits, threshold, feature) and both chart methods.
    MonitoringPlan plan;
    plan.baseline.from = today.addDays(-70);
    plan.baseline.to = today.addDays(-29);
    MetricRule auroc;
    auroc.metric = QStringLiteral("auroc");
    auroc.lower = 0.7;
    MetricRule alert;
    alert.metric = QStringLiteral("alert_rate");
    alert.threshold = 0.3;
    alert.upper = 0.25;
    MetricRule psi;
    psi.metric = QStringLiteral("psi");
    psi.feature = QStringLiteral("age");
    psi.upper = 0.2;
    plan.metrics = {auroc, alert, psi};
    ControlChart cusum;
    cusum.metric = QStringLiteral("auroc");
    cusum.method = QStringLiteral("cusum");
    ControlChart ewma;
    ewma.metric = QStringLiteral("alert_rate");
    ewma.method = QStringLiteral("ewma");
    ewma.target = 0.2;
    plan.charts = {cusum, ewma};
    d.plan = plan;
    MonitoringPlanVersion version;
    version.version = 1;
    version.plan = plan.toJson();
    version.validFrom = QDateTime(today.addDays(-70), QTime(12, 0), QTimeZone::utc());
    version.actor = QStringLiteral("specimen");
    d.planVersions = {version};

    MonitoringStatus status;
    status.planVersion = 1;
    WindowCalendar calendar(WindowKind::Week, QTimeZone("Europe/Oslo"));
    Window w = calendar.containing(today.addDays(-14));
    for (int i = 0; i < 2; ++i, w = calendar.after(w)) {
        WindowStatus ws;
        ws.window = w;
        ws.planVersion = 1;
        ws.baseline = i == 0;
        ws.n = 500;
        ws.labelled = 400;
        ws.events = 40;
        ws.prevalence = {0.1, 0.08, 0.12};
        for (const MetricRule &r : plan.metrics) {
            MetricValue v = MonitoringEvaluation::judge(r, {0.6, 0.55, 0.65});
            v.name = r.name();
            ws.metrics.push_back(v);
        }
        MetricValue none;
        none.name = QStringLiteral("auroc");
        none.reason = QStringLiteral("Specimen");
        ws.metrics.push_back(none);
        ws.alarms.push_back({w.first.toString(Qt::ISODate), QStringLiteral("auroc"), QStringLiteral("limit"), 0.6, 0.7,
                             MetricState::Alarm, i == 0});
        status.windows.push_back(ws);
    }
    ChartSeries series;
    series.chart = cusum;
    series.target = 0.8;
    series.points.push_back({w.first.toString(Qt::ISODate), ChartPoint{}});
    series.points.back().second.signal = true;
    status.charts = {series};
    status.alarmsOpen = 1;
    d.status = status;

    Deviation dev;
    dev.id = 1;
    dev.title = dev.description = dev.owner = dev.assessment = dev.cause = dev.correctiveAction = dev.closingCheck =
        QStringLiteral("Specimen");
    dev.severity = QStringLiteral("high");
    dev.links = {{QStringLiteral("alarm"), QStringLiteral("2025-01-06:auroc")}};
    dev.closed = true;
    dev.openedAt = dev.updatedAt = dev.closedAt = QDateTime(today, QTime(12, 0), QTimeZone::utc());
    dev.openedBy = dev.updatedBy = QStringLiteral("specimen");
    d.deviations = {dev};

    auto rules = IncidentRulesReader::loadShipped(library);
    d.rules = std::make_shared<const IncidentRules>(rules ? std::move(*rules) : IncidentRules{});
    Incident incident;
    incident.id = 1;
    incident.deviationId = 1;
    incident.awareOn = today.addDays(-3);
    incident.notes = QStringLiteral("Specimen");
    // Every question answered yes, so that every report applies and each one's fields are rendered; the first one
    // sent, so that a sent report is rendered too.
    for (const IncidentFact &f : d.rules->facts)
        incident.facts[toStd(f.id)] = true;
    if (!d.rules->reports.empty())
        incident.reports[toStd(d.rules->reports.front().id)] = {{"sent_on", toStd(today.toString(Qt::ISODate))},
                                                                {"reference", "Specimen"}};
    d.incidents = {incident};
    return d;
}

// ---- the template data ----

namespace {

/// A measured value: three decimals, as the monitoring status prints it.
QString number(const std::optional<double> &v, const QString &lang)
{
    return v && std::isfinite(*v) ? documentLocale(lang).toString(*v, 'f', 3) : QString();
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString dateOf(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(QTimeZone("Europe/Oslo")).date().toString(Qt::ISODate) : QString();
}

Json paragraphs(const QString &text)
{
    Json out = Json::array();
    for (const QString &p : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        if (!p.trimmed().isEmpty())
            out.push_back(toStd(p.trimmed()));
    return out;
}

/// A text field: its paragraphs, and whether it is written.
Json textJson(const QString &text)
{
    return {{"given", !text.trimmed().isEmpty()}, {"paragraphs", paragraphs(text)}};
}

class Context {
public:
    Context(const ProjectSnapshot &s, const PostMarketWords &w, const QString &lang) : s(s), w(w), lang(lang) {}
    const ProjectSnapshot &s;
    const PostMarketWords &w;
    const QString &lang;

    /// A plan metric in the document's words: "Alert rate (threshold 0.3)", "PSI (age)".
    QString metricLabel(const QString &name) const
    {
        const QString metric = name.section(QLatin1Char(':'), 0, 0);
        const QString feature = name.section(QLatin1Char(':'), 1);
        QString label = w(QStringLiteral("metric_") + metric);
        if (!feature.isEmpty())
            label += QStringLiteral(" (%1)").arg(feature);
        const PostMarketData &pm = s.postMarket;
        if (pm.plan)
            if (const MetricRule *r = pm.plan->rule(name); r && r->threshold)
                label += QStringLiteral(" (%1 %2)").arg(w(QStringLiteral("metric_threshold")), number(r->threshold, lang));
        return label;
    }
    QString stateText(MetricState state) const { return w(QStringLiteral("pm_state_") + metricStateName(state)); }
    QString interval(const validation::Interval &v) const
    {
        if (!v.lower || !v.upper)
            return {};
        return w(QStringLiteral("interval_format")).arg(number(v.lower, lang), number(v.upper, lang));
    }
    Json sources(QStringList ids) const
    {
        ids.removeDuplicates(); // a report's own sources and its deadline's often overlap
        Json out = Json::array();
        for (const QString &id : ids)
            if (const guidance::Source *src = s.postMarket.rules ? s.postMarket.rules->source(id) : nullptr)
                out.push_back({{"citation", toStd(src->citation.in(lang))}, {"url", toStd(src->url)}});
        return out;
    }
    QString daysText(int days, bool immediately) const
    {
        return immediately ? w(QStringLiteral("pm_immediately")) : w(QStringLiteral("pm_days")).arg(days);
    }
};

Json planJson(const Context &c)
{
    const PostMarketData &pm = c.s.postMarket;
    Json j = {{"has_plan", pm.plan.has_value()}};
    if (!pm.plan)
        return j;
    const MonitoringPlan &p = *pm.plan;
    const MonitoringPlanVersion &v = pm.planVersions.back();
    j["version"] = v.version;
    j["valid_from"] = toStd(dateOf(v.validFrom));
    j["stored_by"] = toStd(v.actor);
    j["window_text"] = toStd(c.w(QStringLiteral("pm_window_") + windowKindName(p.window)));
    j["time_zone"] = toStd(p.timeZone);
    j["baseline_text"] = toStd(p.baseline.testRun
                                   ? c.w(QStringLiteral("pm_baseline_run")).arg(*p.baseline.testRun)
                                   : c.w(QStringLiteral("pm_baseline_period")).arg(date(p.baseline.from), date(p.baseline.to)));
    j["min_labelled"] = p.minLabelled;
    j["min_rows"] = p.minRows;
    j["confidence"] = toStd(documentLocale(c.lang).toString(p.level * 100, 'f', 0) + QStringLiteral(" %"));
    Json metrics = Json::array();
    for (const MetricRule &r : p.metrics)
        metrics.push_back({{"name", toStd(r.name())},
                           {"label", toStd(c.metricLabel(r.name()))},
                           {"lower", toStd(number(r.lower, c.lang))},
                           {"upper", toStd(number(r.upper, c.lang))}});
    j["metrics"] = metrics;
    Json charts = Json::array();
    for (const ControlChart &ch : p.charts) {
        const bool cusum = ch.method == QStringLiteral("cusum");
        const QString params = cusum ? QStringLiteral("k = %1, h = %2").arg(number(ch.k, c.lang), number(ch.h, c.lang))
                                     : QStringLiteral("λ = %1, L = %2").arg(number(ch.lambda, c.lang), number(ch.width, c.lang));
        charts.push_back({{"metric", toStd(c.metricLabel(ch.metric))},
                          {"method", toStd(cusum ? QStringLiteral("CUSUM") : QStringLiteral("EWMA"))},
                          {"parameters", toStd(params)},
                          {"target", toStd(ch.target ? number(ch.target, c.lang) : c.w(QStringLiteral("pm_target_baseline")))}});
    }
    j["charts"] = charts;
    j["has_charts"] = !charts.empty();
    Json versions = Json::array();
    for (const MonitoringPlanVersion &pv : pm.planVersions)
        versions.push_back({{"version", pv.version}, {"valid_from", toStd(dateOf(pv.validFrom))}, {"stored_by", toStd(pv.actor)}});
    j["versions"] = versions;
    return j;
}

bool inPeriod(const QDate &d, const std::pair<QDate, QDate> &period)
{
    return d.isValid() && (!period.first.isValid() || d >= period.first) && (!period.second.isValid() || d <= period.second);
}

/// The x axis of a chart over windows: they are numbered from 1, and the label says which windows the ends are.
QString windowAxis(const Context &c, const std::vector<const WindowStatus *> &windows)
{
    return c.w(QStringLiteral("pm_chart_windows"))
        .arg(windows.front()->window.label())
        .arg(windows.size())
        .arg(windows.back()->window.label());
}

/// One chart per measure of the period: each window's value with its interval, the plan's limits, the alarms in red.
Json metricCharts(const Context &c, const std::vector<const WindowStatus *> &windows, const QStringList &columns)
{
    Json out = Json::array();
    if (windows.size() < 2)
        return out;
    for (const QString &name : columns) {
        std::vector<charts::SeriesPoint> points;
        for (std::size_t i = 0; i < windows.size(); ++i) {
            charts::SeriesPoint p;
            p.x = double(i + 1);
            for (const MetricValue &v : windows[i]->metrics)
                if (v.name == name) {
                    p.y = v.value.estimate;
                    p.lower = v.value.lower;
                    p.upper = v.value.upper;
                    p.flagged = v.state == MetricState::Alarm;
                }
            points.push_back(p);
        }
        std::vector<double> limits;
        if (c.s.postMarket.plan)
            if (const MetricRule *r = c.s.postMarket.plan->rule(name)) {
                if (r->lower)
                    limits.push_back(*r->lower);
                if (r->upper)
                    limits.push_back(*r->upper);
            }
        const QString svg = charts::timeSeries(points, limits,
                                               {c.metricLabel(name), windowAxis(c, windows), c.metricLabel(name),
                                                {c.w(QStringLiteral("pm_chart_value")), c.w(QStringLiteral("pm_chart_limit"))}});
        if (!svg.isEmpty())
            out.push_back({{"chart_svg", toStd(svg)}});
    }
    return out;
}

/// A control chart over the windows it has points for: the larger of its sums (CUSUM) or its smoothed statistic
/// (EWMA), against its limit.
QString controlChartSvg(const Context &c, const ChartSeries &cs, const std::pair<QDate, QDate> &period)
{
    std::vector<charts::SeriesPoint> points;
    std::optional<double> limit;
    QString first, last;
    // The points are keyed by the window's first day; the axis names windows as the other charts do.
    auto label = [&](const QString &start) {
        for (const WindowStatus &ws : c.s.postMarket.status->windows)
            if (ws.window.first.toString(Qt::ISODate) == start)
                return ws.window.label();
        return start;
    };
    for (const auto &[start, point] : cs.points) {
        if (!inPeriod(QDate::fromString(start, Qt::ISODate), period))
            continue;
        charts::SeriesPoint p;
        p.x = double(points.size() + 1);
        p.y = cs.chart.method == QStringLiteral("cusum") ? std::max(point.upper, point.lower) : point.upper;
        p.flagged = point.signal;
        points.push_back(p);
        limit = point.limit;
        (first.isEmpty() ? first : last) = label(start);
    }
    if (points.size() < 2 || !limit)
        return {};
    std::vector<double> limits = {*limit};
    if (cs.chart.method != QStringLiteral("cusum"))
        limits.push_back(-*limit); // the EWMA signals on either side
    const QString title = QStringLiteral("%1 – %2").arg(cs.chart.method.toUpper(), c.metricLabel(cs.chart.metric));
    return charts::timeSeries(points, limits,
                              {title, c.w(QStringLiteral("pm_chart_windows")).arg(first).arg(points.size()).arg(last),
                               c.w(QStringLiteral("pm_chart_statistic")),
                               {c.w(QStringLiteral("pm_chart_statistic")), c.w(QStringLiteral("pm_chart_limit"))}});
}


Json windowsJson(const Context &c, const std::pair<QDate, QDate> &period)
{
    const PostMarketData &pm = c.s.postMarket;
    Json j = {{"problem", toStd(pm.statusProblem)}, {"has_problem", !pm.statusProblem.isEmpty()}};
    std::vector<const WindowStatus *> windows;
    if (pm.status)
        for (const WindowStatus &ws : pm.status->windows)
            if (inPeriod(ws.window.first, period) && inPeriod(ws.window.last, period))
                windows.push_back(&ws);
    // The columns: every measure any window in the period was judged by, in the order met (a later plan version
    // may add measures).
    QStringList columns;
    for (const WindowStatus *ws : windows)
        for (const MetricValue &v : ws->metrics)
            if (!columns.contains(v.name))
                columns << v.name;
    Json cols = Json::array();
    for (const QString &name : columns)
        cols.push_back({{"label", toStd(c.metricLabel(name))}});
    j["columns"] = cols;
    Json rows = Json::array(), alarms = Json::array();
    qint64 n = 0, labelled = 0;
    for (const WindowStatus *ws : windows) {
        Json cells = Json::array();
        for (const QString &name : columns) {
            const auto it = std::find_if(ws->metrics.begin(), ws->metrics.end(),
                                         [&](const MetricValue &v) { return v.name == name; });
            if (it == ws->metrics.end()) {
                cells.push_back({{"value", ""}, {"ci", ""}, {"state", ""}, {"state_text", ""}, {"is_alarm", false}});
                continue;
            }
            cells.push_back({{"value", toStd(number(it->value.estimate, c.lang))},
                             {"ci", toStd(c.interval(it->value))},
                             {"state", toStd(metricStateName(it->state))},
                             {"state_text", toStd(c.stateText(it->state))},
                             {"is_alarm", it->state == MetricState::Alarm}});
        }
        n += ws->n;
        labelled += ws->labelled;
        rows.push_back({{"label", toStd(ws->window.label())},
                        {"first", toStd(date(ws->window.first))},
                        {"last", toStd(date(ws->window.last))},
                        {"baseline", ws->baseline},
                        {"plan_version", ws->planVersion},
                        {"n", ws->n},
                        {"labelled", ws->labelled},
                        {"cells", cells}});
        for (const Alarm &a : ws->alarms)
            alarms.push_back({{"window", toStd(ws->window.label())},
                              {"metric", toStd(c.metricLabel(a.metric))},
                              {"rule", toStd(c.w(QStringLiteral("pm_rule_") + a.rule))},
                              {"value", toStd(number(a.value, c.lang))},
                              {"limit", toStd(number(a.limit, c.lang))},
                              {"state_text", toStd(c.stateText(a.state))},
                              {"is_alarm", a.state == MetricState::Alarm},
                              {"acknowledged", a.acknowledged}});
    }
    j["rows"] = rows;
    j["has_rows"] = !rows.empty();
    // The same rows cut into tables of a few measures each: a plan with ten measures does not fit the width of an
    // A4 page in one table.
    constexpr std::size_t perTable = 4;
    Json tables = Json::array();
    for (std::size_t first = 0; first < cols.size(); first += perTable) {
        const std::size_t last = std::min(cols.size(), first + perTable);
        Json tableRows = Json::array();
        for (const Json &row : rows) {
            Json r = row;
            Json cells = Json::array();
            for (std::size_t i = first; i < last; ++i)
                cells.push_back(row["cells"][i]);
            r["cells"] = cells;
            tableRows.push_back(std::move(r));
        }
        Json tableCols = Json::array();
        for (std::size_t i = first; i < last; ++i)
            tableCols.push_back(cols[i]);
        tables.push_back({{"columns", tableCols}, {"rows", tableRows}});
    }
    j["tables"] = tables;
    j["metric_charts"] = metricCharts(c, windows, columns);
    j["has_metric_charts"] = !j["metric_charts"].empty();
    j["alarms"] = alarms;
    j["has_alarms"] = !alarms.empty();
    j["totals"] = {{"windows", rows.size()}, {"n", n}, {"labelled", labelled}};
    Json charts = Json::array();
    if (pm.status)
        for (const ChartSeries &cs : pm.status->charts) {
            int points = 0, signals = 0;
            QString first;
            for (const auto &[start, point] : cs.points)
                if (inPeriod(QDate::fromString(start, Qt::ISODate), period)) {
                    ++points;
                    if (point.signal) {
                        ++signals;
                        if (first.isEmpty())
                            first = start;
                    }
                }
            charts.push_back({{"metric", toStd(c.metricLabel(cs.chart.metric))},
                              {"method", toStd(cs.chart.method.toUpper())},
                              {"target", toStd(number(cs.target, c.lang))},
                              {"points", points},
                              {"signals", signals},
                              {"first_signal", toStd(first)},
                              {"reason", toStd(cs.reason)},
                              {"chart_svg", toStd(controlChartSvg(c, cs, period))}});
        }
    j["charts"] = charts;
    j["has_charts"] = !charts.empty();
    return j;
}

QString alarmRefText(const Context &c, const QString &ref)
{
    // "2026-05-25:oe_ratio": the window's start and the measure.
    return QStringLiteral("%1 %2").arg(ref.section(QLatin1Char(':'), 0, 0), c.metricLabel(ref.section(QLatin1Char(':'), 1)));
}

Json deviationJson(const Context &c, const Deviation &d)
{
    Json links = Json::array();
    for (const DeviationLink &l : d.links)
        links.push_back({{"text", toStd(c.w(QStringLiteral("pm_link_") + l.kind) + QStringLiteral(" ") +
                                         (l.kind == QStringLiteral("alarm") ? alarmRefText(c, l.ref) : l.ref))}});
    return {{"id", d.id},
            {"title", toStd(d.title)},
            {"severity_text", toStd(c.w(QStringLiteral("pm_severity_") + d.severity))},
            {"owner", toStd(d.owner)},
            {"opened", toStd(dateOf(d.openedAt))},
            {"opened_by", toStd(d.openedBy)},
            {"closed", d.closed},
            {"closed_on", toStd(dateOf(d.closedAt))},
            {"status_text", toStd(c.w(d.closed ? QStringLiteral("pm_deviation_closed") : QStringLiteral("pm_deviation_open")))},
            {"description", textJson(d.description)},
            {"assessment", textJson(d.assessment)},
            {"cause", textJson(d.cause)},
            {"corrective_action", textJson(d.correctiveAction)},
            {"closing_check", textJson(d.closingCheck)},
            {"links", links},
            {"has_links", !links.empty()}};
}

const Deviation *deviationOf(const PostMarketData &pm, qint64 id)
{
    for (const Deviation &d : pm.deviations)
        if (d.id == id)
            return &d;
    return nullptr;
}

Json incidentJson(const Context &c, const Incident &incident)
{
    const PostMarketData &pm = c.s.postMarket;
    const auto projectValue = [&](const QString &id) { return c.s.assessment.value(id); };
    Json facts = Json::array();
    if (pm.rules)
        for (const IncidentFact &f : pm.rules->facts) {
            const std::string key = toStd(f.id);
            const bool answered = incident.facts.contains(key) && incident.facts[key].is_boolean();
            facts.push_back({{"id", key},
                             {"title", toStd(f.title.in(c.lang))},
                             {"answered", answered},
                             {"yes", answered && incident.facts[key].get<bool>()},
                             {"text", toStd(c.w(!answered ? QStringLiteral("pm_not_answered")
                                                : incident.facts[key].get<bool>() ? QStringLiteral("value_yes")
                                                                                  : QStringLiteral("value_no")))}});
        }
    Json reports = Json::array();
    int sent = 0;
    std::vector<IncidentReportStatus> statuses;
    if (pm.rules)
        statuses = incidentReports(*pm.rules, incident, projectValue, pm.today);
    for (const IncidentReportStatus &st : statuses) {
        const IncidentReportRule &rule = *st.due.rule;
        QString deadline;
        if (st.due.days)
            deadline = c.daysText(*st.due.days, st.due.immediately);
        const bool applies = st.due.applies == guidance::Truth::True;
        QString daysLeft;
        if (st.daysLeft)
            daysLeft = *st.daysLeft < 0 ? c.w(QStringLiteral("pm_overdue_days")).arg(-*st.daysLeft)
                                        : c.w(QStringLiteral("pm_days_left")).arg(*st.daysLeft);
        sent += st.sentOn.isValid() ? 1 : 0;
        QStringList why;
        if (pm.rules)
            for (const QString &f : st.due.missingFacts + st.due.deadlineFacts) {
                const IncidentFact *fact = pm.rules->fact(f);
                const QString title = fact ? fact->title.in(c.lang) : f;
                if (!why.contains(title))
                    why << title;
            }
        reports.push_back({{"id", toStd(rule.id)},
                           {"title", toStd(rule.title.in(c.lang))},
                           {"recipient", toStd(rule.recipient.in(c.lang))},
                           {"duty_text", toStd(c.w(QStringLiteral("role_") + rule.duty))},
                           {"applies_text", toStd(c.w(applies ? QStringLiteral("pm_report_due") : QStringLiteral("pm_report_maybe")))},
                           {"clock", toStd(rule.clock.in(c.lang))},
                           {"deadline", toStd(deadline)},
                           {"has_deadline", !deadline.isEmpty()},
                           {"due", toStd(date(st.due.due))},
                           {"sent_on", toStd(date(st.sentOn))},
                           {"is_sent", st.sentOn.isValid()},
                           {"reference", toStd(st.reference)},
                           {"days_left", toStd(daysLeft)},
                           {"overdue", st.overdue()},
                           {"open_questions", toStd(why.join(QStringLiteral("; ")))},
                           {"has_open_questions", !why.isEmpty()},
                           {"unclear", toStd(rule.unclear.in(c.lang))},
                           {"sources", c.sources(rule.sources + st.due.deadlineSources)}});
    }
    const Deviation *dev = deviationOf(pm, incident.deviationId);
    // The MIR form's report type: nothing sent yet is the initial report (combined with the final one when the
    // deviation is already closed); after a first report, a closed deviation makes the final report.
    const bool closed = dev && dev->closed;
    const QString type = sent == 0 ? (closed ? QStringLiteral("initial_final") : QStringLiteral("initial"))
                                   : (closed ? QStringLiteral("final") : QStringLiteral("follow_up"));
    Json j = {{"id", incident.id},
              {"aware_on", toStd(date(incident.awareOn))},
              {"recorded", toStd(dateOf(incident.createdAt))},
              {"recorded_by", toStd(incident.createdBy)},
              {"notes", textJson(incident.notes)},
              {"facts", facts},
              {"reports", reports},
              {"has_reports", !reports.empty()},
              {"report_type_text", toStd(c.w(QStringLiteral("pm_report_type_") + type))},
              {"has_deviation", dev != nullptr}};
    if (dev)
        j["deviation"] = deviationJson(c, *dev);
    else
        j["deviation"] = deviationJson(c, Deviation{});
    return j;
}

/// The incidents a document shows: all, the newest, or the one named in the detail incident.id.
std::vector<const Incident *> chosenIncidents(const ProjectSnapshot &s)
{
    std::vector<const Incident *> all;
    for (const Incident &i : s.postMarket.incidents)
        all.push_back(&i);
    // Newest first: the latest awareness date, then the latest recorded.
    std::stable_sort(all.begin(), all.end(), [](const Incident *a, const Incident *b) {
        return a->awareOn != b->awareOn ? a->awareOn > b->awareOn : a->id > b->id;
    });
    const QString which = s.detail(QStringLiteral("incident.id"));
    if (which.isEmpty() || which.compare(QStringLiteral("all"), Qt::CaseInsensitive) == 0)
        return all;
    if (which.compare(QStringLiteral("newest"), Qt::CaseInsensitive) == 0 ||
        which.compare(QStringLiteral("nyeste"), Qt::CaseInsensitive) == 0)
        return all.empty() ? all : std::vector<const Incident *>{all.front()};
    bool ok = false;
    const qint64 id = which.toLongLong(&ok);
    std::vector<const Incident *> one;
    for (const Incident *i : all)
        if (ok && i->id == id)
            one.push_back(i);
    return one;
}

Json rulesJson(const Context &c)
{
    Json out = Json::array();
    const PostMarketData &pm = c.s.postMarket;
    if (!pm.rules)
        return out;
    const QString role = roleToString(c.s.info.role);
    for (const IncidentReportRule &r : pm.rules->reports) {
        // A plan lists the reports that are its own duty; a project in both roles lists all.
        if (role != QStringLiteral("both") && r.duty != role)
            continue;
        QStringList deadlines;
        QStringList sourceIds = r.sources;
        for (const ReportDeadline &d : r.deadlines) {
            const QString text = c.daysText(d.days, d.immediately);
            if (!deadlines.contains(text))
                deadlines << text;
            sourceIds += d.sources;
        }
        sourceIds.removeDuplicates();
        out.push_back({{"title", toStd(r.title.in(c.lang))},
                       {"recipient", toStd(r.recipient.in(c.lang))},
                       {"clock", toStd(r.clock.in(c.lang))},
                       {"deadlines", toStd(deadlines.join(QStringLiteral(" / ")))},
                       {"sources", c.sources(sourceIds)}});
    }
    return out;
}

} // namespace

std::pair<QDate, QDate> PostMarketModel::period(const ProjectSnapshot &s)
{
    auto dateDetail = [&](const char *key) {
        return QDate::fromString(s.detail(QLatin1String(key)), Qt::ISODate);
    };
    return {dateDetail("pms.period_start"), dateDetail("pms.period_end")};
}

Json PostMarketModel::build(const ProjectSnapshot &s, const PostMarketWords &w, const QString &lang)
{
    const Context c(s, w, lang);
    const auto period = PostMarketModel::period(s);
    Json j;
    j["plan"] = planJson(c);
    j["period"] = {{"start", toStd(date(period.first))},
                   {"end", toStd(date(period.second))},
                   {"whole", !period.first.isValid() && !period.second.isValid()}};
    j["windows"] = windowsJson(c, period);
    Json deviations = Json::array();
    for (const Deviation &d : s.postMarket.deviations) {
        // A deviation belongs to the period when it was open during some of it.
        const QDate opened = d.openedAt.toTimeZone(QTimeZone("Europe/Oslo")).date();
        const QDate closed = d.closed ? d.closedAt.toTimeZone(QTimeZone("Europe/Oslo")).date() : QDate();
        if (period.second.isValid() && opened > period.second)
            continue;
        if (period.first.isValid() && closed.isValid() && closed < period.first)
            continue;
        deviations.push_back(deviationJson(c, d));
    }
    j["deviations"] = deviations;
    j["has_deviations"] = !deviations.empty();
    Json periodIncidents = Json::array();
    for (const Incident &i : s.postMarket.incidents)
        if (inPeriod(i.awareOn, period) || (!period.first.isValid() && !period.second.isValid()))
            periodIncidents.push_back(incidentJson(c, i));
    j["period_incidents"] = periodIncidents;
    j["has_period_incidents"] = !periodIncidents.empty();
    Json chosen = Json::array();
    for (const Incident *i : chosenIncidents(s))
        chosen.push_back(incidentJson(c, *i));
    j["incidents"] = chosen;
    j["has_incidents"] = !chosen.empty();
    const Json rules = rulesJson(c);
    j["report_rules"] = rules;
    j["has_report_rules"] = !rules.empty();
    return j;
}

const QStringList &PostMarketModel::requiredNames()
{
    static const QStringList names = {QStringLiteral("monitoring_plan"), QStringLiteral("monitoring_windows"),
                                      QStringLiteral("incidents")};
    return names;
}

std::optional<MissingItem> PostMarketModel::missing(const ProjectSnapshot &s, const QString &name, const PostMarketWords &w)
{
    const PostMarketData &pm = s.postMarket;
    if (name == QStringLiteral("monitoring_plan") && !pm.plan)
        return MissingItem{name, w(QStringLiteral("missing_monitoring_plan"))};
    if (name == QStringLiteral("monitoring_windows")) {
        // Without a plan there are no windows either; monitoring_plan names the plan itself.
        if (!pm.plan)
            return MissingItem{name, w(QStringLiteral("missing_monitoring_windows"))};
        if (!pm.statusProblem.isEmpty())
            return MissingItem{name, w(QStringLiteral("missing_monitoring_status")).arg(pm.statusProblem)};
        // A period date that is not a date would silently widen the report to all windows.
        for (const char *key : {"pms.period_start", "pms.period_end"}) {
            const QString text = s.detail(QLatin1String(key));
            if (!text.isEmpty() && !QDate::fromString(text, Qt::ISODate).isValid())
                return MissingItem{name, w(QStringLiteral("missing_period_date")).arg(text)};
        }
        const auto period = PostMarketModel::period(s);
        const bool any = pm.status && std::any_of(pm.status->windows.begin(), pm.status->windows.end(), [&](const WindowStatus &ws) {
                             return inPeriod(ws.window.first, period) && inPeriod(ws.window.last, period);
                         });
        if (!any)
            return MissingItem{name, w(QStringLiteral("missing_monitoring_windows"))};
    }
    if (name == QStringLiteral("incidents") && chosenIncidents(s).empty())
        return MissingItem{name, w(QStringLiteral("missing_incidents"))};
    return std::nullopt;
}

const QStringList &PostMarketModel::vocabulary()
{
    static const QStringList words = [] {
        QStringList k = {QStringLiteral("missing_monitoring_plan"), QStringLiteral("missing_monitoring_status"),
                         QStringLiteral("missing_period_date"), QStringLiteral("missing_monitoring_windows"),
                         QStringLiteral("missing_incidents"), QStringLiteral("pm_baseline_run"),
                         QStringLiteral("pm_baseline_period"), QStringLiteral("pm_target_baseline"),
                         QStringLiteral("pm_immediately"), QStringLiteral("pm_days"), QStringLiteral("pm_days_left"),
                         QStringLiteral("pm_overdue_days"), QStringLiteral("pm_not_answered"),
                         QStringLiteral("pm_report_due"), QStringLiteral("pm_report_maybe"),
                         QStringLiteral("pm_deviation_open"), QStringLiteral("pm_deviation_closed"),
                         QStringLiteral("pm_chart_windows"), QStringLiteral("pm_chart_value"),
                         QStringLiteral("pm_chart_limit"), QStringLiteral("pm_chart_statistic")};
        for (const char *s : {"ok", "warning", "alarm", "not_enough_data"})
            k << QStringLiteral("pm_state_") + QLatin1String(s);
        for (const char *s : {"day", "week", "month"})
            k << QStringLiteral("pm_window_") + QLatin1String(s);
        for (const char *s : {"limit", "cusum", "ewma"})
            k << QStringLiteral("pm_rule_") + QLatin1String(s);
        for (const char *s : {"alarm", "test_run", "evidence"})
            k << QStringLiteral("pm_link_") + QLatin1String(s);
        for (const QString &s : DeviationTable::severities())
            k << QStringLiteral("pm_severity_") + s;
        for (const char *s : {"initial", "initial_final", "follow_up", "final"})
            k << QStringLiteral("pm_report_type_") + QLatin1String(s);
        for (const QString &m : MonitoringPlanReader::knownMetrics())
            k << QStringLiteral("metric_") + m;
        return k;
    }();
    return words;
}

} // namespace vv::packaging
