// The results-import engine: imports the result files of evaluation tools users run themselves (lm-evaluation-harness,
// inspect_ai, EuroEval) as test runs. The reading and converting is in ResultFiles.cpp (a static library, so that it
// can be tested and fuzzed without the plugin); this file is the plugin's shell around it.

#include "ResultFiles.h"

#include "validation/TestSuite.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QObject>

namespace vv::validation {

/// The results-import engine: a result file of another evaluation tool as a test run.
class ResultsImportEngine : public QObject, public EvaluationEngine {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VV_EVALUATION_ENGINE_IID FILE "plugin.json")
    Q_INTERFACES(vv::validation::EvaluationEngine)
public:
    Result<EnginePlan> plan(const EngineRequest &request) override;
    Result<EngineOutcome> run(const EngineRequest &request, const EngineSession &session) override;

private:
    static QString resolvedPath(const EngineRequest &request, const char *key);
    static Result<ResultFile> readFile(const EngineRequest &request);
};

QString ResultsImportEngine::resolvedPath(const EngineRequest &request, const char *key)
{
    const QString path = jsonString(request.config, key);
    if (QFileInfo(path).isRelative() && !QFileInfo::exists(path) && !request.projectDir.isEmpty())
        return request.projectDir + QLatin1Char('/') + path;
    return path;
}

Result<EnginePlan> ResultsImportEngine::plan(const EngineRequest &request)
{
    const QString level = jsonString(request.config, "level", QStringLiteral("basic"));
    if (!TestSuite::levels().contains(level))
        return Error::input(tr("the level must be one of %1, not '%2'").arg(TestSuite::levels().join(QStringLiteral(", ")), level),
                            tr("Set it with --set level=domain, for example."));
    auto file = readFile(request);
    if (!file)
        return file.error();
    return file->plan(resolvedPath(request, "path"), level);
}

Result<ResultFile> ResultsImportEngine::readFile(const EngineRequest &request)
{
    const QString path = resolvedPath(request, "path");
    auto file = ResultFile::read(path);
    if (!file)
        return file.error();
    if (!jsonString(request.config, "samples").isEmpty())
        VV_TRY(file->addSamples(path, resolvedPath(request, "samples")));
    return file;
}

Result<EngineOutcome> ResultsImportEngine::run(const EngineRequest &request, const EngineSession &session)
{
    auto file = readFile(request);
    if (!file)
        return file.error();
    return file->import(resolvedPath(request, "path"), request, session);
}

} // namespace vv::validation

#include "ResultsImportEngine.moc"
