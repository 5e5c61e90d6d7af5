#pragma once

#include "core/Error.h"
#include "core/Progress.h"
#include "store/TestRunTable.h"
#include "validation/EngineCatalog.h"

#include <QCoreApplication>
#include <QMap>

#include <functional>

namespace vv {
class ProjectStore;
}

namespace vv::validation {

/// What to run: the engine's settings, an optional suite, and the run to resume (0 for a new run).
struct EngineRunRequest {
    QMap<QString, QString> settings; ///< KEY=VALUE as given; checked against the manifest's schema
    QString suitePath;
    qint64 resumeRunId = 0;
};

/// Runs an engine as a stored test run: checks the settings, starts (or resumes) the run, stores every case as it
/// finishes, and ends the run completed, failed or cancelled. The engine never sees the project.
class EngineRun {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::EngineRun)
public:
    EngineRun(ProjectStore &project, const EnginePlugin &plugin, EvaluationEngine &engine)
        : m_project(project), m_plugin(plugin), m_engine(engine) {}

    void setCancellation(const CancellationToken *cancel) { m_cancel = cancel; }
    void setProgress(ProgressSink progress) { m_progress = std::move(progress); }
    void setLog(std::function<void(const QString &)> log) { m_log = std::move(log); }

    /// Runs to the end. Once the run is stored its id is in runId(), also when the engine fails or is cancelled
    /// (the error is returned then, and the run can be resumed).
    Status execute(const EngineRunRequest &request);
    qint64 runId() const { return m_runId; }

    /// Whether a stored run can be continued: it did not complete, its engine stores cases one by one, it is not an
    /// import (which reads its whole file again and would fail the same way), and cases are left to run.
    static bool canResume(const TestRun &run, const EngineManifest &manifest);
    /// Why a run that the engine finished tested nothing, or an empty string when it tested something: every
    /// case errored (the endpoint never gave a usable answer), or it returned neither cases nor a figure.
    static QString testedNothing(const TestRun &run);

    /// Runs the installed engine engineId (found as `run --engine ID` finds it) as a test run in project: the one
    /// path of `metrics --project` and of the validation dialog, so that their runs are stored as `run --engine`
    /// stores them. configure sets the cancellation, progress and log. runId is the stored run, also when it
    /// failed or was cancelled.
    static Status runInstalled(ProjectStore &project, const QString &engineId, const EngineRunRequest &request,
                               const std::function<void(EngineRun &)> &configure, qint64 &runId);
    /// The hash of a configuration without its secrets: runs with equal hashes ran with equal settings.
    static QString configHash(const EngineManifest &manifest, const Json &config);

private:
    void log(const QString &line) const;

    ProjectStore &m_project;
    const EnginePlugin &m_plugin;
    EvaluationEngine &m_engine;
    const CancellationToken *m_cancel = nullptr;
    ProgressSink m_progress;
    std::function<void(const QString &)> m_log;
    qint64 m_runId = 0;
};

} // namespace vv::validation
