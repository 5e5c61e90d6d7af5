#include "validation/PredictionsCsv.h"

#include "core/CsvScanner.h"
#include "core/RegularFile.h"
#include "core/Sha256.h"
#include "validation/LargeArray.h"
#include "validation/Parallel.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace vv::validation {

int delimiterFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QStringLiteral("auto"))
        return 0;
    if (text == QStringLiteral(","))
        return ',';
    if (text == QStringLiteral(";"))
        return ';';
    if (text == QStringLiteral("\t") || t == QStringLiteral("tab") || t == QStringLiteral("\\t"))
        return '\t';
    return -1;
}

namespace {

using Tr = PredictionsCsv;
using csv::Field;
using csv::trimmed;

// The reader's words for a quoting problem the scanner found.
QString quotingProblem(csv::Problem problem)
{
    return problem == csv::Problem::UnclosedQuote ? Tr::tr("a quoted field has no closing quote")
                                                  : Tr::tr("text follows the closing quote of a field");
}

constexpr std::size_t maxDroppedExamples = 20;
constexpr std::size_t maxOtherLabels = 4;

QString fromBytes(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const char x = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
        if (x != b[i])
            return false;
    }
    return true;
}

// Empty cells and the usual spellings of "not available" (R, pandas, Excel, SPSS exports).
bool isMissing(std::string_view s)
{
    if (s.empty())
        return true;
    if ((s[0] >= '0' && s[0] <= '9') || s[0] == '-' || s[0] == '+' || s.size() > 4)
        return false; // the fast path for every number
    for (std::string_view m : {"na", "n/a", "nan", "null", "none", "#n/a", "."}) {
        if (equalsIgnoringCase(s, m))
            return true;
    }
    return false;
}

enum class NumberProblem { None, Missing, Invalid, OutOfRange };

// std::from_chars, after turning a decimal comma into a point; the whole field must be one finite number.
NumberProblem parseNumber(std::string_view s, char decimal, double &out)
{
    if (isMissing(s))
        return NumberProblem::Missing;
    if (s.front() == '+')
        s.remove_prefix(1);
    if (s.empty())
        return NumberProblem::Invalid;
    // Any length: a valid decimal with many digits is a number (from_chars rounds it); the line length bounds it.
    std::string buf;
    const char *first = s.data();
    const char *last = s.data() + s.size();
    if (decimal == ',') {
        buf.assign(s);
        for (char &ch : buf) {
            if (ch == '.')
                return NumberProblem::Invalid; // a thousands separator in a Norwegian number: refuse, never guess
            if (ch == ',')
                ch = '.';
        }
        first = buf.data();
        last = buf.data() + buf.size();
    }
    const char c = *first;
    if (!((c >= '0' && c <= '9') || c == '-' || c == '.'))
        return NumberProblem::Invalid; // from_chars also takes "inf" and "nan"; a score must be a number
    double v = 0;
    const auto r = std::from_chars(first, last, v, std::chars_format::general);
    if (r.ec == std::errc::result_out_of_range && r.ptr == last)
        return NumberProblem::OutOfRange;
    if (r.ec != std::errc() || r.ptr != last || !std::isfinite(v))
        return NumberProblem::Invalid;
    out = v + 0.0; // -0.0 becomes +0.0, so equal scores have one sort key
    return NumberProblem::None;
}

struct LabelRule {
    std::string positive; // named classes: this value is positive, any other is negative
    char decimal = '.';
};

enum class LabelValue { Positive, Negative, Missing, Invalid };

LabelValue parseLabel(std::string_view s, const LabelRule &rule)
{
    if (isMissing(s))
        return LabelValue::Missing;
    if (!rule.positive.empty())
        return s == rule.positive ? LabelValue::Positive : LabelValue::Negative;
    if (s == "1" || equalsIgnoringCase(s, "true") || s == "1.0" || (rule.decimal == ',' && s == "1,0"))
        return LabelValue::Positive;
    if (s == "0" || equalsIgnoringCase(s, "false") || s == "0.0" || (rule.decimal == ',' && s == "0,0"))
        return LabelValue::Negative;
    return LabelValue::Invalid;
}

// A problem in one row, found by a parsing worker; lines are relative to the worker's chunk until merged.
struct RowProblem {
    qint64 line = 0; // 0-based line within the chunk
    int column = 0;
    QString message;
};

struct Columns {
    int label = -1, score = -1, compare = -1, group = -1;
    int count = 0; // fields in the header
};

