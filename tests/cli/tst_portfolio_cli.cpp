// `veiviser-cli portfolio` over a folder of twenty projects (docs/portfolio.md): fourteen generated with planned
// values (PortfolioFixture), one with monitoring and an alarm, one with an incident, a review project, one from an
// older schema, a damaged file and a foreign one. Rows are checked field by field against the plan.

#include "OldProject.h"
#include "PortfolioFixture.h"
#include "TestSupport.h"

#include "core/Clock.h"
#include "core/Json.h"
#include "guidance/GuidanceLibrary.h"
#include "store/ProjectStore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;
using test::runCli;

class TestPortfolioCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rowsMatchThePlan();
    void monitoredProjectShowsItsAlarms();
    void incidentReportsAreCountedDown();
    void reviewProjectIsListed();
    void openDeviationsAreCounted();
    void dpiaPastItsReviewDateHasExpired();
    void unreadableFilesAreRowsWithTheirError();
    void requirementsAgreeWithStatus();
    void readsWithoutChangingAnything();
    void readsAProjectOpenForWriting();
    void readableTable();
    void notAFolderIsAnInputError();
    void emptyFolderIsAnEmptyPortfolio();

private:
    QString path(const QString &n) const { return m_dir.filePath(n); }
    QString inPortfolio(const QString &n) const { return QDir(m_folder).filePath(n); }
    const Json *row(const QString &file) const;
    QString buildMonitored();
    QString buildWithIncident();
    QString buildReview();
    static QString buildOlderSchema(const QString &file, int version);

    QTemporaryDir m_dir;
    QString m_folder;
    std::vector<test::PlannedProject> m_plan;
    Json m_doc;
    int m_exit = -1;
};

