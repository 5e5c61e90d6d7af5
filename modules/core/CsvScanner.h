#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

// The one CSV record scanner (RFC 4180 as Excel, pandas and R write it): fields, records, the header, and delimiter
// and decimal detection. It works on bytes and reports problems as codes, so that each reader words its own errors.
// scanField is inline because the parallel predictions reader calls it for every field of every row.
namespace vv::csv {

/// What is wrong with the quoting of a record.
enum class Problem { None, UnclosedQuote, TextAfterQuote };

/// One field of a record: a view into the scanned bytes, or, for a quoted field, its unescaped text.
struct Field {
    std::string_view text;
    std::string unescaped;
    int column = 0; ///< 1-based byte column of the field in its line; set by the caller
};

/// Whether c is blank space around a field; a tab is blank only when it is not the delimiter.
inline bool isBlank(char c, char delimiter)
{
    return c == ' ' || c == '\r' || (c == '\t' && delimiter != '\t');
}

/// s without the blank space around it.
inline std::string_view trimmed(std::string_view s, char delimiter)
{
    while (!s.empty() && isBlank(s.front(), delimiter))
        s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back(), delimiter))
        s.remove_suffix(1);
    return s;
}

/// Scans the field that starts at p. Returns the position after it (at the delimiter, the newline or end), or
/// nullptr with problem set for malformed quoting. With keep false the text is not kept (columns nobody reads).
/// newlines counts the line breaks inside quotes, so that callers can keep line numbers right.
inline const char *scanField(const char *p, const char *end, char delimiter, Field &field, bool keep,
                             qint64 &newlines, Problem &problem)
{
    if (p < end && *p == '"') {
        ++p;
        field.unescaped.clear();
        for (;;) {
            const char *q = static_cast<const char *>(std::memchr(p, '"', static_cast<std::size_t>(end - p)));
            if (!q) {
                problem = Problem::UnclosedQuote;
                return nullptr;
            }
            newlines += std::count(p, q, '\n');
            if (keep)
                field.unescaped.append(p, static_cast<std::size_t>(q - p));
            if (q + 1 < end && q[1] == '"') {
                if (keep)
                    field.unescaped.push_back('"');
                p = q + 2;
                continue;
            }
            p = q + 1;
            break;
        }
        while (p < end && isBlank(*p, delimiter))
            ++p;
        if (p < end && *p != delimiter && *p != '\n') {
            problem = Problem::TextAfterQuote;
            return nullptr;
        }
        field.text = keep ? std::string_view(field.unescaped) : std::string_view();
        return p;
    }
    const char *start = p;
    while (p < end && *p != delimiter && *p != '\n')
        ++p;
    if (keep)
        field.text = std::string_view(start, static_cast<std::size_t>(p - start));
    return p;
}

/// The end of the record that starts at begin: one past its first newline outside quotes. When no such newline is
/// in [begin, end), end if atEof (a last record without its newline), else nullptr (read more).
const char *recordEnd(const char *begin, const char *end, bool atEof);

/// Splits one record (with or without its newline) into fields, trimmed when trim is set, at most maxFields + 1 of
/// them (one more than the cap, so that callers can tell the cap was passed). Extra line breaks inside quotes are
/// added to newlines when given.
Problem splitRecord(std::string_view record, char delimiter, std::vector<std::string> &fields, bool trim = true,
                    std::size_t maxFields = static_cast<std::size_t>(-1), qint64 *newlines = nullptr);

/// The end of the last complete record in [begin, end) (begin when there is none) and up to parts - 1 split points
/// at record boundaries, for parsing a block on several threads. begin must be a record boundary.
const char *recordBoundaries(const char *begin, const char *end, int parts, std::vector<const char *> &splits);

/// The delimiter of a header line: the most common of ',', ';' and tab outside quotes; 0 when there is none.
char detectDelimiter(std::string_view line);

/// The decimal mark of the numbers in records (text after the header): ',' when some fields are numbers with a
/// decimal comma and none has a decimal point, else '.'. Reads at most maxRecords records.
char detectDecimal(std::string_view records, char delimiter, int maxRecords = 100);

/// What the start of a CSV file holds: its header line split into names.
struct Header {
    char delimiter = ',';
    std::vector<std::string> names;
    std::size_t bytes = 0; ///< the BOM and the header line, with its newline
    qint64 lines = 1;      ///< lines of the header (more when a quoted name holds a line break)
};

/// Why the start of a file is not a CSV header.
enum class HeaderProblem { None, Empty, Utf16, TooLong, ZeroBytes, NoDelimiter, UnclosedQuote, TooManyColumns };

/// Reads the header from the first bytes of a file (a UTF-8 BOM is skipped, UTF-16 refused); delimiter 0 detects
/// it. atEof says that start is the whole file.
HeaderProblem scanHeader(std::string_view start, bool atEof, char delimiter, std::size_t maxLineBytes,
                         std::size_t maxColumns, Header &out);

} // namespace vv::csv
