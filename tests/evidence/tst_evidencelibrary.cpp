// The evidence library against a real project file: import and export round trips, deduplication, folders,
// metadata and links in the audit chain, the PII guard, staleness, and every kind of bad input leaving the project
// exactly as it was.

#include "IdentityNumberFixtures.h"
#include "TestSupport.h"

#include "core/Sha256.h"
#include "evidence/EvidenceLibrary.h"
#include "core/IdentityNumbers.h"
#include "store/ProjectStore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <csignal>
#include <fcntl.h>
#include <linux/capability.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace vv;
using namespace vv::evidence;

namespace {

bool writeGenerated(const QString &path, qint64 size, quint64 seed)
{
    test::GeneratedDevice dev(size, seed);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray buf(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = dev.read(buf.data(), buf.size());
        if (n <= 0)
            break;
        if (f.write(buf.constData(), n) != n)
            return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

// Root reads files whatever their mode; dropping these capabilities (for this thread) makes chmod 000 count.
bool setFileCapabilities(bool enabled)
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2]{};
    if (syscall(SYS_capget, &header, data) != 0)
        return false;
    for (int cap : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH}) {
        const auto bit = 1u << (cap % 32);
        if (enabled)
            data[cap / 32].effective |= (data[cap / 32].permitted & bit);
        else
            data[cap / 32].effective &= ~bit;
    }
    return syscall(SYS_capset, &header, data) == 0;
}

/// A catalog that knows a few URNs and one crosswalk, as the guidance library will.
class FakeCatalog : public RequirementCatalog {
public:
    bool contains(const QString &urn) const override { return known().contains(urn); }
    QString title(const QString &urn) const override { return urn == known()[0] ? QStringLiteral("Data governance") : QString(); }
    QStringList crosswalkPartners(const QString &urn) const override
    {
        const QStringList group = {known()[0], known()[1], known()[2]};
        if (!group.contains(urn))
            return {};
        QStringList others = group;
        others.removeAll(urn);
        return others;
    }
    static QStringList known()
    {
        return {QStringLiteral("urn:veiviser:ai-act:art-10"), QStringLiteral("urn:veiviser:gdpr:art-35"),
                QStringLiteral("urn:veiviser:mdr:annex-i-17-2"), QStringLiteral("urn:veiviser:hdir:local-validation")};
    }
};

} // namespace

class TestEvidenceLibrary : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void sameContentIsStoredOnce();
    void folderImportRecurses();
    void namesInAnyEncoding();
    void zeroByteFile();
    void badInputLeavesProjectUnchanged_data();
    void badInputLeavesProjectUnchanged();
    void unreadableFile();
    void vanishedFile();
    void fifoSwappedInAfterTheWalk();
    void fileChangedDuringImport();
    void cancelledHalfwayLeavesNoTrace();
    void fullDisk();
    void progressCoversAllBytes();
    void metadataEditsAreAudited();
    void metadataRules_data();
    void metadataRules();
    void linksAreAuditedAndChecked();
    void crosswalkReuseIsVisible();
    void piiGuardFlagsAndClears();
    void piiNeverInAuditLog();
    void stalenessFollowsClockAndVersion();
    void removeAndPurge();
    void exportRefusesToOverwrite();

private:
    struct Snapshot {
        QString mainFileHash;
        qint64 items = 0, blobs = 0, chunks = 0, audit = 0, links = 0;
        bool operator==(const Snapshot &o) const
        {
            return mainFileHash == o.mainFileHash && items == o.items && blobs == o.blobs && chunks == o.chunks
                   && audit == o.audit && links == o.links;
        }
    };
    Snapshot snapshot();
    QString path(const QString &name) const { return m_dir->filePath(name); }
    qint64 countRows(const char *sql);
    std::vector<AuditEntry> auditSince(qint64 seq);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<EvidenceLibrary> m_library;
};

void TestEvidenceLibrary::init()
{
    m_library.reset();
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC));
    StoreOptions options;
    options.clock = m_clock.get();
    options.actor = QStringLiteral("tester");
    auto s = ProjectStore::create(path(QStringLiteral("p.veiviser")),
                                  {QStringLiteral("Evidence"), QStringLiteral("2.0"), ProjectRole::Provider}, options);
    QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().toString()));
    m_store = std::move(*s);
    m_library = std::make_unique<EvidenceLibrary>(*m_store);
    QVERIFY(QDir().mkpath(path(QStringLiteral("in"))));
}

void TestEvidenceLibrary::cleanup()
{
    setFileCapabilities(true);
}

