#pragma once

// Whether a model judge can stand in for clinicians on one rubric criterion: its scores against the adjudicated
// human scores of the same cases, as Cohen's kappa and Krippendorff's alpha (measureAgreement), and a verdict in
// words (docs/human-evaluation.md, "Checking a model judge against clinicians").

#include "core/Error.h"
#include "core/Json.h"
#include "validation/Agreement.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <vector>

namespace vv {
struct CaseResult;
}

namespace vv::validation {

/// The judge's agreement with the clinicians' final scores on one criterion, and what it means.
struct JudgeCalibration {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::JudgeCalibration)
public:
    enum class Verdict {
        CanStandIn,    ///< the lower bound of alpha's interval reaches the threshold
        Uncertain,     ///< alpha reaches the threshold, its lower bound does not: more cases are needed
        CannotStandIn, ///< alpha is below the threshold
        NotEnoughData  ///< no alpha could be computed (every score the same)
    };

    /// Krippendorff's (2004, Content Analysis, 2nd ed.) lowest alpha for drawing tentative conclusions; applied to
    /// the lower bound of alpha's interval, so that the judge stands in only where the data show it.
    static constexpr double threshold = 0.667;
    static constexpr const char *judgeRater = "judge";
    static constexpr const char *humanRater = "clinicians";

    Agreement agreement;  ///< judge as one rater, the adjudicated human score as the other
    int casesCompared = 0; ///< cases with both a judge score and a final human score
    int judgeOnly = 0;     ///< cases the judge scored that have no final human score
    int humanOnly = 0;     ///< cases with a final human score the judge did not score
    Verdict verdict = Verdict::NotEnoughData;

    /// The verdict in the user's language, with the numbers it rests on.
    QString verdictText() const;
    /// verdict as a key: can_stand_in, uncertain, cannot_stand_in, not_enough_data.
    static QString verdictKey(Verdict verdict);
    /// {"cases_compared", "judge_only", "human_only", "threshold", "verdict", "verdict_text", "agreement": {...}}.
    Json toJson() const;
};

/// Compares a judge's scores with the clinicians' final (adjudicated) scores per case, both keyed by case id, on
/// one criterion whose scale options gives (scaleMin/scaleMax: the rubric's levels; ordinal scale for weighted
/// kappa and ordinal alpha). Errors: no case scored by both, or a score outside the scale.
Result<JudgeCalibration> calibrateJudge(const std::map<QString, int> &judgeScores,
                                        const std::map<QString, int> &humanScores, const AgreementOptions &options);

/// The judge's score per case on one rubric criterion, from a run's stored cases: their judge and grounded verdicts
/// on that rubric and criterion that gave a score (an unusable judge reply gives none).
std::map<QString, int> judgeScoresOf(const std::vector<CaseResult> &cases, const QString &rubricId,
                                     const QString &criterion);

} // namespace vv::validation
