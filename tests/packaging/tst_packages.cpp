// Documentation packages end to end: build with the CLI on the demo answers, verify, flip one byte in every part of
// the package (each must fail verification), hostile packages (each rejection rule, nothing written outside the
// target folder), a signed review round trip, PDF and DOCX output.

#include "CraftedPackage.h"
#include "Tampering.h"
#include "TestSupport.h"

#include "core/Json.h"
#include "packaging/DocumentFormats.h"
#include "packaging/PackageReader.h"
#include "packaging/Signing.h"
#include "packaging/Zip.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sys/stat.h>

using namespace vv;
using namespace vv::packaging;
using test::runCli;

namespace {

Json parse(const QByteArray &out)
{
    auto r = parseJson(out, QStringLiteral("stdout"));
    return r ? *r : Json();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

quint32 le(const QByteArray &b, qsizetype at, int bytes)
{
    quint32 v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | quint8(b[at + i]);
    return v;
}

/// One region of a package file: an entry's local header, its content, or the central directory.
struct Region {
    QString what;
    qsizetype start = 0;
    qsizetype size = 0;
};

/// The regions of a package, read the simple way a stored ZIP allows (walking the local headers).
std::vector<Region> regions(const QByteArray &zip)
{
    std::vector<Region> out;
    qsizetype at = 0;
    while (at + 30 <= zip.size() && le(zip, at, 4) == 0x04034b50) {
        const qsizetype nameLen = le(zip, at + 26, 2);
        const qsizetype extraLen = le(zip, at + 28, 2);
        const qsizetype size = le(zip, at + 22, 4);
        const QString name = QString::fromUtf8(zip.mid(at + 30, nameLen));
        const qsizetype header = 30 + nameLen + extraLen;
        out.push_back({QStringLiteral("header of ") + name, at, header});
        out.push_back({QStringLiteral("content of ") + name, at + header, size});
        at += header + size;
    }
    out.push_back({QStringLiteral("central directory"), at, zip.size() - at});
    return out;
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

class TestPackages : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void buildAndVerify();
    void everyByteCounts_data();
    void everyByteCounts();
    void wrongKeyAndUnsigned();
    void passphraseProtectedKey();
    void hostilePackages_data();
    void hostilePackages();
    void reviewRoundTrip();
    void auditVerifyAgainstPackage();
    void hostileContentInSignedPackages_data();
    void hostileContentInSignedPackages();
    void documentsForTheRole_data();
    void documentsForTheRole();
    void openRequirementMakesADraft();
    void documentTheLawDoesNotAskFor();
    void declarationIsMachineReadable();
    void reviewProjectRefusesWrites_data();
    void reviewProjectRefusesWrites();
    void diffShowsChanges();
    void pdfAndDocx();
    void riskDocumentsInEveryFormat();
    void docxKeepsTheCharts();
    void badArguments_data();
    void badArguments();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    test::ProcessResult cli(const QStringList &args) { return runCli(args, m_dir.path()); }
    void checkTraceSheets(const QString &project, const QString &dir);

    QTemporaryDir m_dir;
    QString m_project;
    QString m_package;
    QString m_key;
    QString m_pub;
    QString m_sealed; ///< a review project made from m_package, for the refusal tests
};

void TestPackages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = path(QStringLiteral("demo.veiviser"));
    auto r = cli({QStringLiteral("project"), QStringLiteral("init"), m_project, QStringLiteral("--name"),
                  QStringLiteral("Sepsis"), QStringLiteral("--role"), QStringLiteral("deployer")});
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("answer"), m_project, QStringLiteral("--from"),
             QStringLiteral(VV_SOURCE_DIR "/demo/answers.json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(writeAll(path(QStringLiteral("validation-plan.txt")), "A plan for the local validation.\n"));
    r = cli({QStringLiteral("evidence"), QStringLiteral("add"), m_project, path(QStringLiteral("validation-plan.txt"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("details"), QStringLiteral("set"), m_project, QStringLiteral("system.intended_purpose"),
             QStringLiteral("Warns about sepsis risk in adult inpatients.")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("keys"), QStringLiteral("generate"), path(QStringLiteral("keys"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_key = path(QStringLiteral("keys/veiviser-signing-key.pem"));
    m_pub = path(QStringLiteral("keys/veiviser-signing-key.pub.pem"));
    QCOMPARE(QFile::permissions(m_key) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    m_package = path(QStringLiteral("p1.zip"));
    r = cli({QStringLiteral("--json"), QStringLiteral("package"), QStringLiteral("build"), m_project,
             QStringLiteral("--document"), QStringLiteral("ai-act-annex-iv"), QStringLiteral("--draft"), QStringLiteral("--document"),
             QStringLiteral("dpia"), QStringLiteral("--out"), m_package, QStringLiteral("--sign"), m_key});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json built = parse(r.out);
    QCOMPARE(built.value("signed", false), true);
    // The DPIA lacks its own details in the demo: the build names them as warnings instead of leaving blanks.
    QVERIFY(!built["warnings"].empty());

    m_sealed = path(QStringLiteral("sealed.veiviser"));
    r = cli({QStringLiteral("review"), QStringLiteral("open"), m_package, QStringLiteral("--out"), m_sealed,
             QStringLiteral("--pubkey"), m_pub});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestPackages::buildAndVerify()
{
    auto r = cli({QStringLiteral("--json"), QStringLiteral("package"), QStringLiteral("verify"), m_package,
                  QStringLiteral("--pubkey"), m_pub});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    const Json v = parse(r.out);
    QCOMPARE(v.value("ok", false), true);
    QCOMPARE(v.value("key_pinned", false), true);

    r = cli({QStringLiteral("--json"), QStringLiteral("package"), QStringLiteral("inspect"), m_package});
    QCOMPARE(r.exitCode, 0);
    const Json inspected = parse(r.out);
    const Json m = inspected["manifest"];
    QStringList paths;
    for (const Json &f : m["files"])
        paths << QString::fromStdString(f.value("path", std::string()));
    QVERIFY2(paths.contains(QStringLiteral("documents/nb/ai-act-annex-iv.html")), qPrintable(paths.join(u' ')));
    QVERIFY(paths.contains(QStringLiteral("documents/nb/dpia.html")));
    QVERIFY(paths.contains(QStringLiteral("exports/assessment.json")));
    QVERIFY(paths.contains(QStringLiteral("exports/cyclonedx.json")));
    // Only a package with the declaration of conformity carries its machine-readable form.
    QVERIFY(!paths.contains(QStringLiteral("exports/declaration-of-conformity.json")));
    QVERIFY(std::any_of(paths.cbegin(), paths.cend(), [](const QString &p) { return p.startsWith(u"evidence/"); }));

    // The document is filled from the project and lists what is missing.
    PackageReadOptions options;
    options.keepInMemory = {QStringLiteral("documents/nb/ai-act-annex-iv.html"), QStringLiteral("exports/cyclonedx.json")};
    auto read = PackageReader::read(m_package, options);
    QVERIFY(read);
    QVERIFY(read->ok());
    const QByteArray html = read->memoryFile(QStringLiteral("documents/nb/ai-act-annex-iv.html"));
    QVERIFY(html.contains("Warns about sepsis risk in adult inpatients."));
    QVERIFY(html.contains("validation-plan.txt"));
    QVERIFY(!html.contains("{{"));
    const Json cdx = parse(read->memoryFile(QStringLiteral("exports/cyclonedx.json")));
    QCOMPARE(cdx.value("bomFormat", std::string()), std::string("CycloneDX"));
    QCOMPARE(cdx.value("specVersion", std::string()), std::string("1.6"));
}

void TestPackages::everyByteCounts_data()
{
    QTest::addColumn<qsizetype>("offset");
    const QByteArray zip = readAll(m_package);
    QVERIFY(!zip.isEmpty());
    for (const Region &r : regions(zip)) {
        if (r.size == 0)
            continue;
        // The first, middle and last byte of every header, every file and the directory.
        for (qsizetype at : {r.start, r.start + r.size / 2, r.start + r.size - 1})
            QTest::addRow("%s @%lld", qPrintable(r.what), qlonglong(at)) << at;
    }
}

void TestPackages::everyByteCounts()
{
    QFETCH(qsizetype, offset);
    QByteArray zip = readAll(m_package);
    zip[offset] = char(zip[offset] ^ 0x01);
    const QString tampered = path(QStringLiteral("tampered.zip"));
    QVERIFY(writeAll(tampered, zip));
    PackageReadOptions options;
    auto v = PackageReader::read(tampered, options);
    // Either rejected outright (a damaged structure) or read with at least one problem named.
    if (v)
        QVERIFY2(!v->ok(), "a flipped byte went unnoticed");
}

void TestPackages::wrongKeyAndUnsigned()
{
    auto r = cli({QStringLiteral("keys"), QStringLiteral("generate"), path(QStringLiteral("other"))});
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("package"), QStringLiteral("verify"), m_package, QStringLiteral("--pubkey"),
             path(QStringLiteral("other/veiviser-signing-key.pub.pem"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("not by the key given"), r.err.constData());

    const QString unsignedPackage = path(QStringLiteral("unsigned.zip"));
    r = cli({QStringLiteral("package"), QStringLiteral("build"), m_project, QStringLiteral("--document"),
             QStringLiteral("model-card"), QStringLiteral("--out"), unsignedPackage});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("package"), QStringLiteral("verify"), unsignedPackage});
    QCOMPARE(r.exitCode, 1);
    r = cli({QStringLiteral("package"), QStringLiteral("verify"), unsignedPackage, QStringLiteral("--allow-unsigned")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

// A signing key can be kept encrypted: without its passphrase, or with a wrong one, nothing is signed.
void TestPackages::passphraseProtectedKey()
{
    const QString dir = path(QStringLiteral("locked"));
    const QString good = path(QStringLiteral("passphrase.txt"));
    const QString bad = path(QStringLiteral("wrong-passphrase.txt"));
    for (const auto &[file, text] : {std::pair{good, QByteArray("korrekt hest batteri stift\n")},
                                     std::pair{bad, QByteArray("feil\n")}}) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    auto r = cli({QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("generate"), dir,
                  QStringLiteral("--passphrase-file"), good});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json made = Json::parse(r.out.toStdString());
    QVERIFY(made.value("encrypted", false));
    const QString key = QDir(dir).filePath(SigningKey::privateKeyFileName());
    QCOMPARE(QFileInfo(key).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    QCOMPARE(SigningKey::needsPassphrase(key).value(), true);
    QCOMPARE(SigningKey::needsPassphrase(path(QStringLiteral("other/veiviser-signing-key.pem"))).value(), false);
    QVERIFY(!SigningKey::needsPassphrase(path(QStringLiteral("no-such-key.pem"))));
    QVERIFY(!SigningKey::readFile(key));
    QVERIFY(!SigningKey::readFile(key, "feil"));
    auto unlocked = SigningKey::readFile(key, "korrekt hest batteri stift");
    QVERIFY2(unlocked, qPrintable(unlocked ? QString() : unlocked.error().toString()));
    QCOMPARE(unlocked->publicKey().fingerprint(), QString::fromStdString(made.value("fingerprint", std::string())));

    const QString out = path(QStringLiteral("locked.zip"));
    const QStringList build = {QStringLiteral("--lang=en"), QStringLiteral("package"), QStringLiteral("build"), m_project,
                               QStringLiteral("--document"), QStringLiteral("model-card"), QStringLiteral("--out"), out,
                               QStringLiteral("--sign"), key};
    r = cli(build);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("protected by a passphrase"), r.err.constData());
    r = cli(build + QStringList{QStringLiteral("--passphrase-file"), bad});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("wrong passphrase"), r.err.constData());
    QVERIFY(!QFile::exists(out));
    r = cli(build + QStringList{QStringLiteral("--passphrase-file"), good});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("package"), QStringLiteral("verify"), out, QStringLiteral("--pubkey"),
             QDir(dir).filePath(SigningKey::publicKeyFileName())});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestPackages::hostilePackages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    const QString dir = QStringLiteral(VV_FIXTURES_DIR "/packaging/hostile");
    auto expected = parseJson(readAll(dir + QStringLiteral("/expected.json")), QStringLiteral("expected.json"));
    QVERIFY(expected);
    QVERIFY(expected->size() >= 12);
    for (auto it = expected->begin(); it != expected->end(); ++it)
        QTest::newRow(it.key().c_str()) << dir + QLatin1Char('/') + QString::fromStdString(it.key())
                                        << QString::fromStdString(it.value().get<std::string>());
}

void TestPackages::hostilePackages()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QTemporaryDir sandbox;
    QVERIFY(sandbox.isValid());
    const QString copy = sandbox.filePath(QStringLiteral("package.zip"));
    QVERIFY(QFile::copy(file, copy));
    const QStringList before = filesUnder(sandbox.path());

    PackageReadOptions options;
    options.extractTo = sandbox.filePath(QStringLiteral("out"));
    auto v = PackageReader::read(copy, options);
    QVERIFY2(!v, "a hostile package was accepted");
    QVERIFY2(v.error().toString().contains(expected), qPrintable(v.error().toString()));
    // Nothing was left behind: not in the target folder (removed again) and not beside it.
    QCOMPARE(filesUnder(sandbox.path()), before);
    QVERIFY(!QFile::exists(QStringLiteral("/etc/veiviser-pwned")));

    // The CLI says the same with exit code 1 or 2, never a crash.
    auto r = cli({QStringLiteral("package"), QStringLiteral("verify"), copy});
    QVERIFY2(r.exitCode == 1 || r.exitCode == 2, r.err.constData());
    QVERIFY(r.err.contains(expected.toUtf8()));
}

void TestPackages::reviewRoundTrip()
{
    const QString review = path(QStringLiteral("review.veiviser"));
    auto r = cli({QStringLiteral("review"), QStringLiteral("open"), m_package, QStringLiteral("--out"), review,
                  QStringLiteral("--pubkey"), m_pub, QStringLiteral("--reviewer"), QStringLiteral("Kari Nordmann"),
                  QStringLiteral("--organisation"), QStringLiteral("DMP")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The vendor's content is sealed (reviewProjectRefusesWrites tries every write).
    r = cli({QStringLiteral("answer"), review, QStringLiteral("system.is_software=false")});
    QCOMPARE(r.exitCode, 2);

    const QString urn = QStringLiteral("urn:veiviser:gdpr:dpia-screening");
    r = cli({QStringLiteral("review"), QStringLiteral("finding"), review, urn, QStringLiteral("--verdict"),
             QStringLiteral("deficiency")});
    QCOMPARE(r.exitCode, 2); // a deficiency needs a comment
    r = cli({QStringLiteral("review"), QStringLiteral("finding"), review, urn, QStringLiteral("--verdict"),
             QStringLiteral("deficiency"), QStringLiteral("--comment"), QStringLiteral("The DPIA has no risk section.")});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    r = cli({QStringLiteral("keys"), QStringLiteral("generate"), path(QStringLiteral("dmp"))});
    QCOMPARE(r.exitCode, 0);
    const QString reviewFile = path(QStringLiteral("review.json"));
    r = cli({QStringLiteral("review"), QStringLiteral("export"), review, QStringLiteral("--out"), reviewFile,
             QStringLiteral("--sign"), path(QStringLiteral("dmp/veiviser-signing-key.pem"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The signed review anchors the review project's history up to its export.
    r = cli({QStringLiteral("audit"), QStringLiteral("verify"), review, QStringLiteral("--against"), reviewFile,
             QStringLiteral("--pubkey"), path(QStringLiteral("dmp/veiviser-signing-key.pub.pem"))});
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());

    // A changed review does not import.
    QByteArray text = readAll(reviewFile);
    const QString forged = path(QStringLiteral("forged.json"));
    QVERIFY(writeAll(forged, QByteArray(text).replace("no risk section", "a fine risk section")));
    r = cli({QStringLiteral("review"), QStringLiteral("import"), m_project, forged});
    QCOMPARE(r.exitCode, 1);

    r = cli({QStringLiteral("--json"), QStringLiteral("review"), QStringLiteral("import"), m_project, reviewFile,
             QStringLiteral("--pubkey"), path(QStringLiteral("dmp/veiviser-signing-key.pub.pem"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(parse(r.out).value("findings", 0), 1);
    r = cli({QStringLiteral("--json"), QStringLiteral("review"), QStringLiteral("import"), m_project, reviewFile});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(parse(r.out).value("imported", true), false); // once only

    r = cli({QStringLiteral("--json"), QStringLiteral("review"), QStringLiteral("list"), m_project});
    QCOMPARE(r.exitCode, 0);
    const Json listed = parse(r.out);
    const Json reviews = listed["reviews"];
    QCOMPARE(reviews.size(), std::size_t(1));
    QCOMPARE(reviews[0].value("organisation", std::string()), std::string("DMP"));
    QCOMPARE(reviews[0]["findings"][0].value("urn", std::string()), urn.toStdString());
    QCOMPARE(reviews[0]["findings"][0].value("verdict", std::string()), std::string("deficiency"));
}

// The package's signed manifest records the project's audit head; a history rewritten consistently afterwards passes
// inside the file but not against the package.
void TestPackages::auditVerifyAgainstPackage()
{
    const QString copy = path(QStringLiteral("anchored.veiviser"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_project, copy));
    auto r = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify"), copy,
                  QStringLiteral("--against"), m_package, QStringLiteral("--pubkey"), m_pub});
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    const Json ok = parse(r.out);
    QCOMPARE(ok["anchor"].value("met", false), true);
    QVERIFY(ok["anchor"].value("seq", 0) >= 4);

    // The system version changed, and the project.create entry that recorded it, and every hash after it.
    QVERIFY(test::tamper(copy, {QStringLiteral("UPDATE project SET name = 'Forged'"),
                                QStringLiteral("UPDATE audit SET payload = replace(payload, '\"name\":\"Sepsis\"', "
                                               "'\"name\":\"Forged\"') WHERE seq = 1")}));
    QVERIFY(test::tamper(copy, test::rechainFrom(copy, 1)));
    r = cli({QStringLiteral("audit"), QStringLiteral("verify"), copy});
    QVERIFY2(r.exitCode == 0, "a consistent rewrite cannot be seen from inside the file (SECURITY.md says so)");
    r = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify"), copy, QStringLiteral("--against"),
             m_package});
    QCOMPARE(r.exitCode, 1);
    const Json broken = parse(r.out);
    QCOMPARE(broken.value("intact", true), false);
    QCOMPARE(broken["anchor"].value("met", true), false);
    QVERIFY2(r.err.contains("rewritten"), r.err.constData());

    // An unsigned or altered package anchors nothing.
    const QString unsignedPackage = path(QStringLiteral("unsigned-anchor.zip"));
    r = cli({QStringLiteral("package"), QStringLiteral("build"), m_project, QStringLiteral("--document"),
             QStringLiteral("dpia"), QStringLiteral("--out"), unsignedPackage});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("audit"), QStringLiteral("verify"), m_project, QStringLiteral("--against"), unsignedPackage});
    QCOMPARE(r.exitCode, 1);
}

// A signature proves who sent a package, not that the names inside it are benign: a sender with a valid key points
// the assessment export's evidence path outside the package, at a device, a FIFO, a symlink or a file of another
// kind. Each package verifies; review open refuses each one, reads nothing from the reviewer's disk, does not hang,
// and leaves no review project behind.
void TestPackages::hostileContentInSignedPackages_data()
{
    QTest::addColumn<QString>("evidencePath");
    QTest::addColumn<QString>("expected");
    const QString outside = path(QStringLiteral("outside"));
    QVERIFY(QDir().mkpath(outside));
    QVERIFY(writeAll(outside + QStringLiteral("/secret.txt"), "the reviewer's own file\n"));
    QVERIFY(QFile::link(outside + QStringLiteral("/secret.txt"), outside + QStringLiteral("/link")));
    QVERIFY(::mkfifo(QFile::encodeName(outside + QStringLiteral("/fifo")).constData(), 0600) == 0);
    const QString notAFile = QStringLiteral("is not one of its files");
    QTest::newRow("unchanged") << QString() << QString();
    QTest::newRow("absolute path") << outside + QStringLiteral("/secret.txt") << notAFile;
    QTest::newRow("dot-dot") << QStringLiteral("../../../../../../../..") + outside + QStringLiteral("/secret.txt")
                             << notAFile;
    QTest::newRow("dot-dot inside") << QStringLiteral("evidence/../exports/assessment.json") << notAFile;
    QTest::newRow("device") << QStringLiteral("/dev/zero") << notAFile;
    QTest::newRow("fifo") << outside + QStringLiteral("/fifo") << notAFile;
    QTest::newRow("symlink") << outside + QStringLiteral("/link") << notAFile;
    QTest::newRow("envelope") << QStringLiteral("manifest.json") << notAFile;
    QTest::newRow("an export") << QStringLiteral("exports/assessment.json") << QStringLiteral("lists it as export");
    QTest::newRow("a document") << QStringLiteral("@document") << QStringLiteral("lists it as document");
}

void TestPackages::hostileContentInSignedPackages()
{
    QFETCH(QString, evidencePath);
    QFETCH(QString, expected);
    const QString crafted = path(QStringLiteral("crafted.zip"));
    const QString craftProblem = test::craftPackage(m_package, crafted, m_key, [&](test::PackageContents &c) {
        if (evidencePath.isEmpty())
            return;
        QByteArray &bytes = c.files[QStringLiteral("exports/assessment.json")];
        Json a = parse(bytes);
        QVERIFY(!a["evidence"].empty());
        std::string target = evidencePath.toStdString();
        if (evidencePath == QStringLiteral("@document")) // the first document the manifest lists
            for (const Json &f : c.manifest["files"])
                if (f.value("kind", std::string()) == "document" && target.front() == '@')
                    target = f.value("path", std::string());
        a["evidence"][0]["path"] = target;
        bytes = canonicalJsonBytes(a);
    });
    QVERIFY2(craftProblem.isEmpty(), qPrintable(craftProblem));
    // The crafted package verifies: what is refused below is its content, not its signature.
    auto r = cli({QStringLiteral("package"), QStringLiteral("verify"), crafted, QStringLiteral("--pubkey"), m_pub});
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());

    const QString review = path(QStringLiteral("crafted-review.veiviser"));
    QFile::remove(review);
    r = runCli({QStringLiteral("review"), QStringLiteral("open"), crafted, QStringLiteral("--out"), review,
                QStringLiteral("--pubkey"), m_pub},
               m_dir.path(), 30000);
    if (expected.isEmpty()) {
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY(QFile::exists(review));
        return;
    }
    QCOMPARE(r.exitCode, 1); // a check failure, not a crash and not a timeout (-1)
    QVERIFY2(r.err.contains(expected.toUtf8()), r.err.constData());
    QVERIFY(!QFile::exists(review));
    QVERIFY(!QFile::exists(review + QStringLiteral(".part")));
}

namespace {

/// One document's HTML from a package, read as any package is read.
QString documentHtml(const QString &package, const QString &entry)
{
    PackageReadOptions options;
    options.allowUnsigned = true;
    options.keepInMemory = {entry};
    auto v = PackageReader::read(package, options);
    return v ? QString::fromUtf8(v->memoryFile(entry)) : QString();
}

} // namespace

// A deployer does not issue the provider's technical file or declaration, and a provider does not make the
// deployer's FRIA: such a build is refused, naming the documents that fit; --draft builds it, marked as a draft.
void TestPackages::documentsForTheRole_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("fitting"); ///< one document the refusal must offer instead
    for (const char *doc : {"ai-act-annex-iv", "mdr-technical-file", "combined-technical-file", "declaration-of-conformity"})
        QTest::newRow(doc) << QStringLiteral("deployer") << QString::fromLatin1(doc) << QStringLiteral("fria");
    QTest::newRow("fria") << QStringLiteral("provider") << QStringLiteral("fria") << QStringLiteral("ai-act-annex-iv");
}

void TestPackages::documentsForTheRole()
{
    QFETCH(QString, role);
    QFETCH(QString, document);
    QFETCH(QString, fitting);
    const QString project = path(role + QStringLiteral("-role.veiviser"));
    if (!QFile::exists(project))
        QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("init"), project, QStringLiteral("--role"), role}).exitCode, 0);
    const QString out = path(QStringLiteral("role-%1.zip").arg(document));
    QFile::remove(out);
    const QStringList build{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("package"), QStringLiteral("build"),
                            project, QStringLiteral("--document"), document, QStringLiteral("--out"), out};
    auto r = cli(build);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("%1: not a document for a project in the role %2").arg(document, role).toUtf8()),
             r.err.constData());
    QVERIFY2(r.err.contains("Documents for this role:") && r.err.contains(fitting.toUtf8()), r.err.constData());
    const QString offered = QString::fromUtf8(r.err).section(QStringLiteral("Documents for this role:"), 1).section(QLatin1Char('.'), 0, 0);
    QVERIFY2(!offered.contains(document), qPrintable(offered)); // the refused document is not offered
    QVERIFY(!QFile::exists(out));

    r = cli(build + QStringList{QStringLiteral("--draft"), QStringLiteral("--language"), QStringLiteral("en")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString html = documentHtml(out, QStringLiteral("documents/en/%1.html").arg(document));
    QVERIFY(!html.isEmpty());
    QVERIFY2(html.contains(QStringLiteral("class=\"draft-mark\"")), "a draft must say so on every page");
    QVERIFY(html.contains(QStringLiteral("role is %1. It was built as a draft.").arg(role)));
    QVERIFY(!html.contains(QStringLiteral("class=\"complete-box\"")));
}

// A required requirement in progress is open, not met: the headline says so and the document is a draft. Once it
// is met (and nothing else is missing), neither.
void TestPackages::openRequirementMakesADraft()
{
    const QString project = path(QStringLiteral("both-role.veiviser"));
    QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("init"), project, QStringLiteral("--role"),
                  QStringLiteral("both")}).exitCode, 0);
    // The demo's answers make the system high-risk, so the conformity assessment (Art. 43) applies.
    QCOMPARE(cli({QStringLiteral("answer"), project, QStringLiteral("--from"), QStringLiteral(VV_SOURCE_DIR "/demo/answers.json")})
                 .exitCode, 0);
    const QString urn = QStringLiteral("urn:veiviser:ai-act:art-43");
    auto r = cli({QStringLiteral("requirement"), QStringLiteral("set"), project, urn, QStringLiteral("--status"),
                  QStringLiteral("in_progress")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = path(QStringLiteral("open-requirement.zip"));
    QFile::remove(out);
    r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--json"), QStringLiteral("package"),
             QStringLiteral("build"), project, QStringLiteral("--document"), QStringLiteral("declaration-of-conformity"),
             QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString html = documentHtml(out, QStringLiteral("documents/en/declaration-of-conformity.html"));
    QVERIFY(html.contains(QStringLiteral("is in progress, not yet met")));
    QVERIFY(html.contains(QStringLiteral("class=\"draft-mark\"")));
    bool warned = false;
    const Json built = parse(r.out);
    for (const Json &w : built["warnings"])
        warned = warned || w.value("key", std::string()) == "requirement:" + urn.toStdString();
    QVERIFY2(warned, r.out.constData());

    QCOMPARE(cli({QStringLiteral("requirement"), QStringLiteral("set"), project, urn, QStringLiteral("--status"),
                  QStringLiteral("met")}).exitCode, 0);
    QFile::remove(out);
    r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("package"), QStringLiteral("build"), project,
             QStringLiteral("--document"), QStringLiteral("declaration-of-conformity"), QStringLiteral("--language"),
             QStringLiteral("en"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!documentHtml(out, QStringLiteral("documents/en/declaration-of-conformity.html"))
                 .contains(QStringLiteral("is in progress")));
}

// A FRIA for a system that is not AI at all: Art. 27 does not ask for one, so the document says so with the
// classification's reason instead of listing its details as missing and marking itself a draft. A DPIA whose need is
// not yet settled names the open requirement once (it is both a requirement and its evidence in the manifest).
void TestPackages::documentTheLawDoesNotAskFor()
{
    const QString project = path(QStringLiteral("not-required.veiviser"));
    QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("init"), project, QStringLiteral("--role"),
                  QStringLiteral("deployer")}).exitCode, 0);
    const QString out = path(QStringLiteral("not-required.zip"));
    QFile::remove(out);
    auto r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("package"), QStringLiteral("build"),
                  project, QStringLiteral("--document"), QStringLiteral("dpia"), QStringLiteral("--language"),
                  QStringLiteral("en"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString dpia = documentHtml(out, QStringLiteral("documents/en/dpia.html"));
    const QString box = dpia.section(QStringLiteral("<section class=\"missing-box\">"), 1).section(QStringLiteral("</section>"), 0, 0);
    QVERIFY2(!box.isEmpty(), qPrintable(dpia.left(3000)));
    QCOMPARE(box.count(QStringLiteral("It is not settled whether the requirement “Data protection impact assessment")), 1);
    QVERIFY(dpia.contains(QStringLiteral("class=\"draft-mark\"")));

    QCOMPARE(cli({QStringLiteral("answer"), project, QStringLiteral("system.is_ai=false")}).exitCode, 0);
    QFile::remove(out);
    r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("package"), QStringLiteral("build"), project,
             QStringLiteral("--document"), QStringLiteral("fria"), QStringLiteral("--language"), QStringLiteral("en"),
             QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString fria = documentHtml(out, QStringLiteral("documents/en/fria.html"));
    QVERIFY2(fria.contains(QStringLiteral("The law does not ask for this document for this system")), qPrintable(fria.left(4000)));
    QVERIFY(!fria.contains(QStringLiteral("class=\"missing-box\"")));
    QVERIFY(!fria.contains(QStringLiteral("class=\"draft-mark\"")));
}

// AI Act Art. 47(1) asks for a machine-readable declaration: a package with the declaration carries
// exports/declaration-of-conformity.json, signed with the package. Its fields are the points of Annex V (and MDR
// Annex IV for a device), filled from the project's details; what the project lacks is null and listed in `missing`.
void TestPackages::declarationIsMachineReadable()
{
    const QString project = path(QStringLiteral("declaration.veiviser"));
    QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("init"), project, QStringLiteral("--name"), QStringLiteral("Sepsis"),
                  QStringLiteral("--system-version"), QStringLiteral("3.0"), QStringLiteral("--role"), QStringLiteral("provider")})
                 .exitCode, 0);
    // The demo's answers make the system a medical device that processes personal data, so MDR Annex IV and
    // Annex V point 5 apply.
    QCOMPARE(cli({QStringLiteral("answer"), project, QStringLiteral("--from"), QStringLiteral(VV_SOURCE_DIR "/demo/answers.json")})
                 .exitCode, 0);
    // Some details given, others (the date of issue, the notified body, the SRN, ...) left out on purpose.
    const std::map<std::string, std::string> given = {
        {"manufacturer.name", "Helse Vest IKT AS"},
        {"manufacturer.address", "Postboks 1, 5020 Bergen"},
        {"device.trade_name", "Sepsisvarsel"},
        {"standards.applied", "EN ISO 14971:2019+A11:2021 (in full)\n\nEN 62304:2006+A1:2015 (in full)"},
        {"declaration.place", "Bergen"},
        {"declaration.signatory", "Kari Nordmann, CEO"}};
    Json detailsJson = Json::object();
    for (const auto &[k, v] : given)
        detailsJson[k] = v;
    QVERIFY(writeAll(path(QStringLiteral("declaration-details.json")), QByteArray::fromStdString(detailsJson.dump())));
    auto r = cli({QStringLiteral("details"), QStringLiteral("set"), project, QStringLiteral("--from"),
                  path(QStringLiteral("declaration-details.json"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = path(QStringLiteral("declaration.zip"));
    r = cli({QStringLiteral("--json"), QStringLiteral("package"), QStringLiteral("build"), project, QStringLiteral("--document"),
             QStringLiteral("declaration-of-conformity"), QStringLiteral("--out"), out, QStringLiteral("--sign"), m_key});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const std::string fingerprint = parse(r.out).value("signer_fingerprint", std::string());
    QVERIFY(!fingerprint.empty());

    // Read as a regulator reads it: the whole package verified against the sender's key.
    const QString entry = QStringLiteral("exports/declaration-of-conformity.json");
    PackageReadOptions options;
    options.pinnedKey = *PublicKey::readFile(m_pub);
    options.keepInMemory = {entry};
    auto read = PackageReader::read(out, options);
    QVERIFY(read);
    QVERIFY2(read->ok(), qPrintable(read->problems.join(QStringLiteral("; "))));
    const Json d = parse(read->memoryFile(entry));
    QVERIFY2(d.is_object(), "the package has no machine-readable declaration");
    QCOMPARE(d.value("format", std::string()), std::string("veiviser-declaration-of-conformity"));
    const Json &fields = d["fields"];
    const Json &missing = d["missing"];
    auto isMissing = [&](const std::string &id) { return std::find(missing.begin(), missing.end(), Json(id)) != missing.end(); };

    // Every field cites its point, and says where its value comes from; a detail the project has is copied as it
    // is, one it lacks is null and, unless the point applies only where applicable, listed as missing.
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const Json &f = it.value();
        const std::string source = f.value("source", std::string());
        QVERIFY2(source.rfind("AI Act ", 0) == 0 || source.rfind("MDR ", 0) == 0, it.key().c_str());
        const std::string from = f["from"].is_string() ? f["from"].get<std::string>() : std::string();
        if (from.rfind("detail:", 0) == 0) {
            const auto g = given.find(from.substr(7));
            if (g != given.end())
                QVERIFY2(f["value"] == Json(g->second), it.key().c_str());
            else
                QVERIFY2(f["value"].is_null() && (isMissing(it.key()) || f.value("required", true) == false), it.key().c_str());
        }
        QCOMPARE(isMissing(it.key()), f["value"].is_null() && f.value("required", true));
    }
    // Each of the eight points of Annex V has a field (Regulation (EU) 2024/1689, Annex V 1-8), and the MDR's own
    // points are there for a device (Art. 47(3): one declaration).
    for (int point = 1; point <= 8; ++point) {
        const std::string cited = "AI Act Annex V point " + std::to_string(point);
        bool found = false;
        for (const Json &f : fields)
            found = found || f.value("source", std::string()).find(cited) != std::string::npos;
        QVERIFY2(found, cited.c_str());
    }
    QVERIFY(fields.contains("mdr.basic_udi_di") && fields.contains("mdr.srn") && fields.contains("mdr.risk_class"));
    QCOMPARE(d.value("single_declaration", false), true);
    QVERIFY(fields["union_legislation"]["value"].dump().find("Regulation (EU) 2017/745") != std::string::npos);

    QVERIFY(fields["provider.name"]["value"] == Json("Helse Vest IKT AS"));
    QVERIFY(fields["ai_system.name"]["value"] == Json("Sepsisvarsel"));
    QVERIFY(fields["ai_system.version"]["value"] == Json("3.0"));
    // The date of issue is the provider's to give, never the day the package was built.
    QVERIFY(fields["issue.date"]["value"].is_null() && isMissing("issue.date"));
    // A Class IIb device needs its notified body (MDR Art. 52), so its absence is missing, not "not applicable".
    QVERIFY(isMissing("notified_body.name_number"));
    QVERIFY(fields["processes_personal_data"]["value"] == Json(true));
    QVERIFY(fields["data_protection"]["value"].value("en", std::string()).find("2016/679") != std::string::npos);
    QCOMPARE(fields["signature"]["value"].value("fingerprint", std::string()), fingerprint);
    QCOMPARE(d.value("complete", true), false);

    // Unsigned, the package's declaration has no signature yet, and says so.
    const QString unsigned_ = path(QStringLiteral("declaration-unsigned.zip"));
    r = cli({QStringLiteral("package"), QStringLiteral("build"), project, QStringLiteral("--document"),
             QStringLiteral("declaration-of-conformity"), QStringLiteral("--out"), unsigned_});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json u = parse(documentHtml(unsigned_, entry).toUtf8());
    QVERIFY(u["fields"]["signature"]["value"].is_null());
    QVERIFY(std::find(u["missing"].begin(), u["missing"].end(), Json("signature")) != u["missing"].end());

    // Before the questions are answered, what depends on them is open, not "does not apply": the acts covered, the
    // data-protection statement and the notified body.
    const QString unanswered = path(QStringLiteral("declaration-unanswered.veiviser"));
    QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("init"), unanswered, QStringLiteral("--role"), QStringLiteral("provider")})
                 .exitCode, 0);
    const QString early = path(QStringLiteral("declaration-unanswered.zip"));
    r = cli({QStringLiteral("package"), QStringLiteral("build"), unanswered, QStringLiteral("--document"),
             QStringLiteral("declaration-of-conformity"), QStringLiteral("--out"), early});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json e = parse(documentHtml(early, entry).toUtf8());
    for (const char *open : {"union_legislation", "processes_personal_data", "notified_body.name_number"})
        QVERIFY2(std::find(e["missing"].begin(), e["missing"].end(), Json(open)) != e["missing"].end(), open);
    QVERIFY(e["single_declaration"].is_null());
}

