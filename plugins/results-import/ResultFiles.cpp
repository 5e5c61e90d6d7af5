// The result files of evaluation tools users run themselves: EleutherAI lm-evaluation-harness (results_*.json, with
// its per-sample files in LmEvalSamples.cpp), inspect_ai (JSON logs and .eval ZIP logs, read with libarchive; log
// versions 1 and 2) and EuroEval (.jsonl with current and pre-17.0 lines, or one Every Eval Ever record as .json).
// Each file becomes a test run with its metrics, their intervals and the tool's provenance. Intervals are honest: a
// proportion of known n gets Veiviser's Wilson interval; otherwise the tool's interval is kept, marked as the tool's,
// clipped to the metric's range, and dropped when it has no width.
// The files are untrusted: sizes are bounded, every field is checked before use, and format versions Veiviser does
// not know are refused by name rather than half-read.

#include "ResultFiles.h"
#include "ResultFilesShared.h"

#include "core/RegularFile.h"
#include "core/Sha256.h"
#include "validation/Statistics.h"
#include "validation/TestSuite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <set>

namespace vv::validation {

namespace results {

const Json &field(const Json &obj, const char *key)
{
    static const Json none;
    if (!obj.is_object())
        return none;
    const auto it = obj.find(key);
    return it == obj.end() ? none : *it;
}

std::optional<double> number(const Json &v)
{
    if (v.is_number() && std::isfinite(v.get<double>()))
        return v.get<double>();
    return std::nullopt;
}

Error fileError(const QString &path, int line, const QString &what, const QString &hint)
{
    return Error::input(what, hint, SourceLocation{path, line, 0});
}

} // namespace results

QByteArray nonFiniteAsNull(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 3 + 1);
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < json.size())
                out.append(json[++i]); // an escaped quote does not end the string
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            out.append(c);
            continue;
        }
        const QByteArrayView rest = json.sliced(i);
        const qsizetype token = rest.startsWith("NaN") ? 3 : rest.startsWith("Infinity") ? 8
                              : rest.startsWith("-Infinity") ? 9 : 0;
        if (token > 0) {
            out.append("null");
            i += token - 1;
        } else {
            out.append(c);
        }
    }
    return out;
}

using results::field;
using results::fileError;
using results::number;

