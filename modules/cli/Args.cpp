#include "cli/Args.h"

namespace vv::cli {

Args &Args::flag(const QString &name)
{
    m_flags.insert(name);
    return *this;
}

Args &Args::option(const QString &name)
{
    m_options.insert(name);
    return *this;
}

Args &Args::repeatable(const QString &name)
{
    m_repeatable.insert(name);
    return *this;
}

Error usageError(const QString &what, const QString &synopsis)
{
    return Error::input(what, QCoreApplication::translate("vv::cli", "Usage: veiviser-cli %1").arg(synopsis));
}

Status Args::parse(const QStringList &args, int minPositional, int maxPositional, const QString &synopsis)
{
    bool onlyPositional = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (onlyPositional || !a.startsWith(QStringLiteral("--")) || a == QStringLiteral("-")) {
            m_positional << a;
            continue;
        }
        if (a == QStringLiteral("--")) {
            onlyPositional = true;
            continue;
        }
        QString name = a.mid(2);
        std::optional<QString> inlineValue;
        if (const int eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (m_flags.contains(name)) {
            if (inlineValue)
                return usageError(QCoreApplication::translate("vv::cli", "--%1 takes no value").arg(name), synopsis);
            m_values[name] << QString();
            continue;
        }
        const bool repeat = m_repeatable.contains(name);
        if (!repeat && !m_options.contains(name))
            return usageError(QCoreApplication::translate("vv::cli", "unknown option --%1").arg(name), synopsis);
        QString value;
        if (inlineValue) {
            value = *inlineValue;
        } else {
            if (i + 1 >= args.size())
                return usageError(QCoreApplication::translate("vv::cli", "--%1 needs a value").arg(name), synopsis);
            value = args[++i];
        }
        if (!repeat && m_values.contains(name))
            return usageError(QCoreApplication::translate("vv::cli", "--%1 is given twice").arg(name), synopsis);
        m_values[name] << value;
    }
    if (m_positional.size() < minPositional)
        return usageError(QCoreApplication::translate("vv::cli", "missing arguments"), synopsis);
    if (maxPositional >= 0 && m_positional.size() > maxPositional)
        return usageError(QCoreApplication::translate("vv::cli", "unexpected argument '%1'")
                              .arg(m_positional.value(maxPositional)),
                          synopsis);
    return {};
}

QString Args::value(const QString &name, const QString &fallback) const
{
    const auto it = m_values.constFind(name);
    return it == m_values.constEnd() || it->isEmpty() ? fallback : it->last();
}

} // namespace vv::cli
