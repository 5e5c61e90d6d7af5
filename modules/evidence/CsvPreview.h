#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace vv::evidence {

/// The first rows of a CSV or TSV text, split into cells, for the viewer's table.
struct CsvPreview {
    QStringList header;               ///< the first row
    std::vector<QStringList> rows;    ///< the rows after it, each padded or cut to header's width
    QChar delimiter = QLatin1Char(',');
    bool truncated = false;           ///< more rows or columns than the caps
};

/// Splits text as RFC 4180 CSV (quoted cells may hold delimiters, quotes and line breaks). The delimiter is the
/// one of ',', ';' and tab that is most common in the first line, unless given. Caps rows and columns, so that a
/// hostile file cannot make the table huge.
CsvPreview parseCsvPreview(const QString &text, QChar delimiter = QChar(), int maxRows = 10000, int maxColumns = 256);

} // namespace vv::evidence
