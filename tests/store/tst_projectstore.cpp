#include "OldProject.h"
#include "TestSupport.h"

#include "core/Version.h"
#include "store/AuditChain.h"
#include "store/Migrations.h"
#include "store/ProjectStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QBuffer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;

class TestProjectStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void createAndOpen();
    void createRefusesExistingFile();
    void createNeedsName();
    void migrateFromEachEarlierVersion_data();
    void migrateFromEachEarlierVersion();
    void refusesNewerSchemaWithoutChangingFile();
    void refusesNonProjects_data();
    void refusesNonProjects();
    void readOnlyRefusesWrites();
    void durabilityIsSetPerConnection();
    void updateProjectIsAudited();
    void uncommittedTransactionLeavesNoTrace();
    void commitWithoutAuditIsRefused();
    void teamUrlWithPasswordIsRefused();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC)};
    StoreOptions opts() const
    {
        StoreOptions o;
        o.clock = &m_clock;
        o.actor = QStringLiteral("tester");
        return o;
    }
};

void TestProjectStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProjectStore::createAndOpen()
{
    auto created = ProjectStore::create(path(QStringLiteral("p.veiviser")),
                                        {QStringLiteral("Sepsis"), QStringLiteral("2.1"), ProjectRole::Provider}, opts());
    QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().toString()));
    created->reset();
    QVERIFY(!QFile::exists(path(QStringLiteral("p.veiviser.creating"))));

    auto store = ProjectStore::open(path(QStringLiteral("p.veiviser")), opts());
    QVERIFY(store.ok());
    auto info = (*store)->info();
    QVERIFY(info.ok());
    QCOMPARE(info->name, QStringLiteral("Sepsis"));
    QCOMPARE(info->systemVersion, QStringLiteral("2.1"));
    QCOMPARE(info->role, ProjectRole::Provider);
    QCOMPARE(info->schemaVersion, ProjectStore::latestSchemaVersion());
    QCOMPARE(info->writtenBy, QStringLiteral(VV_VERSION));
    QCOMPARE(info->created, m_clock.nowUtc());
    QCOMPARE(info->counts.value(QStringLiteral("audit_entries")), 1);
    auto entries = (*store)->auditEntries();
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), std::size_t(1));
    QCOMPARE(entries->front().action, QStringLiteral("project.create"));
    QCOMPARE(entries->front().actor, QStringLiteral("tester"));
    QVERIFY(entries->front().payload.contains(QStringLiteral("\"name\":\"Sepsis\"")));

    // The file is in WAL mode and carries Veiviser's application id.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
    db.setDatabaseName(path(QStringLiteral("p.veiviser")));
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toInt(), ProjectStore::applicationId);
    q = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
}

void TestProjectStore::durabilityIsSetPerConnection()
{
    auto store = ProjectStore::create(m_dir->filePath(QStringLiteral("d.veiviser")),
                                      {QStringLiteral("D"), QStringLiteral("1"), ProjectRole::Provider});
    QVERIFY(store.ok());
    const auto synchronous = [](ProjectStore &s) {
        auto q = sql::exec(s.database(), QStringLiteral("PRAGMA synchronous"));
        return q && q->next() ? q->value(0).toInt() : -1;
    };
    QCOMPARE(synchronous(**store), 2); // FULL: every commit survives a power cut
    QVERIFY((*store)->setDurability(ProjectStore::Durability::KilledProcess).ok());
    QCOMPARE(synchronous(**store), 1); // NORMAL
    // Another connection to the same project keeps the default.
    auto other = (*store)->reopen();
    QVERIFY(other.ok());
    QCOMPARE(synchronous(**other), 2);
    QVERIFY((*store)->setDurability(ProjectStore::Durability::PowerCut).ok());
    QCOMPARE(synchronous(**store), 2);
}

