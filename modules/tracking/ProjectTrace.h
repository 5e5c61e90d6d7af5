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
namespace vv::monitoring {
struct MonitoringStatus;
}

namespace vv::tracking {

/// Reads what the traceability matrix needs from a project (hazards and controls, the applicable requirements with
/// their evidence, runs and items with their staleness, the monitoring metrics' state) and builds it. The CLI's
/// `trace`, the GUI's matrix and the risk-management document all come through here.
///
/// A control verified by a monitoring metric needs the windows evaluated, a pass over every production row. A
/// caller that has evaluated them already passes `measured`; `states` Skip leaves the states out altogether, for
/// a caller that reads the hazards and controls but does not show the matrix.
enum class MonitoringStates { Evaluate, Skip };
Result<risk::TraceInputs> traceInputs(ProjectStore &store, const guidance::GuidanceLibrary &library,
                                      const CancellationToken *cancel = nullptr,
                                      const monitoring::MonitoringStatus *measured = nullptr,
                                      MonitoringStates states = MonitoringStates::Evaluate);
Result<risk::TraceMatrix> projectTrace(ProjectStore &store, const guidance::GuidanceLibrary &library,
                                       const CancellationToken *cancel = nullptr);

} // namespace vv::tracking
