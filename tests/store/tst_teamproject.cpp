// Team mode: the same project API on PostgreSQL as on a file, optimistic concurrency (a stale save is a conflict
// naming who changed the row and when), and member roles enforced by the store. Data rows run each test on both
// engines; the PostgreSQL rows need the ctest fixture "postgres" and skip, saying why, without its server.

#include "TestPostgres.h"
#include "TestSupport.h"

#include "store/AnswerTable.h"
#include "store/EvidenceTable.h"
#include "store/DeviationTable.h"
#include "store/RatingTable.h"
#include "store/RequirementStateTable.h"
#include "store/RiskTable.h"
#include "store/TestRunTable.h"
#include "store/Transaction.h"

#include <QBuffer>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;

// What EvidenceLibrary records for an import: the audit replay (audit verify) checks the table against it.
static Json importPayload(qint64 id, const EvidenceItem &item)
{
    return Json{{"id", id}, {"sha256", toStd(item.sha256)}, {"kind", toStd(evidenceKindToString(item.kind))}};
}

class TestTeamProject : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void refusesUnsafeAddresses_data();
    void refusesUnsafeAddresses();
    void roundTrip_data() { engines(); }
    void roundTrip();
    void refusesSecondProjectInOneDatabase();
    void olderTeamProjectGainsNotGraded();
    void ratingRoundsOnPostgres();
    void staleAnswerIsAConflict_data() { engines(); }
    void staleAnswerIsAConflict();
    void staleRequirementStateIsAConflict_data() { engines(); }
    void staleRequirementStateIsAConflict();
    void staleEvidenceEditIsAConflict_data() { engines(); }
    void staleDeviationAndIncidentAreConflicts_data() { engines(); }
    void staleDeviationAndIncidentAreConflicts();
    void staleEvidenceEditIsAConflict();
    void riskFileOnBothEngines_data() { engines(); }
    void riskFileOnBothEngines();
    void rolesAreEnforced_data() { engines(); }
    void rolesAreEnforced();

private:
    static void engines()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    /// A fresh place for a project on the engine of the current data row; empty (after QSKIP/QFAIL) when none.
    QString freshLocation(const QString &name);
    std::unique_ptr<ProjectStore> openAs(const QString &location, const QString &actor);
    std::unique_ptr<ProjectStore> createAs(const QString &location, const QString &actor);

    QTemporaryDir m_dir;
    test::TestPostgres m_pg;
    FixedClock m_clock{QDateTime(QDate(2026, 5, 4), QTime(9, 30), Qt::UTC)};
};

#define LOCATION(var, name)                                                                                           \
    QFETCH(QString, engine);                                                                                          \
    if (engine == QStringLiteral("postgresql") && !m_pg.available())                                                   \
        QSKIP(qPrintable(m_pg.skipReason()));                                                                         \
    const QString var = freshLocation(name);                                                                          \
    QVERIFY(!var.isEmpty())

QString TestTeamProject::freshLocation(const QString &name)
{
    QFETCH(QString, engine);
    if (engine == QStringLiteral("sqlite"))
        return m_dir.filePath(name + QStringLiteral(".veiviser"));
    QString problem;
    const QString url = m_pg.freshDatabase(name, &problem);
    if (url.isEmpty())
        qWarning("%s", qPrintable(problem));
    return url;
}

std::unique_ptr<ProjectStore> TestTeamProject::openAs(const QString &location, const QString &actor)
{
    StoreOptions o;
    o.clock = &m_clock;
    o.actor = actor;
    auto s = ProjectStore::open(location, o);
    if (!s) {
        qWarning("%s", qPrintable(s.error().toString()));
        return nullptr;
    }
    return std::move(*s);
}

std::unique_ptr<ProjectStore> TestTeamProject::createAs(const QString &location, const QString &actor)
{
    StoreOptions o;
    o.clock = &m_clock;
    o.actor = actor;
    auto s = ProjectStore::create(location, {QStringLiteral("Team"), QStringLiteral("2.1"), ProjectRole::Provider}, o);
    if (!s) {
        qWarning("%s", qPrintable(s.error().toString()));
        return nullptr;
    }
    return std::move(*s);
}

