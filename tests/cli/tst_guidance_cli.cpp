// The guidance commands of veiviser-cli as a user's script sees them: exit codes, FILE:LINE:COL problems, the
// --json documents. Most use the small fixture packs (VEIVISER_DATA_DIR); one uses the packs the build installs
// next to the executable (build/share/veiviser), found the way an installed Veiviser finds them.

#include "TestSupport.h"

#include "core/Json.h"

#include <QDate>
#include <QDir>
#include <map>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;
using test::runCli;

class TestGuidanceCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void guidanceCheck_data();
    void guidanceCheck();
    void guidanceCheckJson();
    void guidanceCheckReadsRubrics();
    void checksAnswerInputProblemsAlike();
    void guidanceList();
    void shippedPacksAreFoundNextToTheExecutable();
    void versionNamesThePacks();
    void answerAndAssess();
    void answerErrors_data();
    void answerErrors();
    void answerFromFile_data();
    void answerFromFile();
    void packUpdateFlagsAnswersUntilConfirmed();
    void requirementsListAndFilter();
    void requirementSet();
    void statusShowsProgress();
    void statusListsWhatStartsToApply();

private:
    QString path(const QString &n) const { return m_dir->filePath(n); }
    QString project(const char *role);
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_fixtureData = VV_FIXTURES_DIR "/guidance/data";
};

static Json parse(const QByteArray &out)
{
    auto r = parseJson(out, QStringLiteral("stdout"));
    return r ? *r : Json();
}

static QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

void TestGuidanceCli::initTestCase()
{
    QVERIFY(QFile::exists(test::cliPath()));
}

void TestGuidanceCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    qputenv("VEIVISER_DATA_DIR", m_fixtureData);
}

void TestGuidanceCli::cleanup()
{
    qunsetenv("VEIVISER_DATA_DIR");
}

QString TestGuidanceCli::project(const char *role)
{
    const QString file = path(QStringLiteral("p.veiviser"));
    auto r = runCli({QStringLiteral("project"), QStringLiteral("init"), file, QStringLiteral("--role"), QString::fromLatin1(role)});
    if (r.exitCode != 0)
        qWarning("project init failed: %s", r.err.constData());
    return file;
}

void TestGuidanceCli::guidanceCheck_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrLine"); // the first line of stderr must start with this (after the path)
    const QString fixtures = QStringLiteral(VV_FIXTURES_DIR "/guidance");
    QTest::newRow("good root") << fixtures + QStringLiteral("/data/guidance") << 0 << QString();
    QTest::newRow("good pack") << fixtures + QStringLiteral("/data/guidance/reg") << 0 << QString();
    QTest::newRow("unknown fact") << fixtures + QStringLiteral("/broken/unknown-fact") << 2
                                  << "/p/pack.yaml:28:24: unknown fact 'x.flagg' (did you mean 'x.flag'?)";
    QTest::newRow("pack cycle") << fixtures + QStringLiteral("/broken/pack-cycle") << 2
                                << "/q/pack.yaml:9:14: packs depend on each other in a cycle: p → q → p";
    QTest::newRow("missing path") << fixtures + QStringLiteral("/nonexistent") << 2 << QString();
}

void TestGuidanceCli::guidanceCheck()
{
    QFETCH(QString, target);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrLine);
    auto r = runCli({QStringLiteral("guidance"), QStringLiteral("check"), target});
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode == 0) {
        QVERIFY(r.err.isEmpty());
        QVERIFY2(r.out.contains("no problems"), r.out.constData());
    }
    if (!stderrLine.isEmpty()) {
        const QString first = QString::fromUtf8(r.err).split(QLatin1Char('\n')).first();
        QVERIFY2(first.startsWith(target + stderrLine), qPrintable(first));
        // The summary follows the problems on the same stream; stdout stays empty.
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        const QString last = QString::fromUtf8(r.err).trimmed().split(QLatin1Char('\n')).last();
        QVERIFY2(last.startsWith(target + QStringLiteral(": ")) && last.contains(QStringLiteral("problem")),
                 qPrintable(last));
    }
}