// What one worker produced from its chunk of whole records.
struct ChunkResult {
    ClassScores positives, negatives;
    std::vector<std::string> groupNames;
    std::unordered_map<std::string, std::uint32_t> groupIndex;
    qint64 lines = 0;
    qint64 rows = 0;
    qint64 dropped = 0;
    std::vector<RowProblem> droppedExamples;
    std::optional<RowProblem> failure;    // the first invalid row when rows are not dropped
    std::optional<RowProblem> fatal;      // a problem --drop-invalid cannot fix (malformed quoting, too many groups)
    std::vector<std::pair<std::string, qint64>> otherLabels; // named classes other than the positive one

    void clear()
    {
        for (ClassScores *c : {&positives, &negatives}) {
            c->score.clear();
            c->compare.clear();
            c->group.clear();
        }
        groupNames.clear();
        groupIndex.clear();
        lines = rows = dropped = 0;
        droppedExamples.clear();
        failure.reset();
        fatal.reset();
        otherLabels.clear();
    }
};

struct ParseSetup {
    Columns columns;
    char delimiter = ',';
    char decimal = '.';
    LabelRule labelRule;
    bool dropInvalid = false;
    QString labelName, scoreName, compareName, groupName;
};

void parseChunk(const char *begin, const char *end, const ParseSetup &setup, ChunkResult &out)
{
    const Columns &cols = setup.columns;
    const char delimiter = setup.delimiter;
    Field fields[4];
    Field scratch;
    // Which of the four wanted fields each column is (-1: not read); columns past the header are not read.
    std::vector<signed char> slotOf(static_cast<std::size_t>(cols.count) + 1, -1);
    const int wanted[4] = {cols.label, cols.score, cols.compare, cols.group};
    for (int s = 0; s < 4; ++s) {
        if (wanted[s] >= 0)
            slotOf[static_cast<std::size_t>(wanted[s])] = static_cast<signed char>(s);
    }
    const char *p = begin;
    // Reserve from the chunk's size: a conservative guess of the row count keeps reallocation rare.
    const auto guess = static_cast<std::size_t>((end - begin) / 16);
    out.negatives.score.reserve(guess);
    out.positives.score.reserve(guess / 4);

    auto problemAt = [&](qint64 line, int column, QString message) {
        RowProblem pr{line, column, std::move(message)};
        if (!setup.dropInvalid) {
            if (!out.failure)
                out.failure = std::move(pr);
            return;
        }
        ++out.dropped;
        if (out.droppedExamples.size() < maxDroppedExamples)
            out.droppedExamples.push_back(std::move(pr));
    };

    while (p < end) {
        const char *lineStart = p;
        const qint64 line = out.lines;
        int col = 0;
        qint64 extraLines = 0;
        csv::Problem problem = csv::Problem::None;
        bool malformed = false;
        for (;;) {
            const int slot = col < cols.count ? slotOf[static_cast<std::size_t>(col)] : -1;
            Field &f = slot >= 0 ? fields[slot] : scratch;
            f.column = static_cast<int>(std::min<qint64>(p - lineStart + 1, std::numeric_limits<int>::max()));
            const char *next = csv::scanField(p, end, delimiter, f, slot >= 0, extraLines, problem);
            if (!next) {
                malformed = true;
                break;
            }
            p = next;
            ++col;
            if (p < end && *p == delimiter) {
                ++p;
                continue;
            }
            if (p < end)
                ++p; // the newline
            break;
        }
        out.lines += 1 + extraLines;
        if (p - lineStart > PredictionsCsv::maxLineBytes) {
            out.fatal = RowProblem{line, 1, Tr::tr("the line is longer than %1 bytes").arg(PredictionsCsv::maxLineBytes)};
            return;
        }
        if (malformed) {
            // Quoting errors make the rest of the chunk unreadable: stop, whatever --drop-invalid says.
            out.fatal = RowProblem{line, 1, quotingProblem(problem)};
            return;
        }
        if (col == 1 && trimmed(std::string_view(lineStart, static_cast<std::size_t>(p - lineStart)), delimiter)
                            .find_first_not_of("\n") == std::string_view::npos)
            continue; // a blank line
        ++out.rows;
        if (col != cols.count) {
            problemAt(line, 1, Tr::tr("the row has %1 fields, the header has %2").arg(col).arg(cols.count));
            continue;
        }
        const std::string_view labelText = trimmed(fields[0].text, delimiter);
        const LabelValue label = parseLabel(labelText, setup.labelRule);
        if (label == LabelValue::Missing) {
            problemAt(line, fields[0].column, Tr::tr("the label ('%1') is missing").arg(setup.labelName));
            continue;
        }
        if (label == LabelValue::Invalid) {
            problemAt(line, fields[0].column,
                      Tr::tr("the label '%1' is not 0/1 or true/false").arg(fromBytes(labelText.substr(0, 40))));
            continue;
        }
        double score = 0, compare = 0;
        const std::string_view scoreText = trimmed(fields[1].text, setup.delimiter);
        if (auto pr = parseNumber(scoreText, setup.decimal, score); pr != NumberProblem::None) {
            problemAt(line, fields[1].column,
                      pr == NumberProblem::Missing      ? Tr::tr("the score ('%1') is missing").arg(setup.scoreName)
                      : pr == NumberProblem::OutOfRange ? Tr::tr("the score '%1' is too large or too small for a number")
                                                              .arg(fromBytes(scoreText.substr(0, 40)))
                                                        : Tr::tr("the score '%1' is not a number")
                                                              .arg(fromBytes(scoreText.substr(0, 40))));
            continue;
        }
        if (cols.compare >= 0) {
            const std::string_view t = trimmed(fields[2].text, setup.delimiter);
            if (auto pr = parseNumber(t, setup.decimal, compare); pr != NumberProblem::None) {
                problemAt(line, fields[2].column,
                          pr == NumberProblem::Missing ? Tr::tr("the comparison score ('%1') is missing").arg(setup.compareName)
                          : pr == NumberProblem::OutOfRange
                              ? Tr::tr("the comparison score '%1' is too large or too small for a number").arg(fromBytes(t.substr(0, 40)))
                              : Tr::tr("the comparison score '%1' is not a number").arg(fromBytes(t.substr(0, 40))));
                continue;
            }
        }
        std::uint32_t group = 0;
        if (cols.group >= 0) {
            const std::string_view g = trimmed(fields[3].text, setup.delimiter);
            if (g.size() > static_cast<std::size_t>(PredictionsCsv::maxGroupValueBytes)) {
                problemAt(line, fields[3].column,
                          Tr::tr("the group value is longer than %1 bytes").arg(PredictionsCsv::maxGroupValueBytes));
                continue;
            }
            auto it = out.groupIndex.find(std::string(g));
            if (it == out.groupIndex.end()) {
                if (out.groupNames.size() >= static_cast<std::size_t>(PredictionsCsv::maxGroups)) {
                    out.fatal = RowProblem{line, fields[3].column,
                                           Tr::tr("the group column '%1' has more than %2 different values")
                                               .arg(setup.groupName)
                                               .arg(PredictionsCsv::maxGroups)};
                    return;
                }
                it = out.groupIndex.emplace(std::string(g), static_cast<std::uint32_t>(out.groupNames.size())).first;
                out.groupNames.emplace_back(g);
            }
            group = it->second;
        }
        if (label == LabelValue::Negative && !setup.labelRule.positive.empty()) {
            const bool known = std::any_of(out.otherLabels.begin(), out.otherLabels.end(),
                                           [&](const auto &o) { return o.first == labelText; });
            if (!known && out.otherLabels.size() < maxOtherLabels)
                out.otherLabels.emplace_back(std::string(labelText), line);
        }
        ClassScores &target = label == LabelValue::Positive ? out.positives : out.negatives;
        target.score.push_back(score);
        if (cols.compare >= 0)
            target.compare.push_back(compare);
        if (cols.group >= 0)
            target.group.push_back(group);
    }
}