namespace {

Json parse(const QByteArray &out)
{
    auto r = parseJson(out, QStringLiteral("stdout"));
    return r ? *r : Json();
}

QString describe(const test::ProcessResult &r)
{
    return QStringLiteral("exit %1\n%2\n%3").arg(r.exitCode).arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

bool writeFile(const QString &file, const QByteArray &content)
{
    QFile f(file);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

// The demo's incident: a serious deterioration the hospital became aware of two days ago; nothing sent yet.
QStringList incidentArgs(const QString &file)
{
    QStringList args = {QStringLiteral("incident"), QStringLiteral("add"), file, QStringLiteral("--deviation"),
                        QStringLiteral("1"), QStringLiteral("--aware"),
                        QDate::currentDate().addDays(-2).toString(Qt::ISODate)};
    for (const char *fact : {"incident.system_involved=true", "incident.death=false",
                             "incident.serious_health_harm=true", "incident.unanticipated_deterioration=true",
                             "incident.near_miss=false", "incident.public_health_threat=false",
                             "incident.critical_infrastructure=false", "incident.fundamental_rights=false",
                             "incident.property_environment=false", "incident.widespread_infringement=false",
                             "incident.patient_care_related=true", "incident.very_serious_harm=false",
                             "incident.outcome_unexpected=true", "incident.fsca=false"})
        args << QStringLiteral("--fact") << QString::fromLatin1(fact);
    return args;
}

const QString demoAnswers = QStringLiteral(VV_SOURCE_DIR "/demo/answers.json");

} // namespace

const Json *TestPortfolioCli::row(const QString &file) const
{
    for (const Json &r : m_doc["projects"])
        if (r["file"] == toStd(file))
            return &r;
    return nullptr;
}

QString TestPortfolioCli::buildMonitored()
{
    const QString file = inPortfolio(QStringLiteral("monitored.veiviser"));
    const QList<QStringList> steps = {
        {QStringLiteral("project"), QStringLiteral("init"), file, QStringLiteral("--name"), QStringLiteral("Overvåket")},
        {QStringLiteral("answer"), file, QStringLiteral("--from"), demoAnswers},
        {QStringLiteral("monitor"), QStringLiteral("plan"), file, QStringLiteral("--from"),
         QStringLiteral(VV_SOURCE_DIR "/demo/monitoring-plan.yaml")},
        {QStringLiteral("monitor"), QStringLiteral("ingest"), file, QStringLiteral("--predictions"),
         QStringLiteral(VV_SOURCE_DIR "/demo/production.csv"), QStringLiteral("--time"), QStringLiteral("tidspunkt"),
         QStringLiteral("--label"), QStringLiteral("sepsis_48t"), QStringLiteral("--score"), QStringLiteral("risiko"),
         QStringLiteral("--id"), QStringLiteral("innleggelse_id"), QStringLiteral("--feature"), QStringLiteral("alder"),
         QStringLiteral("--feature"), QStringLiteral("laktat"), QStringLiteral("--group"), QStringLiteral("avdeling"),
         QStringLiteral("--decimal"), QStringLiteral(",")},
        // A DPIA whose review date, written the Norwegian way, has passed.
        {QStringLiteral("details"), QStringLiteral("set"), file, QStringLiteral("dpia.approval_date"),
         QStringLiteral("2024-02-01")},
        {QStringLiteral("details"), QStringLiteral("set"), file, QStringLiteral("dpia.next_review"),
         QStringLiteral("01.02.2025, eller før ved ny modellversjon")},
    };
    for (const QStringList &args : steps)
        if (auto r = runCli(args); r.exitCode != 0)
            return describe(r);
    return {};
}

QString TestPortfolioCli::buildWithIncident()
{
    const QString file = inPortfolio(QStringLiteral("incident.veiviser"));
    const QList<QStringList> steps = {
        {QStringLiteral("project"), QStringLiteral("init"), file, QStringLiteral("--name"), QStringLiteral("Hendelse")},
        {QStringLiteral("answer"), file, QStringLiteral("--from"), demoAnswers},
        {QStringLiteral("deviation"), QStringLiteral("add"), file, QStringLiteral("--title"),
         QStringLiteral("Varsel uteble"), QStringLiteral("--severity"), QStringLiteral("high")},
        incidentArgs(file),
        // A second deviation, closed: only the first is open.
        {QStringLiteral("deviation"), QStringLiteral("add"), file, QStringLiteral("--title"),
         QStringLiteral("Feil i loggen"), QStringLiteral("--severity"), QStringLiteral("low"),
         QStringLiteral("--assessment"), QStringLiteral("Ingen pasientkonsekvens"), QStringLiteral("--cause"),
         QStringLiteral("Feil tidssone"), QStringLiteral("--action"), QStringLiteral("Tidssonen er rettet"),
         QStringLiteral("--check"), QStringLiteral("Loggen er kontrollert")},
        {QStringLiteral("deviation"), QStringLiteral("close"), file, QStringLiteral("2")},
        // A DPIA reviewed last year, with its next review far ahead.
        {QStringLiteral("details"), QStringLiteral("set"), file, QStringLiteral("dpia.approval_date"),
         QDate::currentDate().addYears(-1).toString(Qt::ISODate)},
        {QStringLiteral("details"), QStringLiteral("set"), file, QStringLiteral("dpia.next_review"),
         QStringLiteral("2099-06-30")},
    };
    for (const QStringList &args : steps)
        if (auto r = runCli(args); r.exitCode != 0)
            return describe(r);
    return {};
}

QString TestPortfolioCli::buildReview()
{
    // The source and its package lie outside the portfolio; only the review project is in it.
    const QString source = path(QStringLiteral("source.veiviser"));
    const QString package = path(QStringLiteral("package.zip"));
    auto keys = runCli({QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("generate"), path(QStringLiteral("keys"))});
    if (keys.exitCode != 0)
        return describe(keys);
    const QString key = fromStd(parse(keys.out).value("private_key", std::string()));
    const QList<QStringList> steps = {
        {QStringLiteral("project"), QStringLiteral("init"), source, QStringLiteral("--name"),
         QStringLiteral("Leverandørens system"), QStringLiteral("--role"), QStringLiteral("provider")},
        {QStringLiteral("answer"), source, QStringLiteral("--from"), demoAnswers},
        {QStringLiteral("package"), QStringLiteral("build"), source, QStringLiteral("--document"),
         QStringLiteral("ai-act-annex-iv"), QStringLiteral("--draft"), QStringLiteral("--format"),
         QStringLiteral("html"), QStringLiteral("--out"), package, QStringLiteral("--sign"), key},
        {QStringLiteral("review"), QStringLiteral("open"), package, QStringLiteral("--out"),
         inPortfolio(QStringLiteral("review.veiviser"))},
    };
    for (const QStringList &args : steps)
        if (auto r = runCli(args, {}, 300000); r.exitCode != 0)
            return describe(r);
    return {};
}

// A project exactly as Veiviser left it at an older schema version.
QString TestPortfolioCli::buildOlderSchema(const QString &file, int version)
{
    const FixedClock clock(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
    return test::OldProject(file, version, clock, QStringLiteral("Gammel")).problem();
}

void TestPortfolioCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The same packs as the CLI, which finds them next to itself.
    qputenv("VEIVISER_DATA_DIR", VV_BIN_DIR "/../share/veiviser");
    m_folder = path(QStringLiteral("portfolio"));
    QVERIFY(QDir().mkpath(m_folder));
    auto library = guidance::GuidanceLibrary::loadShipped();
    QVERIFY2(library.ok(), qPrintable(library ? QString() : library.error().toString()));
    m_plan = test::plannedPortfolio(14, m_folder);
    for (const test::PlannedProject &p : m_plan) {
        const QString problem = test::buildProject(p, *library);
        QVERIFY2(problem.isEmpty(), qPrintable(p.file + QStringLiteral(": ") + problem));
    }
    for (const QString &problem : {buildMonitored(), buildWithIncident(), buildReview(),
                                   buildOlderSchema(inPortfolio(QStringLiteral("older.veiviser")), 3)})
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // A damaged project: a real one whose first page (the schema) is overwritten after the header.
    const QString damaged = inPortfolio(QStringLiteral("damaged.veiviser"));
    QVERIFY(QFile::copy(m_plan[0].file, damaged));
    {
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(100));
        QVERIFY(f.write(QByteArray(8000, '\x5a')) == 8000);
    }
    // A foreign file that only has a project's name, and a file that is not named like a project at all.
    QVERIFY(writeFile(inPortfolio(QStringLiteral("notes.veiviser")), "name,score\n1,0.5\n"));
    QVERIFY(writeFile(inPortfolio(QStringLiteral("README.txt")), "Prosjektene til klinikken\n"));
    QCOMPARE(QDir(m_folder).entryList({QStringLiteral("*.veiviser")}, QDir::Files).size(), 20);

    auto r = runCli({QStringLiteral("--json"), QStringLiteral("portfolio"), m_folder});
    m_exit = r.exitCode;
    m_doc = parse(r.out);
    QVERIFY2(m_doc.is_object(), qPrintable(describe(r)));
}

void TestPortfolioCli::rowsMatchThePlan()
{
    // Damaged and foreign files make it a finding: exit 1, as a failed check.
    QCOMPARE(m_exit, 1);
    QCOMPARE(m_doc["projects"].size(), std::size_t(20));
    VV_COMPARE_JSON(m_doc["unreadable"], 2);
    VV_COMPARE_JSON(m_doc["location"], toStd(m_folder));
    const std::vector<std::string> fields = {"file", "name", "system_version", "role", "mdr_class", "ai_act_risk",
                                             "high_risk_route", "dpia_required", "fria_required", "requirements",
                                             "incidents_due", "alarms_open", "last_package", "modified", "error",
                                             "deviations_open", "dpia", "older_format"};
    for (const Json &r : m_doc["projects"]) {
        QCOMPARE(r.size(), fields.size());
        for (const std::string &f : fields)
            QVERIFY2(r.contains(f), f.c_str());
    }
    using A = test::PlannedProject::Answers;
    for (const test::PlannedProject &p : m_plan) {
        const Json *found = row(p.file);
        QVERIFY2(found, qPrintable(p.file));
        const Json &r = *found;
        VV_COMPARE_JSON(r["error"], nullptr);
        VV_COMPARE_JSON(r["name"], toStd(p.name));
        VV_COMPARE_JSON(r["system_version"], toStd(p.systemVersion));
        VV_COMPARE_JSON(r["role"], toStd(roleToString(p.role)));
        VV_COMPARE_JSON(r["modified"], toStd(isoUtc(p.changed)));
        switch (p.answers) {
        case A::None:
            for (const char *f : {"mdr_class", "ai_act_risk", "high_risk_route", "dpia_required", "fria_required"})
                VV_COMPARE_JSON(r[f], nullptr);
            break;
        case A::ProviderIIb: // as tst_guidance_cli's assess shows for these answers
            VV_COMPARE_JSON(r["mdr_class"], "IIb");
            VV_COMPARE_JSON(r["ai_act_risk"], "high");
            VV_COMPARE_JSON(r["high_risk_route"], "annex_i");
            VV_COMPARE_JSON(r["dpia_required"], false);
            VV_COMPARE_JSON(r["fria_required"], false);
            break;
        case A::Demo:
            // A large-scale processing of health data that evaluates patients needs a DPIA (GDPR Art. 35(3)(b));
            // a FRIA is for Annex III systems (AI Act Art. 27(1)), and this one is high-risk by Annex I.
            VV_COMPARE_JSON(r["mdr_class"], "IIb");
            VV_COMPARE_JSON(r["ai_act_risk"], "high");
            VV_COMPARE_JSON(r["high_risk_route"], "annex_i");
            VV_COMPARE_JSON(r["dpia_required"], true);
            VV_COMPARE_JSON(r["fria_required"], false);
            break;
        }
        VV_COMPARE_JSON(r["requirements"]["met"], p.done());
        VV_COMPARE_JSON(r["requirements"]["overdue"], p.answers == A::Demo && p.overdue ? 1 : 0);
        VV_COMPARE_JSON(r["incidents_due"], (Json{{"reports", 0}, {"overdue", 0}, {"next_due", nullptr}}));
        VV_COMPARE_JSON(r["alarms_open"], nullptr);
        VV_COMPARE_JSON(r["deviations_open"], 0);
        // No DPIA details in the plan: not required where the answers say so, else not approved yet.
        VV_COMPARE_JSON(r["dpia"], (Json{{"state", p.answers == A::ProviderIIb ? "not_required" : "not_approved"},
                                         {"approved", nullptr},
                                         {"next_review", nullptr}}));
        if (p.package.isEmpty())
            VV_COMPARE_JSON(r["last_package"], nullptr);
        else
            VV_COMPARE_JSON(r["last_package"], (Json{{"file", toStd(p.package)}, {"built", toStd(isoUtc(p.changed))}}));
    }
}

void TestPortfolioCli::monitoredProjectShowsItsAlarms()
{
    const QString file = inPortfolio(QStringLiteral("monitored.veiviser"));
    auto status = runCli({QStringLiteral("--json"), QStringLiteral("monitor"), QStringLiteral("status"), file});
    QCOMPARE(status.exitCode, 1); // the demo's production data raise alarms
    const Json alarms = parse(status.out)["alarms_open"];
    QVERIFY(alarms.get<int>() > 0);
    const Json *r = row(file);
    QVERIFY(r);
    VV_COMPARE_JSON((*r)["alarms_open"], alarms);
}

void TestPortfolioCli::incidentReportsAreCountedDown()
{
    const QString file = inPortfolio(QStringLiteral("incident.veiviser"));
    auto status = runCli({QStringLiteral("--json"), QStringLiteral("status"), file});
    QVERIFY2(status.exitCode == 0, qPrintable(describe(status)));
    const Json reports = parse(status.out)["incident_reports"];
    QVERIFY(!reports.empty());
    std::string soonest;
    int overdue = 0;
    for (const Json &report : reports)
        overdue += report["overdue"].get<bool>() ? 1 : 0;
    for (const Json &report : reports)
        if (report.contains("due") && report["due"].is_string() && (soonest.empty() || report["due"] < soonest))
            soonest = report["due"].get<std::string>();
    const Json *r = row(file);
    QVERIFY(r);
    VV_COMPARE_JSON((*r)["incidents_due"]["reports"], reports.size());
    VV_COMPARE_JSON((*r)["incidents_due"]["overdue"], overdue);
    VV_COMPARE_JSON((*r)["incidents_due"]["next_due"], soonest.empty() ? Json() : Json(soonest));
}

void TestPortfolioCli::reviewProjectIsListed()
{
    const Json *r = row(inPortfolio(QStringLiteral("review.veiviser")));
    QVERIFY(r);
    VV_COMPARE_JSON((*r)["error"], nullptr);
    VV_COMPARE_JSON((*r)["name"], "Leverandørens system");
    VV_COMPARE_JSON((*r)["role"], "provider");
}

void TestPortfolioCli::openDeviationsAreCounted()
{
    // `deviation list` shows each deviation with its status; the portfolio counts the open ones.
    for (const char *name : {"incident.veiviser", "monitored.veiviser"}) {
        const QString file = inPortfolio(QString::fromLatin1(name));
        auto list = runCli({QStringLiteral("--json"), QStringLiteral("deviation"), QStringLiteral("list"), file});
        QVERIFY2(list.exitCode == 0, qPrintable(describe(list)));
        const Json listed = parse(list.out);
        const Json &deviations = listed.is_array() ? listed : listed["deviations"];
        int open = 0;
        for (const Json &d : deviations)
            open += d["status"] == "open" ? 1 : 0;
        const Json *r = row(file);
        QVERIFY(r);
        VV_COMPARE_JSON((*r)["deviations_open"], open);
    }
    VV_COMPARE_JSON((*row(inPortfolio(QStringLiteral("incident.veiviser"))))["deviations_open"], 1);
}

void TestPortfolioCli::dpiaPastItsReviewDateHasExpired()
{
    // The review date recorded in dpia.next_review is the rule (GDPR Art. 35(11), docs/portfolio.md): past it, the
    // DPIA has expired; before it, it is current. The dates are those initTestCase wrote.
    const Json *monitored = row(inPortfolio(QStringLiteral("monitored.veiviser")));
    QVERIFY(monitored);
    VV_COMPARE_JSON((*monitored)["dpia"],
                    (Json{{"state", "expired"}, {"approved", "2024-02-01"}, {"next_review", "2025-02-01"}}));
    const Json *incident = row(inPortfolio(QStringLiteral("incident.veiviser")));
    QVERIFY(incident);
    VV_COMPARE_JSON((*incident)["dpia"],
                    (Json{{"state", "current"},
                          {"approved", toStd(QDate::currentDate().addYears(-1).toString(Qt::ISODate))},
                          {"next_review", "2099-06-30"}}));
    // The readable table says it in words.
    auto r = runCli({QStringLiteral("portfolio"), m_folder});
    QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("expired (review was due 2025-02-01)")), r.out.constData());
}