qint64 TestEvidenceLibrary::countRows(const char *sqlText)
{
    QSqlQuery q(m_store->database());
    if (!q.exec(QString::fromLatin1(sqlText)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

TestEvidenceLibrary::Snapshot TestEvidenceLibrary::snapshot()
{
    Snapshot s;
    s.mainFileHash = test::fileSha256(m_store->location());
    s.items = countRows("SELECT count(*) FROM evidence");
    s.blobs = countRows("SELECT count(*) FROM blobs");
    s.chunks = countRows("SELECT count(*) FROM blob_chunks");
    s.audit = countRows("SELECT count(*) FROM audit");
    s.links = countRows("SELECT count(*) FROM evidence_links");
    return s;
}

std::vector<AuditEntry> TestEvidenceLibrary::auditSince(qint64 seq)
{
    auto entries = m_store->auditEntries(seq);
    return entries ? *entries : std::vector<AuditEntry>{};
}

void TestEvidenceLibrary::roundTrip_data()
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

void TestEvidenceLibrary::roundTrip()
{
    QFETCH(qint64, size);
    const QString file = path(QStringLiteral("in/data.bin"));
    QVERIFY(writeGenerated(file, size, 7));
    const QString expected = test::fileSha256(file);

    auto imported = m_library->import({{file}, {}, {}, {}, {}});
    QVERIFY2(imported.ok(), qPrintable(imported ? QString() : imported.error().toString()));
    QCOMPARE(imported->size(), std::size_t(1));
    const ImportedItem &i = imported->front();
    QCOMPARE(i.sha256, expected);
    QCOMPARE(i.size, size);

    auto out = m_library->exportToFile(i.id, path(QStringLiteral("out.bin")), false);
    QVERIFY2(out.ok(), qPrintable(out ? QString() : out.error().toString()));
    QCOMPARE(QFileInfo(*out).size(), size);
    QCOMPARE(test::fileSha256(*out), expected);
    if (size <= 1) {
        QFile a(file), b(*out);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }
    auto item = m_library->item(i.id);
    QVERIFY(item.ok());
    QCOMPARE(item->title, QStringLiteral("data.bin"));
    QCOMPARE(item->source, QStringLiteral("data.bin"));
    QCOMPARE(item->sourceKind, EvidenceSource::File);
    QCOMPARE(item->reviewState, ReviewState::Draft);
    QCOMPARE(item->created, m_clock->nowUtc());
}

void TestEvidenceLibrary::sameContentIsStoredOnce()
{
    const QString a = path(QStringLiteral("in/a.bin"));
    QVERIFY(writeGenerated(a, ProjectStore::chunkSize + 5, 11));
    QVERIFY(QFile::copy(a, path(QStringLiteral("in/copy-of-a.bin"))));
    QVERIFY(writeGenerated(path(QStringLiteral("in/b.bin")), 1000, 12));

    auto first = m_library->import({{a}, {}, {}, {}, {}});
    QVERIFY(first.ok());
    const Snapshot afterFirst = snapshot();
    QCOMPARE(afterFirst.items, 1);
    QCOMPARE(afterFirst.blobs, 1);
    QCOMPARE(afterFirst.chunks, 2);

    // The same file again: nothing new at all, not even an audit entry.
    auto again = m_library->import({{a}, {}, {}, {}, {}});
    QVERIFY(again.ok());
    QVERIFY(again->front().alreadyInLibrary);
    QCOMPARE(again->front().id, first->front().id);
    QVERIFY(snapshot() == afterFirst);

    // A folder with a copy and one new file: only the new content is added.
    auto folder = m_library->import({{path(QStringLiteral("in"))}, {}, {}, {}, {}});
    QVERIFY(folder.ok());
    QCOMPARE(folder->size(), std::size_t(3));
    int fresh = 0;
    for (const auto &i : *folder)
        fresh += i.alreadyInLibrary ? 0 : 1;
    QCOMPARE(fresh, 1);
    const Snapshot after = snapshot();
    QCOMPARE(after.items, 2);
    QCOMPARE(after.blobs, 2);
    QCOMPARE(after.chunks, 3);
}

void TestEvidenceLibrary::folderImportRecurses()
{
    const QString root = path(QStringLiteral("in/validation"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/metrics/run-1")));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/.git")));
    QVERIFY(writeFile(root + QStringLiteral("/report.md"), "# Report\n"));
    QVERIFY(writeFile(root + QStringLiteral("/metrics/roc.csv"), "fpr,tpr\n0,0\n1,1\n"));
    QVERIFY(writeFile(root + QStringLiteral("/metrics/run-1/train.log"), "epoch 1\n"));
    QVERIFY(writeFile(root + QStringLiteral("/.git/config"), "[core]\n"));
    QVERIFY(writeFile(root + QStringLiteral("/.hidden.txt"), "secret\n"));
    QVERIFY(writeFile(path(QStringLiteral("in/outside.txt")), "linked\n"));
    QVERIFY(QFile::link(path(QStringLiteral("in/outside.txt")), root + QStringLiteral("/link-to-file.txt")));
    QVERIFY(QFile::link(path(QStringLiteral("in")), root + QStringLiteral("/link-to-folder")));
    QVERIFY(::mkfifo(QFile::encodeName(root + QStringLiteral("/pipe")).constData(), 0600) == 0);

    auto imported = m_library->import({{root}, {}, {}, {QStringLiteral("urn:veiviser:ai-act:art-10")}, {}});
    QVERIFY2(imported.ok(), qPrintable(imported ? QString() : imported.error().toString()));
    QStringList sources;
    for (const auto &i : *imported)
        sources << i.source;
    QCOMPARE(sources, (QStringList{QStringLiteral("validation/link-to-file.txt"),
                                   QStringLiteral("validation/metrics/roc.csv"),
                                   QStringLiteral("validation/metrics/run-1/train.log"),
                                   QStringLiteral("validation/report.md")}));
    auto items = m_library->statuses();
    QVERIFY(items.ok());
    QCOMPARE(items->size(), std::size_t(4));
    for (const auto &s : *items)
        QCOMPARE(s.links, QStringList{QStringLiteral("urn:veiviser:ai-act:art-10")});
    QCOMPARE((*items)[2].item.kind, EvidenceKind::Log);
    QCOMPARE((*items)[2].item.title, QStringLiteral("train.log"));
    QCOMPARE((*items)[1].item.mediaType, QStringLiteral("text/csv"));
    // One import is one transaction, and each item and link is its own audit entry.
    QCOMPARE(snapshot().audit, 1 + 4 + 4);
}

void TestEvidenceLibrary::namesInAnyEncoding()
{
    // A name written by an old Windows tool in Latin-1: not valid UTF-8.
    const QByteArray folder = QFile::encodeName(path(QStringLiteral("in/latin1")));
    QVERIFY(::mkdir(folder.constData(), 0700) == 0);
    const QByteArray latin1Name = folder + "/r\xe9sum\xe9.txt";
    const int fd = ::open(latin1Name.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    QVERIFY(fd >= 0);
    QCOMPARE(::write(fd, "CV\n", 3), ssize_t(3));
    ::close(fd);
    QVERIFY(writeFile(path(QStringLiteral("in/latin1/Ærlig – søknad ✓.txt")), "utf8\n"));

    auto imported = m_library->import({{path(QStringLiteral("in/latin1"))}, {}, {}, {}, {}});
    QVERIFY2(imported.ok(), qPrintable(imported ? QString() : imported.error().toString()));
    QCOMPARE(imported->size(), std::size_t(2));
    QStringList titles;
    for (const auto &i : *imported)
        titles << m_library->item(i.id)->title;
    titles.sort();
    QCOMPARE(titles, (QStringList{QStringLiteral("résumé.txt"), QStringLiteral("Ærlig – søknad ✓.txt")}));

    // Named directly, such a file cannot be spelled in UTF-8; the error says what to do.
    const Snapshot before = snapshot();
    auto direct = m_library->import({{QFile::decodeName(latin1Name)}, {}, {}, {}, {}});
    QVERIFY(!direct.ok());
    QCOMPARE(direct.error().kind(), Error::Kind::Input);
    QVERIFY2(direct.error().toString().contains(QStringLiteral("UTF-8")), qPrintable(direct.error().toString()));
    QVERIFY(snapshot() == before);
    // QTemporaryDir cannot name it either, so it goes by its bytes.
    QCOMPARE(::unlink(latin1Name.constData()), 0);
}

void TestEvidenceLibrary::zeroByteFile()
{
    QVERIFY(writeFile(path(QStringLiteral("in/empty.log")), {}));
    auto imported = m_library->import({{path(QStringLiteral("in/empty.log"))}, {}, {}, {}, {}});
    QVERIFY(imported.ok());
    QCOMPARE(imported->front().size, 0);
    QCOMPARE(imported->front().sha256, Sha256::hex({}));
    QVERIFY(imported->front().piiScanned);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QVERIFY(m_library->exportTo(imported->front().id, out).ok());
    QCOMPARE(out.data().size(), 0);
}

void TestEvidenceLibrary::badInputLeavesProjectUnchanged_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("links");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing file") << QStringList{QStringLiteral("in/good.txt"), QStringLiteral("in/missing.txt")}
                                  << QString() << QStringList() << QStringLiteral("does not exist");
    QTest::newRow("nothing given") << QStringList() << QString() << QStringList()
                                   << QStringLiteral("no files or folders");
    QTest::newRow("empty folder") << QStringList{QStringLiteral("in/empty")} << QString() << QStringList()
                                  << QStringLiteral("no files to import");
    QTest::newRow("a pipe") << QStringList{QStringLiteral("in/pipe")} << QString() << QStringList()
                            << QStringLiteral("neither a file nor a folder");
    QTest::newRow("title for several files") << QStringList{QStringLiteral("in")} << QStringLiteral("One title")
                                             << QStringList() << QStringLiteral("one file");
    QTest::newRow("malformed URN") << QStringList{QStringLiteral("in/good.txt")} << QString()
                                   << QStringList{QStringLiteral("urn:veiviser:AI Act:10")}
                                   << QStringLiteral("not a requirement URN");
    QTest::newRow("URN of another scheme") << QStringList{QStringLiteral("in/good.txt")} << QString()
                                           << QStringList{QStringLiteral("urn:isbn:0451450523")}
                                           << QStringLiteral("not a requirement URN");
}

void TestEvidenceLibrary::badInputLeavesProjectUnchanged()
{
    QFETCH(QStringList, paths);
    QFETCH(QString, title);
    QFETCH(QStringList, links);
    QFETCH(QString, message);
    QVERIFY(writeFile(path(QStringLiteral("in/good.txt")), "good\n"));
    QVERIFY(writeFile(path(QStringLiteral("in/good2.txt")), "also good\n"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("in/empty"))));
    QVERIFY(::mkfifo(QFile::encodeName(path(QStringLiteral("in/pipe"))).constData(), 0600) == 0);
    for (QString &p : paths)
        p = path(p);
    const Snapshot before = snapshot();
    auto r = m_library->import({paths, title, {}, links, {}});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), Error::Kind::Input);
    QVERIFY2(r.error().toString().contains(message), qPrintable(r.error().toString()));
    QVERIFY(snapshot() == before);
}

