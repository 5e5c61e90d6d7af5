#include "monitoring/ProductionIngest.h"

#include "core/Sha256.h"
#include "monitoring/MonitoringPlan.h"
#include "guidance/YamlFields.h"
#include "store/ExternalQuery.h"
#include "store/ProjectStore.h"
#include "validation/PredictionsCsv.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

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

/// Finds the columns by name in a header; find(name) gives the index or an error naming the columns there are.
Result<ColumnIndex> findColumns(const std::function<Result<int>(const QString &)> &find, const IngestOptions &options)
{
    ColumnIndex c;
    auto one = [&](const QString &name, int &into) -> Status {
        if (name.isEmpty())
            return {};
        auto at = find(name);
        if (!at)
            return at.error();
        into = *at;
        return {};
    };
    VV_TRY(one(options.timeColumn, c.time));
    VV_TRY(one(options.labelColumn, c.label));
    VV_TRY(one(options.scoreColumn, c.score));
    VV_TRY(one(options.idColumn, c.id));
    VV_TRY(one(options.groupColumn, c.group));
    for (const QString &f : options.featureColumns) {
        int at = -1;
        VV_TRY(one(f, at));
        c.features.push_back(at);
    }
    return c;
}

/// Turns the cells of one record into a production row, with every problem at its place; shared by the CSV reader
/// and the database query, so both read times, scores, labels and ids the same way.
class RowMaker {

public:
    RowMaker(QString source, ColumnIndex columns, const IngestOptions &options, QTimeZone zone)
        : m_source(std::move(source)), m_columns(std::move(columns)), m_options(options), m_zone(std::move(zone)),
          m_positive(options.positiveLabel.toStdString())
    {
    }

    Status make(const CsvRecord &record, ProductionRow &row)
    {
        const ColumnIndex &c = m_columns;
        const QString timeText = cell(record, c.time);
        const auto time = ProductionIngest::parseTime(timeText, m_zone);
        if (!time)
            return cellError(
                m_source, record, c.time, ProductionIngest::tr("'%1' is not a date or time").arg(timeText),
                ProductionIngest::tr("Write times as ISO 8601: 2026-04-06T08:15:00, with +01:00 or Z where the export "
                                     "has them."));
        row.timeMs = *time;
        VV_TRY(readScore(record, row));
        VV_TRY(readLabel(record, row));
        row.group = c.group >= 0 ? cell(record, c.group) : QString();
        VV_TRY(readFeatures(record, row));
        return nameRow(record, row);
    }

private:
    Status readScore(const CsvRecord &record, ProductionRow &row)
    {
        const int column = m_columns.score;
        double score = 0;
        switch (validation::parseCsvNumber(record.fields[static_cast<std::size_t>(column)], m_options.decimal, score)) {
        case CsvNumber::Number:
            break;
        case CsvNumber::Missing:
            return cellError(
                m_source, record, column, ProductionIngest::tr("the score is missing"),
                ProductionIngest::tr("Every prediction needs its score; leave out rows the model did not score."));
        default:
            return cellError(m_source, record, column,
                             ProductionIngest::tr("the score '%1' is not a number").arg(cell(record, column)),
                             ProductionIngest::tr("Check --decimal (Norwegian exports use a decimal comma)."));
        }
        if (score < 0 || score > 1)
            return cellError(
                m_source, record, column,
                ProductionIngest::tr("the score %1 is not a predicted risk between 0 and 1").arg(score),
                ProductionIngest::tr("Monitoring compares calibrated risks; export the probability, not a logit or "
                                     "rank."));
        row.score = score;
        return {};
    }

    Status readLabel(const CsvRecord &record, ProductionRow &row)
    {
        const int column = m_columns.label;
        switch (
            validation::parseCsvLabel(record.fields[static_cast<std::size_t>(column)], m_positive, m_options.decimal)) {
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
            return cellError(
                m_source, record, column,
                ProductionIngest::tr("the label '%1' is not 0 or 1").arg(cell(record, column)),
                ProductionIngest::tr("Give --positive CLASS for named classes; leave the cell empty while the outcome "
                                     "is not known."));
        }
        return {};
    }