void TestPackages::reviewProjectRefusesWrites_data()
{
    // Every command that writes to a project, pointed at a review project. FILE stands for the review project.
    QTest::addColumn<QStringList>("args");
    const QString file = QStringLiteral("FILE");
    const QString urn = QStringLiteral("urn:veiviser:gdpr:dpia-screening");
    QTest::newRow("answer") << QStringList{QStringLiteral("answer"), file, QStringLiteral("system.is_software=false")};
    QTest::newRow("answer --from") << QStringList{QStringLiteral("answer"), file, QStringLiteral("--from"),
                                                  QStringLiteral(VV_SOURCE_DIR "/demo/answers.json")};
    QTest::newRow("answers confirm") << QStringList{QStringLiteral("answers"), QStringLiteral("confirm"), file,
                                                    QStringLiteral("system.is_software")};
    QTest::newRow("requirement set") << QStringList{QStringLiteral("requirement"), QStringLiteral("set"), file, urn,
                                                    QStringLiteral("--status"), QStringLiteral("met")};
    QTest::newRow("evidence add") << QStringList{QStringLiteral("evidence"), QStringLiteral("add"), file,
                                                 QStringLiteral("validation-plan.txt")};
    QTest::newRow("evidence link") << QStringList{QStringLiteral("evidence"), QStringLiteral("link"), file,
                                                  QStringLiteral("1"), urn};
    QTest::newRow("evidence unlink") << QStringList{QStringLiteral("evidence"), QStringLiteral("unlink"), file,
                                                    QStringLiteral("1"), urn};
    QTest::newRow("evidence set") << QStringList{QStringLiteral("evidence"), QStringLiteral("set"), file,
                                                 QStringLiteral("1"), QStringLiteral("--title"), QStringLiteral("Other")};
    QTest::newRow("evidence confirm-pii") << QStringList{QStringLiteral("evidence"), QStringLiteral("confirm-pii"),
                                                         file, QStringLiteral("1"), QStringLiteral("--reason"),
                                                         QStringLiteral("Synthetic numbers.")};
    QTest::newRow("evidence remove") << QStringList{QStringLiteral("evidence"), QStringLiteral("remove"), file,
                                                    QStringLiteral("1")};
    QTest::newRow("details set") << QStringList{QStringLiteral("details"), QStringLiteral("set"), file,
                                                QStringLiteral("system.intended_purpose"), QStringLiteral("Other.")};
    QTest::newRow("package build") << QStringList{QStringLiteral("package"), QStringLiteral("build"), file,
                                                  QStringLiteral("--document"), QStringLiteral("model-card"),
                                                  QStringLiteral("--out"), QStringLiteral("from-review.zip")};
    QTest::newRow("project member") << QStringList{QStringLiteral("project"), QStringLiteral("member"), file,
                                                   QStringLiteral("kari"), QStringLiteral("editor")};
    QTest::newRow("review import") << QStringList{QStringLiteral("review"), QStringLiteral("import"), file,
                                                  QStringLiteral("review.json")};
    QTest::newRow("metrics --project") << QStringList{QStringLiteral("metrics"), QStringLiteral("--predictions"),
                                                      QStringLiteral(VV_FIXTURES_DIR "/validation/asah.csv"),
                                                      QStringLiteral("--label"), QStringLiteral("poor"),
                                                      QStringLiteral("--score"), QStringLiteral("s100b"),
                                                      QStringLiteral("--project"), file};
    QTest::newRow("run") << QStringList{QStringLiteral("run"), file, QStringLiteral("--engine"),
                                        QStringLiteral("results-import"), QStringLiteral("--set"),
                                        QStringLiteral("path=" VV_FIXTURES_DIR
                                                       "/results-import/results_2025-01-15T10-20-30.123456.json")};
}