void TestEvidenceLibrary::unreadableFile()
{
    QVERIFY(writeFile(path(QStringLiteral("in/a-readable.txt")), "fine\n"));
    QVERIFY(writeFile(path(QStringLiteral("in/b-locked.txt")), "locked\n"));
    QVERIFY(QFile::setPermissions(path(QStringLiteral("in/b-locked.txt")), QFileDevice::Permissions()));
    if (::geteuid() == 0)
        QVERIFY(setFileCapabilities(false));
    const Snapshot before = snapshot();
    auto r = m_library->import({{path(QStringLiteral("in"))}, {}, {}, {}, {}});
    setFileCapabilities(true);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().toString().contains(QStringLiteral("cannot read")), qPrintable(r.error().toString()));
    QVERIFY2(r.error().toString().contains(QStringLiteral("b-locked.txt")), qPrintable(r.error().toString()));
    QVERIFY(snapshot() == before);
}

void TestEvidenceLibrary::vanishedFile()
{
    QVERIFY(writeFile(path(QStringLiteral("in/a.txt")), "first\n"));
    QVERIFY(writeFile(path(QStringLiteral("in/b.txt")), "second\n"));
    const Snapshot before = snapshot();
    // The folder is listed first; b.txt disappears while a.txt is being imported.
    bool removed = false;
    auto r = m_library->import({{path(QStringLiteral("in"))}, {}, {}, {}, {}}, nullptr,
                               [&](qint64, qint64, const QString &label) {
                                   if (!removed && label.endsWith(QStringLiteral("a.txt")))
                                       removed = QFile::remove(path(QStringLiteral("in/b.txt")));
                               });
    QVERIFY(removed);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().toString().contains(QStringLiteral("vanished")), qPrintable(r.error().toString()));
    QVERIFY(snapshot() == before);
}

