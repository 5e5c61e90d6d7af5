#include "evidence/CsvPreview.h"

namespace vv::evidence {

namespace {

QChar guessDelimiter(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QStringView first = QStringView(text).left(end < 0 ? text.size() : end);
    QChar best = QLatin1Char(',');
    qsizetype bestCount = 0;
    for (QChar d : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        qsizetype n = 0;
        bool quoted = false;
        for (QChar c : first) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (!quoted && c == d)
                ++n;
        }
        if (n > bestCount) {
            best = d;
            bestCount = n;
        }
    }
    return best;
}

} // namespace

CsvPreview parseCsvPreview(const QString &text, QChar delimiter, int maxRows, int maxColumns)
{
    CsvPreview out;
    out.delimiter = delimiter.isNull() ? guessDelimiter(text) : delimiter;
    std::vector<QStringList> all;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool rowHasContent = false;
    auto endCell = [&] {
        if (row.size() < maxColumns)
            row << cell;
        else
            out.truncated = true;
        cell.clear();
    };
    auto endRow = [&] {
        endCell();
        if (rowHasContent || row.size() > 1 || !row.front().isEmpty())
            all.push_back(row);
        row.clear();
        rowHasContent = false;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.isEmpty()) {
            quoted = true;
            rowHasContent = true;
        } else if (c == out.delimiter) {
            endCell();
            rowHasContent = true;
        } else if (c == QLatin1Char('\n')) {
            endRow();
            if (static_cast<int>(all.size()) > maxRows) {
                out.truncated = true;
                break;
            }
        } else if (c != QLatin1Char('\r')) {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty())
        endRow();
    if (static_cast<int>(all.size()) > maxRows + 1) {
        all.resize(static_cast<std::size_t>(maxRows) + 1);
        out.truncated = true;
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
