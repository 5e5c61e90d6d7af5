#pragma once

#include "core/Error.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace vv::cli {

/// Parses one command's arguments: flags, options with a value (--x V or --x=V), repeatable options, positionals.
class Args {
public:
    Args &flag(const QString &name);
    Args &option(const QString &name);
    Args &repeatable(const QString &name);

    /// Fills the values from args; an unknown option or a wrong number of positionals is an input error.
    Status parse(const QStringList &args, int minPositional, int maxPositional, const QString &synopsis);

    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const;
    QStringList values(const QString &name) const { return m_values.value(name); }
    const QStringList &positional() const { return m_positional; }

private:
    QSet<QString> m_flags, m_options, m_repeatable;
    QHash<QString, QStringList> m_values;
    QStringList m_positional;
};

/// The usage error for a command, with its synopsis as the hint.
Error usageError(const QString &what, const QString &synopsis);

} // namespace vv::cli