namespace {
volatile std::sig_atomic_t g_alarmFired = 0;
void onAlarm(int) { g_alarmFired = 1; }
} // namespace

void TestEvidenceLibrary::fifoSwappedInAfterTheWalk()
{
    QVERIFY(writeFile(path(QStringLiteral("in/a.txt")), "first\n"));
    QVERIFY(writeFile(path(QStringLiteral("in/b.txt")), "second\n"));
    const Snapshot before = snapshot();
    // The timeout guard: an alarm without SA_RESTART interrupts a blocking open() of the FIFO, so a hang fails
    // the test instead of blocking it (and the write transaction) forever.
    struct sigaction action {};
    action.sa_handler = onAlarm;
    struct sigaction previous {};
    QCOMPARE(::sigaction(SIGALRM, &action, &previous), 0);
    auto restore = qScopeGuard([&] {
        ::alarm(0);
        ::sigaction(SIGALRM, &previous, nullptr);
    });
    g_alarmFired = 0;
    // The folder is listed first; b.txt becomes a FIFO while a.txt is being imported.
    bool swapped = false;
    ::alarm(10);
    auto r = m_library->import({{path(QStringLiteral("in"))}, {}, {}, {}, {}}, nullptr,
                               [&](qint64, qint64, const QString &label) {
                                   if (!swapped && label.endsWith(QStringLiteral("a.txt")))
                                       swapped = QFile::remove(path(QStringLiteral("in/b.txt")))
                                                 && ::mkfifo(QFile::encodeName(path(QStringLiteral("in/b.txt"))).constData(), 0600) == 0;
                               });
    ::alarm(0);
    QVERIFY(swapped);
    QVERIFY2(!g_alarmFired, "the import blocked on the FIFO");
    QVERIFY(!r.ok());
    QVERIFY2(r.error().toString().contains(QStringLiteral("not a regular file")), qPrintable(r.error().toString()));
    QVERIFY(snapshot() == before);
    // The transaction was given up: another writer gets in at once.
    QVERIFY(writeFile(path(QStringLiteral("later.txt")), "later\n"));
    QVERIFY(m_library->import({{path(QStringLiteral("later.txt"))}, {}, {}, {}, {}}).ok());
}

void TestEvidenceLibrary::fileChangedDuringImport()
{
    const QString file = path(QStringLiteral("in/growing.log"));
    QVERIFY(writeGenerated(file, 3 * ProjectStore::chunkSize, 5));
    const Snapshot before = snapshot();
    bool appended = false;
    auto r = m_library->import({{file}, {}, {}, {}, {}}, nullptr, [&](qint64 done, qint64, const QString &) {
        if (done == 0) {
            QThread::msleep(150); // let the next report through the progress rate limit
        } else if (!appended) {
            QFile f(file);
            appended = f.open(QIODevice::Append) && f.write("more\n") == 5;
        }
    });
    QVERIFY(appended);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().toString().contains(QStringLiteral("changed while")), qPrintable(r.error().toString()));
    QVERIFY(snapshot() == before);
}

void TestEvidenceLibrary::cancelledHalfwayLeavesNoTrace()
{
    QVERIFY(writeGenerated(path(QStringLiteral("in/a.bin")), 1000, 1));
    QVERIFY(writeGenerated(path(QStringLiteral("in/b.bin")), 4 * ProjectStore::chunkSize, 2));
    const Snapshot before = snapshot();
    CancellationToken cancel;
    qint64 cancelledAt = 0;
    qint64 total = 0;
    auto r = m_library->import({{path(QStringLiteral("in"))}, {}, {}, {}, {}}, &cancel,
                               [&](qint64 done, qint64 all, const QString &label) {
                                   total = all;
                                   if (label.endsWith(QStringLiteral("b.bin")) && done == 1000)
                                       QThread::msleep(150);
                                   else if (done > 1000 && !cancel.isCancelled()) {
                                       cancelledAt = done;
                                       cancel.cancel();
                                   }
                               });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), Error::Kind::Cancelled);
    QVERIFY(cancelledAt > 1000 && cancelledAt < total); // halfway: the first file and part of the second were in
    QVERIFY(snapshot() == before);
    QVERIFY(m_store->verifyAudit()->intact);
}

void TestEvidenceLibrary::fullDisk()
{
    // A file-size limit makes the project's writes fail as a full disk would, without needing a small disk.
    const QString file = path(QStringLiteral("in/big.bin"));
    QVERIFY(writeGenerated(file, 6 * ProjectStore::chunkSize, 9));
    const Snapshot before = snapshot();
    struct rlimit old {};
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &old) == 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limited = old;
    limited.rlim_cur = 8 << 20;
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
    auto r = m_library->import({{file}, {}, {}, {}, {}});
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &old) == 0);
    std::signal(SIGXFSZ, oldHandler);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), Error::Kind::Runtime);
    QVERIFY2(r.error().toString().contains(QStringLiteral("disk is full")), qPrintable(r.error().toString()));
    QVERIFY2(r.error().toString().contains(QStringLiteral("big.bin")), qPrintable(r.error().toString()));

    // A fresh connection sees the project as it was, and it still takes imports.
    const QString location = m_store->location();
    m_library.reset();
    m_store.reset();
    StoreOptions options;
    options.clock = m_clock.get();
    auto reopened = ProjectStore::open(location, options);
    QVERIFY(reopened.ok());
    m_store = std::move(*reopened);
    m_library = std::make_unique<EvidenceLibrary>(*m_store);
    const Snapshot after = snapshot();
    QCOMPARE(after.items, before.items);
    QCOMPARE(after.blobs, before.blobs);
    QCOMPARE(after.chunks, before.chunks);
    QCOMPARE(after.audit, before.audit);
    QVERIFY(m_store->verifyAudit()->intact);
    QVERIFY(m_library->import({{file}, {}, {}, {}, {}}).ok());
}

