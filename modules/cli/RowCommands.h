#pragma once

// What the commands on a project's rows (deviations, incidents, hazards, controls) share: opening the project to
// read or change, a row's id, and the version a change is based on.

#include "cli/Args.h"
#include "cli/CommandRegistry.h"
#include "store/ProjectStore.h"

#include <memory>
#include <optional>

namespace vv::cli {

/// Opens a project read-only, or for a change (refused in review mode and for read-only members).
Result<std::unique_ptr<ProjectStore>> openProjectRows(const QString &file, bool change);
/// A positive whole number, or nullopt.
std::optional<qint64> rowIdFrom(const QString &text);
/// --expect-version N: the row version shown by `show`; nullopt when not given.
Result<std::optional<qint64>> expectedVersion(const Args &a, const QString &usage);

/// What `set` and `close` share: the row's id, the version the change is based on, and the project opened to change.
struct RowChange {
    qint64 id = 0;
    std::optional<qint64> expected;
    std::unique_ptr<ProjectStore> project;
};
/// Parses FILE ID with a's options, checks the id (idProblem says what it is) and opens the project to change.
Result<RowChange> rowChange(CommandContext &ctx, Args &a, const QString &idProblem);

} // namespace vv::cli