namespace {

// A plain JSON file is parsed whole; nlohmann needs several times the text in memory, so the limits stay modest.
constexpr qint64 maxFileBytes = 64ll << 20;
constexpr qint64 maxEntryBytes = 32ll << 20;      ///< one member of a .eval ZIP, or one EuroEval line
constexpr qint64 maxUnpackedBytes = 128ll << 20;  ///< all members of a .eval ZIP together (ZIP bombs)
constexpr int maxEntries = 100000;
constexpr double z95 = 1.959963984540054;

QString knownFormatsHint()
{
    return ImportText::tr("Give an lm-evaluation-harness results_*.json, an inspect_ai log (.json or .eval), a "
                          "EuroEval .jsonl file, or one Every Eval Ever record saved alone as .json.");
}

// Reads the ZIP through the descriptor already checked to be a regular file.
Result<Json> readInspectZip(QFile &file, const QString &path)
{
    std::unique_ptr<archive, decltype(&archive_read_free)> a(archive_read_new(), archive_read_free);
    archive_read_support_format_zip(a.get());
    const QString hint = ImportText::tr("Write the log again with inspect_ai, or export it with --log-format=json.");
    // QFile's buffered peek moved the descriptor; libarchive reads it from the start.
    if (::lseek(file.handle(), 0, SEEK_SET) != 0 || archive_read_open_fd(a.get(), file.handle(), 1 << 16) != ARCHIVE_OK)
        return fileError(path, 0, ImportText::tr("not a readable .eval (ZIP) log: %1")
                                      .arg(QString::fromUtf8(archive_error_string(a.get()))), hint);
    Json header;
    Json samples = Json::array();
    archive_entry *entry = nullptr;
    int entries = 0;
    qint64 unpacked = 0;
    int rc = ARCHIVE_OK;
    while ((rc = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK) {
        if (++entries > maxEntries)
            return fileError(path, 0, ImportText::tr("the log has more than %1 entries").arg(maxEntries), hint);
        const QString name = QString::fromUtf8(archive_entry_pathname(entry));
        const bool isHeader = name == QStringLiteral("header.json");
        const bool isSample = name.startsWith(QStringLiteral("samples/")) && name.endsWith(QStringLiteral(".json"));
        if (!isHeader && !isSample)
            continue;
        const QString tooLarge = ImportText::tr("%1 in the log is larger than %2 MiB").arg(name).arg(maxEntryBytes >> 20);
        if (archive_entry_size_is_set(entry) && archive_entry_size(entry) > maxEntryBytes)
            return fileError(path, 0, tooLarge, hint);
        QByteArray data;
        char buffer[1 << 16];
        la_ssize_t n = 0;
        while ((n = archive_read_data(a.get(), buffer, sizeof buffer)) > 0) {
            data.append(buffer, static_cast<qsizetype>(n));
            unpacked += n;
            if (data.size() > maxEntryBytes)
                return fileError(path, 0, tooLarge, hint);
            if (unpacked > maxUnpackedBytes)
                return fileError(path, 0, ImportText::tr("the log unpacks to more than %1 MiB").arg(maxUnpackedBytes >> 20),
                                 ImportText::tr("Import a smaller log, or export its results with --log-format=json."));
        }
        if (n < 0)
            return fileError(path, 0, ImportText::tr("%1 in the log cannot be read: %2")
                                          .arg(name, QString::fromUtf8(archive_error_string(a.get()))), hint);
        auto doc = parseJson(nonFiniteAsNull(data), path + QLatin1Char(':') + name);
        if (!doc)
            return doc.error();
        if (isHeader)
            header = std::move(*doc);
        else
            samples.push_back(std::move(*doc));
    }
    if (rc != ARCHIVE_EOF)
        return fileError(path, 0, ImportText::tr("the ZIP file is damaged: %1")
                                      .arg(QString::fromUtf8(archive_error_string(a.get()))), hint);
    if (!header.is_object())
        return fileError(path, 0, ImportText::tr("the ZIP file has no header.json, so it is not an inspect_ai .eval log"),
                         knownFormatsHint());
    header["samples"] = std::move(samples);
    return header;
}

/// A line of EuroEval before 17.0 (results.total with test_<metric> and test_<metric>_se, the 95 % half-width) in the
/// form of the current records, as EuroEval 17 converts it itself, so that one file can mix both.
std::optional<Json> legacyEuroEvalRecord(const Json &line)
{
    const Json &total = field(field(line, "results"), "total");
    if (!total.is_object() || !field(line, "dataset").is_string() || !field(line, "model").is_string())
        return std::nullopt;
    Json results = Json::array();
    for (const auto &[key, value] : total.items()) {
        if (!key.starts_with("test_") || key.ends_with("_se"))
            continue;
        Json details = {{"score", value}};
        if (const auto se = number(field(total, (key + "_se").c_str())))
            details["legacy_half_width"] = *se;
        results.push_back({{"evaluation_name", key},
                           {"source_data", {{"dataset_name", field(line, "dataset")}}},
                           {"score_details", std::move(details)}});
    }
    Json version = field(line, "euroeval_version");
    if (!version.is_string())
        version = field(line, "scandeval_version");
    return Json{{"schema_version", "legacy"},
                {"evaluation_id", nullptr},
                {"model_info", {{"name", field(line, "model")}}},
                {"eval_library", {{"name", "euroeval"}, {"version", version}}},
                {"evaluation_results", std::move(results)}};
}

/// One EuroEval record (a current one, or a pre-17.0 line converted), checked.
Result<Json> euroEvalRecord(Json doc, const QString &path, int line)
{
    if (doc.is_object() && !doc.contains("evaluation_results"))
        if (auto legacy = legacyEuroEvalRecord(doc))
            doc = std::move(*legacy);
    if (!doc.is_object() || !field(doc, "evaluation_results").is_array())
        return fileError(path, line, ImportText::tr("the line is not a EuroEval result record (it has neither an "
                                                    "evaluation_results list nor the results.total of EuroEval "
                                                    "before 17.0)"), knownFormatsHint());
    const QString version = jsonString(doc, "schema_version");
    if (version != QStringLiteral("legacy") && !version.startsWith(QStringLiteral("0.")))
        return fileError(path, line, ImportText::tr("EuroEval schema version '%1' is not supported; Veiviser "
                                                    "reads schema versions 0.x and the lines of EuroEval before "
                                                    "17.0").arg(version),
                         ImportText::tr("Update Veiviser, or write the results with a EuroEval version whose "
                                        "schema version is 0.x."));
    doc["_line"] = line;
    return doc;
}

Result<Json> readEuroEvalLines(QFile &f, const QString &path)
{
    Json records = Json::array();
    int line = 0;
    while (!f.atEnd()) {
        QByteArray text = f.readLine(maxEntryBytes + 1);
        ++line;
        if (text.size() > maxEntryBytes)
            return fileError(path, line, ImportText::tr("the line is longer than %1 MiB").arg(maxEntryBytes >> 20),
                             ImportText::tr("Check that this is a EuroEval results file."));
        text = text.trimmed();
        if (text.isEmpty())
            continue;
        auto doc = parseJson(nonFiniteAsNull(text), path);
        if (!doc)
            return doc.error().at(SourceLocation{path, line, doc.error().where().column});
        auto record = euroEvalRecord(std::move(*doc), path, line);
        if (!record)
            return record.error();
        records.push_back(std::move(*record));
        if (records.size() > static_cast<std::size_t>(maxEntries))
            return fileError(path, line, ImportText::tr("the file has more than %1 records").arg(maxEntries),
                             ImportText::tr("Split the file."));
    }
    if (records.empty())
        return fileError(path, 0, ImportText::tr("the file holds no EuroEval results"),
                         ImportText::tr("Run EuroEval first, or give the file it wrote."));
    return records;
}

QString euroEvalVersions(const Json &records)
{
    std::set<std::string> versions;
    for (const Json &r : records)
        versions.insert(toStd(jsonString(r, "schema_version")));
    QStringList names;
    for (const std::string &v : versions)
        names << fromStd(v);
    return names.join(QStringLiteral(", "));
}

/// Log version 1 kept one scorer (results.scorer, results.metrics) and one score per sample (score); inspect_ai
/// converts them to results.scores and samples' scores on reading, and so does Veiviser.
void migrateInspectVersion1(Json &doc)
{
    Json &results = doc["results"];
    if (!results.is_object() || !results.contains("scorer") || results.contains("scores"))
        return;
    Json score = results["scorer"];
    if (!score.is_object())
        return;
    if (results.contains("metrics"))
        score["metrics"] = results["metrics"];
    score["scorer"] = field(score, "name");
    results["scores"] = Json::array({score});
    const std::string scorer = toStd(jsonString(score, "name", QStringLiteral("score")));
    if (doc["samples"].is_array())
        for (Json &sample : doc["samples"])
            if (sample.is_object() && sample.contains("score") && !sample.contains("scores"))
                sample["scores"] = {{scorer, sample["score"]}};
}

Status checkInspect(const QString &path, ResultFile &out)
{
    const Json &v = field(out.doc, "version");
    if (!v.is_number_integer() || v.get<qint64>() < 1 || v.get<qint64>() > 2)
        return fileError(path, 0, ImportText::tr("inspect_ai log format version %1 is not supported; Veiviser reads "
                                                 "versions 1 and 2").arg(fromStd(v.dump())),
                         ImportText::tr("Convert the log with 'inspect log convert' from an inspect_ai that writes "
                                        "version 2, or update Veiviser."));
    out.formatName = QStringLiteral("inspect_ai");
    out.formatVersion = QString::number(v.get<qint64>());
    if (v.get<qint64>() == 1)
        migrateInspectVersion1(out.doc);
    const Json &scores = field(field(out.doc, "results"), "scores");
    if (!field(out.doc, "eval").is_object() || !(scores.is_array() || scores.is_null()) ||
        !(field(out.doc, "samples").is_array() || field(out.doc, "samples").is_null()))
        return fileError(path, 0, ImportText::tr("the inspect_ai log lacks an eval object, or its results.scores or "
                                                 "samples are not lists"), knownFormatsHint());
    if (out.doc.contains("samples") && out.doc["samples"].size() > static_cast<std::size_t>(maxEntries))
        return fileError(path, 0, ImportText::tr("the log has more than %1 samples").arg(maxEntries),
                         ImportText::tr("Split the evaluation."));
    return {};
}

// Read by structure, not by version string: a development version (0.5) that writes the same results object is read
// like 0.4. Only 0.3 and older, which have neither configs nor lm_eval_version, are refused by name.
Status checkLmEval(const QString &path, ResultFile &out)
{
    const Json &version = field(out.doc, "lm_eval_version");
    out.formatName = QStringLiteral("lm-evaluation-harness");
    if (version.is_string()) {
        out.formatVersion = fromStd(version.get<std::string>());
    } else if (!field(out.doc, "configs").is_object()) {
        return fileError(path, 0, ImportText::tr("the lm-evaluation-harness file has no lm_eval_version and no "
                                                 "configs, so it comes from version 0.3 or older, which Veiviser "
                                                 "does not read"),
                         ImportText::tr("Run the evaluation with lm-evaluation-harness 0.4."));
    } else {
        out.formatVersion = QStringLiteral("0.4");
    }
    for (const auto &[task, metrics] : out.doc["results"].items())
        if (!metrics.is_object())
            return fileError(path, 0, ImportText::tr("results.%1 is not an object of metrics").arg(fromStd(task)),
                             ImportText::tr("Check that the file was written by lm-evaluation-harness."));
    return {};
}

/// The range a metric's values can take, where it is known.
struct MetricRange {
    double lower;
    double upper;
};

/// A metric being imported, with the record of where its value and interval came from.
struct ImportedMetric {
    RunMetric metric;
    Json detail;
};

/// A metric with its value; one whose value is missing, NaN or infinite is listed as not computed.
ImportedMetric importedMetric(const QString &name, std::optional<double> value)
{
    ImportedMetric m{{name, value, std::nullopt, std::nullopt},
                     {{"name", toStd(name)}, {"value", value ? Json(*value) : Json(nullptr)}}};
    if (!value)
        m.detail["not_computed"] = true;
    return m;
}

/// Veiviser's own Wilson interval for a proportion of n cases, as its own runs have; false when the value is not a
/// whole number of cases out of n (0 when n is unknown).
bool setWilson(ImportedMetric &m, qint64 n)
{
    if (!m.metric.value || n <= 0 || *m.metric.value < 0 || *m.metric.value > 1)
        return false;
    const double cases = *m.metric.value * static_cast<double>(n);
    const double k = std::round(cases);
    if (std::abs(cases - k) > 1e-6)
        return false;
    const Interval interval = wilsonInterval(static_cast<qint64>(k), n, 0.95);
    if (!interval.lower || !interval.upper)
        return false;
    m.metric.ciLower = interval.lower;
    m.metric.ciUpper = interval.upper;
    m.detail["ci_lower"] = *interval.lower;
    m.detail["ci_upper"] = *interval.upper;
    m.detail["n"] = n;
    m.detail["ci_source"] = "veiviser";
    m.detail["ci_method"] = "Wilson score interval, 95 %, computed by Veiviser from the proportion and n";
    return true;
}

/// The tool's own interval, marked as such: clipped to the metric's range where the range is known and holds the
/// value, and dropped when it has no width, since a zero-width interval would claim a certainty no sample gives.
void setToolInterval(ImportedMetric &m, std::optional<double> lower, std::optional<double> upper,
                     std::optional<MetricRange> range, const Json &method)
{
    if (!m.metric.value || !lower || !upper)
        return;
    m.detail["ci_source"] = "tool";
    m.detail["ci_method"] = method;
    const double value = *m.metric.value;
    if (range && value >= range->lower && value <= range->upper &&
        (*lower < range->lower || *upper > range->upper)) {
        m.detail["ci_tool"] = {*lower, *upper};
        m.detail["ci_clipped_to"] = {range->lower, range->upper};
        lower = std::max(*lower, range->lower);
        upper = std::min(*upper, range->upper);
    }
    if (!(*upper > *lower)) {
        m.detail["ci_dropped"] = "zero width";
        return;
    }
    m.metric.ciLower = lower;
    m.metric.ciUpper = upper;
    m.detail["ci_lower"] = *lower;
    m.detail["ci_upper"] = *upper;
}

/// The normal-approximation 95 % interval from a tool's standard error, as the tool's own interval.
void setStderrInterval(ImportedMetric &m, std::optional<double> se, std::optional<MetricRange> range)
{
    if (!se || *se < 0 || !m.metric.value)
        return;
    m.detail["stderr"] = *se;
    setToolInterval(m, *m.metric.value - z95 * *se, *m.metric.value + z95 * *se, range,
                    "normal approximation from the tool's standard error, 95 %");
}

struct ImportedMetrics {
    std::vector<RunMetric> metrics;
    Json details = Json::array();

    void add(ImportedMetric &&m)
    {
        metrics.push_back(std::move(m.metric));
        details.push_back(std::move(m.detail));
    }

    /// A EuroEval file collects every run appended to it, so a model evaluated again on a dataset has a later line
    /// with the same metrics: the later line replaces the earlier one, and its detail names the line replaced.
    void addOrReplace(ImportedMetric &&m)
    {
        const auto same = std::find_if(metrics.begin(), metrics.end(),
                                       [&](const RunMetric &r) { return r.name == m.metric.name; });
        if (same == metrics.end())
            return add(std::move(m));
        const std::size_t i = static_cast<std::size_t>(same - metrics.begin());
        m.detail["replaces_line"] = details[i].value("line", Json());
        *same = std::move(m.metric);
        details[i] = std::move(m.detail);
    }
};

// The metrics lm-eval reports as proportions of the task's documents.
bool isLmEvalProportion(const std::string &metric)
{
    return metric == "acc" || metric == "acc_norm" || metric == "exact_match" || metric == "acc_mutual_info";
}

// The range of lm-eval's metrics where it is known; sacrebleu's scores are in per cent.
std::optional<MetricRange> lmEvalRange(const std::string &metric)
{
    if (isLmEvalProportion(metric) || metric == "f1" || metric == "brier_score")
        return MetricRange{0.0, 1.0};
    if (metric == "mcc")
        return MetricRange{-1.0, 1.0};
    if (metric == "bleu" || metric == "chrf" || metric == "ter")
        return MetricRange{0.0, 100.0};
    return std::nullopt;
}

ImportedMetrics lmEvalMetrics(const Json &d)
{
    ImportedMetrics out;
    for (const auto &[task, metrics] : field(d, "results").items()) {
        const Json &samples = field(field(d, "n-samples"), task.c_str());
        const Json &effective = field(samples, "effective");
        const qint64 n = effective.is_number_integer() ? effective.get<qint64>() : 0;
        for (const auto &[key, value] : metrics.items()) {
            const auto comma = key.find(',');
            const std::string metric = key.substr(0, comma);
            // alias, name and sample_len describe the task; they are not metrics.
            if (metric == "alias" || metric == "name" || metric == "sample_len" || metric.ends_with("_stderr") ||
                !(value.is_number() || value.is_null()))
                continue;
            const std::string filter = comma == std::string::npos ? std::string() : key.substr(comma);
            std::string name = task + "/" + key;
            if (filter == ",none") // the metric without a filter; other filters stay in the name
                name.resize(name.size() - filter.size());
            ImportedMetric m = importedMetric(fromStd(name), number(value));
            if (!(isLmEvalProportion(metric) && setWilson(m, n)))
                setStderrInterval(m, number(field(metrics, (metric + "_stderr" + filter).c_str())), lmEvalRange(metric));
            out.add(std::move(m));
        }
    }
    return out;
}

/// The number of samples behind an inspect_ai accuracy when each sample was scored once, else 0: results'
/// completed_samples, or the samples of the log (version 1 logs have no count).
qint64 inspectSampleCount(const Json &d)
{
    const Json &epochs = field(field(field(d, "eval"), "config"), "epochs");
    if (!(epochs.is_null() || epochs == 1))
        return 0;
    const Json &completed = field(field(d, "results"), "completed_samples");
    if (completed.is_number_integer())
        return completed.get<qint64>();
    const Json &samples = field(d, "samples");
    return samples.is_array() ? static_cast<qint64>(samples.size()) : 0;
}

ImportedMetrics inspectMetrics(const Json &d)
{
    ImportedMetrics out;
    const qint64 n = inspectSampleCount(d);
    for (const Json &score : field(field(d, "results"), "scores")) {
        const std::string scorer = toStd(jsonString(score, "name", QStringLiteral("score")));
        const Json &metrics = field(score, "metrics");
        if (!metrics.is_object())
            continue;
        const auto se = number(field(field(metrics, "stderr"), "value"));
        for (const auto &[name, m] : metrics.items()) {
            if (name == "stderr")
                continue;
            ImportedMetric metric = importedMetric(fromStd(scorer + "/" + name), number(field(m, "value")));
            if (name == "accuracy") {
                if (!setWilson(metric, n))
                    setStderrInterval(metric, se, MetricRange{0.0, 1.0});
            } else if (name == "mean") {
                setStderrInterval(metric, se, std::nullopt);
            }
            out.add(std::move(metric));
        }
    }
    return out;
}

// EuroEval reports scores in per cent; its metric_config gives 0-100 even for the MCC, whose range is -100 to 100.
std::optional<MetricRange> euroEvalRange(const std::string &name, const Json &config, bool legacy)
{
    if (name.find("mcc") != std::string::npos)
        return MetricRange{-100.0, 100.0};
    const auto lower = number(field(config, "min_score"));
    const auto upper = number(field(config, "max_score"));
    if (lower && upper)
        return MetricRange{*lower, *upper};
    if (legacy && name.find("speed") == std::string::npos)
        return MetricRange{0.0, 100.0};
    return std::nullopt;
}

ImportedMetrics euroEvalMetrics(const Json &d)
{
    ImportedMetrics out;
    std::set<std::string> models;
    for (const Json &record : d)
        models.insert(toStd(jsonString(field(record, "model_info"), "name", QStringLiteral("?"))));
    for (const Json &record : d) {
        const bool legacy = jsonString(record, "schema_version") == QStringLiteral("legacy");
        // euroeval_benchmark_results.jsonl collects runs of many models; the model then names the metric.
        const std::string prefix = models.size() > 1
            ? toStd(jsonString(field(record, "model_info"), "name", QStringLiteral("?"))) + "/" : std::string();
        const QString libraryDataset = jsonString(field(field(record, "eval_library"), "additional_details"),
                                                  "dataset", QStringLiteral("?"));
        for (const Json &r : field(record, "evaluation_results")) {
            const std::string dataset = toStd(jsonString(field(r, "source_data"), "dataset_name", libraryDataset));
            const std::string name = toStd(jsonString(r, "evaluation_name", QStringLiteral("score")));
            const Json &scoreDetails = field(r, "score_details");
            const Json &score = field(scoreDetails, "score");
            if (!(score.is_number() || score.is_null()))
                continue;
            ImportedMetric m = importedMetric(fromStd(prefix + dataset + "/" + name), number(score));
            m.detail["line"] = field(record, "_line");
            const auto range = euroEvalRange(name, field(r, "metric_config"), legacy);
            if (const auto half = number(field(scoreDetails, "legacy_half_width")); half && m.metric.value) {
                setToolInterval(m, *m.metric.value - *half, *m.metric.value + *half, range,
                                "the tool's test_<metric>_se, a 95 % half-width (EuroEval before 17.0)");
                m.detail["confidence_level"] = 0.95;
            } else {
                const Json &uncertainty = field(scoreDetails, "uncertainty");
                const Json &ci = field(uncertainty, "confidence_interval");
                setToolInterval(m, number(field(ci, "lower")), number(field(ci, "upper")), range, field(ci, "method"));
                if (m.detail.contains("ci_source"))
                    m.detail["confidence_level"] = field(ci, "confidence_level");
                m.detail["num_samples"] = field(uncertainty, "num_samples");
            }
            out.addOrReplace(std::move(m));
        }
    }
    return out;
}

/// The file's metrics, or the error that no import of it can get past.
Result<ImportedMetrics> fileMetrics(const ResultFile &file, const QString &path)
{
    ImportedMetrics out;
    switch (file.format) {
    case ResultFile::Format::LmEval:
        out = lmEvalMetrics(file.doc);
        break;
    case ResultFile::Format::Inspect:
        out = inspectMetrics(file.doc);
        break;
    case ResultFile::Format::EuroEval:
        out = euroEvalMetrics(file.doc);
        break;
    }
    if (std::none_of(out.metrics.begin(), out.metrics.end(), [](const RunMetric &m) { return m.value.has_value(); }))
        return fileError(path, 0, ImportText::tr("the file holds no numeric results"),
                         ImportText::tr("Check that the evaluation finished and wrote its scores."));
    return out;
}

/// Whether inspect_ai scored a sample or recorded its error. A log may keep a sample with neither (scores null, no
/// error: inspect_ai's own test logs have one); it was not tested as far as the log tells, so it is no case, neither
/// an errored one nor a passed one.
bool inspectSampleIsCase(const Json &sample)
{
    const Json &scores = field(sample, "scores");
    return (scores.is_object() && !scores.empty()) || !field(sample, "error").is_null();
}

qint64 inspectCaseCount(const Json &doc)
{
    const Json &samples = field(doc, "samples");
    return samples.is_array() ? std::count_if(samples.begin(), samples.end(), inspectSampleIsCase) : 0;
}

/// The text of an inspect_ai message's content: a string, or the text parts of a list of content parts joined
/// (images, audio and the model's reasoning are no text a rater reads).
QString inspectContentText(const Json &content)
{
    if (content.is_string())
        return fromStd(content.get<std::string>());
    QStringList parts;
    if (content.is_array())
        for (const Json &part : content)
            if (field(part, "type") == "text" && field(part, "text").is_string())
                parts << fromStd(field(part, "text").get<std::string>());
    return parts.join(QStringLiteral("\n\n"));
}

/// The model's answer to an inspect_ai sample: output.completion, else the text of its first choice's message.
std::optional<QString> inspectAnswer(const Json &sample)
{
    const Json &output = field(sample, "output");
    if (const Json &completion = field(output, "completion"); completion.is_string() && !completion.empty())
        return fromStd(completion.get<std::string>());
    const Json &choices = field(output, "choices");
    if (choices.is_array() && !choices.empty())
        if (QString text = inspectContentText(field(field(choices.front(), "message"), "content")); !text.isEmpty())
            return text;
    return std::nullopt;
}

/// The conversation the model was given, as role and content pairs (what a rating round shows a rater): the sample's
/// messages without the model's final reply, else its input (a string is one user message).
Json inspectConversation(const Json &sample)
{
    Json out = Json::array();
    const auto add = [&out](const Json &m) {
        const Json &role = field(m, "role");
        out.push_back({{"role", role.is_string() ? role : Json("user")},
                       {"content", toStd(inspectContentText(field(m, "content")))}});
    };
    const Json &messages = field(sample, "messages");
    if (messages.is_array() && !messages.empty()) {
        std::size_t end = messages.size();
        if (field(messages[end - 1], "role") == "assistant")
            --end;
        for (std::size_t i = 0; i < end; ++i)
            add(messages[i]);
        return out;
    }
    const Json &input = field(sample, "input");
    if (input.is_string())
        out.push_back({{"role", "user"}, {"content", input}});
    else if (input.is_array())
        for (const Json &m : input)
            add(m);
    return out;
}

/// An inspect_ai sample's verdict: "C" correct, "I" incorrect, numbers 1 and 0, true and false. The answer and the
/// conversation are kept with it, so that clinicians can rate an imported run's answers as they rate a suite's.
CaseResult inspectCase(const Json &sample)
{
    CaseResult c;
    const Json &id = field(sample, "id");
    const Json &epoch = field(sample, "epoch");
    c.caseId = (id.is_string() ? fromStd(id.get<std::string>()) : fromStd(id.dump())) + QStringLiteral("#") +
               (epoch.is_number_integer() ? QString::number(epoch.get<qint64>()) : QStringLiteral("1"));
    const Json &scores = field(sample, "scores");
    bool allPassed = true;
    int count = 0;
    double sum = 0;
    // Each scorer's verdict also in the form the suites' graders give theirs, so that a comparison of two imported
    // runs can say why a case failed (the scorer's explanation).
    Json verdicts = Json::array();
    if (scores.is_object()) {
        for (const auto &[scorer, score] : scores.items()) {
            const Json &v = field(score, "value");
            ++count;
            bool passed = false;
            if (v.is_string()) {
                // inspect_ai's letters: C correct, P partially correct (0.5, as its value_to_float counts it), I
                // incorrect, N no answer.
                const std::string letter = v.get<std::string>();
                passed = letter == "C";
                sum += letter == "C" ? 1.0 : letter == "P" ? 0.5 : 0.0;
            } else if (v.is_boolean()) {
                passed = v.get<bool>();
                sum += v.get<bool>() ? 1.0 : 0.0;
            } else if (auto n = number(v)) {
                passed = *n >= 1.0;
                sum += *n;
            }
            allPassed = allPassed && passed;
            const Json &explanation = field(score, "explanation");
            verdicts.push_back({{"grader", scorer}, {"passed", passed},
                                {"reason", explanation.is_string() ? explanation : Json("")}, {"graded_by", "inspect_ai"}});
        }
    }
    const bool errored = count == 0 || !field(sample, "error").is_null();
    c.status = errored ? CaseStatus::Errored : allPassed ? CaseStatus::Passed : CaseStatus::Failed;
    if (count > 0)
        c.score = sum / count;
    c.detail = {{"scores", scores.is_object() ? scores : Json::object()}, {"target", field(sample, "target")},
                {"verdicts", std::move(verdicts)}};
    if (!field(sample, "error").is_null()) {
        c.detail["error"] = field(sample, "error");
        return c;
    }
    if (const std::optional<QString> answer = inspectAnswer(sample)) {
        c.detail["output"] = toStd(*answer);
        if (Json conversation = inspectConversation(sample); !conversation.empty())
            c.detail["messages"] = std::move(conversation);
    }
    return c;
}

Result<qint64> importCases(const ResultFile &file, const EngineRequest &request, const EngineSession &session)
{
    qint64 cases = 0;
    const auto record = [&](const CaseResult &c) -> Status {
        if (!request.finishedCaseIds.contains(c.caseId))
            VV_TRY(session.recordCase(c));
        ++cases;
        return {};
    };
    if (file.format == ResultFile::Format::Inspect && field(file.doc, "samples").is_array()) {
        for (const Json &sample : file.doc["samples"]) {
            if (session.isCancelled())
                return Error::cancelled();
            if (inspectSampleIsCase(sample))
                VV_TRY(record(inspectCase(sample)));
        }
    }
    for (const SamplesFile &samples : file.samples)
        VV_TRY(results::forEachSample(samples, record, &session));
    return cases;
}

Result<EngineOutcome> importChecked(const ResultFile &file, const QString &path, const EngineRequest &request,
                                   const EngineSession &session)
{
    auto metrics = fileMetrics(file, path);
    if (!metrics)
        return metrics.error();
    auto cases = importCases(file, request, session);
    if (!cases)
        return cases.error();
    EngineOutcome outcome;
    outcome.metrics = std::move(metrics->metrics);
    if (session.log)
        session.log(ImportText::tr("Metrics imported: %1").arg(outcome.metrics.size()));
    // An evaluation that inspect_ai reports as failed or cancelled still has scores, but for fewer samples than
    // planned; the run says so rather than passing them off as a finished evaluation.
    const QString inspectStatus = jsonString(file.doc, "status");
    if (file.format == ResultFile::Format::Inspect && inspectStatus != QStringLiteral("success") && session.log)
        session.log(ImportText::tr("The inspect_ai log has the status '%1', not 'success': the evaluation did not "
                                   "finish.").arg(inspectStatus));
    outcome.result = {{"format", toStd(file.formatName)},
                      {"format_version", toStd(file.formatVersion)},
                      {"metrics", std::move(metrics->details)},
                      {"samples_imported", *cases}};
    if (file.format == ResultFile::Format::Inspect) {
        outcome.result["inspect_status"] = toStd(inspectStatus);
        const qint64 kept = field(file.doc, "samples").is_array() ? static_cast<qint64>(file.doc["samples"].size()) : 0;
        outcome.result["samples_not_scored"] = kept - inspectCaseCount(file.doc);
    }
    return outcome;
}

Result<ResultFile> readJsonResults(QFile &f, const QString &path)
{
    auto doc = parseJson(nonFiniteAsNull(f.readAll()), path);
    if (!doc)
        return doc.error();
    ResultFile out;
    out.doc = std::move(*doc);
    if (field(out.doc, "eval").is_object() && out.doc.contains("version")) {
        out.format = ResultFile::Format::Inspect;
    } else if (field(out.doc, "results").is_object() &&
               (out.doc.contains("lm_eval_version") || out.doc.contains("versions") || out.doc.contains("configs"))) {
        out.format = ResultFile::Format::LmEval;
    } else if (field(out.doc, "evaluation_results").is_array()) {
        // One Every Eval Ever record saved alone, the schema EuroEval's lines follow.
        auto record = euroEvalRecord(std::move(out.doc), path, 1);
        if (!record)
            return record.error();
        out.doc = Json::array({std::move(*record)});
        out.format = ResultFile::Format::EuroEval;
        out.formatName = QStringLiteral("euroeval");
        out.formatVersion = euroEvalVersions(out.doc);
        return out;
    } else {
        return fileError(path, 0, ImportText::tr("the file is none of the known result formats"), knownFormatsHint());
    }
    if (out.format == ResultFile::Format::Inspect)
        VV_TRY(checkInspect(path, out));
    else
        VV_TRY(checkLmEval(path, out));
    return out;
}

} // namespace

Result<ResultFile> ResultFile::read(const QString &path)
{
    QFile f;
    if (auto s = openRegularFile(f, path); !s)
        return fileError(path, 0, ImportText::tr("cannot read the results file: %1").arg(s.error().what()),
                         ImportText::tr("Check the path given with --set path=."));
    if (f.size() > maxFileBytes)
        return fileError(path, 0, ImportText::tr("the file is larger than %1 MiB").arg(maxFileBytes >> 20),
                         ImportText::tr("Import a smaller file."));
    ResultFile out;
    if (f.peek(4).startsWith("PK\x03\x04")) {
        auto doc = readInspectZip(f, path);
        if (!doc)
            return doc.error();
        out.doc = std::move(*doc);
        out.format = Format::Inspect;
        VV_TRY(checkInspect(path, out));
        return out;
    }
    if (path.endsWith(QStringLiteral(".jsonl"))) {
        auto records = readEuroEvalLines(f, path);
        if (!records)
            return records.error();
        out.doc = std::move(*records);
        out.format = Format::EuroEval;
        out.formatName = QStringLiteral("euroeval");
        out.formatVersion = euroEvalVersions(out.doc);
        return out;
    }
    return readJsonResults(f, path);
}

Status ResultFile::addSamples(const QString &path, const QString &samplesPath)
{
    if (format != Format::LmEval)
        return fileError(samplesPath, 0, ImportText::tr("per-sample files can only be imported with an "
                                                        "lm-evaluation-harness results file, not with %1")
                                             .arg(formatName),
                         ImportText::tr("Leave out --set samples=; %1 files carry their samples themselves.")
                             .arg(formatName));
    auto files = results::findSamplesFiles(path, samplesPath, field(doc, "results"));
    if (!files)
        return files.error();
    samples.insert(samples.end(), files->begin(), files->end());
    return {};
}

Result<EnginePlan> ResultFile::plan(const QString &path, const QString &level) const
{
    // Everything an import can fail on is checked before the run is stored: a file that can never import leaves
    // no failed run asking to be resumed.
    try {
        if (auto metrics = fileMetrics(*this, path); !metrics)
            return metrics.error();
    } catch (const Json::exception &e) {
        return fileError(path, 0, ImportText::tr("unexpected content: %1").arg(QString::fromUtf8(e.what())),
                         knownFormatsHint());
    }
    auto sha = Sha256::hexOfFile(path);
    if (!sha)
        return sha.error();
    auto supports = TestSuite::requirementsForLevel(level);
    if (!supports)
        return supports.error();
    EnginePlan plan;
    plan.supports = *supports;
    const Json &d = doc;
    QString model;
    Json provenance = {{"format", toStd(formatName)},
                       {"format_version", toStd(formatVersion)},
                       {"input", {{"file_name", toStd(QFileInfo(path).fileName())}, {"sha256", toStd(*sha)}}}};
    switch (format) {
    case Format::LmEval:
        model = jsonString(d, "model_name", jsonString(field(d, "config"), "model"));
        provenance["git_hash"] = field(d, "git_hash");
        provenance["date"] = field(d, "date");
        provenance["model_args"] = field(field(d, "config"), "model_args");
        provenance["task_hashes"] = field(d, "task_hashes");
        provenance["n_shot"] = field(d, "n-shot");
        break;
    case Format::Inspect: {
        const Json &eval = field(d, "eval");
        model = jsonString(eval, "model");
        provenance["task"] = field(eval, "task");
        provenance["created"] = field(eval, "created");
        provenance["status"] = field(d, "status");
        provenance["revision"] = field(eval, "revision");
        plan.casesTotal = inspectCaseCount(d);
        break;
    }
    case Format::EuroEval: {
        std::set<std::string> models;
        for (const Json &r : d)
            models.insert(toStd(jsonString(field(r, "model_info"), "name", QStringLiteral("?"))));
        model = models.size() == 1 ? fromStd(*models.begin()) : QString();
        provenance["models"] = models;
        provenance["eval_library"] = field(d[0], "eval_library");
        provenance["evaluation_ids"] = Json::array();
        for (const Json &r : d)
            provenance["evaluation_ids"].push_back(field(r, "evaluation_id"));
        break;
    }
    }
    if (!samples.empty()) {
        Json files = Json::array();
        for (const SamplesFile &s : samples) {
            auto count = results::forEachSample(s, {}, nullptr);
            if (!count)
                return count.error();
            auto samplesSha = Sha256::hexOfFile(s.path);
            if (!samplesSha)
                return samplesSha.error();
            plan.casesTotal += *count;
            files.push_back({{"file_name", toStd(QFileInfo(s.path).fileName())}, {"sha256", toStd(*samplesSha)},
                             {"task", toStd(s.task)}, {"samples", *count}});
        }
        provenance["samples"] = std::move(files);
    }
    provenance["model_id"] = model.isEmpty() ? Json(nullptr) : Json(toStd(model));
    plan.provenance = std::move(provenance);
    plan.title = ImportText::tr("%1 results for %2 (%3)")
                     .arg(formatName, model.isEmpty() ? ImportText::tr("several models") : model,
                          QFileInfo(path).fileName());
    return plan;
}

Result<EngineOutcome> ResultFile::import(const QString &path, const EngineRequest &request,
                                         const EngineSession &session) const
{
    try {
        return importChecked(*this, path, request, session);
    } catch (const Json::exception &e) {
        // The reads check every field they use; this only guards against a case they missed.
        return fileError(path, 0, ImportText::tr("unexpected content: %1").arg(QString::fromUtf8(e.what())),
                         knownFormatsHint());
    }
}

} // namespace vv::validation
