// Crash safety: the CLI is killed with SIGKILL at random moments while it imports evidence, while it stores a batch
// of answers and while it builds a package. After every kill the project file passes SQLite's integrity check, its
// audit chain verifies, and it holds either the state before the command or the state after it, never a part; a
// killed package build leaves no package at its name unless that package is complete and verifies, and the next
// build to the same name leaves nothing stale behind. A build with a PDF document (veiviser-pdf, with Qt WebEngine's
// Chromium processes under it) leaves no orphaned process when the CLI is killed. CI uses VEIVISER_CRASH_POINTS
// (default 10) kill points, a few of them for the PDF build; tests/reliability/run uses 50 or more.

#include "TestSupport.h"

#include "core/Json.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace vv;
using test::runCli;

class TestCrashSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killedCommandLeavesBeforeOrAfter_data();
    void killedCommandLeavesBeforeOrAfter();
    void killedPackageBuildLeavesNoFalsePackage_data();
    void killedPackageBuildLeavesNoFalsePackage();

private:
    QTemporaryDir m_dir;
    QString m_evidence;
    QString m_answers;
};

static int crashPoints()
{
    return std::max(1, (qEnvironmentVariableIsSet("VEIVISER_CRASH_POINTS")
                            ? qEnvironmentVariableIntValue("VEIVISER_CRASH_POINTS")
                            : 10) / 2);
}

// The PDF build is slow (Chromium starts for it): a few kill points in CI, as many as the others in the long run.
static int pdfCrashPoints()
{
    return qEnvironmentVariableIsSet("VEIVISER_CRASH_POINTS") ? crashPoints() : 3;
}

// Processes whose environment holds `tag`: a build's own processes and everything they started, also after they
// were orphaned and adopted by init. Zombies (no environment left) are not counted; init reaps them.
static QStringList processesTagged(const QByteArray &tag)
{
    QStringList found;
    const auto entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : entries) {
        bool numeric = false;
        (void)pid.toInt(&numeric);
        if (!numeric)
            continue;
        QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
        if (!environ.open(QIODevice::ReadOnly) || !environ.readAll().split('\0').contains(tag))
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        QByteArray command = cmdline.open(QIODevice::ReadOnly) ? cmdline.readAll() : QByteArray();
        found << pid + QLatin1Char(' ') + QString::fromLocal8Bit(command.replace('\0', ' ')).left(160);
    }
    return found;
}

static Json parse(const QByteArray &out)
{
    auto r = parseJson(out, QStringLiteral("stdout"));
    return r ? *r : Json();
}

void TestCrashSafety::initTestCase()
{
    QVERIFY(QFile::exists(test::cliPath()));
    qputenv("VEIVISER_DATA_DIR", VV_FIXTURES_DIR "/guidance/data");
    // Evidence large enough that an import takes a while: six files of 3 MiB.
    m_evidence = m_dir.filePath(QStringLiteral("evidence"));
    QVERIFY(QDir().mkpath(m_evidence));
    for (int i = 0; i < 6; ++i) {
        QFile f(m_evidence + QStringLiteral("/report%1.txt").arg(i));
        QVERIFY(f.open(QIODevice::WriteOnly));
        test::GeneratedDevice content(3 << 20, 77 + i);
        QVERIFY(content.open(QIODevice::ReadOnly));
        while (!content.atEnd())
            f.write(content.read(1 << 20));
    }
    m_answers = m_dir.filePath(QStringLiteral("answers.json"));
    QFile a(m_answers);
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write(R"({"sys.is_tool": true, "sys.level": "high", "sys.areas": ["x", "y"]})");
}

void TestCrashSafety::cleanupTestCase()
{
    qunsetenv("VEIVISER_DATA_DIR");
}

void TestCrashSafety::killedCommandLeavesBeforeOrAfter_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("count");
    QTest::newRow("evidence import") << QStringLiteral("evidence") << QStringLiteral("evidence_items");
    QTest::newRow("answer batch") << QStringLiteral("answers") << QStringLiteral("answers");
}

