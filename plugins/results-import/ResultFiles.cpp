// The result files of evaluation tools users run themselves: EleutherAI lm-evaluation-harness (results_*.json),
// inspect_ai (JSON logs and .eval ZIP logs, read with libarchive) and EuroEval (.jsonl). Each file becomes a test run
// with its metrics, their intervals (from a standard error or the tool's own interval) and the tool's provenance.
// The files are untrusted: sizes are bounded, every field is checked before use, and format versions Veiviser does
// not know are refused by name rather than half-read.

#include "ResultFiles.h"

#include "core/RegularFile.h"
#include "core/Sha256.h"
#include "validation/TestSuite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

#include <archive.h>
#include <archive_entry.h>

#include <cmath>
#include <memory>
#include <optional>
#include <set>

namespace vv::validation {

/// Translated texts of the importer (a class so that lupdate sees the context).
class ImportText {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::ResultsImportEngine)
};

namespace {

// A plain JSON file is parsed whole; nlohmann needs several times the text in memory, so the limits stay modest.
constexpr qint64 maxFileBytes = 64ll << 20;
constexpr qint64 maxEntryBytes = 32ll << 20;      ///< one member of a .eval ZIP, or one EuroEval line
constexpr qint64 maxUnpackedBytes = 128ll << 20;  ///< all members of a .eval ZIP together (ZIP bombs)
constexpr int maxEntries = 100000;
constexpr double z95 = 1.959963984540054;

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

QString knownFormatsHint()
{
    return ImportText::tr("Give an lm-evaluation-harness results_*.json, an inspect_ai log (.json or .eval) or a "
                          "EuroEval .jsonl file.");
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
        auto doc = parseJson(data, path + QLatin1Char(':') + name);
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
        auto doc = parseJson(text, path);
        if (!doc)
            return doc.error().at(SourceLocation{path, line, doc.error().where().column});
        if (!doc->is_object() || !field(*doc, "evaluation_results").is_array())
            return fileError(path, line, ImportText::tr("the line is not a EuroEval result record (it has no "
                                                        "evaluation_results list)"), knownFormatsHint());
        const QString version = jsonString(*doc, "schema_version");
        if (!version.startsWith(QStringLiteral("0.")))
            return fileError(path, line, ImportText::tr("EuroEval schema version '%1' is not supported; Veiviser "
                                                        "reads schema versions 0.x").arg(version),
                             ImportText::tr("Update Veiviser, or write the results with a EuroEval version whose "
                                            "schema version is 0.x."));
        (*doc)["_line"] = line;
        records.push_back(std::move(*doc));
        if (records.size() > static_cast<std::size_t>(maxEntries))
            return fileError(path, line, ImportText::tr("the file has more than %1 records").arg(maxEntries),
                             ImportText::tr("Split the file."));
    }
    if (records.empty())
        return fileError(path, 0, ImportText::tr("the file holds no EuroEval results"),
                         ImportText::tr("Run EuroEval first, or give the file it wrote."));
    return records;
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

Status checkLmEval(const QString &path, ResultFile &out)
{
    const Json &version = field(out.doc, "lm_eval_version");
    out.formatName = QStringLiteral("lm-evaluation-harness");
    if (version.is_string()) {
        out.formatVersion = fromStd(version.get<std::string>());
        if (!out.formatVersion.startsWith(QStringLiteral("0.4.")))
            return fileError(path, 0, ImportText::tr("lm-evaluation-harness version %1 is not supported; Veiviser "
                                                     "reads results of versions 0.4.x").arg(out.formatVersion),
                             ImportText::tr("Run the evaluation with lm-evaluation-harness 0.4, or update Veiviser."));
    } else if (!field(out.doc, "configs").is_object()) {
        // Files of 0.3 and older have neither lm_eval_version nor configs, and name their metrics differently.
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

/// A metric with the normal-approximation 95 % interval from its standard error, where there is one.
RunMetric withStderr(const QString &name, double value, std::optional<double> se, Json &details)
{
    RunMetric m{name, value, std::nullopt, std::nullopt};
    Json d = {{"name", toStd(name)}, {"value", value}};
    if (se && *se >= 0) {
        m.ciLower = value - z95 * *se;
        m.ciUpper = value + z95 * *se;
        d["stderr"] = *se;
        d["ci_lower"] = *m.ciLower;
        d["ci_upper"] = *m.ciUpper;
        d["ci_method"] = "normal approximation from the tool's standard error, 95 %";
    }
    details.push_back(std::move(d));
    return m;
}

/// An inspect_ai sample's verdict: "C" correct, "I" incorrect, numbers 1 and 0, true and false.
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
    if (scores.is_object()) {
        for (const auto &[scorer, score] : scores.items()) {
            const Json &v = field(score, "value");
            ++count;
            if (v.is_string()) {
                const bool correct = v.get<std::string>() == "C";
                allPassed = allPassed && correct;
                sum += correct ? 1.0 : 0.0;
            } else if (v.is_boolean()) {
                allPassed = allPassed && v.get<bool>();
                sum += v.get<bool>() ? 1.0 : 0.0;
            } else if (auto n = number(v)) {
                allPassed = allPassed && *n >= 1.0;
                sum += *n;
            } else {
                allPassed = false;
            }
        }
    }
    const bool errored = count == 0 || !field(sample, "error").is_null();
    c.status = errored ? CaseStatus::Errored : allPassed ? CaseStatus::Passed : CaseStatus::Failed;
    if (count > 0)
        c.score = sum / count;
    c.detail = {{"scores", scores.is_object() ? scores : Json::object()}, {"target", field(sample, "target")}};
    if (!field(sample, "error").is_null())
        c.detail["error"] = field(sample, "error");
    return c;
}

QString lmEvalMetricName(const std::string &task, const std::string &key)
{
    // "acc,none" is the metric without a filter; other filters stay in the name ("exact_match,strict-match").
    std::string name = key;
    if (name.size() > 5 && name.ends_with(",none"))
        name.resize(name.size() - 5);
    return fromStd(task + "/" + name);
}

Result<EngineOutcome> importChecked(const ResultFile &file, const QString &path, const EngineRequest &request,
                                   const EngineSession &session)
{
    EngineOutcome outcome;
    Json details = Json::array();
    const Json &d = file.doc;
    qint64 cases = 0;
    switch (file.format) {
    case ResultFile::Format::LmEval:
        for (const auto &[task, metrics] : field(d, "results").items()) {
            for (const auto &[key, value] : metrics.items()) {
                const auto comma = key.find(',');
                const std::string metric = key.substr(0, comma);
                if (metric == "alias" || metric.ends_with("_stderr") || !number(value))
                    continue;
                const std::string filter = comma == std::string::npos ? std::string() : key.substr(comma);
                const auto se = number(field(metrics, (metric + "_stderr" + filter).c_str()));
                outcome.metrics.push_back(withStderr(lmEvalMetricName(task, key), *number(value), se, details));
            }
        }
        break;
    case ResultFile::Format::Inspect: {
        for (const Json &score : field(field(d, "results"), "scores")) {
            const std::string scorer = toStd(jsonString(score, "name", QStringLiteral("score")));
            const Json &metrics = field(score, "metrics");
            if (!metrics.is_object())
                continue;
            const auto se = number(field(field(metrics, "stderr"), "value"));
            for (const auto &[name, m] : metrics.items()) {
                const auto value = number(field(m, "value"));
                if (name == "stderr" || !value)
                    continue;
                outcome.metrics.push_back(withStderr(fromStd(scorer + "/" + name), *value,
                                                     name == "accuracy" || name == "mean" ? se : std::nullopt,
                                                     details));
            }
        }
        const Json &samples = field(d, "samples");
        if (samples.is_array()) {
            for (const Json &sample : samples) {
                if (session.isCancelled())
                    return Error::cancelled();
                const CaseResult c = inspectCase(sample);
                if (!request.finishedCaseIds.contains(c.caseId))
                    VV_TRY(session.recordCase(c));
                ++cases;
            }
        }
        break;
    }
    case ResultFile::Format::EuroEval: {
        std::set<std::string> models;
        for (const Json &record : d)
            models.insert(toStd(jsonString(field(record, "model_info"), "name", QStringLiteral("?"))));
        for (const Json &record : d) {
            // euroeval_benchmark_results.jsonl collects runs of many models; the model then names the metric.
            const std::string prefix = models.size() > 1
                ? toStd(jsonString(field(record, "model_info"), "name", QStringLiteral("?"))) + "/" : std::string();
            for (const Json &r : field(record, "evaluation_results")) {
                const std::string dataset = toStd(jsonString(field(r, "source_data"), "dataset_name", QStringLiteral("?")));
                const std::string name = toStd(jsonString(r, "evaluation_name", QStringLiteral("score")));
                const Json &scoreDetails = field(r, "score_details");
                const auto score = number(field(scoreDetails, "score"));
                if (!score)
                    continue;
                const Json &uncertainty = field(scoreDetails, "uncertainty");
                const Json &ci = field(uncertainty, "confidence_interval");
                RunMetric m{fromStd(prefix + dataset + "/" + name), score, number(field(ci, "lower")),
                            number(field(ci, "upper"))};
                Json detail = {{"name", toStd(m.name)}, {"value", *score}, {"line", field(record, "_line")}};
                if (m.ciLower && m.ciUpper) {
                    detail["ci_lower"] = *m.ciLower;
                    detail["ci_upper"] = *m.ciUpper;
                    detail["confidence_level"] = field(ci, "confidence_level");
                    detail["ci_method"] = field(ci, "method");
                }
                detail["num_samples"] = field(uncertainty, "num_samples");
                details.push_back(std::move(detail));
                outcome.metrics.push_back(std::move(m));
            }
        }
        break;
    }
    }
    if (outcome.metrics.empty())
        return fileError(path, 0, ImportText::tr("the file holds no numeric results"),
                         ImportText::tr("Check that the evaluation finished and wrote its scores."));
    if (session.log)
        session.log(ImportText::tr("Metrics imported: %1").arg(outcome.metrics.size()));
    // An evaluation that inspect_ai reports as failed or cancelled still has scores, but for fewer samples than
    // planned; the run says so rather than passing them off as a finished evaluation.
    const QString inspectStatus = jsonString(d, "status");
    if (file.format == ResultFile::Format::Inspect && inspectStatus != QStringLiteral("success") && session.log)
        session.log(ImportText::tr("The inspect_ai log has the status '%1', not 'success': the evaluation did not "
                                   "finish.").arg(inspectStatus));
    outcome.result = {{"format", toStd(file.formatName)},
                      {"format_version", toStd(file.formatVersion)},
                      {"metrics", std::move(details)},
                      {"samples_imported", cases}};
    if (file.format == ResultFile::Format::Inspect)
        outcome.result["inspect_status"] = toStd(inspectStatus);
    return outcome;
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
    } else if (path.endsWith(QStringLiteral(".jsonl"))) {
        auto records = readEuroEvalLines(f, path);
        if (!records)
            return records.error();
        out.doc = std::move(*records);
        out.format = Format::EuroEval;
        out.formatName = QStringLiteral("euroeval");
        out.formatVersion = jsonString(out.doc[0], "schema_version");
        return out;
    } else {
        auto doc = parseJson(f.readAll(), path);
        if (!doc)
            return doc.error();
        out.doc = std::move(*doc);
        if (field(out.doc, "eval").is_object() && out.doc.contains("version"))
            out.format = Format::Inspect;
        else if (field(out.doc, "results").is_object() &&
                 (out.doc.contains("lm_eval_version") || out.doc.contains("versions") || out.doc.contains("configs")))
            out.format = Format::LmEval;
        else
            return fileError(path, 0, ImportText::tr("the file is none of the known result formats"), knownFormatsHint());
    }
    if (out.format == Format::Inspect)
        VV_TRY(checkInspect(path, out));
    else
        VV_TRY(checkLmEval(path, out));
    return out;
}

Result<EnginePlan> ResultFile::plan(const QString &path, const QString &level) const
{
    auto sha = Sha256::hexOfFile(path);
    if (!sha)
        return sha.error();
    EnginePlan plan;
    plan.supports = {TestSuite::requirementForLevel(level)};
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
        plan.casesTotal = field(d, "samples").is_array() ? static_cast<qint64>(d["samples"].size()) : 0;
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
