// `veiviser-cli evidence ...` as a user's script drives it: every command, its --json shape, exit codes, and bad
// input leaving the project exactly as it was.

#include "IdentityNumberFixtures.h"
#include "TestSupport.h"

#include "core/Json.h"
#include "core/IdentityNumbers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace vv;
using test::runCli;

namespace {

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

// Runs the CLI through a shell, for limits a test cannot set on a child otherwise.
test::ProcessResult runShell(const QString &script)
{
    QProcess p;
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    test::ProcessResult r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestEvidenceCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void addAndListJson();
    void addHumanOutputWarns();
    void exportIsByteIdentical();
    void linkAndUnlink();
    void setShowConfirmRemove();
    void listFilters();
    void usageErrors_data();
    void usageErrors();
    void unreadableFile();
    void fullDisk();

private:
    QString path(const QString &n) const { return m_dir->filePath(n); }
    QString project() const { return path(QStringLiteral("p.veiviser")); }
    test::ProcessResult cli(const QStringList &args) { return runCli(args); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestEvidenceCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto r = cli({QStringLiteral("project"), QStringLiteral("init"), project(), QStringLiteral("--system-version"),
                  QStringLiteral("3.0")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QDir().mkpath(path(QStringLiteral("material/metrics"))));
    QVERIFY(writeFile(path(QStringLiteral("material/report.md")), "# Validation report\n"));
    QVERIFY(writeFile(path(QStringLiteral("material/metrics/roc.csv")), "fpr,tpr\n0,0\n1,1\n"));
    QVERIFY(writeFile(path(QStringLiteral("material/metrics/patients.csv")), "id,fnr\n1," + test::sampleFodselsnummer() + "\n"));
}

void TestEvidenceCli::addAndListJson()
{
    auto r = cli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("add"), project(),
                  path(QStringLiteral("material")), QStringLiteral("--link"), QStringLiteral("urn:veiviser:ai-act:art-10"),
                  QStringLiteral("--link=urn:veiviser:hdir:local-validation"), QStringLiteral("--kind"),
                  QStringLiteral("test_result")});
    QCOMPARE(r.exitCode, 0);
    Json doc = parse(r.out);
    QVERIFY2(doc["imported"].is_array(), r.out.constData());
    QCOMPARE(doc["imported"].size(), std::size_t(3));
    VV_COMPARE_JSON(doc["new"], 3);
    VV_COMPARE_JSON(doc["already_in_library"], 0);
    for (const Json &i : doc["imported"]) {
        for (const char *key : {"id", "source", "sha256", "size", "already_in_library", "pii_scanned", "pii_findings"})
            QVERIFY2(i.contains(key), key);
    }
    VV_COMPARE_JSON(doc["imported"][0]["source"], "material/metrics/patients.csv");
    VV_COMPARE_JSON(doc["imported"][0]["pii_findings"], 1);

    r = cli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("list"), project()});
    QCOMPARE(r.exitCode, 0);
    const Json list = parse(r.out);
    QVERIFY(list.is_array());
    QCOMPARE(list.size(), std::size_t(3));
    const QString roc = test::fileSha256(path(QStringLiteral("material/metrics/roc.csv")));
    const Json &second = list[1];
    VV_COMPARE_JSON(second["id"], 2);
    VV_COMPARE_JSON(second["title"], "roc.csv");
    VV_COMPARE_JSON(second["sha256"], toStd(roc));
    VV_COMPARE_JSON(second["size"], 16);
    VV_COMPARE_JSON(second["pii_findings"], 0);
    VV_COMPARE_JSON(second["kind"], "test_result");
    VV_COMPARE_JSON(second["links"], Json::array({"urn:veiviser:ai-act:art-10", "urn:veiviser:hdir:local-validation"}));
    VV_COMPARE_JSON(list[0]["pii_findings"], 1);
    VV_COMPARE_JSON(list[0]["cleared_for_package"], false);
    VV_COMPARE_JSON(list[0]["stale"], (Json{{"expired", false}, {"older_system_version", false}}));

    // The same folder again adds nothing and changes nothing.
    const QString before = test::fileSha256(project());
    r = cli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("add"), project(),
             path(QStringLiteral("material"))});
    QCOMPARE(r.exitCode, 0);
    VV_COMPARE_JSON(parse(r.out)["already_in_library"], 3);
    QCOMPARE(test::fileSha256(project()), before);
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), project()}).exitCode, 0);
}