void TestPortfolioCli::unreadableFilesAreRowsWithTheirError()
{
    const std::map<QString, QString> expected = {
        {QStringLiteral("damaged.veiviser"), QStringLiteral("damaged")},
        {QStringLiteral("notes.veiviser"), QStringLiteral("is not a Veiviser project")},
    };
    for (const auto &[name, text] : expected) {
        const Json *r = row(inPortfolio(name));
        QVERIFY2(r, qPrintable(name));
        QVERIFY2((*r)["error"].is_string(), qPrintable(name));
        const QString error = fromStd((*r)["error"].get<std::string>());
        QVERIFY2(error.contains(text), qPrintable(name + QStringLiteral(": ") + error));
        for (const char *f : {"name", "system_version", "role", "requirements", "incidents_due", "modified",
                              "deviations_open", "dpia"})
            VV_COMPARE_JSON((*r)[f], nullptr);
    }
    QVERIFY(!row(inPortfolio(QStringLiteral("README.txt"))));
    // A project of an older format is read from an upgraded copy (the file is left as it was:
    // readsWithoutChangingAnything), and its row says which format the file has.
    const Json *older = row(inPortfolio(QStringLiteral("older.veiviser")));
    QVERIFY(older);
    VV_COMPARE_JSON((*older)["error"], nullptr);
    VV_COMPARE_JSON((*older)["older_format"], 3);
    VV_COMPARE_JSON((*older)["name"], "Gammel");
    VV_COMPARE_JSON((*older)["system_version"], "0.9");
    VV_COMPARE_JSON((*older)["role"], "both");
    VV_COMPARE_JSON((*older)["modified"], "2025-01-01T00:00:00.000Z");
    for (const Json &r : m_doc["projects"])
        if (r["file"] != toStd(inPortfolio(QStringLiteral("older.veiviser"))))
            VV_COMPARE_JSON(r["older_format"], nullptr);
    auto table = runCli({QStringLiteral("portfolio"), m_folder});
    QVERIFY2(QString::fromUtf8(table.out).contains(QStringLiteral("Gammel (older format, version 3: open it in Veiviser")),
             table.out.constData());
}

