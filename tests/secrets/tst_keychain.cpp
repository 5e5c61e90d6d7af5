// The OS keychain through secrets::Keychain, veiviser-cli secret, the openai-compatible engine's api_key_keychain
// and team-database passwords. Runs inside tests/secrets/with-keyring: a private GNOME Keyring on its own D-Bus.

#include "secrets/Keychain.h"
#include "store/ProjectStore.h"
#include "LoopbackChatServer.h"
#include "TestPostgres.h"
#include "TestSupport.h"

#include <QProcess>
#include <QtConcurrent>
#include <QTemporaryDir>
#include <QtTest>

using namespace vv;
using secrets::Keychain;

class TestKeychain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void workerThreadsUseTheKeychain();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void cliKeepsTheSecretOffTheScreen();
    void cliRefusesBadArguments_data();
    void cliRefusesBadArguments();
    void engineTakesTheKeyFromTheKeychain();
    void databasePasswordComesFromTheKeychain();

private:
    test::ProcessResult cli(const QStringList &args, const QByteArray &input = {});
};

void TestKeychain::initTestCase()
{
    if (qEnvironmentVariableIsSet("VEIVISER_TEST_NO_KEYRING"))
        QSKIP(qPrintable(qEnvironmentVariable("VEIVISER_TEST_NO_KEYRING")));
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run this test through tests/secrets/with-keyring");
}

test::ProcessResult TestKeychain::cli(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VEIVISER_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(test::cliPath(), args);
    p.write(input);
    p.closeWriteChannel();
    test::ProcessResult r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestKeychain::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("api key") << QStringLiteral("openai-prod") << QByteArray("sk-test-123456");
    QTest::newRow("unicode name") << QStringLiteral("nøkkel for Ålesund") << QByteArray("passord æøå");
    QTest::newRow("binary with NUL") << QStringLiteral("binary") << QByteArray("a\0b\xff\x01", 5);
    QTest::newRow("largest") << QStringLiteral("large") << QByteArray(Keychain::maxSecretBytes, 'x');
}

void TestKeychain::roundTrip()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, secret);
    auto absent = Keychain::read(name);
    QVERIFY2(absent.ok(), qPrintable(absent ? QString() : absent.error().toString()));
    QVERIFY(!absent->has_value());
    QVERIFY(Keychain::write(name, "first").ok());
    QVERIFY(Keychain::write(name, secret).ok()); // replaces
    auto read = Keychain::read(name);
    QVERIFY(read.ok());
    QVERIFY(read->has_value());
    QCOMPARE(**read, secret);
    QVERIFY(Keychain::remove(name).ok());
    QVERIFY(!Keychain::read(name)->has_value());
    QVERIFY(Keychain::remove(name).ok()); // removing what is gone is not an error
}

void TestKeychain::workerThreadsUseTheKeychain()
{
    // GUI runs and background jobs read keys on worker threads, where QtKeychain itself crashes; the calls are
    // handed to the main thread, which keeps its event loop running here as the GUI does.
    const QString name = QStringLiteral("worker-thread");
    QFuture<QString> future = QtConcurrent::run([name]() -> QString {
        if (!Keychain::write(name, "from-a-worker").ok())
            return QStringLiteral("write failed");
        auto read = Keychain::read(name);
        if (!read || !read->has_value())
            return QStringLiteral("read failed");
        if (**read != "from-a-worker")
            return QStringLiteral("read the wrong secret");
        if (!Keychain::remove(name).ok())
            return QStringLiteral("remove failed");
        return QString();
    });
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 60000);
    QVERIFY2(future.result().isEmpty(), qPrintable(future.result()));
    QVERIFY(!Keychain::read(name)->has_value());
}

