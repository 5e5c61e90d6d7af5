// metrics

#include "cli/Args.h"
#include "cli/CommandRegistry.h"
#include "cli/Commands.h"
#include "store/ProjectStore.h"
#include "store/TestRunTable.h"
#include "validation/ClinicalMetrics.h"
#include "validation/EngineCatalog.h"
#include "validation/EngineRun.h"

#include <QFileInfo>

#include <QLocale>

#include <cmath>

namespace vv::cli {

using validation::ClinicalMetrics;

static QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("vv::cli", text, disambiguation, n);
}

// Numbers on the command line are read the same way in every locale; a decimal comma is accepted too.
static std::optional<double> parseNumber(QString text)
{
    text = text.trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

// The clinical-metrics engine's settings for what the command line asked (already checked); what it did not ask keeps
// the engine's default, as under `run --engine clinical-metrics`.
static QMap<QString, QString> engineSettings(const Args &a)
{
    QMap<QString, QString> settings;
    settings.insert(QStringLiteral("predictions"), QFileInfo(a.value(QStringLiteral("predictions"))).absoluteFilePath());
    for (const char *key : {"label", "score", "group", "compare", "positive", "delimiter", "decimal", "bootstrap", "seed"})
        if (a.has(QString::fromLatin1(key)))
            settings.insert(QString::fromLatin1(key), a.value(QString::fromLatin1(key)));
    if (a.has(QStringLiteral("level")))
        settings.insert(QStringLiteral("level"), a.value(QStringLiteral("level")).trimmed().replace(QLatin1Char(','), QLatin1Char('.')));
    if (a.has(QStringLiteral("threshold")))
        settings.insert(QStringLiteral("thresholds"), a.values(QStringLiteral("threshold")).join(QLatin1Char(' ')));
    if (a.has(QStringLiteral("drop-invalid")))
        settings.insert(QStringLiteral("drop_invalid"), QStringLiteral("true"));
    return settings;
}

// A validation stored in a project runs as the clinical-metrics engine, the same path as `run --engine
// clinical-metrics`: the same run, provenance and evidence. Returns the result with run_id and evidence_id.
static Result<Json> runInProject(CommandContext &ctx, ProjectStore &project, const QMap<QString, QString> &settings)
{
    validation::EngineRunRequest request;
    request.settings = settings;
    qint64 runId = 0;
    VV_TRY(validation::EngineRun::runInstalled(
        project, validation::ClinicalMetrics::engineId(), request,
        [&ctx](validation::EngineRun &execution) { execution.setLog([&ctx](const QString &line) { ctx.note(line); }); },
        runId));
    auto evidenceId = fileTestRunAsEvidence(project, runId);
    if (!evidenceId)
        return evidenceId.error();
    auto run = TestRunTable(project).get(runId);
    if (!run)
        return run.error();
    Json result = run->result;
    result["run_id"] = run->id;
    result["evidence_id"] = *evidenceId;
    return result;
}

static int metrics(CommandContext &ctx)
{
    Args a;
    for (const char *o : {"predictions", "label", "score", "group", "bootstrap", "seed", "compare", "delimiter",
                          "decimal", "positive", "project", "level"})
        a.option(QString::fromLatin1(o));
    a.repeatable(QStringLiteral("threshold")).flag(QStringLiteral("drop-invalid"));
    if (auto s = a.parse(ctx.args(), 0, 0, ctx.usage()); !s)
        return ctx.fail(s.error());
    for (const char *required : {"predictions", "label", "score"}) {
        if (!a.has(QString::fromLatin1(required)))
            return ctx.fail(usageError(tr("--%1 is required").arg(QString::fromLatin1(required)), ctx.usage()));
    }

    validation::CsvOptions csv;
    csv.labelColumn = a.value(QStringLiteral("label"));
    csv.scoreColumn = a.value(QStringLiteral("score"));
    csv.groupColumn = a.value(QStringLiteral("group"));
    csv.compareColumn = a.value(QStringLiteral("compare"));
    csv.positiveLabel = a.value(QStringLiteral("positive"));
    csv.dropInvalid = a.has(QStringLiteral("drop-invalid"));
    const int delimiter = validation::delimiterFromText(a.value(QStringLiteral("delimiter")));
    if (delimiter < 0)
        return ctx.fail(usageError(tr("--delimiter takes ',', ';' or 'tab'"), ctx.usage()));
    csv.delimiter = static_cast<char>(delimiter);
    const QString decimal = a.value(QStringLiteral("decimal"), QStringLiteral("."));
    if (decimal != QStringLiteral(".") && decimal != QStringLiteral(","))
        return ctx.fail(usageError(tr("--decimal takes '.' or ','"), ctx.usage()));
    csv.decimal = decimal == QStringLiteral(",") ? ',' : '.';
    if (csv.compareColumn == csv.scoreColumn)
        return ctx.fail(usageError(tr("--compare must name another column than --score"), ctx.usage()));

    validation::MetricsOptions options;
    for (const QString &t : a.values(QStringLiteral("threshold"))) {
        const auto v = parseNumber(t);
        if (!v)
            return ctx.fail(usageError(tr("--threshold takes a number, not '%1'").arg(t), ctx.usage()));
        options.thresholds.push_back(*v);
    }
    if (a.has(QStringLiteral("bootstrap"))) {
        bool ok = false;
        options.bootstrapReplicates = a.value(QStringLiteral("bootstrap")).toInt(&ok);
        if (!ok)
            return ctx.fail(usageError(tr("--bootstrap takes a whole number of replicates"), ctx.usage()));
        options.seed = 1;
    }
    if (a.has(QStringLiteral("seed"))) {
        if (!a.has(QStringLiteral("bootstrap")))
            return ctx.fail(usageError(tr("--seed is only used with --bootstrap"), ctx.usage()));
        bool ok = false;
        options.seed = a.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return ctx.fail(usageError(tr("--seed takes a whole number of 0 or more"), ctx.usage()));
    }
    if (a.has(QStringLiteral("level"))) {
        const auto v = parseNumber(a.value(QStringLiteral("level")));
        if (!v)
            return ctx.fail(usageError(tr("--level takes a number such as 0.95"), ctx.usage()));
        options.level = *v;
    }
    if (auto s = ClinicalMetrics::checkOptions(options); !s)
        return ctx.fail(usageError(s.error().what(), ctx.usage()));

    // Open the project first, so a wrong path fails before minutes of work.
    std::unique_ptr<ProjectStore> project;
    if (a.has(QStringLiteral("project"))) {
        auto store = ProjectStore::open(a.value(QStringLiteral("project")));
        if (!store)
            return ctx.fail(store.error());
        if (auto s = (*store)->mayChange(); !s)
            return ctx.fail(s.error());
        project = std::move(*store);
    }
    csv.computeSha256 = true;
    auto result = project ? runInProject(ctx, *project, engineSettings(a))
                          : ClinicalMetrics::run(a.value(QStringLiteral("predictions")), csv, options);
    if (!result)
        return ctx.fail(result.error());

    if (ctx.json()) {
        ctx.printJson(*result);
        return 0;
    }
    const auto rows = ClinicalMetrics::table(*result);
    const int percent = static_cast<int>(std::lround(options.level * 100));
    QString headers[3] = {tr("Measure"), tr("Estimate"), tr("%1 % confidence interval").arg(percent)};
    qsizetype w0 = headers[0].size(), w1 = headers[1].size();
    for (const auto &r : rows) {
        w0 = std::max(w0, r.measure.size());
        w1 = std::max(w1, r.estimate.size());
    }
    ctx.line(tr("Clinical validation of %1").arg(QString::fromStdString((*result)["input"].value("file_name", std::string()))));
    ctx.line();
    ctx.line(headers[0].leftJustified(w0 + 2) + headers[1].leftJustified(w1 + 2) + headers[2]);
    ctx.line(QString(w0 + w1 + 4 + headers[2].size(), QLatin1Char('-')));
    for (const auto &r : rows)
        ctx.line(r.measure.leftJustified(w0 + 2) + r.estimate.leftJustified(w1 + 2) + r.interval);
    for (const auto &w : (*result)["warnings"])
        ctx.line(tr("Note: %1").arg(QString::fromStdString(w.get<std::string>())));
    for (const auto &d : (*result)["dropped_examples"])
        ctx.line(tr("Left out line %1: %2").arg(d.value("line", 0)).arg(QString::fromStdString(d.value("reason", std::string()))));
    if (result->contains("run_id")) {
        ctx.line(tr("Stored as test run %1 in %2.").arg((*result)["run_id"].get<qint64>()).arg(a.value(QStringLiteral("project"))));
        auto run = TestRunTable(*project).get((*result)["run_id"].get<qint64>());
        ctx.line(tr("Filed as evidence %1, linked to %2.")
                     .arg((*result)["evidence_id"].get<qint64>())
                     .arg(run ? run->supports.join(QStringLiteral(", ")) : QString()));
    }
    return 0;
}

void registerMetricsCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("metrics")},
        QStringLiteral("--predictions CSV --label COL --score COL [--group COL] [--threshold T]... "
                       "[--bootstrap N [--seed S]] [--compare COL] [--delimiter ,|;|tab] [--decimal .|,] "
                       "[--positive VALUE] [--drop-invalid] [--level L] [--project FILE]"),
        QT_TRANSLATE_NOOP("vv::cli", "Validate a prediction model on a CSV of predictions and outcomes: AUROC, "
                                     "calibration, net benefit, risk distributions, subgroups."),
        metrics);
}

} // namespace vv::cli
