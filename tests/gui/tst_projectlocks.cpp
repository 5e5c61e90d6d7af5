// The GUI and the CLI on one project at once (issue 27): a process that has a project open never drops the locks
// SQLite holds on it, and a CLI run next to it can neither delete nor reset the files the GUI still writes to.

#include "EvidenceFixture.h"
#include "TestSupport.h"

#include "evidence/EvidenceLibrary.h"
#include "store/ProjectFilePin.h"
#include "store/ProjectStore.h"
#include "ui/FileDialogs.h"

#include <QAbstractItemView>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace vv;

namespace {

/// This process's POSIX (classic fcntl) locks on the file at path, from /proc/locks: the locks SQLite takes.
/// Reading /proc/locks does not touch the file, so counting cannot itself drop a lock.
int posixLocksHeld(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pid = QByteArray::number(qint64(::getpid()));
    const QByteArray inode = ':' + QByteArray::number(qulonglong(st.st_ino));
    int n = 0;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        // "1: POSIX  ADVISORY  READ 1234 08:01:5678 1073741826 1073742335"
        if (f.size() >= 6 && f[1] == "POSIX" && f[4] == pid && f[5].endsWith(inode))
            ++n;
    }
    return n;
}

int locksOnProject(const QString &path)
{
    return posixLocksHeld(path) + posixLocksHeld(path + QStringLiteral("-shm"));
}

void waitUntilListed(QFileDialog &dialog, const QString &folder)
{
    auto *model = dialog.findChild<QFileSystemModel *>();
    QVERIFY(model);
    QSignalSpy loaded(model, &QFileSystemModel::directoryLoaded);
    dialog.setDirectory(folder);
    dialog.show();
    QVERIFY(loaded.count() > 0 || loaded.wait(10000));
    // Icons and types are gathered on the model's own thread after the listing.
    QTest::qWait(1500);
}

// After everything is closed: `audit verify` (integrity, chain, replay) passes, and the project as it reads back.
ProjectInfo closedProjectAfterVerify(const QString &path)
{
    const auto verify = test::runCli({QStringLiteral("audit"), QStringLiteral("verify"), path});
    [&] { QVERIFY2(verify.exitCode == 0, QByteArray(verify.out + verify.err).constData()); }();
    auto reopened = ProjectStore::open(path, ProjectStore::Options::readOnly());
    [&] { QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().toString())); }();
    if (!reopened)
        return {};
    auto info = (*reopened)->info();
    [&] { QVERIFY(info); }();
    return info ? *info : ProjectInfo{};
}

} // namespace

class TestProjectLocks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void workerConnectionAndImportKeepLocks();
    void fileDialogsKeepLocks();
    void qtDialogWithoutPolicyWouldDropThem();
    void strayCloseLetsNoCliDeleteTheWal();
    void cliSeesTheProjectOpenElsewhere();
    void guiAndCliTogetherLoseNothing();
    void importSkipsTheOpenProject();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<ProjectStore> m_store;
};

void TestProjectLocks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("P.veiviser"));
    auto store = ProjectStore::create(m_path, {QStringLiteral("Locks"), QStringLiteral("1.0"), ProjectRole::Deployer});
    QVERIFY2(store, store ? "" : qPrintable(store.error().toString()));
    m_store = std::move(*store);
    QVERIFY(m_store->updateProject(QStringLiteral("Locks"), QStringLiteral("1.1"), ProjectRole::Deployer));
    QVERIFY(QFile::exists(m_path + QStringLiteral("-wal")));
}

void TestProjectLocks::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestProjectLocks::workerConnectionAndImportKeepLocks()
{
    const int before = locksOnProject(m_path);
    QVERIFY2(before >= 1, "an open WAL project holds at least its shared-memory lock");
    {
        // The GUI's import: a second connection on a worker, opened and closed while the first stays open.
        auto worker = m_store->reopen();
        QVERIFY2(worker, worker ? "" : qPrintable(worker.error().toString()));
        auto imported = test::importTextEvidence(**worker, m_dir->filePath(QStringLiteral("dpia.txt")), "DPIA\n");
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().toString()));
    }
    QCOMPARE(locksOnProject(m_path), before);
}