void TestKeychain::badInputIsRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty name") << QString() << QByteArray("x") << QStringLiteral("1 to 256 characters");
    QTest::newRow("blank name") << QStringLiteral("   ") << QByteArray("x") << QStringLiteral("1 to 256 characters");
    QTest::newRow("long name") << QString(257, QLatin1Char('n')) << QByteArray("x") << QStringLiteral("1 to 256");
    QTest::newRow("control char") << QStringLiteral("a\nb") << QByteArray("x") << QStringLiteral("control character");
    QTest::newRow("empty secret") << QStringLiteral("ok") << QByteArray() << QStringLiteral("1 to 65536 bytes");
    QTest::newRow("huge secret") << QStringLiteral("ok") << QByteArray(Keychain::maxSecretBytes + 1, 'x')
                                 << QStringLiteral("1 to 65536 bytes");
}

void TestKeychain::badInputIsRefused()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, secret);
    QFETCH(QString, message);
    const Status s = Keychain::write(name, secret);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind(), Error::Kind::Input);
    QVERIFY2(s.error().what().contains(message), qPrintable(s.error().what()));
}

void TestKeychain::cliKeepsTheSecretOffTheScreen()
{
    const QByteArray secret = "sk-cli-secret-7f3a";
    auto set = cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("cli-entry")}, secret + "\n");
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QVERIFY(!set.out.contains(secret) && !set.err.contains(secret));
    QCOMPARE(**Keychain::read(QStringLiteral("cli-entry")), secret); // the newline is not part of it

    auto check = cli({QStringLiteral("--json"), QStringLiteral("secret"), QStringLiteral("check"),
                      QStringLiteral("cli-entry")});
    QCOMPARE(check.exitCode, 0);
    QVERIFY(!check.out.contains(secret));
    VV_COMPARE_JSON(Json::parse(check.out.toStdString())["present"], true);

    QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("remove"), QStringLiteral("cli-entry")}).exitCode, 0);
    auto gone = cli({QStringLiteral("secret"), QStringLiteral("check"), QStringLiteral("cli-entry")});
    QCOMPARE(gone.exitCode, 1);
    QVERIFY(gone.out.contains("is not in the keychain"));

    // A team address names the entry the store looks the password up under.
    auto byAddress = cli({QStringLiteral("--json"), QStringLiteral("secret"), QStringLiteral("set"),
                          QStringLiteral("--database"), QStringLiteral("postgresql://ann@db.example:5433/kvalitet")},
                         "pw");
    QCOMPARE(byAddress.exitCode, 0);
    VV_COMPARE_JSON(Json::parse(byAddress.out.toStdString())["entry"], "postgresql://ann@db.example:5433/kvalitet");
    QCOMPARE(**Keychain::read(QStringLiteral("postgresql://ann@db.example:5433/kvalitet")), QByteArray("pw"));
}

void TestKeychain::cliRefusesBadArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    const QString set = QStringLiteral("set");
    QTest::newRow("nothing named") << QStringList{set} << QByteArray("x") << QStringLiteral("either an entry NAME");
    QTest::newRow("both named") << QStringList{set, QStringLiteral("a"), QStringLiteral("--database"),
                                               QStringLiteral("postgresql://u@h/d")}
                                << QByteArray("x") << QStringLiteral("either an entry NAME");
    QTest::newRow("not a database") << QStringList{set, QStringLiteral("--database"), QStringLiteral("/tmp/p.veiviser")}
                                    << QByteArray("x") << QStringLiteral("not a team database address");
    QTest::newRow("password in address")
        << QStringList{set, QStringLiteral("--database"), QStringLiteral("postgresql://u:pw@h/d")} << QByteArray("x")
        << QStringLiteral("contains a password");
    QTest::newRow("empty input") << QStringList{set, QStringLiteral("a")} << QByteArray() << QStringLiteral("no secret");
    QTest::newRow("empty line") << QStringList{set, QStringLiteral("a")} << QByteArray("\n") << QStringLiteral("no secret");
}

