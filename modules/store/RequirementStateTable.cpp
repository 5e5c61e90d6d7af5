#include "store/RequirementStateTable.h"

#include "core/Sha256.h"
#include "store/RowVersion.h"
#include "store/Sql.h"
#include "store/Transaction.h"

namespace vv {

static const VersionedRows versionedStates("requirement_states", "urn", "updated_by", "updated_at");

QString requirementStatusName(RequirementStatus status)
{
    switch (status) {
    case RequirementStatus::NotStarted: return QStringLiteral("not_started");
    case RequirementStatus::InProgress: return QStringLiteral("in_progress");
    case RequirementStatus::Met: return QStringLiteral("met");
    case RequirementStatus::NotApplicable: return QStringLiteral("not_applicable");
    }
    return QStringLiteral("not_started");
}

std::optional<RequirementStatus> requirementStatusFromName(const QString &name)
{
    for (RequirementStatus s : {RequirementStatus::NotStarted, RequirementStatus::InProgress, RequirementStatus::Met,
                                RequirementStatus::NotApplicable})
        if (requirementStatusName(s) == name)
            return s;
    return std::nullopt;
}

static const char *const selectStates =
    "SELECT urn, status, justification, owner, due_date, notes, pack_id, pack_version, updated_at, updated_by, "
    "row_version FROM requirement_states";

static RequirementState stateFrom(const QSqlQuery &q)
{
    RequirementState s;
    s.urn = q.value(0).toString();
    s.status = requirementStatusFromName(q.value(1).toString()).value_or(RequirementStatus::NotStarted);
    s.justification = q.value(2).toString();
    s.owner = q.value(3).toString();
    if (!q.value(4).isNull()) {
        const QDate d = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        if (d.isValid())
            s.dueDate = d;
    }
    s.notes = q.value(5).toString();
    s.packId = q.value(6).toString();
    s.packVersion = q.value(7).toString();
    s.updatedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    s.updatedBy = q.value(9).toString();
    s.rowVersion = q.value(10).toLongLong();
    return s;
}

Result<std::vector<RequirementState>> RequirementStateTable::all() const
{
    auto q = sql::exec(m_store.database(), QLatin1String(selectStates) + QStringLiteral(" ORDER BY urn"));
    if (!q)
        return q.error();
    std::vector<RequirementState> out;
    while (q->next())
        out.push_back(stateFrom(*q));
    return out;
}

Result<std::optional<RequirementState>> RequirementStateTable::find(const QString &urn) const
{
    auto q = sql::exec(m_store.database(), QLatin1String(selectStates) + QStringLiteral(" WHERE urn = ?"), {urn});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<RequirementState>();
    return std::optional<RequirementState>(stateFrom(*q));
}

Status RequirementStateTable::save(Transaction &tx, const RequirementState &state)
{
    if (state.urn.trimmed().isEmpty())
        return Error::input(tr("a requirement state needs the requirement's URN"));
    if (state.status == RequirementStatus::NotApplicable && state.justification.trimmed().isEmpty())
        return Error::input(tr("marking %1 as not applicable needs a justification").arg(state.urn),
                            tr("Say why the requirement does not apply to this system."));
    VV_TRY(tx.store().require(MemberRole::Editor, tr("change requirement states")));
    VV_TRY(versionedStates.check(tx, state.urn, state.rowVersion, tr("the state of %1").arg(state.urn)));
    const QString due = state.dueDate ? state.dueDate->toString(Qt::ISODate) : QString();
    VV_TRY(sql::exec(tx.database(),
                     QStringLiteral("INSERT INTO requirement_states (urn, status, justification, owner, due_date, notes, "
                                    "pack_id, pack_version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                    "ON CONFLICT (urn) DO UPDATE SET status = excluded.status, "
                                    "justification = excluded.justification, owner = excluded.owner, "
                                    "due_date = excluded.due_date, notes = excluded.notes, pack_id = excluded.pack_id, "
                                    "pack_version = excluded.pack_version, updated_at = excluded.updated_at, "
                                    "updated_by = excluded.updated_by, ") + versionedStates.bump(),
                     {state.urn, requirementStatusName(state.status), sql::notNull(state.justification.trimmed()),
                      sql::notNull(state.owner), state.dueDate ? QVariant(due) : QVariant(), sql::notNull(state.notes),
                      sql::notNull(state.packId), sql::notNull(state.packVersion),
                      isoUtc(tx.store().clock().nowUtc()), tx.store().actor()}));
    // Notes are free text and may hold anything, so the audit keeps only their hash; the justification is the
    // compliance statement itself and is kept.
    Json payload = {{"urn", toStd(state.urn)},
                    {"status", toStd(requirementStatusName(state.status))},
                    {"justification", toStd(state.justification.trimmed())},
                    {"owner", toStd(state.owner)},
                    {"due_date", state.dueDate ? Json(toStd(due)) : Json(nullptr)},
                    {"notes_sha256", toStd(Sha256::hex(state.notes.toUtf8()))},
                    {"pack", toStd(state.packId)},
                    {"version", toStd(state.packVersion)}};
    return tx.audit(QStringLiteral("requirement.state"), payload);
}

Status RequirementStateTable::save(const RequirementState &state)
{
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    VV_TRY(save(*tx, state));
    return tx->commit();
}

Status RequirementStateTable::confirm(const QString &urn, const QString &packVersion)
{
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    VV_TRY(m_store.require(MemberRole::Editor, tr("confirm requirement states")));
    auto q = sql::exec(tx->database(), QStringLiteral("SELECT pack_version FROM requirement_states WHERE urn = ?"), {urn});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::input(tr("%1 has no state to confirm").arg(urn));
    const QString before = q->value(0).toString();
    VV_TRY(sql::exec(tx->database(),
                     QStringLiteral("UPDATE requirement_states SET pack_version = ?, updated_at = ?, updated_by = ?, ") +
                         versionedStates.bump() + QStringLiteral(" WHERE urn = ?"),
                     {packVersion, isoUtc(m_store.clock().nowUtc()), m_store.actor(), urn}));
    VV_TRY(tx->audit(QStringLiteral("requirement.confirm"),
                     Json{{"urn", toStd(urn)}, {"from_version", toStd(before)}, {"version", toStd(packVersion)}}));
    return tx->commit();
}

} // namespace vv
