#pragma once

#include "core/Error.h"
#include "core/Json.h"
#include "core/Progress.h"
#include "store/TestRunTable.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QtPlugin>

#include <functional>
#include <optional>
#include <vector>

namespace vv::validation {

/// What the host asks an engine to run: the checked configuration, an optional suite, and where it stands.
struct EngineRequest {
    Json config = Json::object();   ///< every field of the manifest's schema, with defaults filled in and checked
    QString suitePath;              ///< a test suite file, for engines that take one
    QSet<QString> finishedCaseIds;  ///< cases a resumed run already has; the engine must not run them again
    std::vector<CaseResult> finishedCases; ///< their stored results, for summaries over the whole run
    QString projectDir;             ///< the project file's folder, for resolving relative paths
    QString programPath;            ///< the external program the manifest names, found by the host; empty if none
};

/// What an engine will run, known before the first case: shown while running and stored when the run starts.
struct EnginePlan {
    QString title;                     ///< the input file or suite, for lists
    qint64 casesTotal = 0;             ///< 0 for engines without cases (a metrics computation)
    Json provenance = Json::object();  ///< input hashes, endpoint, model id; never secrets
    QStringList supports;              ///< requirement URNs the run is evidence for
};

/// What a finished engine run gives back to be stored with the run.
struct EngineOutcome {
    std::vector<RunMetric> metrics;
    Json result = Json::object();  ///< the engine's whole result document
    /// The run's number of cases when the plan could not know it (a user's own promptfoo configuration).
    std::optional<qint64> casesTotal;
    /// What the engine learned while running about what ran (provider, temperature, endpoint), added to the
    /// run's provenance; entries the run's provenance already has are kept.
    Json provenance = Json::object();
};

/// The host's side of a running engine: cancel, progress, log, and where finished cases go.
struct EngineSession {
    const CancellationToken *cancel = nullptr;
    ProgressSink progress;                              ///< done and total in cases (engines without cases: their own units)
    std::function<void(const QString &line)> log;       ///< one line of the run log, never a secret
    /// Stores one finished case at once, so a killed run can be resumed; an error ends the run. Call it on the
    /// thread that called run().
    std::function<Status(const CaseResult &result)> recordCase;

    bool isCancelled() const { return cancel && cancel->isCancelled(); }
};

/// An evaluation engine loaded from a plugin: plans and runs a test run. Engines do not touch the project; the
/// host stores what they report. Both calls run off the GUI thread.
class EvaluationEngine {
public:
    virtual ~EvaluationEngine() = default;
    /// Checks the request (files, suite, endpoint settings) and says what will run.
    virtual Result<EnginePlan> plan(const EngineRequest &request) = 0;
    /// Runs the planned cases that are not finished yet, reporting each through session.recordCase.
    virtual Result<EngineOutcome> run(const EngineRequest &request, const EngineSession &session) = 0;
};

} // namespace vv::validation

#define VV_EVALUATION_ENGINE_IID "no.veiviser.EvaluationEngine/1"
Q_DECLARE_INTERFACE(vv::validation::EvaluationEngine, VV_EVALUATION_ENGINE_IID)
