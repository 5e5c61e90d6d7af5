#pragma once

// A scripted evaluation engine for the host's tests: N cases that pass or fail by a rule, and ways to fail,
// cancel or die part-way, so that storing, resuming and provenance can be checked without a real engine.

#include "validation/EvaluationEngine.h"
#include "validation/Statistics.h"

#include <QObject>

#include <cstdlib>

namespace vv::test {

/// The test double's behaviour; every plugin variant shares it and differs only in its manifest.
class TestDoubleBehaviour : public validation::EvaluationEngine {
public:
    Result<validation::EnginePlan> plan(const validation::EngineRequest &request) override
    {
        const qint64 cases = request.config.value("cases", qint64(5));
        if (cases < 0 || cases > 100000)
            return Error::input(QStringLiteral("cases must be between 0 and 100000"));
        if (request.config.value("fail_plan", false))
            return Error::input(QStringLiteral("the test double was told to refuse the plan"));
        validation::EnginePlan plan;
        plan.title = QStringLiteral("Test double with %1 cases").arg(cases);
        plan.casesTotal = cases;
        plan.supports = {QStringLiteral("urn:veiviser:hdir:llm-basic")};
        plan.provenance = {{"endpoint", "test-double://local"}, {"model_id", "double-1"}};
        return plan;
    }

    Result<validation::EngineOutcome> run(const validation::EngineRequest &request,
                                          const validation::EngineSession &session) override
    {
        const qint64 cases = request.config.value("cases", qint64(5));
        const qint64 failEvery = request.config.value("fail_every", qint64(0));
        const qint64 abortAfter = request.config.value("abort_after", qint64(0));
        const qint64 cancelAfter = request.config.value("cancel_after", qint64(0));
        qint64 ranNow = 0;
        for (qint64 i = 1; i <= cases; ++i) {
            const QString id = QStringLiteral("case-%1").arg(i, 3, 10, QLatin1Char('0'));
            if (request.finishedCaseIds.contains(id))
                continue;
            if (session.isCancelled() || (cancelAfter > 0 && ranNow == cancelAfter))
                return Error::cancelled();
            CaseResult c;
            c.caseId = id;
            c.status = failEvery > 0 && i % failEvery == 0 ? CaseStatus::Failed : CaseStatus::Passed;
            c.score = c.status == CaseStatus::Passed ? 1.0 : 0.0;
            c.detail = {{"output", toStd(QStringLiteral("answer %1").arg(i))}};
            VV_TRY(session.recordCase(c));
            ++ranNow;
            if (session.log)
                session.log(QStringLiteral("ran %1").arg(id));
            // Dies like a killed process: no cleanup, nothing finished.
            if (abortAfter > 0 && ranNow == abortAfter)
                std::_Exit(9);
        }
        // The pass rate covers the whole run, also the cases a resumed run inherited.
        qint64 passed = 0, total = 0;
        for (const auto &c : request.finishedCases) {
            ++total;
            passed += c.status == CaseStatus::Passed;
        }
        for (qint64 i = 1; i <= cases; ++i) {
            const QString id = QStringLiteral("case-%1").arg(i, 3, 10, QLatin1Char('0'));
            if (request.finishedCaseIds.contains(id))
                continue;
            ++total;
            passed += !(failEvery > 0 && i % failEvery == 0);
        }
        const auto ci = validation::wilsonInterval(passed, total, 0.95);
        validation::EngineOutcome outcome;
        outcome.metrics.push_back({QStringLiteral("pass_rate"), ci.estimate, ci.lower, ci.upper});
        outcome.result = {{"passed", passed}, {"total", total}, {"ran_in_this_process", ranNow}};
        return outcome;
    }
};

} // namespace vv::test
