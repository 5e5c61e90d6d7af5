// The guidance tables of a project: answers with the pack version they were given under, and the team's state of
// each requirement. Every change is audited; a set of answers is one transaction.

#include "TestSupport.h"

#include "store/AnswerTable.h"
#include "store/RequirementStateTable.h"
#include "store/Transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vv;

class TestAnswers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void storesAndReadsAnswers();
    void unchangedAnswersAreNotWrittenAgain();
    void removesAnswers();
    void failedSetStoresNothing();
    void confirmRestampsVersion();
    void confirmRefusesMissingAnswer();
    void requirementStateRoundTrip();
    void notApplicableNeedsJustification_data();
    void notApplicableNeedsJustification();
    void requirementConfirm();
    void countsInProjectInfo();

private:
    std::vector<AuditEntry> audit() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC)};
};

void TestAnswers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    StoreOptions o;
    o.clock = &m_clock;
    o.actor = QStringLiteral("tester");
    auto s = ProjectStore::create(m_dir->filePath(QStringLiteral("a.veiviser")),
                                  {QStringLiteral("A"), QStringLiteral("1"), ProjectRole::Deployer}, o);
    QVERIFY(s.ok());
    m_store = std::move(*s);
}

std::vector<AuditEntry> TestAnswers::audit() const
{
    auto e = m_store->auditEntries();
    return e ? *e : std::vector<AuditEntry>();
}

static AnswerChange change(const char *fact, Json value, const char *version = "1.0.0")
{
    return {QString::fromLatin1(fact), std::move(value), QStringLiteral("common"), QString::fromLatin1(version)};
}

void TestAnswers::storesAndReadsAnswers()
{
    AnswerTable table(*m_store);
    m_clock.advance(1000);
    auto n = table.apply({change("system.is_ai", true), change("ai_act.annex_iii", Json::array({"5d_emergency_triage"}))});
    QVERIFY2(n.ok(), qPrintable(n ? QString() : n.error().toString()));
    QCOMPARE(*n, 2);
    auto all = table.all();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), std::size_t(2));
    QCOMPARE(all->at(0).factId, QStringLiteral("ai_act.annex_iii"));
    VV_COMPARE_JSON(all->at(0).value, Json::array({"5d_emergency_triage"}));
    QCOMPARE(all->at(1).packVersion, QStringLiteral("1.0.0"));
    QCOMPARE(all->at(1).actor, QStringLiteral("tester"));
    QCOMPARE(all->at(1).answeredAt, m_clock.nowUtc());
    // One audit entry per answer, in one transaction after project.create.
    const auto entries = audit();
    QCOMPARE(entries.size(), std::size_t(3));
    QCOMPARE(entries[1].action, QStringLiteral("answer.set"));
    QVERIFY(entries[1].payload.contains(QStringLiteral("\"fact\":\"system.is_ai\"")));
    QVERIFY(entries[1].payload.contains(QStringLiteral("\"value\":true")));
    QVERIFY(entries[1].payload.contains(QStringLiteral("\"previous\":null")));
    QVERIFY(entries[2].payload.contains(QStringLiteral("\"fact\":\"ai_act.annex_iii\"")));
    auto one = table.find(QStringLiteral("system.is_ai"));
    QVERIFY(one.ok() && one->has_value());
    VV_COMPARE_JSON((*one)->value, true);
    QVERIFY(m_store->verifyAudit()->intact);
}

void TestAnswers::unchangedAnswersAreNotWrittenAgain()
{
    AnswerTable table(*m_store);
    QCOMPARE(*table.apply({change("system.is_ai", true)}), 1);
    QCOMPARE(*table.apply({change("system.is_ai", true)}), 0);
    QCOMPARE(audit().size(), std::size_t(2));
    // The same value under a new pack version is a change (it re-stamps the answer).
    QCOMPARE(*table.apply({change("system.is_ai", true, "1.1.0")}), 1);
    QCOMPARE(*table.apply({change("system.is_ai", false, "1.1.0")}), 1);
    const auto entries = audit();
    QCOMPARE(entries.size(), std::size_t(4));
    QVERIFY(entries.back().payload.contains(QStringLiteral("\"previous\":true")));
}

void TestAnswers::removesAnswers()
{
    AnswerTable table(*m_store);
    QCOMPARE(*table.apply({change("system.is_ai", true), change("data.personal", false)}), 2);
    QCOMPARE(*table.apply({change("system.is_ai", nullptr), change("org.role", nullptr)}), 1);
    QCOMPARE(table.all()->size(), std::size_t(1));
    QCOMPARE(audit().back().action, QStringLiteral("answer.remove"));
}

void TestAnswers::failedSetStoresNothing()
{
    AnswerTable table(*m_store);
    auto tx = m_store->begin();
    QVERIFY(tx.ok());
    QVERIFY(AnswerTable::apply(*tx, change("system.is_ai", true)).ok());
    tx->rollback();
    QVERIFY(table.all()->empty());
    QCOMPARE(audit().size(), std::size_t(1));
    // A read-only project refuses answers without changing anything.
    m_store.reset();
    auto ro = ProjectStore::open(m_dir->filePath(QStringLiteral("a.veiviser")), StoreOptions::readOnly());
    QVERIFY(ro.ok());
    auto n = AnswerTable(**ro).apply({change("system.is_ai", true)});
    QVERIFY(!n.ok());
    QCOMPARE(n.error().exitCode(), 2);
}

