#include "core/Error.h"

namespace vv {

Error Error::cancelled()
{
    return {Kind::Cancelled, tr("Cancelled by the user"), tr("Nothing was changed; start again when ready.")};
}

Error &Error::prefixed(const QString &context)
{
    m_what = context + QStringLiteral(": ") + m_what;
    return *this;
}

int Error::exitCode() const
{
    switch (m_kind) {
    case Kind::Input: return 2;
    case Kind::Check: return 1;
    case Kind::Runtime:
    case Kind::Cancelled: return 3;
    case Kind::Conflict: return 4;
    }
    return 3;
}

QString Error::toString() const
{
    QString line;
    if (!m_where.isEmpty()) {
        line += m_where.file;
        if (m_where.line > 0) {
            line += QLatin1Char(':') + QString::number(m_where.line);
            if (m_where.column > 0)
                line += QLatin1Char(':') + QString::number(m_where.column);
        }
        line += QStringLiteral(": ");
    }
    line += m_what;
    if (!m_hint.isEmpty()) {
        if (!line.endsWith(QLatin1Char('.')))
            line += QLatin1Char('.');
        line += QLatin1Char(' ') + m_hint;
    }
    return line;
}

} // namespace vv
