// ProjectProgress on the small fixture guidance root (tests/fixtures/guidance/data/guidance): a project's answers
// and requirement states in, the status of each requirement and the counts out. The expected values are worked out
// by hand from the fixture's rules, not taken from the code:
//   urn:veiviser:reg:always            role both, no condition: applies once the project exists
//   urn:veiviser:reg:provider-a        role provider, reg.grade == 'A' (sys.is_tool true and sys.level high)
//   urn:veiviser:reg:deployer-covered  role deployer: never for a provider
//   urn:veiviser:reg:area-x            role both, 'x' in sys.areas

#include "TestSupport.h"

#include "core/Clock.h"
#include "guidance/GuidanceLibrary.h"
#include "store/AnswerTable.h"
#include "store/ProjectStore.h"
#include "store/RequirementStateTable.h"
#include "tracking/ProjectProgress.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vv;
using namespace vv::tracking;

class TestProjectProgress : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void progress_data();
    void progress();
    void deadlinesAgainstTheClock_data();
    void deadlinesAgainstTheClock();
    void aComingDateOfApplicationIsDue_data();
    void aComingDateOfApplicationIsDue();

private:
    std::unique_ptr<guidance::GuidanceLibrary> m_library;
};

static const QString always = QStringLiteral("urn:veiviser:reg:always");
static const QString providerA = QStringLiteral("urn:veiviser:reg:provider-a");
static const QString deployerCovered = QStringLiteral("urn:veiviser:reg:deployer-covered");
static const QString areaX = QStringLiteral("urn:veiviser:reg:area-x");

/// A requirement's state as the team set it: "URN=status" or "URN=status@YYYY-MM-DD" (a due date), and with
/// "~1.0.0" at the end, set under that version of the pack.
using States = QStringList;
/// Each requirement's expected status, by URN.
using Statuses = QMap<QString, QString>;

void TestProjectProgress::initTestCase()
{
    auto library = guidance::GuidanceLibrary::loadChecked(QStringLiteral(VV_FIXTURES_DIR "/guidance/data/guidance"));
    QVERIFY2(library.ok(), qPrintable(library ? QString() : library.error().toString()));
    m_library = std::make_unique<guidance::GuidanceLibrary>(std::move(*library));
}

void TestProjectProgress::progress_data()
{
    QTest::addColumn<QString>("answers"); // JSON: fact id -> value
    QTest::addColumn<States>("states");
    QTest::addColumn<Statuses>("expected");
    QTest::addColumn<int>("applicable");
    QTest::addColumn<int>("done");
    QTest::addColumn<int>("lacksEvidence");
    QTest::addColumn<int>("overdue");
    QTest::addColumn<int>("needsReview");

    const QString dna = QStringLiteral("does_not_apply"), und = QStringLiteral("undetermined"),
                  ns = QStringLiteral("not_started"), ip = QStringLiteral("in_progress"), met = QStringLiteral("met"),
                  na = QStringLiteral("not_applicable");
    // Nothing answered: only the unconditional requirement applies; the deployer's never does for a provider.
    QTest::newRow("empty project") << QStringLiteral("{}") << States{}
                                   << Statuses{{always, ns}, {providerA, und}, {deployerCovered, dna}, {areaX, und}}
                                   << 1 << 0 << 1 << 0 << 0;
    // A high-risk tool: grade A, so the provider's requirement applies; the areas are still open.
    QTest::newRow("partly answered")
        << QStringLiteral(R"({"sys.is_tool": true, "sys.level": "high"})") << States{}
        << Statuses{{always, ns}, {providerA, ns}, {deployerCovered, dna}, {areaX, und}} << 2 << 0 << 2 << 0 << 0;
    // Everything answered, medium risk (grade B) in area x.
    const QString all = QStringLiteral(R"({"sys.is_tool": true, "org.role": "provider", "sys.level": "mid",
        "sys.users": 10, "sys.areas": ["x"], "sys.note": "n"})");
    QTest::newRow("all answered") << all << States{}
                                  << Statuses{{always, ns}, {providerA, dna}, {deployerCovered, dna}, {areaX, ns}}
                                  << 2 << 0 << 2 << 0 << 0;
    // Not a tool: not covered, no grade; area x does not apply without x.
    QTest::newRow("not a tool")
        << QStringLiteral(R"({"sys.is_tool": false, "sys.areas": ["y"]})") << States{}
        << Statuses{{always, ns}, {providerA, dna}, {deployerCovered, dna}, {areaX, dna}} << 1 << 0 << 1 << 0 << 0;
    // The team's states: one met, one in progress and overdue (the clock says 2026-06-01).
    QTest::newRow("met and unmet")
        << all << States{always + QStringLiteral("=met"), areaX + QStringLiteral("=in_progress@2026-05-01")}
        << Statuses{{always, met}, {providerA, dna}, {deployerCovered, dna}, {areaX, ip}} << 2 << 1 << 2 << 1 << 0;
    // Both done: set aside as not applicable (it then lacks no evidence) and met.
    QTest::newRow("all met")
        << all << States{always + QStringLiteral("=not_applicable"), areaX + QStringLiteral("=met@2026-05-01")}
        << Statuses{{always, na}, {providerA, dna}, {deployerCovered, dna}, {areaX, met}} << 2 << 2 << 1 << 0 << 0;
    // A state on a requirement that does not apply counts by the rules' verdict; one set under pack 1.0.0 (the
    // fixture's reg is 2.0.0) needs review.
    QTest::newRow("state where it does not apply, older pack")
        << all << States{providerA + QStringLiteral("=met"), always + QStringLiteral("=in_progress~1.0.0")}
        << Statuses{{always, ip}, {providerA, dna}, {deployerCovered, dna}, {areaX, ns}} << 2 << 0 << 2 << 0 << 1;
}

