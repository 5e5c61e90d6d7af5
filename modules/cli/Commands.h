#pragma once

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

} // namespace vv::cli
