#include "validation/ClinicalMetrics.h"

#include "core/Environment.h"
#include "core/Version.h"
#include "store/ProjectStore.h"
#include "validation/Calibration.h"
#include "validation/Discrimination.h"
#include "validation/Parallel.h"
#include "validation/Sorting.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace vv::validation {

namespace {

Json num(const std::optional<double> &v)
{
    return v && std::isfinite(*v) ? Json(*v) : Json(nullptr);
}

Json num(double v)
{
    return std::isfinite(v) ? Json(v) : Json(nullptr);
}

Json intervalJson(const Interval &i)
{
    return {{"estimate", num(i.estimate)}, {"ci_lower", num(i.lower)}, {"ci_upper", num(i.upper)}};
}

Json binJson(const CalibrationBin &b)
{
    return {{"lower", num(b.lower)},
            {"upper", num(b.upper)},
            {"n", b.n},
            {"events", b.events},
            {"mean_predicted", num(b.meanPredicted)},
            {"observed", num(b.observed.estimate)},
            {"observed_ci_lower", num(b.observed.lower)},
            {"observed_ci_upper", num(b.observed.upper)}};
}

std::int64_t countAtLeast(std::span<const double> sorted, double t)
{
    return static_cast<std::int64_t>(sorted.end() - std::lower_bound(sorted.begin(), sorted.end(), t));
}

Json distributionSummary(std::span<const double> sorted)
{
    if (sorted.empty())
        return {{"n", 0}, {"mean", nullptr}, {"min", nullptr}, {"q1", nullptr}, {"median", nullptr}, {"q3", nullptr},
                {"max", nullptr}};
    double sum = 0;
    for (double v : sorted)
        sum += v;
    return {{"n", sorted.size()},
            {"mean", num(sum / static_cast<double>(sorted.size()))},
            {"min", sorted.front()},
            {"q1", sortedQuantile(sorted, 0.25)},
            {"median", sortedQuantile(sorted, 0.5)},
            {"q3", sortedQuantile(sorted, 0.75)},
            {"max", sorted.back()}};
}

// The analysis of one set of patients (all of them, or one subgroup) from scores sorted per class.
struct Analysis {
    std::span<const double> pos, neg;
    const MetricsOptions &options;
    bool probabilities;
    std::uint64_t seed;
    int rocPoints;
    const CancellationToken *cancel;
    ProgressSink bootstrapProgress;
};

Result<Json> analyse(const Analysis &a, AurocEstimate *aurocOut = nullptr)
{
    using Tr = ClinicalMetrics;
    const MetricsOptions &o = a.options;
    const auto n1 = static_cast<std::int64_t>(a.pos.size());
    const auto n0 = static_cast<std::int64_t>(a.neg.size());
    const std::int64_t n = n1 + n0;
    const double prevalence = n > 0 ? static_cast<double>(n1) / static_cast<double>(n) : std::nan("");
    Json doc = {{"n", n}, {"positives", n1}, {"negatives", n0}, {"prevalence", num(prevalence)}};

    // The walks over the sorted scores are independent of each other: they run side by side.
    AurocEstimate e;
    std::vector<RocPoint> rocPoints;
    std::vector<CalibrationBin> bins, groups;
    parallelFor(a.pos.size() + a.neg.size() < (1u << 16) ? 1 : 3, [&](int task) {
        if (task == 0)
            e = Discrimination::auroc(a.pos, a.neg, o.level);
        if (task == 1 || a.pos.size() + a.neg.size() < (1u << 16))
            rocPoints = Discrimination::rocCurve(a.pos, a.neg, a.rocPoints);
        if ((task == 2 || a.pos.size() + a.neg.size() < (1u << 16)) && a.probabilities) {
            bins = Calibration::bins(a.pos, a.neg, o.calibrationBins, o.level);
            groups = Calibration::riskGroups(a.pos, a.neg, o.calibrationGroups, o.level);
        }
    });

    // Discrimination.
    if (aurocOut)
        *aurocOut = e;
    const std::optional<double> se = e.variance ? std::optional<double>(std::sqrt(*e.variance)) : std::nullopt;
    Json auroc = {{"estimate", num(e.auc)}, {"ci_lower", num(e.ci.lower)}, {"ci_upper", num(e.ci.upper)},
                  {"method", "delong"}, {"level", o.level}, {"standard_error", num(se)},
                  {"delong", {{"ci_lower", num(e.ci.lower)}, {"ci_upper", num(e.ci.upper)}, {"standard_error", num(se)}}}};
    if (!e.reason.isEmpty())
        auroc["reason"] = toStd(e.reason);
    if (o.bootstrapReplicates > 0) {
        auroc["method"] = "bootstrap";
        Json boot = {{"replicates", o.bootstrapReplicates}, {"seed", a.seed}, {"stratified", true}};
        if (e.auc) {
            auto ci = Discrimination::bootstrapAuroc(a.pos, a.neg, o.bootstrapReplicates, a.seed, o.level, a.cancel,
                                                     a.bootstrapProgress);
            if (!ci)
                return Error::cancelled();
            boot["ci_lower"] = num(ci->lower);
            boot["ci_upper"] = num(ci->upper);
            boot["median"] = num(ci->estimate);
            auroc["ci_lower"] = num(ci->lower);
            auroc["ci_upper"] = num(ci->upper);
        } else {
            auroc["ci_lower"] = nullptr;
            auroc["ci_upper"] = nullptr;
        }
        auroc["bootstrap"] = boot;
    }
    doc["auroc"] = auroc;
    Json roc = Json::array();
    for (const RocPoint &p : rocPoints)
        roc.push_back({{"threshold", num(p.threshold)}, {"fpr", p.fpr}, {"tpr", p.tpr}});
    doc["roc_curve"] = roc;
    if (a.cancel && a.cancel->isCancelled())
        return Error::cancelled();

    // Calibration and overall accuracy need probabilities.
    const QString needsProbabilities =
        Tr::tr("Calibration measures need predicted probabilities between 0 and 1; the scores have values outside "
               "[0, 1].");
    Json calibration = {{"intercept", nullptr}, {"slope", nullptr}, {"ece", nullptr}, {"bins", Json::array()},
                        {"curve", Json::array()}, {"converged", false}};
    if (!a.probabilities) {
        doc["brier"] = nullptr;
        doc["scaled_brier"] = nullptr;
        calibration["reason"] = toStd(needsProbabilities);
    } else if (n > 0) {
        const double brier = Calibration::brier(a.pos, a.neg);
        doc["brier"] = num(brier);
        doc["scaled_brier"] = n1 > 0 && n0 > 0 ? num(1.0 - brier / (prevalence * (1.0 - prevalence))) : Json(nullptr);
        const CalibrationFit fit = Calibration::fit(a.pos, a.neg, o.level);
        Json binArray = Json::array(), curve = Json::array();
        for (const CalibrationBin &b : bins)
            binArray.push_back(binJson(b));
        for (const CalibrationBin &b : groups)
            curve.push_back(binJson(b));
        calibration = {{"intercept", num(fit.intercept.estimate)},
                       {"intercept_ci_lower", num(fit.intercept.lower)},
                       {"intercept_ci_upper", num(fit.intercept.upper)},
                       {"slope", num(fit.slope.estimate)},
                       {"slope_ci_lower", num(fit.slope.lower)},
                       {"slope_ci_upper", num(fit.slope.upper)},
                       {"slope_model_intercept", num(fit.slopeModelIntercept)},
                       {"converged", fit.interceptConverged && fit.slopeConverged},
                       {"intercept_converged", fit.interceptConverged},
                       {"slope_converged", fit.slopeConverged},
                       {"iterations", {{"intercept", fit.interceptIterations}, {"slope", fit.slopeIterations}}},
                       {"clamped_predictions", fit.clamped},
                       {"ece", num(Calibration::expectedCalibrationError(bins))},
                       {"ece_bins", o.calibrationBins},
                       {"bins", binArray},
                       {"curve", curve}};
        if (!fit.reason.isEmpty())
            calibration["reason"] = toStd(fit.reason);
    } else {
        doc["brier"] = nullptr;
        doc["scaled_brier"] = nullptr;
        calibration["reason"] = toStd(Tr::tr("There are no patients."));
    }
    doc["calibration"] = calibration;
    if (a.cancel && a.cancel->isCancelled())
        return Error::cancelled();

    // Classification at the chosen thresholds: predicted positive when score >= threshold.
    Json thresholds = Json::array();
    for (double t : o.thresholds) {
        const std::int64_t tp = countAtLeast(a.pos, t), fp = countAtLeast(a.neg, t);
        const std::int64_t fn = n1 - tp, tn = n0 - fp;
        thresholds.push_back({{"threshold", t},
                              {"tp", tp},
                              {"fp", fp},
                              {"tn", tn},
                              {"fn", fn},
                              {"sensitivity", intervalJson(wilsonInterval(tp, tp + fn, o.level))},
                              {"specificity", intervalJson(wilsonInterval(tn, tn + fp, o.level))},
                              {"ppv", intervalJson(wilsonInterval(tp, tp + fp, o.level))},
                              {"npv", intervalJson(wilsonInterval(tn, tn + fn, o.level))}});
    }
    doc["thresholds"] = thresholds;

    // Net benefit (Vickers and Elkin 2006) over the threshold-probability grid.
    Json netBenefit = Json::array();
    if (a.probabilities && n > 0) {
        const auto nn = static_cast<double>(n);
        for (int k = 1; k <= o.netBenefitSteps; ++k) {
            const double pt = static_cast<double>(k) / (o.netBenefitSteps + 1);
            const double odds = pt / (1.0 - pt);
            const auto tp = static_cast<double>(countAtLeast(a.pos, pt));
            const auto fp = static_cast<double>(countAtLeast(a.neg, pt));
            netBenefit.push_back({{"threshold", pt},
                                  {"model", tp / nn - fp / nn * odds},
                                  {"treat_all", prevalence - (1.0 - prevalence) * odds},
                                  {"treat_none", 0}});
        }
    } else {
        doc["net_benefit_reason"] =
            toStd(a.probabilities ? Tr::tr("There are no patients.")
                                  : Tr::tr("Net benefit needs predicted probabilities between 0 and 1."));
    }
    doc["net_benefit"] = netBenefit;

    // Risk distributions per outcome class.
    Json risk = {{"positives", distributionSummary(a.pos)}, {"negatives", distributionSummary(a.neg)}};
    Json histogram = Json::array();
    if (n > 0) {
        double lo = 0.0, hi = 1.0;
        if (!a.probabilities) {
            lo = std::min(a.pos.empty() ? a.neg.front() : a.pos.front(), a.neg.empty() ? a.pos.front() : a.neg.front());
            hi = std::max(a.pos.empty() ? a.neg.back() : a.pos.back(), a.neg.empty() ? a.pos.back() : a.neg.back());
            if (hi == lo)
                hi = lo + 1.0;
        }
        for (int k = 0; k < o.riskBins; ++k) {
            const double from = lo + (hi - lo) * k / o.riskBins;
            const double to = k == o.riskBins - 1 ? hi : lo + (hi - lo) * (k + 1) / o.riskBins;
            auto count = [&](std::span<const double> s) {
                const auto first = std::lower_bound(s.begin(), s.end(), from);
                const auto last = k == o.riskBins - 1 ? s.end() : std::lower_bound(s.begin(), s.end(), to);
                return static_cast<std::int64_t>(last - first);
            };
            histogram.push_back({{"lower", from}, {"upper", to}, {"positives", count(a.pos)}, {"negatives", count(a.neg)}});
        }
    }
    risk["bins"] = histogram;
    doc["risk_distribution"] = risk;
    return doc;
}

bool inUnitInterval(const ClassScores &c)
{
    return c.score.empty() || (c.score.front() >= 0.0 && c.score.back() <= 1.0);
}

} // namespace