void TestPortfolioCli::requirementsAgreeWithStatus()
{
    // `status` counts the same requirements one project at a time.
    for (std::size_t i = 0; i < m_plan.size(); i += 3) {
        auto status = runCli({QStringLiteral("--json"), QStringLiteral("status"), m_plan[i].file});
        QVERIFY2(status.exitCode == 0, qPrintable(describe(status)));
        const Json overall = parse(status.out)["overall"];
        const Json *r = row(m_plan[i].file);
        QVERIFY(r);
        VV_COMPARE_JSON((*r)["requirements"]["applicable"], overall["applicable"]);
        VV_COMPARE_JSON((*r)["requirements"]["met"], overall["done"]);
    }
}

void TestPortfolioCli::readsWithoutChangingAnything()
{
    std::map<QString, QString> before;
    const QStringList names = QDir(m_folder).entryList(QDir::Files);
    for (const QString &n : names)
        before[n] = test::fileSha256(inPortfolio(n));
    auto r = runCli({QStringLiteral("--json"), QStringLiteral("portfolio"), m_folder});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QDir(m_folder).entryList(QDir::Files), names); // no -wal, -shm or journal left behind
    for (const QString &n : names)
        QVERIFY2(test::fileSha256(inPortfolio(n)) == before[n], qPrintable(n));
}