void TestPackages::reviewProjectRefusesWrites()
{
    QFETCH(QStringList, args);
    args.replaceInStrings(QRegularExpression(QStringLiteral("^FILE$")), m_sealed);
    QVERIFY(writeAll(path(QStringLiteral("review.json")), "{}"));
    auto head = [&] {
        auto r = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify"), m_sealed});
        return parse(r.out).value("entries", qint64(-1));
    };
    const qint64 before = head();
    QVERIFY(before > 0);

    auto r = cli(args);
    // A plain input error, naming the file, saying what it is and what to do instead; never a database error.
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err).trimmed();
    QVERIFY2(err.startsWith(QStringLiteral("error: ") + m_sealed + QStringLiteral(": ")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("review project")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("review finding")), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("database error")), qPrintable(err));
    QVERIFY2(!err.contains(u'\n'), qPrintable(err));
    QCOMPARE(head(), before);
    QVERIFY(!QFile::exists(path(QStringLiteral("from-review.zip"))));

    // The same in Bokmål.
    r = cli(QStringList{QStringLiteral("--lang"), QStringLiteral("nb")} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("gjennomgang"), r.err.constData());
}

void TestPackages::diffShowsChanges()
{
    auto r = cli({QStringLiteral("details"), QStringLiteral("set"), m_project, QStringLiteral("system.intended_purpose"),
                  QStringLiteral("Warns about sepsis risk in all inpatients.")});
    QCOMPARE(r.exitCode, 0);
    const QString newer = path(QStringLiteral("p2.zip"));
    r = cli({QStringLiteral("package"), QStringLiteral("build"), m_project, QStringLiteral("--document"),
             QStringLiteral("ai-act-annex-iv"), QStringLiteral("--draft"), QStringLiteral("--document"), QStringLiteral("dpia"),
             QStringLiteral("--out"), newer, QStringLiteral("--sign"), m_key});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("--json"), QStringLiteral("package"), QStringLiteral("diff"), m_package, newer});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    bool detail = false, document = false;
    const Json diff = parse(r.out);
    for (const Json &c : diff["changes"]) {
        detail |= c.value("key", std::string()) == "system.intended_purpose";
        document |= c.value("area", std::string()) == "documents";
    }
    QVERIFY2(detail, r.out.constData());
    QVERIFY2(document, r.out.constData());
}

