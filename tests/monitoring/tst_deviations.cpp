// Deviations and incidents: the reporting rules reader, deadline selection, the deviation cycle and its conflicts,
// and the shipped rules against a table of cases written from the legal texts.

#include "TestSupport.h"
#include "core/Clock.h"
#include "guidance/GuidanceLibrary.h"
#include "monitoring/IncidentRules.h"
#include "store/DeviationTable.h"
#include "store/MonitoringTable.h"
#include "store/ProjectStore.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace vv;
using namespace vv::monitoring;
using guidance::Truth;
using guidance::Value;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString rulesDir = QStringLiteral(VV_FIXTURES_DIR "/monitoring/rules/");

using Facts = std::map<QString, Value>;

std::function<std::optional<Value>(const QString &)> lookup(const Facts &facts)
{
    return [facts](const QString &id) -> std::optional<Value> {
        const auto it = facts.find(id);
        return it == facts.end() ? std::nullopt : std::optional<Value>(it->second);
    };
}

} // namespace

class TestDeviations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void brokenRules_data();
    void brokenRules();
    void shortestDeadlineApplies_data();
    void shortestDeadlineApplies();
    void incidentCountsDown();
    void deviationCycle();
    void shippedRulesMatchTheCases();
    void undecidedInHouseExemptionLeavesTheMdrReportOpen();
    void cliCarriesAnAlarmToAnIncident();

private:
    std::unique_ptr<ProjectStore> newProject(const QString &name, const Clock *clock = nullptr);
    guidance::GuidanceLibrary m_library;
    QTemporaryDir m_dir;
};

void TestDeviations::initTestCase()
{
    auto library = guidance::GuidanceLibrary::loadChecked(QStringLiteral(VV_SOURCE_DIR "/guidance"));
    QVERIFY2(library, library ? "" : qPrintable(library.error().toString()));
    m_library = *library;
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<ProjectStore> TestDeviations::newProject(const QString &name, const Clock *clock)
{
    StoreOptions options;
    options.clock = clock;
    options.actor = QStringLiteral("kvalitet");
    auto p = ProjectStore::create(
        m_dir.filePath(name), {QStringLiteral("Sepsis alert"), QStringLiteral("2.1"), ProjectRole::Deployer}, options);
    return p ? std::move(*p) : nullptr;
}

void TestDeviations::brokenRules_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("good") << s("good.yaml") << 0 << QString();
    QTest::newRow("unknown fact") << s("unknown-fact.yaml") << 26 << s("incident.dead");
    QTest::newRow("no fallback deadline")
        << s("no-fallback.yaml") << 23 << s("a report needs one deadline without 'when'");
    QTest::newRow("undefined source") << s("undefined-source.yaml") << 28
                                      << s("the source 'mdr-art-99' is not defined");
    QTest::newRow("duty") << s("bad-duty.yaml") << 19 << s("'duty' must be provider or deployer, not 'manufacturer'");
    QTest::newRow("condition syntax") << s("bad-condition.yaml") << 20 << s("");
    QTest::newRow("condition type") << s("wrong-type.yaml") << 20 << s("mdr.is_medical_device");
    QTest::newRow("immediate with days") << s("immediate-with-days.yaml") << 24
                                         << s("an immediate deadline has 'days: 0'");
    QTest::newRow("fact without prefix") << s("fact-prefix.yaml") << 9 << s("starts with 'incident.'");
    QTest::newRow("missing English") << s("missing-english.yaml") << 17 << s("'title' needs both 'nb' and 'en'");
}

