#include "cli/Commands.h"

namespace vv::cli {

// Explicit calls rather than static self-registration: a static library drops objects nothing refers to.
void registerAll(CommandRegistry &registry)
{
    registerProjectCommands(registry);
    registerGuidanceCommands(registry);
    registerEvidenceCommands(registry);
    registerMetricsCommands(registry);
    registerMonitorCommands(registry);
    registerDeviationCommands(registry);
    registerRiskCommands(registry);
    registerEngineCommands(registry);
    registerRatingCommands(registry);
    registerPackageCommands(registry);
    registerSecretCommands(registry);
    registerPortfolioCommands(registry);
    registerRegistrationCommands(registry);
}

} // namespace vv::cli