void TestTeamProject::refusesUnsafeAddresses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("password") << QStringLiteral("postgresql://ann:s3cr3t-pw@127.0.0.1:5432/proj")
                              << QStringLiteral("contains a password");
    QTest::newRow("unknown option") << QStringLiteral("postgresql://ann@127.0.0.1/proj?host=/tmp/evil")
                                    << QStringLiteral("'host' is not supported");
    QTest::newRow("option with space") << QStringLiteral("postgresql://ann@127.0.0.1/proj?sslmode=require%20host=x")
                                       << QStringLiteral("contains a space");
    QTest::newRow("no host") << QStringLiteral("postgresql://ann@/proj") << QStringLiteral("names no host");
    QTest::newRow("no database") << QStringLiteral("postgresql://ann@127.0.0.1:5432/") << QStringLiteral("names no database");
}

void TestTeamProject::refusesUnsafeAddresses()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    for (int create = 0; create < 2; ++create) {
        auto s = create ? ProjectStore::create(url, {QStringLiteral("X"), QStringLiteral("1"), ProjectRole::Both})
                        : ProjectStore::open(url);
        QVERIFY(!s);
        QCOMPARE(s.error().kind(), Error::Kind::Input);
        QVERIFY2(s.error().what().contains(expected), qPrintable(s.error().toString()));
        // The password itself is never repeated in a message that may end up in a log.
        QVERIFY(!s.error().toString().contains(QStringLiteral("s3cr3t-pw")));
    }
}

void TestTeamProject::roundTrip()
{
    LOCATION(location, QStringLiteral("roundtrip"));
    {
        auto store = createAs(location, QStringLiteral("ann"));
        QVERIFY(store);
        QCOMPARE(store->isTeamProject(), engine == QStringLiteral("postgresql"));
        QCOMPARE(store->memberRole(), MemberRole::Editor);
        AnswerTable answers(*store);
        auto n = answers.apply({{QStringLiteral("ai.purpose"), Json("triage"), QStringLiteral("common"), QStringLiteral("1")},
                                {QStringLiteral("ai.users"), Json::array({"nurses", "doctors"}), QStringLiteral("common"),
                                 QStringLiteral("1")}});
        QVERIFY2(n, n ? "" : qPrintable(n.error().toString()));
        QCOMPARE(*n, 2);

        auto tx = store->begin();
        QVERIFY(tx);
        QByteArray content(3 * 1024 * 1024 + 17, '\0');
        for (int i = 0; i < content.size(); ++i)
            content[i] = static_cast<char>((i * 7919) & 0xff); // every byte value, including 0 and 0x5c
        QBuffer source(&content);
        QVERIFY(source.open(QIODevice::ReadOnly));
        auto blob = tx->putBlob(source);
        QVERIFY2(blob, blob ? "" : qPrintable(blob.error().toString()));
        EvidenceItem item;
        item.sha256 = blob->sha256;
        item.size = blob->size;
        item.title = QStringLiteral("Validation report");
        item.created = item.modified = m_clock.nowUtc();
        auto id = EvidenceTable::insert(*tx, item);
        QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
        QVERIFY(*id > 0);
        QVERIFY(tx->audit(QStringLiteral("evidence.import"), importPayload(*id, item)));
        QVERIFY(tx->commit());
    }
    auto store = openAs(location, QStringLiteral("bob"));
    QVERIFY(store);
    auto info = store->info();
    QVERIFY(info);
    QCOMPARE(info->name, QStringLiteral("Team"));
    QCOMPARE(info->role, ProjectRole::Provider);
    QCOMPARE(info->schemaVersion, ProjectStore::latestSchemaVersion());
    QCOMPARE(info->counts.value(QStringLiteral("answers")), 2);
    QCOMPARE(info->counts.value(QStringLiteral("evidence_items")), 1);
    auto users = AnswerTable(*store).find(QStringLiteral("ai.users"));
    QVERIFY(users && *users);
    VV_COMPARE_JSON((*users)->value, Json::array({"nurses", "doctors"}));
    QCOMPARE((*users)->actor, QStringLiteral("ann"));
    QCOMPARE((*users)->rowVersion, 1);
    auto items = EvidenceTable::list(*store);
    QVERIFY(items && items->size() == 1);
    QCOMPARE(items->front().modifiedBy, QStringLiteral("ann"));
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(store->readBlob(items->front().sha256, out));
    QCOMPARE(out.data().size(), 3 * 1024 * 1024 + 17);
    QCOMPARE(out.data().at(0x5c), static_cast<char>((0x5c * 7919) & 0xff));
    auto verified = store->verifyAudit();
    QVERIFY(verified);
    QVERIFY2(verified->intact, qPrintable(verified->problem));
    QCOMPARE(verified->entries, 4); // create, two answers, evidence
}

