#pragma once

#include "core/Error.h"
#include "core/Json.h"
#include "monitoring/IncidentRules.h"
#include "monitoring/MonitoringStatus.h"
#include "store/DeviationTable.h"
#include "store/MonitoringTable.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace vv {
class ProjectStore;
}

namespace vv::guidance {
class GuidanceLibrary;
}

namespace vv::packaging {

struct ProjectSnapshot;
struct MissingItem;

/// The post-market data of a project as the documents pms-plan, pms-report and incident-report read it: the
/// monitoring plan in force and its history, the measured windows with their alarms and charts, the deviations and
/// the incidents with the reports they make due (docs/packages.md, "Post-market documents").
struct PostMarketData {
    std::vector<MonitoringPlanVersion> planVersions; ///< oldest first; empty when the project has no plan
    std::optional<monitoring::MonitoringPlan> plan;  ///< the newest version, read
    std::optional<monitoring::MonitoringStatus> status; ///< the windows; none without a plan or data
    QString statusProblem; ///< why the status could not be computed (translated), when there is a plan
    std::vector<Deviation> deviations;
    std::vector<Incident> incidents;
    /// The shipped reporting rules; shared because DueReport points into them.
    std::shared_ptr<const monitoring::IncidentRules> rules;
    QDate today; ///< the project's clock, as a date in Norway, for the reports' days left

    /// Reads everything from the project, with the shipped reporting rules checked against library. Without
    /// measureWindows the status is left empty (the plan, deviations and incidents are read all the same).
    static Result<PostMarketData> read(ProjectStore &store, const guidance::GuidanceLibrary &library,
                                       bool measureWindows = true);
    /// A made-up plan with two windows, an alarm, a deviation and an incident, so that `templates check` renders
    /// every block of the post-market documents.
    static PostMarketData specimen(const guidance::GuidanceLibrary &library, const QDate &today);
};

/// The words of the document being built (shared and document strings), by key.
using PostMarketWords = std::function<QString(const QString &)>;

/// Turns a snapshot's post-market data into template data; DocumentModel::build adds it under "post_market".
class PostMarketModel {
    Q_DECLARE_TR_FUNCTIONS(vv::packaging::PostMarketModel)
public:
    static Json build(const ProjectSnapshot &snapshot, const PostMarketWords &words, const QString &lang);
    /// The names a manifest may list under `required` for post-market data.
    static const QStringList &requiredNames();
    /// What a required post-market item lacks in the snapshot; nothing when it is there.
    static std::optional<MissingItem> missing(const ProjectSnapshot &snapshot, const QString &name,
                                              const PostMarketWords &words);
    /// The shared strings the post-market model uses; templates/shared/strings.json must define each of them.
    static const QStringList &vocabulary();
    /// The reporting period from the details pms.period_start and pms.period_end (invalid dates when not given).
    static std::pair<QDate, QDate> period(const ProjectSnapshot &snapshot);
};

} // namespace vv::packaging
