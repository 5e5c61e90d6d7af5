#include "store/RatingTable.h"

#include "core/Clock.h"
#include "core/Sha256.h"
#include "store/ProjectStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <algorithm>

namespace vv {

namespace {

std::string textHash(const QString &text)
{
    return text.isEmpty() ? std::string() : toStd(Sha256::hex(text.toUtf8()));
}

QDateTime timeFrom(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

bool isAnswer(const QString &a)
{
    return a == QStringLiteral("a") || a == QStringLiteral("b");
}

// The audit's record of what a round rates: the items' texts only as one hash, since they may hold health data.
Json roundAuditPayload(qint64 id, const NewRatingRoundRecord &r)
{
    Json items = Json::array();
    for (const RatingItem &i : r.items)
        items.push_back(Json{{"case_id", toStd(i.caseId)},
                             {"conversation_sha256", toStd(Sha256::hex(canonicalJsonBytes(i.conversation)))},
                             {"answer_a_sha256", textHash(i.answerA)},
                             {"answer_b_sha256", i.answerB ? Json(textHash(*i.answerB)) : Json(nullptr)}});
    Json assignments = Json::array();
    for (const RatingAssignment &a : r.assignments)
        assignments.push_back(Json{{"rater", toStd(a.rater)}, {"case_id", toStd(a.caseId)},
                                   {"position", a.position}, {"left", toStd(a.leftAnswer)}});
    return Json{{"id", id},
                {"run_id", r.runId},
                {"run_b_id", r.runBId ? Json(*r.runBId) : Json(nullptr)},
                {"rubric_id", toStd(r.rubricId)},
                {"rubric_sha256", toStd(Sha256::hex(r.rubricText.toUtf8()))},
                {"sample_size", r.sampleSize ? Json(*r.sampleSize) : Json(nullptr)},
                {"seed", r.seed},
                {"items", items},
                {"assignments", assignments}};
}

} // namespace

Result<qint64> RatingTable::create(const NewRatingRoundRecord &r)
{
    if (r.items.empty() || r.assignments.empty())
        return Error::input(tr("a rating round needs at least one case and one rater"));
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    const QSqlDatabase &db = tx->database();
    const QString now = isoUtc(m_store.clock().nowUtc());
    auto id = sql::insertReturningId(
        db,
        QStringLiteral("INSERT INTO rating_rounds (run_id, run_b_id, rubric_id, rubric_level, rubric_sha256, "
                       "rubric_text, sample_size, seed, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.runId, optionalId(r.runBId), r.rubricId, r.rubricLevel, Sha256::hex(r.rubricText.toUtf8()),
         sql::notNull(r.rubricText), optionalId(r.sampleSize), static_cast<qint64>(r.seed), now, m_store.actor()});
    if (!id)
        return id.error();
    for (const RatingItem &i : r.items)
        VV_TRY(sql::exec(db,
                         QStringLiteral("INSERT INTO rating_items (round_id, case_id, conversation, answer_a, answer_b) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                         {*id, i.caseId, QString::fromStdString(canonicalJson(i.conversation)),
                          sql::notNull(i.answerA), i.answerB ? QVariant(sql::notNull(*i.answerB)) : QVariant()}));
    for (const RatingAssignment &a : r.assignments) {
        if (!isAnswer(a.leftAnswer))
            return Error::input(tr("the left answer is a or b, not '%1'").arg(a.leftAnswer));
        VV_TRY(sql::exec(db,
                         QStringLiteral("INSERT INTO rating_assignments (round_id, rater, case_id, position, "
                                        "left_answer) VALUES (?, ?, ?, ?, ?)"),
                         {*id, a.rater, a.caseId, a.position, a.leftAnswer}));
    }
    VV_TRY(tx->audit(QStringLiteral("rating.round.create"), roundAuditPayload(*id, r)));
    VV_TRY(tx->commit());
    return *id;
}

Result<std::vector<RatingRoundRecord>> RatingTable::rounds() const
{
    const QSqlDatabase &db = m_store.database();
    auto q = sql::exec(db, QStringLiteral("SELECT id, run_id, run_b_id, rubric_id, rubric_level, rubric_sha256, "
                                          "rubric_text, sample_size, seed, result_run_id, created_at, created_by, "
                                          "(SELECT count(*) FROM rating_items i WHERE i.round_id = r.id) "
                                          "FROM rating_rounds r ORDER BY id"));
    if (!q)
        return q.error();
    std::vector<RatingRoundRecord> out;
    while (q->next()) {
        RatingRoundRecord r;
        r.id = q->value(0).toLongLong();
        r.runId = q->value(1).toLongLong();
        if (!q->value(2).isNull())
            r.runBId = q->value(2).toLongLong();
        r.rubricId = q->value(3).toString();
        r.rubricLevel = q->value(4).toString();
        r.rubricSha256 = q->value(5).toString();
        r.rubricText = q->value(6).toString();
        if (!q->value(7).isNull())
            r.sampleSize = q->value(7).toLongLong();
        r.seed = static_cast<quint64>(q->value(8).toLongLong());
        if (!q->value(9).isNull())
            r.resultRunId = q->value(9).toLongLong();
        r.createdAt = timeFrom(q->value(10));
        r.createdBy = q->value(11).toString();
        r.cases = q->value(12).toLongLong();
        out.push_back(std::move(r));
    }
    auto raters = sql::exec(db, QStringLiteral("SELECT DISTINCT round_id, rater FROM rating_assignments "
                                               "ORDER BY round_id, rater"));
    if (!raters)
        return raters.error();
    while (raters->next())
        for (RatingRoundRecord &r : out)
            if (r.id == raters->value(0).toLongLong())
                r.raters << raters->value(1).toString();
    return out;
}

Result<RatingRoundRecord> RatingTable::round(qint64 roundId) const
{
    auto all = rounds();
    if (!all)
        return all.error();
    for (RatingRoundRecord &r : *all)
        if (r.id == roundId)
            return std::move(r);
    return Error::input(tr("there is no rating round %1").arg(roundId), tr("'ratings list' shows the rounds."));
}

Result<std::vector<RatingItem>> RatingTable::items(qint64 roundId) const
{
    auto q = sql::exec(m_store.database(),
                       QStringLiteral("SELECT case_id, conversation, answer_a, answer_b FROM rating_items "
                                      "WHERE round_id = ? ORDER BY case_id"),
                       {roundId});
    if (!q)
        return q.error();
    std::vector<RatingItem> out;
    while (q->next()) {
        RatingItem i;
        i.caseId = q->value(0).toString();
        auto conversation = parseJson(q->value(1).toString().toUtf8(), QStringLiteral("rating_items"));
        if (!conversation)
            return conversation.error();
        i.conversation = std::move(*conversation);
        i.answerA = q->value(2).toString();
        if (!q->value(3).isNull())
            i.answerB = q->value(3).toString();
        out.push_back(std::move(i));
    }
    return out;
}

Result<std::vector<RatingAssignment>> RatingTable::assignments(qint64 roundId, const QString &rater) const
{
    QString query = QStringLiteral("SELECT rater, case_id, position, left_answer FROM rating_assignments "
                                   "WHERE round_id = ?");
    QVariantList binds{roundId};
    if (!rater.isEmpty()) {
        query += QStringLiteral(" AND rater = ?");
        binds << rater;
    }
    auto q = sql::exec(m_store.database(), query + QStringLiteral(" ORDER BY rater, position"), binds);
    if (!q)
        return q.error();
    std::vector<RatingAssignment> out;
    while (q->next())
        out.push_back({q->value(0).toString(), q->value(1).toString(), q->value(2).toInt(), q->value(3).toString()});
    return out;
}

Result<std::vector<StoredRating>> RatingTable::ratings(qint64 roundId) const
{
    auto q = sql::exec(m_store.database(),
                       QStringLiteral("SELECT rater, case_id, answer, criterion, score, comment, rated_at, rated_by "
                                      "FROM ratings WHERE round_id = ? ORDER BY case_id, answer, criterion, rater"),
                       {roundId});
    if (!q)
        return q.error();
    std::vector<StoredRating> out;
    while (q->next())
        out.push_back({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                       q->value(3).toString(), q->value(4).toInt(), q->value(5).toString(), timeFrom(q->value(6)),
                       q->value(7).toString()});
    return out;
}

Status RatingTable::checkAssigned(const QSqlDatabase &db, qint64 roundId, const QString &rater,
                                  const QString &caseId) const
{
    auto n = sql::scalar(db,
                         QStringLiteral("SELECT count(*) FROM rating_assignments WHERE round_id = ? AND rater = ? "
                                        "AND case_id = ?"),
                         {roundId, rater, caseId});
    if (!n)
        return n.error();
    if (n->toLongLong() == 0)
        return Error::input(tr("rater %1 is not assigned case %2 in rating round %3").arg(rater, caseId, QString::number(roundId)));
    return {};
}

Status RatingTable::rate(qint64 roundId, const std::vector<StoredRating> &ratings)
{
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    const QSqlDatabase &db = tx->database();
    const QString now = isoUtc(m_store.clock().nowUtc());
    for (const StoredRating &r : ratings) {
        if (!isAnswer(r.answer))
            return Error::input(tr("the answer is a or b, not '%1'").arg(r.answer));
        if (r.comment.toUtf8().size() > maxCommentBytes)
            return Error::input(tr("a rating's comment is longer than %1 bytes").arg(maxCommentBytes));
        VV_TRY(checkAssigned(db, roundId, r.rater, r.caseId));
        auto before = sql::scalar(db,
                                  QStringLiteral("SELECT count(*) FROM ratings WHERE round_id = ? AND rater = ? AND "
                                                 "case_id = ? AND answer = ? AND criterion = ?"),
                                  {roundId, r.rater, r.caseId, r.answer, r.criterion});
        if (!before)
            return before.error();
        VV_TRY(sql::exec(db,
                         QStringLiteral("INSERT INTO ratings (round_id, rater, case_id, answer, criterion, score, "
                                        "comment, rated_at, rated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                        "ON CONFLICT (round_id, rater, case_id, answer, criterion) DO UPDATE SET "
                                        "score = excluded.score, comment = excluded.comment, "
                                        "rated_at = excluded.rated_at, rated_by = excluded.rated_by, "
                                        "row_version = ratings.row_version + 1"),
                         {roundId, r.rater, r.caseId, r.answer, r.criterion, r.score, sql::notNull(r.comment), now,
                          m_store.actor()}));
        VV_TRY(tx->audit(before->toLongLong() > 0 ? QStringLiteral("rating.rescore") : QStringLiteral("rating.score"),
                         Json{{"round", roundId},
                              {"rater", toStd(r.rater)},
                              {"case_id", toStd(r.caseId)},
                              {"answer", toStd(r.answer)},
                              {"criterion", toStd(r.criterion)},
                              {"score", r.score},
                              {"comment_sha256", textHash(r.comment)}}));
    }
    if (ratings.empty())
        return {};
    return tx->commit();
}

Result<std::vector<FinalScore>> RatingTable::finals(qint64 roundId) const
{
    auto q = sql::exec(m_store.database(),
                       QStringLiteral("SELECT case_id, answer, criterion, score, decided_by, decided_at "
                                      "FROM rating_finals WHERE round_id = ? ORDER BY case_id, answer, criterion"),
                       {roundId});
    if (!q)
        return q.error();
    std::vector<FinalScore> out;
    while (q->next())
        out.push_back({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt(),
                       q->value(4).toString(), timeFrom(q->value(5))});
    return out;
}

Status RatingTable::setFinal(qint64 roundId, const FinalScore &s)
{
    if (!isAnswer(s.answer))
        return Error::input(tr("the answer is a or b, not '%1'").arg(s.answer));
    if (s.decidedBy.trimmed().isEmpty())
        return Error::input(tr("an adjudicated score needs the name of who decided it"));
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    const QSqlDatabase &db = tx->database();
    auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM rating_items WHERE round_id = ? AND case_id = ?"),
                         {roundId, s.caseId});
    if (!n)
        return n.error();
    if (n->toLongLong() == 0)
        return Error::input(tr("rating round %1 has no case %2").arg(roundId).arg(s.caseId));
    VV_TRY(sql::exec(db,
                     QStringLiteral("INSERT INTO rating_finals (round_id, case_id, answer, criterion, score, "
                                    "decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                    "ON CONFLICT (round_id, case_id, answer, criterion) DO UPDATE SET "
                                    "score = excluded.score, decided_by = excluded.decided_by, "
                                    "decided_at = excluded.decided_at"),
                     {roundId, s.caseId, s.answer, s.criterion, s.score, s.decidedBy,
                      isoUtc(m_store.clock().nowUtc())}));
    VV_TRY(tx->audit(QStringLiteral("rating.final"), Json{{"round", roundId},
                                                          {"case_id", toStd(s.caseId)},
                                                          {"answer", toStd(s.answer)},
                                                          {"criterion", toStd(s.criterion)},
                                                          {"score", s.score},
                                                          {"decided_by", toStd(s.decidedBy)}}));
    return tx->commit();
}

Status RatingTable::setResultRun(qint64 roundId, qint64 runId)
{
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    VV_TRY(setResultRun(*tx, roundId, runId));
    return tx->commit();
}

Status RatingTable::setResultRun(Transaction &tx, qint64 roundId, qint64 runId)
{
    // Only a round without a result takes one: two people finalizing the same round at once must not both file a
    // result, and the second one's run is rolled back with this error.
    auto q = sql::exec(tx.database(),
                       QStringLiteral("UPDATE rating_rounds SET result_run_id = ? WHERE id = ? AND result_run_id IS NULL"),
                       {runId, roundId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1) {
        auto existing = sql::exec(tx.database(), QStringLiteral("SELECT result_run_id FROM rating_rounds WHERE id = ?"), {roundId});
        if (!existing)
            return existing.error();
        if (!existing->next())
            return Error::input(tr("there is no rating round %1").arg(roundId));
        return Error::input(tr("rating round %1 is already finalized as test run %2")
                                .arg(roundId).arg(existing->value(0).toLongLong()),
                            tr("Someone else finalized it meanwhile; open the round again to see its result."));
    }
    return tx.audit(QStringLiteral("rating.round.result"), Json{{"round", roundId}, {"result_run_id", runId}});
}

} // namespace vv