void TestProjectLocks::fileDialogsKeepLocks()
{
    const int before = locksOnProject(m_path);
    QFileDialog dialog;
    ui::FileDialogs::makeSafe(dialog);
    VV_HELPER(waitUntilListed(dialog, m_dir->path()));
    QCOMPARE(locksOnProject(m_path), before);
    // The companion files are not offered at all.
    auto *view = dialog.findChild<QAbstractItemView *>(QStringLiteral("listView"));
    QVERIFY(view);
    QStringList shown;
    for (int row = 0; row < view->model()->rowCount(view->rootIndex()); ++row)
        shown << view->model()->index(row, 0, view->rootIndex()).data().toString();
    QVERIFY2(shown.contains(QStringLiteral("P.veiviser")), qPrintable(shown.join(QLatin1Char(','))));
    QVERIFY2(!shown.contains(QStringLiteral("P.veiviser-wal")), qPrintable(shown.join(QLatin1Char(','))));
    QVERIFY2(!shown.contains(QStringLiteral("P.veiviser-shm")), qPrintable(shown.join(QLatin1Char(','))));
}

// The cause, kept as a test so that the two above are known to be able to fail: Qt's dialog left to itself reads
// the files to find their type, and each close drops the locks.
void TestProjectLocks::qtDialogWithoutPolicyWouldDropThem()
{
    const int before = locksOnProject(m_path);
    QFileDialog dialog;
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    VV_HELPER(waitUntilListed(dialog, m_dir->path()));
    QVERIFY2(locksOnProject(m_path) < before, "Qt's dialog no longer reads files; ui::FileDialogs may be simpler");
}

// The second line of defence: even when something in this process drops SQLite's locks, the pin's own locks keep
// a CLI run from checkpointing and deleting the -wal and -shm files that this process still writes to.
void TestProjectLocks::strayCloseLetsNoCliDeleteTheWal()
{
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY);
    QVERIFY(fd >= 0);
    ::close(fd);
    const int shm = ::open(QFile::encodeName(m_path + QStringLiteral("-shm")).constData(), O_RDONLY);
    QVERIFY(shm >= 0);
    ::close(shm);
    QCOMPARE(locksOnProject(m_path), 0);

    const auto info = test::runCli({QStringLiteral("project"), QStringLiteral("info"), m_path});
    QVERIFY2(info.exitCode == 0, info.err.constData());
    QVERIFY2(QFile::exists(m_path + QStringLiteral("-wal")), "the CLI removed the -wal file of a project open here");
    QVERIFY(QFile::exists(m_path + QStringLiteral("-shm")));

    for (int i = 0; i < 20; ++i)
        QVERIFY(m_store->updateProject(QStringLiteral("Locks"), QStringLiteral("2.%1").arg(i), ProjectRole::Deployer));
    auto entries = m_store->info();
    QVERIFY(entries);
    const qint64 written = entries->counts.value(QStringLiteral("audit_entries"));
    m_store.reset();

    const auto after = closedProjectAfterVerify(m_path);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(after.counts.value(QStringLiteral("audit_entries")), written);
    QCOMPARE(after.systemVersion, QStringLiteral("2.19"));
}

void TestProjectLocks::cliSeesTheProjectOpenElsewhere()
{
    const auto info = test::runCli({QStringLiteral("--json"), QStringLiteral("project"), QStringLiteral("info"), m_path});
    QVERIFY2(info.exitCode == 0, info.err.constData());
    const auto doc = nlohmann::json::parse(info.out.toStdString());
    QCOMPARE(doc.value("open_elsewhere", false), true);
    m_store.reset();
    const auto alone = test::runCli({QStringLiteral("--json"), QStringLiteral("project"), QStringLiteral("info"), m_path});
    QVERIFY2(alone.exitCode == 0, alone.err.constData());
    QCOMPARE(nlohmann::json::parse(alone.out.toStdString()).value("open_elsewhere", true), false);
}