void TestAnswers::confirmRestampsVersion()
{
    AnswerTable table(*m_store);
    QCOMPARE(*table.apply({change("system.is_ai", true), change("data.personal", true)}), 2);
    auto n = table.confirm({{QStringLiteral("system.is_ai"), QStringLiteral("1.1.0")},
                            {QStringLiteral("data.personal"), QStringLiteral("1.0.0")}});
    QVERIFY(n.ok());
    QCOMPARE(*n, 1); // data.personal was already under 1.0.0
    QCOMPARE((*table.find(QStringLiteral("system.is_ai")))->packVersion, QStringLiteral("1.1.0"));
    VV_COMPARE_JSON((*table.find(QStringLiteral("system.is_ai")))->value, true);
    const AuditEntry last = audit().back();
    QCOMPARE(last.action, QStringLiteral("answer.confirm"));
    QVERIFY(last.payload.contains(QStringLiteral("\"from_version\":\"1.0.0\"")));
    QVERIFY(last.payload.contains(QStringLiteral("\"version\":\"1.1.0\"")));
}

void TestAnswers::confirmRefusesMissingAnswer()
{
    AnswerTable table(*m_store);
    auto n = table.confirm({{QStringLiteral("system.is_ai"), QStringLiteral("1.1.0")}});
    QVERIFY(!n.ok());
    QVERIFY(n.error().what().contains(QStringLiteral("no answer to system.is_ai")));
    QCOMPARE(audit().size(), std::size_t(1));
}

void TestAnswers::requirementStateRoundTrip()
{
    RequirementStateTable table(*m_store);
    QVERIFY(table.all()->empty());
    RequirementState s;
    s.urn = QStringLiteral("urn:veiviser:ai-act:art-10");
    s.status = RequirementStatus::InProgress;
    s.owner = QStringLiteral("Kari");
    s.dueDate = QDate(2026, 6, 30);
    s.notes = QStringLiteral("Data sheets drafted");
    s.packId = QStringLiteral("eu-ai-act");
    s.packVersion = QStringLiteral("1.0.0");
    const Status saved = table.save(s);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().toString()));
    auto read = table.find(s.urn);
    QVERIFY(read.ok() && read->has_value());
    QCOMPARE((*read)->status, RequirementStatus::InProgress);
    QCOMPARE((*read)->owner, QStringLiteral("Kari"));
    QCOMPARE((*read)->dueDate, std::optional<QDate>(QDate(2026, 6, 30)));
    QCOMPARE((*read)->notes, QStringLiteral("Data sheets drafted"));
    QCOMPARE((*read)->updatedBy, QStringLiteral("tester"));
    // The audit entry keeps the status and owner but only a hash of the free-text notes.
    const AuditEntry e = audit().back();
    QCOMPARE(e.action, QStringLiteral("requirement.state"));
    QVERIFY(e.payload.contains(QStringLiteral("\"status\":\"in_progress\"")));
    QVERIFY(!e.payload.contains(QStringLiteral("drafted")));
    QVERIFY(e.payload.contains(QStringLiteral("notes_sha256")));
    s.status = RequirementStatus::Met;
    s.dueDate.reset();
    QVERIFY(table.save(s).ok());
    QCOMPARE((*table.find(s.urn))->status, RequirementStatus::Met);
    QVERIFY(!(*table.find(s.urn))->dueDate);
    QCOMPARE(table.all()->size(), std::size_t(1));
    QCOMPARE(requirementStatusFromName(QStringLiteral("not_applicable")), std::optional(RequirementStatus::NotApplicable));
    QVERIFY(!requirementStatusFromName(QStringLiteral("done")));
}

void TestAnswers::notApplicableNeedsJustification_data()
{
    QTest::addColumn<QString>("justification");
    QTest::addColumn<bool>("ok");
    QTest::newRow("none") << QString() << false;
    QTest::newRow("blank") << "   " << false;
    QTest::newRow("given") << "The system is not placed on the EU market." << true;
}

void TestAnswers::notApplicableNeedsJustification()
{
    QFETCH(QString, justification);
    QFETCH(bool, ok);
    RequirementState s;
    s.urn = QStringLiteral("urn:veiviser:ai-act:art-27");
    s.status = RequirementStatus::NotApplicable;
    s.justification = justification;
    s.packId = QStringLiteral("eu-ai-act");
    s.packVersion = QStringLiteral("1.0.0");
    const Status r = RequirementStateTable(*m_store).save(s);
    QCOMPARE(r.ok(), ok);
    QCOMPARE(audit().size(), std::size_t(ok ? 2 : 1));
    if (!ok)
        QVERIFY(r.error().what().contains(QStringLiteral("needs a justification")));
}

void TestAnswers::requirementConfirm()
{
    RequirementStateTable table(*m_store);
    QVERIFY(!table.confirm(QStringLiteral("urn:veiviser:x:y"), QStringLiteral("2.0.0")).ok());
    RequirementState s;
    s.urn = QStringLiteral("urn:veiviser:x:y");
    s.packId = QStringLiteral("x");
    s.packVersion = QStringLiteral("1.0.0");
    QVERIFY(table.save(s).ok());
    QVERIFY(table.confirm(s.urn, QStringLiteral("2.0.0")).ok());
    QCOMPARE((*table.find(s.urn))->packVersion, QStringLiteral("2.0.0"));
    QCOMPARE(audit().back().action, QStringLiteral("requirement.confirm"));
}

void TestAnswers::countsInProjectInfo()
{
    QCOMPARE(*AnswerTable(*m_store).apply({change("system.is_ai", true)}), 1);
    auto info = m_store->info();
    QVERIFY(info.ok());
    QCOMPARE(info->counts.value(QStringLiteral("answers")), 1);
    QCOMPARE(info->counts.value(QStringLiteral("requirement_states")), 0);
}

QTEST_GUILESS_MAIN(TestAnswers)
#include "tst_answers.moc"
