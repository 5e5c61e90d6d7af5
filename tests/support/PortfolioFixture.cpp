#include "PortfolioFixture.h"

#include "core/Clock.h"
#include "guidance/GuidanceLibrary.h"
#include "store/AnswerTable.h"
#include "store/PackageBuildTable.h"
#include "store/RequirementStateTable.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>

namespace vv::test {

namespace {

// The answers of tst_guidance_cli's Class IIb provider.
const char *providerAnswers = R"({"system.is_software": true, "system.is_ai": true, "mdr.device_link": "none",
    "purpose.beyond_storage": true, "purpose.individual_patients": true, "purpose.medical": true,
    "mdr.decision_impact": "informs_decisions", "mdr.worst_outcome": "serious_deterioration_or_surgery",
    "mdr.in_house": false, "ai_act.research_exclusion": "none", "ai_act.prohibited_practice": false,
    "ai_act.annex_iii": ["none"], "ai_act.interacts_with_persons": true, "data.personal": false})";

// Requirements that apply to the demo's deployer, as scripts/make-demo sets them.
const char *metUrns[] = {"urn:veiviser:gdpr:art-6", "urn:veiviser:gdpr:art-9", "urn:veiviser:gdpr:art-35",
                         "urn:veiviser:no:hpl-21"};

Json answersOf(PlannedProject::Answers answers)
{
    if (answers == PlannedProject::Answers::ProviderIIb)
        return Json::parse(providerAnswers);
    QFile f(QStringLiteral(VV_SOURCE_DIR "/demo/answers.json"));
    if (!f.open(QIODevice::ReadOnly))
        return Json::object();
    return Json::parse(f.readAll().toStdString());
}

QString setAnswers(ProjectStore &store, const guidance::GuidanceLibrary &library, PlannedProject::Answers answers)
{
    if (answers == PlannedProject::Answers::None)
        return {};
    std::vector<AnswerChange> changes;
    const Json all = answersOf(answers);
    for (auto it = all.begin(); it != all.end(); ++it) {
        const guidance::Pack *pack = library.packOfFact(fromStd(it.key()));
        if (!pack)
            return QStringLiteral("no pack asks %1").arg(fromStd(it.key()));
        changes.push_back({fromStd(it.key()), it.value(), pack->id, pack->version});
    }
    auto r = AnswerTable(store).apply(changes);
    return r ? QString() : r.error().toString();
}

QString setState(ProjectStore &store, const guidance::GuidanceLibrary &library, const QString &urn,
                 RequirementStatus status, std::optional<QDate> due = std::nullopt)
{
    const guidance::Pack *pack = library.packOfRequirement(urn);
    if (!pack)
        return QStringLiteral("no pack has %1").arg(urn);
    RequirementState s;
    s.urn = urn;
    s.status = status;
    s.dueDate = due;
    s.packId = pack->id;
    s.packVersion = pack->version;
    if (status == RequirementStatus::NotApplicable)
        s.justification = QStringLiteral("Sykehuset endrer ikke modellen.");
    auto r = RequirementStateTable(store).save(s);
    return r ? QString() : r.error().toString();
}

QString setStates(ProjectStore &store, const guidance::GuidanceLibrary &library, const PlannedProject &plan)
{
    if (plan.answers != PlannedProject::Answers::Demo)
        return {};
    for (int i = 0; i < plan.met; ++i)
        if (QString e = setState(store, library, QString::fromLatin1(metUrns[i]), RequirementStatus::Met); !e.isEmpty())
            return e;
    if (QString e = setState(store, library, QStringLiteral("urn:veiviser:ai-act:art-25"), RequirementStatus::NotApplicable);
        !e.isEmpty())
        return e;
    // Due long ago when overdue; far ahead otherwise, so that it is open without being overdue.
    const QDate due = plan.overdue ? QDate(2020, 1, 15) : QDate(2099, 1, 15);
    return setState(store, library, QStringLiteral("urn:veiviser:ai-act:art-4"), RequirementStatus::InProgress, due);
}

QString addPackage(ProjectStore &store, const PlannedProject &plan)
{
    if (plan.package.isEmpty())
        return {};
    auto tx = store.begin();
    if (!tx)
        return tx.error().toString();
    PackageBuild b;
    b.manifestSha256 = QString(64, QLatin1Char('a'));
    b.created = plan.changed;
    b.fileName = plan.package;
    b.manifest = QStringLiteral("{}");
    auto id = PackageBuildTable::insert(*tx, b);
    if (!id)
        return id.error().toString();
    if (auto s = tx->audit(QStringLiteral("package.build"), Json{{"file", toStd(plan.package)}}); !s)
        return s.error().toString();
    auto s = tx->commit();
    return s ? QString() : s.error().toString();
}

} // namespace

std::vector<PlannedProject> plannedPortfolio(int n, const QString &dir)
{
    static const ProjectRole roles[] = {ProjectRole::Deployer, ProjectRole::Provider, ProjectRole::Both};
    std::vector<PlannedProject> out;
    for (int i = 0; i < n; ++i) {
        PlannedProject p;
        p.file = QDir(dir).filePath(QStringLiteral("system-%1.veiviser").arg(i + 1, 3, 10, QLatin1Char('0')));
        p.name = QStringLiteral("KI-system %1 – sepsis, hjerte og røntgen").arg(i + 1);
        p.systemVersion = QStringLiteral("%1.%2").arg(1 + i % 3).arg(i);
        p.answers = PlannedProject::Answers(i % 3);
        // The demo's answers are a deployer's; its requirements bind the deployer.
        p.role = p.answers == PlannedProject::Answers::Demo ? ProjectRole::Deployer : roles[i % 3];
        p.met = i % 5;
        p.overdue = i % 2 == 0;
        if (i % 4 == 1)
            p.package = QStringLiteral("pakke-%1.zip").arg(i + 1);
        p.changed = QDateTime(QDate(2026, 1 + i % 12, 1 + i % 28), QTime(8 + i % 10, 30), Qt::UTC);
        out.push_back(p);
    }
    return out;
}

QString buildProject(const PlannedProject &plan, const guidance::GuidanceLibrary &library)
{
    const FixedClock clock(plan.changed);
    StoreOptions options;
    options.clock = &clock;
    options.actor = QStringLiteral("fixture");
    auto store = ProjectStore::create(plan.file, {plan.name, plan.systemVersion, plan.role}, options);
    if (!store)
        return store.error().toString();
    if (QString e = setAnswers(**store, library, plan.answers); !e.isEmpty())
        return e;
    if (QString e = setStates(**store, library, plan); !e.isEmpty())
        return e;
    return addPackage(**store, plan);
}

} // namespace vv::test