void TestEvidenceLibrary::progressCoversAllBytes()
{
    QVERIFY(writeGenerated(path(QStringLiteral("in/a.bin")), 2 * ProjectStore::chunkSize + 3, 1));
    QVERIFY(writeGenerated(path(QStringLiteral("in/b.bin")), 10, 2));
    qint64 last = -1, total = -1;
    bool monotonic = true;
    auto r = m_library->import({{path(QStringLiteral("in"))}, {}, {}, {}, {}}, nullptr,
                               [&](qint64 done, qint64 all, const QString &) {
                                   monotonic = monotonic && done >= last;
                                   last = done;
                                   total = all;
                               });
    QVERIFY(r.ok());
    QVERIFY(monotonic);
    QCOMPARE(total, 2 * ProjectStore::chunkSize + 13);
    QCOMPARE(last, total);
}

void TestEvidenceLibrary::metadataEditsAreAudited()
{
    QVERIFY(writeFile(path(QStringLiteral("in/dpia.md")), "# DPIA\n"));
    auto imported = m_library->import({{path(QStringLiteral("in/dpia.md"))}, QStringLiteral("DPIA v1"),
                                       EvidenceKind::RiskAnalysis, {}, {}});
    QVERIFY(imported.ok());
    const qint64 id = imported->front().id;
    auto item = m_library->item(id);
    QCOMPARE(item->title, QStringLiteral("DPIA v1"));
    QCOMPARE(item->kind, EvidenceKind::RiskAnalysis);
    const qint64 seq = snapshot().audit;

    m_clock->advance(60000);
    EvidenceItem e = *item;
    e.title = QStringLiteral("DPIA, sepsis model");
    e.description = QStringLiteral("Assessment under GDPR art. 35");
    e.author = QStringLiteral("Kari Nordmann");
    e.reviewer = QStringLiteral("Ola Nordmann");
    e.effectiveDate = QDate(2025, 1, 15);
    e.expiryDate = QDate(2026, 1, 15);
    e.systemVersion = QStringLiteral("2.0");
    e.reviewState = ReviewState::Approved;
    auto changed = m_library->update(e);
    QVERIFY2(changed.ok(), qPrintable(changed ? QString() : changed.error().toString()));
    QVERIFY(*changed);

    auto stored = m_library->item(id);
    QCOMPARE(stored->title, e.title);
    QCOMPARE(stored->description, e.description);
    QCOMPARE(stored->reviewer, e.reviewer);
    QCOMPARE(stored->effectiveDate, e.effectiveDate);
    QCOMPARE(stored->expiryDate, e.expiryDate);
    QCOMPARE(stored->reviewState, ReviewState::Approved);
    QCOMPARE(stored->modified, m_clock->nowUtc());
    QCOMPARE(stored->created, item->created);

    const auto entries = auditSince(seq + 1);
    QCOMPARE(entries.size(), std::size_t(1));
    QCOMPARE(entries[0].action, QStringLiteral("evidence.update"));
    QCOMPARE(entries[0].actor, QStringLiteral("tester"));
    auto payload = parseJson(entries[0].payload.toUtf8(), QStringLiteral("audit"));
    QVERIFY(payload.ok());
    VV_COMPARE_JSON((*payload)["id"], id);
    VV_COMPARE_JSON((*payload)["changed"],
                    (Json{{"title", "DPIA, sepsis model"}, {"description", "Assessment under GDPR art. 35"},
                          {"author", "Kari Nordmann"}, {"reviewer", "Ola Nordmann"}, {"effective_date", "2025-01-15"},
                          {"expiry_date", "2026-01-15"}, {"system_version", "2.0"}, {"review_state", "approved"}}));

    // Saving the same values again changes nothing and records nothing.
    auto again = m_library->update(*stored);
    QVERIFY(again.ok());
    QVERIFY(!*again);
    QCOMPARE(snapshot().audit, seq + 1);

    // Clearing a date is a change too.
    EvidenceItem cleared = *stored;
    cleared.expiryDate = QDate();
    QVERIFY(*m_library->update(cleared));
    payload = parseJson(auditSince(seq + 2).front().payload.toUtf8(), QStringLiteral("audit"));
    VV_COMPARE_JSON((*payload)["changed"], (Json{{"expiry_date", nullptr}}));
    QVERIFY(m_store->verifyAudit()->intact);
}

void TestEvidenceLibrary::metadataRules_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("effective");
    QTest::addColumn<QDate>("expiry");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("reviewer");
    QTest::addColumn<QString>("message");
    const int approved = static_cast<int>(ReviewState::Approved);
    const int draft = static_cast<int>(ReviewState::Draft);
    QTest::newRow("empty title") << QStringLiteral("  ") << QDate() << QDate() << draft << QString()
                                 << QStringLiteral("needs a title");
    QTest::newRow("too long title") << QString(501, QLatin1Char('x')) << QDate() << QDate() << draft << QString()
                                    << QStringLiteral("longer than");
    QTest::newRow("expiry before effective") << QStringLiteral("t") << QDate(2025, 5, 1) << QDate(2025, 4, 30)
                                             << draft << QString() << QStringLiteral("before the effective date");
    QTest::newRow("approved without reviewer") << QStringLiteral("t") << QDate() << QDate() << approved << QString()
                                               << QStringLiteral("reviewer");
}

