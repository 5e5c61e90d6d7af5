// monitor plan | ingest | status | acknowledge

#include "cli/Args.h"
#include "cli/CommandRegistry.h"
#include "cli/Commands.h"
#include "cli/RowCommands.h"
#include "monitoring/MonitoringPlan.h"
#include "monitoring/MonitoringStatus.h"
#include "monitoring/ProductionIngest.h"
#include "core/Clock.h"
#include "core/RegularFile.h"
#include "store/MonitoringTable.h"
#include "store/ProjectStore.h"
#include "validation/PredictionsCsv.h"

#include <QLocale>
#include <QDate>

namespace vv::cli {

using namespace vv::monitoring;

static QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("vv::cli", text, disambiguation, n);
}

static int plan(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("from"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    const bool store = a.has(QStringLiteral("from"));
    auto project =
        store ? openProjectRows(a.positional()[0], true) : ProjectStore::open(a.positional()[0], StoreOptions::readOnly());
    if (!project)
        return ctx.fail(project.error());
    MonitoringTable table(**project);
    if (!store) {
        auto plans = table.plans();
        if (!plans)
            return ctx.fail(plans.error());
        if (plans->empty())
            return ctx.fail(Error::input(tr("the project has no monitoring plan"),
                                         tr("Store one with --from PLAN.yaml (docs/monitoring.md).")));
        const MonitoringPlanVersion &v = plans->back();
        if (ctx.json()) {
            ctx.printJson(Json{{"version", v.version},
                               {"valid_from", toStd(isoUtc(v.validFrom))},
                               {"actor", toStd(v.actor)},
                               {"plan", v.plan}});
            return 0;
        }
        ctx.line(tr("Monitoring plan version %1, stored %2 by %3:").arg(v.version).arg(isoUtc(v.validFrom), v.actor));
        ctx.out() << v.source;
        if (!v.source.endsWith(QLatin1Char('\n')))
            ctx.out() << Qt::endl;
        return 0;
    }
    const QString planFile = a.value(QStringLiteral("from"));
    auto text = readRegularFile(planFile, MonitoringPlanReader::maxFileBytes);
    if (!text)
        return ctx.fail(text.error());
    std::vector<Error> problems;
    MonitoringPlan stored;
    auto version = MonitoringPlanVersions::store(**project, *text, planFile, &problems, &stored);
    if (!version)
        return problems.empty() ? ctx.fail(version.error()) : ctx.failAll(problems);
    const MonitoringPlan *read = &stored;
    if (ctx.json()) {
        ctx.printJson(Json{{"version", *version}, {"plan", read->toJson()}});
        return 0;
    }
    ctx.line(tr("Stored monitoring plan version %1 (%2 metrics, %3 control charts).")
                 .arg(*version)
                 .arg(read->metrics.size())
                 .arg(read->charts.size()));
    return 0;
}

static int ingest(CommandContext &ctx)
{
    Args a;
    for (const char *o : {"predictions", "query", "connection", "time", "label", "score", "id", "group", "delimiter",
                          "decimal", "positive"})
        a.option(QString::fromLatin1(o));
    a.repeatable(QStringLiteral("feature"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    for (const char *required : {"time", "label", "score"})
        if (!a.has(QString::fromLatin1(required)))
            return ctx.fail(usageError(tr("--%1 is required").arg(QString::fromLatin1(required)), ctx.usage()));
    const bool fromDatabase = a.has(QStringLiteral("query")) || a.has(QStringLiteral("connection"));
    if (fromDatabase == a.has(QStringLiteral("predictions")) ||
        (fromDatabase && !(a.has(QStringLiteral("query")) && a.has(QStringLiteral("connection")))))
        return ctx.fail(usageError(tr("give either --predictions CSV, or --query SQL with --connection "
                                      "postgresql://USER@HOST/DATABASE"),
                                   ctx.usage()));
    IngestOptions options;
    options.timeColumn = a.value(QStringLiteral("time"));
    options.labelColumn = a.value(QStringLiteral("label"));
    options.scoreColumn = a.value(QStringLiteral("score"));
    options.idColumn = a.value(QStringLiteral("id"));
    options.groupColumn = a.value(QStringLiteral("group"));
    options.featureColumns = a.values(QStringLiteral("feature"));
    options.positiveLabel = a.value(QStringLiteral("positive"));
    const int delimiter = validation::delimiterFromText(a.value(QStringLiteral("delimiter")));
    if (delimiter < 0)
        return ctx.fail(usageError(tr("--delimiter takes ',', ';' or 'tab'"), ctx.usage()));
    options.delimiter = static_cast<char>(delimiter);
    const QString decimal = a.value(QStringLiteral("decimal"), QStringLiteral("."));
    if (decimal != QStringLiteral(".") && decimal != QStringLiteral(","))
        return ctx.fail(usageError(tr("--decimal takes '.' or ','"), ctx.usage()));
    options.decimal = decimal == QStringLiteral(",") ? ',' : '.';
    auto project = openProjectRows(a.positional()[0], true);
    if (!project)
        return ctx.fail(project.error());
    const ProductionSource source{a.value(QStringLiteral("predictions")), a.value(QStringLiteral("connection")),
                                  a.value(QStringLiteral("query"))};
    auto count = ProductionIngest::from(**project, source, options);
    if (!count)
        return ctx.fail(count.error());
    if (ctx.json()) {
        ctx.printJson(Json{{"rows_read", count->read},
                           {"rows_added", count->added},
                           {"labels_filled", count->labelsFilled},
                           {"unchanged", count->unchanged}});
        return 0;
    }
    ctx.line(tr("Read %1 rows: %2 new, %3 labels filled in, %4 unchanged.")
                 .arg(count->read)
                 .arg(count->added)
                 .arg(count->labelsFilled)
                 .arg(count->unchanged));
    return 0;
}

static QString formatValue(const MetricValue &v)
{
    if (!v.value.estimate)
        return tr("%1 –").arg(v.name);
    // In the user's number format, as `metrics` prints its table (a decimal comma in Bokmål); --json keeps '.'.
    const QLocale locale;
    QString text = v.name + QLatin1Char(' ') + locale.toString(*v.value.estimate, 'f', 3);
    if (v.value.lower && v.value.upper)
        text += QStringLiteral(" (%1)").arg(tr("%1 to %2").arg(locale.toString(*v.value.lower, 'f', 3),
                                                                locale.toString(*v.value.upper, 'f', 3)));
    return text;
}

static QString stateWord(MetricState state)
{
    switch (state) {
    case MetricState::Ok:
        return tr("ok");
    case MetricState::Warning:
        return tr("warning");
    case MetricState::Alarm:
        return tr("ALARM");
    case MetricState::NotEnoughData:
        break;
    }
    return tr("not enough data");
}

static int status(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto project = ProjectStore::open(a.positional()[0], StoreOptions::readOnly());
    if (!project)
        return ctx.fail(project.error());
    auto result = MonitoringEvaluation::evaluate(**project);
    if (!result)
        return ctx.fail(result.error());
    // Exit 1 while an alarm is open, so a timer job can tell people (docs/monitoring.md).
    const int exitCode = result->alarmsOpen > 0 ? 1 : 0;
    if (ctx.json()) {
        ctx.printJson(result->toJson());
        return exitCode;
    }
    ctx.line(tr("Monitoring plan version %1; %2 windows.").arg(result->planVersion).arg(result->windows.size()));
    for (const WindowStatus &w : result->windows) {
        QStringList parts;
        for (const MetricValue &v : w.metrics)
            parts << formatValue(v) + QLatin1Char(' ') + stateWord(v.state);
        ctx.line(tr("%1 (%2 to %3)%4: %5 rows, %6 labelled")
                     .arg(w.window.label(), w.window.first.toString(Qt::ISODate), w.window.last.toString(Qt::ISODate),
                          w.baseline ? tr(", baseline") : QString())
                     .arg(w.n)
                     .arg(w.labelled));
        for (const QString &p : parts)
            ctx.line(QStringLiteral("    ") + p);
    }
    for (const ChartSeries &c : result->charts)
        if (!c.reason.isEmpty())
            ctx.line(tr("Chart %1 (%2): %3").arg(c.chart.metric, c.chart.method, c.reason));
    QStringList open;
    for (const WindowStatus &w : result->windows)
        for (const Alarm &alarm : w.alarms)
            if (alarm.state == MetricState::Alarm && !alarm.acknowledged)
                open << tr("%1 %2 (%3): %4, limit %5")
                            .arg(w.window.label(), alarm.metric, alarm.rule)
                            .arg(QLocale().toString(alarm.value, 'f', 3), QLocale().toString(alarm.limit, 'f', 3));
    if (open.isEmpty()) {
        ctx.line(tr("No open alarms."));
    } else {
        ctx.line(tr("Open alarms: %1").arg(open.size()));
        for (const QString &o : open)
            ctx.line(QStringLiteral("  ") + o);
    }
    return exitCode;
}

static int acknowledge(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("window")).option(QStringLiteral("metric")).option(QStringLiteral("note"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    for (const char *required : {"window", "metric", "note"})
        if (!a.has(QString::fromLatin1(required)))
            return ctx.fail(usageError(tr("--%1 is required").arg(QString::fromLatin1(required)), ctx.usage()));
    const QDate start = QDate::fromString(a.value(QStringLiteral("window")), Qt::ISODate);
    if (!start.isValid())
        return ctx.fail(usageError(tr("--window takes the window's first day, YYYY-MM-DD"), ctx.usage()));
    auto project = openProjectRows(a.positional()[0], true);
    if (!project)
        return ctx.fail(project.error());
    // Only the windows up to the acknowledged one: no later window changes whether it holds the alarm.
    auto result = MonitoringEvaluation::evaluate(**project, nullptr, {}, EvaluationRange{start});
    if (!result)
        return ctx.fail(result.error());
    const QString window = start.toString(Qt::ISODate);
    const QString metric = a.value(QStringLiteral("metric"));
    bool found = false;
    for (const WindowStatus &w : result->windows)
        for (const Alarm &alarm : w.alarms)
            found = found || (alarm.windowStart == window && alarm.metric == metric);
    if (!found)
        return ctx.fail(Error::input(tr("there is no alarm on '%1' in the window that starts %2").arg(metric, window),
                                     tr("'monitor status' lists the alarms with their windows.")));
    if (auto s = MonitoringTable(**project).acknowledge(window, metric, a.value(QStringLiteral("note"))); !s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(Json{{"window", toStd(window)}, {"metric", toStd(metric)}, {"acknowledged", true}});
    else
        ctx.line(tr("Acknowledged the alarm on %1 in the window that starts %2.").arg(metric, window));
    return 0;
}

void registerMonitorCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("monitor"), QStringLiteral("plan")}, QStringLiteral("FILE [--from PLAN.yaml]"),
                 QT_TRANSLATE_NOOP("vv::cli",
                                   "Show the project's monitoring plan, or store a new version of it from "
                                   "YAML (past windows keep the version they were judged by)."),
                 plan);
    registry.add(
        {QStringLiteral("monitor"), QStringLiteral("ingest")},
        QStringLiteral("FILE (--predictions CSV | --query SQL --connection postgresql://USER@HOST/DB) --time COL "
                       "--label COL --score COL [--id COL] [--feature COL]... [--group COL] "
                       "[--delimiter ,|;|tab] [--decimal .|,] [--positive VALUE]"),
        QT_TRANSLATE_NOOP("vv::cli",
                          "Store production predictions and outcomes; a later file with the same "
                          "ids fills in outcomes that were not yet known."),
        ingest);
    registry.add({QStringLiteral("monitor"), QStringLiteral("status")}, QStringLiteral("FILE"),
                 QT_TRANSLATE_NOOP("vv::cli", "Measure every window against the plan; exits 1 while an alarm is open."),
                 status);
    registry.add({QStringLiteral("monitor"), QStringLiteral("acknowledge")},
                 QStringLiteral("FILE --window YYYY-MM-DD --metric NAME --note TEXT"),
                 QT_TRANSLATE_NOOP("vv::cli", "Record how an alarm was handled, so that it no longer counts as open."),
                 acknowledge);
}

} // namespace vv::cli
