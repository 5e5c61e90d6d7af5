#include "core/CsvWriter.h"

namespace vv::csv {

static bool startsLikeAFormula(const QString &field)
{
    if (field.isEmpty())
        return false;
    const QChar c = field.front();
    bool number = false;
    field.toDouble(&number); // "-0.3" is a number to a spreadsheet, not a formula
    if (number)
        return false;
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

QByteArray record(const QStringList &fields, QChar delimiter)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += delimiter;
        QString field = fields[i];
        if (startsLikeAFormula(field))
            field.prepend(QLatin1Char('\''));
        const bool quote = field.contains(delimiter) || field.contains(QLatin1Char('"')) ||
                           field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
        if (quote) {
            field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            line += QLatin1Char('"') + field + QLatin1Char('"');
        } else {
            line += field;
        }
    }
    line += QStringLiteral("\r\n");
    return line.toUtf8();
}

} // namespace vv::csv
