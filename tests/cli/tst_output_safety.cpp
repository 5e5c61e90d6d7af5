// What the CLI does with paths a user names (issue 20): no command replaces an existing file unless told to with
// --force, none ever replaces a Veiviser project (nor its -wal/-shm); no command hangs on a FIFO given as input;
// text from outside the program cannot drive the terminal; smaller messages say what happened.
// Every CLI run here has a timeout, so a command that hangs fails the test instead of blocking it.

#include "TestSupport.h"

#include "core/Json.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace vv;
using test::fileSha256;
using test::runCli;

namespace {

constexpr int promptMs = 30000; // a FIFO that blocks a command shows up as a timeout (exit code -1)

Json parse(const QByteArray &out)
{
    auto r = parseJson(out, QStringLiteral("stdout"));
    return r ? *r : Json();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString describe(const test::ProcessResult &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out.left(2000)), QString::fromUtf8(r.err.left(2000)));
}

} // namespace

class TestOutputSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void outputsRefuseExistingFiles_data();
    void outputsRefuseExistingFiles();
    void newProjectsNeverReplaceAFile_data();
    void newProjectsNeverReplaceAFile();
    void keyFilesAreNeverReplaced();
    void fifoInputsFailPromptly_data();
    void fifoInputsFailPromptly();
    void controlCharactersAreEscaped();
    void removingAnAnswerSaysRemoved();
    void packageWarningsSpeakTheUsersLanguage();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString fifo(const QString &name);

    QTemporaryDir m_dir;
    QString m_project;   // with answers and one evidence file
    QString m_review;    // a review project opened from a signed package of m_project
    QString m_package;   // that package
    QString m_privateKey;
};

QString TestOutputSafety::fifo(const QString &name)
{
    const QString p = path(name);
    QFile::remove(p);
    return ::mkfifo(QFile::encodeName(p).constData(), 0600) == 0 ? p : QString();
}

void TestOutputSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The shipped packs and templates (found next to the built CLI): packages are built from the real documents.
    qunsetenv("VEIVISER_DATA_DIR");
    m_project = path(QStringLiteral("p.veiviser"));
    auto r = runCli({QStringLiteral("project"), QStringLiteral("init"), m_project, QStringLiteral("--role"),
                     QStringLiteral("deployer")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = runCli({QStringLiteral("answer"), m_project, QStringLiteral("--from"), QStringLiteral(VV_SOURCE_DIR "/demo/answers.json")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(writeFile(path(QStringLiteral("note.txt")), "a piece of evidence\n"));
    r = runCli({QStringLiteral("evidence"), QStringLiteral("add"), m_project, path(QStringLiteral("note.txt"))});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = runCli({QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("generate"), path(QStringLiteral("keys"))});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    m_privateKey = fromStd(parse(r.out).value("private_key", std::string()));
    m_package = path(QStringLiteral("signed.zip"));
    r = runCli({QStringLiteral("package"), QStringLiteral("build"), m_project, QStringLiteral("--document"),
                QStringLiteral("ai-act-annex-iv"), QStringLiteral("--draft"), QStringLiteral("--out"), m_package, QStringLiteral("--sign"), m_privateKey},
               {}, 300000);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    m_review = path(QStringLiteral("review.veiviser"));
    r = runCli({QStringLiteral("review"), QStringLiteral("open"), m_package, QStringLiteral("--out"), m_review});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
}

// Each command that writes a path the user names, with OUT standing for that path. "source" names the project the
// command reads, which it must not replace either.
void TestOutputSafety::outputsRefuseExistingFiles_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("source");
    QTest::newRow("package build") << QStringList{QStringLiteral("package"), QStringLiteral("build"), QStringLiteral("PROJECT"),
                                                  QStringLiteral("--document"), QStringLiteral("ai-act-annex-iv"), QStringLiteral("--draft"),
                                                  QStringLiteral("--out"), QStringLiteral("OUT")}
                                   << QStringLiteral("PROJECT");
    QTest::newRow("review export") << QStringList{QStringLiteral("review"), QStringLiteral("export"), QStringLiteral("REVIEW"),
                                                  QStringLiteral("--out"), QStringLiteral("OUT")}
                                   << QStringLiteral("REVIEW");
    QTest::newRow("evidence export") << QStringList{QStringLiteral("evidence"), QStringLiteral("export"),
                                                    QStringLiteral("PROJECT"), QStringLiteral("1"), QStringLiteral("OUT")}
                                     << QStringLiteral("PROJECT");
}

void TestOutputSafety::outputsRefuseExistingFiles()
{
    QFETCH(QStringList, args);
    QFETCH(QString, source);
    const QString sourcePath = source == QStringLiteral("PROJECT") ? m_project : m_review;
    auto command = [&](const QString &out, bool force) {
        QStringList a;
        for (const QString &x : args)
            a << (x == QStringLiteral("OUT") ? out : x == QStringLiteral("PROJECT") ? m_project
                                                  : x == QStringLiteral("REVIEW") ? m_review : x);
        if (force)
            a << QStringLiteral("--force");
        return runCli(a, {}, 300000);
    };
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));

    // An existing file: refused without --force (exit 2, naming it, unchanged), replaced with it.
    const QString existing = path(tag + QStringLiteral("-existing.out"));
    QVERIFY(writeFile(existing, "keep me\n"));
    auto r = command(existing, false);
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QFile::encodeName(existing)), qPrintable(describe(r)));
    QVERIFY2(r.err.contains("--force"), qPrintable(describe(r)));
    QCOMPARE(readFile(existing), QByteArray("keep me\n"));
    r = command(existing, true);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(readFile(existing) != QByteArray("keep me\n"));
    QVERIFY(readFile(existing).size() > 8);

    // A Veiviser project, and the command's own source project: never replaced, even with --force.
    const QString otherProject = path(tag + QStringLiteral("-other.veiviser"));
    r = runCli({QStringLiteral("project"), QStringLiteral("copy"), m_project, otherProject});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    for (const QString &project : {otherProject, sourcePath}) {
        const QString before = fileSha256(project);
        r = command(project, true);
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY2(r.err.contains("Veiviser project"), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QFile::encodeName(project)), qPrintable(describe(r)));
        QCOMPARE(fileSha256(project), before);
    }
    // Nor a project reached through a symbolic link.
    const QString link = path(tag + QStringLiteral("-link.zip"));
    QVERIFY(QFile::link(otherProject, link));
    const QString before = fileSha256(otherProject);
    r = command(link, true);
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
    QCOMPARE(fileSha256(otherProject), before);
    // Nor its -wal or -shm file, whether it is there or not.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        r = command(otherProject + suffix, true);
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY2(!QFile::exists(otherProject + suffix), qPrintable(otherProject + suffix));
    }
    // A FIFO or a device is not a file to write to.
    const QString pipe = fifo(tag + QStringLiteral("-out.fifo"));
    QVERIFY(!pipe.isEmpty());
    r = command(pipe, true);
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
    QVERIFY(QFileInfo(pipe).exists() && !QFileInfo(pipe).isFile());
    r = command(QStringLiteral("/dev/null"), true);
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
}