// pandoc leaves out SVG written into the page: a DOCX would lose every chart silently. Each chart becomes a file
// of its own, with the stylesheet's chart rules and its printed size, and the DOCX embeds it.
void TestPackages::docxKeepsTheCharts()
{
    const QByteArray html = R"(<html><head><style>p { color: #111; } .chart { width: 85mm; } .chart .grid { stroke: #e3e7eb; }</style></head>
<body><p>Before .chart .evil { fill: red }</p><svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 360.0 300.0" role="img" aria-label="ROC curve"><line x1="0" y1="0" x2="10" y2="10" class="grid"/></svg>
<p>Between</p><svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 400 200" role="img" aria-label="Calibration"><rect width="5" height="5"/></svg><p>After</p></body></html>)";
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto out = DocxConverter::chartsAsFiles(html, dir.path());
    QVERIFY2(out, out ? "" : qPrintable(out.error().toString()));
    QVERIFY(!out->contains("<svg"));
    QVERIFY2(out->contains(R"(<img src="chart-1.svg" alt="ROC curve" />)"), out->constData());
    QVERIFY(out->contains(R"(<img src="chart-2.svg" alt="Calibration" />)"));
    QVERIFY(out->contains("<p>Between</p>") && out->contains("<p>After</p>"));
    const QByteArray first = readAll(dir.filePath(QStringLiteral("chart-1.svg")));
    QVERIFY2(first.startsWith(R"(<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 360.0 300.0" role="img" aria-label="ROC curve" width="321" height="268">)"),
             first.constData());
    QVERIFY(first.contains("<style>.chart .grid { stroke: #e3e7eb; }</style>"));
    QVERIFY(!first.contains("evil")); // a rule-like text in the body stays out
    QVERIFY(readAll(dir.filePath(QStringLiteral("chart-2.svg"))).contains(R"(width="321" height="161")"));

    if (QStandardPaths::findExecutable(QStringLiteral("pandoc")).isEmpty())
        QSKIP("pandoc is not installed");
    auto docx = DocxConverter::convert(html, QDateTime::fromSecsSinceEpoch(1767225600, QTimeZone::utc()));
    QVERIFY2(docx, docx ? "" : qPrintable(docx.error().toString()));
    const QString file = dir.filePath(QStringLiteral("d.docx"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(*docx);
    f.close();
    QProcess list;
    list.start(QStringLiteral("unzip"), {QStringLiteral("-l"), file});
    QVERIFY(list.waitForFinished(60000));
    const QByteArray entries = list.readAllStandardOutput();
    QCOMPARE(entries.count(".svg"), 2);
}

void TestPackages::pdfAndDocx()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pandoc")).isEmpty())
        QSKIP("poppler-utils or pandoc is not installed");
    const QString out = path(QStringLiteral("pdf.zip"));
    auto r = cli({QStringLiteral("package"), QStringLiteral("build"), m_project, QStringLiteral("--document"),
                  QStringLiteral("ai-act-annex-iv"), QStringLiteral("--draft"), QStringLiteral("--format"), QStringLiteral("pdf"),
                  QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--language"),
                  QStringLiteral("en"), QStringLiteral("--out"), out, QStringLiteral("--sign"), m_key});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString dir = path(QStringLiteral("pdf-out"));
    PackageReadOptions options;
    options.extractTo = dir;
    auto v = PackageReader::read(out, options);
    QVERIFY(v);
    QVERIFY2(v->ok(), qPrintable(v->problems.join(u'\n')));
    const QString pdf = dir + QStringLiteral("/documents/en/ai-act-annex-iv.pdf");
    QVERIFY(readAll(pdf).startsWith("%PDF-"));
    QVERIFY(readAll(dir + QStringLiteral("/documents/en/ai-act-annex-iv.docx")).startsWith("PK"));

    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished(60000));
    const QByteArray infoText = info.readAllStandardOutput();
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(infoText));
    QVERIFY(match.hasMatch());
    const int pages = match.captured(1).toInt();
    QVERIFY2(pages >= 3, infoText.constData());

    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QByteArray body = text.readAllStandardOutput();
    QVERIFY2(body.contains("Annex IV"), body.left(400).constData());
    QVERIFY(body.contains("Warns about sepsis risk"));
}