void TestEvidenceLibrary::metadataRules()
{
    QFETCH(QString, title);
    QFETCH(QDate, effective);
    QFETCH(QDate, expiry);
    QFETCH(int, state);
    QFETCH(QString, reviewer);
    QFETCH(QString, message);
    QVERIFY(writeFile(path(QStringLiteral("in/x.txt")), "x\n"));
    auto imported = m_library->import({{path(QStringLiteral("in/x.txt"))}, {}, {}, {}, {}});
    QVERIFY(imported.ok());
    EvidenceItem e = *m_library->item(imported->front().id);
    e.title = title;
    e.effectiveDate = effective;
    e.expiryDate = expiry;
    e.reviewState = static_cast<ReviewState>(state);
    e.reviewer = reviewer;
    const Snapshot before = snapshot();
    auto r = m_library->update(e);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().toString().contains(message), qPrintable(r.error().toString()));
    QVERIFY(snapshot() == before);
}

void TestEvidenceLibrary::linksAreAuditedAndChecked()
{
    QVERIFY(writeFile(path(QStringLiteral("in/x.txt")), "x\n"));
    EvidenceLibrary library(*m_store, std::make_shared<FakeCatalog>());
    auto imported = library.import({{path(QStringLiteral("in/x.txt"))}, {}, {}, {}, {}});
    QVERIFY(imported.ok());
    const qint64 id = imported->front().id;
    const qint64 seq = snapshot().audit;
    const QString art10 = FakeCatalog::known()[0], hdir = FakeCatalog::known()[3];

    QVERIFY(*library.link(id, art10));
    QVERIFY(*library.link(id, hdir));
    QVERIFY(!*library.link(id, art10)); // already linked: no change, no entry
    QCOMPARE(*library.requirementsFor(id), (QStringList{art10, hdir}));
    QVERIFY(*library.unlink(id, art10));
    QVERIFY(!*library.unlink(id, art10));
    QCOMPARE(*library.requirementsFor(id), QStringList{hdir});

    const auto entries = auditSince(seq + 1);
    QStringList actions;
    for (const auto &e : entries)
        actions << e.action + QLatin1Char(' ') + e.payload;
    QCOMPARE(actions, (QStringList{
                          QStringLiteral("evidence.link {\"id\":%1,\"urn\":\"%2\"}").arg(id).arg(art10),
                          QStringLiteral("evidence.link {\"id\":%1,\"urn\":\"%2\"}").arg(id).arg(hdir),
                          QStringLiteral("evidence.unlink {\"id\":%1,\"urn\":\"%2\"}").arg(id).arg(art10),
                      }));

    const Snapshot before = snapshot();
    auto unknown = library.link(id, QStringLiteral("urn:veiviser:ai-act:art-99"));
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().toString().contains(QStringLiteral("no requirement")));
    auto malformed = library.link(id, QStringLiteral("urn:veiviser:ai-act"));
    QVERIFY(!malformed.ok());
    QVERIFY(malformed.error().toString().contains(QStringLiteral("not a requirement URN")));
    auto noItem = library.link(999, art10);
    QVERIFY(!noItem.ok());
    QVERIFY(noItem.error().toString().contains(QStringLiteral("no evidence item 999")));
    QVERIFY(snapshot() == before);

    // Without the guidance library, any well-formed URN is accepted.
    QVERIFY(*m_library->link(id, QStringLiteral("urn:veiviser:ai-act:art-99")));
    for (const char *good : {"urn:veiviser:ai-act:art-10", "urn:veiviser:mdr:annex-i-17-2", "urn:veiviser:x:y.1-2"})
        QVERIFY2(isRequirementUrn(QString::fromLatin1(good)), good);
    for (const char *bad : {"", "urn:veiviser:ai-act:", "urn:veiviser::art-10", "URN:veiviser:ai-act:art-10",
                            "urn:veiviser:ai-act:art-10:x", "urn:veiviser:ai act:art-10", "urn:veiviser:ai-act:-art",
                            "urn:veiviser:ai-act:art-10 "})
        QVERIFY2(!isRequirementUrn(QString::fromLatin1(bad)), bad);
}

void TestEvidenceLibrary::crosswalkReuseIsVisible()
{
    EvidenceLibrary library(*m_store, std::make_shared<FakeCatalog>());
    QVERIFY(writeFile(path(QStringLiteral("in/datasheet.md")), "data\n"));
    QVERIFY(writeFile(path(QStringLiteral("in/dpia.md")), "dpia\n"));
    auto a = library.import({{path(QStringLiteral("in/datasheet.md"))}, {}, {}, {FakeCatalog::known()[0]}, {}});
    auto b = library.import({{path(QStringLiteral("in/dpia.md"))}, {}, {}, {FakeCatalog::known()[1]}, {}});
    QVERIFY(a.ok() && b.ok());
    const qint64 ida = a->front().id, idb = b->front().id;

    QCOMPARE(*library.crosswalkReuse(ida), (QStringList{FakeCatalog::known()[1], FakeCatalog::known()[2]}));
    auto forMdr = library.evidenceFor(FakeCatalog::known()[2]);
    QVERIFY(forMdr.ok());
    QCOMPARE(forMdr->size(), std::size_t(2));
    QCOMPARE((*forMdr)[0].item.id, ida);
    QCOMPARE((*forMdr)[0].viaCrosswalk, FakeCatalog::known()[0]);
    QCOMPARE((*forMdr)[1].item.id, idb);
    QCOMPARE((*forMdr)[1].viaCrosswalk, FakeCatalog::known()[1]);
    auto direct = library.evidenceFor(FakeCatalog::known()[0], false);
    QCOMPARE(direct->size(), std::size_t(1));
    QVERIFY(direct->front().viaCrosswalk.isEmpty());
}

