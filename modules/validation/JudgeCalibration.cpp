#include "validation/JudgeCalibration.h"

#include "store/TestRunTable.h"

#include <cstdint>
#include <limits>

namespace vv::validation {

QString JudgeCalibration::verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::CanStandIn: return QStringLiteral("can_stand_in");
    case Verdict::Uncertain: return QStringLiteral("uncertain");
    case Verdict::CannotStandIn: return QStringLiteral("cannot_stand_in");
    case Verdict::NotEnoughData: break;
    }
    return QStringLiteral("not_enough_data");
}

QString JudgeCalibration::verdictText() const
{
    const QString t = QString::number(threshold, 'f', 3);
    if (!agreement.alpha)
        return tr("Not enough data to check the judge: %1").arg(agreement.alphaReason);
    const AlphaResult &a = *agreement.alpha;
    const QString numbers = tr("alpha %1 (95% interval %2 to %3) over %4 cases")
                                .arg(a.value, 0, 'f', 3)
                                .arg(a.ciLower, 0, 'f', 3)
                                .arg(a.ciUpper, 0, 'f', 3)
                                .arg(casesCompared);
    switch (verdict) {
    case Verdict::CanStandIn:
        return tr("The judge can stand in for raters on this criterion: %1; the lower bound reaches %2.").arg(numbers, t);
    case Verdict::Uncertain:
        return tr("Not shown yet: %1; alpha reaches %2 but its lower bound does not. Rate more cases.").arg(numbers, t);
    case Verdict::CannotStandIn:
    case Verdict::NotEnoughData: break;
    }
    return tr("The judge cannot stand in for raters on this criterion: %1, below %2.").arg(numbers, t);
}

Json JudgeCalibration::toJson() const
{
    return Json{{"cases_compared", casesCompared}, {"judge_only", judgeOnly}, {"human_only", humanOnly},
                {"threshold", threshold}, {"threshold_applies_to", "alpha.ci_lower"},
                {"verdict", toStd(verdictKey(verdict))}, {"verdict_text", toStd(verdictText())},
                {"agreement", agreement.toJson()}};
}

Result<JudgeCalibration> calibrateJudge(const std::map<QString, int> &judgeScores,
                                        const std::map<QString, int> &humanScores, const AgreementOptions &options)
{
    JudgeCalibration c;
    std::vector<Rating> ratings;
    for (const auto &[unit, score] : judgeScores) {
        const auto human = humanScores.find(unit);
        if (human == humanScores.end()) {
            ++c.judgeOnly;
            continue;
        }
        ratings.push_back({unit, QLatin1String(JudgeCalibration::judgeRater), score});
        ratings.push_back({unit, QLatin1String(JudgeCalibration::humanRater), human->second});
        ++c.casesCompared;
    }
    c.humanOnly = int(humanScores.size()) - c.casesCompared;
    if (c.casesCompared == 0)
        return Error::input(JudgeCalibration::tr("no case has both a judge score and a final human score"),
                            JudgeCalibration::tr("Run the judge on the cases of the rating round, and adjudicate them."));
    auto agreement = measureAgreement(ratings, options);
    if (!agreement)
        return agreement.error();
    c.agreement = std::move(*agreement);
    if (!c.agreement.alpha)
        c.verdict = JudgeCalibration::Verdict::NotEnoughData;
    else if (c.agreement.alpha->ciLower >= JudgeCalibration::threshold)
        c.verdict = JudgeCalibration::Verdict::CanStandIn;
    else if (c.agreement.alpha->value >= JudgeCalibration::threshold)
        c.verdict = JudgeCalibration::Verdict::Uncertain;
    else
        c.verdict = JudgeCalibration::Verdict::CannotStandIn;
    return c;
}

std::map<QString, int> judgeScoresOf(const std::vector<CaseResult> &cases, const QString &rubricId,
                                     const QString &criterion)
{
    std::map<QString, int> scores;
    const std::string rubric = rubricId.toStdString(), wanted = criterion.toStdString();
    for (const CaseResult &c : cases) {
        const auto verdicts = c.detail.find("verdicts");
        if (verdicts == c.detail.end() || !verdicts->is_array())
            continue;
        for (const Json &v : *verdicts) {
            // The stored document is read as untrusted: every field is checked for its type.
            auto text = [&v](const char *key) {
                const auto it = v.find(key);
                return it != v.end() && it->is_string() ? it->get<std::string>() : std::string();
            };
            if (!v.is_object() || text("rubric") != rubric || text("criterion") != wanted)
                continue;
            const auto score = v.find("score");
            if (score == v.end() || !score->is_number_integer())
                continue;
            const auto value = score->get<std::int64_t>();
            if (value >= std::numeric_limits<int>::min() && value <= std::numeric_limits<int>::max())
                scores[c.caseId] = static_cast<int>(value); // a score off the rubric's scale is refused later
        }
    }
    return scores;
}

} // namespace vv::validation