void TestKeychain::cliRefusesBadArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    auto r = cli(QStringList{QStringLiteral("secret")} + args, input);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void TestKeychain::engineTakesTheKeyFromTheKeychain()
{
    test::LoopbackChatServer server;
    QVERIFY(server.start());
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.veiviser"));
    QCOMPARE(test::runCli({QStringLiteral("project"), QStringLiteral("init"), project}).exitCode, 0);
    const QString suite = dir.filePath(QStringLiteral("suite.yaml"));
    QFile f(suite);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name: keychain\nlevel: basic\ncases:\n"
            "  - id: one\n    messages: [{role: user, content: \"[[answer:Ring 113.]] Brystsmerter?\"}]\n"
            "    graders: [{contains: [\"113\"]}]\n");
    f.close();
    const QByteArray key = "sk-from-keychain-5521";
    QVERIFY(Keychain::write(QStringLiteral("loopback-key"), key).ok());
    const QStringList run = {QStringLiteral("run"), project, QStringLiteral("--engine"), QStringLiteral("openai-compatible"),
                             QStringLiteral("--suite"), suite,
                             QStringLiteral("--set"), QStringLiteral("base_url=") + server.baseUrl(),
                             QStringLiteral("--set"), QStringLiteral("model=loopback-model")};
    auto r = test::runCli(run + QStringList{QStringLiteral("--set"), QStringLiteral("api_key_keychain=loopback-key")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(server.authorizations().contains(QStringLiteral("Bearer ") + QString::fromLatin1(key)));
    QVERIFY(!r.out.contains(key) && !r.err.contains(key));
    QFile file(project);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(!file.readAll().contains(key), "the API key reached the project file");

    // An entry that is not there is a plain input error that says how to store it, and nothing is sent.
    const int before = server.chatRequests();
    auto missing = test::runCli(run + QStringList{QStringLiteral("--set"), QStringLiteral("api_key_keychain=nope")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("secret set nope"), missing.err.constData());
    QCOMPARE(server.chatRequests(), before);
}

void TestKeychain::databasePasswordComesFromTheKeychain()
{
    test::TestPostgres pg;
    if (!pg.available())
        QSKIP(qPrintable(pg.skipReason()));
    QString problem;
    const QString admin = pg.freshDatabase(QStringLiteral("vv_keychain"), &problem);
    QVERIFY2(!admin.isEmpty(), qPrintable(problem));
    // The fixture lets vv_password_user in only with its password (scram-sha-256); everyone else is trusted.
    pg.psql(QStringLiteral("vv_keychain"), QStringLiteral("DROP ROLE IF EXISTS vv_password_user"), &problem);
    pg.psql(QStringLiteral("vv_keychain"),
            QStringLiteral("CREATE ROLE vv_password_user LOGIN PASSWORD 'kc-pw-8812'"), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QString location = pg.url(QStringLiteral("vv_keychain"));
    location.replace(QStringLiteral("veiviser@"), QStringLiteral("vv_password_user@"));
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/dev/null");

    auto entry = ProjectStore::keychainEntry(location);
    QVERIFY(entry.ok());
    QVERIFY(Keychain::remove(*entry).ok());
    auto refused = ProjectStore::open(location);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().what().contains(QStringLiteral("password")), qPrintable(refused.error().what()));

    QVERIFY(Keychain::write(*entry, "kc-pw-8812").ok());
    // Connected now: what is left is that the database holds no project, which is a different error.
    auto connected = ProjectStore::open(location);
    QVERIFY(!connected.ok());
    QVERIFY2(!connected.error().what().contains(QStringLiteral("cannot connect")),
             qPrintable(connected.error().what()));

    QVERIFY(Keychain::write(*entry, "wrong").ok());
    auto wrong = ProjectStore::open(location);
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error().what().contains(QStringLiteral("cannot connect")), qPrintable(wrong.error().what()));
    QVERIFY2(!wrong.error().toString().contains(QStringLiteral("wrong")), "a password reached an error message");
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
