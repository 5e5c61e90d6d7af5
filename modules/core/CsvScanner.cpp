#include "core/CsvScanner.h"

namespace vv::csv {

const char *recordEnd(const char *begin, const char *end, bool atEof)
{
    bool inQuotes = false;
    for (const char *q = begin; q < end; ++q) {
        if (*q == '"')
            inQuotes = !inQuotes;
        else if (*q == '\n' && !inQuotes)
            return q + 1;
    }
    return atEof ? end : nullptr;
}

Problem splitRecord(std::string_view record, char delimiter, std::vector<std::string> &fields, bool trim,
                    std::size_t maxFields, qint64 *newlines)
{
    fields.clear();
    const char *p = record.data();
    const char *end = record.data() + record.size();
    qint64 inside = 0;
    for (;;) {
        Field f;
        Problem problem = Problem::None;
        const char *next = scanField(p, end, delimiter, f, true, inside, problem);
        if (!next)
            return problem;
        fields.emplace_back(trim ? trimmed(f.text, delimiter) : f.text);
        p = next;
        if (p < end && *p == delimiter && fields.size() <= maxFields) {
            ++p;
            continue;
        }
        break;
    }
    if (newlines)
        *newlines += inside;
    return Problem::None;
}

const char *recordBoundaries(const char *begin, const char *end, int parts, std::vector<const char *> &splits)
{
    splits.clear();
    const auto len = static_cast<std::size_t>(end - begin);
    if (len == 0)
        return begin;
    const bool quoted = std::memchr(begin, '"', len) != nullptr;
    const char *last = nullptr;
    if (!quoted) {
        for (const char *q = end; q > begin; --q) {
            if (q[-1] == '\n') {
                last = q;
                break;
            }
        }
        if (!last)
            return begin;
        for (int k = 1; k < parts; ++k) {
            const char *target = begin + (last - begin) * k / parts;
            if (!splits.empty() && target < splits.back())
                target = splits.back();
            const void *nl = std::memchr(target, '\n', static_cast<std::size_t>(last - target));
            splits.push_back(nl ? static_cast<const char *>(nl) + 1 : last);
        }
        return last;
    }
    // With quotes, a newline ends a record only outside them; walk the block once, noting the first boundary
    // after each split target.
    bool inQuotes = false;
    std::vector<const char *> candidates(static_cast<std::size_t>(std::max(parts - 1, 0)), nullptr);
    for (const char *q = begin; q < end; ++q) {
        if (*q == '"') {
            inQuotes = !inQuotes;
        } else if (*q == '\n' && !inQuotes) {
            last = q + 1;
            for (int k = 1; k < parts; ++k) {
                auto &c = candidates[static_cast<std::size_t>(k - 1)];
                if (!c && q >= begin + static_cast<std::ptrdiff_t>(len) * k / parts)
                    c = q + 1;
            }
        }
    }
    if (!last)
        return begin;
    for (const char *c : candidates)
        splits.push_back(c && c <= last ? c : last);
    for (std::size_t i = 1; i < splits.size(); ++i)
        splits[i] = std::max(splits[i], splits[i - 1]);
    return last;
}

char detectDelimiter(std::string_view line)
{
    int counts[3] = {0, 0, 0};
    const char candidates[3] = {',', ';', '\t'};
    bool inQuotes = false;
    for (char c : line) {
        if (c == '"')
            inQuotes = !inQuotes;
        else if (!inQuotes) {
            for (int i = 0; i < 3; ++i)
                counts[i] += c == candidates[i];
        }
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return counts[best] > 0 ? candidates[best] : 0;
}

namespace {

// The decimal mark of a field that is a plain decimal number ("-0,25", "3.5"), or 0 for anything else.
char decimalMarkOf(std::string_view s)
{
    if (!s.empty() && (s.front() == '-' || s.front() == '+'))
        s.remove_prefix(1);
    char mark = 0;
    bool digitBefore = false, digitAfter = false;
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            (mark ? digitAfter : digitBefore) = true;
        } else if ((c == '.' || c == ',') && !mark) {
            mark = c;
        } else {
            return 0;
        }
    }
    return digitBefore && digitAfter ? mark : 0;
}

} // namespace

char detectDecimal(std::string_view records, char delimiter, int maxRecords)
{
    int commas = 0, points = 0;
    const char *p = records.data();
    const char *end = records.data() + records.size();
    std::vector<std::string> fields;
    for (int r = 0; r < maxRecords && p < end; ++r) {
        const char *next = recordEnd(p, end, true);
        if (splitRecord(std::string_view(p, static_cast<std::size_t>(next - p)), delimiter, fields) != Problem::None)
            break;
        for (const std::string &f : fields) {
            const char mark = decimalMarkOf(f);
            commas += mark == ',';
            points += mark == '.';
        }
        p = next;
    }
    return commas > 0 && points == 0 ? ',' : '.';
}

HeaderProblem scanHeader(std::string_view start, bool atEof, char delimiter, std::size_t maxLineBytes,
                         std::size_t maxColumns, Header &out)
{
    if (start.empty())
        return HeaderProblem::Empty;
    const auto *bytes = reinterpret_cast<const unsigned char *>(start.data());
    if (start.size() >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        return HeaderProblem::Utf16;
    std::size_t offset = 0;
    if (start.size() >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        offset = 3;
    const char *begin = start.data() + offset;
    const char *end = start.data() + start.size();
    const char *headerEnd = recordEnd(begin, end, atEof);
    if (!headerEnd || static_cast<std::size_t>(headerEnd - begin) > maxLineBytes)
        return HeaderProblem::TooLong;
    std::string_view line(begin, static_cast<std::size_t>(headerEnd - begin));
    if (line.find('\0') != std::string_view::npos)
        return HeaderProblem::ZeroBytes;
    out.lines = 1 + static_cast<qint64>(std::count(line.begin(), line.end(), '\n')) - (line.ends_with('\n') ? 1 : 0);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.remove_suffix(1);
    out.delimiter = delimiter ? delimiter : detectDelimiter(line);
    if (!out.delimiter)
        return HeaderProblem::NoDelimiter;
    if (splitRecord(line, out.delimiter, out.names, true, maxColumns) != Problem::None)
        return HeaderProblem::UnclosedQuote;
    if (out.names.size() > maxColumns)
        return HeaderProblem::TooManyColumns;
    out.bytes = offset + static_cast<std::size_t>(headerEnd - begin);
    return HeaderProblem::None;
}

} // namespace vv::csv
