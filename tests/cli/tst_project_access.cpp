// Projects that can only be read, and files that are not whole projects (issue 20, item 7): each gets its own
// message with what to do, reading commands work on what can be read, and a failed or read-only open leaves no
// -wal or -shm file behind.

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace vv;
using vv::test::ProcessResult;

namespace {

// Runs the CLI as a user without write access: "nobody" when the tests run as root (root may write anything), the
// test's own user otherwise.
ProcessResult runAsReader(const QStringList &args)
{
    if (::getuid() != 0)
        return test::runCli(args);
    QProcess p;
    QStringList full = {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                        QStringLiteral("--clear-groups"), test::cliPath(), QStringLiteral("--lang=en")};
    p.start(QStringLiteral("setpriv"), full + args);
    ProcessResult r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList companions(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*-wal"), QStringLiteral("*-shm")}, QDir::Files | QDir::Hidden);
}

} // namespace

class TestProjectAccess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void readOnlyProjectIsReadNotChanged_data();
    void readOnlyProjectIsReadNotChanged();
    void notWholeProjects_data();
    void notWholeProjects();
    void newerProjectLeavesNoCompanions();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestProjectAccess::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                                             QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
    m_project = m_dir->filePath(QStringLiteral("p.veiviser"));
    const auto r = test::runCli({QStringLiteral("project"), QStringLiteral("init"), m_project, QStringLiteral("--name"),
                                 QStringLiteral("Read me")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestProjectAccess::cleanup()
{
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_dir.reset();
}

void TestProjectAccess::readOnlyProjectIsReadNotChanged_data()
{
    QTest::addColumn<bool>("folderWritable");
    QTest::addColumn<bool>("fileWritable");
    // The reader may write neither: a project on a share, or in a colleague's folder.
    QTest::newRow("read-only folder and file") << false << false;
    // The folder is writable but the file is not: SQLite would create -wal and -shm files owned by the reader and
    // leave them behind.
    QTest::newRow("read-only file") << true << false;
}

void TestProjectAccess::readOnlyProjectIsReadNotChanged()
{
    QFETCH(bool, folderWritable);
    QFETCH(bool, fileWritable);
    const auto all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ReadOther |
                     QFile::ExeGroup | QFile::ExeOther;
    QFile::setPermissions(m_dir->path(), folderWritable ? all | QFile::WriteGroup | QFile::WriteOther
                                                        : (::getuid() == 0 ? all : all & ~QFile::WriteOwner));
    const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    QFile::setPermissions(m_project, fileWritable ? readable | QFile::WriteOwner : readable);
    const QString before = test::fileSha256(m_project);

    auto r = runAsReader({QStringLiteral("project"), QStringLiteral("info"), m_project});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Read me"), r.out.constData());
    r = runAsReader({QStringLiteral("audit"), QStringLiteral("verify"), m_project});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    r = runAsReader({QStringLiteral("answer"), m_project, QStringLiteral("system.is_software=true")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("can only be read here"), r.err.constData());
    QVERIFY2(!r.err.contains("database error") && !r.err.contains("audit verify"), r.err.constData());

    QCOMPARE(test::fileSha256(m_project), before);
    QCOMPARE(companions(m_dir->path()), QStringList());
}

void TestProjectAccess::notWholeProjects_data()
{
    QTest::addColumn<int>("keep");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << 0 << "is empty";
    QTest::newRow("cut inside the header") << 50 << "is cut off after 50 bytes";
    QTest::newRow("cut after the first page") << 65536 << "is cut off: it has 65536 bytes";
}

void TestProjectAccess::notWholeProjects()
{
    QFETCH(int, keep);
    QFETCH(QString, message);
    QFile f(m_project);
    QVERIFY(f.resize(keep));
    const auto r = test::runCli({QStringLiteral("project"), QStringLiteral("info"), m_project});
    QVERIFY(r.exitCode == 1 || r.exitCode == 2);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QCOMPARE(companions(m_dir->path()), QStringList());
    QCOMPARE(QFileInfo(m_project).size(), qint64(keep));
}

void TestProjectAccess::newerProjectLeavesNoCompanions()
{
    const auto set = test::runCli({QStringLiteral("project"), QStringLiteral("info"), m_project});
    QCOMPARE(set.exitCode, 0);
    QProcess sqlite;
    sqlite.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                                 "c.execute(\"UPDATE meta SET value='99' WHERE key='schema_version'\"); c.commit(); c.close()"),
                  m_project});
    QVERIFY(sqlite.waitForFinished(30000));
    QCOMPARE(sqlite.exitCode(), 0);
    QCOMPARE(companions(m_dir->path()), QStringList());
    const QString before = test::fileSha256(m_project);
    const auto r = test::runCli({QStringLiteral("project"), QStringLiteral("info"), m_project});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("update Veiviser"), r.err.constData());
    QCOMPARE(test::fileSha256(m_project), before);
    QCOMPARE(companions(m_dir->path()), QStringList());
}

QTEST_GUILESS_MAIN(TestProjectAccess)
#include "tst_project_access.moc"