// A pack and a template folder with problems in their files are the same kind of problem (Error::Kind::Input): both
// checks exit with its code (2) and report on stderr, problems first and the summary last (docs/cli.md).
void TestGuidanceCli::checksAnswerInputProblemsAlike()
{
    const auto pack = runCli({QStringLiteral("guidance"), QStringLiteral("check"),
                              QStringLiteral(VV_FIXTURES_DIR "/guidance/broken/unknown-fact")});
    qunsetenv("VEIVISER_DATA_DIR"); // templates check reads the shipped packs
    const QString emptyTemplates = m_dir->filePath(QStringLiteral("templates"));
    QVERIFY(QDir().mkpath(emptyTemplates));
    const auto templates = runCli({QStringLiteral("templates"), QStringLiteral("check"), emptyTemplates});
    for (const auto *r : {&pack, &templates}) {
        QCOMPARE(r->exitCode, 2);
        QVERIFY2(r->out.isEmpty(), r->out.constData());
        const QStringList lines = QString::fromUtf8(r->err).trimmed().split(QLatin1Char('\n'));
        QVERIFY2(lines.size() >= 2, r->err.constData());
        QVERIFY2(lines.last().contains(QStringLiteral("problem")), qPrintable(lines.last()));
    }
    QVERIFY2(QString::fromUtf8(templates.err).startsWith(emptyTemplates), templates.err.constData());
}

void TestGuidanceCli::guidanceCheckJson()
{
    const QString target = QStringLiteral(VV_FIXTURES_DIR "/guidance/broken/choice-without-choices");
    auto r = runCli({QStringLiteral("--json"), QStringLiteral("guidance"), QStringLiteral("check"), target});
    QCOMPARE(r.exitCode, 2);
    const Json doc = parse(r.out);
    VV_COMPARE_JSON(doc["ok"], false);
    QCOMPARE(doc["errors"].size(), std::size_t(2));
    VV_COMPARE_JSON(doc["errors"][0]["line"], 14);
    VV_COMPARE_JSON(doc["errors"][0]["column"], 5);
    VV_COMPARE_JSON(doc["errors"][0]["message"], "a choice fact needs 'choices'");
    VV_COMPARE_JSON(doc["errors"][0]["file"], toStd(target + QStringLiteral("/p/pack.yaml")));
    r = runCli({QStringLiteral("--json"), QStringLiteral("guidance"), QStringLiteral("check"),
                QStringLiteral(VV_FIXTURES_DIR "/guidance/data/guidance")});
    QCOMPARE(r.exitCode, 0);
    VV_COMPARE_JSON(parse(r.out)["counts"], (Json{{"packs", 2}, {"questions", 6}, {"decisions", 3}, {"requirements", 4},
                                                  {"crosswalk_links", 1}}));
}

// The rating rubrics beside the packs (guidance/rubrics) are checked with them, each problem at its place.
void TestGuidanceCli::guidanceCheckReadsRubrics()
{
    const QString root = m_dir->filePath(QStringLiteral("with-rubrics"));
    const QString packs = QStringLiteral(VV_FIXTURES_DIR "/guidance/data/guidance");
    for (const QString &pack : QDir(packs).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QVERIFY(QDir().mkpath(root + QLatin1Char('/') + pack));
        for (const QString &file : QDir(packs + QLatin1Char('/') + pack).entryList(QDir::Files))
            QVERIFY(QFile::copy(packs + QLatin1Char('/') + pack + QLatin1Char('/') + file,
                                root + QLatin1Char('/') + pack + QLatin1Char('/') + file));
    }
    for (const QString &file : QDir(packs).entryList(QDir::Files))
        QVERIFY(QFile::copy(packs + QLatin1Char('/') + file, root + QLatin1Char('/') + file));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/rubrics")));
    QVERIFY(QFile::copy(QStringLiteral(VV_FIXTURES_DIR "/rubrics/minimal.yaml"), root + QStringLiteral("/rubrics/a.yaml")));
    auto r = runCli({QStringLiteral("guidance"), QStringLiteral("check"), root});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::copy(QStringLiteral(VV_FIXTURES_DIR "/rubrics/broken/bad_level.yaml"),
                        root + QStringLiteral("/rubrics/b.yaml")));
    r = runCli({QStringLiteral("guidance"), QStringLiteral("check"), root});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).startsWith(
                 root + QStringLiteral("/rubrics/b.yaml:2:8: the level must be one of basic, domain, use_case, context, guardrails")),
             r.err.constData());
}

