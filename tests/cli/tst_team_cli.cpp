// Team mode from the command line: a stale answer is a conflict with its own exit code (4); `project copy` moves a
// project between a file and PostgreSQL both ways with its files and audit chain; `project init --team` sets up
// database roles that the server enforces, and `project member` grants them. And the secrets test: a database
// password and an engine's API key never reach the project, a package, the logs or the audit trail.

#include "LoopbackChatServer.h"
#include "TestPostgres.h"
#include "TestSupport.h"

#include "core/Json.h"

#include <map>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;
using test::runCli;

class TestTeamCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void staleAnswerExitsWithConflict();
    void copiesBothWays();
    void portfolioOfATeamDatabase();
    void teamInitGrantsDatabaseRoles();
    void grantsFollowMigrations();
    void databasePasswordIsNeverStored();
    void secretsStayOutOfEverythingWritten_data();
    void secretsStayOutOfEverythingWritten();

private:
    QString project();
    /// Creates each login on the test server unless it exists.
    bool ensureLogins(const QStringList &logins);
    std::unique_ptr<QTemporaryDir> m_dir;
    test::TestPostgres m_pg;
};

static Json parse(const QByteArray &out)
{
    auto r = parseJson(out, QStringLiteral("stdout"));
    return r ? *r : Json();
}

void TestTeamCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    qputenv("VEIVISER_DATA_DIR", VV_FIXTURES_DIR "/guidance/data");
}

void TestTeamCli::cleanup()
{
    qunsetenv("VEIVISER_DATA_DIR");
}

QString TestTeamCli::project()
{
    const QString file = m_dir->filePath(QStringLiteral("p.veiviser"));
    const auto r = runCli({QStringLiteral("project"), QStringLiteral("init"), file, QStringLiteral("--role"),
                           QStringLiteral("provider")});
    if (r.exitCode != 0)
        qWarning("%s", r.err.constData());
    return file;
}

static qint64 rowVersion(const QString &file, const char *fact)
{
    const auto r = runCli({QStringLiteral("--json"), QStringLiteral("answers"), QStringLiteral("list"), file});
    const Json doc = parse(r.out); // kept: the loop below reads inside it
    for (const Json &a : doc["answers"])
        if (a["fact"] == fact)
            return a["row_version"].get<qint64>();
    return 0;
}

