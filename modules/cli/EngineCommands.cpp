// engines list | run | runs compare

#include "cli/Args.h"
#include "cli/CommandRegistry.h"
#include "cli/Commands.h"
#include "cli/RowCommands.h"
#include "tracking/GuidanceRequirementCatalog.h"
#include "evidence/TestRunEvidence.h"
#include "store/ProjectStore.h"
#include "store/TestRunTable.h"
#include "validation/EngineCatalog.h"
#include "validation/EngineRun.h"
#include "validation/PairedComparison.h"

#include <QLocale>

namespace vv::cli {

using validation::EngineCatalog;

static QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("vv::cli", text, disambiguation, n);
}

static int enginesList(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 0, 0, ctx.usage()); !s)
        return ctx.fail(s.error());
    const EngineCatalog catalog = EngineCatalog::discover();
    if (ctx.json()) {
        Json list = Json::array();
        for (const auto &p : catalog.plugins()) {
            Json j = p.usable ? p.manifest.toJson() : Json{{"id", toStd(p.manifest.id)}};
            j["version"] = toStd(p.manifest.version);
            // An engine whose external program is missing loads, but cannot run until the program is installed.
            const bool runnable = p.usable && p.unavailable.isEmpty();
            j["usable"] = runnable;
            j["reason"] = runnable ? Json(nullptr) : Json(toStd(p.usable ? p.unavailable : p.reason));
            j["path"] = toStd(p.path);
            list.push_back(std::move(j));
        }
        ctx.printJson({{"engines", list}, {"directories", toJson(EngineCatalog::defaultDirectories())}});
        return 0;
    }
    if (catalog.plugins().empty()) {
        ctx.line(tr("No evaluation engines found. Looked in: %1")
                     .arg(EngineCatalog::defaultDirectories().join(QStringLiteral(", "))));
        return 0;
    }
    for (const auto &p : catalog.plugins()) {
        if (p.usable && !p.unavailable.isEmpty())
            ctx.line(QStringLiteral("%1  %2").arg(p.manifest.id.leftJustified(20), tr("unavailable: %1").arg(p.unavailable)));
        else if (p.usable)
            ctx.line(QStringLiteral("%1  %2  %3  %4").arg(p.manifest.id.leftJustified(20), p.manifest.version.leftJustified(8),
                                                         p.manifest.kind.leftJustified(10), p.manifest.name.current()));
        else
            ctx.line(QStringLiteral("%1  %2").arg(p.manifest.id.leftJustified(20), tr("unusable: %1 (%2)").arg(p.reason, p.path)));
    }
    return 0;
}

static Json runJson(const TestRun &run, const Json &evidenceId)
{
    Json metrics = Json::array();
    for (const auto &m : run.metrics) {
        auto num = [](const std::optional<double> &v) { return v ? Json(*v) : Json(nullptr); };
        metrics.push_back({{"name", toStd(m.name)}, {"value", num(m.value)}, {"ci_lower", num(m.ciLower)},
                           {"ci_upper", num(m.ciUpper)}});
    }
    return {{"run_id", run.id},
            {"engine", toStd(run.engineId)},
            {"engine_version", toStd(run.engineVersion)},
            {"status", toStd(testRunStatusToString(run.status))},
            {"cases", {{"total", run.casesTotal}, {"passed", run.cases.passed}, {"failed", run.cases.failed},
                       {"errored", run.cases.errored}, {"not_graded", run.cases.notGraded}}},
            {"metrics", metrics},
            {"supports", toJson(run.supports)},
            {"evidence_id", evidenceId}};
}