void TestProjectStore::createRefusesExistingFile()
{
    QFile f(path(QStringLiteral("taken.veiviser")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("precious");
    f.close();
    auto r = ProjectStore::create(f.fileName(), {QStringLiteral("X"), QStringLiteral("1"), ProjectRole::Deployer});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().exitCode(), 2);
    QVERIFY(r.error().what().contains(QStringLiteral("already exists")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("precious"));
}

void TestProjectStore::createNeedsName()
{
    auto r = ProjectStore::create(path(QStringLiteral("n.veiviser")), {QStringLiteral("  "), QString(), ProjectRole::Deployer});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().exitCode(), 2);
    QVERIFY(!QFile::exists(path(QStringLiteral("n.veiviser"))));
}

void TestProjectStore::migrateFromEachEarlierVersion_data()
{
    QTest::addColumn<int>("fromVersion");
    for (int v = 1; v < ProjectStore::latestSchemaVersion(); ++v)
        QTest::addRow("from %d", v) << v;
}

void TestProjectStore::migrateFromEachEarlierVersion()
{
    QFETCH(int, fromVersion);
    const QString file = path(QStringLiteral("old.veiviser"));
    {
        test::OldProject old(file, fromVersion, m_clock);
        QVERIFY2(old.problem().isEmpty(), qPrintable(old.problem()));
        QCOMPARE(*migrations::currentVersion(old.database()), fromVersion);
    }
    const QString before = test::fileSha256(file);
    // Reading never upgrades: refused with the file's version and the migrations that changed the tables since ...
    StoreOptions reading = opts();
    reading.access = StoreOptions::Access::ReadOnly;
    auto refused = ProjectStore::open(file, reading);
    QVERIFY(!refused);
    QVERIFY2(refused.error().what().contains(QStringLiteral("(version %1; this Veiviser reads version %2,")
                                                 .arg(fromVersion)
                                                 .arg(ProjectStore::latestSchemaVersion())),
             qPrintable(refused.error().what()));
    for (const migrations::Migration &m : migrations::all())
        QCOMPARE(refused.error().what().contains(QStringLiteral("%1 %2").arg(m.version).arg(m.name)),
                 m.version > fromVersion);
    // ... or read from a copy upgraded in a temporary folder (the portfolio), the file left exactly as it was.
    reading.olderFormat = StoreOptions::OlderFormat::ReadUpgradedCopy;
    {
        auto copy = ProjectStore::open(file, reading);
        QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().toString()));
        QCOMPARE((*copy)->upgradedFrom(), fromVersion);
        QVERIFY((*copy)->isReadOnly());
        QCOMPARE((*copy)->info()->name, QStringLiteral("Old"));
        QCOMPARE((*copy)->info()->schemaVersion, ProjectStore::latestSchemaVersion());
        QVERIFY(!(*copy)->updateProject(QStringLiteral("Old"), QStringLiteral("1.0"), ProjectRole::Both).ok());
    }
    QCOMPARE(test::fileSha256(file), before);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    auto store = ProjectStore::open(file, opts());
    QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().toString()));
    auto info = (*store)->info();
    QVERIFY(info.ok());
    QCOMPARE(info->schemaVersion, ProjectStore::latestSchemaVersion());
    QCOMPARE(info->name, QStringLiteral("Old"));
    QCOMPARE(info->role, ProjectRole::Both);
    auto chain = (*store)->verifyAudit();
    QVERIFY(chain.ok() && chain->intact);
    QCOMPARE(chain->entries, 1);
    // The migrated project takes new writes.
    QVERIFY((*store)->updateProject(QStringLiteral("Old"), QStringLiteral("1.0"), ProjectRole::Both).ok());
}

void TestProjectStore::refusesNewerSchemaWithoutChangingFile()
{
    const QString file = path(QStringLiteral("future.veiviser"));
    QVERIFY(ProjectStore::create(file, {QStringLiteral("F"), QStringLiteral("1"), ProjectRole::Deployer}).ok());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                           .arg(ProjectStore::latestSchemaVersion() + 1)));
        QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = '9.4.2' WHERE key = 'written_by'")));
        q = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
    }
    const QString before = test::fileSha256(file);
    for (auto access : {StoreOptions::Access::ReadWrite, StoreOptions::Access::ReadOnly}) {
        StoreOptions o = opts();
        o.access = access;
        auto r = ProjectStore::open(file, o);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().what().contains(QStringLiteral("this project was written by Veiviser 9.4; update Veiviser to open it")),
                 qPrintable(r.error().what()));
        QCOMPARE(r.error().exitCode(), 2);
    }
    QCOMPARE(test::fileSha256(file), before);
}

void TestProjectStore::refusesNonProjects_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty file") << QByteArray() << "is not a Veiviser project";
    QTest::newRow("text") << QByteArray("name,score\n1,0.5\n") << "is not a Veiviser project";
    QTest::newRow("binary") << QByteArray(4096, '\xff') << "is not a Veiviser project";
    QByteArray header("SQLite format 3\0", 16);
    header.append(QByteArray(84, '\0'));
    QTest::newRow("sqlite header only") << header << "not a Veiviser project";
}