Error inputError(const QString &path, qint64 line, int column, const QString &what, const QString &hint = {})
{
    return Error::input(what, hint, SourceLocation{path, static_cast<int>(std::min<qint64>(line, 2147483647)), column});
}

QString quotedList(const QStringList &names)
{
    QStringList q;
    for (const QString &n : names.mid(0, 12))
        q << QLatin1Char('\'') + n + QLatin1Char('\'');
    QString s = q.join(QStringLiteral(", "));
    if (names.size() > 12)
        s += QStringLiteral(", …");
    return s;
}

// Reads the start of a file: checks encoding, finds and splits the header. Shared by read(), preview() and the
// record reader.
Result<csv::Header> readHeader(const QString &path, const QByteArray &start, bool atEof, char delimiter)
{
    csv::Header h;
    const auto problem = csv::scanHeader(std::string_view(start.constData(), static_cast<std::size_t>(start.size())), atEof,
                                         delimiter, PredictionsCsv::maxLineBytes, PredictionsCsv::maxColumns, h);
    auto fail = [&](const QString &what, const QString &hint = {}) { return inputError(path, 1, 1, what, hint); };
    switch (problem) {
    case csv::HeaderProblem::None:
        return h;
    case csv::HeaderProblem::Empty:
        return fail(Tr::tr("the file is empty"), Tr::tr("Export the predictions with a header line and one row per patient."));
    case csv::HeaderProblem::Utf16:
        return fail(Tr::tr("the file is UTF-16 text"), Tr::tr("Save it as \"CSV UTF-8\" (in Excel: Save As, CSV UTF-8)."));
    case csv::HeaderProblem::TooLong:
        return fail(Tr::tr("the header line is longer than %1 bytes").arg(PredictionsCsv::maxLineBytes),
                    Tr::tr("This does not look like a predictions CSV file."));
    case csv::HeaderProblem::ZeroBytes:
        return fail(Tr::tr("the file is not text (it contains zero bytes)"), Tr::tr("Give a CSV file with a header line."));
    case csv::HeaderProblem::NoDelimiter:
        return fail(Tr::tr("the header line has no comma, semicolon or tab between column names"),
                    Tr::tr("The file needs at least a label and a score column; give --delimiter if it uses "
                           "another separator."));
    case csv::HeaderProblem::UnclosedQuote:
        return fail(Tr::tr("the header line has a quoted name without its closing quote"));
    case csv::HeaderProblem::TooManyColumns:
        break;
    }
    return fail(Tr::tr("the header has more than %1 columns").arg(PredictionsCsv::maxColumns),
                Tr::tr("This does not look like a predictions CSV file."));
}