void TestDeviations::brokenRules()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, message);
    std::vector<Error> problems;
    auto rules = IncidentRulesReader::readFile(rulesDir + file, m_library, &problems);
    if (line == 0) {
        QVERIFY2(rules, rules ? "" : qPrintable(rules.error().toString()));
        QCOMPARE(rules->reports.size(), std::size_t(1));
        QCOMPARE(rules->reports[0].deadlines.size(), std::size_t(3));
        return;
    }
    QVERIFY(!rules);
    QString all;
    for (const Error &e : problems)
        all += e.toString() + QLatin1Char('\n');
    const auto it = std::find_if(problems.begin(), problems.end(), [&](const Error &e) {
        return e.where().line == line && e.toString().contains(message);
    });
    QVERIFY2(it != problems.end(), qPrintable(all));
    QCOMPARE(it->where().file, rulesDir + file);
}

void TestDeviations::shortestDeadlineApplies_data()
{
    QTest::addColumn<QStringList>("facts"); // fact=value; anything not named is unknown
    QTest::addColumn<QString>("applies"); // True, False (no report) or Unknown
    QTest::addColumn<int>("days"); // -1: not yet known
    QTest::addColumn<QStringList>("missing");
    const QStringList device = {s("mdr.is_medical_device=true"), s("incident.serious=true")};
    QTest::newRow("public-health threat: 2 days")
        << device + QStringList{s("incident.serious_public_health_threat=true"), s("incident.death=false")} << s("True")
        << 2 << QStringList();
    QTest::newRow("death: 10 days") << device +
            QStringList{s("incident.death=true"), s("incident.serious_public_health_threat=false")}
                                    << s("True") << 10 << QStringList();
    QTest::newRow("neither: 15 days") << device +
            QStringList{s("incident.death=false"), s("incident.serious_public_health_threat=false")}
                                      << s("True") << 15 << QStringList();
    QTest::newRow("threat and death: the shorter")
        << device + QStringList{s("incident.death=true"), s("incident.serious_public_health_threat=true")} << s("True")
        << 2 << QStringList();
    QTest::newRow("death, threat unanswered: open") << device + QStringList{s("incident.death=true")} << s("True") << -1
                                                    << QStringList{s("incident.serious_public_health_threat")};
    QTest::newRow("threat, death unanswered: 2 is final")
        << device + QStringList{s("incident.serious_public_health_threat=true")} << s("True") << 2 << QStringList();
    QTest::newRow("not a device: nothing") << QStringList{s("mdr.is_medical_device=false"), s("incident.serious=true")}
                                           << s("False") << -1 << QStringList();
    QTest::newRow("not serious: nothing") << QStringList{s("mdr.is_medical_device=true"), s("incident.serious=false")}
                                          << s("False") << -1 << QStringList();
    QTest::newRow("device unknown: may apply") << QStringList{s("incident.serious=true"), s("incident.death=false"),
                                                              s("incident.serious_public_health_threat=false")}
                                               << s("Unknown") << 15 << QStringList{s("mdr.is_medical_device")};
}

void TestDeviations::shortestDeadlineApplies()
{
    QFETCH(QStringList, facts);
    QFETCH(QString, applies);
    QFETCH(int, days);
    QFETCH(QStringList, missing);
    auto rules = IncidentRulesReader::readFile(rulesDir + s("good.yaml"), m_library);
    QVERIFY(rules);
    Facts values;
    for (const QString &f : facts)
        values[f.section(QLatin1Char('='), 0, 0)] = Value::boolean(f.section(QLatin1Char('='), 1) == s("true"));
    const auto due = dueReports(*rules, lookup(values), QDate(2026, 12, 1));
    if (applies == s("False")) {
        QVERIFY(due.empty());
        return;
    }
    QCOMPARE(due.size(), std::size_t(1));
    QCOMPARE(guidance::truthName(due[0].applies).toLower(), applies.toLower());
    QCOMPARE(due[0].days.value_or(-1), days);
    if (days >= 0)
        QCOMPARE(due[0].due, QDate(2026, 12, 1).addDays(days));
    else
        QVERIFY(!due[0].due.isValid());
    const QStringList why = due[0].applies == Truth::Unknown ? due[0].missingFacts : due[0].deadlineFacts;
    QCOMPARE(why, missing);
}

