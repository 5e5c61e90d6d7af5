#pragma once

#include "store/ProjectStore.h"

#include <QDate>

#include <optional>
#include <vector>

namespace vv {

/// Where the team stands on a requirement that applies to the project.
enum class RequirementStatus { NotStarted, InProgress, Met, NotApplicable };
QString requirementStatusName(RequirementStatus status);
std::optional<RequirementStatus> requirementStatusFromName(const QString &name);

/// The team's state of one requirement: status (not_applicable needs a justification), owner, due date, notes,
/// and the version of the requirement's pack it was last set or confirmed under.
struct RequirementState {
    QString urn;
    RequirementStatus status = RequirementStatus::NotStarted;
    QString justification;
    QString owner;
    std::optional<QDate> dueDate;
    QString notes;
    QString packId;
    QString packVersion;
    QDateTime updatedAt; ///< set by the store
    QString updatedBy;   ///< set by the store
    /// Set by find() and all(); save() refuses with a conflict when the stored row has moved on since (0: the
    /// caller expects no row yet; nullopt: overwrite whatever is stored).
    std::optional<qint64> rowVersion = std::nullopt;
};

/// The per-requirement states of a project; every change is one audited transaction.
class RequirementStateTable {
    Q_DECLARE_TR_FUNCTIONS(vv::RequirementStateTable)
public:
    explicit RequirementStateTable(ProjectStore &store) : m_store(store) {}

    /// Every stored state, ordered by URN. A requirement without a row is not_started.
    Result<std::vector<RequirementState>> all() const;
    Result<std::optional<RequirementState>> find(const QString &urn) const;

    /// Stores a state in one transaction with an audit entry; refuses not_applicable without a justification.
    Status save(const RequirementState &state);
    static Status save(Transaction &tx, const RequirementState &state);
    /// Re-stamps the pack version after the user confirmed that the state still holds under a new version.
    Status confirm(const QString &urn, const QString &packVersion);

private:
    ProjectStore &m_store;
};

} // namespace vv