void TestTeamCli::staleAnswerExitsWithConflict()
{
    const QString file = project();
    auto r = runCli({QStringLiteral("answer"), file, QStringLiteral("sys.level=high"), QStringLiteral("--expect-version"),
                     QStringLiteral("sys.level=0")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const qint64 read = rowVersion(file, "sys.level");
    QCOMPARE(read, 1);
    r = runCli({QStringLiteral("answer"), file, QStringLiteral("sys.level=mid"), QStringLiteral("--expect-version"),
                QStringLiteral("sys.level=1")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // A second writer still holding version 1 loses, is told by whom, and stores nothing.
    r = runCli({QStringLiteral("--json"), QStringLiteral("answer"), file, QStringLiteral("sys.level=low"),
                QStringLiteral("--expect-version"), QStringLiteral("sys.level=1")});
    QCOMPARE(r.exitCode, 4);
    // The same OS user wrote both: the message says "you", not the login name.
    QVERIFY2(r.err.contains("You changed the answer to sys.level"), r.err.constData());
    VV_COMPARE_JSON(parse(r.out)["error"]["exit_code"], 4);
    QCOMPARE(rowVersion(file, "sys.level"), 2);
    r = runCli({QStringLiteral("answer"), file, QStringLiteral("sys.level=low"), QStringLiteral("--expect-version"),
                QStringLiteral("sys.is_tool=0")});
    QCOMPARE(r.exitCode, 2);
    r = runCli({QStringLiteral("audit"), QStringLiteral("verify"), file});
    QCOMPARE(r.exitCode, 0);
}

void TestTeamCli::copiesBothWays()
{
    if (!m_pg.available())
        QSKIP(qPrintable(m_pg.skipReason()));
    const QString file = project();
    QVERIFY(runCli({QStringLiteral("answer"), file, QStringLiteral("sys.is_tool=true"), QStringLiteral("sys.level=high")})
                .exitCode == 0);
    const QString doc = m_dir->filePath(QStringLiteral("report.txt"));
    {
        QFile f(doc);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes(200000, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>(i % 251);
        f.write(bytes);
    }
    auto r = runCli({QStringLiteral("evidence"), QStringLiteral("add"), file, doc, QStringLiteral("--title"),
                     QStringLiteral("Report")});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    QString problem;
    const QString url = m_pg.freshDatabase(QStringLiteral("clicopy"), &problem);
    QVERIFY2(!url.isEmpty(), qPrintable(problem));
    r = runCli({QStringLiteral("--json"), QStringLiteral("project"), QStringLiteral("copy"), file, url});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    VV_COMPARE_JSON(parse(r.out)["verified"], true);
    const QString back = m_dir->filePath(QStringLiteral("back.veiviser"));
    r = runCli({QStringLiteral("project"), QStringLiteral("copy"), url, back});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // A second copy into the same database is refused; the first stays.
    r = runCli({QStringLiteral("project"), QStringLiteral("copy"), file, url});
    QCOMPARE(r.exitCode, 2);

    for (const QString &where : {url, back}) {
        r = runCli({QStringLiteral("audit"), QStringLiteral("verify"), where});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    const Json original = parse(runCli({QStringLiteral("--json"), QStringLiteral("project"), QStringLiteral("info"), file}).out);
    const Json returned = parse(runCli({QStringLiteral("--json"), QStringLiteral("project"), QStringLiteral("info"), back}).out);
    VV_COMPARE_JSON(returned["counts"]["answers"], original["counts"]["answers"]);
    VV_COMPARE_JSON(returned["counts"]["evidence_items"], 1);
    VV_COMPARE_JSON(returned["counts"]["audit_entries"], original["counts"]["audit_entries"].get<int>() + 2);
    const QString out = m_dir->filePath(QStringLiteral("out.txt"));
    r = runCli({QStringLiteral("evidence"), QStringLiteral("export"), back, QStringLiteral("1"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(test::fileSha256(out), test::fileSha256(doc));
}

// A team database holds one project: `portfolio` at its address lists that project, read-only (docs/portfolio.md).
void TestTeamCli::portfolioOfATeamDatabase()
{
    if (!m_pg.available())
        QSKIP(qPrintable(m_pg.skipReason()));
    QString problem;
    const QString url = m_pg.freshDatabase(QStringLiteral("portfolio"), &problem);
    QVERIFY2(!url.isEmpty(), qPrintable(problem));
    auto r = runCli({QStringLiteral("project"), QStringLiteral("init"), url, QStringLiteral("--name"),
                     QStringLiteral("Teamets system"), QStringLiteral("--system-version"), QStringLiteral("3.1"),
                     QStringLiteral("--role"), QStringLiteral("provider")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli({QStringLiteral("--json"), QStringLiteral("portfolio"), url});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json doc = parse(r.out);
    QCOMPARE(doc["projects"].size(), std::size_t(1));
    const Json &row = doc["projects"][0];
    VV_COMPARE_JSON(row["file"], toStd(url));
    VV_COMPARE_JSON(row["error"], nullptr);
    VV_COMPARE_JSON(row["name"], "Teamets system");
    VV_COMPARE_JSON(row["system_version"], "3.1");
    VV_COMPARE_JSON(row["role"], "provider");
}

void TestTeamCli::teamInitGrantsDatabaseRoles()
{
    if (!m_pg.available())
        QSKIP(qPrintable(m_pg.skipReason()));
    QString problem;
    const QString url = m_pg.freshDatabase(QStringLiteral("teamgrants"), &problem);
    QVERIFY2(!url.isEmpty(), qPrintable(problem));
    QVERIFY(ensureLogins({QStringLiteral("rita_login"), QStringLiteral("edna_login")}));
    auto r = runCli({QStringLiteral("--json"), QStringLiteral("project"), QStringLiteral("init"), url, QStringLiteral("--team"),
                     QStringLiteral("--name"), QStringLiteral("Team")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    VV_COMPARE_JSON(parse(r.out)["database_roles"],
                    Json::array({"teamgrants_editor", "teamgrants_reviewer", "teamgrants_read_only"}));
    QVERIFY(runCli({QStringLiteral("project"), QStringLiteral("member"), url, QStringLiteral("rita_login"),
                    QStringLiteral("reviewer")}).exitCode == 0);
    QVERIFY(runCli({QStringLiteral("project"), QStringLiteral("member"), url, QStringLiteral("edna_login"),
                    QStringLiteral("editor")}).exitCode == 0);
    r = runCli({QStringLiteral("--json"), QStringLiteral("project"), QStringLiteral("members"), url});
    QCOMPARE(parse(r.out)["members"].size(), 3u);

    QString rita = url;
    rita.replace(QStringLiteral("//veiviser@"), QStringLiteral("//rita_login@"));
    QString edna = url;
    edna.replace(QStringLiteral("//veiviser@"), QStringLiteral("//edna_login@"));
    // The store refuses a reviewer's answer; an editor's goes through.
    r = runCli({QStringLiteral("answer"), rita, QStringLiteral("sys.level=high")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("reviewer"), r.err.constData());
    r = runCli({QStringLiteral("answer"), edna, QStringLiteral("sys.level=high")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The server refuses too, to anyone going around Veiviser: a reviewer cannot change answers, and an editor
    // cannot alter or delete audit entries.
    const QString db = QStringLiteral("teamgrants");
    problem.clear();
    m_pg.psql(db, QStringLiteral("SET ROLE rita_login; UPDATE answers SET value = '\"low\"'"), &problem);
    QVERIFY2(problem.contains(QStringLiteral("permission denied")), qPrintable(problem));
    problem.clear();
    problem.clear();
    m_pg.psql(db, QStringLiteral("SET ROLE edna_login; DELETE FROM audit"), &problem);
    QVERIFY2(problem.contains(QStringLiteral("permission denied")), qPrintable(problem));
    problem.clear();
    m_pg.psql(db, QStringLiteral("SET ROLE edna_login; UPDATE audit SET actor = 'someone else'"), &problem);
    QVERIFY2(problem.contains(QStringLiteral("permission denied")), qPrintable(problem));
    r = runCli({QStringLiteral("audit"), QStringLiteral("verify"), url});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

bool TestTeamCli::ensureLogins(const QStringList &logins)
{
    for (const QString &login : logins) {
        QString problem;
        const QString exists = m_pg.psql(QStringLiteral("postgres"),
                                         QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(login),
                                         &problem);
        if (!problem.isEmpty() || (exists != QStringLiteral("1") &&
                                   (m_pg.psql(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE %1 LOGIN").arg(login),
                                              &problem), !problem.isEmpty()))) {
            qWarning("%s", qPrintable(problem));
            return false;
        }
    }
    return true;
}

// A team project made by an older Veiviser, opened by this one: the migration adds tables that the team's database
// roles have no grants on. Only the owner may upgrade (an editor is told what to pass on, and nothing changes); the
// owner's upgrade renews the grants, so that the read-only member and the reviewer can read the new tables and
// still cannot write them. A grant removed by hand comes back the same way.
void TestTeamCli::grantsFollowMigrations()
{
    if (!m_pg.available())
        QSKIP(qPrintable(m_pg.skipReason()));
    QString problem;
    const QString url = m_pg.freshDatabase(QStringLiteral("teamupgrade"), &problem);
    QVERIFY2(!url.isEmpty(), qPrintable(problem));
    QVERIFY(ensureLogins({QStringLiteral("rita_login"), QStringLiteral("edna_login"), QStringLiteral("olav_login")}));
    auto r = runCli({QStringLiteral("project"), QStringLiteral("init"), url, QStringLiteral("--team")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    for (const auto &[login, role] : {std::pair{"rita_login", "reviewer"}, {"edna_login", "editor"}, {"olav_login", "read_only"}}) {
        r = runCli({QStringLiteral("project"), QStringLiteral("member"), url, QLatin1String(login), QLatin1String(role)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    // Back to the schema before the newest migration that creates tables, as an older Veiviser left it: the tables
    // it creates gone, the migrations after it undone, the version one lower than it. A migration that alters
    // existing tables cannot be undone by dropping tables; its undo is written here, and a new one without an undo
    // makes the test say so.
    const QString db = QStringLiteral("teamupgrade");
    const QStringList migrationFiles = QDir(QStringLiteral(VV_SOURCE_DIR "/modules/store/migrations"))
                                           .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    QVERIFY(!migrationFiles.isEmpty());
    const int latest = migrationFiles.last().left(4).toInt();
    const std::map<int, QString> undoAlteration = {
        {10, QStringLiteral("ALTER TABLE document_details DROP COLUMN value_en; "
                            "ALTER TABLE document_details RENAME COLUMN value_nb TO value;")},
        {12, QStringLiteral("ALTER TABLE test_run_cases DROP CONSTRAINT test_run_cases_status_check; "
                            "ALTER TABLE test_run_cases ADD CONSTRAINT test_run_cases_status_check "
                            "CHECK (status IN ('passed', 'failed', 'errored'));")}};
    QString undo;
    QStringList created;
    int oldest = latest;
    for (auto file = migrationFiles.crbegin(); file != migrationFiles.crend() && created.isEmpty(); ++file) {
        QFile migration(QStringLiteral(VV_SOURCE_DIR "/modules/store/migrations/") + *file);
        QVERIFY(migration.open(QIODevice::ReadOnly));
        const QString sql = QString::fromUtf8(migration.readAll());
        oldest = file->left(4).toInt();
        if (sql.contains(QStringLiteral("ALTER TABLE"), Qt::CaseInsensitive)) {
            const auto known = undoAlteration.find(oldest);
            QVERIFY2(known != undoAlteration.end(),
                     qPrintable(*file + QStringLiteral(" alters tables; write its undo in this test")));
            undo += known->second;
            continue;
        }
        static const QRegularExpression createTable(QStringLiteral("CREATE TABLE (\\w+)"));
        for (auto it = createTable.globalMatch(sql); it.hasNext();)
            created << it.next().captured(1);
    }
    QVERIFY2(!created.isEmpty(), "no migration creates a table; this test needs one that does");
    m_pg.psql(db, QStringLiteral("%1 DROP TABLE %2 CASCADE; UPDATE meta SET value = '%3' WHERE key = 'schema_version'")
                      .arg(undo, created.join(QStringLiteral(", ")))
                      .arg(oldest - 1),
              &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    QString edna = url;
    edna.replace(QStringLiteral("//veiviser@"), QStringLiteral("//edna_login@"));
    r = runCli({QStringLiteral("answer"), edna, QStringLiteral("sys.level=high")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("only the database owner veiviser") && r.err.contains(QByteArray("project upgrade " + url.toUtf8())),
             r.err.constData());
    QCOMPARE(m_pg.psql(db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"), &problem),
             QString::number(oldest - 1));

    r = runCli({QStringLiteral("--json"), QStringLiteral("project"), QStringLiteral("upgrade"), url});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    VV_COMPARE_JSON(parse(r.out)["schema_version"], latest);

    // Every role reads every new table; only editors write them and use their sequences.
    for (const char *login : {"olav_login", "rita_login", "edna_login"}) {
        for (const QString &table : created) {
            problem.clear();
            const QString n = m_pg.psql(db, QStringLiteral("SET ROLE %1; SELECT count(*) FROM %2").arg(QLatin1String(login), table),
                                        &problem);
            QVERIFY2(problem.isEmpty() && n == QStringLiteral("0"),
                     qPrintable(QStringLiteral("%1 on %2: %3").arg(QLatin1String(login), table, problem)));
        }
    }
    const QString insertDetail = QStringLiteral(
        "SET ROLE %1; INSERT INTO document_details (detail_key, value_nb, updated_at, updated_by) VALUES ('%1', 'x', 't', 'u')");
    for (const char *login : {"olav_login", "rita_login"}) {
        problem.clear();
        m_pg.psql(db, insertDetail.arg(QLatin1String(login)), &problem);
        QVERIFY2(problem.contains(QStringLiteral("permission denied")), qPrintable(QString(QLatin1String(login) + problem)));
        problem.clear();
        m_pg.psql(db, QStringLiteral("SET ROLE %1; SELECT nextval('package_builds_id_seq')").arg(QLatin1String(login)), &problem);
        QVERIFY2(problem.contains(QStringLiteral("permission denied")), qPrintable(QString(QLatin1String(login) + problem)));
    }
    problem.clear();
    m_pg.psql(db, insertDetail.arg(QStringLiteral("edna_login")), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_pg.psql(db, QStringLiteral("SET ROLE edna_login; SELECT nextval('package_builds_id_seq')"), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // A grant taken away by hand, and one given that no role should have: the owner's next opening sets both right.
    m_pg.psql(db, QStringLiteral("REVOKE SELECT ON review_findings FROM teamupgrade_read_only; "
                                 "GRANT INSERT ON document_details TO teamupgrade_read_only"),
              &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    r = runCli({QStringLiteral("answer"), url, QStringLiteral("sys.level=high")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_pg.psql(db, QStringLiteral("SET ROLE olav_login; SELECT count(*) FROM review_findings"), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_pg.psql(db, insertDetail.arg(QStringLiteral("olav_login")), &problem);
    QVERIFY2(problem.contains(QStringLiteral("permission denied")), qPrintable(problem));

    r = runCli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("log"), url});
    int grants = 0, renewed = 0;
    for (const Json &e : parse(r.out)) {
        grants += e["action"] == "team.grants";
        renewed += e["action"] == "team.grants" && e["payload"].value("renewed", false);
    }
    QCOMPARE(grants, 3);
    QCOMPARE(renewed, 2);
    // Edna's login may write the table, but her row went in with psql, past Veiviser and its audit chain: the replay
    // of the chain finds it.
    r = runCli({QStringLiteral("audit"), QStringLiteral("verify"), url});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("document_details, row edna_login: the table holds it, but the audit chain never recorded it"),
             r.err.constData());
    problem.clear();
    m_pg.psql(db, QStringLiteral("SET ROLE edna_login; DELETE FROM document_details WHERE detail_key = 'edna_login'"), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    r = runCli({QStringLiteral("audit"), QStringLiteral("verify"), url});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

// The secrets test, as far as this branch has secrets: a known database password in PGPASSWORD, a session of
// commands against a team project, and then the password must not appear in anything Veiviser wrote or printed:
// the database (copied byte for byte into a file), the project file, stdout and stderr.
void TestTeamCli::databasePasswordIsNeverStored()
{
    if (!m_pg.available())
        QSKIP(qPrintable(m_pg.skipReason()));
    const QByteArray secret = "Kx9-known-db-password-7Qz";
    qputenv("PGPASSWORD", secret);
    QString problem;
    const QString url = m_pg.freshDatabase(QStringLiteral("secrets"), &problem);
    QVERIFY2(!url.isEmpty(), qPrintable(problem));
    const QString doc = m_dir->filePath(QStringLiteral("notes.txt"));
    {
        QFile f(doc);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("validation notes\n");
    }
    const QString file = m_dir->filePath(QStringLiteral("dump.veiviser"));
    const QList<QStringList> session = {
        {QStringLiteral("project"), QStringLiteral("init"), url, QStringLiteral("--team")},
        {QStringLiteral("answer"), url, QStringLiteral("sys.level=high")},
        {QStringLiteral("evidence"), QStringLiteral("add"), url, doc},
        {QStringLiteral("project"), QStringLiteral("members"), url},
        {QStringLiteral("audit"), QStringLiteral("log"), url},
        // A wrong address fails; its error message must not carry the password either.
        {QStringLiteral("project"), QStringLiteral("info"), QStringLiteral("postgresql://veiviser@127.0.0.1:1/none")},
        {QStringLiteral("project"), QStringLiteral("copy"), url, file},
    };
    QByteArray printed;
    for (const QStringList &args : session) {
        for (const QStringList &a : {args, QStringList{QStringLiteral("--json")} + args}) {
            const auto r = runCli(a);
            printed += r.out + r.err;
        }
    }
    qunsetenv("PGPASSWORD");
    QVERIFY2(QFile::exists(file), printed.constData());
    QVERIFY(!printed.contains(secret));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.size() > 4096);
    QVERIFY(!bytes.contains(secret));
    QVERIFY(!bytes.contains(QString::fromLatin1(secret).toUtf8().toBase64()));
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile side(file + suffix);
        if (side.open(QIODevice::ReadOnly))
            QVERIFY(!side.readAll().contains(secret));
    }
}

void TestTeamCli::secretsStayOutOfEverythingWritten_data()
{
    QTest::addColumn<bool>("team");
    QTest::newRow("project file") << false;
    QTest::newRow("team database") << true;
}

// The secrets test across an engine run and a package build: a known API key (in the environment variable the
// openai-compatible engine is told to read) and a known database password (PGPASSWORD). A run against the loopback
// chat server, a package built from the project, and then neither secret, nor its base64, may appear in the
// project (a team database is copied byte for byte into a file), the package, the run log, the audit payloads,
// anything the CLI printed, or any file written under the test's HOME and XDG folders.
void TestTeamCli::secretsStayOutOfEverythingWritten()
{
    QFETCH(bool, team);
    if (team && !m_pg.available())
        QSKIP(qPrintable(m_pg.skipReason()));
    const QByteArray apiKey = "sk-known-api-key-Vq3u8Zr1";
    const QByteArray password = "Kx9-known-db-password-7Qz";
    test::LoopbackChatServer server;
    QVERIFY(server.start());
    // Everything the CLI might write on its own (settings, caches, logs) goes under the test's folder.
    const QString home = m_dir->filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    const QList<std::pair<const char *, QByteArray>> environment = {
        {"VV_SECRET_TEST_KEY", apiKey}, {"PGPASSWORD", password}, {"HOME", home.toUtf8()},
        {"XDG_CONFIG_HOME", (home + QStringLiteral("/config")).toUtf8()},
        {"XDG_DATA_HOME", (home + QStringLiteral("/data")).toUtf8()},
        {"XDG_CACHE_HOME", (home + QStringLiteral("/cache")).toUtf8()},
        {"XDG_STATE_HOME", (home + QStringLiteral("/state")).toUtf8()}};
    QList<std::pair<const char *, QByteArray>> saved;
    for (const auto &e : environment) {
        saved.append({e.first, qgetenv(e.first)});
        qputenv(e.first, e.second);
    }
    // The package is built from the shipped packs and templates, found next to the built CLI.
    qunsetenv("VEIVISER_DATA_DIR");
    auto restore = qScopeGuard([&] {
        for (const auto &e : saved) {
            if (e.second.isEmpty())
                qunsetenv(e.first);
            else
                qputenv(e.first, e.second);
        }
    });

    QString project = m_dir->filePath(QStringLiteral("secrets.veiviser"));
    if (team) {
        QString problem;
        project = m_pg.freshDatabase(QStringLiteral("secrets_engine"), &problem);
        QVERIFY2(!project.isEmpty(), qPrintable(problem));
    }
    const QString suite = m_dir->filePath(QStringLiteral("suite.yaml"));
    {
        QFile f(suite);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name: secrets\nlevel: basic\ncases:\n"
                "  - id: answers\n    messages: [{role: user, content: \"[[answer:Ring 113.]] Brystsmerter?\"}]\n"
                "    graders: [{contains: [\"113\"]}]\n"
                "  - id: server-error\n    messages: [{role: user, content: \"[[status:500]]\"}]\n"
                "    graders: [{contains: [OK]}]\n"
                "  - id: html-page\n    messages: [{role: user, content: \"[[html]]\"}]\n"
                "    graders: [{contains: [OK]}]\n");
    }
    const QString package = m_dir->filePath(QStringLiteral("package.zip"));
    const QString copy = m_dir->filePath(QStringLiteral("copy.veiviser"));
    QList<QStringList> session = {
        {QStringLiteral("project"), QStringLiteral("init"), project, QStringLiteral("--role"), QStringLiteral("deployer")},
        {QStringLiteral("answer"), project, QStringLiteral("--from"), QStringLiteral(VV_SOURCE_DIR "/demo/answers.json")},
        {QStringLiteral("run"), project, QStringLiteral("--engine"), QStringLiteral("openai-compatible"),
         QStringLiteral("--suite"), suite, QStringLiteral("--set"), QStringLiteral("base_url=") + server.baseUrl(),
         QStringLiteral("--set"), QStringLiteral("model=loopback-model"), QStringLiteral("--set"),
         QStringLiteral("api_key_env=VV_SECRET_TEST_KEY"), QStringLiteral("--set"), QStringLiteral("timeout_s=2"),
         QStringLiteral("--set"), QStringLiteral("max_retries=0")},
        {QStringLiteral("package"), QStringLiteral("build"), project, QStringLiteral("--document"),
         QStringLiteral("ai-act-annex-iv"), QStringLiteral("--draft"), QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"),
         package},
        {QStringLiteral("audit"), QStringLiteral("log"), project},
        {QStringLiteral("audit"), QStringLiteral("verify"), project},
    };
    if (team) {
        session.first() << QStringLiteral("--team");
        session << QStringList{QStringLiteral("project"), QStringLiteral("copy"), project, copy};
    }
    QByteArray printed;
    for (const QStringList &args : session) {
        const auto r = runCli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(r.err)));
        printed += r.out + r.err;
        // The JSON forms print more (settings, provenance, payloads); init and run are not repeated.
        if (args[0] == QStringLiteral("audit")) {
            const auto j = runCli(QStringList{QStringLiteral("--json")} + args);
            printed += j.out + j.err;
        }
    }
    // The key was really used: the loopback server saw it in the Authorization header.
    QVERIFY(server.authorizations().contains(QStringLiteral("Bearer ") + QString::fromLatin1(apiKey)));
    QVERIFY(QFile::exists(package));

    auto leaks = [&](const QByteArray &bytes) {
        for (const QByteArray &secret : {apiKey, password})
            if (bytes.contains(secret) || bytes.contains(secret.toBase64()) || bytes.contains(secret.toHex()))
                return true;
        return false;
    };
    QVERIFY2(!leaks(printed), printed.constData());
    // Every file under the test folder: the project file or the copy of the team database (with -wal and -shm),
    // the package, the suite, and whatever the CLI wrote under HOME.
    int scanned = 0;
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!leaks(f.readAll()), qPrintable(path));
        ++scanned;
    }
    QVERIFY(scanned >= 3);
    QFile scannedProject(team ? copy : project);
    QVERIFY(scannedProject.open(QIODevice::ReadOnly));
    QVERIFY(scannedProject.readAll().contains("loopback-model")); // the run is in what was scanned
}

QTEST_GUILESS_MAIN(TestTeamCli)
#include "tst_team_cli.moc"