void TestEvidenceCli::addHumanOutputWarns()
{
    QVERIFY(writeFile(path(QStringLiteral("empty.txt")), {}));
    auto r = cli({QStringLiteral("evidence"), QStringLiteral("add"), project(), path(QStringLiteral("material")),
                  path(QStringLiteral("empty.txt"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Imported 4 file"), r.out.constData());
    QVERIFY2(r.err.contains("holds 1 identity number"), r.err.constData());
    QVERIFY2(r.err.contains("on lines 2"), r.err.constData());
    QVERIFY2(r.err.contains("confirm-pii"), r.err.constData());
    QVERIFY2(r.err.contains("empty.txt is empty"), r.err.constData());
    // The number itself appears nowhere.
    QVERIFY(!r.out.contains(test::sampleFodselsnummer()) && !r.err.contains(test::sampleFodselsnummer()));
    r = cli({QStringLiteral("evidence"), QStringLiteral("show"), project(), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(test::sampleFodselsnummer()));
    r = cli({QStringLiteral("audit"), QStringLiteral("log"), project()});
    QVERIFY(!r.out.contains(test::sampleFodselsnummer()));
}

void TestEvidenceCli::exportIsByteIdentical()
{
    QByteArray binary;
    for (int i = 0; i < 70000; ++i)
        binary += static_cast<char>((i * 7919) & 0xff);
    QVERIFY(writeFile(path(QStringLiteral("model.onnx")), binary));
    auto r = cli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("add"), project(),
                  path(QStringLiteral("model.onnx")), QStringLiteral("--title"), QStringLiteral("Model weights")});
    QCOMPARE(r.exitCode, 0);
    const int id = parse(r.out)["imported"][0]["id"].get<int>();

    const QString out = path(QStringLiteral("exported.onnx"));
    r = cli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("export"), project(),
             QString::number(id), out});
    QCOMPARE(r.exitCode, 0);
    VV_COMPARE_JSON(parse(r.out)["sha256"], toStd(test::fileSha256(path(QStringLiteral("model.onnx")))));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), binary);
    f.close();

    // An existing file is kept unless --force.
    r = cli({QStringLiteral("evidence"), QStringLiteral("export"), project(), QString::number(id), out});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("exists already"));
    r = cli({QStringLiteral("evidence"), QStringLiteral("export"), project(), QString::number(id), out,
             QStringLiteral("--force")});
    QCOMPARE(r.exitCode, 0);
    // Into a folder, under the item's file name.
    r = cli({QStringLiteral("evidence"), QStringLiteral("export"), project(), QString::number(id), m_dir->path()});
    QCOMPARE(r.exitCode, 2); // model.onnx is there already
    QVERIFY(QDir().mkpath(path(QStringLiteral("out"))));
    r = cli({QStringLiteral("evidence"), QStringLiteral("export"), project(), QString::number(id), path(QStringLiteral("out"))});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(test::fileSha256(path(QStringLiteral("out/model.onnx"))), test::fileSha256(path(QStringLiteral("model.onnx"))));
}

