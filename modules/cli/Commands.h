#pragma once

#include "core/Error.h"

#include "core/Json.h"

namespace vv {
class ProjectStore;
}
namespace vv::monitoring {
struct IncidentReportStatus;
}

namespace vv::cli {

class CommandRegistry;

// One register function per module's commands; Commands.cpp calls them all.
void registerAll(CommandRegistry &registry);
void registerProjectCommands(CommandRegistry &registry);
void registerGuidanceCommands(CommandRegistry &registry);
void registerEvidenceCommands(CommandRegistry &registry);
void registerMetricsCommands(CommandRegistry &registry);
void registerEngineCommands(CommandRegistry &registry);
void registerPackageCommands(CommandRegistry &registry);
void registerSecretCommands(CommandRegistry &registry);
void registerMonitorCommands(CommandRegistry &registry);
void registerDeviationCommands(CommandRegistry &registry);
void registerRiskCommands(CommandRegistry &registry);
void registerPortfolioCommands(CommandRegistry &registry);
void registerRegistrationCommands(CommandRegistry &registry);
void registerRatingCommands(CommandRegistry &registry);

/// One report of an incident for `incident show` and `status`: title, recipient and where it stands.
QString incidentReportLine(const monitoring::IncidentReportStatus &status);
Json incidentReportJson(const monitoring::IncidentReportStatus &status);

/// Files a finished test run (an engine run, `metrics --project`) as evidence on the requirements it supports, with
/// the links checked against the installed packs; the error says the run itself is stored.
Result<qint64> fileTestRunAsEvidence(ProjectStore &project, qint64 runId);

} // namespace vv::cli