void TestGuidanceCli::guidanceList()
{
    auto r = runCli(args({"--json", "guidance", "list", "--questions"}));
    QCOMPARE(r.exitCode, 0);
    const Json doc = parse(r.out);
    QCOMPARE(doc["packs"].size(), std::size_t(2));
    VV_COMPARE_JSON(doc["packs"][0]["id"], "common");
    VV_COMPARE_JSON(doc["packs"][1]["id"], "reg");
    VV_COMPARE_JSON(doc["packs"][1]["version"], "2.0.0");
    VV_COMPARE_JSON(doc["packs"][1]["effective"], (Json{{"eu", "2025-01-01"}, {"no", nullptr}}));
    VV_COMPARE_JSON(doc["packs"][0]["questions"][2]["id"], "sys.level");
    VV_COMPARE_JSON(doc["packs"][0]["questions"][2]["when"], "sys.is_tool == true");
    VV_COMPARE_JSON(doc["packs"][0]["questions"][2]["choices"][0]["value"], "low");
    r = runCli(args({"guidance", "list"}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("reg 2.0.0  The regulation"), r.out.constData());
    // A data folder without packs is a runtime failure with the place it looked.
    qputenv("VEIVISER_DATA_DIR", QFile::encodeName(path(QStringLiteral("nowhere"))));
    r = runCli(args({"guidance", "list"}));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("the guidance packs are not installed"), r.err.constData());
}

void TestGuidanceCli::shippedPacksAreFoundNextToTheExecutable()
{
    qunsetenv("VEIVISER_DATA_DIR");
    auto r = runCli(args({"--json", "guidance", "list"}));
    QCOMPARE(r.exitCode, 0);
    const Json doc = parse(r.out);
    QVERIFY2(fromStd(doc.value("data_dir", "")).endsWith(QStringLiteral("share/veiviser")), r.out.constData());
    QStringList ids;
    for (const Json &p : doc["packs"])
        ids << fromStd(p["id"].get<std::string>());
    QCOMPARE(ids.size(), 5);
    QCOMPARE(ids.first(), QStringLiteral("common"));
    for (const char *id : {"eu-mdr", "eu-ai-act", "gdpr-health-no", "hdir-llm-quality"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);

    // The stable assess shape on the real packs, for an AI system that is Class IIb medical device software.
    const QString file = project("provider");
    const QString answers = path(QStringLiteral("answers.json"));
    QFile f(answers);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"system.is_software": true, "system.is_ai": true, "mdr.device_link": "none",
                "purpose.beyond_storage": true, "purpose.individual_patients": true, "purpose.medical": true,
                "mdr.decision_impact": "informs_decisions", "mdr.worst_outcome": "serious_deterioration_or_surgery",
                "mdr.in_house": false, "ai_act.research_exclusion": "none", "ai_act.prohibited_practice": false,
                "ai_act.annex_iii": ["none"],
                "ai_act.interacts_with_persons": true, "data.personal": false})");
    f.close();
    r = runCli({QStringLiteral("answer"), file, QStringLiteral("--from"), answers});
    QCOMPARE(r.exitCode, 0);
    r = runCli({QStringLiteral("--json"), QStringLiteral("assess"), file});
    QCOMPARE(r.exitCode, 0);
    const Json a = parse(r.out);
    VV_COMPARE_JSON(a["mdr"]["is_medical_device"], true);
    VV_COMPARE_JSON(a["mdr"]["class"], "IIb");
    VV_COMPARE_JSON(a["mdr"]["in_house_exemption"], false);
    VV_COMPARE_JSON(a["ai_act"]["risk"], "high");
    VV_COMPARE_JSON(a["ai_act"]["high_risk_route"], "annex_i");
    VV_COMPARE_JSON(a["ai_act"]["transparency_art50"], true);
    VV_COMPARE_JSON(a["ai_act"]["fria_required"], false);
    VV_COMPARE_JSON(a["gdpr"]["dpia_required"], false);
    QVERIFY(a["mdr"]["trace"].is_array() && !a["mdr"]["trace"].empty());
    QVERIFY(a["requirements"]["applicable"].get<int>() > 10);
    QVERIFY(a["requirements"]["by_pack"].contains("eu-ai-act"));
    QVERIFY(a["missing"].is_array());
    // Every decided step of the class cites a source with a URL.
    for (const Json &t : a["mdr"]["trace"])
        if (t["fact"] == "mdr.class")
            for (const Json &s : t["steps"])
                if (s["result"] == "matched")
                    QVERIFY(fromStd(s["sources"][0]["url"].get<std::string>()).startsWith(QStringLiteral("https://")));
}