void TestCrashSafety::killedCommandLeavesBeforeOrAfter()
{
    QFETCH(QString, kind);
    QFETCH(QString, count);
    const int points = crashPoints();
    const QString sqlite3 = QStringLiteral("/usr/bin/sqlite3");
    if (!QFile::exists(sqlite3))
        QSKIP("sqlite3 (Debian package sqlite3) is missing; it runs PRAGMA integrity_check independently of Veiviser");

    int serial = 0;
    auto freshProject = [&]() {
        const QString file = m_dir.filePath(QStringLiteral("%1-%2.veiviser").arg(kind).arg(serial++));
        const auto r = runCli({QStringLiteral("project"), QStringLiteral("init"), file});
        return r.exitCode == 0 ? file : QString();
    };
    auto commandFor = [&](const QString &file) {
        QStringList args = {QStringLiteral("--lang=en")};
        if (kind == QStringLiteral("evidence"))
            args << QStringLiteral("evidence") << QStringLiteral("add") << file << m_evidence;
        else
            args << QStringLiteral("answer") << file << QStringLiteral("--from") << m_answers;
        return args;
    };
    auto state = [&](const QString &file) {
        const Json info = parse(runCli({QStringLiteral("--json"), QStringLiteral("project"), QStringLiteral("info"), file}).out);
        return std::pair<qint64, qint64>(info["counts"][toStd(count)].get<qint64>(),
                                         info["counts"]["audit_entries"].get<qint64>());
    };

    // One run to the end gives the state after and how long the command takes.
    const QString reference = freshProject();
    QVERIFY(!reference.isEmpty());
    const auto before = state(reference);
    QElapsedTimer timer;
    timer.start();
    {
        QProcess p;
        p.start(test::cliPath(), commandFor(reference));
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }
    const qint64 duration = std::max<qint64>(timer.elapsed(), 5);
    const auto after = state(reference);
    QVERIFY(after.first > before.first);

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("%s: %d kill points over %lld ms, seed %u", qPrintable(kind), points, duration, seed);
    QRandomGenerator random(seed);
    int killedBefore = 0, killedAfter = 0;
    for (int i = 0; i < points; ++i) {
        const QString file = freshProject();
        QVERIFY(!file.isEmpty());
        const qint64 delay = random.bounded(static_cast<quint32>(duration + 1));
        QProcess p;
        p.start(test::cliPath(), commandFor(file));
        QVERIFY(p.waitForStarted());
        QThread::msleep(static_cast<unsigned long>(delay));
        p.kill(); // SIGKILL: no destructors, no rollback, no flush
        QVERIFY(p.waitForFinished(30000));

        QProcess check;
        check.start(sqlite3, {file, QStringLiteral("PRAGMA integrity_check")});
        QVERIFY(check.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(check.readAllStandardOutput()).trimmed(), QStringLiteral("ok"));
        const auto verify = runCli({QStringLiteral("audit"), QStringLiteral("verify"), file});
        QVERIFY2(verify.exitCode == 0, qPrintable(QStringLiteral("kill %1 after %2 ms (seed %3): %4")
                                                      .arg(i).arg(delay).arg(seed)
                                                      .arg(QString::fromUtf8(verify.err))));
        const auto now = state(file);
        QVERIFY2(now == before || now == after,
                 qPrintable(QStringLiteral("kill %1 after %2 ms (seed %3) left %4 rows and %5 audit entries")
                                .arg(i).arg(delay).arg(seed).arg(now.first).arg(now.second)));
        (now == before ? killedBefore : killedAfter)++;
    }
    qInfo("%s: %d kills left the state before, %d the state after", qPrintable(kind), killedBefore, killedAfter);
}

void TestCrashSafety::killedPackageBuildLeavesNoFalsePackage_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("points");
    QTest::newRow("html") << QStringLiteral("html") << crashPoints();
    QTest::newRow("pdf") << QStringLiteral("pdf") << pdfCrashPoints();
}

