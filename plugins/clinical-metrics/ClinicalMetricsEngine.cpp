// The built-in clinical metrics engine as a plugin, so that it runs like every other engine.

#include "validation/ClinicalMetrics.h"
#include "validation/EvaluationEngine.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>

#include <cmath>

namespace vv::validation {

/// The clinical-metrics engine: ClinicalMetrics on a predictions CSV, as an evaluation-engine plugin.
class ClinicalMetricsEngine : public QObject, public EvaluationEngine {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VV_EVALUATION_ENGINE_IID FILE "plugin.json")
    Q_INTERFACES(vv::validation::EvaluationEngine)
public:
    Result<EnginePlan> plan(const EngineRequest &request) override;
    Result<EngineOutcome> run(const EngineRequest &request, const EngineSession &session) override;

private:
    struct Settings {
        QString path;
        CsvOptions csv;
        MetricsOptions options;
    };
    static Result<Settings> settings(const EngineRequest &request);
};

Result<ClinicalMetricsEngine::Settings> ClinicalMetricsEngine::settings(const EngineRequest &request)
{
    const Json &c = request.config;
    Settings s;
    s.path = jsonString(c, "predictions");
    if (QFileInfo(s.path).isRelative() && !request.projectDir.isEmpty() && !QFileInfo::exists(s.path))
        s.path = QDir(request.projectDir).filePath(s.path);
    if (!QFileInfo(s.path).isFile())
        return Error::input(ClinicalMetrics::tr("the predictions file %1 does not exist").arg(s.path));
    s.csv.labelColumn = jsonString(c, "label");
    s.csv.scoreColumn = jsonString(c, "score");
    s.csv.groupColumn = jsonString(c, "group");
    s.csv.compareColumn = jsonString(c, "compare");
    s.csv.positiveLabel = jsonString(c, "positive");
    s.csv.dropInvalid = c.value("drop_invalid", false);
    s.csv.computeSha256 = true;
    const int delimiter = delimiterFromText(jsonString(c, "delimiter"));
    if (delimiter < 0)
        return Error::input(ClinicalMetrics::tr("the delimiter must be ',', ';' or 'tab'"));
    s.csv.delimiter = static_cast<char>(delimiter);
    const QString decimal = jsonString(c, "decimal", QStringLiteral("."));
    if (decimal != QStringLiteral(".") && decimal != QStringLiteral(","))
        return Error::input(ClinicalMetrics::tr("the decimal mark must be '.' or ','"));
    s.csv.decimal = decimal == QStringLiteral(",") ? ',' : '.';
    for (const QString &t : jsonString(c, "thresholds").split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double v = QString(t).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return Error::input(ClinicalMetrics::tr("the threshold '%1' is not a number").arg(t));
        s.options.thresholds.push_back(v);
    }
    const qint64 bootstrap = c.value("bootstrap", qint64(0));
    if (bootstrap < 0 || bootstrap > MetricsOptions::maxBootstrapReplicates)
        return Error::input(ClinicalMetrics::tr("the number of bootstrap replicates must be between 2 and %1")
                                .arg(MetricsOptions::maxBootstrapReplicates));
    s.options.bootstrapReplicates = static_cast<int>(bootstrap);
    s.options.seed = static_cast<std::uint64_t>(std::max<qint64>(0, c.value("seed", qint64(1))));
    s.options.level = c.value("level", 0.95);
    VV_TRY(ClinicalMetrics::checkOptions(s.options));
    return s;
}

Result<EnginePlan> ClinicalMetricsEngine::plan(const EngineRequest &request)
{
    auto s = settings(request);
    if (!s)
        return s.error();
    EnginePlan plan;
    plan.title = ClinicalMetrics::tr("Clinical validation of %1").arg(QFileInfo(s->path).fileName());
    plan.supports = ClinicalMetrics::supportedRequirements();
    return plan;
}

Result<EngineOutcome> ClinicalMetricsEngine::run(const EngineRequest &request, const EngineSession &session)
{
    auto s = settings(request);
    if (!s)
        return s.error();
    auto result = ClinicalMetrics::run(s->path, s->csv, s->options, session.cancel, session.progress);
    if (!result)
        return result.error();
    EngineOutcome outcome;
    outcome.metrics = ClinicalMetrics::summary(*result);
    // The input (name, hash, columns) and the options go into the run's provenance, where `metrics --project`, which
    // runs this engine too, and the documents look for them; the host adds the engine, program, host and user.
    outcome.provenance = {{"input", result->value("input", Json::object())},
                          {"options", result->value("options", Json::object())}};
    outcome.result = std::move(*result);
    return outcome;
}

} // namespace vv::validation

#include "ClinicalMetricsEngine.moc"
