#include "monitoring/ProductionIngest.h"

#include "core/Sha256.h"
#include "monitoring/MonitoringPlan.h"
#include "store/ProjectStore.h"
#include "validation/PredictionsCsv.h"

#include <QDateTime>
#include <QFileInfo>

#include <cmath>
#include <unordered_map>

namespace vv::monitoring {

using validation::CsvLabel;
using validation::CsvNumber;
using validation::CsvRecord;
using validation::CsvRecordReader;

namespace {

Error cellError(const QString &path, const CsvRecord &record, int column, const QString &what, const QString &hint)
{
    return Error::input(what, hint,
                        {path, static_cast<int>(std::min<qint64>(record.line, 2147483647)),
                         record.columns[static_cast<std::size_t>(column)]});
}

QString cell(const CsvRecord &record, int column)
{
    const std::string &s = record.fields[static_cast<std::size_t>(column)];
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

/// The columns of the file that ingest reads, by index.
struct ColumnIndex {
    int time = -1, label = -1, score = -1, id = -1, group = -1;
    std::vector<int> features;
};

Result<ColumnIndex> findColumns(const CsvRecordReader &reader, const IngestOptions &options)
{
    ColumnIndex c;
    auto find = [&](const QString &name, int &into) -> Status {
        if (name.isEmpty())
            return {};
        auto at = reader.column(name);
        if (!at)
            return at.error();
        into = *at;
        return {};
    };
    VV_TRY(find(options.timeColumn, c.time));
    VV_TRY(find(options.labelColumn, c.label));
    VV_TRY(find(options.scoreColumn, c.score));
    VV_TRY(find(options.idColumn, c.id));
    VV_TRY(find(options.groupColumn, c.group));
    for (const QString &f : options.featureColumns) {
        int at = -1;
        VV_TRY(find(f, at));
        c.features.push_back(at);
    }
    return c;
}

} // namespace

namespace {

// Digits at text[at, at + n) as a number, or -1.
int digits(const QString &text, qsizetype at, int n)
{
    if (at + n > text.size())
        return -1;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const QChar c = text[at + i];
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        v = v * 10 + (c.unicode() - '0');
    }
    return v;
}

} // namespace

// Parsed by hand: QDateTime::fromString makes a local-time value first, and each of those asks the C library for
// the system's zone (a stat of /etc/localtime per row), which made ingest ten times slower.
std::optional<qint64> ProductionIngest::parseTime(const QString &raw, const QTimeZone &zone)
{
    const QString t = raw.trimmed();
    const int year = digits(t, 0, 4), month = digits(t, 5, 2), day = digits(t, 8, 2);
    if (t.size() < 10 || t[4] != QLatin1Char('-') || t[7] != QLatin1Char('-') || year < 0 || month < 0 || day < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    if (t.size() == 10)
        return QDateTime(date, QTime(0, 0), zone).toMSecsSinceEpoch();
    if (t[10] != QLatin1Char('T') && t[10] != QLatin1Char(' '))
        return std::nullopt;
    const int hour = digits(t, 11, 2), minute = digits(t, 14, 2);
    if (hour < 0 || minute < 0 || t.size() < 16 || t[13] != QLatin1Char(':'))
        return std::nullopt;
    qsizetype at = 16;
    int second = 0, ms = 0;
    if (at < t.size() && t[at] == QLatin1Char(':')) {
        second = digits(t, at + 1, 2);
        if (second < 0)
            return std::nullopt;
        at += 3;
        if (at < t.size() && (t[at] == QLatin1Char('.') || t[at] == QLatin1Char(','))) {
            ++at;
            int scale = 100, read = 0;
            while (at < t.size() && t[at].isDigit()) {
                if (read++ < 3) {
                    ms += (t[at].unicode() - '0') * scale;
                    scale /= 10;
                }
                ++at;
            }
            if (read == 0)
                return std::nullopt;
        }
    }
    const QTime time(hour, minute, second, ms);
    if (!time.isValid())
        return std::nullopt;
    if (at == t.size()) // no offset: a wall-clock time in the plan's zone
        return QDateTime(date, time, zone).toMSecsSinceEpoch();
    int offsetSeconds = 0;
    if (t[at] == QLatin1Char('Z') && at + 1 == t.size()) {
        offsetSeconds = 0;
    } else if (t[at] == QLatin1Char('+') || t[at] == QLatin1Char('-')) {
        const int oh = digits(t, at + 1, 2);
        const qsizetype mAt = at + 3 < t.size() && t[at + 3] == QLatin1Char(':') ? at + 4 : at + 3;
        const int om = digits(t, mAt, 2);
        if (oh < 0 || om < 0 || mAt + 2 != t.size() || oh > 18 || om > 59)
            return std::nullopt;
        offsetSeconds = (oh * 3600 + om * 60) * (t[at] == QLatin1Char('-') ? -1 : 1);
    } else {
        return std::nullopt;
    }
    return QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch() - qint64(offsetSeconds) * 1000;
}

Result<IngestCount> ProductionIngest::fromCsv(ProjectStore &store, const QString &path, const IngestOptions &options,
                                              const CancellationToken *cancel, const ProgressSink &progress)
{
    if (options.timeColumn.isEmpty() || options.labelColumn.isEmpty() || options.scoreColumn.isEmpty())
        return Error::input(tr("the time, label and score columns must be named"),
                            tr("Give --time COLUMN, --label COLUMN and --score COLUMN."));
    if (options.decimal != '.' && options.decimal != ',')
        return Error::input(tr("the decimal separator must be '.' or ','"));
    MonitoringTable table(store);
    auto plans = table.plans();
    if (!plans)
        return plans.error();
    if (plans->empty())
        return Error::input(tr("the project has no monitoring plan yet"),
                            tr("Store one first with 'veiviser-cli monitor plan FILE --from PLAN.yaml': its time zone "
                               "says how the times in the file are read."));
    auto plan = MonitoringPlan::fromJson(plans->back().plan);
    if (!plan)
        return plan.error();
    const QTimeZone zone(plan->timeZone.toUtf8());

    CsvRecordReader reader;
    VV_TRY(reader.open(path, options.delimiter));
    auto columns = findColumns(reader, options);
    if (!columns)
        return columns.error();
    const std::string positive = options.positiveLabel.toStdString();
    ProgressThrottle throttle(progress);
    const QString label = tr("Reading %1").arg(QFileInfo(path).fileName());
    // Without an id, a row is named by its content and its occurrence in this file, so reading the same file
    // again names every row the same way and adds nothing.
    std::unordered_map<QString, int> seen;
    CsvRecord record;
    qint64 lastLine = 0;

    MonitoringTable::RowSource source;
    source.file = QFileInfo(path).fileName();
    source.featureNames = options.featureColumns;
    source.sha256 = [&reader] { return reader.sha256(); };
    source.next = [&](ProductionRow &row) -> Result<bool> {
        if (cancel && cancel->isCancelled())
            return Error::cancelled();
        auto more = reader.next(record);
        if (!more)
            return more.error();
        if (!*more)
            return false;
        lastLine = record.line;
        throttle.report(reader.position(), reader.bytes(), label);
        const ColumnIndex &c = *columns;
        const QString timeText = cell(record, c.time);
        const auto time = parseTime(timeText, zone);
        if (!time)
            return cellError(path, record, c.time, tr("'%1' is not a date or time").arg(timeText),
                             tr("Write times as ISO 8601: 2026-04-06T08:15:00, with +01:00 or Z where the export has "
                                "them."));
        row.timeMs = *time;
        double score = 0;
        switch (validation::parseCsvNumber(record.fields[static_cast<std::size_t>(c.score)], options.decimal, score)) {
        case CsvNumber::Number:
            break;
        case CsvNumber::Missing:
            return cellError(path, record, c.score, tr("the score is missing"),
                             tr("Every prediction needs its score; leave out rows the model did not score."));
        default:
            return cellError(path, record, c.score, tr("the score '%1' is not a number").arg(cell(record, c.score)),
                             tr("Check --decimal (Norwegian exports use a decimal comma)."));
        }
        if (score < 0 || score > 1)
            return cellError(path, record, c.score, tr("the score %1 is not a predicted risk between 0 and 1").arg(score),
                             tr("Monitoring compares calibrated risks; export the probability, not a logit or rank."));
        row.score = score;
        switch (validation::parseCsvLabel(record.fields[static_cast<std::size_t>(c.label)], positive, options.decimal)) {
        case CsvLabel::Positive:
            row.label = true;
            break;
        case CsvLabel::Negative:
            row.label = false;
            break;
        case CsvLabel::Missing:
            row.label.reset(); // the outcome is not known yet; a later file with the same id fills it in
            break;
        case CsvLabel::Invalid:
            return cellError(path, record, c.label, tr("the label '%1' is not 0 or 1").arg(cell(record, c.label)),
                             tr("Give --positive CLASS for named classes; leave the cell empty while the outcome is "
                                "not known."));
        }
        row.group = c.group >= 0 ? cell(record, c.group) : QString();
        row.features.resize(c.features.size());
        for (std::size_t i = 0; i < c.features.size(); ++i) {
            double v = 0;
            switch (validation::parseCsvNumber(record.fields[static_cast<std::size_t>(c.features[i])], options.decimal, v)) {
            case CsvNumber::Number:
                row.features[i] = v;
                break;
            case CsvNumber::Missing:
                row.features[i] = std::nan("");
                break;
            default:
                return cellError(path, record, c.features[i],
                                 tr("the value '%1' of feature '%2' is not a number")
                                     .arg(cell(record, c.features[i]), options.featureColumns[static_cast<qsizetype>(i)]),
                                 tr("Leave the cell empty or write NA where the value is missing."));
            }
        }
        if (c.id >= 0) {
            const QString id = cell(record, c.id);
            if (id.isEmpty())
                return cellError(path, record, c.id, tr("the id is empty"),
                                 tr("Every row needs an id when --id is given."));
            row.key = QStringLiteral("id:") + id;
        } else {
            QByteArray content = QByteArray::number(row.timeMs) + '|' + QByteArray::number(row.score, 'g', 17) + '|' +
                                 row.group.toUtf8();
            for (double v : row.features)
                content += '|' + QByteArray::number(v, 'g', 17);
            const QString digest = Sha256::hex(content);
            row.key = QStringLiteral("row:%1#%2").arg(digest).arg(++seen[digest]);
        }
        return true;
    };
    auto count = table.ingest(source);
    if (!count) {
        Error e = count.error();
        if (e.where().isEmpty() && e.kind() == Error::Kind::Conflict)
            e.at({path, static_cast<int>(std::min<qint64>(lastLine, 2147483647)), 1});
        return e;
    }
    throttle.report(reader.bytes(), reader.bytes(), label, true);
    return *count;
}

} // namespace vv::monitoring
