#include "tracking/ChangeControl.h"

#include "core/WorkFolder.h"
#include "evidence/EvidenceLibrary.h"
#include "guidance/GuidanceLibrary.h"
#include "store/DeviationTable.h"
#include "store/ProjectStore.h"
#include "store/RiskTable.h"
#include "store/TestRunTable.h"

#include <QFile>

namespace vv::tracking {

namespace {

Result<qint64> fileCheckDocument(ProjectStore &store, const risk::ChangePlan &plan, const ChangeCheckRecord &record,
                                 const TestRun &run)
{
    Json doc = record.result.toJson();
    doc["plan_version"] = record.planVersion;
    doc["check"] = record.checkId;
    doc["run_uuid"] = toStd(run.uuid);
    doc["plan_title"] = toStd(plan.title);
    // The library imports files; the document goes through a private temporary file, as a test run's does.
    WorkFolder dir(QStringLiteral("change-check"));
    if (!dir.isValid())
        return Error::runtime(ChangeControl::tr("no temporary folder for the check's document: %1").arg(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("change-check-%1.json").arg(record.checkId));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray::fromStdString(doc.dump(2))) < 0 || !f.flush())
        return Error::runtime(ChangeControl::tr("cannot write %1: %2").arg(path, f.errorString()));
    f.close();
    evidence::ImportRequest request;
    request.paths = {path};
    request.title = ChangeControl::tr("Change check %1: %2 on test run %3")
                        .arg(record.checkId)
                        .arg(record.result.modification)
                        .arg(run.id);
    request.kind = EvidenceKind::TestResult;
    request.links = plan.requirements;
    auto imported = evidence::EvidenceLibrary(store).import(request);
    if (!imported)
        return imported.error();
    if (imported->empty())
        return Error::runtime(ChangeControl::tr("the check's document was not imported"));
    return imported->front().id;
}

Result<qint64> openDeviation(ProjectStore &store, const ChangeCheckRecord &record, const QString &title)
{
    Deviation d;
    d.title = ChangeControl::tr("Planned modification %1 did not meet its acceptance criteria").arg(title);
    QStringList failed;
    for (const risk::CriterionResult &c : record.result.criteria)
        if (c.outcome == risk::CheckOutcome::NotMet)
            failed << QStringLiteral("%1%2: %3")
                          .arg(c.criterion.metric,
                               c.subgroup.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.subgroup), c.reason);
    d.description = ChangeControl::tr("Change check %1 of test run %2: %3")
                        .arg(record.checkId)
                        .arg(record.result.runId)
                        .arg(failed.join(QStringLiteral("; ")));
    d.severity = QStringLiteral("high");
    d.links.push_back({QStringLiteral("test_run"), QString::number(record.result.runId)});
    return DeviationTable(store).open(d);
}

} // namespace

Result<int> ChangeControl::storePlan(ProjectStore &store, const guidance::GuidanceLibrary &library,
                                     const QByteArray &yaml, const QString &fileName, std::vector<Error> *problems)
{
    auto plan = risk::ChangePlanReader::read(yaml, fileName, problems);
    if (!plan)
        return plan.error();
    for (const QString &urn : plan->requirements)
        if (!library.requirement(urn)) {
            Error e = Error::input(tr("%1: there is no requirement %2 in the installed guidance").arg(fileName, urn),
                                   tr("'requirements FILE' lists the project's requirements."));
            if (problems)
                problems->push_back(e);
            return e;
        }
    return RiskTable(store).storeChangePlan(yaml, plan->toJson());
}

Result<std::pair<risk::ChangePlan, int>> ChangeControl::currentPlan(ProjectStore &store)
{
    auto stored = RiskTable(store).changePlan();
    if (!stored)
        return stored.error();
    if (!*stored)
        return Error::input(tr("the project has no change control plan"),
                            tr("Store one with 'pccp plan FILE --from PLAN.yaml' (docs/risk.md)."));
    auto plan = risk::ChangePlanReader::fromJson((*stored)->plan);
    if (!plan)
        return plan.error();
    return std::pair{std::move(*plan), (*stored)->version};
}

Result<ChangeCheckRecord> ChangeControl::check(ProjectStore &store, const QString &modification, qint64 runId)
{
    auto plan = currentPlan(store);
    if (!plan)
        return plan.error();
    const risk::PlannedModification *mod = plan->first.modification(modification);
    if (!mod) {
        QStringList ids;
        for (const risk::PlannedModification &m : plan->first.modifications)
            ids << m.id;
        return Error::input(tr("the change control plan has no modification '%1'").arg(modification),
                            tr("Its modifications are %1.").arg(ids.join(QStringLiteral(", "))));
    }
    auto run = TestRunTable(store).get(runId);
    if (!run)
        return run.error();
    ChangeCheckRecord record;
    const TestRunTable runs(store);
    record.result = risk::ChangeCheckEvaluation::evaluate(
        *mod, *run, [&runs](qint64 id) -> Result<std::vector<CaseResult>> { return runs.allCases(id); });
    record.planVersion = plan->second;
    ChangeCheck stored;
    stored.planVersion = record.planVersion;
    stored.modification = mod->id;
    stored.testRunId = runId;
    stored.verdict = risk::checkOutcomeId(record.result.verdict);
    stored.result = record.result.toJson();
    auto id = RiskTable(store).recordCheck(stored);
    if (!id)
        return id.error();
    record.checkId = *id;
    if (record.result.verdict == risk::CheckOutcome::Met) {
        auto evidenceId = fileCheckDocument(store, plan->first, record, *run);
        if (!evidenceId) {
            Error e = evidenceId.error();
            return e.prefixed(tr("check %1 is stored, but not filed as evidence").arg(*id));
        }
        VV_TRY(RiskTable(store).setCheckEvidence(*id, *evidenceId));
        record.evidenceId = *evidenceId;
    } else if (record.result.verdict == risk::CheckOutcome::NotMet) {
        auto deviation = openDeviation(store, record, mod->title);
        if (!deviation) {
            Error e = deviation.error();
            return e.prefixed(tr("check %1 is stored, but no deviation was opened").arg(*id));
        }
        record.deviationId = *deviation;
    }
    return record;
}

} // namespace vv::tracking