// One process writes and imports in a loop (as the GUI does, on a worker connection) while another runs reading
// commands in a loop; afterwards the file is intact and every write is there.
void TestProjectLocks::guiAndCliTogetherLoseNothing()
{
    QProcess reader;
    reader.setProgram(QStringLiteral("/bin/sh"));
    reader.setArguments({QStringLiteral("-c"),
                         QStringLiteral("i=0; while [ $i -lt 40 ]; do \"$0\" project info \"$1\" >/dev/null || exit 1; "
                                        "\"$0\" audit log \"$1\" >/dev/null 2>&1; i=$((i+1)); done"),
                         test::cliPath(), m_path});
    reader.start();
    QVERIFY(reader.waitForStarted());
    int writes = 0;
    QElapsedTimer clock;
    clock.start();
    while (reader.state() == QProcess::Running && clock.elapsed() < 120000) {
        QVERIFY(m_store->updateProject(QStringLiteral("Locks"), QStringLiteral("3.%1").arg(writes), ProjectRole::Deployer));
        ++writes;
        if (writes % 10 == 0) {
            auto worker = m_store->reopen();
            QVERIFY2(worker, worker ? "" : qPrintable(worker.error().toString()));
            auto imported = test::importTextEvidence(**worker, m_dir->filePath(QStringLiteral("run-%1.txt").arg(writes)),
                                                     QByteArray::number(writes));
            QVERIFY2(imported, imported ? "" : qPrintable(imported.error().toString()));
        }
        QCoreApplication::processEvents();
    }
    if (reader.state() != QProcess::NotRunning)
        QVERIFY(reader.waitForFinished(120000));
    QCOMPARE(reader.exitCode(), 0);
    QVERIFY(writes > 0);
    auto info = m_store->info();
    QVERIFY(info);
    const qint64 entries = info->counts.value(QStringLiteral("audit_entries"));
    m_store.reset();

    const auto after = closedProjectAfterVerify(m_path);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(after.counts.value(QStringLiteral("audit_entries")), entries);
    QCOMPARE(after.systemVersion, QStringLiteral("3.%1").arg(writes - 1));
    QCOMPARE(after.counts.value(QStringLiteral("evidence_items")), qint64(writes / 10));
}

// Importing the folder that holds the open project must not read the project's own files.
void TestProjectLocks::importSkipsTheOpenProject()
{
    QVERIFY(isPartOfOpenProject(m_path));
    QVERIFY(isPartOfOpenProject(m_path + QStringLiteral("-wal")));
    QVERIFY(!isPartOfOpenProject(m_dir->filePath(QStringLiteral("other.txt"))));
    QFile doc(m_dir->filePath(QStringLiteral("notes.txt")));
    QVERIFY(doc.open(QIODevice::WriteOnly));
    doc.write("notes\n");
    doc.close();
    const int before = locksOnProject(m_path);
    evidence::EvidenceLibrary library(*m_store);
    evidence::ImportRequest request;
    request.paths = {m_dir->path()};
    auto imported = library.import(request);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().toString()));
    QCOMPARE(imported->size(), size_t(1));
    QCOMPARE(imported->front().source.section(QLatin1Char('/'), -1), QStringLiteral("notes.txt"));
    QCOMPARE(locksOnProject(m_path), before);

    request.paths = {m_path};
    auto refused = library.import(request);
    QVERIFY(!refused);
    QVERIFY2(refused.error().what().contains(QStringLiteral("open")), qPrintable(refused.error().what()));
}

QTEST_MAIN(TestProjectLocks)
#include "tst_projectlocks.moc"
