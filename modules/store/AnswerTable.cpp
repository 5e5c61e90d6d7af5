#include "store/AnswerTable.h"

#include "store/RowVersion.h"
#include "store/Sql.h"
#include "store/Transaction.h"

namespace vv {

static const VersionedRows versionedAnswers("answers", "fact_id", "actor", "answered_at");

static StoredAnswer answerFrom(const QSqlQuery &q)
{
    StoredAnswer a;
    a.factId = q.value(0).toString();
    // The value was written by canonicalJson; a damaged one reads as null rather than throwing.
    auto v = parseJson(q.value(1).toString().toUtf8(), QStringLiteral("answers"));
    a.value = v ? *v : Json();
    a.packId = q.value(2).toString();
    a.packVersion = q.value(3).toString();
    a.answeredAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    a.actor = q.value(5).toString();
    a.rowVersion = q.value(6).toLongLong();
    return a;
}

static const char *const selectAnswers = "SELECT fact_id, value, pack_id, pack_version, answered_at, actor, row_version FROM answers";

Result<std::vector<StoredAnswer>> AnswerTable::all() const
{
    auto q = sql::exec(m_store.database(), QLatin1String(selectAnswers) + QStringLiteral(" ORDER BY fact_id"));
    if (!q)
        return q.error();
    std::vector<StoredAnswer> out;
    while (q->next())
        out.push_back(answerFrom(*q));
    return out;
}

Result<std::optional<StoredAnswer>> AnswerTable::find(const QString &factId) const
{
    auto q = sql::exec(m_store.database(), QLatin1String(selectAnswers) + QStringLiteral(" WHERE fact_id = ?"),
                       {factId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<StoredAnswer>();
    return std::optional<StoredAnswer>(answerFrom(*q));
}

Status AnswerTable::apply(Transaction &tx, const AnswerChange &change, bool *changed)
{
    if (changed)
        *changed = false;
    VV_TRY(tx.store().require(MemberRole::Editor, tr("change answers")));
    VV_TRY(versionedAnswers.check(tx, change.factId, change.expectedVersion, tr("the answer to %1").arg(change.factId)));
    const QSqlDatabase &db = tx.database();
    auto q = sql::exec(db, QStringLiteral("SELECT value, pack_version FROM answers WHERE fact_id = ?"), {change.factId});
    if (!q)
        return q.error();
    const bool existed = q->next();
    const QString before = existed ? q->value(0).toString() : QString();
    const QString beforeVersion = existed ? q->value(1).toString() : QString();
    Json previous = nullptr;
    if (existed)
        if (auto p = parseJson(before.toUtf8(), QStringLiteral("answers")))
            previous = *p;

    Json payload = {{"fact", toStd(change.factId)}, {"pack", toStd(change.packId)},
                    {"version", toStd(change.packVersion)}, {"previous", previous}};
    if (change.value.is_null()) {
        if (!existed)
            return {};
        VV_TRY(sql::exec(db, QStringLiteral("DELETE FROM answers WHERE fact_id = ?"), {change.factId}));
        VV_TRY(tx.audit(QStringLiteral("answer.remove"), payload));
    } else {
        const QString value = QString::fromStdString(canonicalJson(change.value));
        if (existed && value == before && beforeVersion == change.packVersion)
            return {};
        const QString now = isoUtc(tx.store().clock().nowUtc());
        VV_TRY(sql::exec(db,
                         QStringLiteral("INSERT INTO answers (fact_id, value, pack_id, pack_version, answered_at, actor) "
                                        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (fact_id) DO UPDATE SET "
                                        "value = excluded.value, pack_id = excluded.pack_id, "
                                        "pack_version = excluded.pack_version, answered_at = excluded.answered_at, "
                                        "actor = excluded.actor, ") + versionedAnswers.bump(),
                         {change.factId, value, change.packId, change.packVersion, now, tx.store().actor()}));
        payload["value"] = change.value;
        VV_TRY(tx.audit(QStringLiteral("answer.set"), payload));
    }
    if (changed)
        *changed = true;
    return {};
}

Result<int> AnswerTable::apply(const std::vector<AnswerChange> &changes)
{
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    int n = 0;
    for (const AnswerChange &c : changes) {
        bool changed = false;
        VV_TRY(apply(*tx, c, &changed));
        n += changed ? 1 : 0;
    }
    if (n == 0) {
        tx->rollback();
        return 0;
    }
    VV_TRY(tx->commit());
    return n;
}

Result<int> AnswerTable::confirm(const std::vector<std::pair<QString, QString>> &factVersions)
{
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    VV_TRY(m_store.require(MemberRole::Editor, tr("confirm answers")));
    int n = 0;
    for (const auto &[fact, version] : factVersions) {
        auto q = sql::exec(tx->database(), QStringLiteral("SELECT pack_id, pack_version FROM answers WHERE fact_id = ?"),
                           {fact});
        if (!q)
            return q.error();
        if (!q->next())
            return Error::input(tr("there is no answer to %1 to confirm").arg(fact),
                                tr("Answer it with 'veiviser-cli answer'."));
        const QString packId = q->value(0).toString();
        const QString before = q->value(1).toString();
        if (before == version)
            continue;
        VV_TRY(sql::exec(tx->database(),
                         QStringLiteral("UPDATE answers SET pack_version = ?, answered_at = ?, actor = ?, ") +
                             versionedAnswers.bump() + QStringLiteral(" WHERE fact_id = ?"),
                         {version, isoUtc(m_store.clock().nowUtc()), m_store.actor(), fact}));
        VV_TRY(tx->audit(QStringLiteral("answer.confirm"), Json{{"fact", toStd(fact)},
                                                                 {"pack", toStd(packId)},
                                                                 {"from_version", toStd(before)},
                                                                 {"version", toStd(version)}}));
        ++n;
    }
    if (n == 0) {
        tx->rollback();
        return 0;
    }
    VV_TRY(tx->commit());
    return n;
}

} // namespace vv
