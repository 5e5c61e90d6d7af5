#pragma once

#include "core/Error.h"
#include "core/LocalizedText.h"
#include "guidance/Condition.h"
#include "guidance/Pack.h"
#include "store/DeviationTable.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace vv {
class Clock;
}

namespace vv::guidance {
class GuidanceLibrary;
}

namespace vv::monitoring {

/// A yes/no question about one incident (did a patient die?), which the reporting rules read.
struct IncidentFact {
    QString id; ///< incident.death
    LocalizedText title;
    LocalizedText help;
};

/// One deadline of a report: it applies when its condition holds (always without one); the shortest applies wins.
struct ReportDeadline {
    std::optional<guidance::Condition> when;
    int days = 0;
    bool immediately = false; ///< "straks", "without undue delay": due the day the clock starts
    QStringList sources;
};

/// A report that the law asks for after a serious incident: to whom, whose duty, when it applies, by when.
struct IncidentReportRule {
    QString id;
    LocalizedText title;
    LocalizedText recipient;
    QString duty; ///< provider or deployer
    std::optional<guidance::Condition> appliesWhen;
    LocalizedText clock; ///< from which event the days run
    LocalizedText unclear; ///< where the law needs a judgement
    std::vector<ReportDeadline> deadlines;
    QStringList sources;
};

/// Which reports an incident makes due, as the rules in guidance/incident-reports.yaml say (docs/monitoring.md).
struct IncidentRules {
    std::vector<guidance::Source> sources;
    std::vector<IncidentFact> facts;
    std::vector<IncidentReportRule> reports;

    const guidance::Source *source(const QString &id) const;
    const IncidentFact *fact(const QString &id) const;
    const IncidentReportRule *report(const QString &id) const;
};

/// A report an incident makes due, or may make due once a fact is answered.
struct DueReport {
    const IncidentReportRule *rule = nullptr;
    guidance::Truth applies = guidance::Truth::Unknown;
    QStringList missingFacts; ///< why applies is unknown
    QStringList deadlineFacts; ///< why the deadline is unknown
    std::optional<int> days; ///< the shortest deadline that applies; unknown while a deadline's condition is
    bool immediately = false;
    QStringList deadlineSources;
    QDate due; ///< the clock's start plus days; invalid when unknown
};

/// Reads and checks the reporting rules; every condition is type-checked against the incident facts and the
/// guidance library's facts, so a rule that names a fact that does not exist fails the build.
class IncidentRulesReader {
    Q_DECLARE_TR_FUNCTIONS(vv::monitoring::IncidentRulesReader)
public:
    static Result<IncidentRules> read(const QByteArray &yaml, const QString &fileName,
                                      const guidance::GuidanceLibrary &library, std::vector<Error> *problems = nullptr);
    static Result<IncidentRules> readFile(const QString &path, const guidance::GuidanceLibrary &library,
                                          std::vector<Error> *problems = nullptr);
    /// The rules that ship with Veiviser (share/veiviser/guidance/incident-reports.yaml).
    static Result<IncidentRules> loadShipped(const guidance::GuidanceLibrary &library);
    static constexpr qint64 maxFileBytes = 1 << 20;
};

/// The reports due for an incident whose clock started on start; value() gives incident facts and the project's
/// assessed facts (nullopt when unknown). Reports that certainly do not apply are left out.
std::vector<DueReport> dueReports(const IncidentRules &rules,
                                  const std::function<std::optional<guidance::Value>(const QString &)> &value,
                                  const QDate &start);

/// Where one report of an incident stands today: due when, sent when, days left.
struct IncidentReportStatus {
    DueReport due;
    QDate sentOn; ///< invalid until sent
    QString reference;
    std::optional<qint64> daysLeft; ///< until due; negative when overdue; nothing once sent or while unknown
    bool overdue() const { return daysLeft && *daysLeft < 0; }
};

/// The reports of one incident: its own answers (incident.*) first, then the project's assessed facts.
std::vector<IncidentReportStatus> incidentReports(
    const IncidentRules &rules, const Incident &incident,
    const std::function<std::optional<guidance::Value>(const QString &)> &projectValue, const QDate &today);

/// A report of an incident that is not yet sent.
struct PendingReport {
    qint64 incident = 0;
    qint64 deviation = 0;
    IncidentReportStatus status;
};

/// Every incident's reports that are due (or may be) and not yet sent, the soonest first; what `status` and the
/// dashboard count down.
Result<std::vector<PendingReport>> pendingReports(
    ProjectStore &store, const IncidentRules &rules,
    const std::function<std::optional<guidance::Value>(const QString &)> &projectValue, const QDate &today);

/// The day incident deadlines count from: the clock's date in Norway, since the deadlines are Norwegian and EU law's.
QDate incidentToday(const Clock &clock);

/// The unsent reports of every incident with the rules they point into (kept alive with them).
struct ReportsDue {
    std::shared_ptr<const IncidentRules> rules; ///< null when the project has no incident
    std::vector<PendingReport> reports;         ///< the soonest first
    QDate today;
};

/// Every incident's unsent reports as of today by the project's clock: what `status`, the dashboard and the
/// overview count down. The shipped rules are read only when there is an incident to apply them to.
Result<ReportsDue> reportsDue(ProjectStore &store, const guidance::GuidanceLibrary &library,
                              const std::function<std::optional<guidance::Value>(const QString &)> &projectValue);

} // namespace vv::monitoring
