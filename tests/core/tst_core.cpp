#include "core/Clock.h"
#include "core/Error.h"
#include "core/Json.h"
#include "core/Sha256.h"
#include "core/WorkFolder.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace vv;

class TestCore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void errorLine_data();
    void errorLine();
    void errorExitCodes();
    void resultCarriesValueOrError();
    void sha256KnownVectors_data();
    void sha256KnownVectors();
    void sha256Incremental();
    void canonicalJsonSortsKeys();
    void parseJsonReportsLineAndColumn_data();
    void parseJsonReportsLineAndColumn();
    void fixedClock();
    void workFoldersOfEndedProcessesAreRemoved();
};

void TestCore::errorLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("hint");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare") << QString() << 0 << 0 << QString() << "bad thing";
    QTest::newRow("with hint") << QString() << 0 << 0 << "Do this." << "bad thing. Do this.";
    QTest::newRow("file") << "a.yaml" << 0 << 0 << QString() << "a.yaml: bad thing";
    QTest::newRow("file:line") << "a.yaml" << 3 << 0 << QString() << "a.yaml:3: bad thing";
    QTest::newRow("file:line:col hint") << "a.yaml" << 3 << 7 << "Fix it." << "a.yaml:3:7: bad thing. Fix it.";
}

void TestCore::errorLine()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, hint);
    QFETCH(QString, expected);
    const Error e = Error::input(QStringLiteral("bad thing"), hint, {file, line, column});
    QCOMPARE(e.toString(), expected);
}

void TestCore::errorExitCodes()
{
    QCOMPARE(Error::check(QStringLiteral("x")).exitCode(), 1);
    QCOMPARE(Error::input(QStringLiteral("x")).exitCode(), 2);
    QCOMPARE(Error::runtime(QStringLiteral("x")).exitCode(), 3);
    QCOMPARE(Error::cancelled().exitCode(), 3);
}

void TestCore::resultCarriesValueOrError()
{
    Result<int> good = 42;
    QVERIFY(good.ok());
    QCOMPARE(*good, 42);
    Result<int> bad = Error::input(QStringLiteral("nope"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().what(), QStringLiteral("nope"));
    auto chain = [](bool fail) -> Status {
        auto inner = [fail]() -> Result<QString> {
            if (fail)
                return Error::runtime(QStringLiteral("inner failed"));
            return QStringLiteral("ok");
        };
        VV_TRY(inner());
        return {};
    };
    QVERIFY(chain(false).ok());
    QCOMPARE(chain(true).error().what(), QStringLiteral("inner failed"));
}

void TestCore::sha256KnownVectors_data()
{
    // FIPS 180-2 examples.
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("digest");
    QTest::newRow("empty") << QByteArray() << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    QTest::newRow("abc") << QByteArray("abc") << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
}

void TestCore::sha256KnownVectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, digest);
    QCOMPARE(Sha256::hex(input), digest);
    QVERIFY(isSha256Hex(digest));
}

void TestCore::sha256Incremental()
{
    const QByteArray million(1000000, 'a');
    Sha256 h;
    for (int i = 0; i < 1000; ++i)
        h.update(million.constData() + i * 1000, 1000);
    QCOMPARE(h.finishHex(), QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    QVERIFY(!isSha256Hex(QStringLiteral("CDC76E5C9914FB9281A1C7E284D73E67F1809A48A497200E046D39CCC7112CD0")));
    QVERIFY(!isSha256Hex(QStringLiteral("abc")));
}

void TestCore::canonicalJsonSortsKeys()
{
    Json a = Json::parse(R"({"b": 1, "a": {"d": [1, 2], "c": "x"}})");
    Json b = Json::parse(R"({"a":{"c":"x","d":[1,2]},"b":1})");
    QCOMPARE(canonicalJson(a), canonicalJson(b));
    QCOMPARE(QString::fromStdString(canonicalJson(a)), QStringLiteral(R"({"a":{"c":"x","d":[1,2]},"b":1})"));
    QCOMPARE(QString::fromUtf8(canonicalJsonBytes(Json{{"navn", "Bodø"}})), QStringLiteral("{\"navn\":\"Bodø\"}"));
}

void TestCore::parseJsonReportsLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("first line") << QByteArray("{\"a\": }") << 1 << 7;
    QTest::newRow("third line") << QByteArray("{\n  \"a\": 1,\n  \"b\": tru\n}") << 3 << 11;
    QTest::newRow("truncated") << QByteArray("{\"a\": [1, 2") << 1 << 12;
    // Deeper than 512 levels is refused before it can exhaust the stack; brackets inside strings do not count.
    QTest::newRow("nested too deeply") << QByteArray("{\"[[\": " + QByteArray(600, '[')) << 1 << 519;
}

