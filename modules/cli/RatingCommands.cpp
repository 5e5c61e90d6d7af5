// ratings create | list | export | import | agreement | judge-agreement | adjudicate | finalize
// (docs/human-evaluation.md)

#include "cli/Args.h"
#include "cli/CommandRegistry.h"
#include "cli/Commands.h"
#include "cli/RowCommands.h"
#include "core/Clock.h"
#include "core/RegularFile.h"
#include "store/OutputFile.h"
#include "store/RatingTable.h"
#include "store/TestRunTable.h"
#include "validation/JudgeCalibration.h"
#include "validation/RatingCsv.h"
#include "validation/RatingRound.h"

#include <limits>

namespace vv::cli {

using namespace vv::validation;

static QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("vv::cli", text, disambiguation, n);
}

/// The project and the round a command works on: FILE positional and --round ID.
struct OpenRound {
    std::unique_ptr<ProjectStore> project;
    std::optional<RatingRound> round;
};

static Result<OpenRound> openRound(CommandContext &ctx, const Args &a, bool change)
{
    const auto id = rowIdFrom(a.value(QStringLiteral("round")));
    if (!id)
        return usageError(tr("--round takes the id of a rating round ('ratings list' shows them)"), ctx.usage());
    auto project = openProjectRows(a.positional()[0], change);
    if (!project)
        return project.error();
    auto round = RatingRound::open(**project, *id);
    if (!round)
        return round.error();
    OpenRound out{std::move(*project), std::nullopt};
    out.round.emplace(std::move(*round));
    return out;
}

static Result<std::optional<qint64>> wholeNumber(const Args &a, const QString &option, qint64 min, CommandContext &ctx)
{
    if (!a.has(option))
        return std::optional<qint64>();
    bool ok = false;
    const qint64 v = a.value(option).toLongLong(&ok);
    if (!ok || v < min)
        return usageError(tr("--%1 takes a whole number of at least %2").arg(option).arg(min), ctx.usage());
    return std::optional<qint64>(v);
}

