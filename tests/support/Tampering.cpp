#include "Tampering.h"

#include "store/AuditChain.h"

#include <QDebug>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace vv::test {

namespace {

// One named connection, removed again before returning, so the test's own stores are unaffected.
template <typename Work>
void withConnection(const QString &file, Work work)
{
    const QString name = QStringLiteral("tamper");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (db.open())
            work(db);
        else
            qWarning() << "cannot open" << file << db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

bool tamper(const QString &file, const QStringList &sql)
{
    bool ok = false;
    withConnection(file, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        ok = true;
        for (const QString &s : sql)
            if (ok && !q.exec(s)) {
                qWarning() << s << q.lastError().text();
                ok = false;
            }
    });
    return ok;
}

QStringList rechainFrom(const QString &file, qint64 from)
{
    QStringList out;
    withConnection(file, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT seq, time, actor, action, payload, hash FROM audit ORDER BY seq"));
        QString prev = audit::genesisHash();
        qint64 seq = 0;
        while (q.next()) {
            seq = q.value(0).toLongLong();
            if (seq < from) {
                prev = q.value(5).toString();
                continue;
            }
            const QString hash = audit::entryHash(prev, seq, q.value(1).toString(), q.value(2).toString(),
                                                  q.value(3).toString(), q.value(4).toString());
            out << QStringLiteral("UPDATE audit SET prev_hash = '%1', hash = '%2' WHERE seq = %3").arg(prev, hash).arg(seq);
            prev = hash;
        }
        out << QStringLiteral("UPDATE meta SET value = '%1:%2' WHERE key = 'audit_head'").arg(seq).arg(prev);
    });
    return out;
}

} // namespace vv::test