void TestPortfolioCli::readsAProjectOpenForWriting()
{
    // The GUI has a project open while the quality officer lists the portfolio: the list reads it, and the GUI
    // can still save afterwards (the portfolio took no write lock and dropped none).
    const test::PlannedProject &p = m_plan[1];
    auto store = ProjectStore::open(p.file);
    QVERIFY(store.ok());
    QVERIFY((*store)->updateProject(p.name + QStringLiteral(" (åpen)"), p.systemVersion, p.role).ok());
    auto r = runCli({QStringLiteral("--json"), QStringLiteral("portfolio"), m_folder});
    QCOMPARE(r.exitCode, 1);
    const Json doc = parse(r.out);
    bool seen = false;
    for (const Json &row : doc["projects"])
        if (row["file"] == toStd(p.file)) {
            seen = true;
            VV_COMPARE_JSON(row["name"], toStd(p.name + QStringLiteral(" (åpen)")));
        }
    QVERIFY(seen);
    QVERIFY((*store)->updateProject(p.name, p.systemVersion, p.role).ok());
}

void TestPortfolioCli::readableTable()
{
    auto r = runCli({QStringLiteral("portfolio"), m_folder});
    QCOMPARE(r.exitCode, 1);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("MDR class")) && out.contains(QStringLiteral("AI Act risk")), qPrintable(out));
    for (const test::PlannedProject &p : m_plan)
        QVERIFY2(out.contains(p.name), qPrintable(p.name));
    QVERIFY(out.contains(inPortfolio(QStringLiteral("damaged.veiviser")) + QStringLiteral(": cannot be read")));
    QVERIFY(out.contains(QStringLiteral("20 projects, 2 cannot be read")));

    auto nb = runCli({QStringLiteral("--lang"), QStringLiteral("nb"), QStringLiteral("portfolio"), m_folder});
    QVERIFY2(QString::fromUtf8(nb.out).contains(QStringLiteral("MDR-klasse")), nb.out.constData());
}

void TestPortfolioCli::notAFolderIsAnInputError()
{
    for (const QString &where : {m_plan[0].file, path(QStringLiteral("missing"))}) {
        auto r = runCli({QStringLiteral("--json"), QStringLiteral("portfolio"), where});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("is not a folder"), r.err.constData());
    }
}

void TestPortfolioCli::emptyFolderIsAnEmptyPortfolio()
{
    const QString empty = path(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));
    auto r = runCli({QStringLiteral("--json"), QStringLiteral("portfolio"), empty});
    QCOMPARE(r.exitCode, 0);
    VV_COMPARE_JSON(parse(r.out)["projects"], Json::array());
}

QTEST_GUILESS_MAIN(TestPortfolioCli)
#include "tst_portfolio_cli.moc"