// The bytes read but not yet parsed: uninitialised storage (a std::vector would zero 16 MiB on every block) that
// grows only when a record is longer than what is left.
class ReadBuffer {
public:
    char *data() { return m_data.get(); }
    std::size_t size() const { return m_size; }
    void assign(const char *from, std::size_t n)
    {
        m_size = 0;
        if (n == 0)
            return;
        reserveFor(n);
        std::memcpy(m_data.get(), from, n);
        m_size = n;
    }
    // Reads up to n more bytes from f; returns the number read or -1.
    qint64 readMore(QFile &f, std::size_t n)
    {
        reserveFor(m_size + n);
        const qint64 got = f.read(m_data.get() + m_size, static_cast<qint64>(n));
        if (got > 0)
            m_size += static_cast<std::size_t>(got);
        return got;
    }
    void consume(std::size_t n)
    {
        if (n < m_size)
            std::memmove(m_data.get(), m_data.get() + n, m_size - n);
        m_size -= n;
    }

private:
    void reserveFor(std::size_t n)
    {
        if (n <= m_capacity)
            return;
        const std::size_t capacity = std::max(n, m_capacity * 2);
        std::unique_ptr<char[]> bigger(new char[capacity]);
        if (m_size)
            std::memcpy(bigger.get(), m_data.get(), m_size);
        m_data = std::move(bigger);
        m_capacity = capacity;
    }
    std::unique_ptr<char[]> m_data;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

Result<QByteArray> readStart(QFile &f, qint64 limit)
{
    QByteArray start = f.read(limit);
    if (start.isNull() && f.error() != QFileDevice::NoError)
        return Error::input(Tr::tr("cannot read %1: %2").arg(f.fileName(), f.errorString()));
    return start;
}

Status openFile(QFile &f)
{
    const QString path = f.fileName();
    if (!QFileInfo::exists(path))
        return Error::input(Tr::tr("there is no file %1").arg(path), Tr::tr("Check the path."));
    return openRegularFile(f, path);
}

} // namespace

bool isCsvMissing(std::string_view text)
{
    return isMissing(text);
}

CsvNumber parseCsvNumber(std::string_view text, char decimal, double &out)
{
    switch (parseNumber(text, decimal, out)) {
    case NumberProblem::None:
        return CsvNumber::Number;
    case NumberProblem::Missing:
        return CsvNumber::Missing;
    case NumberProblem::OutOfRange:
        return CsvNumber::OutOfRange;
    case NumberProblem::Invalid:
        break;
    }
    return CsvNumber::Invalid;
}

CsvLabel parseCsvLabel(std::string_view text, const std::string &positive, char decimal)
{
    switch (parseLabel(text, LabelRule{positive, decimal})) {
    case LabelValue::Positive:
        return CsvLabel::Positive;
    case LabelValue::Negative:
        return CsvLabel::Negative;
    case LabelValue::Missing:
        return CsvLabel::Missing;
    case LabelValue::Invalid:
        break;
    }
    return CsvLabel::Invalid;
}

struct CsvRecordReader::Private {
    QString path;
    QFile file;
    QStringList header;
    char delimiter = ',';
    ReadBuffer buffer;
    std::size_t pos = 0; // bytes at the buffer's start already returned; dropped only when more is read
    Sha256 hash;
    qint64 line = 1;     // 1-based line of the record at pos
    qint64 consumed = 0; // bytes of the file before the buffer's first byte
    bool eof = false;
    qint64 bytes = 0; // the size at open: asking the file each time is an fstat per row
    QString sha256;
};

CsvRecordReader::CsvRecordReader() : d(std::make_unique<Private>()) {}
CsvRecordReader::~CsvRecordReader() = default;