QStringList ClinicalMetrics::supportedRequirements()
{
    return {QStringLiteral("urn:veiviser:ai-act:art-15"), QStringLiteral("urn:veiviser:mdr:clinical-evaluation"),
            QStringLiteral("urn:veiviser:hdir:local-validation")};
}

Status ClinicalMetrics::checkOptions(const MetricsOptions &o)
{
    if (!(o.level > 0.5 && o.level < 1.0))
        return Error::input(tr("the confidence level must be between 0.5 and 1 (such as 0.95)"));
    if (o.bootstrapReplicates < 0 || o.bootstrapReplicates == 1 || o.bootstrapReplicates > MetricsOptions::maxBootstrapReplicates)
        return Error::input(tr("the number of bootstrap replicates must be between 2 and %1")
                                .arg(MetricsOptions::maxBootstrapReplicates),
                            tr("2000 is a common choice."));
    if (static_cast<int>(o.thresholds.size()) > MetricsOptions::maxThresholds)
        return Error::input(tr("at most %1 thresholds can be given").arg(MetricsOptions::maxThresholds));
    for (double t : o.thresholds) {
        if (!std::isfinite(t))
            return Error::input(tr("a threshold must be a finite number"));
    }
    if (o.calibrationBins < 1 || o.calibrationBins > 1000 || o.calibrationGroups < 1 || o.calibrationGroups > 1000 ||
        o.riskBins < 1 || o.riskBins > 1000 || o.netBenefitSteps < 1 || o.netBenefitSteps > 9999)
        return Error::input(tr("bin counts must be between 1 and 1000"));
    return {};
}

