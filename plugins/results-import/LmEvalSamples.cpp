// lm-evaluation-harness per-sample files (samples_<task>_<timestamp>.jsonl, written with --log_samples): each line is
// one document of the task with its target, the model's responses after the task's filter, and the value of each of
// the task's metrics for it. They become the cases of an imported run, so that it can be compared, rated and audited
// case by case. The files can be large: they are read line by line, with a bound on each line, and no case is kept.

#include "ResultFilesShared.h"

#include "core/RegularFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace vv::validation::results {

namespace {

constexpr qint64 maxLineBytes = 16ll << 20;
constexpr qint64 maxSamples = 10000000;
constexpr int maxFiles = 10000;

// lm-eval names them samples_<task>_<date>T<time>.jsonl; task names have underscores of their own.
const QRegularExpression &samplesName()
{
    static const QRegularExpression re(QStringLiteral("^samples_(.+)_(\\d{4}-\\d{2}-\\d{2}T[0-9.\\-]+)\\.jsonl$"));
    return re;
}

QString resultsTimestamp(const QString &resultsPath)
{
    static const QRegularExpression re(QStringLiteral("^results_(\\d{4}-\\d{2}-\\d{2}T[0-9.\\-]+)\\.json$"));
    const auto m = re.match(QFileInfo(resultsPath).fileName());
    return m.hasMatch() ? m.captured(1) : QString();
}

// The fields lm-eval writes for every sample; every other number (or NaN, read as null) is a metric's value.
bool isSampleField(const std::string &key)
{
    static const char *const fields[] = {"doc_id", "doc", "target", "arguments", "resps", "filtered_resps", "filter",
                                         "metrics", "doc_hash", "prompt_hash", "target_hash"};
    for (const char *f : fields)
        if (key == f)
            return true;
    return false;
}

Json sampleMetrics(const Json &sample)
{
    Json values = Json::object();
    const Json &listed = field(sample, "metrics");
    if (listed.is_array()) {
        for (const Json &name : listed)
            if (name.is_string())
                values[name.get<std::string>()] = field(sample, name.get<std::string>().c_str());
        return values;
    }
    for (const auto &[key, value] : sample.items())
        if (!isSampleField(key) && (value.is_number() || value.is_boolean() || value.is_null()))
            values[key] = value;
    return values;
}

/// A sample as a case: passed when each of its 0/1 metrics (acc, exact_match, ...) is 1, failed when one is 0.
/// A sample with graded metrics only (bleu, rouge) or none has no verdict: it is not graded, neither passed nor
/// failed. Its score is the mean of its values.
Result<CaseResult> sampleCase(const Json &sample, const SamplesFile &file, int line)
{
    const Json &docId = field(sample, "doc_id");
    if (!docId.is_number_integer() && !docId.is_string())
        return fileError(file.path, line, ImportText::tr("the sample has no doc_id"),
                         ImportText::tr("Give the samples_*.jsonl files lm-evaluation-harness wrote with "
                                        "--log_samples."));
    const QString filter = jsonString(sample, "filter", QStringLiteral("none"));
    CaseResult c;
    c.caseId = file.task + QLatin1Char('/') +
               (docId.is_string() ? fromStd(docId.get<std::string>()) : QString::number(docId.get<qint64>()));
    if (filter != QStringLiteral("none"))
        c.caseId += QLatin1Char('/') + filter;
    const Json values = sampleMetrics(sample);
    bool verdict = false;
    bool passed = true;
    double sum = 0;
    int count = 0;
    for (const auto &[name, value] : values.items()) {
        const std::optional<double> v = value.is_boolean() ? std::optional<double>(value.get<bool>() ? 1.0 : 0.0)
                                                           : number(value);
        if (!v)
            continue;
        if (*v == 0.0 || *v == 1.0) {
            verdict = true;
            passed = passed && *v == 1.0;
        }
        sum += *v;
        ++count;
    }
    c.status = !verdict ? CaseStatus::NotGraded : passed ? CaseStatus::Passed : CaseStatus::Failed;
    if (count > 0)
        c.score = sum / count;
    c.detail = {{"task", toStd(file.task)},       {"doc_id", docId},
                {"target", field(sample, "target")}, {"filtered_resps", field(sample, "filtered_resps")},
                {"filter", toStd(filter)},          {"metrics", values},
                {"line", line}};
    return c;
}

} // namespace