void TestCore::parseJsonReportsLineAndColumn()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    auto r = parseJson(text, QStringLiteral("x.json"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().where().file, QStringLiteral("x.json"));
    QCOMPARE(r.error().where().line, line);
    QCOMPARE(r.error().where().column, column);
    QCOMPARE(r.error().exitCode(), 2);
}

void TestCore::fixedClock()
{
    FixedClock clock(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC));
    QCOMPARE(isoUtc(clock.nowUtc()), QStringLiteral("2026-01-02T03:04:05.006Z"));
    clock.advance(1000);
    QCOMPARE(isoUtc(clock.nowUtc()), QStringLiteral("2026-01-02T03:04:06.006Z"));
}

// A killed process never runs QTemporaryDir's destructor; its work folder (documents, an extracted package) must
// not stay in the temporary folder for good. A child process makes one and ends without cleaning up.
void TestCore::workFoldersOfEndedProcessesAreRemoved()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QByteArray tmpBefore = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(root.path()));
    const auto restore = qScopeGuard([&] { qputenv("TMPDIR", tmpBefore); });

    auto live = std::make_unique<WorkFolder>(QStringLiteral("live"));
    QVERIFY2(live->isValid(), qPrintable(live->errorString()));
    QVERIFY(live->path().startsWith(root.path() + QStringLiteral("/veiviser-live-")));
    QVERIFY(QFileInfo(live->path()).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                       QFile::ReadUser | QFile::WriteUser | QFile::ExeUser));
    const QString livePath = live->path();

    int pipeFds[2];
    QCOMPARE(::pipe(pipeFds), 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ::close(pipeFds[0]);
        auto *killed = new WorkFolder(QStringLiteral("killed")); // never destroyed: the process ends as if killed
        const QByteArray path = QFile::encodeName(killed->isValid() ? killed->path() : QString());
        const bool written = ::write(pipeFds[1], path.constData(), size_t(path.size())) == path.size();
        ::_exit(written ? 0 : 1);
    }
    ::close(pipeFds[1]);
    QByteArray killedPath;
    char buffer[512];
    for (ssize_t n; (n = ::read(pipeFds[0], buffer, sizeof buffer)) > 0;)
        killedPath.append(buffer, n);
    ::close(pipeFds[0]);
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    const QString killed = QFile::decodeName(killedPath);
    QVERIFY(killed.startsWith(root.path() + QStringLiteral("/veiviser-killed-")));
    QVERIFY(QFile::exists(QDir(killed).filePath(WorkFolder::lockName())));
    QFile document(QDir(killed).filePath(QStringLiteral("document-0.html")));
    QVERIFY(document.open(QIODevice::WriteOnly));
    document.write("<p>Pasient 12345678901</p>");
    document.close();

    // Kept: a folder being made this moment (no lock yet), and a folder that is not Veiviser's.
    const QString unlocked = root.filePath(QStringLiteral("veiviser-print-Ab12Cd"));
    const QString foreign = root.filePath(QStringLiteral("other-Ab12Cd"));
    QVERIFY(QDir().mkpath(unlocked) && QDir().mkpath(foreign));
    QVERIFY(QFile::copy(QDir(killed).filePath(WorkFolder::lockName()), QDir(foreign).filePath(WorkFolder::lockName())));

    QCOMPARE(WorkFolder::removeLeftovers(root.path()), 1);
    QVERIFY(!QFileInfo::exists(killed));
    QVERIFY(QFileInfo::exists(livePath));
    QVERIFY(QFileInfo::exists(unlocked));
    QVERIFY(QFileInfo::exists(foreign));
    QCOMPARE(WorkFolder::removeLeftovers(root.path()), 0);

    live.reset();
    QVERIFY(!QFileInfo::exists(livePath));
}

QTEST_GUILESS_MAIN(TestCore)
#include "tst_core.moc"
