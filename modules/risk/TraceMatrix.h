#pragma once

#include "core/Json.h"
#include "risk/RiskModel.h"
#include "store/RiskTable.h"

#include <QCoreApplication>

#include <array>
#include <map>
#include <vector>

namespace vv::risk {

/// What is wrong with a row of the traceability matrix.
enum class TraceGap {
    RequirementWithoutTrace, ///< applicable, with no hazard, control, evidence or test run behind it
    HazardWithoutControl,
    ControlWithoutVerification,
    VerificationMissing,  ///< the run, item or plan metric it names does not exist
    VerificationFailed,   ///< the run did not complete, or the monitored metric has an open alarm
    VerificationOutdated, ///< the run concerns an older version of the system
    EvidenceStale,        ///< expired, or for an older system version
    ResidualNotEstimated, ///< a controlled hazard whose risk after its controls is not yet estimated
};
inline constexpr int traceGapCount = 8;
QString traceGapId(TraceGap gap);
QString traceGapText(TraceGap gap);

/// A requirement as the matrix needs it: applicable, and whether evidence or runs already support it.
struct TraceRequirement {
    QString urn;
    QString status; ///< the tracked status's id (met, in_progress, ...)
    int evidence = 0; ///< linked evidence items and supporting runs
};

/// A test run as a verification: finished as it should, and for which system version.
struct TraceRun {
    QString title;
    bool completed = false;
    bool outdated = false;
    std::optional<qint64> evidenceId; ///< the item it was filed as
};

/// An evidence item as a verification or as a run's record.
struct TraceEvidence {
    QString title;
    bool stale = false;
    bool outdated = false; ///< stale because it concerns an older system version
};

/// Everything the matrix is built from, gathered by the caller (vv_tracking reads the project).
struct TraceInputs {
    std::vector<Hazard> hazards;
    std::vector<RiskControl> controls;
    std::vector<TraceRequirement> requirements; ///< the applicable ones
    std::map<qint64, TraceRun> runs;
    std::map<qint64, TraceEvidence> evidence;
    std::map<QString, QString> monitoring; ///< plan metric name -> ok, alarm or not_enough_data
};

/// One row: a requirement (or several), a hazard, one of its controls and one of that control's verifications,
/// with what records it and what is missing. Rows without a hazard are requirements traced by evidence alone, or not
/// at all.
struct TraceRow {
    QStringList requirements;
    qint64 hazardId = 0; ///< 0 when the row has no hazard
    QString hazardRef;
    QString region;      ///< the hazard's residual region when estimated, else its initial one
    qint64 controlId = 0;
    QString controlType;
    std::optional<Verification> verification;
    QString verificationTitle;
    std::optional<qint64> evidenceId;
    std::vector<TraceGap> gaps;
    bool ok() const { return gaps.empty(); }
};

/// The traceability matrix: requirement → hazard → control → verification → evidence → status, gaps as rows.
struct TraceMatrix {
    std::vector<TraceRow> rows;
    std::array<int, traceGapCount> gapCounts{};
    int gaps() const;
    Json toJson(bool onlyGaps) const;
};

/// Builds the matrix from its inputs; pure, so that each gap has a table-driven test.
TraceMatrix buildTraceMatrix(const TraceInputs &inputs, const RiskMatrix &matrix);

} // namespace vv::risk