Status CsvRecordReader::open(const QString &path, char delimiter)
{
    d->path = path;
    d->file.setFileName(path);
    VV_TRY(openFile(d->file));
    auto start = readStart(d->file, PredictionsCsv::maxLineBytes + 4);
    if (!start)
        return start.error();
    auto header = readHeader(path, *start, d->file.atEnd(), delimiter);
    if (!header)
        return header.error();
    d->hash.update(*start);
    d->delimiter = header->delimiter;
    for (const std::string &n : header->names)
        d->header << fromBytes(n);
    d->buffer.assign(start->constData() + static_cast<qint64>(header->bytes),
                     static_cast<std::size_t>(start->size() - static_cast<qint64>(header->bytes)));
    d->consumed = static_cast<qint64>(header->bytes);
    d->line = 1 + header->lines;
    d->eof = d->file.atEnd();
    d->bytes = d->file.size();
    return {};
}

const QStringList &CsvRecordReader::header() const
{
    return d->header;
}

char CsvRecordReader::delimiter() const
{
    return d->delimiter;
}

qint64 CsvRecordReader::bytes() const
{
    return d->bytes;
}

qint64 CsvRecordReader::position() const
{
    return d->consumed;
}

QString CsvRecordReader::sha256() const
{
    return d->sha256;
}

Result<int> CsvRecordReader::column(const QString &name) const
{
    const auto n = d->header.count(name);
    if (n == 0)
        return inputError(d->path, 1, 1, tr("there is no column '%1'").arg(name),
                          tr("The columns are %1.").arg(quotedList(d->header)));
    if (n > 1)
        return inputError(d->path, 1, 1, tr("the header has %1 columns named '%2'").arg(n).arg(name),
                          tr("Give the columns unique names."));
    return static_cast<int>(d->header.indexOf(name));
}

Result<bool> CsvRecordReader::next(CsvRecord &record)
{
    constexpr std::size_t block = 1 << 20;
    for (;;) {
        const char *begin = d->buffer.data() + d->pos;
        const char *end = d->buffer.data() + d->buffer.size();
        const char *stop = end > begin ? csv::recordEnd(begin, end, d->eof) : nullptr;
        if (!stop || stop == begin) {
            if (d->eof) {
                if (d->sha256.isEmpty())
                    d->sha256 = d->hash.finishHex();
                return false;
            }
            if (static_cast<qint64>(end - begin) > PredictionsCsv::maxLineBytes)
                return inputError(d->path, d->line, 1,
                                  tr("the line is longer than %1 bytes (or a quote is not closed)")
                                      .arg(PredictionsCsv::maxLineBytes),
                                  tr("This does not look like a predictions CSV file."));
            // Moving the unread rest to the front once per block, not once per record, keeps reading linear.
            d->buffer.consume(d->pos);
            d->pos = 0;
            const std::size_t before = d->buffer.size();
            const qint64 got = d->buffer.readMore(d->file, block);
            if (got < 0)
                return Error::input(tr("cannot read %1: %2").arg(d->path, d->file.errorString()));
            if (got > 0)
                d->hash.update(d->buffer.data() + before, static_cast<qsizetype>(got));
            d->eof = got == 0 || d->file.atEnd();
            continue;
        }
        record.line = d->line;
        record.fields.clear();
        record.columns.clear();
        qint64 newlines = 0;
        const char *p = begin;
        const char *lineStart = begin;
        for (;;) {
            Field field;
            field.column = static_cast<int>(p - lineStart) + 1;
            csv::Problem problem = csv::Problem::None;
            const char *after = csv::scanField(p, stop, d->delimiter, field, true, newlines, problem);
            if (!after)
                return inputError(d->path, d->line, field.column, quotingProblem(problem),
                                  tr("Fix the quoting of this row."));
            record.fields.emplace_back(trimmed(field.text, d->delimiter));
            record.columns.push_back(field.column);
            p = after;
            if (p < stop && *p == d->delimiter) {
                ++p;
                continue;
            }
            break;
        }
        const auto used = static_cast<std::size_t>(stop - begin);
        d->line += 1 + newlines;
        d->consumed += static_cast<qint64>(used);
        d->pos += used;
        if (record.fields.size() == 1 && record.fields[0].empty())
            continue; // a blank line
        if (record.fields.size() != static_cast<std::size_t>(d->header.size()))
            return inputError(d->path, record.line, 1,
                              tr("the row has %1 fields, the header has %2").arg(record.fields.size()).arg(d->header.size()),
                              tr("Check the delimiter and the quoting of this row."));
        return true;
    }
}