Result<Json> ClinicalMetrics::compute(Predictions &data, const MetricsOptions &options, const CancellationToken *cancel,
                                      const ProgressSink &progress)
{
    VV_TRY(checkOptions(options));
    ProgressThrottle throttle(progress);
    const bool grouped = !data.groupColumn.isEmpty();
    const int groups = grouped ? static_cast<int>(data.groups.size()) : 0;
    // Steps: sort, overall, comparison, then each subgroup.
    const qint64 totalSteps = 3 + groups;
    qint64 step = 0;
    auto stepDone = [&](const QString &label) {
        throttle.report(++step, totalSteps, label, true);
        return !(cancel && cancel->isCancelled());
    };
    throttle.report(0, totalSteps, tr("Sorting"), true);

    Json doc = Json::object();
    QStringList warnings = data.warnings;

    // The paired comparison needs the rows aligned, so it comes before sorting.
    if (!data.compareColumn.isEmpty()) {
        const PairedAurocComparison c = Discrimination::compare(data.positives.score, data.negatives.score,
                                                                data.positives.compare, data.negatives.compare,
                                                                options.level);
        auto side = [&](const AurocEstimate &e, const QString &column) {
            return Json{{"column", toStd(column)},
                        {"estimate", num(e.auc)},
                        {"ci_lower", num(e.ci.lower)},
                        {"ci_upper", num(e.ci.upper)},
                        {"standard_error", num(e.variance ? std::optional<double>(std::sqrt(*e.variance)) : std::nullopt)}};
        };
        Json cmp = {{"method", "delong_paired"},
                    {"level", options.level},
                    {"score", side(c.first, data.scoreColumn)},
                    {"compare", side(c.second, data.compareColumn)},
                    {"difference", num(c.test.difference)},
                    {"ci_lower", num(c.test.lower)},
                    {"ci_upper", num(c.test.upper)},
                    {"standard_error", num(c.test.standardError)},
                    {"z", num(c.test.z)},
                    {"p_value", num(c.test.pValue)},
                    {"correlation", num(c.correlation)}};
        if (!c.reason.isEmpty())
            cmp["reason"] = toStd(c.reason);
        doc["comparison"] = cmp;
        for (ClassScores *cs : {&data.positives, &data.negatives}) {
            cs->compare.clear();
            cs->compare.shrink_to_fit();
        }
    }

    for (ClassScores *cs : {&data.positives, &data.negatives}) {
        if (grouped)
            sortScoresWithPayload(cs->score, cs->group);
        else
            sortScores(cs->score);
    }
    if (!stepDone(tr("Discrimination")))
        return Error::cancelled();

    const bool probabilities = inUnitInterval(data.positives) && inUnitInterval(data.negatives);
    if (!probabilities)
        warnings << tr("Some scores are outside [0, 1]: the AUROC and thresholds are computed, calibration, Brier "
                       "score and net benefit are not.");
    const ProgressSink bootProgress = options.bootstrapReplicates > 0 ? progress : ProgressSink();
    AurocEstimate overallAuroc;
    auto overall = analyse({data.positives.score, data.negatives.score, options, probabilities, options.seed, 1000,
                            cancel, bootProgress},
                           &overallAuroc);
    if (!overall)
        return overall.error();
    for (auto it = overall->begin(); it != overall->end(); ++it)
        doc[it.key()] = it.value();
    if (!stepDone(tr("Subgroups")))
        return Error::cancelled();

    if (grouped) {
        // Scores arrive sorted with their group ids; bucketing keeps each subgroup sorted.
        std::vector<std::vector<double>> gp(static_cast<std::size_t>(groups)), gn(static_cast<std::size_t>(groups));
        for (std::size_t i = 0; i < data.positives.size(); ++i)
            gp[data.positives.group[i]].push_back(data.positives.score[i]);
        for (std::size_t i = 0; i < data.negatives.size(); ++i)
            gn[data.negatives.group[i]].push_back(data.negatives.score[i]);
        Json subgroups = Json::object();
        std::vector<double> restPos, restNeg;
        for (int g = 0; g < groups; ++g) {
            const auto gi = static_cast<std::size_t>(g);
            AurocEstimate subAuroc;
            auto sub = analyse({gp[gi], gn[gi], options, probabilities,
                                RandomStream::derive(options.seed, static_cast<std::uint64_t>(g) + 1), 200, cancel, {}},
                               &subAuroc);
            if (!sub)
                return sub.error();
            (*sub)["dropped_rows"] = nullptr;
            (*sub)["auroc_difference"] =
                subAuroc.auc && overallAuroc.auc ? Json(*subAuroc.auc - *overallAuroc.auc) : Json(nullptr);
            // Against the other patients (independent samples): an unpaired DeLong test.
            auto rest = [&](const ClassScores &c, std::vector<double> &out) {
                out.clear();
                for (std::size_t i = 0; i < c.size(); ++i) {
                    if (c.group[i] != static_cast<std::uint32_t>(g))
                        out.push_back(c.score[i]);
                }
            };
            rest(data.positives, restPos);
            rest(data.negatives, restNeg);
            const AurocEstimate restAuroc = Discrimination::auroc(restPos, restNeg, options.level);
            const auto u = Discrimination::compareIndependent(subAuroc, restAuroc, options.level);
            (*sub)["versus_rest"] = {{"method", "delong_unpaired"},
                                     {"rest_auroc", num(restAuroc.auc)},
                                     {"difference", num(u.difference)},
                                     {"ci_lower", num(u.lower)},
                                     {"ci_upper", num(u.upper)},
                                     {"z", num(u.z)},
                                     {"p_value", num(u.pValue)}};
            subgroups[toStd(data.groups[g])] = *sub;
            if (!stepDone(tr("Subgroups")))
                return Error::cancelled();
        }
        doc["subgroups"] = subgroups;
    }

    doc["dropped_rows"] = data.dropped;
    doc["rows_read"] = data.rows;
    Json dropped = Json::array();
    for (const DroppedRow &d : data.droppedExamples)
        dropped.push_back({{"line", d.line}, {"reason", toStd(d.reason)}});
    doc["dropped_examples"] = dropped;
    doc["scores_are_probabilities"] = probabilities;
    doc["warnings"] = toJson(warnings);
    doc["input"] = {{"file", toStd(QFileInfo(data.file).absoluteFilePath())},
                    {"file_name", toStd(QFileInfo(data.file).fileName())},
                    {"sha256", data.sha256.isEmpty() ? Json(nullptr) : Json(toStd(data.sha256))},
                    {"bytes", data.bytes},
                    {"delimiter", std::string(1, data.delimiter)},
                    {"decimal", std::string(1, data.decimal)},
                    {"columns", {{"label", toStd(data.labelColumn)},
                                 {"score", toStd(data.scoreColumn)},
                                 {"compare", data.compareColumn.isEmpty() ? Json(nullptr) : Json(toStd(data.compareColumn))},
                                 {"group", data.groupColumn.isEmpty() ? Json(nullptr) : Json(toStd(data.groupColumn))}}},
                    {"positive_class", toStd(data.positiveClass)},
                    {"negative_class", toStd(data.negativeClass)}};
    Json thresholds = Json::array();
    for (double t : options.thresholds)
        thresholds.push_back(t);
    doc["options"] = {{"thresholds", thresholds},
                      {"bootstrap", options.bootstrapReplicates},
                      {"seed", options.seed},
                      {"level", options.level},
                      {"calibration_bins", options.calibrationBins},
                      {"calibration_groups", options.calibrationGroups},
                      {"risk_bins", options.riskBins},
                      {"threshold_rule", "score >= threshold"}};
    doc["program"] = {{"name", "veiviser"}, {"version", VV_VERSION}, {"engine", toStd(engineId())}};
    throttle.report(totalSteps, totalSteps, tr("Done"), true);
    return doc;
}