    Status readFeatures(const CsvRecord &record, ProductionRow &row)
    {
        const auto &columns = m_columns.features;
        row.features.resize(columns.size());
        for (std::size_t i = 0; i < columns.size(); ++i) {
            double v = 0;
            switch (
                validation::parseCsvNumber(record.fields[static_cast<std::size_t>(columns[i])], m_options.decimal, v)) {
            case CsvNumber::Number:
                row.features[i] = v;
                break;
            case CsvNumber::Missing:
                row.features[i] = std::nan("");
                break;
            default:
                return cellError(
                    m_source, record, columns[i],
                    ProductionIngest::tr("the value '%1' of feature '%2' is not a number")
                        .arg(cell(record, columns[i]), m_options.featureColumns[static_cast<qsizetype>(i)]),
                    ProductionIngest::tr("Leave the cell empty or write NA where the value is missing."));
            }
        }
        return {};
    }

    // Without an id, a row is named by its content and its occurrence in this source, so reading the same file
    // again names every row the same way and adds nothing.
    Status nameRow(const CsvRecord &record, ProductionRow &row)
    {
        if (m_columns.id >= 0) {
            const QString id = cell(record, m_columns.id);
            if (id.isEmpty())
                return cellError(m_source, record, m_columns.id, ProductionIngest::tr("the id is empty"),
                                 ProductionIngest::tr("Every row needs an id when --id is given."));
            row.key = QStringLiteral("id:") + id;
            return {};
        }
        QByteArray content =
            QByteArray::number(row.timeMs) + '|' + QByteArray::number(row.score, 'g', 17) + '|' + row.group.toUtf8();
        for (double v : row.features)
            content += '|' + QByteArray::number(v, 'g', 17);
        const QString digest = Sha256::hex(content);
        row.key = QStringLiteral("row:%1#%2").arg(digest).arg(++m_seen[digest]);
        return {};
    }

    QString m_source;
    ColumnIndex m_columns;
    const IngestOptions &m_options;
    QTimeZone m_zone;
    std::string m_positive;
    std::unordered_map<QString, int> m_seen;
};

/// The time zone of the plan in force: it says how times without an offset are read.
Result<QTimeZone> planZone(ProjectStore &store)
{
    auto plans = MonitoringTable(store).plans();
    if (!plans)
        return plans.error();
    if (plans->empty())
        return Error::input(ProductionIngest::tr("the project has no monitoring plan yet"),
                            ProductionIngest::tr("Store one first with 'veiviser-cli monitor plan FILE --from "
                                                 "PLAN.yaml': its time zone says how the times in the file are read."));
    auto plan = MonitoringPlan::fromJson(plans->back().plan);
    if (!plan)
        return plan.error();
    return QTimeZone(plan->timeZone.toUtf8());
}

Status checkOptions(const IngestOptions &options)
{
    if (options.timeColumn.isEmpty() || options.labelColumn.isEmpty() || options.scoreColumn.isEmpty())
        return Error::input(ProductionIngest::tr("the time, label and score columns must be named"),
                            ProductionIngest::tr("Give --time COLUMN, --label COLUMN and --score COLUMN."));
    if (options.decimal != '.' && options.decimal != ',')
        return Error::input(ProductionIngest::tr("the decimal separator must be '.' or ','"));
    return {};
}

// A value from the database as the text a CSV export would have: instants in UTC with their Z, wall-clock times
// without an offset, numbers in full precision, NULL as an empty cell.
std::string cellText(const QVariant &v, bool instant)
{
    if (v.isNull())
        return {};
    switch (v.typeId()) {
    case QMetaType::QDateTime: {
        const QDateTime t = v.toDateTime();
        const QString text =
            instant ? t.toUTC().toString(Qt::ISODateWithMs) : t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
        return text.toStdString();
    }
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate).toStdString();
    case QMetaType::Double:
    case QMetaType::Float:
        return QByteArray::number(v.toDouble(), 'g', 17).toStdString();
    case QMetaType::Bool:
        return v.toBool() ? "1" : "0";
    default:
        return v.toString().toStdString();
    }
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
    VV_TRY(checkOptions(options));
    auto zone = planZone(store);
    if (!zone)
        return zone.error();
    CsvRecordReader reader;
    VV_TRY(reader.open(path, options.delimiter));
    auto columns = findColumns([&](const QString &name) { return reader.column(name); }, options);
    if (!columns)
        return columns.error();
    RowMaker maker(path, *columns, options, *zone);
    ProgressThrottle throttle(progress);
    const QString label = tr("Reading %1").arg(QFileInfo(path).fileName());
    CsvRecord record;
    MonitoringTable::RowSource source;
    source.file = QFileInfo(path).fileName();
    source.where = path;
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
        throttle.report(reader.position(), reader.bytes(), label);
        VV_TRY(maker.make(record, row));
        row.line = record.line;
        return true;
    };
    auto count = MonitoringTable(store).ingest(source);
    if (!count)
        return count.error();
    throttle.report(reader.bytes(), reader.bytes(), label, true);
    return *count;
}