void TestCrashSafety::killedPackageBuildLeavesNoFalsePackage()
{
    QFETCH(QString, format);
    QFETCH(int, points);
    const QString sqlite3 = QStringLiteral("/usr/bin/sqlite3");
    if (!QFile::exists(sqlite3))
        QSKIP("sqlite3 (Debian package sqlite3) is missing; it runs PRAGMA integrity_check independently of Veiviser");
    const bool pdf = format == QStringLiteral("pdf");
    if (pdf && !QFile::exists(QFileInfo(test::cliPath()).absolutePath() + QStringLiteral("/veiviser-pdf")))
        QSKIP("veiviser-pdf was not built (Qt WebEngine missing)");
    // The shipped packs and templates (found next to the built CLI): a package is built from the real documents.
    qunsetenv("VEIVISER_DATA_DIR");
    auto restore = qScopeGuard([] { qputenv("VEIVISER_DATA_DIR", VV_FIXTURES_DIR "/guidance/data"); });

    // One project with answers and 18 MiB of evidence, so that writing the package takes a while; each kill point
    // gets its own copy (made by the CLI, so the copy is a whole project).
    const QString master = m_dir.filePath(QStringLiteral("package-master-%1.veiviser").arg(format));
    QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("init"), master, QStringLiteral("--role"),
                     QStringLiteral("deployer")}).exitCode, 0);
    auto r = runCli({QStringLiteral("answer"), master, QStringLiteral("--from"),
                     QStringLiteral(VV_SOURCE_DIR "/demo/answers.json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli({QStringLiteral("evidence"), QStringLiteral("add"), master, m_evidence});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    int serial = 0;
    auto freshProject = [&]() {
        const QString dir = m_dir.filePath(QStringLiteral("package-%1-%2").arg(format).arg(serial++));
        const QString file = dir + QStringLiteral("/p.veiviser");
        if (!QDir().mkpath(dir))
            return QString();
        const auto c = runCli({QStringLiteral("project"), QStringLiteral("copy"), master, file});
        return c.exitCode == 0 ? file : QString();
    };
    auto build = [&](const QString &file) {
        return QStringList{QStringLiteral("--lang=en"), QStringLiteral("package"), QStringLiteral("build"), file,
                           QStringLiteral("--document"), QStringLiteral("ai-act-annex-iv"), QStringLiteral("--draft"), QStringLiteral("--format"),
                           format, QStringLiteral("--out"), QFileInfo(file).absolutePath() + QStringLiteral("/package.zip")};
    };
    // Every build runs with a tag of its own in its environment, which the processes it starts inherit.
    // and a temporary folder of its own, where the PDF step prints.
    // replace: the build after a kill may find the killed build's finished package, which the user then replaces.
    auto startTagged = [&](QProcess &p, const QString &file, const QByteArray &tag, const QString &tmp,
                           bool replace = false) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const int eq = tag.indexOf('=');
        env.insert(QString::fromLatin1(tag.left(eq)), QString::fromLatin1(tag.mid(eq + 1)));
        QDir().mkpath(tmp);
        env.insert(QStringLiteral("TMPDIR"), tmp);
        p.setProcessEnvironment(env);
        p.start(test::cliPath(), replace ? build(file) << QStringLiteral("--force") : build(file));
    };
    auto auditEntries = [&](const QString &file) {
        const Json info = parse(runCli({QStringLiteral("--json"), QStringLiteral("project"), QStringLiteral("info"), file}).out);
        return info["counts"]["audit_entries"].get<qint64>();
    };
    auto verifies = [&](const QString &package) {
        return runCli({QStringLiteral("package"), QStringLiteral("verify"), package, QStringLiteral("--allow-unsigned")})
                   .exitCode == 0;
    };

    const QString reference = freshProject();
    QVERIFY(!reference.isEmpty());
    const qint64 before = auditEntries(reference);
    QElapsedTimer timer;
    timer.start();
    QStringList seenDuringBuild;
    {
        const QByteArray tag = "VEIVISER_CRASH_TAG=reference-" + format.toLatin1();
        QProcess p;
        startTagged(p, reference, tag, m_dir.filePath(QStringLiteral("tmp-reference-") + format));
        QVERIFY(p.waitForStarted());
        // The tag scan sees the build's helpers while they run (for PDF: veiviser-pdf and Chromium's processes),
        // so that finding none after a kill means they are gone, not that the scan is blind.
        while (!p.waitForFinished(50))
            seenDuringBuild += processesTagged(tag);
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }
    const qint64 duration = std::max<qint64>(timer.elapsed(), 5);
    if (pdf) {
        QVERIFY2(!seenDuringBuild.filter(QStringLiteral("veiviser-pdf")).isEmpty(), qPrintable(seenDuringBuild.join(QLatin1Char('\n'))));
        QVERIFY2(!seenDuringBuild.filter(QStringLiteral("QtWebEngineProcess")).isEmpty(),
                 qPrintable(seenDuringBuild.join(QLatin1Char('\n'))));
    }
    QCOMPARE(auditEntries(reference), before + 1);
    QVERIFY(verifies(QFileInfo(reference).absolutePath() + QStringLiteral("/package.zip")));

    // A build in progress (here: this test holding its lock) keeps a second build to the same name out.
    {
        QLockFile busy(QFileInfo(reference).absolutePath() + QStringLiteral("/package.zip.lock"));
        QVERIFY(busy.tryLock(0));
        // --force: replacing the finished package is allowed, so what refuses it is the other build's lock.
        const auto refused = runCli(build(reference) << QStringLiteral("--force"));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("another build is writing") &&
                     refused.err.contains(QByteArray::number(QCoreApplication::applicationPid())),
                 refused.err.constData());
        QCOMPARE(auditEntries(reference), before + 1);
    }

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("package build (%s): %d kill points over %lld ms, seed %u", qPrintable(format), points, duration, seed);
    QRandomGenerator random(seed);
    int killedBefore = 0, killedAfter = 0, leftovers = 0, workFoldersLeft = 0;
    for (int i = 0; i < points; ++i) {
        const QString file = freshProject();
        QVERIFY(!file.isEmpty());
        const QString dir = QFileInfo(file).absolutePath();
        const QString package = dir + QStringLiteral("/package.zip");
        const qint64 delay = random.bounded(static_cast<quint32>(duration + 1));
        const QString where = QStringLiteral("kill %1 after %2 ms (seed %3)").arg(i).arg(delay).arg(seed);
        const QByteArray tag = "VEIVISER_CRASH_TAG=" + format.toLatin1() + '-' + QByteArray::number(i);
        QProcess p;
        const QString tmp = m_dir.filePath(QStringLiteral("tmp-%1-%2").arg(format).arg(i));
        startTagged(p, file, tag, tmp);
        QVERIFY(p.waitForStarted());
        QThread::msleep(static_cast<unsigned long>(delay));
        p.kill();
        QVERIFY(p.waitForFinished(30000));
        const QDateTime killedAt = QDateTime::currentDateTimeUtc();

        // Nothing the build started outlives it: veiviser-pdf dies with the CLI, Chromium's processes with it.
        QStringList orphans = processesTagged(tag);
        for (int waited = 0; !orphans.isEmpty() && waited < 20000; waited += 100) {
            QThread::msleep(100);
            orphans = processesTagged(tag);
        }
        QVERIFY2(orphans.isEmpty(), qPrintable(where + QStringLiteral(" left processes running:\n") + orphans.join(QLatin1Char('\n'))));
        // ... and none went on working after the kill: an orphaned veiviser-pdf would finish printing into the dead
        // CLI's temporary folder (and exit by itself, so the check above alone would not notice it).
        for (QDirIterator it(tmp, {QStringLiteral("*.pdf")}, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            it.next();
            QVERIFY2(it.fileInfo().lastModified() < killedAt,
                     qPrintable(where + QStringLiteral(": %1 was printed after the kill").arg(it.filePath())));
        }

        QProcess check;
        check.start(sqlite3, {file, QStringLiteral("PRAGMA integrity_check")});
        QVERIFY(check.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(check.readAllStandardOutput()).trimmed(), QStringLiteral("ok"));
        const auto verify = runCli({QStringLiteral("audit"), QStringLiteral("verify"), file});
        QVERIFY2(verify.exitCode == 0, qPrintable(where + QStringLiteral(": ") + QString::fromUtf8(verify.err)));
        const qint64 now = auditEntries(file);
        QVERIFY2(now == before || now == before + 1,
                 qPrintable(where + QStringLiteral(" left %1 audit entries").arg(now)));
        // A package at its name is complete: it is written under a temporary name and renamed when whole. The build
        // is recorded after the rename, so a recorded build always has its package.
        if (QFile::exists(package))
            QVERIFY2(verifies(package), qPrintable(where + QStringLiteral(": package.zip is there but does not verify")));
        if (now == before + 1)
            QVERIFY2(QFile::exists(package), qPrintable(where + QStringLiteral(": the build is recorded, the package is missing")));
        // Whatever else the kill left (the lock, a temporary file) is no package that passes as complete unless it is one.
        const auto others = QDir(dir).entryInfoList(QDir::Files);
        for (const QFileInfo &other : others) {
            if (other.fileName().startsWith(QStringLiteral("p.veiviser")) || other.fileName() == QStringLiteral("package.zip"))
                continue;
            ++leftovers;
            if (verifies(other.absoluteFilePath())) {
                // A temporary file that verifies was killed after its last byte, just before the rename.
                QVERIFY2(!QFile::exists(package) && now == before,
                         qPrintable(where + QStringLiteral(": a complete temporary file next to a renamed package")));
            }
        }
        // Where the file system has no unnamed temporary files, QSaveFile leaves "package.zip.XXXXXX" behind; plant
        // one from an earlier kill, and a file of the user's that merely starts with the package's name.
        const QString stale = dir + QStringLiteral("/package.zip.Zq3xW9");
        const QString users = dir + QStringLiteral("/package.zip.notes");
        for (const QString &planted : {stale, users}) {
            QFile f(planted);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("PK\x03\x04 half a package");
            f.close();
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-60), QFileDevice::FileModificationTime));
        }
        // The killed build's work folder (the documents' HTML and PDFs, health data among them) stays until the
        // next Veiviser process in the same temporary folder removes it.
        const auto workFolders = [&tmp] {
            return QDir(tmp).entryList({QStringLiteral("veiviser-*")}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
        };
        if (!workFolders().isEmpty())
            ++workFoldersLeft;
        // Building again succeeds, gives the state after, and leaves only the project, the package and the user's file.
        {
            QProcess again;
            startTagged(again, file, tag + "-again", tmp, true);
            QVERIFY(again.waitForStarted());
            QVERIFY(again.waitForFinished(300000));
            QVERIFY2(again.exitCode() == 0, qPrintable(where + QStringLiteral(": rebuilding failed: ") +
                                                         QString::fromUtf8(again.readAllStandardError())));
        }
        QVERIFY2(workFolders().isEmpty(), qPrintable(where + QStringLiteral(": work folders left after the rebuild: ") +
                                                     workFolders().join(QStringLiteral(", "))));
        QVERIFY(verifies(package));
        QCOMPARE(auditEntries(file), now + 1);
        QVERIFY(runCli({QStringLiteral("audit"), QStringLiteral("verify"), file}).exitCode == 0);
        QStringList remaining = QDir(dir).entryList(QDir::Files | QDir::Hidden);
        remaining.removeIf([](const QString &n) { return n.startsWith(QStringLiteral("p.veiviser")); });
        QCOMPARE(remaining, (QStringList{QStringLiteral("package.zip"), QStringLiteral("package.zip.notes")}));
        (now == before ? killedBefore : killedAfter)++;
    }
    qInfo("package build (%s): %d kills left the state before, %d the state after, %d files were left until the rebuild, "
          "%d kills left a work folder until the rebuild",
          qPrintable(format), killedBefore, killedAfter, leftovers, workFoldersLeft);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"