void TestProjectStore::refusesNonProjects()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString file = path(QStringLiteral("x.veiviser"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const QString before = test::fileSha256(file);
    auto r = ProjectStore::open(file, opts());
    QVERIFY(!r.ok());
    QVERIFY2(r.error().what().contains(expected), qPrintable(r.error().what()));
    QCOMPARE(r.error().exitCode(), 2);
    QCOMPARE(test::fileSha256(file), before);
}

void TestProjectStore::readOnlyRefusesWrites()
{
    const QString file = path(QStringLiteral("ro.veiviser"));
    QVERIFY(ProjectStore::create(file, {QStringLiteral("R"), QStringLiteral("1"), ProjectRole::Deployer}).ok());
    StoreOptions o = opts();
    o.access = StoreOptions::Access::ReadOnly;
    auto store = ProjectStore::open(file, o);
    QVERIFY(store.ok());
    QVERIFY((*store)->info().ok());
    auto tx = (*store)->begin();
    QVERIFY(!tx.ok());
    QVERIFY(!(*store)->updateProject(QStringLiteral("Z"), QStringLiteral("1"), ProjectRole::Deployer).ok());
    store->reset();
    // No journal files are left next to the project after a read.
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
}

void TestProjectStore::updateProjectIsAudited()
{
    auto store = ProjectStore::create(path(QStringLiteral("u.veiviser")),
                                      {QStringLiteral("A"), QStringLiteral("1"), ProjectRole::Deployer}, opts());
    QVERIFY(store.ok());
    m_clock.advance(60000);
    QVERIFY((*store)->updateProject(QStringLiteral("B"), QStringLiteral("2"), ProjectRole::Both).ok());
    auto info = (*store)->info();
    QCOMPARE(info->name, QStringLiteral("B"));
    QCOMPARE(info->modified, m_clock.nowUtc());
    auto entries = (*store)->auditEntries();
    QCOMPARE(entries->size(), std::size_t(2));
    QCOMPARE(entries->back().action, QStringLiteral("project.update"));
    QVERIFY(entries->back().payload.contains(QStringLiteral("\"role\":\"both\"")));
}

void TestProjectStore::uncommittedTransactionLeavesNoTrace()
{
    auto store = ProjectStore::create(path(QStringLiteral("t.veiviser")),
                                      {QStringLiteral("A"), QStringLiteral("1"), ProjectRole::Deployer}, opts());
    QVERIFY(store.ok());
    {
        auto tx = (*store)->begin();
        QVERIFY(tx.ok());
        QVERIFY(tx->audit(QStringLiteral("test.change"), Json{{"x", 1}}).ok());
        QByteArray data("some content");
        QBuffer buf(&data);
        buf.open(QIODevice::ReadOnly);
        QVERIFY(tx->putBlob(buf).ok());
        // dropped without commit
    }
    auto info = (*store)->info();
    QCOMPARE(info->counts.value(QStringLiteral("audit_entries")), 1);
    QCOMPARE(info->counts.value(QStringLiteral("blobs")), 0);
    QVERIFY((*store)->verifyAudit()->intact);
}

void TestProjectStore::commitWithoutAuditIsRefused()
{
    auto store = ProjectStore::create(path(QStringLiteral("c.veiviser")),
                                      {QStringLiteral("A"), QStringLiteral("1"), ProjectRole::Deployer}, opts());
    auto tx = (*store)->begin();
    QVERIFY(tx.ok());
    QByteArray data("unaudited");
    QBuffer buf(&data);
    buf.open(QIODevice::ReadOnly);
    QVERIFY(tx->putBlob(buf).ok());
    QVERIFY(!tx->commit().ok());
    QCOMPARE((*store)->info()->counts.value(QStringLiteral("blobs")), 0);
}

// Team projects open by URL (tests/store/tst_teamproject.cpp); a password in the URL is refused before any
// connection is tried.
void TestProjectStore::teamUrlWithPasswordIsRefused()
{
    auto r = ProjectStore::open(QStringLiteral("postgresql://me:pw@db.example/veiviser"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().exitCode(), 2);
    QVERIFY(r.error().what().contains(QStringLiteral("password")));
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