Result<IngestCount> ProductionIngest::from(ProjectStore &store, const ProductionSource &source,
                                           const IngestOptions &options, const CancellationToken *cancel,
                                           const ProgressSink &progress)
{
    return source.isQuery() ? fromQuery(store, source.connection, source.query, options, cancel, progress)
                            : fromCsv(store, source.csvPath, options, cancel, progress);
}

Result<QStringList> ProductionIngest::queryColumns(const QString &connection, const QString &sql)
{
    // A query copied from psql may end in a semicolon, and a comment after it; inside the wrapping either would
    // end the statement early.
    static const QRegularExpression tail(QStringLiteral(";(\\s|--[^\\n]*)*$"));
    QString body = sql.trimmed();
    body.remove(tail);
    // On lines of their own, so that a comment at the end of the query does not swallow the wrapping.
    auto query = ExternalQuery::run(connection, QStringLiteral("SELECT * FROM (\n%1\n) AS veiviser_columns LIMIT 0").arg(body));
    if (!query)
        return query.error();
    return (*query)->columns();
}

Result<IngestCount> ProductionIngest::fromQuery(ProjectStore &store, const QString &connection, const QString &sql,
                                                const IngestOptions &options, const CancellationToken *cancel,
                                                const ProgressSink &progress)
{
    VV_TRY(checkOptions(options));
    auto zone = planZone(store);
    if (!zone)
        return zone.error();
    auto query = ExternalQuery::run(connection, sql);
    if (!query)
        return query.error();
    const QStringList &header = (*query)->columns();
    auto columns = findColumns(
        [&](const QString &name) -> Result<int> {
            const auto at = header.indexOf(name);
            if (at < 0)
                return Error::input(
                    tr("the query returns no column '%1'").arg(name),
                    tr("It returns %1; name the columns with AS in the query.").arg(quotedNames(header)));
            return static_cast<int>(at);
        },
        options);
    if (!columns)
        return columns.error();
    // Errors name the query's rows as lines and its columns by number: "query:12:3".
    const QString where = tr("query");
    RowMaker maker(where, *columns, options, *zone);
    ProgressThrottle throttle(progress);
    CsvRecord record;
    QVariantList values;
    Sha256 digest; // of the rows as read, so the audit can tell two extracts apart
    MonitoringTable::RowSource source;
    source.file = connection.section(QLatin1Char('?'), 0, 0);
    source.where = where;
    source.featureNames = options.featureColumns;
    source.sha256 = [&digest] { return digest.finishHex(); };
    source.next = [&](ProductionRow &row) -> Result<bool> {
        if (cancel && cancel->isCancelled())
            return Error::cancelled();
        auto more = (*query)->next(values);
        if (!more)
            return more.error();
        if (!*more)
            return false;
        ++record.line;
        record.fields.resize(static_cast<std::size_t>(values.size()));
        record.columns.resize(static_cast<std::size_t>(values.size()));
        for (qsizetype i = 0; i < values.size(); ++i) {
            record.fields[static_cast<std::size_t>(i)] =
                cellText(values[i], (*query)->holdsInstants(static_cast<int>(i)));
            record.columns[static_cast<std::size_t>(i)] = static_cast<int>(i) + 1;
            digest.update(QByteArrayView(record.fields[static_cast<std::size_t>(i)]));
            digest.update(QByteArrayView("\x1f", 1));
        }
        throttle.report(record.line, 0, tr("Reading row %1 of the query").arg(record.line));
        VV_TRY(maker.make(record, row));
        row.line = record.line;
        return true;
    };
    auto count = MonitoringTable(store).ingest(source);
    if (!count)
        return count.error();
    return *count;
}

} // namespace vv::monitoring
