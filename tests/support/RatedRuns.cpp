#include "RatedRuns.h"

#include "store/ProjectStore.h"
#include "store/TestRunTable.h"

namespace vv::test {

QStringList caseIds(int n)
{
    QStringList out;
    for (int i = 1; i <= n; ++i)
        out << QStringLiteral("c%1").arg(i, 3, 10, QLatin1Char('0'));
    return out;
}

Result<qint64> recordAnsweredRun(ProjectStore &store, const QStringList &caseIds, const QString &answerPrefix,
                                 const std::function<Json(const QString &caseId)> &verdictsFor)
{
    TestRunTable runs(store);
    NewTestRun run;
    run.engineId = QString::fromLatin1(ratedRunEngine);
    run.engineVersion = QStringLiteral("1.0");
    run.kind = QStringLiteral("llm");
    run.title = QStringLiteral("suite.yaml");
    run.provenance = Json{{"model", ratedRunModel}, {"endpoint", "http://127.0.0.1:9/v1"},
                          {"engine", {{"id", ratedRunEngine}, {"name", "OpenAI-compatible"}}}};
    run.casesTotal = caseIds.size() + 1;
    auto id = runs.start(run);
    if (!id)
        return id.error();
    std::vector<CaseResult> cases;
    for (const QString &c : caseIds) {
        CaseResult r;
        r.caseId = c;
        r.status = CaseStatus::Passed;
        r.score = 1;
        r.detail = Json{{"output", toStd(answerPrefix + QLatin1Char(' ') + c)},
                        {"messages", Json::array({Json{{"role", "user"}, {"content", toStd(QStringLiteral("Question ") + c)}}})},
                        {"level", "domain"}};
        if (verdictsFor)
            r.detail["verdicts"] = verdictsFor(c);
        cases.push_back(std::move(r));
    }
    CaseResult errored;
    errored.caseId = QStringLiteral("errored-case");
    errored.status = CaseStatus::Errored;
    errored.detail = Json{{"error", "timeout"}};
    cases.push_back(std::move(errored));
    VV_TRY(runs.recordCases(*id, cases));
    VV_TRY(runs.finish(*id, TestRunStatus::Completed, {}, Json::object()));
    return *id;
}

} // namespace vv::test