void TestEvidenceLibrary::piiGuardFlagsAndClears()
{
    const QByteArray fnr = test::identityNumber(12, 3, 84, 123);
    const QByteArray dnr = test::identityNumber(52, 7, 91, 400);
    QByteArray wrong = fnr;
    wrong[10] = static_cast<char>('0' + (wrong[10] - '0' + 1) % 10);
    QVERIFY(writeFile(path(QStringLiteral("in/predictions.csv")),
                      "id,patient,score\n1," + fnr + ",0.91\n2," + wrong + ",0.12\n3,12345678901,0.5\n4," + dnr
                          + ",0.77\n"));
    QVERIFY(writeFile(path(QStringLiteral("in/clean.csv")), "id,score\n1,0.91\n2,0.1234567890123\n"));
    QVERIFY(writeGenerated(path(QStringLiteral("in/image.png")), 5000, 3));

    auto imported = m_library->import({{path(QStringLiteral("in"))}, {}, {}, {}, {}});
    QVERIFY(imported.ok());
    QCOMPARE(imported->size(), std::size_t(3));
    const ImportedItem &clean = (*imported)[0], &png = (*imported)[1], &flagged = (*imported)[2];
    QCOMPARE(flagged.source, QStringLiteral("in/predictions.csv"));
    QVERIFY(flagged.piiScanned);
    QCOMPARE(flagged.piiFindings, 2);
    QVERIFY(clean.piiScanned);
    QCOMPARE(clean.piiFindings, 0);
    QVERIFY(!png.piiScanned); // binary content is not read for identity numbers

    auto item = m_library->item(flagged.id);
    VV_COMPARE_JSON(item->piiReport["lines"], Json::array({2, 5}));
    VV_COMPARE_JSON(item->piiReport["by_type"]["fodselsnummer"], 1);
    VV_COMPARE_JSON(item->piiReport["by_type"]["d_number"], 1);
    QVERIFY(EvidenceLibrary::isPiiFlagged(*item));
    QVERIFY(!*m_library->isClearedForPackage(flagged.id));
    QVERIFY(*m_library->isClearedForPackage(clean.id));
    QVERIFY(*m_library->isClearedForPackage(png.id));

    const Snapshot before = snapshot();
    QVERIFY(!m_library->confirmPii(flagged.id, QStringLiteral("   ")).ok());
    auto notFlagged = m_library->confirmPii(clean.id, QStringLiteral("fine"));
    QVERIFY(!notFlagged.ok());
    QVERIFY(notFlagged.error().toString().contains(QStringLiteral("nothing to confirm")));
    QVERIFY(snapshot() == before);

    const QString reason = QStringLiteral("Synthetic test persons from Skatteetaten's Tenor; approved by the DPO");
    QVERIFY(m_library->confirmPii(flagged.id, reason).ok());
    QVERIFY(*m_library->isClearedForPackage(flagged.id));
    item = m_library->item(flagged.id);
    QCOMPARE(item->piiClearedBy, QStringLiteral("tester"));
    QCOMPARE(item->piiClearedAt, m_clock->nowUtc());
    QCOMPARE(item->piiClearReason, reason);
    const auto last = auditSince(before.audit + 1);
    QCOMPARE(last.size(), std::size_t(1));
    QCOMPARE(last[0].action, QStringLiteral("evidence.pii_confirm"));
    auto payload = parseJson(last[0].payload.toUtf8(), QStringLiteral("audit"));
    VV_COMPARE_JSON(*payload, (Json{{"id", flagged.id}, {"pii_findings", 2}, {"reason", toStd(reason)}}));
}

void TestEvidenceLibrary::piiNeverInAuditLog()
{
    const QByteArray fnr = test::identityNumber(12, 3, 84, 123);
    const QString named = QStringLiteral("in/journal_%1.txt").arg(QString::fromLatin1(fnr));
    QVERIFY(writeFile(path(named), "Pasient " + fnr + "\n"));
    auto imported = m_library->import({{path(named)}, {}, {}, {}, {}});
    QVERIFY(imported.ok());
    const qint64 id = imported->front().id;
    QCOMPARE(imported->front().piiFindings, 2); // once in the text, once in the name
    auto item = m_library->item(id);
    VV_COMPARE_JSON(item->piiReport["in_name"], 1);
    EvidenceItem e = *item;
    e.description = QStringLiteral("Concerns %1").arg(QString::fromLatin1(fnr));
    QVERIFY(m_library->update(e).ok());
    QVERIFY(m_library->confirmPii(id, QStringLiteral("Needed for %1's case").arg(QString::fromLatin1(fnr))).ok());

    const auto entries = auditSince(1);
    QVERIFY(entries.size() >= 4);
    for (const auto &entry : entries) {
        QVERIFY2(!entry.payload.contains(QString::fromLatin1(fnr)), qPrintable(entry.payload));
        QVERIFY2(!entry.payload.contains(QString::fromLatin1(fnr.left(6))), qPrintable(entry.payload));
    }
    QVERIFY(entries[1].payload.contains(QStringLiteral("journal_•••••••••••.txt")));
}