static int run(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("engine")).option(QStringLiteral("suite")).option(QStringLiteral("resume"));
    a.repeatable(QStringLiteral("set"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    if (!a.has(QStringLiteral("engine")))
        return ctx.fail(usageError(tr("--engine is required"), ctx.usage()));

    validation::EngineRunRequest request;
    for (const QString &set : a.values(QStringLiteral("set"))) {
        const qsizetype eq = set.indexOf(QLatin1Char('='));
        if (eq < 1)
            return ctx.fail(usageError(tr("--set takes KEY=VALUE, not '%1'").arg(set), ctx.usage()));
        request.settings.insert(set.left(eq).trimmed(), set.mid(eq + 1));
    }
    request.suitePath = a.value(QStringLiteral("suite"));
    if (a.has(QStringLiteral("resume"))) {
        bool ok = false;
        request.resumeRunId = a.value(QStringLiteral("resume")).toLongLong(&ok);
        if (!ok || request.resumeRunId < 1)
            return ctx.fail(usageError(tr("--resume takes a test run id (a positive whole number)"), ctx.usage()));
    }

    const EngineCatalog catalog = EngineCatalog::discover();
    const QString engineId = a.value(QStringLiteral("engine"));
    auto engine = catalog.load(engineId);
    if (!engine)
        return ctx.fail(engine.error());

    auto project = ProjectStore::open(a.positional()[0]);
    if (!project)
        return ctx.fail(project.error());

    validation::EngineRun execution(**project, *catalog.find(engineId), **engine);
    // The log goes to stderr, so that stdout holds only the result (and only JSON with --json).
    execution.setLog([&ctx](const QString &line) { ctx.note(line); });
    const Status status = execution.execute(request);
    if (!status) {
        Error e = status.error();
        if (execution.runId() > 0)
            if (auto stored = TestRunTable(**project).get(execution.runId());
                stored && validation::EngineRun::canResume(*stored, catalog.find(engineId)->manifest))
                e.withHint(tr("The finished cases are stored; resume with --resume %1.").arg(execution.runId()));
        return ctx.fail(e);
    }

    auto evidenceId = fileTestRunAsEvidence(**project, execution.runId());
    if (!evidenceId)
        return ctx.fail(evidenceId.error());
    auto stored = TestRunTable(**project).get(execution.runId());
    if (!stored)
        return ctx.fail(stored.error());
    if (ctx.json()) {
        ctx.printJson(runJson(*stored, *evidenceId));
        return 0;
    }
    ctx.line(tr("Test run %1 (%2): %3").arg(stored->id).arg(stored->engineId, testRunStatusToString(stored->status)));
    if (stored->casesTotal > 0 && stored->cases.notGraded > 0)
        ctx.line(tr("Cases: %1 passed, %2 failed, %3 errored and %4 not graded of %5")
                     .arg(stored->cases.passed).arg(stored->cases.failed).arg(stored->cases.errored)
                     .arg(stored->cases.notGraded).arg(stored->casesTotal));
    else if (stored->casesTotal > 0)
        ctx.line(tr("Cases: %1 passed, %2 failed, %3 errored of %4")
                     .arg(stored->cases.passed).arg(stored->cases.failed).arg(stored->cases.errored).arg(stored->casesTotal));
    if (const QString note = evidence::TestRunEvidence::notGradedCasesText(*stored); !note.isEmpty())
        ctx.line(note);
    for (const auto &m : stored->metrics) {
        if (!m.value)
            continue;
        QString line = QStringLiteral("  %1: %2").arg(m.name).arg(*m.value, 0, 'g', 4);
        if (m.ciLower && m.ciUpper)
            line += tr(" (%1 to %2)").arg(*m.ciLower, 0, 'g', 4).arg(*m.ciUpper, 0, 'g', 4);
        ctx.line(line);
    }
    ctx.line(tr("Filed as evidence %1, linked to %2.").arg(*evidenceId).arg(stored->supports.join(QStringLiteral(", "))));
    return 0;
}

Result<qint64> fileTestRunAsEvidence(ProjectStore &project, qint64 runId)
{
    // Requirement links are checked against the installed guidance packs, as for evidence; without them, by form.
    static const bool catalogInstalled = tracking::installShippedRequirementCatalog().ok();
    Q_UNUSED(catalogInstalled);
    auto evidenceId = evidence::TestRunEvidence::file(project, runId);
    if (!evidenceId)
        return evidenceId.error().prefixed(tr("test run %1 is stored, but filing it as evidence failed").arg(runId));
    return evidenceId;
}

// Two runs on the cases both have: the evidence for a model upgrade, the commonest change a hospital makes.
static int runsCompare(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 3, 3, ctx.usage()); !s)
        return ctx.fail(s.error());
    const auto runA = rowIdFrom(a.positional()[1]);
    const auto runB = rowIdFrom(a.positional()[2]);
    if (!runA || !runB)
        return ctx.fail(Error::input(tr("a test run's id is a whole number"), ctx.usage()));
    auto project = openProjectRows(a.positional()[0], false);
    if (!project)
        return ctx.fail(project.error());
    auto compared = validation::PairedComparison::ofRuns(TestRunTable(**project), *runA, *runB);
    if (!compared)
        return ctx.fail(compared.error());
    const validation::PairedComparison &c = *compared;
    if (ctx.json()) {
        ctx.printJson(c.toJson());
        return 0;
    }
    const QLocale locale;
    ctx.line(tr("Cases in both runs: %1 (run %2 passed %3, run %4 passed %5).")
                 .arg(c.counts.paired())
                 .arg(*runA)
                 .arg(c.counts.both + c.counts.aOnly)
                 .arg(*runB)
                 .arg(c.counts.both + c.counts.bOnly));
    ctx.line(tr("Passed only in run %1 (regressions): %2; only in run %3 (improvements): %4.")
                 .arg(*runA)
                 .arg(c.counts.aOnly)
                 .arg(*runB)
                 .arg(c.counts.bOnly));
    ctx.line(tr("Difference in pass rate, run %1 minus run %2: %3 percentage points (95 % CI %4 to %5, Newcombe's "
                "paired score interval); exact McNemar test p = %6.")
                 .arg(*runB)
                 .arg(*runA)
                 .arg(locale.toString(*c.difference.estimate * 100.0, 'f', 1), locale.toString(*c.difference.lower * 100.0, 'f', 1),
                      locale.toString(*c.difference.upper * 100.0, 'f', 1), locale.toString(c.mcnemarP, 'g', 3)));
    if (c.scoreDifference)
        ctx.line(c.scoreDifferenceText());
    if (c.excluded || c.onlyInA || c.onlyInB)
        ctx.line(tr("Left out: %1 cases that errored or were not graded in either run, %2 only in run %3, %4 only in run %5.")
                     .arg(c.excluded)
                     .arg(c.onlyInA)
                     .arg(*runA)
                     .arg(c.onlyInB)
                     .arg(*runB));
    if (!c.regressions.isEmpty())
        ctx.line(tr("Regressions: %1").arg(c.regressions.join(QStringLiteral(", "))));
    return 0;
}

void registerEngineCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("engines"), QStringLiteral("list")}, QString(),
        QT_TRANSLATE_NOOP("vv::cli", "List the evaluation-engine plugins found, with the reason where one cannot be used."),
        enginesList);
    registry.add({QStringLiteral("run")},
        QStringLiteral("FILE --engine ID [--set KEY=VALUE]... [--suite PATH] [--resume RUN_ID]"),
        QT_TRANSLATE_NOOP("vv::cli", "Run an evaluation engine as a test run in the project; the finished run is "
                                     "filed as evidence on the requirements it supports."),
        run);
    registry.add({QStringLiteral("runs"), QStringLiteral("compare")}, QStringLiteral("FILE RUN_A RUN_B"),
        QT_TRANSLATE_NOOP("vv::cli", "Compare two test runs on the cases both have: regressions and improvements, "
                                     "the exact McNemar test and the difference in pass rate with its paired interval."),
        runsCompare);
}

} // namespace vv::cli