static int ratingsCreate(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("run")).option(QStringLiteral("run-b")).option(QStringLiteral("raters"))
        .option(QStringLiteral("rubric")).option(QStringLiteral("sample")).option(QStringLiteral("seed"))
        .option(QStringLiteral("suite"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    for (const char *required : {"run", "raters", "rubric"})
        if (!a.has(QString::fromLatin1(required)))
            return ctx.fail(usageError(tr("--%1 is required").arg(QString::fromLatin1(required)), ctx.usage()));
    RatingRoundRequest request;
    const auto run = rowIdFrom(a.value(QStringLiteral("run")));
    if (!run)
        return ctx.fail(usageError(tr("--run takes a test run's id"), ctx.usage()));
    request.runId = *run;
    if (a.has(QStringLiteral("run-b"))) {
        request.runBId = rowIdFrom(a.value(QStringLiteral("run-b")));
        if (!request.runBId)
            return ctx.fail(usageError(tr("--run-b takes a test run's id"), ctx.usage()));
    }
    request.raters = a.value(QStringLiteral("raters")).split(QLatin1Char(','));
    for (QString &r : request.raters)
        r = r.trimmed();
    request.rubric = a.value(QStringLiteral("rubric"));
    request.suitePath = a.value(QStringLiteral("suite"));
    auto sample = wholeNumber(a, QStringLiteral("sample"), 1, ctx);
    auto seed = wholeNumber(a, QStringLiteral("seed"), 0, ctx);
    if (!sample)
        return ctx.fail(sample.error());
    if (!seed)
        return ctx.fail(seed.error());
    if (*sample)
        request.sample = static_cast<int>(std::min<qint64>(**sample, std::numeric_limits<int>::max()));
    auto project = openProjectRows(a.positional()[0], true);
    if (!project)
        return ctx.fail(project.error());
    // Without --seed the time gives one; it is stored with the round either way, so the orders can be made again.
    request.seed = *seed ? static_cast<quint64>(**seed)
                         : static_cast<quint64>((*project)->clock().nowUtc().toMSecsSinceEpoch());
    auto id = RatingRound::create(**project, request);
    if (!id)
        return ctx.fail(id.error());
    auto round = RatingTable(**project).round(*id);
    if (!round)
        return ctx.fail(round.error());
    if (ctx.json()) {
        ctx.printJson(Json{{"id", *id}, {"cases", round->cases}, {"seed", round->seed}});
        return 0;
    }
    ctx.line(tr("Made rating round %1: %2 cases for %3 raters (seed %4).")
                 .arg(*id).arg(round->cases).arg(round->raters.size()).arg(round->seed));
    return 0;
}

static Json progressJson(const RaterProgress &p)
{
    return Json{{"rater", toStd(p.rater)}, {"rated", p.rated}, {"total", p.total},
                {"next_position", p.nextPosition ? Json(*p.nextPosition) : Json(nullptr)}};
}

static int ratingsList(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto project = openProjectRows(a.positional()[0], false);
    if (!project)
        return ctx.fail(project.error());
    auto rounds = RatingTable(**project).rounds();
    if (!rounds)
        return ctx.fail(rounds.error());
    Json list = Json::array();
    if (rounds->empty() && !ctx.json())
        ctx.line(tr("No rating rounds."));
    for (const RatingRoundRecord &r : *rounds) {
        auto round = RatingRound::open(**project, r.id);
        if (!round)
            return ctx.fail(round.error());
        Json raters = Json::array();
        QStringList progressText;
        for (const QString &rater : r.raters) {
            auto p = round->progress(rater);
            if (!p)
                return ctx.fail(p.error());
            raters.push_back(progressJson(*p));
            progressText << tr("%1 %2/%3").arg(rater).arg(p->rated).arg(p->total);
        }
        list.push_back(Json{{"id", r.id}, {"run_id", r.runId},
                            {"run_b_id", r.runBId ? Json(*r.runBId) : Json(nullptr)},
                            {"rubric", toStd(r.rubricId)}, {"rubric_sha256", toStd(r.rubricSha256)},
                            {"cases", r.cases}, {"seed", r.seed}, {"raters", raters},
                            {"result_run_id", r.resultRunId ? Json(*r.resultRunId) : Json(nullptr)},
                            {"created_at", toStd(isoUtc(r.createdAt))}, {"created_by", toStd(r.createdBy)}});
        if (!ctx.json())
            ctx.line(tr("%1  run %2%3  %4  %5 cases  %6%7")
                         .arg(r.id)
                         .arg(r.runId)
                         .arg(r.runBId ? tr(" and %1").arg(*r.runBId) : QString(), r.rubricId)
                         .arg(r.cases)
                         .arg(progressText.join(QStringLiteral(", ")),
                              r.resultRunId ? tr("  finalized as run %1").arg(*r.resultRunId) : QString()));
    }
    if (ctx.json())
        ctx.printJson(Json{{"rounds", list}});
    return 0;
}

static int ratingsExport(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("round")).option(QStringLiteral("out")).option(QStringLiteral("rater"))
        .flag(QStringLiteral("force"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    if (!a.has(QStringLiteral("out")))
        return ctx.fail(usageError(tr("--out is required"), ctx.usage()));
    const QString out = a.value(QStringLiteral("out"));
    const ExistingFile existing = a.has(QStringLiteral("force")) ? ExistingFile::Replace : ExistingFile::Refuse;
    if (auto s = checkOutputPath(out, existing); !s)
        return ctx.fail(s.error());
    auto open = openRound(ctx, a, false);
    if (!open)
        return ctx.fail(open.error());
    auto bytes = RatingCsv::write(*open->round, a.value(QStringLiteral("rater")));
    if (!bytes)
        return ctx.fail(bytes.error());
    if (auto s = writeOutputFile(out, *bytes, existing); !s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(Json{{"out", toStd(out)}, {"bytes", bytes->size()}});
    else
        ctx.line(tr("Wrote %1.").arg(out));
    return 0;
}

static int ratingsImport(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("round"));
    if (auto s = a.parse(ctx.args(), 2, 2, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto open = openRound(ctx, a, true);
    if (!open)
        return ctx.fail(open.error());
    const QString path = a.positional()[1];
    auto bytes = readRegularFile(path, RatingCsv::maxBytes);
    if (!bytes)
        return ctx.fail(bytes.error());
    std::vector<Error> problems;
    auto ratings = RatingCsv::read(*open->round, *bytes, path, problems);
    if (!problems.empty())
        return ctx.failAll(problems);
    if (!ratings)
        return ctx.fail(ratings.error());
    if (auto s = RatingTable(*open->project).rate(open->round->record().id, *ratings); !s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(Json{{"imported", ratings->size()}});
    else
        ctx.line(tr("Imported %1 scores into rating round %2.").arg(ratings->size()).arg(open->round->record().id));
    return 0;
}

static int ratingsAgreement(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("round"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto open = openRound(ctx, a, false);
    if (!open)
        return ctx.fail(open.error());
    const RatingRound &round = *open->round;
    Json criteria = Json::object();
    for (const RubricCriterion &c : round.rubric().criteria) {
        auto ratings = round.ratingsFor(c.id);
        if (!ratings)
            return ctx.fail(ratings.error());
        const AgreementOptions options = round.agreementOptions(c.id);
        auto measured = measureAgreement(*ratings, options);
        Json entry = measured ? measured->toJson() : Json{{"error", toStd(measured.error().what())}};
        entry["scale"] = toStd(agreementScaleName(options.scale));
        criteria[toStd(c.id)] = entry;
        if (ctx.json())
            continue;
        if (!measured) {
            ctx.line(tr("%1: %2").arg(c.id, measured.error().what()));
            continue;
        }
        const Agreement &m = *measured;
        QString line = tr("%1: n %2, %3 raters, agreement %4 %").arg(c.id).arg(m.units).arg(m.raters)
                           .arg(m.percentAgreement * 100, 0, 'f', 1);
        if (m.kappa)
            line += tr(", kappa %1 (%2 to %3)").arg(m.kappa->value, 0, 'f', 3).arg(m.kappa->ciLower, 0, 'f', 3)
                        .arg(m.kappa->ciUpper, 0, 'f', 3);
        if (m.alpha)
            line += tr(", alpha %1 (%2 to %3)").arg(m.alpha->value, 0, 'f', 3).arg(m.alpha->ciLower, 0, 'f', 3)
                        .arg(m.alpha->ciUpper, 0, 'f', 3);
        ctx.line(line);
    }
    if (ctx.json())
        ctx.printJson(Json{{"round", round.record().id}, {"rubric", toStd(round.rubric().id)}, {"criteria", criteria}});
    return 0;
}

/// The clinicians' final score per case on one criterion, for the answers of one of the round's runs (a or b).
static Result<std::map<QString, int>> humanScores(const RatingRound &round, const QString &answer,
                                                  const QString &criterion)
{
    auto finals = round.finalScores();
    if (!finals)
        return finals.error();
    std::map<QString, int> scores;
    for (const FinalScore &f : *finals)
        if (f.answer == answer && f.criterion == criterion)
            scores[f.caseId] = f.score;
    return scores;
}

static int ratingsJudgeAgreement(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("round"));
    a.option(QStringLiteral("judge-run"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    const auto judgeRun = rowIdFrom(a.value(QStringLiteral("judge-run")));
    if (!judgeRun)
        return ctx.fail(usageError(tr("--judge-run takes the id of the test run whose judge graders scored the round's "
                                      "answers"), ctx.usage()));
    auto open = openRound(ctx, a, false);
    if (!open)
        return ctx.fail(open.error());
    const RatingRound &round = *open->round;
    // The judge must have scored the very answers the clinicians rated: those of the round's run or of its second.
    const RatingRoundRecord &r = round.record();
    if (*judgeRun != r.runId && r.runBId != *judgeRun)
        return ctx.fail(Error::input(tr("run %1 is not a run that round %2 rated (%3)")
                                         .arg(*judgeRun)
                                         .arg(r.id)
                                         .arg(r.runBId ? tr("runs %1 and %2").arg(r.runId).arg(*r.runBId)
                                                       : tr("run %1").arg(r.runId)),
                                     tr("Give the run whose answers the clinicians rated, run with judge graders.")));
    const QString answer = *judgeRun == r.runId ? QStringLiteral("a") : QStringLiteral("b");
    auto cases = TestRunTable(*open->project).allCases(*judgeRun);
    if (!cases)
        return ctx.fail(cases.error());
    Json criteria = Json::object();
    int checked = 0;
    for (const RubricCriterion &c : round.rubric().criteria) {
        const auto judge = judgeScoresOf(*cases, round.rubric().id, c.id);
        if (judge.empty())
            continue; // the suite has no judge grader on this criterion
        auto human = humanScores(round, answer, c.id);
        if (!human)
            return ctx.fail(human.error());
        auto calibration = calibrateJudge(judge, *human, round.agreementOptions(c.id));
        ++checked;
        criteria[toStd(c.id)] = calibration ? calibration->toJson() : Json{{"error", toStd(calibration.error().what())}};
        if (!ctx.json())
            ctx.line(tr("%1: %2").arg(c.id, calibration ? calibration->verdictText() : calibration.error().what()));
    }
    if (checked == 0)
        return ctx.fail(Error::input(tr("run %1 has no judge scores on the criteria of rubric '%2'")
                                         .arg(*judgeRun)
                                         .arg(round.rubric().id),
                                     tr("Run the suite with judge graders that name this rubric (docs/test-suites.md).")));
    if (ctx.json())
        ctx.printJson(Json{{"round", r.id}, {"judge_run", *judgeRun}, {"rubric", toStd(round.rubric().id)},
                           {"criteria", criteria}});
    return 0;
}

/// CASE[#b]:CRITERION=SCORE, as `ratings adjudicate --set` takes it.
struct FinalSetting {
    QString caseId;
    QString answer;
    QString criterion;
    int score = 0;
};

static std::optional<FinalSetting> finalSettingFrom(const QString &text)
{
    const qsizetype eq = text.lastIndexOf(QLatin1Char('='));
    const qsizetype colon = eq > 0 ? text.lastIndexOf(QLatin1Char(':'), eq) : -1;
    if (colon <= 0)
        return std::nullopt;
    FinalSetting s;
    s.caseId = text.left(colon);
    s.answer = QStringLiteral("a");
    if (s.caseId.endsWith(QStringLiteral("#b"))) {
        s.caseId.chop(2);
        s.answer = QStringLiteral("b");
    }
    s.criterion = text.mid(colon + 1, eq - colon - 1);
    bool ok = false;
    s.score = text.mid(eq + 1).toInt(&ok);
    if (!ok || s.caseId.isEmpty() || s.criterion.isEmpty())
        return std::nullopt;
    return s;
}

static int ratingsAdjudicate(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("round")).option(QStringLiteral("distance")).repeatable(QStringLiteral("set"))
        .option(QStringLiteral("by"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto distance = wholeNumber(a, QStringLiteral("distance"), 0, ctx);
    if (!distance)
        return ctx.fail(distance.error());
    const bool setting = a.has(QStringLiteral("set"));
    if (setting && a.value(QStringLiteral("by")).trimmed().isEmpty())
        return ctx.fail(usageError(tr("--set needs --by NAME: who decided the final score"), ctx.usage()));
    auto open = openRound(ctx, a, setting);
    if (!open)
        return ctx.fail(open.error());
    RatingRound &round = *open->round;
    for (const QString &text : a.values(QStringLiteral("set"))) {
        const auto s = finalSettingFrom(text);
        if (!s)
            return ctx.fail(usageError(tr("--set takes CASE:CRITERION=SCORE (CASE#b for the second run's answer), "
                                          "not '%1'").arg(text), ctx.usage()));
        if (auto r = round.setFinal(s->caseId, s->answer, s->criterion, s->score, a.value(QStringLiteral("by"))); !r)
            return ctx.fail(r.error());
    }
    auto found = round.disagreements(static_cast<int>(distance->value_or(0)));
    if (!found)
        return ctx.fail(found.error());
    Json list = Json::array();
    int open_ = 0;
    for (const Disagreement &d : *found) {
        Json scores = Json::object();
        QStringList text;
        for (const auto &[rater, score] : d.scores) {
            scores[toStd(rater)] = score;
            text << QStringLiteral("%1 %2").arg(rater).arg(score);
        }
        open_ += d.decided ? 0 : 1;
        list.push_back(Json{{"case_id", toStd(d.caseId)}, {"answer", toStd(d.answer)},
                            {"criterion", toStd(d.criterion)}, {"scores", scores},
                            {"final", d.decided ? Json(d.decided->score) : Json(nullptr)},
                            {"decided_by", d.decided ? Json(toStd(d.decided->decidedBy)) : Json(nullptr)}});
        if (!ctx.json())
            ctx.line(tr("%1:%2  %3%4")
                         .arg(RatingRound::unitName(d.caseId, d.answer), d.criterion, text.join(QStringLiteral(", ")),
                              d.decided ? tr("  final %1 (%2)").arg(d.decided->score).arg(d.decided->decidedBy)
                                        : tr("  awaiting a final score")));
    }
    if (ctx.json())
        ctx.printJson(Json{{"round", round.record().id}, {"distance", distance->value_or(0)},
                           {"disagreements", list}, {"undecided", open_}});
    else if (found->empty())
        ctx.line(tr("No disagreements above distance %1.").arg(distance->value_or(0)));
    else
        ctx.line(tr("%1 disagreements, %2 awaiting a final score.").arg(found->size()).arg(open_));
    return 0;
}

static int ratingsFinalize(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("round")).option(QStringLiteral("pass-at"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto passAt = wholeNumber(a, QStringLiteral("pass-at"), 1, ctx);
    if (!passAt)
        return ctx.fail(passAt.error());
    auto open = openRound(ctx, a, true);
    if (!open)
        return ctx.fail(open.error());
    RatingRound &round = *open->round;
    auto runId = round.recordResult(static_cast<int>(passAt->value_or(4)));
    if (!runId)
        return ctx.fail(runId.error());
    auto evidenceId = fileTestRunAsEvidence(*open->project, *runId);
    if (!evidenceId)
        return ctx.fail(evidenceId.error());
    if (ctx.json()) {
        ctx.printJson(Json{{"round", round.record().id}, {"run_id", *runId}, {"evidence_id", *evidenceId}});
        return 0;
    }
    ctx.line(tr("Rating round %1's human result is test run %2, filed as evidence %3.")
                 .arg(round.record().id).arg(*runId).arg(*evidenceId));
    return 0;
}

void registerRatingCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("ratings"), QStringLiteral("create")},
                 QStringLiteral("FILE --run RUN_ID [--run-b RUN_ID] --raters A,B[,C] --rubric RUBRIC.yaml|RUBRIC_ID "
                                "[--sample N] [--seed S] [--suite SUITE.yaml]"),
                 QT_TRANSLATE_NOOP("vv::cli", "Make a blinded rating round for a test run's answers (two runs: side "
                                              "by side), each rater with their own random order."),
                 ratingsCreate);
    registry.add({QStringLiteral("ratings"), QStringLiteral("list")}, QStringLiteral("FILE"),
                 QT_TRANSLATE_NOOP("vv::cli", "List the rating rounds with each rater's progress."), ratingsList);
    registry.add({QStringLiteral("ratings"), QStringLiteral("export")},
                 QStringLiteral("FILE --round ID --out CSV [--rater NAME] [--force]"),
                 QT_TRANSLATE_NOOP("vv::cli", "Write a round's rating sheet as CSV for raters without Veiviser "
                                              "(--rater: only that rater's rows)."),
                 ratingsExport);
    registry.add({QStringLiteral("ratings"), QStringLiteral("import")}, QStringLiteral("FILE --round ID CSV"),
                 QT_TRANSLATE_NOOP("vv::cli", "Read scores from a rating sheet; any bad row and nothing is stored."),
                 ratingsImport);
    registry.add({QStringLiteral("ratings"), QStringLiteral("agreement")}, QStringLiteral("FILE --round ID"),
                 QT_TRANSLATE_NOOP("vv::cli", "Agreement between the raters per criterion: kappa, Krippendorff's "
                                              "alpha, percent agreement."),
                 ratingsAgreement);
    registry.add({QStringLiteral("ratings"), QStringLiteral("judge-agreement")},
                 QStringLiteral("FILE --round ID --judge-run RUN_ID"),
                 QT_TRANSLATE_NOOP("vv::cli", "Whether a model judge can stand in for the clinicians: its scores in "
                                              "the run against the round's final scores, per criterion."),
                 ratingsJudgeAgreement);
    registry.add({QStringLiteral("ratings"), QStringLiteral("adjudicate")},
                 QStringLiteral("FILE --round ID [--distance D] [--set CASE:CRITERION=SCORE]... [--by NAME]"),
                 QT_TRANSLATE_NOOP("vv::cli", "List the answers the raters disagree on by more than D; --set records "
                                              "a final score."),
                 ratingsAdjudicate);
    registry.add({QStringLiteral("ratings"), QStringLiteral("finalize")}, QStringLiteral("FILE --round ID [--pass-at N]"),
                 QT_TRANSLATE_NOOP("vv::cli", "Store the round's final scores as its human result and file it as "
                                              "evidence for the rubric's level."),
                 ratingsFinalize);
}

} // namespace vv::cli