Result<Json> ClinicalMetrics::run(const QString &csvPath, const CsvOptions &csv, const MetricsOptions &options,
                                  const CancellationToken *cancel, const ProgressSink &progress)
{
    VV_TRY(checkOptions(options));
    // One scale for the whole run: reading is the first 60 %, computing the rest.
    constexpr qint64 scale = 1000;
    ProgressSink reading, computing;
    if (progress) {
        reading = [&progress](qint64 done, qint64 total, const QString &label) {
            progress(total > 0 ? done * 600 / total : 0, scale, label);
        };
        // Stages report steps and the bootstrap its replicates; either way the rest of the bar.
        computing = [&progress](qint64 done, qint64 total, const QString &label) {
            progress(600 + (total > 0 ? done * 400 / total : 0), scale, label);
        };
    }
    auto data = PredictionsCsv::read(csvPath, csv, cancel, reading);
    if (!data)
        return data.error();
    return compute(*data, options, cancel, computing);
}

std::vector<RunMetric> ClinicalMetrics::summary(const Json &r)
{
    auto opt = [](const Json &j, const char *key) -> std::optional<double> {
        if (!j.is_object() || !j.contains(key) || !j[key].is_number())
            return std::nullopt;
        return j[key].get<double>();
    };
    std::vector<RunMetric> out;
    out.push_back({QStringLiteral("n"), opt(r, "n"), {}, {}});
    out.push_back({QStringLiteral("prevalence"), opt(r, "prevalence"), {}, {}});
    const Json auroc = r.value("auroc", Json::object());
    out.push_back({QStringLiteral("auroc"), opt(auroc, "estimate"), opt(auroc, "ci_lower"), opt(auroc, "ci_upper")});
    out.push_back({QStringLiteral("brier"), opt(r, "brier"), {}, {}});
    out.push_back({QStringLiteral("scaled_brier"), opt(r, "scaled_brier"), {}, {}});
    const Json cal = r.value("calibration", Json::object());
    out.push_back({QStringLiteral("calibration_intercept"), opt(cal, "intercept"), opt(cal, "intercept_ci_lower"),
                   opt(cal, "intercept_ci_upper")});
    out.push_back({QStringLiteral("calibration_slope"), opt(cal, "slope"), opt(cal, "slope_ci_lower"),
                   opt(cal, "slope_ci_upper")});
    out.push_back({QStringLiteral("ece"), opt(cal, "ece"), {}, {}});
    for (const Json &t : r.value("thresholds", Json::array())) {
        const QString at = QString::number(t.value("threshold", 0.0), 'g', 10);
        for (const char *m : {"sensitivity", "specificity", "ppv", "npv"}) {
            const Json v = t.value(m, Json::object());
            out.push_back({QString::fromLatin1(m) + QLatin1Char('@') + at, opt(v, "estimate"), opt(v, "ci_lower"),
                           opt(v, "ci_upper")});
        }
    }
    if (r.contains("comparison")) {
        const Json &c = r["comparison"];
        out.push_back({QStringLiteral("auroc_difference"), opt(c, "difference"), opt(c, "ci_lower"), opt(c, "ci_upper")});
    }
    return out;
}