// The risk-management file and the change-control plan build in every format and both languages, with the hazard,
// its control and the plan's modification in them (issue 23).
void TestPackages::riskDocumentsInEveryFormat()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pandoc")).isEmpty())
        QSKIP("poppler-utils or pandoc is not installed");
    const QString project = path(QStringLiteral("risk.veiviser"));
    auto r = cli({QStringLiteral("project"), QStringLiteral("init"), project, QStringLiteral("--name"),
                  QStringLiteral("Sepsis"), QStringLiteral("--role"), QStringLiteral("provider")});
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("hazard"), QStringLiteral("add"), project, QStringLiteral("--ref"), QStringLiteral("H-77"),
             QStringLiteral("--category"), QStringLiteral("automation_bias"), QStringLiteral("--hazard"),
             QStringLiteral("Nurses trust a missing alert"), QStringLiteral("--situation"), QStringLiteral("No assessment"),
             QStringLiteral("--sequence"), QStringLiteral("No alert"), QStringLiteral("--harm"),
             QStringLiteral("Delayed antibiotics"), QStringLiteral("--initial"), QStringLiteral("4,3"),
             QStringLiteral("--requirement"), QStringLiteral("urn:veiviser:ai-act:art-14")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("control"), QStringLiteral("add"), project, QStringLiteral("--hazard"), QStringLiteral("H-77"),
             QStringLiteral("--type"), QStringLiteral("information_for_safety"), QStringLiteral("--description"),
             QStringLiteral("Training on the alert's limits")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(writeAll(path(QStringLiteral("pccp.yaml")), R"(title: Plan
requirements: [urn:veiviser:ai-act:art-43]
modifications:
  - id: yearly-retraining
    title: Yearly retraining
    changes: retraining
    description: Retrained on new data.
    protocol: {data: New data, method: Same pipeline, validation: clinical-metrics}
    criteria:
      - {metric: auroc, lower: 0.75}
    impact: None.
)"));
    r = cli({QStringLiteral("pccp"), QStringLiteral("plan"), project, QStringLiteral("--from"), path(QStringLiteral("pccp.yaml"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = path(QStringLiteral("risk.zip"));
    r = cli({QStringLiteral("package"), QStringLiteral("build"), project, QStringLiteral("--document"),
             QStringLiteral("risk-management-file"), QStringLiteral("--document"), QStringLiteral("pccp"),
             QStringLiteral("--draft"), QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--format"),
             QStringLiteral("pdf"), QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--language"),
             QStringLiteral("nb"), QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--out"), out,
             QStringLiteral("--sign"), m_key});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString dir = path(QStringLiteral("risk-out"));
    PackageReadOptions options;
    options.extractTo = dir;
    auto v = PackageReader::read(out, options);
    QVERIFY(v);
    QVERIFY2(v->ok(), qPrintable(v->problems.join(u'\n')));
    for (const QString &lang : {QStringLiteral("nb"), QStringLiteral("en")}) {
        const QString base = dir + QStringLiteral("/documents/") + lang + QLatin1Char('/');
        const QByteArray rmf = readAll(base + QStringLiteral("risk-management-file.html"));
        QVERIFY2(rmf.contains("H-77") && rmf.contains("Training on the alert&apos;s limits") && rmf.contains("heat-"),
                 qPrintable(lang));
        QVERIFY(readAll(base + QStringLiteral("pccp.html")).contains("yearly-retraining"));
        for (const QString &id : {QStringLiteral("risk-management-file"), QStringLiteral("pccp")}) {
            QVERIFY2(readAll(base + id + QStringLiteral(".pdf")).startsWith("%PDF-"), qPrintable(id));
            QVERIFY2(readAll(base + id + QStringLiteral(".docx")).startsWith("PK"), qPrintable(id));
        }
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {base + QStringLiteral("risk-management-file.pdf"), QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QByteArray body = text.readAllStandardOutput();
        QVERIFY2(body.contains("H-77") && body.contains("ISO 14971"), body.left(400).constData());
    }
    checkTraceSheets(project, dir);
}

// The traceability matrix rides along as a sheet in each language: the rows `trace` gives, the document's column
// names, and the same table as an XLSX workbook.
void TestPackages::checkTraceSheets(const QString &project, const QString &dir)
{
    auto traced = cli({QStringLiteral("--json"), QStringLiteral("trace"), project});
    QCOMPARE(traced.exitCode, 1); // the control has no verification yet: a gap
    const Json trace = Json::parse(traced.out.constData());
    QVERIFY(!trace["rows"].empty());
    for (const QString &lang : {QStringLiteral("nb"), QStringLiteral("en")}) {
        const QByteArray csv = readAll(dir + QStringLiteral("/exports/traceability-matrix.") + lang + QStringLiteral(".csv"));
        QVERIFY2(csv.startsWith("\xEF\xBB\xBF"), qPrintable(lang));
        const QList<QByteArray> lines = csv.mid(3).split('\n');
        QCOMPARE(lines.size() - 1, int(trace["rows"].size()) + 1); // a header, the rows, and the last line's end
        QVERIFY2(lines.front().startsWith(lang == QStringLiteral("nb") ? "Krav,Ref." : "Requirements,Ref."), lines.front().constData());
        const auto row = std::find_if(lines.begin(), lines.end(), [](const QByteArray &l) { return l.contains("H-77"); });
        const QByteArray hazardRow = row == lines.end() ? QByteArray() : *row;
        QVERIFY2(hazardRow.contains(lang == QStringLiteral("nb") ? "verifisering" : "verification"), hazardRow.constData());
        const QString xlsx = dir + QStringLiteral("/exports/traceability-matrix.") + lang + QStringLiteral(".xlsx");
        QVERIFY(readAll(xlsx).startsWith("PK"));
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")});
        QVERIFY(unzip.waitForFinished(60000));
        const QByteArray strings = unzip.readAllStandardOutput();
        QVERIFY2(strings.contains("H-77") && strings.contains("urn:veiviser:ai-act:art-14"), strings.left(400).constData());
    }
}

void TestPackages::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString p = QStringLiteral("PROJECT");
    QTest::newRow("no document") << QStringList{QStringLiteral("package"), QStringLiteral("build"), p,
                                                QStringLiteral("--out"), QStringLiteral("x.zip")} << 2;
    QTest::newRow("unknown document") << QStringList{QStringLiteral("package"), QStringLiteral("build"), p,
                                                     QStringLiteral("--document"), QStringLiteral("nope"),
                                                     QStringLiteral("--out"), QStringLiteral("x.zip")} << 2;
    QTest::newRow("unknown format") << QStringList{QStringLiteral("package"), QStringLiteral("build"), p,
                                                   QStringLiteral("--document"), QStringLiteral("dpia"),
                                                   QStringLiteral("--format"), QStringLiteral("odt"),
                                                   QStringLiteral("--out"), QStringLiteral("x.zip")} << 2;
    QTest::newRow("missing key file") << QStringList{QStringLiteral("package"), QStringLiteral("build"), p,
                                                     QStringLiteral("--document"), QStringLiteral("dpia"),
                                                     QStringLiteral("--sign"), QStringLiteral("no-such.pem"),
                                                     QStringLiteral("--out"), QStringLiteral("x.zip")} << 2;
    QTest::newRow("unknown detail") << QStringList{QStringLiteral("details"), QStringLiteral("set"), p,
                                                   QStringLiteral("no.such"), QStringLiteral("x")} << 2;
    QTest::newRow("bad verdict") << QStringList{QStringLiteral("review"), QStringLiteral("finding"), p,
                                                QStringLiteral("urn:x"), QStringLiteral("--verdict"),
                                                QStringLiteral("maybe")} << 2;
    QTest::newRow("verify missing file") << QStringList{QStringLiteral("package"), QStringLiteral("verify"),
                                                        QStringLiteral("no-such.zip")} << 2;
}

void TestPackages::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    args.replaceInStrings(QStringLiteral("PROJECT"), m_project);
    const QByteArray before = readAll(m_project);
    auto r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.err.startsWith("error: "));
    QVERIFY(!QFile::exists(path(QStringLiteral("x.zip"))));
    QCOMPARE(readAll(m_project), before);
}

QTEST_GUILESS_MAIN(TestPackages)
#include "tst_packages.moc"