void TestEvidenceCli::linkAndUnlink()
{
    QCOMPARE(cli({QStringLiteral("evidence"), QStringLiteral("add"), project(), path(QStringLiteral("material/report.md"))}).exitCode, 0);
    const QString urn = QStringLiteral("urn:veiviser:gdpr:art-35");
    auto r = cli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("link"), project(),
                  QStringLiteral("1"), urn});
    QCOMPARE(r.exitCode, 0);
    VV_COMPARE_JSON(parse(r.out), (Json{{"id", 1}, {"urn", toStd(urn)}, {"changed", true}, {"links", Json::array({toStd(urn)})}}));
    r = cli({QStringLiteral("evidence"), QStringLiteral("link"), project(), QStringLiteral("1"), urn});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("already linked"));
    r = cli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("list"), project(),
             QStringLiteral("--requirement"), urn});
    QCOMPARE(parse(r.out).size(), std::size_t(1));
    r = cli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("unlink"), project(),
             QStringLiteral("1"), urn});
    QCOMPARE(r.exitCode, 0);
    VV_COMPARE_JSON(parse(r.out)["links"], Json::array());
    r = cli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("list"), project(),
             QStringLiteral("--requirement"), urn});
    QCOMPARE(parse(r.out).size(), std::size_t(0));
    r = cli({QStringLiteral("audit"), QStringLiteral("log"), project()});
    QVERIFY(r.out.contains("evidence.link"));
    QVERIFY(r.out.contains("evidence.unlink"));
}

void TestEvidenceCli::setShowConfirmRemove()
{
    QCOMPARE(cli({QStringLiteral("evidence"), QStringLiteral("add"), project(), path(QStringLiteral("material"))}).exitCode, 0);
    auto r = cli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("set"), project(),
                  QStringLiteral("2"), QStringLiteral("--title"), QStringLiteral("ROC curve"), QStringLiteral("--reviewer"),
                  QStringLiteral("Ola"), QStringLiteral("--state"), QStringLiteral("approved"), QStringLiteral("--expires"),
                  QStringLiteral("2020-01-01"), QStringLiteral("--system-version"), QStringLiteral("2.1")});
    QCOMPARE(r.exitCode, 0);
    Json doc = parse(r.out);
    VV_COMPARE_JSON(doc["changed"], true);
    VV_COMPARE_JSON(doc["title"], "ROC curve");
    VV_COMPARE_JSON(doc["review_state"], "approved");
    VV_COMPARE_JSON(doc["expiry_date"], "2020-01-01");
    VV_COMPARE_JSON(doc["stale"], (Json{{"expired", true}, {"older_system_version", true}}));

    r = cli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("show"), project(), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 0);
    doc = parse(r.out);
    for (const char *key : {"description", "author", "reviewer", "source", "created", "modified", "pii_report",
                            "pii_confirmation", "crosswalk_reuse"})
        QVERIFY2(doc.contains(key), key);
    VV_COMPARE_JSON(doc["pii_report"]["lines"], Json::array({2}));
    VV_COMPARE_JSON(doc["pii_confirmation"], nullptr);

    r = cli({QStringLiteral("evidence"), QStringLiteral("confirm-pii"), project(), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 2);
    r = cli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("confirm-pii"), project(),
             QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("Synthetic persons from Tenor")});
    QCOMPARE(r.exitCode, 0);
    VV_COMPARE_JSON(parse(r.out)["cleared_for_package"], true);
    r = cli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("show"), project(), QStringLiteral("1")});
    VV_COMPARE_JSON(parse(r.out)["pii_confirmation"]["reason"], "Synthetic persons from Tenor");
    VV_COMPARE_JSON(parse(r.out)["cleared_for_package"], true);

    r = cli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("remove"), project(),
             QStringLiteral("3"), QStringLiteral("--purge")});
    QCOMPARE(r.exitCode, 0);
    VV_COMPARE_JSON(parse(r.out), (Json{{"id", 3}, {"removed", true}, {"content_purged", true}}));
    r = cli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("list"), project()});
    QCOMPARE(parse(r.out).size(), std::size_t(2));
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), project()}).exitCode, 0);
}

