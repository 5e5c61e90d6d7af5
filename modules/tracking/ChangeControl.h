#pragma once

#include "core/Error.h"
#include "risk/ChangePlan.h"

#include <QCoreApplication>

#include <optional>

namespace vv {
class ProjectStore;
}
namespace vv::guidance {
class GuidanceLibrary;
}

namespace vv::tracking {

/// What a check of a run against a planned modification left in the project.
struct ChangeCheckRecord {
    risk::ChangeCheckResult result;
    int planVersion = 0;
    qint64 checkId = 0;
    std::optional<qint64> evidenceId;  ///< the check's document, filed when the criteria were met
    std::optional<qint64> deviationId; ///< opened when they were not
};

/// The project's predetermined change control plan: storing its versions and checking runs against it. A met check
/// is filed as evidence for the plan's requirements; a failed one opens a deviation that links the run.
class ChangeControl {
    Q_DECLARE_TR_FUNCTIONS(vv::tracking::ChangeControl)
public:
    /// Checks the YAML (every problem in problems, if given) and its requirement URNs, and stores it as the next
    /// version. Returns the version.
    static Result<int> storePlan(ProjectStore &store, const guidance::GuidanceLibrary &library, const QByteArray &yaml,
                                 const QString &fileName, std::vector<Error> *problems = nullptr);
    /// The current plan and its version; an input error when the project has none.
    static Result<std::pair<risk::ChangePlan, int>> currentPlan(ProjectStore &store);
    static Result<ChangeCheckRecord> check(ProjectStore &store, const QString &modification, qint64 runId);
};

} // namespace vv::tracking