// Stores the answers and states in a new provider project with its clock at 2026-06-01.
static std::unique_ptr<ProjectStore> project(const QTemporaryDir &dir, const FixedClock &clock, const QString &answers,
                                             const States &states)
{
    StoreOptions options;
    options.clock = &clock;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.veiviser")),
                                      {QStringLiteral("Test"), QStringLiteral("1"), ProjectRole::Provider}, options);
    if (!store)
        return nullptr;
    std::vector<AnswerChange> changes;
    const Json given = Json::parse(answers.toStdString());
    for (const auto &[fact, value] : given.items())
        changes.push_back({QString::fromStdString(fact), value, QStringLiteral("common"), QStringLiteral("1.0.0")});
    if (!changes.empty() && !AnswerTable(**store).apply(changes))
        return nullptr;
    for (const QString &s : states) {
        RequirementState state;
        const qsizetype eq = s.indexOf(QLatin1Char('='));
        state.urn = s.left(eq);
        QString rest = s.mid(eq + 1);
        state.packId = QStringLiteral("reg");
        state.packVersion = QStringLiteral("2.0.0");
        if (const qsizetype tilde = rest.indexOf(QLatin1Char('~')); tilde >= 0) {
            state.packVersion = rest.mid(tilde + 1);
            rest = rest.left(tilde);
        }
        if (const qsizetype at = rest.indexOf(QLatin1Char('@')); at >= 0) {
            state.dueDate = QDate::fromString(rest.mid(at + 1), Qt::ISODate);
            rest = rest.left(at);
        }
        const auto status = requirementStatusFromName(rest);
        if (!status)
            return nullptr;
        state.status = *status;
        if (state.status == RequirementStatus::NotApplicable)
            state.justification = QStringLiteral("Not used in this project.");
        if (!RequirementStateTable(**store).save(state))
            return nullptr;
    }
    return std::move(*store);
}

void TestProjectProgress::progress()
{
    QFETCH(QString, answers);
    QFETCH(States, states);
    QFETCH(Statuses, expected);
    QFETCH(int, applicable);
    QFETCH(int, done);
    QFETCH(int, lacksEvidence);
    QFETCH(int, overdue);
    QFETCH(int, needsReview);

    QTemporaryDir dir;
    const FixedClock clock(QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
    auto store = project(dir, clock, answers, states);
    QVERIFY(store);
    auto progress = ProjectProgress::compute(*store, *m_library);
    QVERIFY2(progress.ok(), qPrintable(progress ? QString() : progress.error().toString()));
    QCOMPARE(progress->today, QDate(2026, 6, 1));

    // Every requirement of the installed guidance, each with its status.
    QCOMPARE(int(progress->requirements.size()), expected.size());
    QMap<QString, int> byStatus;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const RequirementProgress *r = progress->requirement(it.key());
        QVERIFY2(r, qPrintable(it.key()));
        QCOMPARE(trackedStatusName(r->status), it.value());
        QCOMPARE(r->packId, QStringLiteral("reg"));
        ++byStatus[it.value()];
    }
    // The counts, overall and for the one pack with requirements, follow the statuses.
    QCOMPARE(int(progress->packs.size()), 1);
    const PackProgress *reg = progress->pack(QStringLiteral("reg"));
    QVERIFY(reg);
    QVERIFY(!progress->pack(QStringLiteral("common")));
    for (int i = 0; i < trackedStatusCount; ++i) {
        const auto s = TrackedStatus(i);
        QCOMPARE(progress->overall.count(s), byStatus.value(trackedStatusName(s)));
        QCOMPARE(reg->counts.count(s), byStatus.value(trackedStatusName(s)));
    }
    QCOMPARE(progress->overall.total(), 4);
    QCOMPARE(progress->overall.applicable(), applicable);
    QCOMPARE(progress->overall.done(), done);
    QCOMPARE(reg->lacksEvidence, lacksEvidence);
    QCOMPARE(reg->overdue, overdue);
    QCOMPARE(reg->needsReview, needsReview);
    QCOMPARE(int(progress->needingReview().size()), needsReview);

    // The status document carries the same counts.
    const Json doc = progress->toJson();
    VV_COMPARE_JSON(doc["today"], "2026-06-01");
    VV_COMPARE_JSON(doc["overall"]["applicable"], applicable);
    VV_COMPARE_JSON(doc["overall"]["done"], done);
    VV_COMPARE_JSON(doc["packs"][0]["pack"], "reg");
    VV_COMPARE_JSON(doc["lacking_evidence"].size(), lacksEvidence);
}