Result<CsvPreview> PredictionsCsv::preview(const QString &path, int maxRows, char delimiter)
{
    QFile f(path);
    VV_TRY(openFile(f));
    const qint64 limit = 4 << 20;
    auto start = readStart(f, limit);
    if (!start)
        return start.error();
    const bool atEof = f.atEnd();
    auto header = readHeader(path, *start, atEof, delimiter);
    if (!header)
        return header.error();
    CsvPreview out;
    out.delimiter = header->delimiter;
    out.bytes = f.size();
    for (const std::string &n : header->names)
        out.header << fromBytes(n);
    const std::string_view records(start->constData() + header->bytes, static_cast<std::size_t>(start->size()) - header->bytes);
    out.decimal = csv::detectDecimal(records, out.delimiter);
    const char *p = records.data();
    const char *end = records.data() + records.size();
    std::vector<std::string> fields;
    while (p < end && out.rows.size() < maxRows) {
        const char *next = csv::recordEnd(p, end, true);
        if (csv::splitRecord(std::string_view(p, static_cast<std::size_t>(next - p)), out.delimiter, fields) !=
            csv::Problem::None)
            return out; // a broken or cut-off record ends the preview; read() names the problem
        p = next;
        if (fields.size() == 1 && fields[0].empty())
            continue;
        QStringList row;
        for (const std::string &field : fields)
            row << fromBytes(field);
        out.rows << row;
    }
    return out;
}

