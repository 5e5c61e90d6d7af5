#pragma once

#include "core/Error.h"
#include "core/Json.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>
#include <vector>

namespace vv {

class ProjectStore;
class Transaction;

/// One rated answer of a round: the conversation the model was given and the answer of each run (b only when the
/// round compares two runs). Copied into the round when it is made, so it does not depend on the suite file.
struct RatingItem {
    QString caseId;
    Json conversation = Json::array(); ///< OpenAI chat messages: [{"role": ..., "content": ...}]
    QString answerA;
    std::optional<QString> answerB;
};

/// Which case a rater sees at which place of their own random order, and which run's answer is on the left.
struct RatingAssignment {
    QString rater;
    QString caseId;
    int position = 0;                  ///< 1-based within the rater's order
    QString leftAnswer = QStringLiteral("a"); ///< a or b
};

/// One rater's score for one answer on one criterion of the rubric.
struct StoredRating {
    QString rater;
    QString caseId;
    QString answer = QStringLiteral("a"); ///< a (the round's run) or b (its second run)
    QString criterion;
    int score = 0;
    QString comment;
    QDateTime ratedAt; ///< set by the table
    QString ratedBy;   ///< set by the table: who entered it (a coordinator importing a CSV, or the rater)
};

/// The score that counts for one answer on one criterion: decided in adjudication, or the raters' shared score.
struct FinalScore {
    QString caseId;
    QString answer = QStringLiteral("a");
    QString criterion;
    int score = 0;
    QString decidedBy; ///< the adjudicator; "agreement" when every rater gave this score (not stored)
    QDateTime decidedAt;
};

/// A rating round as stored: what is rated (one run, or two side by side), against which rubric, by whom.
struct RatingRoundRecord {
    qint64 id = 0;
    qint64 runId = 0;
    std::optional<qint64> runBId;
    QString rubricId;
    QString rubricLevel;
    QString rubricSha256;
    QString rubricText; ///< the rubric file's text when the round was made
    std::optional<qint64> sampleSize; ///< nullopt: every case of the run
    quint64 seed = 0;
    std::optional<qint64> resultRunId; ///< the human result, once finalized
    QDateTime createdAt;
    QString createdBy;
    QStringList raters; ///< sorted
    qint64 cases = 0;
};

/// What a new round stores: the round, its items and every rater's assignments (made by validation::RatingRound).
struct NewRatingRoundRecord {
    qint64 runId = 0;
    std::optional<qint64> runBId;
    QString rubricId;
    QString rubricLevel;
    QString rubricText;
    std::optional<qint64> sampleSize;
    quint64 seed = 0;
    std::vector<RatingItem> items;
    std::vector<RatingAssignment> assignments;
};

/// The project's rating rounds, their items, assignments, ratings and adjudicated scores. Every change is one
/// audited transaction; conversations, answers and comments stay out of the audit (they may hold health data),
/// which records their SHA-256 instead.
class RatingTable {
    Q_DECLARE_TR_FUNCTIONS(vv::RatingTable)
public:
    explicit RatingTable(ProjectStore &store) : m_store(store) {}

    Result<qint64> create(const NewRatingRoundRecord &round);
    /// Every round, oldest first.
    Result<std::vector<RatingRoundRecord>> rounds() const;
    Result<RatingRoundRecord> round(qint64 roundId) const;
    /// The round's items in case-id order.
    Result<std::vector<RatingItem>> items(qint64 roundId) const;
    /// The assignments of one rater (all raters when rater is empty), by rater and position.
    Result<std::vector<RatingAssignment>> assignments(qint64 roundId, const QString &rater = {}) const;
    /// Every rating of the round, by case, answer, criterion and rater.
    Result<std::vector<StoredRating>> ratings(qint64 roundId) const;
    /// Stores scores in one transaction; a score already given by the same rater for the same answer and criterion
    /// is replaced, and the audit says so. Each rater must be assigned the case.
    Status rate(qint64 roundId, const std::vector<StoredRating> &ratings);
    /// The adjudicated scores (not those that follow from agreement).
    Result<std::vector<FinalScore>> finals(qint64 roundId) const;
    /// Records (or replaces) an adjudicated score.
    Status setFinal(qint64 roundId, const FinalScore &score);
    /// Records the test run that holds the round's human result; a round that already has one keeps it (an error).
    Status setResultRun(qint64 roundId, qint64 runId);
    /// The same in the caller's transaction, which the caller commits (with the run, see TestRunTable::record).
    static Status setResultRun(Transaction &tx, qint64 roundId, qint64 runId);

    static constexpr qsizetype maxCommentBytes = 64 * 1024;

private:
    Status checkAssigned(const QSqlDatabase &db, qint64 roundId, const QString &rater, const QString &caseId) const;
    ProjectStore &m_store;
};

} // namespace vv
