#pragma once

#include "evidence/EvidenceLibrary.h"
#include "guidance/Assessment.h"
#include "packaging/PostMarket.h"
#include "packaging/RiskDocuments.h"
#include "packaging/TestRuns.h"
#include "store/AnswerTable.h"
#include "store/RequirementStateTable.h"
#include "tracking/ProjectProgress.h"

#include <map>

namespace vv::packaging {

/// The costly parts of a snapshot, read only when a document shows them.
struct SnapshotParts {
    bool measuredWindows = true; ///< evaluate the monitoring windows (a pass over every production row)
    bool trace = true;           ///< build the traceability matrix (and the monitoring states it needs)
};

/// Everything a package is made from, read from a project at one moment: the project, the guidance and the
/// assessment, requirement states, evidence, test runs, document details and post-market data.
struct ProjectSnapshot {
    ProjectInfo info;
    guidance::GuidanceLibrary library;
    std::vector<StoredAnswer> answers;
    guidance::Assessment assessment;
    std::map<QString, RequirementState> states;
    std::vector<evidence::EvidenceStatus> evidence;
    std::map<QString, LocalizedText> details; ///< key -> its Bokmål and English text
    std::vector<TestRunRecord> testRuns;
    PostMarketData postMarket; ///< monitoring plan, windows, deviations and incidents (packaging/PostMarket.h)
    RiskData risk; ///< the matrix, hazards, controls, traceability and change plan (packaging/RiskDocuments.h)
    QDateTime created; ///< the project's clock when the snapshot was taken

    /// Reads the project; `parts` leaves out what no chosen document shows (DocumentTemplate::showsMeasuredWindows,
    /// DocumentTemplate::showsTrace).
    static Result<ProjectSnapshot> read(ProjectStore &store, const guidance::GuidanceLibrary &library,
                                        const TestRunSource &testRuns, SnapshotParts parts = {});
    /// The evidence linked to a requirement directly, then through the crosswalk (with the URN it counts through).
    std::vector<std::pair<const evidence::EvidenceStatus *, QString>> evidenceFor(const QString &urn) const;
    /// A detail's text for uses without a language (dates, ids, exports): Bokmål, or English when only it is given;
    /// trimmed.
    QString detail(const QString &key) const;
    /// The combined status `requirements` shows: does not apply, undetermined, or the team's status.
    tracking::TrackedStatus requirementStatus(const QString &urn) const;
};

} // namespace vv::packaging
