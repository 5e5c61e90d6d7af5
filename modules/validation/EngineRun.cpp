#include "validation/EngineRun.h"

#include "core/Environment.h"
#include "core/Sha256.h"
#include "core/Version.h"
#include "store/ProjectStore.h"

#include <QFileInfo>

#include <algorithm>
#include <climits>
#include <cmath>

namespace vv::validation {

QString EngineRun::configHash(const EngineManifest &manifest, const Json &config)
{
    return Sha256::hex(canonicalJsonBytes(manifest.publicConfig(config)));
}

bool EngineRun::canResume(const TestRun &run, const EngineManifest &manifest)
{
    if (run.status == TestRunStatus::Completed || run.casesTotal <= 0 || run.cases.done() >= run.casesTotal)
        return false;
    return manifest.kind != QStringLiteral("import") && manifest.outputs.contains(QStringLiteral("cases"));
}

QString EngineRun::testedNothing(const TestRun &run)
{
    const qint64 done = run.cases.done();
    if (done > 0 && run.cases.errored == done)
        return tr("all %n cases errored, so nothing was tested", nullptr, int(std::min<qint64>(done, INT_MAX)));
    const bool anyFigure = std::any_of(run.metrics.begin(), run.metrics.end(), [](const RunMetric &m) {
        return m.value && std::isfinite(*m.value);
    });
    if (done == 0 && !anyFigure)
        return tr("the engine returned no results, so nothing was tested");
    return {};
}

void EngineRun::log(const QString &line) const
{
    if (m_log)
        m_log(line);
}

Status EngineRun::runInstalled(ProjectStore &project, const QString &engineId, const EngineRunRequest &request,
                               const std::function<void(EngineRun &)> &configure, qint64 &runId)
{
    const EngineCatalog catalog = EngineCatalog::discover();
    auto engine = catalog.load(engineId);
    if (!engine)
        return engine.error();
    EngineRun execution(project, *catalog.find(engineId), **engine);
    if (configure)
        configure(execution);
    const Status status = execution.execute(request);
    runId = execution.runId();
    return status;
}

Status EngineRun::execute(const EngineRunRequest &request)
{
    const EngineManifest &manifest = m_plugin.manifest;
    auto config = manifest.resolveConfig(request.settings);
    if (!config)
        return config.error();
    const QString configSha = configHash(manifest, *config);

    TestRunTable runs(m_project);
    EngineRequest engineRequest;
    engineRequest.config = *config;
    engineRequest.projectDir = QFileInfo(m_project.location()).absolutePath();
    if (manifest.program) {
        auto program = manifest.locateProgram(*config);
        if (!program)
            return program.error();
        engineRequest.programPath = *program;
    }
    if (!request.suitePath.isEmpty()) {
        if (!QFileInfo(request.suitePath).isFile())
            return Error::input(tr("the suite %1 does not exist").arg(request.suitePath));
        engineRequest.suitePath = QFileInfo(request.suitePath).absoluteFilePath();
    }

    if (request.resumeRunId > 0) {
        auto previous = runs.get(request.resumeRunId);
        if (!previous)
            return previous.error();
        if (previous->engineId != manifest.id)
            return Error::input(tr("test run %1 was made by the engine %2, not %3")
                                    .arg(request.resumeRunId).arg(previous->engineId, manifest.id));
        if (previous->status == TestRunStatus::Completed)
            return Error::input(tr("test run %1 is already completed").arg(request.resumeRunId));
        // A resumed run must mean the same as the one it continues: same settings, same suite.
        if (jsonString(previous->provenance, "config_sha256") != configSha)
            return Error::input(tr("test run %1 ran with other settings").arg(request.resumeRunId),
                                tr("Resume with the same --set values (secrets excepted)."));
        auto finished = runs.allCases(request.resumeRunId);
        if (!finished)
            return finished.error();
        engineRequest.finishedCases = std::move(*finished);
        for (const auto &c : engineRequest.finishedCases)
            engineRequest.finishedCaseIds.insert(c.caseId);
    }

    auto plan = m_engine.plan(engineRequest);
    if (!plan)
        return plan.error();

    Json provenance = plan->provenance.is_object() ? plan->provenance : Json::object();
    provenance["engine"] = {{"id", toStd(manifest.id)}, {"name", toStd(manifest.name.en)},
                            {"version", toStd(manifest.version)}, {"plugin_file", toStd(QFileInfo(m_plugin.path).fileName())}};
    provenance["config"] = manifest.publicConfig(*config);
    provenance["config_sha256"] = toStd(configSha);
    if (!engineRequest.suitePath.isEmpty()) {
        auto suiteSha = Sha256::hexOfFile(engineRequest.suitePath);
        if (!suiteSha)
            return suiteSha.error();
        provenance["suite"] = {{"file_name", toStd(QFileInfo(engineRequest.suitePath).fileName())},
                               {"sha256", toStd(*suiteSha)}};
    }
    provenance["program"] = {{"name", "veiviser"}, {"version", VV_VERSION}, {"qt", qVersion()}};
    provenance["host"] = toStd(hostName());
    provenance["user"] = toStd(currentOsUser());

    if (request.resumeRunId > 0) {
        auto previous = runs.get(request.resumeRunId);
        if (!previous)
            return previous.error();
        if (jsonString(previous->provenance.value("suite", Json::object()), "sha256") !=
            jsonString(provenance.value("suite", Json::object()), "sha256"))
            return Error::input(tr("test run %1 ran another suite (or the suite file has changed)").arg(request.resumeRunId));
        VV_TRY(runs.resume(request.resumeRunId));
        m_runId = request.resumeRunId;
        log(tr("Resuming test run %1: %2 of %3 cases are done.")
                .arg(m_runId).arg(engineRequest.finishedCaseIds.size()).arg(plan->casesTotal));
    } else {
        NewTestRun run;
        run.engineId = manifest.id;
        run.engineVersion = manifest.version;
        run.kind = manifest.kind;
        run.title = plan->title.isEmpty() ? manifest.name.current() : plan->title;
        run.provenance = provenance;
        run.supports = plan->supports;
        run.casesTotal = plan->casesTotal;
        auto id = runs.start(run);
        if (!id)
            return id.error();
        m_runId = *id;
        log(tr("Started test run %1 with %2 (%3 cases).").arg(m_runId).arg(manifest.id).arg(plan->casesTotal));
    }

    qint64 done = engineRequest.finishedCaseIds.size();
    EngineSession session;
    session.cancel = m_cancel;
    session.log = m_log;
    session.progress = m_progress;
    session.recordCase = [&](const CaseResult &c) -> Status {
        if (engineRequest.finishedCaseIds.contains(c.caseId))
            return Error::runtime(tr("the engine ran the finished case '%1' again").arg(c.caseId));
        VV_TRY(runs.recordCase(m_runId, c));
        ++done;
        if (m_progress)
            m_progress(done, plan->casesTotal, c.caseId);
        return {};
    };

    // Every case is its own commit, so a killed run keeps each case it finished. A disk sync per case cost more
    // than the case itself at high concurrency (bench/llm_throughput), so during the run commits wait for the
    // operating system only; finish() below commits with a full sync, which covers the cases before it.
    VV_TRY(m_project.setDurability(ProjectStore::Durability::KilledProcess));
    auto outcome = m_engine.run(engineRequest, session);
    VV_TRY(m_project.setDurability(ProjectStore::Durability::PowerCut));
    if (!outcome) {
        const bool cancelled = outcome.error().kind() == Error::Kind::Cancelled || session.isCancelled();
        VV_TRY(runs.finish(m_runId, cancelled ? TestRunStatus::Cancelled : TestRunStatus::Failed, {}, Json(nullptr),
                           outcome.error().what()));
        log(cancelled ? tr("Test run %1 was cancelled; resume it with --resume %1.").arg(m_runId)
                      : tr("Test run %1 failed: %2").arg(m_runId).arg(outcome.error().what()));
        return outcome.error();
    }
    if (outcome->casesTotal || !outcome->provenance.empty())
        VV_TRY(runs.addLearned(m_runId, outcome->casesTotal, outcome->provenance));
    // A run that tested nothing is no evidence of anything: it fails, and nothing is filed.
    auto stored = runs.get(m_runId);
    if (!stored)
        return stored.error();
    stored->metrics = outcome->metrics;
    if (const QString nothing = testedNothing(*stored); !nothing.isEmpty()) {
        VV_TRY(runs.finish(m_runId, TestRunStatus::Failed, outcome->metrics, outcome->result, nothing));
        log(tr("Test run %1 failed: %2.").arg(m_runId).arg(nothing));
        return Error::runtime(tr("test run %1 failed: %2").arg(m_runId).arg(nothing),
                              tr("Check that the engine can reach what it tests (address, model, key) and start a new "
                                 "run; the errors are stored with the run's cases."));
    }
    VV_TRY(runs.finish(m_runId, TestRunStatus::Completed, outcome->metrics, outcome->result));
    log(tr("Test run %1 is completed.").arg(m_runId));
    return {};
}

} // namespace vv::validation
