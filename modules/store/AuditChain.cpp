#include "store/AuditChain.h"

#include "core/Sha256.h"
#include "store/Sql.h"

namespace vv::audit {

QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString entryHash(const QString &prevHash, qint64 seq, const QString &time, const QString &actor,
                  const QString &action, const QString &payload)
{
    const Json header = {{"seq", seq}, {"time", toStd(time)}, {"actor", toStd(actor)}, {"action", toStd(action)}};
    Sha256 h;
    h.update(prevHash.toLatin1());
    h.update("\n", 1);
    h.update(canonicalJsonBytes(header));
    h.update("\n", 1);
    h.update(payload.toUtf8());
    return h.finishHex();
}

static const QString upsertMeta = QStringLiteral(
    "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");

Status append(const QSqlDatabase &db, const Clock &clock, const QString &actor, const QString &action,
              const Json &payload)
{
    auto last = sql::exec(db, QStringLiteral("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    qint64 seq = 1;
    QString prev = genesisHash();
    if (last->next()) {
        seq = last->value(0).toLongLong() + 1;
        prev = last->value(1).toString();
    }
    const QString time = isoUtc(clock.nowUtc());
    const QString text = QString::fromUtf8(canonicalJsonBytes(payload.is_object() ? payload : Json{{"value", payload}}));
    const QString hash = entryHash(prev, seq, time, actor, action, text);
    VV_TRY(sql::exec(db,
                     QStringLiteral("INSERT INTO audit (seq, time, actor, action, payload, prev_hash, hash) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {seq, time, actor, action, text, prev, hash}));
    // The head makes a deleted last entry detectable too.
    VV_TRY(sql::exec(db, upsertMeta, {QStringLiteral("audit_head"), QString(QString::number(seq) + QLatin1Char(':') + hash)}));
    return {};
}

Result<AuditVerification> verify(const QSqlDatabase &db, const ProgressSink &progress)
{
    AuditVerification v;
    auto total = sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit"));
    if (!total)
        return total.error();
    ProgressThrottle throttle(progress);

    auto q = sql::exec(db, QStringLiteral("SELECT seq, time, actor, action, payload, prev_hash, hash "
                                          "FROM audit ORDER BY seq"));
    if (!q)
        return q.error();
    QString prev = genesisHash();
    qint64 expected = 1;
    auto broken = [&](qint64 seq, QString why) {
        v.intact = false;
        v.firstBadSeq = seq;
        v.problem = std::move(why);
        return v;
    };
    while (q->next()) {
        const qint64 seq = q->value(0).toLongLong();
        if (seq != expected)
            return broken(expected, ProjectStore::tr("entry %1 is missing (the next entry found is %2)").arg(expected).arg(seq));
        const QString prevHash = q->value(5).toString();
        const QString hash = q->value(6).toString();
        if (prevHash != prev)
            return broken(seq, ProjectStore::tr("entry %1 does not follow entry %2 (its link to the previous entry is wrong; "
                                       "entries were removed or reordered)").arg(seq).arg(seq - 1));
        const QString recomputed = entryHash(prevHash, seq, q->value(1).toString(), q->value(2).toString(),
                                             q->value(3).toString(), q->value(4).toString());
        if (recomputed != hash)
            return broken(seq, ProjectStore::tr("entry %1 was changed after it was written (its content does not match "
                                       "its hash)").arg(seq));
        prev = hash;
        ++expected;
        ++v.entries;
        throttle.report(v.entries, total->toLongLong());
    }
    auto head = sql::exec(db, QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'"));
    if (!head)
        return head.error();
    const QString recorded = head->next() ? head->value(0).toString() : QString();
    const QString actual = v.entries == 0 ? QString() : QString::number(v.entries) + QLatin1Char(':') + prev;
    if (recorded != actual) {
        const qint64 recordedSeq = recorded.section(QLatin1Char(':'), 0, 0).toLongLong();
        return broken(v.entries + 1,
                      ProjectStore::tr("the chain ends at entry %1, but the project records %2 entries; entries at the end "
                              "were removed").arg(v.entries).arg(recordedSeq));
    }
    return v;
}

} // namespace vv::audit