QMap<QString, QString> ClinicalMetrics::engineSettings(const QString &csvPath, const CsvOptions &csv,
                                                      const MetricsOptions &options)
{
    // Numbers as text that reads back to the same double; the engine takes the same keys as --set.
    auto number = [](double v) { return QString::number(v, 'g', QLocale::FloatingPointShortest); };
    QMap<QString, QString> settings{{QStringLiteral("predictions"), csvPath},
                                    {QStringLiteral("label"), csv.labelColumn},
                                    {QStringLiteral("score"), csv.scoreColumn},
                                    {QStringLiteral("decimal"), QString(QLatin1Char(csv.decimal))},
                                    {QStringLiteral("bootstrap"), QString::number(options.bootstrapReplicates)},
                                    {QStringLiteral("seed"), QString::number(options.seed)},
                                    {QStringLiteral("level"), number(options.level)},
                                    {QStringLiteral("drop_invalid"), csv.dropInvalid ? QStringLiteral("true")
                                                                                     : QStringLiteral("false")}};
    // Optional settings left out when empty, as an absent --set would be.
    const std::pair<const char *, QString> optional[] = {{"group", csv.groupColumn},
                                                         {"compare", csv.compareColumn},
                                                         {"positive", csv.positiveLabel}};
    for (const auto &[key, value] : optional)
        if (!value.isEmpty())
            settings.insert(QString::fromLatin1(key), value);
    if (csv.delimiter != 0)
        settings.insert(QStringLiteral("delimiter"), csv.delimiter == '\t' ? QStringLiteral("tab")
                                                                            : QString(QLatin1Char(csv.delimiter)));
    QStringList thresholds;
    for (double t : options.thresholds)
        thresholds << number(t);
    if (!thresholds.isEmpty())
        settings.insert(QStringLiteral("thresholds"), thresholds.join(QLatin1Char(' ')));
    return settings;
}

