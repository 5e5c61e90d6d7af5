#pragma once

// Clinicians' rating rounds (docs/human-evaluation.md): a run's answers rated blind by several clinicians against a
// rubric, their agreement, adjudication of disagreements, and the round's human result.

#include "core/Error.h"
#include "core/Json.h"
#include "store/RatingTable.h"
#include "validation/Agreement.h"
#include "validation/Rubric.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace vv {
class ProjectStore;
class TestRunTable;
struct NewTestRun;
struct RunMetric;
}

namespace vv::validation {

/// What a new round is made from.
struct RatingRoundRequest {
    qint64 runId = 0;
    std::optional<qint64> runBId;     ///< a second run: its answers are shown beside the first's
    QStringList raters;               ///< at least two, distinct
    QString rubric;                   ///< a rubric file, or the id of a shipped rubric
    std::optional<int> sample;        ///< rate this many cases drawn at random; all cases when nullopt
    quint64 seed = 1;                 ///< the same seed gives the same sample and the same orders
    QString suitePath;                ///< the suite the run ran, for the conversations; found by its hash when empty
};

/// Exactly what a rater sees for one case: the conversation and the answer(s), with no model, engine, run or other
/// rater's score. The rater's own scores are included, so that a resumed session shows them.
struct BlindedCase {
    int position = 0; ///< 1-based in the rater's order
    int total = 0;
    QString caseId;
    Json conversation = Json::array();
    QString left;                  ///< the answer shown on the left (the only one in a one-run round)
    std::optional<QString> right;  ///< two-run rounds: the other answer
    QString leftAnswer;            ///< a or b: which run's answer left is, for storing scores; not to be shown
    std::map<QString, int> ownScoresLeft;  ///< criterion -> this rater's score for the left answer
    std::map<QString, int> ownScoresRight;
};

/// How far one rater has got.
struct RaterProgress {
    QString rater;
    int rated = 0;  ///< answers with a score on every criterion
    int total = 0;  ///< answers to rate (cases, times two in a two-run round)
    std::optional<int> nextPosition; ///< the first position with an answer not fully rated; nullopt when done
};

/// An answer whose raters' scores on one criterion lie further apart than the set distance.
struct Disagreement {
    QString caseId;
    QString answer;
    QString criterion;
    std::map<QString, int> scores; ///< rater -> score
    std::optional<FinalScore> decided;
};

/// The round's result on one criterion: from the final scores of every rated answer.
struct CriterionResult {
    QString criterion;
    int n = 0;
    double mean = 0;
    double median = 0;
    int passAt = 0;             ///< the level counted as acceptable
    double shareAtOrAbove = 0;  ///< share of answers with a final score of passAt or better
};

/// A rating round opened from the project: its record and the rubric as it was when the round was made.
class RatingRound {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::RatingRound)
public:
    /// Makes a round: samples the run's answered cases (seeded), gives each rater every sampled case in their own
    /// seeded order (and, with two runs, a seeded left/right side per case), and stores it. Returns its id.
    static Result<qint64> create(ProjectStore &project, const RatingRoundRequest &request);
    static Result<RatingRound> open(ProjectStore &project, qint64 roundId);

    const RatingRoundRecord &record() const { return m_record; }
    const Rubric &rubric() const { return m_rubric; }
    bool twoRuns() const { return m_record.runBId.has_value(); }

    /// The case at position (1-based) of rater's order, blinded.
    Result<BlindedCase> blindedView(const QString &rater, int position) const;
    /// Records a rater's score for one answer (a or b) on one criterion; checks the rater, case and scale.
    Status score(const QString &rater, const QString &caseId, const QString &answer, const QString &criterion,
                 int score, const QString &comment = {});
    /// Checks one score against the round without storing it (for imports that store all or nothing).
    Status checkScore(const StoredRating &rating) const;
    Result<RaterProgress> progress(const QString &rater) const;
    /// Every score on one criterion as measureAgreement takes them; the unit is the case id, with "#b" appended for
    /// the second run's answers.
    Result<std::vector<Rating>> ratingsFor(const QString &criterion) const;
    /// How agreement is measured on a criterion: ordinal over the rubric's levels (harm too: its levels are ordered).
    AgreementOptions agreementOptions(const QString &criterion) const;
    /// Answers whose raters differ by more than distance (highest minus lowest score) on a criterion.
    Result<std::vector<Disagreement>> disagreements(int distance) const;
    /// Records an adjudicated score; checked against the scale.
    Status setFinal(const QString &caseId, const QString &answer, const QString &criterion, int score,
                    const QString &decidedBy);
    /// The final score of every answer and criterion that has one: adjudicated, or else the score every one of the
    /// case's raters gave (decided by "agreement").
    Result<std::vector<FinalScore>> finalScores() const;
    /// What still lacks a final score, as "CASE[#b]:CRITERION"; empty when the round can be finalized.
    Result<QStringList> missingFinals() const;
    /// The human result per criterion (for the second run's answers too, in a two-run round: answer b).
    Result<std::vector<CriterionResult>> result(const QString &answer, int passAt) const;
    /// The human result as a completed test run of kind "human-rating", supporting the rubric level's requirements;
    /// returns its id (the caller files it as evidence like any run). Refused while finals are missing.
    Result<qint64> recordResult(int passAt);

    /// The round's items (conversations and answers, not blinded: for exports and adjudication), by case id.
    Result<std::vector<RatingItem>> items() const;
    /// The assignments of one rater, or of all when rater is empty, by rater and position.
    Result<std::vector<RatingAssignment>> assignments(const QString &rater = {}) const;
    /// Every stored score (for coordinators and adjudication; a rater's view shows only their own).
    Result<std::vector<StoredRating>> allRatings() const;
    /// The answers a case has: a, and b in a two-run round.
    QStringList answers() const;

    /// A conversation as plain text, one "role: content" paragraph per message; roleName, when given, names each
    /// role for the reader (the rating window says them in the rater's language).
    static QString conversationText(const Json &conversation,
                                    const std::function<QString(const QString &role)> &roleName = {});
    /// The unit name of an answer in ratingsFor(): the case id, with "#b" for the second run's answer.
    static QString unitName(const QString &caseId, const QString &answer);
    static constexpr int maxRaters = 20;
    static constexpr int maxRaterNameLength = 100;

private:
    RatingRound(ProjectStore &project, RatingRoundRecord record, Rubric rubric)
        : m_project(&project), m_record(std::move(record)), m_rubric(std::move(rubric)) {}

    ProjectStore *m_project;
    RatingRoundRecord m_record;
    Rubric m_rubric;
};

} // namespace vv::validation
