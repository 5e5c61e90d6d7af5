#include "store/RowVersion.h"

#include "store/Sql.h"
#include "store/Transaction.h"

#include <QLocale>

namespace vv {

QString VersionedRows::bump() const
{
    return QStringLiteral("row_version = %1.row_version + 1").arg(QLatin1String(m_table));
}

Result<qint64> VersionedRows::current(const QSqlDatabase &db, const QVariant &key) const
{
    auto q = sql::exec(db, QStringLiteral("SELECT row_version FROM %1 WHERE %2 = ?").arg(QLatin1String(m_table),
                                                                                          QLatin1String(m_key)),
                       {key});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Status VersionedRows::check(Transaction &tx, const QVariant &key, std::optional<qint64> expected,
                            const QString &what) const
{
    if (!expected)
        return {};
    auto q = sql::exec(tx.database(),
                       QStringLiteral("SELECT row_version, %1, %2 FROM %3 WHERE %4 = ?")
                           .arg(QLatin1String(m_changedBy), QLatin1String(m_changedAt), QLatin1String(m_table),
                                QLatin1String(m_key)),
                       {key});
    if (!q)
        return q.error();
    const QString hint = tr("Nothing of yours was saved. Look at the other change, then make yours again if it "
                            "still holds.");
    if (!q->next()) {
        if (*expected == 0)
            return {};
        return Error::conflict(tr("Someone removed %1 after you opened it").arg(what), hint);
    }
    const qint64 version = q->value(0).toLongLong();
    if (version == *expected)
        return {};
    // Written for the person in front of the screen: local time, and "you" when the other change was their own
    // (another window, or the CLI next to the GUI).
    const QString by = q->value(1).toString();
    const QDateTime at = QDateTime::fromString(q->value(2).toString(), Qt::ISODateWithMs);
    const QString when = at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : q->value(2).toString();
    if (by == tx.store().actor()) {
        if (*expected == 0)
            return Error::conflict(tr("You created %1 at %2 in another window or program after this one read it")
                                       .arg(what, when), hint);
        return Error::conflict(tr("You changed %1 at %2 in another window or program after this one read it")
                                   .arg(what, when), hint);
    }
    if (*expected == 0)
        return Error::conflict(tr("%1 created %2 at %3 after you opened it").arg(by, what, when), hint);
    return Error::conflict(tr("%1 changed %2 at %3 after you opened it").arg(by, what, when), hint);
}

} // namespace vv
