#include "validation/SuiteRunSummary.h"

#include "validation/Statistics.h"

#include <map>

namespace vv::validation {

namespace {

/// Pass counts for one level or grader, turned into a rate with its Wilson interval.
struct Tally {
    qint64 passed = 0;
    qint64 total = 0;
    void add(bool pass) { ++total; passed += pass; }
};

Json tallyJson(const Tally &t)
{
    const Interval ci = wilsonInterval(t.passed, t.total, 0.95);
    auto num = [](const std::optional<double> &v) { return v ? Json(*v) : Json(nullptr); };
    return {{"passed", t.passed}, {"total", t.total}, {"pass_rate", num(ci.estimate)}, {"ci_lower", num(ci.lower)},
            {"ci_upper", num(ci.upper)}};
}

RunMetric tallyMetric(const QString &name, const Tally &t)
{
    const Interval ci = wilsonInterval(t.passed, t.total, 0.95);
    return {name, ci.estimate, ci.lower, ci.upper};
}

/// What the run's model judge and retrieval cases add up to.
struct JudgeAndRetrieval {
    qint64 judgeVerdicts = 0;
    bool judgeIsTested = false;
    qint64 retrievalCases = 0;
    double recallSum = 0;
    double reciprocalRankSum = 0;

    void add(const CaseResult &c)
    {
        for (const Json &v : c.detail.value("verdicts", Json::array())) {
            if (v.is_object() && v.contains("judge_checked")) {
                ++judgeVerdicts;
                judgeIsTested = judgeIsTested || v.value("judge_is_tested_model", false);
            }
        }
        if (const auto r = c.detail.find("retrieval"); r != c.detail.end() && r->is_object()) {
            ++retrievalCases;
            recallSum += r->value("recall_at_k", 0.0);
            reciprocalRankSum += r->value("reciprocal_rank", 0.0);
        }
    }
};

} // namespace

QString SuiteRunSummary::notCheckedLabel()
{
    return tr("not checked against clinicians");
}

EngineOutcome SuiteRunSummary::of(const QString &suiteName, const std::vector<CaseResult> &finished,
                                  const std::vector<CaseResult> &ranNow)
{
    Tally overall;
    JudgeAndRetrieval extra;
    std::map<std::string, Tally> byLevel, byGrader;
    qint64 errored = 0, notGraded = 0;
    auto count = [&](const CaseResult &c) {
        extra.add(c);
        if (c.status == CaseStatus::Errored) {
            ++errored;
            return;
        }
        // No pass rate counts a case the tool did not grade.
        if (c.status == CaseStatus::NotGraded) {
            ++notGraded;
            return;
        }
        overall.add(c.status == CaseStatus::Passed);
        byLevel[c.detail.value("level", std::string("unknown"))].add(c.status == CaseStatus::Passed);
        for (const Json &v : c.detail.value("verdicts", Json::array())) {
            if (v.is_object())
                byGrader[v.value("grader", std::string("unknown"))].add(v.value("passed", false));
        }
    };
    for (const auto &c : finished)
        count(c);
    for (const auto &c : ranNow)
        count(c);

    EngineOutcome outcome;
    outcome.metrics.push_back(tallyMetric(QStringLiteral("pass_rate"), overall));
    Json levels = Json::object(), graders = Json::object();
    for (const auto &[level, t] : byLevel) {
        outcome.metrics.push_back(tallyMetric(QStringLiteral("pass_rate.level.") + fromStd(level), t));
        levels[level] = tallyJson(t);
    }
    for (const auto &[grader, t] : byGrader) {
        outcome.metrics.push_back(tallyMetric(QStringLiteral("pass_rate.grader.") + fromStd(grader), t));
        graders[grader] = tallyJson(t);
    }
    if (extra.retrievalCases > 0) {
        const double n = double(extra.retrievalCases);
        outcome.metrics.push_back({QStringLiteral("retrieval.recall_at_k"), extra.recallSum / n, std::nullopt, std::nullopt});
        outcome.metrics.push_back({QStringLiteral("retrieval.mrr"), extra.reciprocalRankSum / n, std::nullopt, std::nullopt});
    }
    const qint64 endpointTotal = errored;
    const qint64 testTotal = overall.total - overall.passed;
    const char *source = endpointTotal && testTotal ? "both" : endpointTotal ? "endpoint" : testTotal ? "tests" : "none";
    outcome.result = {{"suite", toStd(suiteName)},
                      {"overall", tallyJson(overall)},
                      {"by_level", levels},
                      {"by_grader", graders},
                      {"errored", errored},
                      {"not_graded", notGraded},
                      {"failures_from", source},
                      {"summary", toStd(tr("%1 of %2 answered cases passed; %3 failed the tests and %4 got "
                                           "no usable answer from the endpoint.")
                                            .arg(overall.passed).arg(overall.total).arg(testTotal).arg(endpointTotal))}};
    if (extra.judgeVerdicts > 0) {
        outcome.result["judge"] = {{"verdicts", extra.judgeVerdicts}, {"checked_against_clinicians", false},
                                   {"judge_is_tested_model", extra.judgeIsTested}, {"label", toStd(notCheckedLabel())}};
        QString text = tr("%1 verdicts came from a model judge: %2.").arg(extra.judgeVerdicts).arg(notCheckedLabel());
        if (extra.judgeIsTested)
            text += QLatin1Char(' ') + tr("The judge is the model under test.");
        outcome.result["summary"] = outcome.result["summary"].get<std::string>() + " " + toStd(text);
    }
    if (extra.retrievalCases > 0) {
        const double n = double(extra.retrievalCases);
        outcome.result["retrieval"] = {{"cases", extra.retrievalCases}, {"recall_at_k", extra.recallSum / n},
                                       {"mrr", extra.reciprocalRankSum / n}};
    }
    return outcome;
}

} // namespace vv::validation
