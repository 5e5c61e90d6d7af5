#include "tracking/Portfolio.h"

#include "core/Clock.h"
#include "guidance/Assessment.h"
#include "guidance/GuidanceLibrary.h"
#include "monitoring/IncidentRules.h"
#include "monitoring/MonitoringStatus.h"
#include "store/DeviationTable.h"
#include "store/DocumentDetailTable.h"
#include "store/MonitoringTable.h"
#include "store/PackageBuildTable.h"
#include "tracking/ProjectProgress.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace vv::tracking {

namespace {

Json valueJson(const std::optional<guidance::Value> &value)
{
    return guidance::factJson(value);
}

Json textOrNull(const QString &text)
{
    return text.isEmpty() ? Json(nullptr) : Json(toStd(text));
}

Json dateOrNull(const QDate &date)
{
    return date.isValid() ? Json(toStd(date.toString(Qt::ISODate))) : Json(nullptr);
}

// The assessed facts the table shows; their ids are the packs' (docs/guidance-format.md), not legal content.
void readFacts(PortfolioRow &row, const guidance::Assessment &a)
{
    row.mdrClass = a.value(QStringLiteral("mdr.class"));
    row.aiActRisk = a.value(QStringLiteral("ai_act.risk"));
    row.highRiskRoute = a.value(QStringLiteral("ai_act.high_risk_route"));
    row.dpiaRequired = a.value(QStringLiteral("gdpr.dpia_required"));
    row.friaRequired = a.value(QStringLiteral("ai_act.fria_required"));
}

void readRequirements(PortfolioRow &row, const ProjectProgress &progress)
{
    row.requirementsApplicable = progress.overall.applicable();
    row.requirementsMet = progress.overall.done();
    for (const RequirementProgress &r : progress.requirements)
        row.requirementsOverdue += r.deadline == Deadline::Overdue ? 1 : 0;
}

Status readIncidentReports(PortfolioRow &row, ProjectStore &store, const guidance::GuidanceLibrary &library,
                           const ProjectProgress &progress)
{
    auto due = monitoring::reportsDue(store, library,
                                      [&](const QString &fact) { return progress.assessment.value(fact); });
    if (!due)
        return due.error();
    for (const monitoring::PendingReport &r : due->reports) {
        ++row.reportsDue;
        row.reportsOverdue += r.status.overdue() ? 1 : 0;
        const QDate when = r.status.due.due;
        if (when.isValid() && (!row.nextReportDue.isValid() || when < row.nextReportDue))
            row.nextReportDue = when;
    }
    return {};
}

// Measuring the windows reads the production rows, so it is done only for a project with a monitoring plan.
Status readAlarms(PortfolioRow &row, ProjectStore &store)
{
    auto plans = MonitoringTable(store).plans();
    if (!plans)
        return plans.error();
    if (plans->empty())
        return {};
    auto status = monitoring::MonitoringEvaluation::evaluate(store);
    if (!status)
        return status.error();
    row.alarmsOpen = status->alarmsOpen;
    return {};
}

Status readDeviations(PortfolioRow &row, ProjectStore &store)
{
    auto deviations = DeviationTable(store).all();
    if (!deviations)
        return deviations.error();
    for (const Deviation &d : *deviations)
        row.deviationsOpen += d.closed ? 0 : 1;
    return {};
}

// The first date a detail's text gives, as 2026-03-01 or 01.03.2026 (the text may say more, such as what triggers
// an earlier review); invalid when it gives none. A date is written in no language, so either text will do.
QDate firstDate(const LocalizedText &text)
{
    static const QRegularExpression iso(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"));
    static const QRegularExpression norwegian(QStringLiteral("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b"));
    for (const QString &t : {text.nb, text.en}) {
        if (const auto m = iso.match(t); m.hasMatch())
            return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (const auto m = norwegian.match(t); m.hasMatch())
            return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    }
    return {};
}

// GDPR Art. 35(11) asks for a review at least when the risk changes and sets no interval, so the review date the
// controller recorded (dpia.next_review) is the one rule: past it, the DPIA has expired (docs/portfolio.md).
Status readDpia(PortfolioRow &row, ProjectStore &store, const QDate &today)
{
    auto details = DocumentDetailTable(store).all();
    if (!details)
        return details.error();
    for (const DocumentDetail &d : *details) {
        if (d.key == QStringLiteral("dpia.approval_date"))
            row.dpiaApproved = firstDate(d.text);
        else if (d.key == QStringLiteral("dpia.next_review"))
            row.dpiaNextReview = firstDate(d.text);
    }
    const bool notRequired =
        row.dpiaRequired && (row.dpiaRequired->isNull() || *row.dpiaRequired == guidance::Value::boolean(false));
    if (!row.dpiaApproved.isValid())
        row.dpiaState = notRequired ? QStringLiteral("not_required") : QStringLiteral("not_approved");
    else if (!row.dpiaNextReview.isValid())
        row.dpiaState = QStringLiteral("no_review_date");
    else
        row.dpiaState = row.dpiaNextReview < today ? QStringLiteral("expired") : QStringLiteral("current");
    return {};
}

Status readRow(PortfolioRow &row, const guidance::GuidanceLibrary &library)
{
    StoreOptions options = StoreOptions::readOnly();
    options.olderFormat = StoreOptions::OlderFormat::ReadUpgradedCopy;
    auto store = ProjectStore::open(row.file, options);
    if (!store)
        return store.error();
    row.olderFormat = (*store)->upgradedFrom();
    auto info = (*store)->info();
    if (!info)
        return info.error();
    row.name = info->name;
    row.systemVersion = info->systemVersion;
    row.role = info->role;
    row.modified = info->modified;
    row.review = (*store)->isReviewProject();
    auto progress = ProjectProgress::compute(**store, library, ProjectProgress::Evidence::Skipped);
    if (!progress)
        return progress.error();
    readFacts(row, progress->assessment);
    readRequirements(row, *progress);
    VV_TRY(readIncidentReports(row, **store, library, *progress));
    VV_TRY(readAlarms(row, **store));
    VV_TRY(readDeviations(row, **store));
    VV_TRY(readDpia(row, **store, progress->today));
    auto package = PackageBuildTable::newest(**store);
    if (!package)
        return package.error();
    if (*package) {
        row.lastPackage = (*package)->fileName;
        row.lastPackageBuilt = (*package)->created;
    }
    return {};
}

QString roleText(ProjectRole role)
{
    switch (role) {
    case ProjectRole::Provider: return Portfolio::tr("provider");
    case ProjectRole::Deployer: return Portfolio::tr("deployer");
    case ProjectRole::Both: return Portfolio::tr("provider and deployer");
    }
    return {};
}

QString reportsText(const PortfolioRow &row)
{
    if (row.reportsDue == 0)
        return QStringLiteral("0");
    QString text = QString::number(row.reportsDue);
    if (row.reportsOverdue > 0)
        text += Portfolio::tr(" (%1 overdue)").arg(row.reportsOverdue);
    else if (row.nextReportDue.isValid())
        text += Portfolio::tr(" (by %1)").arg(row.nextReportDue.toString(Qt::ISODate));
    return text;
}

QString dpiaText(const PortfolioRow &row)
{
    const QString next = row.dpiaNextReview.toString(Qt::ISODate);
    if (row.dpiaState == QStringLiteral("expired"))
        return Portfolio::tr("expired (review was due %1)").arg(next);
    if (row.dpiaState == QStringLiteral("current"))
        return Portfolio::tr("review by %1").arg(next);
    if (row.dpiaState == QStringLiteral("no_review_date"))
        return Portfolio::tr("approved %1, no review date").arg(row.dpiaApproved.toString(Qt::ISODate));
    if (row.dpiaState == QStringLiteral("not_approved"))
        return Portfolio::tr("not approved");
    return QStringLiteral("–");
}

} // namespace

QString PortfolioRow::header(Column column)
{
    switch (column) {
    case Column::Name: return Portfolio::tr("System");
    case Column::SystemVersion: return Portfolio::tr("Version");
    case Column::Role: return Portfolio::tr("Role");
    case Column::MdrClass: return Portfolio::tr("MDR class");
    case Column::AiActRisk: return Portfolio::tr("AI Act risk");
    case Column::HighRiskRoute: return Portfolio::tr("High-risk route");
    case Column::Dpia: return Portfolio::tr("DPIA");
    case Column::DpiaReview: return Portfolio::tr("DPIA review");
    case Column::Fria: return Portfolio::tr("FRIA");
    case Column::Requirements: return Portfolio::tr("Requirements met");
    case Column::Overdue: return Portfolio::tr("Overdue");
    case Column::Deviations: return Portfolio::tr("Open deviations");
    case Column::IncidentReports: return Portfolio::tr("Incident reports due");
    case Column::Alarms: return Portfolio::tr("Open alarms");
    case Column::LastPackage: return Portfolio::tr("Last package");
    case Column::Modified: return Portfolio::tr("Changed");
    case Column::File: return Portfolio::tr("File");
    }
    return {};
}

QString PortfolioRow::text(Column column, const guidance::GuidanceLibrary &library) const
{
    if (!readable() && column != Column::File && column != Column::Name)
        return {};
    switch (column) {
    case Column::Name:
        if (!readable())
            return Portfolio::tr("Cannot be read: %1").arg(error);
    {
        QString text = review ? Portfolio::tr("%1 (review)").arg(name) : name;
        if (olderFormat > 0)
            text += QLatin1Char(' ') + Portfolio::tr("(older format, version %1: open it in Veiviser to upgrade it)")
                                           .arg(olderFormat);
        return text;
    }
    case Column::SystemVersion: return systemVersion;
    case Column::Role: return role ? roleText(*role) : QString();
    case Column::MdrClass: return library.valueText(QStringLiteral("mdr.class"), mdrClass);
    case Column::AiActRisk: return library.valueText(QStringLiteral("ai_act.risk"), aiActRisk);
    case Column::HighRiskRoute: return library.valueText(QStringLiteral("ai_act.high_risk_route"), highRiskRoute);
    case Column::Dpia: return library.valueText(QStringLiteral("gdpr.dpia_required"), dpiaRequired);
    case Column::DpiaReview: return dpiaText(*this);
    case Column::Fria: return library.valueText(QStringLiteral("ai_act.fria_required"), friaRequired);
    case Column::Requirements:
        return Portfolio::tr("%1 of %2").arg(requirementsMet).arg(requirementsApplicable);
    case Column::Overdue: return QString::number(requirementsOverdue);
    case Column::Deviations: return QString::number(deviationsOpen);
    case Column::IncidentReports: return reportsText(*this);
    case Column::Alarms: return alarmsOpen ? QString::number(*alarmsOpen) : QStringLiteral("–");
    case Column::LastPackage:
        return lastPackage.isEmpty() ? QStringLiteral("–")
                                     : QStringLiteral("%1 (%2)").arg(lastPackage, lastPackageBuilt.toLocalTime()
                                                                                   .date().toString(Qt::ISODate));
    case Column::Modified: return modified.toLocalTime().date().toString(Qt::ISODate);
    case Column::File: return file;
    }
    return {};
}

std::vector<PortfolioRow::State> PortfolioRow::states() const
{
    if (!readable())
        return {State::Unreadable};
    std::vector<State> out;
    if (requirementsOverdue > 0)
        out.push_back(State::RequirementsOverdue);
    if (alarmsOpen.value_or(0) > 0)
        out.push_back(State::AlarmsOpen);
    if (reportsDue > 0)
        out.push_back(State::ReportsDue);
    if (deviationsOpen > 0)
        out.push_back(State::DeviationsOpen);
    if (dpiaExpired())
        out.push_back(State::DpiaExpired);
    if (out.empty())
        out.push_back(State::InOrder);
    return out;
}

QString PortfolioRow::stateText(State state)
{
    switch (state) {
    case State::Unreadable: return Portfolio::tr("Cannot be read");
    case State::RequirementsOverdue: return Portfolio::tr("Requirements overdue");
    case State::AlarmsOpen: return Portfolio::tr("Open alarms");
    case State::ReportsDue: return Portfolio::tr("Incident reports due");
    case State::DeviationsOpen: return Portfolio::tr("Open deviations");
    case State::DpiaExpired: return Portfolio::tr("DPIA expired");
    case State::InOrder: return Portfolio::tr("All in order");
    }
    return {};
}

Json PortfolioRow::toJson() const
{
    Json package = nullptr;
    if (!lastPackage.isEmpty())
        package = {{"file", toStd(lastPackage)}, {"built", toStd(isoUtc(lastPackageBuilt))}};
    Json reports = {{"reports", reportsDue},
                    {"overdue", reportsOverdue},
                    {"next_due", dateOrNull(nextReportDue)}};
    Json row = {{"file", toStd(file)},
                {"name", textOrNull(name)},
                {"system_version", textOrNull(systemVersion)},
                {"role", role ? Json(toStd(roleToString(*role))) : Json()},
                {"mdr_class", valueJson(mdrClass)},
                {"ai_act_risk", valueJson(aiActRisk)},
                {"high_risk_route", valueJson(highRiskRoute)},
                {"dpia_required", valueJson(dpiaRequired)},
                {"fria_required", valueJson(friaRequired)},
                {"requirements",
                 {{"applicable", requirementsApplicable}, {"met", requirementsMet}, {"overdue", requirementsOverdue}}},
                {"incidents_due", reports},
                {"alarms_open", alarmsOpen ? Json(*alarmsOpen) : Json()},
                {"last_package", package},
                {"modified", modified.isValid() ? Json(toStd(isoUtc(modified))) : Json()},
                {"error", textOrNull(error)},
                {"deviations_open", deviationsOpen},
                {"older_format", olderFormat > 0 ? Json(olderFormat) : Json()},
                {"dpia", {{"state", textOrNull(dpiaState)},
                          {"approved", dateOrNull(dpiaApproved)},
                          {"next_review", dateOrNull(dpiaNextReview)}}}};
    if (!readable()) {
        // A row that could not be read says so and nothing else: no zero counts that look like a clean project.
        row["requirements"] = nullptr;
        row["incidents_due"] = nullptr;
        row["deviations_open"] = nullptr;
        row["dpia"] = nullptr;
    }
    return row;
}

Result<QStringList> Portfolio::projectFiles(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.isDir())
        return Error::input(Portfolio::tr("%1 is not a folder").arg(folder),
                            Portfolio::tr("Name a folder of .veiviser project files, or a team database address "
                                          "(postgresql://USER@HOST:PORT/DATABASE)."));
    if (!info.isReadable() || !info.isExecutable())
        return Error::input(Portfolio::tr("the folder %1 cannot be read").arg(folder),
                            Portfolio::tr("Check that you may read the folder."));
    const QDir dir(folder);
    QStringList files;
    // Broken links and files of every kind are listed too: each becomes a row that says what is wrong with it.
    for (const QString &name : dir.entryList({QStringLiteral("*.veiviser")},
                                             QDir::Files | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                                             QDir::Name))
        files << dir.filePath(name);
    return files;
}