void TestProjectProgress::deadlinesAgainstTheClock_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<int>("deadline"); // Deadline
    const QDate today(2026, 6, 1);
    QTest::newRow("none") << QDate() << int(Deadline::None);
    QTest::newRow("yesterday") << QDate(2026, 5, 31) << int(Deadline::Overdue);
    QTest::newRow("today") << today << int(Deadline::Soon);
    QTest::newRow("in 14 days") << QDate(2026, 6, 15) << int(Deadline::Soon);
    QTest::newRow("in 15 days") << QDate(2026, 6, 16) << int(Deadline::Later);
}

// An open requirement's due date against the project's clock; a met one has no deadline, whatever its date.
void TestProjectProgress::deadlinesAgainstTheClock()
{
    QFETCH(QDate, due);
    QFETCH(int, deadline);
    QTemporaryDir dir;
    const FixedClock clock(QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
    const QString when = due.isValid() ? QLatin1Char('@') + due.toString(Qt::ISODate) : QString();
    auto store = project(dir, clock, QStringLiteral("{}"),
                         {always + QStringLiteral("=in_progress") + when});
    QVERIFY(store);
    auto progress = ProjectProgress::compute(*store, *m_library);
    QVERIFY(progress.ok());
    const RequirementProgress *r = progress->requirement(always);
    QVERIFY(r);
    QCOMPARE(int(r->deadline), deadline);
    const bool listed = deadline == int(Deadline::Overdue) || deadline == int(Deadline::Soon);
    QCOMPARE(int(progress->dueOrOverdue().size()), listed ? 1 : 0);

    QTemporaryDir metDir;
    auto metStore = project(metDir, clock, QStringLiteral("{}"), {always + QStringLiteral("=met") + when});
    QVERIFY(metStore);
    auto metProgress = ProjectProgress::compute(*metStore, *m_library);
    QVERIFY(metProgress.ok());
    QCOMPARE(int(metProgress->requirement(always)->deadline), int(Deadline::None));
}

void TestProjectProgress::aComingDateOfApplicationIsDue_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("due"); // the team's own due date, or none
    QTest::addColumn<int>("deadline");
    QTest::addColumn<QDate>("listedFor");
    // The fixture's provider-a binds from 2026-06-10 (EU).
    QTest::newRow("starts in 9 days") << QDate(2026, 6, 1) << QDate() << int(Deadline::Soon) << QDate(2026, 6, 10);
    QTest::newRow("starts in 20 days") << QDate(2026, 5, 21) << QDate() << int(Deadline::Later) << QDate();
    // Already binding: that alone is not a deadline the team missed.
    QTest::newRow("binding since 10 days") << QDate(2026, 6, 20) << QDate() << int(Deadline::None) << QDate();
    // The team's own date decides when there is one.
    QTest::newRow("team's date later") << QDate(2026, 6, 1) << QDate(2026, 7, 1) << int(Deadline::Later) << QDate();
    QTest::newRow("team's date past") << QDate(2026, 6, 1) << QDate(2026, 5, 1) << int(Deadline::Overdue)
                                      << QDate(2026, 5, 1);
}

// An open requirement without a due date of the team's is due on the day it starts to bind, when that is near.
void TestProjectProgress::aComingDateOfApplicationIsDue()
{
    QFETCH(QDate, today);
    QFETCH(QDate, due);
    QFETCH(int, deadline);
    QFETCH(QDate, listedFor);
    QTemporaryDir dir;
    const FixedClock clock(QDateTime(today, QTime(12, 0), Qt::UTC));
    const QString when = due.isValid() ? QLatin1Char('@') + due.toString(Qt::ISODate) : QString();
    auto store = project(dir, clock, QStringLiteral(R"({"sys.is_tool": true, "sys.level": "high"})"),
                         {providerA + QStringLiteral("=not_started") + when});
    QVERIFY(store);
    auto progress = ProjectProgress::compute(*store, *m_library);
    QVERIFY(progress.ok());
    const RequirementProgress *r = progress->requirement(providerA);
    QVERIFY(r && r->applies());
    QVERIFY(r->applicability.appliesFrom);
    QCOMPARE(r->applicability.appliesFrom->eu, QDate(2026, 6, 10));
    QCOMPARE(r->applicability.appliesFrom->no, std::optional<QDate>(QDate(2026, 9, 1)));
    QVERIFY(!r->applicability.appliesFrom->fromPack);
    QCOMPARE(int(r->deadline), deadline);
    QDate listed;
    for (const RequirementProgress *d : progress->dueOrOverdue())
        if (d->urn == providerA)
            listed = *d->deadlineDate(today);
    QCOMPARE(listed, listedFor);
    // A requirement with no date of its own binds from the pack's date.
    QVERIFY(progress->requirement(always)->applicability.appliesFrom->fromPack);
}

QTEST_GUILESS_MAIN(TestProjectProgress)
#include "tst_projectprogress.moc"