void TestGuidanceCli::versionNamesThePacks()
{
    // The fixture packs carry versions 1.0.0 (common) and 2.0.0 (reg); --version must read them, not guess.
    auto r = runCli(args({"--json", "--version"}));
    QCOMPARE(r.exitCode, 0);
    const Json doc = parse(r.out);
    QVERIFY2(!doc.contains("packs_error"), r.out.constData());
    std::map<std::string, std::string> versions;
    for (const Json &p : doc.value("packs", Json::array()))
        versions[p.value("id", "")] = p.value("version", "");
    QCOMPARE(versions.size(), std::size_t(2));
    QCOMPARE(versions["common"], std::string("1.0.0"));
    QCOMPARE(versions["reg"], std::string("2.0.0"));
    r = runCli(args({"--lang", "en", "--version"}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("\n  reg 2.0.0\n"), r.out.constData());

    // Without packs the program still reports its own version, and says why the packs are missing.
    qputenv("VEIVISER_DATA_DIR", m_dir->path().toUtf8());
    r = runCli(args({"--json", "--version"}));
    QCOMPARE(r.exitCode, 0);
    const Json bare = parse(r.out);
    QVERIFY(bare.value("packs", Json::array()).empty());
    QVERIFY(!bare.value("packs_error", "").empty());
}

void TestGuidanceCli::answerAndAssess()
{
    const QString file = project("provider");
    auto r = runCli({QStringLiteral("answer"), file, QStringLiteral("sys.is_tool=true"), QStringLiteral("sys.level=high"),
                     QStringLiteral("sys.areas=x,y")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Stored 3 answer"), r.out.constData());
    r = runCli({QStringLiteral("--json"), QStringLiteral("answer"), file, QStringLiteral("sys.is_tool=true"),
                QStringLiteral("sys.users=12")});
    QCOMPARE(r.exitCode, 0);
    VV_COMPARE_JSON(parse(r.out)["changed"], 1);
    VV_COMPARE_JSON(parse(r.out)["answers"][1], (Json{{"fact", "sys.users"}, {"value", 12.0}, {"pack", "common"},
                                                      {"version", "1.0.0"}}));

    r = runCli({QStringLiteral("--json"), QStringLiteral("assess"), file});
    QCOMPARE(r.exitCode, 0);
    const Json doc = parse(r.out);
    VV_COMPARE_JSON(doc["facts"]["reg.grade"], "A");
    VV_COMPARE_JSON(doc["facts"]["reg.large"], nullptr);
    VV_COMPARE_JSON(doc["missing"], Json::array());
    VV_COMPARE_JSON(doc["role"], "provider");
    VV_COMPARE_JSON(doc["requirements"]["applicable"], 3);
    VV_COMPARE_JSON(doc["requirements"]["by_pack"]["reg"]["urns"],
                    Json::array({"urn:veiviser:reg:always", "urn:veiviser:reg:provider-a", "urn:veiviser:reg:area-x"}));
    for (const char *k : {"mdr", "ai_act", "gdpr", "needs_review"})
        QVERIFY2(doc.contains(k), k);

    r = runCli({QStringLiteral("assess"), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("reg.grade = 'A'"), r.out.constData());
    QVERIFY2(r.out.contains("High risk gives grade A."), r.out.constData());
    QVERIFY2(r.out.contains("Article 2 <https://example.org/reg#art-2>"), r.out.constData());
    QVERIFY2(r.out.contains("3 apply, 1 do not, 0 not yet known"), r.out.constData());

    // KEY= removes an answer; the assessment then says what is missing.
    r = runCli({QStringLiteral("answer"), file, QStringLiteral("sys.level=")});
    QCOMPARE(r.exitCode, 0);
    r = runCli({QStringLiteral("--json"), QStringLiteral("assess"), file});
    VV_COMPARE_JSON(parse(r.out)["missing"], Json::array({"sys.level"}));
    r = runCli({QStringLiteral("audit"), QStringLiteral("verify"), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("6 entries"), r.out.constData()); // create, 3 + 1 answers, 1 removal
}

void TestGuidanceCli::answerErrors_data()
{
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown id") << args({"sys.is_tool=true", "sys.colour=red"}) << "'sys.colour' is not a question";
    QTest::newRow("derived fact") << args({"reg.grade=A"}) << "derived from other answers";
    QTest::newRow("wrong choice") << args({"sys.is_tool=true", "sys.level=extreme"})
                                  << "'extreme' is not a valid answer to sys.level (choice). Allowed: low, mid, high.";
    QTest::newRow("wrong bool") << args({"sys.is_tool=yes"}) << "Allowed: true, false.";
    QTest::newRow("number out of range") << args({"sys.users=-1"}) << "a number from 0 to 1000000";
    QTest::newRow("not key=value") << args({"sys.is_tool"}) << "'sys.is_tool' is not KEY=VALUE";
    QTest::newRow("nothing to answer") << QStringList() << "give answers as KEY=VALUE or with --from";
}

void TestGuidanceCli::answerErrors()
{
    QFETCH(QStringList, answers);
    QFETCH(QString, message);
    const QString file = project("deployer");
    auto r = runCli(QStringList{QStringLiteral("answer"), file} + answers);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    // One transaction: a bad answer stores none of them.
    r = runCli({QStringLiteral("--json"), QStringLiteral("answers"), QStringLiteral("list"), file});
    QCOMPARE(r.exitCode, 0);
    VV_COMPARE_JSON(parse(r.out)["answers"], Json::array());
}

void TestGuidanceCli::answerFromFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("stored");
    QTest::newRow("flat object") << QByteArray(R"({"sys.is_tool": true, "sys.areas": ["x"], "sys.note": "Ward 4"})") << 0
                                 << QString() << 3;
    QTest::newRow("null removes") << QByteArray(R"({"sys.is_tool": true, "sys.level": null})") << 0 << QString() << 1;
    QTest::newRow("wrong type") << QByteArray(R"({"sys.is_tool": true, "sys.areas": "x"})") << 2
                                << "'\"x\"' is not a valid answer to sys.areas (multi). Allowed: x, y." << 0;
    QTest::newRow("two errors") << QByteArray(R"({"sys.level": 3, "no.such": 1})") << 2 << "'no.such' is not a question" << 0;
    QTest::newRow("not an object") << QByteArray(R"([1, 2])") << 2 << "must hold one JSON object" << 0;
    QTest::newRow("not JSON") << QByteArray("{sys.is_tool: true}") << 2 << "invalid JSON" << 0;
}

void TestGuidanceCli::answerFromFile()
{
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFETCH(int, stored);
    const QString file = project("deployer");
    const QString answers = path(QStringLiteral("answers.json"));
    QFile f(answers);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    auto r = runCli({QStringLiteral("--json"), QStringLiteral("answer"), file, QStringLiteral("--from"), answers});
    QCOMPARE(r.exitCode, exitCode);
    if (!message.isEmpty()) {
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(parse(r.out).contains("error"));
    }
    r = runCli({QStringLiteral("--json"), QStringLiteral("answers"), QStringLiteral("list"), file});
    QCOMPARE(int(parse(r.out)["answers"].size()), stored);
}

void TestGuidanceCli::packUpdateFlagsAnswersUntilConfirmed()
{
    const QString file = project("deployer");
    QCOMPARE(runCli({QStringLiteral("answer"), file, QStringLiteral("sys.is_tool=true"), QStringLiteral("sys.level=mid"),
                     QStringLiteral("sys.areas=x")})
                 .exitCode,
             0);
    // A newer common pack (1.1.0) in which 'mid' is no longer a level.
    const QString data = path(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data + QStringLiteral("/guidance/common")));
    QVERIFY(QDir().mkpath(data + QStringLiteral("/guidance/reg")));
    const QString src = QString::fromUtf8(m_fixtureData) + QStringLiteral("/guidance");
    for (const char *name : {"reg/pack.yaml", "reg/decisions.yaml", "reg/requirements.yaml"})
        QVERIFY(QFile::copy(src + QLatin1Char('/') + QLatin1String(name), data + QStringLiteral("/guidance/") + QLatin1String(name)));
    QFile in(src + QStringLiteral("/common/pack.yaml"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QString common = QString::fromUtf8(in.readAll());
    common.replace(QStringLiteral("version: 1.0.0"), QStringLiteral("version: 1.1.0"));
    common.replace(QStringLiteral("      - {value: mid, label: {nb: Middels, en: Medium}}\n"), QString());
    QFile out(data + QStringLiteral("/guidance/common/pack.yaml"));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(common.toUtf8());
    out.close();
    QString decisions = [&] {
        QFile d(src + QStringLiteral("/reg/decisions.yaml"));
        d.open(QIODevice::ReadOnly);
        return QString::fromUtf8(d.readAll());
    }();
    decisions.replace(QStringLiteral("when: sys.level == 'mid'"), QStringLiteral("when: sys.level == 'low'"));
    QFile dout(data + QStringLiteral("/guidance/reg/decisions.yaml"));
    QVERIFY(dout.open(QIODevice::WriteOnly));
    dout.write(decisions.toUtf8());
    dout.close();
    qputenv("VEIVISER_DATA_DIR", QFile::encodeName(data));

    auto r = runCli({QStringLiteral("--json"), QStringLiteral("answers"), QStringLiteral("list"), file});
    QCOMPARE(r.exitCode, 0);
    Json list = parse(r.out)["answers"];
    QCOMPARE(list.size(), std::size_t(3));
    VV_COMPARE_JSON(list[0]["fact"], "sys.areas");
    VV_COMPARE_JSON(list[0]["needs_review"], true);
    VV_COMPARE_JSON(list[0]["invalid"], false);
    VV_COMPARE_JSON(list[0]["current_version"], "1.1.0");
    VV_COMPARE_JSON(list[2]["fact"], "sys.level");
    VV_COMPARE_JSON(list[2]["invalid"], true);

    r = runCli({QStringLiteral("--json"), QStringLiteral("assess"), file});
    Json doc = parse(r.out);
    QCOMPARE(doc["needs_review"].size(), std::size_t(3));
    VV_COMPARE_JSON(doc["missing"], Json::array({"sys.level", "sys.users"}));

    // The invalid answer cannot be confirmed; the others can, and then no longer need review.
    r = runCli({QStringLiteral("answers"), QStringLiteral("confirm"), file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("no longer valid"), r.err.constData());
    r = runCli({QStringLiteral("--json"), QStringLiteral("answers"), QStringLiteral("confirm"), file,
                QStringLiteral("sys.is_tool"), QStringLiteral("sys.areas")});
    QCOMPARE(r.exitCode, 0);
    VV_COMPARE_JSON(parse(r.out)["confirmed"], 2);
    QCOMPARE(runCli({QStringLiteral("answer"), file, QStringLiteral("sys.level=low")}).exitCode, 0);
    r = runCli({QStringLiteral("--json"), QStringLiteral("assess"), file});
    doc = parse(r.out);
    VV_COMPARE_JSON(doc["needs_review"], Json::array());
    VV_COMPARE_JSON(doc["facts"]["reg.grade"], "B");
    QCOMPARE(runCli({QStringLiteral("audit"), QStringLiteral("verify"), file}).exitCode, 0);
}

void TestGuidanceCli::requirementsListAndFilter()
{
    const QString file = project("deployer");
    QCOMPARE(runCli({QStringLiteral("answer"), file, QStringLiteral("sys.is_tool=true")}).exitCode, 0);
    auto r = runCli({QStringLiteral("--json"), QStringLiteral("requirements"), file});
    QCOMPARE(r.exitCode, 0);
    const Json doc = parse(r.out);
    VV_COMPARE_JSON(doc["role"], "deployer");
    VV_COMPARE_JSON(doc["counts"], (Json{{"not_started", 2}, {"in_progress", 0}, {"met", 0}, {"not_applicable", 0},
                                         {"does_not_apply", 1}, {"undetermined", 1}}));
    const Json &first = doc["requirements"][0];
    VV_COMPARE_JSON(first["urn"], "urn:veiviser:reg:always");
    VV_COMPARE_JSON(first["status"], "not_started");
    VV_COMPARE_JSON(first["applicability"], "applicable");
    VV_COMPARE_JSON(first["title"]["en"], "Always");
    VV_COMPARE_JSON(first["evidence_expected"][0]["en"], "A document");
    VV_COMPARE_JSON(first["also_counts_for"], Json::array({"urn:veiviser:reg:provider-a"}));
    VV_COMPARE_JSON(doc["requirements"][1]["status"], "does_not_apply");
    VV_COMPARE_JSON(doc["requirements"][1]["reason"],
                    "Does not apply: it binds the provider, and this project's role is deployer.");
    VV_COMPARE_JSON(doc["requirements"][3]["missing"], Json::array({"sys.areas"}));

    r = runCli({QStringLiteral("--json"), QStringLiteral("requirements"), file, QStringLiteral("--status"),
                QStringLiteral("undetermined")});
    QCOMPARE(parse(r.out)["requirements"].size(), std::size_t(1));
    r = runCli({QStringLiteral("requirements"), file, QStringLiteral("--status"), QStringLiteral("applicable")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("urn:veiviser:reg:deployer-covered"), r.out.constData());
    QVERIFY(!r.out.contains("urn:veiviser:reg:provider-a"));
    r = runCli({QStringLiteral("requirements"), file, QStringLiteral("--status"), QStringLiteral("done")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("unknown status 'done'; allowed: all, applicable"), r.err.constData());
}

void TestGuidanceCli::requirementSet()
{
    const QString file = project("deployer");
    const QString urn = QStringLiteral("urn:veiviser:reg:always");
    auto r = runCli({QStringLiteral("requirement"), QStringLiteral("set"), file, urn, QStringLiteral("--status"),
                     QStringLiteral("not_applicable")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("needs a justification"), r.err.constData());
    r = runCli({QStringLiteral("requirement"), QStringLiteral("set"), file, urn, QStringLiteral("--status"),
                QStringLiteral("in_progress"), QStringLiteral("--owner"), QStringLiteral("Kari"), QStringLiteral("--due"),
                QStringLiteral("2026-06-30")});
    QCOMPARE(r.exitCode, 0);
    r = runCli({QStringLiteral("--json"), QStringLiteral("requirements"), file, QStringLiteral("--status"),
                QStringLiteral("in_progress")});
    const Json doc = parse(r.out);
    QCOMPARE(doc["requirements"].size(), std::size_t(1));
    VV_COMPARE_JSON(doc["requirements"][0]["state"]["owner"], "Kari");
    VV_COMPARE_JSON(doc["requirements"][0]["state"]["due_date"], "2026-06-30");
    VV_COMPARE_JSON(doc["requirements"][0]["state"]["version"], "2.0.0");
    r = runCli({QStringLiteral("requirement"), QStringLiteral("set"), file, QStringLiteral("urn:veiviser:reg:nope")});
    QCOMPARE(r.exitCode, 2);
    r = runCli({QStringLiteral("requirement"), QStringLiteral("set"), file, urn, QStringLiteral("--due"),
                QStringLiteral("30.06.2026")});
    QCOMPARE(r.exitCode, 2);
}

void TestGuidanceCli::statusShowsProgress()
{
    const QString file = project("provider");
    QCOMPARE(runCli({QStringLiteral("answer"), file, QStringLiteral("sys.is_tool=true"), QStringLiteral("sys.level=high")})
                 .exitCode,
             0);
    const QString overdue = QDate::currentDate().addDays(-2).toString(Qt::ISODate);
    QCOMPARE(runCli({QStringLiteral("requirement"), QStringLiteral("set"), file, QStringLiteral("urn:veiviser:reg:always"),
                     QStringLiteral("--status"), QStringLiteral("in_progress"), QStringLiteral("--owner"),
                     QStringLiteral("Kari"), QStringLiteral("--due"), overdue})
                 .exitCode,
             0);
    QCOMPARE(runCli({QStringLiteral("requirement"), QStringLiteral("set"), file,
                     QStringLiteral("urn:veiviser:reg:provider-a"), QStringLiteral("--status"), QStringLiteral("met")})
                 .exitCode,
             0);
    auto r = runCli({QStringLiteral("--json"), QStringLiteral("status"), file});
    QCOMPARE(r.exitCode, 0);
    const Json doc = parse(r.out);
    VV_COMPARE_JSON(doc["project"]["role"], "provider");
    VV_COMPARE_JSON(doc["overall"]["applicable"], 2);
    VV_COMPARE_JSON(doc["overall"]["done"], 1);
    VV_COMPARE_JSON(doc["overall"]["met"], 1);
    VV_COMPARE_JSON(doc["overall"]["in_progress"], 1);
    VV_COMPARE_JSON(doc["overall"]["does_not_apply"], 1); // the deployer's requirement
    VV_COMPARE_JSON(doc["overall"]["undetermined"], 1);   // area X: sys.areas is not answered
    QCOMPARE(doc["due"].size(), std::size_t(1));
    VV_COMPARE_JSON(doc["due"][0]["urn"], "urn:veiviser:reg:always");
    VV_COMPARE_JSON(doc["due"][0]["overdue"], true);
    VV_COMPARE_JSON(doc["due"][0]["owner"], "Kari");
    VV_COMPARE_JSON(doc["lacking_evidence"],
                    Json::array({"urn:veiviser:reg:always", "urn:veiviser:reg:provider-a"}));
    VV_COMPARE_JSON(doc["needs_review"], Json::array());

    r = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("status"), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Requirements that apply: 1 of 2 done"), r.out.constData());
    QVERIFY(r.out.contains("overdue"));
    QVERIFY(r.out.contains("urn:veiviser:reg:always"));
    QCOMPARE(runCli({QStringLiteral("status"), QStringLiteral("/nonexistent/x.veiviser")}).exitCode, 2);
}

// A requirement with no due date of the team's that starts to bind within 14 days is listed as due on that day, in
// the text and in --json (the text once dereferenced the missing team date).
void TestGuidanceCli::statusListsWhatStartsToApply()
{
    const QString file = project("provider");
    QCOMPARE(runCli({QStringLiteral("answer"), file, QStringLiteral("sys.is_tool=true"), QStringLiteral("sys.level=high")})
                 .exitCode,
             0);
    // The fixture's provider-a, binding from five days after today.
    const QString starts = QDate::currentDate().addDays(5).toString(Qt::ISODate);
    const QString data = path(QStringLiteral("data"));
    const QString src = QString::fromUtf8(m_fixtureData) + QStringLiteral("/guidance");
    for (const char *folder : {"common", "reg"})
        QVERIFY(QDir().mkpath(data + QStringLiteral("/guidance/") + QLatin1String(folder)));
    for (const char *name : {"common/pack.yaml", "reg/pack.yaml", "reg/decisions.yaml"})
        QVERIFY(QFile::copy(src + QLatin1Char('/') + QLatin1String(name), data + QStringLiteral("/guidance/") + QLatin1String(name)));
    QFile in(src + QStringLiteral("/reg/requirements.yaml"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QString requirements = QString::fromUtf8(in.readAll());
    QVERIFY(requirements.contains(QStringLiteral("eu: 2026-06-10")));
    requirements.replace(QStringLiteral("eu: 2026-06-10"), QStringLiteral("eu: ") + starts);
    QFile out(data + QStringLiteral("/guidance/reg/requirements.yaml"));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(requirements.toUtf8());
    out.close();
    qputenv("VEIVISER_DATA_DIR", QFile::encodeName(data));

    auto r = runCli({QStringLiteral("--json"), QStringLiteral("status"), file});
    QCOMPARE(r.exitCode, 0);
    const Json doc = parse(r.out);
    QCOMPARE(doc["due"].size(), std::size_t(1));
    VV_COMPARE_JSON(doc["due"][0]["urn"], "urn:veiviser:reg:provider-a");
    VV_COMPARE_JSON(doc["due"][0]["due_date"], starts.toStdString());
    VV_COMPARE_JSON(doc["due"][0]["starts_to_apply"], true);
    VV_COMPARE_JSON(doc["due"][0]["overdue"], false);

    r = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("status"), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("applies  %1  urn:veiviser:reg:provider-a").arg(starts).toUtf8()),
             r.out.constData());
}

QTEST_GUILESS_MAIN(TestGuidanceCli)
#include "tst_guidance_cli.moc"