PortfolioRow Portfolio::readProject(const QString &location, const guidance::GuidanceLibrary &library)
{
    PortfolioRow row;
    row.file = location;
    if (auto s = readRow(row, library); !s) {
        PortfolioRow failed;
        failed.file = location;
        failed.error = s.error().toString();
        return failed;
    }
    return row;
}

Result<Portfolio> Portfolio::read(const QString &location, const guidance::GuidanceLibrary &library,
                                  const CancellationToken *cancel, const ProgressSink &progress)
{
    Portfolio p;
    p.location = location;
    QStringList files;
    if (ProjectStore::isTeamLocation(location)) {
        files << location;
    } else {
        auto found = projectFiles(location);
        if (!found)
            return found.error();
        files = *found;
    }
    ProgressThrottle throttle(progress);
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (cancel && cancel->isCancelled())
            return Error::cancelled();
        throttle.report(i, files.size(), QFileInfo(files[i]).fileName());
        p.rows.push_back(readProject(files[i], library));
    }
    throttle.report(files.size(), files.size(), {}, true);
    return p;
}

int Portfolio::unreadable() const
{
    int n = 0;
    for (const PortfolioRow &r : rows)
        n += r.readable() ? 0 : 1;
    return n;
}

Json Portfolio::toJson() const
{
    Json list = Json::array();
    for (const PortfolioRow &r : rows)
        list.push_back(r.toJson());
    return {{"location", toStd(location)}, {"projects", list}, {"unreadable", unreadable()}};
}

} // namespace vv::tracking