void TestDeviations::incidentCountsDown()
{
    auto rules = IncidentRulesReader::readFile(rulesDir + s("good.yaml"), m_library);
    QVERIFY(rules);
    Incident incident;
    incident.awareOn = QDate(2026, 12, 1);
    incident.facts =
        Json{{"incident.serious", true}, {"incident.death", true}, {"incident.serious_public_health_threat", false}};
    const auto device = lookup({{s("mdr.is_medical_device"), Value::boolean(true)}});
    auto r = incidentReports(*rules, incident, device, QDate(2026, 12, 6));
    QCOMPARE(r.size(), std::size_t(1));
    QCOMPARE(r[0].due.due, QDate(2026, 12, 11));
    QCOMPARE(*r[0].daysLeft, 5);
    QVERIFY(!r[0].overdue());
    r = incidentReports(*rules, incident, device, QDate(2026, 12, 12));
    QCOMPARE(*r[0].daysLeft, -1);
    QVERIFY(r[0].overdue());
    incident.reports = Json{{"mdr-vigilance", {{"sent_on", "2026-12-10"}, {"reference", "DMP-2026-0042"}}}};
    r = incidentReports(*rules, incident, device, QDate(2026, 12, 12));
    QCOMPARE(r[0].sentOn, QDate(2026, 12, 10));
    QCOMPARE(r[0].reference, s("DMP-2026-0042"));
    QVERIFY(!r[0].daysLeft);
}

void TestDeviations::deviationCycle()
{
    FixedClock clock(QDateTime(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc()));
    auto store = newProject(s("cycle.veiviser"), &clock);
    QVERIFY(store);
    DeviationTable table(*store);
    Deviation d;
    d.title = s("O/E above 1.25 in week 22");
    d.severity = s("urgent");
    QVERIFY(!table.open(d)); // not a severity
    d.severity = s("high");
    d.links = {{s("alarm"), s("2026-05-25:oe_ratio")}, {s("test_run"), s("3")}};
    auto id = table.open(d);
    QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
    // Opening the deviation acknowledged the alarm it came from.
    auto acks = MonitoringTable(*store).acknowledgements();
    QVERIFY(acks);
    QCOMPARE(acks->size(), std::size_t(1));
    QCOMPARE(acks->front().metric, s("oe_ratio"));
    QVERIFY(acks->front().note.contains(QStringLiteral("%1").arg(*id)));

    auto first = table.get(*id);
    QVERIFY(first);
    QCOMPARE(*first->rowVersion, 1);
    // Two people edit the same version: the second save is a conflict, and the first one's text stays.
    Deviation a = *first, b = *first;
    a.assessment = s("Calibration drift after the lab changed its lactate assay.");
    b.assessment = s("Noise.");
    QVERIFY(table.save(a));
    auto conflict = table.save(b);
    QVERIFY(!conflict);
    QCOMPARE(conflict.error().kind(), Error::Kind::Conflict);
    QCOMPARE(table.get(*id)->assessment, a.assessment);

    // Closing needs the whole cycle written down.
    auto early = table.close(*id, std::nullopt);
    QVERIFY(!early);
    QVERIFY2(early.error().what().contains(s("cause")), qPrintable(early.error().what()));
    QVERIFY(!early.error().what().contains(s("assessment")));
    Deviation c = *table.get(*id);
    c.cause = s("New assay reads 10 % higher");
    c.correctiveAction = s("Recalibrated the intercept; notified the lab");
    c.closingCheck = s("Four weeks after: O/E 1.02 [0.91, 1.14]");
    QVERIFY(table.save(c));
    QVERIFY(!table.close(*id, 2)); // stale version
    QVERIFY(table.close(*id, 3));
    QVERIFY(table.get(*id)->closed);
    QVERIFY(!table.save(*table.get(*id)));

    Incident incident;
    incident.deviationId = *id;
    QVERIFY(!table.addIncident(incident)); // no awareness date
    incident.awareOn = QDate(2026, 5, 30);
    incident.facts = Json{{"incident.serious", true}};
    auto iid = table.addIncident(incident);
    QVERIFY(iid);
    Incident stored = *table.incident(*iid);
    stored.facts["incident.death"] = false;
    QVERIFY(table.saveIncident(stored));
    QVERIFY(!table.saveIncident(stored)); // stale version
    incident.deviationId = 999;
    QVERIFY(!table.addIncident(incident));
    auto verification = store->verifyAudit();
    QVERIFY(verification);
    QVERIFY2(verification->intact, qPrintable(verification->problem));
}

