#include "evidence/CsvPreview.h"

#include "core/CsvScanner.h"

#include <string>
#include <string_view>

namespace vv::evidence {

namespace {

QString fromBytes(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// A cell as the viewer shows it: the scanner keeps the text around a field, the viewer drops only the CR of CRLF.
QString cellText(std::string_view s)
{
    while (!s.empty() && s.back() == '\r')
        s.remove_suffix(1);
    return fromBytes(s);
}

} // namespace

CsvPreview parseCsvPreview(const QString &text, QChar delimiter, int maxRows, int maxColumns)
{
    CsvPreview out;
    const QByteArray utf8 = text.toUtf8();
    const char *p = utf8.constData();
    const char *end = p + utf8.size();
    if (delimiter.isNull()) {
        const char *firstEnd = csv::recordEnd(p, end, true);
        const char detected = csv::detectDelimiter(std::string_view(p, static_cast<std::size_t>(firstEnd - p)));
        out.delimiter = QLatin1Char(detected ? detected : ',');
    } else {
        out.delimiter = delimiter;
    }
    // The scanner splits bytes; a delimiter outside Latin-1 cannot be one of them, so such text stays one column.
    const char d = out.delimiter.unicode() < 0x80 ? static_cast<char>(out.delimiter.unicode()) : '\0';
    std::vector<QStringList> all;
    std::vector<std::string> fields;
    const auto cap = static_cast<std::size_t>(std::max(maxColumns, 0));
    while (p < end) {
        if (static_cast<int>(all.size()) > maxRows) {
            out.truncated = true;
            break;
        }
        const char *next = csv::recordEnd(p, end, true);
        if (csv::splitRecord(std::string_view(p, static_cast<std::size_t>(next - p)), d, fields, false, cap) !=
            csv::Problem::None) {
            out.truncated = true; // broken quoting: what follows cannot be split reliably
            break;
        }
        p = next;
        if (fields.size() > cap) {
            fields.resize(cap);
            out.truncated = true;
        }
        if (fields.size() == 1 && cellText(fields[0]).isEmpty())
            continue; // a blank line
        QStringList row;
        for (const std::string &f : fields)
            row << cellText(f);
        all.push_back(std::move(row));
    }
    if (all.empty())
        return out;
    out.header = all.front();
    qsizetype width = out.header.size();
    for (std::size_t r = 1; r < all.size(); ++r)
        width = std::max(width, all[r].size());
    while (out.header.size() < width)
        out.header << QString();
    for (std::size_t r = 1; r < all.size(); ++r) {
        QStringList &cells = all[r];
        while (cells.size() < width)
            cells << QString();
        out.rows.push_back(std::move(cells));
    }
    return out;
}

} // namespace vv::evidence