void TestEvidenceLibrary::stalenessFollowsClockAndVersion()
{
    QVERIFY(writeFile(path(QStringLiteral("in/a.txt")), "a\n"));
    auto imported = m_library->import({{path(QStringLiteral("in/a.txt"))}, {}, {}, {}, {}});
    QVERIFY(imported.ok());
    EvidenceItem e = *m_library->item(imported->front().id);
    QVERIFY(!m_library->staleness(e).isStale());

    e.expiryDate = QDate(2025, 6, 1); // today: still valid
    QVERIFY(m_library->update(e).ok());
    QVERIFY(!m_library->staleness(*m_library->item(e.id)).expired);
    QVERIFY(m_library->staleItems()->empty());
    m_clock->advance(24 * 3600 * 1000);
    QVERIFY(m_library->staleness(*m_library->item(e.id)).expired);
    QCOMPARE(m_library->staleItems()->size(), std::size_t(1));

    const QString project = QStringLiteral("2.0");
    struct Case {
        const char *concerns;
        bool older;
    };
    for (const Case &c : {Case{"1.9", true}, Case{"2.0", false}, Case{"2.0.0", false}, Case{"2", false},
                          Case{"10.0", false}, Case{"1.10.3", true}, Case{"", false}, Case{"v-next", false},
                          Case{"2.0-rc1", false}, Case{"1.99-beta", true}}) {
        EvidenceItem x = e;
        x.systemVersion = QString::fromLatin1(c.concerns);
        QVERIFY2(stalenessOf(x, project, QDate(2025, 1, 1)).olderSystemVersion == c.older, c.concerns);
    }
    QVERIFY(stalenessOf(e, QStringLiteral("2.10"), QDate()).olderSystemVersion == false);
    e = *m_library->item(e.id);
    e.systemVersion = QStringLiteral("1.4");
    e.expiryDate = QDate();
    QVERIFY(m_library->update(e).ok());
    auto stale = m_library->staleItems();
    QCOMPARE(stale->size(), std::size_t(1));
    QVERIFY(stale->front().staleness.olderSystemVersion);
    QVERIFY(!stale->front().staleness.expired);
    QVERIFY(m_store->updateProject(QStringLiteral("Evidence"), QStringLiteral("1.4"), ProjectRole::Provider).ok());
    QVERIFY(m_library->staleItems()->empty());
}

void TestEvidenceLibrary::removeAndPurge()
{
    QVERIFY(writeFile(path(QStringLiteral("in/a.txt")), "same\n"));
    QVERIFY(writeFile(path(QStringLiteral("in/b.txt")), "other\n"));
    auto a = m_library->import({{path(QStringLiteral("in/a.txt"))}, {}, {}, {QStringLiteral("urn:veiviser:x:y")}, {}});
    auto b = m_library->import({{path(QStringLiteral("in/b.txt"))}, {}, {}, {}, {}});
    QVERIFY(a.ok() && b.ok());
    QVERIFY(m_library->remove(a->front().id, false).ok());
    Snapshot s = snapshot();
    QCOMPARE(s.items, 1);
    QCOMPARE(s.links, 0);
    QCOMPARE(s.blobs, 2); // kept without --purge
    QVERIFY(m_library->remove(b->front().id, true).ok());
    s = snapshot();
    QCOMPARE(s.items, 0);
    QCOMPARE(s.blobs, 1);
    QVERIFY(!m_store->findBlob(b->front().sha256)->has_value());
    const auto entries = auditSince(s.audit - 1);
    QCOMPARE(entries[0].action, QStringLiteral("evidence.remove"));
    QCOMPARE(entries[1].action, QStringLiteral("evidence.remove"));
    QVERIFY(entries[1].payload.contains(QStringLiteral("\"purge_content\":true")));
    QVERIFY(!m_library->remove(b->front().id, false).ok());
}

void TestEvidenceLibrary::exportRefusesToOverwrite()
{
    QVERIFY(writeFile(path(QStringLiteral("in/a.txt")), "content\n"));
    auto a = m_library->import({{path(QStringLiteral("in/a.txt"))}, {}, {}, {}, {}});
    QVERIFY(a.ok());
    QVERIFY(writeFile(path(QStringLiteral("existing.txt")), "keep me\n"));
    auto r = m_library->exportToFile(a->front().id, path(QStringLiteral("existing.txt")), false);
    QVERIFY(!r.ok());
    QVERIFY(r.error().toString().contains(QStringLiteral("exists already")));
    QFile keep(path(QStringLiteral("existing.txt")));
    QVERIFY(keep.open(QIODevice::ReadOnly));
    QCOMPARE(keep.readAll(), QByteArray("keep me\n"));
    // Into a folder: under the item's own name.
    QVERIFY(QDir().mkpath(path(QStringLiteral("out"))));
    auto intoFolder = m_library->exportToFile(a->front().id, path(QStringLiteral("out")), false);
    QVERIFY(intoFolder.ok());
    QCOMPARE(*intoFolder, path(QStringLiteral("out/a.txt")));
    QVERIFY(m_library->exportToFile(a->front().id, path(QStringLiteral("existing.txt")), true).ok());
    QCOMPARE(test::fileSha256(path(QStringLiteral("existing.txt"))), test::fileSha256(path(QStringLiteral("in/a.txt"))));
    auto missing = m_library->exportToFile(a->front().id, path(QStringLiteral("no/such/folder/x")), false);
    QVERIFY(!missing.ok());
    // A Veiviser project is never replaced, even when replacing is allowed: not the library's own project.
    const QString project = m_store->location();
    const QString sha = test::fileSha256(project);
    auto own = m_library->exportToFile(a->front().id, project, true);
    QVERIFY(!own.ok());
    QVERIFY2(own.error().toString().contains(QStringLiteral("Veiviser project")), qPrintable(own.error().toString()));
    QCOMPARE(test::fileSha256(project), sha);
}

QTEST_GUILESS_MAIN(TestEvidenceLibrary)
#include "tst_evidencelibrary.moc"