void TestDeviations::shippedRulesMatchTheCases()
{
    auto rules =
        IncidentRulesReader::readFile(QStringLiteral(VV_SOURCE_DIR "/guidance/incident-reports.yaml"), m_library);
    QVERIFY2(rules, rules ? "" : qPrintable(rules.error().toString()));
    const YAML::Node cases = YAML::LoadFile(VV_FIXTURES_DIR "/monitoring/incident-cases.yaml")["cases"];
    QVERIFY(cases.IsSequence() && cases.size() >= 14);
    for (const auto &c : cases) {
        const QString name = QString::fromStdString(c["name"].as<std::string>());
        Facts facts;
        for (const auto &kv : c["facts"]) {
            const QString id = QString::fromStdString(kv.first.as<std::string>());
            const std::string v = kv.second.as<std::string>();
            facts[id] = v == "true" ? Value::boolean(true)
                : v == "false"      ? Value::boolean(false)
                                    : Value::string(QString::fromStdString(v));
        }
        std::map<QString, int> expected;
        for (const auto &e : c["expect"])
            expected[QString::fromStdString(e["report"].as<std::string>())] = e["days"].as<int>();
        std::map<QString, int> actual;
        for (const DueReport &d : dueReports(*rules, lookup(facts), QDate(2026, 12, 1))) {
            QVERIFY2(d.applies == Truth::True,
                     qPrintable(name + s(": ") + d.rule->id + s(" is undetermined: ") + d.missingFacts.join(s(", "))));
            QVERIFY2(d.days,
                     qPrintable(name + s(": ") + d.rule->id + s(" has no deadline; open: ") +
                                d.deadlineFacts.join(s(", "))));
            actual[d.rule->id] = *d.days;
        }
        QString diff;
        for (const auto &[report, days] : expected)
            if (!actual.count(report) || actual[report] != days)
                diff += s(" expected %1 in %2 days, got %3;")
                            .arg(report)
                            .arg(days)
                            .arg(actual.count(report) ? QString::number(actual[report]) : s("none"));
        for (const auto &[report, days] : actual)
            if (!expected.count(report))
                diff += s(" %1 (%2 days) is due but not expected;").arg(report).arg(days);
        QVERIFY2(diff.isEmpty(), qPrintable(name + s(":") + diff));
    }
}

void TestDeviations::undecidedInHouseExemptionLeavesTheMdrReportOpen()
{
    // A hospital making its own device: until the classification has settled MDR Art. 5(5), whether Art. 87 applies
    // is not known, and the report says which fact is missing rather than guessing either way.
    auto rules =
        IncidentRulesReader::readFile(QStringLiteral(VV_SOURCE_DIR "/guidance/incident-reports.yaml"), m_library);
    QVERIFY(rules);
    Facts facts = {{s("mdr.is_medical_device"), Value::boolean(true)}, {s("ai_act.risk"), Value::string(s("high"))},
                   {s("org.role"), Value::string(s("both"))}, {s("incident.system_involved"), Value::boolean(true)},
                   {s("incident.death"), Value::boolean(true)}};
    bool seen = false;
    for (const DueReport &d : dueReports(*rules, lookup(facts), QDate(2026, 12, 1)))
        if (d.rule->id == s("mdr-vigilance")) {
            seen = true;
            QCOMPARE(d.applies, Truth::Unknown);
            QVERIFY2(d.missingFacts.contains(s("mdr.in_house_exemption")), qPrintable(d.missingFacts.join(s(", "))));
        }
    QVERIFY(seen);
    // A vendor never has the exemption (Art. 2(36)): the report applies without the fact.
    facts[s("org.role")] = Value::string(s("provider"));
    for (const DueReport &d : dueReports(*rules, lookup(facts), QDate(2026, 12, 1)))
        if (d.rule->id == s("mdr-vigilance"))
            QVERIFY(!d.missingFacts.contains(s("mdr.in_house_exemption")));
}

