#include "TestSupport.h"

#include "store/AuditChain.h"
#include "store/ProjectStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;

class TestAudit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void intactChain();
    void tampering_data();
    void tampering();
    void hashCoversEveryField();
};

static std::unique_ptr<ProjectStore> makeProject(const QString &file, const Clock &clock, int updates)
{
    StoreOptions o;
    o.clock = &clock;
    o.actor = QStringLiteral("alice");
    auto store = ProjectStore::create(file, {QStringLiteral("Chain"), QStringLiteral("1"), ProjectRole::Deployer}, o);
    if (!store)
        return nullptr;
    for (int i = 0; i < updates; ++i) {
        if (!(*store)->updateProject(QStringLiteral("Chain"), QString::number(i + 2), ProjectRole::Deployer))
            return nullptr;
    }
    return std::move(*store);
}

void TestAudit::intactChain()
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC));
    auto store = makeProject(dir.filePath(QStringLiteral("a.veiviser")), clock, 9);
    QVERIFY(store);
    auto v = store->verifyAudit();
    QVERIFY(v.ok());
    QVERIFY(v->intact);
    QCOMPARE(v->entries, 10);
    auto entries = store->auditEntries();
    QCOMPARE(entries->front().prevHash, audit::genesisHash());
    for (std::size_t i = 1; i < entries->size(); ++i)
        QCOMPARE((*entries)[i].prevHash, (*entries)[i - 1].hash);
}

void TestAudit::tampering_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<qint64>("firstBad");
    QTest::addColumn<QString>("problem");
    QTest::newRow("edited payload")
        << QStringList{QStringLiteral("UPDATE audit SET payload = '{\"name\":\"Evil\"}' WHERE seq = 3")} << qint64(3)
        << "was changed";
    QTest::newRow("edited time")
        << QStringList{QStringLiteral("UPDATE audit SET time = '2020-01-01T00:00:00.000Z' WHERE seq = 4")} << qint64(4)
        << "was changed";
    QTest::newRow("edited actor") << QStringList{QStringLiteral("UPDATE audit SET actor = 'mallory' WHERE seq = 2")}
                                  << qint64(2) << "was changed";
    QTest::newRow("edited action") << QStringList{QStringLiteral("UPDATE audit SET action = 'x' WHERE seq = 1")}
                                   << qint64(1) << "was changed";
    QTest::newRow("deleted middle entry") << QStringList{QStringLiteral("DELETE FROM audit WHERE seq = 5")} << qint64(5)
                                          << "is missing";
    QTest::newRow("deleted first entry") << QStringList{QStringLiteral("DELETE FROM audit WHERE seq = 1")} << qint64(1)
                                         << "is missing";
    QTest::newRow("deleted last entry") << QStringList{QStringLiteral("DELETE FROM audit WHERE seq = 6")} << qint64(6)
                                        << "were removed";
    QTest::newRow("reordered entries")
        << QStringList{QStringLiteral("UPDATE audit SET seq = -1 WHERE seq = 3"),
                       QStringLiteral("UPDATE audit SET seq = 3 WHERE seq = 4"),
                       QStringLiteral("UPDATE audit SET seq = 4 WHERE seq = -1")}
        << qint64(3) << "does not follow";
    QTest::newRow("deleted and renumbered")
        << QStringList{QStringLiteral("DELETE FROM audit WHERE seq = 2"),
                       QStringLiteral("UPDATE audit SET seq = seq - 1 WHERE seq > 2")}
        << qint64(2) << "does not follow";
}

void TestAudit::tampering()
{
    QFETCH(QStringList, sql);
    QFETCH(qint64, firstBad);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("t.veiviser"));
    FixedClock clock(QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC));
    QVERIFY(makeProject(file, clock, 5)); // six entries
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : sql)
            QVERIFY2(q.exec(s), qPrintable(s));
        q = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    }
    auto store = ProjectStore::open(file, StoreOptions::readOnly());
    QVERIFY(store.ok());
    auto v = (*store)->verifyAudit();
    QVERIFY(v.ok());
    QVERIFY(!v->intact);
    QCOMPARE(v->firstBadSeq, firstBad);
    QVERIFY2(v->problem.contains(problem), qPrintable(v->problem));
}

void TestAudit::hashCoversEveryField()
{
    const QString base = audit::entryHash(audit::genesisHash(), 1, QStringLiteral("t"), QStringLiteral("a"),
                                          QStringLiteral("x"), QStringLiteral("{}"));
    QCOMPARE(base.size(), 64);
    QVERIFY(base != audit::entryHash(QString(64, QLatin1Char('1')), 1, QStringLiteral("t"), QStringLiteral("a"),
                                     QStringLiteral("x"), QStringLiteral("{}")));
    QVERIFY(base != audit::entryHash(audit::genesisHash(), 2, QStringLiteral("t"), QStringLiteral("a"),
                                     QStringLiteral("x"), QStringLiteral("{}")));
    QVERIFY(base != audit::entryHash(audit::genesisHash(), 1, QStringLiteral("u"), QStringLiteral("a"),
                                     QStringLiteral("x"), QStringLiteral("{}")));
    QVERIFY(base != audit::entryHash(audit::genesisHash(), 1, QStringLiteral("t"), QStringLiteral("b"),
                                     QStringLiteral("x"), QStringLiteral("{}")));
    QVERIFY(base != audit::entryHash(audit::genesisHash(), 1, QStringLiteral("t"), QStringLiteral("a"),
                                     QStringLiteral("y"), QStringLiteral("{}")));
    QVERIFY(base != audit::entryHash(audit::genesisHash(), 1, QStringLiteral("t"), QStringLiteral("a"),
                                     QStringLiteral("x"), QStringLiteral("{\"a\":1}")));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
