#pragma once

#include "core/Error.h"
#include "core/Json.h"
#include "core/Progress.h"
#include "guidance/Value.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <optional>
#include <vector>

namespace vv::guidance {
class GuidanceLibrary;
}

namespace vv::tracking {

/// One AI system of a portfolio: what its project says about its regulatory state, or why it could not be read.
struct PortfolioRow {
    QString file;  ///< the project file's path, or the team database's address
    QString error; ///< translated, one line; empty when the project was read
    QString name;
    QString systemVersion;
    std::optional<ProjectRole> role;
    bool review = false; ///< a review project made from a package (`review open`)
    /// The file's format version when it is older than this Veiviser's: the row was read from an upgraded copy and
    /// the file left as it was (opening it in Veiviser upgrades it). 0 for a file of the current format.
    int olderFormat = 0;
    std::optional<guidance::Value> mdrClass;
    std::optional<guidance::Value> aiActRisk;
    std::optional<guidance::Value> highRiskRoute;
    std::optional<guidance::Value> dpiaRequired;
    std::optional<guidance::Value> friaRequired;
    int requirementsApplicable = 0;
    int requirementsMet = 0; ///< met or justified as not applicable
    int requirementsOverdue = 0;
    int reportsDue = 0;     ///< incident reports not yet sent
    int reportsOverdue = 0; ///< of those, past their legal deadline
    QDate nextReportDue;    ///< the soonest deadline of those; invalid when none is known
    std::optional<int> alarmsOpen; ///< nullopt when the project has no monitoring plan
    int deviationsOpen = 0; ///< deviations not yet closed
    /// Where the DPIA's review stands, from its details dpia.approval_date and dpia.next_review (docs/portfolio.md):
    /// not_required, not_approved, no_review_date, current or expired; empty for a row that could not be read.
    QString dpiaState;
    QDate dpiaApproved;     ///< the date in dpia.approval_date; invalid when none is given
    QDate dpiaNextReview;   ///< the first date in dpia.next_review; invalid when none is given
    QString lastPackage;    ///< the file name of the newest package built; empty when none
    QDateTime lastPackageBuilt;
    QDateTime modified;     ///< the time of the newest audit entry

    bool readable() const { return error.isEmpty(); }
    bool dpiaExpired() const { return dpiaState == QStringLiteral("expired"); }
    /// What needs attention in a system, as the portfolio's chart by state counts it.
    enum class State { Unreadable, RequirementsOverdue, AlarmsOpen, ReportsDue, DeviationsOpen, DpiaExpired, InOrder };
    static constexpr int stateCount = 7;
    /// The states this row is in: any of those needing attention at once, or InOrder alone (or Unreadable alone).
    std::vector<State> states() const;
    /// The state's name in the chart, translated.
    static QString stateText(State state);
    /// The columns of the table, as the CLI prints them and the GUI shows them.
    enum class Column {
        Name, SystemVersion, Role, MdrClass, AiActRisk, HighRiskRoute, Dpia, DpiaReview, Fria, Requirements, Overdue,
        Deviations, IncidentReports, Alarms, LastPackage, Modified, File
    };
    static constexpr int columnCount = 17;
    /// The column's title, translated.
    static QString header(Column column);
    /// The cell's text in the user's words (classifications as the packs label them).
    QString text(Column column, const guidance::GuidanceLibrary &library) const;
    /// The fixed row of `veiviser-cli --json portfolio` (docs/portfolio.md).
    Json toJson() const;
};

/// The AI systems of an institution: every project file in a folder (or the project of a team database), each
/// read for reading only and only as far as the table needs. A file that cannot be read is a row with its error.
class Portfolio {
    Q_DECLARE_TR_FUNCTIONS(vv::tracking::Portfolio)
public:
    /// The files a folder holds that are projects by their name (*.veiviser), sorted by name.
    static Result<QStringList> projectFiles(const QString &folder);
    /// Reads a folder of project files or, for a postgresql:// address, that team project. An error only when the
    /// location itself cannot be read (not a folder); a project that cannot be read is a row with its error.
    static Result<Portfolio> read(const QString &location, const guidance::GuidanceLibrary &library,
                                  const CancellationToken *cancel = nullptr, const ProgressSink &progress = {});
    /// One project's row, opened read-only.
    static PortfolioRow readProject(const QString &location, const guidance::GuidanceLibrary &library);

    QString location;
    std::vector<PortfolioRow> rows;

    int unreadable() const;
    /// `veiviser-cli --json portfolio`: {"location", "projects": [rows], "unreadable"}.
    Json toJson() const;
};

} // namespace vv::tracking
