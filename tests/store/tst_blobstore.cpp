#include "TestSupport.h"

#include "core/Sha256.h"
#include "store/ProjectStore.h"
#include "store/Transaction.h"

#include <QBuffer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;

class TestBlobStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void roundTrip_data();
    void roundTrip();
    void sameContentIsStoredOnce();
    void cancelLeavesNoTrace();
    void changedFileIsRefused();
    void damagedChunkIsDetected_data();
    void damagedChunkIsDetected();
    void unknownHash();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    Result<BlobRef> put(QIODevice &dev, qint64 expected = -1, const CancellationToken *cancel = nullptr,
                        const ProgressSink &progress = {});
    qint64 rows(const char *table);
};

void TestBlobStore::init()
{
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    auto s = ProjectStore::create(m_dir->filePath(QStringLiteral("b.veiviser")),
                                  {QStringLiteral("Blobs"), QStringLiteral("1"), ProjectRole::Deployer});
    QVERIFY(s.ok());
    m_store = std::move(*s);
}

Result<BlobRef> TestBlobStore::put(QIODevice &dev, qint64 expected, const CancellationToken *cancel,
                                   const ProgressSink &progress)
{
    auto tx = m_store->begin();
    if (!tx)
        return tx.error();
    auto ref = tx->putBlob(dev, cancel, progress, expected);
    if (!ref)
        return ref.error();
    VV_TRY(tx->audit(QStringLiteral("test.blob"), Json{{"sha256", toStd(ref->sha256)}}));
    VV_TRY(tx->commit());
    return ref;
}

qint64 TestBlobStore::rows(const char *table)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
    db.setDatabaseName(m_store->location());
    db.open();
    qint64 n = -1;
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) && q.next())
            n = q.value(0).toLongLong();
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

void TestBlobStore::roundTrip_data()
{
    QTest::addColumn<qint64>("size");
    const qint64 c = ProjectStore::chunkSize;
    QTest::newRow("empty") << qint64(0);
    QTest::newRow("1 byte") << qint64(1);
    QTest::newRow("chunk - 1") << c - 1;
    QTest::newRow("chunk") << c;
    QTest::newRow("chunk + 1") << c + 1;
    QTest::newRow("3 chunks + 17") << 3 * c + 17;
}

void TestBlobStore::roundTrip()
{
    QFETCH(qint64, size);
    test::GeneratedDevice dev(size, static_cast<quint64>(size) + 7);
    qint64 lastDone = -1;
    auto ref = put(dev, size, nullptr, [&](qint64 done, qint64, const QString &) { lastDone = done; });
    QVERIFY2(ref.ok(), qPrintable(ref ? QString() : ref.error().toString()));
    QCOMPARE(ref->size, size);
    QCOMPARE(ref->sha256, test::generatedSha256(size, static_cast<quint64>(size) + 7));
    QVERIFY(!ref->alreadyStored);
    if (size > 0)
        QCOMPARE(lastDone, size);

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QVERIFY(m_store->readBlob(ref->sha256, out).ok());
    QCOMPARE(out.data().size(), size);
    QCOMPARE(Sha256::hex(out.data()), ref->sha256);
    const qint64 expectedChunks = (size + ProjectStore::chunkSize - 1) / ProjectStore::chunkSize;
    QCOMPARE(rows("blob_chunks"), expectedChunks);
}

void TestBlobStore::sameContentIsStoredOnce()
{
    test::GeneratedDevice a(5 << 20, 1), b(5 << 20, 1), c(5 << 20, 2);
    auto first = put(a);
    auto second = put(b);
    auto third = put(c);
    QVERIFY(first.ok() && second.ok() && third.ok());
    QCOMPARE(second->sha256, first->sha256);
    QVERIFY(second->alreadyStored);
    QVERIFY(!third->alreadyStored);
    QCOMPARE(m_store->info()->counts.value(QStringLiteral("blobs")), 2);
    QCOMPARE(rows("blob_chunks"), 4); // two chunks each for the two distinct blobs
}

namespace {
// Cancels the token once reading has passed a byte position, as a user pressing Cancel halfway would.
class CancellingDevice : public test::GeneratedDevice {
public:
    CancellingDevice(qint64 size, qint64 cancelAt, CancellationToken token)
        : GeneratedDevice(size, 3), m_cancelAt(cancelAt), m_token(std::move(token)) {}

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = GeneratedDevice::readData(data, maxSize);
        m_read += n;
        if (m_read >= m_cancelAt)
            m_token.cancel();
        return n;
    }

private:
    qint64 m_cancelAt;
    qint64 m_read = 0;
    CancellationToken m_token;
};
} // namespace

void TestBlobStore::cancelLeavesNoTrace()
{
    CancellationToken cancel;
    CancellingDevice dev(6 * ProjectStore::chunkSize, 3 * ProjectStore::chunkSize, cancel);
    auto ref = put(dev, -1, &cancel);
    QVERIFY(!ref.ok());
    QCOMPARE(ref.error().kind(), Error::Kind::Cancelled);
    QVERIFY(cancel.isCancelled());
    QCOMPARE(rows("blobs"), 0);
    QCOMPARE(rows("blob_chunks"), 0);
    QCOMPARE(m_store->info()->counts.value(QStringLiteral("audit_entries")), 1);
}

void TestBlobStore::changedFileIsRefused()
{
    test::GeneratedDevice dev(1000, 4);
    auto ref = put(dev, 2000);
    QVERIFY(!ref.ok());
    QVERIFY(ref.error().what().contains(QStringLiteral("changed while it was read")));
    QCOMPARE(rows("blobs"), 0);
}

void TestBlobStore::damagedChunkIsDetected_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("problem");
    QTest::newRow("flipped byte") << "UPDATE blob_chunks SET data = zeroblob(length(data)) WHERE idx = 1"
                                  << "does not match its hash";
    QTest::newRow("missing chunk") << "DELETE FROM blob_chunks WHERE idx = 0" << "is missing";
    QTest::newRow("short chunk") << "UPDATE blob_chunks SET data = substr(data, 1, 10) WHERE idx = 0"
                                 << "wrong size";
}

void TestBlobStore::damagedChunkIsDetected()
{
    QFETCH(QString, sql);
    QFETCH(QString, problem);
    test::GeneratedDevice dev(ProjectStore::chunkSize + 100, 5);
    auto ref = put(dev);
    QVERIFY(ref.ok());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(m_store->location());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(sql));
        q = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    }
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto r = m_store->readBlob(ref->sha256, out);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().exitCode(), 1);
    QVERIFY2(r.error().what().contains(problem), qPrintable(r.error().what()));
}

void TestBlobStore::unknownHash()
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto r = m_store->readBlob(QString(64, QLatin1Char('a')), out);
    QVERIFY(!r.ok());
    auto found = m_store->findBlob(QString(64, QLatin1Char('a')));
    QVERIFY(found.ok() && !found->has_value());
}

QTEST_GUILESS_MAIN(TestBlobStore)
#include "tst_blobstore.moc"
