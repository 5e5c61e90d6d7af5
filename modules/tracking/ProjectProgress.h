#pragma once

#include "evidence/EvidenceLibrary.h"
#include "guidance/Assessment.h"
#include "store/RequirementStateTable.h"

#include <QCoreApplication>
#include <QDate>

#include <array>
#include <optional>
#include <vector>

namespace vv::tracking {

/// Where a requirement stands for the project: the rules' verdict (does not apply, not yet known) or, where it
/// applies, the team's state of it.
enum class TrackedStatus { DoesNotApply, Undetermined, NotStarted, InProgress, Met, NotApplicable };
constexpr int trackedStatusCount = 6;
/// The names `veiviser-cli requirements` uses: does_not_apply, undetermined, not_started, ...
QString trackedStatusName(TrackedStatus status);
std::optional<TrackedStatus> trackedStatusFromName(const QString &name);
/// The combined status of a requirement from the engine's applicability and the team's stored state.
TrackedStatus trackedStatus(const guidance::RequirementApplicability &applicability,
                            const std::optional<RequirementState> &state);

/// When a requirement is due, against the project's clock.
enum class Deadline { None, Later, Soon, Overdue };

/// The project's role in the guidance engine's terms.
Result<guidance::Role> guidanceRole(const ProjectStore &store);
/// The engine's assessment of the project's stored answers and role.
Result<guidance::Assessment> assessProject(ProjectStore &store, const guidance::GuidanceLibrary &library);

/// One requirement as the team tracks it: applicability, state, evidence (direct and through the crosswalk) and
/// what needs attention.
struct RequirementProgress {
    QString urn;
    QString packId;
    QString sectionId;  ///< empty when the requirement has no section
    guidance::RequirementApplicability applicability;
    std::optional<RequirementState> state;
    TrackedStatus status = TrackedStatus::Undetermined;
    int directEvidence = 0;
    int crosswalkEvidence = 0;
    int staleEvidence = 0;
    bool stateNeedsReview = false; ///< the state was set under another version of the requirement's pack
    Deadline deadline = Deadline::None;

    bool applies() const { return applicability.state == guidance::Applicability::Applies; }
    /// Applies and is neither met nor justified as not applicable.
    bool isOpen() const { return status == TrackedStatus::NotStarted || status == TrackedStatus::InProgress; }
    bool isDone() const { return status == TrackedStatus::Met || status == TrackedStatus::NotApplicable; }
    /// Applies, is not set aside as not applicable, and no evidence counts for it.
    bool lacksEvidence() const
    {
        return applies() && status != TrackedStatus::NotApplicable && directEvidence + crosswalkEvidence == 0;
    }
    /// The answers it rests on, or its state, come from an older version of the guidance.
    bool needsReview() const { return !applicability.needsReview.isEmpty() || stateNeedsReview; }
    std::optional<QDate> dueDate() const { return state ? state->dueDate : std::nullopt; }
    /// The EU date from which it binds this system; nullopt while the answers that choose it are missing.
    std::optional<QDate> appliesFrom() const
    {
        return applicability.appliesFrom ? std::optional<QDate>(applicability.appliesFrom->eu) : std::nullopt;
    }
    /// The team's due date; without one, the day it starts to bind when that is still ahead (what binds first
    /// is due first).
    std::optional<QDate> deadlineDate(const QDate &today) const
    {
        if (dueDate())
            return dueDate();
        const auto from = appliesFrom();
        return from && *from > today ? from : std::nullopt;
    }
};

/// How many requirements have each status.
struct StatusCounts {
    std::array<int, trackedStatusCount> byStatus{};

    int count(TrackedStatus s) const { return byStatus[std::size_t(s)]; }
    void add(TrackedStatus s) { ++byStatus[std::size_t(s)]; }
    /// Requirements that apply (not started, in progress, met, not applicable).
    int applicable() const;
    /// Met or justified as not applicable.
    int done() const;
    int total() const;
};

/// One pack's requirements, counted.
struct PackProgress {
    QString packId;
    StatusCounts counts;
    int needsReview = 0;
    int lacksEvidence = 0;
    int overdue = 0;
};

/// The project's progress on every requirement of the installed guidance, with what needs attention: deadlines,
/// reviews after a pack update and stale evidence. Computed in one go from the store; cheap to recompute.
class ProjectProgress {
    Q_DECLARE_TR_FUNCTIONS(vv::tracking::ProjectProgress)
public:
    /// Requirements due within this many days count as due soon.
    static constexpr int soonDays = 14;

    /// Whether compute() counts the evidence of each requirement: the portfolio needs only the statuses and
    /// deadlines, and skips the evidence tables.
    enum class Evidence { Counted, Skipped };
    static Result<ProjectProgress> compute(ProjectStore &store, const guidance::GuidanceLibrary &library,
                                           Evidence evidence = Evidence::Counted);

    guidance::Assessment assessment;
    QDate today; ///< by the project's clock
    std::vector<RequirementProgress> requirements; ///< in pack and file order
    std::vector<PackProgress> packs;               ///< the packs that have requirements, in dependency order
    StatusCounts overall;
    std::vector<evidence::EvidenceStatus> staleEvidence;

    const RequirementProgress *requirement(const QString &urn) const;
    const PackProgress *pack(const QString &id) const;
    /// Open requirements with a due date (or, without one, a coming date of application) that is past or within
    /// soonDays, the earliest first.
    std::vector<const RequirementProgress *> dueOrOverdue() const;
    /// Requirements that need review after a pack update.
    std::vector<const RequirementProgress *> needingReview() const;

    /// The `veiviser-cli status --json` document.
    Json toJson() const;
};

/// The deadline of a due date on a day: overdue when past, soon within ProjectProgress::soonDays.
Deadline deadlineOf(const std::optional<QDate> &due, const QDate &today);

} // namespace vv::tracking