void TestTeamProject::refusesSecondProjectInOneDatabase()
{
    if (!m_pg.available())
        QSKIP(qPrintable(m_pg.skipReason()));
    QString problem;
    const QString url = m_pg.freshDatabase(QStringLiteral("twice"), &problem);
    QVERIFY2(!url.isEmpty(), qPrintable(problem));
    QVERIFY(createAs(url, QStringLiteral("ann")));
    auto again = ProjectStore::create(url, {QStringLiteral("Other"), QStringLiteral("1"), ProjectRole::Both});
    QVERIFY(!again);
    QVERIFY2(again.error().what().contains(QStringLiteral("already holds a Veiviser project")),
             qPrintable(again.error().toString()));
    auto empty = ProjectStore::open(m_pg.freshDatabase(QStringLiteral("nothing"), &problem));
    QVERIFY(!empty);
    QVERIFY2(empty.error().what().contains(QStringLiteral("holds no Veiviser project")), qPrintable(empty.error().toString()));
}

// Migration 12 on PostgreSQL changes the cases' status constraint in place. The project is put back to schema 11 as
// the administrator would see it (the old constraint, schema_version 11); opening it migrates, and a case that was
// not graded is stored.
void TestTeamProject::olderTeamProjectGainsNotGraded()
{
    if (!m_pg.available())
        QSKIP(qPrintable(m_pg.skipReason()));
    QString problem;
    const QString url = m_pg.freshDatabase(QStringLiteral("notgraded"), &problem);
    QVERIFY2(!url.isEmpty(), qPrintable(problem));
    qint64 runId = 0;
    {
        auto store = createAs(url, QStringLiteral("ann"));
        QVERIFY(store);
        NewTestRun run;
        run.engineId = QStringLiteral("results-import");
        run.engineVersion = QStringLiteral("1.0.0");
        run.kind = QStringLiteral("import");
        run.title = QStringLiteral("results.json");
        run.casesTotal = 2;
        auto id = TestRunTable(*store).start(run);
        QVERIFY(id.ok());
        runId = *id;
    }
    for (const char *stmt : {"ALTER TABLE test_run_cases DROP CONSTRAINT test_run_cases_status_check",
                             "ALTER TABLE test_run_cases ADD CONSTRAINT test_run_cases_status_check CHECK (status IN "
                             "('passed', 'failed', 'errored'))",
                             // Schema 11 has none of migration 13's rating tables either.
                             "DROP TABLE rating_finals, ratings, rating_assignments, rating_items, rating_rounds",
                             "UPDATE meta SET value = '11' WHERE key = 'schema_version'"}) {
        problem.clear();
        m_pg.psql(QStringLiteral("notgraded"), QString::fromLatin1(stmt), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    auto store = openAs(url, QStringLiteral("ann"));
    QVERIFY(store);
    QCOMPARE(store->info()->schemaVersion, ProjectStore::latestSchemaVersion());
    TestRunTable runs(*store);
    CaseResult c;
    c.caseId = QStringLiteral("noridiom/1");
    c.status = CaseStatus::NotGraded;
    c.score = 12.5;
    const Status recorded = runs.recordCase(runId, c);
    QVERIFY2(recorded.ok(), qPrintable(recorded ? QString() : recorded.error().toString()));
    QCOMPARE(runs.get(runId)->cases.notGraded, 1);
    QCOMPARE(runs.allCases(runId)->front().status, CaseStatus::NotGraded);
    // The constraint still refuses what is no status.
    problem.clear();
    m_pg.psql(QStringLiteral("notgraded"),
              QStringLiteral("INSERT INTO test_run_cases (run_id, case_id, status, detail, finished) "
                             "VALUES (%1, 'x', 'maybe', '{}', 'x')").arg(runId), &problem);
    QVERIFY2(problem.contains(QStringLiteral("test_run_cases_status_check")), qPrintable(problem));
}

void TestTeamProject::staleAnswerIsAConflict()
{
    LOCATION(location, QStringLiteral("staleanswer"));
    QVERIFY(createAs(location, QStringLiteral("ann")));
    auto ann = openAs(location, QStringLiteral("ann"));
    auto bob = openAs(location, QStringLiteral("bob"));
    QVERIFY(ann && bob);
    AnswerChange first{QStringLiteral("ai.purpose"), Json("triage"), QStringLiteral("common"), QStringLiteral("1")};
    first.expectedVersion = 0;
    QVERIFY(AnswerTable(*ann).apply({first}));

    // Both read version 1; Ann saves first; Bob's save is based on what he read and must not overwrite hers.
    auto annRead = AnswerTable(*ann).find(QStringLiteral("ai.purpose"));
    auto bobRead = AnswerTable(*bob).find(QStringLiteral("ai.purpose"));
    QVERIFY(annRead && *annRead && bobRead && *bobRead);
    QCOMPARE((*bobRead)->rowVersion, 1);
    AnswerChange annChange = first;
    annChange.value = "diagnosis";
    annChange.expectedVersion = (*annRead)->rowVersion;
    QVERIFY(AnswerTable(*ann).apply({annChange}));
    AnswerChange bobChange = first;
    bobChange.value = "screening";
    bobChange.expectedVersion = (*bobRead)->rowVersion;
    auto lost = AnswerTable(*bob).apply({bobChange});
    QVERIFY(!lost);
    QCOMPARE(lost.error().kind(), Error::Kind::Conflict);
    QCOMPARE(lost.error().exitCode(), 4);
    // Local time, in the user's own format: the stored time is 09:30 UTC.
    const QString at = QLocale().toString(QDateTime(QDate(2026, 5, 4), QTime(9, 30), Qt::UTC).toLocalTime(),
                                          QLocale::ShortFormat);
    QVERIFY2(lost.error().what().contains(QStringLiteral("ann changed the answer to ai.purpose at ") + at),
             qPrintable(lost.error().what()));
    auto now = AnswerTable(*bob).find(QStringLiteral("ai.purpose"));
    QVERIFY(now && *now);
    VV_COMPARE_JSON((*now)->value, Json("diagnosis"));
    QCOMPARE((*now)->rowVersion, 2);

    // Reapplying on top of the version that won is accepted; a new answer someone else created first is not.
    bobChange.expectedVersion = (*now)->rowVersion;
    QVERIFY(AnswerTable(*bob).apply({bobChange}));
    QCOMPARE((*AnswerTable(*ann).find(QStringLiteral("ai.purpose")))->rowVersion, 3);
    AnswerChange created{QStringLiteral("ai.users"), Json("nurses"), QStringLiteral("common"), QStringLiteral("1")};
    created.expectedVersion = 0;
    QVERIFY(AnswerTable(*ann).apply({created}));
    auto dup = AnswerTable(*bob).apply({created});
    QVERIFY(!dup);
    QCOMPARE(dup.error().kind(), Error::Kind::Conflict);
    QVERIFY2(dup.error().what().contains(QStringLiteral("ann created")), qPrintable(dup.error().what()));
    // A conflicting change in a batch stores none of the batch.
    AnswerChange fine{QStringLiteral("ai.setting"), Json("hospital"), QStringLiteral("common"), QStringLiteral("1")};
    QVERIFY(!AnswerTable(*bob).apply({fine, created}));
    QVERIFY(!*AnswerTable(*bob).find(QStringLiteral("ai.setting")));
    auto verified = ann->verifyAudit();
    QVERIFY(verified && verified->intact);
}

void TestTeamProject::staleRequirementStateIsAConflict()
{
    LOCATION(location, QStringLiteral("stalestate"));
    QVERIFY(createAs(location, QStringLiteral("ann")));
    auto ann = openAs(location, QStringLiteral("ann"));
    auto bob = openAs(location, QStringLiteral("bob"));
    QVERIFY(ann && bob);
    const QString urn = QStringLiteral("urn:veiviser:ai-act:art-10");
    RequirementState s;
    s.urn = urn;
    s.status = RequirementStatus::InProgress;
    s.packId = QStringLiteral("ai-act");
    s.packVersion = QStringLiteral("1");
    QVERIFY(RequirementStateTable(*ann).save(s));
    auto annRead = RequirementStateTable(*ann).find(urn);
    auto bobRead = RequirementStateTable(*bob).find(urn);
    QVERIFY(annRead && *annRead && bobRead && *bobRead);
    RequirementState a = **annRead;
    a.status = RequirementStatus::Met;
    QVERIFY(RequirementStateTable(*ann).save(a));
    RequirementState b = **bobRead;
    b.owner = QStringLiteral("bob");
    const Status lost = RequirementStateTable(*bob).save(b);
    QVERIFY(!lost);
    QCOMPARE(lost.error().kind(), Error::Kind::Conflict);
    QVERIFY2(lost.error().what().contains(QStringLiteral("ann changed")), qPrintable(lost.error().what()));
    auto now = RequirementStateTable(*bob).find(urn);
    QCOMPARE((*now)->status, RequirementStatus::Met);
    QCOMPARE((*now)->owner, QString());
}

void TestTeamProject::staleDeviationAndIncidentAreConflicts()
{
    // Deviations and incidents use the same row versions as requirements; on PostgreSQL two users really are two
    // sessions, so this is the case the issue asks about.
    LOCATION(location, QStringLiteral("staledeviation"));
    QVERIFY(createAs(location, QStringLiteral("ann")));
    auto ann = openAs(location, QStringLiteral("ann"));
    auto bob = openAs(location, QStringLiteral("bob"));
    QVERIFY(ann && bob);
    Deviation d;
    d.title = QStringLiteral("Calibration drift");
    d.description = QStringLiteral("O/E above its limit");
    auto id = DeviationTable(*ann).open(d);
    QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
    auto annRead = DeviationTable(*ann).get(*id);
    auto bobRead = DeviationTable(*bob).get(*id);
    QVERIFY(annRead && bobRead);
    annRead->assessment = QStringLiteral("Calibration-in-the-large off");
    annRead->cause = QStringLiteral("New lactate assay");
    annRead->correctiveAction = QStringLiteral("Recalibrated");
    annRead->closingCheck = QStringLiteral("O/E back within limits");
    QVERIFY(DeviationTable(*ann).save(*annRead));
    bobRead->owner = QStringLiteral("bob");
    const Status lost = DeviationTable(*bob).save(*bobRead);
    QVERIFY(!lost);
    QCOMPARE(lost.error().kind(), Error::Kind::Conflict);
    auto now = DeviationTable(*bob).get(*id);
    QVERIFY(now);
    QCOMPARE(now->cause, QStringLiteral("New lactate assay"));
    QCOMPARE(now->owner, QString());
    // Closing on a stale version is refused the same way.
    const Status staleClose = DeviationTable(*bob).close(*id, bobRead->rowVersion);
    QVERIFY(!staleClose);
    QCOMPARE(staleClose.error().kind(), Error::Kind::Conflict);

    Incident incident;
    incident.deviationId = *id;
    incident.awareOn = QDate(2026, 5, 4);
    incident.facts = Json{{"incident.death", true}};
    auto incidentId = DeviationTable(*ann).addIncident(incident);
    QVERIFY2(incidentId, incidentId ? "" : qPrintable(incidentId.error().toString()));
    auto annIncident = DeviationTable(*ann).incident(*incidentId);
    auto bobIncident = DeviationTable(*bob).incident(*incidentId);
    QVERIFY(annIncident && bobIncident);
    annIncident->reports = Json{{"mdr_87", Json{{"sent_on", "2026-05-06"}, {"reference", "DMP-1"}}}};
    QVERIFY(DeviationTable(*ann).saveIncident(*annIncident));
    bobIncident->notes = QStringLiteral("bob's note");
    const Status lostIncident = DeviationTable(*bob).saveIncident(*bobIncident);
    QVERIFY(!lostIncident);
    QCOMPARE(lostIncident.error().kind(), Error::Kind::Conflict);
    auto incidentNow = DeviationTable(*bob).incident(*incidentId);
    QVERIFY(incidentNow);
    QVERIFY(incidentNow->notes.isEmpty());
    QVERIFY(incidentNow->reports.contains("mdr_87"));
}

// The risk tables (migration 11) in team mode: a hazard's ref is unique across sessions, two users' stale hazard
// save and control removal are conflicts on PostgreSQL as on SQLite, and change plans take the next version whoever
// stores them.
void TestTeamProject::riskFileOnBothEngines()
{
    LOCATION(location, QStringLiteral("riskfile"));
    QVERIFY(createAs(location, QStringLiteral("ann")));
    auto ann = openAs(location, QStringLiteral("ann"));
    auto bob = openAs(location, QStringLiteral("bob"));
    QVERIFY(ann && bob);
    Hazard h;
    h.ref = QStringLiteral("H-01");
    h.category = QStringLiteral("automation_bias");
    h.hazard = QStringLiteral("Nurses trust a missing alert");
    h.situation = QStringLiteral("No assessment");
    h.sequence = QStringLiteral("No alert");
    h.harm = QStringLiteral("Delayed antibiotics");
    h.severity = 4;
    h.probability = 3;
    h.requirements = {QStringLiteral("urn:veiviser:ai-act:art-14")};
    auto hazardId = RiskTable(*ann).addHazard(h);
    QVERIFY2(hazardId, hazardId ? "" : qPrintable(hazardId.error().toString()));
    Hazard twin = h;
    const auto duplicate = RiskTable(*bob).addHazard(twin);
    QVERIFY(!duplicate); // refs are unique in the project, across sessions
    auto annHazard = RiskTable(*ann).hazard(*hazardId);
    auto bobHazard = RiskTable(*bob).hazard(*hazardId);
    QVERIFY(annHazard && bobHazard);
    annHazard->residualSeverity = 4;
    annHazard->residualProbability = 1;
    QVERIFY(RiskTable(*ann).saveHazard(*annHazard));
    bobHazard->harm = QStringLiteral("bob's harm");
    const Status lost = RiskTable(*bob).saveHazard(*bobHazard);
    QVERIFY(!lost);
    QCOMPARE(lost.error().kind(), Error::Kind::Conflict);
    auto hazardNow = RiskTable(*bob).hazard(*hazardId);
    QVERIFY(hazardNow);
    QCOMPARE(hazardNow->residualProbability, std::optional<int>(1));
    QCOMPARE(hazardNow->harm, QStringLiteral("Delayed antibiotics"));

    RiskControl c;
    c.hazardId = *hazardId;
    c.type = QStringLiteral("information_for_safety");
    c.description = QStringLiteral("Training on the alert's limits");
    c.verifications = {{QStringLiteral("monitoring"), QStringLiteral("auroc")}};
    auto controlId = RiskTable(*ann).addControl(c);
    QVERIFY2(controlId, controlId ? "" : qPrintable(controlId.error().toString()));
    auto annControl = RiskTable(*ann).control(*controlId);
    auto bobControl = RiskTable(*bob).control(*controlId);
    QVERIFY(annControl && bobControl);
    annControl->description = QStringLiteral("Training, and a banner");
    QVERIFY(RiskTable(*ann).saveControl(*annControl));
    const Status lostControl = RiskTable(*bob).removeControl(*controlId, bobControl->rowVersion);
    QVERIFY(!lostControl);
    QCOMPARE(lostControl.error().kind(), Error::Kind::Conflict);
    auto controls = RiskTable(*bob).controls();
    QVERIFY(controls && controls->size() == 1);
    QCOMPARE(controls->front().verifications, c.verifications);

    auto planVersion = RiskTable(*ann).storeChangePlan("title: Plan\n", Json{{"title", "Plan"}});
    QVERIFY2(planVersion, planVersion ? "" : qPrintable(planVersion.error().toString()));
    auto second = RiskTable(*bob).storeChangePlan("title: Plan 2\n", Json{{"title", "Plan 2"}});
    QVERIFY(second);
    QCOMPARE(*second, *planVersion + 1);
    auto stored = RiskTable(*ann).changePlan();
    QVERIFY(stored && *stored);
    QCOMPARE((*stored)->version, *second);
    QCOMPARE((*stored)->createdBy, QStringLiteral("bob"));
}

void TestTeamProject::staleEvidenceEditIsAConflict()
{
    LOCATION(location, QStringLiteral("staleevidence"));
    auto ann = createAs(location, QStringLiteral("ann"));
    auto bob = openAs(location, QStringLiteral("bob"));
    QVERIFY(ann && bob);
    qint64 id = 0;
    {
        auto tx = ann->begin();
        QVERIFY(tx);
        QByteArray content("report");
        QBuffer source(&content);
        QVERIFY(source.open(QIODevice::ReadOnly));
        auto blob = tx->putBlob(source);
        QVERIFY(blob);
        EvidenceItem item;
        item.sha256 = blob->sha256;
        item.size = blob->size;
        item.title = QStringLiteral("Report");
        item.created = item.modified = m_clock.nowUtc();
        auto inserted = EvidenceTable::insert(*tx, item);
        QVERIFY(inserted);
        id = *inserted;
        QVERIFY(tx->audit(QStringLiteral("evidence.import"), importPayload(id, item)));
        QVERIFY(tx->commit());
    }
    auto annRead = EvidenceTable::find(*ann, id);
    auto bobRead = EvidenceTable::find(*bob, id);
    QVERIFY(annRead && *annRead && bobRead && *bobRead);
    EvidenceItem a = **annRead;
    a.title = QStringLiteral("Report, final");
    {
        auto tx = ann->begin();
        QVERIFY(tx);
        QVERIFY(EvidenceTable::update(*tx, a));
        QVERIFY(tx->audit(QStringLiteral("evidence.update"), Json{{"id", id}}));
        QVERIFY(tx->commit());
    }
    EvidenceItem b = **bobRead;
    b.description = QStringLiteral("Bob's words");
    auto tx = bob->begin();
    QVERIFY(tx);
    const Status lost = EvidenceTable::update(*tx, b);
    QVERIFY(!lost);
    QCOMPARE(lost.error().kind(), Error::Kind::Conflict);
    QVERIFY2(lost.error().what().contains(QStringLiteral("ann changed")), qPrintable(lost.error().what()));
    tx->rollback();
    auto now = EvidenceTable::find(*bob, id);
    QCOMPARE((*now)->title, QStringLiteral("Report, final"));
    QCOMPARE((*now)->rowVersion, 2);
}

void TestTeamProject::rolesAreEnforced()
{
    LOCATION(location, QStringLiteral("roles"));
    auto ann = createAs(location, QStringLiteral("ann"));
    QVERIFY(ann);
    // The first member must be an editor, so a project never locks everyone out.
    const Status lockout = ann->setMemberRole(QStringLiteral("ann"), MemberRole::Reviewer);
    QVERIFY(!lockout);
    QVERIFY(ann->setMemberRole(QStringLiteral("ann"), MemberRole::Editor));
    QVERIFY(ann->setMemberRole(QStringLiteral("rita"), MemberRole::Reviewer));
    QVERIFY(ann->setMemberRole(QStringLiteral("olav"), MemberRole::ReadOnly));
    const Status lastEditor = ann->setMemberRole(QStringLiteral("ann"), MemberRole::ReadOnly);
    QVERIFY(!lastEditor);
    QVERIFY2(lastEditor.error().what().contains(QStringLiteral("last editor")), qPrintable(lastEditor.error().what()));

    qint64 id = 0;
    {
        auto tx = ann->begin();
        QVERIFY(tx);
        QByteArray content("plan");
        QBuffer source(&content);
        QVERIFY(source.open(QIODevice::ReadOnly));
        auto blob = tx->putBlob(source);
        QVERIFY(blob);
        EvidenceItem item;
        item.sha256 = blob->sha256;
        item.size = blob->size;
        item.title = QStringLiteral("Plan");
        item.created = item.modified = m_clock.nowUtc();
        id = *EvidenceTable::insert(*tx, item);
        QVERIFY(tx->audit(QStringLiteral("evidence.import"), importPayload(id, item)));
        QVERIFY(tx->commit());
    }
    const AnswerChange change{QStringLiteral("ai.purpose"), Json("triage"), QStringLiteral("common"), QStringLiteral("1")};

    auto rita = openAs(location, QStringLiteral("rita"));
    QVERIFY(rita);
    QCOMPARE(rita->memberRole(), MemberRole::Reviewer);
    auto refused = AnswerTable(*rita).apply({change});
    QVERIFY(!refused);
    QVERIFY2(refused.error().what().contains(QStringLiteral("rita is a reviewer of this project and may not change answers")),
             qPrintable(refused.error().what()));
    auto item = EvidenceTable::find(*rita, id);
    QVERIFY(item && *item);
    {
        EvidenceItem edited = **item;
        edited.title = QStringLiteral("Plan (rita's)");
        auto tx = rita->begin();
        QVERIFY(tx);
        QVERIFY(!EvidenceTable::update(*tx, edited));
    }
    {
        EvidenceItem reviewed = **item;
        reviewed.reviewState = ReviewState::Approved;
        reviewed.reviewer = QStringLiteral("rita");
        auto tx = rita->begin();
        QVERIFY(tx);
        const Status s = EvidenceTable::update(*tx, reviewed);
        QVERIFY2(s, s ? "" : qPrintable(s.error().toString()));
        QVERIFY(tx->audit(QStringLiteral("evidence.update"),
                          Json{{"id", id}, {"changed", {{"review_state", "approved"}, {"reviewer", "rita"}}}}));
        QVERIFY(tx->commit());
    }

    auto olav = openAs(location, QStringLiteral("olav"));
    QVERIFY(olav);
    QCOMPARE(olav->memberRole(), MemberRole::ReadOnly);
    auto noTx = olav->begin();
    QVERIFY(!noTx);
    QVERIFY2(noTx.error().what().contains(QStringLiteral("read-only member")), qPrintable(noTx.error().what()));
    // Someone not on the member list only reads.
    auto stranger = openAs(location, QStringLiteral("mallory"));
    QVERIFY(stranger);
    QCOMPARE(stranger->memberRole(), MemberRole::ReadOnly);
    QVERIFY(!stranger->setMemberRole(QStringLiteral("mallory"), MemberRole::Editor));
    auto members = olav->members();
    QVERIFY(members);
    QCOMPARE(members->size(), 3);
    QCOMPARE(members->value(QStringLiteral("rita")), MemberRole::Reviewer);
    auto verified = olav->verifyAudit();
    QVERIFY(verified && verified->intact);
}

// Migration 13's rating tables on PostgreSQL: a round, a score given twice (the upsert replaces it and counts the
// row version up), an adjudicated score given twice, and the reads the rating GUI and CLI make.
void TestTeamProject::ratingRoundsOnPostgres()
{
    if (!m_pg.available())
        QSKIP(qPrintable(m_pg.skipReason()));
    QString problem;
    const QString url = m_pg.freshDatabase(QStringLiteral("ratings"), &problem);
    QVERIFY2(!url.isEmpty(), qPrintable(problem));
    auto store = createAs(url, QStringLiteral("ann"));
    QVERIFY(store);
    NewTestRun run;
    run.engineId = QStringLiteral("openai-compatible");
    run.engineVersion = QStringLiteral("1.0.0");
    run.kind = QStringLiteral("llm");
    run.title = QStringLiteral("suite.yaml");
    auto runId = TestRunTable(*store).start(run);
    QVERIFY(runId);
    RatingTable table(*store);
    NewRatingRoundRecord round;
    round.runId = *runId;
    round.rubricId = QStringLiteral("domain");
    round.rubricLevel = QStringLiteral("domain");
    round.rubricText = QStringLiteral("id: domain");
    round.seed = 0xfedcba9876543210ULL;
    round.items = {{QStringLiteral("c1"), Json::array({{{"role", "user"}, {"content", "Q"}}}), QStringLiteral("A1"), std::nullopt}};
    round.assignments = {{QStringLiteral("anne"), QStringLiteral("c1"), 1, QStringLiteral("a")},
                         {QStringLiteral("bjorn"), QStringLiteral("c1"), 1, QStringLiteral("a")}};
    auto id = table.create(round);
    QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
    StoredRating r{QStringLiteral("anne"), QStringLiteral("c1"), QStringLiteral("a"), QStringLiteral("correct"), 2, {}, {}, {}};
    QVERIFY(table.rate(*id, {r}));
    r.score = 4;
    QVERIFY(table.rate(*id, {r}));
    auto ratings = table.ratings(*id);
    QVERIFY(ratings);
    QCOMPARE(ratings->size(), std::size_t(1));
    QCOMPARE(ratings->front().score, 4);
    QVERIFY(table.setFinal(*id, {QStringLiteral("c1"), QStringLiteral("a"), QStringLiteral("correct"), 3, QStringLiteral("carl"), {}}));
    QVERIFY(table.setFinal(*id, {QStringLiteral("c1"), QStringLiteral("a"), QStringLiteral("correct"), 4, QStringLiteral("carl"), {}}));
    QCOMPARE(table.finals(*id)->front().score, 4);
    auto stored = table.round(*id);
    QVERIFY(stored);
    QCOMPARE(stored->seed, quint64(0xfedcba9876543210ULL));
    QCOMPARE(stored->raters, (QStringList{QStringLiteral("anne"), QStringLiteral("bjorn")}));
    QCOMPARE(stored->cases, qint64(1));
    QCOMPARE(table.assignments(*id, QStringLiteral("bjorn"))->size(), std::size_t(1));
    QVERIFY(table.items(*id)->front().conversation.at(0).at("content") == Json("Q"));

    // A round's result run and its link are one transaction: when the link is refused (the round already has a
    // result), the run goes too.
    NewTestRun result;
    result.engineId = QStringLiteral("clinician-ratings");
    result.engineVersion = QStringLiteral("1.0.0");
    result.kind = QStringLiteral("human-rating");
    result.title = QStringLiteral("round");
    qint64 resultRun = 0;
    {
        auto tx = store->begin();
        QVERIFY(tx);
        auto recorded = TestRunTable::record(*tx, result, {}, Json::object());
        QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().toString()));
        resultRun = *recorded;
        QVERIFY(RatingTable::setResultRun(*tx, *id, resultRun));
        QVERIFY(tx->commit());
    }
    const std::size_t runs = TestRunTable(*store).list()->size();
    {
        auto tx = store->begin();
        QVERIFY(tx);
        QVERIFY(TestRunTable::record(*tx, result, {}, Json::object()));
        auto refused = RatingTable::setResultRun(*tx, *id, resultRun + 1);
        QVERIFY(!refused);
        QVERIFY2(refused.error().what().contains(QStringLiteral("already finalized")), qPrintable(refused.error().toString()));
    }
    QCOMPARE(TestRunTable(*store).list()->size(), runs);
    QCOMPARE(table.round(*id)->resultRunId, std::optional<qint64>(resultRun));
    auto v = store->verifyAudit();
    QVERIFY2(v && v->intact, v ? qPrintable(v->problem) : "");
}

QTEST_GUILESS_MAIN(TestTeamProject)
#include "tst_teamproject.moc"
