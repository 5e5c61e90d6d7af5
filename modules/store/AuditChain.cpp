#include "store/AuditChain.h"

#include "core/Sha256.h"
#include "store/AuditReplay.h"
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

// SQLite's own check of the file: pages, b-trees and indexes. A chain read from a damaged file proves nothing.
static Result<std::optional<QString>> damage(const QSqlDatabase &db)
{
    if (sql::dialectOf(db) != sql::Dialect::SQLite)
        return std::optional<QString>();
    auto q = sql::exec(db, QStringLiteral("PRAGMA integrity_check(20)"));
    if (!q)
        return std::optional<QString>(q.error().what());
    QStringList problems;
    while (q->next())
        problems << q->value(0).toString();
    if (problems == QStringList{QStringLiteral("ok")})
        return std::optional<QString>();
    return std::optional<QString>(problems.join(QStringLiteral("; ")));
}

Result<AuditVerification> verify(const QSqlDatabase &db, const ProgressSink &progress,
                                 const std::optional<AuditHead> &anchor)
{
    AuditVerification v;
    auto damaged = damage(db);
    if (!damaged)
        return damaged.error();
    if (*damaged) {
        v.intact = false;
        v.damaged = true;
        v.problem = ProjectStore::tr("the file is damaged (SQLite's integrity check: %1)").arg(**damaged);
        return v;
    }
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
    Replay replay;
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
        if (anchor && seq == anchor->seq) {
            if (hash != anchor->hash)
                return broken(seq, ProjectStore::tr("entry %1 is not the one the anchor recorded: the history up to it "
                                                    "was rewritten after the anchor was signed").arg(seq));
            v.anchorChecked = true;
        }
        if (auto payload = parseJson(q->value(4).toString().toUtf8(), QStringLiteral("audit")); payload)
            replay.apply(q->value(3).toString(), *payload);
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
    if (anchor && !v.anchorChecked)
        return broken(v.entries + 1, ProjectStore::tr("the chain has %1 entries, but the anchor recorded entry %2: "
                                                      "entries were removed").arg(v.entries).arg(anchor->seq));
    auto difference = replay.compare(db);
    if (!difference)
        return difference.error();
    if (*difference) {
        v.intact = false;
        v.stateDiffers = true;
        v.problem = ProjectStore::tr("the project was changed outside Veiviser: %1").arg(**difference);
    }
    return v;
}

} // namespace vv::audit