Result<Predictions> PredictionsCsv::read(const QString &path, const CsvOptions &options, const CancellationToken *cancel,
                                         const ProgressSink &progress)
{
    if (options.labelColumn.isEmpty() || options.scoreColumn.isEmpty())
        return Error::input(tr("the label and score columns must be named"),
                            tr("Give --label COLUMN and --score COLUMN."));
    if (options.decimal != '.' && options.decimal != ',')
        return Error::input(tr("the decimal separator must be '.' or ','"));
    if (options.delimiter && options.delimiter != ',' && options.delimiter != ';' && options.delimiter != '\t')
        return Error::input(tr("the delimiter must be a comma, a semicolon or a tab"));
    QFile f(path);
    VV_TRY(openFile(f));
    Predictions out;
    out.file = path;
    out.bytes = f.size();
    out.decimal = options.decimal;
    ProgressThrottle throttle(progress);
    throttle.report(0, out.bytes, tr("Reading %1").arg(QFileInfo(path).fileName()), true);

    const qint64 block = std::max<qint64>(options.blockBytes, 1 << 16);
    ReadBuffer buffer;
    std::optional<Sha256> hash;
    if (options.computeSha256)
        hash.emplace();

    auto start = readStart(f, std::min(block, maxLineBytes + 4));
    if (!start)
        return start.error();
    auto header = readHeader(path, *start, f.atEnd(), options.delimiter);
    if (!header)
        return header.error();
    if (hash)
        hash->update(*start);
    out.delimiter = header->delimiter;
    for (const std::string &n : header->names)
        out.header << fromBytes(n);
    if (options.delimiter == 0 && options.decimal == ',' && out.delimiter == ',')
        out.warnings << tr("The file is comma-separated and uses decimal commas; numbers must then be quoted.");

    ParseSetup setup;
    setup.delimiter = out.delimiter;
    setup.decimal = options.decimal;
    setup.dropInvalid = options.dropInvalid;
    setup.labelRule.positive = options.positiveLabel.toStdString();
    setup.labelRule.decimal = options.decimal;
    setup.labelName = options.labelColumn;
    setup.scoreName = options.scoreColumn;
    setup.compareName = options.compareColumn;
    setup.groupName = options.groupColumn;
    setup.columns.count = static_cast<int>(out.header.size());
    auto columnOf = [&](const QString &name, int &index) -> Status {
        if (name.isEmpty())
            return {};
        const auto n = out.header.count(name);
        if (n == 0)
            return inputError(path, 1, 1, tr("there is no column '%1'").arg(name),
                              tr("The columns are %1.").arg(quotedList(out.header)));
        if (n > 1)
            return inputError(path, 1, 1, tr("the header has %1 columns named '%2'").arg(n).arg(name),
                              tr("Give the columns unique names."));
        index = static_cast<int>(out.header.indexOf(name));
        return {};
    };
    VV_TRY(columnOf(options.labelColumn, setup.columns.label));
    VV_TRY(columnOf(options.scoreColumn, setup.columns.score));
    VV_TRY(columnOf(options.compareColumn, setup.columns.compare));
    VV_TRY(columnOf(options.groupColumn, setup.columns.group));
    out.labelColumn = options.labelColumn;
    out.scoreColumn = options.scoreColumn;
    out.compareColumn = options.compareColumn;
    out.groupColumn = options.groupColumn;
    if (!options.positiveLabel.isEmpty())
        out.positiveClass = options.positiveLabel;

    // The rest of the first read becomes the start of the buffer.
    buffer.assign(start->constData() + static_cast<qint64>(header->bytes),
                  static_cast<std::size_t>(start->size() - static_cast<qint64>(header->bytes)));
    qint64 consumedBytes = start->size();
    qint64 lineBase = 1 + header->lines; // 1-based line number of the buffer's first record
    bool eof = f.atEnd();

    std::unordered_map<std::string, std::uint32_t> groupIndex;
    std::vector<std::pair<std::string, qint64>> otherLabels; // named classes other than the positive one
    // Twice as many chunks as threads, so that a chunk that parses slowly does not leave a core idle.
    const int workers = 2 * workersFor(static_cast<std::size_t>(std::max<qint64>(out.bytes, 0)) / 8);
    std::vector<ChunkResult> results;
    std::vector<const char *> splits;
    std::pair<std::size_t, std::size_t> fresh{0, 0}; // offset and size of bytes read but not yet hashed
    bool reserved = false;

    for (;;) {
        if (cancel && cancel->isCancelled())
            return Error::cancelled();
        // Fill the buffer to a block beyond what is carried over.
        if (!eof) {
            const std::size_t carry = buffer.size();
            const qint64 got = buffer.readMore(f, static_cast<std::size_t>(block));
            if (got < 0)
                return Error::input(tr("cannot read %1: %2").arg(path, f.errorString()));
            fresh = {carry, static_cast<std::size_t>(got)};
            consumedBytes += got;
            eof = got == 0 || f.atEnd();
        }
        const char *begin = buffer.data();
        const char *end = buffer.data() + buffer.size();
        // At the end of the file the last record may lack its newline; it goes with the last chunk.
        const char *last = csv::recordBoundaries(begin, end, workers, splits);
        const char *stop = eof ? end : last;
        if (stop == begin && !eof) {
            if (hash && fresh.second > 0)
                hash->update(buffer.data() + fresh.first, static_cast<qsizetype>(fresh.second));
            fresh = {0, 0};
            if (static_cast<qint64>(buffer.size()) > maxLineBytes)
                return inputError(path, lineBase, 1, tr("the line is longer than %1 bytes (or a quote is not closed)").arg(maxLineBytes),
                                  tr("This does not look like a predictions CSV file."));
            continue; // no complete record yet: read more
        }
        if (!reserved && stop > begin) {
            // Reserve from the first block's row density, so the vectors rarely grow by copying.
            reserved = true;
            const double perByte = static_cast<double>(std::count(begin, stop, '\n')) / static_cast<double>(stop - begin);
            const auto expect = static_cast<std::size_t>(perByte * static_cast<double>(out.bytes) * 1.02) + 16;
            // Reserved but untouched pages cost address space, not memory, so both classes get room for all rows.
            for (ClassScores *c : {&out.positives, &out.negatives}) {
                c->score.reserve(expect);
                adviseHugePages(c->score.data(), expect * sizeof(double));
                if (setup.columns.compare >= 0) {
                    c->compare.reserve(expect);
                    adviseHugePages(c->compare.data(), expect * sizeof(double));
                }
                if (setup.columns.group >= 0)
                    c->group.reserve(expect);
            }
        }

        std::vector<std::pair<const char *, const char *>> chunks;
        const char *from = begin;
        for (const char *s : splits) {
            if (s > from && s <= stop) {
                chunks.emplace_back(from, s);
                from = s;
            }
        }
        if (stop > from)
            chunks.emplace_back(from, stop);
        // Results are kept between blocks and cleared, not freed: their vectors keep their memory.
        if (results.size() < chunks.size())
            results.resize(chunks.size());
        // Hashing the newly read bytes is one more task beside the parsing ones, so it costs no time of its own.
        parallelFor(static_cast<int>(chunks.size()) + 1, [&](int i) {
            if (i == static_cast<int>(chunks.size())) {
                if (hash && fresh.second > 0)
                    hash->update(buffer.data() + fresh.first, static_cast<qsizetype>(fresh.second));
                return;
            }
            parseChunk(chunks[static_cast<std::size_t>(i)].first, chunks[static_cast<std::size_t>(i)].second, setup,
                       results[static_cast<std::size_t>(i)]);
        });
        fresh = {0, 0};

        // Merge in file order: line numbers become absolute, group ids global (in order of first appearance).
        for (std::size_t ci = 0; ci < chunks.size(); ++ci) {
            ChunkResult &r = results[ci];
            if (r.fatal)
                return inputError(path, lineBase + r.fatal->line, r.fatal->column, r.fatal->message,
                                  tr("Fix the file; --drop-invalid cannot skip this."));
            if (r.failure)
                return inputError(path, lineBase + r.failure->line, r.failure->column, r.failure->message,
                                  tr("Fix the row, or give --drop-invalid to leave out rows with a missing or "
                                     "invalid label or score (they are counted in the result)."));
            std::vector<std::uint32_t> remap(r.groupNames.size());
            for (std::size_t g = 0; g < r.groupNames.size(); ++g) {
                auto it = groupIndex.find(r.groupNames[g]);
                if (it == groupIndex.end()) {
                    if (groupIndex.size() >= static_cast<std::size_t>(maxGroups))
                        return inputError(path, lineBase, 1,
                                          tr("the group column '%1' has more than %2 different values")
                                              .arg(options.groupColumn)
                                              .arg(maxGroups),
                                          tr("Choose a column with fewer subgroups."));
                    it = groupIndex.emplace(r.groupNames[g], static_cast<std::uint32_t>(out.groups.size())).first;
                    out.groups << fromBytes(r.groupNames[g]);
                }
                remap[g] = it->second;
            }
            for (ClassScores *c : {&r.positives, &r.negatives}) {
                for (auto &g : c->group)
                    g = remap[g];
            }
            for (const auto &label : r.otherLabels) { // not a structured binding: clang 14 cannot capture one
                const bool known = std::any_of(otherLabels.begin(), otherLabels.end(),
                                               [&](const auto &o) { return o.first == label.first; });
                if (!known && otherLabels.size() < maxOtherLabels)
                    otherLabels.emplace_back(label.first, lineBase + label.second);
            }
            auto append = [](ClassScores &to, const ClassScores &from) {
                to.score.insert(to.score.end(), from.score.begin(), from.score.end());
                to.compare.insert(to.compare.end(), from.compare.begin(), from.compare.end());
                to.group.insert(to.group.end(), from.group.begin(), from.group.end());
            };
            append(out.positives, r.positives);
            append(out.negatives, r.negatives);
            out.rows += r.rows;
            out.dropped += r.dropped;
            for (const RowProblem &d : r.droppedExamples) {
                if (out.droppedExamples.size() < maxDroppedExamples)
                    out.droppedExamples.push_back({lineBase + d.line, d.message});
            }
            lineBase += r.lines;
            r.clear();
        }
        if (out.rows > maxRows)
            return inputError(path, lineBase, 1, tr("the file has more than %1 rows").arg(maxRows),
                              tr("Validate on a sample, or split the file."));
        if (otherLabels.size() > 1)
            break;

        const std::size_t used = static_cast<std::size_t>(stop - begin);
        buffer.consume(used);
        throttle.report(consumedBytes - static_cast<qint64>(buffer.size()), out.bytes,
                        tr("Reading %1").arg(QFileInfo(path).fileName()));
        if (eof)
            break;
    }

    if (out.rows == 0)
        return inputError(path, lineBase, 1, tr("the file has no data rows after the header"),
                          tr("Export the predictions with one row per patient."));
    if (out.n() == 0)
        return inputError(path, out.droppedExamples.empty() ? lineBase : out.droppedExamples.front().line, 1,
                          tr("every row has a missing or invalid label or score (the first: %1)")
                              .arg(out.droppedExamples.empty() ? QString() : out.droppedExamples.front().reason),
                          tr("Check the column names and --decimal."));
    if (!options.positiveLabel.isEmpty()) {
        if (otherLabels.size() > 1) {
            QStringList names;
            for (const auto &o : otherLabels)
                names << fromBytes(o.first);
            const bool positiveSeen = !out.positives.score.empty();
            return inputError(path, otherLabels[1].second, 1,
                              positiveSeen ? tr("the label column '%1' has more than two classes: '%2' (positive) and %3")
                                                 .arg(options.labelColumn, options.positiveLabel, quotedList(names))
                                           : tr("the label column '%1' has the classes %2, and none is the positive "
                                                "class '%3'")
                                                 .arg(options.labelColumn, quotedList(names), options.positiveLabel),
                              tr("Give --positive with the exact spelling of the positive class."));
        }
        out.negativeClass = otherLabels.empty() ? QString() : fromBytes(otherLabels[0].first);
        if (out.positives.score.empty() && out.n() > 0)
            out.warnings << tr("No row has the positive label '%1'; every row counts as '%2'.")
                                .arg(options.positiveLabel, out.negativeClass);
    }
    if (hash)
        out.sha256 = hash->finishHex();
    throttle.report(out.bytes, out.bytes, tr("Reading %1").arg(QFileInfo(path).fileName()), true);
    return out;
}

} // namespace vv::validation
