#pragma once

#include "core/Progress.h"
#include "core/Error.h"
#include "risk/TraceMatrix.h"

namespace vv {
class ProjectStore;
}
namespace vv::guidance {
class GuidanceLibrary;
}

namespace vv::tracking {

/// Reads what the traceability matrix needs from a project (hazards and controls, the applicable requirements with
/// their evidence, runs and items with their staleness, the monitoring metrics' state) and builds it. The CLI's
/// `trace`, the GUI's matrix and the risk-management document all come through here.
Result<risk::TraceInputs> traceInputs(ProjectStore &store, const guidance::GuidanceLibrary &library,
                                      const CancellationToken *cancel = nullptr);
Result<risk::TraceMatrix> projectTrace(ProjectStore &store, const guidance::GuidanceLibrary &library,
                                       const CancellationToken *cancel = nullptr);

} // namespace vv::tracking