std::vector<MetricsRow> ClinicalMetrics::table(const Json &r)
{
    const QLocale locale;
    auto number = [&](const Json &v, int decimals = 3) {
        return v.is_number() ? locale.toString(v.get<double>(), 'f', decimals) : tr("not available");
    };
    auto interval = [&](const Json &obj, const char *lo, const char *hi, const QString &method = {}) {
        if (!obj.is_object() || !obj.contains(lo) || !obj[lo].is_number() || !obj[hi].is_number())
            return QString();
        const QString range = tr("%1 to %2").arg(number(obj[lo]), number(obj[hi]));
        return method.isEmpty() ? range : QStringLiteral("%1 (%2)").arg(range, method);
    };
    const int percent = static_cast<int>(std::lround(r.value("auroc", Json::object()).value("level", 0.95) * 100));
    std::vector<MetricsRow> rows;
    rows.push_back({tr("Patients"), number(r.value("n", Json()), 0), {}});
    rows.push_back({tr("With the outcome"),
                    QStringLiteral("%1 (%2 %)").arg(number(r.value("positives", Json()), 0),
                                                    r.value("prevalence", Json()).is_number()
                                                        ? locale.toString(r["prevalence"].get<double>() * 100, 'f', 1)
                                                        : tr("not available")),
                    {}});
    if (r.contains("dropped_rows") && r["dropped_rows"].is_number())
        rows.push_back({tr("Rows left out (invalid)"), number(r["dropped_rows"], 0), {}});
    const Json auroc = r.value("auroc", Json::object());
    const QString method = auroc.value("method", std::string()) == "bootstrap"
                               ? tr("bootstrap, %1 %").arg(percent)
                               : tr("DeLong, %1 %").arg(percent);
    rows.push_back({tr("AUROC"), number(auroc.value("estimate", Json())), interval(auroc, "ci_lower", "ci_upper", method)});
    rows.push_back({tr("Brier score"), number(r.value("brier", Json())), {}});
    rows.push_back({tr("Scaled Brier score"), number(r.value("scaled_brier", Json())), {}});
    const Json cal = r.value("calibration", Json::object());
    const QString wald = tr("Wald, %1 %").arg(percent);
    rows.push_back({tr("Calibration intercept (ideal 0)"), number(cal.value("intercept", Json())),
                    interval(cal, "intercept_ci_lower", "intercept_ci_upper", wald)});
    rows.push_back({tr("Calibration slope (ideal 1)"), number(cal.value("slope", Json())),
                    interval(cal, "slope_ci_lower", "slope_ci_upper", wald)});
    rows.push_back({tr("ECE (%1 bins)").arg(cal.value("ece_bins", 10)), number(cal.value("ece", Json())), {}});
    const QString wilson = tr("Wilson, %1 %").arg(percent);
    for (const Json &t : r.value("thresholds", Json::array())) {
        const QString at = locale.toString(t.value("threshold", 0.0), 'g', 6);
        const std::pair<const char *, QString> measures[] = {{"sensitivity", tr("Sensitivity at score ≥ %1").arg(at)},
                                                             {"specificity", tr("Specificity at score ≥ %1").arg(at)},
                                                             {"ppv", tr("PPV at score ≥ %1").arg(at)},
                                                             {"npv", tr("NPV at score ≥ %1").arg(at)}};
        for (const auto &[key, label] : measures) {
            const Json v = t.value(key, Json::object());
            rows.push_back({label, number(v.value("estimate", Json())), interval(v, "ci_lower", "ci_upper", wilson)});
        }
    }
    if (r.contains("comparison")) {
        const Json &c = r["comparison"];
        const QString a = QString::fromStdString(c["score"].value("column", std::string()));
        const QString b = QString::fromStdString(c["compare"].value("column", std::string()));
        rows.push_back({tr("AUROC of %1").arg(b), number(c["compare"].value("estimate", Json())),
                        interval(c["compare"], "ci_lower", "ci_upper", method)});
        QString p = c.value("p_value", Json()).is_number() ? tr("p = %1").arg(locale.toString(c["p_value"].get<double>(), 'g', 3))
                                                           : QString();
        rows.push_back({tr("AUROC difference, %1 − %2").arg(a, b), number(c.value("difference", Json())),
                        QStringLiteral("%1 %2").arg(interval(c, "ci_lower", "ci_upper", tr("paired DeLong, %1 %").arg(percent)), p)
                            .trimmed()});
    }
    if (r.contains("subgroups")) {
        for (auto it = r["subgroups"].begin(); it != r["subgroups"].end(); ++it) {
            const QString name = it.key().empty() ? tr("(blank)") : QString::fromStdString(it.key());
            const Json &a = it.value()["auroc"];
            rows.push_back({tr("AUROC, %1 = %2 (n = %3)")
                                .arg(QString::fromStdString(r.value("input", Json::object())
                                                                  .value("columns", Json::object())
                                                                  .value("group", std::string())),
                                     name,
                                     number(it.value().value("n", Json()), 0)),
                            number(a.value("estimate", Json())), interval(a, "ci_lower", "ci_upper", method)});
        }
    }
    return rows;
}

} // namespace vv::validation
