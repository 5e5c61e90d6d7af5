#include "tracking/ProjectTrace.h"

#include "evidence/EvidenceLibrary.h"
#include "evidence/TestRunEvidence.h"
#include "guidance/GuidanceLibrary.h"
#include "monitoring/MonitoringPlan.h"
#include "monitoring/MonitoringStatus.h"
#include "risk/RiskFile.h"
#include "store/MonitoringTable.h"
#include "store/ProjectStore.h"
#include "store/TestRunTable.h"
#include "tracking/ProjectProgress.h"

namespace vv::tracking {

namespace {

bool hasMonitoringVerification(const std::vector<RiskControl> &controls)
{
    for (const RiskControl &c : controls)
        for (const Verification &v : c.verifications)
            if (v.kind == QStringLiteral("monitoring"))
                return true;
    return false;
}

// Each plan metric's state now: alarm while an alarm on it is open, ok once a window has judged it, else not
// enough data.
std::map<QString, QString> statesFrom(const monitoring::MonitoringPlan &plan, const monitoring::MonitoringStatus &status)
{
    std::map<QString, QString> out;
    for (const monitoring::MetricRule &rule : plan.metrics)
        out[rule.name()] = QStringLiteral("not_enough_data");
    for (const monitoring::WindowStatus &w : status.windows) {
        for (const monitoring::MetricValue &m : w.metrics)
            if (m.state != monitoring::MetricState::NotEnoughData && out.count(m.name) &&
                out[m.name] != QStringLiteral("alarm"))
                out[m.name] = QStringLiteral("ok");
        for (const monitoring::Alarm &a : w.alarms)
            if (!a.acknowledged && a.state == monitoring::MetricState::Alarm)
                out[a.metric] = QStringLiteral("alarm");
    }
    return out;
}

// Evaluating monitoring reads every production row, so it is done only when a control asks for it and no caller
// has done it already.
Result<std::map<QString, QString>> monitoringStates(ProjectStore &store, const monitoring::MonitoringStatus *measured,
                                                    const CancellationToken *cancel)
{
    auto plans = MonitoringTable(store).plans();
    if (!plans)
        return plans.error();
    if (plans->empty())
        return std::map<QString, QString>{};
    auto plan = monitoring::MonitoringPlan::fromJson(plans->back().plan);
    if (!plan)
        return plan.error();
    if (measured)
        return statesFrom(*plan, *measured);
    auto status = monitoring::MonitoringEvaluation::evaluate(store, cancel);
    if (!status)
        return status.error();
    return statesFrom(*plan, *status);
}

Status addRunsAndEvidence(ProjectStore &store, risk::TraceInputs &in)
{
    evidence::EvidenceLibrary library(store);
    auto statuses = library.statuses();
    if (!statuses)
        return statuses.error();
    std::map<QString, qint64> filedDocuments;
    for (const evidence::EvidenceStatus &s : *statuses) {
        in.evidence[s.item.id] = {s.item.title, s.staleness.isStale(), s.staleness.olderSystemVersion};
        filedDocuments[s.item.source] = s.item.id;
    }
    auto runs = TestRunTable(store).list();
    if (!runs)
        return runs.error();
    for (const TestRun &r : *runs) {
        risk::TraceRun run{r.title, r.status == TestRunStatus::Completed, false, std::nullopt};
        const auto filed = filedDocuments.find(evidence::TestRunEvidence::documentName(r.uuid));
        if (filed != filedDocuments.end()) {
            run.evidenceId = filed->second;
            run.outdated = in.evidence[filed->second].outdated;
        }
        in.runs[r.id] = run;
    }
    return {};
}

} // namespace

Result<risk::TraceInputs> traceInputs(ProjectStore &store, const guidance::GuidanceLibrary &library,
                                      const CancellationToken *cancel, const monitoring::MonitoringStatus *measured,
                                      MonitoringStates states)
{
    risk::TraceInputs in;
    RiskTable table(store);
    auto hazards = table.hazards();
    if (!hazards)
        return hazards.error();
    auto controls = table.controls();
    if (!controls)
        return controls.error();
    in.hazards = std::move(*hazards);
    in.controls = std::move(*controls);
    auto progress = ProjectProgress::compute(store, library);
    if (!progress)
        return progress.error();
    for (const RequirementProgress &r : progress->requirements)
        if (r.applies())
            in.requirements.push_back({r.urn, trackedStatusName(r.status), r.directEvidence + r.crosswalkEvidence});
    VV_TRY(addRunsAndEvidence(store, in));
    if (states == MonitoringStates::Evaluate && hasMonitoringVerification(in.controls)) {
        auto metricStates = monitoringStates(store, measured, cancel);
        if (!metricStates)
            return metricStates.error();
        in.monitoring = std::move(*metricStates);
    }
    return in;
}

Result<risk::TraceMatrix> projectTrace(ProjectStore &store, const guidance::GuidanceLibrary &library,
                                       const CancellationToken *cancel)
{
    auto inputs = traceInputs(store, library, cancel);
    if (!inputs)
        return inputs.error();
    auto file = risk::RiskFile::open(store, library);
    if (!file)
        return file.error();
    return risk::buildTraceMatrix(*inputs, file->matrix());
}

} // namespace vv::tracking
