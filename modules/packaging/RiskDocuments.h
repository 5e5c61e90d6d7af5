#pragma once

#include "core/Error.h"
#include "core/Json.h"
#include "risk/ChangePlan.h"
#include "risk/RiskModel.h"
#include "risk/TraceMatrix.h"
#include "store/RiskTable.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <vector>

namespace vv {
class ProjectStore;
}

namespace vv::guidance {
class GuidanceLibrary;
}

namespace vv::monitoring {
struct MonitoringStatus;
}

namespace vv::packaging {

struct ProjectSnapshot;
struct MissingItem;

/// The risk-management file and the change-control plan of a project as the documents risk-management-file, pccp
/// and combined-technical-file read them: the matrix in force and the categories, the hazards and controls with the
/// traceability matrix built from them, and the newest change plan with the checks made so far (docs/risk.md).
struct RiskData {
    risk::RiskMatrix matrix;
    bool ownMatrix = false; ///< the project's own matrix rather than the shipped default
    std::vector<risk::HazardCategory> categories;
    risk::TraceInputs inputs; ///< hazards, controls, runs and evidence as the matrix was built from them
    risk::TraceMatrix trace;
    std::optional<risk::ChangePlan> plan;
    int planVersion = 0;
    std::vector<ChangeCheck> checks;

    /// Reads everything from the project (the traceability matrix through tracking::traceInputs). Without
    /// withTrace the matrix is left empty and no monitoring window is evaluated for it; `measured` are windows
    /// the caller has evaluated already, so that they are not evaluated twice.
    static Result<RiskData> read(ProjectStore &store, const guidance::GuidanceLibrary &library, bool withTrace = true,
                                 const monitoring::MonitoringStatus *measured = nullptr);
    /// Two hazards (one controlled and verified, one without a control), a plan and a met check, so that
    /// `templates check` renders every block of the risk documents.
    static RiskData specimen(const QDateTime &now);
};

/// The words of the document being built (shared and document strings), by key.
using RiskWords = std::function<QString(const QString &)>;

/// Turns a snapshot's risk data into template data; DocumentModel::build adds it under "risk".
class RiskDocumentModel {
    Q_DECLARE_TR_FUNCTIONS(vv::packaging::RiskDocumentModel)
public:
    static Json build(const ProjectSnapshot &snapshot, const RiskWords &words, const QString &lang);
    /// The names a manifest may list under `required` for risk data: hazards, risk_controls, trace_gaps,
    /// change_plan.
    static const QStringList &requiredNames();
    /// What a required risk item lacks in the snapshot; nothing when it is there.
    static std::vector<MissingItem> missing(const ProjectSnapshot &snapshot, const QString &name,
                                            const RiskWords &words);
    /// The shared strings the risk model uses; templates/shared/strings.json must define each of them.
    static const QStringList &vocabulary();
};

} // namespace vv::packaging