// Commands that create a project: an existing file at the name is never replaced.
void TestOutputSafety::newProjectsNeverReplaceAFile_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("review open") << QStringList{QStringLiteral("review"), QStringLiteral("open"), QStringLiteral("PACKAGE"),
                                                QStringLiteral("--out"), QStringLiteral("OUT")};
    QTest::newRow("project init") << QStringList{QStringLiteral("project"), QStringLiteral("init"), QStringLiteral("OUT")};
    QTest::newRow("project copy") << QStringList{QStringLiteral("project"), QStringLiteral("copy"), QStringLiteral("PROJECT"),
                                                 QStringLiteral("OUT")};
}

void TestOutputSafety::newProjectsNeverReplaceAFile()
{
    QFETCH(QStringList, args);
    auto command = [&](const QString &out) {
        QStringList a;
        for (const QString &x : args)
            a << (x == QStringLiteral("OUT") ? out : x == QStringLiteral("PROJECT") ? m_project
                                                  : x == QStringLiteral("PACKAGE") ? m_package : x);
        return runCli(a, {}, 120000);
    };
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString existing = path(tag + QStringLiteral("-existing.veiviser"));
    QVERIFY(writeFile(existing, "keep me\n"));
    auto r = command(existing);
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
    QCOMPARE(readFile(existing), QByteArray("keep me\n"));
    for (const QString &project : {m_project, m_review}) {
        const QString before = fileSha256(project);
        r = command(project);
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QCOMPARE(fileSha256(project), before);
    }
    r = command(m_project + QStringLiteral("-wal"));
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
    QVERIFY(!QFile::exists(m_project + QStringLiteral("-wal")));
}

void TestOutputSafety::keyFilesAreNeverReplaced()
{
    // Key files are never replaced (there is no --force for them): a lost private key cannot be made again.
    const QString dir = QFileInfo(m_privateKey).absolutePath();
    const QString before = fileSha256(m_privateKey);
    auto r = runCli({QStringLiteral("keys"), QStringLiteral("generate"), dir});
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
    QCOMPARE(fileSha256(m_privateKey), before);
    // A project given as the folder is refused and left alone.
    const QString project = fileSha256(m_project);
    r = runCli({QStringLiteral("keys"), QStringLiteral("generate"), m_project});
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
    QCOMPARE(fileSha256(m_project), project);
}

