#include "ui/CsvColumns.h"

#include <algorithm>

namespace vv::ui {

int guessColumn(const QStringList &header, const QStringList &names, int fallback)
{
    for (const QString &n : names)
        for (int i = 0; i < header.size(); ++i)
            if (header[i].compare(n, Qt::CaseInsensitive) == 0)
                return i;
    for (const QString &n : names)
        for (int i = 0; i < header.size(); ++i)
            if (header[i].contains(n, Qt::CaseInsensitive))
                return i;
    return fallback < 0 ? -1 : std::min(fallback, static_cast<int>(header.size()) - 1);
}

} // namespace vv::ui
