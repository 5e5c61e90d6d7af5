#include "store/DocumentDetailTable.h"

#include "core/Sha256.h"
#include "store/Sql.h"
#include "store/Transaction.h"

namespace vv {

Result<std::vector<DocumentDetail>> DocumentDetailTable::all() const
{
    auto q = sql::exec(m_store.database(), QStringLiteral("SELECT detail_key, value, updated_at, updated_by "
                                                          "FROM document_details ORDER BY detail_key"));
    if (!q)
        return q.error();
    std::vector<DocumentDetail> out;
    while (q->next())
        out.push_back({q->value(0).toString(), q->value(1).toString(),
                       QDateTime::fromString(q->value(2).toString(), Qt::ISODateWithMs), q->value(3).toString()});
    return out;
}

Status DocumentDetailTable::set(Transaction &tx, const QString &key, const QString &value, bool *changed)
{
    if (changed)
        *changed = false;
    if (key.trimmed().isEmpty())
        return Error::input(tr("a document detail needs a key"));
    auto q = sql::exec(tx.database(), QStringLiteral("SELECT value FROM document_details WHERE detail_key = ?"), {key});
    if (!q)
        return q.error();
    const bool existed = q->next();
    const QString before = existed ? q->value(0).toString() : QString();
    if (value.isEmpty()) {
        if (!existed)
            return {};
        VV_TRY(sql::exec(tx.database(), QStringLiteral("DELETE FROM document_details WHERE detail_key = ?"), {key}));
    } else {
        if (existed && before == value)
            return {};
        VV_TRY(sql::exec(tx.database(),
                         QStringLiteral("INSERT INTO document_details (detail_key, value, updated_at, updated_by) "
                                        "VALUES (?, ?, ?, ?) ON CONFLICT (detail_key) DO UPDATE SET "
                                        "value = excluded.value, updated_at = excluded.updated_at, "
                                        "updated_by = excluded.updated_by"),
                         {key, value, isoUtc(tx.store().clock().nowUtc()), tx.store().actor()}));
    }
    if (changed)
        *changed = true;
    // The texts are free text written for a regulator, but may still hold anything: the audit keeps their hash.
    return tx.audit(QStringLiteral("document.detail"),
                    Json{{"key", toStd(key)},
                         {"value_sha256", value.isEmpty() ? Json(nullptr) : Json(toStd(Sha256::hex(value.toUtf8())))}});
}

Result<int> DocumentDetailTable::set(const std::vector<std::pair<QString, QString>> &values)
{
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    int n = 0;
    for (const auto &[key, value] : values) {
        bool changed = false;
        VV_TRY(set(*tx, key, value, &changed));
        n += changed ? 1 : 0;
    }
    if (n == 0)
        return 0; // nothing changed: the transaction rolls back and nothing is written
    VV_TRY(tx->commit());
    return n;
}

} // namespace vv
