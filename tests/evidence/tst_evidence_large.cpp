// A 300 MB file into the evidence library and back out, byte for byte, with memory that stays flat.

#include "TestSupport.h"

#include "core/Sha256.h"
#include "evidence/EvidenceLibrary.h"
#include "store/ProjectStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;
using namespace vv::evidence;

class TestEvidenceLarge : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void import300MBWithFlatMemory();
};

void TestEvidenceLarge::import300MBWithFlatMemory()
{
    constexpr qint64 size = 300ll << 20;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("validation-set.bin"));
    {
        test::GeneratedDevice dev(size, 42);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QByteArray buf(1 << 20, Qt::Uninitialized);
        for (qint64 n; (n = dev.read(buf.data(), buf.size())) > 0;)
            QCOMPARE(out.write(buf.constData(), n), n);
    }
    const QString expected = test::generatedSha256(size, 42);
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("large.veiviser")),
                                      {QStringLiteral("Large"), QStringLiteral("1"), ProjectRole::Deployer});
    QVERIFY(store.ok());
    EvidenceLibrary library(**store);

    const bool resettable = test::resetPeakRss();
    const qint64 baseline = test::peakRssBytes();
    QVERIFY(baseline > 0);

    auto imported = library.import({{file}, {}, {}, {}, {}});
    QVERIFY2(imported.ok(), qPrintable(imported ? QString() : imported.error().toString()));
    QCOMPARE(imported->front().sha256, expected);
    QCOMPARE(imported->front().size, size);

    test::HashingSink sink;
    QVERIFY(library.exportTo(imported->front().id, sink).ok());
    QCOMPARE(sink.total(), size);
    QCOMPARE(sink.finishHex(), expected);

    const qint64 growth = test::peakRssBytes() - baseline;
    qInfo("peak RSS grew by %lld MiB while importing and exporting 300 MiB (peak reset: %s)", growth >> 20,
          resettable ? "yes" : "no");
    // The budget for a 2 GB import is 100 MB over idle; memory must not grow with the file, so 300 MB gets less.
    QVERIFY2(growth < (64ll << 20), qPrintable(QStringLiteral("grew by %1 MiB").arg(growth >> 20)));
}

QTEST_GUILESS_MAIN(TestEvidenceLarge)
#include "tst_evidence_large.moc"
