#pragma once

#include <QByteArray>
#include <QStringList>

namespace vv::csv {

/// One CSV record (RFC 4180, CRLF-terminated, UTF-8) that spreadsheets open as text. Fields with a delimiter, a
/// quote or a line break are quoted. A field a spreadsheet would run as a formula (starting with =, +, -, @, a tab
/// or a carriage return, and not a plain number) gets an apostrophe in front: the fields are users' and packages' text, and a sheet opened
/// by a reviewer must not execute them (OWASP, "CSV Injection").
QByteArray record(const QStringList &fields, QChar delimiter = QLatin1Char(','));

/// The byte-order mark that makes spreadsheet programs read a CSV file as UTF-8, not as the local code page.
inline QByteArray utf8Bom() { return QByteArrayLiteral("\xEF\xBB\xBF"); }

} // namespace vv::csv