void TestEvidenceCli::listFilters()
{
    QCOMPARE(cli({QStringLiteral("evidence"), QStringLiteral("add"), project(), path(QStringLiteral("material"))}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("evidence"), QStringLiteral("set"), project(), QStringLiteral("3"),
                  QStringLiteral("--system-version"), QStringLiteral("2.9")}).exitCode, 0);
    auto r = cli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("list"), project(), QStringLiteral("--pii")});
    QCOMPARE(parse(r.out).size(), std::size_t(1));
    VV_COMPARE_JSON(parse(r.out)[0]["id"], 1);
    r = cli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("list"), project(), QStringLiteral("--stale")});
    QCOMPARE(parse(r.out).size(), std::size_t(1));
    VV_COMPARE_JSON(parse(r.out)[0]["id"], 3);
    r = cli({QStringLiteral("evidence"), QStringLiteral("list"), project()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("PII!") && r.out.contains("older system version"), r.out.constData());
}

void TestEvidenceCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString P = QStringLiteral("PROJECT");
    QTest::newRow("add: no paths") << QStringList{QStringLiteral("evidence"), QStringLiteral("add"), P} << 2
                                   << QStringLiteral("missing arguments");
    QTest::newRow("add: missing file") << QStringList{QStringLiteral("evidence"), QStringLiteral("add"), P,
                                                      QStringLiteral("MATERIAL/none.txt")}
                                       << 2 << QStringLiteral("does not exist");
    QTest::newRow("add: bad kind") << QStringList{QStringLiteral("evidence"), QStringLiteral("add"), P,
                                                  QStringLiteral("MATERIAL"), QStringLiteral("--kind"), QStringLiteral("memo")}
                                   << 2 << QStringLiteral("unknown kind");
    QTest::newRow("add: bad URN") << QStringList{QStringLiteral("evidence"), QStringLiteral("add"), P,
                                                 QStringLiteral("MATERIAL"), QStringLiteral("--link"), QStringLiteral("art-10")}
                                  << 2 << QStringLiteral("not a requirement URN");
    QTest::newRow("add: title for a folder") << QStringList{QStringLiteral("evidence"), QStringLiteral("add"), P,
                                                            QStringLiteral("MATERIAL"), QStringLiteral("--title"), QStringLiteral("x")}
                                             << 2 << QStringLiteral("one file");
    QTest::newRow("add: not a project") << QStringList{QStringLiteral("evidence"), QStringLiteral("add"),
                                                       QStringLiteral("MATERIAL/report.md"), QStringLiteral("MATERIAL")}
                                        << 2 << QStringLiteral("not a Veiviser project");
    QTest::newRow("show: bad id") << QStringList{QStringLiteral("evidence"), QStringLiteral("show"), P, QStringLiteral("abc")}
                                  << 2 << QStringLiteral("not an evidence id");
    QTest::newRow("show: unknown id") << QStringList{QStringLiteral("evidence"), QStringLiteral("show"), P, QStringLiteral("42")}
                                      << 2 << QStringLiteral("no evidence item 42");
    QTest::newRow("export: unknown id") << QStringList{QStringLiteral("evidence"), QStringLiteral("export"), P,
                                                       QStringLiteral("42"), QStringLiteral("OUT")}
                                        << 2 << QStringLiteral("no evidence item 42");
    QTest::newRow("link: bad URN") << QStringList{QStringLiteral("evidence"), QStringLiteral("link"), P, QStringLiteral("1"),
                                                  QStringLiteral("urn:veiviser:Bad")}
                                   << 2 << QStringLiteral("not a requirement URN");
    QTest::newRow("set: bad date") << QStringList{QStringLiteral("evidence"), QStringLiteral("set"), P, QStringLiteral("1"),
                                                  QStringLiteral("--expires"), QStringLiteral("31.12.2025")}
                                   << 2 << QStringLiteral("not a date");
    QTest::newRow("set: bad state") << QStringList{QStringLiteral("evidence"), QStringLiteral("set"), P, QStringLiteral("1"),
                                                   QStringLiteral("--state"), QStringLiteral("done")}
                                    << 2 << QStringLiteral("unknown review state");
    QTest::newRow("set: approve without reviewer") << QStringList{QStringLiteral("evidence"), QStringLiteral("set"), P,
                                                                  QStringLiteral("1"), QStringLiteral("--state"),
                                                                  QStringLiteral("approved")}
                                                   << 2 << QStringLiteral("reviewer");
    QTest::newRow("confirm-pii: nothing to confirm") << QStringList{QStringLiteral("evidence"), QStringLiteral("confirm-pii"),
                                                                    P, QStringLiteral("1"), QStringLiteral("--reason"),
                                                                    QStringLiteral("x")}
                                                     << 2 << QStringLiteral("nothing to confirm");
}

void TestEvidenceCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QCOMPARE(cli({QStringLiteral("evidence"), QStringLiteral("add"), project(), path(QStringLiteral("material/report.md"))}).exitCode, 0);
    for (QString &a : args) {
        a.replace(QStringLiteral("PROJECT"), project());
        a.replace(QStringLiteral("MATERIAL"), path(QStringLiteral("material")));
        a.replace(QStringLiteral("OUT"), path(QStringLiteral("out.bin")));
    }
    const QString before = test::fileSha256(project());
    auto r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1); // one line
    QCOMPARE(test::fileSha256(project()), before);
    // With --json, stdout carries the error document.
    r = cli(QStringList{QStringLiteral("--json")} + args);
    QCOMPARE(r.exitCode, exitCode);
    VV_COMPARE_JSON(parse(r.out)["error"]["exit_code"], exitCode);
}

void TestEvidenceCli::unreadableFile()
{
    QVERIFY(writeFile(path(QStringLiteral("material/locked.txt")), "locked\n"));
    QVERIFY(QFile::setPermissions(path(QStringLiteral("material/locked.txt")), QFileDevice::Permissions()));
    const QString before = test::fileSha256(project());
    QStringList args = {test::cliPath(), QStringLiteral("--lang=en"), QStringLiteral("evidence"), QStringLiteral("add"),
                        project(), path(QStringLiteral("material"))};
    // Root reads any file; without these capabilities it is refused like everyone else.
    if (::geteuid() == 0)
        args = QStringList{QStringLiteral("setpriv"), QStringLiteral("--bounding-set=-dac_override,-dac_read_search")} + args;
    QProcess p;
    p.start(args.takeFirst(), args);
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("cannot read") && err.contains("locked.txt"), err.constData());
    QCOMPARE(test::fileSha256(project()), before);
}

void TestEvidenceCli::fullDisk()
{
    // The file-size limit stands in for a full disk; SIGXFSZ is ignored so that writes fail instead of killing.
    QFile big(path(QStringLiteral("big.bin")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QByteArray block(1 << 20, 'x');
    for (int i = 0; i < 24; ++i) {
        block[0] = static_cast<char>(i);
        QCOMPARE(big.write(block), qint64(block.size()));
    }
    big.close();
    const QString before = test::fileSha256(project());
    auto r = runShell(QStringLiteral("trap '' XFSZ; ulimit -f 8192; exec '%1' --lang=en evidence add '%2' '%3'")
                          .arg(test::cliPath(), project(), path(QStringLiteral("big.bin"))));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("disk is full"), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QCOMPARE(test::fileSha256(project()), before);
    auto list = cli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("list"), project()});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(parse(list.out).size(), std::size_t(0));
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), project()}).exitCode, 0);
    auto info = cli({QStringLiteral("--json"), QStringLiteral("project"), QStringLiteral("info"), project()});
    VV_COMPARE_JSON(parse(info.out)["counts"]["blobs"], 0);
    VV_COMPARE_JSON(parse(info.out)["counts"]["audit_entries"], 1);
}

QTEST_GUILESS_MAIN(TestEvidenceCli)
#include "tst_evidence_cli.moc"
