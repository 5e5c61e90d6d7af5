#include "store/Sql.h"

namespace vv::sql {

Error error(const QSqlError &e, const QString &context)
{
    QString detail = e.databaseText();
    if (detail.isEmpty())
        detail = e.text();
    // SQLite's result codes are small numbers (PostgreSQL's SQLSTATEs have five characters). The ones a user can
    // do something about get their own message instead of raw SQL and a misleading hint.
    bool numeric = false;
    const int code = e.nativeErrorCode().size() <= 4 ? e.nativeErrorCode().toInt(&numeric) & 0xff : 0;
    auto say = [&](const char *what) { return QCoreApplication::translate("vv::ProjectStore", what).arg(context); };
    if (numeric) {
        switch (code) {
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            return Error::check(say(QT_TRANSLATE_NOOP("vv::ProjectStore", "%1: the project file is damaged")),
                                QCoreApplication::translate("vv::ProjectStore", "Restore it from a backup; 'audit verify' "
                                                                                "says what is damaged."));
        case 8: // SQLITE_READONLY
            return Error::input(say(QT_TRANSLATE_NOOP("vv::ProjectStore", "%1: the project cannot be written, because the file, its folder or the disk is "
                                    "read-only")),
                                QCoreApplication::translate("vv::ProjectStore", "Reading commands still work. To change "
                                                                                "it, copy it to a folder you may write to."));
        case 13: // SQLITE_FULL
            return Error::runtime(say(QT_TRANSLATE_NOOP("vv::ProjectStore", "%1: the disk is full")),
                                  QCoreApplication::translate("vv::ProjectStore", "Free some space and try again; "
                                                                                  "nothing was changed."));
        case 14: // SQLITE_CANTOPEN
            return Error::input(say(QT_TRANSLATE_NOOP("vv::ProjectStore", "%1: the project's files cannot be opened (its folder may be read-only or "
                                    "missing)")),
                                QCoreApplication::translate("vv::ProjectStore", "Check the folder's permissions, or "
                                                                                "copy the project to a folder you may "
                                                                                "write to."));
        default:
            break;
        }
    }
    return Error::runtime(QCoreApplication::translate("vv::ProjectStore", "%1: database error: %2").arg(context, detail),
                          QCoreApplication::translate("vv::ProjectStore",
                                                      "Nothing was changed. If this repeats, run 'audit verify' "
                                                      "and check the disk."));
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // QPSQL prepares with PREPARE ... AS, which PostgreSQL allows only for queries and DML; statements without
    // values (BEGIN, SET, CREATE, GRANT, ...) therefore run directly.
    if (binds.isEmpty()) {
        if (!q.exec(sql))
            return error(q.lastError(), sql.simplified().left(60));
        return q;
    }
    if (!q.prepare(sql))
        return error(q.lastError(), sql.simplified().left(60));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return error(q.lastError(), sql.simplified().left(60));
    return q;
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    auto q = exec(db, sql, binds);
    if (!q)
        return q.error();
    if (!q->next())
        return Error::runtime(QCoreApplication::translate("vv::ProjectStore", "%1: no result")
                                  .arg(sql.simplified().left(60)));
    return q->value(0);
}

Dialect dialectOf(const QSqlDatabase &db)
{
    return db.driverName() == QStringLiteral("QPSQL") ? Dialect::PostgreSQL : Dialect::SQLite;
}

Result<qint64> insertReturningId(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    auto id = scalar(db, sql + QStringLiteral(" RETURNING id"), binds);
    if (!id)
        return id.error();
    return id->toLongLong();
}

} // namespace vv::sql