Result<std::vector<SamplesFile>> findSamplesFiles(const QString &resultsPath, const QString &samplesPath,
                                                  const Json &results)
{
    const QString hint = ImportText::tr("Give --set samples= a samples_<task>_<time>.jsonl file lm-evaluation-harness "
                                        "wrote with --log_samples, or the folder that holds them.");
    QStringList paths;
    const QFileInfo info(samplesPath);
    if (info.isDir()) {
        const QString timestamp = resultsTimestamp(resultsPath);
        const QStringList names = QDir(samplesPath).entryList({QStringLiteral("samples_*.jsonl")}, QDir::Files,
                                                              QDir::Name);
        for (const QString &name : names) {
            const auto m = samplesName().match(name);
            if (m.hasMatch() && (timestamp.isEmpty() || m.captured(2) == timestamp))
                paths << QDir(samplesPath).filePath(name);
        }
        if (paths.isEmpty())
            return fileError(samplesPath, 0, timestamp.isEmpty()
                                 ? ImportText::tr("the folder has no samples_<task>_<time>.jsonl files")
                                 : ImportText::tr("the folder has no samples_<task>_%1.jsonl files").arg(timestamp),
                             hint);
        if (paths.size() > maxFiles)
            return fileError(samplesPath, 0, ImportText::tr("the folder has more than %1 samples files").arg(maxFiles),
                             hint);
    } else {
        paths << samplesPath;
    }
    std::vector<SamplesFile> files;
    for (const QString &path : paths) {
        const auto m = samplesName().match(QFileInfo(path).fileName());
        if (!m.hasMatch())
            return fileError(path, 0, ImportText::tr("the file name is not samples_<task>_<time>.jsonl, so the task "
                                                     "of its samples is unknown"), hint);
        const QString task = m.captured(1);
        if (!field(results, toStd(task).c_str()).is_object())
            return fileError(path, 0, ImportText::tr("the samples are of the task %1, which the results file does not "
                                                     "have").arg(task),
                             ImportText::tr("Give the samples files written in the same run as the results file."));
        files.push_back({path, task});
    }
    return files;
}

Result<qint64> forEachSample(const SamplesFile &file, const std::function<Status(const CaseResult &)> &use,
                             const EngineSession *session)
{
    QFile f;
    if (auto s = openRegularFile(f, file.path); !s)
        return fileError(file.path, 0, ImportText::tr("cannot read the samples file: %1").arg(s.error().what()),
                         ImportText::tr("Check the path given with --set samples=."));
    qint64 cases = 0;
    int line = 0;
    while (!f.atEnd()) {
        if (session && session->isCancelled())
            return Error::cancelled();
        QByteArray text = f.readLine(maxLineBytes + 1);
        ++line;
        if (text.size() > maxLineBytes)
            return fileError(file.path, line, ImportText::tr("the line is longer than %1 MiB").arg(maxLineBytes >> 20),
                             ImportText::tr("Check that this is an lm-evaluation-harness samples file."));
        text = text.trimmed();
        if (text.isEmpty())
            continue;
        auto doc = parseJson(nonFiniteAsNull(text), file.path);
        if (!doc)
            return doc.error().at(SourceLocation{file.path, line, doc.error().where().column});
        if (!doc->is_object())
            return fileError(file.path, line, ImportText::tr("the line is not a sample (a JSON object)"),
                             ImportText::tr("Check that this is an lm-evaluation-harness samples file."));
        auto c = sampleCase(*doc, file, line);
        if (!c)
            return c.error();
        if (++cases > maxSamples)
            return fileError(file.path, line, ImportText::tr("the file has more than %1 samples").arg(maxSamples),
                             ImportText::tr("Import the tasks one by one."));
        if (use)
            VV_TRY(use(*c));
    }
    if (cases == 0)
        return fileError(file.path, 0, ImportText::tr("the samples file holds no samples"),
                         ImportText::tr("Give the samples file of a finished lm-evaluation-harness run."));
    return cases;
}

} // namespace vv::validation::results
