// Drives the built veiviser-cli as a user's script would: exit codes, one-line errors, --json documents.

#include "TestSupport.h"

#include "core/Json.h"
#include "core/Version.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;
using test::runCli;

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void version();
    void initInfoVerify();
    void infoJson();
    void verifyFailsAfterSqliteShellEdit();
    void usageAndInputErrors_data();
    void usageAndInputErrors();
    void jsonErrorDocument();
    void bokmaalByDefault();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &n) const { return m_dir->filePath(n); }
};

static Json parse(const QByteArray &out)
{
    auto r = parseJson(out, QStringLiteral("stdout"));
    return r ? *r : Json();
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestCli::version()
{
    auto r = runCli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(VV_VERSION));
    r = runCli({QStringLiteral("--json"), QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    VV_COMPARE_JSON(parse(r.out).value("version", ""), VV_VERSION);
}

void TestCli::initInfoVerify()
{
    const QString file = path(QStringLiteral("demo.veiviser"));
    auto r = runCli({QStringLiteral("project"), QStringLiteral("init"), file, QStringLiteral("--name"),
                     QStringLiteral("Demo"), QStringLiteral("--system-version"), QStringLiteral("3.2"),
                     QStringLiteral("--role"), QStringLiteral("provider")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    r = runCli({QStringLiteral("project"), QStringLiteral("info"), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Demo"));
    QVERIFY(r.out.contains("3.2"));
    QVERIFY(r.out.contains("provider"));
    r = runCli({QStringLiteral("audit"), QStringLiteral("verify"), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("1 entr"), r.out.constData());
}

void TestCli::infoJson()
{
    const QString file = path(QStringLiteral("j.veiviser"));
    QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("init"), file, QStringLiteral("--name=J")}).exitCode, 0);
    auto r = runCli({QStringLiteral("--json"), QStringLiteral("project"), QStringLiteral("info"), file});
    QCOMPARE(r.exitCode, 0);
    const Json doc = parse(r.out);
    QVERIFY(doc.is_object());
    VV_COMPARE_JSON(doc["name"], Json("J"));
    VV_COMPARE_JSON(doc["role"], Json("deployer"));
    QVERIFY(doc["schema_version"].is_number_integer());
    VV_COMPARE_JSON(doc["counts"]["audit_entries"], Json(1));
    QVERIFY(doc["created"].is_string());
    QVERIFY(doc["modified"].is_string());
    // --json may also come after the command
    r = runCli({QStringLiteral("audit"), QStringLiteral("verify"), file, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    VV_COMPARE_JSON(parse(r.out)["intact"], Json(true));
    VV_COMPARE_JSON(parse(r.out)["entries"], Json(1));
}

void TestCli::verifyFailsAfterSqliteShellEdit()
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        QSKIP("the sqlite3 shell is not installed (Debian package sqlite3)");
    const QString file = path(QStringLiteral("edit.veiviser"));
    QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("init"), file, QStringLiteral("--name"), QStringLiteral("Demo")}).exitCode, 0);
    QProcess shell;
    shell.start(sqlite3, {file, QStringLiteral("UPDATE audit SET payload = replace(payload, 'Demo', 'Dem0') WHERE seq = 1;")});
    QVERIFY(shell.waitForFinished());
    QCOMPARE(shell.exitCode(), 0);
    auto r = runCli({QStringLiteral("audit"), QStringLiteral("verify"), file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("entry 1"), r.err.constData());
    QCOMPARE(r.err.trimmed().count('\n'), 0); // one line
    r = runCli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify"), file});
    QCOMPARE(r.exitCode, 1);
    VV_COMPARE_JSON(parse(r.out)["intact"], Json(false));
    VV_COMPARE_JSON(parse(r.out)["first_bad_entry"], Json(1));
}

void TestCli::usageAndInputErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << 2 << "Usage";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << "unknown command";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("project"), QStringLiteral("info"), QStringLiteral("x"), QStringLiteral("--bogus")}
                                    << 2 << "unknown option --bogus";
    QTest::newRow("missing file argument") << QStringList{QStringLiteral("project"), QStringLiteral("info")} << 2
                                           << "missing arguments";
    QTest::newRow("no such project") << QStringList{QStringLiteral("project"), QStringLiteral("info"), QStringLiteral("/nonexistent/x.veiviser")}
                                     << 2 << "no project at";
    QTest::newRow("bad role") << QStringList{QStringLiteral("project"), QStringLiteral("init"), QStringLiteral("NEW"), QStringLiteral("--role"), QStringLiteral("king")}
                              << 2 << "allowed: provider, deployer, both";
    QTest::newRow("option without value") << QStringList{QStringLiteral("project"), QStringLiteral("init"), QStringLiteral("NEW"), QStringLiteral("--name")}
                                          << 2 << "--name needs a value";
    QTest::newRow("not a project") << QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("NOTPROJECT")} << 2
                                   << "is not a Veiviser project";
    QTest::newRow("bad language") << QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("project"), QStringLiteral("info"), QStringLiteral("x")}
                                  << 2 << "--lang nb";
}

void TestCli::usageAndInputErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFile notProject(path(QStringLiteral("NOTPROJECT")));
    QVERIFY(notProject.open(QIODevice::WriteOnly));
    notProject.write("id,score\n1,0.3\n");
    notProject.close();
    for (QString &a : args) {
        if (a == QStringLiteral("NEW") || a == QStringLiteral("NOTPROJECT"))
            a = path(a);
    }
    auto r = runCli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(path(QStringLiteral("NEW"))));
}

void TestCli::jsonErrorDocument()
{
    auto r = runCli({QStringLiteral("--json"), QStringLiteral("project"), QStringLiteral("info"), path(QStringLiteral("missing.veiviser"))});
    QCOMPARE(r.exitCode, 2);
    const Json doc = parse(r.out);
    QVERIFY(doc.contains("error"));
    VV_COMPARE_JSON(doc["error"]["exit_code"], Json(2));
    QVERIFY(doc["error"]["message"].get<std::string>().find("no project at") != std::string::npos);
    QVERIFY(!r.err.isEmpty());
}

void TestCli::bokmaalByDefault()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("VEIVISER_LANG"));
    p.setProcessEnvironment(env);
    p.start(test::cliPath(), {QStringLiteral("project"), QStringLiteral("info"), path(QStringLiteral("missing.veiviser"))});
    QVERIFY(p.waitForFinished());
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("feil:")), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("no project at")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