void TestDeviations::cliCarriesAnAlarmToAnIncident()
{
    const QString project = m_dir.filePath(s("cli.veiviser"));
    QCOMPARE(test::runCli({s("project"), s("init"), project, s("--name"), s("Sepsis")}).exitCode, 0);
    auto add = test::runCli({s("--json"), s("deviation"), s("add"), project, s("--title"), s("Alert rate doubled"),
                             s("--severity"), s("critical"), s("--owner"), s("Kari")});
    QCOMPARE(add.exitCode, 0);
    const qint64 id = Json::parse(add.out.toStdString())["id"].get<qint64>();
    auto stale = test::runCli(
        {s("deviation"), s("set"), project, QString::number(id), s("--cause"), s("x"), s("--expect-version"), s("7")});
    QCOMPARE(stale.exitCode, 4);
    QCOMPARE(test::runCli({s("deviation"), s("set"), project, QString::number(id), s("--assessment"), s("a"),
                           s("--expect-version"), s("1")})
                 .exitCode,
             0);
    QCOMPARE(test::runCli({s("deviation"), s("close"), project, QString::number(id)}).exitCode, 2);
    auto badFact = test::runCli({s("incident"), s("add"), project, s("--deviation"), QString::number(id), s("--aware"),
                                 s("2026-12-01"), s("--fact"), s("incident.nonsense=true")});
    QCOMPARE(badFact.exitCode, 2);
    QVERIFY2(badFact.err.contains("no incident fact"), badFact.err.constData());
    auto incident = test::runCli({s("--json"), s("incident"), s("add"), project, s("--deviation"), QString::number(id),
                                  s("--aware"), s("2026-12-01"), s("--fact"), s("incident.death=true")});
    QCOMPARE(incident.exitCode, 0);
    auto show = test::runCli({s("--json"), s("incident"), s("show"), project, s("1")});
    QCOMPARE(show.exitCode, 0);
    const Json doc = Json::parse(show.out.toStdString());
    QCOMPARE(doc["deviation"].get<qint64>(), id);
    QVERIFY(doc["reports"].is_array());
    QCOMPARE(test::runCli({s("deviation"), s("list"), project}).exitCode, 0);
    // The project's status lists the reports not yet sent. Nothing is classified here, so each may apply.
    auto status = test::runCli({s("--json"), s("status"), project});
    QCOMPARE(status.exitCode, 0);
    const Json pending = Json::parse(status.out.toStdString())["incident_reports"];
    QVERIFY(pending.is_array() && !pending.empty());
    for (const Json &r : pending) {
        QCOMPARE(r["incident"].get<int>(), 1);
        QVERIFY(r["sent_on"].is_null());
    }
    const std::string first = pending[0]["report"].get<std::string>();
    QCOMPARE(test::runCli({s("incident"), s("set"), project, s("1"), s("--sent"),
                           QString::fromStdString(first) + s("=2026-12-02:REF-1")})
                 .exitCode,
             0);
    auto after = test::runCli({s("--json"), s("status"), project});
    // The parsed document kept: a range-for over [] of a temporary walks freed memory (ASan: heap-use-after-free).
    QCOMPARE(after.exitCode, 0);
    const Json afterDoc = Json::parse(after.out.toStdString());
    for (const Json &r : afterDoc["incident_reports"])
        QVERIFY(r["report"].get<std::string>() != first);
}

QTEST_GUILESS_MAIN(TestDeviations)
#include "tst_deviations.moc"