// Every command that reads a file the user names, with IN standing for a FIFO: it must fail at once (exit 2, saying
// it is not a regular file) instead of waiting for a writer that never comes.
void TestOutputSafety::fifoInputsFailPromptly_data()
{
    QTest::addColumn<QStringList>("args");
    const QString in = QStringLiteral("IN"), p = QStringLiteral("PROJECT");
    QTest::newRow("evidence add") << QStringList{QStringLiteral("evidence"), QStringLiteral("add"), p, in};
    QTest::newRow("answer --from") << QStringList{QStringLiteral("answer"), p, QStringLiteral("--from"), in};
    QTest::newRow("details set --from") << QStringList{QStringLiteral("details"), QStringLiteral("set"), p,
                                                       QStringLiteral("--from"), in};
    QTest::newRow("review import") << QStringList{QStringLiteral("review"), QStringLiteral("import"), p, in};
    QTest::newRow("metrics --predictions") << QStringList{QStringLiteral("metrics"), QStringLiteral("--predictions"), in,
                                                          QStringLiteral("--label"), QStringLiteral("y"),
                                                          QStringLiteral("--score"), QStringLiteral("s")};
    QTest::newRow("package verify") << QStringList{QStringLiteral("package"), QStringLiteral("verify"), in};
    QTest::newRow("package inspect") << QStringList{QStringLiteral("package"), QStringLiteral("inspect"), in};
    QTest::newRow("package diff") << QStringList{QStringLiteral("package"), QStringLiteral("diff"), in, in};
    QTest::newRow("review open") << QStringList{QStringLiteral("review"), QStringLiteral("open"), in, QStringLiteral("--out"),
                                                QStringLiteral("NEW")};
    QTest::newRow("package build --sign") << QStringList{QStringLiteral("package"), QStringLiteral("build"), p,
                                                         QStringLiteral("--document"), QStringLiteral("ai-act-annex-iv"), QStringLiteral("--draft"),
                                                         QStringLiteral("--out"), QStringLiteral("NEW"),
                                                         QStringLiteral("--sign"), in};
    QTest::newRow("package verify --pubkey") << QStringList{QStringLiteral("package"), QStringLiteral("verify"),
                                                            QStringLiteral("PACKAGE"), QStringLiteral("--pubkey"), in};
    QTest::newRow("keys --passphrase-file") << QStringList{QStringLiteral("keys"), QStringLiteral("generate"),
                                                           QStringLiteral("NEW"), QStringLiteral("--passphrase-file"), in};
    QTest::newRow("guidance check") << QStringList{QStringLiteral("guidance"), QStringLiteral("check"),
                                                   QStringLiteral("PACKDIR")};
}

void TestOutputSafety::fifoInputsFailPromptly()
{
    QFETCH(QStringList, args);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString pipe = fifo(tag + QStringLiteral(".fifo"));
    QVERIFY(!pipe.isEmpty());
    const QString fresh = path(tag + QStringLiteral("-new"));
    // A pack folder whose pack.yaml is the FIFO.
    const QString packDir = path(tag + QStringLiteral("-pack"));
    QVERIFY(QDir().mkpath(packDir));
    QVERIFY(::mkfifo(QFile::encodeName(packDir + QStringLiteral("/pack.yaml")).constData(), 0600) == 0);
    QStringList a;
    for (const QString &x : args)
        a << (x == QStringLiteral("IN") ? pipe : x == QStringLiteral("PROJECT") ? m_project
                                         : x == QStringLiteral("PACKAGE") ? m_package
                                         : x == QStringLiteral("NEW") ? fresh
                                         : x == QStringLiteral("PACKDIR") ? packDir : x);
    const QString before = fileSha256(m_project);
    const auto r = runCli(a, {}, promptMs);
    QVERIFY2(r.exitCode != -1, "the command hung on the FIFO");
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
    // evidence add refuses it while listing what to import, in its own words.
    QVERIFY2(r.err.contains("not a regular file") || r.err.contains("neither a file nor a folder"), qPrintable(describe(r)));
    QCOMPARE(fileSha256(m_project), before);
    QVERIFY(!QFile::exists(fresh));
}

