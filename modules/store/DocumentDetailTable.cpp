#include "store/DocumentDetailTable.h"

#include "core/Sha256.h"
#include "store/Sql.h"
#include "store/Transaction.h"

namespace vv {

/// An empty text is stored as '' (the columns are NOT NULL), never as NULL, which a null QString binds to.
static QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

const QStringList &DocumentDetailTable::languages()
{
    static const QStringList list = {QStringLiteral("nb"), QStringLiteral("en")};
    return list;
}

Result<std::vector<DocumentDetail>> DocumentDetailTable::all() const
{
    auto q = sql::exec(m_store.database(), QStringLiteral("SELECT detail_key, value_nb, value_en, updated_at, updated_by "
                                                          "FROM document_details ORDER BY detail_key"));
    if (!q)
        return q.error();
    std::vector<DocumentDetail> out;
    while (q->next())
        out.push_back({q->value(0).toString(), {q->value(1).toString(), q->value(2).toString()},
                       QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs), q->value(4).toString()});
    return out;
}

Status DocumentDetailTable::set(Transaction &tx, const DetailText &v, bool *changed)
{
    if (changed)
        *changed = false;
    if (v.key.trimmed().isEmpty())
        return Error::input(tr("a document detail needs a key"));
    if (!languages().contains(v.lang))
        return Error::input(tr("'%1' is not a language of document details").arg(v.lang), tr("Use nb or en."));
    auto q = sql::exec(tx.database(),
                       QStringLiteral("SELECT value_nb, value_en FROM document_details WHERE detail_key = ?"), {v.key});
    if (!q)
        return q.error();
    const bool existed = q->next();
    LocalizedText text = existed ? LocalizedText{q->value(0).toString(), q->value(1).toString()} : LocalizedText{};
    QString &slot = v.lang == QStringLiteral("nb") ? text.nb : text.en;
    if (slot == v.value)
        return {};
    slot = v.value;
    if (text.isEmpty()) {
        VV_TRY(sql::exec(tx.database(), QStringLiteral("DELETE FROM document_details WHERE detail_key = ?"), {v.key}));
    } else {
        VV_TRY(sql::exec(tx.database(),
                         QStringLiteral("INSERT INTO document_details (detail_key, value_nb, value_en, updated_at, "
                                        "updated_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (detail_key) DO UPDATE SET "
                                        "value_nb = excluded.value_nb, value_en = excluded.value_en, "
                                        "updated_at = excluded.updated_at, updated_by = excluded.updated_by"),
                         {v.key, notNull(text.nb), notNull(text.en), isoUtc(tx.store().clock().nowUtc()), tx.store().actor()}));
    }
    if (changed)
        *changed = true;
    // The texts are free text written for a regulator, but may still hold anything: the audit keeps their hash.
    return tx.audit(QStringLiteral("document.detail"),
                    Json{{"key", toStd(v.key)},
                         {"lang", toStd(v.lang)},
                         {"value_sha256", v.value.isEmpty() ? Json(nullptr) : Json(toStd(Sha256::hex(v.value.toUtf8())))}});
}

Result<int> DocumentDetailTable::set(const std::vector<DetailText> &values)
{
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    int n = 0;
    for (const DetailText &v : values) {
        bool changed = false;
        VV_TRY(set(*tx, v, &changed));
        n += changed ? 1 : 0;
    }
    if (n == 0)
        return 0; // nothing changed: the transaction rolls back and nothing is written
    VV_TRY(tx->commit());
    return n;
}

} // namespace vv
