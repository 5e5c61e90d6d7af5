#pragma once

#include <QStringList>
#include <QTextStream>

namespace vv::cli {

class CommandRegistry;

/// Every command of veiviser-cli; modules add theirs in Commands.cpp.
const CommandRegistry &registry();

/// Runs veiviser-cli with args (without the program name); returns the exit code of DESIGN.md's contract.
int run(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace vv::cli