void TestOutputSafety::controlCharactersAreEscaped()
{
    // A file name that would clear the screen and start a line of its own.
    const QString dir = path(QStringLiteral("hostile"));
    QVERIFY(QDir().mkpath(dir));
    const QString name = QStringLiteral("evil\x1b[2J\nfake line.txt");
    QVERIFY(writeFile(QDir(dir).filePath(name), "content\n"));
    const QString project = path(QStringLiteral("escapes.veiviser"));
    QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("init"), project}).exitCode, 0);
    auto r = runCli({QStringLiteral("evidence"), QStringLiteral("add"), project, QDir(dir).filePath(name)});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(!r.out.contains('\x1b') && !r.err.contains('\x1b'), qPrintable(describe(r)));
    r = runCli({QStringLiteral("evidence"), QStringLiteral("list"), project});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(!r.out.contains('\x1b'), qPrintable(describe(r)));
    // The item is on one line, with the control characters visible as escapes.
    const QList<QByteArray> lines = r.out.split('\n');
    int itemLines = 0;
    for (const QByteArray &line : lines) {
        if (line.contains("fake line"))
            ++itemLines;
        if (line.contains("fake line"))
            QVERIFY2(line.contains("evil\\x1b[2J\\nfake line.txt"), line.constData());
    }
    QCOMPARE(itemLines, 1);
    QVERIFY2(!lines.first().startsWith("fake line"), qPrintable(describe(r)));
    // JSON keeps the name exactly (escaped by the JSON encoder).
    r = runCli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("list"), project});
    QVERIFY(!r.out.contains('\x1b'));
    QVERIFY(r.out.contains("\\u001b[2J\\nfake line.txt"));
}

void TestOutputSafety::removingAnAnswerSaysRemoved()
{
    const QString project = path(QStringLiteral("answers.veiviser"));
    QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("init"), project}).exitCode, 0);
    auto r = runCli({QStringLiteral("answer"), project, QStringLiteral("system.is_ai=true"),
                     QStringLiteral("system.is_software=true")});
    QVERIFY2(r.exitCode == 0 && r.out.contains("Stored 2 answers"), qPrintable(describe(r)));
    r = runCli({QStringLiteral("answer"), project, QStringLiteral("system.is_ai=")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains("Removed 1 answer") && !r.out.contains("Stored"), qPrintable(describe(r)));
    // The same through --from with a JSON null, next to a change.
    QVERIFY(writeFile(path(QStringLiteral("null.json")), R"({"system.is_software": null, "system.is_ai": false})"));
    r = runCli({QStringLiteral("answer"), project, QStringLiteral("--from"), path(QStringLiteral("null.json"))});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains("Stored 1 answer; Removed 1 answer"), qPrintable(describe(r)));
    // Removing what is not there removes nothing.
    r = runCli({QStringLiteral("--json"), QStringLiteral("answer"), project, QStringLiteral("system.is_software=")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(parse(r.out).value("removed", -1), 0);
}

void TestOutputSafety::packageWarningsSpeakTheUsersLanguage()
{
    // Someone reading English builds documents in Bokmål (the default) and in English: the warnings about missing
    // details are the same English text both times, since they speak to the user, not in the documents' language.
    const QString out = path(QStringLiteral("warnings.zip"));
    auto build = [&](const QString &lang, const QString &documentLanguage) {
        return runCli({QStringLiteral("--lang"), lang, QStringLiteral("package"), QStringLiteral("build"), m_project,
                       QStringLiteral("--document"), QStringLiteral("ai-act-annex-iv"), QStringLiteral("--draft"), QStringLiteral("--language"),
                       documentLanguage, QStringLiteral("--out"), out, QStringLiteral("--force")},
                      {}, 300000);
    };
    auto warnings = [](const QByteArray &err) {
        QList<QByteArray> w;
        for (const QByteArray &line : err.split('\n'))
            if (line.contains("ai-act-annex-iv:"))
                w << line;
        return w;
    };
    const auto enNb = build(QStringLiteral("en"), QStringLiteral("nb"));
    QVERIFY2(enNb.exitCode == 0, qPrintable(describe(enNb)));
    const auto enEn = build(QStringLiteral("en"), QStringLiteral("en"));
    QVERIFY2(enEn.exitCode == 0, qPrintable(describe(enEn)));
    QVERIFY2(!warnings(enNb.err).isEmpty(), qPrintable(describe(enNb)));
    QCOMPARE(warnings(enNb.err), warnings(enEn.err));
    // And the other way round: a Bokmål reader gets Bokmål warnings for English documents.
    const auto nbEn = build(QStringLiteral("nb"), QStringLiteral("en"));
    const auto nbNb = build(QStringLiteral("nb"), QStringLiteral("nb"));
    QVERIFY2(nbEn.exitCode == 0 && nbNb.exitCode == 0, qPrintable(describe(nbEn)));
    QCOMPARE(warnings(nbEn.err), warnings(nbNb.err));
    QVERIFY(warnings(nbNb.err) != warnings(enNb.err));
}

QTEST_GUILESS_MAIN(TestOutputSafety)
#include "tst_output_safety.moc"
